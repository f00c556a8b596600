// minutes actions: the action register across records, for people and for CI (docs/cli.md).
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_common.hpp"
#include "emit/emitters.hpp"
#include "emit/ics_todos.hpp"
#include "emit/report_json.hpp"
#include "minutes/action_register.hpp"
#include "minutes/diagnostic.hpp"
#include "minutes/emit.hpp"
#include "validate/formats.hpp"

namespace minutes::cli {
namespace {

struct ActionsArgs {
  RecordOptions records;
  bool open_only = false;
  bool overdue_only = false;
  std::string owner;
  std::string as_of = "today";
  std::string format;
  std::string output;
  std::string language;
  bool fail_on_overdue = false;
  bool keep_going = false;
  bool bom = false;
  bool no_formula_guard = false;
};

tl::expected<const Emitter*, std::string> choose_format(const ActionsArgs& args) {
  return choose_emitter(args.format, args.output, {"markdown", "csv", "json", "ics"}, "the action register");
}

tl::expected<std::string, std::string> render(const Emitter& emitter, const ActionsArgs& args,
                                              const ActionRegister& actions,
                                              const std::vector<std::size_t>& selected,
                                              const std::string& language, const Date& as_of) {
  EmitOptions options;
  options.language = language;
  if (emitter.name == "json") return actions_json(actions, selected, as_of);
  if (emitter.name == "ics") {
    std::vector<IcsTodo> todos;
    for (std::size_t i : selected) {
      const RegisterAction& action = actions.actions[i];
      if (action.status != ActionStatus::open || !action.due) continue;
      todos.push_back(IcsTodo{action.first.date, actions.text[action.first.title],
                              action.derived_id ? fmt::format("#{}", action.position)
                                                : "id:" + std::string(actions.text[action.id]),
                              *action.due, actions.text[action.task], actions.text[action.owner],
                              action.latest.date, actions.text[action.latest.title]});
    }
    return emit_ics_todos(todos, options);
  }
  if (emitter.name == "csv") {
    const doc::Table table = build_actions_table(actions, selected, as_of);
    options.bom = args.bom;
    options.formula_guard = !args.no_formula_guard;
    EmitRequest request{{}, options};
    request.table = &table;
    return emitter.emit(request);
  }
  const doc::Document document = build_actions_document(actions, selected, language, as_of);
  const RenderedRecord record{"actions", nullptr, &document};
  return emitter.emit(EmitRequest{std::span<const RenderedRecord>(&record, 1), options});
}

// One line per late action, for a CI log: where to fix it, how late, whose it is, what it is.
std::size_t report_overdue(const ActionRegister& actions, const std::vector<std::size_t>& selected,
                           const Date& as_of) {
  std::size_t late = 0;
  for (std::size_t i : selected) {
    const RegisterAction& action = actions.actions[i];
    if (!is_overdue(action, as_of)) continue;
    ++late;
    const std::int64_t days = days_overdue(action, as_of);
    const std::string_view owner = actions.text[action.owner];
    fmt::print(stderr, "{}: overdue {} {}: {} (id {}, {}, due {})\n", actions.text[action.latest.source], days,
               days == 1 ? "day" : "days", quote_value(actions.text[action.task], 120),
               quote_value(actions.text[action.id]),
               owner.empty() ? std::string("no owner") : "owner " + quote_value(owner),
               detail::format_date(*action.due));
  }
  return late;
}

int run_actions(const ActionsArgs& args) {
  const auto chosen = choose_format(args);
  if (!chosen) {
    fmt::print(stderr, "minutes: error: {}\n", chosen.error());
    return k_exit_usage;
  }
  const auto as_of = parse_date_option("--as-of", args.as_of);
  if (!as_of) {
    fmt::print(stderr, "minutes: error: {}\n", as_of.error());
    return k_exit_usage;
  }
  ActionRegisterBuilder builder;
  LanguageTally languages;
  ReadResult read = read_records(args.records, args.keep_going, args.output, [&](const std::string& name, const Meeting& meeting) {
    builder.add(name, meeting);
    languages.add(meeting.language);
  });
  if (read.status != k_exit_ok) return read.status;
  const ActionRegister actions = builder.finish();
  const std::vector<std::size_t> selected =
      select_actions(actions, ActionFilter{args.open_only, args.overdue_only, args.owner}, *as_of);
  const std::string language = report_language(args.language, languages.most_common());

  auto content = render(**chosen, args, actions, selected, language, *as_of);
  if (!content) {
    fmt::print(stderr, "minutes: error: {}\n", content.error());
    return k_exit_usage;
  }
  CommandOutput out(args.output, read.inputs);
  out.write(*content);
  if (auto written = out.finish(); !written) {
    fmt::print(stderr, "minutes: error: {}\n", written.error());
    return k_exit_usage;
  }
  const int status = status_after_report(read.summary);
  if (args.fail_on_overdue) {
    if (const std::size_t late = report_overdue(actions, selected, *as_of); late > 0) {
      fmt::print(stderr, "minutes: {} overdue as of {}\n", late == 1 ? "1 action" : fmt::format("{} actions", late),
                 detail::format_date(*as_of));
      return std::max(status, static_cast<int>(k_exit_invalid));
    }
  }
  return status;
}

}  // namespace

void add_actions_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ActionsArgs>();
  CLI::App* command = app.add_subcommand("actions", "The action register across records: who does what, by when, what is late");
  add_record_options(*command, args->records);
  command->add_flag("--open", args->open_only, "Only open actions");
  command->add_flag("--overdue", args->overdue_only, "Only open actions due before --as-of");
  command->add_option("--owner", args->owner, "Only actions of this owner (ignoring case)");
  command->add_option("--as-of", args->as_of, "Open actions due before DATE are overdue (default: today)");
  command->add_option("-t,--format", args->format, "markdown (md), csv, json or ics; default from -o, else markdown");
  command->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout");
  command->add_option("--lang", args->language, "Labels and dates in this language (en, nb, nn, de); default: most records'");
  command->add_flag("--fail-on-overdue", args->fail_on_overdue,
                    "Exit 1 when an action shown is overdue, with one line per late action on stderr");
  command->add_flag("--bom", args->bom, "csv: start with a UTF-8 byte-order mark (for Excel)");
  command->add_flag("--no-formula-guard", args->no_formula_guard,
                    "csv: do not prefix ' to cells starting with = + - @ (spreadsheet formulas)");
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
