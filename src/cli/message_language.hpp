#pragma once

namespace minutes::cli {

// Chooses the language of messages from LANGUAGE, LC_ALL, LC_MESSAGES and LANG and points
// gettext at the catalogs (docs/cli.md, "Language of messages"). Call once, first thing in
// main, before any thread starts: it sets the process's LC_MESSAGES and LANGUAGE.
void choose_message_language();

}  // namespace minutes::cli
