#include "minutes/skeleton.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <regex>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "minutes/check.hpp"
#include "test_files.hpp"

using minutes::CheckedRecord;
using minutes::Date;
using minutes::SkeletonKind;
using minutes::SkeletonLanguage;
using minutes::SkeletonOptions;

namespace {

constexpr std::array k_languages = {SkeletonLanguage::nb, SkeletonLanguage::nn,
                                    SkeletonLanguage::en, SkeletonLanguage::de};
constexpr std::array k_kinds = {SkeletonKind::meeting, SkeletonKind::workshop, SkeletonKind::board};
constexpr std::string_view k_ref = "/usr/share/minutes/meeting.v1.schema.json";

std::string_view kind_name(SkeletonKind kind) {
  switch (kind) {
    case SkeletonKind::workshop:
      return "workshop";
    case SkeletonKind::board:
      return "board";
    case SkeletonKind::meeting:
      break;
  }
  return "meeting";
}

SkeletonOptions options_for(SkeletonLanguage language, SkeletonKind kind,
                            Date date = {2024, 3, 5}) {
  SkeletonOptions options;
  options.language = language;
  options.kind = kind;
  options.date = date;
  options.schema_ref = std::string(k_ref);
  return options;
}

std::string skeleton(const SkeletonOptions& options) {
  const auto made = minutes::make_skeleton(options);
  REQUIRE_MESSAGE(made.has_value(), (made ? std::string() : made.error()));
  return *made;
}

// The same entry point as `minutes validate --strict`: warnings count.
CheckedRecord checked(const std::string& text) {
  CheckedRecord record = minutes::check_record(text, {nullptr, true});
  for (const minutes::Diagnostic& diagnostic : record.diagnostics) {
    INFO(diagnostic.position.line, ": ", diagnostic.rule, ": ", diagnostic.pointer, ": ",
         diagnostic.message);
    CHECK(false);
  }
  return record;
}

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    lines.emplace_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

// The comment lines after the modeline, where the language shows.
std::string comments_of(std::string_view text) {
  std::string comments;
  const std::vector<std::string> lines = lines_of(text);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::size_t hash = lines[i].find_first_not_of(' ');
    if (hash != std::string::npos && lines[i][hash] == '#') comments += lines[i] + "\n";
  }
  return comments;
}

// What the clerk is told to do with an empty section: delete "[]" and the "# " of the example.
std::string uncommented(std::string_view text) {
  std::string out;
  bool in_example = false;
  for (const std::string& line : lines_of(text)) {
    if (line.ends_with(": []")) {
      out += line.substr(0, line.size() - 3) + "\n";
      in_example = true;
      continue;
    }
    if (in_example && line.starts_with("#   ")) {
      out += line.substr(2) + "\n";
      continue;
    }
    in_example = false;
    out += line + "\n";
  }
  return out;
}

struct LanguageWords {
  SkeletonLanguage language;
  std::string_view own;  // a word only the comments of this language have
};

constexpr std::array<LanguageWords, 4> k_words = {{
    {SkeletonLanguage::nb, "ikke"},
    {SkeletonLanguage::nn, "ikkje"},
    {SkeletonLanguage::en, "Required"},
    {SkeletonLanguage::de, "Pflichtfeld"},
}};

}  // namespace

TEST_CASE("every skeleton passes validate --strict and has every section") {
  for (SkeletonLanguage language : k_languages) {
    for (SkeletonKind kind : k_kinds) {
      const std::string code(minutes::skeleton_language_code(language));
      INFO("--lang ", code, " --kind ", kind_name(kind));
      const std::string text = skeleton(options_for(language, kind));
      const CheckedRecord record = checked(text);
      REQUIRE(record.meeting.has_value());
      const minutes::Meeting& meeting = *record.meeting;
      CHECK(meeting.language == code);
      CHECK(meeting.start.has_value());
      CHECK(meeting.end.has_value());
      CHECK_FALSE(meeting.location.empty());
      CHECK_FALSE(meeting.organizer.empty());
      CHECK_FALSE(meeting.summary.empty());
      CHECK_FALSE(meeting.agenda.empty());
      CHECK_FALSE(meeting.actions.empty());
      CHECK_FALSE(meeting.attachments.empty());
      CHECK(meeting.next_meeting.has_value());

      bool role = false, organisation = false, group = false;
      for (const minutes::Participant& participant : meeting.participants) {
        if (const auto* person = std::get_if<minutes::Person>(&participant)) {
          role = role || !person->role.empty();
          organisation = organisation || !person->organization.empty();
        } else {
          group = true;
        }
      }
      CHECK(role);
      CHECK(organisation);
      CHECK(group);
      for (const minutes::Action& action : meeting.actions) {
        CHECK_FALSE(action.owner.empty());
        REQUIRE(action.due.has_value());
        CHECK(*action.due > meeting.date);
      }

      // Every top-level key of the format is in the file, filled in or as an empty list.
      for (std::string_view key :
           {"title:", "date:", "start:", "end:", "location:", "organizer:", "language:", "status:",
            "summary:", "participants:", "agenda:", "decisions:", "actions:", "attachments:",
            "next_meeting:", "workshops:"}) {
        INFO(key);
        CHECK(text.find("\n" + std::string(key)) != std::string::npos);
      }
    }
  }
}

TEST_CASE("what each kind fills in") {
  for (SkeletonLanguage language : k_languages) {
    INFO("--lang ", minutes::skeleton_language_code(language));
    const auto workshop = checked(skeleton(options_for(language, SkeletonKind::workshop))).meeting;
    REQUIRE(workshop.has_value());
    REQUIRE(workshop->workshops.size() >= 2);
    for (const minutes::Workshop& part : workshop->workshops) {
      REQUIRE_FALSE(part.questions.empty());
      CHECK(part.questions[0].columns > 1);
      CHECK(part.questions[0].answers.size() >= 2);
    }
    CHECK(workshop->decisions.empty());

    const auto board = checked(skeleton(options_for(language, SkeletonKind::board))).meeting;
    REQUIRE(board.has_value());
    CHECK(board->workshops.empty());
    REQUIRE(board->decisions.size() >= 2);
    for (const minutes::Decision& decision : board->decisions) CHECK_FALSE(decision.id.empty());
    CHECK(board->decisions[0].votes.has_value());
    bool deputy = false, regrets = false;
    for (const minutes::Participant& participant : board->participants) {
      if (const auto* person = std::get_if<minutes::Person>(&participant)) {
        deputy = deputy || !person->on_behalf_of.empty();
        regrets = regrets || person->status == minutes::AttendanceStatus::regrets;
      }
    }
    CHECK(deputy);
    CHECK(regrets);

    const auto meeting = checked(skeleton(options_for(language, SkeletonKind::meeting))).meeting;
    REQUIRE(meeting.has_value());
    CHECK(meeting->workshops.empty());
    CHECK_FALSE(meeting->decisions.empty());
  }
}

TEST_CASE("the commented-out examples of empty sections are valid once uncommented") {
  for (SkeletonLanguage language : k_languages) {
    for (SkeletonKind kind : k_kinds) {
      INFO("--lang ", minutes::skeleton_language_code(language), " --kind ", kind_name(kind));
      const std::string text = uncommented(skeleton(options_for(language, kind)));
      const auto meeting = checked(text).meeting;
      REQUIRE(meeting.has_value());
      CHECK_FALSE(meeting->workshops.empty());
      CHECK_FALSE(meeting->decisions.empty());
    }
  }
}

TEST_CASE("the comments are in the chosen language") {
  for (const LanguageWords& words : k_words) {
    for (SkeletonKind kind : k_kinds) {
      INFO("--lang ", minutes::skeleton_language_code(words.language), " --kind ", kind_name(kind));
      const std::string comments = comments_of(skeleton(options_for(words.language, kind)));
      CHECK(comments.find(words.own) != std::string::npos);
      for (const LanguageWords& other : k_words) {
        if (other.language != words.language) CHECK(comments.find(other.own) == std::string::npos);
      }
    }
  }
  // Bokmål and Nynorsk are written with their own letters, not with stand-ins.
  CHECK(comments_of(skeleton(options_for(SkeletonLanguage::nb, SkeletonKind::meeting)))
            .find("møtet") != std::string::npos);
  CHECK(comments_of(skeleton(options_for(SkeletonLanguage::nn, SkeletonKind::meeting)))
            .find("høyrer") != std::string::npos);
}

TEST_CASE("line 1 is the editor modeline") {
  for (SkeletonKind kind : k_kinds) {
    SkeletonOptions options = options_for(SkeletonLanguage::nb, kind);
    options.schema_ref = "https://example.org/schemas/meeting.v1.schema.json";
    const std::vector<std::string> lines = lines_of(skeleton(options));
    REQUIRE_FALSE(lines.empty());
    CHECK(lines[0] ==
          "# yaml-language-server: $schema=https://example.org/schemas/meeting.v1.schema.json");
  }
}

TEST_CASE("without a schema there is no modeline, but a comment that says how to get one") {
  for (SkeletonLanguage language : k_languages) {
    for (SkeletonKind kind : k_kinds) {
      SkeletonOptions options = options_for(language, kind);
      options.schema_ref.reset();
      const std::string text = skeleton(options);
      INFO(text.substr(0, 400));
      checked(text);
      const std::vector<std::string> lines = lines_of(text);
      REQUIRE(lines.size() > 6);
      // yaml-language-server takes a comment as a modeline when "yaml-language-server:" follows
      // the "#" and blanks; the example inside the comment stands behind a second "#".
      const std::regex modeline("^#\\s+yaml-language-server\\s*:");
      for (const std::string& line : lines) CHECK_FALSE(std::regex_search(line, modeline));
      CHECK(lines[0].starts_with("# "));
      CHECK(text.find("\n#   minutes schema -o meeting.v1.schema.json\n") != std::string::npos);
      CHECK(text.find("\n#   # yaml-language-server: $schema=meeting.v1.schema.json\n") !=
            std::string::npos);
      // The record's own header comment still follows, after a blank line.
      const std::string with_schema = skeleton(options_for(language, kind));
      const std::string header = lines_of(with_schema)[1];
      const auto blank = std::find(lines.begin(), lines.end(), "");
      REQUIRE(blank != lines.end());
      CHECK(*(blank + 1) == header);
    }
  }
  // The comment is in the skeleton's language.
  SkeletonOptions nb = options_for(SkeletonLanguage::nb, SkeletonKind::meeting);
  nb.schema_ref.reset();
  CHECK(lines_of(skeleton(nb))[0].starts_with("# Redigeringsprogrammer sjekker referatet"));
}

TEST_CASE("the installed schema is found from the program's path, and only if it is there") {
  const minutes::test::TempDir prefix;
  const std::filesystem::path program = prefix.path() / "bin" / "minutes";
  constexpr std::string_view relative = "../share/minutes/meeting.v1.schema.json";
  CHECK_FALSE(minutes::installed_schema_path(program, relative).has_value());

  std::filesystem::create_directories(prefix.path() / "share/minutes/meeting.v1.schema.json");
  CHECK_FALSE(minutes::installed_schema_path(program, relative).has_value());  // a folder
  std::filesystem::remove(prefix.path() / "share/minutes/meeting.v1.schema.json");

  prefix.write("share/minutes/meeting.v1.schema.json", "{}");
  const auto found = minutes::installed_schema_path(program, relative);
  REQUIRE(found.has_value());
  // Lexically normal: PREFIX/share/..., not PREFIX/bin/../share/...
  CHECK(*found == (prefix.path() / "share/minutes/meeting.v1.schema.json").string());
  CHECK(found->find("..") == std::string::npos);
}

TEST_CASE("titles round-trip exactly, whatever YAML would make of them") {
  const std::vector<std::string> titles = {
      "Styremøte i Ærfuglvegen borettslag",
      "Sak 12: Budsjett",
      "Rom #3 # andre etasje",
      "#1 prioritet",
      "- ikke en liste",
      "? spørsmål",
      "Tittel:",
      "\"Sitat\" og 'apostrof'",
      "C:\\mapper\\referat",
      "[a, b]",
      "{x: 1}",
      "*stjerne",
      "&anker",
      "!tagg",
      "%prosent",
      "@alle",
      "`kode`",
      "|rør",
      ">pil",
      "...",
      "---",
      "yes",
      "no",
      "true",
      "null",
      "~",
      "2024",
      "0x1F",
      "18:00",
      "1_000",
      " mellomrom foran og bak ",
      "ÆØÅ æøå – «sitat» 🎉",
      std::string(200, 'x'),
  };
  for (const std::string& title : titles) {
    INFO("title: ", title);
    SkeletonOptions options = options_for(SkeletonLanguage::nb, SkeletonKind::meeting);
    options.title = title;
    const auto meeting = checked(skeleton(options)).meeting;
    REQUIRE(meeting.has_value());
    CHECK(meeting->title == title);
  }

  // 200 characters is the limit, counted as characters: ø takes two bytes.
  std::string long_norwegian;
  for (int i = 0; i < 200; ++i) long_norwegian += "ø";
  SkeletonOptions options = options_for(SkeletonLanguage::nb, SkeletonKind::meeting);
  options.title = long_norwegian;
  const auto meeting = checked(skeleton(options)).meeting;
  REQUIRE(meeting.has_value());
  CHECK(meeting->title == long_norwegian);
}

TEST_CASE("titles the record could not hold are refused with a reason") {
  const std::vector<std::pair<std::string, std::string_view>> cases = {
      {"", "empty"},
      {std::string(201, 'x'), "201 characters"},
      {"to\nlinjer", "one line"},
      {"tab\there", "one line"},
      {"M\xF8te", "UTF-8"},  // Latin-1 ø
  };
  for (const auto& [bad_title, reason] : cases) {
    const std::string& title = bad_title;  // clang 14 cannot capture a structured binding (INFO)
    INFO("title: ", title);
    SkeletonOptions options = options_for(SkeletonLanguage::en, SkeletonKind::meeting);
    options.title = title;
    const auto made = minutes::make_skeleton(options);
    REQUIRE_FALSE(made.has_value());
    CHECK(made.error().find(reason) != std::string::npos);
  }
  SkeletonOptions options = options_for(SkeletonLanguage::en, SkeletonKind::meeting);
  options.schema_ref = "a\nb";
  CHECK_FALSE(minutes::make_skeleton(options).has_value());
  options.schema_ref = "";
  CHECK_FALSE(minutes::make_skeleton(options).has_value());
}

TEST_CASE("the date lands in the record, and the other dates follow it") {
  for (SkeletonKind kind : k_kinds) {
    INFO("--kind ", kind_name(kind));
    const std::string text = skeleton(options_for(SkeletonLanguage::en, kind, Date{2024, 2, 29}));
    CHECK(text.find("\ndate: 2024-02-29\n") != std::string::npos);
    const auto meeting = checked(text).meeting;
    REQUIRE(meeting.has_value());
    CHECK(meeting->date == Date{2024, 2, 29});
    REQUIRE(meeting->next_meeting.has_value());
    CHECK(meeting->next_meeting->date == Date{2024, 3, 28});
  }
  // Across the end of a year.
  const auto meeting =
      checked(skeleton(options_for(SkeletonLanguage::nb, SkeletonKind::board, Date{2024, 12, 20})))
          .meeting;
  REQUIRE(meeting.has_value());
  REQUIRE(meeting->next_meeting.has_value());
  CHECK(meeting->next_meeting->date == Date{2025, 1, 17});
  // No next meeting fits after 9999-12-31, which YYYY-MM-DD cannot go past.
  CHECK(minutes::make_skeleton(
            options_for(SkeletonLanguage::en, SkeletonKind::meeting, Date{9999, 12, 10}))
            .has_value() == false);
  CHECK(minutes::make_skeleton(
            options_for(SkeletonLanguage::en, SkeletonKind::meeting, Date{9999, 12, 3}))
            .has_value());
  CHECK_FALSE(minutes::make_skeleton(
                  options_for(SkeletonLanguage::en, SkeletonKind::meeting, Date{2023, 2, 29}))
                  .has_value());
}

TEST_CASE("default titles by kind and language") {
  CHECK(minutes::default_skeleton_title(SkeletonKind::board, SkeletonLanguage::nb) == "Styremøte");
  CHECK(minutes::default_skeleton_title(SkeletonKind::board, SkeletonLanguage::nn) == "Styremøte");
  CHECK(minutes::default_skeleton_title(SkeletonKind::meeting, SkeletonLanguage::en) == "Meeting");
  CHECK(minutes::default_skeleton_title(SkeletonKind::board, SkeletonLanguage::de) ==
        "Vorstandssitzung");
  const auto meeting =
      checked(skeleton(options_for(SkeletonLanguage::de, SkeletonKind::workshop))).meeting;
  REQUIRE(meeting.has_value());
  CHECK(meeting->title == "Workshop");
}

TEST_CASE("the language of the locale: LC_ALL, then LC_MESSAGES, then LANG") {
  using minutes::skeleton_language_from_locale;
  CHECK(skeleton_language_from_locale("", "", "nb_NO.UTF-8") == SkeletonLanguage::nb);
  CHECK(skeleton_language_from_locale("", "", "no_NO.UTF-8") == SkeletonLanguage::nb);
  CHECK(skeleton_language_from_locale("", "", "nb") == SkeletonLanguage::nb);
  CHECK(skeleton_language_from_locale("", "", "no") == SkeletonLanguage::nb);
  CHECK(skeleton_language_from_locale("", "", "nn_NO.UTF-8") == SkeletonLanguage::nn);
  CHECK(skeleton_language_from_locale("", "", "de_AT.UTF-8@euro") == SkeletonLanguage::de);
  CHECK(skeleton_language_from_locale("", "", "en_GB.UTF-8") == SkeletonLanguage::en);
  CHECK(skeleton_language_from_locale("", "", "sv_SE.UTF-8") == SkeletonLanguage::en);
  CHECK(skeleton_language_from_locale("", "", "") == SkeletonLanguage::en);
  CHECK(skeleton_language_from_locale("C.UTF-8", "", "nb_NO.UTF-8") == SkeletonLanguage::en);
  CHECK(skeleton_language_from_locale("", "nn_NO.UTF-8", "de_DE.UTF-8") == SkeletonLanguage::nn);
  CHECK(skeleton_language_from_locale("de_DE.UTF-8", "nn_NO.UTF-8", "nb_NO.UTF-8") ==
        SkeletonLanguage::de);
  CHECK(skeleton_language_from_locale("", "", "POSIX") == SkeletonLanguage::en);
}

TEST_CASE("names of kinds and languages") {
  CHECK(minutes::parse_skeleton_kind("board") == SkeletonKind::board);
  CHECK(minutes::parse_skeleton_kind("workshop") == SkeletonKind::workshop);
  CHECK(minutes::parse_skeleton_kind("meeting") == SkeletonKind::meeting);
  CHECK_FALSE(minutes::parse_skeleton_kind("Board").has_value());
  CHECK(minutes::parse_skeleton_language("nn") == SkeletonLanguage::nn);
  CHECK_FALSE(minutes::parse_skeleton_language("no").has_value());
  for (SkeletonLanguage language : k_languages) {
    CHECK(minutes::parse_skeleton_language(minutes::skeleton_language_code(language)) == language);
  }
}
