// The action register across records: carried-over actions merged by id, derived ids for the
// others, and its document and CSV table (minutes actions; summary shows it per year).
#include "minutes/action_register.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <numeric>

#include <fmt/format.h>

#include "minutes/case_fold.hpp"
#include "minutes/labels.hpp"
#include "minutes/report_labels.hpp"
#include "minutes/dates.hpp"

namespace minutes {
namespace {

std::string file_stem(std::string_view source) {
  if (source == "<stdin>" || source == "-") return "stdin";
  std::string stem = std::filesystem::path(source).stem().string();
  return stem.empty() ? std::string(source) : stem;
}

std::string_view trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

}  // namespace

std::int64_t days_between(const Date& from, const Date& to) {
  using namespace std::chrono;
  const auto day = [](const Date& d) {
    return sys_days{year{d.year} / month{static_cast<unsigned>(d.month)} / static_cast<unsigned>(d.day)};
  };
  return (day(to) - day(from)).count();
}

bool is_overdue(const RegisterAction& action, const Date& as_of) {
  return action.status == ActionStatus::open && action.due && *action.due < as_of;
}

std::int64_t days_overdue(const RegisterAction& action, const Date& as_of) {
  return is_overdue(action, as_of) ? days_between(*action.due, as_of) : 0;
}

void ActionRegisterBuilder::release(std::uint32_t record) {
  if (--m_records[record].uses > 0) return;
  std::string().swap(m_records[record].source);
  m_free_records.push_back(record);
}

void ActionRegisterBuilder::add(std::string_view source, const Meeting& meeting) {
  if (meeting.actions.empty()) return;
  std::uint32_t here = 0;
  if (m_free_records.empty()) {
    here = static_cast<std::uint32_t>(m_records.size());
    m_records.emplace_back();
  } else {
    here = m_free_records.back();
    m_free_records.pop_back();
  }
  m_records[here] = Record{meeting.date,  m_text.intern(meeting.title),     std::string(source), 0,
                           meeting.start, m_text.intern(meeting.organizer), meeting.revision};
  const Date& date = meeting.date;
  for (std::size_t i = 0; i < meeting.actions.size(); ++i) {
    const Action& action = meeting.actions[i];
    Entry entry;
    entry.action.due = action.due;
    entry.action.status = action.status;
    entry.action.position = static_cast<std::uint32_t>(i + 1);
    entry.latest = here;
    entry.first = here;
    if (!action.owner.empty()) entry.owner_from = date;
    if (entry.action.due) entry.due_from = date;
    // Text is kept only where it is shown: older news about a known action adds nothing.
    const auto keep_text = [&] {
      entry.action.task = m_text.intern(action.task);
      entry.action.owner = m_text.intern(action.owner);
    };
    if (action.id.empty()) {
      keep_text();
      entry.action.derived_id = true;  // the id is made by finish(), from the file name
      use(here);
      use(here);
      m_entries.push_back(entry);
      continue;
    }
    entry.action.id = m_text.intern(action.id);
    const auto [found, inserted] = m_by_id.try_emplace(entry.action.id, m_entries.size());
    if (inserted) {
      keep_text();
      use(here);
      use(here);
      m_entries.push_back(entry);
      continue;
    }
    Entry& known = m_entries[found->second];
    RegisterAction& shown = known.action;
    ++shown.records;
    if (date < m_records[known.first].date) {
      use(here);
      release(known.first);
      known.first = here;
    }
    // An owner or due date the latest record leaves out comes from the latest record giving one.
    if (!action.owner.empty() && !(date < known.owner_from)) {
      shown.owner = m_text.intern(action.owner);
      known.owner_from = date;
    }
    if (entry.action.due && !(date < known.due_from)) {
      shown.due = entry.action.due;
      known.due_from = date;
    }
    if (!(date < m_records[known.latest].date)) {  // a later meeting, or the same day read later
      shown.task = m_text.intern(action.task);
      shown.status = entry.action.status;
      shown.position = entry.action.position;
      use(here);
      release(known.latest);
      known.latest = here;
    }
  }
  if (m_records[here].uses == 0) {  // every action of this record was older news
    ++m_records[here].uses;
    release(here);
  }
}

ActionRegister ActionRegisterBuilder::finish() {
  const auto reference = [&](std::uint32_t record) {
    const Record& from = m_records[record];
    return MeetingRef{from.date,  from.title,     m_text.intern(from.source),
                      from.start, from.organizer, from.revision};
  };
  for (Entry& entry : m_entries) {
    entry.action.latest = reference(entry.latest);
    entry.action.first = reference(entry.first);
    if (entry.action.derived_id) {
      entry.action.id = m_text.intern(
          fmt::format("{}#{}", file_stem(m_records[entry.first].source), entry.action.position));
    }
  }
  std::vector<std::size_t> order(m_entries.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const RegisterAction& x = m_entries[a].action;
    const RegisterAction& y = m_entries[b].action;
    if (x.due.has_value() != y.due.has_value()) return x.due.has_value();
    if (x.due && *x.due != *y.due) return *x.due < *y.due;
    return x.first.date < y.first.date;
  });
  ActionRegister result;
  result.actions.reserve(order.size());
  for (std::size_t i : order) result.actions.push_back(m_entries[i].action);
  result.text = std::move(m_text);
  m_entries.clear();
  m_records.clear();
  m_free_records.clear();
  m_by_id.clear();
  m_text = TextPool();
  return result;
}

std::vector<std::size_t> select_actions(const ActionRegister& actions, const ActionFilter& filter,
                                        const Date& as_of) {
  const std::string owner = fold_case(trimmed(filter.owner));
  std::vector<std::size_t> selected;
  for (std::size_t i = 0; i < actions.actions.size(); ++i) {
    const RegisterAction& action = actions.actions[i];
    if (filter.open_only && action.status != ActionStatus::open) continue;
    if (filter.overdue_only && !is_overdue(action, as_of)) continue;
    if (!owner.empty() && fold_case(trimmed(actions.text[action.owner])) != owner) continue;
    selected.push_back(i);
  }
  return selected;
}

namespace {

std::string status_label(ActionStatus status, std::string_view language) {
  switch (status) {
    case ActionStatus::done:
      return std::string(label(language, Label::done));
    case ActionStatus::cancelled:
      return std::string(label(language, Label::cancelled));
    case ActionStatus::open:
      break;
  }
  return std::string(label(language, Label::open));
}

std::string meeting_text(const ActionRegister& actions, const MeetingRef& meeting,
                         std::string_view language) {
  return fmt::format("{}, {}", long_date(meeting.date, language), actions.text[meeting.title]);
}

}  // namespace

doc::Document build_actions_document(const ActionRegister& actions,
                                     const std::vector<std::size_t>& selected,
                                     std::string_view language, const Date& as_of) {
  const auto text = [&](Label which) { return std::string(label(language, which)); };
  const auto words = [&](ReportLabel which) { return std::string(report_label(language, which)); };
  doc::Document document;
  document.title = words(ReportLabel::actions_title);
  document.language = std::string(language);
  document.blocks.push_back({doc::Heading{1, doc::plain(document.title), "actions"}});

  std::size_t open = 0;
  std::size_t overdue = 0;
  for (std::size_t i : selected) {
    if (actions.actions[i].status == ActionStatus::open) ++open;
    if (is_overdue(actions.actions[i], as_of)) ++overdue;
  }
  doc::Definitions facts;
  facts.entries.push_back({words(ReportLabel::as_of), doc::plain(long_date(as_of, language))});
  facts.entries.push_back({text(Label::actions), doc::plain(std::to_string(selected.size()))});
  facts.entries.push_back({text(Label::open), doc::plain(std::to_string(open))});
  facts.entries.push_back({words(ReportLabel::overdue), doc::plain(std::to_string(overdue))});
  document.blocks.push_back({std::move(facts)});
  if (selected.empty()) {
    document.blocks.push_back({doc::Paragraph{doc::plain(words(ReportLabel::no_actions))}});
    return document;
  }
  document.blocks.push_back({build_actions_report_table(actions, selected, language, as_of)});
  return document;
}

doc::Table build_actions_report_table(const ActionRegister& actions,
                                      const std::vector<std::size_t>& selected,
                                      std::string_view language, const Date& as_of) {
  const auto text = [&](Label which) { return std::string(label(language, which)); };
  const auto words = [&](ReportLabel which) { return std::string(report_label(language, which)); };
  doc::Table table{"actions", text(Label::actions), {}, {}, true};
  table.header = {text(Label::id),
                  text(Label::task),
                  text(Label::owner),
                  text(Label::due),
                  text(Label::action_status),
                  words(ReportLabel::days_overdue),
                  words(ReportLabel::latest_record),
                  words(ReportLabel::first_raised)};
  for (std::size_t i : selected) {
    const RegisterAction& action = actions.actions[i];
    const std::int64_t late = days_overdue(action, as_of);
    std::vector<doc::Spans> row;
    row.push_back(doc::plain(std::string(actions.text[action.id])));
    row.push_back(doc::plain(std::string(actions.text[action.task])));
    row.push_back(doc::plain(std::string(actions.text[action.owner])));
    row.push_back(doc::plain(action.due ? long_date(*action.due, language) : std::string()));
    if (late > 0) {
      row.push_back({doc::Span{words(ReportLabel::overdue), doc::Span::Style::strong, {}}});
      row.push_back({doc::Span{std::to_string(late), doc::Span::Style::strong, {}}});
    } else {
      row.push_back(doc::plain(status_label(action.status, language)));
      row.push_back(doc::plain(std::string()));
    }
    row.push_back(doc::plain(meeting_text(actions, action.latest, language)));
    row.push_back(doc::plain(action.records > 1 || action.first.date != action.latest.date
                                 ? meeting_text(actions, action.first, language)
                                 : std::string()));
    table.rows.push_back(std::move(row));
  }
  return table;
}

doc::Table build_actions_table(const ActionRegister& actions,
                               const std::vector<std::size_t>& selected, const Date& as_of) {
  doc::Table table{"actions", "Actions", {}, {}, true};
  table.header = {"id",           "id_derived",   "task",          "owner",
                  "due",          "status",       "overdue",       "days_overdue",
                  "meeting_date", "meeting",      "file",          "first_date",
                  "first_meeting", "first_file",  "records"};
  for (std::size_t i : selected) {
    const RegisterAction& action = actions.actions[i];
    const auto cell = [](std::string_view value) { return doc::plain(std::string(value)); };
    const std::int64_t late = days_overdue(action, as_of);
    table.rows.push_back({cell(actions.text[action.id]),
                          cell(action.derived_id ? "yes" : "no"),
                          cell(actions.text[action.task]),
                          cell(actions.text[action.owner]),
                          cell(action.due ? format_date(*action.due) : std::string()),
                          cell(name_of(action.status)),
                          cell(is_overdue(action, as_of) ? "yes" : "no"),
                          cell(late > 0 ? std::to_string(late) : std::string()),
                          cell(format_date(action.latest.date)),
                          cell(actions.text[action.latest.title]),
                          cell(actions.text[action.latest.source]),
                          cell(format_date(action.first.date)),
                          cell(actions.text[action.first.title]),
                          cell(actions.text[action.first.source]),
                          cell(std::to_string(action.records))});
  }
  return table;
}

}  // namespace minutes
