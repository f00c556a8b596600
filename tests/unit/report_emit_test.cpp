#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "emit/emitters.hpp"
#include "emit/ics_todos.hpp"

using namespace minutes;

namespace {

std::string emit_with(tl::expected<std::string, std::string> (*emit)(const EmitRequest&), doc::Document document,
                      EmitOptions options = {}) {
  const RenderedRecord record{"r.yaml", nullptr, &document};
  const auto out = emit(EmitRequest{std::span<const RenderedRecord>(&record, 1), options});
  REQUIRE_MESSAGE(out.has_value(), (out ? "" : out.error()));
  return *out;
}

doc::Chart chart() {
  return doc::Chart{"chart-x", "Votes <per> \"tag\"", "Votes: a 4; b 2.", {"a & b", "c"}, {4, 2}};
}

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("html: a chart is a figure with an accessible inline SVG of scaled bars") {
  EmitOptions options;
  options.fragment = true;
  const std::string html = emit_with(emit_html, doc::Document{"T", "en", {{chart()}}}, options);
  CHECK(html ==
        "<article>\n"
        "<figure class=\"chart\">\n"
        "<figcaption>Votes &lt;per&gt; &quot;tag&quot;</figcaption>\n"
        "<svg role=\"img\" aria-labelledby=\"chart-x-title\" aria-describedby=\"chart-x-desc\" "
        "viewBox=\"0 0 360 80\" width=\"360\" height=\"80\">\n"
        "<title id=\"chart-x-title\">Votes &lt;per&gt; &quot;tag&quot;</title>\n"
        "<desc id=\"chart-x-desc\">Votes: a 4; b 2.</desc>\n"
        "<g><text class=\"label\" x=\"0\" y=\"15\">a &amp; b</text><rect x=\"0\" y=\"21\" width=\"312\" "
        "height=\"12\"/><text class=\"value\" x=\"318\" y=\"32\">4</text></g>\n"
        "<g><text class=\"label\" x=\"0\" y=\"53\">c</text><rect x=\"0\" y=\"59\" width=\"156\" "
        "height=\"12\"/><text class=\"value\" x=\"162\" y=\"70\">2</text></g>\n"
        "</svg>\n"
        "</figure>\n"
        "</article>\n");
}

TEST_CASE("html: chart labels are shortened, negative values drawn as 0, fractions shown") {
  doc::Chart c{"", "", "Alt only", {std::string(60, 'x') + "ø", "neg", "half"}, {-3, 0.5, 0.25}};
  EmitOptions options;
  options.fragment = true;
  const std::string html = emit_with(emit_html, doc::Document{"T", "en", {{c}}}, options);
  CHECK(html.find("<figcaption>") == std::string::npos);
  CHECK(html.find("<svg role=\"img\" aria-label=\"Alt only\"") != std::string::npos);
  CHECK(html.find(">" + std::string(49, 'x') + "…</text>") != std::string::npos);
  CHECK(html.find("width=\"0\" height=\"12\"/><text class=\"value\" x=\"6\" y=\"32\">-3<") != std::string::npos);
  CHECK(html.find(">0.5<") != std::string::npos);
  CHECK(html.find(">0.2<") != std::string::npos);  // one decimal
  CHECK(count(html, "<script") == 0);
}

TEST_CASE("html: the chart CSS only on pages that can have charts") {
  const std::string plain = emit_with(emit_html, doc::Document{"T", "en", {{doc::Paragraph{doc::plain("x")}}}});
  CHECK(plain.find("figure.chart") == std::string::npos);
  const std::string charted = emit_with(emit_html, doc::Document{"T", "en", {{chart()}}});
  CHECK(count(charted, "figure.chart { margin") == 1);
  EmitOptions opening;
  opening.part = EmitOptions::Part::opening;
  CHECK(count(emit_with(emit_html, doc::Document{"T", "en", {{doc::Paragraph{doc::plain("x")}}}}, opening),
              "figure.chart { margin") == 1);
}

TEST_CASE("markdown: charts are left out; the table beside them has the numbers") {
  const std::string md = emit_with(
      emit_markdown, doc::Document{"T", "en", {{doc::Paragraph{doc::plain("a")}}, {chart()}, {doc::Paragraph{doc::plain("b")}}}});
  CHECK(md == "a\n\nb\n");
}

TEST_CASE("documents in pieces: opening, blocks, closing concatenate to the whole") {
  const doc::Document first{"T", "en", {{doc::Heading{1, doc::plain("Title"), "t"}}, {doc::List{false, {{doc::plain("x"), {}}}}}}};
  const doc::Document second{"T", "en", {{doc::Paragraph{doc::plain("p")}}, {chart()}}};
  doc::Document whole = first;
  for (const doc::Block& block : second.blocks) whole.blocks.push_back(block);
  for (auto emit : {emit_markdown, emit_html}) {
    for (bool fragment : {false, true}) {
      EmitOptions options;
      options.fragment = fragment;
      const std::string expected = emit_with(emit, whole, options);
      options.part = EmitOptions::Part::opening;
      std::string pieces = emit_with(emit, first, options);
      options.part = EmitOptions::Part::blocks;
      pieces += emit_with(emit, second, options);
      options.part = EmitOptions::Part::closing;
      pieces += emit(EmitRequest{{}, options}).value();
      CHECK(pieces == expected);
    }
  }
}

TEST_CASE("csv: a table given in the request is written as it is") {
  doc::Table table{"t", "T", {"year", "text"}, {{doc::plain("2024"), doc::plain("=1+1")}}, true};
  EmitRequest request{{}, {}};
  request.table = &table;
  CHECK(emit_csv(request).value() == "\"year\",\"text\"\r\n\"2024\",\"'=1+1\"\r\n");
  request.options.header = false;
  CHECK(emit_csv(request).value() == "\"2024\",\"'=1+1\"\r\n");
}

TEST_CASE("ics: to-dos of the action register") {
  const std::vector<IcsTodo> todos{IcsTodo{{2024, 1, 10}, "Styremøte", "id:A-1", {2024, 2, 1}, "Hente tilbud", "Kari",
                                           {2024, 2, 14}, "Styremøte 2"}};
  EmitOptions options;
  options.language = "nb";
  const std::string ics = emit_ics_todos(todos, options).value();
  CHECK(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  CHECK(ics.find("DTSTAMP:20240110T000000Z\r\nDUE;VALUE=DATE:20240201\r\nSUMMARY:Hente tilbud\r\n"
                 "DESCRIPTION:Ansvarlig: Kari\\nStyremøte 2\\, 14. februar 2024\r\nSTATUS:NEEDS-ACTION\r\n") !=
        std::string::npos);
  CHECK(ics.ends_with("END:VTODO\r\nEND:VCALENDAR\r\n"));
  CHECK_FALSE(emit_ics_todos({}, options).has_value());
}
