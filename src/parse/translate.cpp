#include "minutes/translate.hpp"

#include <libintl.h>

namespace minutes {

const char* tr(const char* msgid) { return ::dgettext(k_text_domain, msgid); }

const char* tr_plural(const char* singular, const char* plural, unsigned long count) {
  return ::dngettext(k_text_domain, singular, plural, count);
}

namespace translate_detail {

std::string format_or_fallback(const char* translated, const char* msgid, fmt::format_args args) {
  if (translated != msgid) {
    try {
      return fmt::vformat(translated, args);
    } catch (const fmt::format_error&) {
    }
  }
  return fmt::vformat(msgid, args);
}

}  // namespace translate_detail

namespace {

std::string_view language_part(std::string_view entry) {
  return entry.substr(0, entry.find_first_of("_.@"));
}

}  // namespace

std::vector<std::string> message_languages(std::string_view language, std::string_view lc_all,
                                           std::string_view lc_messages, std::string_view lang) {
  // setlocale() takes the first that is set and not empty; an empty LC_ALL does not hide LANG.
  const std::string_view locale = !lc_all.empty()        ? lc_all
                                  : !lc_messages.empty() ? lc_messages
                                                         : lang;
  if (locale == "C" || locale == "POSIX") return {};
  std::string_view list = language.empty() ? locale : language;
  std::vector<std::string> languages;
  while (!list.empty()) {
    const std::size_t colon = list.find(':');
    const std::string_view entry = list.substr(0, colon);
    list = colon == std::string_view::npos ? std::string_view() : list.substr(colon + 1);
    const std::string_view code = language_part(entry);
    if (code.empty()) continue;
    if (code == "en" || code == "C" || code == "POSIX") break;
    languages.emplace_back(entry);
    if (code == "no") languages.emplace_back("nb");
  }
  return languages;
}

}  // namespace minutes
