#include <unistd.h>

#include <fmt/format.h>

#include "cli/color.hpp"
#include "cli/command_output.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_output.hpp"
#include "cli/exit_codes.hpp"
#include "cli/options.hpp"
#include "minutes/import.hpp"
#include "minutes/input.hpp"
#include "minutes/output.hpp"
#include "minutes/validate.hpp"
#include "minutes/dates.hpp"
#include "minutes/translate.hpp"

namespace minutes::cli {
namespace {

struct ImportArgs {
  std::string path;
  std::string language;
  std::string date;
  std::string output;
  bool report = false;
  std::string color = "auto";
};


// "file:3:1: error[import]: message" and, for a problem in the words, the line it is on.
void print_import_error(const std::string& name, std::string bytes, const Diagnostic& error,
                        const Palette& c) {
  fmt::print(stderr, "{}{}:{}:{}:{} {}error{}[{}]: {}\n", c.bold, name, error.position.line,
             error.position.column, c.reset, c.error, c.reset, error.rule, error.message);
  if (error.rule != "import") return;
  check_and_normalise_text(bytes);
  const auto lines = lines_for(bytes, {error});
  if (const auto line = lines.find(error.position.line);
      line != lines.end() && line->second.find_first_not_of(" \t") != std::string::npos) {
    const std::string number = std::to_string(error.position.line);
    fmt::print(stderr, " {} | {}\n {} | {}^{}\n", number, line->second, std::string(number.size(), ' '),
               c.caret, c.reset);
  }
}

int run_import(const ImportArgs& args) {
  const bool from_stdin = args.path == "-";
  const std::string name = from_stdin ? std::string("<stdin>") : args.path;
  auto read = from_stdin ? read_record_stream(STDIN_FILENO, k_default_max_record_size)
                         : read_record_file(args.path, k_default_max_record_size);
  if (!read) {
    print_error(fmt::format("{}: {}", name, read.error().message));
    return k_exit_usage;
  }
  if (read->too_large) {
    fmt::print(stderr, "{}:1:1: error[limit]: {}\n", name,
               tr_format("the file has {} bytes; import reads at most {}", read->size,
                         k_default_max_record_size));
    return k_exit_invalid;
  }
  ImportOptions options;
  options.language = args.language;
  if (!args.date.empty()) options.date = *parse_date(args.date);
  auto imported = import_minutes(read->bytes, options);
  if (!imported) {
    print_import_error(name, read->bytes, imported.error(), palette(use_color(args.color, stderr)));
    return k_exit_invalid;
  }
  if (args.report) {
    for (const ImportNote& note : imported->notes) fmt::print(stderr, "{}\n", format_import_note(note));
  }
  const std::string yaml = write_record_yaml(imported->meeting);
  // The record must validate; if it does not, the importer has a bug, and nothing is written.
  const CheckedRecord checked = check_record(yaml);
  if (!checked.valid()) {
    print_internal_error(tr_format(
        "the record imported from {} is not valid; please report this with the input", name));
    FileOutcome outcome{"<imported record>", {}, checked.diagnostics, lines_for(checked.text, checked.diagnostics)};
    PrinterOptions printer_options;
    printer_options.summary = false;
    printer_options.color = use_color(args.color, stderr);
    make_printer(OutputFormat::text, stderr, printer_options)->file(outcome);
    return k_exit_internal;
  }
  for (const Diagnostic& warning : checked.diagnostics) {
    fmt::print(stderr, "{}: warning[{}]: {}: {}\n", name, warning.rule, warning.pointer, warning.message);
  }
  std::vector<FileIdentity> inputs;
  if (!from_stdin) {
    if (const auto identity = identity_of(args.path)) inputs.push_back(*identity);
  }
  return write_command_output(args.output, yaml, std::move(inputs));
}

}  // namespace

void add_import_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ImportArgs>();
  CLI::App* command =
      app.add_subcommand("import", "Turn plain-text or Markdown minutes into a YAML record");
  command->add_option("path", args->path, "The minutes (UTF-8 text or Markdown); - is stdin")->required();
  add_language_option(*command, args->language, "The record's language; default: guessed from the words");
  command
      ->add_option(
          "--date", args->date,
          "The meeting's date, YYYY-MM-DD, for minutes whose text has none (or a wrong one)")
      ->check([](const std::string& value) -> std::string {
        return parse_date(value)
                   ? std::string()
                   : tr_format("expected a date YYYY-MM-DD that exists, got \"{}\"", value);
      });
  add_record_output_options(*command, args->output, "Write the record to FILE (atomically) instead of stdout");
  add_color_option(*command, args->color);
  command->add_flag("--report", args->report,
                    "List on stderr where each line went and what was guessed");
  command->footer(
      "Examples:\n"
      "  minutes import referat.txt -o 2020-02-25-dialogmote.yaml\n"
      "  minutes import --report --lang nn referat.md > referat.yaml\n"
      "  pbpaste | minutes import --date 2024-03-05 -\n\n"
      "Whatever is not recognised goes into the summary word for word; see docs/import.md.\n"
      "Exit status: 0 imported, 1 not importable (encoding, no date), 2 usage or I/O.");
  command->callback([args, &exit_code] { exit_code = run_import(*args); });
}

}  // namespace minutes::cli
