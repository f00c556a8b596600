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
