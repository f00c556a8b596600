#pragma once

#include <string>
#include <string_view>

namespace minutes {

// Unicode simple case folding (the C and S lines of CaseFolding.txt) for the scripts records are
// written in: Basic Latin, Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional,
// Greek, Cyrillic (with its Supplement) and Armenian. Other code points are left as they are,
// and so are the letters that fold to more than one character in full folding (ß stays ß).
// No locale is consulted: I and İ fold as everywhere but in Turkish.
char32_t fold_case(char32_t code_point);

// The text with every code point folded as above; bytes that are not UTF-8 are kept as they are.
std::string fold_case(std::string_view utf8);

// True when the two texts are equal after folding: "åse øvrebø" and "Åse Øvrebø".
bool equal_ignoring_case(std::string_view a, std::string_view b);

}  // namespace minutes
