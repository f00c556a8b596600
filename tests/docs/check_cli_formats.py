#!/usr/bin/env python3
"""Checks the formats table of docs/cli.md against the registry, as `minutes formats` prints it.

usage: check_cli_formats.py MINUTES CLI_MD
       check_cli_formats.py --self-test MINUTES CLI_MD

docs/cli.md must have exactly one Markdown table whose first three columns are `name`,
`extension` and `input`. Its rows, read as (name, extension, input) with backticks taken off,
must be the rows of `minutes formats`, in the same order: a format added to the registry, a
row removed, an extension or an input changed is reported, each difference on a line of its
own, and the exit status is 1. The other columns (which commands write a format, a
description) are prose and not compared.

--self-test runs the check on altered copies of CLI_MD (a row left out, an extension changed,
a row added) and fails unless each of them is caught, so that the check cannot pass by
failing to find anything.
"""

import re
import subprocess
import sys
from pathlib import Path

HEADER = ("name", "extension", "input")


def registry_rows(minutes):
    """[(name, extension, input)] of `minutes formats`: NAME EXT INPUT DESCRIPTION."""
    printed = subprocess.run([minutes, "formats"], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in printed.splitlines():
        fields = line.split(None, 3)
        if len(fields) >= 3:
            rows.append(tuple(fields[:3]))
    return rows


def cells(line):
    """The cells of a Markdown table line, without the outer pipes and backticks."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [c.strip().strip("`").strip() for c in re.split(r"(?<!\\)\|", inner)]


def tables(text):
    """[(line number of the header, header cells, [(line number, cells)])] of every table."""
    found = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if (lines[i].lstrip().startswith("|") and i + 1 < len(lines)
                and re.fullmatch(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*", lines[i + 1])):
            header = [c.lower() for c in cells(lines[i])]
            body = []
            j = i + 2
            while j < len(lines) and lines[j].lstrip().startswith("|"):
                body.append((j + 1, cells(lines[j])))
                j += 1
            found.append((i + 1, header, body))
            i = j
        else:
            i += 1
    return found


def check(rows, text, name):
    formats_tables = [t for t in tables(text) if tuple(t[1][:3]) == HEADER]
    if len(formats_tables) != 1:
        return [f"{name}: expected one table whose columns start with {' | '.join(HEADER)}, "
                f"found {len(formats_tables)}"]
    start, _, body = formats_tables[0]
    documented = [(number, tuple(c[:3])) for number, c in body]
    problems = []
    for row in rows:
        if row not in [d for _, d in documented]:
            problems.append(f"{name}:{start}: the formats table has no row {' | '.join(row)} "
                            f"(a row of 'minutes formats')")
    for number, row in documented:
        if row not in rows:
            problems.append(f"{name}:{number}: the row {' | '.join(row)} is not a row of 'minutes formats'")
    if not problems and [d for _, d in documented] != rows:
        problems.append(f"{name}:{start}: the rows are not in the order of 'minutes formats': "
                        f"{', '.join(' '.join(r) for r in rows)}")
    return problems


def self_test(rows, text, name):
    """Each alteration of a correct table must be reported."""
    if check(rows, text, name):
        return ["the self-test needs a docs/cli.md that passes the check"]
    failures = []
    table_lines = [line for line in text.splitlines()
                   if line.lstrip().startswith("|") and tuple(cells(line)[:3]) in rows]
    first, last = table_lines[0], table_lines[-1]
    altered = {
        "a row left out": text.replace(first + "\n", "", 1),
        "an extension changed": text.replace(first, first.replace(f"`{rows[0][1]}`", "`.changed`", 1), 1),
        "a row added": text.replace(last + "\n", last + "\n| `pdf` | `.pdf` | document | render | PDF |\n", 1),
        "two rows swapped": text.replace(first + "\n" + table_lines[1], table_lines[1] + "\n" + first, 1),
    }
    for what, copy in altered.items():
        if copy == text:
            failures.append(f"self-test: could not make a copy with {what}")
        elif not check(rows, copy, name):
            failures.append(f"self-test: a table with {what} passed the check")
        else:
            print(f"ok: a table with {what} is reported")
    return failures


def main():
    args = sys.argv[1:]
    testing = args[:1] == ["--self-test"]
    args = args[1:] if testing else args
    if len(args) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    minutes, path = args
    rows = registry_rows(minutes)
    if not rows:
        sys.exit(f"'{minutes} formats' printed no format")
    text = Path(path).read_text(encoding="utf-8")
    name = Path(path).name
    problems = self_test(rows, text, name) if testing else check(rows, text, name)
    for problem in problems:
        print(problem)
    if problems:
        print(f"FAILED: {len(problems)} problem(s)")
        return 1
    if not testing:
        print(f"ok: the formats table of {path} has the {len(rows)} rows of 'minutes formats'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
