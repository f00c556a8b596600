// `minutes validate --format junit`: one <testcase> per file, for CI systems that show test
// reports. GitLab shows a testcase's classname as "Suite" and its name as "Name", keys cases by
// the two together, and shows the text inside <failure> but not its message attribute: so the
// classname is the file's folder, the name its path, and every located message goes in the text.

#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/diagnostic_output.hpp"

namespace minutes::cli {
namespace {

// XML 1.0 cannot carry most control characters or broken UTF-8 at all, not even escaped. Names
// and messages reach here escaped already (printable_name, quote_value); this is the last guard,
// turning anything left into U+FFFD rather than an unreadable report.
void append_xml(std::string& out, std::string_view text, bool attribute) {
  constexpr std::string_view replacement = "\xEF\xBF\xBD";
  std::size_t at = 0;
  while (at < text.size()) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      switch (byte) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        // An attribute's white space is folded into spaces unless written as references.
        case '\t': out += attribute ? "&#9;" : "\t"; break;
        case '\n': out += attribute ? "&#10;" : "\n"; break;
        case '\r': out += "&#13;"; break;
        default: out += byte < 0x20 || byte == 0x7F ? replacement : std::string_view(&text[at], 1);
      }
      ++at;
      continue;
    }
    char32_t code = 0;
    const std::size_t length = decode_utf8(text, at, code);
    const bool valid = length > 0 && code != 0xFFFE && code != 0xFFFF;
    if (valid) {
      out.append(text.substr(at, length));
      at += length;
    } else {  // not UTF-8, or a code point XML excludes
      out += replacement;
      ++at;
    }
  }
}

std::string attr(std::string_view text) {
  std::string out;
  append_xml(out, text, true);
  return out;
}

std::string xml(std::string_view text) {
  std::string out;
  append_xml(out, text, false);
  return out;
}

std::string folder_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

class JunitPrinter : public DiagnosticPrinter {
 public:
  explicit JunitPrinter(std::FILE* out) : m_out(out) {}

  void file(const FileOutcome& outcome) override {
    // The name as the text report shows it, so a case can be matched with its log line.
    const std::string name = printable_name(outcome.name);
    std::string& c = m_cases;
    c += fmt::format("    <testcase name=\"{}\" classname=\"{}\" file=\"{}\">\n", attr(name),
                     attr(folder_of(name)), attr(name));
    if (!outcome.failure.empty()) {
      c += fmt::format("      <error type=\"io\" message=\"{}\">{}: error[io]: {}</error>\n",
                       attr(outcome.failure), xml(name), xml(outcome.failure));
    } else {
      std::size_t errors = 0;
      std::string lines;
      for (const Diagnostic& d : outcome.diagnostics) {
        if (d.severity == Severity::error) ++errors;
        lines += diagnostic_line(name, d);
        lines += '\n';
      }
      if (errors > 0) {
        c += fmt::format("      <failure type=\"invalid\" message=\"{}\">{}</failure>\n",
                         attr(errors_and_warnings(errors, outcome.diagnostics.size() - errors)),
                         xml(lines));
      } else if (!lines.empty()) {
        // Warnings do not fail a file (unless --strict made them errors); they stay visible.
        c += fmt::format("      <system-out>{}</system-out>\n", xml(lines));
      }
    }
    c += "    </testcase>\n";
  }

  void finish(const RunSummary& s) override {
    fmt::print(m_out,
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<testsuites name=\"minutes validate\" tests=\"{0}\" failures=\"{1}\" errors=\"{2}\">\n"
               "  <testsuite name=\"minutes validate\" tests=\"{0}\" failures=\"{1}\" errors=\"{2}\" "
               "skipped=\"0\">\n"
               "{3}"
               "  </testsuite>\n"
               "</testsuites>\n",
               s.files, s.invalid, s.unreadable, m_cases);
  }

 private:
  std::FILE* m_out;
  std::string m_cases;
};

}  // namespace

std::unique_ptr<DiagnosticPrinter> make_junit_printer(std::FILE* out) {
  return std::make_unique<JunitPrinter>(out);
}

}  // namespace minutes::cli
