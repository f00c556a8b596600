// The hints where a Norwegian (or German, Swedish) habit meets the record format: the readers
// in validate/hints.cpp, and the exact messages validation gives (docs/format.md, Hints).
#include "validate/hints.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "minutes/case_fold.hpp"
#include "minutes/dates.hpp"
#include "minutes/schema.hpp"
#include "minutes/tree.hpp"
#include "test_files.hpp"

using namespace minutes::detail;

namespace {

// The messages of validating `record`, one line each: "pointer rule: message".
std::string messages(std::string_view record) {
  const minutes::ParsedDocument parsed = minutes::parse_yaml(record);
  REQUIRE(parsed.diagnostics.empty());
  REQUIRE(parsed.root.has_value());
  minutes::Diagnostics found = minutes::Schema::builtin().validate(*parsed.root);
  minutes::sort_in_document_order(found);
  std::string out;
  for (const minutes::Diagnostic& d : found) {
    out += fmt::format("{} {}: {}\n", d.pointer, d.rule, d.message);
  }
  return out;
}

// A record with a title and a date, then `rest`.
std::string messages_after_head(std::string_view rest) {
  return messages(fmt::format("title: Styremøte\ndate: 2024-03-05\n{}", rest));
}

std::string dates(std::string_view text) {
  std::string out;
  for (const minutes::Date& date : read_written_date(text).readings) {
    if (!out.empty()) out += " ";
    out += fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
  }
  return out;
}

std::string time(std::string_view text) {
  const auto read = read_written_time(text);
  return read ? minutes::format_time(*read) : "-";
}

}  // namespace

TEST_CASE("hinted_word: a foreign key name, only where its English key is allowed") {
  const std::vector<std::string> top{"title", "date", "participants", "next_meeting", "actions"};
  CHECK(hinted_word(HintTable::keys, "deltakere", top) == "participants");
  CHECK(hinted_word(HintTable::keys, "Deltakere", top) == "participants");
  CHECK(hinted_word(HintTable::keys, "DELTAKARAR", top) == "participants");
  CHECK(hinted_word(HintTable::keys, "Teilnehmer", top) == "participants");
  CHECK(hinted_word(HintTable::keys, "deltagare", top) == "participants");
  CHECK(hinted_word(HintTable::keys, "til stede", top) == "participants");
  CHECK(hinted_word(HintTable::keys, "neste møte", top) == "next_meeting");
  CHECK(hinted_word(HintTable::keys, "Neste_Møte", top) == "next_meeting");
  CHECK(hinted_word(HintTable::keys, "nestemøte", top) == "next_meeting");
  CHECK(hinted_word(HintTable::keys, "NÄCHSTE SITZUNG", top) == "next_meeting");
  CHECK(hinted_word(HintTable::keys, "ÅTGÄRDER", top) == "actions");
  CHECK(hinted_word(HintTable::keys, "tittel", top) == "title");
  // Not allowed here, or not in the table: nothing.
  CHECK(hinted_word(HintTable::keys, "navn", top) == "");
  CHECK(hinted_word(HintTable::keys, "referent", top) == "");
  CHECK(hinted_word(HintTable::keys, "", top) == "");
  CHECK(hinted_word(HintTable::keys, "møte", top) == "");
  // One word, two meanings by place: "spørsmål" is a workshop's questions and a question's prompt.
  CHECK(hinted_word(HintTable::keys, "spørsmål", {"title", "questions"}) == "questions");
  CHECK(hinted_word(HintTable::keys, "spørsmål", {"prompt", "columns", "answers"}) == "prompt");
}

TEST_CASE("hinted_word: fixed values in the secretary's language") {
  const std::vector<std::string> record_status{"draft", "approved"};
  const std::vector<std::string> attendance{"present", "regrets", "absent", "guest"};
  const std::vector<std::string> action_status{"open", "done", "cancelled"};
  CHECK(hinted_word(HintTable::values, "godkjent", record_status) == "approved");
  CHECK(hinted_word(HintTable::values, "Godkjend", record_status) == "approved");
  CHECK(hinted_word(HintTable::values, "genehmigt", record_status) == "approved");
  CHECK(hinted_word(HintTable::values, "justerat", record_status) == "approved");
  CHECK(hinted_word(HintTable::values, "utkast", record_status) == "draft");
  CHECK(hinted_word(HintTable::values, "ikke godkjent", record_status) == "draft");
  CHECK(hinted_word(HintTable::values, "forfall", attendance) == "regrets");
  CHECK(hinted_word(HintTable::values, "Meldt forfall", attendance) == "regrets");
  CHECK(hinted_word(HintTable::values, "til stede", attendance) == "present");
  CHECK(hinted_word(HintTable::values, "ikkje møtt", attendance) == "absent");
  CHECK(hinted_word(HintTable::values, "gjest", attendance) == "guest");
  CHECK(hinted_word(HintTable::values, "ferdig", action_status) == "done");
  CHECK(hinted_word(HintTable::values, "Åpen", action_status) == "open");
  CHECK(hinted_word(HintTable::values, "avlyst", action_status) == "cancelled");
  CHECK(hinted_word(HintTable::values, "erledigt", action_status) == "done");
  CHECK(hinted_word(HintTable::values, "godkjent", action_status) == "");
  CHECK(hinted_word(HintTable::values, "ferdig", record_status) == "");
}

TEST_CASE("read_written_date: the ways dates are written in Norway, Germany, Sweden and the US") {
  CHECK(dates("25.02.2020") == "2020-02-25");
  CHECK(dates("25.2.2020") == "2020-02-25");
  CHECK(dates("5.3.2024") == "2024-03-05");
  CHECK(dates("25. 02. 2020") == "2020-02-25");
  CHECK(dates("25-02-2020") == "2020-02-25");
  CHECK(dates("2020.02.25") == "2020-02-25");
  CHECK(dates("2020/02/25") == "2020-02-25");
  CHECK(dates("2024-3-5") == "2024-03-05");
  CHECK(dates("20200225") == "2020-02-25");
  CHECK(dates("2020-02-25T18:00") == "2020-02-25");
  CHECK(dates("2020-02-25 18:00:00") == "2020-02-25");
  CHECK(dates("25. februar 2020") == "2020-02-25");
  CHECK(dates("25 Februar 2020") == "2020-02-25");
  CHECK(dates("24. März 2020") == "2020-03-24");
  CHECK(dates("5 maj 2024") == "2024-05-05");
  CHECK(dates("25. feb. 2020") == "2020-02-25");
  CHECK(dates("February 25, 2020") == "2020-02-25");
  CHECK(dates("DESEMBER 12 2024") == "2024-12-12");
  // Slashes: the day first when it can only be the day, the month first when only that fits,
  // and both when either could be the month.
  CHECK(dates("25/02/2020") == "2020-02-25");
  CHECK(dates("02/25/2020") == "2020-02-25");
  CHECK(dates("03/05/2024") == "2024-05-03 2024-03-05");
  CHECK(dates("03/03/2024") == "2024-03-03");
  // A reading need not be in the calendar: the message says why not.
  CHECK(dates("30.02.2020") == "2020-02-30");
  CHECK(dates("02.25.2020") == "2020-25-02");
  // Not a date at all.
  CHECK(dates("next friday") == "");
  CHECK(dates("25.02.20") == "");  // two-digit year: which century is a guess
  CHECK(dates("25.02") == "");
  CHECK(dates("25. smarch 2020") == "");
  CHECK(dates("1.2.3.2020") == "");
  CHECK(dates("") == "");
}

TEST_CASE("read_written_time: the ways times are written") {
  CHECK(time("21.00") == "21:00");
  CHECK(time("21:00") == "21:00");
  CHECK(time("9.30") == "09:30");
  CHECK(time("9:00") == "09:00");
  CHECK(time("21") == "21:00");
  CHECK(time("1800") == "18:00");
  CHECK(time("0930") == "09:30");
  CHECK(time("18:00:00") == "18:00");
  CHECK(time("kl. 18") == "18:00");
  CHECK(time("Kl 18.30") == "18:30");
  CHECK(time("klokka 9") == "09:00");
  CHECK(time("kl.18:00") == "18:00");
  CHECK(time("18 Uhr") == "18:00");
  CHECK(time("18.30 Uhr") == "18:30");
  CHECK(time("6 pm") == "18:00");
  CHECK(time("6:30PM") == "18:30");
  CHECK(time("12 am") == "00:00");
  CHECK(time("12 p.m.") == "12:00");
  // Not a time, or not one that can be told for sure.
  CHECK(time("25:00") == "-");
  CHECK(time("24:00") == "-");
  CHECK(time("18:60") == "-");
  CHECK(time("21.5") == "-");
  CHECK(time("18:00:30") == "-");
  CHECK(time("13 pm") == "-");
  CHECK(time("930") == "-");
  CHECK(time("evening") == "-");
  CHECK(time("") == "-");
}

TEST_CASE("read_written_time_span: a start and an end in one value") {
  const auto span = read_written_time_span("18:00-21:00");
  REQUIRE(span);
  CHECK(minutes::format_time(span->start) == "18:00");
  CHECK(minutes::format_time(span->end) == "21:00");
  const auto norwegian = read_written_time_span("kl. 18.00 til 21.30");
  REQUIRE(norwegian);
  CHECK(minutes::format_time(norwegian->end) == "21:30");
  CHECK(read_written_time_span("18.00–21.00"));
  CHECK_FALSE(read_written_time_span("18:00"));
  CHECK_FALSE(read_written_time_span("18:00-late"));
}

TEST_CASE("messages: a key in the secretary's language gets its English name") {
  CHECK(messages_after_head("deltakere: []\nneste møte:\n  date: 2024-04-02\n") ==
        "/deltakere unknown-key: unknown key; did you mean \"participants\"?\n"
        "/neste møte unknown-key: unknown key; did you mean \"next_meeting\"?\n");
  CHECK(messages_after_head("Tagesordnung: []\nbeslut: []\nvedtak: []\n") ==
        "/Tagesordnung unknown-key: unknown key; did you mean \"agenda\"?\n"
        "/beslut unknown-key: unknown key; did you mean \"decisions\"?\n"
        "/vedtak unknown-key: unknown key; did you mean \"decisions\"?\n");
  // Nested keys: a person, an action, a workshop question.
  CHECK(messages_after_head("participants:\n  - navn: Kari Nordmann\n    rolle: leder\n"
                            "actions:\n  - task: Sende brev\n    ansvarlig: Ola\n"
                            "    frist: 2024-04-01\n"
                            "workshops:\n  - title: W\n    spørsmål:\n      - spørsmål: Hva?\n") ==
        "/participants/0/navn unknown-key: unknown key; did you mean \"name\"?\n"
        "/participants/0 required: missing required key \"name\"\n"
        "/participants/0/rolle unknown-key: unknown key; did you mean \"role\"?\n"
        "/actions/0/ansvarlig unknown-key: unknown key; did you mean \"owner\"?\n"
        "/actions/0/frist unknown-key: unknown key; did you mean \"due\"?\n"
        "/workshops/0/spørsmål unknown-key: unknown key; did you mean \"questions\"?\n");
  // A word that is no key here falls back to the nearest English key, or the list.
  CHECK(messages_after_head("referent: Ola\n") ==
        "/referent unknown-key: unknown key; expected one of title, date, start, end, timezone, "
        "location, organizer, language, status, revision, summary, participants, agenda, "
        "decisions, actions, attachments, next_meeting, workshops (or an x- extension key)\n");
}

TEST_CASE("messages: a date written the Norwegian way is told its ISO form") {
  CHECK(messages("title: T\ndate: 25.02.2020\n") ==
        "/date format: expected a date like 2020-03-24, got \"25.02.2020\"; write 2020-02-25\n");
  CHECK(messages("title: T\ndate: 25. februar 2020\n") ==
        "/date format: expected a date like 2020-03-24, got \"25. februar 2020\"; write "
        "2020-02-25\n");
  CHECK(messages("title: T\ndate: 30.02.2020\n") ==
        "/date format: expected a date like 2020-03-24, got \"30.02.2020\", which is not a "
        "calendar date: February 2020 has 29 days\n");
  CHECK(messages("title: T\ndate: 03/05/2024\n") ==
        "/date format: expected a date like 2020-03-24, got \"03/05/2024\"; write 2024-05-03 if "
        "the day comes first, 2024-03-05 if the month does\n");
  CHECK(messages("title: T\ndate: 20200225\n") ==
        "/date type: expected a date like 2020-03-24, got 20200225; write 2020-02-25\n");
  // Every date field: an action's due date and the next meeting's date.
  CHECK(messages_after_head("actions:\n  - task: t\n    due: 1.4.2024\n"
                            "next_meeting:\n  date: 2024.04.02\n") ==
        "/actions/0/due format: expected a date like 2020-03-24, got \"1.4.2024\"; write "
        "2024-04-01\n"
        "/next_meeting/date format: expected a date like 2020-03-24, got \"2024.04.02\"; write "
        "2024-04-02\n");
  // Nothing to say about what is not a date.
  CHECK(messages("title: T\ndate: next friday\n") ==
        "/date format: expected a date like 2020-03-24, got \"next friday\"\n");
}

TEST_CASE("messages: a time written with a full stop, without quotes or with words") {
  CHECK(messages_after_head("start: 18.00\nend: 21.30\n") ==
        "/start type: expected a time like 18:00 (HH:MM, 24-hour), got 18.00, which YAML reads "
        "as a number; write \"18:00\" in quotes\n"
        "/end type: expected a time like 18:00 (HH:MM, 24-hour), got 21.30, which YAML reads as "
        "a number; write \"21:30\" in quotes\n");
  CHECK(messages_after_head("start: 1800\nend: 21\n") ==
        "/start type: expected a time like 18:00 (HH:MM, 24-hour), got 1800, which YAML reads "
        "as a number; write \"18:00\" in quotes\n"
        "/end type: expected a time like 18:00 (HH:MM, 24-hour), got 21, which YAML reads as a "
        "number; write \"21:00\" in quotes\n");
  CHECK(messages_after_head("start: kl. 18\nend: \"21.00\"\n") ==
        "/start pattern: expected a time like 18:00 (HH:MM, 24-hour), got \"kl. 18\"; write "
        "\"18:00\"\n"
        "/end pattern: expected a time like 18:00 (HH:MM, 24-hour), got \"21.00\"; write "
        "\"21:00\"\n");
  CHECK(messages_after_head("start: 18:00:00\nend: 9:00\n") ==
        "/start pattern: expected a time like 18:00 (HH:MM, 24-hour), got \"18:00:00\"; write "
        "\"18:00\"\n"
        "/end pattern: expected a time like 18:00 (HH:MM, 24-hour), got \"9:00\"; write "
        "\"09:00\"\n");
  CHECK(messages_after_head("next_meeting:\n  date: 2024-04-02\n  start: 18.00-21.00\n") ==
        "/next_meeting/start pattern: expected a time like 18:00 (HH:MM, 24-hour), got "
        "\"18.00-21.00\"; write start: \"18:00\" and end: \"21:00\" as two keys\n");
  // Unquoted 18:00 is text in YAML 1.2, and valid; a time that does not exist gets no hint.
  CHECK(messages_after_head("start: 18:00\n") == "");
  CHECK(messages_after_head("start: \"25:00\"\nend: 21.5\n") ==
        "/start pattern: expected a time like 18:00 (HH:MM, 24-hour), got \"25:00\"\n"
        "/end type: expected a time like 18:00 (HH:MM, 24-hour), got 21.5\n");
  // A number that reads as a time, where no time is wanted, gets no time hint.
  CHECK(messages_after_head("language: 18.00\n") ==
        "/language type: expected a language tag like nb, got 18.00\n");
}

TEST_CASE("messages: a fixed value in the secretary's language gets its English value") {
  CHECK(messages_after_head("status: godkjent\n") ==
        "/status enum: expected one of draft, approved; got \"godkjent\"; did you mean "
        "\"approved\"?\n");
  CHECK(messages_after_head("participants:\n  - name: Ola\n    status: forfall\n"
                            "actions:\n  - task: t\n    status: ferdig\n") ==
        "/participants/0/status enum: expected one of present, regrets, absent, guest; got "
        "\"forfall\"; did you mean \"regrets\"?\n"
        "/actions/0/status enum: expected one of open, done, cancelled; got \"ferdig\"; did you "
        "mean \"done\"?\n");
}

TEST_CASE("docs/format.md shows the hint tables as they are") {
  std::ifstream file(minutes::test::source_path("docs/format.md"));
  std::stringstream text;
  text << file.rdbuf();
  const std::string doc = text.str();
  const std::size_t hints = doc.find("### Hints");
  REQUIRE(hints != std::string::npos);
  const std::string section = doc.substr(hints, doc.find("\n## ", hints) - hints);
  // The words of a list ("a, b" or the cells of a table row), without spaces around them.
  const auto add_words = [](std::string_view list, std::set<std::string>& out) {
    while (!list.empty()) {
      const std::size_t end = std::min(list.find(','), list.find('|'));
      std::string_view word = list.substr(0, end);
      while (!word.empty() && word.front() == ' ') word.remove_prefix(1);
      while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
      if (!word.empty()) out.emplace(word);
      list = end == std::string_view::npos ? std::string_view() : list.substr(end + 1);
    }
  };
  const auto check_table = [&](std::span<const HintWords> table) {
    std::map<std::string_view, std::set<std::string>> by_english;
    for (const HintWords& row : table) add_words(row.words, by_english[row.english]);
    for (const auto& [english, words] : by_english) {
      // "| `participants` | deltakere, … | deltakarar, … | … |": the row of the English word.
      const std::string marker = fmt::format("| `{}` |", english);
      INFO(marker);
      const std::size_t at = section.find(marker);
      REQUIRE(at != std::string::npos);
      const std::size_t cells = at + marker.size();
      std::set<std::string> documented;
      add_words(std::string_view(section).substr(cells, section.find('\n', at) - cells),
                documented);
      CHECK(documented == words);
    }
  };
  check_table(key_hint_words());
  check_table(value_hint_words());
}
