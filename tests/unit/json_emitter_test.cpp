#include <doctest/doctest.h>

#include <string>

#include "emit/json_text.hpp"
#include "emit_test_util.hpp"

using namespace minutes;

namespace {

std::string emit(const Meeting& meeting) {
  const auto out = test::record_output(write_record_json, "m.yaml", meeting);
  REQUIRE_MESSAGE(out.has_value(), test::message_of(out));
  return *out;
}

}  // namespace

TEST_CASE("json_quote escapes what RFC 8259 requires and keeps UTF-8") {
  CHECK(json_quote("") == "\"\"");
  CHECK(json_quote("Dialogmøte «Skiptvet» – ÆØÅ") == "\"Dialogmøte «Skiptvet» – ÆØÅ\"");
  CHECK(json_quote("sa \"hei\" \\ / ") == "\"sa \\\"hei\\\" \\\\ / \"");
  CHECK(json_quote("a\nb\rc\td\be\ff") == "\"a\\nb\\rc\\td\\be\\ff\"");
  CHECK(json_quote(std::string("\x00\x01\x1f\x7f", 4)) == "\"\\u0000\\u0001\\u001f\\u007f\"");
  CHECK(json_quote("\xE2\x80\xA8\xE2\x80\xA9") == "\"\\u2028\\u2029\"");
  CHECK(json_quote("😀 𝄞") == "\"😀 𝄞\"");
}

TEST_CASE("json_quote replaces bytes that are not UTF-8 with U+FFFD") {
  CHECK(json_quote("a\xFF"
                   "b") ==
        "\"a\xEF\xBF\xBD"
        "b\"");
  CHECK(json_quote("\xC3") == "\"\xEF\xBF\xBD\"");                                  // truncated
  CHECK(json_quote("\xC0\xAF") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");                  // overlong
  CHECK(json_quote("\xED\xA0\x80") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // surrogate
  CHECK(json_quote("\xF4\x90\x80\x80") ==
        "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // above U+10FFFF
}

TEST_CASE("json: a minimal record gets its defaults and every list") {
  Meeting meeting;
  meeting.title = "Styremøte";
  meeting.date = {2024, 3, 5};
  CHECK(emit(meeting) == R"({
  "title": "Styremøte",
  "date": "2024-03-05",
  "language": "en",
  "status": "draft",
  "participants": [],
  "agenda": [],
  "decisions": [],
  "actions": [],
  "attachments": [],
  "workshops": [],
  "attendance": 0
}
)");
}

TEST_CASE("json: a full record in the format's key order, shorthands expanded") {
  Meeting meeting;
  meeting.title = "Dialogmøte med næringslivet";
  meeting.date = {2020, 2, 25};
  meeting.start = Time{18, 0};
  meeting.end = Time{21, 0};
  meeting.location = "Skiptvet rådhus";
  meeting.organizer = "Skiptvet kommune";
  meeting.language = "nb";
  meeting.status = RecordStatus::approved;
  meeting.summary = "Ordfører ønsket **32 personer** velkommen.\n\"Sitat\"";
  meeting.participants = {
      Person{"Anne-Grethe Larsen", "ordfører", "", AttendanceStatus::present, ""},
      Person{"Per Egil Pedersen", "rådmann", "Skiptvet kommune", AttendanceStatus::regrets,
             "ordfører"},
      Person{"Anja Wingstedt", "", "", AttendanceStatus::guest, ""},
      Group{"næringslivet", 32, "Flere enn påmeldt"},
  };
  meeting.agenda = {AgendaItem{"Velkommen", "Anne-Grethe Larsen", ""},
                    AgendaItem{"Avslutning", "", "Takk for innspill."}};
  meeting.decisions = {Decision{"", "Næringslivet organiserer seg", std::nullopt},
                       Decision{"V-2", "Kick-off 24. mars", Votes{12, 0, std::nullopt}}};
  meeting.actions = {Action{"A-1", "Utpeke en representant", "næringslivet", Date{2020, 3, 24},
                            ActionStatus::open},
                     Action{"", "Sende referat", "", std::nullopt, ActionStatus::done}};
  meeting.attachments = {Attachment{"Presentasjonen", ""},
                         Attachment{"Plan", "https://example.org/plan.pdf"}};
  meeting.next_meeting =
      NextMeeting{"Kick-Off for SMART SKIPTVET", {2020, 3, 24}, Time{18, 0}, std::nullopt, ""};
  meeting.workshops = {Workshop{"Del 1 – ATTRAKTIV OG BÆREKRAFTIG BYGD",
                                {Question{"Hva gjør Skiptvet attraktivt?",
                                          4,
                                          {Answer{"Ligger sentralt", std::nullopt, {}},
                                           Answer{"Flott natur", 5, {"natur", "friluft"}}}},
                                 Question{"Ingen svar ennå", 1, {}}}}};

  CHECK(emit(meeting) == R"({
  "title": "Dialogmøte med næringslivet",
  "date": "2020-02-25",
  "start": "18:00",
  "end": "21:00",
  "location": "Skiptvet rådhus",
  "organizer": "Skiptvet kommune",
  "language": "nb",
  "status": "approved",
  "summary": "Ordfører ønsket **32 personer** velkommen.\n\"Sitat\"",
  "participants": [
    {
      "kind": "person",
      "name": "Anne-Grethe Larsen",
      "role": "ordfører",
      "status": "present"
    },
    {
      "kind": "person",
      "name": "Per Egil Pedersen",
      "role": "rådmann",
      "organization": "Skiptvet kommune",
      "status": "regrets",
      "on_behalf_of": "ordfører"
    },
    {
      "kind": "person",
      "name": "Anja Wingstedt",
      "status": "guest"
    },
    {
      "kind": "group",
      "group": "næringslivet",
      "count": 32,
      "note": "Flere enn påmeldt"
    }
  ],
  "agenda": [
    {
      "title": "Velkommen",
      "presenter": "Anne-Grethe Larsen"
    },
    {
      "title": "Avslutning",
      "notes": "Takk for innspill."
    }
  ],
  "decisions": [
    {
      "text": "Næringslivet organiserer seg"
    },
    {
      "id": "V-2",
      "text": "Kick-off 24. mars",
      "votes": {
        "for": 12,
        "against": 0
      }
    }
  ],
  "actions": [
    {
      "id": "A-1",
      "task": "Utpeke en representant",
      "owner": "næringslivet",
      "due": "2020-03-24",
      "status": "open"
    },
    {
      "task": "Sende referat",
      "status": "done"
    }
  ],
  "attachments": [
    {
      "title": "Presentasjonen"
    },
    {
      "title": "Plan",
      "href": "https://example.org/plan.pdf"
    }
  ],
  "next_meeting": {
    "title": "Kick-Off for SMART SKIPTVET",
    "date": "2020-03-24",
    "start": "18:00"
  },
  "workshops": [
    {
      "title": "Del 1 – ATTRAKTIV OG BÆREKRAFTIG BYGD",
      "questions": [
        {
          "prompt": "Hva gjør Skiptvet attraktivt?",
          "columns": 4,
          "answers": [
            {
              "text": "Ligger sentralt",
              "tags": []
            },
            {
              "text": "Flott natur",
              "votes": 5,
              "tags": [
                "natur",
                "friluft"
              ]
            }
          ]
        },
        {
          "prompt": "Ingen svar ennå",
          "columns": 1,
          "answers": []
        }
      ]
    }
  ],
  "attendance": 34
}
)");
}

TEST_CASE("json: empty votes stay an object; a workshop without questions has []") {
  Meeting meeting;
  meeting.title = "T";
  meeting.date = {2024, 1, 2};
  meeting.language = "";  // never produced by the decoder, but the default still holds
  meeting.decisions = {Decision{"", "Ja", Votes{}}};
  meeting.workshops = {Workshop{"W", {}}};
  const std::string out = emit(meeting);
  CHECK(out.find("\"language\": \"en\"") != std::string::npos);
  CHECK(out.find(R"("text": "Ja",
      "votes": {}
    })") != std::string::npos);
  CHECK(out.find(R"("title": "W",
      "questions": []
    })") != std::string::npos);
}
