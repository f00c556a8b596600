#pragma once

#include <cstdio>
#include <string_view>

namespace minutes::cli {

// --color WHEN: "always", "never", or "auto": colour only when `stream` is a terminal that can
// show it and NO_COLOR is unset or empty (https://no-color.org). An explicit "always" wins over
// NO_COLOR, as that convention asks.
bool use_color(std::string_view when, std::FILE* stream);

// ANSI SGR sequences, all empty when colour is off, so that plain text is coloured text minus
// them. Styled after compilers: location bold, error red, warning magenta, caret green.
struct Palette {
  std::string_view bold, error, warning, caret, reset;
};
const Palette& palette(bool color);

// The choices of --color, for CLI11's IsMember.
inline constexpr const char* k_color_choices[] = {"auto", "always", "never"};

}  // namespace minutes::cli
