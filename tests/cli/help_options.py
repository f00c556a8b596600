#!/usr/bin/env python3
"""Lists every command and option that `minutes --help` and `minutes COMMAND --help` show.

The man page and the shell completions are checked against this list, so that an option
added to the program cannot be missing from them. Usage: help_options.py MINUTES [--json]
Prints one line per option: "COMMAND -x,--long" ("" as COMMAND for the program's own).
"""

import json
import re
import subprocess
import sys

OPTION = re.compile(r"^  (-[A-Za-z0-9],)?(--[A-Za-z0-9][A-Za-z0-9-]*)( [A-Z][A-Z0-9]*\b)?")
COMMAND = re.compile(r"^  ([a-z][a-z-]*)\s{2,}\S")


def help_text(minutes, *command):
    result = subprocess.run([minutes, *command, "--help"], capture_output=True, text=True, check=True)
    return result.stdout


def options_of(text):
    """[(short or "", long, takes_value)] for the lines of an Options: section."""
    found = []
    in_options = False
    for line in text.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            in_options = line == "Options:"
            continue
        if not in_options:
            continue
        match = OPTION.match(line)
        if match:
            short = (match.group(1) or "").rstrip(",")
            # One space and a type in capitals (TEXT, UINT): the option takes a value. A flag's
            # description follows after two spaces or more.
            found.append((short, match.group(2), match.group(3) is not None))
    return found


def commands_of(text):
    names = []
    in_commands = False
    for line in text.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            in_commands = line == "Subcommands:"
            continue
        match = COMMAND.match(line) if in_commands else None
        if match:
            names.append(match.group(1))
    return names


def collect(minutes):
    top = help_text(minutes)
    result = {"": options_of(top)}
    for command in commands_of(top):
        result[command] = options_of(help_text(minutes, command))
    return result


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: help_options.py MINUTES [--json]")
    collected = collect(sys.argv[1])
    if "--json" in sys.argv[2:]:
        print(json.dumps({command: [{"short": s, "long": l, "value": v} for s, l, v in options]
                          for command, options in collected.items()}, indent=1))
        return
    for command, options in collected.items():
        for short, long, _ in options:
            print(f"{command} {short + ',' if short else ''}{long}".strip())


if __name__ == "__main__":
    main()
