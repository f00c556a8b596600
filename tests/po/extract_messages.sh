#!/usr/bin/env bash
# Writes the template of every translatable message in the sources (the keywords of
# include/minutes/translate.hpp) to OUTPUT. Used by scripts/update-po and by the po tests.
# Usage: tests/po/extract_messages.sh SOURCE_DIR OUTPUT
set -euo pipefail
cd "$1"
output=$2
case "$output" in /*) ;; *) output="$PWD/$output" ;; esac
find src include -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort > "${TMPDIR:-/tmp}/minutes-po-files.$$"
trap 'rm -f "${TMPDIR:-/tmp}/minutes-po-files.$$"' EXIT
xgettext --language=C++ --from-code=UTF-8 --no-wrap --sort-by-file \
  --keyword= --keyword=tr --keyword=tr_noop --keyword=tr_format \
  --keyword=tr_plural:1,2 --keyword=tr_plural_format:1,2 \
  --add-comments=TRANSLATORS: --add-location=file --package-name=minutes \
  --msgid-bugs-address=minutes@minutes.invalid \
  --files-from="${TMPDIR:-/tmp}/minutes-po-files.$$" -o "$output"
# A stable header: no creation date (it would change the template on every run), UTF-8.
sed -i -e '1,/^#$/c\# Messages of minutes (diagnostics and command-line messages): scripts/update-po makes this file.' \
  -e '/^"POT-Creation-Date: /d' -e 's/charset=CHARSET/charset=UTF-8/' "$output"
