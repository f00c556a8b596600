#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace minutes::detail {

// Levenshtein distance on bytes, case-insensitive for ASCII.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo ("" otherwise).
std::string nearest_word(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace minutes::detail
