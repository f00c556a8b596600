#pragma once

// VTIMEZONE (RFC 5545, 3.6.5) from a zone's TZif data, for the iCalendar emitter.

#include <cstdint>
#include <string>
#include <vector>

#include "minutes/time_zone.hpp"

namespace minutes {

// The content lines of one VTIMEZONE, unfolded and without line ends ("TZID:Europe/Oslo"),
// correct for every local time from 1 January of `first_year` to 31 December of `last_year`:
// the observance in effect when `first_year` begins, with the instant it began, then one
// STANDARD or DAYLIGHT component for each change up to the end of `last_year`. Each lists a
// single onset (DTSTART, no RRULE), so what a client reads is what tzdata says, year by year.
std::vector<std::string> vtimezone_lines(const TimeZone& zone, int first_year, int last_year);

// "+0100", "-0330", "+004308" (seconds only when there are some): TZOFFSETFROM/TZOFFSETTO.
std::string utc_offset_text(std::int32_t seconds);

}  // namespace minutes
