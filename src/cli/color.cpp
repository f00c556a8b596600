#include "cli/color.hpp"

#include <cstdlib>
#include <cstring>

#include <unistd.h>

namespace minutes::cli {

const Palette& palette(bool color) {
  static constexpr Palette plain{"", "", "", "", ""};
  static constexpr Palette colored{"\x1b[1m", "\x1b[1;31m", "\x1b[1;35m", "\x1b[1;32m", "\x1b[0m"};
  return color ? colored : plain;
}

bool use_color(std::string_view when, std::FILE* stream) {
  if (when == "always") return true;
  if (when == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(::fileno(stream)) == 1;
}

}  // namespace minutes::cli
