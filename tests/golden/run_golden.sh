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
    render "$stem.$language.txt" -t txt --lang "$language" "$input"
  done
  render "$stem.fragment.html" -t html --fragment "$input"
  render "$stem.json" -t json "$input"
  render "$stem.ics" -t ics "$input"  # the record's own timezone, else floating times
  for table in workshops participants agenda decisions actions attachments; do
    render "$stem.$table.csv" -t csv --table "$table" "$input"
  done
done
render "all.workshops.csv" -t csv "${inputs[@]}"
# --tz is the zone of a record without one (the board meeting has none); TZ changes nothing.
TZ=Asia/Tokyo render "2024-03-05-board-meeting.tz-new-york.ics" -t ics --tz America/New_York \
  examples/2024-03-05-board-meeting.yaml
render "all.workshops.bom-unguarded.csv" -t csv --bom --no-formula-guard "${inputs[@]}"

# Reports over the records of a (fictional) municipality's two years, on a fixed date.
report() {  # report NAME COMMAND ARGS...: writes $actual/NAME
  local name=$1
  shift
  if ! "$minutes" "$@" > "$actual/$name" 2> "$actual/$name.err"; then
    echo "report failed: minutes $*" >&2
    cat "$actual/$name.err" >&2
    failures=$((failures + 1))
  fi
  rm -f "$actual/$name.err"
}
municipality=examples/municipality
as_of=(--as-of 2024-12-31)
report "municipality.summary.md" summary "${as_of[@]}" -t md "$municipality"
report "municipality.summary.html" summary "${as_of[@]}" -t html "$municipality"
for language in en nn de; do
  report "municipality.summary.$language.md" summary "${as_of[@]}" --lang "$language" -t md "$municipality"
  report "municipality.summary.$language.html" summary "${as_of[@]}" --lang "$language" -t html "$municipality"
done
for language in nb en; do
  report "municipality.summary.$language.txt" summary "${as_of[@]}" --lang "$language" -t txt "$municipality"
done
report "municipality.summary.2024.md" summary "${as_of[@]}" --year 2024 -t md "$municipality"
report "municipality.summary.json" summary "${as_of[@]}" -t json "$municipality"
for table in meetings decisions actions answers tags; do
  report "municipality.summary.$table.csv" summary "${as_of[@]}" -t csv --table "$table" "$municipality"
done
report "municipality.actions.md" actions "${as_of[@]}" -t md "$municipality"
report "municipality.actions.en.md" actions "${as_of[@]}" --lang en -t md "$municipality"
report "municipality.actions.open.md" actions "${as_of[@]}" --open -t md "$municipality"
report "municipality.actions.html" actions "${as_of[@]}" -t html "$municipality"
report "municipality.actions.txt" actions "${as_of[@]}" -t txt "$municipality"
report "municipality.actions.csv" actions "${as_of[@]}" -t csv "$municipality"
report "municipality.actions.json" actions "${as_of[@]}" -t json "$municipality"
report "municipality.actions.ics" actions "${as_of[@]}" -t ics "$municipality"
report "hostile.summary.html" summary "${as_of[@]}" -t html tests/golden/hostile.yaml
report "hostile.summary.md" summary "${as_of[@]}" -t md tests/golden/hostile.yaml
report "hostile.actions.md" actions "${as_of[@]}" -t md tests/golden/hostile.yaml
report "hostile.summary.txt" summary "${as_of[@]}" -t txt tests/golden/hostile.yaml

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
# Plain text as a mail client and a terminal take it (tests/golden/check_txt.py).
python3 tests/golden/check_txt.py "$actual"/*.txt || failures=$((failures + 1))
exit "$failures"
