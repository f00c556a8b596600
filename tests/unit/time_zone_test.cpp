#include <doctest/doctest.h>

#include <stdlib.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "minutes/time_zone.hpp"
#include "test_files.hpp"

using namespace minutes;

namespace {

constexpr std::int64_t k_hour = 3600;

// Seconds since the epoch of a UTC date and time.
std::int64_t utc(int year, unsigned month, unsigned day, int hour = 0, int minute = 0,
                 int second = 0) {
  using namespace std::chrono;
  const sys_days date = std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day};
  return std::int64_t{date.time_since_epoch().count()} * 86400 + hour * k_hour + minute * 60 +
         second;
}

TimeZone zone(std::string_view name) {
  auto loaded = TimeZone::load(name);
  INFO(name, ": ", loaded ? std::string() : loaded.error());
  REQUIRE(loaded);
  return std::move(*loaded);
}



std::string read_system_zone(const std::string& name) {
  std::ifstream in("/usr/share/zoneinfo/" + name, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void big_endian(std::string& out, std::uint64_t value, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

struct TestType {
  std::int32_t offset;
  bool is_dst;
};

// A version 2 TZif file as zic -b slim writes one: a stub version 1 block, then the real
// data with 64-bit times and the footer.
std::string tzif(const std::vector<std::int64_t>& times, const std::vector<std::uint8_t>& types_of,
                 const std::vector<TestType>& types, std::string_view footer) {
  const auto header = [](std::string& out, std::uint32_t time_count, std::uint32_t type_count) {
    out += "TZif2";
    out.append(15, '\0');
    for (std::uint32_t count : {0U, 0U, 0U, time_count, type_count, 4U}) big_endian(out, count, 4);
  };
  std::string out;
  header(out, 0, 1);
  big_endian(out, 0, 4);
  out += std::string("\0\0", 2);
  out += std::string("UTC\0", 4);
  header(out, static_cast<std::uint32_t>(times.size()), static_cast<std::uint32_t>(types.size()));
  for (std::int64_t time : times) big_endian(out, static_cast<std::uint64_t>(time), 8);
  for (std::uint8_t type : types_of) out += static_cast<char>(type);
  for (const TestType& type : types) {
    big_endian(out, static_cast<std::uint32_t>(type.offset), 4);
    out += static_cast<char>(type.is_dst ? 1 : 0);
    out += '\0';
  }
  out += std::string("ABC\0", 4);
  out += '\n';
  out += footer;
  out += '\n';
  return out;
}

// A zone that is nothing but a footer (RFC 8536: with no transitions the footer rules).
std::string footer_only(std::string_view footer) { return tzif({}, {}, {{0, false}}, footer); }

// The C library's offset, with TZ switched here in the test, never in the library.
std::int64_t libc_offset(std::int64_t seconds) {
  const auto instant = static_cast<time_t>(seconds);
  struct tm local {};
  REQUIRE(localtime_r(&instant, &local) != nullptr);
  return local.tm_gmtoff;
}

}  // namespace

TEST_CASE("time zone: the test's own clock") {
  CHECK(utc(1970, 1, 1) == 0);
  CHECK(utc(2024, 3, 31, 1) == 1711846800);
  CHECK(utc(1900, 6, 1) == -2195942400);
}

TEST_CASE("time zone: Europe/Oslo in 2024, to the second") {
  const TimeZone oslo = zone("Europe/Oslo");
  CHECK(oslo.name() == "Europe/Oslo");
  CHECK(oslo.utc_offset_at(utc(2024, 1, 15, 12)) == 3600);
  CHECK(oslo.utc_offset_at(utc(2024, 7, 1, 12)) == 7200);
  // Summer time from 2024-03-31 01:00 UTC (02:00 CET becomes 03:00 CEST) ...
  CHECK(oslo.utc_offset_at(utc(2024, 3, 31, 1) - 1) == 3600);
  CHECK(oslo.utc_offset_at(utc(2024, 3, 31, 1)) == 7200);
  // ... to 2024-10-27 01:00 UTC (03:00 CEST becomes 02:00 CET).
  CHECK(oslo.utc_offset_at(utc(2024, 10, 27, 1) - 1) == 7200);
  CHECK(oslo.utc_offset_at(utc(2024, 10, 27, 1)) == 3600);
}

TEST_CASE("time zone: after the last transition the footer's rule applies") {
  // Debian's files are fat: transitions up to 2037, then "CET-1CEST,M3.5.0,M10.5.0/3".
  const TimeZone oslo = zone("Europe/Oslo");
  CHECK(oslo.utc_offset_at(utc(2045, 1, 15, 12)) == 3600);
  CHECK(oslo.utc_offset_at(utc(2045, 7, 1, 12)) == 7200);
  CHECK(oslo.utc_offset_at(utc(2045, 3, 26, 1) - 1) == 3600);  // last Sunday in March
  CHECK(oslo.utc_offset_at(utc(2045, 3, 26, 1)) == 7200);
  CHECK(oslo.utc_offset_at(utc(2045, 10, 29, 1) - 1) == 7200);  // last Sunday in October
  CHECK(oslo.utc_offset_at(utc(2045, 10, 29, 1)) == 3600);
  // Any 64-bit instant works; 2^63 - 1 s is 2196-12-04 modulo the 400-year cycle: winter.
  CHECK(oslo.utc_offset_at(std::numeric_limits<std::int64_t>::max()) == 3600);
}

TEST_CASE("time zone: before the first transition, local time type 0") {
  // Oslo kept local mean time (+00:43) until 1895, Dubai (+03:41:12) until 1920.
  CHECK(zone("Europe/Oslo").utc_offset_at(utc(1800, 6, 1)) == 43 * 60);
  CHECK(zone("Europe/Oslo").utc_offset_at(utc(1900, 6, 1)) == 3600);
  CHECK(zone("Asia/Dubai").utc_offset_at(utc(1900, 6, 1)) == 3 * k_hour + 41 * 60 + 12);
  CHECK(zone("Asia/Dubai").utc_offset_at(utc(1930, 6, 1)) == 4 * k_hour);
  CHECK(zone("Europe/Oslo").utc_offset_at(std::numeric_limits<std::int64_t>::min()) == 43 * 60);

  // RFC 8536 says type 0 even when it is a daylight-time type (glibc would pick type 1 here).
  const test::TempDir dir;
  dir.write("Test/Dst_First", tzif({0}, {1}, {{7200, true}, {3600, false}}, ""));
  const test::ScopedEnv tzdir("TZDIR", dir.path().string());
  const TimeZone test = zone("Test/Dst_First");
  CHECK(test.utc_offset_at(-1) == 7200);
  CHECK(test.utc_offset_at(0) == 3600);
  CHECK(test.utc_offset_at(utc(2100, 1, 1)) == 3600);  // empty footer: the last type stays
}

TEST_CASE("time zone: America/New_York") {
  const TimeZone new_york = zone("America/New_York");
  CHECK(new_york.utc_offset_at(utc(2024, 1, 15, 12)) == -5 * k_hour);
  CHECK(new_york.utc_offset_at(utc(2024, 7, 1, 12)) == -4 * k_hour);
  CHECK(new_york.utc_offset_at(utc(2024, 3, 10, 7) - 1) == -5 * k_hour);
  CHECK(new_york.utc_offset_at(utc(2024, 3, 10, 7)) == -4 * k_hour);
  CHECK(new_york.utc_offset_at(utc(2024, 11, 3, 6) - 1) == -4 * k_hour);
  CHECK(new_york.utc_offset_at(utc(2024, 11, 3, 6)) == -5 * k_hour);
  CHECK(new_york.utc_offset_at(utc(2045, 3, 12, 7) - 1) == -5 * k_hour);  // footer
  CHECK(new_york.utc_offset_at(utc(2045, 3, 12, 7)) == -4 * k_hour);
  CHECK(new_york.utc_offset_at(utc(2045, 11, 5, 6) - 1) == -4 * k_hour);
  CHECK(new_york.utc_offset_at(utc(2045, 11, 5, 6)) == -5 * k_hour);
}

TEST_CASE("time zone: Australia/Lord_Howe moves its clocks by half an hour") {
  const TimeZone lord_howe = zone("Australia/Lord_Howe");
  constexpr std::int64_t standard = 10 * k_hour + 30 * 60;
  constexpr std::int64_t summer = 11 * k_hour;
  CHECK(lord_howe.utc_offset_at(utc(2024, 1, 15)) == summer);
  CHECK(lord_howe.utc_offset_at(utc(2024, 7, 1)) == standard);
  // 2024-04-07 02:00 +11 and 2024-10-06 02:00 +10:30.
  CHECK(lord_howe.utc_offset_at(utc(2024, 4, 6, 15) - 1) == summer);
  CHECK(lord_howe.utc_offset_at(utc(2024, 4, 6, 15)) == standard);
  CHECK(lord_howe.utc_offset_at(utc(2024, 10, 5, 15, 30) - 1) == standard);
  CHECK(lord_howe.utc_offset_at(utc(2024, 10, 5, 15, 30)) == summer);
  // The footer, "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0", in 2045.
  CHECK(lord_howe.utc_offset_at(utc(2045, 4, 1, 15) - 1) == summer);
  CHECK(lord_howe.utc_offset_at(utc(2045, 4, 1, 15)) == standard);
  CHECK(lord_howe.utc_offset_at(utc(2045, 9, 30, 15, 30) - 1) == standard);
  CHECK(lord_howe.utc_offset_at(utc(2045, 9, 30, 15, 30)) == summer);
}

TEST_CASE("time zone: Asia/Kolkata and UTC have no daylight time") {
  const TimeZone kolkata = zone("Asia/Kolkata");
  const TimeZone utc_zone = zone("UTC");
  for (const std::int64_t at : {utc(2024, 1, 15), utc(2024, 7, 1), utc(2045, 7, 1)}) {
    CAPTURE(at);
    CHECK(kolkata.utc_offset_at(at) == 5 * k_hour + 30 * 60);
    CHECK(utc_zone.utc_offset_at(at) == 0);
  }
  CHECK(zone("Etc/UTC").utc_offset_at(utc(1800, 1, 1)) == 0);
}

TEST_CASE("time zone: southern-hemisphere footers span the new year") {
  // "<-04>4<-03>,M9.1.6/24,M4.1.6/24": from the first Saturday in September at 24:00 to the
  // first Saturday in April at 24:00, local time.
  const TimeZone santiago = zone("America/Santiago");
  CHECK(santiago.utc_offset_at(utc(2045, 1, 15)) == -3 * k_hour);
  CHECK(santiago.utc_offset_at(utc(2045, 7, 1)) == -4 * k_hour);
  CHECK(santiago.utc_offset_at(utc(2045, 4, 2, 3) - 1) == -3 * k_hour);
  CHECK(santiago.utc_offset_at(utc(2045, 4, 2, 3)) == -4 * k_hour);
  CHECK(santiago.utc_offset_at(utc(2045, 9, 3, 4) - 1) == -4 * k_hour);
  CHECK(santiago.utc_offset_at(utc(2045, 9, 3, 4)) == -3 * k_hour);
  CHECK(santiago.utc_offset_at(utc(2045, 12, 31, 23)) == -3 * k_hour);

  // "AEST-10AEDT,M10.1.0,M4.1.0/3".
  const TimeZone sydney = zone("Australia/Sydney");
  CHECK(sydney.utc_offset_at(utc(2045, 4, 1, 16) - 1) == 11 * k_hour);
  CHECK(sydney.utc_offset_at(utc(2045, 4, 1, 16)) == 10 * k_hour);
  CHECK(sydney.utc_offset_at(utc(2045, 9, 30, 16) - 1) == 10 * k_hour);
  CHECK(sydney.utc_offset_at(utc(2045, 9, 30, 16)) == 11 * k_hour);
}

TEST_CASE("time zone: footer rules in their rarer forms") {
  const test::TempDir dir;
  dir.write("Test/Julian", footer_only("AAA0BBB,J60/0,J305/0"));
  dir.write("Test/Zero_Based", footer_only("AAA0BBB,59/0,304/0"));
  dir.write("Test/Negative_Time", footer_only("<-02>2<-01>,M3.5.0/-1,M10.5.0/0"));
  dir.write("Test/All_Year", footer_only("EST5EDT,0/0,J365/25"));
  dir.write("Test/Winter_Dst", footer_only("IST-1GMT0,M10.5.0,M3.5.0/1"));
  dir.write("Test/Long_Hours", footer_only("EET-2EEST,M3.4.4/50,M10.4.4/50"));
  dir.write("Test/Default_Rules", footer_only("EST5EDT"));
  dir.write("Test/Fixed", footer_only("<+0545>-5:45"));
  dir.write("Test/Oslo_Slim", footer_only("CET-1CEST,M3.5.0,M10.5.0/3"));
  const test::ScopedEnv tzdir("TZDIR", dir.path().string());

  SUBCASE("Jn never counts 29 February") {
    const TimeZone julian = zone("Test/Julian");
    CHECK(julian.utc_offset_at(utc(2024, 2, 29, 23, 59, 59)) == 0);
    CHECK(julian.utc_offset_at(utc(2024, 3, 1)) == 3600);
    CHECK(julian.utc_offset_at(utc(2023, 3, 1) - 1) == 0);
    CHECK(julian.utc_offset_at(utc(2023, 3, 1)) == 3600);
    CHECK(julian.utc_offset_at(utc(2024, 10, 31, 23) - 1) == 3600);  // J305 = 1 November
    CHECK(julian.utc_offset_at(utc(2024, 10, 31, 23)) == 0);
  }
  SUBCASE("n counts from 0 and counts 29 February") {
    const TimeZone zero_based = zone("Test/Zero_Based");
    CHECK(zero_based.utc_offset_at(utc(2024, 2, 29) - 1) == 0);  // day 59 = 29 Feb in 2024
    CHECK(zero_based.utc_offset_at(utc(2024, 2, 29)) == 3600);
    CHECK(zero_based.utc_offset_at(utc(2023, 3, 1) - 1) == 0);  // and 1 March in 2023
    CHECK(zero_based.utc_offset_at(utc(2023, 3, 1)) == 3600);
    CHECK(zero_based.utc_offset_at(utc(2024, 10, 30, 23) - 1) == 3600);  // day 304 = 31 Oct
    CHECK(zero_based.utc_offset_at(utc(2024, 10, 30, 23)) == 0);
  }
  SUBCASE("a negative time is the evening before (America/Nuuk)") {
    const TimeZone nuuk = zone("Test/Negative_Time");
    CHECK(nuuk.utc_offset_at(utc(2045, 3, 26, 1) - 1) == -2 * k_hour);
    CHECK(nuuk.utc_offset_at(utc(2045, 3, 26, 1)) == -1 * k_hour);
    CHECK(nuuk.utc_offset_at(utc(2045, 10, 29, 1) - 1) == -1 * k_hour);
    CHECK(nuuk.utc_offset_at(utc(2045, 10, 29, 1)) == -2 * k_hour);
  }
  SUBCASE("daylight time all year (v3)") {
    const TimeZone all_year = zone("Test/All_Year");
    for (const std::int64_t at :
         {utc(2045, 1, 1, 5) - 1, utc(2045, 1, 1, 5), utc(2045, 7, 1), utc(2024, 12, 31, 12)}) {
      CAPTURE(at);
      CHECK(all_year.utc_offset_at(at) == -4 * k_hour);
    }
  }
  SUBCASE("daylight time in winter (Europe/Dublin)") {
    const TimeZone dublin = zone("Test/Winter_Dst");
    CHECK(dublin.utc_offset_at(utc(2045, 1, 15)) == 0);
    CHECK(dublin.utc_offset_at(utc(2045, 3, 26, 1) - 1) == 0);
    CHECK(dublin.utc_offset_at(utc(2045, 3, 26, 1)) == 3600);
    CHECK(dublin.utc_offset_at(utc(2045, 10, 29, 1) - 1) == 3600);
    CHECK(dublin.utc_offset_at(utc(2045, 10, 29, 1)) == 0);
  }
  SUBCASE("hours past 24 (Palestine): Thursday + 50 h is Saturday 02:00") {
    const TimeZone gaza = zone("Test/Long_Hours");
    CHECK(gaza.utc_offset_at(utc(2045, 3, 25) - 1) == 2 * k_hour);  // 4th Thursday: 23 March
    CHECK(gaza.utc_offset_at(utc(2045, 3, 25)) == 3 * k_hour);
  }
  SUBCASE("daylight time without dates falls back to the US rules") {
    const TimeZone us = zone("Test/Default_Rules");
    CHECK(us.utc_offset_at(utc(2045, 3, 12, 7) - 1) == -5 * k_hour);
    CHECK(us.utc_offset_at(utc(2045, 3, 12, 7)) == -4 * k_hour);
  }
  SUBCASE("a fixed offset with minutes") {
    CHECK(zone("Test/Fixed").utc_offset_at(utc(2045, 7, 1)) == 5 * k_hour + 45 * 60);
  }
  SUBCASE("a slim file: no transitions, only the footer, agrees with the fat one") {
    const TimeZone slim = zone("Test/Oslo_Slim");
    const test::ScopedEnv system("TZDIR", std::nullopt);
    const TimeZone oslo = zone("Europe/Oslo");
    for (std::int64_t at = utc(2024, 1, 1); at < utc(2025, 1, 1); at += k_hour) {
      if (slim.utc_offset_at(at) != oslo.utc_offset_at(at)) {
        FAIL_CHECK("differs at " << at);
        break;
      }
    }
  }
}

TEST_CASE("time zone: names that are not zones") {
  for (const char* name : {"../etc/passwd", "/etc/localtime", "Nowhere/City", "", "Europe",
                           "Europe/../Europe/Oslo", "Europe//Oslo", "Europe/Oslo/", "zone.tab",
                           "Europe/Oslo ", "Europe/Oslo\n", "posixrules\\"}) {
    CAPTURE(name);
    const auto loaded = TimeZone::load(name);
    CHECK_FALSE(loaded);
  }
  CHECK(TimeZone::load("../etc/passwd").error() == "\"../etc/passwd\" is not a time zone name");
  CHECK(TimeZone::load("").error() == "\"\" is not a time zone name");
  const test::ScopedEnv tzdir("TZDIR", std::nullopt);
  CHECK(TimeZone::load("Nowhere/City").error() ==
        "no time zone \"Nowhere/City\" in /usr/share/zoneinfo");
  CHECK(TimeZone::load("Europe").error() == "no time zone \"Europe\" in /usr/share/zoneinfo");
  CHECK(TimeZone::load("Etc/GMT+5"));  // '+' and '-' are part of real names
  CHECK(TimeZone::load("America/Port-au-Prince"));
}

TEST_CASE("time zone: TZDIR, and files that are not TZif") {
  const test::TempDir dir;
  const std::string oslo = read_system_zone("Europe/Oslo");
  dir.write("Test/Kolkata", read_system_zone("Asia/Kolkata"));
  dir.write("Test/Text", "not a zone file\n");
  dir.write("Test/Empty", "");
  dir.write("Test/Truncated", oslo.substr(0, 1000));
  dir.write("Test/No_Footer", oslo.substr(0, oslo.size() - 28));  // "\nCET-1CEST,...\n" cut
  dir.write("Test/Bad_Footer", footer_only("CET-1CEST,M13.5.0,M10.5.0/3"));
  std::string huge = oslo;
  huge.resize(1024 * 1024 + 1, '\0');
  dir.write("Test/Huge", huge);
  const test::ScopedEnv tzdir("TZDIR", dir.path().string());

  CHECK(zone("Test/Kolkata").utc_offset_at(utc(2024, 7, 1)) == 5 * k_hour + 30 * 60);
  CHECK_FALSE(TimeZone::load("Europe/Oslo"));  // only TZDIR is searched
  const auto error = [](const char* name) {
    const auto loaded = TimeZone::load(name);
    REQUIRE_FALSE(loaded);
    return loaded.error();
  };
  const std::string prefix = dir.path().string() + "/Test/";
  CHECK(error("Test/Text") == prefix + "Text is not a TZif zone file: no TZif header");
  CHECK(error("Test/Empty") == prefix + "Empty is not a TZif zone file: no TZif header");
  CHECK(error("Test/Truncated") == prefix + "Truncated is not a TZif zone file: truncated");
  CHECK(error("Test/No_Footer") == prefix + "No_Footer is not a TZif zone file: no footer");
  CHECK(error("Test/Bad_Footer") == prefix +
                                        "Bad_Footer is not a TZif zone file: unreadable TZ string "
                                        "\"CET-1CEST,M13.5.0,M10.5.0/3\"");
  CHECK(error("Test/Huge") == prefix + "Huge is larger than 1 MB, not a zone file");
}

TEST_CASE("time zone: a version 1 file is read from its 32-bit block") {
  std::string v1 = read_system_zone("Europe/Oslo");
  v1[4] = '\0';  // the first block stays; the rest is now ignored as trailing data
  const test::TempDir dir;
  dir.write("Test/Version_1", v1);
  const test::ScopedEnv tzdir("TZDIR", dir.path().string());
  const TimeZone oslo = zone("Test/Version_1");
  CHECK(oslo.utc_offset_at(utc(2024, 3, 31, 1) - 1) == 3600);
  CHECK(oslo.utc_offset_at(utc(2024, 3, 31, 1)) == 7200);
  // 32-bit times start in December 1901, where zic puts a transition to CET; before it the
  // block knows only type 0, LMT, although Oslo has used CET since 1895. One reason to prefer
  // the 64-bit block.
  CHECK(oslo.utc_offset_at(utc(1900, 6, 1)) == 43 * 60);
  CHECK(oslo.utc_offset_at(-2147483648) == 3600);
}

TEST_CASE("time zone: right/ zones count leap seconds, our instants do not") {
  if (!std::filesystem::exists("/usr/share/zoneinfo/right/Europe/Oslo")) return;
  const test::ScopedEnv tzdir("TZDIR", std::nullopt);
  const TimeZone right = zone("right/Europe/Oslo");
  CHECK(right.utc_offset_at(utc(2024, 3, 31, 1) - 1) == 3600);  // not 27 s later
  CHECK(right.utc_offset_at(utc(2024, 3, 31, 1)) == 7200);
  CHECK(right.utc_offset_at(utc(2045, 3, 26, 1)) == 7200);
}

TEST_CASE("time zone: the machine's zone") {
  SUBCASE("TZ names a zone file, with or without ':'") {
    const test::ScopedEnv tzdir("TZDIR", std::nullopt);
    {
      const test::ScopedEnv tz("TZ", "Europe/Oslo");
      CHECK(TimeZone::machine_zone_name() == std::optional<std::string>("Europe/Oslo"));
    }
    const test::ScopedEnv tz("TZ", ":Asia/Tokyo");
    CHECK(TimeZone::machine_zone_name() == std::optional<std::string>("Asia/Tokyo"));
  }
  SUBCASE("no zone database: nothing names a zone") {
    const test::TempDir empty;
    const test::ScopedEnv tzdir("TZDIR", empty.path().string());
    const test::ScopedEnv tz("TZ", "Europe/Oslo");
    CHECK(TimeZone::machine_zone_name() == std::nullopt);
  }
  SUBCASE("a POSIX rule in TZ is not a name: the system's files decide") {
    const test::ScopedEnv tzdir("TZDIR", std::nullopt);
    const test::ScopedEnv tz("TZ", "XST-3XDT,M3.5.0,M10.5.0");
    std::optional<std::string> from_system;
    {
      const test::ScopedEnv unset("TZ", std::nullopt);
      from_system = TimeZone::machine_zone_name();
    }
    CHECK(TimeZone::machine_zone_name() == from_system);
    if (from_system) CHECK(TimeZone::load(*from_system));
  }
}

TEST_CASE("time zone: agrees with the C library for every hour of 2024 and 2045") {
  // 2024 is inside the fat files' tables, 2045 is footer territory.
  const test::ScopedEnv tzdir("TZDIR", std::nullopt);
  for (const char* name :
       {"Europe/Oslo", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC",
        "America/Santiago", "Australia/Sydney", "Europe/Dublin", "America/Nuuk", "Asia/Gaza",
        "Pacific/Chatham", "America/St_Johns", "Africa/Casablanca", "Antarctica/Troll"}) {
    CAPTURE(name);
    const TimeZone ours = zone(name);
    const test::ScopedEnv tz("TZ", std::string(":") + name);
    tzset();
    int mismatches = 0;
    int checked = 0;
    for (const int year : {2024, 2045}) {
      for (std::int64_t at = utc(year, 1, 1); at < utc(year + 1, 1, 1); at += k_hour) {
        ++checked;
        if (ours.utc_offset_at(at) != libc_offset(at) && ++mismatches <= 3) {
          FAIL_CHECK(name << " at " << at << ": ours " << ours.utc_offset_at(at) << ", libc "
                          << libc_offset(at));
        }
      }
    }
    CHECK(checked == (366 + 365) * 24);
    CHECK(mismatches == 0);
  }
  tzset();  // the test::ScopedEnv restored TZ; let the C library see it again
}

TEST_CASE("time zone: threads share nothing but the answers") {
  const test::ScopedEnv tzdir("TZDIR", std::nullopt);
  const std::vector<std::string> names = {"Europe/Oslo", "America/New_York", "Australia/Lord_Howe",
                                          "America/Santiago"};
  // Every hour of 2024 (the table) and 2045 (the footer).
  const auto offsets = [](const TimeZone& zone) {
    std::vector<std::int64_t> out;
    for (const int year : {2024, 2045}) {
      for (std::int64_t at = utc(year, 1, 1); at < utc(year + 1, 1, 1); at += k_hour) {
        out.push_back(zone.utc_offset_at(at));
      }
    }
    return out;
  };
  std::vector<TimeZone> zones;
  std::vector<std::vector<std::int64_t>> expected;
  for (const std::string& name : names) {
    zones.push_back(zone(name));
    expected.push_back(offsets(zones.back()));
  }
  const TimeZone shared = zone("Europe/Oslo");
  std::vector<std::vector<std::int64_t>> own(names.size());
  std::vector<std::vector<std::int64_t>> from_shared(names.size());
  std::vector<int> loaded(names.size());  // not vector<bool>: its bits share bytes
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < names.size(); ++i) {
    threads.emplace_back([&, i] {
      const auto zone = TimeZone::load(names[i]);  // loading concurrently, too
      loaded[i] = zone.has_value() ? 1 : 0;
      if (zone) own[i] = offsets(*zone);
      from_shared[i] = offsets(shared);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (std::size_t i = 0; i < names.size(); ++i) {
    CAPTURE(names[i]);
    CHECK(loaded[i] == 1);
    CHECK(own[i] == expected[i]);
    CHECK(from_shared[i] == expected[0]);
  }
  CHECK(expected[0] != expected[1]);  // the zones really differ
}

TEST_CASE("time zone: local time types keep their daylight flag and designation") {
  const TimeZone oslo = zone("Europe/Oslo");
  CHECK(oslo.type_at(utc(2024, 1, 15)) == LocalTimeType{3600, false, "CET"});
  CHECK(oslo.type_at(utc(2024, 7, 1)) == LocalTimeType{7200, true, "CEST"});
  CHECK(oslo.type_at(utc(1800, 1, 1)) == LocalTimeType{43 * 60, false, "LMT"});
  // From the footer's rule, whose names are the designations: "CET-1CEST,M3.5.0,M10.5.0/3".
  CHECK(oslo.type_at(utc(2045, 1, 15)) == LocalTimeType{3600, false, "CET"});
  CHECK(oslo.type_at(utc(2045, 7, 1)) == LocalTimeType{7200, true, "CEST"});
  // Quoted names lose their angle brackets: "<-04>4<-03>,M9.1.6/24,M4.1.6/24".
  CHECK(zone("America/Santiago").type_at(utc(2045, 7, 1)) ==
        LocalTimeType{-4 * 3600, false, "-04"});
  CHECK(zone("America/Santiago").type_at(utc(2045, 1, 15)) ==
        LocalTimeType{-3 * 3600, true, "-03"});
}

TEST_CASE("time zone: the changes in a period, from the table and from the footer") {
  const TimeZone oslo = zone("Europe/Oslo");
  const LocalTimeType cet{3600, false, "CET"};
  const LocalTimeType cest{7200, true, "CEST"};
  for (const int year : {2024, 2045}) {  // 2045 is past the table: the footer's rule
    CAPTURE(year);
    const auto changes = oslo.transitions(utc(year, 1, 1), utc(year + 1, 1, 1));
    REQUIRE(changes.size() == 2);
    const unsigned spring = year == 2024 ? 31 : 26;  // last Sundays of March and October
    const unsigned autumn = year == 2024 ? 27 : 29;
    CHECK(changes[0].at == utc(year, 3, spring, 1));
    CHECK(changes[0].before == cet);
    CHECK(changes[0].after == cest);
    CHECK(changes[1].at == utc(year, 10, autumn, 1));
    CHECK(changes[1].before == cest);
    CHECK(changes[1].after == cet);
  }
  // The period is half-open, and a change at `from` is in it.
  CHECK(oslo.transitions(utc(2024, 3, 31, 1), utc(2024, 10, 27, 1)).size() == 1);
  CHECK(oslo.transitions(utc(2024, 3, 31, 1) + 1, utc(2024, 10, 27, 1) + 1).size() == 1);
  CHECK(oslo.transitions(utc(2024, 4, 1), utc(2024, 4, 1)).empty());
  // The table ends in 2037 and the footer takes over without a seam: one change per season.
  const auto seam = oslo.transitions(utc(2036, 1, 1), utc(2040, 1, 1));
  CHECK(seam.size() == 8);
  for (std::size_t i = 1; i < seam.size(); ++i) {
    CHECK(seam[i - 1].at < seam[i].at);
    CHECK(seam[i - 1].after == seam[i].before);
  }
  // Southern hemisphere: summer time spans the new year.
  const auto sydney = zone("Australia/Sydney").transitions(utc(2045, 1, 1), utc(2046, 1, 1));
  REQUIRE(sydney.size() == 2);
  CHECK(sydney[0].after == LocalTimeType{10 * 3600, false, "AEST"});
  CHECK(sydney[1].after == LocalTimeType{11 * 3600, true, "AEDT"});
  CHECK(zone("UTC").transitions(utc(1900, 1, 1), utc(2100, 1, 1)).empty());
  CHECK(zone("Asia/Tokyo").transitions(utc(1990, 1, 1), utc(2100, 1, 1)).empty());
}

TEST_CASE("time zone: the last change before an instant") {
  const TimeZone oslo = zone("Europe/Oslo");
  const auto autumn = oslo.last_transition_before(utc(2024, 12, 1));
  REQUIRE(autumn);
  CHECK(autumn->at == utc(2024, 10, 27, 1));
  CHECK(autumn->after.designation == "CET");
  // Past the table, from the footer's rule: the autumn of 2044.
  const auto later = oslo.last_transition_before(utc(2045, 1, 1));
  REQUIRE(later);
  CHECK(later->at == utc(2044, 10, 30, 1));
  // "Before" is strict.
  CHECK(oslo.last_transition_before(utc(2024, 10, 27, 1))->at == utc(2024, 3, 31, 1));
  // Tokyo has kept JST since its last summer time ended in September 1951.
  const auto tokyo = zone("Asia/Tokyo").last_transition_before(utc(2020, 1, 1));
  REQUIRE(tokyo);
  CHECK(tokyo->at == utc(1951, 9, 8, 15));
  CHECK(tokyo->after == LocalTimeType{9 * 3600, false, "JST"});
  CHECK_FALSE(zone("UTC").last_transition_before(utc(2020, 1, 1)));
  CHECK_FALSE(oslo.last_transition_before(utc(1800, 1, 1)));
}

TEST_CASE("time zone: names for records: shape, the database's lists, suggestions") {
  CHECK(TimeZone::is_name("Europe/Oslo"));
  CHECK(TimeZone::is_name("Etc/GMT+1"));
  CHECK(TimeZone::is_name("America/Argentina/Buenos_Aires"));
  for (const char* bad :
       {"", "/Europe/Oslo", "Europe/", "Europe//Oslo", "Europe/Oslo ", "../x", "a.b"}) {
    CAPTURE(bad);
    CHECK_FALSE(TimeZone::is_name(bad));
  }
  for (const char* name : {"localtime", "posixrules"}) {
    CAPTURE(name);
    CHECK(TimeZone::is_machine_dependent(name));
    CHECK(TimeZone::load(name).error() ==
          "\"" + std::string(name) +
              "\" is whatever zone a machine is set to, not a time zone name");
  }
  CHECK_FALSE(TimeZone::is_machine_dependent("Europe/Oslo"));

  const std::vector<std::string> names = TimeZone::listed_names();
  CHECK(std::is_sorted(names.begin(), names.end()));
  CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
  CHECK(std::binary_search(names.begin(), names.end(), "Europe/Oslo"));
  CHECK(std::binary_search(names.begin(), names.end(), "UTC"));
  CHECK(names.size() > 300);
  for (const std::string& name : names) {
    if (!TimeZone::load(name)) FAIL_CHECK(name << " is listed but does not load");
  }

  CHECK(TimeZone::nearest_name("Europe/Olso") == "Europe/Oslo");
  CHECK(TimeZone::nearest_name("europe/oslo") == "Europe/Oslo");
  CHECK(TimeZone::nearest_name("Oslo") == "Europe/Oslo");
  CHECK(TimeZone::nearest_name("new_york") == "America/New_York");
  CHECK(TimeZone::nearest_name("Mars/Olympus_Mons") == "");

  // loads() remembers a zone per database: asked twice, and asked of another database.
  CHECK(TimeZone::loads("Europe/Oslo"));
  CHECK(TimeZone::loads("Europe/Oslo"));
  CHECK_FALSE(TimeZone::loads("Nowhere/City"));
  CHECK_FALSE(TimeZone::loads("localtime"));

  // Without the lists only UTC is known.
  const test::TempDir empty;
  const test::ScopedEnv tzdir("TZDIR", empty.path().string());
  CHECK_FALSE(TimeZone::loads("Europe/Oslo"));
  CHECK(TimeZone::listed_names() == std::vector<std::string>{"UTC"});
  CHECK(TimeZone::database() == empty.path());
  CHECK(TimeZone::nearest_name("Europe/Olso") == "");
}
