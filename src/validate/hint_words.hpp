#pragma once

#include <span>
#include <string_view>

namespace minutes::detail {

// A line of the hint tables: the English word of the format and, for one language, the words
// people write for it instead, separated by ", ". Matched ignoring case (every letter) and
// spaces, underscores, hyphens and full stops, so "Neste møte", "neste_møte" and "nestemøte"
// are one entry. docs/format.md (Hints) shows these tables; a unit test keeps the two in step.
struct HintWords {
  std::string_view english;
  std::string_view language;  // nb, nn, de, sv or en (English synonyms)
  std::string_view words;
};

// Key names: a word here is suggested only where its English key is allowed, so "spørsmål"
// means "questions" in a workshop and "prompt" in a question.
std::span<const HintWords> key_hint_words();
// Fixed values (`enum` in the schema): suggested only where the English value is allowed.
std::span<const HintWords> value_hint_words();

struct MonthWord {
  std::string_view word;  // lower case, without a full stop
  int month;
};
// Month names and abbreviations in nb, nn, de, sv and en, for dates like "25. februar 2020".
std::span<const MonthWord> month_words();

}  // namespace minutes::detail
