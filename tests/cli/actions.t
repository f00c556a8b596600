# minutes actions: the action register across records; always with --as-of here.
$ minutes actions --as-of 2024-12-31 --lang en examples/municipality/ | head -8
# Action register

**As of:** 31 December 2024\
**Actions:** 16\
**Open:** 4\
**Overdue:** 2

**Actions**
[exit 0]

$ minutes actions --as-of 2024-12-31 --open -t csv examples/municipality/ | cut -d, -f1-8
"id","id_derived","task","owner","due","status","overdue","days_overdue"
"BF-3","no","Find out what it costs to convert the old post office into shared offices","Jonas Becker","2024-11-15","open","yes","46"
"2024-11-26-formannskap#4","yes","Invitere frivilligsentralen til befaring i det gamle postkontoret","Sigrid Haugland","2024-12-10","open","yes","21"
"FS-24-3","no","Sende budsjettvedtaket til Statsforvalteren","Tor Arne Melby","2025-01-15","open","no",""
"BF-4","no","Write the rules for the business award","Ravi Menon","2025-01-31","open","no",""
[exit 0]

$ minutes actions --as-of 2024-12-31 --owner "jonas becker" -t json examples/municipality/ | python3 -c "import json,sys; d=json.load(sys.stdin); print([(a['id'], a['status'], a['days_overdue'], a['first_raised']['date'], a['records']) for a in d['actions']])"
[('BF-3', 'open', 46, '2024-03-19', 2)]
[exit 0]

# For CI: exit 1 and one line per late action on standard error.
$ minutes actions --as-of 2024-12-31 --fail-on-overdue examples/municipality/ > /dev/null
examples/municipality/2024-10-01-business-forum.yaml: overdue 46 days: "Find out what it costs to convert the old post office into shared offices" (id "BF-3", owner "Jonas Becker", due 2024-11-15)
examples/municipality/2024-11-26-formannskap.yaml: overdue 21 days: "Invitere frivilligsentralen til befaring i det gamle postkontoret" (id "2024-11-26-formannskap#4", owner "Sigrid Haugland", due 2024-12-10)
minutes: 2 actions overdue as of 2024-12-31
[exit 3]

$ set -o pipefail; minutes actions --as-of 2024-12-31 --overdue --fail-on-overdue --owner "Sigrid Haugland" -t csv examples/municipality/ | cut -d, -f1-5
examples/municipality/2024-11-26-formannskap.yaml: overdue 21 days: "Invitere frivilligsentralen til befaring i det gamle postkontoret" (id "2024-11-26-formannskap#4", owner "Sigrid Haugland", due 2024-12-10)
minutes: 1 action overdue as of 2024-12-31
"id","id_derived","task","owner","due"
"2024-11-26-formannskap#4","yes","Invitere frivilligsentralen til befaring i det gamle postkontoret","Sigrid Haugland","2024-12-10"
[exit 3]

$ set -o pipefail; minutes actions --as-of 2024-11-01 --fail-on-overdue --open -t csv examples/municipality/ | cut -d, -f1,5,7
"id","due","overdue"
"BF-3","2024-11-15","no"
"2024-11-26-formannskap#4","2024-12-10","no"
"FS-24-3","2025-01-15","no"
"BF-4","2025-01-31","no"
[exit 0]

$ minutes actions --as-of 2024-12-31 --fail-on-overdue --owner "Ravi Menon" examples/municipality/ > /dev/null
[exit 0]

$ minutes actions --as-of 2025-02-15 --open -t ics examples/municipality/ | grep -c BEGIN:VTODO
4
[exit 0]

# Nothing overdue: a nightly calendar export still gets a valid, empty calendar and exit 0
# (it used to exit 1, "nothing to put in a calendar"). Line ends are CRLF, shown here without CR.
$ set -o pipefail; minutes actions --as-of 2024-01-01 --overdue -t ics examples/municipality/ | tr -d '\r'
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//minutes//minutes 0.1//EN
CALSCALE:GREGORIAN
END:VCALENDAR
[exit 0]

$ d=$(mktemp -d) && minutes actions --as-of 2024-01-01 --overdue --fail-on-overdue -o "$d/late.ics" examples/municipality/ && /usr/bin/python3 -c "import icalendar,sys; c=icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read()); print(c.name, len(c.subcomponents), 'components')" "$d/late.ics"; rm -rf "$d"
VCALENDAR 0 components
[exit 0]

# The output is the same for any number of jobs.
$ minutes actions -j 1 --as-of 2024-12-31 -t json examples/ > /tmp/minutes-actions-j1.json && minutes actions -j 2 --as-of 2024-12-31 -t json examples/ > /tmp/minutes-actions-j2.json && cmp /tmp/minutes-actions-j1.json /tmp/minutes-actions-j2.json && echo same
same
[exit 0]

# An invalid record: nothing is written, unless --keep-going, which still exits 1.
$ minutes actions --as-of 2024-12-31 examples/municipality/ examples/invalid/bad-due-date.yaml
examples/invalid/bad-due-date.yaml:12:10: error[format]: /actions/0/due: expected a date like 2020-03-24, got "next friday"
 12 |     due: next friday
    |          ^
minutes: nothing written: 12 files: 11 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ set -o pipefail; minutes actions --as-of 2024-12-31 --keep-going --overdue -t csv examples/municipality/ examples/invalid/bad-due-date.yaml | cut -d, -f1-3
examples/invalid/bad-due-date.yaml:12:10: error[format]: /actions/0/due: expected a date like 2020-03-24, got "next friday"
 12 |     due: next friday
    |          ^
minutes: 1 record left out of the report: 12 files: 11 valid, 1 invalid (1 error, 0 warnings)
"id","id_derived","task"
"BF-3","no","Find out what it costs to convert the old post office into shared offices"
"2024-11-26-formannskap#4","yes","Invitere frivilligsentralen til befaring i det gamle postkontoret"
[exit 1]

$ minutes actions -t pdf examples/municipality/
minutes: error: unknown format "pdf"; the formats are: markdown, html, txt, csv, json, ics
[exit 2]

$ minutes actions --as-of yesterday examples/municipality/
minutes: error: --as-of: expected a date like 2024-12-31 or "today", got "yesterday"
[exit 2]

# A late action is its own exit status (3), so that CI can tell it from an invalid record (1);
# in GitHub Actions each late action is an annotation.
$ minutes actions --as-of 2024-12-31 --overdue --fail-on-overdue --format github -t csv examples/municipality/ 2>&1 >/dev/null
::error file=examples/municipality/2024-10-01-business-forum.yaml,title=overdue action::overdue 46 days: "Find out what it costs to convert the old post office into shared offices" (id "BF-3", owner "Jonas Becker", due 2024-11-15)
::error file=examples/municipality/2024-11-26-formannskap.yaml,title=overdue action::overdue 21 days: "Invitere frivilligsentralen til befaring i det gamle postkontoret" (id "2024-11-26-formannskap#4", owner "Sigrid Haugland", due 2024-12-10)
minutes: 2 actions overdue as of 2024-12-31
[exit 3]

$ set -o pipefail; minutes actions --as-of 2024-12-31 --fail-on-overdue -t csv examples/municipality/ examples/invalid/wrong-status.yaml 2>&1 >/dev/null | tail -n 1
minutes: nothing written: 12 files: 11 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

# Every name and alias of the registry is recognised as the old spelling of -t.
$ minutes actions --format ical examples/municipality/
minutes: error: --format: "ical" is an output format: use -t ical (--format is the style of diagnostics: text, json, github, junit)
Run 'minutes actions --help' for the options.
[exit 2]
