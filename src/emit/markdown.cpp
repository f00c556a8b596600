// Markdown: CommonMark with GFM pipe tables (the tables are the only extension used).
//
// Plain text cannot become markup. Every value is written on one line (runs of whitespace,
// newlines included, fold into one space) and these characters are backslash-escaped
// wherever they appear:  \ ` * _ [ ] < > & | ~ # $ { }
// - `[ ]` stop links, images, footnotes and reference definitions; with `[` escaped, `!` and
//   `( )` have nothing to attach to, so they stay as written (a `!` right before one of our
//   own links is escaped);
// - `<` stops raw HTML and autolinks, `&` stops entities (`&lt;`, `&#106;`);
// - `* _ ~` stop emphasis and strikethrough, `` ` `` code spans, `|` table cells, `#` headings
//   and the closing `#`s of a heading, `$` math (GitHub), `{ }` attribute syntax (kramdown);
// - at the start of a block (paragraph, list item, definition line) also a leading `-`, `+`,
//   `=` (lists, setext underlines, thematic breaks) and the `.` or `)` after leading digits
//   when a space or the end follows (ordered lists; `25.02.2020` stays as it is). Leading spaces
//   are dropped, so nothing becomes an indented code block.
// Other punctuation stays readable (`Anne-Grethe`, `25.02.2020`, `(rådmann)`).
//
// Links are written only for http, https, mailto and relative URLs (safe_url.hpp); any other
// span link shows its text alone. Markdown fields go through cmark (cmark_text.hpp): raw HTML
// is removed from the tree and the rest is written back with cmark's CommonMark renderer.
//
// Layout: ATX headings; a blank line between blocks; one newline at the end. A table's caption
// is a bold paragraph above it, and its header row is always Table::header (GFM needs one; for
// grids without column names the view fills in 1, 2, ...). Definitions are `**Term:** value`
// lines joined by backslash hard breaks. List children are indented by the item's marker width.
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "emit/cmark_text.hpp"
#include "emit/emitters.hpp"
#include "emit/safe_url.hpp"

namespace minutes {
namespace {

using Result = tl::expected<std::string, std::string>;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool needs_escape(char c) {
  constexpr std::string_view k_special = "\\`*_[]<>&|~#${}";
  return k_special.find(c) != std::string_view::npos;
}

// `text` escaped, with every run of whitespace folded into one space and other control
// characters (the input gate rejects them already) replaced by U+FFFD.
std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_space(c)) {
      if (i == 0 || !is_space(text[i - 1])) out += ' ';
      continue;
    }
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) {
      out += "\xEF\xBF\xBD";  // U+FFFD for control characters, as in the HTML output
      continue;
    }
    if (needs_escape(c)) out += '\\';
    out += c;
  }
  return out;
}

// A link destination that means exactly `url`, in the plain `(...)` form: encode_url() takes
// out spaces, `< > |` and the like, `&` becomes `&amp;` and `( )` are backslash-escaped. Not
// `\&`: cmark 0.30 decodes entities in a destination before it removes backslashes, so
// `\&#106;` would come out as `\j`.
std::string link_destination(std::string_view url) {
  std::string out;
  for (const char c : encode_url(url)) {
    if (c == '&') {
      out += "&amp;";
    } else {
      if (c == '(' || c == ')') out += '\\';
      out += c;
    }
  }
  return out;
}

std::string_view delimiter(doc::Span::Style style) {
  switch (style) {
    case doc::Span::Style::strong:
      return "**";
    case doc::Span::Style::emphasis:
      return "*";
    case doc::Span::Style::plain:
      break;
  }
  return "";
}

// One span. Delimiters go around the text without its outer spaces: `** x**` is not emphasis.
std::string render_span(const doc::Span& span) {
  const std::string folded = escape_text(span.text);
  const std::size_t first = folded.find_first_not_of(' ');
  if (first == std::string::npos && span.href.empty()) return folded;
  const std::size_t last = folded.find_last_not_of(' ');
  std::string core =
      first == std::string::npos ? std::string() : folded.substr(first, last - first + 1);
  if (!span.href.empty() && is_safe_url(span.href)) {
    if (core.empty()) core = escape_text(span.href);
    core = fmt::format("[{}]({})", core, link_destination(span.href));
  }
  if (core.empty()) return folded;
  const std::string_view mark = delimiter(span.style);
  return fmt::format("{}{}{}{}{}", first > 0 ? " " : "", mark, core, mark,
                     last + 1 < folded.size() ? " " : "");
}

// Spans as one line, trimmed, with single spaces between words. Neighbours with the same style
// are merged first (`**a****b**` would not be two strong runs). An unescaped `[` can only open
// one of our links, so a `!` right before it is escaped: `Hi![x](y)` would be an image.
std::string render_spans(const doc::Spans& spans) {
  doc::Spans merged;
  for (const doc::Span& span : spans) {
    if (!merged.empty() && merged.back().style == span.style && merged.back().href.empty() &&
        span.href.empty()) {
      merged.back().text += span.text;
    } else {
      merged.push_back(span);
    }
  }
  std::string joined;
  for (const doc::Span& span : merged) joined += render_span(span);
  std::string line;
  for (std::size_t i = 0; i < joined.size(); ++i) {
    const char c = joined[i];
    if (c == ' ' && (line.empty() || line.back() == ' ')) continue;
    if (c == '!' && i + 1 < joined.size() && joined[i + 1] == '[') line += '\\';
    line += c;
  }
  if (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

// A line that starts a block: its first characters must not open a list, an underline or a
// thematic break.
std::string block_line(const doc::Spans& spans) {
  std::string line = render_spans(spans);
  if (line.empty()) return line;
  if (line[0] == '-' || line[0] == '+' || line[0] == '=') return "\\" + line;
  std::size_t digits = 0;
  while (digits < line.size() && is_digit(line[digits])) ++digits;
  const std::size_t after = digits + 1;
  if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')') &&
      (after == line.size() || line[after] == ' ')) {
    line.insert(digits, 1, '\\');
  }
  return line;
}

// Every non-empty line of `text` indented by `width` spaces.
std::string indent(std::string_view text, std::size_t width) {
  std::string out;
  bool line_start = true;
  for (const char c : text) {
    if (line_start && c != '\n') out.append(width, ' ');
    out += c;
    line_start = c == '\n';
  }
  return out;
}

Result render_blocks(const std::vector<doc::Block>& blocks);

Result render_block(const doc::Heading& heading) {
  const int level = heading.level < 1 ? 1 : (heading.level > 6 ? 6 : heading.level);
  std::string line = render_spans(heading.content);
  return std::string(static_cast<std::size_t>(level), '#') + (line.empty() ? "" : " " + line);
}

Result render_block(const doc::Paragraph& paragraph) { return block_line(paragraph.content); }

Result render_block(const doc::MarkdownText& text) {
  return render_markdown(text.source, MarkdownTarget::commonmark);
}

// Tight when every item's children are at most one nested list. Otherwise items and children
// are separated by blank lines (a loose list): a paragraph right below an item's line would
// join that line. An item without text starts its children on the next line (after a blank
// line they would not belong to it). `other_markers` writes `*` and `1)` instead of `-` and
// `1.`: a list right after another list would otherwise continue it.
Result render_block(const doc::List& list, bool other_markers = false) {
  bool tight = true;
  for (const doc::ListItem& item : list.items) {
    if (item.children.size() > 1 ||
        (item.children.size() == 1 &&
         !std::holds_alternative<doc::List>(item.children[0].content))) {
      tight = false;
    }
  }
  std::string out;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    const doc::ListItem& item = list.items[i];
    const std::string marker = list.ordered ? fmt::format("{}{}", i + 1, other_markers ? ')' : '.')
                                            : (other_markers ? "*" : "-");
    const std::string line = block_line(item.content);
    if (i > 0) out += tight ? "\n" : "\n\n";
    out += line.empty() ? marker : marker + " " + line;
    if (item.children.empty()) continue;
    auto children = render_blocks(item.children);
    if (!children) return children;
    if (children->empty()) continue;
    out += tight || line.empty() ? "\n" : "\n\n";
    out += indent(*children, marker.size() + 1);
  }
  return out;
}

Result render_block(const doc::Definitions& definitions) {
  std::vector<std::string> lines;
  for (const doc::Definitions::Entry& entry : definitions.entries) {
    const std::string value = render_spans(entry.value);
    lines.push_back(fmt::format("**{}:**{}{}", render_spans(doc::plain(entry.term)),
                                value.empty() ? "" : " ", value));
  }
  return fmt::format("{}", fmt::join(lines, "\\\n"));
}

std::string table_row(const std::vector<std::string>& cells) {
  std::string row = "|";
  for (const std::string& cell : cells) row += cell.empty() ? " |" : " " + cell + " |";
  return row;
}

Result render_block(const doc::Table& table) {
  const std::size_t columns = table.header.size();
  if (columns == 0) return std::string();
  std::vector<std::string> lines;
  if (const std::string caption = render_spans(doc::plain(table.caption)); !caption.empty()) {
    lines.push_back("**" + caption + "**\n");
  }
  std::vector<std::string> cells;
  for (const std::string& name : table.header) cells.push_back(render_spans(doc::plain(name)));
  lines.push_back(table_row(cells));
  lines.push_back(table_row(std::vector<std::string>(columns, "---")));
  for (const std::vector<doc::Spans>& row : table.rows) {
    cells.assign(columns, std::string());
    for (std::size_t c = 0; c < columns && c < row.size(); ++c) cells[c] = render_spans(row[c]);
    lines.push_back(table_row(cells));
  }
  return fmt::format("{}", fmt::join(lines, "\n"));
}

// Charts are drawn only where there is room for a picture (HTML); views put a table with the
// same numbers beside every chart, so Markdown leaves them out.
Result render_block(const doc::Chart&) { return std::string(); }

// Blocks separated by blank lines. A list right after a list, or after a Markdown field (which
// may end in one), switches markers so that it starts a list of its own. cmark writes a field's
// bullets as `-`, so that case is always covered; a field ending in a `1)` list would still run
// into a numbered list right after it (the views always put a heading or text in between).
Result render_blocks(const std::vector<doc::Block>& blocks) {
  std::string out;
  bool after_list = false;  // the last block written may end in a list
  bool used_other = false;  // it is a list written with the other markers
  for (const doc::Block& block : blocks) {
    const auto* list = std::get_if<doc::List>(&block.content);
    const bool other_markers = list && after_list && !used_other;
    auto text =
        list ? render_block(*list, other_markers)
             : std::visit([](const auto& content) { return render_block(content); }, block.content);
    if (!text) return text;
    if (text->empty()) continue;
    after_list = list || std::holds_alternative<doc::MarkdownText>(block.content);
    used_other = other_markers;
    if (!out.empty()) out += "\n\n";
    out += *text;
  }
  return out;
}

// A document in pieces: the same blank line between pieces as between blocks.
class MarkdownWriter final : public DocumentWriter {
 public:
  explicit MarkdownWriter(Sink& sink) : m_sink(sink) {}
  Emitted whole(const doc::Document& document) override { return write(document, ""); }
  Emitted begin(const doc::Document& first) override { return write(first, ""); }
  Emitted blocks(const doc::Document& more) override { return write(more, "\n"); }
  Emitted end() override { return {}; }

 private:
  Emitted write(const doc::Document& document, std::string_view separator) {
    if (auto limits = check_markdown_limits(document); !limits) return fail(Error::Kind::input, limits.error());
    auto body = render_blocks(document.blocks);
    if (!body) return fail(Error::Kind::input, body.error());
    if (body->empty()) return {};
    if (!m_sink.write(separator) || !m_sink.write(*body) || !m_sink.write("\n")) {
      return tl::unexpected(m_sink.error());
    }
    return {};
  }
  Sink& m_sink;
};

}  // namespace

std::unique_ptr<DocumentWriter> make_markdown_writer(const EmitSettings&, Sink& sink) {
  return std::make_unique<MarkdownWriter>(sink);
}

}  // namespace minutes
