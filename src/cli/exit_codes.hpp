#pragma once

namespace minutes::cli {

// docs/cli.md lists these; scripts depend on them.
enum ExitCode : int {
  k_exit_ok = 0,
  k_exit_invalid = 1,  // some record is invalid (YAML syntax included)
  k_exit_usage = 2,    // bad usage, unreadable input, no files, bad schema: nothing could be checked
};

}  // namespace minutes::cli
