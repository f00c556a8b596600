#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "minutes/model.hpp"

namespace minutes {

// Every word a rendering prints that is not from the record. One table per language in
// src/report/labels.cpp; a test checks that every language has every label.
enum class Label {
  date, time, location, organizer, status, draft, approved,
  participants, present, guests, regrets, absent, groups, total_attendance, on_behalf_of,
  summary, agenda, presented_by, decisions, votes_for, votes_against, votes_abstain,
  actions, id, task, owner, due, action_status, open, done, cancelled,
  workshops, votes, tags, next_meeting, title, attachments,
  count  // not a label: the number of labels
};

// The languages with a label table: en, nb, nn, de.
std::vector<std::string_view> label_languages();

// The label table for a language tag ("nb", "nb-NO", "no"); nullopt when there is none.
std::optional<std::string> supported_language(std::string_view tag);

std::string_view label(std::string_view language, Label which);

// "25 February 2020", "25. februar 2020", "25. Februar 2020".
std::string long_date(const Date& date, std::string_view language);
// "February", "februar", "Februar"; month 1–12 (anything else gives "").
std::string_view month_name(int month, std::string_view language);
// "25 February", "25. februar", "25. Februar": a date within a year that is shown already.
std::string day_and_month(const Date& date, std::string_view language);
// "18:00–21:00", "kl. 18.00–21.00", "18:00–21:00 Uhr"; a start alone is shown alone.
std::string time_range(const std::optional<Time>& start, const std::optional<Time>& end,
                       std::string_view language);

}  // namespace minutes
