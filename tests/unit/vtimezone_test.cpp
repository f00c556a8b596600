#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "emit/vtimezone.hpp"
#include "minutes/time_zone.hpp"

using namespace minutes;

namespace {

TimeZone zone(std::string_view name) {
  auto loaded = TimeZone::load(name);
  INFO(name, ": ", loaded ? std::string() : loaded.error());
  REQUIRE(loaded);
  return std::move(*loaded);
}

std::int64_t utc(int year, unsigned month, unsigned day, int hour = 0) {
  using namespace std::chrono;
  const sys_days date = std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day};
  return std::int64_t{date.time_since_epoch().count()} * 86400 + hour * 3600;
}

// One observance as a client reads it: from `onset` (UTC, the local DTSTART minus
// TZOFFSETFROM) the offset is `to`.
struct Observance {
  std::int64_t onset = 0;
  std::int32_t from = 0;
  std::int32_t to = 0;
  bool daylight = false;
};

std::int32_t parse_offset(std::string_view text) {
  REQUIRE((text.size() == 5 || text.size() == 7));
  const auto digits = [&](std::size_t at) { return (text[at] - '0') * 10 + (text[at + 1] - '0'); };
  const std::int32_t size = digits(1) * 3600 + digits(3) * 60 + (text.size() == 7 ? digits(5) : 0);
  return text[0] == '-' ? -size : size;
}

std::int64_t parse_local(std::string_view text) {  // YYYYMMDDTHHMMSS as if it were UTC
  REQUIRE(text.size() == 15);
  const auto number = [&](std::size_t at, std::size_t length) {
    return std::stoi(std::string(text.substr(at, length)));
  };
  return utc(number(0, 4), static_cast<unsigned>(number(4, 2)), static_cast<unsigned>(number(6, 2)),
             number(9, 2)) +
         number(11, 2) * 60 + number(13, 2);
}

// The observances of a VTIMEZONE, read back from its lines, checking the structure on the way.
std::vector<Observance> read_back(const std::vector<std::string>& lines, std::string_view name) {
  REQUIRE(lines.size() >= 8);
  CHECK(lines.front() == "BEGIN:VTIMEZONE");
  CHECK(lines[1] == "TZID:" + std::string(name));
  CHECK(lines.back() == "END:VTIMEZONE");
  std::vector<Observance> out;
  std::string_view onset;
  for (std::size_t i = 2; i + 1 < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line == "BEGIN:STANDARD" || line == "BEGIN:DAYLIGHT") {
      out.push_back({});
      out.back().daylight = line == "BEGIN:DAYLIGHT";
    } else if (line.starts_with("DTSTART:")) {
      onset = std::string_view(line).substr(8);
    } else if (line.starts_with("TZOFFSETFROM:")) {
      out.back().from = parse_offset(std::string_view(line).substr(13));
    } else if (line.starts_with("TZOFFSETTO:")) {
      out.back().to = parse_offset(std::string_view(line).substr(11));
    } else if (line.starts_with("END:")) {
      out.back().onset = parse_local(onset) - out.back().from;
    } else {
      CHECK(line.starts_with("TZNAME:"));
    }
  }
  return out;
}

// The offset the observances give a UTC instant: that of the latest onset at or before it.
std::int32_t offset_by(const std::vector<Observance>& observances, std::int64_t instant) {
  const Observance* best = nullptr;
  for (const Observance& o : observances) {
    if (o.onset <= instant && (!best || o.onset > best->onset)) best = &o;
  }
  REQUIRE(best != nullptr);
  return best->to;
}

}  // namespace

TEST_CASE("vtimezone: Europe/Oslo for 2020, onset by onset") {
  CHECK(vtimezone_lines(zone("Europe/Oslo"), 2020, 2020) ==
        std::vector<std::string>{"BEGIN:VTIMEZONE",    "TZID:Europe/Oslo",
                                 "BEGIN:STANDARD",     "DTSTART:20191027T030000",
                                 "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                                 "TZNAME:CET",         "END:STANDARD",
                                 "BEGIN:DAYLIGHT",     "DTSTART:20200329T020000",
                                 "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                                 "TZNAME:CEST",        "END:DAYLIGHT",
                                 "BEGIN:STANDARD",     "DTSTART:20201025T030000",
                                 "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                                 "TZNAME:CET",         "END:STANDARD",
                                 "END:VTIMEZONE"});
}

TEST_CASE("vtimezone: zones without changes in the years have one observance") {
  // Tokyo: JST since September 1951 (01:00 JDT on the 9th, the end of its last summer time).
  CHECK(vtimezone_lines(zone("Asia/Tokyo"), 2024, 2024) ==
        std::vector<std::string>{"BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "BEGIN:STANDARD",
                                 "DTSTART:19510909T010000", "TZOFFSETFROM:+1000",
                                 "TZOFFSETTO:+0900", "TZNAME:JST", "END:STANDARD",
                                 "END:VTIMEZONE"});
  // UTC never changed: from the first midnight of the years.
  CHECK(vtimezone_lines(zone("UTC"), 2024, 2025) ==
        std::vector<std::string>{"BEGIN:VTIMEZONE", "TZID:UTC", "BEGIN:STANDARD",
                                 "DTSTART:20240101T000000", "TZOFFSETFROM:+0000",
                                 "TZOFFSETTO:+0000", "TZNAME:UTC", "END:STANDARD",
                                 "END:VTIMEZONE"});
}

TEST_CASE("vtimezone: offsets as RFC 5545 writes them") {
  CHECK(utc_offset_text(0) == "+0000");
  CHECK(utc_offset_text(3600) == "+0100");
  CHECK(utc_offset_text(-5 * 3600) == "-0500");
  CHECK(utc_offset_text(-(3 * 3600 + 30 * 60)) == "-0330");
  CHECK(utc_offset_text(10 * 3600 + 30 * 60) == "+1030");
  CHECK(utc_offset_text(43 * 60 + 8) == "+004308");  // local mean time has seconds
  CHECK(utc_offset_text(-(3 * 3600 + 41 * 60 + 12)) == "-034112");
}

TEST_CASE("vtimezone: what a client reads from it is tzdata's offset, every hour of the years") {
  struct Span {
    const char* zone;
    int first;
    int last;
  };
  // Northern and southern summers, half hours, a zone whose "daylight" time is winter (Dublin),
  // one that dropped summer time (Sao Paulo, 2019), one that changes for Ramadan (Casablanca),
  // and years past the table (2045: the footer's rule).
  for (const Span& span :
       {Span{"Europe/Oslo", 2020, 2020}, Span{"Europe/Oslo", 2037, 2046},
        Span{"America/New_York", 2024, 2025}, Span{"Australia/Sydney", 2024, 2024},
        Span{"Australia/Lord_Howe", 2045, 2045}, Span{"Europe/Dublin", 2024, 2024},
        Span{"America/Sao_Paulo", 2018, 2020}, Span{"Africa/Casablanca", 2024, 2024},
        Span{"Asia/Kolkata", 2024, 2024}, Span{"UTC", 2024, 2024}}) {
    CAPTURE(span.zone);
    CAPTURE(span.first);
    const TimeZone tz = zone(span.zone);
    const std::vector<Observance> observances =
        read_back(vtimezone_lines(tz, span.first, span.last), span.zone);
    for (std::size_t i = 1; i < observances.size(); ++i) {
      CHECK(observances[i - 1].onset < observances[i].onset);
      CHECK(observances[i - 1].to == observances[i].from);  // each takes over from the last
    }
    // Every hour from the first local midnight of the years to a day after their end.
    const std::int64_t from = utc(span.first, 1, 1) - tz.utc_offset_at(utc(span.first, 1, 1));
    for (std::int64_t at = from; at < utc(span.last + 1, 1, 1) + 86400; at += 3600) {
      if (offset_by(observances, at) != tz.utc_offset_at(at)) {
        FAIL_CHECK("offset differs at " << at);
        break;
      }
    }
  }
}

TEST_CASE("vtimezone: a daylight flag from tzdata decides STANDARD or DAYLIGHT") {
  const auto lines = vtimezone_lines(zone("Australia/Sydney"), 2024, 2024);
  const std::vector<Observance> observances = read_back(lines, "Australia/Sydney");
  REQUIRE(observances.size() == 3);
  CHECK(observances[0].daylight);  // summer time since October 2023
  CHECK(observances[0].to == 11 * 3600);
  CHECK_FALSE(observances[1].daylight);  // AEST from 7 April 2024
  CHECK(observances[1].onset == utc(2024, 4, 6, 16));
  CHECK(observances[2].daylight);  // AEDT from 6 October 2024
  CHECK(observances[2].onset == utc(2024, 10, 5, 16));
}
