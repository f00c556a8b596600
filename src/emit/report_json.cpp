// JSON for `minutes summary -t json` and `minutes actions -t json` (report_json.hpp). The shape
// follows the report: per year the totals, meetings, decisions, actions (first raised that
// year, with their latest status), workshop questions, tags and next meetings.
#include "emit/emitters.hpp"

#include "emit/json_writer.hpp"
#include "minutes/dates.hpp"

namespace minutes {
namespace {

// Above this many bytes the summary writer hands its text over (besides once per year).
constexpr std::size_t k_piece_bytes = 1 << 20;

void write_meeting_ref(JsonWriter& json, std::string_view name, const ActionRegister& actions,
                       const MeetingRef& meeting) {
  json.key(name);
  json.begin_object();
  json.string_field("date", format_date(meeting.date));
  json.string_field("title", actions.text[meeting.title]);
  json.string_field("file", actions.text[meeting.source]);
  json.end_object();
}

void write_action(JsonWriter& json, const ActionRegister& actions, const RegisterAction& action,
                  const Date& as_of) {
  json.begin_object();
  json.string_field("id", actions.text[action.id]);
  json.bool_field("id_derived", action.derived_id);
  json.string_field("task", actions.text[action.task]);
  json.optional_string("owner", actions.text[action.owner]);
  if (action.due) json.string_field("due", format_date(*action.due));
  json.string_field("status", name_of(action.status));
  json.bool_field("overdue", is_overdue(action, as_of));
  if (is_overdue(action, as_of)) json.number_field("days_overdue", days_overdue(action, as_of));
  write_meeting_ref(json, "meeting", actions, action.latest);
  write_meeting_ref(json, "first_raised", actions, action.first);
  json.number_field("records", action.records);
  json.end_object();
}

std::optional<std::int64_t> count_of(std::int32_t value) {
  return value >= 0 ? std::optional<std::int64_t>(value) : std::nullopt;
}

void write_year(JsonWriter& json, const Summary& summary, const YearSummary& year, const Date& as_of,
                const std::function<void(std::string)>& write) {
  const TextPool& text = summary.text;
  const auto spill = [&] {
    if (json.size() > k_piece_bytes) write(json.take());
  };
  json.begin_object();
  json.number_field("year", year.year);
  json.key("totals");
  json.begin_object();
  json.number_field("meetings", static_cast<std::int64_t>(year.meetings.size()));
  json.number_field("attendance", year.attendance());
  json.number_field("named_people", year.named_people);
  json.number_field("organizations", year.organizations);
  json.number_field("groups", year.groups);
  json.number_field("people_in_groups", year.people_in_groups());
  json.end_object();

  json.key("meetings");
  json.begin_array();
  for (const SummaryMeeting& meeting : year.meetings) {
    json.begin_object();
    json.string_field("date", format_date(meeting.date));
    json.string_field("title", text[meeting.title]);
    json.optional_string("organizer", text[meeting.organizer]);
    json.number_field("named", meeting.named);
    json.number_field("in_groups", meeting.in_groups);
    json.number_field("attendance", meeting.attendance());
    json.end_object();
    spill();
  }
  json.end_array();

  json.key("decisions");
  json.begin_array();
  for (const SummaryDecision& decision : year.decisions) {
    const SummaryMeeting& meeting = year.meetings[decision.meeting];
    json.begin_object();
    json.string_field("date", format_date(meeting.date));
    json.string_field("meeting", text[meeting.title]);
    json.optional_string("id", text[decision.id]);
    json.string_field("text", text[decision.text]);
    if (const SummaryVotes* votes = year.votes_of(decision)) {
      json.key("votes");
      json.begin_object();
      json.optional_number("for", count_of(votes->in_favour));
      json.optional_number("against", count_of(votes->against));
      json.optional_number("abstain", count_of(votes->abstain));
      json.end_object();
    }
    json.end_object();
    spill();
  }
  json.end_array();

  std::int64_t open = 0, overdue = 0, done = 0, cancelled = 0;
  for (std::size_t i : year.actions) {
    const RegisterAction& action = summary.actions.actions[i];
    if (action.status == ActionStatus::open) ++open;
    if (action.status == ActionStatus::done) ++done;
    if (action.status == ActionStatus::cancelled) ++cancelled;
    if (is_overdue(action, as_of)) ++overdue;
  }
  json.key("actions");
  json.begin_object();
  json.number_field("open", open);
  json.number_field("overdue", overdue);
  json.number_field("done", done);
  json.number_field("cancelled", cancelled);
  json.key("items");
  json.begin_array();
  for (std::size_t i : year.actions) {
    write_action(json, summary.actions, summary.actions.actions[i], as_of);
    spill();
  }
  json.end_array();
  json.end_object();

  json.key("questions");
  json.begin_array();
  for (const SummaryQuestion& question : year.questions) {
    json.begin_object();
    json.string_field("prompt", text[question.prompt]);
    json.number_field("meetings", question.meetings);
    json.number_field("answers", question.answers);
    json.number_field("votes", question.votes);
    json.number_field("most_votes", question.most_votes);
    json.key("most_voted");
    json.begin_array();
    for (TextId answer : question.most_voted) json.string(text[answer]);
    json.end_array();
    json.end_object();
  }
  json.end_array();

  json.key("tags");
  json.begin_array();
  for (const SummaryTag& tag : year.tags) {
    json.begin_object();
    json.string_field("tag", text[tag.tag]);
    json.number_field("answers", tag.answers);
    json.number_field("votes", tag.votes);
    json.end_object();
  }
  json.end_array();

  json.key("next_meetings");
  json.begin_array();
  for (const SummaryNextMeeting& next : year.next_meetings) {
    const SummaryMeeting& meeting = year.meetings[next.meeting];
    json.begin_object();
    json.key("announced_at");
    json.begin_object();
    json.string_field("date", format_date(meeting.date));
    json.string_field("title", text[meeting.title]);
    json.end_object();
    json.string_field("date", format_date(next.date));
    json.optional_string("title", text[next.title]);
    json.optional_string("location", text[next.location]);
    json.bool_field("record", next.has_record);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

}  // namespace

Emitted write_summary_json(const SummaryInput& input, const EmitSettings&, Sink& sink) {
  const Summary& summary = input.summary;
  const Date& as_of = input.as_of;
  bool written = true;
  const auto write = [&](const std::string& text) { written = written && sink.write(text); };
  JsonWriter json;
  json.begin_object();
  json.string_field("as_of", format_date(as_of));
  if (summary.period.from || summary.period.to) {
    json.key("period");
    json.begin_object();
    if (summary.period.from) json.string_field("from", format_date(*summary.period.from));
    if (summary.period.to) json.string_field("to", format_date(*summary.period.to));
    json.end_object();
  }
  json.number_field("records", static_cast<std::int64_t>(summary.records));
  json.number_field("left_out", static_cast<std::int64_t>(summary.left_out));
  json.key("years");
  json.begin_array();
  for (const YearSummary& year : summary.years) {
    write_year(json, summary, year, as_of, write);
    write(json.take());
    if (!written) return tl::unexpected(sink.error());
  }
  json.end_array();
  json.end_object();
  write(json.finish());
  if (!written) return tl::unexpected(sink.error());
  return {};
}

Emitted write_actions_json(const ActionsInput& input, const EmitSettings&, Sink& sink) {
  JsonWriter json;
  json.begin_object();
  json.string_field("as_of", format_date(input.as_of));
  json.key("actions");
  json.begin_array();
  for (std::size_t i : input.selected) write_action(json, input.actions, input.actions.actions[i], input.as_of);
  json.end_array();
  json.end_object();
  return write_to(sink, json.finish());
}

}  // namespace minutes
