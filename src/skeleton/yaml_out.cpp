#include "skeleton/yaml_out.hpp"

#include <fmt/format.h>

#include "parse/scalar.hpp"

namespace minutes::skeleton_detail {
namespace {

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (text == word) return true;
  }
  return false;
}

// Control characters, and what YAML 1.1 readers take for line breaks (NEL, LS, PS) or drop (BOM).
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

// Text for YAML 1.2, but a boolean or a number for YAML 1.1 readers such as PyYAML: the
// skeleton is meant to be read by other tools too.
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
                             c == '+' || c == '-' || c == 'e' || c == 'E' || c == 'x' || c == 'X' ||
                             c == 'o' || c == 'b' || (c >= 'a' && c <= 'f') ||
                             (c >= 'A' && c <= 'F');
    if (!number_like) return false;
  }
  return true;
}

bool needs_quotes(std::string_view text) {
  if (text.empty() || has_special_characters(text)) return true;
  if (detail::resolve_plain_scalar(text).kind != NodeKind::string) return true;
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

std::string double_quoted(std::string_view text) {
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

template <typename Line>
void for_each_line(std::string_view text, Line&& line) {
  for (;;) {
    const std::size_t end = text.find('\n');
    line(text.substr(0, end));
    if (end == std::string_view::npos) return;
    text.remove_prefix(end + 1);
  }
}

}  // namespace

std::string yaml_scalar(std::string_view text) {
  return needs_quotes(text) ? double_quoted(text) : std::string(text);
}

void YamlOut::field(std::string_view lead, std::string_view key, std::string_view value) {
  m_text += fmt::format("{}{}: {}\n", lead, key, yaml_scalar(value));
}

void YamlOut::item(std::string_view lead, std::string_view value) {
  m_text += fmt::format("{}{}\n", lead, yaml_scalar(value));
}

void YamlOut::raw(std::string_view lead, std::string_view key, std::string_view yaml) {
  m_text += fmt::format("{}{}:{}{}\n", lead, key, yaml.empty() ? "" : " ", yaml);
}

void YamlOut::block(std::string_view lead, std::string_view key, std::string_view markdown) {
  m_text += fmt::format("{}{}: |\n", lead, key);
  const std::string pad(lead.size() + 2, ' ');
  for_each_line(markdown, [&](std::string_view line) {
    m_text += line.empty() ? "\n" : fmt::format("{}{}\n", pad, line);
  });
}

void YamlOut::comment(int indent, std::string_view text) {
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  for_each_line(text, [&](std::string_view line) {
    m_text += line.empty() ? fmt::format("{}#\n", pad) : fmt::format("{}# {}\n", pad, line);
  });
}

void YamlOut::commented_out(const YamlOut& example) {
  std::string_view lines = example.str();
  if (lines.ends_with('\n')) lines.remove_suffix(1);
  for_each_line(lines, [&](std::string_view line) { m_text += fmt::format("# {}\n", line); });
}

void YamlOut::text(std::string_view line) {
  m_text += line;
  m_text += '\n';
}

}  // namespace minutes::skeleton_detail
