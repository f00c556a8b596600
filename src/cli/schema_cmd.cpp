#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "minutes/schema.hpp"

namespace minutes::cli {

void add_schema_command(CLI::App& app, int& exit_code) {
  CLI::App* command =
      app.add_subcommand("schema", "Print the built-in JSON Schema of meeting records (version 1)");
  command->footer(
      "Examples:\n"
      "  minutes schema > meeting.v1.schema.json\n"
      "  minutes schema | jq '.properties | keys'");
  command->callback([&exit_code] {
    fmt::print("{}", builtin_schema_text());
    exit_code = std::fflush(stdout) == 0 ? k_exit_ok : k_exit_usage;
  });
}

}  // namespace minutes::cli
