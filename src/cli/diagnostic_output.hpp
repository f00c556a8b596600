#pragma once

#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "minutes/diagnostic.hpp"

namespace minutes::cli {

// What `validate` learned about one input, ready to print.
struct FileOutcome {
  std::string name;
  std::string failure;  // non-empty when the input could not be read
  Diagnostics diagnostics;
  std::map<int, std::string> source_lines;  // the lines diagnostics point at
  bool valid() const { return failure.empty() && !has_errors(diagnostics); }
};

struct RunSummary {
  std::size_t files = 0, valid = 0, invalid = 0, unreadable = 0, errors = 0, warnings = 0;
  void add(const FileOutcome& outcome);
};

std::string summary_line(const RunSummary& summary);
// "2 errors, 1 warning", in the user's language.
std::string errors_and_warnings(std::size_t errors, std::size_t warnings);

enum class OutputFormat { text, json, github, junit };

class DiagnosticPrinter {
 public:
  virtual ~DiagnosticPrinter() = default;
  virtual void file(const FileOutcome& outcome) = 0;
  virtual void finish(const RunSummary& summary) = 0;
};

struct PrinterOptions {
  bool quiet = false;    // errors only, no source excerpts, no summary
  bool summary = true;  // the closing "N files: ..." line
  bool color = false;   // text only: ANSI colours (see use_color)
};

// JUnit XML for CI systems that show test reports (GitLab): one testcase per file. Written at
// finish(), because the root element carries the counts.
std::unique_ptr<DiagnosticPrinter> make_junit_printer(std::FILE* out);

// The "file:line:col: severity[rule]: /pointer: message" line every text report uses.
std::string diagnostic_line(const std::string& file, const Diagnostic& diagnostic);

std::unique_ptr<DiagnosticPrinter> make_printer(OutputFormat format, std::FILE* out,
                                                PrinterOptions options);

std::string json_quote(std::string_view text);
// GitHub Actions workflow commands: data escapes %, CR, LF; properties also ':' and ','.
std::string github_escape(std::string_view text, bool property);

}  // namespace minutes::cli
