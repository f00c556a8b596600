#include <map>
#include <set>
#include <thread>

#include <fmt/format.h>

#include "cli/command_output.hpp"
#include "cli/color.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_output.hpp"
#include "cli/exit_codes.hpp"
#include "cli/in_order.hpp"
#include "cli/record_options.hpp"
#include "cli/report_common.hpp"
#include "minutes/emit.hpp"
#include "minutes/files.hpp"
#include "minutes/labels.hpp"
#include "minutes/output.hpp"
#include "minutes/record_tables.hpp"
#include "minutes/views.hpp"
#include "validate/suggest.hpp"

namespace minutes::cli {
namespace {

tl::expected<std::string, std::string> within_output_limit(tl::expected<std::string, std::string> content) {
  if (content && content->size() > k_max_output_bytes) {
    return tl::unexpected(fmt::format("the output would be {} bytes, over the limit of {} bytes",
                                      content->size(), k_max_output_bytes));
  }
  return content;
}

struct RenderArgs {
  RecordOptions records;
  std::string format;
  std::string output;
  std::string output_dir;
  std::string language;
  std::string table = "workshops";
  bool fragment = false;
  bool bom = false;
  bool no_formula_guard = false;
  std::string time_zone;
};

// What one worker hands back for one input.
struct RenderedInput {
  FileOutcome outcome;
  std::optional<Meeting> meeting;
  std::optional<doc::Document> document;
  std::optional<StagedOutput> staged;  // -d: written to a temporary file, not yet in place
  std::string chunk;                   // csv: this record's rows of the combined table
  std::string language;
  std::string warning;
  std::string failure;  // the emitter or the output failed
};

std::string language_for(const RenderArgs& args, const Meeting& meeting, std::string& warning) {
  const std::string requested = args.language.empty() ? meeting.language : args.language;
  if (auto supported = supported_language(requested)) return *supported;
  warning = fmt::format("no labels for language \"{}\"; using English (known: {})", requested,
                        fmt::join(label_languages(), ", "));
  return "en";
}

EmitOptions emit_options(const RenderArgs& args) {
  EmitOptions options;
  options.fragment = args.fragment;
  options.table = args.table;
  options.bom = args.bom;
  options.formula_guard = !args.no_formula_guard;
  options.time_zone = args.time_zone;
  return options;
}

tl::expected<std::string, std::string> emit_one(const Emitter& emitter, const RenderArgs& args,
                                                const RenderedRecord& record, std::string language,
                                                bool header = true) {
  EmitOptions options = emit_options(args);
  options.language = std::move(language);
  options.header = header;
  return within_output_limit(
      emitter.emit(EmitRequest{std::span<const RenderedRecord>(&record, 1), options}));
}

std::filesystem::path output_path_for(const RecordSource& source, const RenderArgs& args,
                                      const Emitter& emitter) {
  const std::string stem = source.is_stdin ? std::string("stdin") : source.path.stem().string();
  return std::filesystem::path(args.output_dir) / (stem + std::string(emitter.extension));
}


int run_render(const RenderArgs& args) {
  const auto chosen = choose_emitter(args.format, args.output, {}, "a record");
  if (!chosen) {
    fmt::print(stderr, "minutes: error: {}\n", chosen.error());
    return k_exit_usage;
  }
  const Emitter& emitter = **chosen;
  if (emitter.name == "csv") {
    const auto names = record_table_names();
    if (std::find(names.begin(), names.end(), args.table) == names.end()) {
      fmt::print(stderr, "minutes: error: unknown table \"{}\"; the tables are: {}\n", args.table,
                 fmt::join(names, ", "));
      return k_exit_usage;
    }
  }
  const CollectedSources collected = collect_sources(args.records.paths);
  for (const SourceProblem& problem : collected.problems) {
    fmt::print(stderr, "minutes: error: {}: {}\n", problem.path, problem.message);
  }
  if (!collected.problems.empty()) return k_exit_usage;
  if (collected.sources.empty()) {
    fmt::print(stderr, "minutes: error: no *.yaml or *.yml files found in the given paths\n");
    return k_exit_usage;
  }
  const bool per_input = !args.output_dir.empty();
  if (!per_input && collected.sources.size() > 1 && !emitter.combines_records) {
    fmt::print(stderr,
               "minutes: error: {} inputs: use -d DIR to write one {} file per input\n",
               collected.sources.size(), emitter.name);
    return k_exit_usage;
  }
  std::vector<FileIdentity> inputs;
  for (const RecordSource& source : collected.sources) {
    if (const auto identity = identity_of(source.path); identity && !source.is_stdin) {
      inputs.push_back(*identity);
    }
  }
  if (per_input) {
    std::set<std::filesystem::path> targets;
    for (const RecordSource& source : collected.sources) {
      if (!targets.insert(output_path_for(source, args, emitter)).second) {
        fmt::print(stderr, "minutes: error: two inputs would both be written to {}\n",
                   output_path_for(source, args, emitter).string());
        return k_exit_usage;
      }
    }
    std::error_code error;
    std::filesystem::create_directories(args.output_dir, error);
    if (error || !std::filesystem::is_directory(args.output_dir)) {
      fmt::print(stderr, "minutes: error: {}: cannot create the output folder{}\n", args.output_dir,
                 error ? ": " + error.message() : std::string());
      return k_exit_usage;
    }
  }

  const CheckOptions check_options{nullptr, args.records.strict};
  PrinterOptions printer_options;
  printer_options.summary = false;
  printer_options.color = use_color(args.records.color, stderr);
  auto printer = make_printer(OutputFormat::text, stderr, printer_options);
  RunSummary summary;
  std::size_t failures = 0;
  std::vector<StagedOutput> staged;
  std::string combined;
  std::vector<std::string> names;
  std::vector<Meeting> meetings;
  std::optional<doc::Document> single_document;
  std::string single_language = "en";
  const bool needs_document = emitter.name == "markdown" || emitter.name == "html";
  const unsigned jobs = args.records.job_count();

  Progress progress(collected.sources.size());  // standard error, on a terminal, after 1 s
  run_in_order<RenderedInput>(
      collected.sources.size(), jobs,
      [&](std::size_t i) {
        const RecordSource& source = collected.sources[i];
        LoadedRecord loaded = load_record(source, check_options, args.records.max_size);
        RenderedInput result;
        result.outcome = FileOutcome{loaded.name, loaded.failure ? loaded.failure->message : "",
                                     std::move(loaded.record.diagnostics), {}};
        result.outcome.source_lines = lines_for(loaded.record.text, result.outcome.diagnostics);
        if (!loaded.record.meeting) return result;
        const std::string language = language_for(args, *loaded.record.meeting, result.warning);
        result.language = language;
        if (needs_document) result.document = build_minutes_document(*loaded.record.meeting, language);
        if (per_input) {
          const RenderedRecord record{loaded.name, &*loaded.record.meeting,
                                      result.document ? &*result.document : nullptr};
          auto content = emit_one(emitter, args, record, language);
          if (!content) {
            result.failure = content.error();
            return result;
          }
          auto output = StagedOutput::create(output_path_for(source, args, emitter), *content,
                                             inputs, StagedOutput::Flush::batch);
          if (!output) {
            result.failure = output.error();
            return result;
          }
          result.staged = std::move(*output);
          result.document.reset();
        } else if (emitter.combines_records) {
          // Rows are made here, on the worker, and the record dropped: memory stays with the
          // output, not with every record read.
          const RenderedRecord record{loaded.name, &*loaded.record.meeting, nullptr};
          auto rows = emit_one(emitter, args, record, language, i == 0);
          if (!rows) {
            result.failure = rows.error();
            return result;
          }
          result.chunk = std::move(*rows);
        } else {
          result.meeting = std::move(loaded.record.meeting);
        }
        return result;
      },
      [&](std::size_t, RenderedInput result) {
        summary.add(result.outcome);
        const bool says_something = !result.outcome.diagnostics.empty() ||
                                    !result.outcome.failure.empty() || !result.warning.empty() ||
                                    !result.failure.empty();
        if (says_something) progress.clear();
        printer->file(result.outcome);
        progress.step();
        if (!result.warning.empty()) {
          fmt::print(stderr, "{}: warning: {}\n", result.outcome.name, result.warning);
        }
        if (!result.failure.empty()) {
          fmt::print(stderr, "minutes: error: {}: {}\n", result.outcome.name, result.failure);
          ++failures;
        }
        if (result.staged) staged.push_back(std::move(*result.staged));
        if (combined.size() + result.chunk.size() > k_max_output_bytes) {
          if (failures++ == 0) {
            fmt::print(stderr, "minutes: error: the output would be over the limit of {} bytes\n",
                       k_max_output_bytes);
          }
        } else {
          combined += result.chunk;
        }
        if (result.meeting) {
          names.push_back(result.outcome.name);
          meetings.push_back(std::move(*result.meeting));
          single_language = result.language;
          if (result.document) single_document = std::move(result.document);
        }
      });
  progress.clear();

  if (summary.invalid > 0 || summary.unreadable > 0 || failures > 0) {
    fmt::print(stderr, "minutes: nothing written: {}\n", summary_line(summary));
    return summary.unreadable > 0 || failures > 0 ? k_exit_usage : k_exit_invalid;
  }
  if (per_input) {
    // Every file reaches the disk before any is renamed into place, then the renames do.
    auto flushed = StagedOutput::flush_folder(args.output_dir);
    for (StagedOutput& output : staged) {
      if (!flushed) break;
      if (auto committed = output.commit(); !committed) flushed = tl::unexpected(committed.error());
    }
    if (flushed) flushed = StagedOutput::flush_folder(args.output_dir);
    if (!flushed) {
      fmt::print(stderr, "minutes: error: {}\n", flushed.error());
      return k_exit_usage;
    }
    return k_exit_ok;
  }
  tl::expected<std::string, std::string> content = std::move(combined);
  if (!emitter.combines_records) {
    const RenderedRecord record{names.front(), &meetings.front(),
                                single_document ? &*single_document : nullptr};
    content = emit_one(emitter, args, record, single_language);
  }
  if (!content) {
    fmt::print(stderr, "minutes: error: {}\n", content.error());
    return k_exit_usage;
  }
  return write_command_output(args.output, *content, inputs);
}

}  // namespace

void add_render_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App* command = app.add_subcommand("render", "Render valid records as Markdown, HTML, CSV, JSON or iCalendar");
  add_record_options(*command, args->records);
  command->add_option("-t,--to", args->format, "Output format (see 'minutes formats'); default from -o, else markdown");
  auto* output = command->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout");
  auto* output_dir = command->add_option("-d,--output-dir", args->output_dir,
                                         "Write one file per input into DIR, named after the input");
  output->excludes(output_dir);
  command->add_option("--lang", args->language, "Labels and dates in this language (en, nb, nn, de); default: the record's");
  command->add_option("--table", args->table, "csv: which table (workshops, participants, agenda, decisions, actions, attachments)");
  command->add_flag("--fragment", args->fragment, "html: only the <article>, for embedding in a page");
  command->add_flag("--bom", args->bom, "csv: start with a UTF-8 byte-order mark (for Excel)");
  command->add_flag("--no-formula-guard", args->no_formula_guard,
                    "csv: do not prefix ' to cells starting with = + - @ (spreadsheet formulas)");
  command->add_option("--tz", args->time_zone, "ics: time zone of the record's times, e.g. Europe/Oslo; default: the machine's");
  command->footer(
      "Examples:\n"
      "  minutes render examples/2024-03-05-board-meeting.yaml -o board.html\n"
      "  minutes render -t csv --table workshops examples/ > answers.csv\n"
      "  minutes render -t html -d site/ minutes/2020/\n\n"
      "Records are validated first; if any is invalid nothing is written and the exit status is 1.");
  command->callback([args, &exit_code] { exit_code = run_render(*args); });
}

void add_formats_command(CLI::App& app, int& exit_code) {
  CLI::App* command = app.add_subcommand("formats", "List the output formats of 'minutes render'");
  command->footer("Example:\n  minutes formats");
  command->callback([&exit_code] {
    for (const Emitter& emitter : emitters()) {
      fmt::print("{:<10} {:<6} {}\n", emitter.name, emitter.extension, emitter.description);
    }
    exit_code = std::fflush(stdout) == 0 ? k_exit_ok : k_exit_usage;
  });
}

}  // namespace minutes::cli
