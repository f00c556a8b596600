#include "minutes/diagnostic.hpp"

#include <doctest/doctest.h>

#include <string>

using minutes::Diagnostic;
using minutes::Diagnostics;
using minutes::pointer_append;
using minutes::quote_value;
using minutes::Severity;

TEST_CASE("quote_value quotes and escapes what a terminal would misread") {
  SUBCASE("plain text is quoted as is, letters outside ASCII included") {
    CHECK(quote_value("Room 2.14") == "\"Room 2.14\"");
    CHECK(quote_value("Dialogmøte med næringslivet") == "\"Dialogmøte med næringslivet\"");
    CHECK(quote_value("") == "\"\"");
  }
  SUBCASE("quotes and backslashes are escaped") {
    CHECK(quote_value(R"(say "hi")") == R"("say \"hi\"")");
    CHECK(quote_value(R"(C:\temp)") == R"("C:\\temp")");
  }
  SUBCASE("line breaks and tabs become \\n and \\t") {
    CHECK(quote_value("a\nb\tc") == R"("a\nb\tc")");
    CHECK(quote_value("a\rb") == R"("a\x0db")");
  }
  SUBCASE("ESC and DEL cannot recolour the terminal") {
    CHECK(quote_value("\x1b[31mred") == R"("\x1b[31mred")");
    CHECK(quote_value("a\x7f") == R"("a\x7f")");
    CHECK(quote_value(std::string("a\0b", 3)) == R"("a\x00b")");
  }
  SUBCASE("invisible and bidirectional characters are shown as \\u escapes") {
    CHECK(quote_value("abc\u202Edef") == R"("abc\u202edef")");  // RIGHT-TO-LEFT OVERRIDE
    CHECK(quote_value("a\u200Bb") == R"("a\u200bb")");          // ZERO WIDTH SPACE
    CHECK(quote_value("\uFEFFtitle") == R"("\ufefftitle")");    // byte-order mark
    CHECK(quote_value("a\u2066b") == R"("a\u2066b")");          // LEFT-TO-RIGHT ISOLATE
  }
  SUBCASE("bytes that are not UTF-8 are shown one by one as \\x escapes") {
    CHECK(quote_value("Bl\xe5") == R"("Bl\xe5")");  // Latin-1 å
    CHECK(quote_value("\xff\xfe") == R"("\xff\xfe")");
    CHECK(quote_value("\xc3(") == R"("\xc3(")");                // lead byte without continuation
    CHECK(quote_value("ab\xe2\x82") == R"("ab\xe2\x82")");      // truncated at the end
    CHECK(quote_value("\xc0\xbc") == R"("\xc0\xbc")");          // overlong '<'
    CHECK(quote_value("\xed\xa0\x80") == R"("\xed\xa0\x80")");  // surrogate U+D800
    CHECK(quote_value("\xf4\x90\x80\x80") == R"("\xf4\x90\x80\x80")");  // past U+10FFFF
  }
}

TEST_CASE("quote_value truncates long values by characters, not bytes") {
  SUBCASE("the default keeps 60 characters") {
    const std::string sixty(60, 'a');
    CHECK(quote_value(sixty) == "\"" + sixty + "\"");
    CHECK(quote_value(sixty + "b") == "\"" + sixty + "…\"");
  }
  SUBCASE("max_chars sets the length") {
    CHECK(quote_value("abcdef", 3) == "\"abc…\"");
    CHECK(quote_value("abc", 3) == "\"abc\"");
  }
  SUBCASE("a multi-byte letter counts once and is never cut in half") {
    CHECK(quote_value("æøåæøå", 4) == "\"æøåæ…\"");
  }
  SUBCASE("an escape counts as one character") {
    CHECK(quote_value("\n\n\n\n", 2) == R"("\n\n…")");
  }
}

TEST_CASE("printable_name escapes what a terminal would obey and keeps the rest") {
  using minutes::printable_name;
  CHECK(printable_name("møter/2020 \"referat\".yaml") == "møter/2020 \"referat\".yaml");
  CHECK(printable_name("a\x1b[2Jb.yaml") == "a\\x1b[2Jb.yaml");
  CHECK(printable_name("tab\there.yaml") == "tab\\there.yaml");
  CHECK(printable_name("latin1-\xe6.yaml") == "latin1-\\xe6.yaml");
  CHECK(printable_name("rtl\u202etxt.yaml") == "rtl\\u202etxt.yaml");
  const std::string long_name(300, 'x');
  CHECK(printable_name(long_name) == long_name);  // names are never cut
}

TEST_CASE("pointer_append builds RFC 6901 JSON Pointers") {
  CHECK(pointer_append("", "title") == "/title");
  CHECK(pointer_append("/participants", std::size_t{2}) == "/participants/2");
  CHECK(pointer_append("/a", "b/c") == "/a/b~1c");
  CHECK(pointer_append("/a", "~tilde") == "/a/~0tilde");
  CHECK(pointer_append("", "~1") == "/~01");  // not "/~1", which would mean "/"
  CHECK(pointer_append("", "") == "/");
  CHECK(pointer_append("", "næringsliv") == "/næringsliv");
}

TEST_CASE("sort_in_document_order sorts by line, then column, and keeps ties in order") {
  const auto at = [](int line, int column, std::string rule) {
    return Diagnostic{{line, column}, "", std::move(rule), Severity::error, ""};
  };
  Diagnostics diagnostics{at(3, 1, "c"), at(1, 9, "b"),  at(1, 2, "a"),
                          at(3, 1, "d"), at(10, 1, "e"), at(0, 0, "unknown")};
  minutes::sort_in_document_order(diagnostics);
  std::string order;
  for (const Diagnostic& d : diagnostics) order += d.rule + " ";
  CHECK(order == "unknown a b c d e ");
}

TEST_CASE("has_errors and severity_name") {
  Diagnostics diagnostics{{{1, 1}, "", "due-before-meeting", Severity::warning, ""}};
  CHECK_FALSE(minutes::has_errors(diagnostics));
  diagnostics.push_back({{2, 1}, "", "type", Severity::error, ""});
  CHECK(minutes::has_errors(diagnostics));
  CHECK(minutes::severity_name(Severity::error) == "error");
  CHECK(minutes::severity_name(Severity::warning) == "warning");
}
