#pragma once

#include <string_view>

#include "minutes/error.hpp"

namespace minutes::cli {

// docs/cli.md lists these; scripts depend on them.
enum ExitCode : int {
  k_exit_ok = 0,
  k_exit_invalid = 1,   // some record is invalid (YAML syntax included)
  k_exit_usage = 2,     // bad usage, unreadable input, no files, bad schema, I/O: nothing could be checked
  k_exit_overdue = 3,   // actions --fail-on-overdue: the records are valid, an action is late
  k_exit_internal = 4,  // a bug in minutes: please report it
};

inline int exit_status(Error::Kind kind) {
  switch (kind) {
    case Error::Kind::usage:
    case Error::Kind::io:
      return k_exit_usage;
    case Error::Kind::input:
      return k_exit_invalid;
    case Error::Kind::internal:
      return k_exit_internal;
  }
  return k_exit_internal;
}

// Prints "minutes: error: MESSAGE" (or "internal error") and returns the status for its kind.
int report_error(const Error& error);

// "minutes: error: MESSAGE", "minutes: warning: MESSAGE", "minutes: internal error: MESSAGE"
// on standard error, the prefix in the user's language like the message.
void print_error(std::string_view message);
void print_warning(std::string_view message);
void print_internal_error(std::string_view message);

}  // namespace minutes::cli
