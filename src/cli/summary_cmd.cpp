// minutes summary: a yearly report over a folder of records (docs/cli.md).
#include <algorithm>
#include <filesystem>

#include <malloc.h>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_common.hpp"
#include "emit/emitters.hpp"
#include "emit/report_json.hpp"
#include "minutes/emit.hpp"
#include "minutes/summary.hpp"

namespace minutes::cli {
namespace {

struct SummaryArgs {
  RecordOptions records;
  int year = 0;
  std::string from;
  std::string to;
  std::string as_of = "today";
  std::string format;
  std::string output;
  std::string language;
  std::string table = "meetings";
  bool keep_going = false;
  bool bom = false;
  bool no_formula_guard = false;
};

tl::expected<const Emitter*, std::string> choose_format(const SummaryArgs& args) {
  return choose_emitter(args.format, args.output, {"markdown", "html", "csv", "json"}, "a summary");
}

tl::expected<Period, std::string> period_of(const SummaryArgs& args) {
  if (args.year != 0) {
    if (!args.from.empty() || !args.to.empty()) {
      return tl::unexpected(std::string("--year cannot be combined with --from or --to"));
    }
    return Period::year(args.year);
  }
  Period period;
  if (!args.from.empty()) {
    auto from = parse_date_option("--from", args.from);
    if (!from) return tl::unexpected(from.error());
    period.from = *from;
  }
  if (!args.to.empty()) {
    auto to = parse_date_option("--to", args.to);
    if (!to) return tl::unexpected(to.error());
    period.to = *to;
  }
  if (period.from && period.to && *period.to < *period.from) {
    return tl::unexpected(fmt::format("--to {} is before --from {}", args.to, args.from));
  }
  return period;
}

// Markdown and HTML: the document in pieces, each emitted and dropped at once.
tl::expected<void, std::string> write_document(const Emitter& emitter, const Summary& summary,
                                               const std::string& language, const Date& as_of,
                                               CommandOutput& out) {
  EmitOptions options;
  options.language = language;
  std::string failure;
  bool first = true;
  build_summary_parts(summary, language, as_of, [&](doc::Document piece) {
    if (!failure.empty()) return;
    options.part = first ? EmitOptions::Part::opening : EmitOptions::Part::blocks;
    first = false;
    const RenderedRecord record{"summary", nullptr, &piece};
    auto text = emitter.emit(EmitRequest{std::span<const RenderedRecord>(&record, 1), options});
    if (!text) {
      failure = text.error();
    } else if (!out.write(*text)) {
      failure = out.error();
    }
  });
  if (!failure.empty()) return tl::unexpected(failure);
  options.part = EmitOptions::Part::closing;
  auto closing = emitter.emit(EmitRequest{{}, options});
  if (!closing) return tl::unexpected(closing.error());
  if (!out.write(*closing)) return tl::unexpected(out.error());
  return {};
}

// CSV: one year's rows at a time, the header once.
tl::expected<void, std::string> write_table(const Emitter& emitter, const SummaryArgs& args,
                                            const Summary& summary, const Date& as_of,
                                            CommandOutput& out) {
  EmitOptions options;
  options.bom = args.bom;
  options.formula_guard = !args.no_formula_guard;
  const auto emit_rows = [&](std::span<const YearSummary> years, bool header) -> tl::expected<void, std::string> {
    auto table = build_summary_table(summary, args.table, as_of, years);
    if (!table) return tl::unexpected(table.error());
    if (!years.empty() && table->rows.empty() && !header) return {};
    options.header = header;
    EmitRequest request{{}, options};
    request.table = &*table;
    auto text = emitter.emit(request);
    if (!text) return tl::unexpected(text.error());
    if (!out.write(*text)) return tl::unexpected(out.error());
    return {};
  };
  if (summary.years.empty()) return emit_rows({}, true);
  for (std::size_t i = 0; i < summary.years.size(); ++i) {
    if (auto ok = emit_rows(std::span<const YearSummary>(&summary.years[i], 1), i == 0); !ok) return ok;
  }
  return {};
}

int run_summary(const SummaryArgs& args) {
  const auto chosen = choose_format(args);
  if (!chosen) {
    fmt::print(stderr, "minutes: error: {}\n", chosen.error());
    return k_exit_usage;
  }
  const Emitter& emitter = **chosen;
  if (emitter.name == "csv") {
    const auto names = summary_table_names();
    if (std::find(names.begin(), names.end(), args.table) == names.end()) {
      fmt::print(stderr, "minutes: error: unknown table \"{}\"; the tables are: {}\n", args.table,
                 fmt::join(names, ", "));
      return k_exit_usage;
    }
  }
  const auto period = period_of(args);
  const auto as_of = parse_date_option("--as-of", args.as_of);
  if (!period || !as_of) {
    fmt::print(stderr, "minutes: error: {}\n", period ? as_of.error() : period.error());
    return k_exit_usage;
  }

  SummaryBuilder builder(*period);
  LanguageTally languages;
  ReadResult read = read_records(args.records, args.keep_going, args.output, [&](const std::string& name, const Meeting& meeting) {
    builder.add(name, meeting);
    languages.add(meeting.language);
  });
  if (read.status != k_exit_ok) return read.status;
  for (std::size_t i = 0; i < read.summary.invalid + read.summary.unreadable; ++i) builder.leave_out();

  const Summary summary = builder.finish();
  // The records are gone; hand their memory back before the report is made (glibc keeps freed
  // pages otherwise, and the report's pieces would come on top of them).
  malloc_trim(0);
  const std::string language = report_language(args.language, languages.most_common());
  CommandOutput out(args.output, read.inputs);
  tl::expected<void, std::string> written;
  if (emitter.name == "csv") {
    written = write_table(emitter, args, summary, *as_of, out);
  } else if (emitter.name == "json") {
    write_summary_json(summary, *as_of, [&](std::string text) { out.write(text); });
  } else {
    written = write_document(emitter, summary, language, *as_of, out);
  }
  if (written) written = out.finish();
  if (!written) {
    fmt::print(stderr, "minutes: error: {}\n", written.error());
    return k_exit_usage;
  }
  return status_after_report(read.summary);
}

}  // namespace

void add_summary_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<SummaryArgs>();
  CLI::App* command = app.add_subcommand("summary", "A yearly report over many records: meetings, attendance, decisions, actions, workshops");
  add_record_options(*command, args->records);
  auto* year = command->add_option("--year", args->year, "Only meetings of this year")->check(CLI::Range(1, 9999));
  auto* from = command->add_option("--from", args->from, "Only meetings on or after DATE (YYYY-MM-DD)");
  auto* to = command->add_option("--to", args->to, "Only meetings on or before DATE (YYYY-MM-DD)");
  year->excludes(from)->excludes(to);
  command->add_option("--as-of", args->as_of, "Open actions due before DATE are overdue (default: today)");
  command->add_option("-t,--format", args->format, "markdown (md), html, csv or json; default from -o, else markdown");
  command->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout");
  command->add_option("--lang", args->language, "Labels and dates in this language (en, nb, nn, de); default: most records'");
  command->add_option("--table", args->table, "csv: meetings (default), decisions, actions, answers, tags");
  command->add_flag("--bom", args->bom, "csv: start with a UTF-8 byte-order mark (for Excel)");
  command->add_flag("--no-formula-guard", args->no_formula_guard,
                    "csv: do not prefix ' to cells starting with = + - @ (spreadsheet formulas)");
  command->add_flag("--keep-going", args->keep_going,
                    "Report on the valid records when some are invalid (the exit status is still 1)");
  command->footer(
      "Examples:\n"
      "  minutes summary --year 2024 -o summary-2024.html minutes/\n"
      "  minutes summary -t csv --table actions --as-of 2025-01-31 minutes/ > actions.csv\n"
      "  minutes summary --keep-going --lang nb minutes/2020/\n\n"
      "Without --year there is one section per year found. Invalid records are reported and\n"
      "nothing is written (exit 1), unless --keep-going.");
  command->callback([args, &exit_code] { exit_code = run_summary(*args); });
}

}  // namespace minutes::cli
