// The only list of output formats. Adding one: a file in src/emit/, a row here, golden files.
#include <algorithm>
#include <array>

#include "emit/emitters.hpp"

namespace minutes {
namespace {

constexpr std::array k_emitters{
    Emitter{"markdown", ".md", "CommonMark with GFM pipe tables", false, &emit_markdown},
    Emitter{"html", ".html", "standalone HTML5 page with print-friendly CSS (or --fragment)", false,
            &emit_html},
    Emitter{"csv", ".csv", "RFC 4180 table (--table NAME) of all inputs, for spreadsheets", true,
            &emit_csv},
    Emitter{"json", ".json", "the normalised record, for jq and other programs", false, &emit_json},
    Emitter{"ics", ".ics", "iCalendar: the next meeting and open actions with a due date", false,
            &emit_ics},
};

struct Alias {
  std::string_view alias;
  std::string_view name;
};
constexpr std::array k_aliases{Alias{"md", "markdown"}, Alias{"htm", "html"},
                               Alias{"ical", "ics"}, Alias{"icalendar", "ics"}};

}  // namespace

std::span<const Emitter> emitters() { return k_emitters; }

const Emitter* find_emitter(std::string_view name) {
  for (const Alias& alias : k_aliases) {
    if (alias.alias == name) name = alias.name;
  }
  const auto found = std::find_if(k_emitters.begin(), k_emitters.end(),
                                  [&](const Emitter& e) { return e.name == name; });
  return found == k_emitters.end() ? nullptr : &*found;
}

const Emitter* find_emitter_by_extension(std::string_view extension) {
  if (extension == ".markdown") extension = ".md";
  if (extension == ".htm") extension = ".html";
  const auto found = std::find_if(k_emitters.begin(), k_emitters.end(),
                                  [&](const Emitter& e) { return e.extension == extension; });
  return found == k_emitters.end() ? nullptr : &*found;
}

}  // namespace minutes
