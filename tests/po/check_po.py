#!/usr/bin/env python3
"""Checks the message catalogs in po/ (docs/architecture.md, "Messages in the user's language").

  check_po.py template SOURCE_DIR     every message in the sources is in po/minutes.pot, and
                                      nothing else is (xgettext runs on the sources now)
  check_po.py complete SOURCE_DIR     every po/<lang>.po of po/LINGUAS has every message of the
                                      template, none untranslated or fuzzy (msgfmt --statistics)
  check_po.py placeholders FILE.po... every translation has the fmt placeholders of its msgid,
                                      and is a format string fmt accepts
  check_po.py --self-test             shows the checks above fail on broken catalogs
"""
import os
import re
import subprocess
import sys
import tempfile

ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r", "a": "\a"}


def unquote(text):
    body = text.strip()
    if not (body.startswith('"') and body.endswith('"')):
        raise ValueError(f"not a quoted string: {text}")
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(0)), body[1:-1])


def parse_po(text):
    """The entries of a po file: dicts with msgctxt, msgid, msgid_plural, msgstr (index to text)
    and flags. Obsolete entries (#~) are left out."""
    entries = []
    entry, field = None, None
    for line in text.splitlines() + [""]:
        if line.startswith("#~"):
            continue
        starts_entry = line.startswith("#") or line.startswith("msgctxt") or (
            line.startswith("msgid ") and (field is None or field[0] != "msgctxt"))
        if not line.strip() or (starts_entry and field is not None and field[0] == "msgstr"):
            if entry is not None and "msgid" in entry:
                entries.append(entry)
            entry, field = None, None
            if not line.strip():
                continue
        if entry is None:
            entry = {"flags": set(), "msgstr": {}}
        if line.startswith("#"):
            if line.startswith("#,"):
                entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            continue
        match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line)
        if match:
            keyword, index, value = match.group(1), match.group(2), match.group(3)
            if keyword.startswith("msgstr"):
                field = ("msgstr", int(index) if index else 0)
                entry["msgstr"][field[1]] = unquote(value)
            else:
                field = (keyword, None)
                entry[keyword] = unquote(value)
        elif line.startswith('"') and field is not None:
            if field[0] == "msgstr":
                entry["msgstr"][field[1]] += unquote(line)
            else:
                entry[field[0]] += unquote(line)
        else:
            raise ValueError(f"cannot read po line: {line}")
    return entries


def key(entry):
    return (entry.get("msgctxt"), entry["msgid"], entry.get("msgid_plural"))


def read_entries(path):
    with open(path, encoding="utf-8") as f:
        return [e for e in parse_po(f.read()) if e["msgid"] != ""]


def describe(k):
    ctxt, msgid, plural = k
    text = repr(msgid)
    if plural is not None:
        text += f" / {plural!r}"
    if ctxt is not None:
        text = f"[{ctxt}] {text}"
    return text


def check_template(source_dir):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "fresh.pot")
        subprocess.run(["bash", os.path.join(source_dir, "tests/po/extract_messages.sh"), source_dir, fresh],
                       check=True, stderr=subprocess.DEVNULL)
        now = {key(e) for e in read_entries(fresh)}
    stored = {key(e) for e in read_entries(os.path.join(source_dir, "po/minutes.pot"))}
    for k in sorted(now - stored, key=str):
        problems.append(f"po/minutes.pot lacks {describe(k)} (run scripts/update-po)")
    for k in sorted(stored - now, key=str):
        problems.append(f"po/minutes.pot has {describe(k)}, which no source uses (run scripts/update-po)")
    return problems


def languages(source_dir):
    with open(os.path.join(source_dir, "po/LINGUAS"), encoding="utf-8") as f:
        return [line.strip() for line in f if re.match(r"[a-z]", line)]


def check_complete(source_dir):
    problems = []
    template = {key(e) for e in read_entries(os.path.join(source_dir, "po/minutes.pot"))}
    for language in languages(source_dir):
        po = os.path.join(source_dir, "po", f"{language}.po")
        entries = read_entries(po)
        have = {key(e) for e in entries}
        for k in sorted(template - have, key=str):
            problems.append(f"po/{language}.po lacks {describe(k)} (run scripts/update-po, then translate)")
        for k in sorted(have - template, key=str):
            problems.append(f"po/{language}.po has {describe(k)}, which is not in po/minutes.pot")
        result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, po],
                                capture_output=True, text=True, env=dict(os.environ, LC_ALL="C", LANGUAGE=""))
        if result.returncode != 0:
            problems.append(f"po/{language}.po: msgfmt --check fails:\n{result.stderr.strip()}")
        statistics = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
        if re.search(r"\d+ (fuzzy|untranslated)", statistics):
            problems.append(f"po/{language}.po: {statistics}")
        if re.search(r"\d+ translated", statistics) is None:
            problems.append(f"po/{language}.po: msgfmt counted nothing translated: {statistics!r}")
        for e in entries:
            if "fuzzy" in e["flags"]:
                problems.append(f"po/{language}.po: fuzzy: {describe(key(e))}")
    return problems


def placeholders(text):
    """The replacement fields of an fmt format string, in order ("{}", "{0}", "{:>4}"), or raises
    ValueError where fmt would throw."""
    fields = []
    at = 0
    while at < len(text):
        c = text[at]
        if c == "{":
            if text.startswith("{{", at):
                at += 2
                continue
            depth, end = 0, at
            while end < len(text):
                if text[end] == "{":
                    depth += 1
                elif text[end] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                end += 1
            if end == len(text):
                raise ValueError("a '{' is not closed")
            field = text[at + 1:end]
            name = field.split(":", 1)[0]
            if name and not re.fullmatch(r"\d+|[A-Za-z_]\w*", name):
                raise ValueError(f"'{{{field}}}' is not a replacement field")
            fields.append(field)
            at = end + 1
        elif c == "}":
            if not text.startswith("}}", at):
                raise ValueError("a '}' is not opened (write '}}')")
            at += 2
        else:
            at += 1
    automatic = [f for f in fields if f.split(":", 1)[0] == ""]
    if automatic and len(automatic) != len(fields):
        raise ValueError("mixes automatic ({}) and numbered ({0}) fields")
    return fields


def same_placeholders(msgid_fields, msgstr_fields):
    if any(f.split(":", 1)[0] == "" for f in msgid_fields):
        return msgid_fields == msgstr_fields  # automatic fields fill in order: the order is fixed
    return sorted(msgid_fields) == sorted(msgstr_fields)


def check_placeholders(paths):
    problems = []
    for path in paths:
        name = os.path.basename(path)
        for e in read_entries(path):
            sources = {0: e["msgid"]}
            if e.get("msgid_plural") is not None:
                sources = {i: (e["msgid"] if i == 0 else e["msgid_plural"]) for i in e["msgstr"]}
            for index, translation in e["msgstr"].items():
                if translation == "":
                    continue
                original = sources.get(index, e.get("msgid_plural", e["msgid"]))
                try:
                    expected = placeholders(original)
                except ValueError as error:
                    problems.append(f"{name}: the msgid {original!r} is not a format string: {error}")
                    continue
                try:
                    found = placeholders(translation)
                except ValueError as error:
                    problems.append(f"{name}: {translation!r} (for {original!r}): {error}")
                    continue
                if not same_placeholders(expected, found):
                    problems.append(f"{name}: {translation!r} has the fields {found}, "
                                    f"its msgid {original!r} has {expected}")
    return problems


def self_test():
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
    broken = {
        'msgid "expected {}, got {}"\nmsgstr "forventet {}"\n': "has the fields",
        'msgid "{0} is before {1}"\nmsgstr "{1} er før {2}"\n': "has the fields",
        'msgid "unknown key {}"\nmsgstr "ukjent nøkkel {"\n': "not closed",
        'msgid "unknown key {}"\nmsgstr "ukjent } nøkkel {}"\n': "not opened",
        'msgid "{} file"\nmsgid_plural "{} files"\nmsgstr[0] "{} fil"\nmsgstr[1] "filer"\n': "has the fields",
        'msgid "{0} and {1}"\nmsgstr "{} og {1}"\n': "mixes",
    }
    fine = [
        'msgid "{0} is before {1}"\nmsgstr "{1} kommer etter {0}"\n',
        'msgid "{} file"\nmsgid_plural "{} files"\nmsgstr[0] "{} fil"\nmsgstr[1] "{} filer"\n',
        'msgid "a {{literal}} {}"\nmsgstr "en {{literal}} {}"\n',
        'msgid "no fields"\nmsgstr ""\n"over "\n"two lines"\n',
    ]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "x.po")
        for text, expected in broken.items():
            with open(path, "w", encoding="utf-8") as f:
                f.write(header + text)
            problems = check_placeholders([path])
            if not any(expected in p for p in problems):
                failures.append(f"not caught ({expected}): {text!r}: {problems}")
        for text in fine:
            with open(path, "w", encoding="utf-8") as f:
                f.write(header + text)
            if problems := check_placeholders([path]):
                failures.append(f"wrongly refused: {text!r}: {problems}")
        # check_complete: a message missing, one untranslated, one fuzzy, each caught.
        os.makedirs(os.path.join(tmp, "po"))
        with open(os.path.join(tmp, "po", "LINGUAS"), "w", encoding="utf-8") as f:
            f.write("# languages\nxx\n")
        with open(os.path.join(tmp, "po", "minutes.pot"), "w", encoding="utf-8") as f:
            f.write(header + 'msgid "one"\nmsgstr ""\n\nmsgid "two"\nmsgstr ""\n\n'
                    'msgid "three"\nmsgstr ""\n\nmsgid "four"\nmsgstr ""\n')
        with open(os.path.join(tmp, "po", "xx.po"), "w", encoding="utf-8") as f:
            f.write(header + 'msgid "one"\nmsgstr "en"\n\nmsgid "two"\nmsgstr ""\n\n'
                    '#, fuzzy\nmsgid "three"\nmsgstr "tre"\n')
        problems = "\n".join(check_complete(tmp))
        for expected in ("lacks 'four'", "1 untranslated", "1 fuzzy", "fuzzy: 'three'"):
            if expected not in problems:
                failures.append(f"check_complete did not report {expected!r}: {problems}")
        entries = parse_po(header + '#, fuzzy\nmsgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr ""\n"d"\n')
        if [(e["msgid"], e["msgstr"][0], "fuzzy" in e["flags"]) for e in entries[1:]] != [("a", "b", True),
                                                                                           ("c", "d", False)]:
            failures.append(f"parse_po misread entries: {entries}")
    return failures


def main(argv):
    if argv[1:] == ["--self-test"]:
        problems = self_test()
    elif len(argv) == 3 and argv[1] == "template":
        problems = check_template(argv[2])
    elif len(argv) == 3 and argv[1] == "complete":
        problems = check_complete(argv[2])
    elif len(argv) >= 3 and argv[1] == "placeholders":
        problems = check_placeholders(argv[2:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
