// The rules a JSON Schema cannot express: relations between fields, and a time zone that the
// machine's zone database must know.
#include <filesystem>
#include <map>
#include <system_error>

#include <fmt/format.h>

#include "minutes/validate.hpp"
#include "minutes/dates.hpp"
#include "minutes/limits.hpp"
#include "minutes/time_zone.hpp"
#include "minutes/translate.hpp"

namespace minutes {
namespace {

class RuleContext {
 public:
  RuleContext(const Node& root, Diagnostics& out) : m_root(root), m_out(out) {}

  void report(Severity severity, std::string pointer, std::string rule, std::string message) {
    const Node* node = resolve_pointer(m_root, pointer);
    m_out.push_back({node ? node->position : m_root.position, std::move(pointer), std::move(rule),
                     severity, std::move(message)});
  }

 private:
  const Node& m_root;
  Diagnostics& m_out;
};

bool has_date(const Date& date) { return date.year != 0; }

void check_time_order(RuleContext& context, const std::string& base, const std::optional<Time>& start,
                      const std::optional<Time>& end) {
  if (start && end && !(*end > *start)) {
    context.report(
        Severity::error, base + "/end", "time-order",
        // TRANSLATORS: {0} and {1} are times of day (13:30); "end" and "start" are
        // the record's end: and start:.
        tr_format("end {0} is not after start {1}", format_time(*end), format_time(*start)));
  }
}

// Ids of one list must be unique; reports each repetition at the later item.
template <typename Item>
void check_unique_ids(RuleContext& context, const std::vector<Item>& items, std::string_view list) {
  std::map<std::string, std::size_t> first_index;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].id.empty()) continue;
    const auto [seen, inserted] = first_index.emplace(items[i].id, i);
    if (!inserted) {
      context.report(Severity::error, fmt::format("/{}/{}/id", list, i), "duplicate-id",
                     // TRANSLATORS: {0} is an id in quotes, {1} the JSON Pointer of the first
                     // item with it (/actions/0).
                     tr_format("id {0} is already used by {1}", quote_value(items[i].id),
                               fmt::format("/{}/{}", list, seen->second)));
    }
  }
}

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// The schema bounds each Markdown field; rendering also bounds their sum (minutes/limits.hpp), so
// that sum is checked here, at the field where it goes over, or a valid record would not render.
void check_markdown_total(RuleContext& context, const Meeting& meeting) {
  std::vector<std::pair<std::string, std::size_t>> fields;
  if (!meeting.summary.empty()) fields.emplace_back("/summary", code_points(meeting.summary));
  for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
    if (meeting.agenda[i].notes.empty()) continue;
    fields.emplace_back(fmt::format("/agenda/{}/notes", i), code_points(meeting.agenda[i].notes));
  }
  std::size_t total = 0;
  for (const auto& field : fields) total += field.second;
  if (total <= k_max_markdown_document_chars) return;
  std::size_t running = 0;
  for (const auto& [pointer, length] : fields) {
    running += length;
    if (running <= k_max_markdown_document_chars) continue;
    context.report(Severity::error, pointer, "markdown-total",
                   tr_format("expected at most {} characters of Markdown in one record (summary "
                             "and agenda notes together), found {}; the limit is passed here. "
                             "Move long texts into attachments or split the record",
                             k_max_markdown_document_chars, total));
    return;
  }
}

// The zone must be one this machine can read, or nothing could put the meeting in a calendar.
// A name of the wrong shape is the schema's to report (pattern).
void check_time_zone(RuleContext& context, const std::string& name) {
  if (name.empty() || !TimeZone::is_name(name) || TimeZone::loads(name)) return;
  // TRANSLATORS: {0} in the messages below is the zone name in quotes ("Europe/Olso").
  const std::string zone = quote_value(name);
  std::string message;
  std::error_code error;
  if (TimeZone::is_machine_dependent(name)) {
    message = tr_format("unknown time zone {0}: it stands for whatever zone a machine is set to; "
                        "write the zone's name, such as Europe/Oslo",
                        zone);
  } else if (!std::filesystem::is_directory(TimeZone::database(), error)) {
    // TRANSLATORS: {1} is a folder; keep tzdata and TZDIR.
    message = tr_format("unknown time zone {0}: there is no zone database in {1} (install tzdata, "
                        "or set TZDIR)",
                        zone, TimeZone::database().string());
  } else if (const std::string nearest = TimeZone::nearest_name(name); !nearest.empty()) {
    message = tr_format("unknown time zone {0}; did you mean {1}?", zone, quote_value(nearest));
  } else {
    message = tr_format("unknown time zone {0} (expected a name from the zone database such as "
                        "Europe/Oslo)",
                        zone);
  }
  context.report(Severity::error, "/timezone", "timezone", std::move(message));
}

}  // namespace

Diagnostics check_rules(const Meeting& meeting, const Node& root) {
  Diagnostics out;
  RuleContext context(root, out);
  check_time_order(context, "", meeting.start, meeting.end);
  check_time_zone(context, meeting.timezone);
  if (meeting.next_meeting) {
    if (has_date(meeting.date) && !(meeting.next_meeting->date > meeting.date)) {
      context.report(Severity::error, "/next_meeting/date", "next-meeting",
                     // TRANSLATORS: {0} is the next meeting's date, {1} this meeting's date.
                     tr_format("the next meeting ({0}) must come after this meeting ({1})",
                               format_date(meeting.next_meeting->date), format_date(meeting.date)));
    }
    check_time_order(context, "/next_meeting", meeting.next_meeting->start, meeting.next_meeting->end);
  }
  check_markdown_total(context, meeting);
  check_unique_ids(context, meeting.decisions, "decisions");
  check_unique_ids(context, meeting.actions, "actions");
  for (std::size_t i = 0; i < meeting.actions.size(); ++i) {
    const Action& action = meeting.actions[i];
    if (action.due && has_date(meeting.date) && *action.due < meeting.date) {
      context.report(Severity::warning, fmt::format("/actions/{}/due", i), "due-before-meeting",
                     // TRANSLATORS: {0} is the action's due date, {1} the meeting's date.
                     tr_format("due date {0} is before the meeting ({1})", format_date(*action.due),
                               format_date(meeting.date)));
    }
  }
  std::map<std::string, std::size_t> people;
  for (std::size_t i = 0; i < meeting.participants.size(); ++i) {
    const auto* person = std::get_if<Person>(&meeting.participants[i]);
    if (!person || person->name.empty()) continue;
    const auto [seen, inserted] = people.emplace(person->name, i);
    if (!inserted) {
      context.report(Severity::warning, fmt::format("/participants/{}/name", i), "duplicate-person",
                     // TRANSLATORS: {0} is a name in quotes, {1} the JSON Pointer of the first
                     // entry with it (/participants/0).
                     tr_format("{0} is already listed as {1}", quote_value(person->name),
                               fmt::format("/participants/{}", seen->second)));
    }
  }
  return out;
}

}  // namespace minutes
