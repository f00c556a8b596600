#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "minutes/input.hpp"
#include "minutes/validate.hpp"

namespace minutes {

// One record to read: a file, or standard input ("-").
struct RecordSource {
  std::filesystem::path path;
  bool is_stdin = false;
  std::string display_name() const;
};

struct SourceProblem {
  std::string path;
  std::string message;
};

struct CollectedSources {
  std::vector<RecordSource> sources;
  std::vector<SourceProblem> problems;  // paths that do not exist or cannot be listed
};

// Files named directly are taken whatever their extension; folders are walked recursively, in
// sorted order, for *.yaml and *.yml regular files, skipping hidden entries (".git") and not
// following symbolic links to folders.
CollectedSources collect_sources(const std::vector<std::string>& paths);

// The same walk, in the same order, handing each source to `found` instead of keeping them: for
// runs over very many files, since a std::filesystem::path keeps its components as paths of
// their own (about 500 bytes per file, 50 MB for 100,000 files). Returns the paths that do not
// exist or cannot be listed.
std::vector<SourceProblem> walk_sources(const std::vector<std::string>& paths,
                                        const std::function<void(RecordSource)>& found);

struct LoadedRecord {
  std::string name;
  std::optional<ReadFailure> failure;  // set when the input could not be read at all
  CheckedRecord record;
};

LoadedRecord load_record(const RecordSource& source, const CheckOptions& options,
                         std::size_t size_limit = k_default_max_record_size);

}  // namespace minutes
