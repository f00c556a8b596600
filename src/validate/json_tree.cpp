#include "validate/json_tree.hpp"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

namespace minutes::detail {
namespace {

constexpr int k_max_depth = 256;

tl::expected<Node, std::string> to_node(const nlohmann::ordered_json& value, int depth) {
  if (depth > k_max_depth) return tl::unexpected(std::string("nesting too deep"));
  Node node;
  switch (value.type()) {
    case nlohmann::json::value_t::null: node.kind = NodeKind::null; break;
    case nlohmann::json::value_t::boolean:
      node.kind = NodeKind::boolean;
      node.boolean = value.get<bool>();
      node.text = node.boolean ? "true" : "false";
      break;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      node.kind = NodeKind::integer;
      node.integer = value.get<std::int64_t>();
      node.text = std::to_string(node.integer);
      break;
    case nlohmann::json::value_t::number_float:
      node.kind = NodeKind::number;
      node.number = value.get<double>();
      node.text = value.dump();
      break;
    case nlohmann::json::value_t::string:
      node.kind = NodeKind::string;
      node.text = value.get<std::string>();
      break;
    case nlohmann::json::value_t::array:
      node.kind = NodeKind::sequence;
      for (const auto& item : value) {
        auto child = to_node(item, depth + 1);
        if (!child) return child;
        node.items.push_back(std::move(*child));
      }
      break;
    case nlohmann::json::value_t::object:
      node.kind = NodeKind::mapping;
      for (const auto& [key, item] : value.items()) {
        auto child = to_node(item, depth + 1);
        if (!child) return child;
        node.members.push_back({key, {}, std::move(*child)});
      }
      break;
    default: return tl::unexpected(std::string("unsupported JSON value"));
  }
  return node;
}

}  // namespace

tl::expected<Node, std::string> parse_json_tree(std::string_view text) {
  const auto document = nlohmann::ordered_json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) return tl::unexpected(std::string("not valid JSON"));
  return to_node(document, 0);
}

}  // namespace minutes::detail
