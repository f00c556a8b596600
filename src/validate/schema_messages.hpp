#pragma once

#include <string>
#include <vector>

#include "minutes/diagnostic.hpp"
#include "minutes/tree.hpp"
#include "validate/schema_walk.hpp"

namespace minutes::detail {

// One error as valijson reports it: where (as a JSON Pointer) and its fixed English text.
struct RawSchemaError {
  std::string pointer;
  std::string description;
};

// Turns valijson's errors into located diagnostics that name what was expected and what was
// found. Drops valijson's wrapper errors ("Failed to validate item #0 in array.") and reports
// every unknown key of an object, where valijson stops at the first.
Diagnostics explain_schema_errors(const std::vector<RawSchemaError>& errors, const Node& record,
                                  const SchemaWalk& walk);

// Our own `format` check (valijson's is wrong, see docs/architecture.md): every string whose
// schema says `format: date` must be a real calendar date.
void check_formats(const Node& record, const SchemaWalk& walk, Diagnostics& out);

// The msgid of "a decision", "a date" for a title of the built-in schema that messages name
// (translated with tr), or nullptr for a title it does not have.
const char* title_phrase(std::string_view title);

// "a date like 2020-03-24": the schema's title and first example, for messages.
std::string expected_phrase(const SchemaSet& schemas, std::string_view fallback);

}  // namespace minutes::detail
