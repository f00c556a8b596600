// HTML: a standalone HTML5 page (or, with --fragment, only its <article>).
//
// Escaping. One escaper for text and attribute values: & < > " ' become entities, and every
// attribute is double-quoted, so no value can open a tag, close an attribute or start an
// entity. Values never go into <script>, <style>, event attributes or unquoted attributes;
// the page has no script at all, and its Content-Security-Policy says so. C0 control characters
// other than TAB, LF and CR (the input gate rejects them already) become U+FFFD, because HTML
// forbids them.
//
// Links. A span link is written only for http, https, mailto and relative URLs
// (safe_url.hpp); otherwise the span shows its text alone. Markdown fields go through cmark
// (cmark_text.hpp): raw HTML removed, unsafe link URLs emptied, remote images turned into links.
//
// Layout. Headings carry their id. Tables sit in a <div class="table-wrap"> that scrolls
// sideways on narrow screens; a table without a header row (workshop grids) has no <thead>.
// Definitions are a <dl> of <div>-wrapped dt/dd pairs. The CSS below is the whole style:
// system fonts, a readable measure for text, bordered zebra tables, print rules.
//
// Charts. A doc::Chart is a <figure> with a <figcaption> and an inline <svg role="img"> whose
// <title> and <desc> (the chart's title and alt text) are its accessible name and description:
// horizontal bars, each with its label above it and its value after it, scaled to the largest
// value. Labels longer than 50 characters are shortened with "…" (the table beside the chart
// has them in full). The chart rules are added to the CSS only for pages that can have charts
// (a document with a chart, or a page written in pieces), so other pages stay as they were.
#include <algorithm>
#include <cmath>
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

// No script at all. Images: 'self' for the relative images Markdown fields may show (remote
// and data: images never reach the page, cmark_text.hpp turns them into links). A constant
// with no `"` or `&` in it, so it needs no escaping.
constexpr std::string_view k_csp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:";

constexpr std::string_view k_style = R"css(
:root { color-scheme: light; }
*, *::before, *::after { box-sizing: border-box; }
body {
  margin: 0;
  padding: 2rem 1.25rem 3rem;
  background: #fff;
  color: #1f2328;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
    Arial, sans-serif;
  font-size: 1.0625rem;
  line-height: 1.55;
}
article { max-width: 64rem; margin: 0 auto; }
article > p, article > ul, article > ol, article > dl, article > .markdown { max-width: 44rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 2rem 0 .75rem; }
h1 { font-size: 1.9rem; margin-top: 0; }
h2 { font-size: 1.4rem; padding-bottom: .3rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.15rem; }
p, ul, ol, dl, pre, blockquote { margin: 0 0 1rem; }
li { margin: .2rem 0; }
li > ul, li > ol { margin: .2rem 0 0; }
li .markdown > :last-child { margin-bottom: 0; }
a { color: #0b57d0; text-underline-offset: .15em; }
code, pre {
  font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: .9em;
}
pre { overflow-x: auto; padding: .75rem; background: #f6f8fa; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 4px solid #d0d7de; color: #454c54; }
dl.definitions { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.definitions > div { display: contents; }
dt { font-weight: 600; }
dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: 0 0 1.75rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; line-height: 1.45; }
caption { text-align: left; font-weight: 600; padding: 0 0 .5rem; }
th, td {
  border: 1px solid #d0d7de;
  padding: .45rem .6rem;
  text-align: left;
  vertical-align: top;
  overflow-wrap: break-word;
  hyphens: auto;
}
table:not(:has(thead)) { table-layout: fixed; }
thead th { background: #e9edf1; }
tbody tr:nth-child(even) { background: #f6f8fa; }
@media (max-width: 40rem) {
  body { padding: 1rem .9rem 2rem; font-size: 1rem; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.25rem; }
  th, td { min-width: 6.5rem; }
  table:not(:has(thead)) { table-layout: auto; }
  table:not(:has(thead)) td { min-width: 9rem; }
  caption { max-width: calc(100vw - 2.8rem); }
  dl.definitions { grid-template-columns: 1fr; gap: 0; }
  dd { margin-bottom: .4rem; }
}
@media print {
  @page { margin: 1.5cm 1.4cm; }
  body { padding: 0; font-size: 10.5pt; color: #000; }
  article, article > * { max-width: none; }
  a { color: inherit; }
  a[href^="http"]::after, a[href^="mailto:"]::after {
    content: " <" attr(href) ">";
    font-size: .85em;
  }
  .table-wrap { overflow: visible; }
  /* At 100% Chrome can clip a table's right border at the edge of the page. */
  table { width: calc(100% - 1px); }
  th, td { min-width: 0; }
  caption { max-width: none; }
  thead { display: table-header-group; }
  tr, li, dt, dd, pre, blockquote { break-inside: avoid; }
  h1, h2, h3, h4, h5, h6, caption { break-after: avoid; }
  thead th, tbody tr:nth-child(even) { print-color-adjust: exact; }
}
)css";

constexpr std::string_view k_chart_style = R"css(figure.chart { margin: 0 0 1rem; max-width: 27rem; }
figure.chart figcaption { font-weight: 600; margin: 0 0 .4rem; }
figure.chart svg { display: block; width: 100%; height: auto; }
figure.chart .label { font-size: 13px; fill: #1f2328; }
figure.chart .value { font-size: 12px; fill: #454c54; }
figure.chart rect { fill: #0b57d0; }
figure.chart + .table-wrap > table { width: auto; min-width: min(100%, 24rem); }
@media print {
  figure.chart { break-inside: avoid; }
  figure.chart rect { print-color-adjust: exact; }
}
)css";

// Chart geometry, in SVG user units (CSS pixels at the chart's natural width).
constexpr int k_chart_width = 360;
constexpr int k_chart_row = 38;        // one bar: its label line, then the bar
constexpr int k_chart_bar_room = 312;  // the longest bar; the rest is for its value
constexpr std::size_t k_chart_label_chars = 50;

// The one escaper, for text and double-quoted attribute values.
std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default: {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F) {
          out += "\xEF\xBF\xBD";  // U+FFFD
        } else {
          out += c;
        }
      }
    }
  }
  return out;
}

std::string render_span(const doc::Span& span) {
  std::string html = escape(span.text);
  if (!span.href.empty() && is_safe_url(span.href)) {
    if (html.empty()) html = escape(span.href);
    html = fmt::format("<a href=\"{}\">{}</a>", escape(encode_url(span.href)), html);
  }
  if (html.empty()) return html;
  switch (span.style) {
    case doc::Span::Style::strong:
      return "<strong>" + html + "</strong>";
    case doc::Span::Style::emphasis:
      return "<em>" + html + "</em>";
    case doc::Span::Style::plain:
      break;
  }
  return html;
}

std::string render_spans(const doc::Spans& spans) {
  std::string html;
  for (const doc::Span& span : spans) html += render_span(span);
  return html;
}

std::string plain_text(const doc::Spans& spans) {
  std::string text;
  for (const doc::Span& span : spans) text += span.text;
  return text;
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos;
}

Result render_blocks(const std::vector<doc::Block>& blocks);

Result render_block(const doc::Heading& heading) {
  const int level = heading.level < 1 ? 1 : (heading.level > 6 ? 6 : heading.level);
  const std::string id = heading.id.empty() ? "" : fmt::format(" id=\"{}\"", escape(heading.id));
  return fmt::format("<h{0}{1}>{2}</h{0}>", level, id, render_spans(heading.content));
}

Result render_block(const doc::Paragraph& paragraph) {
  if (paragraph.content.empty()) return std::string();
  return "<p>" + render_spans(paragraph.content) + "</p>";
}

Result render_block(const doc::MarkdownText& text) {
  auto html = render_markdown(text.source, MarkdownTarget::html);
  if (!html || html->empty()) return html;
  return "<div class=\"markdown\">\n" + *html + "\n</div>";
}

Result render_block(const doc::List& list) {
  if (list.items.empty()) return std::string();
  const std::string_view tag = list.ordered ? "ol" : "ul";
  std::string html = fmt::format("<{}>\n", tag);
  for (const doc::ListItem& item : list.items) {
    html += "<li>" + render_spans(item.content);
    auto children = render_blocks(item.children);
    if (!children) return children;
    if (!children->empty()) html += "\n" + *children + "\n";
    html += "</li>\n";
  }
  return html + fmt::format("</{}>", tag);
}

Result render_block(const doc::Definitions& definitions) {
  if (definitions.entries.empty()) return std::string();
  std::string html = "<dl class=\"definitions\">\n";
  for (const doc::Definitions::Entry& entry : definitions.entries) {
    html += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>\n", escape(entry.term),
                        render_spans(entry.value));
  }
  return html + "</dl>";
}

std::string table_row(const std::vector<doc::Spans>& cells, std::size_t columns) {
  std::string html = "<tr>";
  for (std::size_t c = 0; c < columns; ++c) {
    html += "<td>" + (c < cells.size() ? render_spans(cells[c]) : std::string()) + "</td>";
  }
  return html + "</tr>\n";
}

Result render_block(const doc::Table& table) {
  const std::size_t columns = table.header.size();
  if (columns == 0) return std::string();
  std::string html = "<div class=\"table-wrap\">\n";
  html +=
      table.name.empty() ? "<table>\n" : fmt::format("<table class=\"{}\">\n", escape(table.name));
  if (!is_blank(table.caption)) {
    html += fmt::format("<caption>{}</caption>\n", escape(table.caption));
  }
  if (table.header_row) {
    html += "<thead>\n<tr>";
    for (const std::string& name : table.header) {
      html += fmt::format("<th scope=\"col\">{}</th>", escape(name));
    }
    html += "</tr>\n</thead>\n";
  }
  if (!table.rows.empty()) {
    html += "<tbody>\n";
    for (const std::vector<doc::Spans>& row : table.rows) html += table_row(row, columns);
    html += "</tbody>\n";
  }
  return html + "</table>\n</div>";
}

// At most `limit` code points of UTF-8 `text`, the last one "…" when it was cut.
std::string shortened(std::string_view text, std::size_t limit) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++count == limit) {
      std::size_t end = i + 1;
      while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
      if (end == text.size()) return std::string(text);
      return std::string(text.substr(0, i)) + "…";
    }
  }
  return std::string(text);
}

// Whole numbers without a decimal point, others with one decimal.
std::string chart_value(double value) {
  if (!std::isfinite(value)) return "0";
  if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(std::llround(value)));
  }
  return fmt::format("{:.1f}", value);
}

Result render_block(const doc::Chart& chart) {
  const std::size_t bars = std::min(chart.labels.size(), chart.values.size());
  if (bars == 0) return std::string();
  double largest = 0;
  for (std::size_t i = 0; i < bars; ++i) {
    if (std::isfinite(chart.values[i])) largest = std::max(largest, chart.values[i]);
  }
  const int height = static_cast<int>(bars) * k_chart_row + 4;
  std::string html = "<figure class=\"chart\">\n";
  if (!is_blank(chart.title)) html += fmt::format("<figcaption>{}</figcaption>\n", escape(chart.title));
  const std::string id = escape(chart.id);
  const std::string name = is_blank(chart.title) ? chart.alt : chart.title;
  if (id.empty()) {
    html += fmt::format("<svg role=\"img\" aria-label=\"{}\"", escape(name));
  } else {
    html += fmt::format("<svg role=\"img\" aria-labelledby=\"{0}-title\" aria-describedby=\"{0}-desc\"", id);
  }
  html += fmt::format(" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\">\n", k_chart_width, height);
  html += fmt::format("<title{}>{}</title>\n", id.empty() ? "" : " id=\"" + id + "-title\"", escape(name));
  html += fmt::format("<desc{}>{}</desc>\n", id.empty() ? "" : " id=\"" + id + "-desc\"", escape(chart.alt));
  for (std::size_t i = 0; i < bars; ++i) {
    const double value = std::isfinite(chart.values[i]) ? std::max(0.0, chart.values[i]) : 0.0;
    const int width = largest > 0 ? static_cast<int>(std::lround(value / largest * k_chart_bar_room)) : 0;
    const int top = static_cast<int>(i) * k_chart_row;
    html += fmt::format(
        "<g><text class=\"label\" x=\"0\" y=\"{}\">{}</text>"
        "<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"12\"/>"
        "<text class=\"value\" x=\"{}\" y=\"{}\">{}</text></g>\n",
        top + 15, escape(shortened(chart.labels[i], k_chart_label_chars)), top + 21, width,
        width + 6, top + 32, chart_value(chart.values[i]));
  }
  return html + "</svg>\n</figure>";
}

Result render_blocks(const std::vector<doc::Block>& blocks) {
  std::string html;
  for (const doc::Block& block : blocks) {
    auto part =
        std::visit([](const auto& content) { return render_block(content); }, block.content);
    if (!part) return part;
    if (part->empty()) continue;
    if (!html.empty()) html += "\n";
    html += *part;
  }
  return html;
}

// <title> must not be empty: the document title, else the first heading, else "Minutes".
std::string page_title(const doc::Document& document) {
  if (!is_blank(document.title)) return document.title;
  for (const doc::Block& block : document.blocks) {
    if (const auto* heading = std::get_if<doc::Heading>(&block.content)) {
      if (std::string text = plain_text(heading->content); !is_blank(text)) return text;
    }
  }
  return "Minutes";
}

bool has_chart(const doc::Document& document) {
  return std::any_of(document.blocks.begin(), document.blocks.end(), [](const doc::Block& block) {
    return std::holds_alternative<doc::Chart>(block.content);
  });
}

// Everything before the <article>: doctype, head with CSP, title and CSS, <body>.
std::string page_start(const doc::Document& document, const EmitSettings& settings, bool pieced) {
  std::string language = document.language.empty() ? settings.language : document.language;
  if (language.empty()) language = "und";
  std::string page = "<!DOCTYPE html>\n";
  page += fmt::format("<html lang=\"{}\">\n<head>\n", escape(language));
  page += "<meta charset=\"utf-8\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  page += fmt::format("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n", k_csp);
  page += fmt::format("<title>{}</title>\n", escape(page_title(document)));
  page += "<style>" + std::string(k_style);
  if (pieced || has_chart(document)) page += k_chart_style;
  page += "</style>\n</head>\n<body>\n";
  return page;
}

class HtmlWriter final : public DocumentWriter {
 public:
  HtmlWriter(const EmitSettings& settings, Sink& sink) : m_settings(settings), m_sink(sink) {}

  Emitted whole(const doc::Document& document) override {
    auto body = body_of(document);
    if (!body) return tl::unexpected(body.error());
    std::string page = body->empty() ? "<article></article>\n" : "<article>\n" + *body + "\n</article>\n";
    if (!m_settings.fragment) page = page_start(document, m_settings, false) + page + "</body>\n</html>\n";
    return write(page);
  }
  Emitted begin(const doc::Document& first) override {
    auto body = body_of(first);
    if (!body) return tl::unexpected(body.error());
    std::string page = "<article>\n" + (body->empty() ? std::string() : *body + "\n");
    if (!m_settings.fragment) page = page_start(first, m_settings, true) + page;
    return write(page);
  }
  Emitted blocks(const doc::Document& more) override {
    auto body = body_of(more);
    if (!body) return tl::unexpected(body.error());
    return body->empty() ? Emitted() : write(*body + "\n");
  }
  Emitted end() override {
    return write(m_settings.fragment ? "</article>\n" : "</article>\n</body>\n</html>\n");
  }

 private:
  tl::expected<std::string, Error> body_of(const doc::Document& document) {
    if (auto limits = check_markdown_limits(document); !limits) return fail(Error::Kind::input, limits.error());
    auto body = render_blocks(document.blocks);
    if (!body) return fail(Error::Kind::input, body.error());
    return std::move(*body);
  }
  Emitted write(std::string_view text) {
    if (!m_sink.write(text)) return tl::unexpected(m_sink.error());
    return {};
  }
  EmitSettings m_settings;
  Sink& m_sink;
};

}  // namespace

std::unique_ptr<DocumentWriter> make_html_writer(const EmitSettings& settings, Sink& sink) {
  return std::make_unique<HtmlWriter>(settings, sink);
}

}  // namespace minutes
