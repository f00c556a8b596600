// TZif reader (RFC 8536; RFC 9636 only adds version 4, whose changes concern the leap-second
// table, which we use only to undo leap seconds in "right/" zones).
//
// A file is a version 1 block with 32-bit times, and from version 2 on a second header and
// block with 64-bit times followed by a footer, "\n<TZ string>\n". We skip the first block: it
// cannot describe times after 2038 and, in "slim" files, it is a stub without data. Version 1
// files have only the first block, so for them we read it instead.
//
// Local time types are looked up in the transition table; beyond its last entry the footer's
// TZ string (POSIX, with the v3 extensions: rule times from -167 h to 167 h, DST all year) gives
// them. A type keeps its offset, its DST flag and its designation (VTIMEZONE needs all three);
// isstd and isut, which only matter to zic's POSIX-rule fallback, are validated and dropped.
#include "minutes/time_zone.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "minutes/suggest.hpp"
#include "minutes/translate.hpp"

namespace minutes {
namespace {

// tzdata's largest file is under 4 KB; a bound keeps a stray link to something huge (or to
// /dev/zero) from being read into memory.
constexpr std::size_t k_max_file_bytes = 1024 * 1024;

// RFC 8536 says offsets SHOULD be within this range (under a day either way). We insist: the
// conversion to UTC in the ics emitter relies on a zone's offset being less than a day.
constexpr std::int64_t k_min_offset = -89999;
constexpr std::int64_t k_max_offset = 93599;

constexpr std::int64_t k_day = 86400;

// Zone names become paths under the zoneinfo directory; refuse anything that could leave it.
// Without '.' there can be no "." or ".." component, and no tzdata zone name needs one.
bool is_zone_name(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.back() == '/') return false;
  if (name.find("//") != std::string_view::npos) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' ||
           c == '_' || c == '+' || c == '-';
  });
}

std::filesystem::path zoneinfo_dir() {
  const char* dir = std::getenv("TZDIR");
  return dir && *dir ? std::filesystem::path(dir) : std::filesystem::path("/usr/share/zoneinfo");
}

// Bounds-checked big-endian reads. Callers check the size of a whole block up front, so a
// read past the end can only come from a bug; it then yields zeros and sets failed().
class Cursor {
 public:
  explicit Cursor(std::string_view bytes) : m_bytes(bytes) {}

  bool has(std::uint64_t count) const { return count <= m_bytes.size() - m_at; }
  bool failed() const { return m_failed; }
  std::string_view rest() const { return m_bytes.substr(m_at); }

  std::string_view take(std::size_t count) {
    if (!has(count)) {
      m_failed = true;
      m_at = m_bytes.size();
      return {};
    }
    const std::string_view out = m_bytes.substr(m_at, count);
    m_at += count;
    return out;
  }

  std::uint64_t unsigned_value(std::size_t width) {
    std::uint64_t value = 0;
    for (char c : take(width)) value = (value << 8) | static_cast<unsigned char>(c);
    return value;
  }

  // Two's complement of `width` bytes, sign-extended.
  std::int64_t signed_value(std::size_t width) {
    const std::uint64_t value = unsigned_value(width);
    const unsigned bits = static_cast<unsigned>(width * 8);
    if (bits < 64 && (value >> (bits - 1)) != 0) {
      return static_cast<std::int64_t>(value) - (std::int64_t{1} << bits);
    }
    return static_cast<std::int64_t>(value);
  }

  std::uint8_t byte() { return static_cast<std::uint8_t>(unsigned_value(1)); }

 private:
  std::string_view m_bytes;
  std::size_t m_at = 0;
  bool m_failed = false;
};

struct Header {
  char version = 0;  // 0 for version 1, else '2', '3', '4', ...
  std::uint64_t isut_count = 0;
  std::uint64_t isstd_count = 0;
  std::uint64_t leap_count = 0;
  std::uint64_t time_count = 0;
  std::uint64_t type_count = 0;
  std::uint64_t char_count = 0;

  std::uint64_t block_size(std::size_t time_width) const {
    return time_count * (time_width + 1) + type_count * 6 + char_count +
           leap_count * (time_width + 4) + isstd_count + isut_count;
  }
};

tl::expected<Header, std::string> read_header(Cursor& in) {
  if (!in.has(44) || in.take(4) != "TZif") return tl::unexpected(std::string(tr("no TZif header")));
  Header header;
  header.version = in.take(1).front();
  if (header.version != 0 && header.version < '2') {
    return tl::unexpected(
        tr_format("unknown version byte 0x{:02x}", static_cast<unsigned char>(header.version)));
  }
  in.take(15);  // reserved
  header.isut_count = in.unsigned_value(4);
  header.isstd_count = in.unsigned_value(4);
  header.leap_count = in.unsigned_value(4);
  header.time_count = in.unsigned_value(4);
  header.type_count = in.unsigned_value(4);
  header.char_count = in.unsigned_value(4);
  if (header.type_count == 0 || header.char_count == 0) {
    return tl::unexpected(std::string(tr("no local time types")));
  }
  if ((header.isut_count != 0 && header.isut_count != header.type_count) ||
      (header.isstd_count != 0 && header.isstd_count != header.type_count)) {
    return tl::unexpected(std::string(tr("indicator counts do not match the number of types")));
  }
  return header;
}

// The parts of a data block we keep: transition times (still in the file's time scale, which
// counts leap seconds in "right/" zones), the offset after each, and the leap-second table.
struct Block {
  std::vector<std::int64_t> times;
  std::vector<std::uint8_t> types;  // of each transition
  std::vector<LocalTimeType> type_table;
  std::vector<std::pair<std::int64_t, std::int64_t>> leaps;  // occurrence, total correction
};

tl::expected<Block, std::string> read_block(Cursor& in, const Header& header,
                                            std::size_t time_width) {
  if (!in.has(header.block_size(time_width))) return tl::unexpected(std::string(tr("truncated")));
  Block block;
  block.times.reserve(header.time_count);
  for (std::uint64_t i = 0; i < header.time_count; ++i) {
    const std::int64_t time = in.signed_value(time_width);
    if (!block.times.empty() && time <= block.times.back()) {
      return tl::unexpected(std::string(tr("transition times out of order")));
    }
    block.times.push_back(time);
  }
  block.types.reserve(header.time_count);
  for (std::uint64_t i = 0; i < header.time_count; ++i) {
    block.types.push_back(in.byte());
    if (block.types.back() >= header.type_count) {
      return tl::unexpected(std::string(tr("transition to a type that does not exist")));
    }
  }
  std::vector<std::uint8_t> designation_index;
  for (std::uint64_t i = 0; i < header.type_count; ++i) {
    const std::int64_t offset = in.signed_value(4);
    const std::uint8_t is_dst = in.byte();
    const std::uint8_t designation = in.byte();
    if (offset < k_min_offset || offset > k_max_offset) {
      return tl::unexpected(tr_format("UTC offset {} s is out of range", offset));
    }
    if (is_dst > 1 || designation >= header.char_count) {
      return tl::unexpected(std::string(tr("malformed local time type")));
    }
    block.type_table.push_back(LocalTimeType{static_cast<std::int32_t>(offset), is_dst == 1, {}});
    designation_index.push_back(designation);
  }
  // Designations are NUL-terminated strings in one character array; a type points into it.
  const std::string_view chars = in.take(header.char_count);
  for (std::size_t i = 0; i < block.type_table.size(); ++i) {
    const std::string_view rest = chars.substr(designation_index[i]);
    const std::size_t end = rest.find('\0');
    if (end == std::string_view::npos) {
      return tl::unexpected(std::string(tr("designation without a terminating NUL")));
    }
    block.type_table[i].designation = std::string(rest.substr(0, end));
  }
  for (std::uint64_t i = 0; i < header.leap_count; ++i) {
    const std::int64_t occurrence = in.signed_value(time_width);
    const std::int64_t correction = in.signed_value(4);
    if (!block.leaps.empty() && occurrence <= block.leaps.back().first) {
      return tl::unexpected(std::string(tr("leap seconds out of order")));
    }
    block.leaps.emplace_back(occurrence, correction);
  }
  for (std::uint64_t i = 0; i < header.isstd_count + header.isut_count; ++i) {
    if (in.byte() > 1) return tl::unexpected(std::string(tr("malformed standard/UT indicator")));
  }
  if (in.failed()) return tl::unexpected(std::string(tr("truncated")));
  return block;
}

// A "right/" zone counts leap seconds in its timestamps; our callers use POSIX time, which
// does not. Subtracting the correction in effect turns one into the other.
tl::expected<void, std::string> remove_leap_seconds(Block& block) {
  if (block.leaps.empty()) return {};
  for (std::int64_t& time : block.times) {
    const auto after =
        std::upper_bound(block.leaps.begin(), block.leaps.end(), time,
                         [](std::int64_t value, const auto& leap) { return value < leap.first; });
    if (after == block.leaps.begin()) continue;
    if (__builtin_sub_overflow(time, std::prev(after)->second, &time)) {
      return tl::unexpected(std::string(tr("leap-second correction out of range")));
    }
  }
  if (std::adjacent_find(block.times.begin(), block.times.end(), std::greater_equal<>()) !=
      block.times.end()) {
    return tl::unexpected(std::string(tr("transition times out of order")));
  }
  return {};
}

// POSIX TZ strings as RFC 8536 (3.3.1) extends them for footers.
class TzStringParser {
 public:
  explicit TzStringParser(std::string_view text) : m_text(text) {}

  std::optional<detail::TzRule> parse() {
    detail::TzRule rule;
    if (!name(rule.std_name)) return std::nullopt;
    const auto std_offset = offset();
    if (!std_offset) return std::nullopt;
    rule.std_offset = *std_offset;
    if (done()) return rule;
    if (!name(rule.dst_name)) return std::nullopt;
    // POSIX: without an explicit offset, daylight time is one hour ahead of standard time.
    rule.dst_offset = rule.std_offset + 3600;
    if (!done() && peek() != ',') {
      const auto dst_offset = offset();
      if (!dst_offset) return std::nullopt;
      rule.dst_offset = *dst_offset;
    }
    if (done()) {
      // POSIX leaves the dates to the implementation; tzcode and glibc both fall back to the
      // US rules since 2007. zic always writes the dates, so this is only for odd files.
      rule.dst_start = {detail::TzRuleDate::Kind::month_week_day, 0, 3, 2};
      rule.dst_end = {detail::TzRuleDate::Kind::month_week_day, 0, 11, 1};
      return rule;
    }
    const auto start = comma_and_date();
    const auto end = start ? comma_and_date() : std::nullopt;
    if (!end || !done()) return std::nullopt;
    rule.dst_start = *start;
    rule.dst_end = *end;
    return rule;
  }

 private:
  bool done() const { return m_at == m_text.size(); }
  char peek() const { return done() ? '\0' : m_text[m_at]; }
  static bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
  static bool is_digit(char c) { return c >= '0' && c <= '9'; }

  // The designation is only shown to people (TZNAME); we check its form so that a damaged
  // footer is refused rather than misread.
  bool name(std::string& out) {
    const std::size_t start = m_at;
    if (peek() == '<') {
      ++m_at;
      while (!done() && (is_alpha(peek()) || is_digit(peek()) || peek() == '+' || peek() == '-')) {
        ++m_at;
      }
      if (peek() != '>' || m_at - start - 1 < 3) return false;
      out = std::string(m_text.substr(start + 1, m_at - start - 1));
      ++m_at;
      return true;
    }
    while (!done() && is_alpha(peek())) ++m_at;
    out = std::string(m_text.substr(start, m_at - start));
    return m_at - start >= 3;
  }

  std::optional<int> number(std::size_t max_digits) {
    const std::size_t start = m_at;
    int value = 0;
    while (!done() && is_digit(peek()) && m_at - start < max_digits) {
      value = value * 10 + (peek() - '0');
      ++m_at;
    }
    if (m_at == start) return std::nullopt;
    return value;
  }

  // [+-]hh[:mm[:ss]] in seconds.
  std::optional<std::int32_t> duration(int max_hours) {
    int sign = 1;
    if (peek() == '+' || peek() == '-') {
      sign = peek() == '-' ? -1 : 1;
      ++m_at;
    }
    const auto hours = number(3);
    if (!hours || *hours > max_hours) return std::nullopt;
    int minutes = 0;
    int seconds = 0;
    if (peek() == ':') {
      ++m_at;
      const auto mm = number(2);
      if (!mm || *mm > 59) return std::nullopt;
      minutes = *mm;
      if (peek() == ':') {
        ++m_at;
        const auto ss = number(2);
        if (!ss || *ss > 59) return std::nullopt;
        seconds = *ss;
      }
    }
    return sign * (*hours * 3600 + minutes * 60 + seconds);
  }

  // TZ strings count hours west of Greenwich; we count east, as TZif types do.
  std::optional<std::int32_t> offset() {
    const auto west = duration(24);
    if (!west) return std::nullopt;
    return -*west;
  }

  std::optional<detail::TzRuleDate> comma_and_date() {
    if (peek() != ',') return std::nullopt;
    ++m_at;
    detail::TzRuleDate date;
    if (peek() == 'M') {
      ++m_at;
      date.kind = detail::TzRuleDate::Kind::month_week_day;
      const auto month = number(2);
      if (!month || *month < 1 || *month > 12 || peek() != '.') return std::nullopt;
      ++m_at;
      const auto week = number(1);
      if (!week || *week < 1 || *week > 5 || peek() != '.') return std::nullopt;
      ++m_at;
      const auto weekday = number(1);
      if (!weekday || *weekday > 6) return std::nullopt;
      date.month = *month;
      date.week = *week;
      date.day = *weekday;
    } else if (peek() == 'J') {
      ++m_at;
      date.kind = detail::TzRuleDate::Kind::julian_no_leap;
      const auto day = number(3);
      if (!day || *day < 1 || *day > 365) return std::nullopt;
      date.day = *day;
    } else {
      date.kind = detail::TzRuleDate::Kind::zero_based;
      const auto day = number(3);
      if (!day || *day > 365) return std::nullopt;
      date.day = *day;
    }
    if (peek() == '/') {
      ++m_at;
      const auto time = duration(167);
      if (!time) return std::nullopt;
      date.time = *time;
    }
    return date;
  }

  std::string_view m_text;
  std::size_t m_at = 0;
};

// Local midnight of the rule date in `year`, in days since the epoch.
std::int64_t rule_day(int year, const detail::TzRuleDate& date) {
  using namespace std::chrono;
  const std::chrono::year y{year};
  const sys_days january_1 = y / January / 1;
  switch (date.kind) {
    case detail::TzRuleDate::Kind::julian_no_leap: {
      // Jn never counts 29 February, so J60 is 1 March in every year.
      const int index = date.day - 1 + (y.is_leap() && date.day >= 60 ? 1 : 0);
      return (january_1 + days{index}).time_since_epoch().count();
    }
    case detail::TzRuleDate::Kind::zero_based:
      return (january_1 + days{date.day}).time_since_epoch().count();
    case detail::TzRuleDate::Kind::month_week_day:
      break;
  }
  const std::chrono::month m{static_cast<unsigned>(date.month)};
  const sys_days first = y / m / 1;
  const unsigned length = static_cast<unsigned>((y / m / last).day());
  unsigned index = (static_cast<unsigned>(date.day) + 7 - weekday{first}.c_encoding()) % 7 +
                   7 * static_cast<unsigned>(date.week - 1);
  if (index >= length) index -= 7;  // week 5 means the last such weekday, which may be the 4th
  return (first + days{index}).time_since_epoch().count();
}

// The UTC instants of a footer rule's changes in `year`: daylight time starts, and it ends.
std::pair<std::int64_t, std::int64_t> rule_changes(const detail::TzRule& rule, int year) {
  return {rule_day(year, rule.dst_start) * k_day + rule.dst_start.time - rule.std_offset,
          rule_day(year, rule.dst_end) * k_day + rule.dst_end.time - *rule.dst_offset};
}

// Whether a footer rule gives daylight time at a UTC instant.
bool rule_is_dst(const detail::TzRule& rule, std::int64_t utc_seconds) {
  if (!rule.dst_offset) return false;
  // The Gregorian calendar repeats its leap years and weekdays every 400 years, and the rule
  // only depends on them, so any instant can be moved into 1970-2370. That keeps the years
  // small and the arithmetic free of overflow for all 64-bit inputs.
  constexpr std::int64_t k_cycle = 146097 * k_day;
  std::int64_t t = utc_seconds % k_cycle;
  if (t < 0) t += k_cycle;
  using namespace std::chrono;
  const int this_year = static_cast<int>(year_month_day{sys_days{days{t / k_day}}}.year());
  const auto start = [&](int y) { return rule_changes(rule, y).first; };
  const auto end = [&](int y) { return rule_changes(rule, y).second; };
  // Daylight time runs from a year's start date to its end date, or, when the end comes
  // first in the year (southern hemisphere; Dublin, whose "daylight" time is winter), to the
  // next year's end. A period that reaches the next start makes DST last all year (v3). Rule
  // times of up to 167 hours can push a change into a neighbouring year, hence two years back.
  for (int y = this_year - 2; y <= this_year + 1; ++y) {
    const std::int64_t from = start(y);
    const std::int64_t until = from <= end(y) ? end(y) : end(y + 1);
    if (from <= t && t < until) return true;
  }
  return false;
}

LocalTimeType rule_type_at(const detail::TzRule& rule, std::int64_t utc_seconds) {
  if (rule_is_dst(rule, utc_seconds)) return {*rule.dst_offset, true, rule.dst_name};
  return {rule.std_offset, false, rule.std_name};
}

int year_of(std::int64_t utc_seconds) {
  using namespace std::chrono;
  const auto day = floor<days>(sys_seconds{seconds{utc_seconds}});
  return static_cast<int>(year_month_day{day}.year());
}

}  // namespace

tl::expected<TimeZone, std::string> TimeZone::from_tzif(std::string name, std::string_view bytes) {
  Cursor in(bytes);
  auto header = read_header(in);
  if (!header) return tl::unexpected(header.error());
  std::size_t time_width = 4;
  if (header->version != 0) {
    if (!in.has(header->block_size(4))) return tl::unexpected(std::string(tr("truncated")));
    in.take(header->block_size(4));
    header = read_header(in);
    if (!header) return tl::unexpected(header.error());
    time_width = 8;
  }
  auto block = read_block(in, *header, time_width);
  if (!block) return tl::unexpected(block.error());
  if (auto ok = remove_leap_seconds(*block); !ok) return tl::unexpected(ok.error());

  TimeZone zone;
  if (header->version != 0) {
    const std::string_view rest = in.rest();
    const std::size_t newline = rest.size() > 1 ? rest.find('\n', 1) : std::string_view::npos;
    if (rest.empty() || rest.front() != '\n' || newline == std::string_view::npos) {
      return tl::unexpected(std::string(tr("no footer")));
    }
    const std::string_view footer = rest.substr(1, newline - 1);
    if (!footer.empty()) {
      zone.m_rule = TzStringParser(footer).parse();
      if (!zone.m_rule) return tl::unexpected(tr_format("unreadable TZ string \"{}\"", footer));
      const auto out_of_range = [](std::int64_t offset) {
        return offset < k_min_offset || offset > k_max_offset;
      };
      if (out_of_range(zone.m_rule->std_offset) ||
          (zone.m_rule->dst_offset && out_of_range(*zone.m_rule->dst_offset))) {
        return tl::unexpected(tr_format("TZ string \"{}\" has an offset out of range", footer));
      }
    }
  }
  zone.m_name = std::move(name);
  zone.m_transitions = std::move(block->times);
  zone.m_types = std::move(block->types);
  zone.m_type_table = std::move(block->type_table);
  return zone;
}

tl::expected<TimeZone, std::string> TimeZone::load(std::string_view name) {
  if (!is_zone_name(name)) {
    return tl::unexpected(tr_format("\"{}\" is not a time zone name", name));
  }
  // Debian links these two to /etc/localtime and to a zone of the packager's choice: a name
  // that means another zone on every machine cannot say where a meeting is.
  if (is_machine_dependent(name)) {
    return tl::unexpected(
        tr_format("\"{}\" is whatever zone a machine is set to, not a time zone name", name));
  }
  const std::filesystem::path dir = zoneinfo_dir();
  const std::filesystem::path path = dir / std::string(name);
  std::error_code error;
  // A folder such as "Europe" opens as a stream too; say it is no zone rather than "not TZif".
  if (!std::filesystem::is_regular_file(path, error)) {
    // TRANSLATORS: {0} is a zone name such as Europe/Oslo, {1} the folder of zone files.
    return tl::unexpected(tr_format("no time zone \"{0}\" in {1}", name, dir.string()));
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) return tl::unexpected(tr_format("cannot open {}", path.string()));
  // Read in chunks up to the limit instead of trusting a size taken before the read.
  std::string bytes;
  std::array<char, 16384> chunk{};
  while (file.read(chunk.data(), chunk.size()) || file.gcount() > 0) {
    bytes.append(chunk.data(), static_cast<std::size_t>(file.gcount()));
    if (bytes.size() > k_max_file_bytes) {
      return tl::unexpected(tr_format("{} is larger than 1 MB, not a zone file", path.string()));
    }
  }
  if (file.bad()) return tl::unexpected(tr_format("cannot read {}", path.string()));
  auto zone = from_tzif(std::string(name), bytes);
  if (!zone) {
    // TRANSLATORS: {0} is a file, {1} what is wrong with it.
    return tl::unexpected(
        tr_format("{0} is not a TZif zone file: {1}", path.string(), zone.error()));
  }
  return zone;
}

bool TimeZone::loads(std::string_view name) {
  // Only successes are kept (a zone file does not vanish while we run), and only a few: records
  // name a handful of zones, and a bound keeps hostile input from growing the set.
  static std::mutex mutex;
  static std::set<std::string, std::less<>> known;
  const std::string key = zoneinfo_dir().string() + '\0' + std::string(name);
  {
    const std::lock_guard<std::mutex> lock(mutex);
    if (known.contains(key)) return true;
  }
  if (!load(name)) return false;
  const std::lock_guard<std::mutex> lock(mutex);
  if (known.size() < 64) known.insert(key);
  return true;
}

bool TimeZone::is_name(std::string_view name) { return is_zone_name(name); }

bool TimeZone::is_machine_dependent(std::string_view name) {
  return name == "localtime" || name == "posixrules";
}

std::filesystem::path TimeZone::database() { return zoneinfo_dir(); }

std::vector<std::string> TimeZone::listed_names() {
  std::vector<std::string> names{"UTC"};
  for (const char* table : {"zone1970.tab", "zone.tab"}) {
    std::ifstream file(zoneinfo_dir() / table);
    std::string line;
    // Lines are "codes<TAB>coordinates<TAB>name[<TAB>comment]"; '#' starts a comment line.
    while (std::getline(file, line) && names.size() < 10000) {
      if (line.empty() || line.front() == '#') continue;
      const std::size_t first_tab = line.find('\t');
      const std::size_t second_tab =
          first_tab == std::string::npos ? first_tab : line.find('\t', first_tab + 1);
      if (second_tab == std::string::npos) continue;
      const std::size_t end = line.find('\t', second_tab + 1);
      std::string name = line.substr(
          second_tab + 1, end == std::string::npos ? std::string::npos : end - second_tab - 1);
      if (is_zone_name(name)) names.push_back(std::move(name));
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string TimeZone::nearest_name(std::string_view name) {
  const std::vector<std::string> names = listed_names();
  const auto same = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && detail::edit_distance(a, b) == 0;  // ignoring ASCII case
  };
  // A city alone ("Oslo") is the last part of its zone's name.
  if (name.find('/') == std::string_view::npos) {
    for (const std::string& candidate : names) {
      const std::size_t slash = candidate.rfind('/');
      if (slash != std::string::npos && same(std::string_view(candidate).substr(slash + 1), name)) {
        return candidate;
      }
    }
  }
  return detail::nearest_word(name, names);
}

std::optional<std::string> TimeZone::machine_zone_name() {
  const auto loads = [](std::string_view name) { return load(name).has_value(); };
  // TZ may also hold a POSIX rule ("CET-1CEST,M3.5.0,M10.5.0/3"), which names no file and then
  // we fall through, as we do for a name that is not in the database.
  if (const char* tz = std::getenv("TZ"); tz && *tz) {
    std::string_view name(tz);
    if (name.front() == ':') name.remove_prefix(1);
    if (loads(name)) return std::string(name);
  }
  if (std::ifstream file("/etc/timezone"); file) {
    std::string name;
    std::getline(file, name);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\r')) name.pop_back();
    if (loads(name)) return name;
  }
  std::error_code error;
  const std::string target = std::filesystem::read_symlink("/etc/localtime", error).string();
  if (const std::size_t at = target.rfind("zoneinfo/"); !error && at != std::string::npos) {
    const std::string name = target.substr(at + 9);
    if (loads(name)) return name;
  }
  return std::nullopt;
}

std::int64_t TimeZone::utc_offset_at(std::int64_t utc_seconds) const {
  return type_at(utc_seconds).offset;
}

LocalTimeType TimeZone::type_at(std::int64_t utc_seconds) const {
  // RFC 8536: a file without transitions is described by its footer alone.
  if (m_transitions.empty()) return m_rule ? rule_type_at(*m_rule, utc_seconds) : m_type_table[0];
  if (utc_seconds < m_transitions.front()) return m_type_table[0];
  const auto after = std::upper_bound(m_transitions.begin(), m_transitions.end(), utc_seconds);
  if (after == m_transitions.end() && m_rule) return rule_type_at(*m_rule, utc_seconds);
  return m_type_table[m_types[static_cast<std::size_t>(after - m_transitions.begin() - 1)]];
}

std::vector<ZoneTransition> TimeZone::transitions(std::int64_t from, std::int64_t until) const {
  std::vector<ZoneTransition> out;
  const auto add = [&](std::int64_t at) {
    if (at < from || at >= until) return;
    // Before is what holds one second earlier: instants are whole seconds.
    ZoneTransition change{at, type_at(at - 1), type_at(at)};
    if (change.before != change.after) out.push_back(std::move(change));
  };
  for (std::int64_t at : m_transitions) {
    if (at >= until) break;
    add(at);
  }
  // The footer rules from the last transition on (or always, in a file without any).
  if (m_rule && m_rule->dst_offset) {
    const std::int64_t rule_from =
        m_transitions.empty() ? from : std::max(from, m_transitions.back() + 1);
    if (rule_from < until) {
      // Rule times of up to 167 hours can push a change into the neighbouring year.
      std::vector<std::int64_t> changes;
      for (int year = year_of(rule_from) - 1; year <= year_of(until - 1) + 1; ++year) {
        const auto [start, end] = rule_changes(*m_rule, year);
        changes.push_back(start);
        changes.push_back(end);
      }
      std::sort(changes.begin(), changes.end());
      changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
      for (std::int64_t at : changes) {
        if (at >= rule_from) add(at);
      }
    }
  }
  return out;
}

std::optional<ZoneTransition> TimeZone::last_transition_before(std::int64_t until) const {
  // From the footer's rule when `until` is past the table: it changes at least once in any two
  // years when it has daylight time at all.
  if (m_rule && m_rule->dst_offset && (m_transitions.empty() || until > m_transitions.back() + 1)) {
    const std::int64_t floor =
        m_transitions.empty() ? until - 3 * 366 * k_day : m_transitions.back() + 1;
    const auto changes = transitions(std::max(floor, until - 3 * 366 * k_day), until);
    if (!changes.empty()) return changes.back();
  }
  // From the table, backwards to the first entry that changes something.
  auto after = std::lower_bound(m_transitions.begin(), m_transitions.end(), until);
  while (after != m_transitions.begin()) {
    --after;
    ZoneTransition change{*after, type_at(*after - 1), type_at(*after)};
    if (change.before != change.after) return change;
  }
  return std::nullopt;
}

}  // namespace minutes
