#include "parse/scalar_text.hpp"

#include <array>

#include <fmt/format.h>

#include "minutes/diagnostic.hpp"

namespace minutes::detail {

std::string repair_yaml_cpp_escapes(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (std::size_t at = 0; at < value.size();) {
    char32_t code_point = 0;
    const std::size_t length = decode_utf8(value, at, code_point);
    if (length > 0) {
      out.append(value.substr(at, length));
      at += length;
      continue;
    }
    const auto byte = static_cast<unsigned char>(value[at]);
    if (byte == 0x85 || byte == 0xA0) out += '\xC2';
    out += value[at];
    ++at;
  }
  return out;
}

namespace {

bool is_forbidden_control(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
}

}  // namespace

std::optional<ControlCharacter> find_control_character(std::string_view text) {
  std::size_t character = 1;
  for (std::size_t at = 0; at < text.size(); ++character) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte >= 0x20 && byte < 0x7F) {  // printable ASCII, the common case
      ++at;
      continue;
    }
    char32_t code_point = 0;
    const std::size_t length = decode_utf8(text, at, code_point);
    if (length == 0) {
      ++at;
      continue;
    }
    if (is_forbidden_control(code_point)) return ControlCharacter{code_point, character};
    at += length;
  }
  return std::nullopt;
}

std::string describe_code_point(char32_t code_point) {
  static constexpr std::array<std::string_view, 32> k_c0 = {
      "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF",
      "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
      "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
  const std::string number = fmt::format("U+{:04X}", static_cast<unsigned>(code_point));
  if (code_point < k_c0.size()) return fmt::format("{} ({})", number, k_c0[code_point]);
  if (code_point == 0x7F) return number + " (DEL)";
  if (code_point == 0x85) return number + " (NEL, next line)";
  if (code_point >= 0x80 && code_point <= 0x9F) return number + " (a C1 control)";
  return number;
}

bool is_utf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    char32_t code_point = 0;
    const std::size_t length = decode_utf8(text, at, code_point);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

}  // namespace minutes::detail
