#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace minutes {

enum class Severity { warning, error };

// 1-based line and column, as an editor shows them; 0 means "unknown".
struct Position {
  int line = 0;
  int column = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

struct Diagnostic {
  Position position;
  std::string pointer;  // JSON Pointer (RFC 6901) into the record; "" is the whole record
  std::string rule;     // stable id such as "format", "unknown-key", "duplicate-id"
  Severity severity = Severity::error;
  std::string message;  // what was expected, what was found
};

using Diagnostics = std::vector<Diagnostic>;

std::string_view severity_name(Severity severity);

// Stable sort by line, then column: "all problems of a file, in document order".
void sort_in_document_order(Diagnostics& diagnostics);

bool has_errors(const Diagnostics& diagnostics);

// A value as it may appear inside a message: quoted, control and invisible characters escaped
// (\n, \x1b, \u202e), truncated to about `max_chars` characters with "…".
std::string quote_value(std::string_view text, std::size_t max_chars = 60);
// Decodes the UTF-8 sequence at `at` into `code_point`; returns its length, or 0 when the bytes
// there are not UTF-8 (broken, overlong, a surrogate, past U+10FFFF).
std::size_t decode_utf8(std::string_view text, std::size_t at, char32_t& code_point);
// A file name as it can be shown on a terminal: control and invisible characters and bytes that
// are not UTF-8 escaped as in quote_value, the rest (spaces, quotes, æøå) as it is.
std::string printable_name(std::string_view name);

// Appends one JSON Pointer segment, escaping '~' and '/'.
std::string pointer_append(std::string_view pointer, std::string_view segment);
std::string pointer_append(std::string_view pointer, std::size_t index);

}  // namespace minutes
