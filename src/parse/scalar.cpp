#include "parse/scalar.hpp"

#include <charconv>
#include <cmath>
#include <limits>

namespace minutes::detail {

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (text == word) return true;
  }
  return false;
}

namespace {

bool all_of(std::string_view text, bool (*accept)(char)) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!accept(c)) return false;
  }
  return true;
}

bool is_decimal_digit(char c) { return c >= '0' && c <= '9'; }
bool is_octal_digit(char c) { return c >= '0' && c <= '7'; }
bool is_hex_digit(char c) {
  return is_decimal_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Core-schema float: [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool is_core_float(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  std::size_t digits = 0;
  while (i < text.size() && is_decimal_digit(text[i])) ++i, ++digits;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && is_decimal_digit(text[i])) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    std::size_t exponent_digits = 0;
    while (i < text.size() && is_decimal_digit(text[i])) ++i, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  return i == text.size();
}

Node typed(NodeKind kind, std::string_view text) {
  Node node;
  node.kind = kind;
  node.text = std::string(text);
  return node;
}

Node integer_or_number(std::string_view text, std::string_view digits, int base, bool negative) {
  std::uint64_t magnitude = 0;
  const auto [end, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), magnitude, base);
  const std::uint64_t limit =
      static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + (negative ? 1 : 0);
  if (error == std::errc() && end == digits.data() + digits.size() && magnitude <= limit) {
    Node node = typed(NodeKind::integer, text);
    node.integer = negative ? static_cast<std::int64_t>(0 - magnitude)
                            : static_cast<std::int64_t>(magnitude);
    return node;
  }
  // Too large for 64 bits: still a number, so `count: 99999999999999999999` is reported as
  // "too large", not as "not a number".
  Node node = typed(NodeKind::number, text);
  if (base == 8) {
    // strtod cannot read "0o..." (it stops at the "o" and gives 0), so the digits are summed.
    for (const char c : digits) node.number = node.number * 8 + (c - '0');
  } else {
    node.number = std::strtod(std::string(text).c_str(), nullptr);
  }
  return node;
}

}  // namespace

Node resolve_plain_scalar(std::string_view text) {
  if (text.empty() || is_one_of(text, {"~", "null", "Null", "NULL"})) {
    return typed(NodeKind::null, text);
  }
  if (is_one_of(text, {"true", "True", "TRUE", "false", "False", "FALSE"})) {
    Node node = typed(NodeKind::boolean, text);
    node.boolean = text[0] == 't' || text[0] == 'T';
    return node;
  }
  if (text.size() > 2 && text.substr(0, 2) == "0o" && all_of(text.substr(2), is_octal_digit)) {
    return integer_or_number(text, text.substr(2), 8, false);
  }
  if (text.size() > 2 && text.substr(0, 2) == "0x" && all_of(text.substr(2), is_hex_digit)) {
    return integer_or_number(text, text.substr(2), 16, false);
  }
  const bool signed_text = text[0] == '-' || text[0] == '+';
  if (all_of(signed_text ? text.substr(1) : text, is_decimal_digit)) {
    return integer_or_number(text, signed_text ? text.substr(1) : text, 10, text[0] == '-');
  }
  if (is_core_float(text)) {
    Node node = typed(NodeKind::number, text);
    node.number = std::strtod(std::string(text).c_str(), nullptr);
    return node;
  }
  const std::string_view unsigned_text = signed_text ? text.substr(1) : text;
  if (is_one_of(unsigned_text, {".inf", ".Inf", ".INF"})) {
    Node node = typed(NodeKind::number, text);
    node.number = text[0] == '-' ? -HUGE_VAL : HUGE_VAL;
    return node;
  }
  if (is_one_of(text, {".nan", ".NaN", ".NAN"})) {
    Node node = typed(NodeKind::number, text);
    node.number = std::numeric_limits<double>::quiet_NaN();
    return node;
  }
  return typed(NodeKind::string, text);
}

}  // namespace minutes::detail
