#pragma once

// A valijson adapter over minutes::Node. valijson 1.0's own yaml-cpp adapter cannot be used: it
// does not compile with Validator, calls every value a string, and has no strict types (see
// docs/architecture.md). Our tree already carries YAML 1.2 core types, so this is a thin view.

#include <cstdint>
#include <string>
#include <utility>

#include <valijson/internal/adapter.hpp>
#include <valijson/internal/basic_adapter.hpp>
#include <valijson/internal/frozen_value.hpp>

#include "minutes/tree.hpp"

namespace minutes::detail {

class TreeAdapter;
class TreeArrayIterator;
class TreeMemberIterator;

using TreeMember = std::pair<std::string, TreeAdapter>;

// While true on a thread, mappings show valijson no keys that start with "x-". Schema::validate
// sets it for schemas that allow any value under any x- key and look at them nowhere else
// (schema.cpp: valijson compiles a patternProperties regex anew for every object it checks).
inline thread_local bool t_hide_extension_keys = false;

inline bool is_hidden_key(const std::string& key) {
  return t_hide_extension_keys && key.size() >= 2 && key[0] == 'x' && key[1] == '-';
}

inline std::size_t visible_members(const Node& node) {
  if (!t_hide_extension_keys) return node.members.size();
  std::size_t count = 0;
  for (const Member& member : node.members) count += is_hidden_key(member.key) ? 0 : 1;
  return count;
}

inline const Node& empty_mapping() {
  static const Node node = [] {
    Node n;
    n.kind = NodeKind::mapping;
    return n;
  }();
  return node;
}

inline const Node& empty_sequence() {
  static const Node node = [] {
    Node n;
    n.kind = NodeKind::sequence;
    return n;
  }();
  return node;
}

class TreeArray {
 public:
  using const_iterator = TreeArrayIterator;
  using iterator = TreeArrayIterator;
  TreeArray() : m_node(&empty_sequence()) {}
  explicit TreeArray(const Node& node) : m_node(&node) {}
  TreeArrayIterator begin() const;
  TreeArrayIterator end() const;
  std::size_t size() const { return m_node->items.size(); }

 private:
  const Node* m_node;
};

class TreeObject {
 public:
  using const_iterator = TreeMemberIterator;
  using iterator = TreeMemberIterator;
  TreeObject() : m_node(&empty_mapping()) {}
  explicit TreeObject(const Node& node) : m_node(&node) {}
  TreeMemberIterator begin() const;
  TreeMemberIterator end() const;
  TreeMemberIterator find(const std::string& name) const;
  std::size_t size() const { return visible_members(*m_node); }

 private:
  const Node* m_node;
};

class TreeFrozenValue : public valijson::adapters::FrozenValue {
 public:
  explicit TreeFrozenValue(Node value) : m_value(std::move(value)) {}
  FrozenValue* clone() const override { return new TreeFrozenValue(m_value); }
  bool equalTo(const valijson::adapters::Adapter& other, bool strict) const override;

 private:
  Node m_value;
};

class TreeValue {
 public:
  TreeValue() : m_node(&empty_mapping()) {}
  TreeValue(const Node& node) : m_node(&node) {}  // NOLINT: valijson converts implicitly

  valijson::adapters::FrozenValue* freeze() const { return new TreeFrozenValue(*m_node); }

  opt::optional<TreeArray> getArrayOptional() const {
    if (!isArray()) return opt::optional<TreeArray>();
    return opt::make_optional(TreeArray(*m_node));
  }
  bool getArraySize(std::size_t& result) const {
    if (!isArray()) return false;
    result = m_node->items.size();
    return true;
  }
  bool getBool(bool& result) const {
    if (!isBool()) return false;
    result = m_node->boolean;
    return true;
  }
  bool getDouble(double& result) const {
    if (!isDouble()) return false;
    result = m_node->number;
    return true;
  }
  bool getInteger(int64_t& result) const {
    if (!isInteger()) return false;
    result = m_node->integer;
    return true;
  }
  opt::optional<TreeObject> getObjectOptional() const {
    if (!isObject()) return opt::optional<TreeObject>();
    return opt::make_optional(TreeObject(*m_node));
  }
  bool getObjectSize(std::size_t& result) const {
    if (!isObject()) return false;
    result = visible_members(*m_node);
    return true;
  }
  bool getString(std::string& result) const {
    if (!isString()) return false;
    result = m_node->text;
    return true;
  }
  static bool hasStrictTypes() { return true; }
  bool isArray() const { return m_node->kind == NodeKind::sequence; }
  bool isBool() const { return m_node->kind == NodeKind::boolean; }
  bool isDouble() const { return m_node->kind == NodeKind::number; }
  bool isInteger() const { return m_node->kind == NodeKind::integer; }
  bool isNull() const { return m_node->kind == NodeKind::null; }
  bool isNumber() const { return isInteger() || isDouble(); }
  bool isObject() const { return m_node->kind == NodeKind::mapping; }
  bool isString() const { return m_node->kind == NodeKind::string; }

 private:
  const Node* m_node;
};

class TreeAdapter : public valijson::adapters::BasicAdapter<TreeAdapter, TreeArray, TreeMember,
                                                             TreeObject, TreeValue> {
 public:
  TreeAdapter() : BasicAdapter() {}
  TreeAdapter(const Node& node) : BasicAdapter(node) {}  // NOLINT: valijson converts implicitly
};

class TreeArrayIterator {
 public:
  using iterator_category = std::bidirectional_iterator_tag;
  using value_type = TreeAdapter;
  using difference_type = TreeAdapter;
  using pointer = TreeAdapter*;
  using reference = TreeAdapter&;

  explicit TreeArrayIterator(const Node* at) : m_at(at) {}
  TreeAdapter operator*() const { return TreeAdapter(*m_at); }
  valijson::adapters::DerefProxy<TreeAdapter> operator->() const {
    return valijson::adapters::DerefProxy<TreeAdapter>(**this);
  }
  bool operator==(const TreeArrayIterator& other) const { return m_at == other.m_at; }
  bool operator!=(const TreeArrayIterator& other) const { return m_at != other.m_at; }
  const TreeArrayIterator& operator++() {
    ++m_at;
    return *this;
  }
  TreeArrayIterator operator++(int) {
    TreeArrayIterator before(m_at);
    ++m_at;
    return before;
  }
  const TreeArrayIterator& operator--() {
    --m_at;
    return *this;
  }
  void advance(std::ptrdiff_t n) { m_at += n; }

 private:
  const Node* m_at;
};

class TreeMemberIterator {
 public:
  using iterator_category = std::bidirectional_iterator_tag;
  using value_type = TreeMember;
  using difference_type = TreeMember;
  using pointer = TreeMember*;
  using reference = TreeMember&;

  // Hidden keys (see t_hide_extension_keys) are stepped over.
  TreeMemberIterator(const Member* at, const Member* end) : m_at(at), m_end(end) { skip_hidden(); }
  TreeMember operator*() const { return TreeMember(m_at->key, TreeAdapter(m_at->value)); }
  valijson::adapters::DerefProxy<TreeMember> operator->() const {
    return valijson::adapters::DerefProxy<TreeMember>(**this);
  }
  bool operator==(const TreeMemberIterator& other) const { return m_at == other.m_at; }
  bool operator!=(const TreeMemberIterator& other) const { return m_at != other.m_at; }
  const TreeMemberIterator& operator++() {
    ++m_at;
    skip_hidden();
    return *this;
  }
  TreeMemberIterator operator++(int) {
    TreeMemberIterator before(*this);
    ++*this;
    return before;
  }
  const TreeMemberIterator& operator--() {
    do {
      --m_at;
    } while (is_hidden_key(m_at->key));
    return *this;
  }

 private:
  void skip_hidden() {
    while (m_at != m_end && is_hidden_key(m_at->key)) ++m_at;
  }
  const Member* m_at;
  const Member* m_end;
};

inline bool TreeFrozenValue::equalTo(const valijson::adapters::Adapter& other, bool strict) const {
  return TreeAdapter(m_value).equalTo(other, strict);
}

inline TreeArrayIterator TreeArray::begin() const {
  return TreeArrayIterator(m_node->items.data());
}
inline TreeArrayIterator TreeArray::end() const {
  return TreeArrayIterator(m_node->items.data() + m_node->items.size());
}
inline TreeMemberIterator TreeObject::begin() const {
  return TreeMemberIterator(m_node->members.data(), m_node->members.data() + m_node->members.size());
}
inline TreeMemberIterator TreeObject::end() const {
  const Member* end = m_node->members.data() + m_node->members.size();
  return TreeMemberIterator(end, end);
}
inline TreeMemberIterator TreeObject::find(const std::string& name) const {
  const Member* member = is_hidden_key(name) ? nullptr : m_node->find_member(name);
  return member ? TreeMemberIterator(member, m_node->members.data() + m_node->members.size()) : end();
}

}  // namespace minutes::detail

namespace valijson::adapters {
template <>
struct AdapterTraits<minutes::detail::TreeAdapter> {
  using DocumentType = minutes::Node;
  static std::string adapterName() { return "MinutesTreeAdapter"; }
};
}  // namespace valijson::adapters
