#include "minutes/schema.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "minutes/input.hpp"
#include "minutes/translate.hpp"
#include "validate/json_tree.hpp"
#include "validate/schema_messages.hpp"
#include "validate/schema_walk.hpp"
#include "validate/tree_adapter.hpp"

namespace minutes {

namespace embedded {
std::string_view meeting_schema_v1();
}

std::string_view builtin_schema_text() { return embedded::meeting_schema_v1(); }

struct Schema::Impl {
  Node document;                          // as written: consulted for messages and formats
  std::map<std::string, Node> external;   // documents reached by $ref, as written
  valijson::Schema compiled;
  bool hide_extension_keys = false;       // compiled without patternProperties (see below)
  detail::SchemaWalk::RefTargets ref_targets;
  detail::SchemaWalk::SchemaFlags reaches_format;
};

namespace {

constexpr int k_schema_max_depth = 256;

// Keywords whose value is a schema, a list of schemas, or a map of names to schemas.
void strip_formats(Node& schema);

void strip_formats_in_each(Node& container) {
  if (container.kind == NodeKind::mapping) {
    for (Member& member : container.members) strip_formats(member.value);
  } else if (container.kind == NodeKind::sequence) {
    for (Node& item : container.items) strip_formats(item);
  }
}

// valijson's `format` check is wrong (2023-02-29 passes, `time` needs seconds), so it never
// sees the keyword; schema_messages.cpp checks formats instead.
void strip_formats(Node& schema) {
  if (schema.kind != NodeKind::mapping) return;
  std::erase_if(schema.members, [](const Member& m) { return m.key == "format"; });
  for (Member& member : schema.members) {
    const std::string& key = member.key;
    if (key == "properties" || key == "patternProperties" || key == "definitions" ||
        key == "dependencies") {
      strip_formats_in_each(member.value);
    } else if (key == "items" || key == "allOf" || key == "anyOf" || key == "oneOf") {
      if (member.value.kind == NodeKind::sequence) {
        strip_formats_in_each(member.value);
      } else {
        strip_formats(member.value);
      }
    } else if (key == "additionalProperties" || key == "additionalItems" || key == "contains" ||
               key == "propertyNames" || key == "if" || key == "then" || key == "else" ||
               key == "not") {
      strip_formats(member.value);
    }
  }
}

// valijson compiles the regex of a patternProperties entry again for every object it checks
// (ValidatePatternPropertySubschemas in validation_visitor.hpp): a third of the time of a schema
// check of a typical record. The built-in schema's only pattern property is "^x-", allowing any
// value, beside `additionalProperties: false`. For such a schema, valijson gets it without
// patternProperties and the adapter hides x- keys (tree_adapter.hpp), which gives the same
// result as long as nothing else in the schema can see x- keys. This checks that conservatively:
// every patternProperties is {"^x-": annotations only}, every additionalProperties is false next
// to one, and no keyword that looks at a mapping's keys or compares whole values is used.
bool annotations_only(const Node& schema) {
  if (schema.kind == NodeKind::boolean) return schema.boolean;
  if (schema.kind != NodeKind::mapping) return false;
  for (const Member& member : schema.members) {
    if (member.key != "description" && member.key != "title" && member.key != "$comment" &&
        member.key != "examples" && member.key != "default") {
      return false;
    }
  }
  return true;
}

bool extension_keys_only_ignored(const Node& node) {
  if (node.kind == NodeKind::sequence) {
    return std::all_of(node.items.begin(), node.items.end(), extension_keys_only_ignored);
  }
  if (node.kind != NodeKind::mapping) return true;
  const Node* patterns = node.find("patternProperties");
  const Node* additional = node.find("additionalProperties");
  if (patterns) {
    if (patterns->kind != NodeKind::mapping || patterns->members.size() != 1 ||
        patterns->members[0].key != "^x-" || !annotations_only(patterns->members[0].value)) {
      return false;
    }
  }
  if (additional && !(additional->kind == NodeKind::boolean && !additional->boolean && patterns)) return false;
  for (const Member& member : node.members) {
    const std::string& key = member.key;
    if (key == "minProperties" || key == "maxProperties" || key == "propertyNames" ||
        key == "dependencies") {
      return false;
    }
    if (key == "$ref") {
      if (member.value.is_string() && member.value.text.starts_with("#")) continue;
      return false;  // another document: not looked at here
    }
    if (key == "enum" || key == "const") {
      // A mapping is never equal to a scalar, so scalars cannot tell whether keys are hidden.
      const auto scalar = [](const Node& value) {
        return value.kind != NodeKind::mapping && value.kind != NodeKind::sequence;
      };
      if (key == "const" ? !scalar(member.value)
                         : (member.value.kind != NodeKind::sequence ||
                            !std::all_of(member.value.items.begin(), member.value.items.end(), scalar))) {
        return false;
      }
      continue;
    }
    if (key == "properties" && member.value.kind == NodeKind::mapping) {
      for (const Member& property : member.value.members) {
        if (property.key.starts_with("x-")) return false;
      }
    }
    if (key == "required" && member.value.kind == NodeKind::sequence) {
      for (const Node& name : member.value.items) {
        if (name.text.starts_with("x-")) return false;
      }
    }
    if (key == "patternProperties") continue;
    if (!extension_keys_only_ignored(member.value)) return false;
  }
  return true;
}

void strip_pattern_properties(Node& node) {
  if (node.kind == NodeKind::sequence) {
    for (Node& item : node.items) strip_pattern_properties(item);
  } else if (node.kind == NodeKind::mapping) {
    std::erase_if(node.members, [](const Member& m) { return m.key == "patternProperties"; });
    for (Member& member : node.members) strip_pattern_properties(member.value);
  }
}

tl::expected<Node, std::string> parse_schema_text(std::string text, std::string_view name) {
  const Diagnostics encoding = check_and_normalise_text(text);
  if (!encoding.empty()) {
    return tl::unexpected(fmt::format("{}:{}:{}: {}", name, encoding.front().position.line,
                                      encoding.front().position.column, encoding.front().message));
  }
  const std::size_t start = text.find_first_not_of(" \t\n");
  if (start != std::string::npos && text[start] == '{') {
    auto json = detail::parse_json_tree(text);
    if (json) return json;
    // Not JSON after all (YAML flow style also starts with '{'): let yaml-cpp say why.
  }
  ParsedDocument parsed = parse_yaml(text, ParseLimits{k_schema_max_depth});
  if (!parsed.diagnostics.empty() || !parsed.root) {
    const Diagnostic& first = parsed.diagnostics.front();
    return tl::unexpected(fmt::format("{}:{}:{}: {}", name, first.position.line,
                                      first.position.column, first.message));
  }
  if (parsed.root->kind != NodeKind::mapping) {
    // TRANSLATORS: {} is the schema's file name.
    return tl::unexpected(tr_format("{}: a schema must be a JSON/YAML object", name));
  }
  return std::move(*parsed.root);
}

tl::expected<std::string, std::string> read_schema_file(const std::filesystem::path& path) {
  const auto read = read_record_file(path, 16 * k_default_max_record_size);
  if (!read) return tl::unexpected(fmt::format("{}: {}", path.string(), read.error().message));
  if (read->too_large) return tl::unexpected(tr_format("{}: schema file too large", path.string()));
  return read->bytes;
}

}  // namespace

tl::expected<Schema, std::string> Schema::from_text(std::string_view text,
                                                    const std::filesystem::path& base_dir) {
  auto document = parse_schema_text(std::string(text), "schema");
  if (!document) return tl::unexpected(document.error());
  auto impl = std::make_shared<Impl>();
  impl->document = std::move(*document);
  Node stripped = impl->document;
  strip_formats(stripped);
  impl->hide_extension_keys = extension_keys_only_ignored(stripped);
  if (impl->hide_extension_keys) strip_pattern_properties(stripped);

  std::string fetch_error;
  const auto fetch = [&](const std::string& uri) -> const Node* {
    if (uri.find("://") != std::string::npos || uri.starts_with("//")) {
      // TRANSLATORS: {} is the address a schema's $ref names; keep "$ref".
      fetch_error = tr_format("$ref to {} refused: schemas are read from local files only", uri);
      return nullptr;
    }
    const std::filesystem::path path = std::filesystem::path(uri).is_absolute() ? std::filesystem::path(uri)
                                                                                : base_dir / uri;
    auto file_text = read_schema_file(path);
    if (!file_text) {
      fetch_error = file_text.error();
      return nullptr;
    }
    auto fetched = parse_schema_text(std::move(*file_text), path.string());
    if (!fetched) {
      fetch_error = fetched.error();
      return nullptr;
    }
    impl->external.emplace(uri, *fetched);
    auto* for_validator = new Node(std::move(*fetched));
    strip_formats(*for_validator);
    return for_validator;
  };
  const auto free_document = [](const Node* fetched) { delete fetched; };
  try {
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    parser.populateSchema(detail::TreeAdapter(stripped), impl->compiled, fetch, free_document);
  } catch (const std::exception& error) {
    // TRANSLATORS: {} is the reason, in English, from the schema library.
    return tl::unexpected(fetch_error.empty() ? tr_format("invalid schema: {}", error.what())
                                              : fetch_error);
  }
  impl->ref_targets = detail::SchemaWalk(impl->document, impl->external).resolve_all_refs();
  impl->reaches_format =
      detail::SchemaWalk(impl->document, impl->external, &impl->ref_targets).find_format_reach();
  return Schema(std::move(impl));
}

tl::expected<Schema, std::string> Schema::from_file(const std::filesystem::path& path) {
  auto text = read_schema_file(path);
  if (!text) return tl::unexpected(text.error());
  auto schema = from_text(*text, path.parent_path());
  if (!schema) {
    const std::string& message = schema.error();
    return tl::unexpected(message.starts_with("schema:")
                              ? path.string() + message.substr(6)
                              : fmt::format("{}: {}", path.string(), message));
  }
  return schema;
}

const Schema& Schema::builtin() {
  static const Schema schema = [] {
    auto compiled = from_text(builtin_schema_text(), {});
    if (!compiled) throw std::logic_error("the built-in schema does not compile: " + compiled.error());
    return std::move(*compiled);
  }();
  return schema;
}

namespace {

// valijson's context ["<root>", "[actions]", "[2]"] as a JSON Pointer, using the record to tell
// a key from an index.
std::string pointer_from_context(const std::vector<std::string>& context, const Node& record) {
  std::string pointer;
  const Node* current = &record;
  for (std::size_t i = 1; i < context.size(); ++i) {
    const std::string& part = context[i];
    const std::string segment =
        part.size() >= 2 && part.front() == '[' && part.back() == ']' ? part.substr(1, part.size() - 2)
                                                                      : part;
    if (current && current->kind == NodeKind::sequence) {
      pointer = pointer_append(pointer, segment);
      const std::size_t index = std::strtoul(segment.c_str(), nullptr, 10);
      current = index < current->items.size() ? &current->items[index] : nullptr;
    } else {
      pointer = pointer_append(pointer, segment);
      current = current ? current->find(segment) : nullptr;
    }
  }
  return pointer;
}

}  // namespace

Diagnostics Schema::validate(const Node& record) const {
  const detail::SchemaWalk walk(m_impl->document, m_impl->external, &m_impl->ref_targets,
                                &m_impl->reaches_format);
  Diagnostics out;
  std::vector<detail::RawSchemaError> raw;
  try {
    // One validator per thread: it caches compiled `pattern` regexes, which otherwise cost
    // more than the parse (measured with callgrind, see tests/bench/README.md).
    thread_local valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    struct HideExtensionKeys {
      explicit HideExtensionKeys(bool hide) { detail::t_hide_extension_keys = hide; }
      ~HideExtensionKeys() { detail::t_hide_extension_keys = false; }
    } hide(m_impl->hide_extension_keys);
    validator.validate(m_impl->compiled, detail::TreeAdapter(record), &results);
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
      raw.push_back({pointer_from_context(error.context, record), error.description});
    }
  } catch (const std::exception& error) {
    out.push_back({record.position, "", "internal", Severity::error,
                   tr_format("the schema check failed: {}", error.what())});
    return out;
  }
  out = detail::explain_schema_errors(raw, record, walk);
  detail::check_formats(record, walk, out);
  return out;
}

}  // namespace minutes
