# minutes render: validation first, atomic outputs, never over an input.
$ minutes render examples/invalid/misspelt-key.yaml -o /tmp/minutes-render-invalid.html; ls /tmp/minutes-render-invalid.html 2>&1 | sed 's/.*cannot access.*/not written/'
examples/invalid/misspelt-key.yaml:6:1: error[unknown-key]: /locaton: unknown key; did you mean "location"?
 6 | locaton: Room 2.14
   | ^
minutes: nothing written: 1 file: 0 valid, 1 invalid (1 error, 0 warnings)
not written
[exit 0]

$ cp examples/2024-03-05-board-meeting.yaml /tmp/minutes-board.yaml && minutes render -t md /tmp/minutes-board.yaml -o /tmp/minutes-board.yaml; cmp /tmp/minutes-board.yaml examples/2024-03-05-board-meeting.yaml && echo input unchanged
minutes: error: /tmp/minutes-board.yaml: refusing to write over an input file
input unchanged
[exit 0]

$ ln -sf /tmp/minutes-board.yaml /tmp/minutes-board-link.md && minutes render /tmp/minutes-board.yaml -o /tmp/minutes-board-link.md; cmp /tmp/minutes-board.yaml examples/2024-03-05-board-meeting.yaml && echo input unchanged
minutes: error: /tmp/minutes-board-link.md: refusing to write over an input file
input unchanged
[exit 0]

$ minutes render examples/2024-03-05-board-meeting.yaml -o /dev/null
minutes: error: cannot tell the format from "/dev/null"; use -t with one of: markdown, html, txt, csv, json, ics
[exit 2]

$ d=$(mktemp -d) && minutes render -d "$d/site" -t html examples/ && ls "$d/site"; rm -r "$d"
2020-02-25-dialogmote-naeringslivet.html
2023-02-14-formannskap.html
2023-03-21-business-forum.html
2023-04-18-formannskap.html
2023-09-19-business-forum.html
2023-11-28-ungdomsradet.html
2024-01-23-formannskap.html
2024-03-05-board-meeting.html
2024-03-12-formannskap.html
2024-03-19-business-forum.html
2024-06-04-ungdomsradet.html
2024-06-12-working-group.html
2024-10-01-business-forum.html
2024-11-26-formannskap.html
[exit 0]

$ d=$(mktemp -d) && minutes render -d "$d" -t html examples/ examples/invalid/missing-date.yaml; ls -A "$d" | wc -l; rm -r "$d"
examples/invalid/missing-date.yaml:2:1: error[required]: /: missing required key "date"
 2 | title: Weekly sync
   | ^
minutes: nothing written: 15 files: 14 valid, 1 invalid (1 error, 0 warnings)
0
[exit 0]

$ sed 's/^language: en/language: fr/' examples/2024-06-12-working-group.yaml | minutes render - | head -3
<stdin>: warning: no labels for language "fr"; using English (known: en, nb, nn, de)
# Spring regatta working group, review meeting

**Date:** 12 June 2024\
[exit 0]

$ minutes render -t csv --table actions examples/ | head -3
"file","date","meeting","position","id","task","owner","due","status"
"examples/2020-02-25-dialogmote-naeringslivet.yaml","2020-02-25","Dialogmøte med næringslivet","1","","Representanten for næringslivet ønskes utpekt frem til 24.mars","","2020-03-24","open"
"examples/2024-03-05-board-meeting.yaml","2024-03-05","Board meeting, March 2024","1","A-2024-03-1","Sign the contract with Hollis Roofing Ltd and agree a start date","Daniel Osei","2024-03-22","open"
[exit 0]

$ minutes render -t json examples/2024-06-12-working-group.yaml | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['title'], d['attendance'], len(d['actions']))"
Spring regatta working group, review meeting 6 4
[exit 0]

# The seed's Markdown, read by a GFM parser: 5 tables (actions: 4 cells; grids of 16, 16, 12 and 8 cells).
$ md=tests/golden/expected/2020-02-25-dialogmote-naeringslivet.nb.md; cmark-gfm -e table "$md" | grep -c '<table>'; cmark-gfm -e table "$md" | grep -o '<td' | wc -l
5
56
[exit 0]

# The seed's workshop CSV, read by Python's csv module, gives back all 51 answers in grid order.
$ minutes render -t csv examples/2020-02-25-dialogmote-naeringslivet.yaml | python3 -c "import csv,sys; rows=list(csv.DictReader(sys.stdin)); print(len(rows), rows[0]['answer'], '|', rows[-1]['answer'], '|', rows[14]['row'], rows[14]['column'])"
51 Ligger sentralt mellom Oslo, Fredrikstad, Sarpsborg, Indre Østfold | Felles lunsjmøteplass for næringsdrivende i Meieribyen | 4 3
[exit 0]

# --lang is checked the same way in every command: a language without labels is a usage error.
$ minutes render --lang fr examples/2024-06-12-working-group.yaml
minutes: error: --lang: no labels for language "fr"; the languages are: en, nb, nn, de
Run 'minutes render --help' for the options.
[exit 2]

# The output format is chosen by what it takes (docs/adding-an-emitter.md): a table format
# streams every input into one output; a document or record format needs -d for several.
$ minutes render -t json examples/municipality/
minutes: error: 11 inputs: use -d DIR to write one json file per input
[exit 2]

$ minutes render -t ics -o /tmp/minutes-render-out.ics examples/2024-03-05-board-meeting.yaml && head -2 /tmp/minutes-render-out.ics
BEGIN:VCALENDAR
VERSION:2.0
[exit 0]

# Calendars keep the meeting's local time (docs/cli.md, ics): the record's timezone, else --tz,
# else floating; the renderer's TZ changes nothing.
$ TZ=UTC minutes render -t ics examples/2020-02-25-dialogmote-naeringslivet.yaml > /tmp/minutes-utc.ics && TZ=America/New_York minutes render -t ics examples/2020-02-25-dialogmote-naeringslivet.yaml | cmp - /tmp/minutes-utc.ics && grep -a -e '^DTSTART;' -e '^DTEND;' -e '^TZID' /tmp/minutes-utc.ics | tr -d '\r'
TZID:Europe/Oslo
DTSTART;TZID=Europe/Oslo:20200324T180000
DTEND;TZID=Europe/Oslo:20200324T210000
[exit 0]

$ minutes render -t ics --tz America/New_York examples/2020-02-25-dialogmote-naeringslivet.yaml | grep -a '^DTSTART;' | tr -d '\r'
DTSTART;TZID=Europe/Oslo:20200324T180000
[exit 0]

$ minutes render -t ics examples/2024-03-05-board-meeting.yaml | grep -a -e '^DTSTART' -e '^DTEND' | tr -d '\r'
DTSTART:20240416T183000
DTEND:20240416T203000
[exit 0]

$ minutes render -t ics --tz Europe/London examples/2024-03-05-board-meeting.yaml | grep -a -e '^DTSTART;' -e '^DTEND;' | tr -d '\r'
DTSTART;TZID=Europe/London:20240416T183000
DTEND;TZID=Europe/London:20240416T203000
[exit 0]

$ minutes render -t ics --tz Europe/Olso examples/2024-03-05-board-meeting.yaml
minutes: error: examples/2024-03-05-board-meeting.yaml: unknown time zone "Europe/Olso"; did you mean "Europe/Oslo"?
minutes: nothing written: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
[exit 2]

$ printf 'title: Styremøte\ndate: 2024-03-05\ntimezone: Europe/Olso\n' | minutes render -t ics -
<stdin>:3:11: error[timezone]: /timezone: unknown time zone "Europe/Olso"; did you mean "Europe/Oslo"?
 3 | timezone: Europe/Olso
   |           ^
minutes: nothing written: 1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

# Nothing to put in a calendar: an empty one, exit 0. SOURCE_DATE_EPOCH sets DTSTAMP.
$ printf 'title: Styremøte\ndate: 2024-03-05\n' | minutes render -t ics - | tr -d '\r'
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//minutes//minutes 0.1//EN
CALSCALE:GREGORIAN
END:VCALENDAR
[exit 0]

$ printf 'title: Styremøte\ndate: 2024-03-05\nrevision: 2\nactions:\n  - {task: Sende referat, due: 2024-03-08}\n' | SOURCE_DATE_EPOCH=1709654400 minutes render -t ics - | grep -a -e DTSTAMP -e SEQUENCE | tr -d '\r'
DTSTAMP:20240305T160000Z
SEQUENCE:2
[exit 0]

$ printf 'title: Styremøte\ndate: 2024-03-05\n' | SOURCE_DATE_EPOCH=yesterday minutes render -t ics -
minutes: error: <stdin>: SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 00:00 UTC, such as 1700000000, got "yesterday"
minutes: nothing written: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
[exit 2]

# Old spellings name the new ones; misspelt options get a suggestion.
$ minutes render --format csv examples/2024-03-05-board-meeting.yaml
minutes: error: --format: "csv" is an output format: use -t csv (--format is the style of diagnostics: text, json, github, junit)
Run 'minutes render --help' for the options.
[exit 2]

$ minutes render --tabel actions examples/2024-03-05-board-meeting.yaml
minutes: error: unknown option "--tabel" (did you mean "--table"?)
Run 'minutes render --help' for the options.
[exit 2]

$ minutes rendr examples/
minutes: error: unknown command "rendr" (did you mean "render"?); the commands are: validate, render, formats, summary, actions, import, new, schema
[exit 2]

# An output that fails part-way (here: a file size limit) is reported once, not once per record
# after it, and leaves neither the file nor its temporary behind.
$ (trap '' XFSZ; ulimit -f 1; minutes render -t csv --table participants -o /tmp/minutes-big.csv examples/ examples/municipality/ tests/golden/hostile.yaml); echo "status $?"; ls /tmp/minutes-big.csv /tmp/.minutes-big.csv.* 2>&1 | sed 's/^ls: //'
minutes: error: /tmp/minutes-big.csv: cannot write: File too large
minutes: nothing written: 26 files: 26 valid, 0 invalid (0 errors, 0 warnings)
status 2
cannot access '/tmp/minutes-big.csv': No such file or directory
cannot access '/tmp/.minutes-big.csv.*': No such file or directory
[exit 0]
