#include "minutes/dates.hpp"

#include <doctest/doctest.h>

#include <string>

#include "minutes/model.hpp"

using minutes::Date;
using minutes::Time;
using minutes::DateProblem;
using minutes::parse_date;
using minutes::parse_time;

namespace {

// Why `text` is not a calendar date (fails the test if it is one, or if it has the wrong shape).
std::string calendar_reason(std::string_view text) {
  const auto date = parse_date(text);
  REQUIRE_FALSE(date.has_value());
  CHECK(date.error().problem == DateProblem::calendar);
  return date.error().reason;
}

bool is_shape_error(std::string_view text) {
  const auto date = parse_date(text);
  return !date && date.error().problem == DateProblem::shape && date.error().reason.empty();
}

}  // namespace

TEST_CASE("parse_date reads real calendar dates") {
  CHECK(parse_date("2020-02-25") == Date{2020, 2, 25});
  CHECK(parse_date("2020-02-29") == Date{2020, 2, 29});  // divisible by 4
  CHECK(parse_date("2000-02-29") == Date{2000, 2, 29});  // divisible by 400
  CHECK(parse_date("2024-04-30") == Date{2024, 4, 30});
  CHECK(parse_date("2024-12-31") == Date{2024, 12, 31});
  CHECK(parse_date("0001-01-01") == Date{1, 1, 1});
  CHECK(parse_date("9999-12-31") == Date{9999, 12, 31});
}

TEST_CASE("parse_date says why a well-formed date does not exist") {
  CHECK(calendar_reason("2021-02-29") == "February 2021 has 28 days");
  CHECK(calendar_reason("1900-02-29") == "February 1900 has 28 days");  // divisible by 100
  CHECK(calendar_reason("2020-02-30") == "February 2020 has 29 days");
  CHECK(calendar_reason("2024-04-31") == "April 2024 has 30 days");
  CHECK(calendar_reason("2024-01-32") == "January 2024 has 31 days");
  CHECK(calendar_reason("2024-01-00") == "January 2024 has 31 days");
  CHECK(calendar_reason("2020-13-01") == "there is no month 13");
  CHECK(calendar_reason("2020-00-10") == "there is no month 0");
  CHECK(calendar_reason("0000-01-01") == "there is no year 0");
}

TEST_CASE("parse_date wants YYYY-MM-DD in ASCII digits") {
  for (const char* text : {"２０２０-01-01",  // full-width digits
                           "2020-1-1", "2020-01-1", "25.02.2020", "2020/02/25", "20200225",
                           "2020-02-25 ", " 2020-02-25", "2020-02-25T10:00", "+020-01-01",
                           "2020-0a-01", "next friday", "", "-2020-01-01"}) {
    INFO("date: \"", text, "\"");
    CHECK(is_shape_error(text));
  }
}

TEST_CASE("is_leap_year and days_in_month") {
  CHECK(minutes::is_leap_year(2024));
  CHECK(minutes::is_leap_year(2000));
  CHECK_FALSE(minutes::is_leap_year(1900));
  CHECK_FALSE(minutes::is_leap_year(2023));
  CHECK(minutes::days_in_month(2024, 2) == 29);
  CHECK(minutes::days_in_month(2023, 2) == 28);
  CHECK(minutes::days_in_month(2023, 9) == 30);
  CHECK(minutes::days_in_month(2023, 12) == 31);
  CHECK(minutes::days_in_month(2023, 0) == 0);
  CHECK(minutes::days_in_month(2023, 13) == 0);
}

TEST_CASE("parse_time reads HH:MM on a 24-hour clock") {
  CHECK(parse_time("00:00") == Time{0, 0});
  CHECK(parse_time("18:30") == Time{18, 30});
  CHECK(parse_time("23:59") == Time{23, 59});
  for (const char* text : {"24:00", "23:60", "7:00", "07:0", "18.00", "18:00:00", "1800", "18h00",
                           "", "ab:cd", "-1:00", "１８:００"}) {
    INFO("time: \"", text, "\"");
    const auto time = parse_time(text);
    REQUIRE_FALSE(time.has_value());
    CHECK(time.error() == "expected a time like 18:00");
  }
}

TEST_CASE("format_date and format_time write ISO 8601") {
  CHECK(minutes::format_date(Date{2020, 3, 4}) == "2020-03-04");
  CHECK(minutes::format_date(Date{33, 12, 31}) == "0033-12-31");
  CHECK(minutes::format_time(Time{9, 5}) == "09:05");
}
