// The walk over the paths given, one source at a time (record_stream.hpp).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <fnmatch.h>

#include "minutes/record_stream.hpp"
#include "minutes/translate.hpp"

namespace minutes {
namespace {

bool is_record_file_name(std::string_view name) {
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

bool is_hidden(std::string_view name) { return name.size() > 1 && name[0] == '.'; }

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

bool is_ignored(const std::string& name, const std::vector<std::string>& patterns) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pattern) {
    return ::fnmatch(pattern.c_str(), name.c_str(), FNM_PERIOD) == 0;
  });
}

// One folder's entries that the walk will visit, sorted: only names and kinds, no paths.
struct Listing {
  std::string folder;  // with a trailing separator
  struct Entry {
    std::string name;
    bool is_folder;
  };
  std::vector<Entry> entries;
  std::size_t next = 0;
};

}  // namespace

struct SourceWalker::State {
  std::vector<std::string> paths;
  std::size_t next_path = 0;
  std::vector<Listing> stack;  // the folders being walked, outermost first
  std::size_t steps = 0;
};

SourceWalker::SourceWalker(std::vector<std::string> paths) : m_state(std::make_unique<State>()) {
  m_state->paths = std::move(paths);
}
SourceWalker::SourceWalker(SourceWalker&&) noexcept = default;
SourceWalker::~SourceWalker() = default;

namespace {

// Lists `folder`, or says why it cannot be listed.
std::optional<std::string> list_folder(const std::string& folder, std::vector<Listing>& stack) {
  Listing listing;
  listing.folder = folder.ends_with('/') ? folder : folder + '/';
  std::error_code error;
  const std::vector<std::string> ignored = ignore_patterns(folder);
  for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end;
       it.increment(error)) {
    std::string name = it->path().filename().string();
    if (is_hidden(name) || is_ignored(name, ignored)) continue;
    std::error_code status_error;
    if (it->is_symlink(status_error)) {
      // Never follow links to folders: no cycles.
      if (it->is_regular_file(status_error) && is_record_file_name(name)) {
        listing.entries.push_back({std::move(name), false});
      }
    } else if (it->is_directory(status_error)) {
      listing.entries.push_back({std::move(name), true});
    } else if (it->is_regular_file(status_error) && is_record_file_name(name)) {
      listing.entries.push_back({std::move(name), false});
    }
  }
  if (error) return error.message();
  std::sort(listing.entries.begin(), listing.entries.end(),
            [](const Listing::Entry& a, const Listing::Entry& b) { return a.name < b.name; });
  stack.push_back(std::move(listing));
  return std::nullopt;
}

}  // namespace

std::optional<SourceWalker::Step> SourceWalker::next() {
  std::optional<Step> step = next_unnumbered();
  if (step) step->index = m_state->steps++;
  return step;
}

std::optional<SourceWalker::Step> SourceWalker::next_unnumbered() {
  State& state = *m_state;
  for (;;) {
    while (!state.stack.empty()) {
      Listing& top = state.stack.back();
      if (top.next == top.entries.size()) {
        state.stack.pop_back();
        continue;
      }
      Listing::Entry& entry = top.entries[top.next++];
      std::string path = top.folder + entry.name;
      std::string().swap(entry.name);  // visited: give the memory back
      if (!entry.is_folder) return Step{0, {std::move(path), false}, {}};
      if (auto problem = list_folder(path, state.stack)) return Step{0, {std::move(path), false}, *problem};
    }
    if (state.next_path == state.paths.size()) return std::nullopt;
    const std::string& path = state.paths[state.next_path++];
    if (path == "-") return Step{0, {"-", true}, {}};
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status)) {
      // Our own words for the common case, so that it reads the same on every machine (the
      // system's translation of ENOENT comes with its locales package, or not at all).
      const bool missing = !error || error == std::errc::no_such_file_or_directory;
      return Step{0,
                  {path, false},
                  missing ? std::string(tr("No such file or directory")) : error.message()};
    }
    if (!std::filesystem::is_directory(status)) return Step{0, {path, false}, {}};  // reading refuses FIFOs
    if (auto problem = list_folder(path, state.stack)) return Step{0, {path, false}, *problem};
  }
}

}  // namespace minutes
