#pragma once

#include <map>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "minutes/tree.hpp"

namespace minutes::detail {

using SchemaSet = std::vector<const Node*>;

// Finds which parts of a JSON Schema document apply to a value of a record. valijson tells where
// a record failed but not which schema said so; this walk finds it again, to word messages with
// the allowed values, and to run the checks we do ourselves (formats, every unknown key).
// It follows $ref, allOf, anyOf/oneOf and if/then/else; `if` is decided by a simple test of
// `type` and `required` only (enough for the schemas minutes ships; documented in docs/).
class SchemaWalk {
 public:
  using RefTargets = std::unordered_map<const Node*, const Node*>;
  using SchemaFlags = std::unordered_map<const Node*, bool>;

  SchemaWalk(const Node& root, const std::map<std::string, Node>& external_documents,
             const RefTargets* ref_targets = nullptr, const SchemaFlags* reaches_format = nullptr)
      : m_root(root),
        m_external(external_documents),
        m_ref_targets(ref_targets),
        m_reaches_format(reaches_format) {}

  // Every $ref in the schema documents, resolved once, so walks need no pointer parsing.
  RefTargets resolve_all_refs() const;
  // For every schema object: can a `format` keyword apply to it or to anything below it? Lets
  // the format check skip whole parts of a record (workshop grids) that can hold no date.
  SchemaFlags find_format_reach() const;
  // False only when known: no schema in the set leads to a `format`.
  bool may_reach_format(const SchemaSet& schemas) const;

  SchemaSet at_root(const Node& record) const;
  SchemaSet for_member(const SchemaSet& parents, std::string_view key, const Node& value) const;
  SchemaSet for_item(const SchemaSet& parents, std::size_t index, const Node& item) const;
  // The schemas for the value at `pointer`, or an empty set when the path leaves the record.
  SchemaSet at_pointer(const Node& record, std::string_view pointer) const;

  // Keys an object may have by `properties` (in schema order), and whether `key` is allowed.
  std::vector<std::string> known_keys(const SchemaSet& schemas) const;
  bool key_allowed(const SchemaSet& schemas, std::string_view key) const;

  // The first schema in the set that has `name`, and that keyword's value.
  static const Node* keyword(const SchemaSet& schemas, std::string_view name);

 private:
  void add_applicable(const Node* schema, const Node& instance, SchemaSet& out, int depth) const;
  const Node* follow_ref(const Node& schema) const;

  const Node& m_root;
  const std::map<std::string, Node>& m_external;
  const RefTargets* m_ref_targets;
  const SchemaFlags* m_reaches_format;
};

// `pattern` with a fast path for a plain "^prefix", which is what extension keys use.
bool pattern_matches(std::string_view pattern, std::string_view text);

}  // namespace minutes::detail
