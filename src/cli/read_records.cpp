#include "cli/read_records.hpp"

#include <unistd.h>

#include "cli/exit_codes.hpp"

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
  fmt::print(stderr, "\rminutes: {} records", m_done);
  std::fflush(stderr);
}

void Progress::clear() {
  if (!m_shown) return;
  m_shown = false;
  fmt::print(stderr, "\r{:{}}\r", "", 40);
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
    fmt::print(stderr, "minutes: error: {}: {}\n", printable_name(record.name), record.failure);
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
  fmt::print(stderr, "minutes: error: no *.yaml or *.yml files found in the given paths\n");
  return true;
}

std::optional<int> RecordReader::stop_before_report(bool keep_going, const std::string& output) {
  finish();
  if (say_if_nothing_found()) return k_exit_usage;
  if (m_output_is_input) {
    return report_error({Error::Kind::usage, fmt::format("{}: refusing to write over an input file", output)});
  }
  if (status() == k_exit_ok) return std::nullopt;
  if (!keep_going || path_problems()) {
    fmt::print(stderr, "minutes: nothing written: {}\n", summary_line(m_summary));
    return status();
  }
  fmt::print(stderr, "minutes: {} left out of the report: {}\n",
             left_out() == 1 ? "1 record" : fmt::format("{} records", left_out()), summary_line(m_summary));
  return std::nullopt;
}

int RecordReader::status() const {
  if (path_problems() || nothing_found() || m_summary.unreadable > 0) return k_exit_usage;
  return m_summary.invalid > 0 ? k_exit_invalid : k_exit_ok;
}

}  // namespace minutes::cli
