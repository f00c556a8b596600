// JSON: the normalised record, for scripts (jq, Python) that should not have to know the
// shorthand forms the YAML format allows.
//
// Shape. Keys use the names and the order of the record format (schemas/meeting.v1.schema.json:
// title, date, start, end, timezone, location, organizer, language, status, revision, summary,
// participants, agenda, decisions, actions, attachments, next_meeting, workshops), then a
// computed "attendance" (persons present or guests plus every group's count).
// - Defaults are filled in: language "en", status "draft", a person's status "present", an
//   action's status "open", a question's columns 1.
// - Shorthands are expanded: every answer is {text, votes?, tags}, every decision is
//   {id?, text, votes?}, and every participant has "kind": "person" (name, role, organization,
//   status, on_behalf_of) or "kind": "group" (group, count, note), so readers switch on one key.
// - Lists are always present, possibly [] (participants, agenda, decisions, actions,
//   attachments, workshops, questions, answers, tags): a reader can iterate without checking.
//   Optional scalars (and next_meeting, votes) are omitted when the record has none, because
//   there is no honest value to put there (null would be one more case to handle).
// Output is UTF-8 and only control characters are escaped (see json_text.hpp), indented by two
// spaces, with a final newline. One record per document: JSON output does not combine records.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "emit/emitters.hpp"
#include "emit/json_writer.hpp"
#include "minutes/dates.hpp"

namespace minutes {
namespace {

void write_times(JsonWriter& json, const std::optional<Time>& start,
                 const std::optional<Time>& end) {
  if (start) json.string_field("start", format_time(*start));
  if (end) json.string_field("end", format_time(*end));
}

void write_participant(JsonWriter& json, const Participant& participant) {
  json.begin_object();
  if (const auto* group = std::get_if<Group>(&participant)) {
    json.string_field("kind", "group");
    json.string_field("group", group->name);
    json.number_field("count", group->count);
    json.optional_string("note", group->note);
  } else {
    const auto& person = std::get<Person>(participant);
    json.string_field("kind", "person");
    json.string_field("name", person.name);
    json.optional_string("role", person.role);
    json.optional_string("organization", person.organization);
    json.string_field("status", name_of(person.status));
    json.optional_string("on_behalf_of", person.on_behalf_of);
  }
  json.end_object();
}

void write_agenda_item(JsonWriter& json, const AgendaItem& item) {
  json.begin_object();
  json.string_field("title", item.title);
  json.optional_string("presenter", item.presenter);
  json.optional_string("notes", item.notes);
  json.end_object();
}

void write_decision(JsonWriter& json, const Decision& decision) {
  json.begin_object();
  json.optional_string("id", decision.id);
  json.string_field("text", decision.text);
  if (decision.votes) {
    json.key("votes");
    json.begin_object();
    json.optional_number("for", decision.votes->in_favour);
    json.optional_number("against", decision.votes->against);
    json.optional_number("abstain", decision.votes->abstain);
    json.end_object();
  }
  json.end_object();
}

void write_action(JsonWriter& json, const Action& action) {
  json.begin_object();
  json.optional_string("id", action.id);
  json.string_field("task", action.task);
  json.optional_string("owner", action.owner);
  if (action.due) json.string_field("due", format_date(*action.due));
  json.string_field("status", name_of(action.status));
  json.end_object();
}

void write_attachment(JsonWriter& json, const Attachment& attachment) {
  json.begin_object();
  json.string_field("title", attachment.title);
  json.optional_string("href", attachment.href);
  json.end_object();
}

void write_next_meeting(JsonWriter& json, const NextMeeting& next) {
  json.key("next_meeting");
  json.begin_object();
  json.optional_string("title", next.title);
  json.string_field("date", format_date(next.date));
  write_times(json, next.start, next.end);
  json.optional_string("location", next.location);
  json.end_object();
}

void write_answer(JsonWriter& json, const Answer& answer) {
  json.begin_object();
  json.string_field("text", answer.text);
  json.optional_number("votes", answer.votes);
  json.key("tags");
  json.begin_array();
  for (const std::string& tag : answer.tags) json.string(tag);
  json.end_array();
  json.end_object();
}

template <typename Item, typename Write>
void write_list(JsonWriter& json, std::string_view name, const std::vector<Item>& items,
                Write write) {
  json.key(name);
  json.begin_array();
  for (const Item& item : items) write(json, item);
  json.end_array();
}

void write_question(JsonWriter& json, const Question& question) {
  json.begin_object();
  json.string_field("prompt", question.prompt);
  json.number_field("columns", question.columns);
  write_list(json, "answers", question.answers, write_answer);
  json.end_object();
}

void write_workshop(JsonWriter& json, const Workshop& workshop) {
  json.begin_object();
  json.string_field("title", workshop.title);
  write_list(json, "questions", workshop.questions, write_question);
  json.end_object();
}

std::string_view record_status_name(RecordStatus status) {
  return status == RecordStatus::approved ? "approved" : "draft";
}

}  // namespace

Emitted write_record_json(const RecordInput& input, const EmitSettings&, Sink& sink) {
  const Meeting& meeting = input.meeting;
  JsonWriter json;
  json.begin_object();
  json.string_field("title", meeting.title);
  json.string_field("date", format_date(meeting.date));
  write_times(json, meeting.start, meeting.end);
  json.optional_string("timezone", meeting.timezone);
  json.optional_string("location", meeting.location);
  json.optional_string("organizer", meeting.organizer);
  json.string_field("language", meeting.language.empty() ? "en" : meeting.language);
  json.string_field("status", record_status_name(meeting.status));
  if (meeting.revision) json.number_field("revision", *meeting.revision);
  json.optional_string("summary", meeting.summary);
  write_list(json, "participants", meeting.participants, write_participant);
  write_list(json, "agenda", meeting.agenda, write_agenda_item);
  write_list(json, "decisions", meeting.decisions, write_decision);
  write_list(json, "actions", meeting.actions, write_action);
  write_list(json, "attachments", meeting.attachments, write_attachment);
  if (meeting.next_meeting) write_next_meeting(json, *meeting.next_meeting);
  write_list(json, "workshops", meeting.workshops, write_workshop);
  json.number_field("attendance", attendance(meeting));
  json.end_object();
  return write_to(sink, json.finish());
}

}  // namespace minutes
