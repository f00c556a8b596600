// The heading: "Referat fra dialogmøte med næringslivet 25.02.2020" gives the title
// "Dialogmøte med næringslivet" and the date; "Minutes of the board meeting, 3 March 2024,
// 18:30-20:45" the title "Board meeting", the date and the times. The prefix ("Referat fra",
// "Minutes of") is not part of the title.
#include <fmt/format.h>

#include "import/importer.hpp"
#include "minutes/dates.hpp"

namespace minutes::import_detail {
namespace {

bool is_heading_filler(std::string_view lower_word) {
  static const std::vector<std::string_view> k_words{
      "den", "on", "held", "dated", "avholdt", "holdt", "halde", "haldt", "the", "am", "vom",
      "dato", "date", "i", "from", "fra", "frå", "kl", "kl.", "at"};
  return std::find(k_words.begin(), k_words.end(), lower_word) != k_words.end() ||
         is_weekday(lower_word);
}

std::string clean_title(std::string_view text, bool after_prefix) {
  for (;;) {
    text = trim_chars(text, ",;:-–—(");
    const std::size_t space = text.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
    if (last.empty() || !is_heading_filler(lower(trim_chars(last, ",")))) break;
    text = space == std::string_view::npos ? std::string_view() : text.substr(0, space);
  }
  if (after_prefix) {
    const std::string lowered = lower(text);
    for (std::string_view article : {"the ", "a ", "an "}) {
      if (lowered.starts_with(article)) {
        text = trim(text.substr(article.size()));
        break;
      }
    }
  }
  return std::string(text);
}

// Only joining words between a date and a time: "3 March 2024, 18:30".
bool only_fillers(std::string_view text) {
  const std::string lowered = lower(text);
  for (const Span& span : word_spans(lowered)) {
    const std::string_view word =
        trim_chars(std::string_view(lowered).substr(span.begin, span.end - span.begin), ",;:-–");
    if (!word.empty() && !is_heading_filler(word)) return false;
  }
  return true;
}

std::string line_text(const Line& line) {
  if (line.kind != LineKind::row) return strip_emphasis(line.content);
  std::string joined;
  for (const std::string& cell : line.cells) {
    if (!cell.empty()) joined += (joined.empty() ? "" : " ") + cell;
  }
  return strip_emphasis(joined);
}

std::string fallback_title(std::string_view language) {
  if (language == "en") return "Minutes";
  if (language == "de") return "Protokoll";
  return "Møtereferat";
}

}  // namespace

std::optional<Diagnostic> Importer::read_heading() {
  std::size_t at = 0;
  while (at < m_lines.size() &&
         (m_lines[at].kind == LineKind::blank || m_lines[at].kind == LineKind::rule ||
          m_lines[at].kind == LineKind::separator)) {
    ++at;
  }
  const std::string content = at < m_lines.size() ? line_text(m_lines[at]) : std::string();
  const std::size_t prefix = title_prefix(content);
  bool titled = at < m_lines.size() && (prefix > 0 || !match_label(content));
  if (titled && (m_lines[at].kind == LineKind::bullet || m_lines[at].kind == LineKind::numbered)) {
    titled = false;
  }
  // A first line that is a paragraph is not a heading.
  if (titled && prefix == 0 &&
      (code_points(content) > 200 || sentences(content).size() > 1 || content.ends_with('.'))) {
    titled = false;
  }
  if (!titled) {
    const std::string language =
        m_options.language.empty() ? guess_language(m_text).language : m_options.language;
    m_meeting.title = fallback_title(language);
    note(0, "title", quote_value(m_meeting.title), "no heading line; a title by the language");
    return std::nullopt;
  }
  const Line& line = m_lines[at];
  m_title_line = line.number;
  m_used[at] = true;
  const std::string_view rest = std::string_view(content).substr(prefix);
  const auto date = find_date(rest);
  std::string_view before = rest;
  std::string_view after;
  if (date) {
    m_heading_date = *date;
    m_heading_date_line = line.number;
    before = rest.substr(0, date->begin);
    std::size_t end = date->end;
    if (const auto times = find_times(rest, date->end);
        times && only_fillers(rest.substr(date->end, times->begin - date->end))) {
      m_meeting.start = times->start;
      m_meeting.end = times->finish;
      end = times->end;
    }
    after = trim_chars(rest.substr(end), ",;:-–—.");
  }
  std::string title = clean_title(before, prefix > 0);
  std::string guess;
  if (title.empty() && !after.empty() && !lower(after).starts_with("i ") &&
      !lower(after).starts_with("på ") && !lower(after).starts_with("in ") &&
      !lower(after).starts_with("at ")) {
    title = clean_title(after, prefix > 0);
    after = {};
  }
  if (title.empty()) {
    // "Referat" alone, or with a date only: the next short line may be the title.
    std::size_t next = at + 1;
    while (next < m_lines.size() && m_lines[next].kind == LineKind::blank) ++next;
    const std::string candidate = next < m_lines.size() ? line_text(m_lines[next]) : std::string();
    const bool plain = next < m_lines.size() && (m_lines[next].kind == LineKind::text ||
                                                 m_lines[next].kind == LineKind::heading);
    if (plain && !candidate.empty() && !match_label(candidate) && !is_workshop_part(candidate) &&
        code_points(candidate) <= 200 && !candidate.ends_with('.')) {
      const auto next_date = find_date(candidate);
      title = clean_title(next_date ? std::string_view(candidate).substr(0, next_date->begin)
                                    : std::string_view(candidate),
                          false);
      if (next_date && !m_heading_date) {
        m_heading_date = *next_date;
        m_heading_date_line = m_lines[next].number;
      }
      if (!title.empty()) {
        m_used[next] = true;
        guess = "the line after the heading";
      }
    }
    if (title.empty()) {
      title = std::string(trim_chars(std::string_view(content).substr(0, prefix), ":,-–— "));
      guess = "the heading has no words besides the prefix and the date";
    }
  }
  title = capitalise(title);
  if (title.empty()) {
    title = fallback_title(m_options.language.empty() ? guess_language(m_text).language : m_options.language);
    guess = "the heading has no words for a title; a title by the language";
  }
  if (code_points(title) > 200) {
    to_summary(line.number, line.number, content, "the heading is too long for a title");
    title = shorten(title, 200);
    guess = "shortened to 200 characters; the whole heading is in the summary";
  }
  m_meeting.title = title;
  note(line.number, "title", quote_value(title), guess);
  if (!after.empty()) {
    const std::string lowered = lower(after);
    for (std::string_view preposition : {"i ", "på ", "in ", "at "}) {
      if (lowered.starts_with(preposition)) {
        m_meeting.location = std::string(trim(after.substr(preposition.size())));
        note(line.number, "location", quote_value(m_meeting.location),
             "the words after the date in the heading");
        return std::nullopt;
      }
    }
    to_summary(line.number, line.number, std::string(after), "the rest of the heading");
  }
  return std::nullopt;
}

std::optional<Diagnostic> Importer::settle_date() {
  const auto error = [](int line, std::string message) {
    return Diagnostic{{std::max(line, 1), 1}, "", "import", Severity::error, std::move(message)};
  };
  const int heading_line = m_heading_date_line > 0 ? m_heading_date_line : m_title_line;
  if (m_options.date) {
    m_meeting.date = *m_options.date;
    std::string guess = "from --date";
    if (m_heading_date && m_heading_date->year != 0) {
      const Date written{m_heading_date->year, m_heading_date->month, m_heading_date->day};
      if (written != m_meeting.date) {
        guess += "; the text says " + format_date(written);
      }
    }
    note(heading_line, "date", format_date(m_meeting.date), guess);
    return std::nullopt;
  }
  if (m_heading_date && m_heading_date->year != 0) {
    m_meeting.date = Date{m_heading_date->year, m_heading_date->month, m_heading_date->day};
    note(m_heading_date_line, "date", format_date(m_meeting.date));
    return std::nullopt;
  }
  // A "Dato:" or "Date:" line anywhere, else the first full date near the top.
  for (const Line& line : m_lines) {
    if (line.kind != LineKind::text && line.kind != LineKind::heading) continue;
    const auto label = match_label(strip_emphasis(line.content));
    if (!label || (label->meta != Meta::date && label->meta != Meta::date_time_place)) continue;
    if (const auto date = find_date(label->rest); date && date->year != 0) {
      m_meeting.date = Date{date->year, date->month, date->day};
      note(line.number, "date", format_date(m_meeting.date));
      return std::nullopt;
    }
  }
  int seen = 0;
  for (const Line& line : m_lines) {
    if (line.kind == LineKind::blank || line.kind == LineKind::row) continue;
    if (++seen > 10) break;
    if (const auto date = find_date(strip_emphasis(line.content)); date && date->year != 0) {
      m_meeting.date = Date{date->year, date->month, date->day};
      note(line.number, "date", format_date(m_meeting.date), "the first date in the text");
      return std::nullopt;
    }
  }
  if (m_heading_date) {
    return error(heading_line,
                 fmt::format("the date on line {} has no year; give --date YYYY-MM-DD", heading_line));
  }
  return error(m_title_line,
               "no date found: write it in the heading (\"Referat fra styremøte 03.03.2024\", "
               "\"Minutes of the board meeting, 3 March 2024\") or on a \"Dato:\" or \"Date:\" "
               "line, or give --date YYYY-MM-DD");
}

}  // namespace minutes::import_detail
