// minutes render: valid records in any format the registry has for a document, a table or a
// record (docs/cli.md). Which of those the format takes decides what is built; no format is
// known here by name.
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "cli/command_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/read_records.hpp"
#include "minutes/emit.hpp"
#include "minutes/labels.hpp"
#include "minutes/translate.hpp"
#include "minutes/record_tables.hpp"
#include "minutes/views.hpp"

namespace minutes::cli {
namespace {

constexpr Input k_render_inputs[] = {Input::document, Input::table, Input::record};

struct RenderArgs {
  RecordOptions records;
  DiagnosticOptions diagnostics;
  OutputOptions out;
  std::string output_dir;
  std::string language;
  CsvOptions csv;
  bool fragment = false;
  std::string time_zone;
};

// What a worker makes of one valid record.
struct Prepared {
  std::string language;
  std::string warning;
  std::optional<doc::Document> document;  // document formats, one output
  std::optional<doc::Table> rows;         // table formats, one output
  std::optional<StagedOutput> staged;     // -d: written to a temporary file, not yet in place
  std::optional<Error> failure;
};

EmitSettings settings_for(const RenderArgs& args, std::string language) {
  EmitSettings settings;
  settings.language = std::move(language);
  settings.fragment = args.fragment;
  settings.bom = args.csv.bom;
  settings.formula_guard = !args.csv.no_formula_guard;
  settings.time_zone = args.time_zone;
  return settings;
}

std::string language_for(const RenderArgs& args, const Meeting& meeting, std::string& warning) {
  if (!args.language.empty()) return args.language;
  if (auto supported = supported_language(meeting.language)) return *supported;
  // TRANSLATORS: {0} is the record's language: value, {1} the languages with labels (de, en, nb,
  // nn).
  warning = tr_format("no labels for language \"{0}\"; using English (known: {1})",
                      meeting.language, fmt::format("{}", fmt::join(label_languages(), ", ")));
  return "en";
}

doc::Table table_rows(const RenderArgs& args, const StreamedRecord& record) {
  const TableRecord row_source{record.name, &*record.meeting};
  // The name was checked when the options were read, and a record always tabulates.
  return build_record_table(args.csv.table, std::span<const TableRecord>(&row_source, 1)).value();
}

// The whole output for one record, whatever the format takes.
Emitted emit_record(const Emitter& emitter, const RenderArgs& args, const StreamedRecord& record,
                    const std::string& language, Sink& sink) {
  const EmitSettings settings = settings_for(args, language);
  switch (emitter.input()) {
    case Input::document: {
      auto writer = std::get<MakeDocumentWriter>(emitter.write)(settings, sink);
      return writer->whole(build_minutes_document(*record.meeting, language));
    }
    case Input::table: {
      auto writer = std::get<MakeTableWriter>(emitter.write)(settings, sink);
      const doc::Table rows = table_rows(args, record);
      if (auto ok = writer->begin(rows.header); !ok) return ok;
      if (auto ok = writer->rows(rows); !ok) return ok;
      return writer->end();
    }
    case Input::record:
      return std::get<WriteRecord>(emitter.write)(RecordInput{record.name, *record.meeting}, settings, sink);
    case Input::summary:
    case Input::actions:
      break;
  }
  return fail(Error::Kind::internal, fmt::format("render cannot give {} a {}", emitter.name,
                                                 input_name(emitter.input())));
}

std::string output_path_for(const RecordSource& source, const RenderArgs& args, const Emitter& emitter) {
  const std::string stem =
      source.is_stdin ? std::string("stdin") : std::filesystem::path(source.path).stem().string();
  return (std::filesystem::path(args.output_dir) / (stem + std::string(emitter.extension))).string();
}

// Counts the inputs, without reading them, for formats that write one record per output.
std::size_t count_inputs(const std::vector<std::string>& paths) {
  SourceWalker walker(paths);
  std::size_t count = 0;
  while (auto step = walker.next()) count += step->problem.empty() ? 1 : 0;
  return count;
}

int run_render(const RenderArgs& args) {
  const auto chosen = choose_emitter(args.out.format, args.out.output, k_render_inputs);
  if (!chosen) return report_error(chosen.error());
  const Emitter& emitter = **chosen;
  const bool per_input = !args.output_dir.empty();
  if (!per_input && emitter.one_record_per_output) {
    if (const std::size_t inputs = count_inputs(args.records.paths); inputs > 1) {
      // TRANSLATORS: {0} is a number of inputs, {1} a format name such as ics; keep "-d DIR".
      return report_error(
          {Error::Kind::usage, tr_format("{0} inputs: use -d DIR to write one {1} file per input",
                                         inputs, emitter.name)});
    }
  }
  if (per_input) {
    std::error_code error;
    std::filesystem::create_directories(args.output_dir, error);
    if (error || !std::filesystem::is_directory(args.output_dir)) {
      // TRANSLATORS: {0} is the folder, {1} an optional ": reason" from the system.
      return report_error(
          {Error::Kind::io, tr_format("{0}: cannot create the output folder{1}", args.output_dir,
                                      error ? ": " + error.message() : std::string())});
    }
  }

  const std::vector<FileIdentity> inputs = named_files(args.records.paths);
  if (refuses_output(args.out.output, inputs)) {
    return report_error({Error::Kind::usage,
                         tr_format("{}: refusing to write over an input file", args.out.output)});
  }
  RecordReader reader(args.records, args.diagnostics, stderr, false, nullptr, args.out.output);
  CommandOutput out(args.out.output, inputs, true);
  std::unique_ptr<TableWriter> table_writer;
  if (!per_input && emitter.input() == Input::table) {
    table_writer = std::get<MakeTableWriter>(emitter.write)(settings_for(args, "en"), out);
    const doc::Table empty = build_record_table(args.csv.table, {}).value();
    if (auto ok = table_writer->begin(empty.header); !ok) return report_error(ok.error());
  }
  std::vector<StagedOutput> staged;
  std::set<std::string> targets;
  std::optional<Error> failure;
  bool output_failed = false;
  const auto failed = [&](const std::string& name, const Error& error) {
    reader.say(tr_format(
        "minutes: error: {}",
        name.empty() ? error.message : fmt::format("{}: {}", printable_name(name), error.message)));
    if (!failure || exit_status(error.kind) > exit_status(failure->kind)) failure = error;
  };

  reader.read<Prepared>(
      [&](StreamedRecord& record) {
        Prepared prepared;
        prepared.language = language_for(args, *record.meeting, prepared.warning);
        if (per_input) {
          StringSink sink;
          if (auto ok = emit_record(emitter, args, record, prepared.language, sink); !ok) {
            prepared.failure = ok.error();
            return prepared;
          }
          if (sink.text().size() > k_max_output_bytes) {
            prepared.failure =
                Error{Error::Kind::input,
                      tr_format("the output would be {} bytes, over the limit of {} bytes",
                                sink.text().size(), k_max_output_bytes)};
            return prepared;
          }
          auto file = StagedOutput::create(output_path_for(record.source, args, emitter), sink.text(), inputs,
                                           StagedOutput::Flush::batch);
          if (!file) {
            prepared.failure = Error{Error::Kind::io, file.error()};
          } else {
            prepared.staged = std::move(*file);
          }
        } else if (emitter.input() == Input::table) {
          prepared.rows = table_rows(args, record);
        } else if (emitter.input() == Input::document) {
          prepared.document = build_minutes_document(*record.meeting, prepared.language);
        }
        return prepared;
      },
      [&](const StreamedRecord& record, Prepared prepared) {
        if (!prepared.warning.empty()) {
          // TRANSLATORS: {0} is a file name, {1} the warning.
          reader.say(tr_format("{0}: warning: {1}", printable_name(record.name), prepared.warning));
        }
        if (prepared.failure) return failed(record.name, *prepared.failure);
        if (prepared.staged) {
          if (!targets.insert(prepared.staged->target()).second) {
            return failed(record.name,
                          {Error::Kind::usage, tr_format("two inputs would both be written to {}",
                                                         prepared.staged->target())});
          }
          staged.push_back(std::move(*prepared.staged));
          return;
        }
        // Once the output has failed (over its limit, a full disk) it stays failed: say so once,
        // not once for every record after it.
        if (output_failed) return;
        Emitted written;
        if (prepared.rows) {
          written = table_writer->rows(*prepared.rows);
        } else if (prepared.document) {
          auto writer = std::get<MakeDocumentWriter>(emitter.write)(settings_for(args, prepared.language), out);
          written = writer->whole(*prepared.document);
        } else {
          written = emit_record(emitter, args, record, prepared.language, out);
        }
        if (!written) {
          output_failed = out.failed();
          failed(output_failed ? std::string() : record.name, written.error());
        }
      });
  reader.finish();
  if (reader.say_if_nothing_found()) return k_exit_usage;
  if (reader.output_is_input()) {
    failure = Error{Error::Kind::usage,
                    tr_format("{}: refusing to write over an input file", args.out.output)};
    reader.say(tr_format("minutes: error: {}", failure->message));
  }
  if (table_writer && !failure && reader.status() == k_exit_ok) {
    if (auto ok = table_writer->end(); !ok) failed({}, ok.error());
  }
  if (reader.status() != k_exit_ok || failure) {
    fmt::print(stderr, "{}\n",
               tr_format("minutes: nothing written: {}", summary_line(reader.summary())));
    return std::max(reader.status(), failure ? exit_status(failure->kind) : 0);
  }
  if (per_input) {
    // Every file reaches the disk before any is renamed into place, then the renames do.
    auto flushed = StagedOutput::flush_folder(args.output_dir);
    for (StagedOutput& output : staged) {
      if (!flushed) break;
      if (auto committed = output.commit(); !committed) flushed = tl::unexpected(committed.error());
    }
    if (flushed) flushed = StagedOutput::flush_folder(args.output_dir);
    if (!flushed) return report_error({Error::Kind::io, flushed.error()});
    return k_exit_ok;
  }
  if (auto finished = out.finish(); !finished) return report_error(finished.error());
  return k_exit_ok;
}

}  // namespace

void add_render_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App* command = app.add_subcommand(
      "render", fmt::format("Render valid records as {}", format_list(k_render_inputs)));
  add_record_options(*command, args->records);
  add_diagnostic_options(*command, args->diagnostics);
  auto* output = add_output_options(*command, args->out, k_render_inputs, "the records");
  auto* output_dir = command->add_option("-d,--output-dir", args->output_dir,
                                         "Write one file per input into DIR, named after the input")
                         ->type_name("DIR");
  output->excludes(output_dir);
  add_language_option(*command, args->language, "Labels and dates in this language; default: the record's");
  const auto tables = record_table_names();
  add_csv_options(*command, args->csv, tables, "workshops");
  command->add_flag("--fragment", args->fragment, "html: only the <article>, for embedding in a page");
  command->add_option("--tz", args->time_zone,
                      "ics: time zone of the record's times, e.g. Europe/Oslo; default: the machine's")
      ->type_name("ZONE");
  command->footer(
      "Examples:\n"
      "  minutes render examples/2024-03-05-board-meeting.yaml -o board.html\n"
      "  minutes render -t csv --table workshops examples/ > answers.csv\n"
      "  minutes render -t html -d site/ minutes/2020/\n\n"
      "Records are validated first; if any is invalid nothing is written and the exit status is 1.");
  command->callback([args, &exit_code] { exit_code = run_render(*args); });
}

void add_formats_command(CLI::App& app, int& exit_code) {
  CLI::App* command = app.add_subcommand("formats", "List the output formats and what each takes");
  command->footer("Example:\n  minutes formats");
  command->callback([&exit_code] {
    for (const Emitter& emitter : emitters()) {
      fmt::print("{:<10} {:<6} {:<9} {}\n", emitter.name, emitter.extension, input_name(emitter.input()),
                 emitter.description);
    }
    exit_code = std::fflush(stdout) == 0 ? k_exit_ok : k_exit_usage;
  });
}

}  // namespace minutes::cli
