#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "minutes/document.hpp"
#include "minutes/model.hpp"
#include "minutes/text_pool.hpp"

namespace minutes {

// A meeting as the register names it: its date, its title and the record it came from, and
// what calendars need to name the meeting (start, organizer) and the record's revision.
struct MeetingRef {
  Date date;
  TextId title = 0;
  TextId source = 0;  // the record's file name as given
  std::optional<Time> start;
  TextId organizer = 0;
  std::optional<std::int64_t> revision;
};

// One action across all records. An action with an `id` is one action wherever that id
// appears (carried over from meeting to meeting): the record of the latest meeting gives its
// task and status, and its owner and due date unless it leaves them out (then the latest
// record that gives them does: "FS-3, done" need not repeat the deadline), and `first` says
// where it was first raised. An action without an id is its own entry, named
// "<file stem>#<position>" (position from 1).
struct RegisterAction {
  TextId id = 0;
  bool derived_id = false;      // the id was made from the file and position
  std::uint32_t position = 0;   // from 1, in the actions of the latest record
  TextId task = 0;
  TextId owner = 0;
  std::optional<Date> due;
  ActionStatus status = ActionStatus::open;
  MeetingRef latest;  // the record whose version is shown
  MeetingRef first;   // the earliest meeting that lists it
  std::uint32_t records = 1;  // how many records list it
};

struct ActionRegister {
  TextPool text;
  // By due date (actions without one last), then by the date first raised, then in the order
  // the records were read.
  std::vector<RegisterAction> actions;
};

// Folds records one at a time; keeps only the actions. Records may come in any order: "latest"
// and "first" compare meeting dates, and between records of the same date the one read later
// is the latest.
class ActionRegisterBuilder {
 public:
  void add(std::string_view source, const Meeting& meeting);
  ActionRegister finish();

 private:
  // A record that some action refers to (as latest or first). A record no action refers to any
  // more (its actions were all updated by later records) gives its slot back, so that a long run
  // of records carrying the same ids keeps a few file names, not one per record.
  struct Record {
    Date date;
    TextId title = 0;
    std::string source;
    std::uint32_t uses = 0;
    std::optional<Time> start;
    TextId organizer = 0;
    std::optional<std::int64_t> revision;
  };
  struct Entry {
    RegisterAction action;  // latest, first and a derived id are filled in by finish()
    std::uint32_t latest = 0;
    std::uint32_t first = 0;
    Date owner_from;  // the meeting that gave the owner shown (year 0: none yet)
    Date due_from;    // the meeting that gave the due date shown
  };
  void use(std::uint32_t record) { ++m_records[record].uses; }
  void release(std::uint32_t record);

  TextPool m_text;
  std::vector<Record> m_records;
  std::vector<std::uint32_t> m_free_records;
  std::vector<Entry> m_entries;
  std::unordered_map<TextId, std::size_t> m_by_id;  // explicit ids only
};

bool is_overdue(const RegisterAction& action, const Date& as_of);
// Whole days from the due date to `as_of` for an overdue action, else 0.
std::int64_t days_overdue(const RegisterAction& action, const Date& as_of);
// Days from `from` to `to` (negative when `to` is earlier).
std::int64_t days_between(const Date& from, const Date& to);

// Which actions `minutes actions` shows.
struct ActionFilter {
  bool open_only = false;
  bool overdue_only = false;
  std::string owner;  // "" = any; else equal to the owner, ignoring case (every letter) and outer spaces
};

// Indexes into register.actions, in register order.
std::vector<std::size_t> select_actions(const ActionRegister& actions, const ActionFilter& filter,
                                        const Date& as_of);

// The register as a document, with labels and dates in `language`: a title, the date of the
// count and the totals, then one table of the selected actions.
doc::Document build_actions_document(const ActionRegister& actions,
                                     const std::vector<std::size_t>& selected,
                                     std::string_view language, const Date& as_of);

// The table of build_actions_document alone (the summary shows it per year): id, task, owner,
// due, status (or "overdue"), days overdue, latest record, first raised (when it differs).
doc::Table build_actions_report_table(const ActionRegister& actions,
                                      const std::vector<std::size_t>& selected,
                                      std::string_view language, const Date& as_of);

// The selected actions as one flat table for CSV: English column names, ISO dates.
doc::Table build_actions_table(const ActionRegister& actions,
                               const std::vector<std::size_t>& selected, const Date& as_of);

}  // namespace minutes
