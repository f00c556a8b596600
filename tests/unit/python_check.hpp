#pragma once

// For tests that hand an emitter's output to a checker written in Python (tests/roundtrip/):
// an independent reader (Python's csv module, an iCalendar parser) catches what a C++ reader
// written alongside the writer would share with it.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "test_files.hpp"

namespace minutes::test {

// $MINUTES_PYTHON, else python3 from PATH (a pyenv or venv python may lack python3-icalendar).
inline std::string python3() {
  const char* chosen = std::getenv("MINUTES_PYTHON");
  return chosen && *chosen ? chosen : "python3";
}

inline bool have_python3() {
  return std::system((python3() + " -c '' >/dev/null 2>&1").c_str()) == 0;
}

// Runs tests/roundtrip/<script> with the given (already safe, temp-dir) paths; true on exit 0.
inline bool run_python_check(std::string_view script, const std::filesystem::path& first,
                             const std::filesystem::path& second = {}) {
  std::string command = python3() + " '" MINUTES_SOURCE_DIR "/tests/roundtrip/" +
                        std::string(script) + "' '" + first.string() + "'";
  if (!second.empty()) command += " '" + second.string() + "'";
  return std::system(command.c_str()) == 0;
}

}  // namespace minutes::test
