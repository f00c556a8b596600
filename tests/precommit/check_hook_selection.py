#!/usr/bin/python3
"""The pre-commit hook of .pre-commit-hooks.yaml, tried on a throwaway repository as a user has it.

pre-commit is not installed here (nor downloaded); this does what it does for a hook: take the
repository's files (`git ls-files`), keep those where re.search(files, path) matches and
re.search(exclude, path) does not (pre-commit's default exclude is ^$), and run the entry split
by shlex with the selected paths appended, from the repository's top folder.

Checks that the default selection is the records and nothing else (not .pre-commit-config.yaml,
not CI files, not other YAML), that the entry exits 0 on valid records, and that a broken record
in the selection is reported (exit 1), not skipped.

Usage: check_hook_selection.py BIN_DIR SOURCE_DIR   (BIN_DIR holds the `minutes` to run)
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

import yaml  # python3-yaml (scripts/install-deps)

CONFIG_FILES = {
    ".pre-commit-config.yaml": "repos:\n  - repo: https://git.example.org/tools/minutes\n"
                               "    rev: v0.1.0\n    hooks:\n      - id: minutes-validate\n",
    ".github/workflows/ci.yml": "name: ci\non: [push]\njobs:\n  check:\n    runs-on: ubuntu-latest\n"
                                "    steps:\n      - uses: actions/checkout@v4\n",
    ".gitlab-ci.yml": "minutes:\n  image: debian:12\n  script:\n    - minutes validate minutes/\n",
    "config/app.yaml": "title: not a meeting\nport: 8080\n",
    "docs/minutes.yaml": "nav: [index.md]\n",
    "minutes/README.md": "# Our minutes\n",
}
RECORDS = {
    "minutes/2024-03-05-board-meeting.yaml": "examples/2024-03-05-board-meeting.yaml",
    "styret/minutes/2020-02-25-dialogmote.yml": "examples/2020-02-25-dialogmote-naeringslivet.yaml",
}


def hook(source_dir):
    with open(os.path.join(source_dir, ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
        hooks = yaml.safe_load(f)
    [found] = [h for h in hooks if h["id"] == "minutes-validate"]
    return found


def selected(hook_def, paths):
    files = re.compile(hook_def.get("files", ""))
    exclude = re.compile(hook_def.get("exclude", "^$"))
    return [p for p in paths if files.search(p) and not exclude.search(p)]


def run_entry(hook_def, repo, paths, bin_dir):
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"])
    env.pop("GITHUB_ACTIONS", None)
    command = shlex.split(hook_def["entry"]) + hook_def.get("args", []) + paths
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)


def git(repo, *args):
    subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True)


def main():
    bin_dir, source_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    hook_def = hook(source_dir)
    failures = []
    with tempfile.TemporaryDirectory() as repo:
        git(repo, "init", "-q")
        for path, text in CONFIG_FILES.items():
            os.makedirs(os.path.join(repo, os.path.dirname(path)), exist_ok=True)
            with open(os.path.join(repo, path), "w", encoding="utf-8") as f:
                f.write(text)
        for path, example in RECORDS.items():
            os.makedirs(os.path.join(repo, os.path.dirname(path)), exist_ok=True)
            shutil.copyfile(os.path.join(source_dir, example), os.path.join(repo, path))
        git(repo, "add", ".")
        tracked = subprocess.run(["git", "-C", repo, "ls-files"], check=True, capture_output=True,
                                 text=True).stdout.splitlines()

        chosen = selected(hook_def, tracked)
        if sorted(chosen) != sorted(RECORDS):
            failures.append(f"the hook selects {sorted(chosen)}, expected only the records "
                            f"{sorted(RECORDS)}")
        result = run_entry(hook_def, repo, chosen, bin_dir)
        if result.returncode != 0:
            failures.append(f"the entry on the selection exited {result.returncode}:\n"
                            f"{result.stdout}{result.stderr}")

        # A broken record in a records folder is checked and refused, never passed over.
        broken = "minutes/2024-04-01-broken.yaml"
        with open(os.path.join(repo, broken), "w", encoding="utf-8") as f:
            f.write("titel: Styremøte\ndate: 2024-04-01\n")
        git(repo, "add", broken)
        tracked.append(broken)
        chosen = selected(hook_def, tracked)
        if broken not in chosen:
            failures.append(f"the hook does not select the broken record {broken}")
        result = run_entry(hook_def, repo, chosen, bin_dir)
        if result.returncode != 1 or f"{broken}:1:1: error[" not in result.stdout + result.stderr:
            failures.append(f"the entry on a broken record exited {result.returncode}, expected 1 "
                            f"with a located error:\n{result.stdout}{result.stderr}")

    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    if not failures:
        print(f"ok: the hook selects {len(RECORDS)} records and nothing else; exit 0, and 1 on a "
              "broken record")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
