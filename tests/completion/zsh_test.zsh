#!/usr/bin/env zsh
# Tests completions/_minutes in a real zsh line editor: an interactive `zsh -f` runs on a
# pseudo-terminal (the zsh/zpty module) with compinit and the completions/ folder on
# $fpath. For each case the test types a partial command line and TAB; TAB runs a widget
# that calls complete-word, while a wrapper around the compadd builtin writes every match
# that fits the word to a file. The matches are compared with the expected ones (as a
# sorted set: zsh sorts what it shows). Directories get a / as zsh shows them.
#
# usage: zsh -f zsh_test.zsh SOURCE_DIR
#        zsh -f zsh_test.zsh SOURCE_DIR --print LINE...
# The second form runs no test: it prints, for each LINE completed in the current folder,
# `### LINE` and then the matches one a line (tests/completion/drift.py uses it).
# Needs the Debian package zsh (which has the zsh/zpty module); fails, not skips, without.

emulate -L zsh
setopt no_unset pipe_fail

source_dir=${1:?usage: zsh_test.zsh SOURCE_DIR}
source_dir=${source_dir:A}

if ! zmodload zsh/zpty 2>/dev/null; then
  print "FAIL: the zsh/zpty module cannot be loaded"
  exit 1
fi
zmodload zsh/datetime

tmp=$(mktemp -d)
trap 'zpty -d minutes_test 2>/dev/null; rm -rf $tmp' EXIT
out=$tmp/matches

# The same folders as tests/completion/bash_test.sh.
mkdir -p $tmp/plain/subdir "$tmp/spaces/my dir" $tmp/dash
touch $tmp/plain/{a.yaml,b.yml,c.txt,s.json,subdir/d.yaml} "$tmp/spaces/my file.yaml" \
  "$tmp/spaces/my notes.txt" $tmp/dash/-x.yaml
zi=$tmp/zoneinfo
mkdir -p $zi/{Europe,America/Argentina,posix/Europe}
touch $zi/{Europe/Oslo,Europe/Berlin,America/Argentina/Salta,UTC,posix/Europe/Oslo,zone.tab}

# What the shell on the terminal runs first. compinit -u: do not ask about folders that
# belong to someone else (CI runs as root); -D: no dump file.
setup=(
  "PS1='> ' RPS1='' PROMPT_EOL_MARK=''"
  "HOME=$tmp"
  "fpath=(${(q)source_dir}/completions \$fpath)"
  "autoload -Uz compinit && compinit -u -D"
  # Every match the completion functions add (calls with -O, -A or -D only fill an
  # array and are passed on as they are). -f: file names, shown with a / for folders;
  # -Q: _path_files passes them quoted already (my\ file.yaml).
  'compadd() {
     if (( ${@[(I)-[OAD]*]} )); then builtin compadd "$@"; return; fi
     local -a hits prefix dir
     builtin compadd -A hits "$@"
     zparseopts -E -a prefix p: P:
     zparseopts -E -a dir W:
     local hit path files=${@[(I)-[a-zA-Z]#f[a-zA-Z]#]} quoted=${@[(I)-[a-zA-Z]#Q[a-zA-Z]#]}
     for hit in $hits; do
       hit=${(j::)prefix[2,-1]:#-*}$hit
       (( quoted )) && hit=${(Q)hit}
       path=$hit; [[ -n ${dir[2]-} ]] && path=$dir[2]/$hit
       (( files )) && [[ -d $path ]] && hit+=/
       print -r -- $hit >> $MATCHES
     done
     builtin compadd "$@"
   }'
  # TAB: complete, list nothing, insert nothing, then say so on the terminal.
  '_test_quiet() { compstate[list]=""; compstate[insert]=""; }'
  '_test_tab() { : >| $MATCHES; comppostfuncs=(_test_quiet); zle complete-word; BUFFER=""; print -n "<<done>>"; }'
  'zle -N _test_tab; bindkey "^I" _test_tab'
  'print "<<ready>>"'
)

# Reads the terminal until $1 shows up (10 s at most).
read_until() {
  local chunk buffer='' deadline=$(( EPOCHREALTIME + 10 ))
  while (( EPOCHREALTIME < deadline )); do
    if zpty -rt minutes_test chunk 2>/dev/null; then
      buffer+=$chunk
      [[ $buffer == *$1* ]] && return 0
    else
      sleep 0.01
    fi
  done
  print -r -- "timeout waiting for $1; the terminal showed: ${(q+)buffer}"
  return 1
}

export MATCHES=$out TERM=vt100 TZDIR=$zi
zpty minutes_test zsh -f -i
zpty -w minutes_test "${(j:; :)setup}"
read_until '<<ready>>'$'\r' || read_until '<<ready>>'

# complete DIR LINE: the sorted matches for LINE typed in folder DIR, in $matches.
complete_line() {
  zpty -w minutes_test "cd ${(q)1}"
  zpty -w -n minutes_test "$2"$'\t'
  read_until '<<done>>' || return 1
  matches=(${(ou)${(f)"$(<$out)"}})
}

if [[ ${2-} == --print ]]; then
  local line
  local -a matches
  for line in ${@[3,-1]}; do
    complete_line $PWD $line || exit 1
    print -r -- "### $line"
    print -rC1 -- $matches
  done
  exit 0
fi

failures=0
cases=0

# check DIR LINE [EXPECTED...]
check() {
  local dir=$1 line=$2
  shift 2
  local expected=${(j:|:)${(ou)@}} got
  local -a matches
  (( cases++ ))
  complete_line $dir $line || { (( failures++ )); return 0; }
  got=${(j:|:)matches}
  if [[ $got == $expected ]]; then
    print -r -- "ok    $line"
  else
    print -r -- "FAIL  $line"
    print -r -- "      expected: $expected"
    print -r -- "      got:      $got"
    (( failures++ ))
  fi
  return 0
}

p=$tmp/plain
s=$tmp/spaces

# Commands and the program's own options.
check $p 'minutes ' validate render formats summary actions import schema new
check $p 'minutes ren' render
check $p 'minutes s' summary schema
check $p 'minutes -' -h --help --version
check $p 'minutes bogus '

# Options of each command (zsh leaves out those already on the line).
check $p 'minutes render --t' --to --table --tz
check $p 'minutes render --f' --format --fragment
check $p 'minutes validate -' -h --help --strict -q --quiet -j --jobs --max-size --color --schema --format
check $p 'minutes new --' --help --force --title --date --lang --kind --to --output --schema-ref
check $p 'minutes import --' --help --report --lang --date --to --output --color
check $p 'minutes summary --t' --to --table
check $p 'minutes actions --o' --open --overdue --owner --output
check $p 'minutes formats -' -h --help
check $p 'minutes validate a.yaml --st' --strict
check $p 'minutes render -o x --output-' # -o excludes -d/--output-dir, as in the program

# Option values: `--opt value`, `-x value`, `-xvalue` and `--opt=value`.
check $p 'minutes render -t h' html htm
check $p 'minutes render -t ' markdown md html htm txt text csv json ics ical icalendar
check $p 'minutes render --to=i' ics ical icalendar
check $p 'minutes render -ti' ics ical icalendar
check $p 'minutes render --table w' workshops
check $p 'minutes render --table=a' agenda actions attachments
check $p 'minutes render --lang n' nb nn
check $p 'minutes summary -t ' markdown md html htm txt text csv json
check $p 'minutes summary --format=' text json github junit
check $p 'minutes summary --table a' actions answers
check $p 'minutes actions -t ' markdown md html htm txt text csv json ics ical icalendar
check $p 'minutes validate --format ' text json github junit
check $p 'minutes validate --format=j' json junit
check $p 'minutes validate --color ' auto always never
check $p 'minutes import --color=a' auto always
check $p 'minutes import --lang ' en nb nn de
check $p 'minutes new --kind ' meeting workshop board
check $p 'minutes new --lang=n' nb nn
# Free text: nothing, in particular no files.
check $p 'minutes summary --year '
check $p 'minutes summary --to ' markdown md html htm txt text csv json
check $p 'minutes summary --until ' # a date
check $p 'minutes summary --from='
check $p 'minutes actions --as-of '
check $p 'minutes actions --owner '
check $p 'minutes new --date '
check $p 'minutes new --title '
check $p 'minutes validate -j '

# Files and folders.
check $p 'minutes validate ' a.yaml b.yml subdir/
check $p 'minutes render --strict ' a.yaml b.yml subdir/
check $p 'minutes actions sub' subdir/
check $p 'minutes validate subdir/' subdir/d.yaml
check $p 'minutes import ' a.yaml b.yml c.txt s.json subdir/
check $p 'minutes render -o ' a.yaml b.yml c.txt s.json subdir/
check $p 'minutes render --output=c' c.txt
check $p 'minutes render -d ' subdir/
check $p 'minutes validate --schema ' a.yaml b.yml s.json subdir/
check $p 'minutes new --schema-ref ' a.yaml b.yml s.json subdir/
# No positional argument: zsh then offers the options, as it does for every command.
check $p 'minutes new ' -h --help --title --date --lang --kind -t --to -o --output --force --schema-ref
check $p 'minutes formats ' -h --help
check $s 'minutes validate ' 'my dir/' 'my file.yaml'
check $s 'minutes validate my\ f' 'my file.yaml'
check $s 'minutes validate "my f' 'my file.yaml'
check $s 'minutes import my\ ' 'my dir/' 'my file.yaml' 'my notes.txt'
check $tmp/dash 'minutes validate -- -' -x.yaml

# Time zones, from $TZDIR (see bash_test.sh) and from the system's zoneinfo folder.
check $p "minutes render --tz=Europe/O" Europe/Oslo
check $p "minutes render --tz U" UTC
if [[ -f /usr/share/zoneinfo/Europe/Oslo ]]; then
  # Without $TZDIR: zsh's own _time_zone.
  zpty -w minutes_test 'unset TZDIR'
  check $p "minutes render --tz Europe/Osl" Europe/Oslo
fi
print "$cases cases, $failures failed"
(( failures == 0 ))
