#include "cli/read_records.hpp"

#include <unistd.h>

#include <algorithm>

#include "cli/exit_codes.hpp"
#include "minutes/translate.hpp"

namespace minutes::cli {

Progress::Progress()
    : m_terminal(::isatty(STDERR_FILENO) == 1), m_start(std::chrono::steady_clock::now()), m_last(m_start) {}

void Progress::step() {
  ++m_done;
  if (!m_terminal || (m_done & 15) != 0) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - m_start < std::chrono::seconds(1) || now - m_last < std::chrono::milliseconds(200)) return;
  m_last = now;
  m_shown = true;
  const std::string line =
      tr_plural_format("minutes: {} record", "minutes: {} records", m_done, m_done);
  m_width = std::max(m_width, line.size());
  fmt::print(stderr, "\r{}", line);
  std::fflush(stderr);
}

void Progress::clear() {
  if (!m_shown) return;
  m_shown = false;
  fmt::print(stderr, "\r{:{}}\r", "", m_width);
  std::fflush(stderr);
}

RecordReader::RecordReader(const RecordOptions& records, const DiagnosticOptions& diagnostics,
                           std::FILE* report, bool summary_line, const Schema* schema,
                           const std::string& output)
    : m_stream(records.stream(schema)) {
  if (!output.empty() && output != "-") m_stream.output = identity_of(output);
  PrinterOptions printer_options;
  printer_options.quiet = diagnostics.quiet;
  printer_options.summary = summary_line;
  printer_options.color = use_color(diagnostics.color, report);
  m_printer = make_printer(diagnostics.output_format(), report, printer_options);
}

bool RecordReader::take(StreamedRecord& record) {
  if (record.path_problem) {
    ++m_path_problems;
    m_progress.clear();
    print_error(fmt::format("{}: {}", printable_name(record.name), record.failure));
    return false;
  }
  FileOutcome outcome{std::move(record.name), std::move(record.failure), std::move(record.diagnostics),
                      std::move(record.source_lines)};
  m_summary.add(outcome);
  if (!outcome.valid() || !outcome.diagnostics.empty()) m_progress.clear();
  m_printer->file(outcome);
  record.name = std::move(outcome.name);
  if (!outcome.valid()) m_progress.step();
  return outcome.valid();
}

void RecordReader::say(const std::string& line) {
  m_progress.clear();
  fmt::print(stderr, "{}\n", line);
}

void RecordReader::finish() { m_printer->finish(m_summary); }

bool RecordReader::say_if_nothing_found() const {
  if (!nothing_found()) return false;
  print_error(tr("no *.yaml or *.yml files found in the given paths"));
  return true;
}

std::optional<int> RecordReader::stop_before_report(bool keep_going, const std::string& output) {
  finish();
  if (say_if_nothing_found()) return k_exit_usage;
  if (m_output_is_input) {
    // TRANSLATORS: {} is the file named with -o.
    return report_error(
        {Error::Kind::usage, tr_format("{}: refusing to write over an input file", output)});
  }
  if (status() == k_exit_ok) return std::nullopt;
  if (!keep_going || path_problems()) {
    // TRANSLATORS: {} is the summary line, such as "3 files: 2 valid, 1 invalid (1 error, 0
    // warnings)".
    fmt::print(stderr, "{}\n", tr_format("minutes: nothing written: {}", summary_line(m_summary)));
    return status();
  }
  // TRANSLATORS: {0} is a number of records, {1} the summary line, such as "3 files: 2 valid,
  // 1 invalid (1 error, 0 warnings)".
  fmt::print(stderr, "{}\n",
             tr_plural_format("minutes: {0} record left out of the report: {1}",
                              "minutes: {0} records left out of the report: {1}", left_out(),
                              left_out(), summary_line(m_summary)));
  return std::nullopt;
}

int RecordReader::status() const {
  if (path_problems() || nothing_found() || m_summary.unreadable > 0) return k_exit_usage;
  return m_summary.invalid > 0 ? k_exit_invalid : k_exit_ok;
}

}  // namespace minutes::cli
