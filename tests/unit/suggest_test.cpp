#include "minutes/suggest.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using minutes::detail::edit_distance;
using minutes::detail::nearest_word;

TEST_CASE("edit_distance counts edits, a neighbour swap as one, ignoring ASCII case") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("", "date") == 4);
  CHECK(edit_distance("date", "") == 4);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("locaton", "location") == 1);   // one left out
  CHECK(edit_distance("loaction", "location") == 1);  // one swap  // two swapped
  CHECK(edit_distance("Title", "title") == 0);
  CHECK(edit_distance("STATUS", "status") == 0);
  CHECK(edit_distance("abc", "xyz") == 3);
  CHECK(edit_distance("ab", "ba") == edit_distance("ba", "ab"));
}

TEST_CASE("nearest_word suggests a close known word, or nothing") {
  const std::vector<std::string> keys{"title",    "date",         "start",        "end",
                                      "location", "organizer",    "language",     "status",
                                      "summary",  "participants", "agenda",       "decisions",
                                      "actions",  "attachments",  "next_meeting", "workshops"};
  CHECK(nearest_word("locaton", keys) == "location");
  CHECK(nearest_word("participnts", keys) == "participants");
  CHECK(nearest_word("Title", keys) == "title");
  CHECK(nearest_word("organiser", keys) == "organizer");
  CHECK(nearest_word("nextmeeting", keys) == "next_meeting");
  CHECK(nearest_word("dates", keys) == "date");
  CHECK(nearest_word("xyz", keys) == "");
  CHECK(nearest_word("chair", keys) == "");
  CHECK(nearest_word("minute_taker", keys) == "");
  CHECK(nearest_word("location", {}) == "");
}

TEST_CASE("nearest_word allows a third of the word to differ, from one to three characters") {
  const std::vector<std::string> words{"approved"};
  CHECK(nearest_word("aproved", words) == "approved");   // 1 of 7
  CHECK(nearest_word("aprovd", words) == "approved");    // 2 of 6
  CHECK(nearest_word("aprvd", words) == "");             // 3 of 5: too many
  CHECK(nearest_word("xpprovxd", words) == "approved");  // 2 of 8
  CHECK(nearest_word("xpprxvxd", words) == "");          // 3 of 8: too many
  const std::vector<std::string> long_words{"organizer"};
  CHECK(nearest_word("xrgxnizxr", long_words) == "organizer");  // 3 of 9
  CHECK(nearest_word("xrgxnxzxr", long_words) == "");           // 4 of 9
  CHECK(nearest_word("participantsxxxx", std::vector<std::string>{"participants"}) ==
        "");  // 4 of 16: never more than three
  CHECK(nearest_word("ab", std::vector<std::string>{"a"}) == "a");  // short words: one
  CHECK(nearest_word("ab", std::vector<std::string>{"xy"}) == "");
}

TEST_CASE("nearest_word takes the first of equally close words") {
  CHECK(nearest_word("stat", {"start", "state", "status"}) == "start");
  CHECK(nearest_word("stat", {"state", "start"}) == "state");
}

TEST_CASE("a swap of neighbouring letters is one edit") {
  CHECK(minutes::detail::edit_distance("htlm", "html") == 1);
  CHECK(minutes::detail::edit_distance("ab", "ba") == 1);
  CHECK(minutes::detail::nearest_word("htlm", {"markdown", "html", "csv"}) == "html");
}
