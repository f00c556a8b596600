// The summary as a document (minutes summary -t md|html) and as flat tables (-t csv).
//
// Pieces. A summary of 100,000 records has hundreds of thousands of decisions; as one Document
// that would be several hundred MB of spans. build_summary_parts hands out the document in
// pieces (the title, then per year: totals and meetings, decisions in runs of meetings,
// actions, workshops, next meetings) that the command emits and drops one after the other;
// build_summary_document joins the same pieces into one Document.
#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "minutes/labels.hpp"
#include "minutes/report_labels.hpp"
#include "minutes/summary.hpp"
#include "minutes/dates.hpp"

namespace minutes {
namespace {

using doc::Block;
using doc::Span;
using doc::Spans;

// A chart per meeting up to this many meetings in a year; above it, one bar per month.
constexpr std::size_t k_max_meeting_bars = 24;
constexpr std::size_t k_max_tag_bars = 10;
// Meetings whose decisions go into one piece.
constexpr std::size_t k_meetings_per_piece = 200;

std::string number(std::int64_t value) { return std::to_string(value); }

class SummaryView {
 public:
  SummaryView(const Summary& summary, std::string_view language, const Date& as_of,
              const std::function<void(doc::Document)>& piece)
      : m_summary(summary), m_language(language), m_as_of(as_of), m_piece(piece) {}

  void build() {
    start_piece();
    add_title();
    for (const YearSummary& year : m_summary.years) {
      add_year(year);
    }
    flush();
  }

 private:
  std::string text(Label which) const { return std::string(label(m_language, which)); }
  std::string words(ReportLabel which) const { return std::string(report_label(m_language, which)); }
  std::string_view pool(TextId id) const { return m_summary.text[id]; }

  void start_piece() {
    m_document = doc::Document{};
    m_document.language = std::string(m_language);
    m_document.title = title();
  }

  void flush() {
    if (m_document.blocks.empty()) return;
    m_piece(std::move(m_document));
    start_piece();
  }

  template <typename T>
  void add(T block) {
    m_document.blocks.push_back(Block{std::move(block)});
  }

  void add_heading(int level, std::string title, std::string id) {
    add(doc::Heading{level, doc::plain(std::move(title)), std::move(id)});
  }

  std::string period_text() const {
    const Period& period = m_summary.period;
    if (period.from && period.to && period.from->year == period.to->year &&
        *period.from == Date{period.from->year, 1, 1} && *period.to == Date{period.to->year, 12, 31}) {
      return std::to_string(period.from->year);
    }
    if (period.from || period.to) {
      return fmt::format("{} – {}", period.from ? long_date(*period.from, m_language) : "",
                         period.to ? long_date(*period.to, m_language) : "");
    }
    if (m_summary.years.empty()) return {};
    const int first = m_summary.years.front().year;
    const int last = m_summary.years.back().year;
    return first == last ? std::to_string(first) : fmt::format("{}–{}", first, last);
  }

  std::string title() const {
    const std::string period = period_text();
    return period.empty() ? words(ReportLabel::summary_title)
                          : fmt::format("{} {}", words(ReportLabel::summary_title), period);
  }

  void add_title() {
    add_heading(1, title(), "summary");
    doc::Definitions facts;
    if (const std::string period = period_text(); !period.empty()) {
      facts.entries.push_back({words(ReportLabel::period), doc::plain(period)});
    }
    facts.entries.push_back({words(ReportLabel::as_of), doc::plain(long_date(m_as_of, m_language))});
    // Records of every date are read (a later record gives an action its latest status), so the
    // count of records is not the count of meetings in the period; with a period, both are shown.
    facts.entries.push_back({words(ReportLabel::records), doc::plain(std::to_string(m_summary.records))});
    if (m_summary.period.from || m_summary.period.to) {
      std::size_t meetings = 0;
      for (const YearSummary& year : m_summary.years) meetings += year.meetings.size();
      facts.entries.push_back(
          {words(ReportLabel::meetings_in_period), doc::plain(std::to_string(meetings))});
    }
    if (m_summary.left_out > 0) {
      facts.entries.push_back({words(ReportLabel::left_out), doc::plain(std::to_string(m_summary.left_out))});
    }
    add(std::move(facts));
  }

  std::string meeting_line(const YearSummary& year, std::uint32_t index) const {
    const SummaryMeeting& meeting = year.meetings[index];
    return fmt::format("{} — {}", long_date(meeting.date, m_language), pool(meeting.title));
  }

  static std::string alt_text(const doc::Chart& chart, int year) {
    std::string alt = fmt::format("{}, {}: ", chart.title, year);
    for (std::size_t i = 0; i < chart.labels.size(); ++i) {
      alt += fmt::format("{}{}: {}", i == 0 ? "" : "; ", chart.labels[i],
                         static_cast<long long>(chart.values[i]));
    }
    return alt + ".";
  }

  void add_year(const YearSummary& year) {
    const std::string y = std::to_string(year.year);
    add_heading(2, y, "year-" + y);
    add_totals(year, y);
    add_meetings(year, y);
    flush();
    add_decisions(year, y);
    add_actions(year, y);
    add_workshops(year, y);
    add_next_meetings(year, y);
    flush();
  }

  void add_totals(const YearSummary& year, const std::string& y) {
    add_heading(3, words(ReportLabel::totals), "totals-" + y);
    doc::Definitions facts;
    const auto fact = [&](std::string term, std::int64_t value) {
      facts.entries.push_back({std::move(term), doc::plain(number(value))});
    };
    fact(words(ReportLabel::meetings), static_cast<std::int64_t>(year.meetings.size()));
    fact(text(Label::total_attendance), year.attendance());
    fact(words(ReportLabel::named_people), year.named_people);
    fact(words(ReportLabel::organizations), year.organizations);
    fact(text(Label::groups), year.groups);
    fact(words(ReportLabel::people_in_groups), year.people_in_groups());
    add(std::move(facts));
  }

  void add_meetings(const YearSummary& year, const std::string& y) {
    add_heading(3, words(ReportLabel::meetings), "meetings-" + y);
    doc::Chart chart;
    chart.id = "chart-attendance-" + y;
    if (year.meetings.size() <= k_max_meeting_bars) {
      chart.title = words(ReportLabel::attendance_chart);
      for (const SummaryMeeting& meeting : year.meetings) {
        chart.labels.push_back(fmt::format("{} · {}", day_and_month(meeting.date, m_language), pool(meeting.title)));
        chart.values.push_back(static_cast<double>(meeting.attendance()));
      }
      chart.alt = alt_text(chart, year.year);
      add(std::move(chart));
    } else {
      chart.title = words(ReportLabel::attendance_by_month_chart);
      std::array<std::int64_t, 12> meetings{};
      std::array<std::int64_t, 12> attendance{};
      for (const SummaryMeeting& meeting : year.meetings) {
        const auto month = static_cast<std::size_t>(std::clamp(meeting.date.month, 1, 12) - 1);
        ++meetings[month];
        attendance[month] += meeting.attendance();
      }
      doc::Table months{"months", chart.title, {}, {}, true};
      months.header = {words(ReportLabel::month), words(ReportLabel::meetings), words(ReportLabel::attendance)};
      for (int month = 1; month <= 12; ++month) {
        const auto m = static_cast<std::size_t>(month - 1);
        chart.labels.emplace_back(month_name(month, m_language));
        chart.values.push_back(static_cast<double>(attendance[m]));
        months.rows.push_back({doc::plain(std::string(month_name(month, m_language))),
                               doc::plain(number(meetings[m])), doc::plain(number(attendance[m]))});
      }
      chart.alt = alt_text(chart, year.year);
      add(std::move(chart));
      add(std::move(months));
    }
    doc::Table table{"meetings", fmt::format("{} {}", words(ReportLabel::meetings), y), {}, {}, true};
    table.header = {text(Label::date),        words(ReportLabel::meeting),   text(Label::organizer),
                    words(ReportLabel::named), words(ReportLabel::in_groups), words(ReportLabel::attendance)};
    for (const SummaryMeeting& meeting : year.meetings) {
      table.rows.push_back({doc::plain(long_date(meeting.date, m_language)),
                            doc::plain(std::string(pool(meeting.title))),
                            doc::plain(std::string(pool(meeting.organizer))),
                            doc::plain(number(meeting.named)), doc::plain(number(meeting.in_groups)),
                            doc::plain(number(meeting.attendance()))});
    }
    add(std::move(table));
  }

  std::string votes_text(const SummaryVotes& votes) const {
    std::vector<std::string> parts;
    if (votes.in_favour >= 0) parts.push_back(fmt::format("{} {}", text(Label::votes_for), votes.in_favour));
    if (votes.against >= 0) parts.push_back(fmt::format("{} {}", text(Label::votes_against), votes.against));
    if (votes.abstain >= 0) parts.push_back(fmt::format("{} {}", text(Label::votes_abstain), votes.abstain));
    return fmt::format("{}", fmt::join(parts, ", "));
  }

  void add_decisions(const YearSummary& year, const std::string& y) {
    if (year.decisions.empty()) return;
    add_heading(3, text(Label::decisions), "decisions-" + y);
    std::size_t meetings_in_piece = 0;
    for (std::size_t i = 0; i < year.decisions.size();) {
      const std::uint32_t meeting = year.decisions[i].meeting;
      if (meetings_in_piece == k_meetings_per_piece) {
        flush();
        meetings_in_piece = 0;
      }
      ++meetings_in_piece;
      add(doc::Paragraph{doc::strong(meeting_line(year, meeting))});
      doc::List list{true, {}};
      for (; i < year.decisions.size() && year.decisions[i].meeting == meeting; ++i) {
        const SummaryDecision& decision = year.decisions[i];
        doc::ListItem item;
        if (decision.id != 0) item.content.push_back(Span{fmt::format("{}: ", pool(decision.id)), Span::Style::strong, {}});
        item.content.push_back(Span{std::string(pool(decision.text)), Span::Style::plain, {}});
        if (const SummaryVotes* votes = year.votes_of(decision)) {
          item.content.push_back(Span{fmt::format(" ({})", votes_text(*votes)), Span::Style::emphasis, {}});
        }
        list.items.push_back(std::move(item));
      }
      add(std::move(list));
    }
    flush();
  }

  void add_actions(const YearSummary& year, const std::string& y) {
    if (year.actions.empty()) return;
    const ActionRegister& actions = m_summary.actions;
    add_heading(3, text(Label::actions), "actions-" + y);
    std::int64_t open = 0, overdue = 0, done = 0, cancelled = 0;
    for (std::size_t i : year.actions) {
      const RegisterAction& action = actions.actions[i];
      if (is_overdue(action, m_as_of)) {
        ++overdue;
      } else if (action.status == ActionStatus::open) {
        ++open;
      } else if (action.status == ActionStatus::done) {
        ++done;
      } else {
        ++cancelled;
      }
    }
    const std::array<std::pair<std::string, std::int64_t>, 4> counts{{
        {text(Label::open), open},
        {words(ReportLabel::overdue), overdue},
        {text(Label::done), done},
        {text(Label::cancelled), cancelled},
    }};
    doc::Chart chart;
    chart.id = "chart-actions-" + y;
    chart.title = words(ReportLabel::actions_chart);
    doc::Table table{"action-status", chart.title, {text(Label::action_status), text(Label::actions)}, {}, true};
    for (const auto& [name, count] : counts) {
      chart.labels.push_back(name);
      chart.values.push_back(static_cast<double>(count));
      table.rows.push_back({doc::plain(name), doc::plain(number(count))});
    }
    table.rows.push_back({doc::strong(words(ReportLabel::total)),
                          doc::strong(number(static_cast<std::int64_t>(year.actions.size())))});
    chart.alt = alt_text(chart, year.year);
    add(std::move(chart));
    add(std::move(table));
    doc::Table list = build_actions_report_table(actions, year.actions, m_language, m_as_of);
    list.caption = fmt::format("{} {}", text(Label::actions), y);
    add(std::move(list));
    flush();
  }

  Spans most_voted(const SummaryQuestion& question) const {
    if (question.most_voted.empty()) return {};
    std::string answers;
    for (TextId answer : question.most_voted) {
      if (!answers.empty()) answers += "; ";
      answers += pool(answer);
    }
    return {Span{answers, Span::Style::plain, {}},
            Span{fmt::format(" ({} {})", question.most_votes, text(Label::votes)), Span::Style::emphasis, {}}};
  }

  void add_workshops(const YearSummary& year, const std::string& y) {
    if (year.questions.empty()) return;
    add_heading(3, text(Label::workshops), "workshops-" + y);
    doc::Table questions{"questions", fmt::format("{} {}", words(ReportLabel::questions), y), {}, {}, true};
    questions.header = {words(ReportLabel::question), words(ReportLabel::meetings), words(ReportLabel::answers),
                        words(ReportLabel::votes), words(ReportLabel::most_votes)};
    for (const SummaryQuestion& question : year.questions) {
      questions.rows.push_back({doc::plain(std::string(pool(question.prompt))), doc::plain(number(question.meetings)),
                                doc::plain(number(question.answers)), doc::plain(number(question.votes)),
                                most_voted(question)});
    }
    add(std::move(questions));
    if (!year.tags.empty()) {
      doc::Chart chart;
      chart.id = "chart-tags-" + y;
      chart.title = words(ReportLabel::tags_chart);
      for (std::size_t i = 0; i < year.tags.size() && i < k_max_tag_bars; ++i) {
        chart.labels.emplace_back(pool(year.tags[i].tag));
        chart.values.push_back(static_cast<double>(year.tags[i].answers));
      }
      chart.alt = alt_text(chart, year.year);
      add(std::move(chart));
      doc::Table tags{"tags", fmt::format("{} {}", words(ReportLabel::tags), y), {}, {}, true};
      tags.header = {words(ReportLabel::tag), words(ReportLabel::answers), words(ReportLabel::votes)};
      for (const SummaryTag& tag : year.tags) {
        tags.rows.push_back({doc::plain(std::string(pool(tag.tag))), doc::plain(number(tag.answers)),
                             doc::plain(number(tag.votes))});
      }
      add(std::move(tags));
    }
    flush();
  }

  void add_next_meetings(const YearSummary& year, const std::string& y) {
    if (year.next_meetings.empty()) return;
    add_heading(3, words(ReportLabel::next_meetings), "next-meetings-" + y);
    doc::Table table{"next-meetings", fmt::format("{} {}", words(ReportLabel::next_meetings), y), {}, {}, true};
    table.header = {words(ReportLabel::announced_at), text(Label::date), text(Label::title),
                    text(Label::location), words(ReportLabel::record)};
    for (const SummaryNextMeeting& next : year.next_meetings) {
      table.rows.push_back({doc::plain(meeting_line(year, next.meeting)), doc::plain(long_date(next.date, m_language)),
                            doc::plain(std::string(pool(next.title))), doc::plain(std::string(pool(next.location))),
                            doc::plain(words(next.has_record ? ReportLabel::yes : ReportLabel::no))});
    }
    add(std::move(table));
  }

  const Summary& m_summary;
  std::string_view m_language;
  Date m_as_of;
  const std::function<void(doc::Document)>& m_piece;
  doc::Document m_document;
};

// --- flat tables for CSV ------------------------------------------------------------------

using Row = std::vector<doc::Spans>;

doc::Spans cell(std::string_view text) { return doc::plain(std::string(text)); }
doc::Spans cell(std::int64_t value) { return doc::plain(std::to_string(value)); }

std::string optional_count(std::int32_t value) { return value >= 0 ? std::to_string(value) : std::string(); }

void meeting_rows(const Summary& summary, const YearSummary& year, doc::Table& table, const Date&) {
  for (const SummaryMeeting& meeting : year.meetings) {
    table.rows.push_back({cell(year.year), cell(format_date(meeting.date)), cell(summary.text[meeting.title]),
                          cell(summary.text[meeting.organizer]), cell(std::int64_t{meeting.named}), cell(meeting.in_groups),
                          cell(meeting.attendance())});
  }
}

void decision_rows(const Summary& summary, const YearSummary& year, doc::Table& table, const Date&) {
  std::uint32_t meeting = 0;
  std::int64_t position = 0;
  for (std::size_t i = 0; i < year.decisions.size(); ++i) {
    const SummaryDecision& decision = year.decisions[i];
    position = (i > 0 && decision.meeting == meeting) ? position + 1 : 1;
    meeting = decision.meeting;
    const SummaryMeeting& held = year.meetings[decision.meeting];
    const SummaryVotes votes = year.votes_of(decision) ? *year.votes_of(decision) : SummaryVotes{};
    table.rows.push_back({cell(year.year), cell(format_date(held.date)), cell(summary.text[held.title]),
                          cell(position), cell(summary.text[decision.id]), cell(summary.text[decision.text]),
                          cell(optional_count(votes.in_favour)), cell(optional_count(votes.against)),
                          cell(optional_count(votes.abstain))});
  }
}

void action_rows(const Summary& summary, const YearSummary& year, doc::Table& table, const Date& as_of) {
  doc::Table actions = build_actions_table(summary.actions, year.actions, as_of);
  for (Row& row : actions.rows) {
    row.insert(row.begin(), cell(year.year));
    table.rows.push_back(std::move(row));
  }
}

void answer_rows(const Summary& summary, const YearSummary& year, doc::Table& table, const Date&) {
  for (const SummaryQuestion& question : year.questions) {
    std::string most_voted;
    for (TextId answer : question.most_voted) {
      if (!most_voted.empty()) most_voted += '\n';
      most_voted += summary.text[answer];
    }
    table.rows.push_back({cell(year.year), cell(summary.text[question.prompt]), cell(question.meetings),
                          cell(question.answers), cell(question.votes),
                          cell(question.most_voted.empty() ? std::string() : std::to_string(question.most_votes)),
                          cell(most_voted)});
  }
}

void tag_rows(const Summary& summary, const YearSummary& year, doc::Table& table, const Date&) {
  for (const SummaryTag& tag : year.tags) {
    table.rows.push_back({cell(year.year), cell(summary.text[tag.tag]), cell(tag.answers), cell(tag.votes)});
  }
}

struct TableSpec {
  std::string_view name;
  std::string_view caption;
  std::vector<std::string> header;
  void (*rows)(const Summary&, const YearSummary&, doc::Table&, const Date&);
};

const std::vector<TableSpec>& table_specs() {
  static const std::vector<TableSpec> specs = [] {
    std::vector<std::string> action_header{"year"};
    const doc::Table actions = build_actions_table(ActionRegister{}, {}, Date{2000, 1, 1});
    action_header.insert(action_header.end(), actions.header.begin(), actions.header.end());
    return std::vector<TableSpec>{
        {"meetings", "Meetings", {"year", "date", "title", "organizer", "named", "in_groups", "attendance"}, meeting_rows},
        {"decisions", "Decisions", {"year", "date", "meeting", "position", "id", "text", "for", "against", "abstain"},
         decision_rows},
        {"actions", "Actions", action_header, action_rows},
        {"answers", "Workshop questions",
         {"year", "question", "meetings", "answers", "votes", "most_votes", "most_voted"}, answer_rows},
        {"tags", "Tags", {"year", "tag", "answers", "votes"}, tag_rows},
    };
  }();
  return specs;
}

}  // namespace

void build_summary_parts(const Summary& summary, std::string_view language, const Date& as_of,
                         const std::function<void(doc::Document)>& piece) {
  SummaryView(summary, language, as_of, piece).build();
}

doc::Document build_summary_document(const Summary& summary, std::string_view language,
                                     const Date& as_of) {
  std::optional<doc::Document> whole;
  build_summary_parts(summary, language, as_of, [&](doc::Document piece) {
    if (!whole) {
      whole = std::move(piece);
      return;
    }
    for (doc::Block& block : piece.blocks) whole->blocks.push_back(std::move(block));
  });
  return whole ? std::move(*whole) : doc::Document{};
}

std::vector<std::string_view> summary_table_names() {
  std::vector<std::string_view> names;
  for (const TableSpec& spec : table_specs()) names.push_back(spec.name);
  return names;
}

tl::expected<doc::Table, std::string> build_summary_table(const Summary& summary, std::string_view name,
                                                          const Date& as_of,
                                                          std::span<const YearSummary> years) {
  const auto& specs = table_specs();
  const auto spec = std::find_if(specs.begin(), specs.end(), [&](const TableSpec& s) { return s.name == name; });
  if (spec == specs.end()) {
    return tl::unexpected(fmt::format("unknown table \"{}\"; the tables are: {}", name,
                                      fmt::join(summary_table_names(), ", ")));
  }
  doc::Table table;
  table.name = std::string(spec->name);
  table.caption = std::string(spec->caption);
  table.header = spec->header;
  if (years.empty()) years = summary.years;
  for (const YearSummary& year : years) spec->rows(summary, year, table, as_of);
  return table;
}

}  // namespace minutes
