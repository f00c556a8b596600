#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <tl/expected.hpp>

#include "minutes/action_register.hpp"
#include "minutes/document.hpp"
#include "minutes/model.hpp"
#include "minutes/text_pool.hpp"

namespace minutes {

// The meetings a summary covers: both ends included; an open end takes every date.
struct Period {
  std::optional<Date> from;
  std::optional<Date> to;
  bool contains(const Date& date) const;
  static Period year(int year);
};

struct SummaryMeeting {
  Date date;
  TextId title = 0;
  TextId organizer = 0;
  std::int32_t named = 0;      // persons present or guests (at most 1000 participants)
  std::int64_t in_groups = 0;  // the sum of the groups' counts
  std::int64_t attendance() const { return named + in_groups; }
};

struct SummaryVotes {
  std::int32_t in_favour = -1;  // -1: not given
  std::int32_t against = -1;
  std::int32_t abstain = -1;
};

// 16 bytes: a summary over 100,000 records has hundreds of thousands of decisions, and few of
// them have votes.
struct SummaryDecision {
  std::uint32_t meeting = 0;  // index into YearSummary::meetings
  TextId id = 0;
  TextId text = 0;
  std::uint32_t votes = 0;  // 1 + index into YearSummary::votes; 0: no votes given
};

// One workshop question (the same prompt, word for word) over the year's meetings.
struct SummaryQuestion {
  static constexpr std::size_t k_most_voted = 5;
  TextId prompt = 0;
  std::int64_t meetings = 0;    // meetings that asked it
  std::int64_t answers = 0;
  std::int64_t votes = 0;       // all its answers' votes together
  std::int64_t most_votes = 0;  // the most votes one answer got; 0 when none got any
  std::vector<TextId> most_voted;  // the answers with most_votes, first given first, at most 5
};

struct SummaryTag {
  TextId tag = 0;
  std::int64_t answers = 0;  // answers with this tag
  std::int64_t votes = 0;    // their votes together
};

struct SummaryNextMeeting {
  std::uint32_t meeting = 0;  // the meeting that announced it (index into meetings)
  Date date;
  TextId title = 0;
  TextId location = 0;
  bool has_record = false;  // a record read is of a meeting on that date
};

struct YearSummary {
  int year = 0;
  // Lists that grow with the number of records are deques: a vector that has just doubled holds
  // up to twice what it needs, which would be most of the memory of a summary of many records.
  std::deque<SummaryMeeting> meetings;  // by date, then in the order read
  std::int64_t named_people = 0;         // distinct names of persons present or guests
  std::int64_t organizations = 0;        // distinct organisations of those persons
  std::int64_t groups = 0;               // distinct group names
  std::deque<SummaryDecision> decisions;           // by meeting, then as written
  std::deque<SummaryVotes> votes;                  // of the decisions that have votes
  std::vector<std::size_t> actions;                // into Summary::actions: first raised this year
  std::vector<SummaryQuestion> questions;          // in the order first asked
  std::vector<SummaryTag> tags;                    // most answers first, then by tag
  std::deque<SummaryNextMeeting> next_meetings;    // by announcing meeting

  // The votes of a decision, or nullptr.
  const SummaryVotes* votes_of(const SummaryDecision& decision) const {
    return decision.votes == 0 ? nullptr : &votes[decision.votes - 1];
  }
  std::int64_t attendance() const;        // of all meetings together
  std::int64_t people_in_groups() const;  // the groups' counts together
};

struct Summary {
  TextPool text;
  Period period;
  std::vector<YearSummary> years;  // ascending; only years with meetings in the period
  // Every action of every record read, also of meetings outside the period, so that a later
  // record's status counts. Each year lists the actions first raised in it.
  ActionRegister actions;
  std::size_t records = 0;   // records read
  std::size_t left_out = 0;  // records left out because they were invalid (see leave_out)
};

// Folds meetings into a Summary one at a time, keeping only what the report shows: a small row
// per meeting, the decisions, the actions, per-question and per-tag counts and the next
// meetings. Text goes into a TextPool. The result depends on the order of add() calls only
// where the report shows an order (meetings of the same date, answers with equal votes).
class SummaryBuilder {
 public:
  explicit SummaryBuilder(Period period = {});
  void add(std::string_view source, const Meeting& meeting);
  void leave_out() { ++m_left_out; }
  Summary finish();

 private:
  struct Year {
    YearSummary out;
    std::unordered_set<TextId> people;
    std::unordered_set<TextId> organizations;
    std::unordered_set<TextId> groups;
    std::unordered_map<TextId, std::size_t> questions;  // prompt -> index into out.questions
    std::unordered_map<TextId, std::size_t> tags;       // tag -> index into out.tags
    std::unordered_map<TextId, std::size_t> question_seen;  // prompt -> last meeting counted
  };

  Period m_period;
  TextPool m_text;
  ActionRegisterBuilder m_actions;
  std::map<int, Year> m_years;
  std::unordered_set<std::int64_t> m_dates;  // every meeting date read, as days since 1970
  std::size_t m_records = 0;
  std::size_t m_left_out = 0;
};

// The summary as a document, with labels and dates in `language`; `as_of` decides which open
// actions are overdue. A title with the period, then per year: totals, meetings (with a chart
// of the attendance), decisions by meeting, actions (with a chart by status), workshop results
// (with a chart of the top tags), next meetings.
doc::Document build_summary_document(const Summary& summary, std::string_view language,
                                     const Date& as_of);
// The same blocks in pieces of a bounded size, in order, each piece a Document (see
// EmitOptions::Part): for writing a report too large to hold as one Document.
void build_summary_parts(const Summary& summary, std::string_view language, const Date& as_of,
                         const std::function<void(doc::Document)>& piece);

// The tables `summary -t csv --table NAME` writes: meetings, decisions, actions, answers, tags.
std::vector<std::string_view> summary_table_names();
// One flat table (English column names, ISO dates, a `year` column) over the given years, or
// every year when `years` is empty. An unknown name is an error that lists the names.
tl::expected<doc::Table, std::string> build_summary_table(const Summary& summary,
                                                          std::string_view name,
                                                          const Date& as_of,
                                                          std::span<const YearSummary> years = {});

}  // namespace minutes
