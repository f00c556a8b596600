#pragma once

// The option vocabulary, bound by one helper per group so every command spells, checks and
// explains an option the same way (docs/cli.md): records in, diagnostics out, -t/-o for the
// document, --lang, the period, CSV settings.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/diagnostic_output.hpp"
#include "minutes/emit.hpp"
#include "minutes/input.hpp"
#include "minutes/model.hpp"
#include "minutes/record_stream.hpp"

namespace minutes::cli {

struct RecordOptions {
  std::vector<std::string> paths;
  bool strict = false;
  unsigned jobs = 0;  // 0: one per core
  std::size_t max_size = k_default_max_record_size;

  unsigned job_count() const;

  StreamOptions stream(const Schema* schema = nullptr) const;
};
void add_record_options(CLI::App& command, RecordOptions& options);
// The identities of the files named directly among `paths` (not folders, not "-").
std::vector<FileIdentity> named_files(const std::vector<std::string>& paths);
// True when -o FILE is one of `inputs`: said before anything is read.
bool refuses_output(const std::string& output, const std::vector<FileIdentity>& inputs);

// How record problems are reported: --format text|json|github|junit, --color, and for
// validate -q.
struct DiagnosticOptions {
  std::string format;          // "": text, or github when GITHUB_ACTIONS is set
  std::string color = "auto";  // auto, always, never
  bool quiet = false;
  OutputFormat output_format() const;
};
void add_diagnostic_options(CLI::App& command, DiagnosticOptions& options, bool with_quiet = false);
// --color alone, for commands that print diagnostics of their own making (import, new).
void add_color_option(CLI::App& command, std::string& when);

// -t/--to FORMAT and -o/--output FILE; the help lists the formats the registry has for `inputs`.
struct OutputOptions {
  std::string format;
  std::string output;
};
CLI::Option* add_output_options(CLI::App& command, OutputOptions& options, std::span<const Input> inputs,
                                std::string_view what);

// --format json without -t: the user probably meant the old spelling of -t json; a warning.
void warn_if_old_format_spelling(const DiagnosticOptions& diagnostics, const OutputOptions& out);

// -t/--to yaml and -o/--output FILE for the commands that write a record (import, new): the
// same spelling as the commands that write documents, with the one format a record has.
void add_record_output_options(CLI::App& command, std::string& output, std::string_view output_help);

// --lang: one of the label languages (or a tag that maps to one, such as nb-NO); the help lists
// them. The value is stored normalised ("nb").
void add_language_option(CLI::App& command, std::string& language, std::string_view description);

// --year, or --from/--until.
struct PeriodOptions {
  int year = 0;
  std::string from;
  std::string until;
};
void add_period_options(CLI::App& command, PeriodOptions& options);

// --as-of DATE (default today).
void add_as_of_option(CLI::App& command, std::string& as_of);

// --bom, --no-formula-guard, and --table NAME when `tables` is not empty.
struct CsvOptions {
  std::string table;
  bool bom = false;
  bool no_formula_guard = false;
};
void add_csv_options(CLI::App& command, CsvOptions& options, std::span<const std::string_view> tables,
                     std::string_view default_table);

// "today" or YYYY-MM-DD; the option's name goes into the message.
tl::expected<Date, std::string> parse_date_option(std::string_view option, std::string_view text);
Date today();

}  // namespace minutes::cli
