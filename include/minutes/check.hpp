#pragma once

#include <optional>
#include <string>

#include "minutes/diagnostic.hpp"
#include "minutes/model.hpp"
#include "minutes/schema.hpp"

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

}  // namespace minutes
