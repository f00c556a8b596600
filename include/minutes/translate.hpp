#pragma once

// Messages for people in the user's language: GNU gettext catalogs of the text domain
// "minutes" (po/*.po, compiled to share/locale/<lang>/LC_MESSAGES/minutes.mo). The library only
// looks texts up; the command line chooses the language once at start-up (docs/cli.md,
// "Language of messages"). Without that, or for English, every text is its msgid.
//
// A msgid is one whole sentence, never pieced together; a format string is translated whole
// and filled in afterwards with tr_format. Rule ids, JSON Pointers, key and option names and
// file names are arguments, never part of what is translated. docs/architecture.md
// ("Messages in the user's language") says how to add one.

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minutes {

// The message in the chosen language (the msgid itself when there is no translation).
const char* tr(const char* msgid);
// The singular or plural form for `count`, by the language's plural rule.
const char* tr_plural(const char* singular, const char* plural, unsigned long count);
// Marks a msgid in a static table for xgettext; the table's user calls tr() on it.
constexpr const char* tr_noop(const char* msgid) { return msgid; }

namespace translate_detail {
// A translated format string that fmt cannot use (a catalog error that escaped the po checks)
// must not turn a message into an internal error: the English format is used instead.
std::string format_or_fallback(const char* translated, const char* msgid, fmt::format_args args);
}  // namespace translate_detail

// fmt::format of the translated format string: tr_format("expected {}, found {}", a, b).
template <typename... Args>
std::string tr_format(const char* msgid, const Args&... args) {
  return translate_detail::format_or_fallback(tr(msgid), msgid, fmt::make_format_args(args...));
}

// The same with the plural form for `count` (which is usually also one of the arguments).
template <typename... Args>
std::string tr_plural_format(const char* singular, const char* plural, unsigned long count,
                             const Args&... args) {
  return translate_detail::format_or_fallback(tr_plural(singular, plural, count),
                                              count == 1 ? singular : plural,
                                              fmt::make_format_args(args...));
}

// The text domain's catalogs, for the command line's start-up.
inline constexpr const char* k_text_domain = "minutes";

// The languages to look messages up in, best first, from the environment as GNU gettext reads
// it: LANGUAGE (a colon-separated list), else the message locale (LC_ALL, else LC_MESSAGES, else
// LANG). A message locale of exactly "C" or "POSIX" asks for untranslated output and wins over
// LANGUAGE; none set at all does not. The list stops before the first English entry (English
// is the msgids, so "en:nb" means English), and "no" (Norwegian) is followed by "nb" (Bokmål).
// Empty: English.
std::vector<std::string> message_languages(std::string_view language, std::string_view lc_all,
                                           std::string_view lc_messages, std::string_view lang);

}  // namespace minutes
