// iCalendar (RFC 5545): what a record asks people to put in their calendars. One VCALENDAR per
// record, with a VEVENT for the next meeting and a VTODO for each open action that has a due
// date. `minutes actions -t ics` writes the open actions of the register through the same
// Calendar (write_actions_ics), keyed by the meeting that first raised each action, so both
// agree on UIDs. A calendar with nothing in it is still written, as an empty VCALENDAR: a
// nightly export must not fail on a day without deadlines. (RFC 5545's grammar asks for at
// least one component; the readers we test with, python3-icalendar and khal, take the empty
// calendar as what it is.)
//
// Times. A record's times are wall-clock times where the meeting is held. RFC 5545 can say
// that in two ways, and we use both:
//   - with a zone (the record's `timezone`, else `render --tz`): DTSTART;TZID=Europe/Oslo:…
//     plus a VTIMEZONE for the zone, built from tzdata (vtimezone.cpp), since clients read
//     offsets from the file, not from their own database;
//   - without one: floating time (form #1, no `Z`, no TZID), "18:00 wherever you are".
// Never UTC converted from the machine's zone: the output must not depend on where minutes
// runs (a CI runner in UTC used to move an Oslo meeting by an hour). The machine's TZ is not
// read at all. A meeting without a start time is an all-day event (DTSTART;VALUE=DATE, DTEND
// the day after); an end before the start means the meeting runs past midnight. Due dates
// are dates (DUE;VALUE=DATE), which have no zone.
//
// Identity. UIDs must survive a corrected title, so they come from what identifies the
// meeting, not from how it is described: its date, its start time and its organizer (either
// may be empty), then the component kind and the action's id (or its position when it has
// none), hashed with FNV-1a 64. A source file name would be a worse key: the same file given
// as `a.yaml` and `./a.yaml`, or two records read from stdin, would change or collide.
// SEQUENCE is the record's `revision` when it gives one (no SEQUENCE line, i.e. 0, otherwise);
// a to-do from the register takes the revision of the record whose version it shows.
//
// DTSTAMP. SOURCE_DATE_EPOCH (whole seconds since 1970, reproducible-builds.org) when it is set
// and not empty; a malformed value is an error, as that specification asks. Otherwise the
// meeting's date at 00:00 UTC, so that repeated exports are byte-identical: DTSTAMP only has to
// say when the object was created, and the minutes exist from the meeting on.
//
// Text. TEXT values escape `\`, `;`, `,` and newlines (`\n`); other control characters are
// not allowed in TEXT and are dropped. Content lines are folded at 75 octets (not
// characters), never inside a UTF-8 sequence; continuation lines start with one space.
// Line ends are CRLF.
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "emit/emitters.hpp"
#include "emit/vtimezone.hpp"
#include "minutes/dates.hpp"
#include "minutes/diagnostic.hpp"
#include "minutes/labels.hpp"
#include "minutes/time_zone.hpp"
#include "minutes/translate.hpp"

namespace minutes {
namespace {

constexpr std::size_t k_max_line_octets = 75;
constexpr std::int64_t k_last_stamp = 253402300799;  // 9999-12-31T23:59:59Z

struct LocalDateTime {
  Date date;
  Time time;
};

// What names a meeting for calendars (see "Identity" above).
struct MeetingIdentity {
  Date date;
  std::optional<Time> start;
  std::string_view organizer;
};

std::uint64_t fnv1a_64(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// The unit separator keeps ("ab", "c") and ("a", "bc") apart.
std::string uid(const MeetingIdentity& meeting, std::string_view kind, std::string_view item) {
  const std::string key =
      fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}", format_date(meeting.date),
                  meeting.start ? format_time(*meeting.start) : "", meeting.organizer, kind, item);
  return fmt::format("{:016x}@minutes", fnv1a_64(key));
}

std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\\n";
    } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) {
      continue;
    } else {
      out += c;
    }
  }
  return out;
}

// One content line, folded: no physical line longer than 75 octets, and a break only where a
// UTF-8 sequence starts (a byte that is not 10xxxxxx).
std::string fold(std::string_view line) {
  std::string out;
  std::size_t used = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    std::size_t end = i + 1;
    while (end < line.size() && end - i < 4 &&
           (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) {
      ++end;  // at most 4 octets, so even malformed input cannot make a line too long
    }
    const std::size_t length = end - i;
    if (used + length > k_max_line_octets) {
      out += "\r\n ";
      used = 1;
    }
    out.append(line.substr(i, length));
    used += length;
    i = end;
  }
  out += "\r\n";
  return out;
}

std::string ics_date(const Date& date) {
  return fmt::format("{:04}{:02}{:02}", date.year, date.month, date.day);
}

std::string ics_date_time(const LocalDateTime& at) {
  return fmt::format("{}T{:02}{:02}00", ics_date(at.date), at.time.hour, at.time.minute);
}

std::string ics_utc_stamp(std::int64_t seconds) {
  using namespace std::chrono;
  const sys_seconds instant{std::chrono::seconds{seconds}};
  const sys_days day = floor<days>(instant);
  const year_month_day date{day};
  const hh_mm_ss<std::chrono::seconds> time{instant - day};
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}Z", static_cast<int>(date.year()),
                     unsigned{date.month()}, unsigned{date.day()}, time.hours().count(),
                     time.minutes().count(), time.seconds().count());
}

Date next_day(Date date) {
  if (++date.day > days_in_month(date.year, date.month)) {
    date.day = 1;
    if (++date.month > 12) {
      date.month = 1;
      ++date.year;
    }
  }
  return date;
}

// SOURCE_DATE_EPOCH: unset or empty = none; digits only, up to the end of year 9999.
tl::expected<std::optional<std::int64_t>, Error> source_date_epoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (!value || !*value) return std::nullopt;
  const std::string_view text(value);
  std::int64_t seconds = 0;
  bool valid = text.size() <= 12;
  for (char c : text) {
    valid = valid && c >= '0' && c <= '9';
    if (valid) seconds = seconds * 10 + (c - '0');
  }
  if (!valid || seconds > k_last_stamp) {
    return tl::unexpected(Error{
        Error::Kind::usage,
        tr_format("SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 00:00 UTC, such "
                  "as 1700000000, got {}",
                  quote_value(text))});
  }
  return seconds;
}

// Where a next meeting's times end: DTEND's date, the day after when it runs past midnight.
Date end_date(const NextMeeting& next) {
  return next.end && next.start && *next.end < *next.start ? next_day(next.date) : next.date;
}

// One VTODO: for an open action with a due date, of a record or of the register.
struct IcsTodo {
  MeetingIdentity raised;  // the meeting that raised it: UID and DTSTAMP
  std::string uid_item;    // "id:<id>", or "#<position>" for an action without an id
  std::optional<std::int64_t> revision;
  Date due;
  std::string_view task;
  std::string_view owner;
  Date meeting_date;  // the meeting named in DESCRIPTION
  std::string_view meeting_title;
};

class Calendar {
 public:
  Calendar(std::string language, std::optional<std::int64_t> stamp)
      : m_language(std::move(language)), m_stamp(stamp) {
    line("BEGIN", "VCALENDAR");
    line("VERSION", "2.0");
    line("PRODID", "-//minutes//minutes 0.1//EN");
    line("CALSCALE", "GREGORIAN");
  }

  void line(std::string_view name, std::string_view value) {
    m_out += fold(fmt::format("{}:{}", name, value));
  }
  void text(std::string_view name, std::string_view value) { line(name, escape_text(value)); }

  void add_time_zone(const TimeZone& zone, int first_year, int last_year) {
    for (const std::string& content : vtimezone_lines(zone, first_year, last_year)) {
      m_out += fold(content);
    }
  }

  // DTSTART or DTEND: local time in `zone` (it has a VTIMEZONE in this file), else floating.
  void date_time(std::string_view name, const LocalDateTime& local, const TimeZone* zone) {
    if (zone) {
      line(fmt::format("{};TZID={}", name, zone->name()), ics_date_time(local));
    } else {
      line(name, ics_date_time(local));
    }
  }

  void add_next_meeting(const Meeting& meeting, const TimeZone* zone) {
    const NextMeeting& next = *meeting.next_meeting;
    line("BEGIN", "VEVENT");
    line("UID", uid(identity(meeting), "next-meeting", ""));
    stamp(meeting.date);
    sequence(meeting.revision);
    if (next.start) {
      date_time("DTSTART", {next.date, *next.start}, zone);
      if (next.end && *next.end != *next.start) {
        date_time("DTEND", {end_date(next), *next.end}, zone);
      }
    } else {
      line("DTSTART;VALUE=DATE", ics_date(next.date));
      line("DTEND;VALUE=DATE", ics_date(next_day(next.date)));
    }
    text("SUMMARY",
         next.title.empty()
             ? fmt::format("{}: {}", label(m_language, Label::next_meeting), meeting.title)
             : next.title);
    if (!next.location.empty()) text("LOCATION", next.location);
    line("END", "VEVENT");
  }

  void add_action(const Meeting& meeting, const Action& action, std::size_t position) {
    add_todo(IcsTodo{
        identity(meeting), action.id.empty() ? fmt::format("#{}", position) : "id:" + action.id,
        meeting.revision, *action.due, action.task, action.owner, meeting.date, meeting.title});
  }

  void add_todo(const IcsTodo& todo) {
    line("BEGIN", "VTODO");
    line("UID", uid(todo.raised, "action", todo.uid_item));
    stamp(todo.raised.date);
    sequence(todo.revision);
    line("DUE;VALUE=DATE", ics_date(todo.due));
    text("SUMMARY", todo.task);
    std::string description;
    if (!todo.owner.empty()) {
      description = fmt::format("{}: {}\n", label(m_language, Label::owner), todo.owner);
    }
    description +=
        fmt::format("{}, {}", todo.meeting_title, long_date(todo.meeting_date, m_language));
    text("DESCRIPTION", description);
    line("STATUS", "NEEDS-ACTION");
    line("END", "VTODO");
  }

  std::string finish() {
    line("END", "VCALENDAR");
    return std::move(m_out);
  }

 private:
  static MeetingIdentity identity(const Meeting& meeting) {
    return {meeting.date, meeting.start, meeting.organizer};
  }

  void stamp(const Date& meeting_date) {
    line("DTSTAMP", m_stamp ? ics_utc_stamp(*m_stamp) : ics_date(meeting_date) + "T000000Z");
  }

  void sequence(const std::optional<std::int64_t>& revision) {
    if (revision) line("SEQUENCE", fmt::format("{}", *revision));
  }

  std::string m_language;
  std::optional<std::int64_t> m_stamp;
  std::string m_out;
};

Error unknown_zone(const std::string& name) {
  if (const std::string nearest = TimeZone::nearest_name(name); !nearest.empty()) {
    return Error{Error::Kind::usage,
                 tr_format("unknown time zone {0}; did you mean {1}?", quote_value(name), quote_value(nearest))};
  }
  return Error{Error::Kind::usage,
               tr_format("unknown time zone {0} (expected a name from the zoneinfo database such "
                         "as Europe/Oslo)",
                         quote_value(name))};
}

}  // namespace

Emitted write_record_ics(const RecordInput& input, const EmitSettings& settings, Sink& sink) {
  const Meeting& meeting = input.meeting;
  const auto stamp = source_date_epoch();
  if (!stamp) return tl::unexpected(stamp.error());
  // --tz is checked even when this record does not need it: a mistyped option should not wait
  // for the one record that does.
  if (!settings.time_zone.empty() && !TimeZone::load(settings.time_zone)) {
    return tl::unexpected(unknown_zone(settings.time_zone));
  }

  Calendar calendar(settings.language, *stamp);
  std::optional<TimeZone> zone;
  const std::string& zone_name = meeting.timezone.empty() ? settings.time_zone : meeting.timezone;
  const NextMeeting* next = meeting.next_meeting ? &*meeting.next_meeting : nullptr;
  if (next && next->start && !zone_name.empty()) {
    auto loaded = TimeZone::load(zone_name);
    // Validation loaded the record's zone already; only a database changed since can fail.
    if (!loaded) return fail(Error::Kind::input, loaded.error());
    zone = std::move(*loaded);
    calendar.add_time_zone(*zone, next->date.year, end_date(*next).year);
  }
  if (next) calendar.add_next_meeting(meeting, zone ? &*zone : nullptr);
  for (std::size_t i = 0; i < meeting.actions.size(); ++i) {
    const Action& action = meeting.actions[i];
    if (action.status == ActionStatus::open && action.due)
      calendar.add_action(meeting, action, i + 1);
  }
  return write_to(sink, calendar.finish());
}

// Each open action of the register with a due date, keyed by the meeting that first raised it,
// so that `render -t ics` and `actions -t ics` give a carried-over action the same UID.
Emitted write_actions_ics(const ActionsInput& input, const EmitSettings& settings, Sink& sink) {
  const auto stamp = source_date_epoch();
  if (!stamp) return tl::unexpected(stamp.error());
  const ActionRegister& actions = input.actions;
  Calendar calendar(settings.language, *stamp);  // DUE dates only: no time zone needed
  for (std::size_t i : input.selected) {
    const RegisterAction& action = actions.actions[i];
    if (action.status != ActionStatus::open || !action.due) continue;
    const MeetingRef& first = action.first;
    calendar.add_todo(
        IcsTodo{MeetingIdentity{first.date, first.start, actions.text[first.organizer]},
                action.derived_id ? fmt::format("#{}", action.position)
                                  : "id:" + std::string(actions.text[action.id]),
                action.latest.revision, *action.due, actions.text[action.task],
                actions.text[action.owner], action.latest.date, actions.text[action.latest.title]});
  }
  return write_to(sink, calendar.finish());
}

}  // namespace minutes
