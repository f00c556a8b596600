#include "cli/report_language.hpp"

#include <fmt/format.h>

#include "minutes/labels.hpp"
#include "minutes/translate.hpp"

namespace minutes::cli {

void LanguageTally::add(std::string_view language) {
  const std::string_view tag = language.empty() ? std::string_view("en") : language;
  for (auto& [known, count] : m_counts) {
    if (known == tag) {
      ++count;
      return;
    }
  }
  m_counts.emplace_back(std::string(tag), 1);
}

std::string LanguageTally::most_common(std::string& warning) const {
  std::string best = "en";
  std::size_t most = 0;
  for (const auto& [language, count] : m_counts) {
    if (count > most) {
      most = count;
      best = language;
    }
  }
  if (auto supported = supported_language(best)) return *supported;
  warning = tr_format("minutes: warning: {}",
                      tr_format("no labels for language \"{0}\"; using English (known: {1})", best,
                                fmt::format("{}", fmt::join(label_languages(), ", "))));
  return "en";
}

}  // namespace minutes::cli
