#include "cli/options.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <thread>

#include <fmt/format.h>

#include "cli/color.hpp"
#include "cli/exit_codes.hpp"
#include "minutes/dates.hpp"
#include "minutes/labels.hpp"
#include "minutes/translate.hpp"

namespace minutes::cli {
namespace {

std::string or_list(const std::vector<std::string>& names) {
  if (names.size() < 2) return fmt::format("{}", fmt::join(names, ""));
  return fmt::format("{} or {}", fmt::join(names.begin(), names.end() - 1, ", "), names.back());
}

constexpr const char* k_diagnostic_formats[] = {"text", "json", "github", "junit"};

}  // namespace

unsigned RecordOptions::job_count() const {
  return jobs > 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
}

StreamOptions RecordOptions::stream(const Schema* schema) const {
  StreamOptions options;
  options.paths = paths;
  options.check = CheckOptions{schema, strict};
  options.jobs = job_count();
  options.max_size = max_size;
  return options;
}

void add_record_options(CLI::App& command, RecordOptions& options) {
  command.add_option("paths", options.paths, "Record files or folders (walked for *.yaml, *.yml); - is stdin")
      ->required();
  command.add_flag("--strict", options.strict, "Treat warnings as errors");
  command.add_option("-j,--jobs", options.jobs, "Read N files at a time (default: number of cores)")
      ->check(CLI::Range(1u, 256u));
  command.add_option("--max-size", options.max_size, "Largest record, e.g. 200k, 4MiB (default 1MiB)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30));
}

// Walked folders yield only *.yaml and *.yml files, which no format writes; files named
// directly may be called anything, so they are the inputs an output could overwrite.
std::vector<FileIdentity> named_files(const std::vector<std::string>& paths) {
  std::vector<FileIdentity> identities;
  for (const std::string& path : paths) {
    std::error_code error;
    if (path == "-" || !std::filesystem::is_regular_file(path, error)) continue;
    if (auto identity = identity_of(path)) identities.push_back(*identity);
  }
  return identities;
}

bool refuses_output(const std::string& output, const std::vector<FileIdentity>& inputs) {
  if (output.empty() || output == "-") return false;
  const auto target = identity_of(output);
  return target && std::find(inputs.begin(), inputs.end(), *target) != inputs.end();
}

void warn_if_old_format_spelling(const DiagnosticOptions& diagnostics, const OutputOptions& out) {
  if (diagnostics.format == "json" && out.format.empty()) {
    print_warning(
        tr("--format json reports record problems as JSON; for the output as JSON use -t json"));
  }
}

OutputFormat DiagnosticOptions::output_format() const {
  if (format == "json") return OutputFormat::json;
  if (format == "github") return OutputFormat::github;
  if (format == "junit") return OutputFormat::junit;
  if (format.empty() && std::getenv("GITHUB_ACTIONS") != nullptr) return OutputFormat::github;
  return OutputFormat::text;
}

void add_diagnostic_options(CLI::App& command, DiagnosticOptions& options, bool with_quiet) {
  command
      .add_option("--format", options.format,
                  "Record problems as text, json, github (workflow annotations) or junit (XML for "
                  "GitLab); default text, github when GITHUB_ACTIONS is set")
      ->check(CLI::Validator(
          [](const std::string& value) -> std::string {
        for (const char* known : k_diagnostic_formats) {
          if (value == known) return {};
        }
        // Any name or alias the registry knows (md, htm, ical, ...) is the old spelling of -t.
        constexpr Input k_every_input[] = {Input::document, Input::table, Input::record,
                                           Input::summary, Input::actions};
        if (choose_emitter(value, "", k_every_input)) {
          // TRANSLATORS: {0} is a format name such as html; keep -t, --format and the four
          // style names as they are.
          return tr_format(
              "\"{0}\" is an output format: use -t {0} (--format is the style of "
              "diagnostics: text, json, github, junit)",
              value);
        }
        return tr_format("\"{}\" is not one of text, json, github, junit", value);
      }, "{text,json,github,junit}"))
      ->type_name("STYLE");
  add_color_option(command, options.color);
  if (with_quiet) command.add_flag("-q,--quiet", options.quiet, "Print errors only: no warnings, excerpts or summary");
}

void add_color_option(CLI::App& command, std::string& when) {
  command.add_option("--color", when, "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(k_color_choices), std::end(k_color_choices))))
      ->type_name("WHEN");
}

CLI::Option* add_output_options(CLI::App& command, OutputOptions& options, std::span<const Input> inputs,
                                std::string_view what) {
  // The check only lists the names for --help (and the completion drift test); choose_emitter
  // says what is wrong with a name, with a suggestion.
  const std::vector<std::string_view> known = format_names(inputs);
  const std::vector<std::string> names(known.begin(), known.end());
  command
      .add_option("-t,--to", options.format,
                  fmt::format("Write {} as {}; default from -o's extension, else markdown (see "
                              "'minutes formats')",
                              what, format_list(inputs)))
      ->check(CLI::Validator([](const std::string&) { return std::string(); },
                             fmt::format("{{{}}}", fmt::join(names, ","))))
      ->type_name("FORMAT");
  return command.add_option("-o,--output", options.output, "Write to FILE (atomically) instead of stdout")
      ->type_name("FILE");
}

void add_record_output_options(CLI::App& command, std::string& output, std::string_view output_help) {
  command
      .add_option_function<std::string>(
          "-t,--to", [](const std::string&) {},
          "Write the record as yaml, the record format (the only one; for other formats render the record)")
      ->check(CLI::Validator(
          [](const std::string& value) -> std::string {
            if (value == "yaml" || value == "yml") return {};
            return tr_format(
                "a record is written as yaml, not \"{0}\"; to publish it in another format, "
                "use minutes render -t {0}",
                value);
          },
          "{yaml}"))
      ->type_name("FORMAT");
  command.add_option("-o,--output", output, std::string(output_help))->type_name("FILE");
}

void add_language_option(CLI::App& command, std::string& language, std::string_view description) {
  std::vector<std::string> known;
  for (std::string_view tag : label_languages()) known.emplace_back(tag);
  command
      .add_option("--lang", language, fmt::format("{} ({})", description, or_list(known)))
      ->transform(CLI::Validator(
          [known](std::string& value) -> std::string {
            auto supported = supported_language(value);
            if (!supported) {
              return tr_format("no labels for language \"{}\"; the languages are: {}", value,
                               fmt::format("{}", fmt::join(known, ", ")));
            }
            value = *supported;
            return {};
          },
          fmt::format("{{{}}}", fmt::join(known, ","))))
      ->type_name("LANG");
}

void add_period_options(CLI::App& command, PeriodOptions& options) {
  auto* year = command.add_option("--year", options.year, "Only meetings of this year")->check(CLI::Range(1, 9999));
  auto* from = command.add_option("--from", options.from, "Only meetings on or after DATE (YYYY-MM-DD)")->type_name("DATE");
  auto* until = command.add_option("--until", options.until, "Only meetings on or before DATE (YYYY-MM-DD)")->type_name("DATE");
  year->excludes(from)->excludes(until);
}

void add_as_of_option(CLI::App& command, std::string& as_of) {
  command.add_option("--as-of", as_of, "Open actions due before DATE are overdue (default: today)")->type_name("DATE");
}

void add_csv_options(CLI::App& command, CsvOptions& options, std::span<const std::string_view> tables,
                     std::string_view default_table) {
  if (!tables.empty()) {
    std::vector<std::string> names(tables.begin(), tables.end());
    options.table = std::string(default_table);
    command.add_option("--table", options.table,
                       fmt::format("csv: which table (default {})", default_table))
        ->check(CLI::Validator(
            [names](const std::string& value) -> std::string {
              if (std::find(names.begin(), names.end(), value) != names.end()) return {};
              return tr_format("unknown table \"{}\"; the tables are: {}", value,
                               fmt::format("{}", fmt::join(names, ", ")));
            },
            fmt::format("{{{}}}", fmt::join(names, ","))))
        ->type_name("NAME");
  }
  command.add_flag("--bom", options.bom, "csv: start with a UTF-8 byte-order mark (for Excel)");
  command.add_flag("--no-formula-guard", options.no_formula_guard,
                   "csv: do not prefix ' to cells starting with = + - @ (spreadsheet formulas)");
}

tl::expected<Date, std::string> parse_date_option(std::string_view option, std::string_view text) {
  if (text == "today") return today();
  auto date = parse_date(text);
  if (!date) {
    // TRANSLATORS: {0} is an option such as --from, {1} what was given, {2} an optional reason
    // in parentheses. Keep "today": it is what the option accepts.
    return tl::unexpected(
        tr_format("{0}: expected a date like 2024-12-31 or \"today\", got \"{1}\"{2}", option, text,
                  date.error().reason.empty() ? "" : " (" + date.error().reason + ")"));
  }
  return *date;
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace minutes::cli
