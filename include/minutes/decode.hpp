#pragma once

#include "minutes/model.hpp"
#include "minutes/tree.hpp"

namespace minutes {

// Builds the typed model from a tree; fields of the wrong shape are left empty.
Meeting decode_meeting(const Node& root);

}  // namespace minutes
