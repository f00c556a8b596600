// The summary over many records: one Meeting at a time is folded into small per-year rows and
// counts, then dropped (include/minutes/summary.hpp).
#include "minutes/summary.hpp"

#include <algorithm>
#include <deque>
#include <numeric>

#include "minutes/action_register.hpp"

namespace minutes {
namespace {

std::int64_t day_number(const Date& date) { return days_between(Date{1970, 1, 1}, date); }

std::int32_t small_count(const std::optional<std::int64_t>& value) {
  return value ? static_cast<std::int32_t>(std::clamp<std::int64_t>(*value, 0, 1'000'000'000)) : -1;
}

}  // namespace

bool Period::contains(const Date& date) const {
  return (!from || !(date < *from)) && (!to || !(*to < date));
}

Period Period::year(int year) { return Period{Date{year, 1, 1}, Date{year, 12, 31}}; }

std::int64_t YearSummary::attendance() const {
  std::int64_t total = 0;
  for (const SummaryMeeting& meeting : meetings) total += meeting.attendance();
  return total;
}

std::int64_t YearSummary::people_in_groups() const {
  std::int64_t total = 0;
  for (const SummaryMeeting& meeting : meetings) total += meeting.in_groups;
  return total;
}

SummaryBuilder::SummaryBuilder(Period period) : m_period(period) {}

void SummaryBuilder::add(std::string_view source, const Meeting& meeting) {
  const std::size_t sequence = m_records++;
  m_dates.insert(day_number(meeting.date));
  m_actions.add(source, meeting);
  if (!m_period.contains(meeting.date)) return;

  Year& year = m_years[meeting.date.year];
  year.out.year = meeting.date.year;
  const auto index = static_cast<std::uint32_t>(year.out.meetings.size());
  SummaryMeeting row;
  row.date = meeting.date;
  row.title = m_text.intern(meeting.title);
  row.organizer = m_text.intern(meeting.organizer);
  for (const Participant& participant : meeting.participants) {
    if (const auto* group = std::get_if<Group>(&participant)) {
      row.in_groups += group->count;
      year.groups.insert(m_text.intern(group->name));
      continue;
    }
    const auto& person = std::get<Person>(participant);
    if (person.status != AttendanceStatus::present && person.status != AttendanceStatus::guest) continue;
    ++row.named;
    year.people.insert(m_text.intern(person.name));
    if (!person.organization.empty()) year.organizations.insert(m_text.intern(person.organization));
  }
  year.out.meetings.push_back(row);

  for (const Decision& decision : meeting.decisions) {
    SummaryDecision entry;
    entry.meeting = index;
    entry.id = m_text.intern(decision.id);
    entry.text = m_text.intern(decision.text);
    if (decision.votes) {
      year.out.votes.push_back(SummaryVotes{small_count(decision.votes->in_favour),
                                            small_count(decision.votes->against),
                                            small_count(decision.votes->abstain)});
      entry.votes = static_cast<std::uint32_t>(year.out.votes.size());
    }
    year.out.decisions.push_back(entry);
  }

  for (const Workshop& workshop : meeting.workshops) {
    for (const Question& question : workshop.questions) {
      const TextId prompt = m_text.intern(question.prompt);
      const auto [found, inserted] = year.questions.try_emplace(prompt, year.out.questions.size());
      if (inserted) {
        year.out.questions.push_back(SummaryQuestion{});
        year.out.questions.back().prompt = prompt;
      }
      SummaryQuestion& stats = year.out.questions[found->second];
      const auto [seen, first_time] = year.question_seen.try_emplace(prompt, sequence);
      if (first_time || seen->second != sequence) {
        seen->second = sequence;
        ++stats.meetings;
      }
      for (const Answer& answer : question.answers) {
        ++stats.answers;
        const std::int64_t votes = answer.votes.value_or(0);
        stats.votes += votes;
        if (votes > 0 && votes >= stats.most_votes) {
          if (votes > stats.most_votes) {
            stats.most_votes = votes;
            stats.most_voted.clear();
          }
          if (stats.most_voted.size() < SummaryQuestion::k_most_voted) {
            stats.most_voted.push_back(m_text.intern(answer.text));
          }
        }
        for (std::size_t t = 0; t < answer.tags.size(); ++t) {
          const std::string& tag = answer.tags[t];
          if (std::find(answer.tags.begin(), answer.tags.begin() + static_cast<std::ptrdiff_t>(t), tag) !=
              answer.tags.begin() + static_cast<std::ptrdiff_t>(t)) {
            continue;  // the same tag twice on one answer counts once
          }
          const TextId id = m_text.intern(tag);
          const auto [slot, added] = year.tags.try_emplace(id, year.out.tags.size());
          if (added) year.out.tags.push_back(SummaryTag{id, 0, 0});
          SummaryTag& counts = year.out.tags[slot->second];
          ++counts.answers;
          counts.votes += votes;
        }
      }
    }
  }

  if (meeting.next_meeting) {
    const NextMeeting& next = *meeting.next_meeting;
    year.out.next_meetings.push_back(
        SummaryNextMeeting{index, next.date, m_text.intern(next.title), m_text.intern(next.location), false});
  }
}

Summary SummaryBuilder::finish() {
  Summary summary;
  summary.period = m_period;
  summary.records = m_records;
  summary.left_out = m_left_out;
  summary.actions = m_actions.finish();

  // Reserved: std::deque's move may throw, so a growing vector would copy the years over.
  summary.years.reserve(m_years.size());
  for (auto& [number, year] : m_years) {
    YearSummary out = std::move(year.out);
    // Meetings by date, keeping the order read among meetings of one day; the decisions and
    // next meetings follow their meeting. Records read in date order need nothing done.
    const auto by_date = [](const SummaryMeeting& a, const SummaryMeeting& b) { return a.date < b.date; };
    if (!std::is_sorted(out.meetings.begin(), out.meetings.end(), by_date)) {
      std::vector<std::uint32_t> order(out.meetings.size());
      std::iota(order.begin(), order.end(), std::uint32_t{0});
      std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return by_date(out.meetings[a], out.meetings[b]);
      });
      std::vector<std::uint32_t> new_index(order.size());
      std::deque<SummaryMeeting> meetings;
      for (std::uint32_t i = 0; i < order.size(); ++i) {
        new_index[order[i]] = i;
        meetings.push_back(out.meetings[order[i]]);
      }
      out.meetings = std::move(meetings);
      for (SummaryDecision& decision : out.decisions) decision.meeting = new_index[decision.meeting];
      for (SummaryNextMeeting& next : out.next_meetings) next.meeting = new_index[next.meeting];
    }
    const auto by_meeting = [](const auto& a, const auto& b) { return a.meeting < b.meeting; };
    if (!std::is_sorted(out.decisions.begin(), out.decisions.end(), by_meeting)) {
      std::stable_sort(out.decisions.begin(), out.decisions.end(), by_meeting);
    }
    for (SummaryNextMeeting& next : out.next_meetings) next.has_record = m_dates.contains(day_number(next.date));
    if (!std::is_sorted(out.next_meetings.begin(), out.next_meetings.end(), by_meeting)) {
      std::stable_sort(out.next_meetings.begin(), out.next_meetings.end(), by_meeting);
    }
    std::sort(out.tags.begin(), out.tags.end(), [&](const SummaryTag& a, const SummaryTag& b) {
      if (a.answers != b.answers) return a.answers > b.answers;
      return m_text[a.tag] < m_text[b.tag];
    });
    out.named_people = static_cast<std::int64_t>(year.people.size());
    out.organizations = static_cast<std::int64_t>(year.organizations.size());
    out.groups = static_cast<std::int64_t>(year.groups.size());
    for (std::size_t i = 0; i < summary.actions.actions.size(); ++i) {
      const MeetingRef& first = summary.actions.actions[i].first;
      if (first.date.year == number && m_period.contains(first.date)) out.actions.push_back(i);
    }
    summary.years.push_back(std::move(out));
  }
  summary.text = std::move(m_text);
  m_years.clear();
  m_dates.clear();
  return summary;
}

}  // namespace minutes
