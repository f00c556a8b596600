#pragma once

// The words of a skeleton in one language: the comments that explain the fields, and the
// placeholder values. One file per language (texts_nb.cpp, ...), so a translator reads one
// table and nothing else. Comments may span lines ('\n'); every line gets its own "# ".

#include <array>
#include <string_view>

#include "minutes/skeleton.hpp"

namespace minutes::skeleton_detail {

struct Comments {
  std::string_view header;
  // In place of the modeline when no schema file is known: how to write one and name it.
  std::string_view no_schema;
  std::string_view title, date, times, location, organizer, language, status, summary, participants,
      group, agenda, decisions, actions, attachments, next_meeting, workshops, columns, answer,
      empty;
};

struct Texts {
  std::string_view code;  // the record's `language`
  Comments comment;

  std::string_view title_meeting, title_workshop, title_board;
  std::string_view location_meeting, location_workshop, location_board;
  std::string_view organisation, other_organisation;
  std::string_view summary;  // Markdown, one paragraph

  // Distinct, so that no skeleton draws a duplicate-person warning.
  std::array<std::string_view, 5> names;
  std::string_view role_chair, role_secretary, role_member, role_facilitator, role_board_chair,
      role_deputy_chair, role_board_member, role_deputy_member, role_manager;
  std::string_view group_audience, group_participants, group_observers, group_note;

  std::string_view agenda_approval, agenda_topic, agenda_topic_notes, agenda_other,
      agenda_workshop_opening, agenda_wrap_up, agenda_previous_minutes, agenda_finance,
      agenda_finance_notes;
  std::string_view decision_approval, decision_example, decision_previous_minutes, decision_finance;
  std::string_view action_minutes, action_follow_up, action_compile, action_budget;
  std::string_view attachment_notice, href_notice, attachment_presentation, attachment_photos,
      href_photos, attachment_finance, href_finance;
  std::string_view next_meeting, next_follow_up;

  std::string_view part_now, prompt_now, part_next, prompt_keep_change, answer_keep, answer_change,
      tag;
  std::string_view cell;  // fmt pattern for a grid cell's placeholder answer: row, then column
};

const Texts& texts_nb();
const Texts& texts_nn();
const Texts& texts_en();
const Texts& texts_de();

const Texts& texts_for(SkeletonLanguage language);

}  // namespace minutes::skeleton_detail
