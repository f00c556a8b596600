// Simple case folding from ranges rather than a generated table: the blocks covered are small
// and regular (mostly "upper case is even, lower case is the next code point"), and the
// exceptions are few enough to read. tests/unit/case_fold_test.cpp checks every code point of
// these blocks against Python's str.casefold when Python is there.
#include "minutes/case_fold.hpp"

#include "minutes/diagnostic.hpp"

namespace minutes {
namespace {

bool in(char32_t c, char32_t first, char32_t last) { return c >= first && c <= last; }

// Pairs where the capital is at an even code point and its small letter follows it.
char32_t even_capital(char32_t c) { return c % 2 == 0 ? c + 1 : c; }
// Pairs where the capital is at an odd code point.
char32_t odd_capital(char32_t c) { return c % 2 == 1 ? c + 1 : c; }

// Latin Extended-B letters outside the regular runs below (African, Pan-Nigerian, IPA-based
// capitals and the Croatian digraphs Ǆ ǅ, whose title case folds too): capital, small letter.
struct Fold {
  char32_t from;
  char32_t to;
};
constexpr Fold k_latin_b_singles[] = {
    {0x181, 0x253}, {0x186, 0x254},  {0x187, 0x188}, {0x189, 0x256},  {0x18A, 0x257},
    {0x18B, 0x18C}, {0x18E, 0x1DD},  {0x18F, 0x259}, {0x190, 0x25B},  {0x191, 0x192},
    {0x193, 0x260}, {0x194, 0x263},  {0x196, 0x269}, {0x197, 0x268},  {0x198, 0x199},
    {0x19C, 0x26F}, {0x19D, 0x272},  {0x19F, 0x275}, {0x1A6, 0x280},  {0x1A7, 0x1A8},
    {0x1A9, 0x283}, {0x1AC, 0x1AD},  {0x1AE, 0x288}, {0x1AF, 0x1B0},  {0x1B1, 0x28A},
    {0x1B2, 0x28B}, {0x1B3, 0x1B4},  {0x1B5, 0x1B6}, {0x1B7, 0x292},  {0x1B8, 0x1B9},
    {0x1BC, 0x1BD}, {0x1C4, 0x1C6},  {0x1C5, 0x1C6}, {0x1C7, 0x1C9},  {0x1C8, 0x1C9},
    {0x1CA, 0x1CC}, {0x1CB, 0x1CC},  {0x1F1, 0x1F3}, {0x1F2, 0x1F3},  {0x1F4, 0x1F5},
    {0x1F6, 0x195}, {0x1F7, 0x1BF},  {0x220, 0x19E}, {0x23A, 0x2C65}, {0x23B, 0x23C},
    {0x23D, 0x19A}, {0x23E, 0x2C66}, {0x241, 0x242}, {0x243, 0x180},  {0x244, 0x289},
    {0x245, 0x28C}};

char32_t fold_latin_b(char32_t c) {
  if (in(c, 0x182, 0x185) || in(c, 0x1A0, 0x1A5) || in(c, 0x1DE, 0x1EF) || in(c, 0x1F8, 0x21F) ||
      in(c, 0x222, 0x233) || in(c, 0x246, 0x24F)) {
    return even_capital(c);
  }
  if (in(c, 0x1CD, 0x1DC)) return odd_capital(c);
  for (const Fold& fold : k_latin_b_singles) {
    if (fold.from == c) return fold.to;
  }
  return c;
}

char32_t fold_latin(char32_t c) {
  if (in(c, 'A', 'Z')) return c + 0x20;
  if (c == 0xB5) return 0x3BC;  // micro sign → Greek mu
  if (in(c, 0xC0, 0xDE) && c != 0xD7) return c + 0x20;
  if (in(c, 0x100, 0x12F) || in(c, 0x132, 0x137) || in(c, 0x14A, 0x177)) return even_capital(c);
  if (in(c, 0x139, 0x148) || in(c, 0x179, 0x17E)) return odd_capital(c);
  if (c == 0x178) return 0xFF;  // Ÿ
  if (c == 0x17F) return 's';   // long s
  if (in(c, 0x180, 0x24F)) return fold_latin_b(c);
  // Latin Extended Additional (Vietnamese, Welsh ŵ ŷ ẁ): pairs, and capital sharp s.
  if (in(c, 0x1E00, 0x1E95) || in(c, 0x1EA0, 0x1EFF)) return even_capital(c);
  if (c == 0x1E9B) return 0x1E61;  // long s with dot above
  if (c == 0x1E9E) return 0xDF;    // ẞ → ß
  return c;
}

char32_t fold_greek(char32_t c) {
  if (c == 0x345) return 0x3B9;  // combining ypogegrammeni → iota
  if (in(c, 0x370, 0x373)) return even_capital(c);
  if (c == 0x376) return 0x377;
  if (c == 0x37F) return 0x3F3;
  if (c == 0x386) return 0x3AC;
  if (in(c, 0x388, 0x38A)) return c + 0x25;
  if (c == 0x38C) return 0x3CC;
  if (in(c, 0x38E, 0x38F)) return c + 0x3F;
  if (in(c, 0x391, 0x3A1) || in(c, 0x3A3, 0x3AB)) return c + 0x20;
  if (c == 0x3C2) return 0x3C3;  // final sigma
  if (c == 0x3CF) return 0x3D7;
  if (c == 0x3D0) return 0x3B2;
  if (c == 0x3D1) return 0x3B8;
  if (c == 0x3D5) return 0x3C6;
  if (c == 0x3D6) return 0x3C0;
  if (in(c, 0x3D8, 0x3EF)) return even_capital(c);
  if (c == 0x3F0) return 0x3BA;
  if (c == 0x3F1) return 0x3C1;
  if (c == 0x3F4) return 0x3B8;
  if (c == 0x3F5) return 0x3B5;
  if (c == 0x3F7 || c == 0x3FA) return c + 1;
  if (c == 0x3F9) return 0x3F2;
  if (in(c, 0x3FD, 0x3FF)) return c - 0x82;
  return c;
}

char32_t fold_cyrillic_armenian(char32_t c) {
  if (in(c, 0x400, 0x40F)) return c + 0x50;
  if (in(c, 0x410, 0x42F)) return c + 0x20;
  if (in(c, 0x460, 0x481) || in(c, 0x48A, 0x4BF) || in(c, 0x4D0, 0x52F)) return even_capital(c);
  if (c == 0x4C0) return 0x4CF;
  if (in(c, 0x4C1, 0x4CE)) return odd_capital(c);
  if (in(c, 0x531, 0x556)) return c + 0x30;
  return c;
}

}  // namespace

char32_t fold_case(char32_t c) {
  if (c < 0x370 || in(c, 0x1E00, 0x1EFF)) return c == 0x345 ? fold_greek(c) : fold_latin(c);
  if (c < 0x400) return fold_greek(c);
  if (c < 0x590) return fold_cyrillic_armenian(c);
  return c;
}

std::string fold_case(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t at = 0; at < utf8.size();) {
    char32_t c = 0;
    const std::size_t length = decode_utf8(utf8, at, c);
    if (length == 0) {
      out += utf8[at++];
      continue;
    }
    at += length;
    c = fold_case(c);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a == b || fold_case(a) == fold_case(b);
}

}  // namespace minutes
