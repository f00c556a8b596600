#pragma once

// A line-by-line YAML writer for skeletons: comments where a clerk needs them, keys in the
// order of docs/format.md, and values quoted only when a YAML 1.2 or 1.1 reader would take
// them for anything but that text.

#include <string>
#include <string_view>

namespace minutes::skeleton_detail {

// The value after "key: " on one line: plain when that reads back as the same text in YAML 1.2
// and 1.1, else double-quoted with escapes.
std::string yaml_scalar(std::string_view text);

class YamlOut {
 public:
  // `lead` is what comes before the key, written as it appears: "", "  - " or "    ".
  void field(std::string_view lead, std::string_view key, std::string_view value);
  // A list item that is a value of its own: `lead` ends in "- ".
  void item(std::string_view lead, std::string_view value);
  // A value that is YAML already (`"18:00"`, `5`, `[]`, `{for: 3}`), or a key alone ("agenda").
  void raw(std::string_view lead, std::string_view key, std::string_view yaml = {});
  // Markdown as a literal block, so its line breaks stay as the clerk sees them.
  void block(std::string_view lead, std::string_view key, std::string_view markdown);
  // Every line of `text` as a comment, `indent` spaces in.
  void comment(int indent, std::string_view text);
  // Every line of `example` commented out, for a section the skeleton leaves empty: removing
  // "# " gives back working YAML.
  void commented_out(const YamlOut& example);
  void text(std::string_view line);

  const std::string& str() const { return m_text; }

 private:
  std::string m_text;
};

}  // namespace minutes::skeleton_detail
