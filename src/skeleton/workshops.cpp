#include <fmt/format.h>

#include "skeleton/plan.hpp"

namespace minutes::skeleton_detail {
namespace {

// Placeholder answers that name their own cell, so the clerk sees the reading order of the grid.
std::string cell(const Texts& t, int row, int column) {
  return fmt::format(fmt::runtime(t.cell), row, column);
}

// The first part: a grid three cells wide, its last answer with votes and a tag.
void part_now(YamlOut& out, const Texts& t, bool explained) {
  out.field("  - ", "title", t.part_now);
  out.raw("    ", "questions");
  out.field("      - ", "prompt", t.prompt_now);
  if (explained) out.comment(8, t.comment.columns);
  out.raw("        ", "columns", "3");
  out.raw("        ", "answers");
  out.item("          - ", cell(t, 1, 1));
  out.item("          - ", cell(t, 1, 2));
  out.item("          - ", cell(t, 1, 3));
  out.item("          - ", cell(t, 2, 1));
  if (explained) out.comment(10, t.comment.answer);
  out.field("          - ", "text", cell(t, 2, 2));
  out.raw("            ", "votes", "4");
  out.raw("            ", "tags");
  out.item("              - ", t.tag);
}

}  // namespace

void write_workshops(YamlOut& out, const Plan& plan) {
  const Texts& t = plan.t;
  out.comment(0, t.comment.workshops);
  if (plan.kind != SkeletonKind::workshop) {
    // Most meetings have no workshop; an empty list keeps the section visible, and the example
    // shows the grid without making the clerk delete placeholder answers.
    out.comment(0, t.comment.empty);
    out.raw("", "workshops", "[]");
    YamlOut example;
    part_now(example, t, false);
    out.commented_out(example);
    return;
  }
  out.raw("", "workshops");
  part_now(out, t, true);
  out.field("  - ", "title", t.part_next);
  out.raw("    ", "questions");
  out.field("      - ", "prompt", t.prompt_keep_change);
  out.raw("        ", "columns", "2");
  out.raw("        ", "answers");
  out.item("          - ", t.answer_keep);
  out.item("          - ", t.answer_change);
}

}  // namespace minutes::skeleton_detail
