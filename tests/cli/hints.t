# Hints where a Norwegian (German, Swedish) habit meets the format: docs/format.md, Hints.
# A record written with Norwegian keys, values, dates and times: every message says what to write.
$ minutes validate tests/hints/norske-vaner.yaml
tests/hints/norske-vaner.yaml:3:1: error[unknown-key]: /tittel: unknown key; did you mean "title"?
 3 | tittel: Styremøte i Eksempel vel
   | ^
tests/hints/norske-vaner.yaml:3:1: error[required]: /: missing required key "title"
 3 | tittel: Styremøte i Eksempel vel
   | ^
tests/hints/norske-vaner.yaml:4:7: error[format]: /date: expected a date like 2020-03-24, got "05.03.2024"; write 2024-03-05
 4 | date: 05.03.2024
   |       ^
tests/hints/norske-vaner.yaml:5:8: error[type]: /start: expected a time like 18:00 (HH:MM, 24-hour), got 18.00, which YAML reads as a number; write "18:00" in quotes
 5 | start: 18.00
   |        ^
tests/hints/norske-vaner.yaml:6:6: error[pattern]: /end: expected a time like 18:00 (HH:MM, 24-hour), got "kl. 21"; write "21:00"
 6 | end: kl. 21
   |      ^
tests/hints/norske-vaner.yaml:7:9: error[enum]: /status: expected one of draft, approved; got "godkjent"; did you mean "approved"?
 7 | status: godkjent
   |         ^
tests/hints/norske-vaner.yaml:8:1: error[unknown-key]: /deltakere: unknown key; did you mean "participants"?
 8 | deltakere:
   | ^
tests/hints/norske-vaner.yaml:13:13: error[enum]: /participants/0/status: expected one of present, regrets, absent, guest; got "forfall"; did you mean "regrets"?
 13 |     status: forfall
    |             ^
tests/hints/norske-vaner.yaml:16:5: error[unknown-key]: /actions/0/ansvarlig: unknown key; did you mean "owner"?
 16 |     ansvarlig: Åse Øvrebø
    |     ^
tests/hints/norske-vaner.yaml:17:10: error[format]: /actions/0/due: expected a date like 2020-03-24, got "1.4.2024"; write 2024-04-01
 17 |     due: 1.4.2024
    |          ^
tests/hints/norske-vaner.yaml:18:13: error[enum]: /actions/0/status: expected one of open, done, cancelled; got "ferdig"; did you mean "done"?
 18 |     status: ferdig
    |             ^
tests/hints/norske-vaner.yaml:19:1: error[unknown-key]: /neste møte: unknown key; did you mean "next_meeting"?
 19 | neste møte:
    | ^
1 file: 0 valid, 1 invalid (12 errors, 0 warnings)
[exit 1]

# German and Swedish keys get their English names too.
$ minutes validate tests/hints/tyska-och-svenska.yaml
tests/hints/tyska-och-svenska.yaml:2:1: error[required]: /: missing required key "date"
 2 | title: Vorstandssitzung
   | ^
tests/hints/tyska-och-svenska.yaml:3:1: error[unknown-key]: /Datum: unknown key; did you mean "date"?
 3 | Datum: 5. März 2024
   | ^
tests/hints/tyska-och-svenska.yaml:4:1: error[unknown-key]: /Teilnehmer: unknown key; did you mean "participants"?
 4 | Teilnehmer: []
   | ^
tests/hints/tyska-och-svenska.yaml:5:1: error[unknown-key]: /Tagesordnung: unknown key; did you mean "agenda"?
 5 | Tagesordnung: []
   | ^
tests/hints/tyska-och-svenska.yaml:6:1: error[unknown-key]: /beslut: unknown key; did you mean "decisions"?
 6 | beslut: []
   | ^
tests/hints/tyska-och-svenska.yaml:7:1: error[unknown-key]: /åtgärder: unknown key; did you mean "actions"?
 7 | åtgärder: []
   | ^
tests/hints/tyska-och-svenska.yaml:8:1: error[unknown-key]: /nästa möte: unknown key; did you mean "next_meeting"?
 8 | nästa möte:
   | ^
1 file: 0 valid, 1 invalid (7 errors, 0 warnings)
[exit 1]

# The rule ids stay what they were; the hint is the end of the message.
$ minutes validate --format json tests/hints/norske-vaner.yaml | python3 -c "import json,sys; [print(d['rule'], json.dumps(d['pointer'], ensure_ascii=False)) for d in json.load(sys.stdin)['files'][0]['diagnostics']]"
unknown-key "/tittel"
required ""
format "/date"
type "/start"
pattern "/end"
enum "/status"
unknown-key "/deltakere"
enum "/participants/0/status"
unknown-key "/actions/0/ansvarlig"
format "/actions/0/due"
enum "/actions/0/status"
unknown-key "/neste møte"
[exit 0]

# Times as people write them; unquoted 18:00 is text in YAML 1.2 and valid; 25:00 gets no hint.
$ for t in 21.00 1800 21 '"18.00"' 'kl. 18' 18:00:00 9:00 '18 Uhr' '6 pm' '18.00-21.00' 18:00 25:00 21.5; do printf 'title: T\ndate: 2024-03-05\nend: %s\n' "$t" | minutes validate - | head -n 1; done
<stdin>:3:6: error[type]: /end: expected a time like 18:00 (HH:MM, 24-hour), got 21.00, which YAML reads as a number; write "21:00" in quotes
<stdin>:3:6: error[type]: /end: expected a time like 18:00 (HH:MM, 24-hour), got 1800, which YAML reads as a number; write "18:00" in quotes
<stdin>:3:6: error[type]: /end: expected a time like 18:00 (HH:MM, 24-hour), got 21, which YAML reads as a number; write "21:00" in quotes
<stdin>:3:6: error[pattern]: /end: expected a time like 18:00 (HH:MM, 24-hour), got "18.00"; write "18:00"
<stdin>:3:6: error[pattern]: /end: expected a time like 18:00 (HH:MM, 24-hour), got "kl. 18"; write "18:00"
<stdin>:3:6: error[pattern]: /end: expected a time like 18:00 (HH:MM, 24-hour), got "18:00:00"; write "18:00"
<stdin>:3:6: error[pattern]: /end: expected a time like 18:00 (HH:MM, 24-hour), got "9:00"; write "09:00"
<stdin>:3:6: error[pattern]: /end: expected a time like 18:00 (HH:MM, 24-hour), got "18 Uhr"; write "18:00"
<stdin>:3:6: error[pattern]: /end: expected a time like 18:00 (HH:MM, 24-hour), got "6 pm"; write "18:00"
<stdin>:3:6: error[pattern]: /end: expected a time like 18:00 (HH:MM, 24-hour), got "18.00-21.00"; write start: "18:00" and end: "21:00" as two keys
1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
<stdin>:3:6: error[pattern]: /end: expected a time like 18:00 (HH:MM, 24-hour), got "25:00"
<stdin>:3:6: error[type]: /end: expected a time like 18:00 (HH:MM, 24-hour), got 21.5
[exit 0]

# Dates as people write them, in every date field.
$ for d in 25.02.2020 25.2.2020 25/02/2020 02/25/2020 03/05/2024 2020.02.25 '25. februar 2020' 'February 25, 2020' 20200225 2020-02-25T18:00 30.02.2020 25.02.20; do printf 'title: T\ndate: %s\n' "$d" | minutes validate - | head -n 1; done
<stdin>:2:7: error[format]: /date: expected a date like 2020-03-24, got "25.02.2020"; write 2020-02-25
<stdin>:2:7: error[format]: /date: expected a date like 2020-03-24, got "25.2.2020"; write 2020-02-25
<stdin>:2:7: error[format]: /date: expected a date like 2020-03-24, got "25/02/2020"; write 2020-02-25
<stdin>:2:7: error[format]: /date: expected a date like 2020-03-24, got "02/25/2020"; write 2020-02-25
<stdin>:2:7: error[format]: /date: expected a date like 2020-03-24, got "03/05/2024"; write 2024-05-03 if the day comes first, 2024-03-05 if the month does
<stdin>:2:7: error[format]: /date: expected a date like 2020-03-24, got "2020.02.25"; write 2020-02-25
<stdin>:2:7: error[format]: /date: expected a date like 2020-03-24, got "25. februar 2020"; write 2020-02-25
<stdin>:2:7: error[format]: /date: expected a date like 2020-03-24, got "February 25, 2020"; write 2020-02-25
<stdin>:2:7: error[type]: /date: expected a date like 2020-03-24, got 20200225; write 2020-02-25
<stdin>:2:7: error[format]: /date: expected a date like 2020-03-24, got "2020-02-25T18:00"; write 2020-02-25
<stdin>:2:7: error[format]: /date: expected a date like 2020-03-24, got "30.02.2020", which is not a calendar date: February 2020 has 29 days
<stdin>:2:7: error[format]: /date: expected a date like 2020-03-24, got "25.02.20"
[exit 0]
$ printf 'title: T\ndate: 2024-03-05\nactions:\n  - task: t\n    due: 1.4.2024\nnext_meeting:\n  date: 2. april 2024\n' | minutes validate -
<stdin>:5:10: error[format]: /actions/0/due: expected a date like 2020-03-24, got "1.4.2024"; write 2024-04-01
 5 |     due: 1.4.2024
   |          ^
<stdin>:7:9: error[format]: /next_meeting/date: expected a date like 2020-03-24, got "2. april 2024"; write 2024-04-02
 7 |   date: 2. april 2024
   |         ^
1 file: 0 valid, 1 invalid (2 errors, 0 warnings)
[exit 1]

# Fixed values in Swedish, Nynorsk and German.
$ printf 'title: T\ndate: 2024-03-05\nstatus: justerat\nparticipants:\n  - name: Kari\n    status: ikkje møtt\nactions:\n  - task: t\n    status: erledigt\n' | minutes validate -
<stdin>:3:9: error[enum]: /status: expected one of draft, approved; got "justerat"; did you mean "approved"?
 3 | status: justerat
   |         ^
<stdin>:6:13: error[enum]: /participants/0/status: expected one of present, regrets, absent, guest; got "ikkje møtt"; did you mean "absent"?
 6 |     status: ikkje møtt
   |             ^
<stdin>:9:13: error[enum]: /actions/0/status: expected one of open, done, cancelled; got "erledigt"; did you mean "done"?
 9 |     status: erledigt
   |             ^
1 file: 0 valid, 1 invalid (3 errors, 0 warnings)
[exit 1]

# --owner ignores the case of every letter, not only of A to Z; it does not ignore accents.
$ minutes actions --as-of 2024-03-06 --owner "åse øvrebø" -t csv tests/hints/owners/ | cut -d, -f1,4
"id","owner"
"A-1","Åse Øvrebø"
[exit 0]
$ minutes actions --as-of 2024-03-06 --owner "ÅSE ØVREBØ" -t csv tests/hints/owners/ | cut -d, -f1,4
"id","owner"
"A-1","Åse Øvrebø"
[exit 0]
$ minutes actions --as-of 2024-03-06 --owner "ase ovrebo" -t csv tests/hints/owners/ | cut -d, -f1,4
"id","owner"
"A-2","Ase Ovrebo"
[exit 0]
$ minutes actions --as-of 2024-03-06 --owner "ΣΟΦΊΑ ΠΑΠΑΔΟΠΟΎΛΟΥ" -t csv tests/hints/owners/ | cut -d, -f1,4
"id","owner"
"A-3","Σοφία Παπαδοπούλου"
[exit 0]
$ minutes actions --as-of 2024-03-06 --owner "  štěpán žáček " -t csv tests/hints/owners/ | cut -d, -f1,4
"id","owner"
"A-4","ŠTĚPÁN ŽÁČEK"
[exit 0]
