#pragma once

// What the section writers share: the words, the kind and the dates of one skeleton.

#include <string>

#include "minutes/skeleton.hpp"
#include "skeleton/texts.hpp"
#include "skeleton/yaml_out.hpp"

namespace minutes::skeleton_detail {

struct Plan {
  const Texts& t;
  SkeletonKind kind;
  std::string title;
  std::string date;
  // Every action is due after the meeting and the next meeting follows it, so that the
  // skeleton draws neither a due-before-meeting warning nor a next-meeting error.
  std::string due_in_one_week, due_in_two_weeks, due_in_three_weeks, next_date;
};

// The top-level fields from title to summary.
void write_head(YamlOut& out, const Plan& plan);
void write_participants(YamlOut& out, const Plan& plan);
void write_agenda(YamlOut& out, const Plan& plan);
void write_decisions(YamlOut& out, const Plan& plan);
void write_actions(YamlOut& out, const Plan& plan);
void write_attachments(YamlOut& out, const Plan& plan);
void write_next_meeting(YamlOut& out, const Plan& plan);
void write_workshops(YamlOut& out, const Plan& plan);

}  // namespace minutes::skeleton_detail
