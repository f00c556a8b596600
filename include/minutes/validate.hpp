#pragma once

#include <optional>
#include <string>

#include "minutes/diagnostic.hpp"
#include "minutes/input.hpp"
#include "minutes/model.hpp"
#include "minutes/schema.hpp"
#include "minutes/tree.hpp"

namespace minutes {

struct CheckOptions {
  const Schema* schema = nullptr;  // nullptr: the built-in schema
  bool strict = false;             // warnings count as errors
};

struct CheckedRecord {
  std::string text;  // the normalised source, for quoting lines in messages
  Diagnostics diagnostics;
  std::optional<Meeting> meeting;  // set when the record is valid
  bool valid() const;
};

// All layers on one record's bytes: encoding, YAML, schema, typed model, rules. Never throws for
// bad input; every problem becomes a diagnostic, sorted in document order.
CheckedRecord check_record(std::string text, const CheckOptions& options = {});

// The rules a schema cannot express, on a record that passed the schema.
Diagnostics check_rules(const Meeting& meeting, const Node& root);

// Builds the typed model from a tree; fields of the wrong shape are left empty.
Meeting decode_meeting(const Node& root);

}  // namespace minutes
