#include "parse/scalar_text.hpp"

#include <doctest/doctest.h>

#include <string>

using minutes::detail::describe_code_point;
using minutes::detail::find_control_character;
using minutes::detail::is_utf8;
using minutes::detail::repair_yaml_cpp_escapes;

TEST_CASE("repair_yaml_cpp_escapes turns the lone bytes of \\N and \\_ into UTF-8") {
  CHECK(repair_yaml_cpp_escapes("a\x85z") == "a\xC2\x85z");
  CHECK(repair_yaml_cpp_escapes("a\xA0z") == "a\xC2\xA0z");
  SUBCASE("text that is UTF-8 already is left alone, the same code points included") {
    CHECK(repair_yaml_cpp_escapes("Bærekraft\xC2\xA0og\xC2\x85") == "Bærekraft\xC2\xA0og\xC2\x85");
    CHECK(repair_yaml_cpp_escapes("\xE2\x80\xA8") == "\xE2\x80\xA8");
  }
  SUBCASE("other bytes that are not UTF-8 stay, for the UTF-8 check to find") {
    CHECK(repair_yaml_cpp_escapes("a\xFFz") == "a\xFFz");
    CHECK_FALSE(is_utf8(repair_yaml_cpp_escapes("a\xFFz")));
  }
}

TEST_CASE("find_control_character finds C0 (not tab or line feed), DEL and C1, by character") {
  CHECK_FALSE(find_control_character("Åse Øvrebø\tleder\nlinje 2").has_value());
  const auto nul = find_control_character(std::string("æø\0x", 6));
  REQUIRE(nul.has_value());
  CHECK(nul->code_point == 0);
  CHECK(nul->character == 3);
  CHECK(find_control_character("a\rb")->code_point == 0x0D);
  CHECK(find_control_character("a\x1b[31m")->code_point == 0x1B);
  CHECK(find_control_character("a\x7f")->code_point == 0x7F);
  CHECK(find_control_character("a\xC2\x9B" "31m")->code_point == 0x9B);
  CHECK(find_control_character("a\xC2\x85")->character == 2);
  CHECK_FALSE(find_control_character("no\xC2\xA0" "break \xE2\x80\xA8" " line").has_value());
}

TEST_CASE("describe_code_point names controls") {
  CHECK(describe_code_point(0x1B) == "U+001B (ESC)");
  CHECK(describe_code_point(0x00) == "U+0000 (NUL)");
  CHECK(describe_code_point(0x7F) == "U+007F (DEL)");
  CHECK(describe_code_point(0x85) == "U+0085 (NEL, next line)");
  CHECK(describe_code_point(0x9B) == "U+009B (a C1 control)");
  CHECK(describe_code_point(0x2028) == "U+2028");
}
