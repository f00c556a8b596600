#pragma once

#include <string_view>

namespace minutes {

// The words of the reports over many records (`minutes summary`, `minutes actions`) that the
// minutes themselves do not use; the shared ones (Date, Owner, Open, ...) are in labels.hpp.
// One table per language of label_languages() in src/report/report_labels.cpp.
enum class ReportLabel {
  // records: valid records read, of any date; meetings_in_period: those dated in the period.
  summary_title, actions_title, period, as_of, records, meetings_in_period, left_out, year, totals,
  meetings, meeting, named, in_groups, attendance, named_people, organizations, people_in_groups,
  attendance_chart, attendance_by_month_chart, month, decision, votes, overdue, total,
  actions_chart, first_raised, latest_record, days_overdue, questions, question, answers,
  most_votes, tag, tags, tags_chart, next_meetings, announced_at, record, yes, no, no_actions,
  count  // not a label: the number of labels
};

std::string_view report_label(std::string_view language, ReportLabel which);

}  // namespace minutes
