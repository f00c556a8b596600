#include <doctest/doctest.h>

#include "minutes/labels.hpp"

using namespace minutes;

TEST_CASE("every language has every label") {
  for (std::string_view language : label_languages()) {
    for (int i = 0; i < static_cast<int>(Label::count); ++i) {
      INFO("language ", language, ", label #", i);
      CHECK_FALSE(label(language, static_cast<Label>(i)).empty());
    }
  }
  CHECK(label_languages().size() == 4);
}

TEST_CASE("language tags map to label tables") {
  CHECK(supported_language("nb") == "nb");
  CHECK(supported_language("nb-NO") == "nb");
  CHECK(supported_language("no") == "nb");
  CHECK(supported_language("nn") == "nn");
  CHECK(supported_language("de-AT") == "de");
  CHECK_FALSE(supported_language("fr").has_value());
  CHECK(label("fr", Label::participants) == "Participants");
  CHECK(label("nb", Label::participants) == "Deltakere");
  CHECK(label("nb", Label::actions) == "Tiltak");
  CHECK(label("nn", Label::next_meeting) == "Neste møte");
}

TEST_CASE("dates and times in each language") {
  const Date date{2020, 2, 25};
  CHECK(long_date(date, "en") == "25 February 2020");
  CHECK(long_date(date, "nb") == "25. februar 2020");
  CHECK(long_date(date, "nn") == "25. februar 2020");
  CHECK(long_date(date, "de") == "25. Februar 2020");
  const Time start{18, 0};
  const Time end{21, 0};
  CHECK(time_range(start, end, "nb") == "kl. 18.00–21.00");
  CHECK(time_range(start, end, "en") == "18:00–21:00");
  CHECK(time_range(start, end, "de") == "18:00–21:00 Uhr");
  CHECK(time_range(start, std::nullopt, "nn") == "kl. 18.00");
  CHECK(time_range(std::nullopt, end, "en").empty());
}
