#include "minutes/record_tables.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace minutes;

namespace {

using Grid = std::vector<std::vector<std::string>>;

// Every cell must be exactly one plain span without a link; returns the texts.
Grid texts(const doc::Table& table) {
  Grid grid;
  for (const auto& row : table.rows) {
    REQUIRE(row.size() == table.header.size());
    std::vector<std::string> cells;
    for (const doc::Spans& spans : row) {
      REQUIRE(spans.size() == 1);
      CHECK(spans[0].style == doc::Span::Style::plain);
      CHECK(spans[0].href.empty());
      cells.push_back(spans[0].text);
    }
    grid.push_back(std::move(cells));
  }
  return grid;
}

Meeting dialogmote() {
  Meeting meeting;
  meeting.title = "Dialogmøte med næringslivet";
  meeting.date = {2020, 2, 25};
  meeting.language = "nb";
  meeting.participants = {
      Person{"Anne-Grethe Larsen", "ordfører", "", AttendanceStatus::present, ""},
      Person{"Håvard Andresen", "", "Askimregionen Næringsutvikling AS", AttendanceStatus::regrets,
             "Smart Innovation Norway AS"},
      Group{"næringslivet", 32, "Flere enn påmeldt"},
  };
  meeting.agenda = {
      AgendaItem{"Velkommen", "Anne-Grethe Larsen", ""},
      AgendaItem{"Rådmannen avsluttet møtet", "", "Takk for **innspill**.\nNeste møte 24.3."},
  };
  meeting.decisions = {
      Decision{"", "Næringslivet organiserer seg", std::nullopt},
      Decision{"V-2", "Kick-off 24. mars", Votes{12, 0, std::nullopt}},
  };
  meeting.actions = {
      Action{"A-1", "Utpeke en representant", "næringslivet", Date{2020, 3, 24},
             ActionStatus::open},
      Action{"", "Sende referat", "", std::nullopt, ActionStatus::done},
  };
  meeting.attachments = {Attachment{"Presentasjonen", ""},
                         Attachment{"Plan", "https://example.org/plan.pdf"}};
  Question attractive{"Hva gjør Skiptvet attraktivt?",
                      2,
                      {Answer{"Ligger sentralt", std::nullopt, {}},
                       Answer{"Stor og god landbrukskommune", 7, {"landbruk", "areal"}},
                       Answer{"Flott natur", std::nullopt, {"natur"}}}};
  Question empty{"Ingen svar", 1, {}};
  Question single{"Møteplasser?", 1, {Answer{"Frokostmøter", 3, {}}}};
  meeting.workshops = {Workshop{"Del 1 – ATTRAKTIV OG BÆREKRAFTIG BYGD", {attractive, empty}},
                       Workshop{"Del 2 – SAMARBEID", {single}}};
  return meeting;
}

}  // namespace

TEST_CASE("record_table_names lists the tables in a stable order") {
  CHECK(record_table_names() == std::vector<std::string_view>{"workshops", "participants", "agenda",
                                                              "decisions", "actions",
                                                              "attachments"});
}

TEST_CASE("an unknown table name is an error that lists the known names") {
  const auto table = build_record_table("answers", {});
  REQUIRE_FALSE(table);
  CHECK(table.error() ==
        "unknown table \"answers\"; known tables: workshops, participants, agenda, decisions, "
        "actions, attachments");
}

TEST_CASE("every table starts with file, date and meeting; no records gives only a header") {
  for (std::string_view name : record_table_names()) {
    CAPTURE(name);
    const auto table = build_record_table(name, {});
    REQUIRE(table);
    CHECK(table->name == name);
    CHECK_FALSE(table->caption.empty());
    CHECK(table->header_row);
    REQUIRE(table->header.size() > 3);
    CHECK(table->header[0] == "file");
    CHECK(table->header[1] == "date");
    CHECK(table->header[2] == "meeting");
    CHECK(table->rows.empty());
  }
}

TEST_CASE("workshops: one row per answer, with its place in the question's grid") {
  const Meeting meeting = dialogmote();
  const TableRecord records[] = {{"2020-02-25.yaml", &meeting}};
  const auto table = build_record_table("workshops", records);
  REQUIRE(table);
  CHECK(table->header == std::vector<std::string>{"file", "date", "meeting", "workshop", "question",
                                                  "row", "column", "answer", "votes", "tags"});
  const std::string f = "2020-02-25.yaml";
  const std::string d = "2020-02-25";
  const std::string m = "Dialogmøte med næringslivet";
  const std::string w1 = "Del 1 – ATTRAKTIV OG BÆREKRAFTIG BYGD";
  const std::string q1 = "Hva gjør Skiptvet attraktivt?";
  CHECK(texts(*table) ==
        Grid{{f, d, m, w1, q1, "1", "1", "Ligger sentralt", "", ""},
             {f, d, m, w1, q1, "1", "2", "Stor og god landbrukskommune", "7", "landbruk;areal"},
             {f, d, m, w1, q1, "2", "1", "Flott natur", "", "natur"},
             {f, d, m, "Del 2 – SAMARBEID", "Møteplasser?", "1", "1", "Frokostmøter", "3", ""}});
}

TEST_CASE("participants: persons and groups in one table") {
  const Meeting meeting = dialogmote();
  const TableRecord records[] = {{"m.yaml", &meeting}};
  const auto table = build_record_table("participants", records);
  REQUIRE(table);
  CHECK(table->header == std::vector<std::string>{"file", "date", "meeting", "kind", "name", "role",
                                                  "organization", "status", "count", "on_behalf_of",
                                                  "note"});
  const std::string m = "Dialogmøte med næringslivet";
  CHECK(texts(*table) == Grid{{"m.yaml", "2020-02-25", m, "person", "Anne-Grethe Larsen",
                               "ordfører", "", "present", "1", "", ""},
                              {"m.yaml", "2020-02-25", m, "person", "Håvard Andresen", "",
                               "Askimregionen Næringsutvikling AS", "regrets", "1",
                               "Smart Innovation Norway AS", ""},
                              {"m.yaml", "2020-02-25", m, "group", "næringslivet", "", "",
                               "present", "32", "", "Flere enn påmeldt"}});
}

TEST_CASE("agenda, decisions, actions and attachments are numbered from 1") {
  const Meeting meeting = dialogmote();
  const TableRecord records[] = {{"m.yaml", &meeting}};
  const std::string m = "Dialogmøte med næringslivet";

  SUBCASE("agenda keeps Markdown notes as written") {
    const auto table = build_record_table("agenda", records);
    REQUIRE(table);
    CHECK(table->header == std::vector<std::string>{"file", "date", "meeting", "position", "title",
                                                    "presenter", "notes"});
    CHECK(texts(*table) ==
          Grid{{"m.yaml", "2020-02-25", m, "1", "Velkommen", "Anne-Grethe Larsen", ""},
               {"m.yaml", "2020-02-25", m, "2", "Rådmannen avsluttet møtet", "",
                "Takk for **innspill**.\nNeste møte 24.3."}});
  }
  SUBCASE("decisions: votes that were not counted stay empty") {
    const auto table = build_record_table("decisions", records);
    REQUIRE(table);
    CHECK(table->header == std::vector<std::string>{"file", "date", "meeting", "position", "id",
                                                    "text", "for", "against", "abstain"});
    CHECK(texts(*table) ==
          Grid{{"m.yaml", "2020-02-25", m, "1", "", "Næringslivet organiserer seg", "", "", ""},
               {"m.yaml", "2020-02-25", m, "2", "V-2", "Kick-off 24. mars", "12", "0", ""}});
  }
  SUBCASE("actions") {
    const auto table = build_record_table("actions", records);
    REQUIRE(table);
    CHECK(table->header == std::vector<std::string>{"file", "date", "meeting", "position", "id",
                                                    "task", "owner", "due", "status"});
    CHECK(texts(*table) ==
          Grid{{"m.yaml", "2020-02-25", m, "1", "A-1", "Utpeke en representant", "næringslivet",
                "2020-03-24", "open"},
               {"m.yaml", "2020-02-25", m, "2", "", "Sende referat", "", "", "done"}});
  }
  SUBCASE("attachments") {
    const auto table = build_record_table("attachments", records);
    REQUIRE(table);
    CHECK(table->header ==
          std::vector<std::string>{"file", "date", "meeting", "position", "title", "href"});
    CHECK(texts(*table) ==
          Grid{{"m.yaml", "2020-02-25", m, "1", "Presentasjonen", ""},
               {"m.yaml", "2020-02-25", m, "2", "Plan", "https://example.org/plan.pdf"}});
  }
}

TEST_CASE("several records make one table, in the order given") {
  Meeting board;
  board.title = "Styremøte";
  board.date = {2024, 3, 5};
  board.actions = {Action{"A-7", "Budsjett", "Kari", std::nullopt, ActionStatus::cancelled}};
  const Meeting meeting = dialogmote();
  const TableRecord records[] = {{"b.yaml", &board}, {"a.yaml", &meeting}};
  const auto table = build_record_table("actions", records);
  REQUIRE(table);
  const Grid grid = texts(*table);
  REQUIRE(grid.size() == 3);
  CHECK(grid[0] == std::vector<std::string>{"b.yaml", "2024-03-05", "Styremøte", "1", "A-7",
                                            "Budsjett", "Kari", "", "cancelled"});
  CHECK(grid[1][0] == "a.yaml");
  CHECK(grid[1][3] == "1");
  CHECK(grid[2][3] == "2");
}

TEST_CASE("a record without a meeting is an error") {
  const TableRecord records[] = {{"x.yaml", nullptr}};
  const auto table = build_record_table("agenda", records);
  REQUIRE_FALSE(table);
  CHECK(table.error() == "x.yaml: no meeting record to tabulate");
}
