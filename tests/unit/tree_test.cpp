#include "minutes/tree.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <chrono>
#include <string>

using minutes::Node;
using minutes::NodeKind;
using minutes::parse_yaml;
using minutes::ParsedDocument;
using minutes::Position;

namespace {

// "line:column pointer rule: message", one diagnostic a line, so a failure shows all of them.
std::string render(const minutes::Diagnostics& diagnostics) {
  std::string out;
  for (const minutes::Diagnostic& d : diagnostics) {
    out += fmt::format("{}:{} {} {}: {}\n", d.position.line, d.position.column,
                       d.pointer.empty() ? "-" : d.pointer, d.rule, d.message);
  }
  return out;
}

// Parses a text that has to be valid YAML for minutes.
Node parse_ok(std::string_view text) {
  ParsedDocument parsed = parse_yaml(text);
  INFO("diagnostics:\n", render(parsed.diagnostics));
  REQUIRE(parsed.diagnostics.empty());
  REQUIRE(parsed.root.has_value());
  return std::move(*parsed.root);
}

const Node& at(const Node& root, std::string_view pointer) {
  const Node* node = minutes::resolve_pointer(root, pointer);
  INFO("pointer: ", pointer);
  REQUIRE(node != nullptr);
  return *node;
}

std::string kind(const Node& node) { return std::string(minutes::kind_name(node.kind)); }

std::string repeat(std::string_view text, int times) {
  std::string out;
  out.reserve(text.size() * static_cast<std::size_t>(times));
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

}  // namespace

TEST_CASE("parse_yaml types plain scalars by the core schema and quoted ones as strings") {
  const Node root = parse_ok(
      "plain_int: 17\n"
      "quoted_int: \"17\"\n"
      "single_quoted: '17'\n"
      "no: no\n"
      "quoted_true: \"true\"\n"
      "plain_true: true\n"
      "tilde: ~\n"
      "empty:\n"
      "empty_quoted: \"\"\n"
      "float: 1.5\n"
      "date: 2020-02-25\n"
      "time: 18:00\n"
      "literal: |\n"
      "  17\n"
      "folded: >-\n"
      "  null\n"
      "tagged: !!str 2\n"
      "non_specific: ! 3\n");
  CHECK(kind(at(root, "/plain_int")) == "integer");
  CHECK(at(root, "/plain_int").integer == 17);
  CHECK(kind(at(root, "/quoted_int")) == "string");
  CHECK(at(root, "/quoted_int").text == "17");
  CHECK(kind(at(root, "/single_quoted")) == "string");
  CHECK(kind(at(root, "/no")) == "string");
  CHECK(at(root, "/no").text == "no");
  CHECK(kind(at(root, "/quoted_true")) == "string");
  CHECK(kind(at(root, "/plain_true")) == "boolean");
  CHECK(at(root, "/plain_true").boolean);
  CHECK(kind(at(root, "/tilde")) == "null");
  CHECK(kind(at(root, "/empty")) == "null");
  CHECK(kind(at(root, "/empty_quoted")) == "string");
  CHECK(at(root, "/empty_quoted").text.empty());
  CHECK(kind(at(root, "/float")) == "number");
  CHECK(at(root, "/float").number == 1.5);
  CHECK(kind(at(root, "/date")) == "string");
  CHECK(kind(at(root, "/time")) == "string");
  CHECK(at(root, "/time").text == "18:00");
  CHECK(kind(at(root, "/literal")) == "string");
  CHECK(at(root, "/literal").text == "17\n");
  CHECK(kind(at(root, "/folded")) == "string");
  CHECK(at(root, "/folded").text == "null");
  CHECK(kind(at(root, "/tagged")) == "string");
  CHECK(kind(at(root, "/non_specific")) == "string");
}

TEST_CASE("parse_yaml tells an explicit null from an empty value") {
  const Node root = parse_ok("a: ~\nb: null # gone\nc:\nd: [~, NULL]\nnull: key\ne:\n");
  CHECK(at(root, "/a").text == "~");
  CHECK(at(root, "/a").position == Position{1, 4});
  CHECK(at(root, "/b").text == "null");
  CHECK(at(root, "/b").position == Position{2, 4});
  CHECK(at(root, "/c").text.empty());
  CHECK(at(root, "/c").position == Position{3, 1});  // at its key, not at the next line
  CHECK(at(root, "/d/0").position == Position{4, 5});
  CHECK(at(root, "/d/1").text == "NULL");
  CHECK(at(root, "/null").text == "key");  // a key spelt null is the text "null"
  CHECK(at(root, "/e").text.empty());
  CHECK(minutes::describe_value(at(root, "/a")) == "null (~)");
  CHECK(minutes::describe_value(at(root, "/c")) == "nothing");
}

TEST_CASE("parse_yaml keeps mappings in document order") {
  const Node root = parse_ok("b: 1\na: 2\nc: [x, y]\n");
  REQUIRE(root.kind == NodeKind::mapping);
  REQUIRE(root.members.size() == 3);
  CHECK(root.members[0].key == "b");
  CHECK(root.members[1].key == "a");
  CHECK(root.members[2].key == "c");
  REQUIRE(root.members[2].value.items.size() == 2);
  CHECK(root.members[2].value.items[1].text == "y");
}

TEST_CASE("parse_yaml gives 1-based lines and columns") {
  SUBCASE("block structure") {
    const Node root = parse_ok(
        "title: Møte\n"
        "participants:\n"
        "  - name: Åse\n"
        "    role: leder\n"
        "empty:\n");
    CHECK(root.position == Position{1, 1});
    CHECK(root.members[0].key_position == Position{1, 1});
    CHECK(at(root, "/title").position == Position{1, 8});
    CHECK(root.members[1].key_position == Position{2, 1});
    CHECK(at(root, "/participants").position == Position{3, 3});
    CHECK(at(root, "/participants/0").position == Position{3, 5});
    CHECK(at(root, "/participants/0/name").position == Position{3, 11});
    CHECK(at(root, "/participants/0/role").position == Position{4, 11});
    // An empty value has no text of its own; it is placed at its key.
    CHECK(at(root, "/empty").position == Position{5, 1});
  }
  SUBCASE("columns count characters, so æ, ø and å count once, as an editor shows them") {
    // yaml-cpp counts bytes (it would say 15, 19 and 23); parse_yaml converts.
    const Node root = parse_ok("næringsliv: [æ, ø, å]\nsted: Ås\n");
    CHECK(at(root, "/næringsliv").position == Position{1, 13});
    CHECK(at(root, "/næringsliv/0").position == Position{1, 14});
    CHECK(at(root, "/næringsliv/1").position == Position{1, 17});
    CHECK(at(root, "/næringsliv/2").position == Position{1, 20});
    CHECK(at(root, "/sted").position == Position{2, 7});
  }
  SUBCASE("errors after letters outside ASCII are placed by characters too") {
    const ParsedDocument parsed = parse_yaml("å: [æ, ø\n");
    CHECK(
        render(parsed.diagnostics) ==
        "2:1 - yaml: a flow list \"[\" is not closed with \"]\" (it opens at line 1, column 4)\n");
  }
  SUBCASE("a leading byte-order mark does not shift the columns") {
    const Node root = parse_ok("\xEF\xBB\xBFsted: Ås\n");
    CHECK(at(root, "/sted").position == Position{1, 7});
  }
}

TEST_CASE("parse_yaml rejects duplicate keys and keeps the first value") {
  SUBCASE("at the top level") {
    const ParsedDocument parsed = parse_yaml("title: a\ndate: 2024-01-09\ntitle: b\n");
    CHECK(render(parsed.diagnostics) ==
          "3:1 /title duplicate-key: duplicate key \"title\"; it was first given at line 1, "
          "column 1\n");
    REQUIRE(parsed.root.has_value());
    CHECK(parsed.root->members.size() == 2);
    CHECK(parsed.root->find("title")->text == "a");
  }
  SUBCASE("quoting does not make a key different") {
    const ParsedDocument parsed = parse_yaml("title: a\n\"title\": b\n'title': c\n");
    CHECK(render(parsed.diagnostics) ==
          "2:1 /title duplicate-key: duplicate key \"title\"; it was first given at line 1, "
          "column 1\n"
          "3:1 /title duplicate-key: duplicate key \"title\"; it was first given at line 1, "
          "column 1\n");
  }
  SUBCASE("nested in a list item") {
    const ParsedDocument parsed =
        parse_yaml("participants:\n  - name: Ada\n  - name: Bo\n    role: x\n    name: Bob\n");
    CHECK(render(parsed.diagnostics) ==
          "5:5 /participants/1/name duplicate-key: duplicate key \"name\"; it was first given at "
          "line 3, column 5\n");
  }
  SUBCASE("in a flow mapping") {
    const ParsedDocument parsed = parse_yaml("votes: {for: 1, against: 0, for: 2}\n");
    CHECK(render(parsed.diagnostics) ==
          "1:29 /votes/for duplicate-key: duplicate key \"for\"; it was first given at line 1, "
          "column 9\n");
  }
  SUBCASE("keys that differ in case are different keys") {
    const Node root = parse_ok("Title: a\ntitle: b\n");
    CHECK(root.members.size() == 2);
  }
  SUBCASE("a key with '/' and '~' is escaped in the pointer") {
    const ParsedDocument parsed = parse_yaml("a/b~c: 1\na/b~c: 2\n");
    CHECK(render(parsed.diagnostics) ==
          "2:1 /a~1b~0c duplicate-key: duplicate key \"a/b~c\"; it was first given at line 1, "
          "column 1\n");
  }
}

TEST_CASE("parse_yaml rejects anchors and aliases, once each, with a pointer") {
  const ParsedDocument parsed = parse_yaml(
      "title: Weekly sync\n"
      "location: &room Room 2.14\n"
      "next_meeting:\n"
      "  location: *room\n"
      "  other: *room\n");
  CHECK(render(parsed.diagnostics) ==
        "2:11 /location alias: anchors (&name) are not supported: write each value out in full\n"
        "4:13 /next_meeting/location alias: aliases (*name) are not supported: write the value "
        "out in full\n");
  REQUIRE(parsed.root.has_value());
  // Every alias is listed and stands as null, so later checks can skip it.
  CHECK(parsed.alias_pointers ==
        std::vector<std::string>{"/next_meeting/location", "/next_meeting/other"});
  CHECK(kind(at(*parsed.root, "/next_meeting/location")) == "null");
  CHECK(at(*parsed.root, "/location").text == "Room 2.14");
}

TEST_CASE("parse_yaml does not expand an alias bomb") {
  std::string text =
      "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char name = 'b'; name <= 'i'; ++name) {
    const char previous = static_cast<char>(name - 1);
    text += fmt::format("{}: &{} [", name, name);
    for (int i = 0; i < 9; ++i) text += fmt::format("{}*{}", i == 0 ? "" : ",", previous);
    text += "]\n";
  }
  const auto start = std::chrono::steady_clock::now();
  const ParsedDocument parsed = parse_yaml(text);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(elapsed < std::chrono::seconds(1));
  CHECK(render(parsed.diagnostics) ==
        "1:4 /a alias: anchors (&name) are not supported: write each value out in full\n"
        "2:8 /b/0 alias: aliases (*name) are not supported: write the value out in full\n");
  CHECK(parsed.alias_pointers.size() == 8 * 9);
  REQUIRE(parsed.root.has_value());
  CHECK(at(*parsed.root, "/i").items.size() == 9);
  CHECK(kind(at(*parsed.root, "/i/8")) == "null");
}

TEST_CASE("parse_yaml wants exactly one document") {
  const std::string nothing =
      "1:1 - yaml: the file is empty or holds only comments: expected a meeting record\n";
  SUBCASE("an empty file") {
    const ParsedDocument parsed = parse_yaml("");
    CHECK(render(parsed.diagnostics) == nothing);
    CHECK_FALSE(parsed.root.has_value());
  }
  SUBCASE("only blank lines") { CHECK(render(parse_yaml("\n  \n\n").diagnostics) == nothing); }
  SUBCASE("only comments") {
    const ParsedDocument parsed = parse_yaml("# minutes\n# to be written\n");
    CHECK(render(parsed.diagnostics) == nothing);
    CHECK_FALSE(parsed.root.has_value());
  }
  SUBCASE("two documents") {
    const ParsedDocument parsed = parse_yaml("title: a\ndate: 2024-01-09\n---\ntitle: b\n");
    CHECK(render(parsed.diagnostics) ==
          "4:1 - yaml: a second YAML document: a file holds exactly one record\n");
  }
  SUBCASE("two documents separated by an end marker") {
    CHECK(render(parse_yaml("title: a\n...\ntitle: b\n").diagnostics) ==
          "3:1 - yaml: a second YAML document: a file holds exactly one record\n");
  }
  SUBCASE("an explicit start marker before the only document is fine") {
    const Node root = parse_ok("---\ntitle: a\n...\n");
    CHECK(at(root, "/title").text == "a");
  }
  SUBCASE("text after a top-level list, without a marker, is an indentation mistake") {
    CHECK(render(parse_yaml("- a\nb: 1\n").diagnostics) ==
          "2:1 - yaml: this line is outside the top-level list above it; check the indentation\n");
  }
  SUBCASE("a top-level scalar is one document; the record check says it is not a mapping") {
    const Node root = parse_ok("just some text\n");
    CHECK(kind(root) == "string");
    CHECK(root.text == "just some text");
    CHECK(root.position == Position{1, 1});
  }
}

TEST_CASE("parse_yaml stops deep nesting with a clean limit diagnostic") {
  const std::string limit =
      " - limit: nesting deeper than 64 levels; a meeting record needs far fewer\n";
  SUBCASE("100,000 unclosed [") {
    const ParsedDocument parsed = parse_yaml(std::string(100000, '['));
    // yaml-cpp reports each unclosed "[" as a flow list inside an implicit flow mapping, so the
    // 65th collection starts at the 33rd bracket.
    CHECK(render(parsed.diagnostics) == "1:33" + limit);
    CHECK_FALSE(parsed.root.has_value());
  }
  SUBCASE("100,000 closed [ ]") {
    const ParsedDocument parsed = parse_yaml(std::string(100000, '[') + std::string(100000, ']'));
    CHECK(render(parsed.diagnostics) == "1:65" + limit);
    CHECK_FALSE(parsed.root.has_value());
  }
  SUBCASE("100,000 \"- \" on one line") {
    CHECK(render(parse_yaml(repeat("- ", 100000)).diagnostics) == "1:129" + limit);
  }
  SUBCASE("\"- \" lines each indented further") {
    std::string text;
    for (int i = 0; i < 600; ++i)
      text += std::string(2 * static_cast<std::size_t>(i), ' ') + "- \n";
    CHECK(render(parse_yaml(text).diagnostics) == "65:129" + limit);
  }
  SUBCASE("100,000 \"- \" lines at the same indentation are one long list, not deep") {
    const Node root = parse_ok(repeat("- \n", 100000));
    CHECK(root.items.size() == 100000);
  }
  SUBCASE("64 levels are allowed") {
    const Node root = parse_ok(std::string(64, '[') + std::string(64, ']'));
    CHECK(kind(root) == "list");
  }
  SUBCASE("with a higher limit, yaml-cpp's own guard stops it") {
    const ParsedDocument parsed = parse_yaml(repeat("- ", 100000), minutes::ParseLimits{1000000});
    CHECK(render(parsed.diagnostics) ==
          "1:1000 - limit: nesting too deep for the YAML parser (more than 500 levels)\n");
  }
}

TEST_CASE("parse_yaml explains syntax errors") {
  SUBCASE("a tab in the indentation") {
    CHECK(render(parse_yaml("title: x\nagenda:\n\t- title: tab\n").diagnostics) ==
          "3:2 - yaml: a tab in the indentation; YAML indents with spaces only\n");
    CHECK(render(parse_yaml("a:\n\tb: 1\n").diagnostics) ==
          "2:3 - yaml: a tab in the indentation; YAML indents with spaces only\n");
  }
  SUBCASE("a tab between key and value is fine") {
    const Node root = parse_ok("a:\t1\n");
    CHECK(at(root, "/a").integer == 1);
  }
  SUBCASE("an unclosed flow list names where it opens") {
    CHECK(
        render(parse_yaml("title: x\ndecisions: [one, two\nactions:\n  - task: y\n").diagnostics) ==
        "3:8 - yaml: a flow list \"[\" is not closed with \"]\" (it opens at line 2, column 12)\n");
  }
  SUBCASE("an unclosed flow mapping names where it opens") {
    CHECK(render(parse_yaml("a: {b: 1, c: 2\nd: 3\n").diagnostics) ==
          "2:2 - yaml: a flow mapping \"{\" is not closed with \"}\" (it opens at line 1, column "
          "4)\n");
  }
  SUBCASE("an unclosed quote at the very end") {
    CHECK(render(parse_yaml("title: \"abc").diagnostics) ==
          "1:12 - yaml: the file ends inside a quoted value; a closing quote is missing\n");
  }
  SUBCASE("an unclosed quote followed by more lines does not swallow them") {
    const ParsedDocument parsed = parse_yaml("title: \"Weekly\ndate: 2024-01-09\n");
    CHECK(render(parsed.diagnostics) ==
          "1:8 - yaml: the file ends inside a quoted value; a closing quote is missing\n");
    CHECK_FALSE(parsed.root.has_value());
    CHECK(render(parse_yaml("title: 'it''s\n").diagnostics) ==
          "1:8 - yaml: the file ends inside a quoted value; a closing quote is missing\n");
  }
  SUBCASE("quotes that are closed, over lines or with escapes, are fine") {
    const Node root = parse_ok("a: \"x\\\"y\"\nb: 'it''s'\nc: \"two\n  lines\"\nd: \"\\\\\"\n");
    CHECK(at(root, "/a").text == "x\"y");
    CHECK(at(root, "/b").text == "it's");
    CHECK(at(root, "/c").text == "two lines");
    CHECK(at(root, "/d").text == "\\");
  }
  SUBCASE("a value after a value") {
    CHECK(render(parse_yaml("a: b: c\n").diagnostics) ==
          "1:5 - yaml: a value is not allowed here; check the indentation, or quote a value that "
          "contains \": \"\n");
  }
  SUBCASE("an unknown escape") {
    CHECK(render(parse_yaml("a: \"\\q\"\n").diagnostics) ==
          "1:7 - yaml: an unknown escape sequence in a double-quoted value\n");
  }
  SUBCASE("a list item that does not line up") {
    CHECK(render(parse_yaml("a:\n  - x\n - y\n").diagnostics) ==
          "3:2 - yaml: a mapping is not closed properly; check the indentation\n");
  }
}

TEST_CASE("parse_yaml rejects keys that are lists or mappings") {
  CHECK(render(parse_yaml("? [a, b]\n: 1\n").diagnostics) ==
        "1:3 - yaml: a key must be plain text, not a list or mapping\n");
  CHECK(render(parse_yaml("[a]: 1\n").diagnostics) ==
        "1:1 - yaml: a key must be plain text, not a list or mapping\n");
  CHECK(render(parse_yaml("{a: 1}: x\n").diagnostics) ==
        "1:1 - yaml: a key must be plain text, not a list or mapping\n");
}

TEST_CASE("parse_yaml accepts core tags that fit and rejects the others") {
  SUBCASE("core tags that fit the value") {
    const Node root = parse_ok(
        "a: !!int 3\nb: !!float 1\nc: !!bool true\nd: !!null ~\ne: !!map {}\nf: !!seq []\n");
    CHECK(at(root, "/a").integer == 3);
    CHECK(kind(at(root, "/b")) == "integer");
    CHECK(kind(at(root, "/c")) == "boolean");
    CHECK(kind(at(root, "/d")) == "null");
    CHECK(kind(at(root, "/e")) == "mapping");
    CHECK(kind(at(root, "/f")) == "list");
  }
  SUBCASE("core tags that do not fit") {
    CHECK(render(parse_yaml("a: !!int x\nb: !!bool yes\nc: !!null x\n").diagnostics) ==
          "1:4 - yaml: tag !!int does not fit the value \"x\"\n"
          "2:4 - yaml: tag !!bool does not fit the value \"yes\"\n"
          "3:4 - yaml: tag !!null does not fit the value \"x\"\n");
  }
  SUBCASE("local and other tags") {
    CHECK(render(parse_yaml("a: !foo 1\nb: !!binary aGk=\nc: !!seq {}\n").diagnostics) ==
          "1:4 - yaml: unsupported tag \"!foo\": records use plain YAML values\n"
          "2:4 - yaml: unsupported tag \"tag:yaml.org,2002:binary\": records use plain YAML "
          "values\n"
          "3:4 - yaml: unsupported tag \"tag:yaml.org,2002:seq\": records use plain YAML values\n");
  }
}

TEST_CASE("resolve_pointer follows RFC 6901 pointers") {
  const Node root = parse_ok("a/b: 1\nm~n: 2\n\"~1\": 3\nlist: [x, y]\n\"\": empty\n");
  CHECK(minutes::resolve_pointer(root, "") == &root);
  CHECK(at(root, "/a~1b").integer == 1);
  CHECK(at(root, "/m~0n").integer == 2);
  CHECK(at(root, "/~01").integer == 3);
  CHECK(at(root, "/list/1").text == "y");
  CHECK(at(root, "/").text == "empty");
  CHECK(minutes::resolve_pointer(root, "/a/b") == nullptr);
  CHECK(minutes::resolve_pointer(root, "/list/2") == nullptr);
  CHECK(minutes::resolve_pointer(root, "/list/-") == nullptr);
  CHECK(minutes::resolve_pointer(root, "/list/x") == nullptr);
  CHECK(minutes::resolve_pointer(root, "/list/0/deeper") == nullptr);
  CHECK(minutes::resolve_pointer(root, "list") == nullptr);
  CHECK(minutes::resolve_pointer(root, "/missing") == nullptr);
}

TEST_CASE("describe_value and kind_name word values for messages") {
  const Node root = parse_ok("s: abc\ni: 42\ne:\nl: [1]\nm: {a: 1}\nb: false\nf: 1.50\n");
  CHECK(minutes::describe_value(at(root, "/s")) == "\"abc\"");
  CHECK(minutes::describe_value(at(root, "/i")) == "42");
  CHECK(minutes::describe_value(at(root, "/e")) == "nothing");
  Node null_as_written;
  null_as_written.text = "Null";
  CHECK(minutes::describe_value(null_as_written) == "null (Null)");
  CHECK(minutes::describe_value(at(root, "/l")) == "a list");
  CHECK(minutes::describe_value(at(root, "/m")) == "a mapping");
  CHECK(minutes::describe_value(at(root, "/b")) == "false");
  CHECK(minutes::describe_value(at(root, "/f")) == "1.50");
  CHECK(kind(at(root, "/l")) == "list");
  CHECK(kind(at(root, "/m")) == "mapping");
}

TEST_CASE("Markdown bold at the start of a plain value gets a hint, not yaml-cpp's alias text") {
  const minutes::ParsedDocument parsed = minutes::parse_yaml("summary: **bold** text\n");
  REQUIRE(parsed.diagnostics.size() == 1);
  CHECK(parsed.diagnostics[0].position == minutes::Position{1, 10});
  CHECK(parsed.diagnostics[0].message ==
        "a value starting with \"*\" is read as an alias (*name); quote it, or write Markdown "
        "such as **bold** as a block (summary: |)");
}

TEST_CASE("parse_yaml decodes every YAML escape to UTF-8, \\N and \\_ included") {
  const Node root = parse_ok(R"(a: "x\_y"
b: "x\Ly\Pz"
c: "x\u00e6\xf8\U000000e5")");
  CHECK(at(root, "/a").text == "x\xC2\xA0y");
  CHECK(at(root, "/b").text == "x\xE2\x80\xA8y\xE2\x80\xA9z");
  CHECK(at(root, "/c").text == "xæøå");
}

TEST_CASE("parse_yaml rejects control characters in values and keys, located at the scalar") {
  const ParsedDocument parsed = parse_yaml(R"(title: "a\0b"
list:
  - "bell\x07"
  - 'fine	tab'
"ti\e[31mtle": x
next: "x\Ny"
ok: "line\nbreak"
)");
  CHECK(render(parsed.diagnostics) ==
        "1:8 /title control-character: expected text without control characters, found U+0000 "
        "(NUL) at character 2; text may hold tabs and line breaks, no other control characters\n"
        "3:5 /list/0 control-character: expected text without control characters, found U+0007 "
        "(BEL) at character 5; text may hold tabs and line breaks, no other control characters\n"
        "5:1 /ti\x1b[31mtle control-character: expected text without control characters, found "
        "U+001B (ESC) at character 3; text may hold tabs and line breaks, no other control "
        "characters\n"
        "6:7 /next control-character: expected text without control characters, found U+0085 "
        "(NEL, next line) at character 2; text may hold tabs and line breaks, no other control "
        "characters\n");
}
