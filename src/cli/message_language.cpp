#include "cli/message_language.hpp"

#include <fmt/format.h>
#include <libintl.h>
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include "minutes/translate.hpp"

#ifndef MINUTES_LOCALEDIR_FROM_BINDIR
#define MINUTES_LOCALEDIR_FROM_BINDIR "../share/locale"
#endif
#ifndef MINUTES_INSTALL_LOCALEDIR
#define MINUTES_INSTALL_LOCALEDIR "/usr/local/share/locale"
#endif

namespace minutes::cli {
namespace {

std::string_view env(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string_view(value) : std::string_view();
}

// The catalogs sit where they are installed relative to the binary (<prefix>/bin/minutes ->
// <prefix>/share/locale), wherever the package or `cmake --install --prefix` put it; the build
// tree has the same layout (build/src/minutes -> build/share/locale), so an uninstalled binary
// finds the catalogs it was built with. MINUTES_LOCALEDIR overrides both.
std::string catalog_dir() {
  if (const std::string_view dir = env("MINUTES_LOCALEDIR"); !dir.empty()) return std::string(dir);
  std::error_code error;
  const std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return MINUTES_INSTALL_LOCALEDIR;
  return (binary.parent_path() / MINUTES_LOCALEDIR_FROM_BINDIR).lexically_normal().string();
}

}  // namespace

void choose_message_language() {
  const std::vector<std::string> languages =
      message_languages(env("LANGUAGE"), env("LC_ALL"), env("LC_MESSAGES"), env("LANG"));
  // English: the msgids are the messages, and no catalog is ever opened.
  if (languages.empty()) return;
  const std::string dir = catalog_dir();
  ::bindtextdomain(k_text_domain, dir.c_str());
  ::bind_textdomain_codeset(k_text_domain, "UTF-8");
  // Only LC_MESSAGES: numbers are read and written the same in every language (LC_NUMERIC),
  // and byte classification stays that of "C" (LC_CTYPE); the catalogs give UTF-8 regardless.
  // The user's own locale (nb_NO.UTF-8) is often not generated in a container, and gettext
  // ignores LANGUAGE under the "C" locale, so the message locale is C.UTF-8, always present in
  // glibc, and the language comes from LANGUAGE, set to the list chosen above.
  if (std::setlocale(LC_MESSAGES, "C.UTF-8") == nullptr) std::setlocale(LC_MESSAGES, "");
  ::setenv("LANGUAGE", fmt::format("{}", fmt::join(languages, ":")).c_str(), 1);
}

}  // namespace minutes::cli
