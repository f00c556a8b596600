#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "minutes/limits.hpp"
#include "emit_test_util.hpp"

using namespace minutes;
using doc::Span;
using Style = doc::Span::Style;

namespace {

test::Bytes emit(const doc::Document& document, bool fragment) {
  EmitSettings settings;
  settings.fragment = fragment;
  return test::whole_document(make_html_writer, document, settings);
}

doc::Document document_of(std::vector<doc::Block> blocks) {
  return doc::Document{"Test", "nb", std::move(blocks)};
}

// The HTML of one block: the fragment without its <article> lines.
std::string render(doc::Block block) {
  const auto out = emit(document_of({std::move(block)}), true);
  REQUIRE_MESSAGE(out.has_value(), test::message_of(out));
  const std::string open = "<article>\n";
  const std::string close = "\n</article>\n";
  if (*out == "<article></article>\n") return "";
  REQUIRE(out->starts_with(open));
  REQUIRE(out->ends_with(close));
  return out->substr(open.size(), out->size() - open.size() - close.size());
}

std::string paragraph(doc::Spans spans) { return render({doc::Paragraph{std::move(spans)}}); }

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("html: a standalone page with charset, viewport, CSP, title and the article") {
  doc::Document document = document_of({{doc::Heading{1, doc::plain("Referat"), "minutes"}}});
  document.title = "Referat <fra> \"møte\" & 'sånt'";
  const std::string page = emit(document, false).value();
  CHECK(page.starts_with(
      "<!DOCTYPE html>\n"
      "<html lang=\"nb\">\n"
      "<head>\n"
      "<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'; img-src 'self' https: data:\">\n"
      "<title>Referat &lt;fra&gt; &quot;møte&quot; &amp; &#39;sånt&#39;</title>\n"
      "<style>\n"));
  CHECK(
      page.ends_with("</style>\n"
                     "</head>\n"
                     "<body>\n"
                     "<article>\n"
                     "<h1 id=\"minutes\">Referat</h1>\n"
                     "</article>\n"
                     "</body>\n"
                     "</html>\n"));
  CHECK(count(page, "<script") == 0);
  CHECK(count(page, "@media print") == 1);
  CHECK(count(page, ".table-wrap { overflow-x: auto;") == 1);
  CHECK(count(page, "tbody tr:nth-child(even)") == 2);  // zebra on screen and on paper
}

TEST_CASE("html: language and title fall back when the document has none") {
  doc::Document document = document_of({{doc::Heading{1, doc::plain("Overskrift"), "x"}}});
  document.title = " ";
  document.language = "";
  const std::string page = emit(document, false).value();
  CHECK(count(page, "<html lang=\"en\">") == 1);  // EmitSettings::language
  CHECK(count(page, "<title>Overskrift</title>") == 1);
  document.blocks.clear();
  CHECK(count(emit(document, false).value(), "<title>Minutes</title>") == 1);
  document.language = "nb\" onload=\"x";
  CHECK(count(emit(document, false).value(), "<html lang=\"nb&quot; onload=&quot;x\">") == 1);
}

TEST_CASE("html: fragment is the article alone") {
  const doc::Document document = document_of({{doc::Heading{1, doc::plain("Referat"), "minutes"}},
                                              {doc::Paragraph{doc::plain("Tekst.")}}});
  CHECK(emit(document, true).value() ==
        "<article>\n<h1 id=\"minutes\">Referat</h1>\n<p>Tekst.</p>\n</article>\n");
  CHECK(emit(document_of({}), true).value() == "<article></article>\n");
}

TEST_CASE("html: headings carry their id, levels clamped to 1..6") {
  CHECK(render({doc::Heading{2, doc::plain("Deltagere"), "deltagere"}}) ==
        "<h2 id=\"deltagere\">Deltagere</h2>");
  CHECK(render({doc::Heading{0, doc::plain("Null"), ""}}) == "<h1>Null</h1>");
  CHECK(render({doc::Heading{7, doc::plain("Sju"), "a\"b"}}) == "<h6 id=\"a&quot;b\">Sju</h6>");
}

TEST_CASE("html: spans are escaped text, strong, emphasis and safe links") {
  CHECK(paragraph({Span{"Dato:", Style::strong, {}}, Span{" 25.02.2020 ", Style::plain, {}},
                   Span{"(utkast)", Style::emphasis, {}}}) ==
        "<p><strong>Dato:</strong> 25.02.2020 <em>(utkast)</em></p>");
  CHECK(paragraph(doc::plain("# heading | cell | [x](javascript:alert(1))")) ==
        "<p># heading | cell | [x](javascript:alert(1))</p>");
  CHECK(paragraph(doc::plain("<script>alert(1)</script>")) ==
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
  CHECK(paragraph(doc::plain("<img src=x onerror=alert(1)>")) ==
        "<p>&lt;img src=x onerror=alert(1)&gt;</p>");
  CHECK(paragraph(doc::plain("\"sitat\" & 'apostrof' &amp;")) ==
        "<p>&quot;sitat&quot; &amp; &#39;apostrof&#39; &amp;amp;</p>");
  CHECK(paragraph(doc::plain(std::string("nul\0bell\x07", 9))) ==
        "<p>nul\xEF\xBF\xBD"
        "bell\xEF\xBF\xBD</p>");

  CHECK(paragraph({Span{"Referat", Style::plain, "https://example.org/?a=1&b=2"}}) ==
        "<p><a href=\"https://example.org/?a=1&amp;b=2\">Referat</a></p>");
  CHECK(paragraph({Span{"Skriv", Style::strong, "mailto:post@example.org"}}) ==
        "<p><strong><a href=\"mailto:post@example.org\">Skriv</a></strong></p>");
  CHECK(paragraph({Span{"", Style::plain, "vedlegg/a.pdf"}}) ==
        "<p><a href=\"vedlegg/a.pdf\">vedlegg/a.pdf</a></p>");
  // Quotes cannot close the attribute: `"` is not valid in a URL and becomes %22, `'` is escaped.
  CHECK(paragraph({Span{"x", Style::plain, "https://example.org/\"onmouseover='alert(1)'"}}) ==
        "<p><a href=\"https://example.org/%22onmouseover=&#39;alert(1)&#39;\">x</a></p>");
  CHECK(paragraph({Span{"x", Style::plain, "a b<c>|d.pdf"}}) ==
        "<p><a href=\"a%20b%3Cc%3E%7Cd.pdf\">x</a></p>");
  for (const std::string href : {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>",
                                 "//evil.example/x", "java\tscript:alert(1)", "vbscript:x"}) {
    CAPTURE(href);
    CHECK(paragraph({Span{"klikk", Style::plain, href}}) == "<p>klikk</p>");
  }
  // Entities in an href stay text: `&#106;` is written as `&amp;#106;`, a relative URL.
  CHECK(paragraph({Span{"x", Style::plain, "&#106;avascript:alert(1)"}}) ==
        "<p><a href=\"&amp;#106;avascript:alert(1)\">x</a></p>");
  CHECK(render({doc::Paragraph{{}}}) == "");
}

TEST_CASE("html: Markdown fields go through cmark without raw HTML or unsafe URLs") {
  const std::string source =
      "Hei **der**\n\n<script>alert(1)</script>\n\nTekst <b>fet</b> [x](javascript:alert(1)) "
      "[y](&#106;avascript:alert(1)) [d](data:text/html,x) ![pixel](https://evil.example/p.gif "
      "\"t\") "
      "![lokal](bilde.png) ![data](data:image/png;base64,iVBORw0KGgo=) [p](//evil.example/x) "
      "[![inner](https://evil.example/i.gif)](https://example.org) "
      "[ok](https://example.org/a?b=1&c=2)\n\n"
      "<img src=x onerror=alert(1)>\n";
  CHECK(render({doc::MarkdownText{source}}) ==
        "<div class=\"markdown\">\n"
        "<p>Hei <strong>der</strong></p>\n"
        "<p>Tekst fet <a href=\"\">x</a> <a href=\"\">y</a> <a href=\"\">d</a> "
        "<a href=\"https://evil.example/p.gif\" title=\"t\">pixel</a> <img src=\"bilde.png\" "
        "alt=\"lokal\" /> "
        "<a href=\"\">data</a> <a href=\"\">p</a> <a href=\"https://example.org\">inner</a> "
        "<a href=\"https://example.org/a?b=1&amp;c=2\">ok</a></p>\n"
        "</div>");
  // Images in images or links become text: links do not nest.
  CHECK(render({doc::MarkdownText{"![![in](https://e.example/i.gif)](https://e.example/o.gif)"}}) ==
        "<div class=\"markdown\">\n<p><a href=\"https://e.example/o.gif\">in</a></p>\n</div>");
  const std::string only_html =
      render({doc::MarkdownText{"<div onclick=\"x\">\n\nhei\n\n</div>\n"}});
  CHECK(only_html == "<div class=\"markdown\">\n<p>hei</p>\n</div>");
  CHECK(render({doc::MarkdownText{"<p>bare html</p>"}}) == "");
  for (const std::string field :
       {"<javascript:alert(1)>", "[x][r]\n\n[r]: javascript:alert(1)", "[x](vbscript:msgbox)",
        "[x](file:///etc/passwd)", "![x](data:image/svg+xml,<svg onload=alert(1)>)",
        "<!-- x --> <?php x ?> <![CDATA[x]]>"}) {
    CAPTURE(field);
    const std::string html = render({doc::MarkdownText{field}});
    CHECK(count(html, "href=\"\"") == count(html, "href="));  // every link emptied
    CHECK(count(html, "<img") + count(html, "<!--") + count(html, "<?") + count(html, "<svg") == 0);
  }
}

TEST_CASE("html: lists with nested children") {
  doc::List agenda{true, {}};
  agenda.items.push_back(
      {{Span{"Velkommen", Style::strong, {}}, Span{" — ordfører", Style::plain, {}}},
       {doc::Block{doc::MarkdownText{"Notat med *vekt*."}},
        doc::Block{doc::List{false, {{doc::plain("under"), {}}}}}}});
  agenda.items.push_back({doc::plain("Eventuelt"), {}});
  CHECK(render({agenda}) ==
        "<ol>\n"
        "<li><strong>Velkommen</strong> — ordfører\n"
        "<div class=\"markdown\">\n<p>Notat med <em>vekt</em>.</p>\n</div>\n"
        "<ul>\n<li>under</li>\n</ul>\n"
        "</li>\n"
        "<li>Eventuelt</li>\n"
        "</ol>");
  CHECK(render({doc::List{}}) == "");
}

TEST_CASE("html: definitions are a dl of dt/dd pairs") {
  CHECK(render({doc::Definitions{
            {{"Dato", doc::plain("25. februar 2020")}, {"<Sted>", doc::strong("Rådhuset")}}}}) ==
        "<dl class=\"definitions\">\n"
        "<div><dt>Dato</dt><dd>25. februar 2020</dd></div>\n"
        "<div><dt>&lt;Sted&gt;</dt><dd><strong>Rådhuset</strong></dd></div>\n"
        "</dl>");
  CHECK(render({doc::Definitions{}}) == "");
}

TEST_CASE("html: tables with caption, header row or none, in a scrolling wrapper") {
  doc::Table actions{"actions", "Oppfølging & tiltak", {"Oppgave", "Ansvarlig"}, {}, true};
  actions.rows.push_back({doc::plain("Sende <ut>"), doc::plain("Per")});
  actions.rows.push_back({{Span{"Utpeke", Style::strong, {}}}});  // short rows are padded
  CHECK(render({actions}) ==
        "<div class=\"table-wrap\">\n"
        "<table class=\"actions\">\n"
        "<caption>Oppfølging &amp; tiltak</caption>\n"
        "<thead>\n"
        "<tr><th scope=\"col\">Oppgave</th><th scope=\"col\">Ansvarlig</th></tr>\n"
        "</thead>\n"
        "<tbody>\n"
        "<tr><td>Sende &lt;ut&gt;</td><td>Per</td></tr>\n"
        "<tr><td><strong>Utpeke</strong></td><td></td></tr>\n"
        "</tbody>\n"
        "</table>\n"
        "</div>");

  doc::Table grid{"workshop\" onclick=\"x", "", {"1", "2"}, {}, false};
  grid.rows.push_back({doc::plain("a"), doc::plain("b"), doc::plain("ignored")});
  CHECK(render({grid}) ==
        "<div class=\"table-wrap\">\n"
        "<table class=\"workshop&quot; onclick=&quot;x\">\n"
        "<tbody>\n"
        "<tr><td>a</td><td>b</td></tr>\n"
        "</tbody>\n"
        "</table>\n"
        "</div>");
  CHECK(render({doc::Table{"empty", "Ingen kolonner", {}, {}, true}}) == "");
}

TEST_CASE("html: Markdown fields within the limits") {
  const auto too_long = emit(
      document_of({{doc::MarkdownText{std::string(k_max_markdown_field_chars + 1, '>')}}}), false);
  REQUIRE_FALSE(too_long.has_value());
  CHECK(too_long.error().kind == Error::Kind::input);
  CHECK(too_long.error().message.starts_with(
      "a Markdown field has 16385 characters; the limit is 16384"));
  const auto piece = test::document_pieces(
      make_html_writer, document_of({{doc::Paragraph{doc::plain("x")}}}),
      {document_of({{doc::MarkdownText{std::string(k_max_markdown_field_chars + 1, '>')}}})});
  REQUIRE_FALSE(piece.has_value());
  CHECK(piece.error().message == too_long.error().message);

  std::vector<doc::Block> blocks;
  for (int i = 0; i < 9; ++i) blocks.push_back({doc::MarkdownText{std::string(16000, '*')}});
  const auto total = emit(document_of(std::move(blocks)), true);
  REQUIRE_FALSE(total.has_value());
  CHECK(total.error().kind == Error::Kind::input);
  CHECK(total.error().message.starts_with("the Markdown of this record has 144000 characters"));
}
