// Reading and checking one input of the record stream, on a worker thread.
#include <set>

#include <unistd.h>

#include <fmt/format.h>

#include "minutes/record_stream.hpp"
#include "minutes/translate.hpp"

namespace minutes {

std::map<int, std::string> lines_for(std::string_view text, const Diagnostics& diagnostics) {
  std::set<int> wanted;
  for (const Diagnostic& d : diagnostics) wanted.insert(d.position.line);
  std::map<int, std::string> lines;
  int line = 1;
  std::size_t start = 0;
  while (start <= text.size() && !wanted.empty() && line <= *wanted.rbegin()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    if (wanted.count(line)) {
      std::string_view content = text.substr(start, end - start);
      if (content.size() > 200) {  // keep excerpts readable; cut between characters
        std::size_t cut = 200;
        while (cut > 0 && (static_cast<unsigned char>(content[cut]) & 0xC0) == 0x80) --cut;
        content = content.substr(0, cut);
      }
      lines.emplace(line, std::string(content));
    }
    if (end == text.size()) break;
    start = end + 1;
    ++line;
  }
  return lines;
}

StreamedRecord load_record(SourceWalker::Step step, const StreamOptions& options) {
  StreamedRecord loaded;
  loaded.index = step.index;
  loaded.source = std::move(step.source);
  loaded.name = loaded.source.display_name();
  if (!step.problem.empty()) {
    loaded.failure = std::move(step.problem);
    loaded.path_problem = true;
    return loaded;
  }
  const RecordSource& source = loaded.source;
  if (options.output && !source.is_stdin) loaded.is_output = identity_of(source.path) == options.output;
  auto text = source.is_stdin ? read_record_stream(STDIN_FILENO, options.max_size)
                              : read_record_file(source.path, options.max_size);
  if (!text) {
    loaded.failure = text.error().message;
    return loaded;
  }
  if (text->too_large) {
    loaded.diagnostics.push_back(
        {{1, 1},
         "",
         "limit",
         Severity::error,
         source.is_stdin
             ? tr_format(
                   "the input is more than {} bytes, the most a record may have (see --max-size)",
                   options.max_size)
             : tr_format(
                   "the file is {} bytes; a record may have at most {} bytes (see --max-size)",
                   text->size, options.max_size)});
    return loaded;
  }
  CheckedRecord checked = check_record(std::move(text->bytes), options.check);
  loaded.diagnostics = std::move(checked.diagnostics);
  if (!loaded.diagnostics.empty()) loaded.source_lines = lines_for(checked.text, loaded.diagnostics);
  loaded.meeting = std::move(checked.meeting);
  return loaded;
}

}  // namespace minutes
