#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "minutes/action_register.hpp"

using namespace minutes;

namespace {

Meeting meeting_on(Date date, std::string title, std::vector<Action> actions) {
  Meeting meeting;
  meeting.title = std::move(title);
  meeting.date = date;
  meeting.actions = std::move(actions);
  return meeting;
}

Action action(std::string id, std::string task, std::string owner, std::optional<Date> due,
              ActionStatus status = ActionStatus::open) {
  return Action{std::move(id), std::move(task), std::move(owner), due, status};
}

const RegisterAction& find(const ActionRegister& actions, std::string_view id) {
  for (const RegisterAction& entry : actions.actions) {
    if (actions.text[entry.id] == id) return entry;
  }
  FAIL("no action ", id);
  throw std::logic_error("unreachable");
}

std::vector<std::string> ids(const ActionRegister& actions, const std::vector<std::size_t>& selected) {
  std::vector<std::string> out;
  for (std::size_t i : selected) out.emplace_back(actions.text[actions.actions[i].id]);
  return out;
}

std::vector<std::string> all_ids(const ActionRegister& actions) {
  std::vector<std::string> out;
  for (const RegisterAction& entry : actions.actions) out.emplace_back(actions.text[entry.id]);
  return out;
}

}  // namespace

TEST_CASE("register: an id in several records is one action; the latest record wins") {
  ActionRegisterBuilder builder;
  builder.add("minutes/2024-01-10-board.yaml",
              meeting_on({2024, 1, 10}, "Board, January",
                         {action("A-1", "Get quotes", "Kari", Date{2024, 2, 1}),
                          action("A-2", "Book the hall", "Per", Date{2024, 3, 1})}));
  builder.add("minutes/2024-02-14-board.yaml",
              meeting_on({2024, 2, 14}, "Board, February",
                         {action("A-1", "Get three quotes", "", std::nullopt, ActionStatus::done)}));
  const ActionRegister actions = builder.finish();
  REQUIRE(actions.actions.size() == 2);
  const RegisterAction& a1 = find(actions, "A-1");
  CHECK(actions.text[a1.task] == "Get three quotes");
  CHECK(a1.status == ActionStatus::done);
  // Left out by the later record: owner and due date of the latest record that gives them.
  CHECK(actions.text[a1.owner] == "Kari");
  CHECK(a1.due == Date{2024, 2, 1});
  CHECK(a1.latest.date == Date{2024, 2, 14});
  CHECK(actions.text[a1.latest.title] == "Board, February");
  CHECK(actions.text[a1.latest.source] == "minutes/2024-02-14-board.yaml");
  CHECK(a1.first.date == Date{2024, 1, 10});
  CHECK(actions.text[a1.first.source] == "minutes/2024-01-10-board.yaml");
  CHECK(a1.records == 2);
  CHECK_FALSE(a1.derived_id);
  CHECK(a1.position == 1);
  CHECK(find(actions, "A-2").records == 1);
}

TEST_CASE("register: records may come in any order; dates decide what is latest and first") {
  ActionRegisterBuilder builder;
  builder.add("b.yaml", meeting_on({2024, 5, 1}, "May",
                                   {action("X", "Later text", "", Date{2024, 6, 1}, ActionStatus::cancelled)}));
  builder.add("a.yaml", meeting_on({2024, 4, 1}, "April", {action("X", "Early text", "Ola", Date{2024, 4, 20})}));
  builder.add("c.yaml", meeting_on({2024, 3, 1}, "March", {action("X", "Earliest text", "Eva", std::nullopt)}));
  const ActionRegister actions = builder.finish();
  REQUIRE(actions.actions.size() == 1);
  const RegisterAction& x = actions.actions[0];
  CHECK(actions.text[x.task] == "Later text");
  CHECK(x.status == ActionStatus::cancelled);
  CHECK(x.due == Date{2024, 6, 1});
  CHECK(actions.text[x.owner] == "Ola");  // May has none; April is the latest that gives one
  CHECK(x.first.date == Date{2024, 3, 1});
  CHECK(actions.text[x.first.title] == "March");
  CHECK(x.latest.date == Date{2024, 5, 1});
  CHECK(x.records == 3);
}

TEST_CASE("register: between records of the same day, the one read later wins") {
  ActionRegisterBuilder builder;
  builder.add("one.yaml", meeting_on({2024, 5, 1}, "Morning", {action("X", "First", "", std::nullopt)}));
  builder.add("two.yaml", meeting_on({2024, 5, 1}, "Evening",
                                     {action("X", "Second", "", std::nullopt, ActionStatus::done)}));
  const ActionRegister actions = builder.finish();
  REQUIRE(actions.actions.size() == 1);
  CHECK(actions.text[actions.actions[0].task] == "Second");
  CHECK(actions.text[actions.actions[0].first.title] == "Morning");
}

TEST_CASE("register: actions without an id get <file stem>#<position> and are never merged") {
  ActionRegisterBuilder builder;
  const Meeting meeting = meeting_on({2024, 1, 10}, "Board",
                                     {action("", "One", "", std::nullopt), action("A-1", "Two", "", std::nullopt),
                                      action("", "Three", "", std::nullopt)});
  builder.add("minutes/2024/2024-01-10-board.yaml", meeting);
  builder.add("other/2024-01-10-board.yaml", meeting);
  builder.add("<stdin>", meeting_on({2024, 1, 11}, "Piped", {action("", "Four", "", std::nullopt)}));
  const ActionRegister actions = builder.finish();
  CHECK(all_ids(actions) == std::vector<std::string>{"2024-01-10-board#1", "A-1", "2024-01-10-board#3",
                                                     "2024-01-10-board#1", "2024-01-10-board#3", "stdin#1"});
  CHECK(actions.actions[0].derived_id);
  CHECK(actions.actions[2].position == 3);
  CHECK(find(actions, "A-1").records == 2);
}

TEST_CASE("register: sorted by due date, actions without one last, then by date first raised") {
  ActionRegisterBuilder builder;
  builder.add("b.yaml", meeting_on({2024, 2, 1}, "Feb",
                                   {action("late", "t", "", Date{2024, 9, 1}), action("none-b", "t", "", std::nullopt),
                                    action("same-b", "t", "", Date{2024, 3, 1})}));
  builder.add("a.yaml", meeting_on({2024, 1, 1}, "Jan",
                                   {action("none-a", "t", "", std::nullopt), action("same-a", "t", "", Date{2024, 3, 1}),
                                    action("early", "t", "", Date{2024, 2, 15})}));
  const ActionRegister actions = builder.finish();
  CHECK(all_ids(actions) == std::vector<std::string>{"early", "same-a", "same-b", "late", "none-a", "none-b"});
}

TEST_CASE("register: overdue means open with a due date before the as-of date") {
  RegisterAction entry;
  entry.due = Date{2024, 2, 28};
  CHECK(is_overdue(entry, {2024, 3, 1}));
  CHECK(days_overdue(entry, {2024, 3, 1}) == 2);  // 2024 is a leap year
  CHECK_FALSE(is_overdue(entry, {2024, 2, 28}));  // due today is not late
  CHECK(days_overdue(entry, {2024, 2, 28}) == 0);
  entry.status = ActionStatus::done;
  CHECK_FALSE(is_overdue(entry, {2025, 1, 1}));
  entry.status = ActionStatus::open;
  entry.due.reset();
  CHECK_FALSE(is_overdue(entry, {2025, 1, 1}));
  CHECK(days_between({2023, 12, 31}, {2024, 12, 31}) == 366);
  CHECK(days_between({2024, 1, 2}, {2024, 1, 1}) == -1);
}

TEST_CASE("register: --open, --overdue and --owner select actions") {
  ActionRegisterBuilder builder;
  builder.add("m.yaml", meeting_on({2024, 1, 10}, "Board",
                                   {action("A", "t", "Kari Nordmann", Date{2024, 1, 20}),
                                    action("B", "t", "  kari nordmann ", Date{2024, 12, 1}),
                                    action("C", "t", "Per", Date{2024, 1, 15}, ActionStatus::done),
                                    action("D", "t", "", std::nullopt)}));
  const ActionRegister actions = builder.finish();
  const Date as_of{2024, 6, 1};
  CHECK(ids(actions, select_actions(actions, {}, as_of)) == std::vector<std::string>{"C", "A", "B", "D"});
  CHECK(ids(actions, select_actions(actions, {true, false, ""}, as_of)) == std::vector<std::string>{"A", "B", "D"});
  CHECK(ids(actions, select_actions(actions, {false, true, ""}, as_of)) == std::vector<std::string>{"A"});
  CHECK(ids(actions, select_actions(actions, {false, false, "KARI NORDMANN"}, as_of)) ==
        std::vector<std::string>{"A", "B"});
  CHECK(ids(actions, select_actions(actions, {false, false, "Kari"}, as_of)).empty());
}

TEST_CASE("register: the CSV table has English names and ISO dates") {
  ActionRegisterBuilder builder;
  builder.add("m/2024-01-10.yaml", meeting_on({2024, 1, 10}, "Board", {action("A-1", "Get quotes", "Kari", Date{2024, 2, 1})}));
  builder.add("m/2024-02-14.yaml", meeting_on({2024, 2, 14}, "Board 2", {action("A-1", "Get quotes", "", std::nullopt)}));
  const ActionRegister actions = builder.finish();
  const doc::Table table = build_actions_table(actions, {0}, Date{2024, 3, 1});
  CHECK(table.header == std::vector<std::string>{"id", "id_derived", "task", "owner", "due", "status", "overdue",
                                                 "days_overdue", "meeting_date", "meeting", "file", "first_date",
                                                 "first_meeting", "first_file", "records"});
  REQUIRE(table.rows.size() == 1);
  std::vector<std::string> cells;
  for (const doc::Spans& cell : table.rows[0]) cells.push_back(cell.at(0).text);
  CHECK(cells == std::vector<std::string>{"A-1", "no", "Get quotes", "Kari", "2024-02-01", "open", "yes", "29",
                                          "2024-02-14", "Board 2", "m/2024-02-14.yaml", "2024-01-10", "Board",
                                          "m/2024-01-10.yaml", "2"});
}

TEST_CASE("register: the document has the count, then the table or a line saying there is none") {
  ActionRegisterBuilder builder;
  builder.add("m.yaml", meeting_on({2024, 1, 10}, "Styremøte", {action("A-1", "Hente tilbud", "Kari", Date{2024, 2, 1})}));
  const ActionRegister actions = builder.finish();
  const doc::Document document = build_actions_document(actions, {0}, "nb", Date{2024, 2, 3});
  CHECK(document.title == "Tiltaksliste");
  REQUIRE(document.blocks.size() == 3);
  const auto& facts = std::get<doc::Definitions>(document.blocks[1].content);
  REQUIRE(facts.entries.size() == 4);
  CHECK(facts.entries[0].term == "Per");
  CHECK(facts.entries[0].value[0].text == "3. februar 2024");
  CHECK(facts.entries[3].term == "Forfalt");
  CHECK(facts.entries[3].value[0].text == "1");
  const auto& table = std::get<doc::Table>(document.blocks[2].content);
  CHECK(table.header == std::vector<std::string>{"ID", "Oppgave", "Ansvarlig", "Frist", "Status", "Dager på overtid",
                                                 "Sist omtalt", "Først meldt"});
  REQUIRE(table.rows.size() == 1);
  CHECK(table.rows[0][4][0].text == "Forfalt");
  CHECK(table.rows[0][5][0].text == "2");
  CHECK(table.rows[0][6][0].text == "10. januar 2024, Styremøte");
  CHECK(table.rows[0][7].at(0).text.empty());  // raised and last seen in the same record

  const doc::Document empty = build_actions_document(actions, {}, "en", Date{2024, 2, 3});
  REQUIRE(empty.blocks.size() == 3);
  CHECK(std::get<doc::Paragraph>(empty.blocks[2].content).content[0].text == "No actions.");
}

TEST_CASE("register: a long run of records carrying one id keeps the first and the latest") {
  ActionRegisterBuilder builder;
  for (int day = 1; day <= 28; ++day) {
    const std::string name = "m/2024-02-" + std::to_string(day) + ".yaml";
    builder.add(name, meeting_on({2024, 2, day}, "Day " + std::to_string(day),
                                 {action("A-1", "Task", "", std::nullopt), action("", "Other", "", std::nullopt)}));
  }
  const ActionRegister actions = builder.finish();
  REQUIRE(actions.actions.size() == 29);
  const RegisterAction& a1 = find(actions, "A-1");
  CHECK(a1.records == 28);
  CHECK(actions.text[a1.first.source] == "m/2024-02-1.yaml");
  CHECK(actions.text[a1.latest.source] == "m/2024-02-28.yaml");
  CHECK(actions.text[a1.latest.title] == "Day 28");
  CHECK(actions.text[find(actions, "2024-02-17#2").latest.source] == "m/2024-02-17.yaml");
}
