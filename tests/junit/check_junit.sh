#!/usr/bin/env bash
# `minutes validate --format junit` checked against tests/junit/junit.xsd (what GitLab reads)
# with xmllint, and re-read with Python's XML parser: one testcase per file, counts that add up,
# failure text carrying every located message. Inputs include hostile file names (markup,
# quotes, control characters, broken UTF-8) and a file that cannot be read.
# Usage: check_junit.sh MINUTES SOURCE_DIR
set -euo pipefail
minutes=$1
source_dir=$2
schema=$source_dir/tests/junit/junit.xsd
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/odd"
cp "$source_dir/examples/invalid/misspelt-key.yaml" "$work/odd/<b>&\"quoted\" 'x'.yaml"
cp "$source_dir/examples/invalid/misspelt-key.yaml" "$work/odd/$(printf 'tab\there\001.yaml')"
cp "$source_dir/examples/invalid/misspelt-key.yaml" "$work/odd/$(printf 'latin1-\xe6\xf8.yaml')"
cp "$source_dir/examples/2024-03-05-board-meeting.yaml" "$work/odd/æøå valid.yaml"
mkfifo "$work/a-fifo.yaml"  # named on the command line: walking a folder skips FIFOs

check() {
  local report=$1 expected_cases=$2
  xmllint --noout --schema "$schema" "$report"
  python3 - "$report" "$expected_cases" <<'PY'
import sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites", root.tag
suite = root.find("testsuite")
cases = suite.findall("testcase")
assert len(cases) == int(sys.argv[2]), (len(cases), sys.argv[2])
failures = [c for c in cases if c.find("failure") is not None]
errors = [c for c in cases if c.find("error") is not None]
for element in (root, suite):
    assert int(element.get("tests")) == len(cases)
    assert int(element.get("failures")) == len(failures)
    assert int(element.get("errors")) == len(errors)
names = [c.get("name") for c in cases]
assert len(set(names)) == len(names), "GitLab drops testcases with the same name"
for case in failures:
    text = case.find("failure").text
    assert text.startswith(case.get("name") + ":"), text
    assert "error[" in text, text
print(f"{sys.argv[1]}: {len(cases)} testcases, {len(failures)} failures, {len(errors)} errors")
PY
}

# The same files as the JSON report counts, valid and invalid ones.
status=0
"$minutes" validate --format junit "$source_dir/examples" "$source_dir/examples/invalid" >"$work/examples.xml" || status=$?
[ "$status" -eq 1 ] || { echo "expected exit 1 for examples/invalid, got $status"; exit 1; }
files=$("$minutes" validate --format json "$source_dir/examples" "$source_dir/examples/invalid" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["summary"]["files"])' || true)
check "$work/examples.xml" "$files"

status=0
"$minutes" validate --format junit "$work/odd" "$work/a-fifo.yaml" >"$work/odd.xml" || status=$?
[ "$status" -eq 2 ] || { echo "expected exit 2 for an unreadable file, got $status"; exit 1; }
check "$work/odd.xml" 5
grep -q 'error type="io"' "$work/odd.xml" || { echo "the FIFO is not reported as an error"; exit 1; }
grep -q '&lt;b&gt;&amp;&quot;quoted&quot; &apos;x&apos;.yaml' "$work/odd.xml" || { echo "markup in a name is not escaped"; exit 1; }
echo "ok"
