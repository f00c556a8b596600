// Plain text: UTF-8 to paste into an e-mail, read in a plain-text mail client or a terminal.
//
// Inert text. Whatever a record holds, the output cannot drive a terminal: ESC and the other C0
// controls, DEL, C1 controls (U+0080..U+009F, the 8-bit CSI among them), bytes that are not
// UTF-8, and the bidi embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069, which
// make a line read in another order than it is stored) all become U+FFFD, so that the reader
// sees something was there. TAB is a space, except in Markdown fields, where it goes to the next
// multiple of 4 columns (CommonMark's tab stop) so that indented lines stay indented. CR LF, a
// lone CR and U+2028/U+2029 are line breaks: a lone CR would move the cursor back and let the
// rest of the line overwrite its start.
//
// Layout. Lines are at most 72 columns, one column per code point (æ, ø, å are one column each;
// wide East Asian characters and combining marks are not measured apart). Lines break only at
// spaces, so no UTF-8 sequence is ever split, and a word longer than the line (a URL) stands
// whole on its own line. One blank line between blocks and never two, no trailing spaces, one
// newline at the end. Headings of level 1 and 2 are underlined with `=` and `-` as long as their
// longest line, the look every plain-text reader knows; deeper levels are their text alone. A
// list item's continuation lines and nested blocks are indented under its text; the width left
// to nested blocks never falls below 24 columns, so very deep nesting passes 72 columns rather
// than wrap word by word.
//
// Spans. Strong and emphasis are plain text. The views use strong for names, item titles,
// decision ids and totals, which their place already sets apart: `*x*` on all of them would be
// noise, would throw table columns out of line, and only some clients show it as bold. A link
// is its text followed by ` <URL>` (the form RFC 3986 appendix C suggests for URLs in plain text;
// mail clients make a link of it), or the URL alone when the text is empty or is the URL (or the
// address of a mailto: URL). Only http, https and mailto URLs are written (is_safe_url() without
// relative URLs: a mail has no base to resolve them against); for any other URL the text stands
// alone. URLs go through encode_url(), so a space or `>` cannot end them early.
//
// Markdown fields are re-flowed as Markdown reads them: the lines of a paragraph are one text (a
// line break in Markdown source is a space) wrapped at 72 columns. Authors break their source
// lines wherever their editor does, near 100 columns, and keeping those breaks would leave an
// orphan word after every other line. A list item's lines join the item (its continuation lines
// indented under its text and lazy ones that are not), wrapped under its text after its marker;
// a block quote's lines join within the quote, and every output line starts with its `> ` again.
// Telling these apart takes CommonMark's block structure in a small part: MarkdownFlow below.
// Kept as written, line by line: fenced code (``` and ~~~), table rows (lines starting with `|`,
// and the rows under a `--- | ---` line), indented code (4 spaces deeper than its container, when
// it does not continue a paragraph), thematic breaks and setext underlines. An ATX heading (`#`)
// stays one line, wrapped under its text only when longer than 72 columns. A hard line break (two
// spaces or a backslash at a line's end) ends the output line there, without the spaces and
// without the backslash: the line break shows it, and in plain text a backslash would be one more
// character to read past (at a paragraph's end, where Markdown shows it, it stays). HTML blocks
// are not told apart; their lines join like a paragraph's. Emphasis markers, link syntax and raw
// HTML stay as written: in plain text they are only characters. Runs of blank lines become one.
//
// Tables are aligned columns two spaces apart, the header underlined with `-`, when the widest
// line of every column fits in 72 columns together. Cells may hold several lines; then rows are
// separated by blank lines, or they would run together. A wider table becomes records: one
// `Header: value` line per non-empty cell, headers aligned as in definitions, a blank line between
// rows. A grid without a header row (workshop answers) that does not fit becomes a `- ` list of
// its non-empty cells in reading order: its rows are only a way to fill its columns. The caption
// is the line above the table (above the blank line before records or a list).
//
// Definitions are `Term: value` lines. The values start in one column when the longest term
// leaves two thirds of the line to them; otherwise each value follows its own term and wraps
// indented by four spaces. A chart is its alt text (the view puts its numbers in a table beside
// it).
#include "emit/txt.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "emit/emitters.hpp"
#include "emit/safe_url.hpp"
#include "minutes/diagnostic.hpp"

namespace minutes::txt {
namespace {

using Lines = std::vector<std::string>;

constexpr std::size_t k_min_width = 24;      // the narrowest nested blocks get
constexpr std::size_t k_markdown_tab = 4;    // CommonMark's tab stop
constexpr std::size_t k_column_gap = 2;      // spaces between table columns
constexpr std::size_t k_hanging_indent = 4;  // wrapped values of unaligned definitions
constexpr std::string_view k_replacement = "\xEF\xBF\xBD";  // U+FFFD

// What clean() makes of line breaks and tabs.
enum class Breaks {
  fold,      // a line break is a space: inline text, re-wrapped anyway
  keep,      // a line break is '\n': table cells
  markdown,  // as keep, and a tab stays '\t' for expand_tabs()
};

bool is_bidi_control(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// `text` as valid UTF-8 that cannot steer a terminal (see the top of the file).
std::string clean(std::string_view text, Breaks breaks) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    char32_t c = 0;
    const std::size_t length = decode_utf8(text, at, c);
    if (length == 0) {
      out += k_replacement;
      ++at;
      continue;
    }
    if (c == '\r' && at + 1 < text.size() && text[at + 1] == '\n') {
      ++at;  // CR LF is one line break: the LF's
      continue;
    }
    if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
      out += breaks == Breaks::fold ? ' ' : '\n';
    } else if (c == '\t') {
      out += breaks == Breaks::markdown ? '\t' : ' ';
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || is_bidi_control(c)) {
      out += k_replacement;
    } else {
      out.append(text.substr(at, length));
    }
    at += length;
  }
  return out;
}

// Columns of cleaned text: one per code point, that is per byte that does not continue one.
std::size_t columns(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t at = text.find_first_not_of(' '); at != std::string_view::npos;
       at = text.find_first_not_of(' ', at)) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    out.emplace_back(text.substr(at, end - at));
    at = end;
  }
  return out;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : " ") + part;
  return out;
}

std::string trimmed_right(std::string text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

// `words` in lines of at most `width` columns, the first starting with `first`, the others with
// `next` (prefixes end in the space before the text). A word longer than a line gets a line of
// its own. Without words: `first` alone, or nothing when it is blank.
Lines wrap(const std::vector<std::string>& words, std::string_view first, std::string_view next,
           std::size_t width) {
  Lines lines;
  std::string line(first);
  std::size_t used = columns(first);
  bool has_word = false;
  for (const std::string& word : words) {
    const std::size_t size = columns(word);
    if (has_word && used + 1 + size > width) {
      lines.push_back(std::move(line));
      line = std::string(next);
      used = columns(next);
      has_word = false;
    }
    if (has_word) {
      line += ' ';
      ++used;
    }
    line += word;
    used += size;
    has_word = true;
  }
  line = trimmed_right(std::move(line));
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

// The URL a link shows, or "" when it shows none.
std::string shown_url(std::string_view href) {
  if (href.empty() || !is_safe_url(href) || is_relative_url(href)) return {};
  std::string url;
  for (const char c : clean(encode_url(href), Breaks::fold)) {
    if (c == ' ') {
      url += "%20";  // U+2028 came out as a space; a URL is one word
    } else {
      url += c;
    }
  }
  return url;
}

std::string span_text(const doc::Span& span, Breaks breaks) {
  std::string text = clean(span.text, breaks);
  const std::string url = shown_url(span.href);
  if (url.empty()) return text;
  const std::size_t first = text.find_first_not_of(" \n");
  if (first == std::string::npos) return text + url;
  const std::size_t last = text.find_last_not_of(" \n");
  const std::string core = joined(words(text.substr(first, last + 1 - first)));
  const bool is_address = url.starts_with("mailto:") && std::string_view(url).substr(7) == core;
  if (core == url || is_address) return text;
  return text.substr(0, last + 1) + " <" + url + ">" + text.substr(last + 1);
}

std::string spans_text(const doc::Spans& spans, Breaks breaks) {
  std::string text;
  for (const doc::Span& span : spans) text += span_text(span, breaks);
  return text;
}

std::vector<std::string> inline_words(const doc::Spans& spans) {
  return words(spans_text(spans, Breaks::fold));
}

// One-line text (terms, headers, captions) with single spaces between its words.
std::string folded(std::string_view text) { return joined(words(clean(text, Breaks::fold))); }

Lines indented(Lines lines, std::size_t by) {
  for (std::string& line : lines) {
    if (!line.empty()) line.insert(0, by, ' ');
  }
  return lines;
}

void append(Lines& to, Lines lines) {
  for (std::string& line : lines) to.push_back(std::move(line));
}

// No trailing spaces, no blank line first, last or after another.
void tidy(Lines& lines) {
  Lines out;
  for (std::string& line : lines) {
    line = trimmed_right(std::move(line));
    if (line.empty() && (out.empty() || out.back().empty())) continue;
    out.push_back(std::move(line));
  }
  if (!out.empty() && out.back().empty()) out.pop_back();
  lines = std::move(out);
}

Lines render_blocks(const std::vector<doc::Block>& blocks, std::size_t width);

Lines render(const doc::Heading& heading, std::size_t width) {
  Lines lines = wrap(inline_words(heading.content), "", "", width);
  if (lines.empty() || heading.level > 2) return lines;
  std::size_t longest = 0;
  for (const std::string& line : lines) longest = std::max(longest, columns(line));
  lines.emplace_back(longest, heading.level <= 1 ? '=' : '-');
  return lines;
}

Lines render(const doc::Paragraph& paragraph, std::size_t width) {
  return wrap(inline_words(paragraph.content), "", "", width);
}

std::string expand_tabs(std::string_view line) {
  std::string out;
  std::size_t column = 0;
  for (const char c : line) {
    if (c == '\t') {
      const std::size_t spaces = k_markdown_tab - column % k_markdown_tab;
      out.append(spaces, ' ');
      column += spaces;
      continue;
    }
    out += c;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
  }
  return out;
}

// The spaces in `line` from `at` on.
std::size_t spaces_at(std::string_view line, std::size_t at) {
  return std::min(line.find_first_not_of(' ', at), line.size()) - std::min(at, line.size());
}

// `---`, `***`, `___`: three or more, spaces between allowed. `body` is a line's text after its
// containers and indentation, as in the functions below.
bool is_thematic_break(std::string_view body) {
  if (body.empty() || (body[0] != '-' && body[0] != '*' && body[0] != '_')) return false;
  std::size_t count = 0;
  for (const char c : body) {
    if (c == body[0]) {
      ++count;
    } else if (c != ' ') {
      return false;
    }
  }
  return count >= 3;
}

// A setext heading's underline: a run of `=` or `-` (the paragraph above it is the heading).
bool is_setext_underline(std::string_view body) {
  const std::size_t run =
      std::min(body.find_first_not_of(body.empty() ? ' ' : body[0]), body.size());
  return !body.empty() && (body[0] == '=' || body[0] == '-') &&
         body.find_first_not_of(' ', run) == std::string_view::npos;
}

// The row under a table's header row (GitHub's tables): `--- | :---:`, `|---|`.
bool is_table_delimiter(std::string_view body) {
  return body.find('|') != std::string_view::npos && body.find('-') != std::string_view::npos &&
         body.find_first_not_of("|:- ") == std::string_view::npos;
}

bool is_atx_heading(std::string_view body) {
  const std::size_t hashes = std::min(body.find_first_not_of('#'), body.size());
  return hashes >= 1 && hashes <= 6 && (hashes == body.size() || body[hashes] == ' ');
}

// The length of the run of ` or ~ that opens a code fence, or 0.
std::size_t fence_opening(std::string_view body) {
  if (!body.starts_with("```") && !body.starts_with("~~~")) return 0;
  const std::size_t run = std::min(body.find_first_not_of(body[0]), body.size());
  // A ``` fence's info string has no backtick: ```x``` at a line's start is inline code.
  if (body[0] == '`' && body.find('`', run) != std::string_view::npos) return 0;
  return run;
}

// A list marker at the start of `body` (`-`, `*`, `+`, `1.`, `1)`), followed by a space or the
// end of the line.
struct ListMarker {
  std::size_t length = 0;  // 0: none
  bool ordered = false;
  bool starts_at_one = false;
};

ListMarker list_marker(std::string_view body) {
  ListMarker marker;
  if (!body.empty() && (body[0] == '-' || body[0] == '*' || body[0] == '+')) {
    marker.length = 1;
  } else {
    std::size_t digits = 0;
    while (digits < body.size() && digits < 9 && body[digits] >= '0' && body[digits] <= '9') {
      ++digits;
    }
    if (digits > 0 && digits < body.size() && (body[digits] == '.' || body[digits] == ')')) {
      const std::size_t nonzero = body.find_first_not_of('0');
      marker = {digits + 1, true, nonzero == digits - 1 && body[nonzero] == '1'};
    }
  }
  if (marker.length > 0 && marker.length < body.size() && body[marker.length] != ' ') return {};
  return marker;
}

// Markdown source re-flowed line by line, after the block structure of CommonMark (in a small
// part: block quotes, list items, paragraphs, and the leaf blocks that end a paragraph). The
// open containers (quotes and list items, outermost first) are matched against each line as
// CommonMark does; a paragraph collects the words of its lines until a blank line, a block that
// can interrupt it, or the end of its containers (except for lazy continuation lines).
class MarkdownFlow {
 public:
  explicit MarkdownFlow(std::size_t width) : m_width(width) {}

  void add(std::string_view raw);

  Lines finish() {
    end_paragraph();
    if (m_last_blank && !m_lines.empty()) m_lines.pop_back();
    tidy(m_lines);
    return std::move(m_lines);
  }

 private:
  struct Container {
    bool quote = false;
    std::size_t width = 0;  // a list item: the columns its lines are indented by
  };

  // The prefix of an output line inside `containers`, on a line that does not open them.
  static std::string continued(const std::vector<Container>& containers) {
    std::string prefix;
    for (const Container& container : containers) {
      prefix += container.quote ? std::string("> ") : std::string(container.width, ' ');
    }
    return prefix;
  }

  void end_paragraph() {
    if (!m_paragraph) return;
    for (std::size_t s = 0; s < m_segments.size(); ++s) {
      append(m_lines, wrap(m_segments[s], s == 0 ? m_first : m_next, m_next, m_width));
    }
    m_segments.clear();
    m_paragraph = false;
    m_break = Break::none;
    m_last_blank = false;
  }

  void emit(std::string line) {
    end_paragraph();
    m_lines.push_back(std::move(line));
    m_last_blank = false;
  }

  // A blank line (within quotes: their markers alone). Of a run, only the least nested stays.
  void blank(std::string prefix) {
    end_paragraph();
    prefix = trimmed_right(std::move(prefix));
    if (m_lines.empty()) return;
    if (!m_last_blank) {
      m_lines.push_back(std::move(prefix));
      m_last_blank = true;
    } else if (prefix.size() < m_lines.back().size()) {
      m_lines.back() = std::move(prefix);
    }
  }

  void join(std::string_view line, std::string_view text, bool two_spaces) {
    m_last_line = line;
    m_last_start = {m_segments.size() - 1, m_segments.back().size()};
    if (m_break != Break::none) {
      std::vector<std::string>& last = m_segments.back();
      if (m_break == Break::backslash && !last.empty()) {
        last.back().pop_back();
        if (last.back().empty()) last.pop_back();
      }
      m_segments.emplace_back();
      m_last_start = {m_segments.size() - 1, 0};
    }
    for (std::string& word : words(text)) m_segments.back().push_back(std::move(word));
    const std::size_t backslashes =
        text.size() - std::min(text.find_last_not_of('\\') + 1, text.size());
    m_break = two_spaces ? Break::spaces : backslashes % 2 == 1 ? Break::backslash : Break::none;
  }

  // A table's delimiter row under the paragraph: its last line was the header row, not text.
  void table_header() {
    m_segments.resize(m_last_start.first + 1);
    m_segments.back().resize(m_last_start.second);
    if (m_segments.back().empty() && m_segments.size() > 1) m_segments.pop_back();
    if (m_segments.size() == 1 && m_segments[0].empty()) m_paragraph = false;
    emit(m_last_line);
  }

  enum class Break { none, spaces, backslash };  // a hard line break after the last line

  std::size_t m_width;
  Lines m_lines;
  bool m_last_blank = true;  // the last line is blank, or there is none yet
  std::vector<Container> m_open;
  std::size_t m_fence = 0;  // the length of the open code fence's run, or 0
  char m_fence_char = 0;
  bool m_paragraph = false;
  std::string m_first, m_next;                       // a paragraph's prefixes: first line, others
  std::vector<std::vector<std::string>> m_segments;  // its words, split at hard line breaks
  Break m_break = Break::none;
  std::string m_last_line;                           // the paragraph's last line as written
  std::pair<std::size_t, std::size_t> m_last_start;  // where its words start: segment, word
  bool m_table = false;  // the last line was a table row: the lines after it are rows too
};

void MarkdownFlow::add(std::string_view raw) {
  const std::string line = trimmed_right(expand_tabs(raw));
  const std::string_view view(line);
  const bool after_table_row = std::exchange(m_table, false);

  // Containers that go on: a quote by its `>`, a list item by indentation (or a blank line).
  std::size_t at = 0;
  std::size_t matched = 0;
  for (; matched < m_open.size(); ++matched) {
    const std::size_t indent = spaces_at(view, at);
    if (m_open[matched].quote) {
      if (indent > 3 || at + indent == line.size() || line[at + indent] != '>') break;
      at += indent + 1;
      if (at < line.size() && line[at] == ' ') ++at;
    } else if (at + indent == line.size()) {
      at = line.size();
    } else if (indent >= m_open[matched].width) {
      at += m_open[matched].width;
    } else {
      break;
    }
  }
  const bool all_matched = matched == m_open.size();
  if (m_fence > 0) {
    if (all_matched) {
      const std::string_view body = view.substr(at + spaces_at(view, at));
      const std::size_t run = std::min(body.find_first_not_of(m_fence_char), body.size());
      if (spaces_at(view, at) <= 3 && run >= m_fence && run == body.size()) m_fence = 0;
      emit(line);
      return;
    }
    m_fence = 0;  // the fence's container ended, and the fence with it
  }

  // Containers that start on this line.
  std::string first = continued({m_open.begin(), m_open.begin() + matched});
  bool opened = false;
  bool opened_item = false;
  const auto open = [&](Container container) {
    if (!opened) {
      end_paragraph();
      m_open.resize(matched);
      opened = true;
    }
    m_open.push_back(container);
  };
  for (;;) {
    const std::size_t indent = spaces_at(view, at);
    if (indent >= 4 || at + indent == line.size()) break;
    const std::string_view body = view.substr(at + indent);
    if (body[0] == '>') {
      open({true, 0});
      first += "> ";
      at += indent + 1;
      if (at < line.size() && line[at] == ' ') ++at;
      continue;
    }
    const ListMarker marker = list_marker(body);
    if (marker.length == 0 || is_thematic_break(body)) break;
    const std::size_t after = spaces_at(body, marker.length);
    const bool empty = marker.length + after == body.size();
    // Only a bullet or 1. that is followed by text interrupts a paragraph: `2024.` that starts a
    // line of running text is running text.
    if (!opened && all_matched && m_paragraph &&
        (empty || (marker.ordered && !marker.starts_at_one))) {
      break;
    }
    const std::size_t width = indent + marker.length + (empty || after > 4 ? 1 : after);
    open({false, width});
    opened_item = true;
    std::string piece(view.substr(at, std::min(width, line.size() - at)));
    piece.resize(width, ' ');
    first += piece;
    at = std::min(at + width, line.size());
  }

  const std::string_view rest = view.substr(at);
  const std::size_t indent = spaces_at(rest, 0);
  const std::string_view body = rest.substr(indent);
  if (body.empty()) {
    if (opened_item) {
      emit(trimmed_right(first));  // an empty list item
    } else {
      if (!opened) m_open.resize(matched);  // a blank line ends the quotes it is not in
      blank(continued(m_open));
    }
    return;
  }
  bool continues_paragraph = m_paragraph && !opened;
  // Leaf blocks that end a paragraph (indented by 4, a line is text or code instead).
  const bool interrupts =
      indent < 4 && (fence_opening(body) > 0 || is_atx_heading(body) || is_thematic_break(body) ||
                     body.starts_with('|') || (m_paragraph && is_setext_underline(body)));
  const bool two_spaces = raw.ends_with("  ");
  if (after_table_row && all_matched && !opened && !interrupts) {
    emit(line);  // a row without `|` at its start
    m_table = true;
    return;
  }
  if (continues_paragraph && all_matched && indent < 4 && is_table_delimiter(body) &&
      m_last_line.find('|') != std::string::npos) {
    table_header();
    emit(line);
    m_table = true;
    return;
  }
  if (continues_paragraph && !all_matched && !interrupts) {
    join(line, body, two_spaces);  // a lazy continuation line: the containers go on
    return;
  }
  if (!opened && !all_matched) {
    end_paragraph();
    m_open.resize(matched);
    continues_paragraph = false;
  }
  if (indent >= 4) {
    if (continues_paragraph) {
      join(line, body, two_spaces);  // indented code cannot interrupt a paragraph
    } else {
      emit(line);  // indented code
    }
    return;
  }
  if (const std::size_t run = fence_opening(body); run > 0) {
    emit(line);
    m_fence = run;
    m_fence_char = body[0];
    return;
  }
  if (interrupts) {
    if (is_atx_heading(body) && columns(first) + columns(body) > m_width) {
      // Too long for a line: wrapped under its text.
      end_paragraph();
      const std::size_t hashes = std::min(body.find_first_not_of('#'), body.size());
      append(m_lines,
             wrap(words(body), first, continued(m_open) + std::string(hashes + 1, ' '), m_width));
      m_last_blank = false;
    } else if (is_atx_heading(body)) {
      emit(first + std::string(body));
    } else {
      emit(line);  // a thematic break, a setext underline, a table row
      m_table = body.starts_with('|');
    }
    return;
  }
  if (!continues_paragraph) {
    end_paragraph();
    m_paragraph = true;
    m_first = first;
    m_next = continued(m_open);
    m_segments.assign(1, {});
  }
  join(line, body, two_spaces);
}

Lines render(const doc::MarkdownText& text, std::size_t width) {
  const std::string source = clean(text.source, Breaks::markdown);
  MarkdownFlow flow(width);
  for (std::size_t start = 0; start <= source.size();) {
    const std::size_t end = std::min(source.find('\n', start), source.size());
    flow.add(std::string_view(source).substr(start, end - start));
    start = end + 1;
  }
  return flow.finish();
}

// Numbers right-aligned (` 9.`, `10.`), so that item texts start in one column.
Lines render(const doc::List& list, std::size_t width) {
  if (list.items.empty()) return {};
  const std::size_t digits = std::to_string(list.items.size()).size();
  const std::size_t marker_width = list.ordered ? digits + 2 : 2;
  const std::size_t inner = std::max(width > marker_width ? width - marker_width : 0, k_min_width);
  // Items with more than a nested list below them are set apart by blank lines.
  const bool loose = std::any_of(list.items.begin(), list.items.end(), [](const auto& item) {
    return item.children.size() > 1 ||
           (item.children.size() == 1 &&
            !std::holds_alternative<doc::List>(item.children[0].content));
  });
  const std::string indent(marker_width, ' ');
  Lines out;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    const doc::ListItem& item = list.items[i];
    std::string marker = "- ";
    if (list.ordered) {
      const std::string number = std::to_string(i + 1) + ". ";
      marker = std::string(marker_width - number.size(), ' ') + number;
    }
    const std::vector<std::string> text = inline_words(item.content);
    Lines lines = wrap(text, marker, indent, width);
    Lines children = indented(render_blocks(item.children, inner), marker_width);
    if (text.empty() && !children.empty()) {
      // No text: the first nested line goes on the marker's line.
      children[0] = marker + children[0].substr(marker_width);
      lines.clear();
    }
    if (loose && i > 0) out.emplace_back();
    append(out, std::move(lines));
    append(out, std::move(children));
  }
  return out;
}

// A term and its value as paragraphs (lines that are wrapped each on their own).
struct Entry {
  std::string term;
  std::vector<std::string> value;
};

// `longest`: the widest term of the entries that share a value column (all rows of a table).
Lines render_entries(const std::vector<Entry>& entries, std::size_t longest, std::size_t width) {
  const std::size_t value_column = longest + 2;  // "Term: "
  const bool aligned = value_column <= width / 3;
  Lines out;
  for (const Entry& entry : entries) {
    const std::string label = entry.term.empty() ? "" : entry.term + ":";
    if (aligned) {
      const std::string next(value_column, ' ');
      std::string first = label + std::string(value_column - columns(label), ' ');
      if (entry.value.empty()) append(out, wrap({}, first, next, width));
      for (const std::string& paragraph : entry.value) {
        append(out, wrap(words(paragraph), first, next, width));
        first = next;
      }
      continue;
    }
    const std::string next(k_hanging_indent, ' ');
    std::vector<std::string> line = words(label);
    for (std::size_t p = 0; p < entry.value.size(); ++p) {
      for (std::string& word : words(entry.value[p])) line.push_back(std::move(word));
      append(out, wrap(line, p == 0 ? "" : next, next, width));
      line.clear();
    }
    if (entry.value.empty()) append(out, wrap(line, "", next, width));
  }
  return out;
}

Lines render(const doc::Definitions& definitions, std::size_t width) {
  std::vector<Entry> entries;
  std::size_t longest = 0;
  for (const doc::Definitions::Entry& entry : definitions.entries) {
    Entry out{folded(entry.term), {}};
    if (std::string value = joined(inline_words(entry.value)); !value.empty()) {
      out.value.push_back(std::move(value));
    }
    longest = std::max(longest, columns(out.term));
    entries.push_back(std::move(out));
  }
  return render_entries(entries, longest, width);
}

// A table cell as its lines, each with single spaces between words; no empty lines.
using Cell = std::vector<std::string>;

Cell cell_lines(const doc::Spans& spans) {
  const std::string text = spans_text(spans, Breaks::keep);
  Cell lines;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    if (std::string line = joined(words(std::string_view(text).substr(start, end - start)));
        !line.empty()) {
      lines.push_back(std::move(line));
    }
    start = end + 1;
  }
  return lines;
}

Lines table_columns(const std::vector<std::string>& header,
                    const std::vector<std::vector<Cell>>& rows, bool header_row,
                    const std::vector<std::size_t>& widths) {
  const auto line_of = [&](const std::vector<std::string>& texts) {
    std::string line;
    for (std::size_t c = 0; c < texts.size(); ++c) {
      line += texts[c];
      if (c + 1 < texts.size()) line.append(widths[c] + k_column_gap - columns(texts[c]), ' ');
    }
    return trimmed_right(std::move(line));
  };
  Lines out;
  if (header_row) {
    out.push_back(line_of(header));
    std::vector<std::string> rules;
    for (const std::size_t width : widths) rules.emplace_back(width, '-');
    out.push_back(line_of(rules));
  }
  const bool tall = std::any_of(rows.begin(), rows.end(), [](const auto& row) {
    return std::any_of(row.begin(), row.end(), [](const Cell& cell) { return cell.size() > 1; });
  });
  bool first_row = true;
  for (const std::vector<Cell>& row : rows) {
    std::size_t height = 0;
    for (const Cell& cell : row) height = std::max(height, cell.size());
    if (height == 0) continue;
    if (tall && !first_row) out.emplace_back();
    first_row = false;
    for (std::size_t k = 0; k < height; ++k) {
      std::vector<std::string> texts;
      for (const Cell& cell : row) texts.push_back(k < cell.size() ? cell[k] : std::string());
      out.push_back(line_of(texts));
    }
  }
  return out;
}

Lines table_records(const std::vector<std::string>& header,
                    const std::vector<std::vector<Cell>>& rows, std::size_t width) {
  std::size_t longest = 0;
  for (const std::string& name : header) longest = std::max(longest, columns(name));
  Lines out;
  for (const std::vector<Cell>& row : rows) {
    std::vector<Entry> entries;
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (!row[c].empty()) entries.push_back({header[c], row[c]});
    }
    if (entries.empty()) continue;
    if (!out.empty()) out.emplace_back();
    append(out, render_entries(entries, longest, width));
  }
  return out;
}

Lines grid_list(const std::vector<std::vector<Cell>>& rows, std::size_t width) {
  Lines out;
  for (const std::vector<Cell>& row : rows) {
    for (const Cell& cell : row) {
      for (std::size_t k = 0; k < cell.size(); ++k) {
        append(out, wrap(words(cell[k]), k == 0 ? "- " : "  ", "  ", width));
      }
    }
  }
  return out;
}

Lines render(const doc::Table& table, std::size_t width) {
  const std::size_t count = table.header.size();
  if (count == 0) return {};
  std::vector<std::string> header;
  for (const std::string& name : table.header) header.push_back(folded(name));
  std::vector<std::vector<Cell>> rows;
  for (const std::vector<doc::Spans>& row : table.rows) {
    std::vector<Cell> cells(count);
    for (std::size_t c = 0; c < count && c < row.size(); ++c) cells[c] = cell_lines(row[c]);
    rows.push_back(std::move(cells));
  }
  std::vector<std::size_t> widths(count, 0);
  for (std::size_t c = 0; c < count; ++c) {
    if (table.header_row) widths[c] = columns(header[c]);
    for (const std::vector<Cell>& row : rows) {
      for (const std::string& line : row[c]) widths[c] = std::max(widths[c], columns(line));
    }
  }
  std::size_t total = k_column_gap * (count - 1);
  for (const std::size_t column : widths) total += column;
  const bool fits = total <= width;

  Lines out = wrap(words(clean(table.caption, Breaks::fold)), "", "", width);
  Lines body = fits               ? table_columns(header, rows, table.header_row, widths)
               : table.header_row ? table_records(header, rows, width)
                                  : grid_list(rows, width);
  if (!fits && !out.empty() && !body.empty()) out.emplace_back();
  append(out, std::move(body));
  return out;
}

Lines render(const doc::Chart& chart, std::size_t width) {
  const std::string alt = folded(chart.alt);
  return wrap(words(alt.empty() ? folded(chart.title) : alt), "", "", width);
}

Lines render_blocks(const std::vector<doc::Block>& blocks, std::size_t width) {
  Lines out;
  for (const doc::Block& block : blocks) {
    Lines lines =
        std::visit([width](const auto& content) { return render(content, width); }, block.content);
    tidy(lines);
    if (lines.empty()) continue;
    if (!out.empty()) out.emplace_back();
    append(out, std::move(lines));
  }
  return out;
}

std::string text_of(const std::vector<doc::Block>& blocks) {
  std::string out;
  for (const std::string& line : render_blocks(blocks, k_width)) {
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace

std::string opening(const doc::Document& document) { return text_of(document.blocks); }

// A piece starts with the blank line that separates it from the blocks before it.
std::string blocks(const doc::Document& more) {
  const std::string text = text_of(more.blocks);
  return text.empty() ? text : "\n" + text;
}

std::string closing() { return {}; }

}  // namespace minutes::txt

namespace minutes {
namespace {

class TxtWriter final : public DocumentWriter {
 public:
  explicit TxtWriter(Sink& sink) : m_sink(sink) {}
  Emitted whole(const doc::Document& document) override {
    return write_to(m_sink, txt::opening(document) + txt::closing());
  }
  Emitted begin(const doc::Document& first) override {
    return write_to(m_sink, txt::opening(first));
  }
  Emitted blocks(const doc::Document& more) override { return write_to(m_sink, txt::blocks(more)); }
  Emitted end() override { return write_to(m_sink, txt::closing()); }

 private:
  Sink& m_sink;
};

}  // namespace

std::unique_ptr<DocumentWriter> make_txt_writer(const EmitSettings&, Sink& sink) {
  return std::make_unique<TxtWriter>(sink);
}

}  // namespace minutes
