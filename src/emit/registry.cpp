// The only list of output formats. Adding one: a file in src/emit/, its row here, golden files.
// Help texts, completions, the man page and docs/cli.md are generated from or checked against
// these rows (docs/adding-an-emitter.md).
#include <algorithm>
#include <array>
#include <filesystem>

#include <fmt/format.h>

#include "emit/emitters.hpp"
#include "minutes/suggest.hpp"
#include "minutes/translate.hpp"

namespace minutes {
namespace {

constexpr std::array k_emitters{
    Emitter{"markdown", ".md", "CommonMark with GFM pipe tables", &make_markdown_writer},
    Emitter{"html", ".html", "standalone HTML5 page with print-friendly CSS (or --fragment)",
            &make_html_writer},
    Emitter{"txt", ".txt", "plain text for e-mail, wrapped at 72 columns", &make_txt_writer},
    Emitter{"csv", ".csv", "RFC 4180 table (--table NAME) of all inputs, for spreadsheets",
            &make_csv_writer, false},
    Emitter{"json", ".json", "the normalised record, for jq and other programs", &write_record_json},
    Emitter{"json", ".json", "the summary as data: years, meetings, decisions, actions",
            &write_summary_json},
    Emitter{"json", ".json", "the selected actions as data", &write_actions_json},
    Emitter{"ics", ".ics", "iCalendar: the next meeting and open actions with a due date",
            &write_record_ics},
    Emitter{"ics", ".ics", "iCalendar: open actions with a due date, as to-dos", &write_actions_ics},
};

struct Alias {
  std::string_view alias;
  std::string_view name;
  bool in_help = false;  // shown beside the name in --help: "markdown (md)"
};
constexpr std::array k_aliases{Alias{"md", "markdown", true}, Alias{"htm", "html"}, Alias{"text", "txt"},
                               Alias{"ical", "ics"}, Alias{"icalendar", "ics"}};
constexpr std::array k_extension_aliases{Alias{".markdown", ".md"}, Alias{".htm", ".html"}};

std::string_view canonical(std::string_view name, std::span<const Alias> aliases) {
  for (const Alias& alias : aliases) {
    if (alias.alias == name) return alias.name;
  }
  return name;
}

bool takes(const Emitter& emitter, std::span<const Input> inputs) {
  return std::find(inputs.begin(), inputs.end(), emitter.input()) != inputs.end();
}

// The row for `name` that takes the first of `inputs` it can: a command lists what it prefers.
const Emitter* find(std::string_view name, std::span<const Input> inputs) {
  for (Input input : inputs) {
    for (const Emitter& emitter : k_emitters) {
      if (emitter.name == name && emitter.input() == input) return &emitter;
    }
  }
  return nullptr;
}

}  // namespace

bool StringSink::write(std::string_view bytes) {
  m_text += bytes;
  return true;
}

Error StringSink::error() const { return Error{Error::Kind::internal, "a string sink cannot fail"}; }

std::string_view input_name(Input input) {
  switch (input) {
    case Input::document: return "document";
    case Input::table: return "table";
    case Input::record: return "record";
    case Input::summary: return "summary";
    case Input::actions: return "actions";
  }
  return "?";
}

std::span<const Emitter> emitters() { return k_emitters; }

std::vector<std::string_view> format_names(std::span<const Input> inputs) {
  std::vector<std::string_view> names;
  for (const Emitter& emitter : k_emitters) {
    if (takes(emitter, inputs) && std::find(names.begin(), names.end(), emitter.name) == names.end()) {
      names.push_back(emitter.name);
    }
  }
  return names;
}

std::string format_list(std::span<const Input> inputs) {
  std::vector<std::string> shown;
  for (std::string_view name : format_names(inputs)) {
    std::string entry(name);
    for (const Alias& alias : k_aliases) {
      if (alias.name == name && alias.in_help) {
        entry += fmt::format(" ({})", alias.alias);
      }
    }
    shown.push_back(std::move(entry));
  }
  if (shown.size() < 2) return fmt::format("{}", fmt::join(shown, ""));
  const std::string last = shown.back();
  shown.pop_back();
  return fmt::format("{} or {}", fmt::join(shown, ", "), last);
}

tl::expected<const Emitter*, Error> choose_emitter(std::string_view format, std::string_view output,
                                                   std::span<const Input> inputs) {
  const std::vector<std::string_view> names = format_names(inputs);
  const std::string known = fmt::format("{}", fmt::join(names, ", "));
  std::string_view name = "markdown";
  if (!format.empty()) {
    name = canonical(format, k_aliases);
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      std::vector<std::string> candidates(names.begin(), names.end());
      const std::string nearest = detail::nearest_word(format, candidates);
      const bool elsewhere = std::any_of(k_emitters.begin(), k_emitters.end(),
                                         [&](const Emitter& e) { return e.name == name; });
      return fail(
          Error::Kind::usage,
          elsewhere ? tr_format("this command cannot write \"{}\"; it writes: {}", format, known)
          : nearest.empty()
              ? tr_format("unknown format \"{}\"; the formats are: {}", format, known)
              // TRANSLATORS: {0} is the format as typed, {1} the one meant, {2} the list.
              : tr_format("unknown format \"{0}\" (did you mean \"{1}\"?); the formats are: {2}",
                          format, nearest, known));
    }
  } else if (!output.empty() && output != "-") {
    const std::string extension = std::filesystem::path(output).extension().string();
    const std::string_view wanted = canonical(extension, k_extension_aliases);
    const auto by_extension = std::find_if(k_emitters.begin(), k_emitters.end(), [&](const Emitter& e) {
      return e.extension == wanted && takes(e, inputs);
    });
    if (by_extension == k_emitters.end()) {
      return fail(
          Error::Kind::usage,
          tr_format("cannot tell the format from \"{}\"; use -t with one of: {}", output, known));
    }
    name = by_extension->name;
  }
  if (const Emitter* emitter = find(name, inputs)) return emitter;
  return fail(Error::Kind::internal, fmt::format("no format \"{}\" among: {}", name, known));
}

}  // namespace minutes
