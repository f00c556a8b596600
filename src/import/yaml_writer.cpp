// A YAML writer for the typed record. yaml-cpp's emitter is not used: it quotes by YAML 1.1
// rules of its own, folds long lines and cannot be told the key order of docs/format.md. This
// one writes exactly what `minutes validate` reads back, and nothing a YAML 1.1 tool would type
// differently (`no`, `18:00`, `017` are quoted).
#include <string>
#include <string_view>
#include <variant>

#include <fmt/format.h>

#include "minutes/import.hpp"
#include "parse/scalar.hpp"
#include "parse/yaml_quote.hpp"
#include "minutes/dates.hpp"

namespace minutes {
namespace {

// A literal block keeps Markdown line breaks readable. It cannot hold a first line that starts
// with a space (that would need an indentation indicator), lines of only spaces, tabs (a tab
// after the indentation is read as indentation by some parsers) or special characters.
bool fits_literal_block(std::string_view text) {
  if (text.find('\n') == std::string_view::npos) return false;
  if (text.front() == ' ' || text.find('\t') != std::string_view::npos) return false;
  std::string_view rest = text;
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    if (!line.empty() && line.find_first_not_of(' ') == std::string_view::npos) return false;
    for (char c : line) {
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
    }
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return text.find("\xC2\x85") == std::string_view::npos &&
         text.find("\xE2\x80\xA8") == std::string_view::npos &&
         text.find("\xE2\x80\xA9") == std::string_view::npos &&
         text.find("\xEF\xBB\xBF") == std::string_view::npos;
}

std::string literal_block(std::string_view text, int indent) {
  std::size_t trailing = 0;
  while (trailing < text.size() && text[text.size() - 1 - trailing] == '\n') ++trailing;
  std::string out = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
  out += '\n';
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  std::string_view body = text.substr(0, text.size() - trailing);
  std::string_view rest = body;
  for (;;) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    if (!line.empty()) out += pad;
    out += line;
    out += '\n';
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  for (std::size_t i = 1; i < trailing; ++i) out += '\n';
  return out;
}

// The text after "key: " (or "- "), with its line end. `indent` is where a block's lines go.
std::string scalar(std::string_view text, int indent) {
  if (fits_literal_block(text)) return literal_block(text, indent);
  return detail::yaml_scalar(text) + "\n";
}

class Writer {
 public:
  // Opens a list item at `indent`: the next key goes on the dash's line.
  void item(int indent) {
    m_out += std::string(static_cast<std::size_t>(indent), ' ') + "- ";
    m_pending_dash = true;
  }
  void text(int indent, std::string_view key, std::string_view value) {
    prefix(indent, key);
    m_out += scalar(value, indent + 2);
  }
  void optional_text(int indent, std::string_view key, std::string_view value) {
    if (!value.empty()) text(indent, key, value);
  }
  void raw(int indent, std::string_view key, std::string_view value) {
    prefix(indent, key);
    m_out += std::string(value) + "\n";
  }
  void open(int indent, std::string_view key) {
    prefix(indent, key);
    m_out.back() = '\n';  // "key:" alone
  }
  // A list item that is a plain string (decisions, answers).
  void string_item(int indent, std::string_view value) {
    m_out += std::string(static_cast<std::size_t>(indent), ' ') + "- ";
    m_out += scalar(value, indent + 2);
  }
  std::string take() { return std::move(m_out); }

 private:
  void prefix(int indent, std::string_view key) {
    if (m_pending_dash) {
      m_pending_dash = false;
    } else {
      m_out += std::string(static_cast<std::size_t>(indent), ' ');
    }
    m_out += detail::yaml_scalar(key);
    m_out += ": ";
  }
  std::string m_out;
  bool m_pending_dash = false;
};

std::string quoted_time(const Time& time) { return "\"" + format_time(time) + "\""; }

void write_participants(Writer& w, const std::vector<Participant>& participants) {
  if (participants.empty()) return;
  w.open(0, "participants");
  for (const Participant& participant : participants) {
    w.item(2);
    if (const auto* person = std::get_if<Person>(&participant)) {
      w.text(4, "name", person->name);
      w.optional_text(4, "role", person->role);
      w.optional_text(4, "organization", person->organization);
      if (person->status != AttendanceStatus::present) {
        w.raw(4, "status", name_of(person->status));
      }
      w.optional_text(4, "on_behalf_of", person->on_behalf_of);
    } else {
      const Group& group = std::get<Group>(participant);
      w.text(4, "group", group.name);
      w.raw(4, "count", std::to_string(group.count));
      w.optional_text(4, "note", group.note);
    }
  }
}

void write_agenda(Writer& w, const std::vector<AgendaItem>& agenda) {
  if (agenda.empty()) return;
  w.open(0, "agenda");
  for (const AgendaItem& item : agenda) {
    w.item(2);
    w.text(4, "title", item.title);
    w.optional_text(4, "presenter", item.presenter);
    w.optional_text(4, "notes", item.notes);
  }
}

void write_decisions(Writer& w, const std::vector<Decision>& decisions) {
  if (decisions.empty()) return;
  w.open(0, "decisions");
  for (const Decision& decision : decisions) {
    if (decision.id.empty() && !decision.votes) {
      w.string_item(2, decision.text);
      continue;
    }
    w.item(2);
    w.optional_text(4, "id", decision.id);
    w.text(4, "text", decision.text);
    if (decision.votes) {
      w.open(4, "votes");
      if (decision.votes->in_favour) w.raw(6, "for", std::to_string(*decision.votes->in_favour));
      if (decision.votes->against) w.raw(6, "against", std::to_string(*decision.votes->against));
      if (decision.votes->abstain) w.raw(6, "abstain", std::to_string(*decision.votes->abstain));
    }
  }
}

void write_actions(Writer& w, const std::vector<Action>& actions) {
  if (actions.empty()) return;
  w.open(0, "actions");
  for (const Action& action : actions) {
    w.item(2);
    w.optional_text(4, "id", action.id);
    w.text(4, "task", action.task);
    w.optional_text(4, "owner", action.owner);
    if (action.due) w.raw(4, "due", format_date(*action.due));
    if (action.status != ActionStatus::open) w.raw(4, "status", name_of(action.status));
  }
}

void write_workshops(Writer& w, const std::vector<Workshop>& workshops) {
  if (workshops.empty()) return;
  w.open(0, "workshops");
  for (const Workshop& workshop : workshops) {
    w.item(2);
    w.text(4, "title", workshop.title);
    if (workshop.questions.empty()) continue;
    w.open(4, "questions");
    for (const Question& question : workshop.questions) {
      w.item(6);
      w.text(8, "prompt", question.prompt);
      w.raw(8, "columns", std::to_string(question.columns));
      if (question.answers.empty()) continue;
      w.open(8, "answers");
      for (const Answer& answer : question.answers) {
        if (!answer.votes && answer.tags.empty()) {
          w.string_item(10, answer.text);
          continue;
        }
        w.item(10);
        w.text(12, "text", answer.text);
        if (answer.votes) w.raw(12, "votes", std::to_string(*answer.votes));
        if (!answer.tags.empty()) {
          w.open(12, "tags");
          for (const std::string& tag : answer.tags) w.string_item(14, tag);
        }
      }
    }
  }
}

}  // namespace

std::string write_record_yaml(const Meeting& meeting) {
  Writer w;
  w.text(0, "title", meeting.title);
  w.raw(0, "date", format_date(meeting.date));
  if (meeting.start) w.raw(0, "start", quoted_time(*meeting.start));
  if (meeting.end) w.raw(0, "end", quoted_time(*meeting.end));
  w.optional_text(0, "location", meeting.location);
  w.optional_text(0, "organizer", meeting.organizer);
  w.text(0, "language", meeting.language);
  if (meeting.status == RecordStatus::approved) w.raw(0, "status", "approved");
  if (!meeting.summary.empty()) w.text(0, "summary", meeting.summary);
  write_participants(w, meeting.participants);
  write_agenda(w, meeting.agenda);
  write_decisions(w, meeting.decisions);
  write_actions(w, meeting.actions);
  if (!meeting.attachments.empty()) {
    w.open(0, "attachments");
    for (const Attachment& attachment : meeting.attachments) {
      w.item(2);
      w.text(4, "title", attachment.title);
      w.optional_text(4, "href", attachment.href);
    }
  }
  if (meeting.next_meeting) {
    const NextMeeting& next = *meeting.next_meeting;
    w.open(0, "next_meeting");
    w.optional_text(2, "title", next.title);
    w.raw(2, "date", format_date(next.date));
    if (next.start) w.raw(2, "start", quoted_time(*next.start));
    if (next.end) w.raw(2, "end", quoted_time(*next.end));
    w.optional_text(2, "location", next.location);
  }
  write_workshops(w, meeting.workshops);
  return w.take();
}

}  // namespace minutes
