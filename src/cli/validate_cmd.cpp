// minutes validate: check records and report every problem (docs/cli.md).
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/read_records.hpp"
#include "minutes/schema.hpp"
#include "minutes/translate.hpp"

namespace minutes::cli {
namespace {

struct ValidateArgs {
  RecordOptions records;
  DiagnosticOptions diagnostics;
  std::string schema_file;
};

int run_validate(const ValidateArgs& args) {
  std::optional<Schema> user_schema;
  if (!args.schema_file.empty()) {
    auto loaded = Schema::from_file(args.schema_file);
    if (!loaded) {
      print_error(loaded.error());
      return k_exit_usage;
    }
    user_schema = std::move(*loaded);
  }
  RecordReader reader(args.records, args.diagnostics, stdout, true, user_schema ? &*user_schema : nullptr);
  reader.read([](const StreamedRecord&) {});
  if (reader.say_if_nothing_found()) return k_exit_usage;
  // Nothing was read when every path was a problem: there is no report to close.
  if (reader.summary().files > 0) reader.finish();
  if (std::fflush(stdout) != 0) {
    print_error(tr("cannot write the report"));
    return k_exit_usage;
  }
  return reader.status();
}

}  // namespace

void add_validate_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* command = app.add_subcommand("validate", "Check meeting records: YAML, schema and rules");
  add_record_options(*command, args->records);
  add_diagnostic_options(*command, args->diagnostics, true);
  command->add_option("--schema", args->schema_file,
                      "Use this JSON Schema (draft-07, JSON or YAML) instead of the built-in one");
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
