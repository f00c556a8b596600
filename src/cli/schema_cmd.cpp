#include <fmt/format.h>

#include <memory>
#include <string>

#include "cli/command_output.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "minutes/schema.hpp"

namespace minutes::cli {

void add_schema_command(CLI::App& app, int& exit_code) {
  CLI::App* command =
      app.add_subcommand("schema", "Print the built-in JSON Schema of meeting records (version 1)");
  auto output = std::make_shared<std::string>();
  // Replacing an older copy is what -o is for here (a schema kept beside the records), so unlike
  // `new -o` it needs no --force.
  command
      ->add_option("-o,--output", *output,
                   "Write the schema to FILE (atomically, replacing it) instead of stdout")
      ->type_name("FILE");
  command->footer(
      "Examples:\n"
      "  minutes schema -o meeting.v1.schema.json\n"
      "  minutes schema | jq '.properties | keys'");
  command->callback([output, &exit_code] {
    exit_code = write_command_output(*output, builtin_schema_text(), {});
  });
}

}  // namespace minutes::cli
