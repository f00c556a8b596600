#pragma once

// The one read loop of the command line: the library's record stream, with every record's
// problems printed in input order in the style chosen (--format), a progress line on a
// terminal, and the counts the exit status is made from.

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "cli/color.hpp"
#include "cli/diagnostic_output.hpp"
#include "cli/options.hpp"
#include "minutes/record_stream.hpp"

namespace minutes::cli {

// "N records" on standard error, rewritten in place, when standard error is a terminal and
// the run has taken more than a second; clear() removes it.
class Progress {
 public:
  Progress();
  void step();
  void clear();

 private:
  std::size_t m_done = 0;
  bool m_terminal;
  bool m_shown = false;
  std::size_t m_width = 0;  // of the longest line shown, which clear() blanks
  std::chrono::steady_clock::time_point m_start;
  std::chrono::steady_clock::time_point m_last;
};

class RecordReader {
 public:
  // Problems go to `report` (validate: standard output; the others: standard error). `output`
  // is the file the command will write (-o), so that an input is never written over.
  RecordReader(const RecordOptions& records, const DiagnosticOptions& diagnostics, std::FILE* report,
               bool summary_line, const Schema* schema = nullptr, const std::string& output = {});

  // Streams every input; `prepare` runs on workers for valid records, `use(record, prepared)`
  // on this thread, in input order, for valid records only.
  template <typename Prepared, typename Prepare, typename Use>
  void read(Prepare prepare, Use use) {
    stream_records<Prepared>(
        m_stream, prepare, [&](StreamedRecord record, Prepared prepared) {
          if (record.is_output) m_output_is_input = true;
          if (!take(record)) return;
          use(record, std::move(prepared));
          m_progress.step();
        });
    m_progress.clear();
  }

  // The same, for commands that need nothing made on the workers.
  template <typename Use>
  void read(Use use) {
    read<char>([](const StreamedRecord&) { return char{}; },
               [&](const StreamedRecord& record, char) { use(record); });
  }

  // Before a report over many records (summary, actions): whether the command must stop, and
  // with which status: no records found, -o names an input, or some record invalid or
  // unreadable without --keep-going ("nothing written"). With --keep-going the invalid records
  // are left out of the report, and said so.
  std::optional<int> stop_before_report(bool keep_going, const std::string& output);
  std::size_t left_out() const { return m_summary.invalid + m_summary.unreadable; }

  // The printer's closing lines (validate's summary, JSON's counts, JUnit's document).
  void finish();
  // Says so and returns true when the paths held no record at all.
  bool say_if_nothing_found() const;
  // A line on standard error about one record, kept clear of the progress line.
  void say(const std::string& line);

  const RunSummary& summary() const { return m_summary; }
  bool path_problems() const { return m_path_problems > 0; }
  bool nothing_found() const { return m_summary.files == 0 && m_path_problems == 0; }
  bool output_is_input() const { return m_output_is_input; }
  // 0 when every input was read and valid; else 2 (unreadable, paths) or 1 (invalid).
  int status() const;

 private:
  bool take(StreamedRecord& record);  // prints; true for a valid record
  StreamOptions m_stream;
  std::unique_ptr<DiagnosticPrinter> m_printer;
  RunSummary m_summary;
  std::size_t m_path_problems = 0;
  bool m_output_is_input = false;
  Progress m_progress;
};

}  // namespace minutes::cli
