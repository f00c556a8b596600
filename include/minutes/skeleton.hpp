#pragma once

// `minutes new`: a skeleton record with every section of the format, commented in the clerk's
// language, that passes `minutes validate --strict` as written.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <tl/expected.hpp>

#include "minutes/model.hpp"

namespace minutes {

enum class SkeletonKind { meeting, workshop, board };
enum class SkeletonLanguage { nb, nn, en, de };

struct SkeletonOptions {
  SkeletonKind kind = SkeletonKind::meeting;
  SkeletonLanguage language = SkeletonLanguage::en;
  Date date;                         // the meeting's date; the other dates follow from it
  std::optional<std::string> title;  // unset: a default for the kind and language
  // What the editor modeline on line 1 points to. Unset when no schema file is known: then the
  // skeleton starts with a comment that says how to write one and name it, and has no modeline.
  std::optional<std::string> schema_ref;
};

// The schema file installed with a program, found from the program's own path: `relative` leads
// from the program's folder to the schema ("../share/minutes/meeting.v1.schema.json" for
// PREFIX/bin/minutes). The path, lexically normal (/usr/share/..., not /usr/bin/../share/...), if
// it names a regular file; nullopt if it does not, so that no modeline names a missing file.
std::optional<std::string> installed_schema_path(const std::filesystem::path& program,
                                                 std::string_view relative);

// "meeting", "workshop", "board"; nullopt for anything else.
std::optional<SkeletonKind> parse_skeleton_kind(std::string_view name);
// "nb", "nn", "en", "de"; nullopt for anything else.
std::optional<SkeletonLanguage> parse_skeleton_language(std::string_view code);
std::string_view skeleton_language_code(SkeletonLanguage language);

// The language of a POSIX locale environment. Each argument is the value of LC_ALL,
// LC_MESSAGES and LANG in turn (empty when unset); the first non-empty one decides, as in
// setlocale(). nb, no (and nb_NO, no_NO.UTF-8, ...) give Bokmål, nn Nynorsk, de German, anything
// else English.
SkeletonLanguage skeleton_language_from_locale(std::string_view lc_all,
                                               std::string_view lc_messages, std::string_view lang);

// The default title of a kind in a language ("Styremøte" for a board in Bokmål).
std::string_view default_skeleton_title(SkeletonKind kind, SkeletonLanguage language);

// The skeleton as YAML, line 1 being "# yaml-language-server: $schema=REF" when a schema_ref is
// given, else the comment of how to get a schema, in the skeleton's language. The error says,
// for a person to read, why the options cannot give a valid record: a title that is empty, one
// over 200 characters, not UTF-8 or not one line; an empty schema reference or one with line
// breaks; a date so late that no next meeting fits before 9999-12-31.
tl::expected<std::string, std::string> make_skeleton(const SkeletonOptions& options);

}  // namespace minutes
