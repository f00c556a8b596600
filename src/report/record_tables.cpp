#include "minutes/record_tables.hpp"

#include <array>
#include <cstdint>
#include <optional>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "minutes/dates.hpp"

namespace minutes {
namespace {

// One row as plain strings; the common columns (file, date, meeting) are added by the caller.
using Cells = std::vector<std::string>;
using Rows = std::vector<Cells>;

std::string number(std::int64_t value) { return std::to_string(value); }

std::string number(const std::optional<std::int64_t>& value) {
  return value ? std::to_string(*value) : std::string();
}

std::string position(std::size_t index) { return std::to_string(index + 1); }

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

// Answers fill a question's grid row by row, `columns` wide; row and column are 1-based.
Rows workshop_rows(const Meeting& meeting) {
  Rows rows;
  for (const Workshop& workshop : meeting.workshops) {
    for (const Question& question : workshop.questions) {
      const std::size_t columns =
          question.columns >= 1 ? static_cast<std::size_t>(question.columns) : 1;
      for (std::size_t i = 0; i < question.answers.size(); ++i) {
        const Answer& answer = question.answers[i];
        rows.push_back({workshop.title, question.prompt, std::to_string(i / columns + 1),
                        std::to_string(i % columns + 1), answer.text, number(answer.votes),
                        joined(answer.tags, ";")});
      }
    }
  }
  return rows;
}

// Persons and groups share one table: a group's name is its `group`, its status is always
// present, and count says how many people a row stands for (1 for a person).
Rows participant_rows(const Meeting& meeting) {
  Rows rows;
  for (const Participant& participant : meeting.participants) {
    if (const auto* group = std::get_if<Group>(&participant)) {
      rows.push_back(
          {"group", group->name, "", "", "present", number(group->count), "", group->note});
    } else {
      const auto& person = std::get<Person>(participant);
      rows.push_back({"person", person.name, person.role, person.organization,
                      std::string(name_of(person.status)), "1", person.on_behalf_of, ""});
    }
  }
  return rows;
}

Rows agenda_rows(const Meeting& meeting) {
  Rows rows;
  for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
    const AgendaItem& item = meeting.agenda[i];
    rows.push_back({position(i), item.title, item.presenter, item.notes});
  }
  return rows;
}

Rows decision_rows(const Meeting& meeting) {
  Rows rows;
  for (std::size_t i = 0; i < meeting.decisions.size(); ++i) {
    const Decision& decision = meeting.decisions[i];
    const Votes votes = decision.votes.value_or(Votes{});
    rows.push_back({position(i), decision.id, decision.text, number(votes.in_favour),
                    number(votes.against), number(votes.abstain)});
  }
  return rows;
}

Rows action_rows(const Meeting& meeting) {
  Rows rows;
  for (std::size_t i = 0; i < meeting.actions.size(); ++i) {
    const Action& action = meeting.actions[i];
    rows.push_back({position(i), action.id, action.task, action.owner,
                    action.due ? format_date(*action.due) : std::string(),
                    std::string(name_of(action.status))});
  }
  return rows;
}

Rows attachment_rows(const Meeting& meeting) {
  Rows rows;
  for (std::size_t i = 0; i < meeting.attachments.size(); ++i) {
    const Attachment& attachment = meeting.attachments[i];
    rows.push_back({position(i), attachment.title, attachment.href});
  }
  return rows;
}

struct TableSpec {
  std::string_view name;
  std::string_view caption;
  std::vector<std::string_view> columns;  // after file, date, meeting
  Rows (*rows)(const Meeting&);
};

const std::array<TableSpec, 6>& table_specs() {
  static const std::array<TableSpec, 6> k_specs{{
      {"workshops",
       "Workshop answers",
       {"workshop", "question", "row", "column", "answer", "votes", "tags"},
       workshop_rows},
      {"participants",
       "Participants",
       {"kind", "name", "role", "organization", "status", "count", "on_behalf_of", "note"},
       participant_rows},
      {"agenda", "Agenda", {"position", "title", "presenter", "notes"}, agenda_rows},
      {"decisions",
       "Decisions",
       {"position", "id", "text", "for", "against", "abstain"},
       decision_rows},
      {"actions", "Actions", {"position", "id", "task", "owner", "due", "status"}, action_rows},
      {"attachments", "Attachments", {"position", "title", "href"}, attachment_rows},
  }};
  return k_specs;
}

}  // namespace

std::vector<std::string_view> record_table_names() {
  std::vector<std::string_view> names;
  for (const TableSpec& spec : table_specs()) names.push_back(spec.name);
  return names;
}

tl::expected<doc::Table, std::string> build_record_table(std::string_view name,
                                                         std::span<const TableRecord> records) {
  const TableSpec* spec = nullptr;
  for (const TableSpec& candidate : table_specs()) {
    if (candidate.name == name) spec = &candidate;
  }
  if (!spec) {
    return tl::unexpected(fmt::format("unknown table \"{}\"; known tables: {}", name,
                                      fmt::join(record_table_names(), ", ")));
  }
  doc::Table table;
  table.name = std::string(spec->name);
  table.caption = std::string(spec->caption);
  table.header = {"file", "date", "meeting"};
  table.header.insert(table.header.end(), spec->columns.begin(), spec->columns.end());
  for (const TableRecord& record : records) {
    if (!record.meeting) {
      return tl::unexpected(fmt::format("{}: no meeting record to tabulate", record.source_name));
    }
    const Meeting& meeting = *record.meeting;
    const std::string date = format_date(meeting.date);
    for (Cells& cells : spec->rows(meeting)) {
      std::vector<doc::Spans> row{doc::plain(std::string(record.source_name)), doc::plain(date),
                                  doc::plain(meeting.title)};
      for (std::string& cell : cells) row.push_back(doc::plain(std::move(cell)));
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

}  // namespace minutes
