// The choices around a skeleton: names of kinds and languages, the language of the locale, and
// default titles.
#include <cctype>
#include <string>

#include "minutes/skeleton.hpp"
#include "skeleton/texts.hpp"

namespace minutes {
namespace {

// "nb_NO.UTF-8@euro" -> "nb": the language is what comes before territory, codeset and modifier.
std::string locale_language(std::string_view locale) {
  const std::size_t end = locale.find_first_of("_.@-");
  std::string language(locale.substr(0, end));
  for (char& c : language) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return language;
}

}  // namespace

std::optional<SkeletonKind> parse_skeleton_kind(std::string_view name) {
  if (name == "meeting") return SkeletonKind::meeting;
  if (name == "workshop") return SkeletonKind::workshop;
  if (name == "board") return SkeletonKind::board;
  return std::nullopt;
}

std::optional<SkeletonLanguage> parse_skeleton_language(std::string_view code) {
  if (code == "nb") return SkeletonLanguage::nb;
  if (code == "nn") return SkeletonLanguage::nn;
  if (code == "en") return SkeletonLanguage::en;
  if (code == "de") return SkeletonLanguage::de;
  return std::nullopt;
}

std::string_view skeleton_language_code(SkeletonLanguage language) {
  return skeleton_detail::texts_for(language).code;
}

SkeletonLanguage skeleton_language_from_locale(std::string_view lc_all,
                                               std::string_view lc_messages,
                                               std::string_view lang) {
  // setlocale() takes the first that is set and not empty; an empty LC_ALL does not hide LANG.
  const std::string_view locale = !lc_all.empty()        ? lc_all
                                  : !lc_messages.empty() ? lc_messages
                                                         : lang;
  const std::string language = locale_language(locale);
  // "no" is the older code for Norwegian, which in practice means Bokmål.
  if (language == "nb" || language == "no") return SkeletonLanguage::nb;
  if (language == "nn") return SkeletonLanguage::nn;
  if (language == "de") return SkeletonLanguage::de;
  return SkeletonLanguage::en;
}

std::string_view default_skeleton_title(SkeletonKind kind, SkeletonLanguage language) {
  const skeleton_detail::Texts& texts = skeleton_detail::texts_for(language);
  switch (kind) {
    case SkeletonKind::workshop:
      return texts.title_workshop;
    case SkeletonKind::board:
      return texts.title_board;
    case SkeletonKind::meeting:
      break;
  }
  return texts.title_meeting;
}

}  // namespace minutes
