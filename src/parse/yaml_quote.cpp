#include "parse/yaml_quote.hpp"

#include <fmt/format.h>

#include "parse/scalar.hpp"

namespace minutes::detail {
namespace {

// Characters that make a plain scalar unsafe wherever they are: control characters, and the
// ones YAML 1.1 readers take for line breaks (NEL, LS, PS) or that must not appear mid-text (BOM).
bool has_special_characters(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) return true;
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("\xC2\x85") || rest.starts_with("\xE2\x80\xA8") ||
        rest.starts_with("\xE2\x80\xA9") || rest.starts_with("\xEF\xBB\xBF")) {
      return true;
    }
  }
  return false;
}

// YAML 1.1 booleans and sexagesimal or underscored numbers: text for us, not for PyYAML.
bool looks_typed_in_yaml_1_1(std::string_view text) {
  if (is_one_of(text, {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON",
                       "off", "Off", "OFF", "="})) {
    return true;
  }
  std::size_t i = (text.starts_with('-') || text.starts_with('+')) ? 1 : 0;
  if (i < text.size() && text[i] == '.') ++i;
  if (i >= text.size() || text[i] < '0' || text[i] > '9') return false;
  for (char c : text) {
    const bool number_like = (c >= '0' && c <= '9') || c == '_' || c == ':' || c == '.' ||
                             c == '+' || c == '-' || c == 'e' || c == 'E' || c == 'x' ||
                             c == 'X' || c == 'o' || c == 'b' || (c >= 'a' && c <= 'f') ||
                             (c >= 'A' && c <= 'F');
    if (!number_like) return false;
  }
  return true;
}

bool plain_would_not_read_back(std::string_view text) {
  if (text.empty() || has_special_characters(text)) return true;
  if (resolve_plain_scalar(text).kind != NodeKind::string) return true;
  if (looks_typed_in_yaml_1_1(text)) return true;
  constexpr std::string_view k_indicators = "-?:,[]{}#&*!|>'\"%@`";
  if (k_indicators.find(text.front()) != std::string_view::npos) return true;
  if (text.starts_with("...")) return true;
  if (text.front() == ' ' || text.back() == ' ') return true;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) {
    return true;
  }
  return text.back() == ':';
}

}  // namespace

std::string yaml_double_quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const std::string_view rest = text.substr(i);
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02X}", c);
    } else if (rest.starts_with("\xC2\x85")) {
      out += "\\u0085", i += 1;
    } else if (rest.starts_with("\xE2\x80\xA8")) {
      out += "\\u2028", i += 2;
    } else if (rest.starts_with("\xE2\x80\xA9")) {
      out += "\\u2029", i += 2;
    } else if (rest.starts_with("\xEF\xBB\xBF")) {
      out += "\\uFEFF", i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

bool yaml_needs_quotes(std::string_view text) { return plain_would_not_read_back(text); }

std::string yaml_scalar(std::string_view text) {
  return yaml_needs_quotes(text) ? yaml_double_quoted(text) : std::string(text);
}

}  // namespace minutes::detail
