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
// Markdown fields are written as their author typed them, line by line: Markdown is made to be
// read as it is, and re-flowing paragraphs would need a parser to tell them from lists, tables
// and code. Only a line longer than 72 columns is wrapped, under its text (after its `>` quote
// markers and its list marker); lines inside ``` or ~~~ fences and table rows (`|`) are never
// wrapped. Link syntax and raw HTML stay as written: in plain text they are only characters.
// Runs of blank lines become one.
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
#include <variant>
#include <vector>

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

// Where a Markdown line's `>` quote markers end and where its text starts (after its list
// marker, if any), both with the spaces after them.
struct MarkdownPrefix {
  std::size_t quotes_end = 0;
  std::size_t text_start = 0;
};

MarkdownPrefix markdown_prefix(std::string_view line) {
  const auto skip_spaces = [&](std::size_t at) {
    return std::min(line.find_first_not_of(' ', at), line.size());
  };
  std::size_t at = skip_spaces(0);
  while (at < line.size() && line[at] == '>') at = skip_spaces(at + 1);
  const std::size_t quotes_end = at;
  std::size_t marker_end = at;
  if (at < line.size() && (line[at] == '-' || line[at] == '*' || line[at] == '+')) {
    marker_end = at + 1;
  } else {
    std::size_t digit = at;
    while (digit < line.size() && digit - at < 9 && line[digit] >= '0' && line[digit] <= '9') {
      ++digit;
    }
    if (digit > at && digit < line.size() && (line[digit] == '.' || line[digit] == ')')) {
      marker_end = digit + 1;
    }
  }
  if (marker_end > at && marker_end < line.size() && line[marker_end] == ' ') {
    at = skip_spaces(marker_end);
  }
  return {quotes_end, at};
}

Lines render(const doc::MarkdownText& text, std::size_t width) {
  const std::string source = clean(text.source, Breaks::markdown);
  Lines lines;
  bool in_fence = false;
  for (std::size_t start = 0; start <= source.size();) {
    const std::size_t end = std::min(source.find('\n', start), source.size());
    std::string line =
        trimmed_right(expand_tabs(std::string_view(source).substr(start, end - start)));
    start = end + 1;
    const std::string_view body =
        std::string_view(line).substr(std::min(line.find_first_not_of(' '), line.size()));
    const bool fence = body.starts_with("```") || body.starts_with("~~~");
    if (fence) in_fence = !in_fence;
    if (fence || in_fence || body.starts_with('|') || columns(line) <= width) {
      lines.push_back(std::move(line));
      continue;
    }
    const MarkdownPrefix prefix = markdown_prefix(line);
    const std::string_view quotes = std::string_view(line).substr(0, prefix.quotes_end);
    const std::string marker(columns(std::string_view(line).substr(
                                 prefix.quotes_end, prefix.text_start - prefix.quotes_end)),
                             ' ');
    append(lines, wrap(words(std::string_view(line).substr(prefix.text_start)),
                       std::string_view(line).substr(0, prefix.text_start),
                       std::string(quotes) + marker, width));
  }
  tidy(lines);
  return lines;
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
