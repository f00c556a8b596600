#pragma once

#include <initializer_list>
#include <string_view>

#include "minutes/tree.hpp"

namespace minutes::detail {

// Types a plain (unquoted, untagged) scalar by the YAML 1.2 core schema: null, true/false,
// integers (decimal, 0o octal, 0x hex), floats; everything else, `no`, `yes`, `on` and dates
// included, is a string.
Node resolve_plain_scalar(std::string_view text);

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> words);

}  // namespace minutes::detail
