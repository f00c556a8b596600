#include "skeleton/plan.hpp"

namespace minutes::skeleton_detail {
namespace {

struct Times {
  std::string_view start, end;
};

// A workshop takes most of a day, a board meets after working hours.
Times times_of(SkeletonKind kind) {
  switch (kind) {
    case SkeletonKind::workshop:
      return {"\"09:00\"", "\"15:00\""};
    case SkeletonKind::board:
      return {"\"18:00\"", "\"20:00\""};
    case SkeletonKind::meeting:
      break;
  }
  return {"\"10:00\"", "\"11:30\""};
}

std::string_view location_of(const Plan& plan) {
  switch (plan.kind) {
    case SkeletonKind::workshop:
      return plan.t.location_workshop;
    case SkeletonKind::board:
      return plan.t.location_board;
    case SkeletonKind::meeting:
      break;
  }
  return plan.t.location_meeting;
}

}  // namespace

void write_head(YamlOut& out, const Plan& plan) {
  const Texts& t = plan.t;
  const Times times = times_of(plan.kind);
  out.comment(0, t.comment.title);
  out.field("", "title", plan.title);
  out.comment(0, t.comment.date);
  out.raw("", "date", plan.date);
  out.comment(0, t.comment.times);
  out.raw("", "start", times.start);
  out.raw("", "end", times.end);
  out.comment(0, t.comment.location);
  out.field("", "location", location_of(plan));
  out.comment(0, t.comment.organizer);
  out.field("", "organizer", t.organisation);
  out.comment(0, t.comment.language);
  out.raw("", "language", t.code);
  out.comment(0, t.comment.status);
  out.raw("", "status", "draft");
  out.comment(0, t.comment.summary);
  out.block("", "summary", t.summary);
}

void write_next_meeting(YamlOut& out, const Plan& plan) {
  const Texts& t = plan.t;
  out.comment(0, t.comment.next_meeting);
  out.raw("", "next_meeting");
  switch (plan.kind) {
    case SkeletonKind::meeting:
      out.field("  ", "title", t.next_meeting);
      break;
    case SkeletonKind::workshop:
      out.field("  ", "title", t.next_follow_up);
      break;
    case SkeletonKind::board:
      out.field("  ", "title", t.title_board);
      break;
  }
  out.raw("  ", "date", plan.next_date);
  // A workshop's follow-up is an ordinary meeting, not another day-long session.
  const Times times =
      times_of(plan.kind == SkeletonKind::workshop ? SkeletonKind::meeting : plan.kind);
  out.raw("  ", "start", times.start);
  out.raw("  ", "end", times.end);
  out.field("  ", "location",
            plan.kind == SkeletonKind::workshop ? t.location_meeting : location_of(plan));
}

}  // namespace minutes::skeleton_detail
