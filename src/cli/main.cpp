#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/message_language.hpp"
#include "minutes/suggest.hpp"
#include "minutes/translate.hpp"

#ifndef MINUTES_VERSION
#define MINUTES_VERSION "unknown"
#endif

namespace {

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands({})) names.push_back(command->get_name());
  return names;
}

// " (did you mean "validate"?)" after a word that is none of `candidates`, or nothing.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string nearest = minutes::detail::nearest_word(word, candidates);
  // TRANSLATORS: added after "unknown option "--fromat""; {} is the option or command meant.
  return nearest.empty() ? std::string() : minutes::tr_format(" (did you mean \"{}\"?)", nearest);
}

// Every spelling of every option of `command`: "--format", "-t", ...
std::vector<std::string> option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
    for (const std::string& name : option->get_snames()) names.push_back("-" + name);
  }
  return names;
}

// CLI11's messages reworded into the project's shape, with a suggestion for a misspelt option.
std::string usage_message(const CLI::ParseError& error, const CLI::App& app, const CLI::App& command) {
  if (dynamic_cast<const CLI::RequiredError*>(&error) && &command == &app) {
    return minutes::tr_format("a command is required; the commands are: {}",
                              fmt::format("{}", fmt::join(command_names(app), ", ")));
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    for (const std::string& extra : command.remaining()) {
      if (extra.size() > 1 && extra[0] == '-') {
        const std::string name = extra.substr(0, extra.find('='));
        // TRANSLATORS: {0} is the option as typed, {1} an optional " (did you mean "--format"?)".
        return minutes::tr_format("unknown option \"{0}\"{1}", name,
                                  did_you_mean(name, option_names(command)));
      }
    }
    const std::size_t count = command.remaining().size();
    // TRANSLATORS: {} is one or more arguments, each in quotes: "a" "b".
    return minutes::tr_plural_format(
        "unexpected argument {}", "unexpected arguments {}", count,
        fmt::format("\"{}\"", fmt::join(command.remaining(), "\" \"")));
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) && command.get_option_no_throw("paths") &&
      std::string_view(error.what()).starts_with("paths ")) {
    return minutes::tr("no PATH given: name record files or folders, or - for standard input");
  }
  std::string message = error.what();
  if (!message.empty() && message.back() == '\n') message.pop_back();
  return message;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace minutes::cli;
  choose_message_language();
  // The name is fixed, so usage lines say "minutes" however the program was started.
  CLI::App app{"minutes: write meeting minutes once, check them, publish them", "minutes"};
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
  const std::vector<std::string> commands = command_names(app);
  if (argc > 1 && argv[1][0] != '-' && std::find(commands.begin(), commands.end(), argv[1]) == commands.end()) {
    // TRANSLATORS: {0} is the command as typed, {1} an optional " (did you mean "validate"?)",
    // {2} the list of commands.
    print_error(minutes::tr_format("unknown command \"{0}\"{1}; the commands are: {2}", argv[1],
                                   did_you_mean(argv[1], commands),
                                   fmt::format("{}", fmt::join(commands, ", "))));
    return k_exit_usage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    const std::vector<CLI::App*> chosen = app.get_subcommands();
    const CLI::App& command = chosen.empty() ? app : *chosen.front();
    print_error(usage_message(e, app, command));
    // TRANSLATORS: {} is a command line such as "minutes validate --help".
    fmt::print(stderr, "{}\n",
               minutes::tr_format("Run '{}' for the options.",
                                  chosen.empty() ? std::string("minutes --help")
                                                 : "minutes " + command.get_name() + " --help"));
    return k_exit_usage;
  } catch (const std::exception& e) {
    print_internal_error(e.what());
    return k_exit_internal;
  }
  return exit_code;
}
