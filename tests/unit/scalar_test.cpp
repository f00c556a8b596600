#include "parse/scalar.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

using minutes::Node;
using minutes::NodeKind;
using minutes::detail::resolve_plain_scalar;

namespace {

// The kind a plain scalar resolves to, as a word, so that a failure shows what it became.
std::string kind_of(std::string_view text) {
  return std::string(minutes::kind_name(resolve_plain_scalar(text).kind));
}

}  // namespace

TEST_CASE("resolve_plain_scalar: YAML 1.1 booleans stay strings under the 1.2 core schema") {
  for (const char* word :
       {"no", "No", "NO", "yes", "Yes", "on", "On", "off", "OFF", "y", "n", "Y"}) {
    INFO("plain scalar: ", word);
    CHECK(kind_of(word) == "string");
  }
  const Node no = resolve_plain_scalar("no");
  CHECK(no.text == "no");
}

TEST_CASE("resolve_plain_scalar: null") {
  for (const char* word : {"", "~", "null", "Null", "NULL"}) {
    INFO("plain scalar: \"", word, "\"");
    CHECK(kind_of(word) == "null");
  }
  CHECK(resolve_plain_scalar("~").text == "~");
  CHECK(kind_of("nULL") == "string");
  CHECK(kind_of("none") == "string");
}

TEST_CASE("resolve_plain_scalar: booleans") {
  for (const char* word : {"true", "True", "TRUE"}) {
    const Node node = resolve_plain_scalar(word);
    CHECK(node.kind == NodeKind::boolean);
    CHECK(node.boolean);
  }
  for (const char* word : {"false", "False", "FALSE"}) {
    const Node node = resolve_plain_scalar(word);
    CHECK(node.kind == NodeKind::boolean);
    CHECK_FALSE(node.boolean);
  }
  CHECK(kind_of("tRUE") == "string");
}

TEST_CASE("resolve_plain_scalar: integers") {
  const auto integer = [](std::string_view text) {
    const Node node = resolve_plain_scalar(text);
    REQUIRE(node.kind == NodeKind::integer);
    CHECK(node.text == text);
    return node.integer;
  };
  SUBCASE("decimal, a leading zero is not octal") {
    CHECK(integer("0") == 0);
    CHECK(integer("42") == 42);
    CHECK(integer("017") == 17);
    CHECK(integer("-5") == -5);
    CHECK(integer("+7") == 7);
  }
  SUBCASE("0o octal and 0x hexadecimal") {
    CHECK(integer("0o17") == 15);
    CHECK(integer("0x1F") == 31);
    CHECK(integer("0xff") == 255);
  }
  SUBCASE("the 64-bit range") {
    CHECK(integer("9223372036854775807") == std::numeric_limits<std::int64_t>::max());
    CHECK(integer("-9223372036854775808") == std::numeric_limits<std::int64_t>::min());
  }
  SUBCASE("not integers") {
    CHECK(kind_of("1_000") == "string");  // YAML 1.1 digit separators are gone
    CHECK(kind_of("0o8") == "string");
    CHECK(kind_of("0o") == "string");
    CHECK(kind_of("0x") == "string");
    CHECK(kind_of("0xG1") == "string");
    CHECK(kind_of("0X1F") == "string");
    CHECK(kind_of("-0x1F") == "string");  // the core schema has no signed hexadecimal
    CHECK(kind_of("0b101") == "string");
    CHECK(kind_of("1 000") == "string");
    CHECK(kind_of("+") == "string");
    CHECK(kind_of("-") == "string");
  }
}

TEST_CASE("resolve_plain_scalar: integers too large for 64 bits are numbers") {
  SUBCASE("decimal") {
    const Node node = resolve_plain_scalar("99999999999999999999");
    CHECK(node.kind == NodeKind::number);
    CHECK(node.number == doctest::Approx(1e20));
    CHECK(node.text == "99999999999999999999");
  }
  SUBCASE("just past the maximum") {
    CHECK(kind_of("9223372036854775808") == "number");
    CHECK(kind_of("-9223372036854775809") == "number");
  }
  SUBCASE("negative") {
    CHECK(resolve_plain_scalar("-99999999999999999999").number == doctest::Approx(-1e20));
  }
  SUBCASE("hexadecimal and octal keep their value") {
    const Node hex = resolve_plain_scalar("0x10000000000000000");
    CHECK(hex.kind == NodeKind::number);
    CHECK(hex.number == doctest::Approx(18446744073709551616.0));
    const Node octal = resolve_plain_scalar("0o2000000000000000000000");
    CHECK(octal.kind == NodeKind::number);
    CHECK(octal.number == doctest::Approx(18446744073709551616.0));
  }
}

TEST_CASE("resolve_plain_scalar: floats") {
  const auto number = [](std::string_view text) {
    const Node node = resolve_plain_scalar(text);
    REQUIRE(node.kind == NodeKind::number);
    CHECK(node.text == text);
    return node.number;
  };
  CHECK(number("1e3") == 1000.0);
  CHECK(number("1.5") == 1.5);
  CHECK(number("-2.5E-1") == -0.25);
  CHECK(number(".5") == 0.5);
  CHECK(number("1.") == 1.0);
  CHECK(number("+1e+2") == 100.0);
  CHECK(number(".inf") == std::numeric_limits<double>::infinity());
  CHECK(number(".Inf") == std::numeric_limits<double>::infinity());
  CHECK(number("+.INF") == std::numeric_limits<double>::infinity());
  CHECK(number("-.inf") == -std::numeric_limits<double>::infinity());
  CHECK(std::isnan(number(".nan")));
  CHECK(std::isnan(number(".NaN")));
  CHECK(std::isnan(number(".NAN")));

  CHECK(kind_of(".") == "string");
  CHECK(kind_of("1e") == "string");
  CHECK(kind_of("e3") == "string");
  CHECK(kind_of("1.2.3") == "string");
  CHECK(kind_of("inf") == "string");
  CHECK(kind_of(".InF") == "string");
  CHECK(kind_of("-.nan") == "string");
  CHECK(kind_of("1,5") == "string");
}

TEST_CASE("resolve_plain_scalar: dates, times and other text stay strings") {
  for (const char* text : {"2020-02-25", "18:00", "1:30:00", "2001-12-14t21:59:43.10-05:00",
                           "Dialogmøte", "A-3", "12 people", "v1.2"}) {
    INFO("plain scalar: ", text);
    CHECK(kind_of(text) == "string");
    CHECK(resolve_plain_scalar(text).text == text);
  }
}
