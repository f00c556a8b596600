#include <cstdlib>
#include <thread>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/diagnostic_output.hpp"
#include "cli/exit_codes.hpp"
#include "cli/in_order.hpp"
#include "cli/record_options.hpp"
#include "cli/color.hpp"
#include "cli/report_common.hpp"
#include "minutes/files.hpp"
#include "minutes/schema.hpp"

namespace minutes::cli {
namespace {

struct ValidateArgs {
  RecordOptions records;
  std::string schema_file;
  std::string format;
  bool quiet = false;
};

OutputFormat choose_format(const std::string& requested) {
  if (requested == "json") return OutputFormat::json;
  if (requested == "github") return OutputFormat::github;
  if (requested == "junit") return OutputFormat::junit;
  if (requested.empty() && std::getenv("GITHUB_ACTIONS") != nullptr) return OutputFormat::github;
  return OutputFormat::text;
}

int run_validate(const ValidateArgs& args) {
  std::optional<Schema> user_schema;
  if (!args.schema_file.empty()) {
    auto loaded = Schema::from_file(args.schema_file);
    if (!loaded) {
      fmt::print(stderr, "minutes: error: {}\n", loaded.error());
      return k_exit_usage;
    }
    user_schema = std::move(*loaded);
  }
  const CheckOptions options{user_schema ? &*user_schema : nullptr, args.records.strict};

  const CollectedSources collected = collect_sources(args.records.paths);
  for (const SourceProblem& problem : collected.problems) {
    fmt::print(stderr, "minutes: error: {}: {}\n", problem.path, problem.message);
  }
  if (collected.sources.empty()) {
    if (collected.problems.empty()) {
      fmt::print(stderr, "minutes: error: no *.yaml or *.yml files found in the given paths\n");
    }
    return k_exit_usage;
  }

  PrinterOptions printer_options;
  printer_options.quiet = args.quiet;
  printer_options.color = use_color(args.records.color, stdout);
  auto printer = make_printer(choose_format(args.format), stdout, printer_options);
  // Progress goes to standard error, the report to standard output: on one terminal the two
  // share the screen, so the progress line is cleared before a file's messages.
  Progress progress(collected.sources.size());
  RunSummary summary;
  const unsigned jobs = args.records.job_count();
  run_in_order<FileOutcome>(
      collected.sources.size(), jobs,
      [&](std::size_t i) {
        LoadedRecord loaded = load_record(collected.sources[i], options, args.records.max_size);
        FileOutcome outcome{loaded.name, loaded.failure ? loaded.failure->message : std::string(),
                            std::move(loaded.record.diagnostics), {}};
        outcome.source_lines = lines_for(loaded.record.text, outcome.diagnostics);
        return outcome;
      },
      [&](std::size_t, FileOutcome outcome) {
        summary.add(outcome);
        if (!outcome.valid() || !outcome.diagnostics.empty()) progress.clear();
        printer->file(outcome);
        progress.step();
      });
  progress.clear();
  printer->finish(summary);
  if (std::fflush(stdout) != 0) {
    fmt::print(stderr, "minutes: error: cannot write the report\n");
    return k_exit_usage;
  }
  if (!collected.problems.empty() || summary.unreadable > 0) return k_exit_usage;
  return summary.invalid > 0 ? k_exit_invalid : k_exit_ok;
}

}  // namespace

void add_validate_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* command = app.add_subcommand("validate", "Check meeting records: YAML, schema and rules");
  add_record_options(*command, args->records);
  command->add_option("--schema", args->schema_file,
                      "Use this JSON Schema (draft-07, JSON or YAML) instead of the built-in one");
  command->add_option("--format", args->format, "Report format: text, json, github (workflow annotations), junit (XML for GitLab); default text, github when GITHUB_ACTIONS is set")
      ->check(CLI::IsMember({"text", "json", "github", "junit"}));
  command->add_flag("-q,--quiet", args->quiet, "Print errors only: no warnings, excerpts or summary");
  command->footer(
      "Examples:\n"
      "  minutes validate examples/\n"
      "  minutes validate --format json minutes/2020 > report.json\n"
      "  minutes validate --format junit minutes/ > minutes-report.xml\n"
      "  cat record.yaml | minutes validate -\n\n"
      "Exit status: 0 all valid, 1 some record invalid, 2 nothing could be checked.");
  command->callback([args, &exit_code] { exit_code = run_validate(*args); });
}

}  // namespace minutes::cli
