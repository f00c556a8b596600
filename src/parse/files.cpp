#include "minutes/files.hpp"

#include <algorithm>
#include <system_error>

#include <fnmatch.h>
#include <unistd.h>

#include <fstream>

#include <fmt/format.h>

namespace minutes {

std::string RecordSource::display_name() const { return is_stdin ? "<stdin>" : path.string(); }

namespace {

bool is_record_file_name(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

bool is_hidden(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.';
}

// Names listed in a folder's .minutesignore (one pattern per line, shell wildcards, '#'
// comments) are skipped when the folder is walked; a path named on the command line is not.
std::vector<std::string> ignore_patterns(const std::filesystem::path& folder) {
  std::vector<std::string> patterns;
  std::ifstream file(folder / ".minutesignore");
  for (std::string line; std::getline(file, line);) {
    while (!line.empty() && (line.back() == '/' || line.back() == ' ' || line.back() == '\r')) {
      line.pop_back();
    }
    if (!line.empty() && line[0] != '#') patterns.push_back(line);
  }
  return patterns;
}

bool is_ignored(const std::filesystem::path& path, const std::vector<std::string>& patterns) {
  const std::string name = path.filename().string();
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pattern) {
    return ::fnmatch(pattern.c_str(), name.c_str(), FNM_PERIOD) == 0;
  });
}

void walk_folder(const std::filesystem::path& folder, std::vector<SourceProblem>& problems,
                 const std::function<void(RecordSource)>& found) {
  std::error_code error;
  std::vector<std::filesystem::directory_entry> entries;
  for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end;
       it.increment(error)) {
    entries.push_back(*it);
  }
  if (error) {
    problems.push_back({folder.string(), error.message()});
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  const std::vector<std::string> ignored = ignore_patterns(folder);
  for (const auto& entry : entries) {
    if (is_hidden(entry.path()) || is_ignored(entry.path(), ignored)) continue;
    std::error_code status_error;
    if (entry.is_symlink(status_error)) {
      if (entry.is_regular_file(status_error) && is_record_file_name(entry.path())) {
        found({entry.path(), false});
      }
      continue;  // never follow links to folders: no cycles
    }
    if (entry.is_directory(status_error)) {
      walk_folder(entry.path(), problems, found);
    } else if (entry.is_regular_file(status_error) && is_record_file_name(entry.path())) {
      found({entry.path(), false});
    }
  }
}

}  // namespace

std::vector<SourceProblem> walk_sources(const std::vector<std::string>& paths,
                                        const std::function<void(RecordSource)>& found) {
  std::vector<SourceProblem> problems;
  for (const std::string& path : paths) {
    if (path == "-") {
      found({"-", true});
      continue;
    }
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) {
      problems.push_back({path, error ? error.message() : "No such file or directory"});
    } else if (std::filesystem::is_directory(status)) {
      walk_folder(path, problems, found);
    } else {
      found({path, false});  // read_record_file refuses FIFOs and devices
    }
  }
  return problems;
}

CollectedSources collect_sources(const std::vector<std::string>& paths) {
  CollectedSources out;
  out.problems = walk_sources(paths, [&](RecordSource source) { out.sources.push_back(std::move(source)); });
  return out;
}

LoadedRecord load_record(const RecordSource& source, const CheckOptions& options,
                         std::size_t size_limit) {
  LoadedRecord loaded;
  loaded.name = source.display_name();
  auto text = source.is_stdin ? read_record_stream(STDIN_FILENO, size_limit)
                              : read_record_file(source.path, size_limit);
  if (!text) {
    loaded.failure = text.error();
    return loaded;
  }
  if (text->too_large) {
    loaded.record.diagnostics.push_back(
        {{1, 1}, "", "limit", Severity::error,
         source.is_stdin
             ? fmt::format("the input is more than {} bytes, the most a record may have (see --max-size)",
                           size_limit)
             : fmt::format("the file is {} bytes; a record may have at most {} bytes (see --max-size)",
                           text->size, size_limit)});
    return loaded;
  }
  loaded.record = check_record(std::move(text->bytes), options);
  return loaded;
}

}  // namespace minutes
