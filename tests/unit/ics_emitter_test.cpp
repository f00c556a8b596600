#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "emit/json_text.hpp"
#include "emit_test_util.hpp"
#include "python_check.hpp"
#include "test_files.hpp"

using namespace minutes;

namespace {


Meeting dialogmote() {
  Meeting meeting;
  meeting.title = "Dialogmøte med næringslivet";
  meeting.date = {2020, 2, 25};
  meeting.language = "nb";
  meeting.next_meeting = NextMeeting{"Kick-Off for programmet SMART SKIPTVET",
                                     {2020, 3, 24},
                                     Time{18, 0},
                                     Time{21, 0},
                                     "Skiptvet rådhus, sal 2; 2. etasje"};
  meeting.actions = {
      Action{"A-1", "Utpeke en representant fra næringslivet", "næringslivet", Date{2020, 3, 24},
             ActionStatus::open},
      Action{"A-2", "Sende referat", "Per", Date{2020, 3, 1}, ActionStatus::done},
      Action{"A-3", "Finne lokale", "Per", std::nullopt, ActionStatus::open},
      Action{"", "Booke sal", "", Date{2020, 3, 10}, ActionStatus::open},
      Action{"A-5", "Avlyst oppgave", "", Date{2020, 3, 10}, ActionStatus::cancelled},
  };
  return meeting;
}

test::Bytes emit(const Meeting& meeting, std::string zone = "Europe/Oslo",
                 std::string language = "en", std::string_view source_name = "m.yaml") {
  EmitSettings settings;
  settings.time_zone = std::move(zone);
  settings.language = std::move(language);
  return test::record_output(write_record_ics, source_name, meeting, settings);
}

std::vector<std::string> physical_lines(const std::string& ics) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < ics.size()) {
    const std::size_t end = ics.find("\r\n", at);
    REQUIRE(end != std::string::npos);
    lines.push_back(ics.substr(at, end - at));
    at = end + 2;
  }
  return lines;
}

std::string unfolded(const std::string& ics) {
  std::string out;
  for (const std::string& line : physical_lines(ics)) {
    if (!line.empty() && line[0] == ' ') {
      out += line.substr(1);
    } else {
      if (!out.empty()) out += '\n';
      out += line;
    }
  }
  return out;
}

// The SUMMARY content line of a next meeting with this title, as written (folded).
std::string summary_lines(const std::string& title) {
  Meeting meeting;
  meeting.title = "M";
  meeting.date = {2024, 1, 2};
  meeting.next_meeting = NextMeeting{title, {2024, 1, 9}, std::nullopt, std::nullopt, ""};
  const auto out = emit(meeting);
  REQUIRE(out);
  const std::size_t start = out->find("SUMMARY:");
  REQUIRE(start != std::string::npos);
  const std::size_t end = out->find("\r\nEND:VEVENT", start);
  return out->substr(start, end + 2 - start);
}

}  // namespace

TEST_CASE("ics: next meeting and open actions with a due date, times in UTC") {
  const auto out = emit(dialogmote(), "Europe/Oslo", "nb");
  REQUIRE(out);
  CHECK(*out ==
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//minutes//minutes 0.1//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:297b16981c4ef4ef@minutes\r\n"
        "DTSTAMP:20200225T000000Z\r\n"
        "DTSTART:20200324T170000Z\r\n"
        "DTEND:20200324T200000Z\r\n"
        "SUMMARY:Kick-Off for programmet SMART SKIPTVET\r\n"
        "LOCATION:Skiptvet rådhus\\, sal 2\\; 2. etasje\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VTODO\r\n"
        "UID:ff951b4e3b2ee4b4@minutes\r\n"
        "DTSTAMP:20200225T000000Z\r\n"
        "DUE;VALUE=DATE:20200324\r\n"
        "SUMMARY:Utpeke en representant fra næringslivet\r\n"
        "DESCRIPTION:Ansvarlig: næringslivet\\nDialogmøte med næringslivet\\, 25. f\r\n"
        " ebruar 2020\r\n"
        "STATUS:NEEDS-ACTION\r\n"
        "END:VTODO\r\n"
        "BEGIN:VTODO\r\n"
        "UID:1157a890af64832d@minutes\r\n"
        "DTSTAMP:20200225T000000Z\r\n"
        "DUE;VALUE=DATE:20200310\r\n"
        "SUMMARY:Booke sal\r\n"
        "DESCRIPTION:Dialogmøte med næringslivet\\, 25. februar 2020\r\n"
        "STATUS:NEEDS-ACTION\r\n"
        "END:VTODO\r\n"
        "END:VCALENDAR\r\n");
}

TEST_CASE("ics: a next meeting without a start time is an all-day event") {
  Meeting meeting;
  meeting.title = "Styremøte";
  meeting.date = {2024, 12, 31};
  meeting.next_meeting = NextMeeting{"", {2024, 12, 31}, std::nullopt, Time{12, 0}, ""};
  const auto out = emit(meeting);
  REQUIRE(out);
  CHECK(out->find("BEGIN:VEVENT\r\n"
                  "UID:caae78cf9bde1abc@minutes\r\n"
                  "DTSTAMP:20241231T000000Z\r\n"
                  "DTSTART;VALUE=DATE:20241231\r\n"
                  "DTEND;VALUE=DATE:20250101\r\n"
                  "SUMMARY:Next meeting: Styremøte\r\n"
                  "END:VEVENT\r\n") != std::string::npos);
  const auto norsk = emit(meeting, "Europe/Oslo", "nb");
  REQUIRE(norsk);
  CHECK(norsk->find("SUMMARY:Neste møte: Styremøte\r\n") != std::string::npos);
}

TEST_CASE("ics: local times become UTC by the zone's rules") {
  Meeting meeting;
  meeting.title = "Arbeidsgruppe";
  meeting.date = {2024, 6, 12};
  const auto times = [&](Date date, Time start, std::optional<Time> end, const std::string& zone) {
    meeting.next_meeting = NextMeeting{"Neste", date, start, end, ""};
    const auto out = emit(meeting, zone);
    REQUIRE(out);
    const std::size_t from = out->find("DTSTART");
    const std::size_t to = out->find("SUMMARY");
    return out->substr(from, to - from);
  };
  CHECK(times({2024, 6, 19}, {10, 0}, Time{11, 30}, "Europe/Oslo") ==
        "DTSTART:20240619T080000Z\r\nDTEND:20240619T093000Z\r\n");  // CEST, UTC+2
  CHECK(times({2024, 1, 9}, {0, 30}, std::nullopt, "Europe/Oslo") ==
        "DTSTART:20240108T233000Z\r\n");  // CET, UTC+1: the day before in UTC
  CHECK(times({2024, 3, 31}, {3, 0}, std::nullopt, "Europe/Oslo") ==
        "DTSTART:20240331T010000Z\r\n");  // the first hour of summer time
  CHECK(times({2024, 3, 31}, {2, 30}, std::nullopt, "Europe/Oslo") ==
        "DTSTART:20240331T013000Z\r\n");  // 02:30 does not exist: mktime moves it to 03:30
  CHECK(times({2024, 10, 27}, {2, 30}, std::nullopt, "Europe/Oslo") ==
        "DTSTART:20241027T003000Z\r\n");  // 02:30 happens twice: the first one (summer time)
  CHECK(times({2024, 11, 5}, {23, 0}, Time{1, 0}, "America/New_York") ==
        "DTSTART:20241106T040000Z\r\nDTEND:20241106T060000Z\r\n");  // ends after midnight
  CHECK(times({2040, 7, 1}, {12, 0}, std::nullopt, "Europe/Oslo") ==
        "DTSTART:20400701T100000Z\r\n");  // after 2038: 64-bit seconds, rules beyond tables
  CHECK(times({2024, 11, 5}, {9, 0}, Time{9, 0}, "UTC") ==
        "DTSTART:20241105T090000Z\r\n");  // no DTEND for an end equal to the start
}

TEST_CASE("ics: without --time-zone the machine's zone is used, else floating time") {
  Meeting meeting = dialogmote();
  meeting.actions.clear();
  SUBCASE("TZ names the zone") {
    const test::ScopedEnv tz("TZ", "Asia/Tokyo");
    const auto out = emit(meeting, "");
    REQUIRE(out);
    CHECK(out->find("DTSTART:20200324T090000Z\r\nDTEND:20200324T120000Z\r\n") != std::string::npos);
    CHECK(std::string(std::getenv("TZ")) == "Asia/Tokyo");  // restored after the conversion
  }
  SUBCASE("TZ with the POSIX ':' prefix") {
    const test::ScopedEnv tz("TZ", ":America/New_York");
    const auto out = emit(meeting, "");
    REQUIRE(out);
    CHECK(out->find("DTSTART:20200324T220000Z\r\n") != std::string::npos);
  }
  SUBCASE("no zone database: floating local time") {
    test::TempDir empty;
    const test::ScopedEnv tzdir("TZDIR", empty.write("nothing", "").parent_path().string());
    const test::ScopedEnv tz("TZ", "Europe/Oslo");
    const auto out = emit(meeting, "");
    REQUIRE(out);
    CHECK(out->find("DTSTART:20200324T180000\r\nDTEND:20200324T210000\r\n") != std::string::npos);
  }
}

TEST_CASE("ics: a time zone that is not in the zone database is an error") {
  for (const char* zone : {"Mars/Olympus_Mons", "../../etc/passwd", "/usr/share/zoneinfo/UTC",
                           "Europe/../Europe/Oslo", "zone.tab", "Europe", "Europe/Oslo "}) {
    CAPTURE(zone);
    const auto out = emit(dialogmote(), zone);
    REQUIRE_FALSE(out);
    CHECK(out.error().kind == Error::Kind::usage);
    CHECK(out.error().message ==
          "unknown time zone \"" + std::string(zone) +
              "\" (expected a name from the zoneinfo database such as Europe/Oslo)");
  }
}

TEST_CASE("ics: nothing to schedule is an error") {
  Meeting meeting = dialogmote();
  meeting.next_meeting.reset();
  meeting.actions.resize(3);  // A-1 open with due date stays
  CHECK(emit(meeting));
  meeting.actions.erase(meeting.actions.begin());
  const auto out = emit(meeting);
  REQUIRE_FALSE(out);
  CHECK(out.error().kind == Error::Kind::input);
  CHECK(out.error().message ==
        "nothing to put in a calendar: no next meeting and no open action with a due date");
}

TEST_CASE("ics: TEXT values are escaped") {
  CHECK(summary_lines("a\\b;c,d\ne\r\nf\rg\x01h\ti") ==
        "SUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng"
        "h\ti\r\n");
  CHECK(summary_lines("Møte: «kl. 18–21»") == "SUMMARY:Møte: «kl. 18–21»\r\n");
}

TEST_CASE("ics: lines fold at 75 octets, never inside a UTF-8 sequence") {
  // "SUMMARY:" is 8 octets: 67 more fill the line exactly.
  CHECK(summary_lines(std::string(67, 'a')) == "SUMMARY:" + std::string(67, 'a') + "\r\n");
  CHECK(summary_lines(std::string(68, 'a')) == "SUMMARY:" + std::string(67, 'a') + "\r\n a\r\n");
  // ø (2 octets) would end at octet 76: it moves to the next line whole.
  CHECK(summary_lines(std::string(66, 'a') + "øb") ==
        "SUMMARY:" + std::string(66, 'a') + "\r\n øb\r\n");
  // ... and fits when it ends exactly at octet 75.
  CHECK(summary_lines(std::string(65, 'a') + "øb") ==
        "SUMMARY:" + std::string(65, 'a') + "ø\r\n b\r\n");
  // A 4-octet emoji straddling the end of a continuation line (1 + 74 octets).
  CHECK(summary_lines(std::string(67 + 72, 'a') + "😀") ==
        "SUMMARY:" + std::string(67, 'a') + "\r\n " + std::string(72, 'a') + "\r\n 😀\r\n");

  // Long Norwegian text: every physical line ≤ 75 octets, and unfolding gives the text back.
  std::string title;
  for (int i = 0; i < 40; ++i) title += "Ærlig å være på Skiptvet – “bygda” ";
  const std::string lines = summary_lines(title);
  for (const std::string& line : physical_lines(lines)) {
    CHECK(line.size() <= 75);
    CHECK((line.empty() || (static_cast<unsigned char>(line[0]) & 0xC0) != 0x80));
    if (line.size() > 1 && line[0] == ' ') {
      CHECK((static_cast<unsigned char>(line[1]) & 0xC0) != 0x80);
    }
  }
  CHECK(unfolded(lines) == "SUMMARY:" + title);
}

TEST_CASE("ics: UIDs are stable and distinct") {
  const Meeting meeting = dialogmote();
  const auto first = emit(meeting);
  const auto second = emit(meeting);
  REQUIRE(first);
  REQUIRE(second);
  CHECK(*first == *second);

  std::vector<std::string> uids;
  for (const std::string& line : physical_lines(*first)) {
    if (line.starts_with("UID:")) uids.push_back(line);
  }
  REQUIRE(uids.size() == 3);
  CHECK(uids[0] != uids[1]);
  CHECK(uids[1] != uids[2]);
  CHECK(uids[0] != uids[2]);

  // Not from the file name; from the meeting (date and title) and the item.
  const auto moved = emit(meeting, "Europe/Oslo", "en", "../other/name.yaml");
  REQUIRE(moved);
  CHECK(*moved == *first);

  Meeting retitled = meeting;
  retitled.title = "Dialogmøte med næringslivet (2)";
  const auto other = emit(retitled);
  REQUIRE(other);
  CHECK(other->find(uids[1]) == std::string::npos);

  // An action keeps its UID when others are added before it (it has an id).
  Meeting reordered = meeting;
  reordered.actions.insert(reordered.actions.begin(),
                           Action{"A-0", "Ny", "", Date{2020, 3, 2}, ActionStatus::open});
  const auto shifted = emit(reordered);
  REQUIRE(shifted);
  CHECK(shifted->find(uids[1] + "\r\n") != std::string::npos);
}

TEST_CASE("ics: each record is a calendar of its own") {
  const Meeting first = dialogmote();
  Meeting second = dialogmote();
  second.date = {2020, 3, 24};
  second.title = "Kick-Off";
  for (const Meeting* meeting : std::vector<const Meeting*>{&first, &second}) {
    CAPTURE(meeting->title);
    const auto out = emit(*meeting);
    REQUIRE(out);
    std::size_t calendars = 0;
    std::size_t components = 0;
    for (const std::string& line : physical_lines(*out)) {
      calendars += line == "BEGIN:VCALENDAR";
      components += line == "BEGIN:VEVENT" || line == "BEGIN:VTODO";
    }
    CHECK(calendars == 1);
    CHECK(components == 3);
  }
  CHECK(emit(second)->find("DTSTAMP:20200324T000000Z") != std::string::npos);
}

TEST_CASE("ics: the output passes an independent check (Python, icalendar if installed)") {
  if (!test::have_python3()) {
    MESSAGE("python3 not found; check skipped");
    return;
  }
  Meeting meeting = dialogmote();
  std::string long_task;
  for (int i = 0; i < 12; ++i) long_task += "Lage plan; budsjett, «møteplass» og “nettverk” – ";
  meeting.actions[3].task = long_task + "a\\b\nslutt 😀";
  meeting.next_meeting->location = "Rådhuset, sal 2;\n2. etasje";
  const auto out = emit(meeting, "Europe/Oslo", "nb");
  REQUIRE(out);
  const auto list = [](const std::vector<std::string>& items) {
    std::string text = "[";
    for (const std::string& item : items) text += (text.size() > 1 ? "," : "") + json_quote(item);
    return text + "]";
  };
  const std::string expected =
      "{\"SUMMARY\":" +
      list({"Kick-Off for programmet SMART SKIPTVET", "Utpeke en representant fra næringslivet",
            long_task + "a\\b\nslutt 😀"}) +
      ",\"LOCATION\":" + list({"Rådhuset, sal 2;\n2. etasje"}) + ",\"DESCRIPTION\":" +
      list({"Ansvarlig: næringslivet\nDialogmøte med næringslivet, 25. februar 2020",
            "Dialogmøte med næringslivet, 25. februar 2020"}) +
      "}";
  test::TempDir dir;
  CHECK(test::run_python_check("ics_check.py", dir.write("out.ics", *out),
                               dir.write("expected.json", expected)));
}
