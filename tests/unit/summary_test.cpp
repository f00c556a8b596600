#include "minutes/summary.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "emit_test_util.hpp"
#include "minutes/labels.hpp"
#include "minutes/report_labels.hpp"
#include "minutes/text_pool.hpp"

using namespace minutes;

namespace {

Person person(std::string name, AttendanceStatus status = AttendanceStatus::present,
              std::string organization = "") {
  Person p;
  p.name = std::move(name);
  p.status = status;
  p.organization = std::move(organization);
  return p;
}

Answer answer(std::string text, std::optional<std::int64_t> votes,
              std::vector<std::string> tags = {}) {
  return Answer{std::move(text), votes, std::move(tags)};
}

// Three meetings in 2024 (added out of date order) and one in 2023.
std::vector<Meeting> meetings() {
  Meeting board;
  board.title = "Board, March";
  board.date = {2024, 3, 5};
  board.organizer = "Club";
  board.participants = {
      person("Kari", AttendanceStatus::present, "Club"), person("Per", AttendanceStatus::regrets),
      person("Ola", AttendanceStatus::guest, "Council"), Group{"members", 12, ""}};
  board.decisions = {Decision{"", "Minutes approved.", std::nullopt},
                     Decision{"D-1", "Budget adopted.", Votes{5, 1, std::nullopt}}};
  board.actions = {Action{"A-1", "Get quotes", "Kari", Date{2024, 3, 20}, ActionStatus::open}};
  board.next_meeting =
      NextMeeting{"Board, April", {2024, 4, 9}, std::nullopt, std::nullopt, "Hall"};
  board.workshops = {Workshop{
      "Ideas",
      {Question{"What next?",
                2,
                {answer("More boats", 4, {"boats"}), answer("A party", 7, {"social"}),
                 answer("Coaching", 7, {"boats", "boats"}), answer("Nothing", std::nullopt)}}}}};

  Meeting january;
  january.title = "Board, January";
  january.date = {2024, 1, 16};
  january.participants = {person("Kari", AttendanceStatus::present, "Club"), person("Eva")};
  january.decisions = {Decision{"", "Dates set.", std::nullopt}};
  january.next_meeting = NextMeeting{"", {2024, 3, 5}, std::nullopt, std::nullopt, ""};
  january.workshops = {Workshop{"Ideas",
                                {Question{"What next?", 1, {answer("A party", 2, {"social"})}},
                                 Question{"What next?", 1, {answer("Kayaks", 9)}}}}};

  Meeting april;
  april.title = "Board, April";
  april.date = {2024, 4, 9};
  april.participants = {Group{"members", 3, ""}, Group{"guests", 2, ""}};
  april.actions = {Action{"A-1", "Get quotes", "", std::nullopt, ActionStatus::done}};

  Meeting old;
  old.title = "Board, December";
  old.date = {2023, 12, 12};
  old.participants = {person("Kari")};
  old.actions = {Action{"", "Write the plan", "Eva", Date{2024, 1, 31}, ActionStatus::open}};
  old.next_meeting = NextMeeting{"", {2024, 1, 20}, std::nullopt, std::nullopt, ""};
  return {board, january, april, old};
}

Summary summary_of(Period period = {}) {
  SummaryBuilder builder(period);
  const std::vector<Meeting> all = meetings();
  const char* names[] = {"m/2024-03-05.yaml", "m/2024-01-16.yaml", "m/2024-04-09.yaml",
                         "m/2023-12-12.yaml"};
  for (std::size_t i = 0; i < all.size(); ++i) builder.add(names[i], all[i]);
  return builder.finish();
}

std::vector<std::string> texts(const Summary& summary, const std::vector<TextId>& ids) {
  std::vector<std::string> out;
  for (TextId id : ids) out.emplace_back(summary.text[id]);
  return out;
}

std::string emit_whole(const Emitter* emitter, const doc::Document& document) {
  const auto out = test::whole_document(std::get<MakeDocumentWriter>(emitter->write), document);
  REQUIRE_MESSAGE(out.has_value(), test::message_of(out));
  return *out;
}

// The summary written as `minutes summary` does: begin with the first piece, blocks for each
// further one, end.
std::string emit_pieces(const Emitter* emitter, const Summary& summary, const Date& as_of,
                        std::size_t& count) {
  StringSink sink;
  const auto writer = std::get<MakeDocumentWriter>(emitter->write)(EmitSettings{}, sink);
  count = 0;
  build_summary_parts(summary, "en", as_of, [&](doc::Document piece) {
    const Emitted written = count++ == 0 ? writer->begin(piece) : writer->blocks(piece);
    REQUIRE_MESSAGE(written.has_value(), (written ? "" : written.error().message));
  });
  const Emitted ended = writer->end();
  REQUIRE_MESSAGE(ended.has_value(), (ended ? "" : ended.error().message));
  return std::move(sink.text());
}

}  // namespace

TEST_CASE("text pool: one copy per distinct string, 0 is the empty string") {
  TextPool pool;
  CHECK(pool.intern("") == 0);
  CHECK(pool[0].empty());
  const TextId a = pool.intern("Kari");
  CHECK(pool.intern(std::string("Ka") + "ri") == a);
  const std::string long_text(100'000, 'x');
  const TextId big = pool.intern(long_text);
  const TextId b = pool.intern("Per");
  CHECK(pool[a] == "Kari");
  CHECK(pool[big] == long_text);
  CHECK(pool[b] == "Per");
  CHECK(pool.size() == 4);
  TextPool moved = std::move(pool);
  CHECK(moved[a] == "Kari");
  CHECK(moved.intern("Per") == b);
}

TEST_CASE("period: both ends included, open ends take every date") {
  CHECK(Period::year(2024).contains({2024, 1, 1}));
  CHECK(Period::year(2024).contains({2024, 12, 31}));
  CHECK_FALSE(Period::year(2024).contains({2025, 1, 1}));
  CHECK(Period{}.contains({1900, 1, 1}));
  CHECK(Period{Date{2024, 3, 1}, std::nullopt}.contains({2030, 1, 1}));
  CHECK_FALSE(Period{Date{2024, 3, 1}, std::nullopt}.contains({2024, 2, 29}));
}

TEST_CASE("summary: meetings by date per year, with attendance and totals") {
  const Summary summary = summary_of();
  CHECK(summary.records == 4);
  REQUIRE(summary.years.size() == 2);
  const YearSummary& y2023 = summary.years[0];
  const YearSummary& y2024 = summary.years[1];
  CHECK(y2023.year == 2023);
  CHECK(y2024.year == 2024);
  REQUIRE(y2024.meetings.size() == 3);
  CHECK(y2024.meetings[0].date == Date{2024, 1, 16});
  CHECK(y2024.meetings[1].date == Date{2024, 3, 5});
  CHECK(y2024.meetings[2].date == Date{2024, 4, 9});
  CHECK(summary.text[y2024.meetings[1].title] == "Board, March");
  CHECK(summary.text[y2024.meetings[1].organizer] == "Club");
  CHECK(y2024.meetings[1].named == 2);  // Kari present, Ola guest; Per sent regrets
  CHECK(y2024.meetings[1].in_groups == 12);
  CHECK(y2024.meetings[1].attendance() == 14);
  CHECK(y2024.meetings[2].attendance() == 5);
  CHECK(y2024.attendance() == 2 + 14 + 5);
  CHECK(y2024.named_people == 3);   // Kari, Eva, Ola
  CHECK(y2024.organizations == 2);  // Club, Council
  CHECK(y2024.groups == 2);         // members, guests
  CHECK(y2024.people_in_groups() == 17);
}

TEST_CASE("summary: decisions and next meetings follow their meeting after sorting") {
  const Summary summary = summary_of();
  const YearSummary& y2024 = summary.years[1];
  REQUIRE(y2024.decisions.size() == 3);
  CHECK(summary.text[y2024.decisions[0].text] == "Dates set.");
  CHECK(y2024.decisions[0].meeting == 0);
  CHECK(summary.text[y2024.decisions[1].text] == "Minutes approved.");
  CHECK(y2024.decisions[1].meeting == 1);
  CHECK(summary.text[y2024.decisions[2].id] == "D-1");
  REQUIRE(y2024.votes_of(y2024.decisions[2]) != nullptr);
  CHECK(y2024.votes_of(y2024.decisions[2])->in_favour == 5);
  CHECK(y2024.votes_of(y2024.decisions[2])->against == 1);
  CHECK(y2024.votes_of(y2024.decisions[2])->abstain == -1);
  CHECK(y2024.votes_of(y2024.decisions[0]) == nullptr);
  CHECK(sizeof(SummaryDecision) == 16);

  REQUIRE(y2024.next_meetings.size() == 2);
  CHECK(y2024.next_meetings[0].meeting == 0);
  CHECK(y2024.next_meetings[0].date == Date{2024, 3, 5});
  CHECK(y2024.next_meetings[0].has_record);
  CHECK(y2024.next_meetings[1].meeting == 1);
  CHECK(summary.text[y2024.next_meetings[1].title] == "Board, April");
  CHECK(summary.text[y2024.next_meetings[1].location] == "Hall");
  CHECK(y2024.next_meetings[1].has_record);
  REQUIRE(summary.years[0].next_meetings.size() == 1);
  CHECK_FALSE(summary.years[0].next_meetings[0].has_record);  // 2024-01-20: no record
}

TEST_CASE("summary: workshop questions across meetings, most-voted answers and tags") {
  const Summary summary = summary_of();
  const YearSummary& y2024 = summary.years[1];
  REQUIRE(y2024.questions.size() == 1);
  const SummaryQuestion& question = y2024.questions[0];
  CHECK(summary.text[question.prompt] == "What next?");
  CHECK(question.meetings == 2);  // asked twice in January, counted once per meeting
  CHECK(question.answers == 6);
  CHECK(question.votes == 4 + 7 + 7 + 2 + 9);
  CHECK(question.most_votes == 9);
  CHECK(texts(summary, question.most_voted) == std::vector<std::string>{"Kayaks"});
  REQUIRE(y2024.tags.size() == 2);
  CHECK(summary.text[y2024.tags[0].tag] == "boats");  // 2 answers (a tag twice on one counts once)
  CHECK(y2024.tags[0].answers == 2);
  CHECK(y2024.tags[0].votes == 11);
  CHECK(summary.text[y2024.tags[1].tag] == "social");
  CHECK(y2024.tags[1].answers == 2);
  CHECK(y2024.tags[1].votes == 9);
}

TEST_CASE("summary: answers tied for the most votes are all kept, at most five") {
  Meeting meeting;
  meeting.title = "Workshop";
  meeting.date = {2024, 5, 1};
  Question question{"Which?", 1, {}};
  for (int i = 1; i <= 7; ++i) question.answers.push_back(answer("Answer " + std::to_string(i), 3));
  question.answers.push_back(answer("Zero", 0));
  meeting.workshops = {Workshop{"W", {question}}};
  SummaryBuilder builder;
  builder.add("w.yaml", meeting);
  const Summary summary = builder.finish();
  const SummaryQuestion& stats = summary.years.at(0).questions.at(0);
  CHECK(stats.most_votes == 3);
  CHECK(texts(summary, stats.most_voted) ==
        std::vector<std::string>{"Answer 1", "Answer 2", "Answer 3", "Answer 4", "Answer 5"});
}

TEST_CASE("summary: actions are listed in the year first raised, with their latest status") {
  const Summary summary = summary_of();
  REQUIRE(summary.actions.actions.size() == 2);
  const ActionRegister& actions = summary.actions;
  REQUIRE(summary.years[0].actions.size() == 1);
  CHECK(actions.text[actions.actions[summary.years[0].actions[0]].task] == "Write the plan");
  REQUIRE(summary.years[1].actions.size() == 1);
  const RegisterAction& a1 = actions.actions[summary.years[1].actions[0]];
  CHECK(actions.text[a1.id] == "A-1");
  CHECK(a1.status == ActionStatus::done);
  CHECK(a1.due == Date{2024, 3, 20});
}

TEST_CASE("summary: a period leaves out meetings, but later records still update actions") {
  const Summary summary = summary_of(Period{Date{2024, 1, 1}, Date{2024, 3, 31}});
  REQUIRE(summary.years.size() == 1);
  CHECK(summary.years[0].meetings.size() == 2);
  REQUIRE(summary.years[0].actions.size() == 1);
  CHECK(summary.actions.actions[summary.years[0].actions[0]].status ==
        ActionStatus::done);  // from April
  CHECK(summary.records == 4);
}

TEST_CASE("summary: records left out are counted") {
  SummaryBuilder builder;
  builder.leave_out();
  builder.leave_out();
  const Summary summary = builder.finish();
  CHECK(summary.left_out == 2);
  CHECK(summary.years.empty());
}

TEST_CASE("summary document: title, years, charts with alt text and tables") {
  const Summary summary = summary_of();
  const doc::Document document = build_summary_document(summary, "en", Date{2024, 3, 25});
  CHECK(document.title == "Summary of minutes 2023–2024");
  CHECK(document.language == "en");
  std::vector<std::string> headings;
  std::vector<const doc::Chart*> charts;
  std::vector<std::string> tables;
  for (const doc::Block& block : document.blocks) {
    if (const auto* heading = std::get_if<doc::Heading>(&block.content))
      headings.push_back(heading->id);
    if (const auto* chart = std::get_if<doc::Chart>(&block.content)) charts.push_back(chart);
    if (const auto* table = std::get_if<doc::Table>(&block.content)) tables.push_back(table->name);
  }
  CHECK(headings == std::vector<std::string>{
                        "summary", "year-2023", "totals-2023", "meetings-2023", "actions-2023",
                        "next-meetings-2023", "year-2024", "totals-2024", "meetings-2024",
                        "decisions-2024", "actions-2024", "workshops-2024", "next-meetings-2024"});
  CHECK(tables == std::vector<std::string>{"meetings", "action-status", "actions", "next-meetings",
                                           "meetings", "action-status", "actions", "questions",
                                           "tags", "next-meetings"});
  REQUIRE(charts.size() == 5);
  CHECK(charts[2]->id == "chart-attendance-2024");
  CHECK(charts[2]->labels == std::vector<std::string>{"16 January · Board, January",
                                                      "5 March · Board, March",
                                                      "9 April · Board, April"});
  CHECK(charts[2]->values == std::vector<double>{2, 14, 5});
  CHECK(charts[2]->alt ==
        "Attendance per meeting, 2024: 16 January · Board, January: 2; 5 March · Board, March: 14; "
        "9 April · Board, April: 5.");
  CHECK(charts[1]->labels == std::vector<std::string>{"Open", "Overdue", "Done", "Cancelled"});
  CHECK(charts[1]->values == std::vector<double>{0, 1, 0, 0});  // 2023: due 31 January, open
  CHECK(charts[4]->id == "chart-tags-2024");
  CHECK(charts[4]->values == std::vector<double>{2, 2});
}

// The facts under the title, as "term: value".
std::vector<std::string> opening_facts(const doc::Document& document) {
  for (const doc::Block& block : document.blocks) {
    if (const auto* facts = std::get_if<doc::Definitions>(&block.content)) {
      std::vector<std::string> out;
      for (const auto& entry : facts->entries) {
        std::string value;
        for (const auto& span : entry.value) value += span.text;
        out.push_back(entry.term + ": " + value);
      }
      return out;
    }
  }
  return {};
}

TEST_CASE("summary document: records read and meetings in the period are told apart") {
  // Four records, two of them of meetings in the first quarter of 2024: the report must not
  // show 4 beside 2 as if both were counts of meetings.
  const Date as_of{2024, 12, 31};
  const doc::Document quarter =
      build_summary_document(summary_of(Period{Date{2024, 1, 1}, Date{2024, 3, 31}}), "en", as_of);
  CHECK(opening_facts(quarter) == std::vector<std::string>{"Period: 1 January 2024 – 31 March 2024",
                                                           "As of: 31 December 2024",
                                                           "Valid records read: 4",
                                                           "Meetings in the period: 2"});
  const doc::Document year = build_summary_document(summary_of(Period::year(2024)), "nb", as_of);
  CHECK(opening_facts(year) == std::vector<std::string>{"Periode: 2024", "Per: 31. desember 2024",
                                                        "Gyldige referater lest: 4",
                                                        "Møter i perioden: 3"});
  // Without a period every record read is a meeting of the report: one number.
  const doc::Document all = build_summary_document(summary_of(), "en", as_of);
  CHECK(opening_facts(all) == std::vector<std::string>{"Period: 2023–2024",
                                                       "As of: 31 December 2024",
                                                       "Valid records read: 4"});
}

TEST_CASE("summary document: above 24 meetings a year the chart has one bar per month") {
  SummaryBuilder builder;
  for (int i = 0; i < 30; ++i) {
    Meeting meeting;
    meeting.title = "Weekly";
    meeting.date = {2024, 1 + i / 10, 1 + i % 10};
    meeting.participants = {Group{"all", 2, ""}};
    builder.add("m.yaml", meeting);
  }
  const Summary summary = builder.finish();
  const doc::Document document = build_summary_document(summary, "nb", Date{2024, 12, 31});
  const doc::Chart* chart = nullptr;
  const doc::Table* months = nullptr;
  for (const doc::Block& block : document.blocks) {
    if (!chart) chart = std::get_if<doc::Chart>(&block.content);
    if (const auto* table = std::get_if<doc::Table>(&block.content);
        table && table->name == "months")
      months = table;
  }
  REQUIRE(chart);
  CHECK(chart->title == "Fremmøte per måned");
  REQUIRE(chart->labels.size() == 12);
  CHECK(chart->labels[0] == "januar");
  CHECK(chart->values[0] == 20);
  CHECK(chart->values[2] == 20);
  CHECK(chart->values[3] == 0);
  REQUIRE(months);
  CHECK(months->rows.size() == 12);
  CHECK(months->rows[1][1][0].text == "10");
}

TEST_CASE("summary document: the pieces emit the same bytes as the whole document") {
  // Enough meetings with decisions that the decisions come in several pieces.
  SummaryBuilder builder;
  for (int i = 0; i < 450; ++i) {
    Meeting meeting;
    meeting.title = "Meeting " + std::to_string(i);
    meeting.date = {2020 + i % 2, 1 + i % 12, 1 + i % 28};
    meeting.decisions = {Decision{"", "Decided " + std::to_string(i), std::nullopt}};
    meeting.actions = {Action{"", "Do " + std::to_string(i), "", std::nullopt, ActionStatus::open}};
    builder.add("m" + std::to_string(i) + ".yaml", meeting);
  }
  const Summary summary = builder.finish();
  const Date as_of{2024, 1, 1};
  const doc::Document whole = build_summary_document(summary, "en", as_of);
  for (const char* name : {"markdown", "html"}) {
    INFO(name);
    const Input document[] = {Input::document};
    const auto chosen = choose_emitter(name, "", document);
    REQUIRE_MESSAGE(chosen.has_value(), (chosen ? "" : chosen.error().message));
    const Emitter* emitter = *chosen;
    std::size_t pieces = 0;
    CHECK(emit_pieces(emitter, summary, as_of, pieces) == emit_whole(emitter, whole));
    CHECK(pieces >= 8);
  }
}

TEST_CASE("summary tables: names, headers and rows") {
  CHECK(summary_table_names() ==
        std::vector<std::string_view>{"meetings", "decisions", "actions", "answers", "tags"});
  const Summary summary = summary_of();
  const Date as_of{2024, 3, 25};
  const auto unknown = build_summary_table(summary, "people", as_of);
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error() ==
        "unknown table \"people\"; the tables are: meetings, decisions, actions, answers, tags");

  const auto cells = [](const doc::Table& table, std::size_t row) {
    std::vector<std::string> out;
    for (const doc::Spans& cell : table.rows.at(row)) out.push_back(cell.at(0).text);
    return out;
  };
  const doc::Table meetings = build_summary_table(summary, "meetings", as_of).value();
  CHECK(meetings.header == std::vector<std::string>{"year", "date", "title", "organizer", "named",
                                                    "in_groups", "attendance"});
  REQUIRE(meetings.rows.size() == 4);
  CHECK(cells(meetings, 0) ==
        std::vector<std::string>{"2023", "2023-12-12", "Board, December", "", "1", "0", "1"});
  CHECK(cells(meetings, 2) ==
        std::vector<std::string>{"2024", "2024-03-05", "Board, March", "Club", "2", "12", "14"});

  const doc::Table decisions = build_summary_table(summary, "decisions", as_of).value();
  CHECK(cells(decisions, 2) == std::vector<std::string>{"2024", "2024-03-05", "Board, March", "2",
                                                        "D-1", "Budget adopted.", "5", "1", ""});

  const doc::Table answers =
      build_summary_table(summary, "answers", as_of, std::span(&summary.years[1], 1)).value();
  REQUIRE(answers.rows.size() == 1);
  CHECK(cells(answers, 0) ==
        std::vector<std::string>{"2024", "What next?", "2", "6", "29", "9", "Kayaks"});

  const doc::Table tags = build_summary_table(summary, "tags", as_of).value();
  CHECK(cells(tags, 0) == std::vector<std::string>{"2024", "boats", "2", "11"});

  const doc::Table actions = build_summary_table(summary, "actions", as_of).value();
  CHECK(actions.header.front() == "year");
  CHECK(actions.header.size() == 16);
  REQUIRE(actions.rows.size() == 2);
  CHECK(cells(actions, 0)[0] == "2023");
  CHECK(cells(actions, 0)[1] == "2023-12-12#1");
  CHECK(cells(actions, 0)[8] == "54");  // days overdue: 31 January to 25 March 2024
}

TEST_CASE("report labels: every language has every label") {
  for (std::string_view language : label_languages()) {
    for (int i = 0; i < static_cast<int>(ReportLabel::count); ++i) {
      INFO("language ", language, ", report label #", i);
      CHECK_FALSE(report_label(language, static_cast<ReportLabel>(i)).empty());
    }
  }
  CHECK(report_label("nb-NO", ReportLabel::summary_title) == "Oppsummering av møtereferater");
  CHECK(report_label("fr", ReportLabel::overdue) == "Overdue");
  CHECK(month_name(2, "de") == "Februar");
  CHECK(month_name(13, "en").empty());
  CHECK(day_and_month({2024, 3, 5}, "en") == "5 March");
  CHECK(day_and_month({2024, 3, 5}, "nn") == "5. mars");
}
