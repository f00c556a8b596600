#include "skeleton/plan.hpp"

namespace minutes::skeleton_detail {
namespace {

// The three board members who can vote: the chair, the deputy chair and the deputy member who
// stands in for the one with regrets.
constexpr std::string_view k_board_votes = "{for: 3, against: 0, abstain: 0}";

void action(YamlOut& out, std::string_view id, std::string_view task, std::string_view owner,
            std::string_view due) {
  out.field("  - ", "id", id);
  out.field("    ", "task", task);
  out.field("    ", "owner", owner);
  out.raw("    ", "due", due);
}

}  // namespace

void write_decisions(YamlOut& out, const Plan& plan) {
  const Texts& t = plan.t;
  out.comment(0, t.comment.decisions);
  switch (plan.kind) {
    case SkeletonKind::meeting:
      out.raw("", "decisions");
      out.item("  - ", t.decision_approval);
      out.field("  - ", "id", "D-1");
      out.field("    ", "text", t.decision_example);
      break;
    case SkeletonKind::workshop: {
      // A workshop gathers answers rather than decisions; the example shows both forms.
      out.comment(0, t.comment.empty);
      out.raw("", "decisions", "[]");
      YamlOut example;
      example.item("  - ", t.decision_example);
      example.field("  - ", "id", "D-1");
      example.field("    ", "text", t.decision_approval);
      example.raw("    ", "votes", "{for: 12, against: 0, abstain: 0}");
      out.commented_out(example);
      break;
    }
    case SkeletonKind::board:
      out.raw("", "decisions");
      out.field("  - ", "id", "D-1");
      out.field("    ", "text", t.decision_approval);
      out.raw("    ", "votes", k_board_votes);
      out.field("  - ", "id", "D-2");
      out.field("    ", "text", t.decision_previous_minutes);
      out.raw("    ", "votes", k_board_votes);
      out.field("  - ", "id", "D-3");
      out.field("    ", "text", t.decision_finance);
      break;
  }
}

void write_actions(YamlOut& out, const Plan& plan) {
  const Texts& t = plan.t;
  out.comment(0, t.comment.actions);
  out.raw("", "actions");
  switch (plan.kind) {
    case SkeletonKind::meeting:
      action(out, "A-1", t.action_minutes, t.names[1], plan.due_in_one_week);
      action(out, "A-2", t.action_follow_up, t.names[0], plan.due_in_two_weeks);
      break;
    case SkeletonKind::workshop:
      action(out, "A-1", t.action_compile, t.names[1], plan.due_in_two_weeks);
      break;
    case SkeletonKind::board:
      action(out, "A-1", t.action_minutes, t.names[3], plan.due_in_one_week);
      action(out, "A-2", t.action_budget, t.names[3], plan.due_in_three_weeks);
      break;
  }
}

void write_attachments(YamlOut& out, const Plan& plan) {
  const Texts& t = plan.t;
  out.comment(0, t.comment.attachments);
  out.raw("", "attachments");
  switch (plan.kind) {
    case SkeletonKind::meeting:
      out.field("  - ", "title", t.attachment_notice);
      out.field("    ", "href", t.href_notice);
      out.field("  - ", "title", t.attachment_presentation);
      break;
    case SkeletonKind::workshop:
      out.field("  - ", "title", t.attachment_photos);
      out.field("    ", "href", t.href_photos);
      break;
    case SkeletonKind::board:
      out.field("  - ", "title", t.attachment_notice);
      out.field("    ", "href", t.href_notice);
      out.field("  - ", "title", t.attachment_finance);
      out.field("    ", "href", t.href_finance);
      break;
  }
}

}  // namespace minutes::skeleton_detail
