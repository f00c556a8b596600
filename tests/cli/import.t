# minutes import: plain-text and Markdown minutes to records (docs/import.md).
# Every test document imports to its expected record, which is valid.
$ minutes import tests/import/seed-dialogmote-naeringslivet.txt | diff - tests/import/seed-dialogmote-naeringslivet.expected.yaml && echo same
same
[exit 0]

$ minutes import tests/import/english-board.txt | diff - tests/import/english-board.expected.yaml && echo same
same
[exit 0]

$ minutes import tests/import/nynorsk-styremote.txt | diff - tests/import/nynorsk-styremote.expected.yaml && echo same
same
[exit 0]

$ minutes import tests/import/markdown-folkemote.md | diff - tests/import/markdown-folkemote.expected.yaml && echo same
same
[exit 0]

$ minutes import tests/import/uten-workshop-borettslag.txt | diff - tests/import/uten-workshop-borettslag.expected.yaml && echo same
same
[exit 0]

$ minutes import tests/import/rotete-idrettslag.txt | diff - tests/import/rotete-idrettslag.expected.yaml && echo same
same
[exit 0]

$ minutes validate --strict tests/import/*.expected.yaml
6 files: 6 valid, 0 invalid (0 errors, 0 warnings)
[exit 0]

# The report: where each line went, and what was guessed, on standard error.
$ minutes import --report tests/import/seed-dialogmote-naeringslivet.txt > /dev/null
-: language: nb (guessed: Norwegian words (31 Bokmål, 3 Nynorsk markers))
3: title: "Dialogmøte med næringslivet"
3: date: 2020-02-25
7: participants[0]: "Anne-Grethe Larsen", role "ordfører"
7: participants[1]: "Per Egil Pedersen", role "rådmann"
7: participants[2]: "Anja Wingstedt", organisation "Smart Innovation Norway AS"
7: participants[3]: "Håvard Andresen", organisation "Askimregionen Næringsutvikling AS"
7: participants[4]: group "næringslivet", count 32 (guessed: a group from a count of people)
11: agenda[0]: "Ordfører ønsket velkommen og fremhevet næringslivets betydni…"
11: agenda[0].presenter: "Anne-Grethe Larsen" (guessed: the presenter from role "ordfører")
12: agenda[1]: "Rådmannen informerte om aktuelle saker for næringslivet"
12: agenda[1].presenter: "Per Egil Pedersen" (guessed: the presenter from role "rådmann")
13: agenda[2]: "Smart Innovation Norway AS informerte om seg selv og program…"
13: agenda[2].presenter: "Anja Wingstedt" (guessed: the presenter from organisation "Smart Innovation Norway AS")
14: agenda[3]: "Askimregionen Næringsutvikling AS informerte om seg selv"
14: agenda[3].presenter: "Håvard Andresen" (guessed: the presenter from organisation "Askimregionen Næringsutvikling AS")
15: agenda[4]: "Alle deltagere gjennomførte en workshop, resultatene vises u…"
16: agenda[5]: "Rådmannen avsluttet møtet med å takke for innspill fra nærin…"
16: agenda[5].presenter: "Per Egil Pedersen" (guessed: the presenter from role "rådmann")
16: agenda[5].notes: "Det er ønskelig med en **representant fra næringslivet** som…" (guessed: the sentences after the first)
16: next_meeting: 2020-03-24 18:00–21:00, title "Kick-Off for programmet SMART SKIPTVET" (guessed: also in agenda[5]; the year from the meeting's date)
16: actions[0]: "Representanten for næringslivet ønskes utpekt frem til 24.ma…", due 2020-03-24 (guessed: also in agenda[5]; a sentence with a deadline; the due date's year from the meeting's date)
18: attachments[0]: "Presentasjonen"
22: workshops[0]: "Del 1 – ATTRAKTIV OG BÆREKRAFTIG BYGD"
24: workshops[0].questions[0]: "Hva mener du gjør Skiptvet attraktivt å jobbe i?", 15 answers, columns 4 (guessed: 1 empty cell left out)
29: workshops[0].questions[1]: "Hva mangler Skiptvet til å være attraktivt å jobbe i?", 16 answers, columns 4
35: workshops[1]: "Del 2 – SAMARBEID OG MØTEPLASSER"
37: workshops[1].questions[0]: "Hvordan kan samarbeidet mellom næringslivet og kommunen bli …", 12 answers, columns 4
41: workshops[1].questions[1]: "Hvilke møteplasser for dialog mellom kommunen og næringslive…", 8 answers, columns 4
[exit 0]

$ minutes import --report tests/import/rotete-idrettslag.txt > /dev/null
-: language: nb (guessed: Norwegian words (3 Bokmål, 0 Nynorsk markers))
1: title: "Årsmøteforberedelser, Fjellstad IL" (guessed: the line after the heading)
2: date: 2024-03-07
4: participants[0]: "Lise Fjeld", role "leder"
4: participants[1]: "Tor Ivar Bakken", role "kasserer"
4: participants[2]: "Nina Sæther"
4: participants[3]: "Stian Olsen"
5: participants[4]: "Marte Gran", regrets
8: agenda[0]: "Regnskap 2023 – Tor Ivar gikk gjennom regnskapet"
8: agenda[0].notes: "Overskudd på 12 400 kr." (guessed: the sentences after the first)
9: agenda[1]: "Valgkomiteen: Nina tar kontakt med valgkomiteen innen 14.03"
9: actions[0]: "Valgkomiteen: Nina tar kontakt med valgkomiteen innen 14.03", due 2024-03-14 (guessed: also in agenda[1]; a sentence with a deadline; the due date's year from the meeting's date)
10: agenda[1].notes: "- to kandidater til styret mangler"
11: agenda[2]: "Årsmøtedato"
13: decisions[0]: "Årsmøtet holdes 4. april kl 19 i klubbhuset."
15: actions[1]: "Stian lager årsmøteinnkalling og legger den på nettsiden inn…", owner "Stian Olsen", due 2024-03-21 (guessed: owner from first name; the due date's year from the meeting's date)
17: next_meeting: 2024-03-13 20:00–21:30, location "Teams" (guessed: the year from the meeting's date)
18: summary: "Ref. Nina" (guessed: not recognised)
[exit 0]

# Standard input, with the language and the date given.
$ printf 'Referat fra styremøte i Eksempel vel\n\nTil stede: Kari Nordmann (leiar)\n\nVedtak: Rekneskapen er godkjend.\n' | minutes import --lang nn --date 2024-03-05 -
title: Styremøte i Eksempel vel
date: 2024-03-05
language: nn
participants:
  - name: Kari Nordmann
    role: leiar
decisions:
  - Rekneskapen er godkjend.
[exit 0]

# -o writes the file atomically; never over the input, never to something that is not a file.
$ d=$(mktemp -d) && minutes import tests/import/english-board.txt -o "$d/board.yaml" && minutes validate "$d/board.yaml" | sed "s|$d|DIR|"; rm -rf "$d"
1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
[exit 0]

$ d=$(mktemp -d) && cp tests/import/english-board.txt "$d/in.txt" && minutes import "$d/in.txt" -o "$d/in.txt" 2>&1 | sed "s|$d|DIR|"; cmp -s "$d/in.txt" tests/import/english-board.txt && echo input untouched; rm -rf "$d"
minutes: error: DIR/in.txt: refusing to write over an input file
input untouched
[exit 0]

$ minutes import tests/import/english-board.txt -o /dev/null
minutes: error: /dev/null: refusing to write: not a regular file
[exit 2]

# Input that cannot be imported: exit 1, with the line.
$ minutes import tests/import/bad/empty.txt
tests/import/bad/empty.txt:1:1: error[import]: the file is empty: there is nothing to import
[exit 1]

$ printf '\n   \n\t\n' | minutes import -
<stdin>:1:1: error[import]: the file holds only blank lines: there is nothing to import
[exit 1]

$ minutes import tests/import/bad/image.png
tests/import/bad/image.png:1:1: error[encoding]: not a text file but binary data (NUL or control bytes); import reads UTF-8 plain text or Markdown
[exit 1]

$ minutes import tests/import/bad/latin1.txt
tests/import/bad/latin1.txt:1:19: error[encoding]: invalid UTF-8 (byte \xf8); save the file as UTF-8 (it may be Latin-1 or Windows-1252)
[exit 1]

$ printf '\xff\xfeR\x00e\x00' | minutes import -
<stdin>:1:1: error[encoding]: the file is UTF-16; save it as UTF-8
[exit 1]

$ minutes import tests/import/bad/no-date.txt
tests/import/bad/no-date.txt:1:1: error[import]: no date found: write it in the heading ("Referat fra styremøte 03.03.2024", "Minutes of the board meeting, 3 March 2024") or on a "Dato:" or "Date:" line, or give --date YYYY-MM-DD
 1 | Referat fra styremøte i Eksempel vel
   | ^
[exit 1]

$ printf 'Referat fra styremøte 24. mars\n\nTil stede: Kari Nordmann\n' | minutes import -
<stdin>:1:1: error[import]: the date on line 1 has no year; give --date YYYY-MM-DD
 1 | Referat fra styremøte 24. mars
   | ^
[exit 1]

# A date given on the command line makes the undated minutes importable.
$ minutes import --date 2024-03-05 tests/import/bad/no-date.txt
title: Styremøte i Eksempel vel
date: 2024-03-05
language: nb
summary: Styret gikk gjennom regnskapet.
participants:
  - name: Kari Nordmann
    role: leder
  - name: Ola Hansen
[exit 0]

# Usage errors: exit 2.
$ minutes import
minutes: error: path is required
Run 'minutes import --help' for the options.
[exit 2]

$ minutes import --lang fr tests/import/english-board.txt
minutes: error: --lang: no labels for language "fr"; the languages are: en, nb, nn, de
Run 'minutes import --help' for the options.
[exit 2]

$ minutes import --date 2024-02-30 tests/import/english-board.txt
minutes: error: --date: expected a date YYYY-MM-DD that exists, got "2024-02-30"
Run 'minutes import --help' for the options.
[exit 2]

$ minutes import does-not-exist.txt
minutes: error: does-not-exist.txt: No such file or directory
[exit 2]

$ minutes import tests/import
minutes: error: tests/import: is a directory
[exit 2]
