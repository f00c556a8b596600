// minutes summary: a yearly report over a folder of records (docs/cli.md).
#include <fmt/format.h>

#include "cli/command_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/read_records.hpp"
#include "cli/report_language.hpp"
#include "minutes/dates.hpp"
#include "minutes/emit.hpp"
#include "minutes/summary.hpp"
#include "minutes/translate.hpp"

namespace minutes::cli {
namespace {

constexpr Input k_summary_inputs[] = {Input::document, Input::table, Input::summary};

struct SummaryArgs {
  RecordOptions records;
  DiagnosticOptions diagnostics;
  OutputOptions out;
  PeriodOptions period;
  std::string as_of = "today";
  std::string language;
  CsvOptions csv;
  bool keep_going = false;
};

tl::expected<Period, std::string> period_of(const PeriodOptions& options) {
  if (options.year != 0) return Period::year(options.year);
  Period period;
  if (!options.from.empty()) {
    auto from = parse_date_option("--from", options.from);
    if (!from) return tl::unexpected(from.error());
    period.from = *from;
  }
  if (!options.until.empty()) {
    auto until = parse_date_option("--until", options.until);
    if (!until) return tl::unexpected(until.error());
    period.to = *until;
  }
  if (period.from && period.to && *period.to < *period.from) {
    // TRANSLATORS: {0} and {1} are dates as given to --until and --from.
    return tl::unexpected(
        tr_format("--until {0} is before --from {1}", options.until, options.from));
  }
  return period;
}

// A document in pieces, each emitted and dropped at once.
Emitted write_document(DocumentWriter& writer, const Summary& summary, const std::string& language,
                       const Date& as_of) {
  Emitted written;
  bool first = true;
  build_summary_parts(summary, language, as_of, [&](doc::Document piece) {
    if (!written) return;
    written = first ? writer.begin(piece) : writer.blocks(piece);
    first = false;
  });
  if (!written) return written;
  return writer.end();
}

// A table one year's rows at a time, the header once.
Emitted write_table(TableWriter& writer, const SummaryArgs& args, const Summary& summary, const Date& as_of) {
  auto header = build_summary_table(summary, args.csv.table, as_of, {});
  if (!header) return fail(Error::Kind::usage, header.error());
  if (auto ok = writer.begin(header->header); !ok) return ok;
  for (const YearSummary& year : summary.years) {
    auto rows = build_summary_table(summary, args.csv.table, as_of, std::span<const YearSummary>(&year, 1));
    if (!rows) return fail(Error::Kind::usage, rows.error());
    if (auto ok = writer.rows(*rows); !ok) return ok;
  }
  return writer.end();
}

Emitted write_summary(const Emitter& emitter, const SummaryArgs& args, const Summary& summary,
                      const std::string& language, const Date& as_of, Sink& out) {
  EmitSettings settings;
  settings.language = language;
  settings.bom = args.csv.bom;
  settings.formula_guard = !args.csv.no_formula_guard;
  switch (emitter.input()) {
    case Input::document:
      return write_document(*std::get<MakeDocumentWriter>(emitter.write)(settings, out), summary, language, as_of);
    case Input::table:
      return write_table(*std::get<MakeTableWriter>(emitter.write)(settings, out), args, summary, as_of);
    case Input::summary:
      return std::get<WriteSummary>(emitter.write)(SummaryInput{summary, as_of}, settings, out);
    case Input::record:
    case Input::actions:
      break;
  }
  return fail(Error::Kind::internal, fmt::format("summary cannot give {} a {}", emitter.name,
                                                 input_name(emitter.input())));
}

int run_summary(const SummaryArgs& args) {
  if (args.out.format == "today" || parse_date(args.out.format)) {
    return report_error({Error::Kind::usage,
                         tr_format("--to is the output format now; for the last day of the period "
                                   "use --until {}",
                                   args.out.format)});
  }
  warn_if_old_format_spelling(args.diagnostics, args.out);
  const auto chosen = choose_emitter(args.out.format, args.out.output, k_summary_inputs);
  if (!chosen) return report_error(chosen.error());
  const auto period = period_of(args.period);
  const auto as_of = parse_date_option("--as-of", args.as_of);
  if (!period || !as_of) return report_error({Error::Kind::usage, period ? as_of.error() : period.error()});

  SummaryBuilder builder(*period);
  LanguageTally languages;
  RecordReader reader(args.records, args.diagnostics, stderr, false, nullptr, args.out.output);
  reader.read([&](const StreamedRecord& record) {
    builder.add(record.name, *record.meeting);
    languages.add(record.meeting->language);
  });
  if (auto stop = reader.stop_before_report(args.keep_going, args.out.output)) return *stop;
  for (std::size_t i = 0; i < reader.left_out(); ++i) builder.leave_out();
  const Summary summary = builder.finish();
  std::string warning;
  const std::string language = args.language.empty() ? languages.most_common(warning) : args.language;
  if (!warning.empty()) fmt::print(stderr, "{}\n", warning);
  CommandOutput out(args.out.output, named_files(args.records.paths));
  if (auto written = write_summary(**chosen, args, summary, language, *as_of, out); !written) {
    return report_error(written.error());
  }
  if (auto finished = out.finish(); !finished) return report_error(finished.error());
  return reader.status();
}

}  // namespace

void add_summary_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<SummaryArgs>();
  CLI::App* command = app.add_subcommand(
      "summary", "A yearly report over many records: meetings, attendance, decisions, actions, workshops");
  add_record_options(*command, args->records);
  add_diagnostic_options(*command, args->diagnostics);
  add_output_options(*command, args->out, k_summary_inputs, "the summary");
  add_period_options(*command, args->period);
  add_as_of_option(*command, args->as_of);
  add_language_option(*command, args->language, "Labels and dates in this language; default: most records'");
  const auto tables = summary_table_names();
  add_csv_options(*command, args->csv, tables, "meetings");
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
