// Dates and times as people write them in Norwegian, English and German minutes. The month
// names are our own small table: the label tables of the renderers are for writing, not reading.
#include <array>

#include "import/recognise.hpp"

namespace minutes::import_detail {
namespace {

struct MonthName {
  std::string_view word;  // lower case
  int month;
  bool english_first;  // may come before the day ("March 3"); English only, capitalised
};

constexpr MonthName k_months[] = {
    // Norwegian (Bokmål and Nynorsk share them) and German
    {"januar", 1, false}, {"februar", 2, false}, {"mars", 3, false}, {"april", 4, true},
    {"mai", 5, false}, {"juni", 6, false}, {"juli", 7, false}, {"august", 8, true},
    {"september", 9, true}, {"oktober", 10, false}, {"november", 11, true},
    {"desember", 12, false}, {"jänner", 1, false}, {"märz", 3, false}, {"dezember", 12, false},
    // English
    {"january", 1, true}, {"february", 2, true}, {"march", 3, true}, {"may", 5, true},
    {"june", 6, true}, {"july", 7, true}, {"october", 10, true}, {"december", 12, true},
    // abbreviations, with or without a full stop
    {"jan", 1, true}, {"feb", 2, true}, {"febr", 2, false}, {"mar", 3, true}, {"apr", 4, true},
    {"jun", 6, true}, {"jul", 7, true}, {"aug", 8, true}, {"sep", 9, true}, {"sept", 9, true},
    {"okt", 10, false}, {"oct", 10, true}, {"nov", 11, true}, {"des", 12, false},
    {"dec", 12, true}, {"dez", 12, false}, {"mrz", 3, false}, {"jän", 1, false},
    {"mär", 3, false}, {"januari", 1, false}, {"februari", 2, false}, {"augusti", 8, false},
    {"mei", 5, false}, {"maart", 3, false},
};

constexpr std::array<std::string_view, 28> k_weekdays{
    "mandag",  "tirsdag", "onsdag",   "torsdag", "fredag", "lørdag", "søndag",
    "måndag",  "tysdag",  "laurdag",  "sundag",  "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",  "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "man.", "tir.", "ons."};

const MonthName* find_month(std::string_view lower_word) {
  for (const MonthName& name : k_months) {
    if (name.word == lower_word) return &name;
  }
  return nullptr;
}

bool valid_day(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= days_in_month(year == 0 ? 2000 : year, month);  // 2000: 29 February exists
}

// Reads 1 to `max` digits at `at`; returns how many.
std::size_t read_number(std::string_view text, std::size_t at, std::size_t max, int& value) {
  std::size_t count = 0;
  value = 0;
  while (at + count < text.size() && count < max + 1 && is_digit(text[at + count])) {
    value = value * 10 + (text[at + count] - '0');
    ++count;
  }
  return count > max ? 0 : count;
}

bool digit_at(std::string_view text, std::size_t at) {
  return at < text.size() && is_digit(text[at]);
}

// A word of letters at `at` (with an optional full stop after an abbreviation).
std::size_t letters_at(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && is_letter_at(text, end)) ++end;
  return end - at;
}

// A four-digit year at `at` that is not part of a longer number or a time.
bool year_at(std::string_view text, std::size_t at, int& year) {
  if (read_number(text, at, 4, year) != 4) return false;
  const std::size_t end = at + 4;
  if (end < text.size() && (text[end] == ':' || (text[end] == '.' && digit_at(text, end + 1)))) {
    return false;
  }
  return year >= 1900 && year <= 2200;
}

std::optional<DateFound> numeric_date(std::string_view text, std::size_t at, bool without_year) {
  int first = 0;
  const std::size_t first_digits = read_number(text, at, 4, first);
  if (first_digits == 4) {  // 2020-02-25
    int month = 0, day = 0;
    if (at + 10 <= text.size() && text[at + 4] == '-' && read_number(text, at + 5, 2, month) == 2 &&
        text[at + 7] == '-' && read_number(text, at + 8, 2, day) == 2 &&
        valid_day(first, month, day) && first >= 1900) {
      return DateFound{at, at + 10, first, month, day};
    }
    return std::nullopt;
  }
  if (first_digits == 0 || first_digits > 2) return std::nullopt;
  std::size_t i = at + first_digits;
  if (i >= text.size() || (text[i] != '.' && text[i] != '/' && text[i] != '-')) return std::nullopt;
  const char separator = text[i];
  int month = 0;
  const std::size_t month_digits = read_number(text, i + 1, 2, month);
  if (month_digits == 0) return std::nullopt;
  i += 1 + month_digits;
  // "7/3-24": day and month with a slash, the year after a dash (a Norwegian habit).
  const bool dash_year = separator == '/' && i < text.size() && text[i] == '-';
  if (i < text.size() && (text[i] == separator || dash_year) && digit_at(text, i + 1)) {
    int year = 0;
    const std::size_t year_digits = read_number(text, i + 1, 4, year);
    if (year_digits != 2 && year_digits != 4) return std::nullopt;
    if (year_digits == 2) year += 2000;
    const std::size_t end = i + 1 + year_digits;
    if (end < text.size() && text[end] == ':') return std::nullopt;
    if (!valid_day(year, month, first) || year < 1900 || year > 2200) return std::nullopt;
    return DateFound{at, end, year, month, first};
  }
  // "24.03": only where a date is expected, and not the start of "24.03.20xx" or a time.
  if (!without_year || separator == '-') return std::nullopt;
  if (i < text.size() && (text[i] == ':' || (text[i] == '.' && digit_at(text, i + 1)))) {
    return std::nullopt;
  }
  if (!valid_day(0, month, first)) return std::nullopt;
  return DateFound{at, i, 0, month, first};
}

// "24. mars 2020", "24.mars", "3 March 2024", "3rd of March".
std::optional<DateFound> day_month_date(std::string_view text, std::string_view lowered,
                                        std::size_t at) {
  int day = 0;
  const std::size_t day_digits = read_number(text, at, 2, day);
  if (day_digits == 0) return std::nullopt;
  std::size_t i = at + day_digits;
  bool marked = false;
  if (i < text.size() && text[i] == '.') {
    ++i, marked = true;
  } else {
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (lowered.substr(i).starts_with(suffix) && !is_letter_at(text, i + 2)) {
        i += 2, marked = true;
        break;
      }
    }
  }
  const std::size_t after_spaces = skip_spaces(text, i);
  if (after_spaces == i && !marked) return std::nullopt;
  i = after_spaces;
  if (lowered.substr(i).starts_with("of ")) i = skip_spaces(text, i + 3);
  const std::size_t length = letters_at(text, i);
  if (length == 0) return std::nullopt;
  const auto month = month_from_word(lowered.substr(i, length), text.substr(i, length));
  if (!month) return std::nullopt;
  i += length;
  if (i < text.size() && text[i] == '.') ++i;
  std::size_t end = i;
  std::size_t year_at_offset = i;
  if (year_at_offset < text.size() && text[year_at_offset] == ',') ++year_at_offset;
  year_at_offset = skip_spaces(text, year_at_offset);
  int year = 0;
  if (year_at(text, year_at_offset, year) && !digit_at(text, year_at_offset + 4)) {
    end = year_at_offset + 4;
  } else {
    year = 0;
  }
  if (!valid_day(year, *month, day)) return std::nullopt;
  return DateFound{at, end, year, *month, day};
}

// "March 3, 2024", "March 3rd": English, month first, capitalised.
std::optional<DateFound> month_day_date(std::string_view text, std::string_view lowered,
                                        std::size_t at) {
  const std::size_t length = letters_at(text, at);
  const MonthName* name = find_month(lowered.substr(at, length));
  if (!name || !name->english_first || !starts_upper(text.substr(at))) return std::nullopt;
  std::size_t i = at + length;
  if (i < text.size() && text[i] == '.') ++i;
  const std::size_t day_at = skip_spaces(text, i);
  if (day_at == i) return std::nullopt;
  int day = 0;
  const std::size_t day_digits = read_number(text, day_at, 2, day);
  if (day_digits == 0) return std::nullopt;
  i = day_at + day_digits;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (lowered.substr(i).starts_with(suffix)) {
      i += 2;
      break;
    }
  }
  if (is_word_char_at(text, i) || (i < text.size() && text[i] == ':')) return std::nullopt;
  std::size_t end = i;
  std::size_t year_offset = i;
  if (year_offset < text.size() && text[year_offset] == ',') ++year_offset;
  year_offset = skip_spaces(text, year_offset);
  int year = 0;
  if (year_at(text, year_offset, year) && !digit_at(text, year_offset + 4)) {
    end = year_offset + 4;
  } else {
    year = 0;
  }
  if (!valid_day(year, name->month, day)) return std::nullopt;
  return DateFound{at, end, year, name->month, day};
}

bool word_start(std::string_view text, std::size_t at) {
  if (at == 0) return true;
  std::size_t previous = at - 1;
  while (previous > 0 && (static_cast<unsigned char>(text[previous]) & 0xC0) == 0x80) --previous;
  return !is_word_char_at(text, previous);
}

}  // namespace

std::optional<int> month_from_word(std::string_view lower_word, std::string_view original) {
  std::string_view word = lower_word;
  if (word.ends_with('.')) word.remove_suffix(1);
  const MonthName* name = find_month(word);
  if (!name) return std::nullopt;
  if (word == "may" && !starts_upper(original)) return std::nullopt;
  return name->month;
}

bool is_weekday(std::string_view lower_word) {
  for (std::string_view day : k_weekdays) {
    if (lower_word == day) return true;
  }
  return false;
}

std::optional<DateFound> find_date(std::string_view text, std::size_t from,
                                   bool numeric_without_year) {
  const std::string lowered = lower(text);
  for (std::size_t i = from; i < text.size(); ++i) {
    if (!word_start(text, i)) continue;
    if (is_digit(text[i])) {
      // "kl. 10.11" is a time, not the 10th of November.
      const std::string_view before = trim(std::string_view(lowered).substr(0, i));
      if (before.ends_with("kl.") || before.ends_with(" kl") || before == "kl") continue;
      if (auto found = numeric_date(text, i, numeric_without_year)) return found;
      if (auto found = day_month_date(text, lowered, i)) return found;
    } else if (starts_upper(text.substr(i))) {
      if (auto found = month_day_date(text, lowered, i)) return found;
    }
  }
  return std::nullopt;
}

Date complete_date(const DateFound& found, const Date& reference) {
  if (found.year != 0) return Date{found.year, found.month, found.day};
  for (int year = reference.year; year < reference.year + 8; ++year) {
    const Date date{year, found.month, found.day};
    if (date >= reference && valid_day(year, found.month, found.day)) return date;
  }
  return Date{reference.year + 1, found.month, found.day};
}

namespace {

struct Clock {
  Time time;
  std::size_t end = 0;
  bool colon = false;  // written with a colon (18:00), which no date has
  bool minutes = false;
  bool meridiem = false;  // am/pm
};

std::optional<Clock> clock_at(std::string_view text, std::string_view lowered, std::size_t at,
                              bool bare_hour_ok) {
  int hour = 0;
  const std::size_t hour_digits = read_number(text, at, 2, hour);
  if (hour_digits == 0) return std::nullopt;
  Clock clock;
  std::size_t i = at + hour_digits;
  if (i + 2 < text.size() && (text[i] == ':' || text[i] == '.') && digit_at(text, i + 1) &&
      digit_at(text, i + 2) && !digit_at(text, i + 3)) {
    // "10.02.2020" continues with a full stop and digits: a date, not a time.
    if (text[i] == '.' && i + 3 < text.size() && text[i + 3] == '.' && digit_at(text, i + 4)) {
      return std::nullopt;
    }
    clock.colon = text[i] == ':';
    clock.minutes = true;
    clock.time.minute = (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
    i += 3;
  }
  const std::size_t meridiem_at = skip_spaces(text, i);
  for (std::string_view mark : {"a.m.", "p.m.", "am", "pm"}) {
    if (lowered.substr(meridiem_at).starts_with(mark) &&
        !is_letter_at(text, meridiem_at + mark.size())) {
      if (hour < 1 || hour > 12) return std::nullopt;
      clock.meridiem = true;
      hour = mark.front() == 'p' ? (hour % 12) + 12 : hour % 12;
      i = meridiem_at + mark.size();
      break;
    }
  }
  if (!clock.minutes && !clock.meridiem && !bare_hour_ok) return std::nullopt;
  if (is_word_char_at(text, i)) return std::nullopt;
  if (hour > 23 || clock.time.minute > 59) return std::nullopt;
  clock.time.hour = hour;
  clock.end = i;
  return clock;
}

// " - ", "–", " til ", " to ", " until ", " bis ": the offset after it, or npos.
std::size_t range_separator(std::string_view lowered, std::size_t at) {
  std::size_t i = skip_spaces(lowered, at);
  bool found = false;
  for (std::string_view dash : {"-", "–", "—"}) {
    if (lowered.substr(i).starts_with(dash)) {
      i += dash.size(), found = true;
      break;
    }
  }
  if (!found) {
    for (std::string_view word : {"til", "to", "until", "till", "bis"}) {
      if (word_at(lowered, i, word)) {
        i += word.size(), found = true;
        break;
      }
    }
  }
  if (!found) return std::string_view::npos;
  i = skip_spaces(lowered, i);
  for (std::string_view word : {"kl.", "kl"}) {
    if (lowered.substr(i).starts_with(word)) {
      i = skip_spaces(lowered, i + word.size());
      break;
    }
  }
  return i;
}

std::optional<TimesFound> times_at(std::string_view text, std::string_view lowered,
                                   std::size_t at, std::size_t clock_at_offset,
                                   bool after_kl) {
  const auto start = clock_at(text, lowered, clock_at_offset, after_kl);
  if (!start) return std::nullopt;
  TimesFound found;
  found.begin = at;
  found.start = start->time;
  found.end = start->end;
  const std::size_t second = range_separator(lowered, start->end);
  std::optional<Clock> finish;
  if (second != std::string_view::npos) {
    finish = clock_at(text, lowered, second, after_kl || !start->minutes || start->meridiem);
  }
  // "18.00" alone could be anything; "18.00-21.00" or "kl. 18.00" is a time.
  if (!after_kl && !start->colon && !start->meridiem && !finish) return std::nullopt;
  if (finish) {
    found.finish = finish->time;
    found.end = finish->end;
  }
  return found;
}

}  // namespace

std::optional<TimesFound> find_times(std::string_view text, std::size_t from) {
  const std::string lowered = lower(text);
  for (std::size_t i = from; i < text.size(); ++i) {
    if (!word_start(text, i)) continue;
    for (std::string_view word : {"klokken", "klokka", "kloka", "kl.", "kl"}) {
      if (lowered.substr(i).starts_with(word) && !is_letter_at(text, i + word.size())) {
        const std::size_t clock = skip_spaces(text, i + word.size());
        if (auto found = times_at(text, lowered, i, clock, true)) return found;
        break;
      }
    }
    if (is_digit(text[i])) {
      if (i > 0 && (text[i - 1] == '.' || text[i - 1] == '/' || text[i - 1] == '-')) continue;
      if (auto found = times_at(text, lowered, i, i, false)) return found;
    }
  }
  return std::nullopt;
}

}  // namespace minutes::import_detail
