// Placing what the walk found: each add_… checks the format's limits, writes a note for the
// report and keeps the record valid; what does not fit goes back to the summary.
#include <algorithm>

#include <fmt/format.h>

#include "import/importer.hpp"
#include "minutes/dates.hpp"

namespace minutes::import_detail {
namespace {

std::string describe(const Person& person) {
  std::string out = quote_value(person.name);
  if (!person.role.empty()) out += ", role " + quote_value(person.role);
  if (!person.organization.empty()) out += ", organisation " + quote_value(person.organization);
  if (person.status != AttendanceStatus::present) out += ", " + std::string(name_of(person.status));
  if (!person.on_behalf_of.empty()) out += ", on behalf of " + quote_value(person.on_behalf_of);
  return out;
}


std::string join_guesses(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + "; " + b;
}


bool person_fits(const Person& person) {
  return fits(person.name) && fits(person.role) && fits(person.organization) &&
         fits(person.on_behalf_of);
}

}  // namespace

void Importer::append_notes(const Line& line, std::string_view text, bool new_paragraph) {
  AgendaItem& item = m_meeting.agenda[*m_item];
  if (!item.notes.empty()) item.notes += new_paragraph ? "\n\n" : "\n";
  item.notes += text;
  m_blank_since_item = false;
  const std::string field = fmt::format("agenda[{}].notes", *m_item);
  note(line.number, field, quote_value(text));
  std::string ignored;
  place_sentences(line.number, text, "also in " + field, ignored);
}

std::size_t Importer::action_table(std::size_t at) {
  const Line& header = m_lines[at];
  std::size_t end = at + 1;
  while (end < m_lines.size() &&
         (m_lines[end].kind == LineKind::separator || (m_lines[end].kind == LineKind::row && m_lines[end].pipe))) {
    ++end;
  }
  const auto column = [&](std::initializer_list<std::string_view> names) -> std::optional<std::size_t> {
    for (std::size_t c = 0; c < header.cells.size(); ++c) {
      const std::string name = lower(trim_chars(strip_emphasis(header.cells[c]), ":"));
      if (std::find(names.begin(), names.end(), name) != names.end()) return c;
    }
    return std::nullopt;
  };
  const auto task = column({"task", "tiltak", "oppgave", "oppgåve", "action", "what", "hva",
                            "kva", "aufgabe", "beskrivelse", "description"});
  const bool has_header = at + 1 < m_lines.size() && m_lines[at + 1].kind == LineKind::separator;
  if (!task || !has_header) {
    to_summary(header.number, m_lines[end - 1].number, block_of(m_lines, at, end),
               "a table without a task column");
    return end;
  }
  const auto owner = column({"owner", "ansvar", "ansvarlig", "who", "hvem", "kven", "verantwortlich"});
  const auto due = column({"due", "frist", "deadline", "when", "når", "bis", "termin"});
  const auto status = column({"status"});
  const auto id = column({"id", "nr", "nr.", "no.", "#"});
  const auto cell = [](const Line& row, std::optional<std::size_t> c) {
    return c && *c < row.cells.size() ? row.cells[*c] : std::string();
  };
  for (std::size_t i = at + 2; i < end; ++i) {
    const Line& row = m_lines[i];
    if (row.kind != LineKind::row || cell(row, task).empty()) continue;
    if (!fits(cell(row, task)) || !fits(cell(row, owner)) || !fits(cell(row, id), 200)) {
      to_summary(row.number, row.number, row.raw, "a row longer than the format allows");
      continue;
    }
    std::string text = cell(row, task);
    if (!cell(row, owner).empty()) text += "; ansvarlig: " + cell(row, owner);
    ActionFound found = parse_action(text, m_meeting.date, m_meeting.participants);
    found.action.task = without_final_stop(cell(row, task));
    if (auto date = find_date(cell(row, due), 0, true)) found.action.due = complete_date(*date, m_meeting.date);
    const std::string state = lower(cell(row, status));
    if (state == "done" || state == "utført" || state == "ferdig" || state == "fullført") {
      found.action.status = ActionStatus::done;
    } else if (state == "cancelled" || state == "avlyst" || state == "utgår") {
      found.action.status = ActionStatus::cancelled;
    }
    found.action.id = cell(row, id);
    m_meeting.actions.push_back(found.action);
    note(row.number, fmt::format("actions[{}]", m_meeting.actions.size() - 1),
         quote_value(found.action.task), "a row of the actions table");
  }
  return end;
}

bool Importer::place_sentences(int line, std::string_view text, const std::string& why,
                               std::string& unplaced) {
  std::string flat(text);
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  bool any = false;
  for (const Span& span : sentences(flat)) {
    const std::string sentence = flat.substr(span.begin, span.end - span.begin);
    const int at_line = line + static_cast<int>(std::count(text.begin(), text.begin() +
                                                           static_cast<std::ptrdiff_t>(span.begin), '\n'));
    const std::string lowered = lower(strip_emphasis(sentence));
    bool placed = false;
    bool whole = true;
    if (next_meeting_lead(lowered)) {
      if (const auto found = parse_next_meeting(sentence, m_meeting.date, false)) {
        placed = set_next_meeting(at_line, *found, why);
        whole = found->whole;
      }
    }
    if (!placed) {
      if (const auto found = attachment_from_sentence(sentence)) {
        placed = add_attachment(at_line, found->attachment, why);
        whole = found->whole;
      }
    }
    if (!placed && decision_lead(lowered)) {
      placed = add_decision(at_line, sentence, {}, join_guesses(why, "a sentence that reports a decision"));
    }
    if (!placed && find_deadline(sentence, m_meeting.date)) {
      placed = add_action(at_line, sentence, join_guesses(why, "a sentence with a deadline"));
    }
    any = any || placed;
    if (!placed || !whole) {
      if (!unplaced.empty()) unplaced += ' ';
      unplaced += std::string(text.substr(span.begin, span.end - span.begin));
    }
  }
  return any;
}

void Importer::place_people(int line, std::string_view text, AttendanceStatus status) {
  PeopleFound found = parse_people(text, status);
  const bool too_long =
      std::any_of(found.persons.begin(), found.persons.end(), [](const Person& p) { return !person_fits(p); }) ||
      std::any_of(found.groups.begin(), found.groups.end(),
                  [](const Group& g) { return !fits(g.name) || !fits(g.note); });
  if (too_long) {
    to_summary(line, line, std::string(trim(text)), "participants longer than the format allows");
    return;
  }
  for (Person& person : found.persons) add_person(std::move(person), line, "");
  for (Group& group : found.groups) m_groups.emplace_back(std::move(group), line);
  if (!found.rest.empty()) to_summary(line, line, found.rest, "not understood as participants");
}

void Importer::add_person(Person person, int line, const std::string& guess) {
  for (std::size_t i = 0; i < m_meeting.participants.size(); ++i) {
    auto* known = std::get_if<Person>(&m_meeting.participants[i]);
    if (!known || lower(known->name) != lower(person.name)) continue;
    if (known->role.empty()) known->role = person.role;
    if (known->organization.empty()) known->organization = person.organization;
    if (known->on_behalf_of.empty()) known->on_behalf_of = person.on_behalf_of;
    if (person.status != AttendanceStatus::present) known->status = person.status;
    note(line, fmt::format("participants[{}]", i), describe(*known),
         join_guesses(guess, "the same name again, merged"));
    return;
  }
  note(line, fmt::format("participants[{}]", m_meeting.participants.size()), describe(person), guess);
  m_meeting.participants.emplace_back(std::move(person));
}

void Importer::add_agenda_item(const Line& line, std::string_view input, bool numbered,
                               const std::string& guess) {
  const std::string_view text = trim(input);
  const auto spans = sentences(text);
  const std::string_view first =
      spans.empty() ? text : text.substr(spans[0].begin, spans[0].end - spans[0].begin);
  AgendaItem item;
  item.title = without_final_stop(strip_emphasis(first));
  if (spans.size() > 1) item.notes = std::string(trim(text.substr(spans[1].begin)));
  std::string presenter_guess;
  if (const auto presenter = find_presenter(item.title, m_meeting.participants)) {
    item.presenter = presenter->name;
    presenter_guess = "the presenter from " + presenter->how;
    if (presenter->trailing) {
      item.title = std::string(trim_chars(std::string_view(item.title).substr(0, presenter->begin), "-–—,"));
    }
  }
  if (item.title.empty()) item.title = without_final_stop(strip_emphasis(text));
  if (item.title.empty()) {  // only marks ("**", "."): no words to list
    to_summary(line.number, line.number, std::string(text), "an item without words");
    return;
  }
  const std::size_t index = m_meeting.agenda.size();
  note(line.number, fmt::format("agenda[{}]", index), quote_value(item.title), guess);
  if (!item.presenter.empty()) {
    note(line.number, fmt::format("agenda[{}].presenter", index), quote_value(item.presenter),
         presenter_guess);
  }
  if (!item.notes.empty()) {
    note(line.number, fmt::format("agenda[{}].notes", index), quote_value(item.notes),
         "the sentences after the first");
  }
  m_meeting.agenda.push_back(std::move(item));
  m_item = index;
  m_item_numbered = numbered;
  m_item_indent = line.indent;
  m_blank_since_item = false;
  std::string ignored;
  place_sentences(line.number, text, fmt::format("also in agenda[{}]", index), ignored);
}

bool Importer::add_decision(int line, std::string_view text, std::string_view id,
                            const std::string& why) {
  DecisionFound found = parse_decision(text, id);
  if (found.decision.text.empty() || !fits(found.decision.text) || !fits(found.decision.id, 200)) {
    return false;
  }
  note(line, fmt::format("decisions[{}]", m_meeting.decisions.size()),
       quote_value(found.decision.text), join_guesses(why, found.guess));
  m_meeting.decisions.push_back(std::move(found.decision));
  return true;
}

bool Importer::add_action(int line, std::string_view text, const std::string& why) {
  ActionFound found = parse_action(text, m_meeting.date, m_meeting.participants);
  if (found.action.task.empty() || !fits(found.action.task) || !fits(found.action.owner)) {
    return false;
  }
  std::string value = quote_value(found.action.task);
  if (!found.action.owner.empty()) value += ", owner " + quote_value(found.action.owner);
  if (found.action.due) value += ", due " + format_date(*found.action.due);
  note(line, fmt::format("actions[{}]", m_meeting.actions.size()), value,
       join_guesses(why, found.guess));
  m_meeting.actions.push_back(std::move(found.action));
  return true;
}

void Importer::decision_or_summary(int line, std::string_view text, std::string_view id) {
  if (!add_decision(line, text, id, "")) {
    to_summary(line, line, std::string(trim(text)), "a decision longer than the format allows");
  }
}

void Importer::action_or_summary(int line, std::string_view text) {
  if (!add_action(line, text, "")) {
    to_summary(line, line, std::string(trim(text)), "an action longer than the format allows");
  }
}

bool Importer::add_attachment(int line, Attachment attachment, const std::string& why) {
  if (attachment.title.empty() || !fits(attachment.title) || !fits(attachment.href)) return false;
  std::string value = quote_value(attachment.title);
  if (!attachment.href.empty()) value += ", href " + quote_value(attachment.href);
  note(line, fmt::format("attachments[{}]", m_meeting.attachments.size()), value, why);
  m_meeting.attachments.push_back(std::move(attachment));
  return true;
}

bool Importer::set_next_meeting(int line, const NextFound& found, const std::string& why) {
  if (m_meeting.next_meeting) return false;  // a second one stays in the text
  if (!fits(found.next.title) || !fits(found.next.location)) return false;
  m_meeting.next_meeting = found.next;
  std::string value = format_date(found.next.date);
  if (found.next.start) value += " " + format_time(*found.next.start);
  if (found.next.end) value += "–" + format_time(*found.next.end);
  if (!found.next.title.empty()) value += ", title " + quote_value(found.next.title);
  if (!found.next.location.empty()) value += ", location " + quote_value(found.next.location);
  note(line, "next_meeting", value, join_guesses(why, found.guess));
  return true;
}

void Importer::add_question(std::size_t at, QuestionFound found) {
  const Line& line = m_lines[at];
  const bool too_long =
      !fits(found.question.prompt) ||
      std::any_of(found.question.answers.begin(), found.question.answers.end(),
                  [](const minutes::Answer& answer) { return !fits(answer.text); }) ||
      found.question.answers.size() > 1000;
  if (too_long) {
    to_summary(line.number, m_lines[found.next - 1].number, block_of(m_lines, at, found.next),
               "a question whose prompt or answers are longer than the format allows");
    return;
  }
  if (!m_workshop) {
    const std::string title = m_workshop_heading.empty() ? std::string("Workshop") : m_workshop_heading;
    m_meeting.workshops.push_back(Workshop{title, {}});
    m_workshop = m_meeting.workshops.size() - 1;
    note(line.number, fmt::format("workshops[{}]", *m_workshop), quote_value(title),
         m_workshop_heading.empty() ? "a question outside any workshop part" : "the workshop heading");
  }
  Workshop& workshop = m_meeting.workshops[*m_workshop];
  std::string guess = found.guess;
  if (found.dropped_cells > 0) {
    guess = join_guesses(guess, fmt::format("{} empty cell{} left out", found.dropped_cells,
                                            found.dropped_cells == 1 ? "" : "s"));
  }
  if (!found.header.empty()) {
    to_summary(found.header_line, found.header_line, found.header,
               fmt::format("the header row of the table under \"{}\"", shorten(found.question.prompt, 40)));
  }
  note(line.number, fmt::format("workshops[{}].questions[{}]", *m_workshop, workshop.questions.size()),
       fmt::format("{}, {} answers, columns {}", quote_value(found.question.prompt),
                   found.question.answers.size(), found.question.columns),
       guess);
  workshop.questions.push_back(std::move(found.question));
  m_item.reset();
}

}  // namespace minutes::import_detail
