// iCalendar (RFC 5545): what a record asks people to put in their calendars. One VCALENDAR
// for all records, with a VEVENT for each next meeting and a VTODO for each open action that
// has a due date. A calendar with neither is an error, because RFC 5545 requires at least one
// component and an empty file would import as nothing without saying why. `minutes actions -t
// ics` writes the open actions of the register through the same Calendar (write_actions_ics),
// keyed by the meeting that first raised each action, so both agree on UIDs.
//
// Times. Records hold wall-clock times without a zone. RFC 5545 lets us write them as
//   (a) local time with TZID=<zone>, but then the file MUST carry a VTIMEZONE for that zone,
//       and a correct one needs the zone's rules from tzdata (clients do not look zones up);
//   (b) UTC (`…Z`), which needs no VTIMEZONE and which every client shows in its own zone;
//   (c) floating local time (no zone), which means "this wall-clock time wherever you are".
// We write (b): it is the simplest form that is always correct. The zone is
// options.time_zone (--time-zone), else the machine's zone: TZ (when it names a zone file),
// /etc/timezone, or the target of the /etc/localtime link under zoneinfo/. When none of those
// names a zone we write (c). A zone that is given but not in the zoneinfo database is an
// error, since silently taking it as UTC would put meetings at the wrong time. The offsets
// come from the zone's compiled file in tzdata, read by TimeZone (minutes/time_zone.hpp), not
// from the C library: localtime_r only knows the zone named by TZ, and switching TZ is
// process-global state that other threads may be reading. Times that a DST change skips or
// repeats follow RFC 5545 (3.3.5): a skipped 02:30 is read with the offset before the gap
// (= 03:30 summer time), a repeated one is the first occurrence.
// A meeting without a start time is an all-day event (DTSTART;VALUE=DATE, DTEND the day
// after); an end before the start means the meeting runs past midnight.
//
// Determinism. Output depends only on the record and the zone, so golden files and repeated
// exports are byte-identical: UIDs are a FNV-1a 64 hash of the meeting's date and title, the
// component kind and the action's id (or its position when it has none), and DTSTAMP is the
// meeting date at 00:00 UTC instead of "now". DTSTAMP only has to say when the object was
// created; the minutes exist from the meeting on, so this is an honest lower bound. (A source
// file name would be a worse key for UIDs: the same file given as `a.yaml` and `./a.yaml`,
// or two records read from stdin, would change or collide.)
//
// Text. TEXT values escape `\`, `;`, `,` and newlines (`\n`); other control characters are
// not allowed in TEXT and are dropped. Content lines are folded at 75 octets (not
// characters), never inside a UTF-8 sequence; continuation lines start with one space.
// Line ends are CRLF.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "emit/emitters.hpp"
#include "minutes/labels.hpp"
#include "minutes/dates.hpp"
#include "minutes/time_zone.hpp"

namespace minutes {
namespace {

constexpr std::size_t k_max_line_octets = 75;

struct LocalDateTime {
  Date date;
  Time time;
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
std::string uid(const Date& date, std::string_view title, std::string_view kind,
                std::string_view item) {
  const std::string key =
      fmt::format("{}\x1f{}\x1f{}\x1f{}", format_date(date), title, kind, item);
  return fmt::format("{:016x}@minutes", fnv1a_64(key));
}

std::string uid(const Meeting& meeting, std::string_view kind, std::string_view item) {
  return uid(meeting.date, meeting.title, kind, item);
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

// A zone that loads, not just a file that exists: --time-zone is checked before any
// conversion, so an unreadable zone is reported as unknown rather than half way through.
bool zone_exists(std::string_view name) { return TimeZone::load(name).has_value(); }

// The machine's zone name, or nullopt when it cannot be named (then times stay floating).
std::optional<std::string> machine_zone() { return TimeZone::machine_zone_name(); }

// Seconds since the epoch of a wall-clock reading taken as if it were UTC, and back.
std::int64_t as_if_utc(const LocalDateTime& at) {
  using namespace std::chrono;
  const sys_days day{year{at.date.year} / month{static_cast<unsigned>(at.date.month)} /
                     static_cast<unsigned>(at.date.day)};
  return std::int64_t{day.time_since_epoch().count()} * 86400 + at.time.hour * 3600 +
         at.time.minute * 60;
}

LocalDateTime from_utc_seconds(std::int64_t seconds) {
  using namespace std::chrono;
  const sys_seconds instant{std::chrono::seconds{seconds}};
  const sys_days day = floor<days>(instant);
  const year_month_day ymd{day};
  const hh_mm_ss<std::chrono::seconds> time{instant - day};
  return LocalDateTime{Date{static_cast<int>(ymd.year()), static_cast<int>(unsigned{ymd.month()}),
                            static_cast<int>(unsigned{ymd.day()})},
                       Time{static_cast<int>(time.hours().count()),
                            static_cast<int>(time.minutes().count())}};
}

// Local wall-clock time in `zone` to UTC, with RFC 5545's rules (3.3.5) for the hours a DST
// change skips or repeats: a skipped time uses the offset from before the gap (02:30 on the
// spring-forward night is 03:30 summer time), a repeated time is its first occurrence.
LocalDateTime to_utc(const TimeZone& zone, const LocalDateTime& local) {
  const std::int64_t wall = as_if_utc(local);
  // The offsets a day either side; a zone changes its offset at most once in two days.
  const std::int64_t before = zone.utc_offset_at(wall - 86400);
  const std::int64_t after = zone.utc_offset_at(wall + 86400);
  // A candidate instant is valid when the zone really has that offset there.
  const bool before_valid = zone.utc_offset_at(wall - before) == before;
  const bool after_valid = zone.utc_offset_at(wall - after) == after;
  std::int64_t instant = wall - before;  // also the rule for a skipped time
  if (before_valid && after_valid) {
    instant = std::min(wall - before, wall - after);  // repeated: the first occurrence
  } else if (after_valid) {
    instant = wall - after;
  }
  return from_utc_seconds(instant);
}

// By name, for callers that keep only the name. Loading reads one small file, so doing it for
// each DTSTART and DTEND costs microseconds and needs no cache, which would be state shared
// between threads again.
tl::expected<LocalDateTime, std::string> to_utc(const std::string& zone,
                                                const LocalDateTime& local) {
  const auto loaded = TimeZone::load(zone);
  if (!loaded) {
    return tl::unexpected(fmt::format("cannot convert {} {} in time zone {} to UTC",
                                      format_date(local.date),
                                      format_time(local.time), zone));
  }
  return to_utc(*loaded, local);
}

// One VTODO: for an open action with a due date, of a record or of the register.
struct IcsTodo {
  Date raised_date;  // the meeting that raised it: UID and DTSTAMP
  std::string_view raised_title;
  std::string uid_item;  // "id:<id>", or "#<position>" for an action without an id
  Date due;
  std::string_view task;
  std::string_view owner;
  Date meeting_date;  // the meeting named in DESCRIPTION
  std::string_view meeting_title;
};

class Calendar {
 public:
  Calendar(std::optional<std::string> zone, std::string language)
      : m_zone(std::move(zone)), m_language(std::move(language)) {}

  void line(std::string_view name, std::string_view value) {
    m_out += fold(fmt::format("{}:{}", name, value));
  }
  void text(std::string_view name, std::string_view value) { line(name, escape_text(value)); }

  // DTSTART or DTEND: UTC when we know the zone, floating otherwise.
  tl::expected<void, std::string> date_time(std::string_view name, const LocalDateTime& local) {
    if (!m_zone) {
      line(name, ics_date_time(local));
      return {};
    }
    const auto utc = to_utc(*m_zone, local);
    if (!utc) return tl::unexpected(utc.error());
    line(name, ics_date_time(*utc) + "Z");
    return {};
  }

  tl::expected<void, std::string> add_next_meeting(const Meeting& meeting) {
    const NextMeeting& next = *meeting.next_meeting;
    line("BEGIN", "VEVENT");
    line("UID", uid(meeting, "next-meeting", ""));
    stamp(meeting);
    if (next.start) {
      if (auto ok = date_time("DTSTART", {next.date, *next.start}); !ok) return ok;
      if (next.end && *next.end != *next.start) {
        const Date end_date = *next.end < *next.start ? next_day(next.date) : next.date;
        if (auto ok = date_time("DTEND", {end_date, *next.end}); !ok) return ok;
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
    ++m_components;
    return {};
  }

  void add_action(const Meeting& meeting, const Action& action, std::size_t position) {
    add_todo(IcsTodo{meeting.date, meeting.title,
                     action.id.empty() ? fmt::format("#{}", position) : "id:" + action.id,
                     *action.due, action.task, action.owner, meeting.date, meeting.title});
  }

  void add_todo(const IcsTodo& todo) {
    line("BEGIN", "VTODO");
    line("UID", uid(todo.raised_date, todo.raised_title, "action", todo.uid_item));
    line("DTSTAMP", ics_date(todo.raised_date) + "T000000Z");
    line("DUE;VALUE=DATE", ics_date(todo.due));
    text("SUMMARY", todo.task);
    std::string description;
    if (!todo.owner.empty()) {
      description = fmt::format("{}: {}\n", label(m_language, Label::owner), todo.owner);
    }
    description += fmt::format("{}, {}", todo.meeting_title, long_date(todo.meeting_date, m_language));
    text("DESCRIPTION", description);
    line("STATUS", "NEEDS-ACTION");
    line("END", "VTODO");
    ++m_components;
  }

  void begin() {
    line("BEGIN", "VCALENDAR");
    line("VERSION", "2.0");
    line("PRODID", "-//minutes//minutes 0.1//EN");
    line("CALSCALE", "GREGORIAN");
  }

  std::size_t components() const { return m_components; }
  std::string take() { return std::move(m_out); }

 private:
  void stamp(const Meeting& meeting) { line("DTSTAMP", ics_date(meeting.date) + "T000000Z"); }

  std::optional<std::string> m_zone;
  std::string m_language;
  std::string m_out;
  std::size_t m_components = 0;
};

bool needs_zone(const Meeting& meeting) {
  return meeting.next_meeting && meeting.next_meeting->start;
}

Emitted finish(Calendar& calendar, Sink& sink, std::string_view nothing) {
  calendar.line("END", "VCALENDAR");
  if (calendar.components() == 0) return fail(Error::Kind::input, std::string(nothing));
  return write_to(sink, calendar.take());
}

}  // namespace

Emitted write_record_ics(const RecordInput& input, const EmitSettings& settings, Sink& sink) {
  const Meeting& meeting = input.meeting;
  std::optional<std::string> zone;
  if (!settings.time_zone.empty()) {
    if (!zone_exists(settings.time_zone)) {
      return fail(Error::Kind::usage,
                  fmt::format("unknown time zone \"{}\" (expected a name from the zoneinfo database "
                              "such as Europe/Oslo)",
                              settings.time_zone));
    }
    zone = settings.time_zone;
  } else if (needs_zone(meeting)) {
    zone = machine_zone();
  }

  Calendar calendar(zone, settings.language);
  calendar.begin();
  if (meeting.next_meeting) {
    if (auto ok = calendar.add_next_meeting(meeting); !ok) return fail(Error::Kind::input, ok.error());
  }
  for (std::size_t i = 0; i < meeting.actions.size(); ++i) {
    const Action& action = meeting.actions[i];
    if (action.status == ActionStatus::open && action.due) calendar.add_action(meeting, action, i + 1);
  }
  return finish(calendar, sink,
                "nothing to put in a calendar: no next meeting and no open action with a due date");
}

// Each open action of the register with a due date, keyed by the meeting that first raised it,
// so that `render -t ics` and `actions -t ics` give a carried-over action the same UID.
Emitted write_actions_ics(const ActionsInput& input, const EmitSettings& settings, Sink& sink) {
  const ActionRegister& actions = input.actions;
  Calendar calendar(std::nullopt, settings.language);  // DUE dates only: no time zone needed
  calendar.begin();
  for (std::size_t i : input.selected) {
    const RegisterAction& action = actions.actions[i];
    if (action.status != ActionStatus::open || !action.due) continue;
    calendar.add_todo(IcsTodo{action.first.date, actions.text[action.first.title],
                              action.derived_id ? fmt::format("#{}", action.position)
                                                : "id:" + std::string(actions.text[action.id]),
                              *action.due, actions.text[action.task], actions.text[action.owner],
                              action.latest.date, actions.text[action.latest.title]});
  }
  return finish(calendar, sink, "nothing to put in a calendar: no open action with a due date");
}

}  // namespace minutes
