#include "minutes/schema.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "minutes/tree.hpp"
#include "test_files.hpp"
#include "validate/schema_messages.hpp"

using minutes::Schema;
using minutes::test::TempDir;

namespace {

// "line:column pointer rule: message" for each diagnostic, in document order.
std::string render(minutes::Diagnostics diagnostics) {
  minutes::sort_in_document_order(diagnostics);
  std::string out;
  for (const minutes::Diagnostic& d : diagnostics) {
    CHECK(d.severity == minutes::Severity::error);
    out += fmt::format("{}:{} {} {}: {}\n", d.position.line, d.position.column,
                       d.pointer.empty() ? "-" : d.pointer, d.rule, d.message);
  }
  return out;
}

// Validates a YAML text that parses cleanly against `schema`.
std::string validate(const Schema& schema, std::string_view text) {
  const minutes::ParsedDocument parsed = minutes::parse_yaml(text);
  REQUIRE(parsed.diagnostics.empty());
  REQUIRE(parsed.root.has_value());
  return render(schema.validate(*parsed.root));
}

// Validates a record with the built-in schema; `rest` follows a valid title and date.
std::string validate_record(std::string_view rest) {
  return validate(Schema::builtin(), fmt::format("title: Weekly sync\ndate: 2024-05-02\n{}", rest));
}

const std::string k_top_level_keys =
    "title, date, start, end, timezone, location, organizer, language, status, revision, "
    "summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops";

}  // namespace

TEST_CASE("the built-in schema accepts a minimal record and the full set of fields") {
  CHECK(validate_record("") == "");
  CHECK(
      validate_record(
          "start: \"18:00\"\nend: \"21:00\"\nlocation: Rådhuset\norganizer: Kommunen\n"
          "language: nb\nstatus: approved\nsummary: Kort.\n"
          "participants:\n  - name: Ada\n    role: chair\n    organization: Org\n"
          "    status: regrets\n    on_behalf_of: Bo\n  - group: næringslivet\n    count: 32\n"
          "    note: flere enn påmeldt\n"
          "agenda:\n  - title: Welcome\n    presenter: Ada\n    notes: \"*hi*\"\n"
          "decisions:\n  - Plain text decision\n  - id: D-1\n    text: Object decision\n"
          "    votes: {for: 3, against: 0, abstain: 1}\n"
          "actions:\n  - id: A-1\n    task: Do it\n    owner: Bo\n    due: 2024-05-10\n"
          "    status: done\n"
          "attachments:\n  - title: Slides\n    href: https://example.org/slides.pdf\n"
          "next_meeting:\n  title: Next\n  date: 2024-06-01\n  start: \"09:00\"\n"
          "  end: \"10:00\"\n  location: Online\n"
          "workshops:\n  - title: W\n    questions:\n      - prompt: Why?\n        columns: 2\n"
          "        answers:\n          - Because\n          - text: Tagged\n            votes: 2\n"
          "            tags: [a, b]\n") == "");
}

TEST_CASE("unknown keys: every one is reported, with a suggestion when one is close") {
  CHECK(validate_record("locaton: Room 2.14\n"
                        "chair: Ada Brennan\n"
                        "minute_taker: Jonas Weber\n"
                        "participants:\n"
                        "  - name: Ada\n"
                        "    rol: chair\n"
                        "  - group: Volunteers\n"
                        "    count: 2\n"
                        "    notes: n\n"
                        "actions:\n"
                        "  - task: t\n"
                        "    assignee: Bo\n"
                        "    du: 2024-05-10\n") ==
        "3:1 /locaton unknown-key: unknown key; did you mean \"location\"?\n"
        "4:1 /chair unknown-key: unknown key; expected one of " +
            k_top_level_keys +
            " (or an x- extension key)\n"
            "5:1 /minute_taker unknown-key: unknown key; expected one of " +
            k_top_level_keys +
            " (or an x- extension key)\n"
            "8:5 /participants/0/rol unknown-key: unknown key; did you mean \"role\"?\n"
            "11:5 /participants/1/notes unknown-key: unknown key; did you mean \"note\"?\n"
            "14:5 /actions/0/assignee unknown-key: unknown key; did you mean \"owner\"?\n"
            "15:5 /actions/0/du unknown-key: unknown key; did you mean \"due\"?\n");
}

TEST_CASE("unknown keys: a person and a group each have their own keys") {
  CHECK(validate_record("participants:\n"
                        "  - name: Ada\n"
                        "    count: 3\n"
                        "  - {group: G, count: 2, name: B}\n") ==
        "5:5 /participants/0/count unknown-key: unknown key; expected one of name, role, "
        "organization, status, on_behalf_of (or an x- extension key)\n"
        "6:26 /participants/1/name unknown-key: unknown key; expected one of group, count, note "
        "(or an x- extension key)\n");
}

TEST_CASE("x- extension keys are allowed at every level") {
  CHECK(
      validate_record("x-top: 1\n"
                      "participants:\n  - {name: Ada, x-p: 1}\n  - {group: G, count: 1, x-g: [1]}\n"
                      "agenda:\n  - {title: A, x-a: {deep: true}}\n"
                      "decisions:\n  - {text: D, x-d: 1, votes: {for: 1, x-v: 1}}\n"
                      "actions:\n  - {task: T, x-tracker: https://example.org/1}\n"
                      "attachments:\n  - {title: S, x-s: 1}\n"
                      "next_meeting: {date: 2024-06-01, x-n: 1}\n"
                      "workshops:\n  - title: W\n    x-w: 1\n    questions:\n"
                      "      - prompt: P\n        x-q: 1\n        answers:\n"
                      "          - {text: A, x-ans: 1}\n") == "");
  CHECK(validate_record("X-upper: 1\nx_underscore: 2\n") ==
        "3:1 /X-upper unknown-key: unknown key; expected one of " + k_top_level_keys +
            " (or an x- extension key)\n"
            "4:1 /x_underscore unknown-key: unknown key; expected one of " +
            k_top_level_keys + " (or an x- extension key)\n");
}

TEST_CASE("missing required keys") {
  SUBCASE("title and date") {
    CHECK(validate(Schema::builtin(), "location: x\n") ==
          "1:1 - required: missing required key \"date\"\n"
          "1:1 - required: missing required key \"title\"\n");
    CHECK(validate(Schema::builtin(), "title: x\n") ==
          "1:1 - required: missing required key \"date\"\n");
  }
  SUBCASE("in nested objects, placed at the object") {
    CHECK(validate_record("participants:\n  - role: chair\n  - group: G\n"
                          "actions:\n  - owner: A\n"
                          "next_meeting:\n  location: x\n"
                          "workshops:\n  - questions:\n      - columns: 2\n") ==
          "4:5 /participants/0 required: missing required key \"name\"\n"
          "5:5 /participants/1 required: missing required key \"count\"\n"
          "7:5 /actions/0 required: missing required key \"task\"\n"
          "9:3 /next_meeting required: missing required key \"date\"\n"
          "11:5 /workshops/0 required: missing required key \"title\"\n"
          "12:9 /workshops/0/questions/0 required: missing required key \"prompt\"\n");
  }
}

TEST_CASE("wrong types are named with what was expected and what was found") {
  SUBCASE("text") {
    CHECK(validate(Schema::builtin(), "title: 2024\ndate: 2024-05-02\n") ==
          "1:8 /title type: expected text, got 2024\n");
  }
  SUBCASE("null, written or left empty") {
    CHECK(validate(Schema::builtin(), "title: ~\ndate:\nlocation: null\n") ==
          "1:8 /title type: expected text, got null (~)\n"
          "2:1 /date type: expected a date like 2020-03-24, got nothing\n"
          "3:11 /location type: expected text, got null (null)\n");
  }
  SUBCASE("a count") {
    CHECK(validate_record("participants:\n  - group: Volunteers\n    count: many\n") ==
          "5:12 /participants/0/count type: expected a whole number, got \"many\"\n");
    CHECK(validate_record("participants:\n  - group: Volunteers\n    count: 2.5\n") ==
          "5:12 /participants/0/count type: expected a whole number, got 2.5\n");
  }
  SUBCASE("columns given as a quoted number") {
    CHECK(validate_record("workshops:\n  - title: W\n    questions:\n      - prompt: P\n"
                          "        columns: \"4\"\n") ==
          "7:18 /workshops/0/questions/0/columns type: expected a whole number, got \"4\"\n");
  }
  SUBCASE("votes below zero and not a number") {
    CHECK(validate_record(
              "decisions:\n  - text: D\n    votes: {for: -1, against: x, abstain: 0}\n") ==
          "5:18 /decisions/0/votes/for minimum: expected a whole number ≥ 0, got -1\n"
          "5:31 /decisions/0/votes/against type: expected a whole number, got \"x\"\n");
  }
  SUBCASE("a status outside the enum, with a suggestion") {
    CHECK(validate_record("status: Approved\n") ==
          "3:9 /status enum: expected one of draft, approved; got \"Approved\"; did you mean "
          "\"approved\"?\n");
    CHECK(validate_record("status: pending\n") ==
          "3:9 /status enum: expected one of draft, approved; got \"pending\"\n");
    CHECK(validate_record("actions:\n  - task: t\n    status: Done\n") ==
          "5:13 /actions/0/status enum: expected one of open, done, cancelled; got \"Done\"; did "
          "you mean \"done\"?\n");
    CHECK(validate_record("status: true\n") ==
          "3:9 /status enum: expected one of draft, approved; got true\n");
  }
  SUBCASE("language: no is the language tag for Norwegian, not false") {
    CHECK(validate_record("language: no\n") == "");
    CHECK(validate_record("language: false\n") ==
          "3:11 /language type: expected a language tag like nb, got false\n");
    CHECK(validate_record("language: Norwegian\n") ==
          "3:11 /language pattern: expected a language tag like nb, got \"Norwegian\"\n");
  }
  SUBCASE("a list given as text or as a mapping") {
    CHECK(validate_record("decisions: we agreed\nactions: {task: x}\n") ==
          "3:12 /decisions type: expected a list, got \"we agreed\"\n"
          "4:10 /actions type: expected a list, got a mapping\n");
  }
  SUBCASE("a mapping given as text") {
    CHECK(validate_record("next_meeting: 2024-06-01\n") ==
          "3:15 /next_meeting type: expected a next meeting (a mapping with title, date, start, "
          "end, location), got \"2024-06-01\"\n");
  }
  SUBCASE("a participant that is neither a person nor a group") {
    CHECK(validate_record("participants:\n  - Ada\n  - 42\n") ==
          "4:5 /participants/0 type: expected a person (a mapping with name, role, organization, "
          "status, on_behalf_of), got \"Ada\"\n"
          "5:5 /participants/1 type: expected a person (a mapping with name, role, organization, "
          "status, on_behalf_of), got 42\n");
  }
  SUBCASE("a count out of range") {
    CHECK(
        validate_record("participants:\n  - {group: A, count: 0}\n  - {group: B, count: 1000001}\n"
                        "workshops:\n  - title: W\n    questions:\n"
                        "      - {prompt: P, columns: 13}\n      - {prompt: Q, columns: 0}\n") ==
        "4:23 /participants/0/count minimum: expected a whole number ≥ 1, got 0\n"
        "5:23 /participants/1/count maximum: expected a whole number ≤ 1000000, got 1000001\n"
        "9:30 /workshops/0/questions/0/columns maximum: expected a whole number ≤ 12, got 13\n"
        "10:30 /workshops/0/questions/1/columns minimum: expected a whole number ≥ 1, got 0\n");
  }
}

TEST_CASE("dates: the wrong shape is a format error, an impossible day a date error") {
  CHECK(validate(Schema::builtin(), "title: T\ndate: next friday\n") ==
        "2:7 /date format: expected a date like 2020-03-24, got \"next friday\"\n");
  CHECK(validate(Schema::builtin(), "title: T\ndate: 2021-02-29\n") ==
        "2:7 /date date: 2021-02-29 is not a calendar date: February 2021 has 28 days\n");
  CHECK(validate(Schema::builtin(), "title: T\ndate: 25.02.2020\n") ==
        "2:7 /date format: expected a date like 2020-03-24, got \"25.02.2020\"; write 2020-02-25\n");
  CHECK(validate(Schema::builtin(), "title: T\ndate: \"2020-02-29\"\n") == "");
  CHECK(validate_record("actions:\n  - task: t\n    due: 2024-13-01\n"
                        "next_meeting:\n  date: 2024-04-31\n") ==
        "5:10 /actions/0/due date: 2024-13-01 is not a calendar date: there is no month 13\n"
        "7:9 /next_meeting/date date: 2024-04-31 is not a calendar date: April 2024 has 30 days\n");
}

TEST_CASE("times must be HH:MM on a 24-hour clock") {
  CHECK(validate_record("start: \"25:00\"\nend: 9:00\n") ==
        "3:8 /start pattern: expected a time like 18:00 (HH:MM, 24-hour), got \"25:00\"\n"
        "4:6 /end pattern: expected a time like 18:00 (HH:MM, 24-hour), got \"9:00\"; write "
        "\"09:00\"\n");
  CHECK(validate_record("start: 18:00\nend: \"23:59\"\n") == "");
  CHECK(validate_record("next_meeting:\n  date: 2024-06-01\n  start: \"24:00\"\n") ==
        "5:10 /next_meeting/start pattern: expected a time like 18:00 (HH:MM, 24-hour), got "
        "\"24:00\"\n");
}

TEST_CASE("decisions may be text or objects") {
  CHECK(validate_record(
            "decisions:\n  - The agenda was approved.\n  - id: D-1\n    text: Budget\n") == "");
  CHECK(validate_record(
            "decisions:\n  - \"\"\n  - {id: D-2}\n  - 42\n  - {text: T, vote: {for: 1}}\n") ==
        "4:5 /decisions/0 min-length: expected non-empty text, got \"\"\n"
        "5:5 /decisions/1 required: missing required key \"text\"\n"
        "6:5 /decisions/2 type: expected a decision (a mapping with id, text, votes), got 42\n"
        "7:15 /decisions/3/vote unknown-key: unknown key; did you mean \"votes\"?\n");
}

TEST_CASE("answers may be text or objects with votes and tags") {
  CHECK(validate_record("workshops:\n  - title: W\n    questions:\n      - prompt: P\n"
                        "        answers:\n"
                        "          - plain\n"
                        "          - {text: obj, votes: 2, tags: [a, 3, \"\"]}\n"
                        "          - {votes: 1}\n"
                        "          - 7\n"
                        "          - {text: t, tag: [x]}\n") ==
        "9:45 /workshops/0/questions/0/answers/1/tags/1 type: expected text, got 3\n"
        "9:48 /workshops/0/questions/0/answers/1/tags/2 min-length: expected non-empty text, got "
        "\"\"\n"
        "10:13 /workshops/0/questions/0/answers/2 required: missing required key \"text\"\n"
        "11:13 /workshops/0/questions/0/answers/3 type: expected an answer (a mapping with text, "
        "votes, tags), got 7\n"
        "12:23 /workshops/0/questions/0/answers/4/tag unknown-key: unknown key; did you mean "
        "\"tags\"?\n");
}

TEST_CASE("maxLength counts characters") {
  CHECK(validate(Schema::builtin(), "title: " + std::string(200, 'x') + "\ndate: 2024-05-02\n") ==
        "");
  CHECK(validate(Schema::builtin(), "title: " + std::string(201, 'x') + "\ndate: 2024-05-02\n") ==
        "1:8 /title max-length: text too long: at most 200 characters allowed, got 201\n");
  std::string norwegian_200;
  for (int i = 0; i < 200; ++i) norwegian_200 += "æ";  // 400 bytes, 200 characters
  CHECK(validate(Schema::builtin(), "title: " + norwegian_200 + "\ndate: 2024-05-02\n") == "");
  CHECK(validate(Schema::builtin(), "title: " + norwegian_200 + "ø\ndate: 2024-05-02\n") ==
        "1:8 /title max-length: text too long: at most 200 characters allowed, got 201\n");
}

TEST_CASE("Schema::from_text compiles a user's schema, JSON or YAML") {
  SUBCASE("JSON with a local $ref and a date format") {
    const auto schema = Schema::from_text(
        R"({"type": "object",
            "properties": {"n": {"$ref": "#/definitions/positive"},
                           "when": {"type": "string", "format": "date"}},
            "additionalProperties": false,
            "required": ["n"],
            "definitions": {"positive": {"type": "integer", "minimum": 1}}})",
        ".");
    REQUIRE(schema.has_value());
    CHECK(validate(*schema, "n: 3\nwhen: 2024-02-29\n") == "");
    CHECK(validate(*schema, "n: 0\nwhen: 2021-02-30\nnumber: 1\n") ==
          "1:4 /n minimum: expected a whole number ≥ 1, got 0\n"
          "2:7 /when date: 2021-02-30 is not a calendar date: February 2021 has 28 days\n"
          "3:1 /number unknown-key: unknown key; expected one of n, when\n");
    CHECK(validate(*schema, "n: 1\nx-extension: 1\n") ==
          "2:1 /x-extension unknown-key: unknown key; expected one of n, when\n");
    CHECK(validate(*schema, "when: soon\n") ==
          "1:1 - required: missing required key \"n\"\n"
          "1:7 /when format: expected a date like 2020-03-24, got \"soon\"\n");
  }
  SUBCASE("YAML") {
    const auto schema = Schema::from_text(
        "type: object\n"
        "properties:\n"
        "  name: {type: string, maxLength: 3}\n"
        "  kind: {enum: [red, green]}\n"
        "required: [name]\n",
        ".");
    REQUIRE(schema.has_value());
    CHECK(validate(*schema, "name: abc\nkind: red\nother: 1\n") ==
          "");  // open: no additionalProperties
    CHECK(validate(*schema, "name: abcd\nkind: gren\n") ==
          "1:7 /name max-length: text too long: at most 3 characters allowed, got 4\n"
          "2:7 /kind enum: expected one of red, green; got \"gren\"; did you mean \"green\"?\n");
  }
  SUBCASE("schemas that are not schemas") {
    const auto list = Schema::from_text("[1, 2]", ".");
    REQUIRE_FALSE(list.has_value());
    CHECK(list.error() == "schema: a schema must be a JSON/YAML object");
    const auto broken = Schema::from_text("{\"type\": \"object\",\n \"properties\": [\n", ".");
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error() ==
          "schema:3:1: a flow list \"[\" is not closed with \"]\" (it opens at line 2, column 16)");
    const auto bad_type = Schema::from_text("{\"type\": 12}", ".");
    REQUIRE_FALSE(bad_type.has_value());
    CHECK(bad_type.error().starts_with("invalid schema: "));
  }
  SUBCASE("a remote $ref is refused") {
    const auto http = Schema::from_text(
        R"({"type": "object", "properties": {"a": {"$ref": "http://example.org/a.json"}}})", ".");
    REQUIRE_FALSE(http.has_value());
    CHECK(http.error() ==
          "$ref to http://example.org/a.json refused: schemas are read from local files only");
    const auto no_scheme = Schema::from_text(
        R"({"type": "object", "properties": {"a": {"$ref": "//example.org/a.json#/x"}}})", ".");
    REQUIRE_FALSE(no_scheme.has_value());
    CHECK(no_scheme.error() ==
          "$ref to //example.org/a.json refused: schemas are read from local files only");
  }
}

TEST_CASE("Schema::from_file follows a $ref to a second file in the same folder") {
  const TempDir dir;
  dir.write("defs.yaml",
            "definitions:\n"
            "  colour: {type: string, enum: [red, green]}\n"
            "  day: {type: string, format: date}\n");
  const auto main_file = dir.write("main.json",
                                   R"({"type": "object",
          "properties": {"colour": {"$ref": "defs.yaml#/definitions/colour"},
                         "day": {"$ref": "defs.yaml#/definitions/day"}},
          "required": ["colour"]})");
  const auto schema = Schema::from_file(main_file);
  REQUIRE(schema.has_value());
  CHECK(validate(*schema, "colour: red\nday: 2024-02-29\n") == "");
  CHECK(validate(*schema, "colour: gren\nday: 2023-02-29\n") ==
        "1:9 /colour enum: expected one of red, green; got \"gren\"; did you mean \"green\"?\n"
        "2:6 /day date: 2023-02-29 is not a calendar date: February 2023 has 28 days\n");

  SUBCASE("a missing schema file") {
    const auto missing = Schema::from_file(dir.path() / "missing.json");
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error() ==
          (dir.path() / "missing.json").string() + ": No such file or directory");
  }
  SUBCASE("a $ref to a missing file names both files") {
    const auto broken =
        dir.write("broken.json", R"({"properties": {"p": {"$ref": "nope.json#/x"}}})");
    const auto result = Schema::from_file(broken);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error() == broken.string() + ": " + (dir.path() / "nope.json").string() +
                                ": No such file or directory");
  }
  SUBCASE("a syntax error is placed in the schema file") {
    const auto broken = dir.write("syntax.json", "{\"type\": \"object\",\n \"properties\": [\n");
    const auto result = Schema::from_file(broken);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error() == broken.string() +
                                ":3:1: a flow list \"[\" is not closed with \"]\" (it opens at "
                                "line 2, column 16)");
  }
}

TEST_CASE("the built-in schema text is the file in schemas/") {
  CHECK(minutes::builtin_schema_text() ==
        minutes::test::read_bytes(minutes::test::source_path("schemas/meeting.v1.schema.json")));
}

TEST_CASE("a date or time written as a number is told what shape is expected") {
  const minutes::ParsedDocument parsed =
      minutes::parse_yaml("title: x\ndate: 20240305\nstart: 1800\n");
  REQUIRE(parsed.root);
  const minutes::Diagnostics found = minutes::Schema::builtin().validate(*parsed.root);
  REQUIRE(found.size() == 2);
  CHECK(found[0].message == "expected a date like 2020-03-24, got 20240305; write 2024-03-05");
  CHECK(found[1].message ==
        "expected a time like 18:00 (HH:MM, 24-hour), got 1800, which YAML reads as a number; "
        "write \"18:00\" in quotes");
}

namespace {

// Titles of the built-in schema that a message can name with an article: objects ("expected a
// decision (a mapping with ...)") and text with examples, a format or a pattern ("a date like").
void collect_named_titles(const minutes::Node& node, std::vector<std::string>& titles) {
  if (node.kind == minutes::NodeKind::mapping) {
    const minutes::Node* title = node.find("title");
    const minutes::Node* type = node.find("type");
    const bool object = type && type->is_string() && type->text == "object";
    const bool described = node.find("examples") || node.find("format") || node.find("pattern");
    if (title && title->is_string() && (object || described)) titles.push_back(title->text);
    for (const minutes::Member& member : node.members) collect_named_titles(member.value, titles);
  } else if (node.kind == minutes::NodeKind::sequence) {
    for (const minutes::Node& item : node.items) collect_named_titles(item, titles);
  }
}

}  // namespace

TEST_CASE("every title of the built-in schema that a message names can be translated whole") {
  const minutes::ParsedDocument parsed = minutes::parse_yaml(minutes::builtin_schema_text());
  REQUIRE(parsed.root);
  std::vector<std::string> titles;
  collect_named_titles(*parsed.root, titles);
  CHECK(titles.size() >= 10);
  for (const std::string& title : titles) {
    INFO("title: ", title, " (add it to k_title_phrases in src/validate/schema_messages.cpp)");
    CHECK(minutes::detail::title_phrase(title) != nullptr);
  }
  CHECK(minutes::detail::title_phrase("no such title") == nullptr);
}
