#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "minutes/check.hpp"
#include "test_files.hpp"

using minutes::AttendanceStatus;
using minutes::CheckedRecord;
using minutes::Date;
using minutes::Group;
using minutes::Meeting;
using minutes::Person;
using minutes::Time;

namespace {

// The *.yaml files directly in `folder`, sorted.
std::vector<std::filesystem::path> yaml_files(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

CheckedRecord check_file(const std::filesystem::path& path) {
  return minutes::check_record(minutes::test::read_bytes(path));
}

std::string rules_of(const CheckedRecord& record) {
  std::string rules;
  for (const minutes::Diagnostic& d : record.diagnostics) {
    rules += (rules.empty() ? "" : " ") + d.rule;
  }
  return rules;
}

Meeting example(std::string_view name) {
  const CheckedRecord record = check_file(minutes::test::source_path("examples") / name);
  INFO("example: ", name, ", rules: ", rules_of(record));
  REQUIRE(record.meeting.has_value());
  return *record.meeting;
}

const Person& person(const Meeting& meeting, std::size_t index) {
  REQUIRE(index < meeting.participants.size());
  const auto* found = std::get_if<Person>(&meeting.participants[index]);
  REQUIRE(found != nullptr);
  return *found;
}

const Group& group(const Meeting& meeting, std::size_t index) {
  REQUIRE(index < meeting.participants.size());
  const auto* found = std::get_if<Group>(&meeting.participants[index]);
  REQUIRE(found != nullptr);
  return *found;
}

}  // namespace

TEST_CASE("every example in examples/ is a valid record without warnings") {
  const auto files = yaml_files(minutes::test::source_path("examples"));
  CHECK(files.size() >= 3);
  for (const auto& file : files) {
    const CheckedRecord record = check_file(file);
    INFO("example: ", file.filename().string(), ", rules: ", rules_of(record));
    CHECK(record.valid());
    CHECK(record.diagnostics.empty());
    CHECK(record.meeting.has_value());
  }
}

TEST_CASE("every example in examples/invalid/ is rejected for its mistake") {
  // The rules each file has to break, in document order (see examples/README.md).
  const std::map<std::string, std::string> expected{
      {"alias.yaml", "alias alias"},
      {"bad-due-date.yaml", "format"},
      {"columns-too-wide.yaml", "maximum"},
      {"duplicate-action-id.yaml", "duplicate-id"},
      {"duplicate-key.yaml", "duplicate-key"},
      {"end-before-start.yaml", "time-order"},
      {"group-count-zero.yaml", "minimum"},
      {"impossible-date.yaml", "date"},
      {"many-mistakes.yaml", "pattern unknown-key unknown-key type due-before-meeting"},
      {"missing-date.yaml", "required"},
      {"misspelt-key.yaml", "unknown-key"},
      {"next-meeting-before.yaml", "next-meeting"},
      {"wrong-status.yaml", "enum"},
      {"yaml-syntax.yaml", "yaml"},
  };
  const auto files = yaml_files(minutes::test::source_path("examples/invalid"));
  CHECK(files.size() >= expected.size());
  std::size_t known = 0;
  for (const auto& file : files) {
    const std::string name = file.filename().string();
    const CheckedRecord record = check_file(file);
    INFO("invalid example: ", name);
    CHECK_FALSE(record.valid());
    CHECK_FALSE(record.meeting.has_value());
    if (const auto rules = expected.find(name); rules != expected.end()) {
      ++known;
      CHECK(rules_of(record) == rules->second);
    }
  }
  CHECK(known == expected.size());
}

TEST_CASE("the seed transcription decodes to what the paper record says") {
  const Meeting meeting = example("2020-02-25-dialogmote-naeringslivet.yaml");

  SUBCASE("the meeting") {
    CHECK(meeting.title == "Dialogmøte med næringslivet");
    CHECK(meeting.date == Date{2020, 2, 25});
    CHECK(meeting.language == "nb");
    CHECK(meeting.status == minutes::RecordStatus::draft);
    CHECK_FALSE(meeting.start.has_value());
    CHECK(meeting.summary.starts_with("Ordfører ønsket 32 personer fra næringslivet velkommen, "));
    CHECK(meeting.summary.ends_with("**24. mars kl. 18–21**."));
    CHECK(meeting.summary.find('\n') == std::string::npos);  // folded with >-
  }
  SUBCASE("four named people and one group of 32; 36 attended") {
    REQUIRE(meeting.participants.size() == 5);
    CHECK(person(meeting, 0).name == "Anne-Grethe Larsen");
    CHECK(person(meeting, 0).role == "ordfører");
    CHECK(person(meeting, 1).name == "Per Egil Pedersen");
    CHECK(person(meeting, 1).role == "rådmann");
    CHECK(person(meeting, 2).organization == "Smart Innovation Norway AS");
    CHECK(person(meeting, 3).name == "Håvard Andresen");
    CHECK(person(meeting, 3).status == AttendanceStatus::present);
    CHECK(group(meeting, 4).name == "næringslivet");
    CHECK(group(meeting, 4).count == 32);
    CHECK(group(meeting, 4).note ==
          "Det møtt opp flere enn som var påmeldt, som var veldig hyggelig.");
    CHECK(minutes::attendance(meeting) == 36);
  }
  SUBCASE("agenda, action and attachment") {
    REQUIRE(meeting.agenda.size() == 6);
    CHECK(meeting.agenda[0].presenter == "Anne-Grethe Larsen");
    CHECK(meeting.agenda[4].presenter.empty());
    CHECK(meeting.agenda[5].title.starts_with("Rådmannen avsluttet møtet med å takke"));
    CHECK(meeting.agenda[5].notes.starts_with("Det er ønskelig med en **representant"));
    CHECK(meeting.decisions.empty());
    REQUIRE(meeting.actions.size() == 1);
    CHECK(meeting.actions[0].due == Date{2020, 3, 24});
    CHECK(meeting.actions[0].status == minutes::ActionStatus::open);
    CHECK(meeting.actions[0].owner.empty());
    CHECK(meeting.actions[0].task ==
          "Representanten for næringslivet ønskes utpekt frem til 24.mars");
    REQUIRE(meeting.attachments.size() == 1);
    CHECK(meeting.attachments[0].title == "Presentasjonen");
    CHECK(meeting.attachments[0].href.empty());
  }
  SUBCASE("the next meeting: the kick-off on 24 March, 18:00 to 21:00") {
    REQUIRE(meeting.next_meeting.has_value());
    CHECK(meeting.next_meeting->title == "Kick-Off for programmet SMART SKIPTVET");
    CHECK(meeting.next_meeting->date == Date{2020, 3, 24});
    CHECK(meeting.next_meeting->start == Time{18, 0});
    CHECK(meeting.next_meeting->end == Time{21, 0});
    CHECK(meeting.next_meeting->location.empty());
  }
  SUBCASE("two workshops, four questions four columns wide, answers word for word") {
    REQUIRE(meeting.workshops.size() == 2);
    CHECK(meeting.workshops[0].title == "Del 1 – ATTRAKTIV OG BÆREKRAFTIG BYGD");
    CHECK(meeting.workshops[1].title == "Del 2 – SAMARBEID OG MØTEPLASSER");
    std::vector<const minutes::Question*> questions;
    for (const auto& workshop : meeting.workshops) {
      REQUIRE(workshop.questions.size() == 2);
      for (const auto& question : workshop.questions) questions.push_back(&question);
    }
    const std::vector<std::size_t> answer_counts{15, 16, 12, 8};
    for (std::size_t i = 0; i < questions.size(); ++i) {
      INFO("question ", i + 1, ": ", questions[i]->prompt);
      CHECK(questions[i]->columns == 4);
      CHECK(questions[i]->answers.size() == answer_counts[i]);
    }
    CHECK(questions[0]->prompt == "Hva mener du gjør Skiptvet attraktivt å jobbe i?");
    CHECK(questions[0]->answers.front().text ==
          "Ligger sentralt mellom Oslo, Fredrikstad, Sarpsborg, Indre Østfold");
    CHECK(questions[0]->answers.back().text == "Lokalt \"forankret\" brannvesen");
    CHECK(questions[1]->answers[2].text ==
          "Mulighet til å utnytte samarbeid med næring, f.eks. butikker: prøveprosjekt om gratis "
          "handlenett, som tas med og legges tilbake");
    CHECK(questions[3]->answers.back().text ==
          "Felles lunsjmøteplass for næringsdrivende i Meieribyen");
    CHECK_FALSE(questions[0]->answers.front().votes.has_value());
  }
}

TEST_CASE("the board meeting example decodes statuses, stand-ins and votes") {
  const Meeting meeting = example("2024-03-05-board-meeting.yaml");
  CHECK(meeting.status == minutes::RecordStatus::approved);
  CHECK(meeting.start == Time{18, 30});
  CHECK(meeting.end == Time{20, 45});
  REQUIRE(meeting.participants.size() == 8);
  CHECK(person(meeting, 5).status == AttendanceStatus::regrets);
  CHECK(person(meeting, 6).on_behalf_of == "Gareth Lloyd");
  CHECK(person(meeting, 7).status == AttendanceStatus::guest);
  CHECK(minutes::attendance(meeting) == 7);
  REQUIRE(meeting.decisions.size() == 5);
  CHECK(meeting.decisions[0].id.empty());
  CHECK(meeting.decisions[0].text == "The agenda was approved.");
  CHECK_FALSE(meeting.decisions[0].votes.has_value());
  CHECK(meeting.decisions[3].id == "D-2024-03-2");
  REQUIRE(meeting.decisions[3].votes.has_value());
  CHECK(meeting.decisions[3].votes->in_favour == 5);
  CHECK(meeting.decisions[3].votes->against == 0);
  CHECK(meeting.decisions[3].votes->abstain == 1);
  REQUIRE(meeting.actions.size() == 3);
  CHECK(meeting.actions[1].due == Date{2024, 4, 16});
  REQUIRE(meeting.next_meeting.has_value());
  CHECK(meeting.next_meeting->date == Date{2024, 4, 16});
  CHECK(meeting.next_meeting->end == Time{20, 30});
  CHECK(meeting.attachments[1].href ==
        "https://example.org/millbrook-rowing/board/2024-03-05/roof-quotes.pdf");
}

TEST_CASE("the working group example decodes every action status and mixed answers") {
  const Meeting meeting = example("2024-06-12-working-group.yaml");
  REQUIRE(meeting.actions.size() == 4);
  CHECK(meeting.actions[0].status == minutes::ActionStatus::done);
  CHECK(meeting.actions[1].status == minutes::ActionStatus::open);
  CHECK(meeting.actions[2].status == minutes::ActionStatus::cancelled);
  CHECK(meeting.actions[3].status == minutes::ActionStatus::open);  // the default
  CHECK(meeting.actions[3].owner.empty());
  CHECK(group(meeting, 4).count == 3);
  CHECK(minutes::attendance(meeting) == 3 + 3);
  REQUIRE(meeting.workshops.size() == 1);
  REQUIRE(meeting.workshops[0].questions.size() == 1);
  const minutes::Question& question = meeting.workshops[0].questions[0];
  CHECK(question.columns == 2);
  REQUIRE(question.answers.size() == 6);
  CHECK(question.answers[1].votes == 7);
  CHECK(question.answers[1].tags == std::vector<std::string>{"safety", "signage"});
  CHECK(question.answers[4].text == "Commentary from the finish tower");
  CHECK_FALSE(question.answers[4].votes.has_value());
  CHECK(question.answers[5].votes == 0);
  CHECK(question.answers[5].tags.empty());
}
