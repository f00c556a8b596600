#pragma once

#include <functional>
#include <string>
#include <vector>

#include "minutes/action_register.hpp"
#include "minutes/summary.hpp"

namespace minutes {

// JSON for the reports over many records, for jq and other programs: plain data, English keys,
// ISO dates, no labels. Absent optional values are left out; lists are always present.

// The summary, handed to `write` in pieces (about one per year) so that it never has to be in
// memory at once; the pieces concatenated are one JSON document with a final newline.
void write_summary_json(const Summary& summary, const Date& as_of,
                        const std::function<void(std::string)>& write);

// The selected actions of the register: {"as_of": ..., "actions": [...]}.
std::string actions_json(const ActionRegister& actions, const std::vector<std::size_t>& selected,
                         const Date& as_of);

}  // namespace minutes
