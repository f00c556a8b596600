#include <doctest/doctest.h>

#include <cstdint>
#include <cstdio>
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
  meeting.start = Time{18, 0};
  meeting.timezone = "Europe/Oslo";
  meeting.organizer = "Skiptvet kommune";
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

// `zone` is --tz. SOURCE_DATE_EPOCH is unset, as a package build may have set it.
test::Bytes emit(const Meeting& meeting, std::string zone = "", std::string language = "en",
                 std::string_view source_name = "m.yaml") {
  const test::ScopedEnv no_epoch("SOURCE_DATE_EPOCH", std::nullopt);
  EmitSettings settings;
  settings.time_zone = std::move(zone);
  settings.language = std::move(language);
  return test::record_output(write_record_ics, source_name, meeting, settings);
}

// The UID as docs/cli.md defines it, computed here independently of the emitter: FNV-1a 64 of
// date, start, organizer, kind and item joined by U+001F.
std::string documented_uid(std::string_view date, std::string_view start,
                           std::string_view organizer, std::string_view kind,
                           std::string_view item) {
  std::uint64_t hash = 14695981039346656037ULL;
  bool first = true;
  for (std::string_view part : {date, start, organizer, kind, item}) {
    if (!first) {
      hash ^= 0x1f;
      hash *= 1099511628211ULL;
    }
    first = false;
    for (unsigned char c : part) {
      hash ^= c;
      hash *= 1099511628211ULL;
    }
  }
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return std::string(text) + "@minutes";
}

// The value of every content line named `name` (before ':' or ';'), in order.
std::vector<std::string> values(const std::string& ics, std::string_view name) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < ics.size()) {
    std::size_t end = ics.find("\r\n", at);
    while (end != std::string::npos && end + 2 < ics.size() && ics[end + 2] == ' ') {
      end = ics.find("\r\n", end + 2);  // folded: the value goes on
    }
    if (end == std::string::npos) break;
    const std::string line = ics.substr(at, end - at);
    if (line.starts_with(name) && line.size() > name.size() &&
        (line[name.size()] == ':' || line[name.size()] == ';')) {
      out.push_back(line.substr(line.find(':') + 1));
    }
    at = end + 2;
  }
  return out;
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

TEST_CASE("ics: with the record's timezone, local times with TZID and a VTIMEZONE") {
  const auto out = emit(dialogmote(), "", "nb");
  REQUIRE(out);
  CHECK(*out ==
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//minutes//minutes 0.1//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "BEGIN:VTIMEZONE\r\n"
        "TZID:Europe/Oslo\r\n"
        "BEGIN:STANDARD\r\n"
        "DTSTART:20191027T030000\r\n"
        "TZOFFSETFROM:+0200\r\n"
        "TZOFFSETTO:+0100\r\n"
        "TZNAME:CET\r\n"
        "END:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\n"
        "DTSTART:20200329T020000\r\n"
        "TZOFFSETFROM:+0100\r\n"
        "TZOFFSETTO:+0200\r\n"
        "TZNAME:CEST\r\n"
        "END:DAYLIGHT\r\n"
        "BEGIN:STANDARD\r\n"
        "DTSTART:20201025T030000\r\n"
        "TZOFFSETFROM:+0200\r\n"
        "TZOFFSETTO:+0100\r\n"
        "TZNAME:CET\r\n"
        "END:STANDARD\r\n"
        "END:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:" +
            documented_uid("2020-02-25", "18:00", "Skiptvet kommune", "next-meeting", "") +
            "\r\n"
            "DTSTAMP:20200225T000000Z\r\n"
            "DTSTART;TZID=Europe/Oslo:20200324T180000\r\n"
            "DTEND;TZID=Europe/Oslo:20200324T210000\r\n"
            "SUMMARY:Kick-Off for programmet SMART SKIPTVET\r\n"
            "LOCATION:Skiptvet rådhus\\, sal 2\\; 2. etasje\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VTODO\r\n"
            "UID:" +
            documented_uid("2020-02-25", "18:00", "Skiptvet kommune", "action", "id:A-1") +
            "\r\n"
            "DTSTAMP:20200225T000000Z\r\n"
            "DUE;VALUE=DATE:20200324\r\n"
            "SUMMARY:Utpeke en representant fra næringslivet\r\n"
            "DESCRIPTION:Ansvarlig: næringslivet\\nDialogmøte med næringslivet\\, 25. f\r\n"
            " ebruar 2020\r\n"
            "STATUS:NEEDS-ACTION\r\n"
            "END:VTODO\r\n"
            "BEGIN:VTODO\r\n"
            "UID:" +
            documented_uid("2020-02-25", "18:00", "Skiptvet kommune", "action", "#4") +
            "\r\n"
            "DTSTAMP:20200225T000000Z\r\n"
            "DUE;VALUE=DATE:20200310\r\n"
            "SUMMARY:Booke sal\r\n"
            "DESCRIPTION:Dialogmøte med næringslivet\\, 25. februar 2020\r\n"
            "STATUS:NEEDS-ACTION\r\n"
            "END:VTODO\r\n"
            "END:VCALENDAR\r\n");
}

TEST_CASE("ics: without a timezone, floating local times and no VTIMEZONE") {
  Meeting meeting = dialogmote();
  meeting.timezone.clear();
  const auto out = emit(meeting);
  REQUIRE(out);
  CHECK(values(*out, "DTSTART") == std::vector<std::string>{"20200324T180000"});
  CHECK(values(*out, "DTEND") == std::vector<std::string>{"20200324T210000"});
  CHECK(out->find("DTSTART:20200324T180000\r\nDTEND:20200324T210000\r\n") != std::string::npos);
  CHECK(out->find("TZID") == std::string::npos);
  CHECK(out->find("VTIMEZONE") == std::string::npos);
}

TEST_CASE("ics: --tz is the zone of a record without one; the record's own zone wins") {
  Meeting meeting = dialogmote();
  meeting.timezone.clear();
  const auto assumed = emit(meeting, "America/New_York");
  REQUIRE(assumed);
  CHECK(assumed->find("DTSTART;TZID=America/New_York:20200324T180000\r\n"
                      "DTEND;TZID=America/New_York:20200324T210000\r\n") != std::string::npos);
  CHECK(values(*assumed, "TZID") == std::vector<std::string>{"America/New_York"});
  const auto own = emit(dialogmote(), "America/New_York");
  REQUIRE(own);
  CHECK(own->find("DTSTART;TZID=Europe/Oslo:20200324T180000\r\n") != std::string::npos);
  CHECK(values(*own, "TZID") == std::vector<std::string>{"Europe/Oslo"});
  CHECK(*own == *emit(dialogmote()));
}

TEST_CASE("ics: the renderer's own TZ changes no byte") {
  Meeting floating = dialogmote();
  floating.timezone.clear();
  std::vector<std::string> outputs;  // floating, zoned; floating, zoned; ...
  for (const char* tz : {"UTC", "Asia/Tokyo", "America/New_York", ":Europe/Oslo", "CET-1"}) {
    CAPTURE(tz);
    const test::ScopedEnv env("TZ", tz);
    for (const Meeting& meeting : {floating, dialogmote()}) {
      const auto out = emit(meeting);
      REQUIRE(out);
      outputs.push_back(*out);
    }
  }
  for (std::size_t i = 2; i < outputs.size(); ++i) CHECK(outputs[i] == outputs[i % 2]);
  CHECK(outputs[0] != outputs[1]);
}

TEST_CASE("ics: where an event's times lie") {
  Meeting meeting;
  meeting.title = "Arbeidsgruppe";
  meeting.date = {2024, 6, 12};
  meeting.timezone = "Europe/Oslo";
  const auto times = [&](Date date, Time start, std::optional<Time> end) {
    meeting.next_meeting = NextMeeting{"Neste", date, start, end, ""};
    const auto out = emit(meeting);
    REQUIRE(out);
    const std::size_t from = out->find("DTSTART;TZID");
    const std::size_t to = out->find("SUMMARY");
    return out->substr(from, to - from);
  };
  // Past midnight: DTEND on the next day.
  CHECK(times({2024, 11, 5}, {23, 0}, Time{1, 0}) ==
        "DTSTART;TZID=Europe/Oslo:20241105T230000\r\nDTEND;TZID=Europe/Oslo:20241106T010000\r\n");
  // An end equal to the start gives no DTEND.
  CHECK(times({2024, 11, 5}, {9, 0}, Time{9, 0}) == "DTSTART;TZID=Europe/Oslo:20241105T090000\r\n");
  // A time the spring change skips is written as given; RFC 5545 3.3.5 tells clients to read
  // it with the offset before the gap.
  CHECK(times({2024, 3, 31}, {2, 30}, std::nullopt) ==
        "DTSTART;TZID=Europe/Oslo:20240331T023000\r\n");

  // From New Year's Eve into the new year: the VTIMEZONE covers both years.
  meeting.next_meeting = NextMeeting{"Nyttårsmøte", {2024, 12, 31}, Time{23, 0}, Time{1, 0}, ""};
  const auto new_year = emit(meeting);
  REQUIRE(new_year);
  CHECK(values(*new_year, "DTEND") == std::vector<std::string>{"20250101T010000"});
  CHECK(values(*new_year, "DTSTART") ==
        std::vector<std::string>{"20231029T030000", "20240331T020000", "20241027T030000",
                                 "20250330T020000", "20251026T030000", "20241231T230000"});
  // After 2037, from the footer's rule.
  meeting.next_meeting = NextMeeting{"", {2045, 7, 1}, Time{12, 0}, std::nullopt, ""};
  const auto later = emit(meeting);
  REQUIRE(later);
  CHECK(values(*later, "DTSTART") == std::vector<std::string>{"20441030T030000", "20450326T020000",
                                                              "20451029T030000",
                                                              "20450701T120000"});
}

TEST_CASE("ics: a next meeting without a start time is an all-day event") {
  Meeting meeting;
  meeting.title = "Styremøte";
  meeting.date = {2024, 12, 31};
  meeting.timezone = "Europe/Oslo";
  meeting.next_meeting = NextMeeting{"", {2024, 12, 31}, std::nullopt, Time{12, 0}, ""};
  const auto out = emit(meeting);
  REQUIRE(out);
  CHECK(out->find("BEGIN:VEVENT\r\n"
                  "UID:" +
                  documented_uid("2024-12-31", "", "", "next-meeting", "") +
                  "\r\n"
                  "DTSTAMP:20241231T000000Z\r\n"
                  "DTSTART;VALUE=DATE:20241231\r\n"
                  "DTEND;VALUE=DATE:20250101\r\n"
                  "SUMMARY:Next meeting: Styremøte\r\n"
                  "END:VEVENT\r\n") != std::string::npos);
  CHECK(out->find("VTIMEZONE") == std::string::npos);  // dates have no zone
  const auto norsk = emit(meeting, "", "nb");
  REQUIRE(norsk);
  CHECK(norsk->find("SUMMARY:Neste møte: Styremøte\r\n") != std::string::npos);
}

TEST_CASE("ics: a --tz that is not in the zone database is an error") {
  Meeting meeting = dialogmote();
  meeting.next_meeting.reset();  // checked even when no record needs it
  for (const char* zone : {"Mars/Olympus_Mons", "../../etc/passwd", "/usr/share/zoneinfo/UTC",
                           "Europe/../Europe/Oslo", "zone.tab", "localtime"}) {
    CAPTURE(zone);
    const auto out = emit(meeting, zone);
    REQUIRE_FALSE(out);
    CHECK(out.error().kind == Error::Kind::usage);
    CHECK(out.error().message ==
          "unknown time zone \"" + std::string(zone) +
              "\" (expected a name from the zoneinfo database such as Europe/Oslo)");
  }
  for (const char* zone : {"Europe/Olso", "Europe/Oslo ", "oslo"}) {
    CAPTURE(zone);
    const auto out = emit(meeting, zone);
    REQUIRE_FALSE(out);
    CHECK(out.error().kind == Error::Kind::usage);
    CHECK(out.error().message ==
          "unknown time zone \"" + std::string(zone) + "\"; did you mean \"Europe/Oslo\"?");
  }
}

TEST_CASE("ics: nothing to schedule is an empty calendar") {
  Meeting meeting = dialogmote();
  meeting.next_meeting.reset();
  meeting.actions.resize(3);  // A-1 open with a due date stays
  REQUIRE(emit(meeting));
  CHECK(values(*emit(meeting), "UID").size() == 1);
  meeting.actions.erase(meeting.actions.begin());
  const auto out = emit(meeting);
  REQUIRE(out);
  CHECK(*out ==
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//minutes//minutes 0.1//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "END:VCALENDAR\r\n");
}

TEST_CASE("ics: UIDs come from the meeting's identity, not from its titles") {
  const Meeting meeting = dialogmote();
  const auto first = emit(meeting);
  REQUIRE(first);
  CHECK(*first == *emit(meeting));
  const std::vector<std::string> uids = values(*first, "UID");
  REQUIRE(uids.size() == 3);
  CHECK(uids[0] != uids[1]);
  CHECK(uids[1] != uids[2]);
  CHECK(uids[0] != uids[2]);

  // Corrections of everything but date, start and organizer keep every UID.
  Meeting corrected = meeting;
  corrected.title = "Dialogmøte med næringslivet i Skiptvet";
  corrected.location = "Rådhuset";
  corrected.timezone = "Europe/Berlin";
  corrected.next_meeting->title = "Kick-off";
  corrected.next_meeting->start = Time{18, 30};
  corrected.actions[0].task = "Utpeke representant";
  corrected.actions[3].task = "Bestille sal";
  CHECK(values(*emit(corrected), "UID") == uids);
  CHECK(values(*emit(meeting, "", "en", "../other/name.yaml"), "UID") == uids);  // not the file

  for (const auto& change : std::vector<void (*)(Meeting&)>{
           [](Meeting& m) {
             m.date = {2020, 2, 26};
           },
           [](Meeting& m) {
             m.start = Time{18, 30};
           },
           [](Meeting& m) { m.start.reset(); },
           [](Meeting& m) { m.organizer = "Skiptvet næringsforening"; }}) {
    Meeting other = meeting;
    change(other);
    const std::vector<std::string> changed = values(*emit(other), "UID");
    REQUIRE(changed.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) CHECK(changed[i] != uids[i]);
  }

  // An action with an id keeps its UID when others are added before it.
  Meeting reordered = meeting;
  reordered.actions.insert(reordered.actions.begin(),
                           Action{"A-0", "Ny", "", Date{2020, 3, 2}, ActionStatus::open});
  const std::vector<std::string> shifted = values(*emit(reordered), "UID");
  REQUIRE(shifted.size() == 4);
  CHECK(shifted[2] == uids[1]);
}

TEST_CASE("ics: SEQUENCE is the record's revision") {
  Meeting meeting = dialogmote();
  CHECK(values(*emit(meeting), "SEQUENCE").empty());
  meeting.revision = 0;
  CHECK(values(*emit(meeting), "SEQUENCE") == std::vector<std::string>{"0", "0", "0"});
  meeting.revision = 3;
  const auto out = emit(meeting);
  REQUIRE(out);
  CHECK(values(*out, "SEQUENCE") == std::vector<std::string>{"3", "3", "3"});
  CHECK(out->find("DTSTAMP:20200225T000000Z\r\nSEQUENCE:3\r\nDTSTART;TZID") != std::string::npos);
}

TEST_CASE("ics: DTSTAMP from SOURCE_DATE_EPOCH") {
  const auto stamped = [](const char* epoch) {
    const test::ScopedEnv env("SOURCE_DATE_EPOCH",
                              epoch ? std::optional<std::string>(epoch) : std::nullopt);
    return test::record_output(write_record_ics, "m.yaml", dialogmote(), EmitSettings{});
  };
  const auto out = stamped("1700000000");
  REQUIRE(out);
  CHECK(values(*out, "DTSTAMP") == std::vector<std::string>(3, "20231114T221320Z"));
  CHECK(values(*stamped("0"), "DTSTAMP") == std::vector<std::string>(3, "19700101T000000Z"));
  CHECK(values(*stamped("253402300799"), "DTSTAMP") ==
        std::vector<std::string>(3, "99991231T235959Z"));
  // Unset or empty: the meeting's date.
  CHECK(values(*stamped(nullptr), "DTSTAMP") == std::vector<std::string>(3, "20200225T000000Z"));
  CHECK(values(*stamped(""), "DTSTAMP") == std::vector<std::string>(3, "20200225T000000Z"));
  for (const char* bad : {"abc", "-1", "+5", "1e9", " 1700000000", "1700000000 ", "253402300800",
                          "99999999999999999999"}) {
    CAPTURE(bad);
    const auto refused = stamped(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::usage);
    CHECK(refused.error().message ==
          "SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 00:00 UTC, such as "
          "1700000000, got \"" +
              std::string(bad) + "\"");
  }
  // The register's calendar reads it too.
  ActionRegisterBuilder builder;
  builder.add("a.yaml", dialogmote());
  const ActionRegister actions = builder.finish();
  const test::ScopedEnv env("SOURCE_DATE_EPOCH", "1700000000");
  std::vector<std::size_t> all(actions.actions.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  const auto todos = test::actions_output(write_actions_ics, actions, all, Date{2020, 3, 1});
  REQUIRE(todos);
  CHECK(values(*todos, "DTSTAMP") == std::vector<std::string>(2, "20231114T221320Z"));
}

TEST_CASE("ics: render and actions agree on a carried-over action") {
  const test::ScopedEnv no_epoch("SOURCE_DATE_EPOCH", std::nullopt);
  Meeting raised = dialogmote();
  raised.revision = 1;
  Meeting later = dialogmote();
  later.date = {2020, 3, 24};
  later.start = Time{19, 0};
  later.title = "Kick-Off";
  later.revision = 4;
  later.next_meeting.reset();
  later.actions = {
      Action{"A-1", "Utpeke en representant", "Kari", Date{2020, 4, 1}, ActionStatus::open}};
  ActionRegisterBuilder builder;
  builder.add("later.yaml", later);  // read first: the register goes by meeting dates
  builder.add("raised.yaml", raised);
  const ActionRegister actions = builder.finish();
  std::vector<std::size_t> all(actions.actions.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  const auto register_ics = test::actions_output(write_actions_ics, actions, all, Date{2020, 3, 1});
  REQUIRE(register_ics);
  const auto record_ics = emit(raised);
  REQUIRE(record_ics);
  // Both have the UIDs the raising record gives them (the register orders by due date).
  const std::vector<std::string> register_uids = values(*register_ics, "UID");
  const std::vector<std::string> record_uids = values(*record_ics, "UID");
  REQUIRE(register_uids.size() == 2);
  REQUIRE(record_uids.size() == 3);
  CHECK(register_uids[0] == record_uids[2]);  // Booke sal, due 10 March
  CHECK(register_uids[1] == record_uids[1]);  // A-1, due 1 April
  // SEQUENCE: the revision of the record whose version of the action is shown.
  CHECK(values(*register_ics, "DUE") == std::vector<std::string>{"20200310", "20200401"});
  CHECK(values(*register_ics, "SEQUENCE") == std::vector<std::string>{"1", "4"});
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
  const auto out = emit(meeting, "", "nb");
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
