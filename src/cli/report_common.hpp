#pragma once

// What `minutes summary` and `minutes actions` share: reading every record in order while
// workers parse, a progress line and the options for dates.

#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "cli/command_output.hpp"
#include "cli/diagnostic_output.hpp"
#include "cli/record_options.hpp"
#include "minutes/files.hpp"
#include "minutes/model.hpp"
#include "minutes/output.hpp"

namespace minutes::cli {

// "today" or YYYY-MM-DD; the option's name goes into the message.
tl::expected<Date, std::string> parse_date_option(std::string_view option, std::string_view text);
// The local date.
Date today();

// The language most records are written in; ties go to the one read first.
class LanguageTally {
 public:
  void add(std::string_view language);
  std::string most_common() const;  // "en" when nothing was added

 private:
  std::vector<std::pair<std::string, std::size_t>> m_counts;
};

// --lang, else `found`, as a language with labels; a warning on stderr when it has none.
std::string report_language(const std::string& requested, const std::string& found);

// "N/M records" on standard error, rewritten in place, when standard error is a terminal and
// the run has taken more than a second; clear() removes it.
class Progress {
 public:
  explicit Progress(std::size_t total);
  void step();
  void clear();

 private:
  std::size_t m_total;
  std::size_t m_done = 0;
  bool m_terminal;
  bool m_shown = false;
  std::chrono::steady_clock::time_point m_start;
  std::chrono::steady_clock::time_point m_last;
};

struct ReadResult {
  RunSummary summary;
  std::vector<FileIdentity> inputs;  // the -o target when it is one of the inputs: refused later
  int status = 0;                    // 0, or the exit status when nothing can be reported
};

// Walks the sources of `options.paths` (keeping their names as compact text: 100,000
// std::filesystem::paths would take 50 MB), reads and checks them on options.job_count()
// threads, prints every record's diagnostics on standard error (in input order, for any -j) and
// hands each valid meeting to `fold` on this thread, in input order, then drops it. Invalid
// records count in the summary; unless `keep_going`, the status then says that nothing is
// reported. `output` is the -o target, so that an input is never written over.
ReadResult read_records(const RecordOptions& options, bool keep_going, const std::string& output,
                        const std::function<void(const std::string& name, const Meeting&)>& fold);

// The exit status after a report was written: 2 for unreadable inputs, 1 for invalid ones.
int status_after_report(const RunSummary& summary);


}  // namespace minutes::cli
