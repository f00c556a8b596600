#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "minutes/document.hpp"
#include "minutes/model.hpp"

namespace minutes {

// One record to tabulate, and the name it was read under (the "file" column).
struct TableRecord {
  std::string_view source_name;
  const Meeting* meeting = nullptr;
};

// The names --table accepts, in a stable order: workshops, participants, agenda, decisions,
// actions, attachments.
std::vector<std::string_view> record_table_names();

// One flat table over all `records`, one row per item (per answer for "workshops"). Every
// table starts with the columns file, date, meeting; every cell is one plain span; absent
// values are empty cells. An unknown name is an error that lists the known names.
tl::expected<doc::Table, std::string> build_record_table(std::string_view name,
                                                         std::span<const TableRecord> records);

}  // namespace minutes
