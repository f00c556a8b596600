#!/usr/bin/env python3
"""Self-test of check_includes.py on small made-up projects.

A layering check that never fails proves nothing, so this runs the checker on trees that break
each rule once and on a clean tree, and compares its output line for line.

Usage: check_includes_test.py [PATH/TO/check_includes.py]   (default: the one beside this file)
Python 3 standard library only.
"""
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

CHECKER = Path(__file__).resolve().with_name("check_includes.py")

DOC = """# Architecture

Text before the section, with a table the checker must not read:

| Folder | May include |
|---|---|
| `emit` | `validate` |

## Layers

| Folder | May include |
|---|---|
| `model` | — |
| `validate` | `model` |
| `emit` | `model` |

| Public header | Layer |
|---|---|
| `model.hpp` | `model` |
| `emit.hpp` | `emit` |

## After
"""


class CheckIncludes(unittest.TestCase):
    def setUp(self):
        self.scratch = tempfile.TemporaryDirectory()
        self.root = Path(self.scratch.name)
        self.write("docs/architecture.md", DOC)
        self.write("include/minutes/model.hpp", "#pragma once\n#include <string>\n")
        self.write("include/minutes/emit.hpp", '#pragma once\n#include "minutes/model.hpp"\n')
        self.write("src/validate/y.hpp", '#pragma once\n#include "minutes/model.hpp"\n')
        self.write("src/emit/z.hpp", "#pragma once\n")

    def tearDown(self):
        self.scratch.cleanup()

    def write(self, name, text):
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def run_checker(self):
        done = subprocess.run([sys.executable, str(CHECKER), str(self.root)],
                              capture_output=True, text=True, check=False)
        return done.returncode, done.stdout.splitlines(), done.stderr

    def assert_errors(self, *expected):
        status, lines, stderr = self.run_checker()
        self.assertEqual(stderr, "")
        count = f"layering: {len(expected)} error{'s' if len(expected) != 1 else ''}"
        self.assertEqual(lines, list(expected) + [count])
        self.assertEqual(status, 1)

    def test_emit_including_validate_fails_with_the_exact_message(self):
        self.write("src/emit/x.cpp", '#include <vector>\n#include "validate/y.hpp"\n')
        self.assert_errors('src/emit/x.cpp:2: error[layering]: emit may not include validate '
                           '("validate/y.hpp"); allowed: model')

    def test_clean_tree_passes_with_one_line(self):
        self.write("src/emit/x.cpp", '#include <validate/y.hpp>\n#include "minutes/emit.hpp"\n'
                                     '#include "emit/z.hpp"\n#include "z.hpp"\n')
        status, lines, stderr = self.run_checker()
        self.assertEqual((status, stderr), (0, ""))
        self.assertEqual(lines,
                         ["layering: 5 quoted includes in 5 files follow docs/architecture.md"])

    def test_include_of_a_missing_file(self):
        self.write("src/emit/x.cpp", '#include "emit/gone.hpp"\n')
        self.assert_errors('src/emit/x.cpp:1: error[layering]: "emit/gone.hpp" does not exist '
                           "(looked beside the file, in include/ and in src/)")

    def test_folder_without_a_row(self):
        self.write("src/load/walk.cpp", '#include "validate/y.hpp"\n')
        self.assert_errors("src/load/: error[layering]: folder has no row in the layer table of "
                           "docs/architecture.md")

    def test_public_header_without_a_row(self):
        self.write("include/minutes/new.hpp", "#pragma once\n")
        self.assert_errors("include/minutes/new.hpp: error[layering]: public header new.hpp has "
                           "no row in the header table of docs/architecture.md")

    def test_public_header_is_held_to_its_layer(self):
        self.write("include/minutes/model.hpp", '#pragma once\n#include "minutes/emit.hpp"\n')
        self.assert_errors('include/minutes/model.hpp:2: error[layering]: model may not include '
                           'emit ("minutes/emit.hpp"); allowed: none')

    def test_unknown_layer_in_the_table(self):
        self.write("docs/architecture.md", DOC.replace("| `emit` | `model` |",
                                                       "| `emit` | `model`, `modle` |"))
        self.assert_errors("docs/architecture.md:15: error[layering]: emit may include modle, "
                           "which is not a layer")

    def test_cycle_in_the_table(self):
        self.write("docs/architecture.md", DOC.replace("| `model` | — |", "| `model` | `emit` |"))
        self.assert_errors("docs/architecture.md:13: error[layering]: layers may include each "
                           "other in a cycle: model -> emit -> model")

    def test_missing_section_cannot_be_checked(self):
        self.write("docs/architecture.md", "# Architecture\n")
        status, lines, stderr = self.run_checker()
        self.assertEqual((status, lines), (2, []))
        self.assertIn("## Layers", stderr)


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        CHECKER = Path(sys.argv.pop(1)).resolve()
    unittest.main()
