#!/usr/bin/env bash
# Runs one CLI transcript (tests/cli/*.t) and compares what `minutes` prints with what it says.
#
# A transcript is a list of blocks:
#   $ minutes validate examples/x.yaml      the command, run by bash in the source folder
#   examples/x.yaml:3:1: error[...]: ...    its expected standard output and error, merged
#   [exit 1]                                its expected exit status
# Lines starting with '#' before a block are comments. MINUTES_ACCEPT=1 rewrites the file with
# what the commands print now: read the diff before committing it.
set -u
binary_dir=$(cd "$1" && pwd)
transcript=$2
source_dir=$3
export PATH="$binary_dir:$PATH"
export LC_ALL=C.UTF-8
unset GITHUB_ACTIONS NO_COLOR
cd "$source_dir" || exit 2

actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
command=""
run_block() {
  local output status
  output=$(timeout 20 bash -c "$command" 2>&1 </dev/null)
  status=$?
  {
    printf '$ %s\n' "$command"
    [ -n "$output" ] && printf '%s\n' "$output"
    printf '[exit %d]\n' "$status"
  } >> "$actual"
}
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    '$ '*) command=${line#'$ '} ;;
    '[exit '*) run_block; command="" ;;
    '#'*) [ -z "$command" ] && printf '%s\n' "$line" >> "$actual" ;;
    '') [ -z "$command" ] && printf '\n' >> "$actual" ;;
  esac
done < "$transcript"

if [ "${MINUTES_ACCEPT:-0}" = 1 ]; then
  cp "$actual" "$transcript"
  exit 0
fi
if ! diff -u "$transcript" "$actual"; then
  echo "transcript differs: $transcript (MINUTES_ACCEPT=1 rewrites it)" >&2
  exit 1
fi
