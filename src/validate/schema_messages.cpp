#include "validate/schema_messages.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "minutes/dates.hpp"
#include "minutes/suggest.hpp"
#include "minutes/translate.hpp"
#include "validate/hints.hpp"

namespace minutes::detail {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.starts_with(prefix); }

// The titles of the built-in schema that messages name ("expected a decision (a mapping with
// ...)", "expected a date like 2020-03-24"), each with its article, to be translated whole: the
// article depends on the noun in every language (en dato, et klokkeslett; ein Beschluss). A
// unit test keeps this list complete for the built-in schema.
struct TitlePhrase {
  std::string_view title;
  const char* phrase;
};
constexpr TitlePhrase k_title_phrases[] = {
    {"action", tr_noop("an action")},
    {"agenda item", tr_noop("an agenda item")},
    {"answer", tr_noop("an answer")},
    {"attachment", tr_noop("an attachment")},
    {"date", tr_noop("a date")},
    {"decision", tr_noop("a decision")},
    {"group", tr_noop("a group")},
    {"language tag", tr_noop("a language tag")},
    {"meeting record", tr_noop("a meeting record")},
    {"next meeting", tr_noop("a next meeting")},
    {"person", tr_noop("a person")},
    {"question", tr_noop("a question")},
    // TRANSLATORS: keep the parenthesis at the end: " like 18:00" goes in before it.
    {"time (HH:MM, 24-hour)", tr_noop("a time (HH:MM, 24-hour)")},
    {"time zone", tr_noop("a time zone")},
    {"votes", tr_noop("votes")},
    {"workshop", tr_noop("a workshop")},
};

}  // namespace

const char* title_phrase(std::string_view title) {
  for (const TitlePhrase& entry : k_title_phrases) {
    if (entry.title == title) return entry.phrase;
  }
  return nullptr;
}

namespace {

std::string with_article(std::string_view noun) {
  if (noun.empty()) return {};
  if (const char* phrase = title_phrase(noun)) return tr(phrase);
  // A title of the user's own schema (--schema): English, as the schema is written.
  const bool vowel = std::string_view("aeiouAEIOU").find(noun[0]) != std::string_view::npos;
  return fmt::format("{} {}", vowel ? "an" : "a", noun);
}

// TRANSLATORS: what a JSON Schema type stands for, in "expected a whole number, got "many"".
std::string type_phrase(std::string_view type) {
  if (type == "string") return tr("text");
  if (type == "integer") return tr("a whole number");
  if (type == "number") return tr("a number");
  if (type == "boolean") return tr("true or false");
  if (type == "array") return tr("a list");
  if (type == "object") return tr("a mapping (key: value lines)");
  if (type == "null") return tr("nothing");
  return std::string(type);
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
  // TRANSLATORS: the hints below are added to "expected a date like 2020-03-24, got 25.02.2020"
  // or "expected a time like 18:00 (HH:MM, 24-hour), got 21.00"; {} is the value to write.
  if (real.size() == 1) return tr_format("; write {}", real[0]);
  if (real.size() == 2) {
    return tr_format("; write {0} if the day comes first, {1} if the month does", real[0], real[1]);
  }
  // TRANSLATORS: {} says why, such as "February 2021 has 28 days".
  if (!reason.empty()) return tr_format(", which is not a calendar date: {}", reason);
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
    return number ? tr_format(", which YAML reads as a number; write \"{}\" in quotes", written)
                  : tr_format("; write \"{}\"", written);
  }
  if (const auto span = read_written_time_span(value.text)) {
    const std::string start = format_time(span->start);
    const std::string end = format_time(span->end);
    if (!pattern_matches(pattern->text, start) || !pattern_matches(pattern->text, end)) return {};
    // TRANSLATORS: keep start: and end:, the record's keys.
    return tr_format("; write start: \"{0}\" and end: \"{1}\" as two keys", start, end);
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
    // TRANSLATORS: {} is the list of keys allowed there (title, date, ...), which stay English.
    std::string message =
        !suggestion.empty() ? tr_format("unknown key; did you mean \"{}\"?", suggestion)
        : extensions        ? tr_format("unknown key; expected one of {} (or an x- extension key)",
                                        join(known, ", "))
                            : tr_format("unknown key; expected one of {}", join(known, ", "));
    out.push_back({member.key_position, pointer_append(pointer, member.key), "unknown-key",
                   Severity::error, std::move(message)});
  }
}

std::string expected_types(const Node& type) {
  if (type.is_string()) return type_phrase(type.text);
  std::string words;
  for (const Node& item : type.items) {
    // TRANSLATORS: two kinds of value a key allows: "text or a number".
    words = words.empty() ? type_phrase(item.text)
                          : tr_format("{0} or {1}", words, type_phrase(item.text));
  }
  return words;
}

Diagnostic explain_one(const RawSchemaError& error, const Node& record, const SchemaWalk& walk) {
  const std::string& text = error.description;
  const Node* value = resolve_pointer(record, error.pointer);
  const std::string found = value ? describe_value(*value) : std::string(tr("nothing"));
  const SchemaSet schemas = walk.at_pointer(record, error.pointer);
  Diagnostic d{position_at(record, error.pointer), error.pointer, "schema", Severity::error, text};

  if (starts_with(text, "Value type not permitted")) {
    d.rule = "type";
    const Node* type = SchemaWalk::keyword(schemas, "type");
    const Node* title = SchemaWalk::keyword(schemas, "title");
    std::string expected = type ? expected_types(*type) : std::string(tr("another type"));
    if (title && title->is_string() && type && type->is_string() && type->text == "object") {
      // TRANSLATORS: {0} is what is expected ("a decision"), {1} its keys (id, text, votes).
      expected = tr_format("{0} (a mapping with {1})", with_article(title->text),
                           join(walk.known_keys(schemas), ", "));
    } else if (title && type && type->is_string() && type->text == "string" &&
               (SchemaWalk::keyword(schemas, "examples") || SchemaWalk::keyword(schemas, "format"))) {
      // "a date like 2020-03-24" says more than "text"; "a location" would say less.
      expected = expected_phrase(schemas, expected);
    }
    // TRANSLATORS: {0} is what the format expects ("a date like 2020-03-24"), {1} what was
    // found there ("next friday" in quotes, or "a list").
    d.message = tr_format("expected {0}, got {1}", expected, found);
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
    d.message = tr_format("missing required key \"{}\"", key);
  } else if (starts_with(text, "Failed to match against any enum values")) {
    d.rule = "enum";
    std::vector<std::string> allowed;
    if (const Node* values = SchemaWalk::keyword(schemas, "enum")) {
      for (const Node& item : values->items) allowed.push_back(item.text);
    }
    // TRANSLATORS: {0} is the list of allowed values (draft, approved), which stay English.
    d.message = tr_format("expected one of {0}; got {1}", join(allowed, ", "), found);
    if (value && value->is_string()) {
      std::string suggestion = hinted_word(HintTable::values, value->text, allowed);
      if (suggestion.empty()) suggestion = nearest_word(value->text, allowed);
      if (!suggestion.empty()) d.message += tr_format("; did you mean \"{}\"?", suggestion);
    }
  } else if (starts_with(text, "Expected number greater than or equal to") ||
             starts_with(text, "Expected number greater than")) {
    d.rule = "minimum";
    const bool exclusive = !starts_with(text, "Expected number greater than or equal to");
    const Node* bound = SchemaWalk::keyword(schemas, exclusive ? "exclusiveMinimum" : "minimum");
    const Node* type = SchemaWalk::keyword(schemas, "type");
    // TRANSLATORS: {0} is a kind of number ("a whole number"), {1} a sign such as ≥, {2} the
    // bound, {3} what was found: "expected a whole number ≥ 1, got 0".
    d.message = tr_format("expected {0} {1} {2}, got {3}",
                          type ? expected_types(*type) : std::string(tr("a number")),
                          exclusive ? ">" : "≥", bound ? number_text(*bound) : "?", found);
  } else if (starts_with(text, "Expected number less than")) {
    d.rule = "maximum";
    const bool exclusive = !starts_with(text, "Expected number less than or equal to");
    const Node* bound = SchemaWalk::keyword(schemas, exclusive ? "exclusiveMaximum" : "maximum");
    const Node* type = SchemaWalk::keyword(schemas, "type");
    d.message = tr_format("expected {0} {1} {2}, got {3}",
                          type ? expected_types(*type) : std::string(tr("a number")),
                          exclusive ? "<" : "≤", bound ? number_text(*bound) : "?", found);
  } else if (starts_with(text, "String should be no fewer than")) {
    d.rule = "min-length";
    const Node* bound = SchemaWalk::keyword(schemas, "minLength");
    d.message = bound && bound->integer == 1
                    ? tr_format("expected non-empty text, got {}", found)
                    : tr_format("expected text of at least {} characters, got {}",
                                bound ? number_text(*bound) : "?", found);
  } else if (starts_with(text, "String should be no more than")) {
    d.rule = "max-length";
    const Node* bound = SchemaWalk::keyword(schemas, "maxLength");
    // maxLength counts characters (code points), so the message does too, not bytes.
    const std::size_t characters =
        value ? static_cast<std::size_t>(std::count_if(value->text.begin(), value->text.end(),
                                                       [](char c) { return (c & 0xC0) != 0x80; }))
              : 0;
    d.message = tr_format("text too long: at most {} characters allowed, got {}",
                          bound ? number_text(*bound) : "?", characters);
  } else if (starts_with(text, "Array should contain no more than")) {
    d.rule = "max-items";
    const Node* bound = SchemaWalk::keyword(schemas, "maxItems");
    d.message = tr_format("too many items: at most {} allowed, got {}",
                          bound ? number_text(*bound) : "?", value ? value->items.size() : 0);
  } else if (starts_with(text, "Array should contain no fewer than")) {
    d.rule = "min-items";
    const Node* bound = SchemaWalk::keyword(schemas, "minItems");
    d.message = tr_format("too few items: at least {} needed, got {}",
                          bound ? number_text(*bound) : "?", value ? value->items.size() : 0);
  } else if (starts_with(text, "Failed to match regex specified by 'pattern'")) {
    d.rule = "pattern";
    const Node* pattern = SchemaWalk::keyword(schemas, "pattern");
    // TRANSLATORS: {} is a regular expression, which stays as it is.
    const std::string matching = tr_format("text matching /{}/", pattern ? pattern->text : "");
    d.message = tr_format("expected {0}, got {1}", expected_phrase(schemas, matching), found);
    if (value) d.message += time_hint(*value, pattern);
  } else if (starts_with(text, "Failed to match expected value set by 'const'")) {
    d.rule = "const";
    const Node* expected = SchemaWalk::keyword(schemas, "const");
    d.message =
        tr_format("expected {0}, got {1}",
                  expected ? describe_value(*expected) : std::string(tr("a fixed value")), found);
  } else if (starts_with(text, "Elements at indexes")) {
    d.rule = "unique-items";
    d.message = tr("the list holds the same item twice");
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
    // TRANSLATORS: goes after "a date" or "a time": "a date like 2020-03-24"; {} is the example.
    const std::string example = tr_format(" like {}", examples->items.front().text);
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
                     tr_format("matches none of the allowed forms, got {}",
                               value ? describe_value(*value) : std::string(tr("nothing")))});
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
                       tr_format("expected {0}, got {1}",
                                 expected_phrase(schemas, tr("a date like 2020-03-24")),
                                 describe_value(node)) +
                           date_hint(node.text)});
      } else if (!date) {
        out.push_back(
            {node.position, pointer, "date", Severity::error,
             // TRANSLATORS: {0} is the date as written, {1} why it is not one.
             tr_format("{0} is not a calendar date: {1}", node.text, date.error().reason)});
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
