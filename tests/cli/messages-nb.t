# Messages in the user's language (docs/cli.md, "Language of messages"): Bokmål through
# LANGUAGE, Nynorsk through LANG (a locale this machine need not have generated), German. Rule
# ids, JSON keys, option names, paths and pointers stay as they are; the run itself sets
# LC_ALL=C.UTF-8, so LANG is only read once LC_ALL is taken away.
$ LANGUAGE=nb minutes validate examples/invalid/misspelt-key.yaml examples/invalid/impossible-date.yaml examples/invalid/end-before-start.yaml examples/invalid/duplicate-key.yaml examples/invalid/yaml-syntax.yaml examples/invalid/many-mistakes.yaml
examples/invalid/misspelt-key.yaml:6:1: error[unknown-key]: /locaton: ukjent nøkkel; mente du "location"?
 6 | locaton: Room 2.14
   | ^
examples/invalid/impossible-date.yaml:3:7: error[date]: /date: 2021-02-29 er ikke en dato i kalenderen: februar 2021 har 28 dager
 3 | date: 2021-02-29
   |       ^
examples/invalid/end-before-start.yaml:5:6: error[time-order]: /end: slutt 13:30 er ikke etter start 14:00
 5 | end: "13:30"
   |      ^
examples/invalid/duplicate-key.yaml:5:1: error[duplicate-key]: /title: nøkkelen "title" står to ganger; den ble først gitt på linje 2, kolonne 1
 5 | title: Weekly sync, week 18
   | ^
examples/invalid/yaml-syntax.yaml:9:8: error[yaml]: /: en liste i flytform "[" er ikke avsluttet med "]" (den åpnes på linje 8, kolonne 12)
 9 | actions:
   |        ^
examples/invalid/many-mistakes.yaml:6:8: error[pattern]: /start: forventet et klokkeslett som 18:00 (TT:MM, 24-timers), fant "25:00"
 6 | start: "25:00"
   |        ^
examples/invalid/many-mistakes.yaml:7:1: error[unknown-key]: /chair: ukjent nøkkel; forventet en av title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (eller en utvidelsesnøkkel som begynner med x-)
 7 | chair: Ada Brennan
   | ^
examples/invalid/many-mistakes.yaml:8:1: error[unknown-key]: /minute_taker: ukjent nøkkel; forventet en av title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (eller en utvidelsesnøkkel som begynner med x-)
 8 | minute_taker: Jonas Weber
   | ^
examples/invalid/many-mistakes.yaml:13:12: error[type]: /participants/1/count: forventet et heltall, fant "many"
 13 |     count: many
    |            ^
examples/invalid/many-mistakes.yaml:17:10: warning[due-before-meeting]: /actions/0/due: fristen 2024-04-30 er før møtet (2024-05-02)
 17 |     due: 2024-04-30
    |          ^
6 filer: 0 gyldige, 6 ugyldige (9 feil, 1 advarsel)
[exit 1]

# The JSON report: "rule" is the same in every language, only "message" is translated.
$ LANGUAGE=nb minutes validate --format json examples/invalid/impossible-date.yaml examples/invalid/duplicate-action-id.yaml
{"version":1,"files":[
{"path":"examples/invalid/impossible-date.yaml","valid":false,"diagnostics":[{"line":3,"column":7,"pointer":"/date","rule":"date","severity":"error","message":"2021-02-29 er ikke en dato i kalenderen: februar 2021 har 28 dager"}]},
{"path":"examples/invalid/duplicate-action-id.yaml","valid":false,"diagnostics":[{"line":13,"column":9,"pointer":"/actions/1/id","rule":"duplicate-id","severity":"error","message":"id \"A1\" er allerede brukt av /actions/0"}]}
],"summary":{"files":2,"valid":0,"invalid":2,"unreadable":0,"errors":2,"warnings":0}}
[exit 1]

$ LANGUAGE=nb minutes validate --format github examples/invalid/next-meeting-before.yaml
::error file=examples/invalid/next-meeting-before.yaml,line=10,col=9,title=minutes [next-meeting]::/next_meeting/date: neste møte (2024-04-25) må komme etter dette møtet (2024-05-02)
1 fil: 0 gyldige, 1 ugyldig (1 feil, 0 advarsler)
[exit 1]

$ LANGUAGE=nb minutes validate examples/
14 filer: 14 gyldige, 0 ugyldige (0 feil, 0 advarsler)
[exit 0]

$ printf 'title: Styremøte\ndate: 2024-02-30\nstart: "25:00"\n' | LANGUAGE=nb minutes validate -
<stdin>:2:7: error[date]: /date: 2024-02-30 er ikke en dato i kalenderen: februar 2024 har 29 dager
 2 | date: 2024-02-30
   |       ^
<stdin>:3:8: error[pattern]: /start: forventet et klokkeslett som 18:00 (TT:MM, 24-timers), fant "25:00"
 3 | start: "25:00"
   |        ^
1 fil: 0 gyldige, 1 ugyldig (2 feil, 0 advarsler)
[exit 1]

# The read loop's closing lines: nothing written, or what was left out of a report.
$ LANGUAGE=nb minutes summary examples/2024-03-05-board-meeting.yaml examples/invalid/alias.yaml > /dev/null
examples/invalid/alias.yaml:4:11: error[alias]: /location: ankere (&navn) støttes ikke: skriv hver verdi helt ut
 4 | location: &room Room 2.14
   |           ^
examples/invalid/alias.yaml:11:13: error[alias]: /next_meeting/location: aliaser (*navn) støttes ikke: skriv verdien helt ut
 11 |   location: *room
    |             ^
minutes: ingenting skrevet: 2 filer: 1 gyldig, 1 ugyldig (2 feil, 0 advarsler)
[exit 1]

$ LANGUAGE=nb minutes summary --keep-going examples/2024-03-05-board-meeting.yaml examples/invalid/alias.yaml examples/invalid/bad-due-date.yaml > /dev/null
examples/invalid/alias.yaml:4:11: error[alias]: /location: ankere (&navn) støttes ikke: skriv hver verdi helt ut
 4 | location: &room Room 2.14
   |           ^
examples/invalid/alias.yaml:11:13: error[alias]: /next_meeting/location: aliaser (*navn) støttes ikke: skriv verdien helt ut
 11 |   location: *room
    |             ^
examples/invalid/bad-due-date.yaml:12:10: error[format]: /actions/0/due: forventet en dato som 2020-03-24, fant "next friday"
 12 |     due: next friday
    |          ^
minutes: 2 referater utelatt fra rapporten: 3 filer: 1 gyldig, 2 ugyldige (3 feil, 0 advarsler)
[exit 1]

$ LANGUAGE=nb minutes actions --overdue --fail-on-overdue --as-of 2024-12-31 examples/2024-03-05-board-meeting.yaml > /dev/null
examples/2024-03-05-board-meeting.yaml: forsinket 284 dager: "Sign the contract with Hollis Roofing Ltd and agree a start date" (id "A-2024-03-1", ansvarlig "Daniel Osei", frist 2024-03-22)
examples/2024-03-05-board-meeting.yaml: forsinket 273 dager: "Send the approved accounts and the auditor's report with the AGM notice" (id "A-2024-03-3", ansvarlig "Priya Raman", frist 2024-04-02)
examples/2024-03-05-board-meeting.yaml: forsinket 259 dager: "Draft a hardship discount for members on low incomes" (id "A-2024-03-2", ansvarlig "Tomasz Nowak", frist 2024-04-16)
minutes: 3 tiltak er forsinket per 2024-12-31
[exit 3]

$ LANGUAGE=nb minutes validate finnes-ikke.yaml tests/cli
minutes: feil: finnes-ikke.yaml: Filen eller mappen finnes ikke
[exit 2]

$ LANGUAGE=nb minutes valdate examples/
minutes: feil: ukjent kommando "valdate" (mente du "validate"?); kommandoene er: validate, render, formats, summary, actions, import, new, schema
[exit 2]

$ LANGUAGE=nb minutes render --fromat html examples/
minutes: feil: ukjent valg "--fromat" (mente du "--format"?)
Kjør «minutes render --help» for å se valgene.
[exit 2]

$ LANGUAGE=nb minutes summary --from 2024-02-30 examples/
minutes: feil: --from: forventet en dato som 2024-12-31 eller "today", fant "2024-02-30" (februar 2024 har 29 dager)
[exit 2]

$ LANGUAGE=nb minutes render -t htlm examples/2024-03-05-board-meeting.yaml
minutes: feil: ukjent format "htlm" (mente du "html"?); formatene er: markdown, html, txt, csv, json, ics
[exit 2]

$ LANGUAGE=nb minutes new --title '' --lang nb
minutes: feil: tittelen er tom
[exit 2]

$ printf '\n\n' | LANGUAGE=nb minutes import -
<stdin>:1:1: error[import]: filen har bare tomme linjer: det er ingenting å importere
[exit 1]

$ printf 'title: Styremøte\ndate: 2020-02-25\ntimezone: Europe/Olso\n' | LANGUAGE=nb minutes validate -
<stdin>:3:11: error[timezone]: /timezone: ukjent tidssone "Europe/Olso"; mente du "Europe/Oslo"?
 3 | timezone: Europe/Olso
   |           ^
1 fil: 0 gyldige, 1 ugyldig (1 feil, 0 advarsler)
[exit 1]

# Nynorsk from LANG alone: nn_NO.UTF-8 is not generated here, and the catalog is found anyway.
$ env -u LC_ALL -u LANGUAGE LANG=nn_NO.UTF-8 minutes validate examples/invalid/misspelt-key.yaml examples/invalid/impossible-date.yaml examples/invalid/many-mistakes.yaml
examples/invalid/misspelt-key.yaml:6:1: error[unknown-key]: /locaton: ukjend nøkkel; meinte du "location"?
 6 | locaton: Room 2.14
   | ^
examples/invalid/impossible-date.yaml:3:7: error[date]: /date: 2021-02-29 er ikkje ein dato i kalenderen: februar 2021 har 28 dagar
 3 | date: 2021-02-29
   |       ^
examples/invalid/many-mistakes.yaml:6:8: error[pattern]: /start: venta eit klokkeslett som 18:00 (TT:MM, 24-timars), fann "25:00"
 6 | start: "25:00"
   |        ^
examples/invalid/many-mistakes.yaml:7:1: error[unknown-key]: /chair: ukjend nøkkel; venta ein av title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (eller ein utvidingsnøkkel som byrjar med x-)
 7 | chair: Ada Brennan
   | ^
examples/invalid/many-mistakes.yaml:8:1: error[unknown-key]: /minute_taker: ukjend nøkkel; venta ein av title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (eller ein utvidingsnøkkel som byrjar med x-)
 8 | minute_taker: Jonas Weber
   | ^
examples/invalid/many-mistakes.yaml:13:12: error[type]: /participants/1/count: venta eit heiltal, fann "many"
 13 |     count: many
    |            ^
examples/invalid/many-mistakes.yaml:17:10: warning[due-before-meeting]: /actions/0/due: fristen 2024-04-30 er før møtet (2024-05-02)
 17 |     due: 2024-04-30
    |          ^
3 filer: 0 gyldige, 3 ugyldige (6 feil, 1 åtvaring)
[exit 1]

$ env -u LC_ALL -u LANGUAGE LANG=nn_NO.UTF-8 minutes validate --format json examples/invalid/end-before-start.yaml
{"version":1,"files":[
{"path":"examples/invalid/end-before-start.yaml","valid":false,"diagnostics":[{"line":5,"column":6,"pointer":"/end","rule":"time-order","severity":"error","message":"slutt 13:30 er ikkje etter start 14:00"}]}
],"summary":{"files":1,"valid":0,"invalid":1,"unreadable":0,"errors":1,"warnings":0}}
[exit 1]

$ LANGUAGE=de minutes validate examples/invalid/misspelt-key.yaml examples/invalid/impossible-date.yaml examples/invalid/duplicate-key.yaml examples/invalid/group-count-zero.yaml
examples/invalid/misspelt-key.yaml:6:1: error[unknown-key]: /locaton: unbekannter Schlüssel; meinten Sie "location"?
 6 | locaton: Room 2.14
   | ^
examples/invalid/impossible-date.yaml:3:7: error[date]: /date: 2021-02-29 ist kein Kalenderdatum: Februar 2021 hat 28 Tage
 3 | date: 2021-02-29
   |       ^
examples/invalid/duplicate-key.yaml:5:1: error[duplicate-key]: /title: doppelter Schlüssel "title"; er steht zuerst in Zeile 2, Spalte 1
 5 | title: Weekly sync, week 18
   | ^
examples/invalid/group-count-zero.yaml:9:12: error[minimum]: /participants/1/count: erwartet: eine ganze Zahl ≥ 1, gefunden: 0
 9 |     count: 0
   |            ^
4 Dateien: 0 gültig, 4 ungültig (4 Fehler, 0 Warnungen)
[exit 1]

$ LANGUAGE=de minutes validate --format json examples/invalid/duplicate-key.yaml
{"version":1,"files":[
{"path":"examples/invalid/duplicate-key.yaml","valid":false,"diagnostics":[{"line":5,"column":1,"pointer":"/title","rule":"duplicate-key","severity":"error","message":"doppelter Schlüssel \"title\"; er steht zuerst in Zeile 2, Spalte 1"}]}
],"summary":{"files":1,"valid":0,"invalid":1,"unreadable":0,"errors":1,"warnings":0}}
[exit 1]

# English: LC_ALL=C asks for untranslated messages whatever LANGUAGE says; English first in
# LANGUAGE wins over the languages after it; without its catalogs the program speaks English.
$ LC_ALL=C LANGUAGE=nb minutes validate examples/invalid/impossible-date.yaml
examples/invalid/impossible-date.yaml:3:7: error[date]: /date: 2021-02-29 is not a calendar date: February 2021 has 28 days
 3 | date: 2021-02-29
   |       ^
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ LANGUAGE=en:nb minutes validate examples/invalid/impossible-date.yaml
examples/invalid/impossible-date.yaml:3:7: error[date]: /date: 2021-02-29 is not a calendar date: February 2021 has 28 days
 3 | date: 2021-02-29
   |       ^
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ MINUTES_LOCALEDIR=/nonexistent LANGUAGE=nb minutes validate examples/invalid/impossible-date.yaml
examples/invalid/impossible-date.yaml:3:7: error[date]: /date: 2021-02-29 is not a calendar date: February 2021 has 28 days
 3 | date: 2021-02-29
   |       ^
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

# Hints where a Norwegian habit meets the format, in Norwegian.
$ printf 'title: Styremøte\ndate: 25.02.2020\nstart: 18.00\nend: 21:00\nstatus: godkjent\ndeltakere:\n  - name: Kari Nordmann\n' | LANGUAGE=nb minutes validate -
<stdin>:2:7: error[format]: /date: forventet en dato som 2020-03-24, fant "25.02.2020"; skriv 2020-02-25
 2 | date: 25.02.2020
   |       ^
<stdin>:3:8: error[type]: /start: forventet et klokkeslett som 18:00 (TT:MM, 24-timers), fant 18.00, som YAML leser som et tall; skriv "18:00" i anførselstegn
 3 | start: 18.00
   |        ^
<stdin>:5:9: error[enum]: /status: forventet en av draft, approved; fant "godkjent"; mente du "approved"?
 5 | status: godkjent
   |         ^
<stdin>:6:1: error[unknown-key]: /deltakere: ukjent nøkkel; mente du "participants"?
 6 | deltakere:
   | ^
1 fil: 0 gyldige, 1 ugyldig (4 feil, 0 advarsler)
[exit 1]

$ printf 'title: Styremøte\ndate: 2020-02-25\nstart: "kl. 18"\nactions:\n  - task: Send innkalling\n    owner: Kari\n    due: 31.02.2020\n' | env -u LC_ALL -u LANGUAGE LANG=nn_NO.UTF-8 minutes validate -
<stdin>:3:8: error[pattern]: /start: venta eit klokkeslett som 18:00 (TT:MM, 24-timars), fann "kl. 18"; skriv "18:00"
 3 | start: "kl. 18"
   |        ^
<stdin>:7:10: error[format]: /actions/0/due: venta ein dato som 2020-03-24, fann "31.02.2020", som ikkje er ein dato i kalenderen: februar 2020 har 29 dagar
 7 |     due: 31.02.2020
   |          ^
1 fil: 0 gyldige, 1 ugyldig (2 feil, 0 åtvaringar)
[exit 1]
