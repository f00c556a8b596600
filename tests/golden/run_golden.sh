#!/usr/bin/env bash
# Renders each golden input in every format (and every language where labels apply) and compares
# with tests/golden/expected/. MINUTES_ACCEPT=1 rewrites the expected files: read the diff
# (git diff tests/golden) before committing it.
set -u
minutes=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$2
cd "$source_dir" || exit 2
export LC_ALL=C.UTF-8
expected=tests/golden/expected
actual=$(mktemp -d)
trap 'rm -rf "$actual"' EXIT

inputs=(examples/*.yaml tests/golden/*.yaml)
failures=0
render() {  # render NAME ARGS...: writes $actual/NAME
  local name=$1
  shift
  if ! "$minutes" render "$@" > "$actual/$name" 2> "$actual/$name.err"; then
    echo "render failed: minutes render $*" >&2
    cat "$actual/$name.err" >&2
    failures=$((failures + 1))
  fi
  rm -f "$actual/$name.err"
}

for input in "${inputs[@]}"; do
  stem=$(basename "$input" .yaml)
  for language in en nb nn de; do
    render "$stem.$language.md" -t markdown --lang "$language" "$input"
    render "$stem.$language.html" -t html --lang "$language" "$input"
  done
  render "$stem.fragment.html" -t html --fragment "$input"
  render "$stem.json" -t json "$input"
  render "$stem.ics" -t ics --tz Europe/Oslo "$input"
  for table in workshops participants agenda decisions actions attachments; do
    render "$stem.$table.csv" -t csv --table "$table" "$input"
  done
done
render "all.workshops.csv" -t csv "${inputs[@]}"
render "all.workshops.bom-unguarded.csv" -t csv --bom --no-formula-guard "${inputs[@]}"

if [ "${MINUTES_ACCEPT:-0}" = 1 ]; then
  rm -rf "$expected"
  mkdir -p "$expected"
  cp "$actual"/* "$expected"/
  echo "golden files rewritten: review them with git diff tests/golden"
  exit "$failures"
fi
if ! diff -ru "$expected" "$actual"; then
  echo "golden files differ (MINUTES_ACCEPT=1 tests/golden/run_golden.sh ... rewrites them)" >&2
  exit 1
fi
echo "$(ls "$actual" | wc -l) golden files match"
exit "$failures"
