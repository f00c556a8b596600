#include <string_view>

#include "minutes/decode.hpp"
#include "minutes/dates.hpp"

namespace minutes {
namespace {

std::string text_of(const Node& parent, std::string_view key) {
  const Node* node = parent.find(key);
  return node && node->is_string() ? node->text : std::string();
}

std::optional<std::int64_t> integer_of(const Node& parent, std::string_view key) {
  const Node* node = parent.find(key);
  if (!node || node->kind != NodeKind::integer) return std::nullopt;
  return node->integer;
}

std::optional<Date> date_of(const Node& parent, std::string_view key) {
  const Node* node = parent.find(key);
  if (!node || !node->is_string()) return std::nullopt;
  const auto date = parse_date(node->text);
  return date ? std::optional<Date>(*date) : std::nullopt;
}

std::optional<Time> time_of(const Node& parent, std::string_view key) {
  const Node* node = parent.find(key);
  if (!node || !node->is_string()) return std::nullopt;
  const auto time = parse_time(node->text);
  return time ? std::optional<Time>(*time) : std::nullopt;
}

template <typename Item, typename Decode>
std::vector<Item> list_of(const Node& parent, std::string_view key, Decode decode) {
  std::vector<Item> out;
  const Node* node = parent.find(key);
  if (!node || node->kind != NodeKind::sequence) return out;
  for (const Node& item : node->items) out.push_back(decode(item));
  return out;
}

Participant decode_participant(const Node& node) {
  if (node.find("group")) {
    return Group{text_of(node, "group"), integer_of(node, "count").value_or(0), text_of(node, "note")};
  }
  Person person{text_of(node, "name"), text_of(node, "role"), text_of(node, "organization"),
                AttendanceStatus::present, text_of(node, "on_behalf_of")};
  const std::string status = text_of(node, "status");
  if (status == "regrets") person.status = AttendanceStatus::regrets;
  if (status == "absent") person.status = AttendanceStatus::absent;
  if (status == "guest") person.status = AttendanceStatus::guest;
  return person;
}

Decision decode_decision(const Node& node) {
  if (node.is_string()) return Decision{{}, node.text, std::nullopt};
  Decision decision{text_of(node, "id"), text_of(node, "text"), std::nullopt};
  if (const Node* votes = node.find("votes"); votes && votes->kind == NodeKind::mapping) {
    decision.votes = Votes{integer_of(*votes, "for"), integer_of(*votes, "against"),
                           integer_of(*votes, "abstain")};
  }
  return decision;
}

Action decode_action(const Node& node) {
  Action action{text_of(node, "id"), text_of(node, "task"), text_of(node, "owner"),
                date_of(node, "due"), ActionStatus::open};
  const std::string status = text_of(node, "status");
  if (status == "done") action.status = ActionStatus::done;
  if (status == "cancelled") action.status = ActionStatus::cancelled;
  return action;
}

Answer decode_answer(const Node& node) {
  if (node.is_string()) return Answer{node.text, std::nullopt, {}};
  Answer answer{text_of(node, "text"), integer_of(node, "votes"), {}};
  if (const Node* tags = node.find("tags"); tags && tags->kind == NodeKind::sequence) {
    for (const Node& tag : tags->items) {
      if (tag.is_string()) answer.tags.push_back(tag.text);
    }
  }
  return answer;
}

Question decode_question(const Node& node) {
  const auto columns = integer_of(node, "columns");
  return Question{text_of(node, "prompt"),
                  columns && *columns >= 1 && *columns <= 12 ? static_cast<int>(*columns) : 1,
                  list_of<Answer>(node, "answers", decode_answer)};
}

}  // namespace

Meeting decode_meeting(const Node& root) {
  Meeting meeting;
  meeting.title = text_of(root, "title");
  meeting.date = date_of(root, "date").value_or(Date{});
  meeting.start = time_of(root, "start");
  meeting.end = time_of(root, "end");
  meeting.timezone = text_of(root, "timezone");
  meeting.location = text_of(root, "location");
  meeting.organizer = text_of(root, "organizer");
  if (const std::string language = text_of(root, "language"); !language.empty()) {
    meeting.language = language;
  }
  meeting.status = text_of(root, "status") == "approved" ? RecordStatus::approved : RecordStatus::draft;
  meeting.revision = integer_of(root, "revision");
  meeting.summary = text_of(root, "summary");
  meeting.participants = list_of<Participant>(root, "participants", decode_participant);
  meeting.agenda = list_of<AgendaItem>(root, "agenda", [](const Node& node) {
    return AgendaItem{text_of(node, "title"), text_of(node, "presenter"), text_of(node, "notes")};
  });
  meeting.decisions = list_of<Decision>(root, "decisions", decode_decision);
  meeting.actions = list_of<Action>(root, "actions", decode_action);
  meeting.attachments = list_of<Attachment>(root, "attachments", [](const Node& node) {
    return Attachment{text_of(node, "title"), text_of(node, "href")};
  });
  if (const Node* next = root.find("next_meeting"); next && next->kind == NodeKind::mapping) {
    if (const auto date = date_of(*next, "date")) {
      meeting.next_meeting = NextMeeting{text_of(*next, "title"), *date, time_of(*next, "start"),
                                         time_of(*next, "end"), text_of(*next, "location")};
    }
  }
  meeting.workshops = list_of<Workshop>(root, "workshops", [](const Node& node) {
    return Workshop{text_of(node, "title"), list_of<Question>(node, "questions", decode_question)};
  });
  return meeting;
}

std::string_view name_of(AttendanceStatus status) {
  switch (status) {
    case AttendanceStatus::present: return "present";
    case AttendanceStatus::regrets: return "regrets";
    case AttendanceStatus::absent: return "absent";
    case AttendanceStatus::guest: return "guest";
  }
  return "present";
}

std::string_view name_of(ActionStatus status) {
  switch (status) {
    case ActionStatus::open: return "open";
    case ActionStatus::done: return "done";
    case ActionStatus::cancelled: return "cancelled";
  }
  return "open";
}

std::int64_t attendance(const Meeting& meeting) {
  std::int64_t total = 0;
  for (const Participant& participant : meeting.participants) {
    if (const auto* group = std::get_if<Group>(&participant)) {
      total += group->count;
    } else {
      const auto& person = std::get<Person>(participant);
      if (person.status == AttendanceStatus::present || person.status == AttendanceStatus::guest) {
        ++total;
      }
    }
  }
  return total;
}

}  // namespace minutes
