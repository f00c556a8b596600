#pragma once

// For tests that hand an emitter's output to a checker written in Python (tests/roundtrip/):
// an independent reader (Python's csv module, an iCalendar parser) catches what a C++ reader
// written alongside the writer would share with it.

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace minutes::test {

// A fresh directory under $TMPDIR, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "minutes-test-XXXXXX").string();
    if (::mkdtemp(pattern.data())) m_path = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    if (!m_path.empty()) std::filesystem::remove_all(m_path, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  bool ok() const { return !m_path.empty(); }
  std::filesystem::path write(std::string_view name, std::string_view content) const {
    const std::filesystem::path path = m_path / name;
    std::ofstream(path, std::ios::binary)
        .write(content.data(), static_cast<std::streamsize>(content.size()));
    return path;
  }

 private:
  std::filesystem::path m_path;
};

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
