#include "skeleton/yaml_out.hpp"

#include <fmt/format.h>

#include "parse/yaml_quote.hpp"

namespace minutes::skeleton_detail {
namespace {

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

std::string yaml_scalar(std::string_view text) { return detail::yaml_scalar(text); }

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
