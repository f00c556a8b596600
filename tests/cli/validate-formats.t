# Machine-readable reports.
$ minutes validate --format json examples/invalid/misspelt-key.yaml examples/2024-03-05-board-meeting.yaml
{"version":1,"files":[
{"path":"examples/invalid/misspelt-key.yaml","valid":false,"diagnostics":[{"line":6,"column":1,"pointer":"/locaton","rule":"unknown-key","severity":"error","message":"unknown key; did you mean \"location\"?"}]},
{"path":"examples/2024-03-05-board-meeting.yaml","valid":true,"diagnostics":[]}
],"summary":{"files":2,"valid":1,"invalid":1,"unreadable":0,"errors":1,"warnings":0}}
[exit 1]

$ minutes validate --format github examples/invalid/wrong-status.yaml
::error file=examples/invalid/wrong-status.yaml,line=5,col=9,title=minutes [enum]::/status: expected one of draft, approved; got "Approved"; did you mean "approved"?
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ GITHUB_ACTIONS=true minutes validate examples/invalid/missing-date.yaml
::error file=examples/invalid/missing-date.yaml,line=2,col=1,title=minutes [required]::/: missing required key "date"
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 1]

$ GITHUB_ACTIONS=true minutes validate --format text --quiet examples/invalid/missing-date.yaml
examples/invalid/missing-date.yaml:2:1: error[required]: /: missing required key "date"
[exit 1]

# JUnit XML for GitLab: one testcase per file; the failure text holds every located message.
$ minutes validate --format junit examples/invalid/misspelt-key.yaml examples/invalid/alias.yaml examples/2024-03-05-board-meeting.yaml
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="minutes validate" tests="3" failures="2" errors="0">
  <testsuite name="minutes validate" tests="3" failures="2" errors="0" skipped="0">
    <testcase name="examples/invalid/misspelt-key.yaml" classname="examples/invalid" file="examples/invalid/misspelt-key.yaml">
      <failure type="invalid" message="1 error, 0 warnings">examples/invalid/misspelt-key.yaml:6:1: error[unknown-key]: /locaton: unknown key; did you mean &quot;location&quot;?
</failure>
    </testcase>
    <testcase name="examples/invalid/alias.yaml" classname="examples/invalid" file="examples/invalid/alias.yaml">
      <failure type="invalid" message="2 errors, 0 warnings">examples/invalid/alias.yaml:4:11: error[alias]: /location: anchors (&amp;name) are not supported: write each value out in full
examples/invalid/alias.yaml:11:13: error[alias]: /next_meeting/location: aliases (*name) are not supported: write the value out in full
</failure>
    </testcase>
    <testcase name="examples/2024-03-05-board-meeting.yaml" classname="examples" file="examples/2024-03-05-board-meeting.yaml">
    </testcase>
  </testsuite>
</testsuites>
[exit 1]

# Warnings alone do not fail a testcase; they are kept in system-out. --strict makes them failures.
$ sed 's/due: 2024-03-22/due: 2024-03-01/' examples/2024-03-05-board-meeting.yaml > /tmp/minutes-warning.yaml && minutes validate --format junit /tmp/minutes-warning.yaml; minutes validate --strict --format junit /tmp/minutes-warning.yaml | grep -c '<failure'
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="minutes validate" tests="1" failures="0" errors="0">
  <testsuite name="minutes validate" tests="1" failures="0" errors="0" skipped="0">
    <testcase name="/tmp/minutes-warning.yaml" classname="/tmp" file="/tmp/minutes-warning.yaml">
      <system-out>/tmp/minutes-warning.yaml:111:10: warning[due-before-meeting]: /actions/0/due: due date 2024-03-01 is before the meeting (2024-03-05)
</system-out>
    </testcase>
  </testsuite>
</testsuites>
1
[exit 0]

# Colour: only on request or on a terminal, never with NO_COLOR unless asked for.
$ minutes validate --color always examples/invalid/misspelt-key.yaml | cat -v
^[[1mexamples/invalid/misspelt-key.yaml:6:1:^[[0m ^[[1;31merror^[[0m[unknown-key]: /locaton: unknown key; did you mean "location"?
 6 | locaton: Room 2.14
   | ^[[1;32m^^[[0m
1 file: 0 valid, 1 invalid (1 error, 0 warnings)
[exit 0]

$ minutes validate --color never examples/invalid/misspelt-key.yaml | cat -v | head -1
examples/invalid/misspelt-key.yaml:6:1: error[unknown-key]: /locaton: unknown key; did you mean "location"?
[exit 0]

$ script -qec "minutes validate examples/invalid/misspelt-key.yaml" /dev/null | tr -d '\r' | cat -v | head -1
^[[1mexamples/invalid/misspelt-key.yaml:6:1:^[[0m ^[[1;31merror^[[0m[unknown-key]: /locaton: unknown key; did you mean "location"?
[exit 0]

$ NO_COLOR=1 script -qec "minutes validate examples/invalid/misspelt-key.yaml" /dev/null | tr -d '\r' | cat -v | head -1
examples/invalid/misspelt-key.yaml:6:1: error[unknown-key]: /locaton: unknown key; did you mean "location"?
[exit 0]

$ NO_COLOR=1 minutes validate --color always examples/invalid/misspelt-key.yaml | cat -v | head -1
^[[1mexamples/invalid/misspelt-key.yaml:6:1:^[[0m ^[[1;31merror^[[0m[unknown-key]: /locaton: unknown key; did you mean "location"?
[exit 0]

$ TERM=dumb script -qec "minutes validate examples/invalid/misspelt-key.yaml" /dev/null | tr -d '\r' | cat -v | head -1
examples/invalid/misspelt-key.yaml:6:1: error[unknown-key]: /locaton: unknown key; did you mean "location"?
[exit 0]

$ minutes render --color always examples/invalid/misspelt-key.yaml 2>&1 >/dev/null | cat -v | head -1
^[[1mexamples/invalid/misspelt-key.yaml:6:1:^[[0m ^[[1;31merror^[[0m[unknown-key]: /locaton: unknown key; did you mean "location"?
[exit 0]

$ minutes validate --color sometimes examples/
minutes: error: --color: sometimes not in {auto,always,never}
Run 'minutes validate --help' for the options.
[exit 2]
