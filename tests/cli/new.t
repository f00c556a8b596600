# minutes new: a skeleton record, commented, that passes validate --strict as written.
# Every language and every kind, straight from standard output into validate.
$ for lang in nb nn en de; do for kind in meeting workshop board; do printf '%s %s: ' $lang $kind; minutes new --lang $lang --kind $kind | minutes validate --strict -; done; done
nb meeting: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
nb workshop: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
nb board: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
nn meeting: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
nn workshop: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
nn board: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
en meeting: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
en workshop: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
en board: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
de meeting: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
de workshop: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
de board: 1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
[exit 0]

# Line 1 points editors at the schema installed with the binary (PREFIX/bin/minutes ->
# PREFIX/share/minutes/...), found from where the binary is, whatever prefix the build had.
$ d=$(mktemp -d) && mkdir -p "$d/bin" "$d/share/minutes" && cp "$(command -v minutes)" "$d/bin/" && minutes schema -o "$d/share/minutes/meeting.v1.schema.json" && "$d/bin/minutes" new | head -n 1 | sed "s|$d|PREFIX|"; rm -rf "$d"
# yaml-language-server: $schema=PREFIX/share/minutes/meeting.v1.schema.json
[exit 0]

# A symbolic link to the binary (as in /usr/local/bin) is followed to the binary's own prefix.
$ d=$(mktemp -d) && mkdir -p "$d/opt/bin" "$d/opt/share/minutes" "$d/links" && cp "$(command -v minutes)" "$d/opt/bin/" && ln -s "$d/opt/bin/minutes" "$d/links/minutes" && minutes schema -o "$d/opt/share/minutes/meeting.v1.schema.json" && "$d/links/minutes" new | head -n 1 | sed "s|$d|DIR|"; rm -rf "$d"
# yaml-language-server: $schema=DIR/opt/share/minutes/meeting.v1.schema.json
[exit 0]

# Without an installed schema (here: the binary of the build folder) line 1 names no file that
# is not there; a comment, in the skeleton's language, says how to get a schema and name it,
# and the record still validates.
$ minutes new --lang en | sed -n '1,7p'
# Editors check a record as you type when line 1 names its schema, but no schema
# file was found beside this minutes program. Write one beside the record:
#   minutes schema -o meeting.v1.schema.json
# and replace this comment with the line:
#   # yaml-language-server: $schema=meeting.v1.schema.json

# The minutes of one meeting, in the record format of the minutes tool (version 1).
[exit 0]

$ minutes new --lang nb | sed -n '1,6p'
# Redigeringsprogrammer sjekker referatet mens du skriver når linje 1 peker på
# skjemaet, men ingen skjemafil ble funnet ved siden av dette minutes-programmet.
# Skriv en ved siden av referatet:
#   minutes schema -o meeting.v1.schema.json
# og bytt ut denne kommentaren med linjen:
#   # yaml-language-server: $schema=meeting.v1.schema.json
[exit 0]

$ minutes new | grep -c '^# yaml-language-server:'
0
[exit 1]

$ d=$(mktemp -d) && cd "$d" && minutes new --lang nn -o record.yaml && minutes schema -o meeting.v1.schema.json && sed -n 's/^#   \(# yaml-language-server: .*\)/\1/p' record.yaml && minutes validate --strict record.yaml; cd / && rm -rf "$d"
# yaml-language-server: $schema=meeting.v1.schema.json
1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
[exit 0]

$ minutes new --schema-ref https://example.org/meeting.v1.schema.json | head -n 1
# yaml-language-server: $schema=https://example.org/meeting.v1.schema.json
[exit 0]

$ minutes new | grep -c "^date: $(date +%Y-%m-%d)\$"
1
[exit 0]

# A title and a date as given; the title is quoted where YAML needs it and comes back exactly.
$ minutes new --lang nb --title 'Sak 12: "Budsjett" #2 – Ærø' --date 2024-02-29 | grep -E '^(title|date):'
title: "Sak 12: \"Budsjett\" #2 – Ærø"
date: 2024-02-29
[exit 0]

$ minutes new --lang nb --title 'Sak 12: "Budsjett" #2 – Ærø' --date 2024-02-29 | minutes render -t json - | grep -E '^  "(title|date)"'
  "title": "Sak 12: \"Budsjett\" #2 – Ærø",
  "date": "2024-02-29",
[exit 0]

$ minutes new --title 'no' --date 2024-03-05 | grep '^title:'
title: "no"
[exit 0]

# -o writes the file atomically; an existing file is kept unless --force is given.
$ d=$(mktemp -d) && minutes new --kind board --lang nb --date 2024-03-05 -o "$d/styremote.yaml" && minutes validate --strict "$d/styremote.yaml"; rm -rf "$d"
1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
[exit 0]

$ d=$(mktemp -d) && echo 'title: Mitt referat' > "$d/referat.yaml" && minutes new -o "$d/referat.yaml" 2> "$d/err"; s=$?; sed "s|$d|DIR|" "$d/err"; cat "$d/referat.yaml"; rm -rf "$d"; exit $s
minutes: error: DIR/referat.yaml already exists; use --force to replace it
title: Mitt referat
[exit 2]

$ d=$(mktemp -d) && echo 'title: Mitt referat' > "$d/referat.yaml" && minutes new --force --kind workshop --date 2024-03-05 -o "$d/referat.yaml" && grep '^title:' "$d/referat.yaml" && minutes validate --strict "$d/referat.yaml"; rm -rf "$d"
title: Workshop
1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
[exit 0]

$ minutes new --force -o /dev/null
minutes: error: /dev/null: refusing to write: not a regular file
[exit 2]

# Usage errors: exit 2, nothing written.
$ minutes new --date 2023-02-29
minutes: error: --date: expected a date YYYY-MM-DD that exists, got "2023-02-29" (February 2023 has 28 days)
Run 'minutes new --help' for the options.
[exit 2]

$ minutes new --date 5.3.2024
minutes: error: --date: expected a date YYYY-MM-DD that exists, got "5.3.2024"
Run 'minutes new --help' for the options.
[exit 2]

$ minutes new --date 9999-12-20
minutes: error: 9999-12-20 is too late: the next meeting, four weeks on, would be after 9999-12-31
[exit 2]

$ minutes new --lang sv
minutes: error: --lang: no labels for language "sv"; the languages are: en, nb, nn, de
Run 'minutes new --help' for the options.
[exit 2]

$ minutes new --kind party
minutes: error: --kind: party not in {meeting,workshop,board}
Run 'minutes new --help' for the options.
[exit 2]

$ minutes new --title ''
minutes: error: the title is empty
[exit 2]

# Without --lang, the locale decides: LC_ALL, then LC_MESSAGES, then LANG.
$ env -u LC_ALL -u LC_MESSAGES LANG=nn_NO.UTF-8 minutes new --schema-ref s.json --date 2024-03-05 | sed -n '2p; /^title:/p; /^language:/p'
# Referat frå eitt møte, i formatet til verktøyet minutes (versjon 1).
title: Møte
language: nn
[exit 0]

$ env -u LC_ALL -u LC_MESSAGES LANG=nb_NO.UTF-8 minutes new --kind board | grep -E '^(title|language):'
title: Styremøte
language: nb
[exit 0]

$ LANG=nn_NO.UTF-8 minutes new | grep '^language:'
language: en
[exit 0]

$ env -u LC_ALL LC_MESSAGES=de_DE.UTF-8 LANG=nn_NO.UTF-8 minutes new | grep '^language:'
language: de
[exit 0]

# -t has the same spelling as in render; a record's one format is yaml.
$ minutes new -t yaml --kind board | minutes validate --strict -
1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
[exit 0]

$ minutes new -t html
minutes: error: --to: a record is written as yaml, not "html"; to publish it in another format, use minutes render -t html
Run 'minutes new --help' for the options.
[exit 2]
