# Usage errors exit 2 and say what is wrong.
$ minutes
minutes: error: a command is required; the commands are: validate, render, formats, summary, actions, import, new, schema
Run 'minutes --help' for the options.
[exit 2]

$ minutes frobnicate
minutes: error: unknown command "frobnicate"; the commands are: validate, render, formats, summary, actions, import, new, schema
[exit 2]

$ minutes validate
minutes: error: no PATH given: name record files or folders, or - for standard input
Run 'minutes validate --help' for the options.
[exit 2]

$ minutes validate --format xml examples/
minutes: error: --format: "xml" is not one of text, json, github, junit
Run 'minutes validate --help' for the options.
[exit 2]

$ minutes validate --schema /nonexistent/schema.json examples/
minutes: error: /nonexistent/schema.json: No such file or directory
[exit 2]

$ minutes schema | head -c 120
{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://minutes.invalid/schemas/meeting.v1.schema.js
[exit 0]

# schema -o writes the same bytes as standard output, replacing an older copy (no --force).
$ d=$(mktemp -d) && echo old > "$d/s.json" && minutes schema -o "$d/s.json" && minutes schema | cmp - "$d/s.json" && echo same; rm -rf "$d"
same
[exit 0]

$ minutes schema -o /nonexistent/folder/meeting.v1.schema.json
minutes: error: /nonexistent/folder: cannot create a temporary file: No such file or directory
[exit 2]

$ minutes render -t htlm examples/2024-03-05-board-meeting.yaml
minutes: error: unknown format "htlm" (did you mean "html"?); the formats are: markdown, html, txt, csv, json, ics
[exit 2]

$ minutes render -o minutes.pdf examples/2024-03-05-board-meeting.yaml
minutes: error: cannot tell the format from "minutes.pdf"; use -t with one of: markdown, html, txt, csv, json, ics
[exit 2]

$ minutes render -t csv --table answers examples/
minutes: error: --table: unknown table "answers"; the tables are: workshops, participants, agenda, decisions, actions, attachments
Run 'minutes render --help' for the options.
[exit 2]

$ minutes render examples/
minutes: error: 14 inputs: use -d DIR to write one markdown file per input
[exit 2]

$ minutes formats
markdown   .md    document  CommonMark with GFM pipe tables
html       .html  document  standalone HTML5 page with print-friendly CSS (or --fragment)
txt        .txt   document  plain text for e-mail, wrapped at 72 columns
csv        .csv   table     RFC 4180 table (--table NAME) of all inputs, for spreadsheets
json       .json  record    the normalised record, for jq and other programs
json       .json  summary   the summary as data: years, meetings, decisions, actions
json       .json  actions   the selected actions as data
ics        .ics   record    iCalendar: the next meeting and open actions with a due date
ics        .ics   actions   iCalendar: open actions with a due date, as to-dos
[exit 0]

# Argument errors have the project's shape, name the program "minutes" whatever it was started
# as, and suggest the nearest option or command.
$ (exec -a /tmp/some/other-name minutes validate --strikt examples/)
minutes: error: unknown option "--strikt" (did you mean "--strict"?)
Run 'minutes validate --help' for the options.
[exit 2]

$ minutes valdate examples/
minutes: error: unknown command "valdate" (did you mean "validate"?); the commands are: validate, render, formats, summary, actions, import, new, schema
[exit 2]

$ minutes summary --lang xx examples/municipality/
minutes: error: --lang: no labels for language "xx"; the languages are: en, nb, nn, de
Run 'minutes summary --help' for the options.
[exit 2]
