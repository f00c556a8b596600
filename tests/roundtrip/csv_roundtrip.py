#!/usr/bin/env python3
"""Check a CSV written by `minutes` with Python's own csv module.

usage: csv_roundtrip.py FILE.csv EXPECTED.json

EXPECTED.json holds what the CSV must contain before the formula guard:
  {"bom": bool, "formula_guard": bool, "header": [...], "rows": [[cell, ...], ...],
   "column": "answer", "values": [...]}
"rows" is the table as built (raw cells); "values" are the record's own texts (for example
every answer, in order) that must come back exactly from column "column". A cell may differ
from its raw text only by one leading apostrophe, and only where the guard rule applies.
Exit 0 when everything matches; otherwise print the differences and exit 1.
"""
import csv
import io
import json
import sys

TRIGGERS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
SPACES = " \t\n\r\v\f\u00a0\u3000"


def guarded(cell):
    """The rule of src/emit/csv.cpp, written again independently."""
    if not cell:
        return False
    if cell[0] in "\t\r":
        return True
    return cell.lstrip(SPACES).startswith(TRIGGERS)


def check_layout(data, problems):
    """Every field quoted, record ends CRLF, no bare CR or LF outside quotes."""
    i, n, line = 0, len(data), 1
    while i < n:
        # one record: fields separated by commas, ended by CRLF
        while True:
            if i >= n or data[i] != '"':
                problems.append(f"record {line}: field does not start with a quote")
                return
            i += 1
            while True:
                j = data.find('"', i)
                if j < 0:
                    problems.append(f"record {line}: unterminated quoted field")
                    return
                if j + 1 < n and data[j + 1] == '"':
                    i = j + 2
                    continue
                i = j + 1
                break
            if i < n and data[i] == ",":
                i += 1
                continue
            if data.startswith("\r\n", i):
                i += 2
                line += 1
                break
            problems.append(f"record {line}: expected ',' or CRLF after a field, got {data[i:i+1]!r}")
            return


def main():
    csv_path, expected_path = sys.argv[1], sys.argv[2]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    with open(csv_path, "rb") as f:
        raw = f.read()
    problems = []

    has_bom = raw.startswith(b"\xef\xbb\xbf")
    if has_bom != expected["bom"]:
        problems.append(f"BOM present: {has_bom}, expected {expected['bom']}")
    text = raw.decode("utf-8-sig" if has_bom else "utf-8")  # strict: bad UTF-8 raises
    check_layout(text, problems)

    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    guard = expected["formula_guard"]
    want = [expected["header"]] + expected["rows"]
    if len(rows) != len(want):
        problems.append(f"{len(rows)} records, expected {len(want)}")
    for number, (got_row, raw_row) in enumerate(zip(rows, want), start=1):
        if len(got_row) != len(raw_row):
            problems.append(f"record {number}: {len(got_row)} fields, expected {len(raw_row)}")
            continue
        for got, cell in zip(got_row, raw_row):
            wanted = "'" + cell if guard and guarded(cell) else cell
            if got != wanted:
                problems.append(f"record {number}: got {got!r}, expected {wanted!r}")

    # The record's own texts come back exactly, with an apostrophe only where the guard applies.
    # (Stripping a leading ' blindly would be wrong: a text may itself start with one.)
    if rows:
        column = rows[0].index(expected["column"])
        got_values = [row[column] for row in rows[1:]]
        want_values = ["'" + v if guard and guarded(v) else v for v in expected["values"]]
        if got_values != want_values:
            problems.append(f"column {expected['column']!r}: {got_values!r} != {want_values!r}")

    for problem in problems:
        print(f"{csv_path}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
