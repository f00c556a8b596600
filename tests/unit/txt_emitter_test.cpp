#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "emit/txt.hpp"

using namespace minutes;
using doc::Span;
using Style = doc::Span::Style;

namespace {

doc::Document document_of(std::vector<doc::Block> blocks) {
  return doc::Document{"Test", "nb", std::move(blocks)};
}

// The whole text of a document with these blocks.
std::string render(std::vector<doc::Block> blocks) {
  return txt::opening(document_of(std::move(blocks))) + txt::closing();
}

std::string paragraph(const std::string& text) {
  return render({{doc::Paragraph{doc::plain(text)}}});
}

std::string markdown(const std::string& source) { return render({{doc::MarkdownText{source}}}); }

doc::ListItem item(const std::string& text, std::vector<doc::Block> children = {}) {
  return doc::ListItem{doc::plain(text), std::move(children)};
}

doc::Span link(const std::string& text, const std::string& href) {
  return Span{text, Style::plain, href};
}

// Lines of `text`, without the newline after the last one.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

std::size_t code_points(const std::string& text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

const std::string k_fffd = "\xEF\xBF\xBD";

}  // namespace

TEST_CASE("txt: lines wrap at 72 code points, not bytes") {
  // The first line is exactly 72 columns and 84 bytes.
  const std::string first =
      "Blåbærsyltetøy på brødskiva før møtet i grendehuset på Øvre Å, sa Åse Ø.";
  REQUIRE(code_points(first) == 72);
  REQUIRE(first.size() == 84);
  CHECK(paragraph(first + " Det smakte godt.") == first + "\nDet smakte godt.\n");
  // One more letter and the last word moves down.
  CHECK(paragraph("Å" + first + " Det smakte godt.") ==
        "ÅBlåbærsyltetøy på brødskiva før møtet i grendehuset på Øvre Å, sa Åse\n"
        "Ø. Det smakte godt.\n");
  // Whitespace, line breaks included, folds into single spaces; no space at a line's end.
  CHECK(paragraph("  Kari\n\tog   Ola  \r\n") == "Kari og Ola\n");
  CHECK(paragraph("") == "");
  CHECK(paragraph(" \n ") == "");
}

TEST_CASE("txt: a word longer than a line stays whole on its own line") {
  const std::string url = "https://example.org/" + std::string(70, 'a') + "/";
  REQUIRE(url.size() == 91);
  CHECK(paragraph("Se " + url + " for mer.") == "Se\n" + url + "\nfor mer.\n");
  // As a link: the text, then the URL in angle brackets on a line of its own.
  CHECK(render({{doc::Paragraph{{Span{"Se ", Style::plain, {}}, link("vedlegget", url),
                                 Span{" før møtet.", Style::plain, {}}}}}}) ==
        "Se vedlegget\n<" + url + ">\nfør møtet.\n");
}

TEST_CASE("txt: links show http, https and mailto URLs only") {
  const auto one = [](doc::Span span) { return render({{doc::Paragraph{{std::move(span)}}}}); };
  CHECK(one(link("Referat", "https://example.org/r")) == "Referat <https://example.org/r>\n");
  CHECK(one(link("https://example.org/r", "https://example.org/r")) == "https://example.org/r\n");
  CHECK(one(link("", "http://example.org/")) == "http://example.org/\n");
  CHECK(one(link("kari@example.no", "mailto:kari@example.no")) == "kari@example.no\n");
  CHECK(one(link("Kari", "MAILTO:kari@example.no")) == "Kari <MAILTO:kari@example.no>\n");
  // Other schemes and relative URLs (a mail has no base): the text alone.
  CHECK(one(link("klikk", "javascript:alert(1)")) == "klikk\n");
  CHECK(one(link("klikk", "data:text/html,x")) == "klikk\n");
  CHECK(one(link("vedlegg", "vedlegg/budsjett.pdf")) == "vedlegg\n");
  CHECK(one(link("", "javascript:alert(1)")) == "");
  // Spaces and angle brackets in a URL are encoded: it stays one word and cannot end early.
  CHECK(one(link("a", "https://example.org/a b>c")) == "a <https://example.org/a%20b%3Ec>\n");
  // Strong and emphasis are plain text; spaces between spans are kept.
  CHECK(render({{doc::Paragraph{{Span{"D1: ", Style::strong, {}}, Span{"Vedtatt", Style::plain, {}},
                                 Span{" (for 5)", Style::emphasis, {}}}}}}) ==
        "D1: Vedtatt (for 5)\n");
}

TEST_CASE("txt: headings are underlined at levels 1 and 2, as long as the text in columns") {
  CHECK(render({{doc::Heading{1, doc::plain("Referat fra dialogmøte på Ås"), "minutes"}}}) ==
        "Referat fra dialogmøte på Ås\n"
        "============================\n");
  CHECK(render({{doc::Heading{2, doc::plain("Økonomi"), "okonomi"}}}) == "Økonomi\n-------\n");
  CHECK(render({{doc::Heading{3, doc::plain("Gruppe  1:\nBygd"), "g"}}}) == "Gruppe 1: Bygd\n");
  CHECK(render({{doc::Heading{0, doc::plain("Null"), "n"}}}) == "Null\n====\n");
  CHECK(render({{doc::Heading{1, {}, "tom"}}}) == "");
  // A long title wraps; the underline is as long as its longest line.
  CHECK(render({{doc::Heading{1,
                              doc::plain("Referat fra det ordinære årsmøtet i Nordre Ås og Øvre "
                                         "Ærøy velforening, avholdt i grendehuset"),
                              "minutes"}}}) ==
        "Referat fra det ordinære årsmøtet i Nordre Ås og Øvre Ærøy velforening,\n"
        "avholdt i grendehuset\n"
        "=======================================================================\n");
  // Blocks are one blank line apart.
  CHECK(render({{doc::Heading{1, doc::plain("Møte"), "m"}},
                {doc::Heading{2, doc::plain("Saker"), "s"}},
                {doc::Paragraph{doc::plain("Ingen.")}}}) ==
        "Møte\n====\n\nSaker\n-----\n\nIngen.\n");
}

TEST_CASE("txt: nested lists indent under the item text") {
  const doc::List inner{true, {item("første underpunkt"), item("andre underpunkt")}};
  const doc::List list{
      false,
      {item("Velkommen"),
       item("Økonomi og budsjett for neste år, der kassereren la fram regnskapet og svarte på "
            "spørsmål",
            {{inner}}),
       item("Eventuelt")}};
  CHECK(render({{list}}) ==
        "- Velkommen\n"
        "- Økonomi og budsjett for neste år, der kassereren la fram regnskapet og\n"
        "  svarte på spørsmål\n"
        "  1. første underpunkt\n"
        "  2. andre underpunkt\n"
        "- Eventuelt\n");
  // Items with notes below them are set apart by blank lines; notes sit right under the item.
  const doc::List agenda{
      true,
      {item("Velkommen", {{doc::MarkdownText{"Kari ønsket velkommen.\n\nOla tok referat."}}}),
       item("Budsjett")}};
  CHECK(render({{agenda}}) ==
        "1. Velkommen\n"
        "   Kari ønsket velkommen.\n"
        "\n"
        "   Ola tok referat.\n"
        "\n"
        "2. Budsjett\n");
  // An item without text starts its first nested line on the marker's line.
  CHECK(render({{doc::List{false,
                           {doc::ListItem{{}, {{doc::List{false, {item("a"), item("b")}}}}},
                            doc::ListItem{{}, {}}}}}}) ==
        "- - a\n"
        "  - b\n"
        "-\n");
}

TEST_CASE("txt: ordered lists of 10 or more items right-align their numbers") {
  doc::List list{true, {}};
  for (int i = 1; i <= 11; ++i) list.items.push_back(item("Sak " + std::to_string(i)));
  list.items[9] =
      item("Sak 10 har en lang tittel som må brytes fordi den er lengre enn en linje på 72 tegn");
  CHECK(render({{list}}) ==
        " 1. Sak 1\n"
        " 2. Sak 2\n"
        " 3. Sak 3\n"
        " 4. Sak 4\n"
        " 5. Sak 5\n"
        " 6. Sak 6\n"
        " 7. Sak 7\n"
        " 8. Sak 8\n"
        " 9. Sak 9\n"
        "10. Sak 10 har en lang tittel som må brytes fordi den er lengre enn en\n"
        "    linje på 72 tegn\n"
        "11. Sak 11\n");
}

TEST_CASE("txt: definitions align their values when the terms are short") {
  const doc::Definitions facts{
      {{"Dato", doc::plain("25. februar 2020")},
       {"Sted", doc::plain("Grendehuset på Øvre Å, lille salen i andre etasje ved siden av "
                           "kjøkkenet")},
       {"Møteleder", {}},
       {"Status", doc::plain("Utkast")}}};
  CHECK(render({{facts}}) ==
        "Dato:      25. februar 2020\n"
        "Sted:      Grendehuset på Øvre Å, lille salen i andre etasje ved siden\n"
        "           av kjøkkenet\n"
        "Møteleder:\n"
        "Status:    Utkast\n");
  // A term too long for a column: each value follows its term, wrapped lines indented by four.
  const doc::Definitions long_term{
      {{"Antall stemmeberettigede til stede", doc::plain("32 av 40 medlemmer, som er nok til at "
                                                         "årsmøtet er vedtaksført")},
       {"Dato", doc::plain("25. februar 2020")}}};
  CHECK(render({{long_term}}) ==
        "Antall stemmeberettigede til stede: 32 av 40 medlemmer, som er nok til\n"
        "    at årsmøtet er vedtaksført\n"
        "Dato: 25. februar 2020\n");
}

TEST_CASE("txt: a narrow table is aligned columns with an underlined header") {
  const doc::Table table{
      "actions",
      "Oppgaver",
      {"Id", "Oppgave", "Ansvarlig", "Frist"},
      {{doc::plain("A1"), doc::plain("Bestille kaffe"), doc::plain("Åse Øvrebø"),
        doc::plain("1. mars 2020")},
       {doc::plain("A2"), doc::plain("Ringe kommunen"), doc::plain("Ørjan"), {}}},
      true};
  CHECK(render({{table}}) ==
        "Oppgaver\n"
        "Id  Oppgave         Ansvarlig   Frist\n"
        "--  --------------  ----------  ------------\n"
        "A1  Bestille kaffe  Åse Øvrebø  1. mars 2020\n"
        "A2  Ringe kommunen  Ørjan\n");
  // Cells with line breaks: their lines stack, and rows are set apart by blank lines.
  const doc::Table tall{"t",
                        "",
                        {"Id", "Oppgave"},
                        {{doc::plain("A1"), doc::plain("Ringe kommunen\r\n\n og spørre")},
                         {doc::plain("A2"), doc::plain("Kaffe")}},
                        true};
  CHECK(render({{tall}}) ==
        "Id  Oppgave\n"
        "--  --------------\n"
        "A1  Ringe kommunen\n"
        "    og spørre\n"
        "\n"
        "A2  Kaffe\n");
  CHECK(render({{doc::Table{"t", "Tom", {}, {}, true}}}) == "");
  // 2 + 2 + 68 columns fit (æ is one column); 69 do not.
  const std::string task = "æ" + std::string(67, 'x');
  CHECK(render({{doc::Table{
            "t", "", {"Id", "Oppgave"}, {{doc::plain("A1"), doc::plain(task)}}, true}}}) ==
        "Id  Oppgave\n--  " + std::string(68, '-') + "\nA1  " + task + "\n");
  CHECK(render({{doc::Table{
            "t", "", {"Id", "Oppgave"}, {{doc::plain("A1"), doc::plain(task + "x")}}, true}}}) ==
        "Id:      A1\nOppgave: " + task + "x\n");
}

TEST_CASE("txt: a table wider than 72 columns is written as records") {
  const doc::Table table{
      "actions",
      "Oppgaver",
      {"Id", "Oppgave", "Ansvarlig", "Frist"},
      {{doc::plain("A1"),
        doc::plain("Bestille kaffe og kaker til årsmøtet, og sjekke at nøkkelen til "
                   "grendehuset ligger der den skal"),
        doc::plain("Åse"), doc::plain("1. mars 2020")},
       {doc::plain("A2"), doc::plain("Ringe kommunen\nom brøyting"), {}, {}},
       {{}, {}, {}, {}}},
      true};
  CHECK(render({{table}}) ==
        "Oppgaver\n"
        "\n"
        "Id:        A1\n"
        "Oppgave:   Bestille kaffe og kaker til årsmøtet, og sjekke at nøkkelen\n"
        "           til grendehuset ligger der den skal\n"
        "Ansvarlig: Åse\n"
        "Frist:     1. mars 2020\n"
        "\n"
        "Id:        A2\n"
        "Oppgave:   Ringe kommunen\n"
        "           om brøyting\n");
}

TEST_CASE("txt: grids without a header row") {
  const auto answer = [](const std::string& text, const std::string& note) {
    return doc::Spans{Span{text, Style::plain, {}}, Span{note, Style::emphasis, {}}};
  };
  const doc::Table narrow{
      "workshop",
      "Hva er bra med bygda?",
      {"1", "2"},
      {{answer("Naturen", " (3 stemmer)"), answer("Skolen", "")}, {answer("Folkene", ""), {}}},
      false};
  CHECK(render({{narrow}}) ==
        "Hva er bra med bygda?\n"
        "Naturen (3 stemmer)  Skolen\n"
        "Folkene\n");
  const doc::Table wide{
      "workshop",
      "Hva kan bli bedre?",
      {"1", "2", "3"},
      {{answer("Bussforbindelsen til byen om kvelden og i helgene", " (7 stemmer)"),
        answer("Mobildekningen på Øvre Å", " [infrastruktur]"), answer("Butikken", "")},
       {answer("Et sted for ungdommen å være på kveldstid, gjerne med kafé og leksehjelp", ""),
        {},
        {}}},
      false};
  CHECK(render({{wide}}) ==
        "Hva kan bli bedre?\n"
        "\n"
        "- Bussforbindelsen til byen om kvelden og i helgene (7 stemmer)\n"
        "- Mobildekningen på Øvre Å [infrastruktur]\n"
        "- Butikken\n"
        "- Et sted for ungdommen å være på kveldstid, gjerne med kafé og\n"
        "  leksehjelp\n");
}

TEST_CASE("txt: a chart is its alt text") {
  const doc::Chart chart{"chart-1",
                         "Stemmer per svar",
                         "Stolpediagram: Naturen 3 stemmer, Skolen 2 stemmer, Folkene 1 stemme, "
                         "Butikken 0 stemmer.",
                         {"Naturen", "Skolen"},
                         {3, 2}};
  CHECK(render({{chart}}) ==
        "Stolpediagram: Naturen 3 stemmer, Skolen 2 stemmer, Folkene 1 stemme,\n"
        "Butikken 0 stemmer.\n");
  CHECK(render({{doc::Chart{"c", "Stemmer", "", {"a"}, {1}}}}) == "Stemmer\n");
}

TEST_CASE("txt: Markdown paragraphs are joined and re-wrapped at 72 columns") {
  // Source lines broken near 100 columns: kept, they would leave "(AGM)" and "will" alone on a
  // line. Inline syntax stays as written.
  CHECK(markdown("The board approved the **2023 accounts** for the annual general meeting (AGM)\n"
                 "and accepted a quote for repairing the boathouse roof. By a majority, it will "
                 "ask the members to\n"
                 "raise the annual fee from NOK 400 to NOK 450, as [the treasurer "
                 "proposed](https://example.org/b).") ==
        "The board approved the **2023 accounts** for the annual general meeting\n"
        "(AGM) and accepted a quote for repairing the boathouse roof. By a\n"
        "majority, it will ask the members to raise the annual fee from NOK 400\n"
        "to NOK 450, as [the treasurer proposed](https://example.org/b).\n");
  // Was two lines, as written, when Markdown fields kept their lines.
  CHECK(markdown("Kari ønsket **velkommen**.\nOla tok [referat](https://example.org).") ==
        "Kari ønsket **velkommen**. Ola tok [referat](https://example.org).\n");
  // Columns are code points: the first line is 72 columns and 84 bytes.
  CHECK(markdown("Blåbærsyltetøy på brødskiva før møtet\n"
                 "i grendehuset på Øvre Å, sa Åse Ø. Det smakte godt.") ==
        "Blåbærsyltetøy på brødskiva før møtet i grendehuset på Øvre Å, sa Åse Ø.\n"
        "Det smakte godt.\n");
  CHECK(markdown("ÅBlåbærsyltetøy på brødskiva før møtet\n"
                 "i grendehuset på Øvre Å, sa Åse Ø. Det smakte godt.") ==
        "ÅBlåbærsyltetøy på brødskiva før møtet i grendehuset på Øvre Å, sa Åse\n"
        "Ø. Det smakte godt.\n");
  // Blank lines end paragraphs, and runs of them become one.
  CHECK(markdown("\n\nA\nb\n\n\n\nB  \n\n") == "A b\n\nB\n");
  // Only a list that starts at 1 interrupts a paragraph: a year that starts a line is text.
  CHECK(markdown("Budsjettet for\n2024. Neste sak\n1. Første punkt") ==
        "Budsjettet for 2024. Neste sak\n1. Første punkt\n");
}

TEST_CASE("txt: Markdown list items join their continuation lines") {
  CHECK(markdown("1. Kari ønsket velkommen og gikk gjennom sakslisten, som ble godkjent uten "
                 "merknader fra\n"
                 "   noen av de fremmøtte.\n"
                 "2. Ola la fram regnskapet for 2023, som viser et overskudd på 12 000 kroner "
                 "etter at\n"
                 "dugnaden ga mer enn ventet.\n"
                 "   - Revisor hadde ingen merknader til regnskapet, men ba styret om å\n"
                 "     arkivere bilagene bedre.\n"
                 "3. Eventuelt") ==
        "1. Kari ønsket velkommen og gikk gjennom sakslisten, som ble godkjent\n"
        "   uten merknader fra noen av de fremmøtte.\n"
        "2. Ola la fram regnskapet for 2023, som viser et overskudd på 12 000\n"
        "   kroner etter at dugnaden ga mer enn ventet.\n"
        "   - Revisor hadde ingen merknader til regnskapet, men ba styret om å\n"
        "     arkivere bilagene bedre.\n"
        "3. Eventuelt\n");
  // A paragraph of its own in an item stays under its text.
  CHECK(markdown("- Vedtak\n\n  Styret får\n  fullmakt.\n- Neste") ==
        "- Vedtak\n\n  Styret får fullmakt.\n- Neste\n");
  CHECK(markdown("- punkt\n\t- underpunkt\n") == "- punkt\n    - underpunkt\n");
  CHECK(markdown("- Et punkt som er så langt at det må brytes, og da skal resten stå under "
                 "teksten og ikke under streken") ==
        "- Et punkt som er så langt at det må brytes, og da skal resten stå under\n"
        "  teksten og ikke under streken\n");
}

TEST_CASE("txt: Markdown block quotes are joined within the quote") {
  CHECK(markdown("> Styret mener at tilbudet på takreparasjonen er for høyt, og at vi bør be om "
                 "et nytt tilbud\n"
                 "> fra minst to andre firma før\n"
                 "neste styremøte.\n"
                 ">\n"
                 "> > Sitat i sitatet som også er langt nok til å måtte brytes når linjene er\n"
                 "> > slått sammen.\n"
                 "\n"
                 "Etter sitatet.") ==
        "> Styret mener at tilbudet på takreparasjonen er for høyt, og at vi bør\n"
        "> be om et nytt tilbud fra minst to andre firma før neste styremøte.\n"
        ">\n"
        "> > Sitat i sitatet som også er langt nok til å måtte brytes når linjene\n"
        "> > er slått sammen.\n"
        "\n"
        "Etter sitatet.\n");
  // Indented by 4, a line cannot open a fence: it continues the quoted paragraph lazily.
  CHECK(markdown("> a\n    ```x") == "> a ```x\n");
  CHECK(markdown("> 12. Et sitert punkt som er så langt at det må brytes, og resten står under "
                 "teksten") ==
        "> 12. Et sitert punkt som er så langt at det må brytes, og resten står\n"
        ">     under teksten\n");
}

TEST_CASE("txt: Markdown code, tables and headings keep their lines") {
  CHECK(markdown("Koden under skal\nstå som den står:\n"
                 "```sh\n"
                 "minutes render --format txt   referat.yaml\n"
                 "```\n"
                 "    innrykket kode   også\n"
                 "# Overskrift som ikke slås sammen\n"
                 "med neste linje.") ==
        "Koden under skal stå som den står:\n"
        "```sh\n"
        "minutes render --format txt   referat.yaml\n"
        "```\n"
        "    innrykket kode   også\n"
        "# Overskrift som ikke slås sammen\n"
        "med neste linje.\n");
  // Code and tables are never wrapped.
  const std::string code(80, 'x');
  CHECK(markdown("```\n" + code + "\n```\n| " + code + " |") ==
        "```\n" + code + "\n```\n| " + code + " |\n");
  // A table whose rows do not start with `|`: the row under the header tells it from text.
  CHECK(
      markdown("Oppgaver:\nNavn | Rolle\n--- | ---\nKari | leder\nOla | kasserer\n\nSlutt\nher.") ==
      "Oppgaver:\nNavn | Rolle\n--- | ---\nKari | leder\nOla | kasserer\n\nSlutt her.\n");
}

TEST_CASE("txt: a Markdown hard line break ends the line, without its spaces or backslash") {
  // At a paragraph's end a backslash is not a line break but a character, and stays.
  CHECK(markdown("Kari Nordmann  \nStorgata 1\\\n0150 Oslo\nSlutt med skråstrek\\") ==
        "Kari Nordmann\nStorgata 1\n0150 Oslo Slutt med skråstrek\\\n");
  // An escaped backslash is not a line break.
  CHECK(markdown("C:\\\\\nmapper") == "C:\\\\ mapper\n");
  CHECK(markdown("- Punkt med  \n  linjeskift") == "- Punkt med\n  linjeskift\n");
}

TEST_CASE("txt: control characters, ESC, C1 and bidi overrides never reach the terminal") {
  CHECK(paragraph("rød\x1b[31mgrønn\x1b]0;tittel\x07") ==
        "rød" + k_fffd + "[31mgrønn" + k_fffd + "]0;tittel" + k_fffd + "\n");
  CHECK(paragraph(std::string("nul\0del\x7f", 8)) == "nul" + k_fffd + "del" + k_fffd + "\n");
  CHECK(paragraph("C1 \xC2\x9B"
                  "31m NEL \xC2\x85.") == "C1 " + k_fffd + "31m NEL " + k_fffd + ".\n");
  CHECK(paragraph("fil \xE2\x80\xAE"
                  "fdp.exe \xE2\x81\xA6x") == "fil " + k_fffd + "fdp.exe " + k_fffd + "x\n");
  CHECK(paragraph("bytes \xFF\xC3 slutt \xC0\xBC") ==
        "bytes " + k_fffd + k_fffd + " slutt " + k_fffd + k_fffd + "\n");
  // A lone CR would return the cursor: it is a line break (here: a space).
  CHECK(paragraph("Godkjent\rAvvist") == "Godkjent Avvist\n");
  // The same in Markdown fields, table cells, terms, headers, captions and URLs.
  // In Markdown, the lone CR is a soft line break, a space in a re-flowed paragraph.
  CHECK(markdown("a\x1b[2Jb\rc\x0c") == "a" + k_fffd + "[2Jb c" + k_fffd + "\n");
  CHECK(markdown("```\ra\x1b\r```") == "```\na" + k_fffd + "\n```\n");
  CHECK(render({{doc::Definitions{{{"T\x1b", doc::plain("v\x9b")}}}}}) ==
        "T" + k_fffd + ": v" + k_fffd + "\n");
  CHECK(render({{doc::Table{"t", "c\x1b", {"h\x1b"}, {{doc::plain("x\x1b")}}, true}}}) ==
        "c" + k_fffd + "\nh" + k_fffd + "\n--\nx" + k_fffd + "\n");
  CHECK(render({{doc::Paragraph{{link("a",
                                      "https://example.org/\xC2\x9B"
                                      "2J")}}}}) == "a <https://example.org/" + k_fffd + "2J>\n");
}

TEST_CASE("txt: streamed pieces are the text of the merged document") {
  const doc::Document a = document_of(
      {{doc::Heading{1, doc::plain("Årsmøte"), "m"}}, {doc::Paragraph{doc::plain("Første del.")}}});
  const doc::Document b = document_of(
      {{doc::Heading{2, doc::plain("Saker"), "s"}}, {doc::List{true, {item("Én"), item("To")}}}});
  const doc::Document c = document_of(
      {{doc::Paragraph{{}}},
       {doc::Table{"t", "Tall", {"A", "B"}, {{doc::plain("1"), doc::plain("2")}}, true}}});
  const doc::Document empty = document_of({{doc::Paragraph{{}}}});
  doc::Document merged = a;
  for (const doc::Document* more : {&b, &c, &empty}) {
    for (const doc::Block& block : more->blocks) merged.blocks.push_back(block);
  }
  const std::string streamed =
      txt::opening(a) + txt::blocks(b) + txt::blocks(c) + txt::blocks(empty) + txt::closing();
  CHECK(streamed == txt::opening(merged) + txt::closing());
  CHECK(streamed ==
        "Årsmøte\n=======\n\nFørste del.\n\nSaker\n-----\n\n1. Én\n2. To\n\n"
        "Tall\nA  B\n-  -\n1  2\n");
  CHECK(txt::blocks(empty) == "");
  CHECK(txt::closing() == "");
}

TEST_CASE("txt: a big mixed document has no trailing spaces, no double blank lines") {
  std::vector<doc::Block> blocks{
      {doc::Heading{1, doc::plain("Referat fra årsmøtet i Øvre Ærøy vel  "), "minutes"}},
      {doc::Definitions{{{"Dato", doc::plain("25. februar 2020 ")}, {"Møteleder", {}}}}},
      {doc::Paragraph{doc::plain("   ")}},
      {doc::MarkdownText{"\n\n  \nFørste linje   \n\n\n\n- punkt  \n\n"}},
      {doc::List{true,
                 {item("Sak  ", {{doc::MarkdownText{"  \n\n"}}, {doc::Paragraph{doc::plain(" ")}}}),
                  item("", {}), item("Sak med notat", {{doc::MarkdownText{"Notat\n\n\nmer"}}})}}},
      {doc::Table{"t", "  ", {"A", "B"}, {{doc::plain(" x \n\n y "), {}}, {{}, {}}}, true}},
      {doc::Table{"g",
                  "Rutenett",
                  {"1", "2"},
                  {{doc::plain(std::string(70, 'x')), doc::plain("y")}},
                  false}},
      {doc::Chart{"c", "", "  ", {}, {}}},
      {doc::Heading{3, doc::plain("Slutt"), "slutt"}}};
  const std::string text = render(blocks);
  REQUIRE(!text.empty());
  CHECK(text.back() == '\n');
  CHECK(text.find("\n\n\n") == std::string::npos);
  CHECK(!text.starts_with("\n"));
  CHECK(!text.ends_with("\n\n"));
  for (const std::string& line : lines_of(text)) {
    CAPTURE(line);
    CHECK(!line.ends_with(" "));
    CHECK(code_points(line) <= txt::k_width);
  }
  CHECK(text ==
        "Referat fra årsmøtet i Øvre Ærøy vel\n"
        "====================================\n"
        "\n"
        "Dato:      25. februar 2020\n"
        "Møteleder:\n"
        "\n"
        "Første linje\n"
        "\n"
        "- punkt\n"
        "\n"
        "1. Sak\n"
        "\n"
        "2.\n"
        "\n"
        "3. Sak med notat\n"
        "   Notat\n"
        "\n"
        "   mer\n"
        "\n"
        "A  B\n"
        "-  -\n"
        "x\n"
        "y\n"
        "\n"
        "Rutenett\n"
        "\n"
        "- " +
            std::string(70, 'x') +
            "\n"
            "- y\n"
            "\n"
            "Slutt\n");
}
