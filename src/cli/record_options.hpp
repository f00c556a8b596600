#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "minutes/input.hpp"

namespace minutes::cli {

// The options every command that reads records shares, bound the same way everywhere.
struct RecordOptions {
  std::vector<std::string> paths;
  bool strict = false;
  unsigned jobs = 0;  // 0: one per core
  std::size_t max_size = k_default_max_record_size;
  std::string color = "auto";  // --color: auto, always, never

  unsigned job_count() const;
};

void add_record_options(CLI::App& command, RecordOptions& options);
// --color WHEN, for commands that print diagnostics without the other record options.
void add_color_option(CLI::App& command, std::string& when);

}  // namespace minutes::cli
