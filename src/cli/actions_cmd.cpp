// minutes actions: the action register across records, for people and for CI (docs/cli.md).
#include <fmt/format.h>

#include "cli/command_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/read_records.hpp"
#include "cli/report_language.hpp"
#include "minutes/action_register.hpp"
#include "minutes/dates.hpp"
#include "minutes/diagnostic.hpp"
#include "minutes/emit.hpp"
#include "minutes/translate.hpp"

namespace minutes::cli {
namespace {

constexpr Input k_actions_inputs[] = {Input::document, Input::table, Input::actions};

struct ActionsArgs {
  RecordOptions records;
  DiagnosticOptions diagnostics;
  OutputOptions out;
  bool open_only = false;
  bool overdue_only = false;
  std::string owner;
  std::string as_of = "today";
  std::string language;
  CsvOptions csv;
  bool fail_on_overdue = false;
  bool keep_going = false;
};

Emitted write_actions(const Emitter& emitter, const ActionsArgs& args, const ActionsInput& input,
                      const std::string& language, Sink& out) {
  EmitSettings settings;
  settings.language = language;
  settings.bom = args.csv.bom;
  settings.formula_guard = !args.csv.no_formula_guard;
  switch (emitter.input()) {
    case Input::document: {
      auto writer = std::get<MakeDocumentWriter>(emitter.write)(settings, out);
      return writer->whole(build_actions_document(input.actions, input.selected, language, input.as_of));
    }
    case Input::table: {
      auto writer = std::get<MakeTableWriter>(emitter.write)(settings, out);
      const doc::Table table = build_actions_table(input.actions, input.selected, input.as_of);
      if (auto ok = writer->begin(table.header); !ok) return ok;
      if (auto ok = writer->rows(table); !ok) return ok;
      return writer->end();
    }
    case Input::actions:
      return std::get<WriteActions>(emitter.write)(input, settings, out);
    case Input::record:
    case Input::summary:
      break;
  }
  return fail(Error::Kind::internal, fmt::format("actions cannot give {} a {}", emitter.name,
                                                 input_name(emitter.input())));
}

// One line per late action, for a CI log: where to fix it, how late, whose it is, what it is.
// In GitHub Actions (--format github, or GITHUB_ACTIONS set) each line is an annotation.
std::size_t report_overdue(const ActionRegister& actions, const std::vector<std::size_t>& selected,
                           const Date& as_of, bool github) {
  std::size_t late = 0;
  for (std::size_t i : selected) {
    const RegisterAction& action = actions.actions[i];
    if (!is_overdue(action, as_of)) continue;
    ++late;
    const std::int64_t days = days_overdue(action, as_of);
    const std::string_view owner = actions.text[action.owner];
    const auto count = static_cast<unsigned long>(days);
    const std::string task = quote_value(actions.text[action.task], 120);
    const std::string id = quote_value(actions.text[action.id]);
    const std::string due = format_date(*action.due);
    // TRANSLATORS: {0} is a number of days, {1} the task in quotes, {2} the action's id in
    // quotes, {3} the owner's name in quotes, {4} the due date (2024-03-01).
    const std::string what =
        owner.empty() ? tr_plural_format("overdue {0} day: {1} (id {2}, no owner, due {3})",
                                         "overdue {0} days: {1} (id {2}, no owner, due {3})", count,
                                         days, task, id, due)
                      : tr_plural_format("overdue {0} day: {1} (id {2}, owner {3}, due {4})",
                                         "overdue {0} days: {1} (id {2}, owner {3}, due {4})",
                                         count, days, task, id, quote_value(owner), due);
    const std::string file = printable_name(actions.text[action.latest.source]);
    if (github) {
      fmt::print(stderr, "::error file={},title={}::{}\n", github_escape(file, true),
                 github_escape(tr("overdue action"), true), github_escape(what, false));
    } else {
      fmt::print(stderr, "{}: {}\n", file, what);
    }
  }
  return late;
}

int run_actions(const ActionsArgs& args) {
  warn_if_old_format_spelling(args.diagnostics, args.out);
  const auto chosen = choose_emitter(args.out.format, args.out.output, k_actions_inputs);
  if (!chosen) return report_error(chosen.error());
  const auto as_of = parse_date_option("--as-of", args.as_of);
  if (!as_of) return report_error({Error::Kind::usage, as_of.error()});

  ActionRegisterBuilder builder;
  LanguageTally languages;
  RecordReader reader(args.records, args.diagnostics, stderr, false, nullptr, args.out.output);
  reader.read([&](const StreamedRecord& record) {
    builder.add(record.name, *record.meeting);
    languages.add(record.meeting->language);
  });
  if (auto stop = reader.stop_before_report(args.keep_going, args.out.output)) return *stop;
  const ActionRegister actions = builder.finish();
  const std::vector<std::size_t> selected =
      select_actions(actions, ActionFilter{args.open_only, args.overdue_only, args.owner}, *as_of);
  std::string warning;
  const std::string language = args.language.empty() ? languages.most_common(warning) : args.language;
  if (!warning.empty()) fmt::print(stderr, "{}\n", warning);

  CommandOutput out(args.out.output, named_files(args.records.paths));
  if (auto written = write_actions(**chosen, args, ActionsInput{actions, selected, *as_of}, language, out);
      !written) {
    return report_error(written.error());
  }
  if (auto finished = out.finish(); !finished) return report_error(finished.error());
  const int status = reader.status();
  if (args.fail_on_overdue) {
    const bool github = args.diagnostics.output_format() == OutputFormat::github;
    if (const std::size_t late = report_overdue(actions, selected, *as_of, github); late > 0) {
      // TRANSLATORS: {0} is a number of actions, {1} a date (2024-03-01).
      fmt::print(stderr, "{}\n",
                 tr_plural_format("minutes: {0} action overdue as of {1}",
                                  "minutes: {0} actions overdue as of {1}", late, late,
                                  format_date(*as_of)));
      return status != k_exit_ok ? status : static_cast<int>(k_exit_overdue);
    }
  }
  return status;
}

}  // namespace

void add_actions_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ActionsArgs>();
  CLI::App* command = app.add_subcommand("actions", "The action register across records: who does what, by when, what is late");
  add_record_options(*command, args->records);
  add_diagnostic_options(*command, args->diagnostics);
  add_output_options(*command, args->out, k_actions_inputs, "the register");
  command->add_flag("--open", args->open_only, "Only open actions");
  command->add_flag("--overdue", args->overdue_only, "Only open actions due before --as-of");
  command->add_option("--owner", args->owner, "Only actions of this owner (ignoring case)");
  add_as_of_option(*command, args->as_of);
  add_language_option(*command, args->language, "Labels and dates in this language; default: most records'");
  add_csv_options(*command, args->csv, {}, "");
  command->add_flag("--fail-on-overdue", args->fail_on_overdue,
                    "Exit 3 when an action shown is overdue, with one line per late action on stderr");
  command->add_flag("--keep-going", args->keep_going,
                    "Report on the valid records when some are invalid (the exit status is still 1)");
  command->footer(
      "Examples:\n"
      "  minutes actions --open minutes/\n"
      "  minutes actions --overdue --fail-on-overdue minutes/ > /dev/null   # in CI\n"
      "  minutes actions --owner \"Kari Nordmann\" -t ics -o kari.ics minutes/\n\n"
      "An action whose id appears in several records is one action; its latest record wins.");
  command->callback([args, &exit_code] { exit_code = run_actions(*args); });
}

}  // namespace minutes::cli
