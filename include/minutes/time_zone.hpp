#pragma once

// A time zone read from a compiled zone file (TZif, RFC 8536) of the system's tzdata.
//
// Why not the C library: localtime_r only knows the zone named by TZ, which is process-global
// state; switching it with setenv + tzset races with every other thread that reads the
// environment or local time. A TimeZone is loaded once and is immutable afterwards, so any
// number of threads may share one.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

namespace minutes {
namespace detail {

// A POSIX TZ rule date ("M3.5.0/3", "J60", "59/-1"): when in a year a change happens.
struct TzRuleDate {
  enum class Kind { julian_no_leap, zero_based, month_week_day };
  Kind kind = Kind::month_week_day;
  int day = 0;                   // Jn: 1-365; n: 0-365; Mm.w.d: d, the weekday (0 = Sunday)
  int month = 0;                 // Mm.w.d only
  int week = 0;                  // Mm.w.d only: 1-5, 5 = the last
  std::int32_t time = 2 * 3600;  // seconds after local midnight, -167 h to 167 h (TZif v3)
};

// A TZ string as in a TZif footer ("CET-1CEST,M3.5.0,M10.5.0/3"). Offsets are east positive,
// the opposite of how TZ strings write them.
struct TzRule {
  std::string std_name;  // the designations, "CET" and "CEST" (without <> when quoted)
  std::string dst_name;
  std::int32_t std_offset = 0;
  std::optional<std::int32_t> dst_offset;
  TzRuleDate dst_start;  // in local standard time
  TzRuleDate dst_end;    // in local daylight time
};

}  // namespace detail

// What a zone's clocks show for a while: the offset east of UTC in seconds, whether it is
// daylight saving time, and the designation ("CEST").
struct LocalTimeType {
  std::int32_t offset = 0;
  bool is_dst = false;
  std::string designation;
  bool operator==(const LocalTimeType&) const = default;
};

// A change of local time type at a UTC instant (seconds since the epoch).
struct ZoneTransition {
  std::int64_t at = 0;
  LocalTimeType before;
  LocalTimeType after;
};

class TimeZone {
 public:
  // A zone by IANA name ("Europe/Oslo") from $TZDIR or /usr/share/zoneinfo. The error (as text)
  // says why: a name that is not a zone name (absolute, "..", empty, characters outside
  // [A-Za-z0-9/_+-]), no such file, or a file that is not TZif.
  static tl::expected<TimeZone, std::string> load(std::string_view name);

  // The machine's zone name: TZ when it names a zone file (":Europe/Oslo" or "Europe/Oslo"),
  // else /etc/timezone, else the target of the /etc/localtime symlink under zoneinfo/; nullopt
  // when none of them names a zone that loads.
  static std::optional<std::string> machine_zone_name();

  // Whether load(name) succeeds, remembered per database and name once it has: validation asks
  // for the same zone in record after record. Safe to call from any thread.
  static bool loads(std::string_view name);

  // The shape of a zone name: parts of [A-Za-z0-9_+-] joined by single '/' ("Europe/Oslo",
  // "Etc/GMT+1"). Whether such a zone exists is for load() to say.
  static bool is_name(std::string_view name);

  // "localtime" and "posixrules": files in Debian's database that stand for whatever zone a
  // machine is set to. load() refuses them: such a name means another zone on every machine.
  static bool is_machine_dependent(std::string_view name);

  // Where zones are read from: $TZDIR, else /usr/share/zoneinfo.
  static std::filesystem::path database();

  // "UTC" and the zone names the database lists (zone1970.tab and zone.tab), sorted: the
  // candidates of a suggestion for a misspelt name.
  static std::vector<std::string> listed_names();

  // The listed name a misspelt one most likely means ("Europe/Olso", "europe/oslo" and "Oslo"
  // all give "Europe/Oslo"), or "" when none is close.
  static std::string nearest_name(std::string_view name);

  const std::string& name() const { return m_name; }

  // The UTC offset in seconds in effect at a UTC instant (seconds since the epoch, without leap
  // seconds). Defined for every instant: between the file's transitions by them, before the
  // first one by local time type 0 (RFC 8536), from the last one on by the TZ string in the
  // file's footer, so that 2045 works although fat files list transitions only up to 2037.
  std::int64_t utc_offset_at(std::int64_t utc_seconds) const;

  // The local time type in effect at a UTC instant, by the same rules as utc_offset_at.
  LocalTimeType type_at(std::int64_t utc_seconds) const;

  // Every change of local time type at an instant in [from, until), in order: the file's
  // transitions, then those of the footer's rule. A transition of the file that changes
  // nothing (the same offset, flag and designation) is left out.
  std::vector<ZoneTransition> transitions(std::int64_t from, std::int64_t until) const;

  // The last change of local time type before `until`, if the zone ever changed before it.
  std::optional<ZoneTransition> last_transition_before(std::int64_t until) const;

 private:
  TimeZone() = default;
  static tl::expected<TimeZone, std::string> from_tzif(std::string name, std::string_view bytes);

  std::string m_name;
  std::vector<std::int64_t> m_transitions;  // UTC seconds, strictly increasing
  std::vector<std::uint8_t> m_types;        // the type from each transition on
  std::vector<LocalTimeType> m_type_table;  // the file's types; type 0 holds before the first
  std::optional<detail::TzRule> m_rule;     // after the last one (none: keep the last offset)
};

}  // namespace minutes
