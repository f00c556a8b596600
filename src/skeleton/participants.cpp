#include "skeleton/plan.hpp"

namespace minutes::skeleton_detail {
namespace {

struct Person {
  std::string_view name;
  std::string_view role = {};
  std::string_view organization = {};
  std::string_view status = {};
  std::string_view on_behalf_of = {};
};

void person(YamlOut& out, const Person& p) {
  out.field("  - ", "name", p.name);
  if (!p.role.empty()) out.field("    ", "role", p.role);
  if (!p.organization.empty()) out.field("    ", "organization", p.organization);
  if (!p.status.empty()) out.raw("    ", "status", p.status);
  if (!p.on_behalf_of.empty()) out.field("    ", "on_behalf_of", p.on_behalf_of);
}

void group(YamlOut& out, const Texts& t, std::string_view name, std::string_view count) {
  out.comment(2, t.comment.group);
  out.field("  - ", "group", name);
  out.raw("    ", "count", count);
  out.field("    ", "note", t.group_note);
}

}  // namespace

void write_participants(YamlOut& out, const Plan& plan) {
  const Texts& t = plan.t;
  out.comment(0, t.comment.participants);
  out.raw("", "participants");
  switch (plan.kind) {
    case SkeletonKind::meeting:
      person(out, {.name = t.names[0], .role = t.role_chair, .organization = t.organisation});
      person(out, {.name = t.names[1], .role = t.role_secretary, .organization = t.organisation});
      person(out, {.name = t.names[2],
                   .role = t.role_member,
                   .organization = t.organisation,
                   .status = "regrets"});
      person(out, {.name = t.names[3], .organization = t.other_organisation, .status = "guest"});
      group(out, t, t.group_audience, "5");
      break;
    case SkeletonKind::workshop:
      person(
          out,
          {.name = t.names[0], .role = t.role_facilitator, .organization = t.other_organisation});
      person(out, {.name = t.names[1], .role = t.role_secretary, .organization = t.organisation});
      group(out, t, t.group_participants, "20");
      break;
    case SkeletonKind::board:
      // A member with regrets and the deputy who stands in: the case clerks most often get wrong.
      person(out, {.name = t.names[0], .role = t.role_board_chair, .organization = t.organisation});
      person(out,
             {.name = t.names[1], .role = t.role_deputy_chair, .organization = t.organisation});
      person(out, {.name = t.names[2],
                   .role = t.role_board_member,
                   .organization = t.organisation,
                   .status = "regrets"});
      person(out, {.name = t.names[4],
                   .role = t.role_deputy_member,
                   .organization = t.organisation,
                   .on_behalf_of = t.names[2]});
      person(out, {.name = t.names[3],
                   .role = t.role_manager,
                   .organization = t.organisation,
                   .status = "guest"});
      group(out, t, t.group_observers, "2");
      break;
  }
}

void write_agenda(YamlOut& out, const Plan& plan) {
  const Texts& t = plan.t;
  out.comment(0, t.comment.agenda);
  out.raw("", "agenda");
  switch (plan.kind) {
    case SkeletonKind::meeting:
      out.field("  - ", "title", t.agenda_approval);
      out.field("    ", "presenter", t.names[0]);
      out.field("  - ", "title", t.agenda_topic);
      out.field("    ", "presenter", t.names[3]);
      out.block("    ", "notes", t.agenda_topic_notes);
      out.field("  - ", "title", t.agenda_other);
      break;
    case SkeletonKind::workshop:
      out.field("  - ", "title", t.agenda_workshop_opening);
      out.field("    ", "presenter", t.names[0]);
      out.field("  - ", "title", t.part_now);
      out.field("    ", "presenter", t.names[0]);
      out.field("  - ", "title", t.part_next);
      out.field("    ", "presenter", t.names[0]);
      out.field("  - ", "title", t.agenda_wrap_up);
      out.field("    ", "presenter", t.names[0]);
      break;
    case SkeletonKind::board:
      out.field("  - ", "title", t.agenda_approval);
      out.field("    ", "presenter", t.names[0]);
      out.field("  - ", "title", t.agenda_previous_minutes);
      out.field("    ", "presenter", t.names[0]);
      out.field("  - ", "title", t.agenda_finance);
      out.field("    ", "presenter", t.names[3]);
      out.block("    ", "notes", t.agenda_finance_notes);
      out.field("  - ", "title", t.agenda_other);
      break;
  }
}

}  // namespace minutes::skeleton_detail
