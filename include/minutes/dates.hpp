#pragma once

#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "minutes/model.hpp"

namespace minutes {

enum class DateProblem { shape, calendar };

struct DateError {
  DateProblem problem;
  std::string reason;  // for calendar problems: why the date does not exist
};

// "YYYY-MM-DD", ASCII digits, a real calendar date (leap years included).
tl::expected<Date, DateError> parse_date(std::string_view text);
// "HH:MM", 24-hour clock.
tl::expected<Time, std::string> parse_time(std::string_view text);

std::string format_date(const Date& date);  // ISO 8601
std::string format_time(const Time& time);  // HH:MM

}  // namespace minutes
