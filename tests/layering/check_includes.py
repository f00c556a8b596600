#!/usr/bin/env python3
"""Check that every quoted #include in src/ and include/minutes/ respects the layers.

The layers, what each may include, and the layer of each public header are read from the two
tables in the "## Layers" section of docs/architecture.md, so the document and the check cannot
drift apart. Reported as errors:

- an include of a header in a layer that the including file's layer may not include;
- an include of a file that does not exist;
- a folder under src/ with no row in the layer table, a public header with no row in the header
  table, and a row that names an unknown layer or a header that does not exist;
- layers that may include each other in a cycle.

Only `#include "..."` is looked at: `<...>` is for the standard library and third parties. An
include is resolved as the compiler does for quotes with this project's include paths: beside
the including file first, then include/, then src/.

Usage: check_includes.py [PROJECT_ROOT]   (default: the project this file is in)
Prints one line per error, `path:line: error[layering]: ...`, and exits 1 if there is any;
prints one line with the counts and exits 0 if there is none; exits 2 if the tables cannot be
read. Python 3 standard library only.
"""
import os
import re
import sys
from pathlib import Path

DOC = "docs/architecture.md"
SOURCE_SUFFIXES = (".cpp", ".hpp")
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
# Markdown authors write "no dependencies" in several ways; all of them mean the empty list.
NOTHING = {"", "—", "–", "-", "none"}


class Unreadable(Exception):
    """The tables are missing or malformed, so nothing can be checked (exit 2)."""


def strip_cell(cell):
    return cell.strip().strip("`").strip()


def folder_name(cell):
    name = strip_cell(cell)
    if name.startswith("src/"):
        name = name[len("src/"):]
    return name.rstrip("/")


def header_name(cell):
    name = strip_cell(cell)
    for prefix in ("include/", "minutes/"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return name


def split_row(line):
    return [cell for cell in line.strip().strip("|").split("|")]


def markdown_tables(lines, first, last):
    """Yield (header cells, [(line number, cells)]) for each table in lines[first:last]."""
    index = first
    while index < last:
        if not lines[index].lstrip().startswith("|"):
            index += 1
            continue
        start = index
        while index < last and lines[index].lstrip().startswith("|"):
            index += 1
        block = lines[start:index]
        if len(block) < 2 or not re.fullmatch(r"[\s|:\-]+", block[1]):
            raise Unreadable(f"{DOC}:{start + 1}: a table needs a header row and a --- row")
        rows = [(start + 3 + offset, split_row(line)) for offset, line in enumerate(block[2:])]
        yield split_row(block[0]), rows


def read_tables(doc_path):
    """Return ({layer: (allowed, line)}, {header: (layer, line)}) from the Layers section."""
    try:
        lines = doc_path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise Unreadable(f"{DOC}: cannot read: {error.strerror}")
    starts = [i for i, line in enumerate(lines) if re.fullmatch(r"##\s+Layers\s*", line)]
    if len(starts) != 1:
        raise Unreadable(f"{DOC}: needs exactly one '## Layers' section, found {len(starts)}")
    first = starts[0] + 1
    last = next((i for i in range(first, len(lines)) if re.match(r"##\s", lines[i])), len(lines))

    layer_tables, header_tables = [], []
    for head, rows in markdown_tables(lines, first, last):
        title = strip_cell(head[0]).lower()
        if title == "folder":
            layer_tables.append(rows)
        elif title == "public header":
            header_tables.append(rows)
    if len(layer_tables) != 1 or len(header_tables) != 1:
        raise Unreadable(
            f"{DOC}: the Layers section needs exactly one table headed 'Folder' and one headed "
            f"'Public header'; found {len(layer_tables)} and {len(header_tables)}")

    layers, headers, errors = {}, {}, []
    for line, cells in layer_tables[0]:
        if len(cells) < 2:
            raise Unreadable(f"{DOC}:{line}: a layer row needs two columns")
        name = folder_name(cells[0])
        allowed = [folder_name(part) for part in cells[1].split(",")]
        allowed = [part for part in allowed if part.lower() not in NOTHING]
        if name in layers:
            errors.append(f"{DOC}:{line}: error[layering]: layer {name} has two rows")
        layers[name] = (allowed, line)
    for line, cells in header_tables[0]:
        if len(cells) < 2:
            raise Unreadable(f"{DOC}:{line}: a header row needs two columns")
        name, layer = header_name(cells[0]), folder_name(cells[1])
        if name in headers:
            errors.append(f"{DOC}:{line}: error[layering]: header {name} has two rows")
        headers[name] = (layer, line)

    for name, (allowed, line) in layers.items():
        for other in allowed:
            if other not in layers:
                errors.append(f"{DOC}:{line}: error[layering]: {name} may include {other}, "
                              f"which is not a layer")
    for name, (layer, line) in headers.items():
        if layer not in layers:
            errors.append(f"{DOC}:{line}: error[layering]: {name} is in {layer}, "
                          f"which is not a layer")
    errors.extend(cycle_errors(layers))
    return layers, headers, errors


def cycle_errors(layers):
    # Two layers that may include each other are one layer in all but name; the table should
    # say so by merging them rather than hide it.
    done, errors = set(), []

    def visit(name, path):
        if name in path:
            cycle = path[path.index(name):] + [name]
            errors.append(f"{DOC}:{layers[name][1]}: error[layering]: layers may include each "
                          f"other in a cycle: {' -> '.join(cycle)}")
            return
        if name in done or name not in layers:
            return
        for other in layers[name][0]:
            if other != name:
                visit(other, path + [name])
        done.add(name)

    for name in layers:
        visit(name, [])
    return errors


def relative(root, path):
    return Path(os.path.relpath(path, root)).as_posix()


def source_files(folder):
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in SOURCE_SUFFIXES)


def resolve(root, including, target):
    for base in (including.parent, root / "include", root / "src"):
        candidate = Path(os.path.normpath(base / target))
        if candidate.is_file():
            return candidate
    return None


def layer_of(root, path, layers, headers):
    """The layer a file belongs to, or None if it belongs to none the tables name."""
    parts = Path(relative(root, path)).parts
    if len(parts) >= 3 and parts[:2] == ("include", "minutes"):
        entry = headers.get("/".join(parts[2:]))
        return entry[0] if entry else None
    if len(parts) >= 3 and parts[0] == "src":
        return parts[1] if parts[1] in layers else None
    return None


def check(root):
    layers, headers, errors = read_tables(root / DOC)
    src, public = root / "src", root / "include" / "minutes"

    # Files whose own layer is unknown are reported once here and their includes skipped: any
    # verdict on them would rest on a guess.
    if src.is_dir():
        for entry in sorted(src.iterdir()):
            if entry.is_dir() and not entry.name.startswith(".") and entry.name not in layers:
                errors.append(f"{relative(root, entry)}/: error[layering]: folder has no row in "
                              f"the layer table of {DOC}")
            elif entry.is_file() and entry.suffix in SOURCE_SUFFIXES:
                errors.append(f"{relative(root, entry)}: error[layering]: a source file directly "
                              f"in src/ belongs to no layer")
    public_files = source_files(public) if public.is_dir() else []
    for path in public_files:
        name = Path(relative(public, path)).as_posix()
        if name not in headers:
            errors.append(f"{relative(root, path)}: error[layering]: public header {name} has "
                          f"no row in the header table of {DOC}")
    for name, (_, line) in headers.items():
        if not (public / name).is_file():
            errors.append(f"{DOC}:{line}: error[layering]: header {name} does not exist in "
                          f"include/minutes/")

    files = (source_files(src) if src.is_dir() else []) + public_files
    includes = 0
    for path in files:
        own = layer_of(root, path, layers, headers)
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            match = INCLUDE.match(line)
            if not match:
                continue
            includes += 1
            target = match.group(1)
            where = f"{relative(root, path)}:{number}"
            resolved = resolve(root, path, target)
            if resolved is None:
                errors.append(f'{where}: error[layering]: "{target}" does not exist (looked '
                              f"beside the file, in include/ and in src/)")
                continue
            if own is None:
                continue
            theirs = layer_of(root, resolved, layers, headers)
            if theirs is None:
                if not relative(root, resolved).startswith(("src/", "include/minutes/")):
                    errors.append(f'{where}: error[layering]: "{target}" is in no layer '
                                  f"({relative(root, resolved)})")
                continue
            allowed = layers[own][0]
            if theirs != own and theirs not in allowed:
                errors.append(f'{where}: error[layering]: {own} may not include {theirs} '
                              f'("{target}"); allowed: {", ".join(allowed) or "none"}')
    return errors, includes, len(files)


def main(argv):
    if len(argv) > 2:
        print("usage: check_includes.py [PROJECT_ROOT]", file=sys.stderr)
        return 2
    root = Path(argv[1]) if len(argv) == 2 else Path(__file__).resolve().parents[2]
    try:
        errors, includes, files = check(root.resolve())
    except Unreadable as error:
        print(f"error[layering]: {error}", file=sys.stderr)
        return 2
    for error in errors:
        print(error)
    if errors:
        print(f"layering: {len(errors)} error{'s' if len(errors) != 1 else ''}")
        return 1
    print(f"layering: {includes} quoted includes in {files} files follow {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
