#include <doctest/doctest.h>

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "emit/json_text.hpp"
#include "emit_test_util.hpp"
#include "minutes/record_tables.hpp"
#include "python_check.hpp"

using namespace minutes;

namespace {

Meeting with_answers(std::vector<std::string> texts) {
  Meeting meeting;
  meeting.title = "Dialogmøte";
  meeting.date = {2020, 2, 25};
  Question question{"Hva?", 1, {}};
  for (std::string& text : texts)
    question.answers.push_back(Answer{std::move(text), std::nullopt, {}});
  meeting.workshops = {Workshop{"Del 1", {question}}};
  return meeting;
}

// A record table of `records` as `render -t csv` writes it: the table's header, then the rows
// made for each record in turn.
test::Bytes emit_records(std::span<const TableRecord> records, const EmitSettings& settings = {},
                         std::string_view table = "workshops") {
  const auto empty = build_record_table(table, {});
  REQUIRE_MESSAGE(empty.has_value(), (empty ? "" : empty.error()));
  std::vector<doc::Table> batches;
  for (const TableRecord& record : records) {
    auto rows = build_record_table(table, std::span<const TableRecord>(&record, 1));
    REQUIRE_MESSAGE(rows.has_value(), (rows ? "" : rows.error()));
    batches.push_back(std::move(*rows));
  }
  return test::table_in_batches(make_csv_writer, empty->header, batches, settings);
}

std::string emit(const Meeting& meeting, const EmitSettings& settings = {},
                 std::string_view table = "workshops") {
  const TableRecord records[] = {{"m.yaml", &meeting}};
  const auto out = emit_records(records, settings, table);
  REQUIRE_MESSAGE(out.has_value(), test::message_of(out));
  return *out;
}

// The answer field of a one-answer workshop table, as written.
std::string answer_field(std::string answer, bool formula_guard = true) {
  EmitSettings settings;
  settings.formula_guard = formula_guard;
  const std::string out = emit(with_answers({std::move(answer)}), settings);
  const std::string prefix =
      "\"m.yaml\",\"2020-02-25\",\"Dialogmøte\",\"Del 1\",\"Hva?\",\"1\",\"1\",";
  const std::size_t at = out.find(prefix);
  REQUIRE(at != std::string::npos);
  const std::size_t start = at + prefix.size();
  const std::string suffix = ",\"\",\"\"\r\n";
  REQUIRE(out.size() >= start + suffix.size());
  REQUIRE(out.substr(out.size() - suffix.size()) == suffix);
  return out.substr(start, out.size() - suffix.size() - start);
}

const std::vector<std::pair<std::string, std::string>> k_hostile{
    {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
    {"=1+1", "\"'=1+1\""},
    {"+1+1", "\"'+1+1\""},
    {"-2", "\"'-2\""},
    {"@SUM(A1)", "\"'@SUM(A1)\""},
    {"\tTAB først", "\"'\tTAB først\""},
    {"\rCR", "\"'\rCR\""},
    {"\xEF\xBC\x9D"
     "1+1",
     "\"'\xEF\xBC\x9D"
     "1+1\""},  // ＝1+1
    {"\xEF\xBC\x8B"
     "1",
     "\"'\xEF\xBC\x8B"
     "1\""},  // ＋1
    {"\xEF\xBC\x8D"
     "1",
     "\"'\xEF\xBC\x8D"
     "1\""},  // －1
    {"\xEF\xBC\xA0"
     "SUM(A1)",
     "\"'\xEF\xBC\xA0"
     "SUM(A1)\""},  // ＠SUM(A1)
    {"  =1", "\"'  =1\""},
    {"\n=1", "\"'\n=1\""},
    {"\xC2\xA0+1", "\"'\xC2\xA0+1\""},          // no-break space first
    {"\xE3\x80\x80@x", "\"'\xE3\x80\x80@x\""},  // ideographic space first
};

const std::vector<std::pair<std::string, std::string>> k_harmless{
    {"Flott natur", "\"Flott natur\""},
    {"sa \"hei\"", "\"sa \"\"hei\"\"\""},
    {"\"", "\"\"\"\""},
    {"Oslo, Fredrikstad, Sarpsborg", "\"Oslo, Fredrikstad, Sarpsborg\""},
    {"linje 1\nlinje 2", "\"linje 1\nlinje 2\""},
    {"linje 1\r\nlinje 2", "\"linje 1\r\nlinje 2\""},
    {"1-2", "\"1-2\""},
    {"a=b", "\"a=b\""},
    {"– tankestrek", "\"– tankestrek\""},
    {"'=allerede", "\"'=allerede\""},
    {"   ", "\"   \""},
    {"", "\"\""},
};

}  // namespace

TEST_CASE("csv: RFC 4180 with every field quoted, CRLF and a header row") {
  Meeting meeting = with_answers({"Ligger sentralt", "Flott natur"});
  meeting.workshops[0].questions[0].columns = 2;
  meeting.workshops[0].questions[0].answers[1].votes = 4;
  meeting.workshops[0].questions[0].answers[1].tags = {"natur", "friluft"};
  CHECK(emit(meeting) ==
        "\"file\",\"date\",\"meeting\",\"workshop\",\"question\",\"row\",\"column\",\"answer\","
        "\"votes\",\"tags\"\r\n"
        "\"m.yaml\",\"2020-02-25\",\"Dialogmøte\",\"Del 1\",\"Hva?\",\"1\",\"1\",\"Ligger "
        "sentralt\",\"\",\"\"\r\n"
        "\"m.yaml\",\"2020-02-25\",\"Dialogmøte\",\"Del 1\",\"Hva?\",\"1\",\"2\",\"Flott "
        "natur\",\"4\",\"natur;friluft\"\r\n");
}

TEST_CASE("csv: --table picks the table; an unknown table is an error") {
  Meeting meeting = with_answers({});
  meeting.actions = {Action{"A-1", "Sende referat", "Per", Date{2020, 3, 1}, ActionStatus::open}};
  CHECK(
      emit(meeting, {}, "actions") ==
      "\"file\",\"date\",\"meeting\",\"position\",\"id\",\"task\",\"owner\",\"due\",\"status\"\r\n"
      "\"m.yaml\",\"2020-02-25\",\"Dialogmøte\",\"1\",\"A-1\",\"Sende referat\",\"Per\","
      "\"2020-03-01\",\"open\"\r\n");

  // The table is built before the CSV writer sees it: the name is checked there.
  const TableRecord records[] = {{"m.yaml", &meeting}};
  const auto out = build_record_table("tiltak", records);
  REQUIRE_FALSE(out);
  CHECK(out.error().starts_with("unknown table \"tiltak\"; known tables: workshops,"));
}

TEST_CASE("csv: all records go into one table") {
  const Meeting first = with_answers({"a"});
  Meeting second = with_answers({"b"});
  second.title = "Kick-off";
  const TableRecord records[] = {{"1.yaml", &first}, {"2.yaml", &second}};
  const auto out = emit_records(records);
  REQUIRE(out);
  CHECK(out->find("\"1.yaml\",\"2020-02-25\",\"Dialogmøte\"") != std::string::npos);
  CHECK(out->find("\"2.yaml\",\"2020-02-25\",\"Kick-off\"") != std::string::npos);
  CHECK(out->find("\"1.yaml\"") < out->find("\"2.yaml\""));
  CHECK(out->starts_with("\"file\",\"date\""));
  CHECK(out->find("\"file\"", 1) == std::string::npos);  // one header
}

TEST_CASE("csv: the formula guard prefixes ' to cells a spreadsheet would run") {
  for (const auto& [hostile, field] : k_hostile) {
    const auto& answer = hostile;  // clang 14 cannot capture a structured binding (CAPTURE)
    CAPTURE(answer);
    CHECK(answer_field(answer) == field);
  }
}

TEST_CASE("csv: the formula guard leaves other cells alone") {
  for (const auto& [harmless, field] : k_harmless) {
    const auto& answer = harmless;  // clang 14 cannot capture a structured binding (CAPTURE)
    CAPTURE(answer);
    CHECK(answer_field(answer) == field);
  }
}

TEST_CASE("csv: --no-formula-guard writes cells as they are") {
  for (const auto& [hostile, field] : k_hostile) {
    const auto& answer = hostile;  // clang 14 cannot capture a structured binding (CAPTURE)
    CAPTURE(answer);
    std::string quoted = "\"";
    for (char c : answer) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    quoted += '"';
    CHECK(answer_field(answer, false) == quoted);
  }
}

TEST_CASE("csv: the guard applies to every column, not only answers") {
  Meeting meeting = with_answers({"ok"});
  meeting.title = "=cmd|' /C calc'!A0";
  const TableRecord records[] = {{"-rf.yaml", &meeting}};
  const auto out = emit_records(records);
  REQUIRE(out);
  CHECK(out->find("\"'-rf.yaml\",\"2020-02-25\",\"'=cmd|' /C calc'!A0\"") != std::string::npos);
}

TEST_CASE("csv: the UTF-8 byte-order mark only on request") {
  const Meeting meeting = with_answers({"Fiber under ny utbygging"});
  CHECK(emit(meeting).starts_with("\"file\""));
  EmitSettings settings;
  settings.bom = true;
  const std::string out = emit(meeting, settings);
  CHECK(out.starts_with("\xEF\xBB\xBF\"file\",\"date\""));
  CHECK(out.substr(3) == emit(meeting));
}

TEST_CASE("csv: round trip through Python's csv module") {
  if (!test::have_python3()) {
    MESSAGE("python3 not found; round trip skipped");
    return;
  }
  std::vector<std::string> answers;
  for (const auto& [answer, field] : k_hostile) answers.push_back(answer);
  for (const auto& [answer, field] : k_harmless) answers.push_back(answer);
  answers.push_back("Lokalt \"forankret\" brannvesen, Skiptvet – «bygda»\r\nneste linje æøå ÆØÅ");
  Meeting meeting = with_answers(answers);
  meeting.workshops[0].questions[0].columns = 4;
  meeting.workshops[0].questions[0].answers[2].votes = 12;
  meeting.workshops[0].questions[0].answers[2].tags = {"=tag", "b,c"};

  for (const bool guard : {true, false}) {
    for (const bool bom : {false, true}) {
      CAPTURE(guard);
      CAPTURE(bom);
      EmitSettings settings;
      settings.formula_guard = guard;
      settings.bom = bom;
      const TableRecord records[] = {{"hostile.yaml", &meeting}};
      const auto csv = emit_records(records, settings);
      REQUIRE(csv);
      const auto table = build_record_table("workshops", records);
      REQUIRE(table);

      // What the CSV must hold, from the table (every cell) and from the record (answers).
      const auto list = [](const std::vector<std::string>& items) {
        std::string out = "[";
        for (const std::string& item : items) out += (out.size() > 1 ? "," : "") + json_quote(item);
        return out + "]";
      };
      std::string rows = "[";
      for (const auto& row : table->rows) {
        std::vector<std::string> cells;
        for (const doc::Spans& spans : row) cells.push_back(spans.at(0).text);
        rows += (rows.size() > 1 ? "," : "") + list(cells);
      }
      rows += "]";
      const std::string expected = std::string("{\"bom\":") + (bom ? "true" : "false") +
                                   ",\"formula_guard\":" + (guard ? "true" : "false") +
                                   ",\"header\":" + list(table->header) + ",\"rows\":" + rows +
                                   ",\"column\":\"answer\",\"values\":" + list(answers) + "}";
      test::TempDir dir;
      CHECK(test::run_python_check("csv_roundtrip.py", dir.write("out.csv", *csv),
                                   dir.write("expected.json", expected)));
    }
  }
}
