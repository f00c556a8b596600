#include "cli/record_options.hpp"

#include <algorithm>
#include <thread>

#include "cli/color.hpp"

namespace minutes::cli {

unsigned RecordOptions::job_count() const {
  return jobs > 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
}

void add_record_options(CLI::App& command, RecordOptions& options) {
  command.add_option("paths", options.paths, "Record files or folders (walked for *.yaml, *.yml); - is stdin")
      ->required();
  command.add_flag("--strict", options.strict, "Treat warnings as errors");
  command.add_option("-j,--jobs", options.jobs, "Read N files at a time (default: number of cores)")
      ->check(CLI::Range(1u, 256u));
  command.add_option("--max-size", options.max_size, "Largest record, e.g. 200k, 4MiB (default 1MiB)")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30));
  add_color_option(command, options.color);
}

void add_color_option(CLI::App& command, std::string& when) {
  command.add_option("--color", when, "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(k_color_choices), std::end(k_color_choices))))
      ->type_name("WHEN");
}

}  // namespace minutes::cli
