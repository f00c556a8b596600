#include "validate/hints.hpp"

#include <algorithm>

#include "minutes/case_fold.hpp"

namespace minutes::detail {
namespace {

// Case folded, without the characters people put between words of a key in different ways.
std::string normalised(std::string_view text) {
  std::string out;
  for (const char c : fold_case(text)) {
    if (c != ' ' && c != '_' && c != '-' && c != '.') out += c;
  }
  return out;
}

std::string_view trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int number_value(std::string_view digits) {
  int value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

// The words and numbers of a written date, split at spaces, full stops, commas, slashes and
// hyphens: "25. februar 2020" → 25, februar, 2020.
std::vector<std::string_view> date_tokens(std::string_view text) {
  constexpr std::string_view k_separators = " \t.,/-";
  std::vector<std::string_view> tokens;
  std::size_t at = 0;
  while (at < text.size()) {
    if (k_separators.find(text[at]) != std::string_view::npos) {
      ++at;
      continue;
    }
    std::size_t end = at;
    const bool number = is_digit(text[at]);
    while (end < text.size() && k_separators.find(text[end]) == std::string_view::npos &&
           is_digit(text[end]) == number) {
      ++end;
    }
    tokens.push_back(text.substr(at, end - at));
    at = end;
  }
  return tokens;
}

int month_number(std::string_view word) {
  const std::string wanted = normalised(word);
  for (const MonthWord& month : month_words()) {
    if (month.word == wanted) return month.month;
  }
  return 0;
}

bool is_day_or_month(std::string_view token) { return all_digits(token) && token.size() <= 2; }

bool is_year(std::string_view token) { return all_digits(token) && token.size() == 4; }

}  // namespace

std::string hinted_word(HintTable table, std::string_view written,
                        const std::vector<std::string>& allowed) {
  // Every word of a table normalised once: a record with many unknown keys asks for each.
  using Words = std::vector<std::pair<std::string_view, std::string>>;  // English, normalised
  const auto normalise_all = [](std::span<const HintWords> rows) {
    Words words;
    for (const HintWords& row : rows) {
      std::string_view list = row.words;
      while (!list.empty()) {
        const std::size_t comma = list.find(',');
        words.emplace_back(row.english, normalised(list.substr(0, comma)));
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
      }
    }
    return words;
  };
  static const Words k_keys = normalise_all(key_hint_words());
  static const Words k_values = normalise_all(value_hint_words());
  const std::string wanted = normalised(written);
  if (wanted.empty()) return {};
  for (const auto& [english, word] : table == HintTable::keys ? k_keys : k_values) {
    if (word == wanted && std::find(allowed.begin(), allowed.end(), english) != allowed.end()) {
      return std::string(english);
    }
  }
  return {};
}

DateReadings read_written_date(std::string_view text) {
  text = trimmed(text);
  // "2020-02-25T18:00" and "2020-02-25 18:00": a date and a time in one value.
  if (text.size() > 11 && text[4] == '-' && text[7] == '-' &&
      (text[10] == 'T' || text[10] == ' ') && is_digit(text[11])) {
    text = text.substr(0, 10);
  }
  const std::vector<std::string_view> tokens = date_tokens(text);
  DateReadings out;
  if (tokens.size() == 1 && tokens[0].size() == 8 && all_digits(tokens[0])) {
    const std::string_view digits = tokens[0];
    out.readings.push_back({number_value(digits.substr(0, 4)), number_value(digits.substr(4, 2)),
                            number_value(digits.substr(6, 2))});
    return out;
  }
  if (tokens.size() != 3) return out;
  const std::string_view first = tokens[0];
  const std::string_view second = tokens[1];
  const std::string_view third = tokens[2];
  if (is_year(first) && is_day_or_month(second) && is_day_or_month(third)) {
    out.readings.push_back({number_value(first), number_value(second), number_value(third)});
  } else if (is_day_or_month(first) && is_day_or_month(second) && is_year(third)) {
    const int a = number_value(first);
    const int b = number_value(second);
    const int year = number_value(third);
    // Dots and hyphens put the day first (Norwegian, German, Swedish); with slashes the US puts
    // the month first, so both readings are offered when each number could be the month.
    const bool slashes = text.find('/') != std::string_view::npos;
    if (slashes && a <= 12 && b > 12) {
      out.readings.push_back({year, a, b});
    } else {
      out.readings.push_back({year, b, a});
      if (slashes && a <= 12 && b <= 12 && a != b) out.readings.push_back({year, a, b});
    }
  } else if (is_day_or_month(first) && month_number(second) != 0 && is_year(third)) {
    out.readings.push_back({number_value(third), month_number(second), number_value(first)});
  } else if (month_number(first) != 0 && is_day_or_month(second) && is_year(third)) {
    out.readings.push_back({number_value(third), month_number(first), number_value(second)});
  }
  return out;
}

std::optional<Time> read_written_time(std::string_view text) {
  std::string folded = fold_case(trimmed(text));
  std::string_view rest = folded;
  for (const std::string_view prefix : {"klokken", "klokka", "klockan", "kl.", "kl", "um"}) {
    if (rest.starts_with(prefix)) {
      rest = trimmed(rest.substr(prefix.size()));
      break;
    }
  }
  int meridiem = 0;  // 1: a.m., 2: p.m.
  for (const std::string_view suffix : {"uhr", "a.m.", "p.m.", "am", "pm"}) {
    if (rest.ends_with(suffix)) {
      if (suffix != "uhr") meridiem = suffix.front() == 'a' ? 1 : 2;
      rest = trimmed(rest.substr(0, rest.size() - suffix.size()));
      break;
    }
  }
  int hour = 0;
  int minute = 0;
  if (rest.size() == 4 && all_digits(rest) && meridiem == 0) {
    hour = number_value(rest.substr(0, 2));  // "1800", as on a timetable
    minute = number_value(rest.substr(2));
  } else {
    std::size_t at = 0;
    while (at < rest.size() && is_digit(rest[at])) ++at;
    if (at == 0 || at > 2) return std::nullopt;
    hour = number_value(rest.substr(0, at));
    rest = rest.substr(at);
    if (!rest.empty()) {
      if ((rest[0] != ':' && rest[0] != '.') || rest.size() < 3 || !all_digits(rest.substr(1, 2))) {
        return std::nullopt;
      }
      minute = number_value(rest.substr(1, 2));
      rest = rest.substr(3);
      // Seconds: only ":00", which HH:MM loses nothing by leaving out.
      if (!rest.empty() && rest != ":00" && rest != ".00") return std::nullopt;
    }
  }
  if (meridiem != 0) {
    if (hour < 1 || hour > 12) return std::nullopt;
    hour = hour % 12 + (meridiem == 2 ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return std::nullopt;
  return Time{hour, minute};
}

std::optional<TimeSpan> read_written_time_span(std::string_view text) {
  for (const std::string_view separator : {"–", "—", "-", " til ", " till ", " to ", " bis "}) {
    const std::size_t at = text.find(separator);
    if (at == std::string_view::npos) continue;
    const auto start = read_written_time(text.substr(0, at));
    const auto end = read_written_time(text.substr(at + separator.size()));
    if (start && end) return TimeSpan{*start, *end};
  }
  return std::nullopt;
}

}  // namespace minutes::detail
