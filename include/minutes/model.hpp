#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace minutes {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;
};

struct Time {
  int hour = 0;
  int minute = 0;
  auto operator<=>(const Time&) const = default;
};

enum class AttendanceStatus { present, regrets, absent, guest };
enum class ActionStatus { open, done, cancelled };
enum class RecordStatus { draft, approved };

struct Person {
  std::string name;
  std::string role;
  std::string organization;
  AttendanceStatus status = AttendanceStatus::present;
  std::string on_behalf_of;
};

// Anonymous attendees, such as "32 people from business".
struct Group {
  std::string name;
  std::int64_t count = 0;
  std::string note;
};

using Participant = std::variant<Person, Group>;

struct AgendaItem {
  std::string title;
  std::string presenter;
  std::string notes;  // Markdown
};

struct Votes {
  std::optional<std::int64_t> in_favour;
  std::optional<std::int64_t> against;
  std::optional<std::int64_t> abstain;
};

struct Decision {
  std::string id;
  std::string text;
  std::optional<Votes> votes;
};

struct Action {
  std::string id;
  std::string task;
  std::string owner;
  std::optional<Date> due;
  ActionStatus status = ActionStatus::open;
};

struct Attachment {
  std::string title;
  std::string href;
};

struct NextMeeting {
  std::string title;
  Date date;
  std::optional<Time> start;
  std::optional<Time> end;
  std::string location;
};

struct Answer {
  std::string text;
  std::optional<std::int64_t> votes;
  std::vector<std::string> tags;
};

struct Question {
  std::string prompt;
  int columns = 1;
  std::vector<Answer> answers;  // row by row, `columns` wide
};

struct Workshop {
  std::string title;
  std::vector<Question> questions;
};

struct Meeting {
  std::string title;
  Date date;
  std::optional<Time> start;
  std::optional<Time> end;
  std::string timezone;  // IANA name of the zone the times are local times of; "" = not said
  std::string location;
  std::string organizer;
  std::string language = "en";
  RecordStatus status = RecordStatus::draft;
  std::optional<std::int64_t> revision;  // which revision of the record this is (0, 1, ...)
  std::string summary;  // Markdown
  std::vector<Participant> participants;
  std::vector<AgendaItem> agenda;
  std::vector<Decision> decisions;
  std::vector<Action> actions;
  std::vector<Attachment> attachments;
  std::optional<NextMeeting> next_meeting;
  std::vector<Workshop> workshops;
};

// The words the record format uses for these values ("regrets", "cancelled").
std::string_view name_of(AttendanceStatus status);
std::string_view name_of(ActionStatus status);

// Persons present or guests, plus every group's count.
std::int64_t attendance(const Meeting& meeting);

bool is_leap_year(int year);
int days_in_month(int year, int month);

}  // namespace minutes
