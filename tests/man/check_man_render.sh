#!/usr/bin/env bash
# Checks that the man page renders cleanly: no warnings from groff or man, a NAME section that
# lexgrog (and so mandb, apropos and whatis) can read, and Norwegian letters that come out as
# themselves. Needs the Debian packages groff-base (groff, preconv) and man-db (man, lexgrog);
# a missing tool fails the test instead of skipping it.
# Usage: check_man_render.sh PAGE
set -uo pipefail
page=${1:?usage: check_man_render.sh PAGE}
export LC_ALL=C.UTF-8 MANWIDTH=80
unset MANOPT MANPAGER PAGER GROFF_TMAC_PATH

missing=()
for tool in groff preconv man lexgrog; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "FAILED: not installed: ${missing[*]} (Debian packages groff-base and man-db)"
  exit 1
fi

failed=0
# Runs a renderer with its output thrown away; anything it says on standard error is a problem.
quiet() {
  local what=$1 said
  shift
  said=$("$@" 2>&1 >/dev/null)
  local status=$?
  if [ -n "$said" ] || [ $status -ne 0 ]; then
    echo "$what (exit status $status):"
    printf '%s\n' "$said" | sed 's/^/  /'
    failed=1
  else
    echo "ok: $what"
  fi
}
quiet "groff -man -ww -z" groff -man -ww -z "$page"
quiet "groff -k -man -ww -z -Tutf8" groff -k -man -ww -z -Tutf8 "$page"
quiet "man --warnings -E UTF-8 -l" man --warnings -E UTF-8 -l "$page"

name=$(lexgrog "$page" 2>&1)
if [[ $name == *': "minutes - '* ]]; then
  echo "ok: lexgrog: ${name#*: }"
else
  echo "lexgrog cannot read the NAME section: $name"
  failed=1
fi

# Bold and underlining as overstrikes are taken out before looking for the words.
text=$(man -E UTF-8 -l "$page" 2>/dev/null | sed 's/.\x08//g')
for word in Bokmål Styremøte; do
  if grep -q "$word" <<<"$text"; then
    echo "ok: \"$word\" renders"
  else
    echo "\"$word\" does not render as such (is the page UTF-8 with a coding: line?)"
    failed=1
  fi
done

[ $failed -eq 0 ] || echo "FAILED: $page does not render cleanly"
exit $failed
