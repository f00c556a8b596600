#!/usr/bin/env python3
"""Checks the plain-text outputs the way a mail client and a terminal will take them.

usage: check_txt.py FILE...

Each file must be UTF-8, end with exactly one newline, have no control characters (ESC and
the like would act on a terminal), no trailing spaces (mail clients and format=flowed read
them as soft breaks), no two blank lines in a row, and no line over 72 characters unless it is a
single word (a URL). Prints every problem and exits 1 if there was any.
"""

import sys
import unicodedata


def problems_of(path):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return [f"{path}: not UTF-8 ({error})"]
    found = []
    if not text.endswith("\n") or text.endswith("\n\n"):
        found.append(f"{path}: does not end with exactly one newline")
    if "\n\n\n" in text:
        found.append(f"{path}: two blank lines in a row")
    for number, line in enumerate(text.split("\n")[:-1], 1):
        if any(unicodedata.category(c) == "Cc" for c in line):
            found.append(f"{path}:{number}: a control character")
        if line != line.rstrip():
            found.append(f"{path}:{number}: trailing white space")
        if len(line) > 72 and " " in line.strip():
            found.append(f"{path}:{number}: {len(line)} characters, over 72")
    return found


def main(paths):
    found = [p for path in paths for p in problems_of(path)]
    for problem in found:
        print(problem)
    print(f"check_txt: {len(paths)} files, {len(found)} problems")
    return 1 if found or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
