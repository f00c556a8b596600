#!/usr/bin/env bash
# Tests completions/minutes.fish: for each partial command line, a fresh
#   fish --no-config -c 'source completions/minutes.fish; complete -C"LINE"'
# lists the candidates fish would offer; they are compared (names only, sorted as fish
# shows them, folders with the / that fish adds) with the expected ones.
#
# usage: bash fish_test.sh SOURCE_DIR
# Needs the Debian package fish (scripts/install-deps); fails, not skips, without it.
set -u

source_dir=${1:?usage: fish_test.sh SOURCE_DIR}
source_dir=$(cd "$source_dir" && pwd)
script=$source_dir/completions/minutes.fish

if ! command -v fish >/dev/null; then
    echo "FAIL: fish is not installed: install the Debian package fish"
    exit 1
fi
fish --version

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The same folders as bash_test.sh.
mkdir -p "$tmp/plain/subdir" "$tmp/spaces/my dir" "$tmp/dash" "$tmp/home"
touch "$tmp/plain/a.yaml" "$tmp/plain/b.yml" "$tmp/plain/c.txt" "$tmp/plain/s.json" \
    "$tmp/plain/subdir/d.yaml" "$tmp/spaces/my file.yaml" "$tmp/spaces/my notes.txt" \
    "$tmp/dash/-x.yaml"
zi=$tmp/zoneinfo
mkdir -p "$zi/Europe" "$zi/America/Argentina" "$zi/posix/Europe" "$zi/right/Europe"
touch "$zi/Europe/Oslo" "$zi/Europe/Berlin" "$zi/America/Argentina/Salta" "$zi/UTC" \
    "$zi/posix/Europe/Oslo" "$zi/right/Europe/Oslo" "$zi/zone.tab" "$zi/tzdata.zi" "$zi/posixrules"
# fish writes its history and universal variables under $HOME/.local and $XDG_CONFIG_HOME.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
export TZDIR=$zi

failures=0
cases=0

# check DIR LINE [EXPECTED...]
check() {
    local dir=$1 line=$2
    shift 2
    local expected got
    expected=$(printf '%s\n' "$@" | LC_ALL=C sort | paste -sd'|')
    ((cases++))
    # The line goes in as an argument: no quoting of it inside the fish code.
    # shellcheck disable=SC2016 # $argv is fish's, not ours
    got=$(cd "$dir" && fish --no-config -c 'source $argv[1]; and complete -C"$argv[2]"' "$script" "$line" 2>&1 |
        cut -f1 | LC_ALL=C sort | paste -sd'|')
    if [[ $got == "$expected" ]]; then
        printf 'ok    %s\n' "$line"
    else
        printf 'FAIL  %s\n      expected: %s\n      got:      %s\n' "$line" "$expected" "$got"
        ((failures++))
    fi
}

p=$tmp/plain
s=$tmp/spaces

# Commands and the program's own options.
check "$p" 'minutes ' validate render formats summary actions import schema new
check "$p" 'minutes ren' render
check "$p" 'minutes s' summary schema
check "$p" 'minutes -' -h --help --version
check "$p" 'minutes bogus '

# Options of each command.
check "$p" 'minutes render --t' --to --table --tz
check "$p" 'minutes render --f' --format --fragment
check "$p" 'minutes validate -' -h --help --strict -q --quiet -j --jobs --max-size --color --schema --format
check "$p" 'minutes new --' --help --force --title --date --lang --kind --to --output --schema-ref
check "$p" 'minutes import --' --help --report --lang --date --to --output --color
check "$p" 'minutes summary --t' --to --table
check "$p" 'minutes actions --o' --open --overdue --owner --output
check "$p" 'minutes formats -' -h --help
check "$p" 'minutes validate a.yaml --st' --strict
# A file called like a command is not the command.
check "$p" 'minutes import render --r' --report

# Option values: `--opt value`, `-x value`, `-xvalue` and `--opt=value`.
check "$p" 'minutes render -t h' html htm
check "$p" 'minutes render -t ' markdown md html htm txt text csv json ics ical icalendar
check "$p" 'minutes render --to=i' --to=ics --to=ical --to=icalendar
check "$p" 'minutes render -ti' -tics -tical -ticalendar
check "$p" 'minutes render --table w' workshops
check "$p" 'minutes render --lang n' nb nn
check "$p" 'minutes summary -t ' markdown md html htm txt text csv json
check "$p" 'minutes summary --table a' actions answers
check "$p" 'minutes actions -t ' markdown md html htm txt text csv json ics ical icalendar
check "$p" 'minutes validate --format ' text json github junit
check "$p" 'minutes validate --color ' auto always never
check "$p" 'minutes import --color a' auto always
check "$p" 'minutes import --lang ' en nb nn de
check "$p" 'minutes new --kind ' meeting workshop board
check "$p" 'minutes new --lang n' nb nn
check "$p" 'minutes render a.yaml --tz ' America/Argentina/Salta Europe/Berlin Europe/Oslo UTC
check "$p" 'minutes render --tz Europe/O' Europe/Oslo
# Free text: nothing, in particular no files.
check "$p" 'minutes summary --year '
check "$p" 'minutes summary --to ' markdown md html htm txt text csv json
check "$p" 'minutes summary --until ' # a date
check "$p" 'minutes actions --as-of '
check "$p" 'minutes actions --owner '
check "$p" 'minutes new --date '
check "$p" 'minutes new --title '
check "$p" 'minutes validate -j '

# Files and folders.
check "$p" 'minutes validate ' a.yaml b.yml subdir/
check "$p" 'minutes render --strict ' a.yaml b.yml subdir/
check "$p" 'minutes actions sub' subdir/
check "$p" 'minutes validate subdir/' subdir/d.yaml
check "$p" 'minutes import ' a.yaml b.yml c.txt s.json subdir/
check "$p" 'minutes render -o ' a.yaml b.yml c.txt s.json subdir/
check "$p" 'minutes render -d ' subdir/
check "$p" 'minutes validate --schema ' a.yaml b.yml s.json subdir/
check "$p" 'minutes new --schema-ref ' a.yaml b.yml s.json subdir/
check "$p" 'minutes new '
check "$p" 'minutes formats '
check "$s" 'minutes validate ' 'my dir/' 'my file.yaml'
check "$s" 'minutes validate my\ f' 'my file.yaml'
check "$s" 'minutes validate "my f' 'my file.yaml'
check "$s" 'minutes import my\ ' 'my dir/' 'my file.yaml' 'my notes.txt'
check "$tmp/dash" 'minutes validate ./-' ./-x.yaml

echo "$cases cases, $failures failed"
((failures == 0))
