#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

#ifndef MINUTES_VERSION
#define MINUTES_VERSION "unknown"
#endif

namespace {

std::string command_names(const CLI::App& app) {
  std::string names;
  for (const CLI::App* command : app.get_subcommands({})) {
    if (!names.empty()) names += ", ";
    names += command->get_name();
  }
  return names;
}

bool is_command(const CLI::App& app, std::string_view name) {
  for (const CLI::App* command : app.get_subcommands({})) {
    if (command->get_name() == name) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace minutes::cli;
  CLI::App app{"minutes: write meeting minutes once, check them, publish them"};
  app.set_version_flag("--version", "minutes " MINUTES_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  minutes validate examples/\n"
      "  minutes render examples/2020-02-25-dialogmote-naeringslivet.yaml -o dialogmote.html\n"
      "  minutes render -t csv examples/ > workshop-answers.csv\n\n"
      "Run 'minutes COMMAND --help' for a command's options.");
  int exit_code = k_exit_ok;
  add_validate_command(app, exit_code);
  add_render_command(app, exit_code);
  add_formats_command(app, exit_code);
  add_summary_command(app, exit_code);
  add_actions_command(app, exit_code);
  add_import_command(app, exit_code);
  add_new_command(app, exit_code);
  add_schema_command(app, exit_code);
  if (argc > 1 && argv[1][0] != '-' && !is_command(app, argv[1])) {
    fmt::print(stderr, "minutes: error: unknown command \"{}\"; the commands are: {}\n", argv[1],
               command_names(app));
    return k_exit_usage;
  }
  // Not CLI11_PARSE: usage errors must exit 2 like every other "could not check".
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return k_exit_usage;
  } catch (const std::exception& e) {
    fmt::print(stderr, "minutes: internal error: {}\n", e.what());
    return k_exit_usage;
  }
  return exit_code;
}
