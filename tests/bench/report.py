#!/usr/bin/env python3
"""Helpers for run.sh (standard library only).

  report.py pick DATA_DIR [BYTES]      print the record whose size is closest to
                                       BYTES (default 5000); ties go to the first
                                       in sorted order
  report.py rss OUT -- CMD...          run CMD once with its stdout in file OUT,
                                       print "RSS_KB EXIT"; used by run.sh when
                                       /usr/bin/time is missing
  report.py table META [JSON...]       print the results table

META is a tab-separated file written by run.sh, one line per command:
  name  group  role  records  bytes  rss_kb  exit  note
where group pairs a command with the baseline of the same group, role is
"baseline", "subject" or "skipped", and note explains a skip. Each JSON is a
hyperfine --export-json file; its "command" fields are the names.
"""

import json
import os
import resource
import subprocess
import sys


def yaml_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for f in sorted(filenames):
            if f.endswith((".yaml", ".yml")):
                yield os.path.join(dirpath, f)


def pick(root, target=5000):
    best = min(yaml_files(root), key=lambda p: abs(os.path.getsize(p) - target), default=None)
    if best is None:
        sys.exit("no *.yaml files under %s" % root)
    print(best)


def rss(out, cmd):
    with open(out, "wb") as f:
        rc = subprocess.run(cmd, stdout=f).returncode
    # ru_maxrss is in KiB on Linux: the peak of the largest waited-for child
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)


def fmt_int(x):
    return "{:,}".format(int(round(x))).replace(",", " ")


def table(meta_path, json_paths):
    rows = []
    with open(meta_path, encoding="utf-8") as f:
        for line in f:
            name, group, role, records, nbytes, rss_kb, rc, note = line.rstrip("\n").split("\t")
            rows.append(dict(name=name, group=group, role=role, records=int(records),
                             bytes=int(nbytes), rss_kb=rss_kb, rc=rc, note=note))
    results = {}
    for path in json_paths:
        with open(path, encoding="utf-8") as f:
            results.update((r["command"], r) for r in json.load(f)["results"])
    base = {r["group"]: results[r["name"]]["median"]
            for r in rows if r["role"] == "baseline" and r["name"] in results}

    head = ("command", "median s", "stddev s", "records/s", "MB/s", "x baseline",
            "peak RSS MB", "exit")
    out = [head]
    for r in rows:
        res = results.get(r["name"])
        rss_mb = "%.1f" % (int(r["rss_kb"]) * 1024 / 1e6) if r["rss_kb"].isdigit() else "?"
        if r["role"] == "skipped":
            out.append((r["name"], "-", "-", "-", "-", "-", "-", r["note"] or "not measured"))
            continue
        if res is None:  # --rss-only: the one run for exit status and peak RSS
            out.append((r["name"], "-", "-", "-", "-", "-", rss_mb, r["rc"]))
            continue
        med = res["median"]
        ratio = "%.2f" % (med / base[r["group"]]) if r["group"] in base else "-"
        out.append((r["name"], "%.4f" % med, "%.4f" % (res.get("stddev") or 0.0),
                    fmt_int(r["records"] / med), "%.1f" % (r["bytes"] / 1e6 / med),
                    ratio, rss_mb, r["rc"]))

    widths = [max(len(row[i]) for row in out) for i in range(len(head))]
    for n, row in enumerate(out):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:-1], widths[1:-1])]
        print("  ".join(cells + [row[-1]]).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def main(argv):
    if len(argv) >= 2 and argv[0] == "pick":
        pick(argv[1], int(argv[2]) if len(argv) > 2 else 5000)
    elif len(argv) >= 4 and argv[0] == "rss" and argv[2] == "--":
        rss(argv[1], argv[3:])
    elif len(argv) >= 2 and argv[0] == "table":
        table(argv[1], argv[2:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
