#include "minutes/translate.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using minutes::message_languages;
using Languages = std::vector<std::string>;

TEST_CASE("message_languages: LANGUAGE first, else the message locale, as GNU gettext reads them") {
  CHECK(message_languages("nb", "", "", "") == Languages{"nb"});
  CHECK(message_languages("nn:nb", "", "", "C.UTF-8") == Languages{"nn", "nb"});
  CHECK(message_languages("", "", "", "nb_NO.UTF-8") == Languages{"nb_NO.UTF-8"});
  CHECK(message_languages("", "", "de_DE.UTF-8", "nb_NO.UTF-8") == Languages{"de_DE.UTF-8"});
  CHECK(message_languages("", "nn_NO.UTF-8", "de_DE.UTF-8", "nb_NO.UTF-8") ==
        Languages{"nn_NO.UTF-8"});
  // An empty LC_ALL does not hide LANG (setlocale reads it the same way).
  CHECK(message_languages("", "", "", "de_AT.UTF-8") == Languages{"de_AT.UTF-8"});
  CHECK(message_languages("de", "", "", "nb_NO.UTF-8") == Languages{"de"});
}

TEST_CASE("message_languages: C and POSIX ask for English and win over LANGUAGE; unset does not") {
  CHECK(message_languages("nb", "C", "", "").empty());
  CHECK(message_languages("nb", "", "POSIX", "").empty());
  CHECK(message_languages("nb", "", "", "C") == Languages{});
  CHECK(message_languages("", "", "", "").empty());
  CHECK(message_languages("", "", "", "C.UTF-8").empty());
  // C.UTF-8 is not "C": LANGUAGE still counts, as in glibc.
  CHECK(message_languages("nb", "C.UTF-8", "", "") == Languages{"nb"});
}

TEST_CASE("message_languages: English ends the list; Norwegian 'no' falls back to Bokmål") {
  CHECK(message_languages("en", "", "", "nb_NO.UTF-8").empty());
  CHECK(message_languages("en_GB:nb", "", "", "").empty());
  CHECK(message_languages("sv:nn:en:de", "", "", "") == Languages{"sv", "nn"});
  CHECK(message_languages("no", "", "", "") == Languages{"no", "nb"});
  CHECK(message_languages("", "", "", "no_NO.UTF-8") == Languages{"no_NO.UTF-8", "nb"});
  CHECK(message_languages("::nb:", "", "", "") == Languages{"nb"});
}

TEST_CASE("without a chosen language every text is its msgid") {
  // The unit tests never call choose_message_language, so LC_MESSAGES is "C".
  CHECK(std::string(minutes::tr("a list")) == "a list");
  CHECK(minutes::tr_format("{0} {1} has {2} days", "February", 2021, 28) ==
        "February 2021 has 28 days");
  CHECK(std::string(minutes::tr_plural("{} file", "{} files", 1)) == "{} file");
  CHECK(minutes::tr_plural_format("{} file", "{} files", 3, 3) == "3 files");
  CHECK(minutes::tr_plural_format("{} file", "{} files", 1, 1) == "1 file");
}

TEST_CASE("a translation fmt cannot use falls back to the English text, never throws") {
  const int days = 28;
  const auto args = fmt::make_format_args(days);
  CHECK(minutes::translate_detail::format_or_fallback("har {} dager {", "has {} days", args) ==
        "has 28 days");
  CHECK(minutes::translate_detail::format_or_fallback("har {5} dager", "has {} days", args) ==
        "has 28 days");
  CHECK(minutes::translate_detail::format_or_fallback("har {} dager", "has {} days", args) ==
        "har 28 dager");
}
