# Usage errors exit 2 and say what is wrong.
$ minutes
A subcommand is required
Run with --help for more information.
[exit 2]

$ minutes frobnicate
minutes: error: unknown command "frobnicate"; the commands are: validate, render, formats, summary, actions, import, new, schema
[exit 2]

$ minutes validate
paths is required
Run with --help for more information.
[exit 2]

$ minutes validate --format xml examples/
--format: xml not in {text,json,github,junit}
Run with --help for more information.
[exit 2]

$ minutes validate --schema /nonexistent/schema.json examples/
minutes: error: /nonexistent/schema.json: No such file or directory
[exit 2]

$ minutes schema | head -c 120
{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://minutes.invalid/schemas/meeting.v1.schema.js
[exit 0]

$ minutes render -t htlm examples/2024-03-05-board-meeting.yaml
minutes: error: unknown format "htlm" (did you mean "html"?); the formats are: markdown, html, csv, json, ics
[exit 2]

$ minutes render -o minutes.pdf examples/2024-03-05-board-meeting.yaml
minutes: error: cannot tell the format from "minutes.pdf"; use -t with one of: markdown, html, csv, json, ics
[exit 2]

$ minutes render -t csv --table answers examples/
minutes: error: unknown table "answers"; the tables are: workshops, participants, agenda, decisions, actions, attachments
[exit 2]

$ minutes render examples/
minutes: error: 14 inputs: use -d DIR to write one markdown file per input
[exit 2]

$ minutes formats
markdown   .md    CommonMark with GFM pipe tables
html       .html  standalone HTML5 page with print-friendly CSS (or --fragment)
csv        .csv   RFC 4180 table (--table NAME) of all inputs, for spreadsheets
json       .json  the normalised record, for jq and other programs
ics        .ics   iCalendar: the next meeting and open actions with a due date
[exit 0]
