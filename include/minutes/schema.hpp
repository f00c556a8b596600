#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "minutes/diagnostic.hpp"
#include "minutes/tree.hpp"

namespace minutes {

// A compiled JSON Schema (draft-07) plus the schema document itself, which is consulted to word
// messages (allowed values, minimums, known keys). Immutable and safe to share between threads.
class Schema {
 public:
  // The meeting record schema, version 1, compiled into the binary.
  static const Schema& builtin();
  // A user's schema file (JSON or YAML); local $refs resolve relative to its folder, no network.
  static tl::expected<Schema, std::string> from_file(const std::filesystem::path& path);
  static tl::expected<Schema, std::string> from_text(std::string_view text,
                                                     const std::filesystem::path& base_dir);

  // Checks a record; diagnostics carry positions from the record's tree.
  Diagnostics validate(const Node& record) const;

  struct Impl;

 private:
  explicit Schema(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}
  std::shared_ptr<const Impl> m_impl;
};

std::string_view builtin_schema_text();

}  // namespace minutes
