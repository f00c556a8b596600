#pragma once

// Writing a text value as one YAML scalar that every reader takes back as that same text: plain
// when YAML 1.2 (our reader) and YAML 1.1 (PyYAML, older tools) both read it as text, else
// double-quoted with escapes. Used by `minutes import` and `minutes new`.

#include <string>
#include <string_view>

namespace minutes::detail {

bool yaml_needs_quotes(std::string_view text);
std::string yaml_double_quoted(std::string_view text);
// yaml_needs_quotes(text) ? yaml_double_quoted(text) : text
std::string yaml_scalar(std::string_view text);

}  // namespace minutes::detail
