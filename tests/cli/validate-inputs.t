# Inputs that are not plain record files: each gets a clear message and exit 1 or 2.
$ minutes validate does-not-exist.yaml
minutes: error: does-not-exist.yaml: No such file or directory
[exit 2]

$ minutes validate tests/cli
minutes: error: no *.yaml or *.yml files found in the given paths
[exit 2]

$ printf '' | minutes validate -
<stdin>:1:1: error[yaml]: /: the file is empty or holds only comments: expected a meeting record
 1 | 
   | ^
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ printf '# only a comment\n' | minutes validate -
<stdin>:1:1: error[yaml]: /: the file is empty or holds only comments: expected a meeting record
 1 | # only a comment
   | ^
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ printf 'title: Styremøte\ndate: 2024-01-09\nlanguage: no\n' | minutes validate -
1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
[exit 0]

$ printf -- '- a\n- b\n' | minutes validate -
<stdin>:1:1: error[type]: /: expected a meeting record (a mapping with title:, date:, ...), got a list
 1 | - a
   | ^
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ printf 'title: a\ndate: 2024-01-09\n---\ntitle: b\n' | minutes validate -
<stdin>:4:1: error[yaml]: /: a second YAML document: a file holds exactly one record
 4 | title: b
   | ^
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ printf '\xef\xbb\xbftitle: BOM\ndate: 2024-01-09\n' | minutes validate -
1 file: 1 valid, 0 invalid (0 errors, 0 warnings)
[exit 0]

$ printf '\xff\xfet\x00i\x00' | minutes validate -
<stdin>:1:1: error[encoding]: /: the file is UTF-16; save it as UTF-8
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ printf 'title: Bl\xe5b\xe6r\ndate: 2024-01-09\n' | minutes validate -
<stdin>:1:10: error[encoding]: /: invalid UTF-8 (byte \xe5); save the file as UTF-8 (it may be Latin-1 or Windows-1252)
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ printf 'title: a\x00b\ndate: 2024-01-09\n' | minutes validate -
<stdin>:1:9: error[encoding]: /: a NUL byte; a record is text and holds none
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ printf 'title: a\x1b[31mred\ndate: 2024-01-09\n' | minutes validate -
<stdin>:1:9: error[encoding]: /: the control character \x1b; only tab and line breaks are allowed
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ printf 'title: x\ndate: 2024-01-09\nagenda:\n\t- title: tab\n' | minutes validate -
<stdin>:4:2: error[yaml]: /: a tab in the indentation; YAML indents with spaces only
 4 | 	- title: tab
   | 	^
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ d=$(mktemp -d) && mkfifo "$d/pipe.yaml" && cd "$d" && minutes validate pipe.yaml; s=$?; rm -r "$d"; exit $s
pipe.yaml: error[io]: not a regular file (a FIFO, device or socket)
1 file: 0 valid, 0 invalid, 1 unreadable (0 errors, 0 warnings)
[exit 2]

$ head -c 2000000 /dev/zero | tr '\0' 'a' | minutes validate -
<stdin>:1:1: error[limit]: /: the input is more than 1048576 bytes, the most a record may have (see --max-size)
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ printf 'title: x\ndate: 2024-01-09\n' > /tmp/minutes-small.yaml && minutes validate --max-size 10 /tmp/minutes-small.yaml
/tmp/minutes-small.yaml:1:1: error[limit]: /: the file is 26 bytes; a record may have at most 10 bytes (see --max-size)
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ python3 -c "print('a: ' + '[' * 100000)" | minutes validate -
<stdin>:1:36: error[limit]: /: nesting deeper than 64 levels; a meeting record needs far fewer
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ python3 -c "print(''.join('  ' * i + '- \n' for i in range(600)))" | minutes validate -
<stdin>:65:129: error[limit]: /: nesting deeper than 64 levels; a meeting record needs far fewer
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ printf 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\nd: &d [*c,*c]\ne: [*d,*d]\n' | minutes validate -
<stdin>:1:1: error[unknown-key]: /a: unknown key; expected one of title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (or an x- extension key)
 1 | a: &a ["x","x"]
   | ^
<stdin>:1:1: error[required]: /: missing required key "date"
 1 | a: &a ["x","x"]
   | ^
<stdin>:1:1: error[required]: /: missing required key "title"
 1 | a: &a ["x","x"]
   | ^
<stdin>:1:4: error[alias]: /a: anchors (&name) are not supported: write each value out in full
 1 | a: &a ["x","x"]
   |    ^
<stdin>:2:1: error[unknown-key]: /b: unknown key; expected one of title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (or an x- extension key)
 2 | b: &b [*a,*a]
   | ^
<stdin>:2:8: error[alias]: /b/0: aliases (*name) are not supported: write the value out in full
 2 | b: &b [*a,*a]
   |        ^
<stdin>:3:1: error[unknown-key]: /c: unknown key; expected one of title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (or an x- extension key)
 3 | c: &c [*b,*b]
   | ^
<stdin>:4:1: error[unknown-key]: /d: unknown key; expected one of title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (or an x- extension key)
 4 | d: &d [*c,*c]
   | ^
<stdin>:5:1: error[unknown-key]: /e: unknown key; expected one of title, date, start, end, timezone, location, organizer, language, status, revision, summary, participants, agenda, decisions, actions, attachments, next_meeting, workshops (or an x- extension key)
 5 | e: [*d,*d]
   | ^
1 file: 0 valid, 1 invalid (9 errors, 0 warnings)
[exit 1]
