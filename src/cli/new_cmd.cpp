#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <system_error>

#include "cli/command_output.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_output.hpp"
#include "cli/exit_codes.hpp"
#include "cli/options.hpp"
#include "minutes/skeleton.hpp"
#include "minutes/validate.hpp"
#include "minutes/dates.hpp"

#ifndef MINUTES_SCHEMA_FROM_BINDIR
#error "MINUTES_SCHEMA_FROM_BINDIR is set in src/CMakeLists.txt"
#endif

namespace minutes::cli {
namespace {

struct NewArgs {
  std::string title;
  bool has_title = false;
  std::string date;
  std::string language;
  std::string kind = "meeting";
  std::string output;
  bool force = false;
  std::string schema_ref;  // empty: installed_schema()
};

// The schema installed with this binary (PREFIX/bin/minutes -> PREFIX/share/minutes/...), found
// from where the binary is rather than from the configured prefix, so a package built for /usr
// names /usr/share whatever the build was set up for. Nullopt when there is none (a binary run
// from the build folder, or copied on its own): a modeline must not name a missing file.
std::optional<std::string> installed_schema() {
  std::error_code error;
  const std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return std::nullopt;
  return installed_schema_path(binary, MINUTES_SCHEMA_FROM_BINDIR);
}

std::string_view environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string_view(value) : std::string_view();
}

// A skeleton is a starting point, so replacing a file the clerk may have filled in takes --force.
bool already_exists(const std::string& path) {
  std::error_code error;
  return std::filesystem::symlink_status(path, error).type() !=
             std::filesystem::file_type::not_found &&
         !error;
}

int run_new(const NewArgs& args) {
  SkeletonOptions options;
  options.kind = *parse_skeleton_kind(args.kind);
  options.language = args.language.empty() ? skeleton_language_from_locale(
                                                 environment("LC_ALL"), environment("LC_MESSAGES"),
                                                 environment("LANG"))
                                           : *parse_skeleton_language(args.language);
  options.date = args.date.empty() ? today() : *parse_date(args.date);
  if (args.has_title) options.title = args.title;
  options.schema_ref =
      args.schema_ref.empty() ? installed_schema() : std::optional<std::string>(args.schema_ref);
  const auto skeleton = make_skeleton(options);
  if (!skeleton) {
    fmt::print(stderr, "minutes: error: {}\n", skeleton.error());
    return k_exit_usage;
  }
  // A skeleton that does not pass its own check would teach the clerk the wrong thing.
  const CheckedRecord checked = check_record(*skeleton, {nullptr, true});
  if (!checked.valid()) {
    fmt::print(stderr,
               "minutes: internal error: the new record is not valid; please report this\n");
    FileOutcome outcome{
        "<new record>", {}, checked.diagnostics, lines_for(checked.text, checked.diagnostics)};
    make_printer(OutputFormat::text, stderr, {false, false})->file(outcome);
    return k_exit_internal;
  }
  if (!args.output.empty() && args.output != "-" && !args.force && already_exists(args.output)) {
    fmt::print(stderr, "minutes: error: {} already exists; use --force to replace it\n",
               args.output);
    return k_exit_usage;
  }
  return write_command_output(args.output, *skeleton, {});
}

}  // namespace

void add_new_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<NewArgs>();
  CLI::App* command = app.add_subcommand(
      "new", "Write a skeleton record with every section, commented, that validates as written");
  CLI::Option* title = command->add_option(
      "--title", args->title, "The meeting's title; default: one for the kind and language");
  command
      ->add_option("--date", args->date,
                   "The meeting's date, YYYY-MM-DD; default: today (local date)")
      ->check([](const std::string& value) -> std::string {
        const auto date = parse_date(value);
        if (date) return {};
        return fmt::format("expected a date YYYY-MM-DD that exists, got \"{}\"{}", value,
                           date.error().reason.empty() ? "" : " (" + date.error().reason + ")");
      });
  add_language_option(*command, args->language,
                      "Language of the comments and examples; default: from LC_ALL, LC_MESSAGES, LANG");
  command->add_option("--kind", args->kind, "What the skeleton is filled in for (default meeting)")
      ->check(CLI::IsMember({"meeting", "workshop", "board"}));
  add_record_output_options(*command, args->output,
                            "Write the record to FILE (atomically) instead of stdout; never over an existing file");
  command->add_flag("--force", args->force, "With -o: replace FILE if it exists");
  command->add_option(
      "--schema-ref", args->schema_ref,
      "The schema path or URL in the editor modeline on line 1; default: the schema installed "
      "with this program, if there is one");
  command->footer(
      "Examples:\n"
      "  minutes new --kind board --lang nb -o 2024-03-05-styremote.yaml\n"
      "  minutes new --kind workshop --title \"Workshop: ny kommuneplan\" --date 2024-09-12 > "
      "workshop.yaml\n"
      "  minutes new | minutes validate --strict -\n\n"
      "Exit status: 0 written, 2 usage (bad option, existing file without --force) or I/O.");
  command->callback([args, title, &exit_code] {
    args->has_title = title->count() > 0;
    exit_code = run_new(*args);
  });
}

}  // namespace minutes::cli
