#pragma once

#include <CLI/CLI.hpp>

namespace minutes::cli {

// One file per subcommand; each binds its options and sets `exit_code` when it runs.
void add_validate_command(CLI::App& app, int& exit_code);
void add_schema_command(CLI::App& app, int& exit_code);
void add_render_command(CLI::App& app, int& exit_code);
void add_formats_command(CLI::App& app, int& exit_code);
void add_summary_command(CLI::App& app, int& exit_code);
void add_actions_command(CLI::App& app, int& exit_code);
void add_import_command(CLI::App& app, int& exit_code);
void add_new_command(CLI::App& app, int& exit_code);

}  // namespace minutes::cli
