#include "validate/schema_messages.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "minutes/dates.hpp"
#include "minutes/suggest.hpp"
#include "validate/hints.hpp"

namespace minutes::detail {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.starts_with(prefix); }

std::string with_article(std::string_view noun) {
  if (noun.empty()) return {};
  const bool vowel = std::string_view("aeiouAEIOU").find(noun[0]) != std::string_view::npos;
  return fmt::format("{} {}", vowel ? "an" : "a", noun);
}

std::string_view type_phrase(std::string_view type) {
  if (type == "string") return "text";
  if (type == "integer") return "a whole number";
  if (type == "number") return "a number";
  if (type == "boolean") return "true or false";
  if (type == "array") return "a list";
  if (type == "object") return "a mapping (key: value lines)";
  if (type == "null") return "nothing";
  return type;
}

std::string join(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (const std::string& word : words) {
    if (!out.empty()) out += separator;
    out += word;
  }
  return out;
}

std::string number_text(const Node& node) {
  if (node.kind == NodeKind::integer) return std::to_string(node.integer);
  return node.text;
}

Position position_at(const Node& record, const std::string& pointer) {
  const Node* node = resolve_pointer(record, pointer);
  return node ? node->position : record.position;
}

bool is_at_or_under(const std::string& pointer, const std::string& base) {
  return pointer == base || (pointer.size() > base.size() && pointer.starts_with(base) &&
                             pointer[base.size()] == '/');
}

// What to write instead of a date written another way ("25.02.2020"): "; write 2020-02-25",
// or why the date it stands for is not in the calendar; "" when it does not read as a date.
std::string date_hint(std::string_view text) {
  const DateReadings dates = read_written_date(text);
  std::vector<std::string> real;
  std::string reason;
  for (const Date& date : dates.readings) {
    const std::string iso = format_date(date);
    const auto checked = parse_date(iso);
    if (checked) {
      real.push_back(iso);
    } else if (reason.empty()) {
      reason = checked.error().reason;
    }
  }
  if (real.size() == 1) return fmt::format("; write {}", real[0]);
  if (real.size() == 2) {
    return fmt::format("; write {} if the day comes first, {} if the month does", real[0], real[1]);
  }
  if (!reason.empty()) return fmt::format(", which is not a calendar date: {}", reason);
  return {};
}

// What to write instead of a time written another way ("21.00", "kl. 18", "18:00-21:00"), as
// long as it satisfies the pattern that failed; "" otherwise. A number needs quotes to be text.
std::string time_hint(const Node& value, const Node* pattern) {
  if (!pattern || !pattern->is_string()) return {};
  const bool number = value.kind == NodeKind::integer || value.kind == NodeKind::number;
  if (!number && !value.is_string()) return {};
  if (const auto time = read_written_time(value.text)) {
    const std::string written = format_time(*time);
    if (!pattern_matches(pattern->text, written)) return {};
    return number ? fmt::format(", which YAML reads as a number; write \"{}\" in quotes", written)
                  : fmt::format("; write \"{}\"", written);
  }
  if (const auto span = read_written_time_span(value.text)) {
    const std::string start = format_time(span->start);
    const std::string end = format_time(span->end);
    if (!pattern_matches(pattern->text, start) || !pattern_matches(pattern->text, end)) return {};
    return fmt::format("; write start: \"{}\" and end: \"{}\" as two keys", start, end);
  }
  return {};
}

// Every key of the object at `pointer` that the schema does not allow, with a suggestion.
void report_unknown_keys(const Node& record, const std::string& pointer, const SchemaWalk& walk,
                         Diagnostics& out) {
  const Node* object = resolve_pointer(record, pointer);
  if (!object || object->kind != NodeKind::mapping) return;
  const SchemaSet schemas = walk.at_pointer(record, pointer);
  const std::vector<std::string> known = walk.known_keys(schemas);
  // Only a schema with a pattern for x- keys (as the built-in one has) allows them.
  const bool extensions = walk.key_allowed(schemas, "x-extension");
  for (const Member& member : object->members) {
    if (walk.key_allowed(schemas, member.key)) continue;
    std::string suggestion = hinted_word(HintTable::keys, member.key, known);
    if (suggestion.empty()) suggestion = nearest_word(member.key, known);
    std::string message =
        suggestion.empty()
            ? fmt::format("unknown key; expected one of {}{}", join(known, ", "),
                          extensions ? " (or an x- extension key)" : "")
            : fmt::format("unknown key; did you mean \"{}\"?", suggestion);
    out.push_back({member.key_position, pointer_append(pointer, member.key), "unknown-key",
                   Severity::error, std::move(message)});
  }
}

std::string expected_types(const Node& type) {
  if (type.is_string()) return std::string(type_phrase(type.text));
  std::vector<std::string> words;
  for (const Node& item : type.items) words.emplace_back(type_phrase(item.text));
  return join(words, " or ");
}

Diagnostic explain_one(const RawSchemaError& error, const Node& record, const SchemaWalk& walk) {
  const std::string& text = error.description;
  const Node* value = resolve_pointer(record, error.pointer);
  const std::string found = value ? describe_value(*value) : std::string("nothing");
  const SchemaSet schemas = walk.at_pointer(record, error.pointer);
  Diagnostic d{position_at(record, error.pointer), error.pointer, "schema", Severity::error, text};

  if (starts_with(text, "Value type not permitted")) {
    d.rule = "type";
    const Node* type = SchemaWalk::keyword(schemas, "type");
    const Node* title = SchemaWalk::keyword(schemas, "title");
    std::string expected = type ? expected_types(*type) : std::string("another type");
    if (title && title->is_string() && type && type->is_string() && type->text == "object") {
      expected = fmt::format("{} (a mapping with {})", with_article(title->text),
                             join(walk.known_keys(schemas), ", "));
    } else if (title && type && type->is_string() && type->text == "string" &&
               (SchemaWalk::keyword(schemas, "examples") || SchemaWalk::keyword(schemas, "format"))) {
      // "a date like 2020-03-24" says more than "text"; "a location" would say less.
      expected = expected_phrase(schemas, expected);
    }
    d.message = fmt::format("expected {}, got {}", expected, found);
    if (value) {
      const Node* format = SchemaWalk::keyword(schemas, "format");
      const bool date = format && format->text == "date" &&
                        (value->kind == NodeKind::integer || value->kind == NodeKind::number);
      d.message += date ? date_hint(value->text)
                        : time_hint(*value, SchemaWalk::keyword(schemas, "pattern"));
    }
  } else if (starts_with(text, "Missing required property '")) {
    d.rule = "required";
    const std::string key = text.substr(27, text.size() - 27 - 2);
    d.message = fmt::format("missing required key \"{}\"", key);
  } else if (starts_with(text, "Failed to match against any enum values")) {
    d.rule = "enum";
    std::vector<std::string> allowed;
    if (const Node* values = SchemaWalk::keyword(schemas, "enum")) {
      for (const Node& item : values->items) allowed.push_back(item.text);
    }
    d.message = fmt::format("expected one of {}; got {}", join(allowed, ", "), found);
    if (value && value->is_string()) {
      std::string suggestion = hinted_word(HintTable::values, value->text, allowed);
      if (suggestion.empty()) suggestion = nearest_word(value->text, allowed);
      if (!suggestion.empty()) d.message += fmt::format("; did you mean \"{}\"?", suggestion);
    }
  } else if (starts_with(text, "Expected number greater than or equal to") ||
             starts_with(text, "Expected number greater than")) {
    d.rule = "minimum";
    const bool exclusive = !starts_with(text, "Expected number greater than or equal to");
    const Node* bound = SchemaWalk::keyword(schemas, exclusive ? "exclusiveMinimum" : "minimum");
    const Node* type = SchemaWalk::keyword(schemas, "type");
    d.message = fmt::format("expected {} {} {}, got {}",
                            type ? expected_types(*type) : std::string("a number"),
                            exclusive ? ">" : "≥", bound ? number_text(*bound) : "?", found);
  } else if (starts_with(text, "Expected number less than")) {
    d.rule = "maximum";
    const bool exclusive = !starts_with(text, "Expected number less than or equal to");
    const Node* bound = SchemaWalk::keyword(schemas, exclusive ? "exclusiveMaximum" : "maximum");
    const Node* type = SchemaWalk::keyword(schemas, "type");
    d.message = fmt::format("expected {} {} {}, got {}",
                            type ? expected_types(*type) : std::string("a number"),
                            exclusive ? "<" : "≤", bound ? number_text(*bound) : "?", found);
  } else if (starts_with(text, "String should be no fewer than")) {
    d.rule = "min-length";
    const Node* bound = SchemaWalk::keyword(schemas, "minLength");
    d.message = bound && bound->integer == 1
                    ? fmt::format("expected non-empty text, got {}", found)
                    : fmt::format("expected text of at least {} characters, got {}",
                                  bound ? number_text(*bound) : "?", found);
  } else if (starts_with(text, "String should be no more than")) {
    d.rule = "max-length";
    const Node* bound = SchemaWalk::keyword(schemas, "maxLength");
    // maxLength counts characters (code points), so the message does too, not bytes.
    const std::size_t characters =
        value ? static_cast<std::size_t>(std::count_if(value->text.begin(), value->text.end(),
                                                       [](char c) { return (c & 0xC0) != 0x80; }))
              : 0;
    d.message = fmt::format("text too long: at most {} characters allowed, got {}",
                            bound ? number_text(*bound) : "?", characters);
  } else if (starts_with(text, "Array should contain no more than")) {
    d.rule = "max-items";
    const Node* bound = SchemaWalk::keyword(schemas, "maxItems");
    d.message = fmt::format("too many items: at most {} allowed, got {}",
                            bound ? number_text(*bound) : "?", value ? value->items.size() : 0);
  } else if (starts_with(text, "Array should contain no fewer than")) {
    d.rule = "min-items";
    const Node* bound = SchemaWalk::keyword(schemas, "minItems");
    d.message = fmt::format("too few items: at least {} needed, got {}",
                            bound ? number_text(*bound) : "?", value ? value->items.size() : 0);
  } else if (starts_with(text, "Failed to match regex specified by 'pattern'")) {
    d.rule = "pattern";
    const Node* pattern = SchemaWalk::keyword(schemas, "pattern");
    d.message = fmt::format("expected {}, got {}",
                            expected_phrase(schemas, fmt::format("text matching /{}/",
                                                                 pattern ? pattern->text : "")),
                            found);
    if (value) d.message += time_hint(*value, pattern);
  } else if (starts_with(text, "Failed to match expected value set by 'const'")) {
    d.rule = "const";
    const Node* expected = SchemaWalk::keyword(schemas, "const");
    d.message = fmt::format("expected {}, got {}",
                            expected ? describe_value(*expected) : std::string("a fixed value"), found);
  } else if (starts_with(text, "Elements at indexes")) {
    d.rule = "unique-items";
    d.message = "the list holds the same item twice";
  }
  return d;
}

bool is_wrapper(std::string_view text) {
  return starts_with(text, "Failed to validate against schema associated with") ||
         starts_with(text, "Failed to validate item #") ||
         starts_with(text, "Failed to validate against child schema") ||
         starts_with(text, "Failed to validate against additional") ||
         starts_with(text, "Failed to validate against a conditional schema") ||
         starts_with(text, "Failed to validate against dependent schema") ||
         starts_with(text, "Cannot validate item #");
}

bool is_alternatives_summary(std::string_view text) {
  return starts_with(text, "Failed to validate against any") ||
         starts_with(text, "Failed to validate against exactly one child schema");
}

}  // namespace

std::string expected_phrase(const SchemaSet& schemas, std::string_view fallback) {
  const Node* title = SchemaWalk::keyword(schemas, "title");
  const Node* examples = SchemaWalk::keyword(schemas, "examples");
  if (!title || !title->is_string()) return std::string(fallback);
  std::string phrase = with_article(title->text);
  if (examples && !examples->items.empty()) {
    // "time (HH:MM, 24-hour)" reads best with the example before the parenthesis.
    const std::size_t paren = phrase.find(" (");
    const std::string example = fmt::format(" like {}", examples->items.front().text);
    phrase.insert(paren == std::string::npos ? phrase.size() : paren, example);
  }
  return phrase;
}

Diagnostics explain_schema_errors(const std::vector<RawSchemaError>& errors, const Node& record,
                                  const SchemaWalk& walk) {
  std::vector<std::string> alternatives;
  for (const RawSchemaError& error : errors) {
    if (is_alternatives_summary(error.description)) alternatives.push_back(error.pointer);
  }
  Diagnostics out;
  std::set<std::string> closed_objects;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (const RawSchemaError& error : errors) {
    const std::string_view text = error.description;
    if (is_wrapper(text)) continue;
    if (is_alternatives_summary(text)) {
      const Node* value = resolve_pointer(record, error.pointer);
      out.push_back({position_at(record, error.pointer), error.pointer, "one-of", Severity::error,
                     fmt::format("matches none of the allowed forms, got {}",
                                 value ? describe_value(*value) : std::string("nothing"))});
      continue;
    }
    if (std::any_of(alternatives.begin(), alternatives.end(),
                    [&](const std::string& base) { return is_at_or_under(error.pointer, base); })) {
      continue;
    }
    if (starts_with(text, "Object contains a property that could not be validated")) {
      if (closed_objects.insert(error.pointer).second) {
        report_unknown_keys(record, error.pointer, walk, out);
      }
      continue;
    }
    Diagnostic d = explain_one(error, record, walk);
    if (seen.emplace(d.pointer, d.rule, d.message).second) out.push_back(std::move(d));
  }
  return out;
}

namespace {

void check_formats_in(const Node& node, const std::string& pointer, const SchemaSet& schemas,
                      const SchemaWalk& walk, Diagnostics& out) {
  if (!walk.may_reach_format(schemas)) return;
  if (node.is_string()) {
    const Node* format = SchemaWalk::keyword(schemas, "format");
    if (format && format->text == "date") {
      const auto date = parse_date(node.text);
      if (!date && date.error().problem == DateProblem::shape) {
        out.push_back({node.position, pointer, "format", Severity::error,
                       fmt::format("expected {}, got {}{}",
                                   expected_phrase(schemas, "a date like 2020-03-24"),
                                   describe_value(node), date_hint(node.text))});
      } else if (!date) {
        out.push_back({node.position, pointer, "date", Severity::error,
                       fmt::format("{} is not a calendar date: {}", node.text, date.error().reason)});
      }
    }
    return;
  }
  if (node.kind == NodeKind::mapping) {
    for (const Member& member : node.members) {
      check_formats_in(member.value, pointer_append(pointer, member.key),
                       walk.for_member(schemas, member.key, member.value), walk, out);
    }
  } else if (node.kind == NodeKind::sequence) {
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      check_formats_in(node.items[i], pointer_append(pointer, i),
                       walk.for_item(schemas, i, node.items[i]), walk, out);
    }
  }
}

}  // namespace

void check_formats(const Node& record, const SchemaWalk& walk, Diagnostics& out) {
  check_formats_in(record, "", walk.at_root(record), walk, out);
}

}  // namespace minutes::detail
