#pragma once

// Text helpers and the line model of `minutes import`. Everything works on UTF-8 that passed
// check_and_normalise_text (no CR, no control characters except tab).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace minutes::import_detail {

// Lower case for ASCII and the Latin-1 letters (Æ Ø Å Ä Ö Ü É ...). Every byte keeps its offset,
// so a match found in the lowered text slices the original text at the same place.
std::string lower(std::string_view text);
std::string capitalise(std::string_view text);  // the first letter in upper case

std::string_view trim(std::string_view text);
// Removes any of `chars` (ASCII) and spaces from both ends.
std::string_view trim_chars(std::string_view text, std::string_view chars);

bool is_digit(char c);
// A letter starts at `at`: ASCII letters and any non-ASCII character count (names are UTF-8).
bool is_letter_at(std::string_view text, std::size_t at);
bool is_word_char_at(std::string_view text, std::size_t at);  // letter or digit
bool starts_upper(std::string_view word);
bool starts_lower(std::string_view word);

// `word` is at `at` in `lower_text` with no letter or digit right before or after it.
bool word_at(std::string_view lower_text, std::size_t at, std::string_view word);
std::size_t find_word(std::string_view lower_text, std::string_view word, std::size_t from = 0);
// The first of `words` at `at`, longest first; its length, or 0.
std::size_t word_at_any(std::string_view lower_text, std::size_t at,
                        const std::vector<std::string_view>& words);

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Words separated by spaces, with their offsets.
std::vector<Span> word_spans(std::string_view text);

// **strong** and __strong__ markers removed: plain-text fields get the words, not the markup.
std::string strip_emphasis(std::string_view text);

std::size_t code_points(std::string_view text);
// Within the format's limit for text (docs/format.md, Limits), counted in characters.
bool fits(std::string_view text, std::size_t max_chars = 2000);
std::string without_final_stop(std::string_view text);  // "Godkjent." -> "Godkjent"
std::size_t skip_spaces(std::string_view text, std::size_t at);
// At most `max_chars` code points, cut at a space where possible, with "…" when cut.
std::string shorten(std::string_view text, std::size_t max_chars);

// Sentences of a paragraph: they end at . ! ? followed by a space and an upper-case letter,
// a digit or an opening quote or emphasis, except after abbreviations ("f.eks.", "kl.", "e.g.").
std::vector<Span> sentences(std::string_view text);

enum class LineKind { blank, rule, heading, bullet, numbered, row, separator, text };

struct Line {
  int number = 0;            // 1-based
  std::string raw;           // as in the source, without the line end
  LineKind kind = LineKind::blank;
  int indent = 0;            // leading spaces; a tab counts 4
  std::string content;       // without bullet, number, heading marks; trimmed
  std::vector<std::string> cells;  // rows: cells split at tabs or pipes, trimmed, empty ones kept
  bool pipe = false;         // the row is a Markdown pipe-table row
};

std::vector<Line> split_lines(std::string_view text);

std::size_t filled_cells(const Line& line);
// Text, a heading, or a tab row whose only text is its first cell (a line with trailing tabs).
bool reads_as_text(const Line& line);
std::string text_of(const Line& line);  // the content, or the first cell of such a row
// Lines [begin, end) as written, right-trimmed, without the indentation they share.
std::string block_of(const std::vector<Line>& lines, std::size_t begin, std::size_t end);

}  // namespace minutes::import_detail
