#include "validate/schema_walk.hpp"

#include <algorithm>
#include <functional>
#include <regex>

namespace minutes::detail {
namespace {

constexpr int k_max_ref_depth = 32;

bool has_type(const Node& instance, std::string_view type) {
  switch (instance.kind) {
    case NodeKind::null: return type == "null";
    case NodeKind::boolean: return type == "boolean";
    case NodeKind::integer: return type == "integer" || type == "number";
    case NodeKind::number: return type == "number";
    case NodeKind::string: return type == "string";
    case NodeKind::sequence: return type == "array";
    case NodeKind::mapping: return type == "object";
  }
  return false;
}

// The part of JSON Schema `if` that minutes needs: `type` and `required`.
bool passes_simple_test(const Node& test, const Node& instance) {
  if (test.kind == NodeKind::boolean) return test.boolean;
  if (const Node* type = test.find("type")) {
    if (type->is_string() && !has_type(instance, type->text)) return false;
    if (type->kind == NodeKind::sequence &&
        std::none_of(type->items.begin(), type->items.end(),
                     [&](const Node& t) { return has_type(instance, t.text); })) {
      return false;
    }
  }
  if (const Node* required = test.find("required")) {
    if (instance.kind != NodeKind::mapping) return true;  // `required` ignores non-objects
    for (const Node& key : required->items) {
      if (!instance.find(key.text)) return false;
    }
  }
  return true;
}

bool is_regex_special(char c) { return std::string_view(".[]{}()\\*+?|^$").find(c) != std::string_view::npos; }

}  // namespace

bool pattern_matches(std::string_view pattern, std::string_view text) {
  if (pattern.starts_with('^') &&
      std::none_of(pattern.begin() + 1, pattern.end(), is_regex_special)) {
    return text.starts_with(pattern.substr(1));
  }
  try {
    return std::regex_search(std::string(text), std::regex(std::string(pattern)));
  } catch (const std::regex_error&) {
    return false;
  }
}

const Node* SchemaWalk::follow_ref(const Node& schema) const {
  if (m_ref_targets) {
    const auto found = m_ref_targets->find(&schema);
    if (found != m_ref_targets->end()) return found->second;
  }
  const Node* ref = schema.find("$ref");
  if (!ref || !ref->is_string()) return &schema;
  const std::string_view target = ref->text;
  const std::size_t hash = target.find('#');
  const std::string_view document = target.substr(0, hash);
  const std::string_view pointer = hash == std::string_view::npos ? "" : target.substr(hash + 1);
  const Node* base = &m_root;
  if (!document.empty()) {
    const auto found = m_external.find(std::string(document));
    if (found == m_external.end()) return nullptr;
    base = &found->second;
  }
  return resolve_pointer(*base, pointer);
}

void SchemaWalk::add_applicable(const Node* schema, const Node& instance, SchemaSet& out,
                                int depth) const {
  for (int hops = 0; schema && schema->find("$ref") && hops < k_max_ref_depth; ++hops) {
    schema = follow_ref(*schema);
  }
  if (!schema || schema->kind != NodeKind::mapping || depth > k_max_ref_depth) return;
  if (std::find(out.begin(), out.end(), schema) != out.end()) return;
  out.push_back(schema);
  if (const Node* all = schema->find("allOf")) {
    for (const Node& part : all->items) add_applicable(&part, instance, out, depth + 1);
  }
  for (std::string_view name : {"anyOf", "oneOf"}) {
    if (const Node* alternatives = schema->find(name)) {
      for (const Node& part : alternatives->items) {
        const Node* resolved = &part;
        for (int hops = 0; resolved && resolved->find("$ref") && hops < k_max_ref_depth; ++hops) {
          resolved = follow_ref(*resolved);
        }
        if (resolved && passes_simple_test(*resolved, instance)) {
          add_applicable(resolved, instance, out, depth + 1);
        }
      }
    }
  }
  if (const Node* test = schema->find("if")) {
    const Node* branch = schema->find(passes_simple_test(*test, instance) ? "then" : "else");
    if (branch) add_applicable(branch, instance, out, depth + 1);
  }
}

namespace {

void collect_refs(const Node& node, const SchemaWalk& walk, SchemaWalk::RefTargets& out,
                  const std::function<const Node*(const Node&)>& follow) {
  if (node.kind == NodeKind::mapping) {
    if (const Node* ref = node.find("$ref"); ref && ref->is_string()) out.emplace(&node, follow(node));
    for (const Member& member : node.members) collect_refs(member.value, walk, out, follow);
  } else if (node.kind == NodeKind::sequence) {
    for (const Node& item : node.items) collect_refs(item, walk, out, follow);
  }
}

}  // namespace

SchemaWalk::RefTargets SchemaWalk::resolve_all_refs() const {
  RefTargets targets;
  const auto follow = [this](const Node& node) { return follow_ref(node); };
  collect_refs(m_root, *this, targets, follow);
  for (const auto& [name, document] : m_external) collect_refs(document, *this, targets, follow);
  return targets;
}

namespace {

// Keywords whose value is one schema, or a list or map of schemas.
constexpr std::string_view k_schema_keywords[] = {
    "additionalProperties", "additionalItems", "contains", "propertyNames", "if", "then", "else",
    "not"};
constexpr std::string_view k_schema_list_keywords[] = {"items", "allOf", "anyOf", "oneOf"};
constexpr std::string_view k_schema_map_keywords[] = {"properties", "patternProperties",
                                                      "dependencies"};

}  // namespace

SchemaWalk::SchemaFlags SchemaWalk::find_format_reach() const {
  SchemaFlags flags;
  // In progress counts as reaching a format, so a recursive schema is never skipped wrongly.
  std::function<bool(const Node*)> reaches = [&](const Node* schema) -> bool {
    for (int hops = 0; schema && schema->find("$ref") && hops < k_max_ref_depth; ++hops) {
      schema = follow_ref(*schema);
    }
    if (!schema || schema->kind != NodeKind::mapping) return false;
    if (const auto known = flags.find(schema); known != flags.end()) return known->second;
    flags[schema] = true;
    bool found = schema->find("format") != nullptr;
    for (std::string_view keyword : k_schema_keywords) {
      if (const Node* sub = schema->find(keyword)) found = reaches(sub) || found;
    }
    for (std::string_view keyword : k_schema_list_keywords) {
      if (const Node* sub = schema->find(keyword)) {
        if (sub->kind == NodeKind::sequence) {
          for (const Node& item : sub->items) found = reaches(&item) || found;
        } else {
          found = reaches(sub) || found;
        }
      }
    }
    for (std::string_view keyword : k_schema_map_keywords) {
      if (const Node* sub = schema->find(keyword)) {
        for (const Member& member : sub->members) found = reaches(&member.value) || found;
      }
    }
    flags[schema] = found;
    return found;
  };
  reaches(&m_root);
  for (const auto& [name, document] : m_external) reaches(&document);
  return flags;
}

bool SchemaWalk::may_reach_format(const SchemaSet& schemas) const {
  if (!m_reaches_format) return true;
  return std::any_of(schemas.begin(), schemas.end(), [&](const Node* schema) {
    const auto found = m_reaches_format->find(schema);
    return found == m_reaches_format->end() || found->second;
  });
}

SchemaSet SchemaWalk::at_root(const Node& record) const {
  SchemaSet out;
  add_applicable(&m_root, record, out, 0);
  return out;
}

SchemaSet SchemaWalk::for_member(const SchemaSet& parents, std::string_view key,
                                 const Node& value) const {
  SchemaSet out;
  for (const Node* parent : parents) {
    bool matched = false;
    if (const Node* properties = parent->find("properties")) {
      if (const Node* property = properties->find(key)) {
        add_applicable(property, value, out, 0);
        matched = true;
      }
    }
    if (const Node* patterns = parent->find("patternProperties")) {
      for (const Member& pattern : patterns->members) {
        if (pattern_matches(pattern.key, key)) {
          add_applicable(&pattern.value, value, out, 0);
          matched = true;
        }
      }
    }
    const Node* additional = parent->find("additionalProperties");
    if (!matched && additional && additional->kind == NodeKind::mapping) {
      add_applicable(additional, value, out, 0);
    }
  }
  return out;
}

SchemaSet SchemaWalk::for_item(const SchemaSet& parents, std::size_t index,
                               const Node& item) const {
  SchemaSet out;
  for (const Node* parent : parents) {
    const Node* items = parent->find("items");
    if (!items) continue;
    if (items->kind == NodeKind::mapping) {
      add_applicable(items, item, out, 0);
    } else if (items->kind == NodeKind::sequence) {
      if (index < items->items.size()) {
        add_applicable(&items->items[index], item, out, 0);
      } else if (const Node* additional = parent->find("additionalItems")) {
        add_applicable(additional, item, out, 0);
      }
    }
  }
  return out;
}

SchemaSet SchemaWalk::at_pointer(const Node& record, std::string_view pointer) const {
  SchemaSet schemas = at_root(record);
  const Node* current = &record;
  std::size_t at = 0;
  while (at < pointer.size() && current) {
    const std::size_t next = std::min(pointer.find('/', at + 1), pointer.size());
    const std::string_view segment_end = pointer.substr(0, next);
    const Node* child = resolve_pointer(record, segment_end);
    if (!child) return {};
    if (current->kind == NodeKind::mapping) {
      const std::size_t index = static_cast<std::size_t>(
          std::find_if(current->members.begin(), current->members.end(),
                       [&](const Member& m) { return &m.value == child; }) -
          current->members.begin());
      schemas = for_member(schemas, current->members[index].key, *child);
    } else {
      schemas = for_item(schemas, static_cast<std::size_t>(child - current->items.data()), *child);
    }
    current = child;
    at = next;
  }
  return schemas;
}

std::vector<std::string> SchemaWalk::known_keys(const SchemaSet& schemas) const {
  std::vector<std::string> keys;
  for (const Node* schema : schemas) {
    if (const Node* properties = schema->find("properties")) {
      for (const Member& property : properties->members) {
        if (std::find(keys.begin(), keys.end(), property.key) == keys.end()) {
          keys.push_back(property.key);
        }
      }
    }
  }
  return keys;
}

bool SchemaWalk::key_allowed(const SchemaSet& schemas, std::string_view key) const {
  bool closed = false;
  for (const Node* schema : schemas) {
    if (const Node* properties = schema->find("properties"); properties && properties->find(key)) {
      return true;
    }
    if (const Node* patterns = schema->find("patternProperties")) {
      for (const Member& pattern : patterns->members) {
        if (pattern_matches(pattern.key, key)) return true;
      }
    }
    const Node* additional = schema->find("additionalProperties");
    if (additional && additional->kind == NodeKind::boolean && !additional->boolean) closed = true;
  }
  return !closed;
}

const Node* SchemaWalk::keyword(const SchemaSet& schemas, std::string_view name) {
  for (const Node* schema : schemas) {
    if (const Node* value = schema->find(name)) return value;
  }
  return nullptr;
}

}  // namespace minutes::detail
