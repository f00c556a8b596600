// "Neste møte blir Kick-Off for programmet SMART SKIPTVET, den 24.mars kl.18-21.": a lead, an
// optional title, a date (the year from the meeting's date when not written), optional times
// and an optional place. `whole` tells the caller whether some words fitted no field, so that
// the sentence is kept in the summary too.
#include <algorithm>

#include "import/recognise.hpp"

namespace minutes::import_detail {
namespace {

std::size_t word_end(std::string_view text, std::size_t at) {
  while (at < text.size() && is_letter_at(text, at)) ++at;
  return at;
}

// Words that only join a title, date, time and place: "den", "on", "kl", ",".
bool is_joining_word(std::string_view lower_word) {
  static const std::vector<std::string_view> k_words{
      "den", "on", "the", "at", "am", "på", "i", "om", "held", "dato", "date", "for", "kl",
      "kl.", "klokka", "from", "fra", "frå", "starting", "til", "to", "in", "and", "og", "um",
      "ab"};
  return std::find(k_words.begin(), k_words.end(), lower_word) != k_words.end() ||
         is_weekday(lower_word);
}

// Strips joining words and punctuation from the end of a title: "SMART SKIPTVET, den".
std::string_view trim_title(std::string_view title) {
  for (;;) {
    title = trim_chars(title, ",;:-–—");
    const std::size_t space = title.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? title : title.substr(space + 1);
    if (last.empty() || !is_joining_word(lower(last))) return title;
    title = space == std::string_view::npos ? std::string_view() : title.substr(0, space);
  }
}

bool only_joining_words(std::string_view text) {
  const std::string lowered = lower(text);
  for (const Span& span : word_spans(lowered)) {
    const std::string_view word =
        trim_chars(std::string_view(lowered).substr(span.begin, span.end - span.begin), ",;:.-–");
    if (!word.empty() && !is_joining_word(word)) return false;
  }
  return true;
}

}  // namespace

std::size_t next_meeting_lead(std::string_view lowered) {
  std::size_t i = 0;
  if (word_at(lowered, 0, "the")) i = skip_spaces(lowered, 3);
  if (word_at(lowered, i, "neste") || word_at(lowered, i, "nächste") ||
      word_at(lowered, i, "nächstes")) {
    const std::size_t space = lowered.find(' ', i);
    if (space == std::string_view::npos) return 0;
    const std::size_t next = skip_spaces(lowered, space);
    const std::size_t end = word_end(lowered, next);
    const std::string_view word = lowered.substr(next, end - next);
    if (word.ends_with("møte") || word.ends_with("møtet") || word == "sitzung" ||
        word == "treffen") {
      return end;
    }
    return 0;
  }
  if (!word_at(lowered, i, "next")) return 0;
  std::size_t at = skip_spaces(lowered, i + 4);
  for (int words = 0; words < 3 && at < lowered.size(); ++words) {
    const std::size_t end = word_end(lowered, at);
    if (end == at) return 0;
    if (lowered.substr(at, end - at) == "meeting") return end;
    at = skip_spaces(lowered, end);
  }
  return 0;
}

std::optional<NextFound> parse_next_meeting(std::string_view input, const Date& meeting,
                                            bool labelled) {
  const std::string text = std::string(trim(strip_emphasis(input)));
  const std::string lowered = lower(text);
  NextFound found;
  std::size_t at = 0;
  if (!labelled) {
    at = next_meeting_lead(lowered);
    if (at == 0) return std::nullopt;
  }
  at = skip_spaces(lowered, at);
  if (at < lowered.size() && lowered[at] == ':') at = skip_spaces(lowered, at + 1);
  static const std::vector<std::string_view> k_verbs{
      "blir holdt", "blir avholdt", "blir", "vert halde", "vert haldt", "vert", "er planlagt",
      "er berammet til", "er satt til", "er", "holdes", "avholdes", "finner sted",
      "will be held", "will take place", "will be", "is scheduled for", "has been set for",
      "is set for", "is planned for", "is", "findet", "ist", "wird"};
  if (const std::size_t verb = word_at_any(lowered, at, k_verbs)) at = skip_spaces(lowered, at + verb);
  const auto date = find_date(text, at, true);
  if (!date) return std::nullopt;
  found.next.date = complete_date(*date, meeting);
  if (found.next.date <= meeting) return std::nullopt;  // the rule next-meeting would fail
  if (date->year == 0) found.guess = "the year from the meeting's date";

  const std::string_view title = trim_title(std::string_view(text).substr(at, date->begin - at));
  if (!title.empty() && starts_upper(title)) {
    found.next.title = std::string(title);
  } else if (!title.empty()) {
    found.whole = false;
  }
  std::size_t after = date->end;
  if (const auto times = find_times(text, date->end)) {
    if (only_joining_words(std::string_view(text).substr(date->end, times->begin - date->end))) {
      found.next.start = times->start;
      found.next.end = times->finish;
      after = times->end;
      if (found.next.start && found.next.end && *found.next.end <= *found.next.start) {
        found.next.end.reset();
        found.guess += std::string(found.guess.empty() ? "" : "; ") +
                       "the end time left out: not after the start";
        found.whole = false;
      }
    }
  }
  std::string_view tail = trim_chars(std::string_view(text).substr(after), ",;:.-–");
  if (tail.starts_with('(') && tail.ends_with(')')) tail = trim(tail.substr(1, tail.size() - 2));
  const std::string tail_lower = lower(tail);
  for (std::string_view preposition : {"i ", "på ", "in ", "at ", "im ", "location ", "sted ",
                                       "stad "}) {
    if (tail_lower.starts_with(preposition)) {
      tail = trim(tail.substr(preposition.size()));
      break;
    }
  }
  if (!tail.empty()) {
    if (word_spans(tail).size() <= 8 && tail.find(". ") == std::string_view::npos) {
      found.next.location = std::string(tail);
    } else {
      found.whole = false;
    }
  }
  return found;
}

}  // namespace minutes::import_detail
