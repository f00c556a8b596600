#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "minutes/labels.hpp"
#include "minutes/views.hpp"

namespace minutes {
namespace {

using doc::Block;
using doc::Span;
using doc::Spans;

class DocumentBuilder {
 public:
  DocumentBuilder(const Meeting& meeting, std::string_view language)
      : m_meeting(meeting), m_language(language) {}

  doc::Document build() {
    m_document.title = m_meeting.title;
    m_document.language = std::string(m_language);
    add_title();
    add_participants();
    if (!m_meeting.summary.empty()) {
      add_heading(2, text(Label::summary));
      add(doc::MarkdownText{m_meeting.summary});
    }
    add_agenda();
    add_decisions();
    add_actions();
    add_workshops();
    add_next_meeting();
    add_attachments();
    return std::move(m_document);
  }

 private:
  std::string text(Label which) const { return std::string(label(m_language, which)); }

  template <typename T>
  void add(T block) {
    m_document.blocks.push_back(Block{std::move(block)});
  }

  // Ids from [a-z0-9-], unique in the document.
  std::string unique_id(std::string_view base) {
    std::string id;
    for (char c : base) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        id += c;
      } else if (c >= 'A' && c <= 'Z') {
        id += static_cast<char>(c - 'A' + 'a');
      } else if (!id.empty() && id.back() != '-') {
        id += '-';
      }
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    if (id.empty()) id = "section";
    const int seen = m_ids[id]++;
    return seen == 0 ? id : fmt::format("{}-{}", id, seen + 1);
  }

  void add_heading(int level, std::string title, std::string_view id_base = {}) {
    std::string id = unique_id(id_base.empty() ? std::string_view(title) : id_base);
    add(doc::Heading{level, doc::plain(std::move(title)), std::move(id)});
  }

  void add_title() {
    add_heading(1, m_meeting.title, "minutes");
    doc::Definitions facts;
    facts.entries.push_back({text(Label::date), doc::plain(long_date(m_meeting.date, m_language))});
    if (const std::string time = time_range(m_meeting.start, m_meeting.end, m_language); !time.empty()) {
      facts.entries.push_back({text(Label::time), doc::plain(time)});
    }
    if (!m_meeting.location.empty()) {
      facts.entries.push_back({text(Label::location), doc::plain(m_meeting.location)});
    }
    if (!m_meeting.organizer.empty()) {
      facts.entries.push_back({text(Label::organizer), doc::plain(m_meeting.organizer)});
    }
    facts.entries.push_back(
        {text(Label::status),
         doc::plain(text(m_meeting.status == RecordStatus::approved ? Label::approved : Label::draft))});
    add(std::move(facts));
  }

  Spans person_line(const Person& person) const {
    Spans line{Span{person.name, Span::Style::strong, {}}};
    std::string details;
    if (!person.role.empty()) details += ", " + person.role;
    if (!person.organization.empty()) details += fmt::format(" ({})", person.organization);
    if (!person.on_behalf_of.empty()) {
      details += fmt::format(", {} {}", text(Label::on_behalf_of), person.on_behalf_of);
    }
    if (!details.empty()) line.push_back(Span{details, Span::Style::plain, {}});
    return line;
  }

  void add_participants() {
    if (m_meeting.participants.empty()) return;
    add_heading(2, text(Label::participants));
    const std::pair<AttendanceStatus, Label> statuses[] = {
        {AttendanceStatus::present, Label::present},
        {AttendanceStatus::guest, Label::guests},
        {AttendanceStatus::regrets, Label::regrets},
        {AttendanceStatus::absent, Label::absent}};
    for (const auto& [status, heading] : statuses) {
      doc::List list;
      for (const Participant& participant : m_meeting.participants) {
        const auto* person = std::get_if<Person>(&participant);
        if (person && person->status == status) list.items.push_back({person_line(*person), {}});
      }
      if (list.items.empty()) continue;
      add(doc::Paragraph{doc::strong(text(heading))});
      add(std::move(list));
    }
    doc::List groups;
    for (const Participant& participant : m_meeting.participants) {
      if (const auto* group = std::get_if<Group>(&participant)) {
        Spans line{Span{fmt::format("{} ", group->count), Span::Style::strong, {}},
                   Span{group->name, Span::Style::plain, {}}};
        if (!group->note.empty()) line.push_back(Span{" — " + group->note, Span::Style::plain, {}});
        groups.items.push_back({std::move(line), {}});
      }
    }
    if (!groups.items.empty()) {
      add(doc::Paragraph{doc::strong(text(Label::groups))});
      add(std::move(groups));
    }
    add(doc::Paragraph{Spans{Span{text(Label::total_attendance) + ": ", Span::Style::strong, {}},
                             Span{std::to_string(attendance(m_meeting)), Span::Style::plain, {}}}});
  }

  void add_agenda() {
    if (m_meeting.agenda.empty()) return;
    add_heading(2, text(Label::agenda));
    doc::List list{true, {}};
    for (const AgendaItem& item : m_meeting.agenda) {
      doc::ListItem entry{{Span{item.title, Span::Style::strong, {}}}, {}};
      if (!item.presenter.empty()) {
        entry.content.push_back(
            Span{fmt::format(" — {} {}", text(Label::presented_by), item.presenter), Span::Style::plain, {}});
      }
      if (!item.notes.empty()) entry.children.push_back(Block{doc::MarkdownText{item.notes}});
      list.items.push_back(std::move(entry));
    }
    add(std::move(list));
  }

  std::string votes_text(const Votes& votes) const {
    std::vector<std::string> parts;
    if (votes.in_favour) parts.push_back(fmt::format("{} {}", text(Label::votes_for), *votes.in_favour));
    if (votes.against) parts.push_back(fmt::format("{} {}", text(Label::votes_against), *votes.against));
    if (votes.abstain) parts.push_back(fmt::format("{} {}", text(Label::votes_abstain), *votes.abstain));
    return fmt::format("{}", fmt::join(parts, ", "));
  }

  void add_decisions() {
    if (m_meeting.decisions.empty()) return;
    add_heading(2, text(Label::decisions));
    doc::List list{true, {}};
    for (const Decision& decision : m_meeting.decisions) {
      doc::ListItem entry;
      if (!decision.id.empty()) entry.content.push_back(Span{decision.id + ": ", Span::Style::strong, {}});
      entry.content.push_back(Span{decision.text, Span::Style::plain, {}});
      if (decision.votes) {
        entry.content.push_back(Span{fmt::format(" ({})", votes_text(*decision.votes)), Span::Style::emphasis, {}});
      }
      list.items.push_back(std::move(entry));
    }
    add(std::move(list));
  }

  std::string_view status_text(ActionStatus status) const {
    switch (status) {
      case ActionStatus::done: return label(m_language, Label::done);
      case ActionStatus::cancelled: return label(m_language, Label::cancelled);
      case ActionStatus::open: break;
    }
    return label(m_language, Label::open);
  }

  void add_actions() {
    if (m_meeting.actions.empty()) return;
    add_heading(2, text(Label::actions));
    const bool any_id = std::any_of(m_meeting.actions.begin(), m_meeting.actions.end(),
                                    [](const Action& a) { return !a.id.empty(); });
    doc::Table table{"actions", text(Label::actions), {}, {}, true};
    if (any_id) table.header.push_back(text(Label::id));
    for (Label column : {Label::task, Label::owner, Label::due, Label::action_status}) {
      table.header.push_back(text(column));
    }
    for (const Action& action : m_meeting.actions) {
      std::vector<Spans> row;
      if (any_id) row.push_back(doc::plain(action.id));
      row.push_back(doc::plain(action.task));
      row.push_back(doc::plain(action.owner));
      row.push_back(doc::plain(action.due ? long_date(*action.due, m_language) : std::string()));
      row.push_back(doc::plain(std::string(status_text(action.status))));
      table.rows.push_back(std::move(row));
    }
    add(std::move(table));
  }

  Spans answer_cell(const Answer& answer) const {
    Spans cell{Span{answer.text, Span::Style::plain, {}}};
    if (answer.votes) {
      cell.push_back(Span{fmt::format(" ({} {})", *answer.votes, text(Label::votes)), Span::Style::emphasis, {}});
    }
    if (!answer.tags.empty()) {
      cell.push_back(Span{fmt::format(" [{}]", fmt::join(answer.tags, ", ")), Span::Style::emphasis, {}});
    }
    return cell;
  }

  void add_workshops() {
    if (m_meeting.workshops.empty()) return;
    add_heading(2, text(Label::workshops));
    for (std::size_t w = 0; w < m_meeting.workshops.size(); ++w) {
      const Workshop& workshop = m_meeting.workshops[w];
      add_heading(3, workshop.title, fmt::format("workshop-{}", w + 1));
      for (const Question& question : workshop.questions) {
        const auto columns = static_cast<std::size_t>(std::max(1, question.columns));
        doc::Table grid{"workshop", question.prompt, {}, {}, false};
        for (std::size_t c = 1; c <= columns; ++c) grid.header.push_back(std::to_string(c));
        for (std::size_t i = 0; i < question.answers.size(); i += columns) {
          std::vector<Spans> row;
          for (std::size_t c = 0; c < columns; ++c) {
            row.push_back(i + c < question.answers.size() ? answer_cell(question.answers[i + c]) : Spans{});
          }
          grid.rows.push_back(std::move(row));
        }
        add(std::move(grid));
      }
    }
  }

  void add_next_meeting() {
    if (!m_meeting.next_meeting) return;
    const NextMeeting& next = *m_meeting.next_meeting;
    add_heading(2, text(Label::next_meeting));
    doc::Definitions facts;
    if (!next.title.empty()) facts.entries.push_back({text(Label::title), doc::plain(next.title)});
    facts.entries.push_back({text(Label::date), doc::plain(long_date(next.date, m_language))});
    if (const std::string time = time_range(next.start, next.end, m_language); !time.empty()) {
      facts.entries.push_back({text(Label::time), doc::plain(time)});
    }
    if (!next.location.empty()) facts.entries.push_back({text(Label::location), doc::plain(next.location)});
    add(std::move(facts));
  }

  void add_attachments() {
    if (m_meeting.attachments.empty()) return;
    add_heading(2, text(Label::attachments));
    doc::List list;
    for (const Attachment& attachment : m_meeting.attachments) {
      list.items.push_back({Spans{Span{attachment.title, Span::Style::plain, attachment.href}}, {}});
    }
    add(std::move(list));
  }

  const Meeting& m_meeting;
  std::string_view m_language;
  doc::Document m_document;
  std::map<std::string, int> m_ids;
};

}  // namespace

doc::Document build_minutes_document(const Meeting& meeting, std::string_view language) {
  return DocumentBuilder(meeting, language).build();
}

}  // namespace minutes
