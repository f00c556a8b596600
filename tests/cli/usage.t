# Usage errors exit 2 and say what is wrong.
$ minutes
A subcommand is required
Run with --help for more information.
[exit 2]

$ minutes frobnicate
minutes: error: unknown command "frobnicate"; the commands are: validate, schema
[exit 2]

$ minutes validate
paths is required
Run with --help for more information.
[exit 2]

$ minutes validate --format xml examples/
--format: xml not in {text,json,github}
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
