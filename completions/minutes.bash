# bash completion for minutes                              -*- shell-script -*-
#
# Installed as share/bash-completion/completions/minutes (loaded on demand by the
# bash-completion package), or sourced by hand: `source completions/minutes.bash`.
#
# It works with and without bash-completion: _init_completion is used when it exists (it
# knows about redirections, `--opt=value` and the cursor in the middle of a word); without
# it the words are taken from COMP_WORDS/COMP_CWORD and `--opt=value` is put together
# again by _minutes_words below. Everything else is plain `compgen`, so that both ways give
# the same answers.
#
# The lists follow `minutes --help` and `minutes COMMAND --help`; tests/completion/drift.py
# fails when an option or a command is missing here or no longer exists.

# The commands, in the order of `minutes --help`.
_minutes_commands='validate render formats summary actions import schema new'

# Sets `flags` (options without a value) and `valued` (options that take one) for a
# command. The word after a valued option is its value, never a path or a command, so the
# two kinds must be told apart. Returns 1 for a word that is not a command.
_minutes_options() {
    # validate, render, summary and actions read records and share these (and --format, the
    # style of the diagnostics, given last below).
    local record_flags='-h --help --strict'
    local record_valued='-j --jobs --max-size --color'
    case $1 in
        '') flags='-h --help --version' valued='' ;;
        validate)
            flags="$record_flags -q --quiet"
            valued="$record_valued --schema --format" ;;
        render)
            flags="$record_flags --fragment --bom --no-formula-guard"
            valued="$record_valued -t --to -o --output -d --output-dir --lang --table --tz --format" ;;
        summary)
            flags="$record_flags --bom --no-formula-guard --keep-going"
            valued="$record_valued --year --from --until --as-of -t --to -o --output --lang --table --format" ;;
        actions)
            flags="$record_flags --open --overdue --fail-on-overdue --bom --no-formula-guard --keep-going"
            valued="$record_valued --owner --as-of -t --to -o --output --lang --format" ;;
        import)
            flags='-h --help --report'
            valued='--lang --date -t --to -o --output --color' ;;
        new)
            flags='-h --help --force'
            valued='--title --date --lang --kind -t --to -o --output --schema-ref' ;;
        schema)
            flags='-h --help' valued='-o --output' ;;
        formats)
            flags='-h --help' valued='' ;;
        *) return 1 ;;
    esac
}

# Appends compgen's answers to COMPREPLY, one a line. Not `COMPREPLY=($(compgen ...))`:
# that would split names with spaces and expand names with * ? [ as patterns.
_minutes_add() {
    local line
    while IFS= read -r line; do
        COMPREPLY+=("$line")
    done < <(compgen "$@")
}

# COMPREPLY = the words of $1 that start with the current word.
_minutes_compgen_words() {
    COMPREPLY=()
    _minutes_add -W "$1" -- "$cur"
}

# The current word as the program will see it, without the shell's quoting: compgen -f
# matches `my file` but not `my\ file` or `"my file`. Not done with eval, which would run
# a `$(...)` typed on the command line. Readline quotes the answers again (-o filenames).
_minutes_dequote() {
    local word=$1 i
    dequoted=''
    case $word in
        \'*)
            # Inside '...' nothing is special.
            dequoted=${word#\'}
            dequoted=${dequoted%\'}
            return ;;
        \"*)
            word=${word#\"}
            word=${word%\"} ;;
    esac
    # Outside quotes and inside "...", a backslash takes the next character literally (in
    # "..." only before \ " $ `, but file names with those are rare enough).
    for ((i = 0; i < ${#word}; i++)); do
        [[ ${word:i:1} == \\ ]] && ((i++))
        dequoted+=${word:i:1}
    done
}

# Files for the current word. With arguments (extensions such as `yaml yml`), only files
# with those extensions, plus every directory so that one can go down into it.
_minutes_files() {
    local dequoted ext
    _minutes_dequote "$cur"
    # Readline then quotes special characters, appends / to directories and no space.
    compopt -o filenames 2>/dev/null
    COMPREPLY=()
    if (($# == 0)); then
        _minutes_add -f -- "$dequoted"
        return
    fi
    _minutes_add -d -- "$dequoted"
    for ext in "$@"; do
        # -X '!PATTERN' drops the names that do not match PATTERN (no extglob needed).
        _minutes_add -f -X "!*.$ext" -- "$dequoted"
    done
}

# Directories only, for -d/--output-dir.
_minutes_dirs() {
    local dequoted
    _minutes_dequote "$cur"
    compopt -o filenames 2>/dev/null
    COMPREPLY=()
    _minutes_add -d -- "$dequoted"
}

# Time zone names for --tz: the program looks ZONE up as a file under $TZDIR or
# /usr/share/zoneinfo. Zone names start with a capital letter, which leaves out posix/,
# right/, zone.tab, tzdata.zi, localtime and the like. One `find` per shell (about 600
# names), kept in _minutes_zone_list; nothing at all when there is no zoneinfo folder.
_minutes_zones() {
    local dir=${TZDIR:-/usr/share/zoneinfo}
    if [[ ${_minutes_zone_dir-} != "$dir" ]]; then
        _minutes_zone_dir=$dir
        _minutes_zone_list=$(cd -- "$dir" 2>/dev/null &&
            find . \( -type f -o -type l \) -path './[A-Z]*' -print 2>/dev/null | sed 's|^\./||' | LC_ALL=C sort)
    fi
    _minutes_compgen_words "$_minutes_zone_list"
}

# COMPREPLY = the values of option $2 of command $1. Options whose value is free text
# (dates, years, names, numbers) get nothing: offering files there would only mislead.
_minutes_values() {
    case $1:$2 in
        # -t/--to: the formats `minutes COMMAND --help` lists (those of `minutes formats` that
        # take what the command builds), and the aliases src/emit/registry.cpp accepts.
        render:-t | render:--to | actions:-t | actions:--to)
            _minutes_compgen_words 'markdown md html htm txt text csv json ics ical icalendar' ;;
        summary:-t | summary:--to)
            _minutes_compgen_words 'markdown md html htm txt text csv json' ;;
        # import and new write a record, whose one format is YAML.
        import:-t | import:--to | new:-t | new:--to)
            _minutes_compgen_words 'yaml' ;;
        # --format: the style of the diagnostics.
        *:--format)
            _minutes_compgen_words 'text json github junit' ;;
        render:--table)
            _minutes_compgen_words 'workshops participants agenda decisions actions attachments' ;;
        summary:--table)
            _minutes_compgen_words 'meetings decisions actions answers tags' ;;
        *:--lang)
            _minutes_compgen_words 'en nb nn de' ;;
        *:--color)
            _minutes_compgen_words 'auto always never' ;;
        new:--kind)
            _minutes_compgen_words 'meeting workshop board' ;;
        render:--tz)
            _minutes_zones ;;
        *:-o | *:--output)
            _minutes_files ;;
        *:-d | *:--output-dir)
            _minutes_dirs ;;
        validate:--schema | new:--schema-ref)
            # A schema file; --schema-ref may also be a URL, typed by hand.
            _minutes_files json yaml yml ;;
        *)
            # --year --from --until --as-of --date --owner --title -j --jobs --max-size
            COMPREPLY=() ;;
    esac
}

# Without bash-completion: fills words, cword, cur, prev and split as _init_completion -s
# would. Bash breaks words at `=` (it is in COMP_WORDBREAKS), so `--to=ht` arrives as
# `--to` `=` `ht`; glue it back so that words[] holds what the program will get.
# Unlike _init_completion, the word under the cursor is taken whole even when the cursor
# is in its middle; the answers are then those for the whole word.
_minutes_words() {
    local i word glue=false
    words=() cword=0 split=false
    for ((i = 0; i < ${#COMP_WORDS[@]}; i++)); do
        word=${COMP_WORDS[i]}
        if ((i > 0)) && [[ $word == = && ${words[${#words[@]} - 1]} == --* ]]; then
            words[${#words[@]} - 1]+=$word
            glue=true
        elif $glue; then
            words[${#words[@]} - 1]+=$word
            glue=false
        else
            words+=("$word")
        fi
        ((i == COMP_CWORD)) && cword=$((${#words[@]} - 1))
    done
    cur=${words[cword]-}
    prev=${words[cword - 1]-}
    # `--opt=value`: complete the value of --opt.
    if [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        cur=${cur#*=}
        split=true
    fi
}

_minutes() {
    local cur prev words cword split=false
    if declare -F _init_completion >/dev/null 2>&1; then
        # -s: split `--opt=value` into prev=--opt, cur=value and set split=true.
        _init_completion -s || return
    else
        _minutes_words
    fi

    # The command is the first word that is not an option: the program's own options
    # (-h --help --version) take no value, so nothing can sit between them.
    local command='' i
    for ((i = 1; i < cword; i++)); do
        if [[ ${words[i]} != -* ]]; then
            command=${words[i]}
            break
        fi
    done

    local flags valued
    if [[ -z $command ]]; then
        _minutes_options ''
        if [[ $cur == -* ]]; then
            _minutes_compgen_words "$flags"
        else
            _minutes_compgen_words "$_minutes_commands"
        fi
        return
    fi
    _minutes_options "$command" || return

    # After `--` every word is a path, even one that starts with `-`.
    local dashdash=false
    for ((i = i + 1; i < cword; i++)); do
        [[ ${words[i]} == -- ]] && dashdash=true && break
    done

    if ! $dashdash; then
        # The value of an option: `--opt value`, `-o value` or (split) `--opt=value`.
        if [[ " $valued " == *" $prev "* ]]; then
            _minutes_values "$command" "$prev"
            # If the user took `=` out of COMP_WORDBREAKS, bash replaces the whole
            # `--opt=val` word, so the answers must carry the `--opt=` themselves.
            if $split && [[ $COMP_WORDBREAKS != *=* ]]; then
                COMPREPLY=("${COMPREPLY[@]/#/$prev=}")
            fi
            return
        fi
        # `--strict=`: a flag takes no value.
        $split && return
        if [[ $cur == -* ]]; then
            _minutes_compgen_words "$flags $valued"
            return
        fi
    fi

    # Positional arguments.
    case $command in
        validate | render | summary | actions)
            # What a folder walk reads, and folders. A file named on the command line is
            # read whatever its extension, but offering every file would hide the records.
            _minutes_files yaml yml ;;
        import)
            # Plain text or Markdown minutes: any file.
            _minutes_files ;;
        *)
            # formats, schema and new take no positional argument.
            COMPREPLY=() ;;
    esac
}

complete -F _minutes minutes
