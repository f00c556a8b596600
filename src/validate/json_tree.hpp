#pragma once

#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "minutes/tree.hpp"

namespace minutes::detail {

// Reads a JSON document into our tree. Schemas are usually JSON, and nlohmann's parser reads
// the built-in schema in a tenth of the time yaml-cpp takes, which is most of a one-file run.
// Positions are not kept: messages point into records, not into schemas.
tl::expected<Node, std::string> parse_json_tree(std::string_view text);

}  // namespace minutes::detail
