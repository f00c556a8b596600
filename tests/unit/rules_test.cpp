#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <string_view>

#include "minutes/check.hpp"
#include "test_files.hpp"

using minutes::check_record;
using minutes::CheckedRecord;
using minutes::CheckOptions;

namespace {

// "line:column pointer severity[rule]: message", one a line, in the order check_record gives.
std::string render(const CheckedRecord& record) {
  std::string out;
  for (const minutes::Diagnostic& d : record.diagnostics) {
    out += fmt::format("{}:{} {} {}[{}]: {}\n", d.position.line, d.position.column,
                       d.pointer.empty() ? "-" : d.pointer, minutes::severity_name(d.severity),
                       d.rule, d.message);
  }
  return out;
}

std::string check(std::string_view rest, bool strict = false) {
  CheckOptions options;
  options.strict = strict;
  return render(
      check_record(fmt::format("title: Weekly sync\ndate: 2024-05-02\n{}", rest), options));
}

}  // namespace

TEST_CASE("a meeting must end after it starts") {
  CHECK(check("start: \"14:00\"\nend: \"13:30\"\n") ==
        "4:6 /end error[time-order]: end 13:30 is not after start 14:00\n");
  CHECK(check("start: \"14:00\"\nend: \"14:00\"\n") ==
        "4:6 /end error[time-order]: end 14:00 is not after start 14:00\n");
  CHECK(check("start: \"14:00\"\nend: \"14:01\"\n") == "");
  CHECK(check("start: \"14:00\"\n") == "");
  CHECK(check("end: \"14:00\"\n") == "");
}

TEST_CASE("the next meeting must come after this one") {
  CHECK(check("next_meeting:\n  date: 2024-04-25\n") ==
        "4:9 /next_meeting/date error[next-meeting]: the next meeting (2024-04-25) must come "
        "after this meeting (2024-05-02)\n");
  CHECK(check("next_meeting:\n  date: 2024-05-02\n") ==
        "4:9 /next_meeting/date error[next-meeting]: the next meeting (2024-05-02) must come "
        "after this meeting (2024-05-02)\n");
  CHECK(check("next_meeting:\n  date: 2024-05-03\n") == "");
  CHECK(check("next_meeting:\n  date: 2024-05-09\n  start: \"10:00\"\n  end: \"09:30\"\n") ==
        "6:8 /next_meeting/end error[time-order]: end 09:30 is not after start 10:00\n");
}

TEST_CASE("ids are unique within decisions and within actions") {
  SUBCASE("actions") {
    CHECK(check("actions:\n"
                "  - {id: A1, task: Book the room}\n"
                "  - {id: A2, task: Send the agenda}\n"
                "  - {id: A1, task: Collect holiday plans}\n"
                "  - {id: A1, task: Order coffee}\n") ==
          "6:10 /actions/2/id error[duplicate-id]: id \"A1\" is already used by /actions/0\n"
          "7:10 /actions/3/id error[duplicate-id]: id \"A1\" is already used by /actions/0\n");
  }
  SUBCASE("decisions, where plain-text decisions have no id") {
    CHECK(check("decisions:\n"
                "  - The agenda was approved.\n"
                "  - {id: D1, text: Budget}\n"
                "  - The agenda was approved.\n"
                "  - {id: D1, text: Roof}\n") ==
          "7:10 /decisions/3/id error[duplicate-id]: id \"D1\" is already used by /decisions/1\n");
  }
  SUBCASE("a decision and an action may share an id") {
    CHECK(check("decisions:\n  - {id: X1, text: T}\nactions:\n  - {id: X1, task: T}\n") == "");
  }
  SUBCASE("ids compare exactly") {
    CHECK(check("actions:\n  - {id: a1, task: T}\n  - {id: A1, task: T}\n") == "");
  }
}

TEST_CASE("an action due before the meeting is a warning, an error with --strict") {
  const std::string text = "actions:\n  - task: Print the rota\n    due: 2024-04-30\n";
  const std::string where = "5:10 /actions/0/due ";
  const std::string message =
      "[due-before-meeting]: due date 2024-04-30 is before the meeting (2024-05-02)\n";

  const CheckedRecord lenient = check_record("title: T\ndate: 2024-05-02\n" + text);
  CHECK(render(lenient) == where + "warning" + message);
  CHECK(lenient.valid());
  CHECK(lenient.meeting.has_value());

  const CheckedRecord strict = check_record("title: T\ndate: 2024-05-02\n" + text, {nullptr, true});
  CHECK(render(strict) == where + "error" + message);
  CHECK_FALSE(strict.valid());
  CHECK_FALSE(strict.meeting.has_value());

  CHECK(check("actions:\n  - {task: T, due: 2024-05-02}\n") == "");  // on the day is fine
}

TEST_CASE("a person listed twice is a warning") {
  CHECK(check("participants:\n"
              "  - name: Ada Brennan\n"
              "  - name: Jonas Weber\n"
              "  - name: Ada Brennan\n"
              "    status: regrets\n") ==
        "6:11 /participants/2/name warning[duplicate-person]: \"Ada Brennan\" is already listed "
        "as /participants/0\n");
  // Groups are counted, not named people; two groups may share a name.
  CHECK(
      check("participants:\n  - {group: Students, count: 2}\n  - {group: Students, count: 3}\n") ==
      "");
}

TEST_CASE("attendance counts present people, guests and every group") {
  const CheckedRecord record = check_record(
      "title: T\ndate: 2024-05-02\n"
      "participants:\n"
      "  - name: Present by default\n"
      "  - {name: Present, status: present}\n"
      "  - {name: Sent regrets, status: regrets}\n"
      "  - {name: Absent, status: absent}\n"
      "  - {name: Guest, status: guest}\n"
      "  - {group: Business, count: 32}\n"
      "  - {group: Students, count: 5}\n");
  REQUIRE(record.meeting.has_value());
  CHECK(minutes::attendance(*record.meeting) == 2 + 1 + 32 + 5);

  minutes::Meeting nobody;
  CHECK(minutes::attendance(nobody) == 0);
}

TEST_CASE("check_record runs the layers in order and sorts what it finds") {
  SUBCASE("an encoding problem stops before YAML") {
    const CheckedRecord record = check_record("title: Bl\xe5\x62\xe6r\ndate: [\n");
    CHECK(render(record) ==
          "1:10 - error[encoding]: invalid UTF-8 (byte \\xe5); save the file as UTF-8 (it may be "
          "Latin-1 or Windows-1252)\n");
    CHECK_FALSE(record.valid());
  }
  SUBCASE("the text is kept normalised, for quoting lines") {
    const CheckedRecord record = check_record("\xEF\xBB\xBFtitle: T\r\ndate: 2024-05-02\r\n");
    CHECK(render(record) == "");
    CHECK(record.text == "title: T\ndate: 2024-05-02\n");
  }
  SUBCASE("a record must be a mapping") {
    CHECK(render(check_record("- a\n- b\n")) ==
          "1:1 - error[type]: expected a meeting record (a mapping with title:, date:, ...), got a "
          "list\n");
    CHECK(render(check_record("just text\n")) ==
          "1:1 - error[type]: expected a meeting record (a mapping with title:, date:, ...), got "
          "\"just text\"\n");
  }
  SUBCASE("an alias is reported once, not again as an empty value") {
    CHECK(render(check_record("title: &t Weekly\ndate: 2024-05-02\nlocation: *t\n")) ==
          "1:8 /title error[alias]: anchors (&name) are not supported: write each value out in "
          "full\n"
          "3:11 /location error[alias]: aliases (*name) are not supported: write the value out in "
          "full\n");
  }
  SUBCASE("schema and rule problems come out in document order") {
    const CheckedRecord record = check_record(
        "title: Volunteer briefing\n"
        "date: 2024-05-02\n"
        "start: \"25:00\"\n"
        "chair: Ada Brennan\n"
        "actions:\n"
        "  - {id: A, task: T, due: 2024-04-30}\n"
        "  - {id: A, task: U}\n");
    CHECK(render(record) ==
          "3:8 /start error[pattern]: expected a time like 18:00 (HH:MM, 24-hour), got \"25:00\"\n"
          "4:1 /chair error[unknown-key]: unknown key; expected one of title, date, start, end, "
          "timezone, location, organizer, language, status, revision, summary, participants, "
          "agenda, decisions, actions, attachments, next_meeting, workshops (or an x- extension "
          "key)\n"
          "6:27 /actions/0/due warning[due-before-meeting]: due date 2024-04-30 is before the "
          "meeting (2024-05-02)\n"
          "7:10 /actions/1/id error[duplicate-id]: id \"A\" is already used by /actions/0\n");
    CHECK_FALSE(record.valid());
    CHECK_FALSE(record.meeting.has_value());
  }
  SUBCASE("a valid record carries its meeting") {
    const CheckedRecord record = check_record("title: T\ndate: 2024-05-02\nstart: \"09:30\"\n");
    CHECK(record.valid());
    REQUIRE(record.meeting.has_value());
    CHECK(record.meeting->title == "T");
    CHECK(record.meeting->date == minutes::Date{2024, 5, 2});
    CHECK(record.meeting->start == minutes::Time{9, 30});
    CHECK_FALSE(record.meeting->end.has_value());
    CHECK(record.meeting->language == "en");
    CHECK(record.meeting->status == minutes::RecordStatus::draft);
  }
}

TEST_CASE("timezone: a zone of the machine's database, with a suggestion when misspelt") {
  const auto zone = [](std::string_view name) {
    return check(fmt::format("timezone: {}\n", name));
  };
  CHECK(zone("Europe/Oslo") == "");
  CHECK(zone("UTC") == "");
  CHECK(zone("America/Argentina/Buenos_Aires") == "");
  CHECK(zone("Europe/Olso") ==
        "3:11 /timezone error[timezone]: unknown time zone \"Europe/Olso\"; did you mean "
        "\"Europe/Oslo\"?\n");
  CHECK(zone("europe/oslo") ==
        "3:11 /timezone error[timezone]: unknown time zone \"europe/oslo\"; did you mean "
        "\"Europe/Oslo\"?\n");
  // A city alone is the last part of its zone's name.
  CHECK(zone("Oslo") ==
        "3:11 /timezone error[timezone]: unknown time zone \"Oslo\"; did you mean "
        "\"Europe/Oslo\"?\n");
  CHECK(zone("Mars/Olympus_Mons") ==
        "3:11 /timezone error[timezone]: unknown time zone \"Mars/Olympus_Mons\" (expected a "
        "name from the zone database such as Europe/Oslo)\n");
  CHECK(zone("Europe") ==
        "3:11 /timezone error[timezone]: unknown time zone \"Europe\" (expected a name from the "
        "zone database such as Europe/Oslo)\n");
  // Files of the database that mean a different zone on each machine.
  for (const char* name : {"localtime", "posixrules"}) {
    CAPTURE(name);
    CHECK(zone(name) == fmt::format("3:11 /timezone error[timezone]: unknown time zone \"{}\": it "
                                    "stands for whatever zone a machine is set to; write the "
                                    "zone's name, such as Europe/Oslo\n",
                                    name));
  }
  // The shape is the schema's to report, once.
  CHECK(zone("\"Europe/Oslo \"") ==
        "3:11 /timezone error[pattern]: expected a time zone like Europe/Oslo, got \"Europe/Oslo "
        "\"\n");
  CHECK(zone("../etc/passwd") ==
        "3:11 /timezone error[pattern]: expected a time zone like Europe/Oslo, got "
        "\"../etc/passwd\"\n");
  CHECK(zone("1") == "3:11 /timezone error[type]: expected a time zone like Europe/Oslo, got 1\n");
}

TEST_CASE("timezone: without a zone database the error says so") {
  minutes::test::TempDir empty;
  const minutes::test::ScopedEnv tzdir("TZDIR", (empty.path() / "zoneinfo").string());
  CHECK(check("timezone: Europe/Oslo\n") ==
        fmt::format("3:11 /timezone error[timezone]: unknown time zone \"Europe/Oslo\": there is "
                    "no zone database in {}/zoneinfo (install tzdata, or set TZDIR)\n",
                    empty.path().string()));
}

TEST_CASE("revision: a whole number from 0, read into the record") {
  CHECK(check("revision: 0\n") == "");
  CHECK(check("revision: 1000000\n") == "");
  CHECK(check("revision: -1\n") ==
        "3:11 /revision error[minimum]: expected a whole number ≥ 0, got -1\n");
  CHECK(check("revision: 1000001\n") ==
        "3:11 /revision error[maximum]: expected a whole number ≤ 1000000, got 1000001\n");
  CHECK(check("revision: \"2\"\n") ==
        "3:11 /revision error[type]: expected a whole number, got \"2\"\n");
  const CheckedRecord record =
      check_record("title: T\ndate: 2024-05-02\ntimezone: Europe/Oslo\nrevision: 3\n");
  REQUIRE(record.meeting.has_value());
  CHECK(record.meeting->revision == 3);
  CHECK(record.meeting->timezone == "Europe/Oslo");
  const CheckedRecord plain = check_record("title: T\ndate: 2024-05-02\n");
  REQUIRE(plain.meeting.has_value());
  CHECK_FALSE(plain.meeting->revision.has_value());
  CHECK(plain.meeting->timezone.empty());
}

TEST_CASE("the Markdown fields together stay within what rendering takes, located where passed") {
  // Eight agenda notes of 16,384 characters are exactly the record limit; a summary more passes it.
  const std::string note(16 * 1024, 'x');
  std::string agenda = "agenda:\n";
  for (int i = 0; i < 8; ++i) agenda += fmt::format("  - title: Sak {}\n    notes: {}\n", i, note);
  CHECK(check(agenda) == "");
  CHECK(check("summary: ø\n" + agenda) ==
        "20:12 /agenda/7/notes error[markdown-total]: expected at most 131072 characters of "
        "Markdown in one record (summary and agenda notes together), found 131073; the limit is "
        "passed here. Move long texts into attachments or split the record\n");
}

TEST_CASE("a decision may run to several pages") {
  const std::string ten_thousand(10000, 'a');
  CHECK(check(fmt::format("decisions:\n  - {}\n  - text: {}\n", ten_thousand, ten_thousand)) == "");
  CHECK(check(fmt::format("decisions:\n  - {}\n", std::string(32001, 'a'))).find("max-length") !=
        std::string::npos);
}
