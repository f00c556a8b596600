#!/usr/bin/env python3
"""Checks that the shell completions still describe the program.

usage: drift.py MINUTES SOURCE_DIR

The truth is what the program says: tests/cli/help_options.py MINUTES lists every command
and every option of `minutes --help` and `minutes COMMAND --help`. Three checks:

1. Text: every command name and every option (short and long) appears in each of
   completions/minutes.bash, completions/_minutes and completions/minutes.fish, as a word
   of its own outside comments (`-o` inside `--output` does not count).
2. Behaviour: each shell is asked to complete `minutes `, `minutes -` and `minutes CMD -`
   for every command. What it offers must be exactly what the program has: a missing
   option, and also one the program no longer has (a renamed option, a removed command)
   is an error. bash is always checked; fish and zsh when installed (when not, the
   completion.fish and completion.zsh tests fail and say so).
3. Values: where the help lists the allowed values (`--color WHEN:{auto,always,never}`,
   `--format STYLE:{text,json,github,junit}`), each shell must offer exactly those, after
   the long and (where there is one) the short form of the option. For the output format
   (`-t/--to FORMAT:{...}` of render, summary and actions) a shell may offer aliases too
   (`md`, `htm`, ...), but only words the program accepts as `-t` of that command: each
   extra word is tried with `minutes COMMAND -t WORD`. For `render -t` every name of
   `minutes formats` must be offered.

Prints every difference, then exits 1 if there was any.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SCRIPTS = {"bash": "completions/minutes.bash", "zsh": "completions/_minutes", "fish": "completions/minutes.fish"}
# An option line of CLI11's help whose type lists the allowed values: "  --color WHEN:{a,b}".
ENUMERATED = re.compile(r"^  (?:(-[A-Za-z0-9]),)?(--[A-Za-z0-9][A-Za-z0-9-]*) [A-Z]+:\{([^}]*)\}", re.M)
# The option whose values are output formats; aliases of them may be offered in addition.
FORMAT_OPTION = "--to"


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def program_view(minutes, source_dir):
    """{command: {options}} ("" for the program's own), {(command, option): {values}},
    {(command, option): short form}, formats."""
    listed = run([sys.executable, str(source_dir / "tests/cli/help_options.py"), minutes])
    if listed.returncode != 0:
        sys.exit(f"help_options.py failed:\n{listed.stderr}")
    options = {}
    for line in listed.stdout.splitlines():
        command, _, names = line.rpartition(" ") if " " in line else ("", "", line)
        options.setdefault(command, set()).update(names.split(","))
    values = {}
    shorts = {}
    for command in options:
        text = run([minutes, *([command] if command else []), "--help"]).stdout
        for match in ENUMERATED.finditer(text):
            values[(command, match.group(2))] = set(match.group(3).split(","))
            if match.group(1):
                shorts[(command, match.group(2))] = match.group(1)
    formats = {line.split()[0] for line in run([minutes, "formats"]).stdout.splitlines() if line.strip()}
    return options, values, shorts, formats


def accepted_formats(minutes, command, words, folder):
    """The WORDS that `minutes COMMAND -t WORD` takes: a name or an alias the command can write.
    The path does not exist, so nothing is read or written; a format the command cannot write
    is refused first, with an error that quotes it."""
    missing = str(Path(folder) / "no-such-record.yaml")
    accepted = set()
    for word in words:
        said = run([minutes, command, "-t", word, missing]).stderr
        if f'"{word}"' not in said:
            accepted.add(word)
    return accepted


def spelling(shell, word):
    """How a script writes WORD: fish's `complete` takes `-l color` for --color, `-s t` for -t."""
    if shell == "fish" and word.startswith("--"):
        return rf"-l\s+{re.escape(word[2:])}"
    if shell == "fish" and word.startswith("-"):
        return rf"-s\s+{re.escape(word[1:])}"
    return re.escape(word)


def text_problems(source_dir, options):
    """What is not written in each script, as a word of its own outside comments."""
    problems = []
    words = {command for command in options if command}
    words |= {option for names in options.values() for option in names}
    for shell, path in SCRIPTS.items():
        lines = (source_dir / path).read_text(encoding="utf-8").splitlines()
        code = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
        missing = sorted(w for w in words if not re.search(rf"(?<![\w-]){spelling(shell, w)}(?![\w-])", code))
        if missing:
            problems.append(f"{path}: not mentioned: {' '.join(missing)}")
    return problems


def bash_answers(source_dir, lines, folder):
    """{line: [answers]} from _minutes in a plain bash, for lines that end in a blank or a
    partial word (no quotes)."""
    driver = r'''
source "$1"; shift
compopt() { :; }
for line in "$@"; do
    read -ra COMP_WORDS <<<"$line"
    [[ $line == *' ' ]] && COMP_WORDS+=('')
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMP_LINE=$line COMP_POINT=${#line} COMPREPLY=()
    _minutes
    printf '### %s\n' "$line"
    printf '%s\n' "${COMPREPLY[@]}"
done
'''
    result = run(["bash", "--norc", "--noprofile", "-c", driver, "bash", str(source_dir / SCRIPTS["bash"]), *lines],
                 cwd=folder, env={**os.environ, "BASH_ENV": ""})
    return parse_answers(result, "bash")


def fish_answers(source_dir, lines, folder):
    code = 'source $argv[1]; for line in $argv[2..-1]; echo "### $line"; complete -C"$line"; end'
    result = run(["fish", "--no-config", "-c", code, str(source_dir / SCRIPTS["fish"]), *lines], cwd=folder,
                 env={**os.environ, "HOME": folder, "XDG_CONFIG_HOME": folder, "XDG_DATA_HOME": folder})
    return parse_answers(result, "fish")


def zsh_answers(source_dir, lines, folder):
    result = run(["zsh", "-f", str(source_dir / "tests/completion/zsh_test.zsh"), str(source_dir), "--print", *lines],
                 cwd=folder, timeout=120)
    return parse_answers(result, "zsh")


def parse_answers(result, shell):
    if result.returncode != 0:
        sys.exit(f"{shell} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    answers = {}
    current = None
    for line in result.stdout.splitlines():
        if line.startswith("### "):
            current = answers.setdefault(line[4:], [])
        elif current is not None and line:
            current.append(line.split("\t")[0])  # fish: "candidate<TAB>description"
    return answers


def behaviour_problems(shell, ask, options, values, shorts, formats, accepts):
    """Compares what SHELL offers with what the program has. accepts(command, words) gives the
    words the program takes as the output format of COMMAND."""
    problems = []
    commands = sorted(c for c in options if c)
    lines = ["minutes ", "minutes -"]
    # The commands the script knows are asked too: their options must be the program's.
    offered_commands = set(ask(["minutes "]) ["minutes "])
    every_command = sorted(set(commands) | offered_commands)
    lines += [f"minutes {c} -" for c in every_command]
    # (command, option, as typed) -> the line that asks for its values.
    value_lines = {}
    for (command, option) in values:
        if not command:
            continue
        for typed in (option, shorts.get((command, option))):
            if typed:
                value_lines[(command, option, typed)] = f"minutes {command} {typed} "
    lines += value_lines.values()
    answers = ask(lines)

    def compare(what, expected, got, allow_extra=False):
        missing = sorted(set(expected) - set(got))
        extra = [] if allow_extra else sorted(set(got) - set(expected))
        if missing:
            problems.append(f"{shell}: {what}: missing {' '.join(missing)}")
        if extra:
            problems.append(f"{shell}: {what}: offers what the program does not have: {' '.join(extra)}")

    compare("commands (minutes <TAB>)", commands, answers["minutes "])
    compare("options of minutes", options[""], answers["minutes -"])
    for command in every_command:
        if command not in options:
            continue  # already reported as a command the program does not have
        compare(f"options of minutes {command}", options[command], answers[f"minutes {command} -"])
    for (command, option, typed), line in value_lines.items():
        if command not in options or option not in options[command]:
            continue  # reported above
        expected, got = values[(command, option)], answers[line]
        if option != FORMAT_OPTION:
            compare(f"values of minutes {command} {typed}", expected, got)
            continue
        compare(f"values of minutes {command} {typed}", expected, got, allow_extra=True)
        extra = set(got) - set(expected)
        refused = sorted(extra - accepts(command, extra))
        if refused:
            problems.append(f"{shell}: values of minutes {command} {typed}: offers what 'minutes {command} "
                            f"-t' refuses: {' '.join(refused)}")
        if command == "render":
            compare(f"values of minutes render {typed} (minutes formats)", formats, got, allow_extra=True)
    return problems


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: drift.py MINUTES SOURCE_DIR")
    minutes, source_dir = sys.argv[1], Path(sys.argv[2]).resolve()
    options, values, shorts, formats = program_view(minutes, source_dir)
    print(f"the program: {len(options) - 1} commands, {sum(len(o) for o in options.values())} option names, "
          f"{len(values)} options with listed values, formats {' '.join(sorted(formats))}")

    problems = text_problems(source_dir, options)
    with tempfile.TemporaryDirectory() as folder:  # empty: no file names among the answers
        known = {}  # (command, word) -> whether the program takes it as -t

        def accepts(command, words):
            unknown = [w for w in words if (command, w) not in known]
            taken = accepted_formats(minutes, command, unknown, folder)
            known.update({(command, w): w in taken for w in unknown})
            return {w for w in words if known[(command, w)]}

        shells = {"bash": bash_answers}
        for shell, ask in (("fish", fish_answers), ("zsh", zsh_answers)):
            if shutil.which(shell):
                shells[shell] = ask
            else:
                print(f"{shell} is not installed: only the text of {SCRIPTS[shell]} is checked")
        for shell, ask in shells.items():
            problems += behaviour_problems(shell, lambda lines, ask=ask: ask(source_dir, lines, folder),
                                           options, values, shorts, formats, accepts)
            print(f"{shell}: checked")

    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems" if problems else "the completions match the program")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
