#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "emit_test_util.hpp"
#include "test_files.hpp"
#include "minutes/action_register.hpp"
#include "minutes/summary.hpp"

using namespace minutes;

namespace {

// `out` when the emitter succeeded (the test stops otherwise).
std::string bytes(const test::Bytes& out) {
  REQUIRE_MESSAGE(out.has_value(), test::message_of(out));
  return *out;
}

std::string emit_with(MakeDocumentWriter make, const doc::Document& document,
                      const EmitSettings& settings = {}) {
  return bytes(test::whole_document(make, document, settings));
}

EmitSettings fragment() {
  EmitSettings settings;
  settings.fragment = true;
  return settings;
}

doc::Chart chart() {
  return doc::Chart{"chart-x", "Votes <per> \"tag\"", "Votes: a 4; b 2.", {"a & b", "c"}, {4, 2}};
}

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("html: a chart is a figure with an accessible inline SVG of scaled bars") {
  const std::string html =
      emit_with(make_html_writer, doc::Document{"T", "en", {{chart()}}}, fragment());
  CHECK(html ==
        "<article>\n"
        "<figure class=\"chart\">\n"
        "<figcaption>Votes &lt;per&gt; &quot;tag&quot;</figcaption>\n"
        "<svg role=\"img\" aria-labelledby=\"chart-x-title\" aria-describedby=\"chart-x-desc\" "
        "viewBox=\"0 0 360 80\" width=\"360\" height=\"80\">\n"
        "<title id=\"chart-x-title\">Votes &lt;per&gt; &quot;tag&quot;</title>\n"
        "<desc id=\"chart-x-desc\">Votes: a 4; b 2.</desc>\n"
        "<g><text class=\"label\" x=\"0\" y=\"15\">a &amp; b</text><rect x=\"0\" y=\"21\" "
        "width=\"312\" "
        "height=\"12\"/><text class=\"value\" x=\"318\" y=\"32\">4</text></g>\n"
        "<g><text class=\"label\" x=\"0\" y=\"53\">c</text><rect x=\"0\" y=\"59\" width=\"156\" "
        "height=\"12\"/><text class=\"value\" x=\"162\" y=\"70\">2</text></g>\n"
        "</svg>\n"
        "</figure>\n"
        "</article>\n");
}

TEST_CASE("html: chart labels are shortened, negative values drawn as 0, fractions shown") {
  doc::Chart c{"", "", "Alt only", {std::string(60, 'x') + "ø", "neg", "half"}, {-3, 0.5, 0.25}};
  const std::string html = emit_with(make_html_writer, doc::Document{"T", "en", {{c}}}, fragment());
  CHECK(html.find("<figcaption>") == std::string::npos);
  CHECK(html.find("<svg role=\"img\" aria-label=\"Alt only\"") != std::string::npos);
  CHECK(html.find(">" + std::string(49, 'x') + "…</text>") != std::string::npos);
  CHECK(html.find("width=\"0\" height=\"12\"/><text class=\"value\" x=\"6\" y=\"32\">-3<") !=
        std::string::npos);
  CHECK(html.find(">0.5<") != std::string::npos);
  CHECK(html.find(">0.2<") != std::string::npos);  // one decimal
  CHECK(count(html, "<script") == 0);
}

TEST_CASE("html: the chart CSS only on pages that can have charts") {
  const std::string plain =
      emit_with(make_html_writer, doc::Document{"T", "en", {{doc::Paragraph{doc::plain("x")}}}});
  CHECK(plain.find("figure.chart") == std::string::npos);
  const std::string charted = emit_with(make_html_writer, doc::Document{"T", "en", {{chart()}}});
  CHECK(count(charted, "figure.chart { margin") == 1);
  const std::string opening = bytes(test::document_begin(
      make_html_writer, doc::Document{"T", "en", {{doc::Paragraph{doc::plain("x")}}}}));
  CHECK(count(opening, "figure.chart { margin") == 1);
}

TEST_CASE("markdown: charts are left out; the table beside them has the numbers") {
  const std::string md = emit_with(
      make_markdown_writer,
      doc::Document{
          "T",
          "en",
          {{doc::Paragraph{doc::plain("a")}}, {chart()}, {doc::Paragraph{doc::plain("b")}}}});
  CHECK(md == "a\n\nb\n");
}

TEST_CASE("documents in pieces: begin, blocks, end concatenate to the whole") {
  const doc::Document first{
      "T",
      "en",
      {{doc::Heading{1, doc::plain("Title"), "t"}}, {doc::List{false, {{doc::plain("x"), {}}}}}}};
  const doc::Document second{"T", "en", {{doc::Paragraph{doc::plain("p")}}, {chart()}}};
  doc::Document whole = first;
  for (const doc::Block& block : second.blocks) whole.blocks.push_back(block);
  for (MakeDocumentWriter make : {&make_markdown_writer, &make_html_writer}) {
    for (bool fragment : {false, true}) {
      EmitSettings settings;
      settings.fragment = fragment;
      const std::string expected = emit_with(make, whole, settings);
      const std::string pieces = bytes(test::document_pieces(make, first, {second}, settings));
      CHECK(pieces == expected);
    }
  }
}

TEST_CASE("csv: a table is written as it is; rows alone continue a table") {
  doc::Table table{"t", "T", {"year", "text"}, {{doc::plain("2024"), doc::plain("=1+1")}}, true};
  CHECK(bytes(test::whole_table(make_csv_writer, table)) ==
        "\"year\",\"text\"\r\n\"2024\",\"'=1+1\"\r\n");
  CHECK(bytes(test::table_rows(make_csv_writer, table)) == "\"2024\",\"'=1+1\"\r\n");
}

TEST_CASE("ics: to-dos of the action register") {
  const test::ScopedEnv no_epoch("SOURCE_DATE_EPOCH", std::nullopt);  // DTSTAMP from the meeting
  // A-1 raised on 10 January, last seen on 14 February: the UID and DTSTAMP come from the
  // meeting that raised it, the DESCRIPTION names the latest.
  ActionRegisterBuilder builder;
  Meeting raised;
  raised.title = "Styremøte";
  raised.date = {2024, 1, 10};
  raised.actions = {Action{"A-1", "Hente tilbud", "Kari", Date{2024, 2, 1}, ActionStatus::open}};
  Meeting latest = raised;
  latest.title = "Styremøte 2";
  latest.date = {2024, 2, 14};
  builder.add("a.yaml", raised);
  builder.add("b.yaml", latest);
  const ActionRegister actions = builder.finish();
  REQUIRE(actions.actions.size() == 1);
  EmitSettings settings;
  settings.language = "nb";
  const std::string ics =
      bytes(test::actions_output(write_actions_ics, actions, {0}, Date{2024, 3, 1}, settings));
  CHECK(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  CHECK(ics.find("DTSTAMP:20240110T000000Z\r\nDUE;VALUE=DATE:20240201\r\nSUMMARY:Hente tilbud\r\n"
                 "DESCRIPTION:Ansvarlig: Kari\\nStyremøte 2\\, 14. februar "
                 "2024\r\nSTATUS:NEEDS-ACTION\r\n") != std::string::npos);
  CHECK(ics.ends_with("END:VTODO\r\nEND:VCALENDAR\r\n"));
  // Nothing selected: an empty calendar, not an error (a nightly export on a quiet day).
  const auto none =
      test::actions_output(write_actions_ics, actions, {}, Date{2024, 3, 1}, settings);
  REQUIRE(none.has_value());
  CHECK(*none ==
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//minutes//minutes 0.1//EN\r\n"
        "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
}

TEST_CASE("json: the selected actions of the register as data") {
  ActionRegisterBuilder builder;
  Meeting raised;
  raised.title = "Styremøte";
  raised.date = {2024, 1, 10};
  raised.actions = {Action{"A-1", "Hente tilbud", "Kari", Date{2024, 2, 1}, ActionStatus::open},
                    Action{"", "Leie sal", "", std::nullopt, ActionStatus::done}};
  Meeting latest;
  latest.title = "Styremøte 2";
  latest.date = {2024, 2, 14};
  latest.actions = {Action{"A-1", "Hente tilbud", "", std::nullopt, ActionStatus::open}};
  builder.add("m/a.yaml", raised);
  builder.add("m/b.yaml", latest);
  const ActionRegister actions = builder.finish();
  REQUIRE(actions.actions.size() == 2);
  CHECK(bytes(test::actions_output(write_actions_json, actions, {0, 1}, Date{2024, 3, 1})) == R"({
  "as_of": "2024-03-01",
  "actions": [
    {
      "id": "A-1",
      "id_derived": false,
      "task": "Hente tilbud",
      "owner": "Kari",
      "due": "2024-02-01",
      "status": "open",
      "overdue": true,
      "days_overdue": 29,
      "meeting": {
        "date": "2024-02-14",
        "title": "Styremøte 2",
        "file": "m/b.yaml"
      },
      "first_raised": {
        "date": "2024-01-10",
        "title": "Styremøte",
        "file": "m/a.yaml"
      },
      "records": 2
    },
    {
      "id": "a#2",
      "id_derived": true,
      "task": "Leie sal",
      "status": "done",
      "overdue": false,
      "meeting": {
        "date": "2024-01-10",
        "title": "Styremøte",
        "file": "m/a.yaml"
      },
      "first_raised": {
        "date": "2024-01-10",
        "title": "Styremøte",
        "file": "m/a.yaml"
      },
      "records": 1
    }
  ]
}
)");
  CHECK(bytes(test::actions_output(write_actions_json, actions, {}, Date{2024, 3, 1})) == R"({
  "as_of": "2024-03-01",
  "actions": []
}
)");
}

TEST_CASE("json: the summary as data, one document from its pieces") {
  SummaryBuilder builder(Period{Date{2024, 1, 1}, std::nullopt});
  Meeting meeting;
  meeting.title = "Styremøte";
  meeting.date = {2024, 1, 10};
  meeting.organizer = "Klubben";
  meeting.participants = {Person{"Kari", "", "", AttendanceStatus::present, ""},
                          Group{"medlemmer", 4, ""}};
  meeting.decisions = {Decision{"V-1", "Budsjett vedtatt", Votes{5, std::nullopt, 0}}};
  builder.add("m/a.yaml", meeting);
  builder.leave_out();
  const Summary summary = builder.finish();
  CHECK(bytes(test::summary_output(write_summary_json, summary, Date{2024, 3, 1})) == R"({
  "as_of": "2024-03-01",
  "period": {
    "from": "2024-01-01"
  },
  "records": 1,
  "left_out": 1,
  "years": [
    {
      "year": 2024,
      "totals": {
        "meetings": 1,
        "attendance": 5,
        "named_people": 1,
        "organizations": 0,
        "groups": 1,
        "people_in_groups": 4
      },
      "meetings": [
        {
          "date": "2024-01-10",
          "title": "Styremøte",
          "organizer": "Klubben",
          "named": 1,
          "in_groups": 4,
          "attendance": 5
        }
      ],
      "decisions": [
        {
          "date": "2024-01-10",
          "meeting": "Styremøte",
          "id": "V-1",
          "text": "Budsjett vedtatt",
          "votes": {
            "for": 5,
            "abstain": 0
          }
        }
      ],
      "actions": {
        "open": 0,
        "overdue": 0,
        "done": 0,
        "cancelled": 0,
        "items": []
      },
      "questions": [],
      "tags": [],
      "next_meetings": []
    }
  ]
}
)");
}
