#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "minutes/diagnostic.hpp"
#include "minutes/model.hpp"

namespace minutes {

struct ImportOptions {
  std::string language;      // "nb", "nn", "en", "de"; empty: guessed from the words of the text
  std::optional<Date> date;  // the meeting's date; replaces the one the text gives, if any
};

// Where one piece of the source went, for `minutes import --report`.
struct ImportNote {
  int line = 0;        // 1-based source line; 0 when it concerns the whole text (the language)
  std::string field;   // "participants[2]", "agenda[0].notes", "summary", ...
  std::string value;   // what was placed there, quoted and shortened
  std::string guess;   // non-empty when the importer guessed: what and why
};

struct ImportResult {
  Meeting meeting;
  std::vector<ImportNote> notes;  // in source order
};

// Turns plain-text or Markdown minutes (UTF-8) into a record. Whatever is not recognised goes
// into `summary` word for word. Errors (rule "encoding" or "import") carry the line and column:
// text that is not UTF-8 or not text at all, an empty text, no date and no `options.date`.
tl::expected<ImportResult, Diagnostic> import_minutes(std::string_view text,
                                                      const ImportOptions& options);

// "12: agenda[0]: \"Welcome\" (guessed: ...)"; line 0 is written "-".
std::string format_import_note(const ImportNote& note);

// The record as YAML (format version 1): keys in the order of docs/format.md, block style, two
// spaces, strings quoted whenever YAML (1.2 or 1.1) would read them as anything else or as
// syntax, Markdown with line breaks as literal blocks. check_record() of the result decodes to a
// Meeting equal to `meeting` (defaults left out: person status present, action status open,
// record status draft).
std::string write_record_yaml(const Meeting& meeting);

}  // namespace minutes
