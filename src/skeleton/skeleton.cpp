#include "minutes/skeleton.hpp"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>

#include "minutes/input.hpp"
#include "skeleton/plan.hpp"
#include "minutes/dates.hpp"

namespace minutes {
namespace {

using skeleton_detail::Plan;
using skeleton_detail::YamlOut;

// The schema's limit for a record's title.
constexpr std::size_t k_max_title_characters = 200;

// Nullopt past 9999-12-31, which YYYY-MM-DD cannot write.
std::optional<std::string> days_after(const Date& date, int days) {
  namespace chrono = std::chrono;
  const chrono::year_month_day day{
      chrono::sys_days{chrono::year{date.year} / chrono::month{static_cast<unsigned>(date.month)} /
                       chrono::day{static_cast<unsigned>(date.day)}} +
      chrono::days{days}};
  if (static_cast<int>(day.year()) > 9999) return std::nullopt;
  return format_date(Date{static_cast<int>(day.year()),
                                  static_cast<int>(unsigned{day.month()}),
                                  static_cast<int>(unsigned{day.day()})});
}

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

// Line breaks YAML 1.1 readers see besides LF and CR: NEL, LS, PS.
bool has_line_break_or_control(std::string_view text) {
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) return true;
  }
  return text.find("\xC2\x85") != std::string_view::npos ||
         text.find("\xE2\x80\xA8") != std::string_view::npos ||
         text.find("\xE2\x80\xA9") != std::string_view::npos;
}

// A title is written as given, so anything the record would refuse is refused here, with a
// reason a person can act on.
std::optional<std::string> title_problem(std::string_view title) {
  if (title.empty()) return "the title is empty";
  if (has_line_break_or_control(title)) {
    return "the title must be one line, without control characters";
  }
  std::string bytes(title);
  if (!check_and_normalise_text(bytes).empty()) return "the title is not valid UTF-8 text";
  if (const std::size_t length = code_points(title); length > k_max_title_characters) {
    return fmt::format("the title has {} characters; a record's title has at most {}", length,
                       k_max_title_characters);
  }
  return std::nullopt;
}

std::optional<std::string> schema_ref_problem(std::string_view ref) {
  if (ref.empty()) return "the schema reference is empty";
  // The modeline is a comment: a line break in it would end the comment and start YAML.
  if (has_line_break_or_control(ref)) {
    return "the schema reference must be one line, without control characters";
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> installed_schema_path(const std::filesystem::path& program,
                                                 std::string_view relative) {
  const std::filesystem::path schema = (program.parent_path() / relative).lexically_normal();
  std::error_code error;
  if (!std::filesystem::is_regular_file(schema, error)) return std::nullopt;
  return schema.string();
}

tl::expected<std::string, std::string> make_skeleton(const SkeletonOptions& options) {
  const std::string title =
      options.title ? *options.title
                    : std::string(default_skeleton_title(options.kind, options.language));
  if (auto problem = title_problem(title)) return tl::unexpected(*problem);
  if (options.schema_ref) {
    if (auto problem = schema_ref_problem(*options.schema_ref)) return tl::unexpected(*problem);
  }
  const std::string date = format_date(options.date);
  if (!parse_date(date)) return tl::unexpected(fmt::format("{} is not a date", date));
  const auto next_date = days_after(options.date, 28);
  if (!next_date) {
    return tl::unexpected(fmt::format(
        "{} is too late: the next meeting, four weeks on, would be after 9999-12-31", date));
  }
  const Plan plan{skeleton_detail::texts_for(options.language),
                  options.kind,
                  title,
                  date,
                  *days_after(options.date, 7),
                  *days_after(options.date, 14),
                  *days_after(options.date, 21),
                  *next_date};

  YamlOut out;
  if (options.schema_ref) {
    out.text(fmt::format("# yaml-language-server: $schema={}", *options.schema_ref));
  } else {
    out.comment(0, plan.t.comment.no_schema);
    out.text("");
  }
  out.comment(0, plan.t.comment.header);
  out.text("");
  write_head(out, plan);
  out.text("");
  write_participants(out, plan);
  out.text("");
  write_agenda(out, plan);
  out.text("");
  write_decisions(out, plan);
  out.text("");
  write_actions(out, plan);
  out.text("");
  write_attachments(out, plan);
  out.text("");
  write_next_meeting(out, plan);
  out.text("");
  write_workshops(out, plan);
  return out.str();
}

}  // namespace minutes
