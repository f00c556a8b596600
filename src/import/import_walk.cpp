// The walk over the lines after the heading. A label ("Deltakere:", "Vedtak:") opens a section;
// what follows is read as that section's items until the next label. Whatever fits nowhere goes
// into the summary word for word, so no sentence of the source is lost.
#include <algorithm>

#include <fmt/format.h>

#include "import/importer.hpp"
#include "minutes/dates.hpp"

namespace minutes::import_detail {
namespace {

// "Vedtak PS 45/24: ...", "ACTION (Dev Collins): ...": a label, a qualifier, a colon.
struct Qualified {
  Section section = Section::none;
  std::string qualifier;
  std::string rest;
};

std::optional<Qualified> qualified_label(std::string_view text) {
  const std::string lowered = lower(text);
  static const std::vector<std::pair<std::string_view, Section>> k_words{
      {"vedtak", Section::decisions},   {"decision", Section::decisions},
      {"resolution", Section::decisions}, {"beslutning", Section::decisions},
      {"action", Section::actions},     {"tiltak", Section::actions},
      {"oppgave", Section::actions},    {"aksjon", Section::actions}};
  for (const auto& [word, section] : k_words) {
    if (!word_at(lowered, 0, word) || word.size() >= lowered.size() || lowered[word.size()] != ' ') {
      continue;
    }
    const std::size_t colon = lowered.find(':', word.size());
    if (colon == std::string::npos || colon - word.size() > 40) continue;
    const std::string_view qualifier = trim_chars(text.substr(word.size(), colon - word.size()), "()");
    if (qualifier.empty() || word_spans(qualifier).size() > 4) continue;
    return Qualified{section, std::string(qualifier), std::string(trim(text.substr(colon + 1)))};
  }
  return std::nullopt;
}

// One sentence about the next meeting or an attachment, inside a list of decisions or actions.
bool places_elsewhere(std::string_view text) {
  if (sentences(text).size() > 1) return false;
  return next_meeting_lead(lower(text)) > 0 || attachment_from_sentence(text).has_value();
}

// Some sentence of a paragraph is about the next meeting or an attachment.
bool places_elsewhere_any(std::string_view text) {
  for (const Span& span : sentences(text)) {
    if (places_elsewhere(text.substr(span.begin, span.end - span.begin))) return true;
  }
  return false;
}

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return is_digit(c); });
}

}  // namespace

void Importer::walk() {
  std::size_t at = 0;
  while (at < m_lines.size()) at = handle_line(at);
}

bool Importer::starts_structure(std::size_t at) const {
  const Line& line = m_lines[at];
  if (m_used[at] || !reads_as_text(line) || line.kind == LineKind::heading) return true;
  const std::string text = strip_emphasis(text_of(line));
  return match_label(text) || qualified_label(text) || is_workshop_part(text) ||
         is_agenda_case(text) || read_question(m_lines, at, m_section == Section::workshop);
}

// A labelled value goes on over the next line when that line is indented, when the line
// before ends with a comma or semicolon, or when a sentence was cut and goes on in lower case.
std::string Importer::continuation(std::size_t& at) {
  std::string text;
  const auto goes_on = [&](std::size_t next) {
    const std::string_view before = trim(m_lines[next - 1].content);
    const Line& line = m_lines[next];
    if (line.indent > m_lines[next - 1].indent) return true;
    if (before.ends_with(',') || before.ends_with(';')) return true;
    return starts_lower(line.content) && !before.ends_with('.') && !before.ends_with('!') &&
           !before.ends_with('?') && !before.ends_with(')');
  };
  while (at + 1 < m_lines.size() && m_lines[at + 1].kind == LineKind::text &&
         !starts_structure(at + 1) && goes_on(at + 1)) {
    ++at;
    m_used[at] = true;
    text += " " + m_lines[at].content;
  }
  return text;
}

std::size_t Importer::handle_line(std::size_t at) {
  const Line& line = m_lines[at];
  if (m_used[at]) return at + 1;
  if (line.kind == LineKind::blank || line.kind == LineKind::rule ||
      line.kind == LineKind::separator) {
    m_blank_since_item = true;
    if (m_inline != Section::none && m_inline_items > 0) m_inline = Section::none;
    return at + 1;
  }
  if (auto question = read_question(m_lines, at, m_section == Section::workshop)) {
    const std::size_t next = question->next;
    add_question(at, std::move(*question));
    return next;
  }
  if (line.kind == LineKind::row && !reads_as_text(line)) return handle_rows(at);
  if (reads_as_text(line)) {
    const std::string text = strip_emphasis(text_of(line));
    if (is_workshop_part(text) && code_points(text) <= 200 && !text.ends_with('.')) {
      m_meeting.workshops.push_back(Workshop{std::string(trim(text)), {}});
      m_workshop = m_meeting.workshops.size() - 1;
      m_section = Section::workshop;
      m_item.reset();
      note(line.number, fmt::format("workshops[{}]", *m_workshop), quote_value(trim(text)));
      return at + 1;
    }
    if (auto qualified = qualified_label(text)) {
      std::size_t end = at;
      const std::string rest = qualified->rest + continuation(end);
      // "Vedtak PS 45/24:" gives an id; "ACTION (Dev Collins):" an owner, from the bracket.
      const bool id = has_digit(qualified->qualifier);
      const std::string body = id ? rest : rest + " (" + qualified->qualifier + ")";
      if (qualified->section == Section::decisions) {
        decision_or_summary(line.number, body, id ? qualified->qualifier : std::string());
      } else if (add_action(line.number, body, "")) {
        if (id) m_meeting.actions.back().id = qualified->qualifier;
      } else {
        to_summary(line.number, line.number, body, "an action longer than the format allows");
      }
      return end + 1;
    }
    if (auto label = match_label(text)) {
      handle_label(at, *label);
      return at + 1;
    }
    const bool numbered_heading = line.kind == LineKind::heading && !text.empty() && is_digit(text[0]);
    if ((m_section == Section::agenda || m_section == Section::none) &&
        (is_agenda_case(text) || (numbered_heading && m_section == Section::agenda))) {
      add_agenda_item(line, line.kind == LineKind::row ? text : line.content, true,
                      m_section == Section::none ? "a numbered case without an agenda heading" : "");
      m_section = Section::agenda;
      return at + 1;
    }
    if (line.kind == LineKind::heading) {
      if (m_section == Section::agenda) {
        add_agenda_item(line, line.content, true, "a heading inside the agenda");
      } else {
        to_summary(line.number, line.number, line.raw, "a heading that is not a known section");
        m_section = Section::none;
        m_item.reset();
      }
      return at + 1;
    }
  }
  if (line.kind == LineKind::bullet || line.kind == LineKind::numbered) {
    handle_bullet(line);
    return at + 1;
  }
  return handle_paragraph(at);
}

void Importer::handle_label(std::size_t at, const Label& label) {
  const Line& line = m_lines[at];
  std::size_t end = at;
  switch (label.section) {
    case Section::meta:
      handle_meta(line, label);
      return;
    case Section::participants: {
      m_section = Section::participants;
      m_status = label.status;
      m_item.reset();
      m_inline = Section::none;
      if (!label.rest.empty()) place_people(line.number, label.rest + continuation(end), label.status);
      return;
    }
    case Section::agenda:
      m_section = Section::agenda;
      m_item.reset();
      m_inline = Section::none;
      if (!label.rest.empty()) {
        to_summary(line.number, line.number, label.rest, "text after the agenda label");
      }
      return;
    case Section::decisions:
    case Section::actions:
      if (!label.rest.empty()) {
        const std::string text = label.rest + continuation(end);
        if (label.section == Section::decisions) {
          decision_or_summary(line.number, text, {});
        } else {
          action_or_summary(line.number, text);
        }
      } else if (m_section == Section::agenda && m_item) {
        m_inline = label.section;
        m_inline_items = 0;
      } else {
        m_section = label.section;
        m_item.reset();
      }
      return;
    case Section::attachments:
      if (!label.rest.empty()) {
        if (!add_attachment(line.number, attachment_from_item(label.rest), "")) {
          to_summary(line.number, line.number, label.rest, "an attachment longer than the format allows");
        }
      } else {
        m_section = Section::attachments;
        m_item.reset();
      }
      return;
    case Section::next_meeting:
      // The next meeting closes the agenda: what follows is not an item's notes.
      m_item.reset();
      if (m_section == Section::agenda) m_section = Section::none;
      if (!label.rest.empty()) {
        const std::string text = label.rest + continuation(end);
        const auto found = parse_next_meeting(text, m_meeting.date, true);
        if (!found || !set_next_meeting(line.number, *found, "")) {
          to_summary(line.number, m_lines[end].number, block_of(m_lines, at, end + 1),
                     "a next meeting without a date after this one");
        } else if (!found->whole) {
          to_summary(line.number, m_lines[end].number, block_of(m_lines, at, end + 1),
                     "kept too: not every word fitted the next meeting");
        }
      } else {
        m_section = Section::next_meeting;
        m_item.reset();
      }
      return;
    case Section::workshop:
      m_section = Section::workshop;
      m_item.reset();
      m_workshop.reset();
      m_workshop_heading = label.rest.empty() ? std::string(trim(strip_emphasis(text_of(line))))
                                              : label.rest;
      while (m_workshop_heading.ends_with(':')) m_workshop_heading.pop_back();
      if (!fits(m_workshop_heading)) {
        to_summary(line.number, line.number, m_workshop_heading, "a workshop heading longer than the format allows");
        m_workshop_heading.clear();
      }
      return;
    case Section::summary:
      m_section = Section::summary;
      m_item.reset();
      if (!label.rest.empty()) to_summary(line.number, line.number, label.rest, "a summary section");
      return;
    case Section::none:
      return;
  }
}

void Importer::handle_meta(const Line& line, const Label& label) {
  const std::string& rest = label.rest;
  bool placed = false;
  std::size_t after = 0;
  if (label.meta == Meta::date || label.meta == Meta::date_time_place) {
    if (const auto date = find_date(rest)) {
      const Date written = complete_date(*date, m_meeting.date);
      if (written != m_meeting.date) {
        to_summary(line.number, line.number, line.content, "another date than the meeting's");
        return;
      }
      if (!std::any_of(m_notes.begin(), m_notes.end(), [&](const ImportNote& n) {
            return n.line == line.number && n.field == "date";
          })) {
        note(line.number, "date", format_date(written), "repeats the meeting's date");
      }
      placed = true;
      after = date->end;
    }
  }
  if (label.meta == Meta::time || label.meta == Meta::date_time_place) {
    if (const auto times = find_times(rest, after); times && !m_meeting.start) {
      m_meeting.start = times->start;
      m_meeting.end = times->finish;
      note(line.number, "start", format_time(*times->start));
      if (times->finish) note(line.number, "end", format_time(*times->finish));
      placed = true;
      after = times->end;
    }
  }
  std::string_view value = trim_chars(std::string_view(rest).substr(after), ",;:-–.");
  if (label.meta == Meta::date_time_place && !value.empty()) {
    const std::string lowered = lower(value);
    for (std::string_view preposition : {"i ", "på ", "in ", "at ", "im "}) {
      if (lowered.starts_with(preposition)) value = trim(value.substr(preposition.size()));
    }
  }
  switch (label.meta) {
    case Meta::date_time_place:
    case Meta::location:
      if (!value.empty() && m_meeting.location.empty() && fits(value)) {
        m_meeting.location = without_final_stop(value);
        note(line.number, "location", quote_value(m_meeting.location));
        placed = true;
      } else if (!value.empty()) {
        placed = false;
      }
      break;
    case Meta::organizer:
      if (!value.empty() && m_meeting.organizer.empty() && fits(value)) {
        m_meeting.organizer = without_final_stop(value);
        note(line.number, "organizer", quote_value(m_meeting.organizer));
        placed = true;
      }
      break;
    case Meta::chair:
    case Meta::minute_taker: {
      PeopleFound found = parse_people(rest, AttendanceStatus::present);
      for (Person& person : found.persons) {
        if (person.role.empty()) person.role = label.word;
        add_person(std::move(person), line.number, "the role from the label");
      }
      placed = !found.persons.empty() && found.rest.empty();
      break;
    }
    default:
      break;
  }
  if (!placed) to_summary(line.number, line.number, line.content, "a label whose value was not understood");
}

void Importer::handle_bullet(const Line& line) {
  const std::string& text = line.content;
  const std::string plain = strip_emphasis(text);
  if (m_item && line.indent > m_item_indent && m_inline == Section::none &&
      (m_section == Section::agenda || m_section == Section::none)) {
    append_notes(line, "- " + text, false);
    return;
  }
  if (m_inline != Section::none) {
    if (m_inline == Section::decisions) {
      decision_or_summary(line.number, text, {});
    } else {
      action_or_summary(line.number, text);
    }
    ++m_inline_items;
    return;
  }
  if (auto label = match_label(plain); label && !label->rest.empty() &&
                                       (label->section == Section::decisions ||
                                        label->section == Section::actions ||
                                        label->section == Section::attachments ||
                                        label->section == Section::next_meeting)) {
    const Section before = m_section;
    const std::optional<std::size_t> item = m_item;
    const auto at = static_cast<std::size_t>(&line - m_lines.data());
    handle_label(at, *label);
    m_section = before;
    m_item = item;
    return;
  }
  if ((m_section == Section::decisions || m_section == Section::actions) && places_elsewhere(plain)) {
    std::string unplaced;
    place_sentences(line.number, text, "", unplaced);
    if (!unplaced.empty()) to_summary(line.number, line.number, unplaced, "not every word was placed");
    return;
  }
  switch (m_section) {
    case Section::participants:
      place_people(line.number, text, m_status);
      return;
    case Section::decisions:
      decision_or_summary(line.number, text, {});
      return;
    case Section::actions:
      action_or_summary(line.number, text);
      return;
    case Section::attachments:
      if (!add_attachment(line.number, attachment_from_item(text), "")) {
        to_summary(line.number, line.number, text, "an attachment longer than the format allows");
      }
      return;
    case Section::next_meeting: {
      const auto found = parse_next_meeting(text, m_meeting.date, true);
      if (found && set_next_meeting(line.number, *found, "")) {
        m_section = Section::none;
        if (found->whole) return;
      }
      to_summary(line.number, line.number, line.raw, "not understood as the next meeting");
      return;
    }
    case Section::workshop:
    case Section::summary:
      to_summary(line.number, line.number, std::string(trim(line.raw)),
                 m_section == Section::summary ? "a summary section" : "a list in a workshop, not under a question");
      return;
    default:
      break;
  }
  // One sentence that is a next meeting, an attachment or a decision is not an agenda item.
  if (sentences(plain).size() <= 1) {
    std::string unplaced;
    const std::size_t before = m_meeting.agenda.size();
    const std::string lowered = lower(plain);
    if (next_meeting_lead(lowered) || decision_lead(lowered) || attachment_from_sentence(plain)) {
      if (place_sentences(line.number, text, "", unplaced) && m_meeting.agenda.size() == before) {
        if (!unplaced.empty()) to_summary(line.number, line.number, unplaced, "not every word was placed");
        return;
      }
    }
  }
  const bool guessed = m_section == Section::none;
  add_agenda_item(line, text, line.kind == LineKind::numbered,
                  guessed ? "a list without a heading, read as the agenda" : "");
  m_section = Section::agenda;
}

std::size_t Importer::handle_paragraph(std::size_t at) {
  std::size_t end = at + 1;
  while (end < m_lines.size() && !starts_structure(end)) ++end;
  const int first = m_lines[at].number;
  const int last = m_lines[end - 1].number;
  std::string joined;
  for (std::size_t i = at; i < end; ++i) {
    m_used[i] = true;
    joined += (i == at ? "" : "\n") + text_of(m_lines[i]);
  }
  std::string flat = joined;
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  const std::string block = block_of(m_lines, at, end);

  if (m_inline != Section::none) {
    if (m_inline == Section::decisions) {
      decision_or_summary(first, flat, {});
    } else {
      action_or_summary(first, flat);
    }
    m_inline = Section::none;
    return end;
  }
  if ((m_section == Section::decisions || m_section == Section::actions) &&
      places_elsewhere_any(flat)) {
    std::string unplaced;
    place_sentences(first, joined, "", unplaced);
    if (!unplaced.empty()) to_summary(first, last, unplaced, "the sentences that were not placed");
    return end;
  }
  // "Apologies were received from X and Y." anywhere outside a list of people.
  if (m_section != Section::participants && people_lead(lower(strip_emphasis(flat)))) {
    place_people(first, flat, AttendanceStatus::present);
    return end;
  }
  switch (m_section) {
    case Section::participants:
      place_people(first, flat, m_status);
      return end;
    case Section::decisions:
      decision_or_summary(first, flat, {});
      return end;
    case Section::actions:
      action_or_summary(first, flat);
      return end;
    case Section::attachments:
      for (std::size_t i = at; i < end; ++i) {
        if (!add_attachment(m_lines[i].number, attachment_from_item(text_of(m_lines[i])), "")) {
          to_summary(m_lines[i].number, m_lines[i].number, text_of(m_lines[i]),
                     "an attachment longer than the format allows");
        }
      }
      return end;
    case Section::next_meeting: {
      const auto found = parse_next_meeting(flat, m_meeting.date, true);
      if (found && set_next_meeting(first, *found, "")) {
        m_section = Section::none;
        if (found->whole) return end;
      }
      to_summary(first, last, block, "not understood as the next meeting");
      return end;
    }
    case Section::summary:
      to_summary(first, last, block, "a summary section");
      return end;
    default:
      break;
  }
  const std::string first_words = lower(strip_emphasis(text_of(m_lines[at])));
  if (next_meeting_lead(first_words) && m_lines[at].indent <= m_item_indent) {
    m_item.reset();  // "Neste møte ..." closes the agenda
    if (m_section == Section::agenda) m_section = Section::none;
  }
  if (m_section == Section::agenda && m_item &&
      (m_item_numbered || !m_blank_since_item || m_lines[at].indent > m_item_indent)) {
    append_notes(m_lines[at], block, m_blank_since_item);
    return end;
  }
  // Short lines under an agenda heading, without bullets: one item each.
  if (m_section == Section::agenda && !m_item &&
      std::all_of(m_lines.begin() + static_cast<std::ptrdiff_t>(at),
                  m_lines.begin() + static_cast<std::ptrdiff_t>(end), [](const Line& line) {
                    return code_points(line.content) <= 80 && !line.content.ends_with('.');
                  })) {
    for (std::size_t i = at; i < end; ++i) {
      add_agenda_item(m_lines[i], m_lines[i].content, false, "a short line under the agenda heading");
    }
    return end;
  }
  // A short line with a company or association word right after the heading: the organizer.
  if (m_section == Section::none && end == at + 1 && m_meeting.organizer.empty() &&
      m_meeting.participants.empty() && m_meeting.agenda.empty() && m_summary.empty() &&
      code_points(flat) <= 80 && !flat.ends_with('.') && looks_like_organisation(flat) &&
      !find_date(flat)) {
    m_meeting.organizer = std::string(trim(strip_emphasis(flat)));
    note(first, "organizer", quote_value(m_meeting.organizer),
         "a line with an organisation's name under the heading");
    return end;
  }
  std::string unplaced;
  if (!place_sentences(first, joined, "", unplaced)) {
    to_summary(first, last, block, "not recognised");
  } else if (!unplaced.empty()) {
    to_summary(first, last, unplaced, "the sentences that were not placed");
  }
  return end;
}

std::size_t Importer::handle_rows(std::size_t at) {
  if (m_section == Section::actions && m_lines[at].pipe) return action_table(at);
  std::size_t end = at;
  while (end < m_lines.size() &&
         (m_lines[end].kind == LineKind::row || m_lines[end].kind == LineKind::separator)) {
    m_used[end] = true;
    ++end;
  }
  to_summary(m_lines[at].number, m_lines[end - 1].number, block_of(m_lines, at, end),
             "a table that is not a workshop question");
  return end;
}

}  // namespace minutes::import_detail
