#!/usr/bin/env bash
# Benchmark `minutes validate`, `render`, `summary` and `actions` against the parse-only baseline.
#
# usage: tests/bench/run.sh [--count N] [--build DIR] [--summary]
#
#   --count N    number of generated records (default 10000)
#   --build DIR  CMake build directory holding minutes (or src/minutes) and
#                tests/bench/minutes-parse-baseline (default: build/ at the
#                repository root); generated records are cached in
#                DIR/bench-data-N, raw results go to DIR/bench-results/
#   --summary    only the baseline and `minutes summary` / `minutes actions`
#
# Prints figures only; commands whose binary is missing are skipped.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
count=10000
build="$repo/build"
seed=1
only_summary=0

usage() { sed -n '4,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
die() { echo "run.sh: $*" >&2; exit 2; }

while (($#)); do
    case $1 in
        --count) (($# >= 2)) || die "--count needs a value"; count=$2; shift 2 ;;
        --count=*) count=${1#*=}; shift ;;
        --build) (($# >= 2)) || die "--build needs a value"; build=$2; shift 2 ;;
        --build=*) build=${1#*=}; shift ;;
        --summary) only_summary=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done
[[ $count =~ ^[1-9][0-9]*$ ]] || die "--count must be a positive integer"
[[ -d $build ]] || die "build directory '$build' not found; configure and build first, e.g.
  cmake -S . -B build && cmake --build build"
build=$(cd "$build" && pwd)
command -v hyperfine >/dev/null || die "hyperfine not found (apt-get install hyperfine)"

build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
case $build_type in
    Release | RelWithDebInfo) ;;
    *) echo "note: $build has CMAKE_BUILD_TYPE='${build_type}'; figures from a non-optimised build say little" ;;
esac

# --- records: generated once per (count, seed, generator version) -----------
data="$build/bench-data-$count"
stamp="$build/bench-data-$count.stamp"
want="count=$count seed=$seed generator=$(sha256sum "$here/gen_records.py" | cut -c1-16)"
if [[ -d $data && -f $stamp && $(<"$stamp") == "$want" ]]; then
    echo "reusing records in $data"
else
    echo "generating $count records into $data ..."
    tmp=$(mktemp -d "$build/bench-data-$count.tmp.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    python3 "$here/gen_records.py" --count "$count" --seed "$seed" --out "$tmp"
    rm -rf "$data" "$stamp"
    mv "$tmp" "$data"
    trap - EXIT
    echo "$want" >"$stamp"
fi

read -r nfiles nbytes < <(find "$data/" -type f -name '*.yaml' -printf '%s\n' |
    awk '{ n++; s += $1 } END { print n + 0, s + 0 }')
one=$(python3 "$here/report.py" pick "$data" 5000)
one_bytes=$(stat -c %s "$one")

# --- commands ---------------------------------------------------------------
baseline="$build/tests/bench/minutes-parse-baseline"
minutes="$build/minutes"   # if the project puts it there; else the CMake default below
if [[ ! -x $minutes && -x $build/src/minutes ]]; then minutes="$build/src/minutes"; fi
results="$build/bench-results"
mkdir -p "$results"
meta="$results/meta-$count.tsv"
: >"$meta"
rm -f "$results/hyperfine-$count"-*.json

quote() { printf "'%s'" "${1//\'/\'\\\'\'}"; }   # for hyperfine's shell-free splitting
hf_names=() hf_groups=() hf_cmds=()

# bench NAME GROUP ROLE RECORDS BYTES CMD...   (ROLE: baseline or subject)
bench() {
    local name=$1 group=$2 role=$3 records=$4 bytes=$5
    shift 5
    if [[ ! -x $1 ]]; then
        echo "skipping '$name': $1 not found"
        printf '%s\t%s\tskipped\t%s\t%s\t\t\tskipped: %s not built\n' \
            "$name" "$group" "$records" "$bytes" "${1#"$build"/}" >>"$meta"
        return
    fi
    # one run outside hyperfine for the exit status and the peak RSS
    local rc=0 rss_kb out="$results/${name//[^A-Za-z0-9]/_}.out"
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -v -o "$out.time" "$@" >"$out" 2>"$out.err" || rc=$?
        rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out.time")
    else
        read -r rss_kb rc < <(python3 "$here/report.py" rss "$out" -- "$@" 2>"$out.err")
    fi
    if [[ $role == baseline ]]; then echo "$name: $(head -n 1 "$out" 2>/dev/null)"; fi
    if ((rc != 0)); then echo "$name: exit status $rc (stderr in $out.err)"; fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n' \
        "$name" "$group" "$role" "$records" "$bytes" "$rss_kb" "$rc" >>"$meta"
    local cmd="" arg
    for arg in "$@"; do cmd+="${cmd:+ }$(quote "$arg")"; done
    hf_names+=("$name") hf_groups+=("$group") hf_cmds+=("$cmd")
}

bench "baseline -j 1" j1 baseline "$nfiles" "$nbytes" "$baseline" -j 1 "$data"
bench "baseline -j 2" j2 baseline "$nfiles" "$nbytes" "$baseline" -j 2 "$data"
# summary and actions: every record folded into one report, written to standard output; the
# date is fixed so that the report is the same on every run. --keep-going: with --count 100000
# the generator writes 11 records whose summary is over the 16 KiB limit (exit status 1).
as_of=2025-12-31
bench "summary md -j 1" j1 subject "$nfiles" "$nbytes" "$minutes" summary --keep-going -j 1 --as-of "$as_of" "$data"
bench "summary md -j 2" j2 subject "$nfiles" "$nbytes" "$minutes" summary --keep-going -j 2 --as-of "$as_of" "$data"
bench "summary html -j 1" j1 subject "$nfiles" "$nbytes" "$minutes" summary --keep-going -t html -j 1 --as-of "$as_of" "$data"
bench "actions --open -j 2" j2 subject "$nfiles" "$nbytes" "$minutes" actions --keep-going --open -j 2 --as-of "$as_of" "$data"
if ((only_summary == 0)); then
bench "validate -j 1" j1 subject "$nfiles" "$nbytes" "$minutes" validate -j 1 --quiet "$data"
bench "validate -j 2" j2 subject "$nfiles" "$nbytes" "$minutes" validate -j 2 --quiet "$data"
bench "render html -d, -j 1" j1 subject "$nfiles" "$nbytes" "$minutes" render -t html -j 1 -d "$results/html-j1" "$data"
bench "render html -d, -j 2" j2 subject "$nfiles" "$nbytes" "$minutes" render -t html -j 2 -d "$results/html-j2" "$data"
bench "render csv, -j 1" j1 subject "$nfiles" "$nbytes" "$minutes" render -t csv -j 1 "$data"
bench "render csv, -j 2" j2 subject "$nfiles" "$nbytes" "$minutes" render -t csv -j 2 "$data"
bench "baseline, one file" one baseline 1 "$one_bytes" "$baseline" "$one"
bench "validate, one file" one subject 1 "$one_bytes" "$minutes" validate --quiet "$one"
bench "render html, one file" one subject 1 "$one_bytes" "$minutes" render -t html "$one"
fi

# one hyperfine run per group, so that its summary compares like with like
jsons=()
for group in j1 j2 one; do
    args=()
    for i in "${!hf_names[@]}"; do
        if [[ ${hf_groups[i]} == "$group" ]]; then args+=(-n "${hf_names[i]}" "${hf_cmds[i]}"); fi
    done
    ((${#args[@]})) || continue
    jsons+=("$results/hyperfine-$count-$group.json")
    echo
    hyperfine -N --warmup 1 --runs 5 --ignore-failure --style basic \
        --export-json "${jsons[-1]}" "${args[@]}"
done

# --- table -----------------------------------------------------------------
echo
echo "records: $data ($nfiles files, $(awk -v b="$nbytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB)"
echo "one file: ${one#"$data"/} ($one_bytes bytes)"
echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "commit: $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo none)   build type: ${build_type:-unset}"
echo
python3 "$here/report.py" table "$meta" "${jsons[@]}"
echo
echo "raw results: $results/"
