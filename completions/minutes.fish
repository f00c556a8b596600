# fish completion for minutes
#
# Installed as share/fish/vendor_completions.d/minutes.fish, or loaded by hand:
# `source completions/minutes.fish`. fish itself handles `--opt=value`, `-tvalue` and
# quoting; this file only says which words fit where.
#
# The lists follow `minutes --help` and `minutes COMMAND --help`; tests/completion/drift.py
# fails when an option or a command is missing here or no longer exists.

# The command on the line (the first word after `minutes` that is not an option: the
# program's own options take no value). With arguments, succeeds when it is one of them;
# without, when there is a command at all. Not __fish_seen_subcommand_from, which would
# also take `minutes import render` (a file named render) for the render command.
function __fish_minutes_command
    set -l words (commandline -opc)
    for word in $words[2..-1]
        switch $word
            case '-*'
                continue
        end
        if not set -q argv[1]
            return 0
        end
        contains -- $word $argv
        return
    end
    return 1
end

# Positional arguments of validate, render, summary and actions: what a folder walk reads
# (*.yaml, *.yml) and folders. A file named on the command line is read whatever its
# extension, but offering every file would hide the records. fish's own file completion
# of the current word does the quoting and the descent into folders; keep what fits.
# (__fish_complete_suffix of fish 3.6 lists the other files too, after the matching ones.)
function __fish_minutes_records
    set -l token (commandline -ct)
    complete -C"__fish_command_without_completions $token" | string match -r -- '^[^\t]*(?:/|\.ya?ml)(?:\t.*)?$'
end

# validate --schema, new --schema-ref: JSON or YAML schema files, and folders.
function __fish_minutes_schemas
    set -l token (commandline -ct)
    complete -C"__fish_command_without_completions $token" | string match -r -- '^[^\t]*(?:/|\.json|\.ya?ml)(?:\t.*)?$'
end

# --tz: the program looks ZONE up as a file under $TZDIR or /usr/share/zoneinfo. Zone
# names start with a capital letter, which leaves out posix/, right/, zone.tab, tzdata.zi
# and the like. About 600 names; nothing when there is no zoneinfo folder.
function __fish_minutes_zones
    set -l dir /usr/share/zoneinfo
    set -q TZDIR[1]; and test -n "$TZDIR"; and set dir $TZDIR
    test -d $dir; or return
    # find prints $dir/Europe/Oslo: keep Europe/Oslo.
    find $dir/ \( -type f -o -type l \) -path "$dir/[A-Z]*" 2>/dev/null | string replace -- "$dir/" '' | sort
end

set -l commands validate render formats summary actions import schema new
set -l records validate render summary actions

# No file names unless said so below: most arguments are not files.
complete -c minutes -f

# The program's own options, and the commands (descriptions as in `minutes --help`).
complete -c minutes -n "not __fish_minutes_command" -s h -l help -d 'Print help and exit'
complete -c minutes -n "not __fish_minutes_command" -l version -d 'Print the version and exit'
complete -c minutes -n "not __fish_minutes_command" -a validate -d 'Check records: YAML, schema and rules'
complete -c minutes -n "not __fish_minutes_command" -a render -d 'Render valid records as markdown, html, txt, csv, json or ics'
complete -c minutes -n "not __fish_minutes_command" -a formats -d 'List the output formats and what each takes'
complete -c minutes -n "not __fish_minutes_command" -a summary -d 'A yearly report over many records'
complete -c minutes -n "not __fish_minutes_command" -a actions -d 'The action register across records'
complete -c minutes -n "not __fish_minutes_command" -a import -d 'Turn plain-text or Markdown minutes into a record'
complete -c minutes -n "not __fish_minutes_command" -a schema -d 'Print the built-in JSON Schema'
complete -c minutes -n "not __fish_minutes_command" -a new -d 'Write a skeleton record that validates as written'

# Every command has --help.
complete -c minutes -n "__fish_minutes_command $commands" -s h -l help -d 'Print help and exit'

# Options of the commands that read records. --format is the style of the diagnostics.
complete -c minutes -n "__fish_minutes_command $records" -l strict -d 'Treat warnings as errors'
complete -c minutes -n "__fish_minutes_command $records" -s j -l jobs -x -d 'Read N files at a time'
complete -c minutes -n "__fish_minutes_command $records" -l max-size -x -d 'Largest record, e.g. 200k, 4MiB'
complete -c minutes -n "__fish_minutes_command $records" -l format -x -a 'text json github junit' -d 'Style of the diagnostics'
complete -c minutes -n "__fish_minutes_command $records import" -l color -x -a 'auto always never' -d 'Colour diagnostics'
complete -c minutes -n "__fish_minutes_command $records" -a '(__fish_minutes_records)'

# validate
complete -c minutes -n "__fish_minutes_command validate" -s q -l quiet -d 'Print errors only'
complete -c minutes -n "__fish_minutes_command validate" -l schema -x -a '(__fish_minutes_schemas)' -d 'Use this JSON Schema instead of the built-in one'

# -t/--to and -o/--output of render, summary and actions. The formats are those that
# `minutes COMMAND --help` lists (the names of `minutes formats` that take what the command
# builds; summary has no ics), with the aliases src/emit/registry.cpp accepts.
set -l formats "
    markdown\t'CommonMark with GFM pipe tables' md\t'markdown'
    html\t'Standalone HTML5 page' htm\t'html'
    txt\t'Plain text for e-mail' text\t'txt'
    csv\t'RFC 4180 table for spreadsheets'
    json\t'The data, for jq and other programs'"
set -l calendar "ics\t'iCalendar' ical\t'ics' icalendar\t'ics'"
complete -c minutes -n "__fish_minutes_command render actions" -s t -l to -x -d 'Output format' -a "$formats $calendar"
complete -c minutes -n "__fish_minutes_command summary" -s t -l to -x -d 'Output format' -a "$formats"
complete -c minutes -n "__fish_minutes_command render summary actions" -s o -l output -r -F -d 'Write to FILE instead of stdout'

# Shared by render, summary and actions.
complete -c minutes -n "__fish_minutes_command render summary actions" -l lang -x -a 'en nb nn de' -d 'Labels and dates in this language'
complete -c minutes -n "__fish_minutes_command render summary actions" -l bom -d 'csv: start with a UTF-8 byte-order mark'
complete -c minutes -n "__fish_minutes_command render summary actions" -l no-formula-guard -d 'csv: do not neutralise formulas'

# render
complete -c minutes -n "__fish_minutes_command render" -s d -l output-dir -x -a '(__fish_complete_directories)' -d 'Write one file per input into DIR'
complete -c minutes -n "__fish_minutes_command render" -l table -x -a 'workshops participants agenda decisions actions attachments' -d 'csv: which table'
complete -c minutes -n "__fish_minutes_command render" -l fragment -d 'html: only the <article>'
complete -c minutes -n "__fish_minutes_command render" -l tz -x -a '(__fish_minutes_zones)' -d 'ics: time zone of the record'

# summary
complete -c minutes -n "__fish_minutes_command summary" -l year -x -d 'Only meetings of this year'
complete -c minutes -n "__fish_minutes_command summary" -l from -x -d 'Only meetings on or after DATE'
complete -c minutes -n "__fish_minutes_command summary" -l until -x -d 'Only meetings on or before DATE'
complete -c minutes -n "__fish_minutes_command summary" -l table -x -a 'meetings decisions actions answers tags' -d 'csv: which table'

# actions
complete -c minutes -n "__fish_minutes_command actions" -l open -d 'Only open actions'
complete -c minutes -n "__fish_minutes_command actions" -l overdue -d 'Only open actions due before --as-of'
complete -c minutes -n "__fish_minutes_command actions" -l owner -x -d 'Only actions of this owner'
complete -c minutes -n "__fish_minutes_command actions" -l fail-on-overdue -d 'Exit 3 when an action shown is overdue'

# Shared by summary and actions.
complete -c minutes -n "__fish_minutes_command summary actions" -l as-of -x -d 'Open actions due before DATE are overdue'
complete -c minutes -n "__fish_minutes_command summary actions" -l keep-going -d 'Report on the valid records'

# import: plain text or Markdown minutes, so any file.
complete -c minutes -n "__fish_minutes_command import" -F
complete -c minutes -n "__fish_minutes_command import" -l lang -x -a 'en nb nn de' -d "The record's language"
complete -c minutes -n "__fish_minutes_command import" -l date -x -d "The meeting's date"
complete -c minutes -n "__fish_minutes_command import" -s t -l to -x -a 'yaml' -d 'Output format (a record is yaml)'
complete -c minutes -n "__fish_minutes_command import" -s o -l output -r -F -d 'Write the record to FILE'
complete -c minutes -n "__fish_minutes_command import" -l report -d 'List on stderr where each line went'

# new: no positional argument.
complete -c minutes -n "__fish_minutes_command new" -l title -x -d "The meeting's title"
complete -c minutes -n "__fish_minutes_command new" -l date -x -d "The meeting's date"
complete -c minutes -n "__fish_minutes_command new" -l lang -x -a 'en nb nn de' -d 'Language of the comments and examples'
complete -c minutes -n "__fish_minutes_command new" -l kind -x -a 'meeting workshop board' -d 'What the skeleton is filled in for'
complete -c minutes -n "__fish_minutes_command new" -s t -l to -x -a 'yaml' -d 'Output format (a record is yaml)'
complete -c minutes -n "__fish_minutes_command new" -s o -l output -r -F -d 'Write the record to FILE'
complete -c minutes -n "__fish_minutes_command schema" -s o -l output -r -F -d 'Write the schema to FILE'
complete -c minutes -n "__fish_minutes_command new" -l force -d 'With -o: replace FILE if it exists'
# A schema path (or a URL, typed by hand) for the editor modeline on line 1.
complete -c minutes -n "__fish_minutes_command new" -l schema-ref -x -a '(__fish_minutes_schemas)' -d 'Schema path or URL for the modeline'
