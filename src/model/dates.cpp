#include "minutes/dates.hpp"

#include <array>

#include <fmt/format.h>

#include "minutes/translate.hpp"

namespace minutes {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> k_days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : k_days[static_cast<std::size_t>(month - 1)];
}

namespace {

bool read_digits(std::string_view text, std::size_t at, std::size_t count, int& value) {
  value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  return true;
}

// Translated where they are used, in "February 2021 has 28 days".
constexpr std::array<const char*, 12> k_month_names{
    tr_noop("January"),   tr_noop("February"), tr_noop("March"),    tr_noop("April"),
    tr_noop("May"),       tr_noop("June"),     tr_noop("July"),     tr_noop("August"),
    tr_noop("September"), tr_noop("October"),  tr_noop("November"), tr_noop("December")};

}  // namespace

tl::expected<Date, DateError> parse_date(std::string_view text) {
  Date date;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      !read_digits(text, 0, 4, date.year) || !read_digits(text, 5, 2, date.month) ||
      !read_digits(text, 8, 2, date.day)) {
    return tl::unexpected(DateError{DateProblem::shape, {}});
  }
  if (date.year < 1) {
    return tl::unexpected(DateError{DateProblem::calendar, tr("there is no year 0")});
  }
  if (date.month < 1 || date.month > 12) {
    return tl::unexpected(
        DateError{DateProblem::calendar, tr_format("there is no month {}", date.month)});
  }
  const int last_day = days_in_month(date.year, date.month);
  if (date.day < 1 || date.day > last_day) {
    return tl::unexpected(
        DateError{DateProblem::calendar,
                  // TRANSLATORS: {0} is a month's name, {1} a year, {2} the number of days:
                  // "February 2021 has 28 days".
                  tr_format("{0} {1} has {2} days",
                            tr(k_month_names[static_cast<std::size_t>(date.month - 1)]), date.year,
                            last_day)});
  }
  return date;
}

tl::expected<Time, std::string> parse_time(std::string_view text) {
  Time time;
  if (text.size() != 5 || text[2] != ':' || !read_digits(text, 0, 2, time.hour) ||
      !read_digits(text, 3, 2, time.minute) || time.hour > 23 || time.minute > 59) {
    return tl::unexpected(std::string(tr("expected a time like 18:00")));
  }
  return time;
}

std::string format_date(const Date& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

std::string format_time(const Time& time) { return fmt::format("{:02}:{:02}", time.hour, time.minute); }

}  // namespace minutes
