#!/usr/bin/env python3
"""Check an iCalendar file written by `minutes`.

usage: ics_check.py FILE.ics [EXPECTED.json]

Structure (standard library only): CRLF line ends and nothing else, no physical line longer
than 75 octets, continuation lines start with one space and each physical line is valid UTF-8
on its own (folding never splits a character), BEGIN/END balanced and nested with VCALENDAR
outside, VERSION and PRODID present, every VEVENT/VTODO with exactly one UID and DTSTAMP, and
UIDs unique. Then, when the `icalendar` package is installed (Debian: python3-icalendar), the
file is parsed with it too. EXPECTED.json, if given, maps property names to the unescaped
values expected in component order, e.g. {"SUMMARY": ["Kick-off", "Sende referat"]}; they
are compared with what icalendar decodes (or, without it, with our own unescaping).
Set MINUTES_REQUIRE_ICALENDAR=1 to fail instead when icalendar is missing. Exit 0 when all
checks pass.
"""
import json
import os
import re
import sys


def unescape(value):
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def main():
    path = sys.argv[1]
    expected = None
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8") as f:
            expected = json.load(f)
    with open(path, "rb") as f:
        data = f.read()
    problems = []

    if not data.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    physical = data.split(b"\r\n")[:-1]
    for number, line in enumerate(physical, start=1):
        if b"\r" in line or b"\n" in line:
            problems.append(f"line {number}: bare CR or LF")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: not UTF-8 on its own (a character was split)")
        if line.startswith(b"\t"):
            problems.append(f"line {number}: continuation with TAB (we fold with a space)")

    logical = []
    for line in physical:
        if line.startswith(b" ") and logical:
            logical[-1] += line[1:]
        else:
            logical.append(line)
    logical = [line.decode("utf-8", "replace") for line in logical]

    stack, components, uids = [], [], []
    values = {}
    for line in logical:
        name, _, value = line.partition(":")
        base = name.split(";")[0].upper()
        if base == "BEGIN":
            stack.append(value)
            if value in ("VEVENT", "VTODO"):
                components.append({"kind": value, "props": {}})
        elif base == "END":
            if not stack or stack[-1] != value:
                problems.append(f"END:{value} does not close {stack[-1] if stack else 'anything'}")
            else:
                stack.pop()
        else:
            if not stack:
                problems.append(f"property outside VCALENDAR: {line!r}")
            if components and stack and stack[-1] in ("VEVENT", "VTODO"):
                components[-1]["props"].setdefault(base, []).append(value)
            values.setdefault(base, []).append(value)
    if stack:
        problems.append(f"unclosed: {stack}")
    if not logical or logical[0] != "BEGIN:VCALENDAR" or logical[-1] != "END:VCALENDAR":
        problems.append("the file is not one VCALENDAR")
    for required in ("VERSION", "PRODID"):
        if required not in values:
            problems.append(f"no {required}")
    if not components:
        problems.append("no VEVENT or VTODO")
    for component in components:
        for required in ("UID", "DTSTAMP"):
            if len(component["props"].get(required, [])) != 1:
                problems.append(f"{component['kind']}: {required} must appear once")
        uids += component["props"].get("UID", [])
    if len(set(uids)) != len(uids):
        problems.append(f"duplicate UIDs: {uids}")

    decoded = {}
    try:
        import icalendar
    except ImportError:
        icalendar = None
        if os.environ.get("MINUTES_REQUIRE_ICALENDAR"):
            problems.append(f"icalendar is not installed for {sys.executable}")
        else:
            print(f"{path}: icalendar not installed for {sys.executable}; structural checks only",
                  file=sys.stderr)
    if icalendar is not None:
        try:
            calendar = icalendar.Calendar.from_ical(data)
        except Exception as error:  # noqa: BLE001 - any parse failure is a finding
            problems.append(f"icalendar cannot parse the file: {error}")
            calendar = None
        if calendar is not None:
            for component in calendar.walk():
                if component.name in ("VEVENT", "VTODO"):
                    for key in ("SUMMARY", "DESCRIPTION", "LOCATION"):
                        if key in component:
                            decoded.setdefault(key, []).append(str(component[key]))
                    for key in ("DTSTART", "DTEND", "DUE", "DTSTAMP"):
                        if key in component:
                            component.decoded(key)  # raises on a malformed date or time
    else:
        for component in components:
            for key in ("SUMMARY", "DESCRIPTION", "LOCATION"):
                for value in component["props"].get(key, []):
                    decoded.setdefault(key, []).append(unescape(value))

    if expected:
        for key, want in expected.items():
            got = decoded.get(key, [])
            if got != want:
                problems.append(f"{key}: {got!r} != {want!r}")

    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
