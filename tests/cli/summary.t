# minutes summary: a report over many records, one section per year; always with --as-of here.
$ minutes summary --as-of 2024-12-31 --lang en examples/municipality/ | head -12
# Summary of minutes 2023–2024

**Period:** 2023–2024\
**As of:** 31 December 2024\
**Valid records read:** 11

## 2023

### Totals

**Meetings:** 5\
**Total attendance:** 62\
[exit 0]

$ minutes summary --as-of 2024-12-31 --year 2023 -t csv examples/municipality/
"year","date","title","organizer","named","in_groups","attendance"
"2023","2023-02-14","Formannskapet, møte 1/2023","Holmvik kommune","6","4","10"
"2023","2023-03-21","Holmvik business forum, spring meeting","Holmvik kommune","5","14","19"
"2023","2023-04-18","Formannskapet, møte 2/2023","Holmvik kommune","5","0","5"
"2023","2023-09-19","Holmvik business forum, autumn meeting","Holmvik kommune","4","19","23"
"2023","2023-11-28","Ungdomsrådet, haustmøte","Holmvik kommune","5","0","5"
[exit 0]

$ minutes summary --as-of 2024-12-31 --from 2024-03-01 --until 2024-06-30 -t csv --table decisions examples/municipality/
"year","date","meeting","position","id","text","for","against","abstain"
"2024","2024-03-12","Formannskapet, møte 2/2024","1","PS 9/24","Åpningstiden på ungdomshuset utvides til kl. 22 på fredager fra 1. april.","5","2",""
"2024","2024-03-19","Holmvik business forum, spring meeting","1","BF-D-1","The forum supports the plan for a shared office space in the old post office.","21","3","4"
[exit 0]

$ minutes summary --as-of 2024-12-31 -t csv --table tags --year 2024 examples/municipality/
"year","tag","answers","votes"
"2024","aktivitetar","2","15"
"2024","arbeid","1","8"
"2024","friluft","1","10"
"2024","infrastructure","1","5"
"2024","musikk","1","9"
"2024","permits","1","8"
"2024","premises","1","14"
[exit 0]

$ minutes summary --as-of 2024-12-31 -t json examples/municipality/ | python3 -c "import json,sys; d=json.load(sys.stdin); print([(y['year'], y['totals']['meetings'], y['actions']['overdue']) for y in d['years']])"
[(2023, 5, 0), (2024, 6, 2)]
[exit 0]

# With a period, the valid records read (of every date: a later record gives an action its latest
# status) and the meetings in the period are two numbers, each named for what it counts.
$ minutes summary --as-of 2024-12-31 --year 2024 -t txt examples/municipality/ | sed -n '4,7p'
Periode:                2024
Per:                    31. desember 2024
Gyldige referater lest: 11
Møter i perioden:       6
[exit 0]

$ minutes summary --as-of 2024-12-31 --year 2024 -t txt --lang de examples/municipality/ | sed -n '4,7p'
Zeitraum: 2024
Stand: 31. Dezember 2024
Gültige Protokolle gelesen: 11
Sitzungen im Zeitraum: 6
[exit 0]

$ minutes summary --as-of 2024-12-31 --year 2024 -t json examples/municipality/ | python3 -c "import json,sys; d=json.load(sys.stdin); print('records', d['records'], 'left_out', d['left_out'], 'meetings', sum(y['totals']['meetings'] for y in d['years']))"
records 11 left_out 0 meetings 6
[exit 0]

# The output is the same for any number of jobs.
$ minutes summary -j 1 --as-of 2024-12-31 -t html examples/ > /tmp/minutes-summary-j1.html && minutes summary -j 2 --as-of 2024-12-31 -t html examples/ > /tmp/minutes-summary-j2.html && cmp /tmp/minutes-summary-j1.html /tmp/minutes-summary-j2.html && echo same
same
[exit 0]

# An invalid record: nothing is written, unless --keep-going, which still exits 1.
$ minutes summary --as-of 2024-12-31 -t csv examples/municipality/ examples/invalid/missing-date.yaml -o /tmp/minutes-summary-invalid.csv; ls /tmp/minutes-summary-invalid.csv 2>&1 | sed 's/.*cannot access.*/not written/'
examples/invalid/missing-date.yaml:2:1: error[required]: /: missing required key "date"
 2 | title: Weekly sync
   | ^
minutes: nothing written: 12 files: 11 valid, 1 invalid (1 error, 0 warnings)
not written
[exit 0]

$ minutes summary --as-of 2024-12-31 --keep-going --year 2023 --lang en examples/municipality/ examples/invalid/missing-date.yaml > /tmp/minutes-summary-kept.md; echo "exit $?"; head -8 /tmp/minutes-summary-kept.md
examples/invalid/missing-date.yaml:2:1: error[required]: /: missing required key "date"
 2 | title: Weekly sync
   | ^
minutes: 1 record left out of the report: 12 files: 11 valid, 1 invalid (1 error, 0 warnings)
exit 1
# Summary of minutes 2023

**Period:** 2023\
**As of:** 31 December 2024\
**Valid records read:** 11\
**Meetings in the period:** 5\
**Left out (invalid):** 1
[exit 0]

$ minutes summary --as-of 2024-12-31 --keep-going -t csv --table tags --year 2024 examples/municipality/ examples/invalid/missing-date.yaml
examples/invalid/missing-date.yaml:2:1: error[required]: /: missing required key "date"
 2 | title: Weekly sync
   | ^
minutes: 1 record left out of the report: 12 files: 11 valid, 1 invalid (1 error, 0 warnings)
"year","tag","answers","votes"
"2024","aktivitetar","2","15"
"2024","arbeid","1","8"
"2024","friluft","1","10"
"2024","infrastructure","1","5"
"2024","musikk","1","9"
"2024","permits","1","8"
"2024","premises","1","14"
[exit 1]

# -o writes atomically, chooses the format by its extension, and never over an input.
$ minutes summary --as-of 2024-12-31 examples/municipality/ -o /tmp/minutes-summary.html && head -2 /tmp/minutes-summary.html
<!DOCTYPE html>
<html lang="nb">
[exit 0]

$ cp examples/municipality/2024-10-01-business-forum.yaml /tmp/minutes-forum.yaml && minutes summary --as-of 2024-12-31 -t md /tmp/minutes-forum.yaml -o /tmp/minutes-forum.yaml; cmp /tmp/minutes-forum.yaml examples/municipality/2024-10-01-business-forum.yaml && echo input unchanged
minutes: error: /tmp/minutes-forum.yaml: refusing to write over an input file
input unchanged
[exit 0]

# Usage errors exit 2.
$ minutes summary -t ics examples/municipality/
minutes: error: this command cannot write "ics"; it writes: markdown, html, txt, csv, json
[exit 2]

$ minutes summary -t csv --table people examples/municipality/
minutes: error: --table: unknown table "people"; the tables are: meetings, decisions, actions, answers, tags
Run 'minutes summary --help' for the options.
[exit 2]

$ minutes summary --year 2024 --from 2024-01-01 examples/municipality/
minutes: error: --year excludes --from
Run 'minutes summary --help' for the options.
[exit 2]

$ minutes summary --as-of 2024-02-30 examples/municipality/
minutes: error: --as-of: expected a date like 2024-12-31 or "today", got "2024-02-30" (February 2024 has 29 days)
[exit 2]

$ minutes summary --from 2024-06-01 --until 2024-01-01 examples/municipality/
minutes: error: --until 2024-01-01 is before --from 2024-06-01
[exit 2]

$ minutes summary examples/invalid/.minutesignore-does-not-exist
minutes: error: examples/invalid/.minutesignore-does-not-exist: No such file or directory
minutes: nothing written: 0 files: 0 valid, 0 invalid (0 errors, 0 warnings)
[exit 2]

# Old spellings: --to is the output format in every command (as in pandoc), the period ends with
# --until; --format is the style of diagnostics.
$ minutes summary --to 2024-12-31 examples/municipality/
minutes: error: --to is the output format now; for the last day of the period use --until 2024-12-31
[exit 2]

$ minutes summary --format md examples/municipality/
minutes: error: --format: "md" is an output format: use -t md (--format is the style of diagnostics: text, json, github, junit)
Run 'minutes summary --help' for the options.
[exit 2]

# Record problems can be reported as JSON on standard error, like validate's report.
$ minutes summary --format json --as-of 2024-12-31 -t csv examples/municipality/ examples/invalid/wrong-status.yaml 2>&1 >/dev/null | head -c 300; echo
{"version":1,"files":[
{"path":"examples/municipality/2023-02-14-formannskap.yaml","valid":true,"diagnostics":[]},
{"path":"examples/municipality/2023-03-21-business-forum.yaml","valid":true,"diagnostics":[]},
{"path":"examples/municipality/2023-04-18-formannskap.yaml","valid":true,"diagnostics":[]}
[exit 0]
