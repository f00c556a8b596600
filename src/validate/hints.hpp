#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "minutes/model.hpp"
#include "validate/hint_words.hpp"

namespace minutes::detail {

// Where a habit of the secretary's own language meets the format (docs/format.md, Hints): what
// a key, a value, a date or a time written that way stands for. Each function only reads; the
// messages are worded in schema_messages.cpp.

enum class HintTable { keys, values };  // key_hint_words(), value_hint_words()

// The English word in `allowed` that `written` stands for in the table ("deltakere" →
// "participants"), matched ignoring case, spaces, underscores, hyphens and full stops; "" when
// the table has none that is allowed here.
std::string hinted_word(HintTable table, std::string_view written,
                        const std::vector<std::string>& allowed);

// A date written another way: "25.02.2020", "25.2.2020", "25/02/2020", "2020.02.25",
// "2020-2-25", "25. februar 2020", "February 25, 2020", "20200225", "2020-02-25T18:00".
// `readings` holds what it can mean, in order of likelihood: two when "03/05/2024" can be
// day first or month first, none when it is not a date at all. A reading need not exist in the
// calendar ("30.02.2020" reads as 2020-02-30).
struct DateReadings {
  std::vector<Date> readings;
};
DateReadings read_written_date(std::string_view text);

// A time written another way: "21.00", "9:30", "1800", "18:00:00", "kl. 18", "18 Uhr",
// "6 pm", as HH:MM; nullopt when it is not a time of day.
std::optional<Time> read_written_time(std::string_view text);

// "18:00-21:00", "18.00–21.00", "kl. 18 til 21": a start and an end written in one value.
struct TimeSpan {
  Time start;
  Time end;
};
std::optional<TimeSpan> read_written_time_span(std::string_view text);

}  // namespace minutes::detail
