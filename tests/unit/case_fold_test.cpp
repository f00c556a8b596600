#include "minutes/case_fold.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "python_check.hpp"
#include "test_files.hpp"

using minutes::equal_ignoring_case;
using minutes::fold_case;

TEST_CASE("fold_case: Norwegian, Sami, German, Greek and Cyrillic letters") {
  CHECK(fold_case("Åse Øvrebø") == "åse øvrebø");
  CHECK(fold_case("ÆØÅ æøå") == "æøå æøå");
  CHECK(fold_case("ÄÖÜ") == "äöü");
  CHECK(fold_case("Čáhcesuolu ŊŦŠŽĐ") == "čáhcesuolu ŋŧšžđ");  // Northern Sami
  CHECK(fold_case("ŁÓDŹ") == "łódź");                          // Polish: Latin Extended-A
  CHECK(fold_case("ΣΟΦΊΑ Σοφία") == "σοφία σοφία");
  CHECK(fold_case("ὈΔΥΣΣΕΎΣ") == "Ὀδυσσεύσ");  // Ὀ is Greek Extended, outside: left as it is
  CHECK(fold_case("ΟΔΥΣΣΕΎΣ") == "οδυσσεύσ");  // final sigma and sigma fold alike
  CHECK(fold_case("МОСКВА Ёлка Її") == "москва ёлка її");
  CHECK(fold_case("ԱՐԱՄ") == "արամ");
  CHECK(fold_case("VIỆT") == "việt");
  CHECK(fold_case("ȘTEFAN ȚEPEȘ") == "ștefan țepeș");  // Romanian: Latin Extended-B
}

TEST_CASE("fold_case leaves alone what simple folding does not change") {
  CHECK(fold_case("Straße") == "straße");  // ß folds to "ss" only in full folding
  CHECK(fold_case("ẞ") == "ß");
  CHECK(fold_case("İ") == "İ");  // Turkish dotted I: no simple fold
  CHECK(fold_case("123 -_.,") == "123 -_.,");
  CHECK(fold_case("中文") == "中文");
  CHECK(fold_case("") == "");
  CHECK(fold_case("A\xFF\x42") == "a\xFF\x62");  // "A", a byte that is not UTF-8, "B": kept
  CHECK(fold_case(U'Ω') == U'ω');
  CHECK(fold_case(U'\u00B5') == U'\u03BC');  // micro sign
  CHECK(fold_case(U'\u017F') == U's');       // long s
}

TEST_CASE("equal_ignoring_case compares every letter, not only ASCII") {
  CHECK(equal_ignoring_case("åse øvrebø", "Åse Øvrebø"));
  CHECK(equal_ignoring_case("ÅSE ØVREBØ", "Åse Øvrebø"));
  CHECK(equal_ignoring_case("kari nordmann", "Kari Nordmann"));
  CHECK_FALSE(equal_ignoring_case("Åse Øvrebo", "Åse Øvrebø"));
  CHECK_FALSE(equal_ignoring_case("Ase", "Åse"));
  CHECK_FALSE(equal_ignoring_case("Åse", "Åse "));
}

TEST_CASE("fold_case agrees with Python's casefold over every code point of its blocks") {
  if (!minutes::test::have_python3()) {
    MESSAGE("python3 not found; comparison skipped");
    return;
  }
  std::string lines;
  const auto add = [&](char32_t first, char32_t last) {
    for (char32_t c = first; c <= last; ++c) {
      lines +=
          fmt::format("{:x} {:x}\n", static_cast<unsigned>(c), static_cast<unsigned>(fold_case(c)));
    }
  };
  add(0, 0x58F);
  add(0x1E00, 0x1EFF);
  const minutes::test::TempDir dir;
  CHECK(minutes::test::run_python_check("case_fold_check.py", dir.write("folds.txt", lines)));
}
