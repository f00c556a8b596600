#pragma once

#include "minutes/diagnostic.hpp"
#include "minutes/model.hpp"
#include "minutes/tree.hpp"

namespace minutes {

// The rules a schema cannot express, on a record that passed the schema.
Diagnostics check_rules(const Meeting& meeting, const Node& root);

}  // namespace minutes
