#pragma once

#include <string>
#include <variant>
#include <vector>

namespace minutes::doc {

// The small document model between a record and an output format, as in pandoc: views decide
// what goes in (src/report/), emitters decide how it looks (src/emit/). No emitter knows YAML.

// A run of inline text. Plain text is escaped by every emitter; nothing in it is markup.
struct Span {
  enum class Style { plain, strong, emphasis };
  std::string text;
  Style style = Style::plain;
  std::string href;  // non-empty: the span is a link (emitters keep only safe schemes)
};

using Spans = std::vector<Span>;

struct Block;

struct Heading {
  int level = 1;  // 1 = the document title
  Spans content;
  std::string id;  // [a-z0-9-], unique in the document
};

struct Paragraph {
  Spans content;
};

// A field the record author wrote in Markdown (summary, notes). Emitters that understand
// Markdown render it safely (no raw HTML, allowed link schemes only); others show the text.
struct MarkdownText {
  std::string source;
};

struct ListItem {
  Spans content;
  std::vector<Block> children;  // nested blocks (notes, sub-lists)
};

struct List {
  bool ordered = false;
  std::vector<ListItem> items;
};

// Label/value pairs such as "Date: 25 February 2020".
struct Definitions {
  struct Entry {
    std::string term;
    Spans value;
  };
  std::vector<Entry> entries;
};

struct Table {
  std::string name;     // stable id for --table (e.g. "workshops"); also the CSS class
  std::string caption;  // shown above the table
  std::vector<std::string> header;
  std::vector<std::vector<Spans>> rows;  // each row has header.size() cells
  bool header_row = true;                // false for grids whose columns have no names
};

// A bar chart: one bar per label, `values[i]` long. Emitters that draw (HTML: inline SVG) show
// it with `title` and `alt` as its accessible name and description; the others leave it out or
// show `alt`. Views always put a table with the same numbers beside a chart.
struct Chart {
  std::string id;     // [a-z0-9-], unique in the document; names the SVG's title and desc
  std::string title;  // shown above the chart
  std::string alt;    // the chart in words, for screen readers and text formats
  std::vector<std::string> labels;
  std::vector<double> values;  // one per label; negative values are drawn as 0
};

struct Block {
  std::variant<Heading, Paragraph, MarkdownText, List, Definitions, Table, Chart> content;
};

struct Document {
  std::string title;     // plain text, for <title> and file metadata
  std::string language;  // BCP 47 tag, e.g. "nb"
  std::vector<Block> blocks;
};

// Helpers for views: a one-span line of plain or styled text.
inline Spans plain(std::string text) { return {Span{std::move(text), Span::Style::plain, {}}}; }
inline Spans strong(std::string text) { return {Span{std::move(text), Span::Style::strong, {}}}; }

}  // namespace minutes::doc
