#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "minutes/diagnostic.hpp"

namespace minutes {

// A YAML document as the rest of the program sees it: typed by the YAML 1.2 core schema, every
// value with its position, no anchors or aliases, no duplicate keys. Built from yaml-cpp's
// event stream (see docs/architecture.md for why not YAML::Node).
enum class NodeKind { null, boolean, integer, number, string, sequence, mapping };

struct Member;

struct Node {
  NodeKind kind = NodeKind::null;
  Position position;
  std::string text;  // the scalar as written (for strings: the value)
  bool boolean = false;
  std::int64_t integer = 0;
  double number = 0;
  std::vector<Node> items;      // sequence
  std::vector<Member> members;  // mapping, in document order

  bool is_string() const { return kind == NodeKind::string; }
  const Node* find(std::string_view key) const;
  const Member* find_member(std::string_view key) const;
};

struct Member {
  std::string key;
  Position key_position;
  Node value;
};

// "string", "integer", "list", "mapping", ...: the words messages use.
std::string_view kind_name(NodeKind kind);
// What a message says was found: `string "abc"`, `integer 42`, `a list`, `null`.
std::string describe_value(const Node& node);

// Follows a JSON Pointer; nullptr when it leads nowhere.
const Node* resolve_pointer(const Node& root, std::string_view pointer);

struct ParseLimits {
  int max_depth = 64;
};

struct ParsedDocument {
  std::optional<Node> root;  // empty when the text is not one YAML document
  Diagnostics diagnostics;
  std::vector<std::string> alias_pointers;  // where aliases stood (already reported; now null)
};

// Parses exactly one YAML document. Never throws: every problem is a diagnostic.
ParsedDocument parse_yaml(std::string_view text, const ParseLimits& limits = {});

}  // namespace minutes
