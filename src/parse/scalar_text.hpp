#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace minutes::detail {

// yaml-cpp 0.7 turns the escapes \N and \_ of double-quoted scalars into the single bytes 0x85
// and 0xA0, which are not UTF-8. The file was checked to be UTF-8 before parsing and every other
// escape comes out as UTF-8, so a lone 0x85 or 0xA0 in a scalar can only come from those two:
// they become U+0085 and U+00A0. Other bytes are left as they are.
std::string repair_yaml_cpp_escapes(std::string_view value);

struct ControlCharacter {
  char32_t code_point = 0;
  std::size_t character = 0;  // 1-based, counted in code points
};

// The first character that text in a record may not hold: a C0 control other than tab and line
// feed, DEL, or a C1 control (U+0080..U+009F).
std::optional<ControlCharacter> find_control_character(std::string_view text);

// "U+001B (ESC)": the code point and, for controls, its short name.
std::string describe_code_point(char32_t code_point);

bool is_utf8(std::string_view text);

}  // namespace minutes::detail
