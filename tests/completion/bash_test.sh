#!/usr/bin/env bash
# Tests completions/minutes.bash by calling its completion function on partial command
# lines and comparing COMPREPLY with the expected answers, word for word.
#
# usage: bash --norc bash_test.sh SOURCE_DIR [--with-bash-completion]
#
# Without the flag, nothing but the script is loaded: the fallback on COMP_WORDS/COMP_CWORD
# is tested. With it, /usr/share/bash-completion/bash_completion is sourced first so that
# the script goes through _init_completion; that needs the Debian package bash-completion
# (scripts/install-deps), and the test fails, not skips, without it.
set -u

source_dir=${1:?usage: bash_test.sh SOURCE_DIR [--with-bash-completion]}
mode=${2:-}
source_dir=$(cd "$source_dir" && pwd)

if [[ $mode == --with-bash-completion ]]; then
    bash_completion=${BASH_COMPLETION_FILE:-/usr/share/bash-completion/bash_completion}
    if [[ ! -r $bash_completion ]]; then
        echo "FAIL: $bash_completion not found: install the Debian package bash-completion"
        exit 1
    fi
    # shellcheck disable=SC1090
    source "$bash_completion"
    declare -F _init_completion >/dev/null || { echo "FAIL: no _init_completion in $bash_completion"; exit 1; }
    echo "mode: with bash-completion ($bash_completion)"
else
    echo "mode: plain bash, no bash-completion"
fi
# shellcheck source=../../completions/minutes.bash
source "$source_dir/completions/minutes.bash"
if [[ -z $mode ]] && declare -F _init_completion >/dev/null; then
    echo "FAIL: _init_completion is defined; the fallback would not be tested"
    exit 1
fi
# The script must register itself.
[[ $(complete -p minutes 2>/dev/null) == "complete -F _minutes minutes" ]] ||
    { echo "FAIL: complete -p minutes: $(complete -p minutes 2>&1)"; exit 1; }

# compopt only works while readline is completing; record what the script asks for, so
# that file answers can be shown as readline shows them (directories with a /).
compopt_args=''
compopt() { compopt_args+=" $*"; }

# Sets COMP_WORDS and COMP_CWORD the way bash does for LINE with the cursor at its end:
# words break at blanks and at the characters of COMP_WORDBREAKS outside quotes, which
# become words of their own (`--to=ht` is `--to` `=` `ht`; `--to=` ends on the word `=`).
# Quotes and backslashes stay in the words, as they do in bash.
split_line() {
    local line=$1 i c word='' quote='' have=false after_break=false
    COMP_WORDS=()
    for ((i = 0; i < ${#line}; i++)); do
        c=${line:i:1}
        if [[ -n $quote ]]; then
            word+=$c
            [[ $c == "$quote" ]] && quote=''
            continue
        fi
        after_break=false
        case $c in
            \\) word+=$c${line:i+1:1}; ((i++)); have=true ;;
            \' | \") quote=$c; word+=$c; have=true ;;
            ' ')
                $have && COMP_WORDS+=("$word")
                word='' have=false ;;
            *)
                if [[ $COMP_WORDBREAKS == *"$c"* ]]; then
                    $have && COMP_WORDS+=("$word")
                    COMP_WORDS+=("$c")
                    word='' have=false after_break=true
                else
                    word+=$c
                    have=true
                fi ;;
        esac
    done
    if $have || ! $after_break; then
        COMP_WORDS+=("$word")
    fi
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
}

failures=0
cases=0

# Runs the completion for LINE in folder DIR; the answers are left in `got`, one string.
# File answers (compopt -o filenames) are sorted and directories get the / that readline
# would add; other answers keep the script's order.
complete_line() {
    local dir=$1 line=$2
    COMPREPLY=()
    compopt_args=''
    split_line "$line"
    COMP_LINE=$line
    COMP_POINT=${#line}
    (cd "$dir" && {
        _minutes minutes "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        local reply
        if [[ $compopt_args == *"-o filenames"* ]]; then
            for reply in "${COMPREPLY[@]}"; do
                [[ -d $reply ]] && reply+=/
                printf '%s\n' "$reply"
            done | LC_ALL=C sort
        else
            printf '%s\n' "${COMPREPLY[@]}"
        fi
    }) >"$tmp/out"
    got=$(paste -sd'|' "$tmp/out")
}

# check DIR LINE [EXPECTED...]: the answers must be EXPECTED, in this order.
check() {
    local dir=$1 line=$2
    shift 2
    local expected
    expected=$(printf '%s\n' "$@" | paste -sd'|')
    ((cases++))
    complete_line "$dir" "$line"
    if [[ $got == "$expected" ]]; then
        printf 'ok    %s\n' "$line"
    else
        printf 'FAIL  %s\n      expected: %s\n      got:      %s\n' "$line" "$expected" "$got"
        ((failures++))
    fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Records and other files; the positional arguments of validate must give a.yaml b.yml
# subdir/ but not c.txt.
mkdir -p "$tmp/plain/subdir" "$tmp/spaces/my dir" "$tmp/dash"
touch "$tmp/plain/a.yaml" "$tmp/plain/b.yml" "$tmp/plain/c.txt" "$tmp/plain/s.json" \
    "$tmp/plain/subdir/d.yaml" \
    "$tmp/spaces/my file.yaml" "$tmp/spaces/my notes.txt" "$tmp/spaces/[x].yaml" \
    "$tmp/dash/-x.yaml"
# A zoneinfo folder of our own (the program reads $TZDIR too): posix/, right/ and the
# lower-case files are not zone names.
zi=$tmp/zoneinfo
mkdir -p "$zi/Europe" "$zi/America/Argentina" "$zi/posix/Europe" "$zi/right/Europe"
touch "$zi/Europe/Oslo" "$zi/Europe/Berlin" "$zi/America/Argentina/Salta" "$zi/UTC" \
    "$zi/posix/Europe/Oslo" "$zi/right/Europe/Oslo" "$zi/zone.tab" "$zi/tzdata.zi" "$zi/posixrules"
ln -s Oslo "$zi/Europe/Arctic_Link"
export TZDIR=$zi

p=$tmp/plain
s=$tmp/spaces

# Commands and the program's own options.
check "$p" 'minutes ' validate render formats summary actions import schema new
check "$p" 'minutes ren' render
check "$p" 'minutes s' summary schema
check "$p" 'minutes -' -h --help --version
check "$p" 'minutes --' --help --version
check "$p" 'minutes --version ' validate render formats summary actions import schema new
check "$p" 'minutes bogus '

# Options of each command.
check "$p" 'minutes render --t' --to --table --tz
check "$p" 'minutes render --f' --fragment --format
check "$p" 'minutes validate -' -h --help --strict -q --quiet -j --jobs --max-size --color --schema --format
check "$p" 'minutes new --' --help --force --title --date --lang --kind --to --output --schema-ref
check "$p" 'minutes import --' --help --report --lang --date --to --output --color
check "$p" 'minutes summary --t' --to --table
check "$p" 'minutes actions --o' --open --overdue --owner --output
check "$p" 'minutes formats -' -h --help
check "$p" 'minutes validate a.yaml --st' --strict
check "$p" 'minutes render --strict=' # a flag takes no value

# Option values: `--opt value`, `-x value` and `--opt=value`.
check "$p" 'minutes render -t h' html htm
check "$p" 'minutes render -t ' markdown md html htm txt text csv json ics ical icalendar
check "$p" 'minutes render --to m' markdown md
check "$p" 'minutes render --to=' markdown md html htm txt text csv json ics ical icalendar
check "$p" 'minutes render --to=i' ics ical icalendar
check "$p" 'minutes render --table w' workshops
check "$p" 'minutes render --table=a' agenda actions attachments
check "$p" 'minutes render --lang n' nb nn
check "$p" 'minutes summary -t ' markdown md html htm txt text csv json
check "$p" 'minutes summary --format=' text json github junit
check "$p" 'minutes summary --table a' actions answers
check "$p" 'minutes actions -t ' markdown md html htm txt text csv json ics ical icalendar
check "$p" 'minutes actions --to i' ics ical icalendar
check "$p" 'minutes actions --format ' text json github junit
check "$p" 'minutes validate --format ' text json github junit
check "$p" 'minutes validate --format=j' json junit
check "$p" 'minutes validate --color ' auto always never
check "$p" 'minutes import --color=a' auto always
check "$p" 'minutes import --lang ' en nb nn de
check "$p" 'minutes new --kind ' meeting workshop board
check "$p" 'minutes new --lang=n' nb nn
check "$p" 'minutes render a.yaml --tz ' America/Argentina/Salta Europe/Arctic_Link Europe/Berlin Europe/Oslo UTC
check "$p" 'minutes render --tz Europe/O' Europe/Oslo
check "$p" 'minutes render --tz=U' UTC
# Free text: no answers, in particular no files.
check "$p" 'minutes summary --year '
check "$p" 'minutes summary --to ' markdown md html htm txt text csv json
check "$p" 'minutes summary --until ' # a date
check "$p" 'minutes summary --from='
check "$p" 'minutes actions --as-of '
check "$p" 'minutes actions --owner '
check "$p" 'minutes new --date '
check "$p" 'minutes new --title '
check "$p" 'minutes validate -j '

# Files and folders.
check "$p" 'minutes validate ' a.yaml b.yml subdir/
check "$p" 'minutes render --strict ' a.yaml b.yml subdir/
check "$p" 'minutes summary a.yaml ' a.yaml b.yml subdir/
check "$p" 'minutes actions sub' subdir/
check "$p" 'minutes validate subdir/' subdir/d.yaml
check "$p" 'minutes import ' a.yaml b.yml c.txt s.json subdir/
check "$p" 'minutes render -o ' a.yaml b.yml c.txt s.json subdir/
check "$p" 'minutes render --output=c' c.txt
check "$p" 'minutes render -d ' subdir/
check "$p" 'minutes render --output-dir=' subdir/
check "$p" 'minutes validate --schema ' a.yaml b.yml s.json subdir/
check "$p" 'minutes new --schema-ref ' a.yaml b.yml s.json subdir/
check "$p" 'minutes new '
check "$p" 'minutes formats '
check "$p" 'minutes schema '
# Names with spaces and pattern characters, typed with \, "..." or '...'.
check "$s" 'minutes validate ' '[x].yaml' 'my dir/' 'my file.yaml'
check "$s" 'minutes validate my\ f' 'my file.yaml'
check "$s" 'minutes validate "my f' 'my file.yaml'
check "$s" "minutes validate 'my f" 'my file.yaml'
check "$s" 'minutes import my\ ' 'my dir/' 'my file.yaml' 'my notes.txt'
check "$s" 'minutes validate \[' '[x].yaml'
# After --, a word starting with - is a path.
check "$tmp/dash" 'minutes validate -- -' -x.yaml
check "$tmp/dash" 'minutes validate -- --strict ' -x.yaml

# With `=` taken out of COMP_WORDBREAKS bash replaces the whole `--opt=value` word.
saved_breaks=$COMP_WORDBREAKS
COMP_WORDBREAKS=${COMP_WORDBREAKS//=/}
check "$p" 'minutes render --to=ht' --to=html --to=htm
check "$p" 'minutes validate --format=g' --format=github
COMP_WORDBREAKS=$saved_breaks

echo "$cases cases, $failures failed"
((failures == 0))
