#include <cmark.h>
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "minutes/limits.hpp"
#include "emit/safe_url.hpp"
#include "emit_test_util.hpp"
#include "test_files.hpp"

using namespace minutes;
using doc::Span;
using Style = doc::Span::Style;

namespace {

test::Bytes emit(const doc::Document& document) {
  return test::whole_document(make_markdown_writer, document);
}

doc::Document document_of(std::vector<doc::Block> blocks) {
  return doc::Document{"Test", "nb", std::move(blocks)};
}

// The Markdown of a document with one block (the test stops if the emitter fails).
std::string render(doc::Block block) {
  const auto out = emit(document_of({std::move(block)}));
  REQUIRE_MESSAGE(out.has_value(), test::message_of(out));
  return *out;
}

std::string paragraph(const std::string& text) {
  return render({doc::Paragraph{doc::plain(text)}});
}

// What CommonMark (cmark, no extensions) makes of the output.
struct Parsed {
  int html_nodes = 0;
  int images = 0;
  std::vector<std::string> image_urls;
  int paragraphs = 0;
  int headings = 0;
  int lists = 0;
  int items = 0;
  int strong = 0;
  int emphasis = 0;
  std::vector<std::string> link_urls;
  std::string text;  // all TEXT literals, with a space for soft and hard breaks
};

Parsed parse(const std::string& markdown) {
  Parsed parsed;
  cmark_node* root = cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT);
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        ++parsed.html_nodes;
        break;
      case CMARK_NODE_IMAGE:
        ++parsed.images;
        parsed.image_urls.emplace_back(cmark_node_get_url(node));
        break;
      case CMARK_NODE_PARAGRAPH:
        ++parsed.paragraphs;
        break;
      case CMARK_NODE_HEADING:
        ++parsed.headings;
        break;
      case CMARK_NODE_LIST:
        ++parsed.lists;
        break;
      case CMARK_NODE_ITEM:
        ++parsed.items;
        break;
      case CMARK_NODE_STRONG:
        ++parsed.strong;
        break;
      case CMARK_NODE_EMPH:
        ++parsed.emphasis;
        break;
      case CMARK_NODE_LINK:
        parsed.link_urls.emplace_back(cmark_node_get_url(node));
        break;
      case CMARK_NODE_TEXT:
        parsed.text += cmark_node_get_literal(node);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        parsed.text += ' ';
        break;
      default:
        break;
    }
  }
  cmark_iter_free(iter);
  cmark_node_free(root);
  return parsed;
}

bool has_cmark_gfm() { return std::system("command -v cmark-gfm >/dev/null 2>&1") == 0; }

// `cmark-gfm -e table` on `markdown` (safe mode: raw HTML would show as a comment).
std::string cmark_gfm(const std::string& markdown) {
  const minutes::test::TempDir dir;
  const std::string command = "cmark-gfm -e table '" + dir.write("out.md", markdown).string() + "'";
  std::string html;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) html.append(buffer, n);
    pclose(pipe);
  }
  return html;
}

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("markdown: headings are ATX, levels clamped to 1..6") {
  CHECK(render({doc::Heading{1, doc::plain("Referat fra dialogmøte"), "minutes"}}) ==
        "# Referat fra dialogmøte\n");
  CHECK(render({doc::Heading{3, doc::plain("Del 1 – Bygd"), "del-1"}}) == "### Del 1 – Bygd\n");
  CHECK(render({doc::Heading{9, doc::plain("Dypt"), "x"}}) == "###### Dypt\n");
  CHECK(render({doc::Heading{2, doc::plain("Sak # 3 #"), "x"}}) == "## Sak \\# 3 \\#\n");
}

TEST_CASE("markdown: paragraphs with strong, emphasis and folded whitespace") {
  CHECK(render({doc::Paragraph{
            {Span{"Dato:", Style::strong, {}}, Span{" 25.02.2020", Style::plain, {}},
             Span{" (utkast) ", Style::emphasis, {}}}}}) == "**Dato:** 25.02.2020 *(utkast)*\n");
  // Spaces move outside the delimiters: `**32 **` would not be strong.
  CHECK(render({doc::Paragraph{{Span{"32 ", Style::strong, {}},
                                Span{"personer", Style::plain, {}}}}}) == "**32** personer\n");
  CHECK(paragraph("linje 1\nlinje 2\r\n\tlinje   3\n") == "linje 1 linje 2 linje 3\n");
  CHECK(paragraph("    ikke kode") == "ikke kode\n");
  CHECK(paragraph(std::string("nul\0bell\x07", 9)) ==
        "nul\xEF\xBF\xBD"
        "bell\xEF\xBF\xBD\n");
  // Same-style neighbours merge.
  CHECK(render({doc::Paragraph{{Span{"a", Style::strong, {}}, Span{"b", Style::strong, {}}}}}) ==
        "**ab**\n");
  // Empty styled spans leave nothing (`****` would be a thematic break).
  CHECK(render({doc::Paragraph{{Span{"", Style::strong, {}}, Span{"x", Style::plain, {}}}}}) ==
        "x\n");
  CHECK(render({doc::Paragraph{{}}}) == "");
}

TEST_CASE("markdown: text that looks like block syntax stays text") {
  CHECK(paragraph("# heading") == "\\# heading\n");
  CHECK(paragraph("- ikke en liste") == "\\- ikke en liste\n");
  CHECK(paragraph("+ heller ikke") == "\\+ heller ikke\n");
  CHECK(paragraph("1. ikke nummerert") == "1\\. ikke nummerert\n");
  CHECK(paragraph("2020) ikke nummerert") == "2020\\) ikke nummerert\n");
  CHECK(paragraph("7.") == "7\\.\n");
  CHECK(paragraph("===") == "\\===\n");
  CHECK(paragraph("---") == "\\---\n");
  CHECK(paragraph("***") == "\\*\\*\\*\n");
  CHECK(paragraph("> sitat") == "\\> sitat\n");
  CHECK(paragraph("```") == "\\`\\`\\`\n");
  CHECK(paragraph("25.02.2020 kl. 18") == "25.02.2020 kl. 18\n");  // digits then `.` then more
  CHECK(paragraph("Anne-Grethe (ordfører)!") == "Anne-Grethe (ordfører)!\n");
}

TEST_CASE("markdown: hostile plain text cannot inject markup") {
  CHECK(paragraph("| cell |") == "\\| cell \\|\n");
  CHECK(paragraph("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))\n");
  CHECK(paragraph("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>\n");
  CHECK(paragraph("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert(1)\\>\n");
  CHECK(paragraph("&lt;b&gt; &#106;") == "\\&lt;b\\&gt; \\&\\#106;\n");
  CHECK(paragraph("*a* _b_ `c` ~~d~~ $e$ {f} \\g") ==
        "\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\$e\\$ \\{f\\} \\\\g\n");

  // Whatever the text, CommonMark reads it back as exactly that text, in one paragraph.
  for (const std::string text : {"# heading",
                                 "| cell |",
                                 "[x](javascript:alert(1))",
                                 "<script>alert(1)</script>",
                                 "<img src=x onerror=alert(1)>",
                                 "<http://example.org>",
                                 "![p](https://evil.example/p.gif)",
                                 "[ref]: https://evil.example",
                                 "[^1]",
                                 "&amp; &#106;avascript:",
                                 "a\\",
                                 "\\*",
                                 "**not bold**",
                                 "- a\n- b",
                                 "1. a\n2. b",
                                 "Tittel\n===",
                                 "    code",
                                 "<!-- c -->",
                                 "<div>\n\nx</div>",
                                 "``` \ncode\n```",
                                 "a  \nb",
                                 "x\\\ny",
                                 "!",
                                 "![",
                                 "]",
                                 "\\[x](y)"}) {
    CAPTURE(text);
    const std::string markdown = paragraph(text);
    const Parsed parsed = parse(markdown);
    CHECK(parsed.html_nodes == 0);
    CHECK(parsed.link_urls.empty());
    CHECK(parsed.images == 0);
    CHECK(parsed.headings == 0);
    CHECK(parsed.lists == 0);
    CHECK(parsed.strong + parsed.emphasis == 0);
    CHECK(parsed.paragraphs == 1);
    std::string folded;
    for (const char c : text) {
      const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (space && (folded.empty() || folded.back() == ' ')) continue;
      folded += space ? ' ' : c;
    }
    while (!folded.empty() && folded.back() == ' ') folded.pop_back();
    CHECK(parsed.text == folded);
  }
}

TEST_CASE("markdown: span links only for http, https, mailto and relative URLs") {
  const auto link = [](std::string text, std::string href, Style style = Style::plain) {
    return render({doc::Paragraph{{Span{std::move(text), style, std::move(href)}}}});
  };
  CHECK(link("Referat", "https://example.org/a_b") == "[Referat](https://example.org/a_b)\n");
  CHECK(link("Skriv", "mailto:post@example.org", Style::strong) ==
        "**[Skriv](mailto:post@example.org)**\n");
  CHECK(link("Vedlegg [1]", "vedlegg/a (1).pdf") == "[Vedlegg \\[1\\]](vedlegg/a%20\\(1\\).pdf)\n");
  CHECK(link("", "https://example.org") == "[https://example.org](https://example.org)\n");
  CHECK(link("klikk", "javascript:alert(1)") == "klikk\n");
  CHECK(link("klikk", "data:text/html,<script>alert(1)</script>") == "klikk\n");
  CHECK(link("klikk", "//evil.example/x") == "klikk\n");
  CHECK(link("q", "https://example.org/?a=1&b=2|3") ==
        "[q](https://example.org/?a=1&amp;b=2%7C3)\n");

  // The destination means exactly the href (up to encode_url): an entity in it is not decoded
  // into a scheme.
  for (const std::string href : {"&#106;avascript:alert(1)", "https://example.org/?a=1&amp;b=2",
                                 "a (1).pdf", "x|y", "a<b>c"}) {
    CAPTURE(href);
    const Parsed parsed = parse(link("x", href));
    REQUIRE(parsed.link_urls.size() == 1);
    CHECK(parsed.link_urls[0] == minutes::encode_url(href));
  }

  // A `!` right before a link would make it an image.
  const std::string markdown = render({doc::Paragraph{
      {Span{"Se!", Style::plain, {}}, Span{"x", Style::plain, "https://example.org"}}}});
  CHECK(markdown == "Se\\![x](https://example.org)\n");
  CHECK(parse(markdown).images == 0);
  CHECK(parse(markdown).link_urls.size() == 1);
}

TEST_CASE("markdown: Markdown fields are re-rendered without raw HTML or unsafe URLs") {
  const std::string source =
      "Hei **der**\n\n<script>alert(1)</script>\n\nTekst <b>fet</b> [x](javascript:alert(1)) "
      "[y](&#106;avascript:alert(1)) [d](data:text/html,x) ![pixel](https://evil.example/p.gif "
      "\"t\") "
      "![lokal](bilde.png) ![data](data:image/png;base64,iVBORw0KGgo=) [p](//evil.example/x) "
      "[![inner](https://evil.example/i.gif)](https://example.org)\n\n"
      "<img src=x onerror=alert(1)>\n";
  const std::string markdown = render({doc::MarkdownText{source}});
  CHECK(markdown ==
        "Hei **der**\n\n"
        "Tekst fet [x]() [y]() [d]() [pixel](https://evil.example/p.gif \"t\") ![lokal](bilde.png) "
        "[data]() [p]() [inner](https://example.org)\n");
  const Parsed parsed = parse(markdown);
  CHECK(parsed.html_nodes == 0);
  CHECK(parsed.images == 1);
  CHECK(parsed.link_urls == std::vector<std::string>{"", "", "", "https://evil.example/p.gif", "",
                                                     "", "https://example.org"});

  // Read back, the output still has no raw HTML, no unsafe link and no remote image (cmark
  // writes URLs back without escaping `&`, so entities in them must not come back to life).
  for (const std::string field : {"[x](&amp;#106;avascript:alert(1))",
                                  "[x](&amp;amp;#106;avascript:alert(1))",
                                  "[x](&#x26;#x6A;avascript:alert(1))",
                                  "![x](&amp;#106;avascript:alert(1))",
                                  "<javascript:alert(1)>",
                                  "[x][r]\n\n[r]: javascript:alert(1)",
                                  "[x]( javascript:alert(1))",
                                  "[x](JAVASCRIPT:alert(1))",
                                  "[x](vbscript:msgbox)",
                                  "[x](file:///etc/passwd)",
                                  "![x](data:image/svg+xml,<svg onload=alert(1)>)",
                                  "[x](https://a.example/?a=1&b=2&amp;c)",
                                  "`<script>`",
                                  "&lt;script&gt;",
                                  "&amp;lt;script&amp;gt;",
                                  "<!-- x -->",
                                  "<?php x ?>",
                                  "<![CDATA[x]]>",
                                  "<a href=\"javascript:alert(1)\">x</a>",
                                  "x <span>y</span>"}) {
    CAPTURE(field);
    const Parsed back = parse(render({doc::MarkdownText{field}}));
    CHECK(back.html_nodes == 0);
    for (const std::string& url : back.image_urls) CHECK(minutes::is_relative_url(url));
    for (const std::string& url : back.link_urls) {
      CAPTURE(url);
      CHECK((url.empty() || minutes::is_safe_url(url)));
      CHECK(url.find("javascript") == std::string::npos);
    }
  }
  CHECK(render({doc::MarkdownText{"[x](https://a.example/?a=1&b=2&amp;c)"}}) ==
        "[x](https://a.example/?a=1&b=2&c)\n");
  CHECK(render({doc::MarkdownText{"[x](&amp;#106;avascript:alert(1))"}}) ==
        "[x](%26#106;avascript:alert\\(1\\))\n");

  CHECK(render({doc::MarkdownText{"<div>\nonly html\n</div>\n"}}) == "");
  CHECK(render({doc::MarkdownText{""}}) == "");
}

TEST_CASE("markdown: lists, tight and loose, with nested children") {
  doc::List bullets;
  bullets.items.push_back(
      {{Span{"Anne-Grethe Larsen", Style::strong, {}}, Span{", ordfører", Style::plain, {}}}, {}});
  bullets.items.push_back({doc::plain("- not nested"), {}});
  bullets.items.push_back({{}, {}});
  CHECK(render({bullets}) == "- **Anne-Grethe Larsen**, ordfører\n- \\- not nested\n-\n");

  doc::List numbered{true, {}};
  for (int i = 1; i <= 10; ++i)
    numbered.items.push_back({doc::plain("Sak " + std::to_string(i)), {}});
  numbered.items[9].children.push_back({doc::List{false, {{doc::plain("under"), {}}}}});
  CHECK(render({numbered}) ==
        "1. Sak 1\n2. Sak 2\n3. Sak 3\n4. Sak 4\n5. Sak 5\n6. Sak 6\n7. Sak 7\n8. Sak 8\n9. Sak 9\n"
        "10. Sak 10\n    - under\n");

  doc::List agenda{true, {}};
  agenda.items.push_back(
      {doc::plain("Velkommen"), {doc::Block{doc::MarkdownText{"Notat med *vekt*.\n\n- a\n- b"}}}});
  agenda.items.push_back({doc::plain("Eventuelt"), {}});
  const std::string markdown = render({agenda});
  CHECK(markdown ==
        "1. Velkommen\n\n"
        "   Notat med *vekt*.\n\n"
        "     - a\n"
        "     - b\n\n"
        "2. Eventuelt\n");
  const Parsed parsed = parse(markdown);
  CHECK(parsed.lists == 2);
  CHECK(parsed.items == 4);
  CHECK(parsed.emphasis == 1);

  CHECK(render({doc::List{}}) == "");

  // An item without text: its children start on the next line, or they would not belong to it.
  doc::List empty_item;
  empty_item.items.push_back({{}, {doc::Block{doc::Paragraph{doc::plain("innhold")}}}});
  const std::string empty_markdown = render({empty_item});
  CHECK(empty_markdown == "-\n  innhold\n");
  CHECK(parse(empty_markdown).items == 1);
  CHECK(parse(empty_markdown).paragraphs == 1);
}

TEST_CASE("markdown: a list right after a list or a Markdown field starts a list of its own") {
  const doc::List bullets{false, {{doc::plain("a"), {}}}};
  const doc::List numbers{true, {{doc::plain("b"), {}}}};
  const std::string markdown = emit(document_of({{bullets},
                                                 {bullets},
                                                 {doc::List{}},  // empty: written as nothing
                                                 {bullets},
                                                 {numbers},
                                                 {numbers},
                                                 {doc::MarkdownText{"- c\n- d"}},
                                                 {bullets},
                                                 {doc::MarkdownText{"1. e"}},
                                                 {numbers}}))
                                   .value();
  CHECK(markdown == "- a\n\n* a\n\n- a\n\n1) b\n\n1. b\n\n  - c\n  - d\n\n* a\n\n1.  e\n\n1) b\n");
  CHECK(parse(markdown).lists == 9);
}

TEST_CASE("markdown: definitions are bold terms joined by hard breaks") {
  doc::Definitions facts{{{"Dato", doc::plain("tirsdag 25. februar 2020")},
                          {" Sted ", doc::plain("Rådhuset\nsal 2")},
                          {"*Tom*", {}}}};
  const std::string markdown = render({facts});
  CHECK(markdown ==
        "**Dato:** tirsdag 25. februar 2020\\\n"
        "**Sted:** Rådhuset sal 2\\\n"
        "**\\*Tom\\*:**\n");
  const Parsed parsed = parse(markdown);
  CHECK(parsed.paragraphs == 1);
  CHECK(parsed.strong == 3);
  CHECK(parsed.text == "Dato: tirsdag 25. februar 2020 Sted: Rådhuset sal 2 *Tom*:");
}

TEST_CASE("markdown: tables are GFM pipe tables with a bold caption") {
  doc::Table actions{"actions", "Oppfølging", {"Oppgave", "Ansvarlig"}, {}, true};
  actions.rows.push_back({doc::plain("Sende | ut"), doc::plain("Per\nEgil")});
  actions.rows.push_back({{Span{"Utpeke", Style::strong, {}}}, {}});
  actions.rows.push_back({doc::plain("# ikke overskrift"), doc::plain("- ikke liste")});
  const std::string markdown = render({actions});
  CHECK(markdown ==
        "**Oppfølging**\n\n"
        "| Oppgave | Ansvarlig |\n"
        "| --- | --- |\n"
        "| Sende \\| ut | Per Egil |\n"
        "| **Utpeke** | |\n"
        "| \\# ikke overskrift | - ikke liste |\n");

  // Grids without a header row still get one (GFM needs it): the view's column numbers.
  doc::Table grid{"workshop", "", {"1", "2", "3"}, {}, false};
  grid.rows.push_back({doc::plain("a"), doc::plain("b")});  // short rows are padded
  CHECK(render({grid}) == "| 1 | 2 | 3 |\n| --- | --- | --- |\n| a | b | |\n");
  CHECK(render({doc::Table{"empty", "Ingen kolonner", {}, {}, true}}) == "");

  if (!has_cmark_gfm()) {
    MESSAGE("cmark-gfm is not installed: the GFM table check is skipped");
    return;
  }
  doc::Table hostile{"workshop", "<script>x</script>", {"1", "2"}, {}, false};
  hostile.rows.push_back({doc::plain("| cell |"), doc::plain("<img src=x onerror=alert(1)>")});
  hostile.rows.push_back({doc::plain("a\n| b | c |\nd"), doc::plain("[x](javascript:alert(1))")});
  hostile.rows.push_back(
      {{Span{"lenke", Style::plain, "https://example.org/a|b"}}, doc::plain("`|`")});
  const std::string html = cmark_gfm(render({hostile}));
  CHECK(count(html, "<tr>") == 4);
  CHECK(count(html, "<td>") == 6);
  CHECK(count(html, "<th>") == 2);
  CHECK(count(html, "raw HTML omitted") == 0);
  CHECK(count(html, "<script") == 0);
  CHECK(count(html, "<img") == 0);
  CHECK(count(html, "href=") == 1);
  CHECK(count(html, "href=\"https://example.org/a%7Cb\"") == 1);
}

TEST_CASE("markdown: blocks are separated by one blank line, output ends with one newline") {
  const std::string markdown = emit(document_of({{doc::Heading{1, doc::plain("Tittel"), "t"}},
                                                 {doc::Paragraph{doc::plain("Tekst.")}},
                                                 {doc::MarkdownText{"<p>bare html</p>"}},
                                                 {doc::List{false, {{doc::plain("a"), {}}}}}}))
                                   .value();
  CHECK(markdown == "# Tittel\n\nTekst.\n\n- a\n");
  CHECK(emit(document_of({})).value() == "");
}

TEST_CASE("markdown: Markdown fields within the limits") {
  // The limit counts characters, like the schema's maxLength: 16384 × "ø" (2 bytes) passes.
  std::string at_limit;
  for (std::size_t i = 0; i < k_max_markdown_field_chars; ++i) at_limit += "ø";
  CHECK(emit(document_of({{doc::MarkdownText{at_limit}}})).has_value());

  const auto too_long =
      emit(document_of({{doc::MarkdownText{std::string(k_max_markdown_field_chars + 1, 'a')}}}));
  REQUIRE_FALSE(too_long.has_value());
  CHECK(too_long.error().kind == Error::Kind::input);
  CHECK(too_long.error().message ==
        "a Markdown field has 16385 characters; the limit is 16384 (longer Markdown is too slow to "
        "render safely)");
  // A document in pieces: each piece is checked.
  const auto piece = test::document_pieces(
      make_markdown_writer, document_of({{doc::Paragraph{doc::plain("x")}}}),
      {document_of({{doc::MarkdownText{std::string(k_max_markdown_field_chars + 1, 'a')}}})});
  REQUIRE_FALSE(piece.has_value());
  CHECK(piece.error().message == too_long.error().message);

  // Nine fields of 16000 characters: each is fine, together they are too much. Fields nested
  // in list items count too.
  std::vector<doc::Block> blocks;
  for (int i = 0; i < 8; ++i) blocks.push_back({doc::MarkdownText{std::string(16000, '-')}});
  doc::List list;
  list.items.push_back(
      {doc::plain("sak"), {doc::Block{doc::MarkdownText{std::string(16000, '-')}}}});
  blocks.push_back({std::move(list)});
  const auto total = emit(document_of(std::move(blocks)));
  REQUIRE_FALSE(total.has_value());
  CHECK(total.error().kind == Error::Kind::input);
  CHECK(
      total.error().message ==
      "the Markdown of this record has 144000 characters; the limit is 131072 (longer Markdown is "
      "too slow to render safely)");
}
