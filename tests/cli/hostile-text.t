# Text that would corrupt an output or act on a terminal is refused at validation, located.
# Control characters written as YAML escapes (\0, \e, \x07) are errors, keys included.
$ set -o pipefail; printf 'title: "Meeting\\0"\ndate: 2024-03-14\nsummary: "bell\\x07"\n"ti\\e[31mtle": x\n' | minutes validate - | cat -v
<stdin>:1:8: error[control-character]: /title: expected text without control characters, found U+0000 (NUL) at character 8; text may hold tabs and line breaks, no other control characters
 1 | title: "Meeting\0"
   |        ^
<stdin>:3:10: error[control-character]: /summary: expected text without control characters, found U+0007 (BEL) at character 5; text may hold tabs and line breaks, no other control characters
 3 | summary: "bell\x07"
   |          ^
<stdin>:4:1: error[control-character]: /ti\x1b[31mtle: expected text without control characters, found U+001B (ESC) at character 3; text may hold tabs and line breaks, no other control characters
 4 | "ti\e[31mtle": x
   | ^
<stdin>:4:1: error[unknown-key]: /ti\x1b[31mtle: unknown key; expected one of title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (or an x- extension key)
 4 | "ti\e[31mtle": x
   | ^
1 file: 0 valid, 1 invalid (4 errors, 0 warnings)
[exit 1]

# What validate refuses is not written by render, in any format.
$ set -o pipefail; printf 'title: "Møte\\0"\ndate: 2024-03-14\n' | minutes render -t csv - | od -c | head -3
<stdin>:1:8: error[control-character]: /title: expected text without control characters, found U+0000 (NUL) at character 5; text may hold tabs and line breaks, no other control characters
 1 | title: "Møte\0"
   |        ^
minutes: nothing written: 1 file: 0 valid, 1 invalid (1 error, 0 warnings)
0000000
[exit 1]

# \_, \L and \P decode to UTF-8 (yaml-cpp 0.7 wrote \_ as a lone byte); \N is a C1 control.
$ set -o pipefail; printf 'title: "a\\_b\\Lc\\Pd"\ndate: 2024-03-14\n' | minutes render -t csv - | iconv -f UTF-8 -t UTF-8 >/dev/null && echo valid UTF-8
valid UTF-8
[exit 0]
$ printf 'title: "a\\_b"\ndate: 2024-03-14\n' | minutes render -t json - | grep title | od -An -tx1 | head -2
 20 20 22 74 69 74 6c 65 22 3a 20 22 61 c2 a0 62
 22 2c 0a
[exit 0]
$ printf 'title: "a\\Nb"\ndate: 2024-03-14\n' | minutes validate -
<stdin>:1:8: error[control-character]: /title: expected text without control characters, found U+0085 (NEL, next line) at character 2; text may hold tabs and line breaks, no other control characters
 1 | title: "a\Nb"
   |        ^
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

# Every part of a diagnostic is escaped where it is printed, in each style.
$ set -o pipefail; printf '"ti\\e[31mtle": x\ntitle: t\ndate: 2024-03-14\n' | minutes validate --format github - | cat -v
::error file=<stdin>,line=1,col=1,title=minutes [control-character]::/ti\x1b[31mtle: expected text without control characters, found U+001B (ESC) at character 3; text may hold tabs and line breaks, no other control characters
::error file=<stdin>,line=1,col=1,title=minutes [unknown-key]::/ti\x1b[31mtle: unknown key; expected one of title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (or an x- extension key)
1 file: 0 valid, 1 invalid (2 errors, 0 warnings)
[exit 1]
$ set -o pipefail; printf 'summary: "a\xc2\x9b31m"\ntitle: t\ndate: 2024-03-14\n' | minutes validate --format json - | cat -v
{"version":1,"files":[
{"path":"<stdin>","valid":false,"diagnostics":[{"line":1,"column":10,"pointer":"/summary","rule":"control-character","severity":"error","message":"expected text without control characters, found U+009B (a C1 control) at character 2; text may hold tabs and line breaks, no other control characters"}]}
],"summary":{"files":1,"valid":0,"invalid":1,"unreadable":0,"errors":1,"warnings":0}}
[exit 1]

# A record whose Markdown fields together pass what rendering takes is invalid, located, so that
# every record that validates renders.
$ /usr/bin/python3 -c 'print("title: t\ndate: 2024-03-14\nagenda:"); [print(f"  - title: Sak {i}\n    notes: " + "x" * 16384) for i in range(9)]' > /tmp/minutes-markdown-total.yaml; set -o pipefail; minutes validate /tmp/minutes-markdown-total.yaml | cut -c1-200
/tmp/minutes-markdown-total.yaml:21:12: error[markdown-total]: /agenda/8/notes: expected at most 131072 characters of Markdown in one record (summary and agenda notes together), found 147456; the limi
 21 |     notes: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    |            ^
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]
$ set -o pipefail; minutes render -t html /tmp/minutes-markdown-total.yaml | cut -c1-120
/tmp/minutes-markdown-total.yaml:21:12: error[markdown-total]: /agenda/8/notes: expected at most 131072 characters of Markdown in one record (summary and agenda notes together), found 147456; the limit is passed here. Move long texts into attachments or split the record
 21 |     notes: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    |            ^
minutes: nothing written: 1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

# A decision may run to several pages.
$ set -o pipefail; /usr/bin/python3 -c 'print("title: t\ndate: 2024-03-14\ndecisions:\n  - " + "Vedtak. " * 1250)' | minutes render -t html - | grep -c 'Vedtak. Vedtak.'
1
[exit 0]
