#pragma once

// The one way records are read: a stream that walks the paths given, reads, parses, checks and
// decodes each record on worker threads, and hands every input (a record, or a path that could
// not be walked) to the caller's thread in input order, so output is the same for any number of
// jobs. Paths are walked as the workers need them, never collected, and a record is dropped as
// soon as it has been handed over: memory stays flat with the number of files. Nothing here
// prints; the caller decides what to say.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "minutes/in_order.hpp"
#include "minutes/check.hpp"
#include "minutes/diagnostic.hpp"
#include "minutes/input.hpp"
#include "minutes/model.hpp"
#include "minutes/input.hpp"

namespace minutes {

// One input: a file, or standard input ("-"). A plain string, not a std::filesystem::path, which
// keeps each component as a path of its own (about 500 bytes per file).
struct RecordSource {
  std::string path;
  bool is_stdin = false;
  std::string display_name() const { return is_stdin ? "<stdin>" : path; }
};

struct StreamOptions {
  std::vector<std::string> paths;  // files, folders (walked for *.yaml, *.yml), "-"
  CheckOptions check;
  unsigned jobs = 1;
  std::size_t max_size = k_default_max_record_size;
  // A file about to be written (-o): inputs that are this file are marked, so that the caller
  // refuses to write over them.
  std::optional<FileIdentity> output;
};

// What the stream learned about one input.
struct StreamedRecord {
  std::size_t index = 0;  // in input order
  RecordSource source;
  std::string name;      // as shown in messages
  std::string failure;   // non-empty: the path or input could not be read at all
  bool path_problem = false;  // the failure is a path given that does not exist or cannot be listed
  Diagnostics diagnostics;
  std::map<int, std::string> source_lines;  // the lines diagnostics point at
  std::optional<Meeting> meeting;           // set when the record is valid
  bool is_output = false;                   // this input is StreamOptions::output
  bool valid() const { return failure.empty() && !has_errors(diagnostics); }
};

// Walks `paths` in a stable order: files named directly whatever their extension; folders
// recursively, entries sorted by name, *.yaml and *.yml regular files only, skipping hidden
// entries and names in a folder's .minutesignore, never following links to folders. next() is
// called on one thread at a time.
class SourceWalker {
 public:
  explicit SourceWalker(std::vector<std::string> paths);
  SourceWalker(SourceWalker&&) noexcept;
  ~SourceWalker();
  struct Step {
    std::size_t index = 0;  // 0, 1, 2, ... in walk order
    RecordSource source;
    std::string problem;  // non-empty: `source.path` does not exist or cannot be listed
  };
  std::optional<Step> next();

 private:
  std::optional<Step> next_unnumbered();
  struct State;
  std::unique_ptr<State> m_state;
};

// Reads and checks one input (on any thread).
StreamedRecord load_record(SourceWalker::Step step, const StreamOptions& options);

// Keeps the source lines that `diagnostics` point at, so the text can be dropped.
std::map<int, std::string> lines_for(std::string_view text, const Diagnostics& diagnostics);

// Streams every input. `prepare(record)` runs on the worker for each valid record and returns
// what the caller wants made there (a document, rows of a table); `consume(record, prepared)`
// runs on the calling thread in input order. Prepared must be default-constructible and movable.
template <typename Prepared, typename Prepare, typename Consume>
void stream_records(const StreamOptions& options, Prepare prepare, Consume consume) {
  SourceWalker walker(options.paths);
  struct Loaded {
    StreamedRecord record;
    Prepared prepared{};
  };
  run_in_order<SourceWalker::Step, Loaded>(
      options.jobs, [&] { return walker.next(); },
      [&](SourceWalker::Step step) {
        Loaded loaded{load_record(std::move(step), options)};
        if (loaded.record.meeting) loaded.prepared = prepare(loaded.record);
        return loaded;
      },
      [&](Loaded loaded) { consume(std::move(loaded.record), std::move(loaded.prepared)); });
}

}  // namespace minutes
