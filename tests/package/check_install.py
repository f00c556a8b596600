#!/usr/bin/env python3
"""What the man page and the README send readers to is installed, at the paths they give.

usage: check_install.py --build BUILD_DIR CMAKE SOURCE_DIR   (installs into a temporary prefix)
       check_install.py --prefix PREFIX SOURCE_DIR           (checks an installation, e.g. /usr
                                                              after installing the .deb)

Checks, in the installed tree:
1. Every file path the man page names under /usr/share/ (or /usr/local/share/) exists under
   PREFIX/share/, and the man page names the documentation by such paths: a bare
   `docs/format.md` or `README.md` would send readers to files they do not have.
2. Every relative link of the installed README and of the installed docs/*.md resolves in the
   installed tree, except links into folders that exist only in the source tree (SOURCE_ONLY),
   which must then exist there.
Prints every problem, then exits 1 if there was any.
"""

import gzip
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# Relative to the documentation folder, as in the source tree: the README's link to the
# benchmark and format.md's link to the schema's source (installed under share/minutes/).
SOURCE_ONLY = ("tests/", "schemas/")
# Paths of ours (not /usr/share/zoneinfo, which the page also names).
MAN_PATH = re.compile(r"/usr(?:/local)?/share/[^\s\"]*minutes[^\s\"]*")
OUR_DOCS = re.compile(r"[^\s\"(]*(?:\bREADME|\bdocs/[\w.-]+)\.md")
LINK = re.compile(r"\]\(([^)\s]+)\)")
# Code is not a link: `[Budsjett](vedlegg/budsjett.pdf)` in import.md is a line to import.
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)


def man_text(prefix):
    with gzip.open(prefix / "share/man/man1/minutes.1.gz", "rt", encoding="utf-8") as f:
        page = f.read()
    # The man(7) escapes of a path: \% (no hyphenation), \- (a hyphen-minus).
    return page.replace("\\%", "").replace("\\-", "-")


def check_man(prefix, problems):
    text = man_text(prefix)
    named = sorted({m.group(0).rstrip(".,;:)") for m in MAN_PATH.finditer(text)})
    if not named:
        problems.append("the man page names no installed file at all")
    for path in named:
        installed = prefix / re.sub(r"^/usr(/local)?/", "", path)
        if not installed.exists():
            problems.append(f"the man page names {path}, which is not installed ({installed})")
    for m in OUR_DOCS.finditer(text):
        if not re.match(r"/usr(/local)?/share/doc/minutes/", m.group(0)):
            problems.append(f"the man page sends readers to {m.group(0)}, not an installed path")
    return len(named)


def check_links(doc_root, source_dir, problems):
    pages = [doc_root / "README.md"] + sorted((doc_root / "docs").glob("*.md"))
    checked = 0
    for page in pages:
        if not page.exists():
            problems.append(f"not installed: {page}")
            continue
        for target in LINK.findall(CODE.sub("", page.read_text(encoding="utf-8"))):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            path = target.split("#", 1)[0]
            resolved = Path(os.path.normpath(page.parent / path))
            relative = os.path.relpath(resolved, doc_root)
            checked += 1
            if relative.startswith(SOURCE_ONLY):
                if not (source_dir / relative).exists():
                    problems.append(f"{page.name}: link {target} names nothing in the source tree")
                continue
            if not resolved.exists():
                problems.append(f"{page.relative_to(doc_root)}: link {target} is broken in the "
                                f"installed copy ({resolved} is not installed)")
    return checked


def check(prefix, source_dir):
    problems = []
    named = check_man(prefix, problems)
    links = check_links(prefix / "share/doc/minutes", source_dir, problems)
    for problem in problems:
        print(f"FAIL: {problem}")
    if not problems:
        print(f"ok: the {named} installed paths the man page names exist; {links} links of the "
              "installed README and docs resolve")
    return 1 if problems else 0


def main(argv):
    if len(argv) == 5 and argv[1] == "--build":
        build, cmake, source = argv[2:]
        with tempfile.TemporaryDirectory() as prefix:
            subprocess.run([cmake, "--install", build, "--prefix", prefix], check=True,
                           stdout=subprocess.DEVNULL)
            return check(Path(prefix), Path(source))
    if len(argv) == 4 and argv[1] == "--prefix":
        return check(Path(argv[2]), Path(argv[3]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
