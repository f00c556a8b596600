#include "cli/diagnostic_output.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "cli/color.hpp"

namespace minutes::cli {

void RunSummary::add(const FileOutcome& outcome) {
  ++files;
  if (!outcome.failure.empty()) {
    ++unreadable;
    return;
  }
  outcome.valid() ? ++valid : ++invalid;
  for (const Diagnostic& d : outcome.diagnostics) {
    d.severity == Severity::error ? ++errors : ++warnings;
  }
}

namespace {

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string_view pointer_or_root(const std::string& pointer) {
  return pointer.empty() ? std::string_view("/") : std::string_view(pointer);
}

// Everything a diagnostic shows comes from the input one way or another: the file name, keys in
// the pointer, values quoted in the message. Every field is escaped here, in the one function the
// text, GitHub and one-line printers take their fields from, so none can carry a terminal escape
// sequence or broken UTF-8 through. (JSON and JUnit escape by their own rules.)
struct PrintableFields {
  std::string file;
  std::string rule;
  std::string pointer;
  std::string message;
};

PrintableFields printable_fields(std::string_view file, const Diagnostic& d) {
  return {printable_name(file), printable_name(d.rule), printable_name(pointer_or_root(d.pointer)),
          printable_name(d.message)};
}

// A source line with its tabs kept (so the caret line can copy them) and everything else that a
// terminal could act on escaped; the caret goes under the escaped form of the column.
void print_excerpt(std::FILE* out, const std::string& line_text, const Position& position,
                   const Palette& colors) {
  std::string shown;
  std::string pad;
  std::size_t column = 1;
  for (std::size_t at = 0; at < line_text.size();) {
    char32_t code_point = 0;
    const std::size_t length = std::max<std::size_t>(1, decode_utf8(line_text, at, code_point));
    const std::string piece =
        line_text[at] == '\t' ? std::string("\t") : printable_name(line_text.substr(at, length));
    shown += piece;
    if (column < static_cast<std::size_t>(position.column)) {
      for (std::size_t i = 0; i < piece.size(); ++i) {
        if ((static_cast<unsigned char>(piece[i]) & 0xC0) != 0x80) pad += piece[i] == '\t' ? '\t' : ' ';
      }
    }
    at += length;
    ++column;
  }
  const std::string number = std::to_string(position.line);
  fmt::print(out, " {} | {}\n", number, shown);
  fmt::print(out, " {} | {}{}^{}\n", std::string(number.size(), ' '), pad, colors.caret, colors.reset);
}

class TextPrinter : public DiagnosticPrinter {
 public:
  TextPrinter(std::FILE* out, PrinterOptions options)
      : m_out(out), m_options(options), m_colors(palette(options.color)) {}

  void file(const FileOutcome& outcome) override {
    const Palette& c = m_colors;
    if (!outcome.failure.empty()) {
      fmt::print(m_out, "{}{}:{} {}error{}[io]: {}\n", c.bold, printable_name(outcome.name), c.reset,
                 c.error, c.reset, printable_name(outcome.failure));
      return;
    }
    for (const Diagnostic& d : outcome.diagnostics) {
      if (m_options.quiet && d.severity != Severity::error) continue;
      const std::string_view severity_color = d.severity == Severity::error ? c.error : c.warning;
      const PrintableFields shown = printable_fields(outcome.name, d);
      fmt::print(m_out, "{}{}:{}:{}:{} {}{}{}[{}]: {}: {}\n", c.bold, shown.file, d.position.line,
                 d.position.column, c.reset, severity_color, severity_name(d.severity), c.reset,
                 shown.rule, shown.pointer, shown.message);
      const auto line = outcome.source_lines.find(d.position.line);
      // An encoding or size problem means the line is not safe or not there to show.
      const bool showable = d.rule != "encoding" && d.rule != "limit";
      if (!m_options.quiet && showable && line != outcome.source_lines.end()) {
        print_excerpt(m_out, line->second, d.position, c);
      }
    }
  }

  void finish(const RunSummary& summary) override {
    if (m_options.quiet || !m_options.summary) return;
    fmt::print(m_out, "{}\n", summary_line(summary));
  }

 private:
  std::FILE* m_out;
  PrinterOptions m_options;
  Palette m_colors;
};

class JsonPrinter : public DiagnosticPrinter {
 public:
  explicit JsonPrinter(std::FILE* out) : m_out(out) { fmt::print(m_out, "{{\"version\":1,\"files\":["); }

  void file(const FileOutcome& outcome) override {
    fmt::print(m_out, "{}\n{{\"path\":{},\"valid\":{},", m_first ? "" : ",", json_quote(outcome.name),
               outcome.valid() ? "true" : "false");
    m_first = false;
    if (!outcome.failure.empty()) {
      fmt::print(m_out, "\"error\":{},", json_quote(outcome.failure));
    }
    fmt::print(m_out, "\"diagnostics\":[");
    bool first = true;
    for (const Diagnostic& d : outcome.diagnostics) {
      fmt::print(m_out,
                 "{}{{\"line\":{},\"column\":{},\"pointer\":{},\"rule\":{},\"severity\":\"{}\","
                 "\"message\":{}}}",
                 first ? "" : ",", d.position.line, d.position.column, json_quote(d.pointer),
                 json_quote(d.rule), severity_name(d.severity), json_quote(d.message));
      first = false;
    }
    fmt::print(m_out, "]}}");
  }

  void finish(const RunSummary& s) override {
    fmt::print(m_out,
               "\n],\"summary\":{{\"files\":{},\"valid\":{},\"invalid\":{},\"unreadable\":{},"
               "\"errors\":{},\"warnings\":{}}}}}\n",
               s.files, s.valid, s.invalid, s.unreadable, s.errors, s.warnings);
  }

 private:
  std::FILE* m_out;
  bool m_first = true;
};


class GithubPrinter : public DiagnosticPrinter {
 public:
  GithubPrinter(std::FILE* out, PrinterOptions options) : m_out(out), m_options(options) {}

  void file(const FileOutcome& outcome) override {
    if (!outcome.failure.empty()) {
      fmt::print(m_out, "::error file={},title=minutes [io]::{}\n",
                 github_escape(printable_name(outcome.name), true),
                 github_escape(printable_name(outcome.failure), false));
      return;
    }
    for (const Diagnostic& d : outcome.diagnostics) {
      if (m_options.quiet && d.severity != Severity::error) continue;
      const PrintableFields shown = printable_fields(outcome.name, d);
      fmt::print(m_out, "::{} file={},line={},col={},title={}::{}\n", severity_name(d.severity),
                 github_escape(shown.file, true), d.position.line, d.position.column,
                 github_escape(fmt::format("minutes [{}]", shown.rule), true),
                 github_escape(fmt::format("{}: {}", shown.pointer, shown.message), false));
    }
  }

  void finish(const RunSummary& summary) override {
    if (!m_options.quiet && m_options.summary) fmt::print(m_out, "{}\n", summary_line(summary));
  }

 private:
  std::FILE* m_out;
  PrinterOptions m_options;
};

}  // namespace

std::string diagnostic_line(const std::string& file, const Diagnostic& d) {
  const PrintableFields shown = printable_fields(file, d);
  return fmt::format("{}:{}:{}: {}[{}]: {}: {}", shown.file, d.position.line, d.position.column,
                     severity_name(d.severity), shown.rule, shown.pointer, shown.message);
}

std::string summary_line(const RunSummary& s) {
  std::string line = fmt::format("{}: {} valid, {} invalid", plural(s.files, "file", "files"),
                                 s.valid, s.invalid);
  if (s.unreadable > 0) line += fmt::format(", {} unreadable", s.unreadable);
  line += fmt::format(" ({}, {})", plural(s.errors, "error", "errors"),
                      plural(s.warnings, "warning", "warnings"));
  return line;
}

std::unique_ptr<DiagnosticPrinter> make_printer(OutputFormat format, std::FILE* out,
                                                PrinterOptions options) {
  switch (format) {
    case OutputFormat::json: return std::make_unique<JsonPrinter>(out);
    case OutputFormat::github: return std::make_unique<GithubPrinter>(out, options);
    case OutputFormat::junit: return make_junit_printer(out);
    case OutputFormat::text: break;
  }
  return std::make_unique<TextPrinter>(out, options);
}

std::string github_escape(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

// Valid JSON whatever the text holds: C0 and C1 controls and DEL as \u escapes (raw C1 would
// reach a terminal that shows the report), and a byte that is not UTF-8 (a file name can hold
// one) as the text \xNN, the way printable_name shows it.
std::string json_quote(std::string_view text) {
  std::string out = "\"";
  for (std::size_t at = 0; at < text.size();) {
    char32_t c = 0;
    const std::size_t length = decode_utf8(text, at, c);
    if (length == 0) {
      out += fmt::format("\\\\x{:02x}", static_cast<unsigned char>(text[at]));
      ++at;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        } else {
          out.append(text.substr(at, length));
        }
    }
    at += length;
  }
  out += '"';
  return out;
}

}  // namespace minutes::cli
