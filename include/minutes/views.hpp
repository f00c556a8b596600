#pragma once

#include <string_view>

#include "minutes/document.hpp"
#include "minutes/model.hpp"

namespace minutes {

// The minutes of one meeting as a document, with labels and dates in `language` (a tag with a
// label table; see labels.hpp). Sections, when present: title with date, time and place;
// participants; summary; agenda; decisions; actions; workshops; next meeting; attachments.
doc::Document build_minutes_document(const Meeting& meeting, std::string_view language);

}  // namespace minutes
