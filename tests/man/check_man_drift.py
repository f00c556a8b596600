#!/usr/bin/env python3
"""Checks the man page against what the program's --help says, so that the two cannot drift.

Usage: check_man_drift.py MINUTES MANPAGE

- Every command that `minutes --help` lists has a subsection `.SS "minutes COMMAND"` under
  COMMANDS and a `.SY "minutes COMMAND"` line in SYNOPSIS.
- Every option that tests/cli/help_options.py finds in `minutes COMMAND --help` is an item
  (the tag of a `.TP`) of that command's subsection: the long form, the short form in the same
  tag, and an argument after it exactly when the option takes one. An option documented only
  under another command does not count. The program's own options (--help, --version) are
  items of the OPTIONS section.
- No item of a subsection names an option that the command does not have, and no subsection
  or SYNOPSIS line names a command that the program does not have.
- The SYNOPSIS line of a command names each of its options (but --help).
- Every example line of every --help footer ("Examples:") is a line of the EXAMPLES section.
- The formats: every name that `minutes formats` prints is an item of its own (the first word
  of a `.TP` tag) in the subsection "minutes render", where the formats are described; and
  where `minutes COMMAND --help` lists the values of -t (`-t,--to FORMAT:{markdown,...}`),
  each of them is named in the item of -t in that command's subsection.

The page is read the way groff prints it: `\\-` is "-" but a bare "-" is a hyphen (U+2010),
a bare "'" is a closing quote, and so on, so an option or example written without the escapes
that make it copyable is reported as missing. Prints every problem on its own line and exits 1
when there is any.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

HELP_OPTIONS = Path(__file__).resolve().parent.parent / "cli" / "help_options.py"

# What groff's UTF-8 output shows for the special characters the page may use.
NAMED = {
    "aq": "'", "dq": '"', "ga": "`", "ha": "^", "ti": "~", "rs": "\\", "mi": "-", "hy": "\u2010",
    "en": "\u2013", "em": "\u2014", "lq": "\u201c", "rq": "\u201d", "oq": "\u2018", "cq": "\u2019",
    "bu": "\u2022", "co": "\u00a9", "rg": "\u00ae", "tm": "\u2122", "ra": "\u2192", "la": "\u2190",
    "ua": "\u2191", "da": "\u2193", "<=": "\u2264", ">=": "\u2265", "mu": "\u00d7", "de": "\u00b0",
    "lB": "[", "rB": "]", "lC": "{", "rC": "}", "ba": "|", "at": "@", "sh": "#", "Do": "$",
    "sl": "/", "pl": "+", "eq": "=", "ul": "_", "dg": "\u2020", "sc": "\u00a7",
}
# Unescaped input characters that groff does not print as themselves in UTF-8 (groff_char(7)).
BARE = {"-": "\u2010", "'": "\u2019", "`": "\u2018", "^": "\u02c6", "~": "\u02dc"}
STRINGS = {"lq": "\u201c", "rq": "\u201d", "R": "\u00ae", "Tm": "\u2122"}
ALTERNATING = {"BR", "RB", "BI", "IB", "IR", "RI"}
OPTION_TOKEN = re.compile(r"(?<![\w\-])(--?[A-Za-z0-9][A-Za-z0-9-]*)")
# The output format option in --help, with the values it lists: "  -t,--to FORMAT:{a,b}".
FORMAT_VALUES = re.compile(r"^  (?:-[A-Za-z0-9],)?--to [A-Z]+:\{([^}]*)\}", re.M)
# The subsection that describes every output format.
FORMATS_SUBSECTION = "render"


def name_at(text, i):
    """The name of an escape at text[i:]: x, (xx or [name]. Returns (name, next index)."""
    if i >= len(text):
        return "", i
    if text[i] == "(":
        return text[i + 1:i + 3], i + 3
    if text[i] == "[":
        end = text.find("]", i)
        end = len(text) if end < 0 else end
        return text[i + 1:end], end + 1
    return text[i], i + 1


def unescape(text):
    """Text as groff prints it, and whether it ends in \\c (continued on the next line)."""
    out = []
    i = 0
    continued = False
    while i < len(text):
        ch = text[i]
        if ch != "\\":
            out.append(BARE.get(ch, ch))
            i += 1
            continue
        esc = text[i + 1] if i + 1 < len(text) else ""
        i += 2
        if esc == '"' or esc == "#":
            break  # a comment
        if esc in ("-",):
            out.append("-")
        elif esc in ("e", "\\"):
            out.append("\\")
        elif esc in (" ", "~", "0"):
            out.append(" ")
        elif esc in ("&", "%", ":", "|", "^", ")", ",", "/", "!", "?"):
            pass
        elif esc == "c":
            continued = i >= len(text.rstrip())
        elif esc in ("f", "F"):
            _, i = name_at(text, i)
        elif esc == "(" or esc == "[":
            name, i = name_at(text, i - 1)
            if name.startswith("u") and re.fullmatch(r"u[0-9A-F]{4,6}", name):
                out.append(chr(int(name[1:], 16)))
            else:
                out.append(NAMED.get(name, f"\\[{name}]"))
        elif esc == "*":
            name, i = name_at(text, i)
            out.append(STRINGS.get(name, ""))
        elif esc == "N" and i < len(text):
            quote = text[i]
            end = text.find(quote, i + 1)
            out.append(chr(int(text[i + 1:end])))
            i = end + 1
        elif esc == "s":
            match = re.match(r"[+-]?\d+|\[[^\]]*\]|\([+-]?\d\d", text[i:])
            i += match.end() if match else 0
        elif esc in ("m", "M", "k", "n", "g"):
            _, i = name_at(text, i)
        elif esc in ("h", "v", "w", "o", "b", "l", "L", "D", "X", "Z", "A", "B", "C", "R", "x", "S", "H"):
            quote = text[i] if i < len(text) else ""
            end = text.find(quote, i + 1) if quote else -1
            i = end + 1 if end >= 0 else len(text)
        else:
            out.append(esc)
    return "".join(out), continued


def split_args(rest):
    """The arguments of a macro line, with troff's quoting ("" is a quote inside quotes)."""
    args = []
    i = 0
    while i < len(rest):
        while i < len(rest) and rest[i] in " \t":
            i += 1
        if i >= len(rest):
            break
        if rest.startswith('\\"', i):
            break
        if rest[i] == '"':
            i += 1
            arg = []
            while i < len(rest):
                if rest[i] == '"':
                    if rest.startswith('""', i):
                        arg.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                arg.append(rest[i])
                i += 1
            args.append("".join(arg))
        else:
            start = i
            while i < len(rest) and rest[i] not in " \t":
                if rest.startswith("\\", i):
                    i += 2
                    continue
                i += 1
            args.append(rest[start:i])
    return args


class Page:
    """The man page as items: (section, subsection, kind, text, line number). kind is "tag"
    for the tag of a .TP or .IP, "synopsis" for a .SY block, "text" otherwise."""

    def __init__(self, path):
        self.items = []
        section = subsection = None
        pending_tag = False
        continued = False
        synopsis = None
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            text = None
            if line[:1] in (".", "'"):
                match = re.match(r"[.']\s*(\S*)\s*(.*)", line)
                macro, args = match.group(1), split_args(match.group(2))
                if macro.startswith('\\"') or macro == "":
                    continue
                if macro == "SH":
                    section, subsection, pending_tag = unescape(" ".join(args))[0].strip(), None, False
                    continue
                if macro == "SS":
                    subsection, pending_tag = unescape(" ".join(args))[0].strip(), False
                    continue
                if macro == "TP":
                    pending_tag = True
                    continue
                if macro == "IP":
                    if args and args[0]:
                        self.items.append((section, subsection, "tag", unescape(args[0])[0], number))
                    continue
                if macro == "SY":
                    synopsis = [" ".join(unescape(a)[0] for a in args)]
                    continue
                if macro == "YS":
                    if synopsis is not None:
                        self.items.append((section, subsection, "synopsis", " ".join(synopsis), number))
                    synopsis = None
                    continue
                if macro == "OP":
                    text = "[" + " ".join(unescape(a)[0] for a in args) + "]"
                elif macro in ("B", "I", "SM", "SB"):
                    text, continued_here = unescape(" ".join(args))
                elif macro in ALTERNATING:
                    parts = [unescape(a) for a in args]
                    text = "".join(p[0] for p in parts)
                    continued_here = bool(parts) and parts[-1][1]
                else:
                    continue  # .PP, .RS, .EX, .br and other macros print no text of their own
                if macro == "OP":
                    continued_here = False
            else:
                text, continued_here = unescape(line)
            if synopsis is not None:
                if continued and synopsis:
                    synopsis[-1] += text
                else:
                    synopsis.append(text)
                continued = continued_here
                continue
            if continued and self.items:
                s, ss, kind, previous, first = self.items[-1]
                self.items[-1] = (s, ss, kind, previous + text, first)
            else:
                kind = "tag" if pending_tag else "text"
                self.items.append((section, subsection, kind, text, number))
                pending_tag = False
            continued = continued_here

    def subsections(self, section):
        return {ss for s, ss, _, _, _ in self.items if s == section and ss}

    def entries(self, section, subsection):
        """[(tag, body, line)]: each tagged paragraph of a subsection, its tag and the text that
        follows it up to the next tag."""
        found = []
        for s, ss, kind, text, number in self.items:
            if s != section or ss != subsection:
                continue
            if kind == "tag":
                found.append([text, "", number])
            elif found:
                found[-1][1] += " " + text
        return [tuple(entry) for entry in found]

    def select(self, section, subsection=None, kind=None):
        return [(text, number) for s, ss, k, text, number in self.items
                if s == section and (subsection is None or ss == subsection) and (kind is None or k == kind)]


def help_text(minutes, *command):
    return subprocess.run([minutes, *command, "--help"], capture_output=True, text=True, check=True).stdout


def examples_of(text):
    """The lines of the Example(s): paragraph of a --help text."""
    lines = []
    inside = False
    for line in text.splitlines():
        if not line.startswith(" ") and line.endswith(":"):
            inside = line in ("Examples:", "Example:")
            continue
        if inside and not line.strip():
            inside = False
        if inside:
            lines.append(line.strip())
    return lines


def has_token(text, option):
    return re.search(r"(?<![\w\-])" + re.escape(option) + r"(?![\w\-])", text) is not None


def argument_after(text, option):
    """The word after the option in a tag (--jobs N, --color=WHEN), or None."""
    match = re.search(r"(?<![\w\-])" + re.escape(option) + r"(?:=|\s+)([^\s,\-][^\s,]*)", text)
    return match.group(1) if match else None


def subsection_name(title):
    words = title.split()
    if words and words[0] == "minutes":
        words = words[1:]
    return words[0] if words else ""


def check(minutes, manpage):
    listed = json.loads(subprocess.run([sys.executable, str(HELP_OPTIONS), minutes, "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    page = Page(manpage)
    name = Path(manpage).name
    problems = []
    counts = {"commands": 0, "options": 0, "examples": 0}

    commands = {subsection_name(title): title for title in page.subsections("COMMANDS")}
    synopses = {}
    for text, _ in page.select("SYNOPSIS", kind="synopsis"):
        words = text.split()
        command = words[1] if len(words) > 1 and re.fullmatch(r"[a-z][a-z-]*", words[1]) else ""
        synopses[command] = text

    for command, options in listed.items():
        shown = f"minutes {command}".strip()
        if command:
            counts["commands"] += 1
            title = commands.get(command)
            if title is None:
                problems.append(f'{name}: {command}: no subsection .SS "{shown}" under COMMANDS')
                tags = []
            else:
                tags = page.select("COMMANDS", title, "tag")
            where = f'subsection "{title or shown}"'
            if command not in synopses:
                problems.append(f'{name}: {command}: no .SY "{shown}" line in SYNOPSIS')
        else:
            tags = page.select("OPTIONS", kind="tag")
            where = "section OPTIONS"
        known = set()
        for option in options:
            counts["options"] += 1
            short, long, value = option["short"], option["long"], option["value"]
            known.update(o for o in (short, long) if o)
            spelled = f"{short + ', ' if short else ''}{long}{' (with a value)' if value else ''}"
            with_long = [text for text, _ in tags if has_token(text, long)]
            if not with_long:
                if any(has_token(text.replace("\u2010", "-"), long) for text, _ in tags):
                    problems.append(f"{name}: {shown}: option {long} is written with bare hyphens in "
                                    f"{where}, which print as U+2010; write \\- in the source")
                else:
                    problems.append(f"{name}: {shown}: option {spelled} is not documented in {where}")
                continue
            if short and not any(has_token(text, short) for text in with_long):
                problems.append(f"{name}: {shown}: option {long} is documented without its short form "
                                f"{short} in {where}")
            arguments = [argument_after(text, long) for text in with_long]
            if value and not any(arguments):
                problems.append(f"{name}: {shown}: option {long} takes a value, but {where} documents "
                                f"it without an argument")
            if not value and any(arguments):
                problems.append(f"{name}: {shown}: option {long} is a flag, but {where} documents it "
                                f"with an argument ({next(a for a in arguments if a)})")
            synopsis = synopses.get(command)
            if command and synopsis and long != "--help" and not (
                    has_token(synopsis, long) or (short and has_token(synopsis, short))):
                problems.append(f"{name}: {shown}: option {spelled} is missing from the SYNOPSIS line")
        for text, number in tags:
            for token in OPTION_TOKEN.findall(text):
                if token not in known:
                    problems.append(f"{name}:{number}: {shown}: {where} documents {token}, which "
                                    f"'{shown} --help' does not list")

    for command, title in sorted(commands.items()):
        if command not in listed:
            problems.append(f'{name}: subsection "{title}" documents a command that \'minutes --help\' '
                            f'does not list')
    for command in sorted(set(synopses) - set(listed)):
        problems.append(f'{name}: SYNOPSIS has a line for "minutes {command}", a command that '
                        f"'minutes --help' does not list")

    problems += format_problems(minutes, page, name, commands, listed)
    counts["formats"] = len(format_names(minutes))

    example_lines = {text.strip() for text, _ in page.select("EXAMPLES")}
    for command in listed:
        for example in examples_of(help_text(minutes, *([command] if command else []))):
            counts["examples"] += 1
            if example not in example_lines:
                shown = f"minutes {command}".strip()
                problems.append(f"{name}: {shown}: example missing from EXAMPLES: {example}")
    return problems, counts


def format_names(minutes):
    """The names of `minutes formats`, in order, each once (a name has a row per input)."""
    rows = subprocess.run([minutes, "formats"], capture_output=True, text=True, check=True).stdout
    names = []
    for line in rows.splitlines():
        if line.strip() and line.split()[0] not in names:
            names.append(line.split()[0])
    return names


def has_word(text, word):
    return re.search(r"(?<![\w\-.])" + re.escape(word) + r"(?![\w\-])", text) is not None


def format_problems(minutes, page, name, commands, listed):
    """Every format of the registry is described in the formats subsection, and each command's
    -t item names the formats its --help lists."""
    problems = []
    title = commands.get(FORMATS_SUBSECTION)
    if title is None:
        return [f'{name}: no subsection "minutes {FORMATS_SUBSECTION}" to describe the formats in']
    names = format_names(minutes)
    if not names:
        problems.append(f"{name}: 'minutes formats' printed no format")
    described = {tag.split()[0] for tag, _, _ in page.entries("COMMANDS", title) if tag.split()}
    for format_name in names:
        if format_name not in described:
            problems.append(f'{name}: format {format_name} of \'minutes formats\' has no item '
                            f'(.TP {format_name}) in subsection "{title}"')
    for command in listed:
        if not command or command not in commands:
            continue
        match = FORMAT_VALUES.search(help_text(minutes, command))
        if not match:
            continue
        items = [(tag, body) for tag, body, _ in page.entries("COMMANDS", commands[command])
                 if has_token(tag, "--to")]
        if not items:
            continue  # reported as an undocumented option
        text = " ".join(tag + " " + body for tag, body in items)
        missing = [v for v in match.group(1).split(",") if not has_word(text, v)]
        if missing:
            problems.append(f'{name}: minutes {command}: the item of --to in subsection '
                            f'"{commands[command]}" does not name the format(s) that --help lists: '
                            f'{" ".join(missing)}')
    return problems


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: check_man_drift.py MINUTES MANPAGE")
    problems, counts = check(sys.argv[1], sys.argv[2])
    for problem in problems:
        print(problem)
    if problems:
        print(f"FAILED: {len(problems)} difference(s) between --help and {sys.argv[2]}")
        sys.exit(1)
    print(f"ok: {counts['commands']} commands, {counts['options']} options, {counts['examples']} "
          f"examples of --help and {counts['formats']} formats of 'minutes formats' are all in {sys.argv[2]}")


if __name__ == "__main__":
    main()
