# Each invalid example, with its exact diagnostics.
$ minutes validate examples/invalid/
examples/invalid/alias.yaml:4:11: error[alias]: /location: anchors (&name) are not supported: write each value out in full
 4 | location: &room Room 2.14
   |           ^
examples/invalid/alias.yaml:11:13: error[alias]: /next_meeting/location: aliases (*name) are not supported: write the value out in full
 11 |   location: *room
    |             ^
examples/invalid/bad-due-date.yaml:12:10: error[format]: /actions/0/due: expected a date like 2020-03-24, got "next friday"
 12 |     due: next friday
    |          ^
examples/invalid/columns-too-wide.yaml:12:18: error[maximum]: /workshops/0/questions/0/columns: expected a whole number ≤ 12, got 13
 12 |         columns: 13
    |                  ^
examples/invalid/duplicate-action-id.yaml:13:9: error[duplicate-id]: /actions/1/id: id "A1" is already used by /actions/0
 13 |   - id: A1
    |         ^
examples/invalid/duplicate-key.yaml:5:1: error[duplicate-key]: /title: duplicate key "title"; it was first given at line 2, column 1
 5 | title: Weekly sync, week 18
   | ^
examples/invalid/end-before-start.yaml:5:6: error[time-order]: /end: end 13:30 is not after start 14:00
 5 | end: "13:30"
   |      ^
examples/invalid/group-count-zero.yaml:9:12: error[minimum]: /participants/1/count: expected a whole number ≥ 1, got 0
 9 |     count: 0
   |            ^
examples/invalid/impossible-date.yaml:3:7: error[date]: /date: 2021-02-29 is not a calendar date: February 2021 has 28 days
 3 | date: 2021-02-29
   |       ^
examples/invalid/many-mistakes.yaml:6:8: error[pattern]: /start: expected a time like 18:00 (HH:MM, 24-hour), got "25:00"
 6 | start: "25:00"
   |        ^
examples/invalid/many-mistakes.yaml:7:1: error[unknown-key]: /chair: unknown key; expected one of title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (or an x- extension key)
 7 | chair: Ada Brennan
   | ^
examples/invalid/many-mistakes.yaml:8:1: error[unknown-key]: /minute_taker: unknown key; expected one of title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (or an x- extension key)
 8 | minute_taker: Jonas Weber
   | ^
examples/invalid/many-mistakes.yaml:13:12: error[type]: /participants/1/count: expected a whole number, got "many"
 13 |     count: many
    |            ^
examples/invalid/many-mistakes.yaml:17:10: warning[due-before-meeting]: /actions/0/due: due date 2024-04-30 is before the meeting (2024-05-02)
 17 |     due: 2024-04-30
    |          ^
examples/invalid/missing-date.yaml:2:1: error[required]: /: missing required key "date"
 2 | title: Weekly sync
   | ^
examples/invalid/misspelt-key.yaml:6:1: error[unknown-key]: /locaton: unknown key; did you mean "location"?
 6 | locaton: Room 2.14
   | ^
examples/invalid/next-meeting-before.yaml:10:9: error[next-meeting]: /next_meeting/date: the next meeting (2024-04-25) must come after this meeting (2024-05-02)
 10 |   date: 2024-04-25
    |         ^
examples/invalid/wrong-status.yaml:5:9: error[enum]: /status: expected one of draft, approved; got "Approved"; did you mean "approved"?
 5 | status: Approved
   |         ^
examples/invalid/yaml-syntax.yaml:9:8: error[yaml]: /: a flow list "[" is not closed with "]" (it opens at line 8, column 12)
 9 | actions:
   |        ^
14 files: 0 valid, 14 invalid (18 errors, 1 warning)
[exit 1]

$ minutes validate --strict examples/invalid/many-mistakes.yaml
examples/invalid/many-mistakes.yaml:6:8: error[pattern]: /start: expected a time like 18:00 (HH:MM, 24-hour), got "25:00"
 6 | start: "25:00"
   |        ^
examples/invalid/many-mistakes.yaml:7:1: error[unknown-key]: /chair: unknown key; expected one of title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (or an x- extension key)
 7 | chair: Ada Brennan
   | ^
examples/invalid/many-mistakes.yaml:8:1: error[unknown-key]: /minute_taker: unknown key; expected one of title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (or an x- extension key)
 8 | minute_taker: Jonas Weber
   | ^
examples/invalid/many-mistakes.yaml:13:12: error[type]: /participants/1/count: expected a whole number, got "many"
 13 |     count: many
    |            ^
examples/invalid/many-mistakes.yaml:17:10: error[due-before-meeting]: /actions/0/due: due date 2024-04-30 is before the meeting (2024-05-02)
 17 |     due: 2024-04-30
    |          ^
1 file: 0 valid, 1 invalid (5 errors, 0 warnings)
[exit 1]
