// VTIMEZONE from tzdata. Clients do not look zone names up (RFC 5545 3.2.19: TZID is only a
// key into the file's own VTIMEZONEs), so the file has to say when the zone's offset changes.
// We list the changes themselves, one observance each, instead of deriving RRULEs from them:
// a rule would have to be recognised in the transitions, and a zone that changed its rules
// within the years covered would need several; listed onsets are always exactly tzdata's.
//
// Each observance's DTSTART is the local time of the change as the clock showed it just before
// (the offset before, RFC 5545: "the effective onset date and local time"), so the spring
// change in Oslo, 01:00 UTC, is DTSTART 02:00 with TZOFFSETFROM +0100 and TZOFFSETTO +0200.
#include "emit/vtimezone.hpp"

#include <chrono>
#include <cstdlib>

#include <fmt/format.h>

namespace minutes {
namespace {

constexpr std::int64_t k_day = 86400;

std::int64_t start_of_year_utc(int year) {
  using namespace std::chrono;
  const sys_days day = std::chrono::year{year} / January / 1;
  return std::int64_t{day.time_since_epoch().count()} * k_day;
}

// "20200329T020000": the wall-clock reading of a UTC instant at `offset`.
std::string local_date_time(std::int64_t utc_seconds, std::int32_t offset) {
  using namespace std::chrono;
  const sys_seconds instant{seconds{utc_seconds + offset}};
  const sys_days day = floor<days>(instant);
  const year_month_day date{day};
  const hh_mm_ss<seconds> time{instant - day};
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}", static_cast<int>(date.year()),
                     unsigned{date.month()}, unsigned{date.day()}, time.hours().count(),
                     time.minutes().count(), time.seconds().count());
}

void observance(std::vector<std::string>& out, const std::string& onset, const LocalTimeType& from,
                const LocalTimeType& to) {
  const char* kind = to.is_dst ? "DAYLIGHT" : "STANDARD";
  out.push_back(fmt::format("BEGIN:{}", kind));
  out.push_back("DTSTART:" + onset);
  out.push_back("TZOFFSETFROM:" + utc_offset_text(from.offset));
  out.push_back("TZOFFSETTO:" + utc_offset_text(to.offset));
  // Designations are [A-Za-z0-9+-] (TZif and POSIX both say so): nothing to escape.
  if (!to.designation.empty()) out.push_back("TZNAME:" + to.designation);
  out.push_back(fmt::format("END:{}", kind));
}

}  // namespace

std::string utc_offset_text(std::int32_t seconds) {
  const char sign = seconds < 0 ? '-' : '+';
  const std::int32_t size = std::abs(seconds);
  std::string text = fmt::format("{}{:02}{:02}", sign, size / 3600, size / 60 % 60);
  if (size % 60 != 0) text += fmt::format("{:02}", size % 60);
  return text;
}

std::vector<std::string> vtimezone_lines(const TimeZone& zone, int first_year, int last_year) {
  // A day either side: whatever the offset, a local time of the years falls inside.
  const std::int64_t from = start_of_year_utc(first_year) - k_day;
  const std::int64_t until = start_of_year_utc(last_year + 1) + k_day;
  std::vector<std::string> out{"BEGIN:VTIMEZONE", "TZID:" + zone.name()};
  if (const auto began = zone.last_transition_before(from + 1)) {
    observance(out, local_date_time(began->at, began->before.offset), began->before, began->after);
  } else {
    // The zone has kept this type since its data begins: say so from the first local midnight
    // of the years, the earliest time the calendar needs.
    const LocalTimeType always = zone.type_at(from);
    observance(out, local_date_time(start_of_year_utc(first_year) - always.offset, always.offset),
               always, always);
  }
  for (const ZoneTransition& change : zone.transitions(from + 1, until)) {
    observance(out, local_date_time(change.at, change.before.offset), change.before, change.after);
  }
  out.push_back("END:VTIMEZONE");
  return out;
}

}  // namespace minutes
