#include <doctest/doctest.h>

#include <string_view>

#include "emit/safe_url.hpp"

using minutes::encode_url;
using minutes::is_relative_url;
using minutes::is_safe_url;

TEST_CASE("is_safe_url allows http, https, mailto and relative URLs") {
  for (const std::string_view url :
       {"http://example.org", "https://example.org/a?b=c&d=e#f", "HTTPS://EXAMPLE.ORG",
        "mailto:post@example.org", "MailTo:post@example.org", "notes.html", "../vedlegg/a b.pdf",
        "/absolute/path", "#top", "?page=2", "./x:y", "1abc:def", "%6Aavascript:alert(1)",
        "&#106;avascript:alert(1)"}) {
    CAPTURE(url);
    CHECK(is_safe_url(url));
  }
}

TEST_CASE("is_safe_url refuses other schemes, protocol-relative URLs and what browsers rewrite") {
  const std::string_view unsafe[] = {"",
                                     "javascript:alert(1)",
                                     "JavaScript:alert(1)",
                                     "vbscript:msgbox",
                                     "data:text/html,<b>x",
                                     "data:image/png;base64,iVBORw0KGgo=",
                                     "file:///etc/passwd",
                                     "ftp://example.org",
                                     "tel:+4712345678",
                                     "//evil.example/x",
                                     "\\\\evil.example/x",
                                     "/\\evil.example/x",
                                     "java\tscript:alert(1)",
                                     "java\nscript:alert(1)",
                                     " javascript:alert(1)",
                                     "javascript:alert(1) ",
                                     "http://example.org\x7F",
                                     std::string_view("a\0b", 3),
                                     "\x01javascript:alert(1)"};
  for (const std::string_view url : unsafe) {
    CAPTURE(url);
    CHECK_FALSE(is_safe_url(url));
  }
}

TEST_CASE("is_relative_url is a safe URL without a scheme") {
  CHECK(is_relative_url("vedlegg/presentasjon.pdf"));
  CHECK(is_relative_url("#minutes"));
  CHECK(is_relative_url("../a.png"));
  CHECK_FALSE(is_relative_url("https://example.org/pixel.gif"));
  CHECK_FALSE(is_relative_url("mailto:a@example.org"));
  CHECK_FALSE(is_relative_url("//evil.example/pixel.gif"));
  CHECK_FALSE(is_relative_url("data:image/png;base64,iVBORw0KGgo="));
  CHECK_FALSE(is_relative_url(""));
}

TEST_CASE("encode_url percent-encodes only what a URL may not hold as written") {
  CHECK(encode_url("https://example.org/a b/\"x\"/<y>/`z`/^/{|}") ==
        "https://example.org/a%20b/%22x%22/%3Cy%3E/%60z%60/%5E/%7B%7C%7D");
  CHECK(encode_url("https://example.org/?a=1&b=2#frag") == "https://example.org/?a=1&b=2#frag");
  CHECK(encode_url("vedlegg/%20møte.pdf") == "vedlegg/%20møte.pdf");
  CHECK(encode_url("") == "");
}
