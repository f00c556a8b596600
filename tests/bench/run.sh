#!/usr/bin/env bash
# Benchmark `minutes validate`, `render`, `summary` and `actions` against the parse-only baseline.
#
# usage: tests/bench/run.sh [--count N] [--build DIR] [--summary] [--old BIN] [--rss-only] [--runs N]
#
#   --count N    number of generated records (default 10000)
#   --build DIR  CMake build directory holding minutes (or src/minutes) and
#                tests/bench/minutes-parse-baseline (default: build/ at the
#                repository root); generated records are cached in
#                DIR/bench-data-N, raw results go to DIR/bench-results/
#   --summary    only the baseline and `minutes summary` / `minutes actions`
#   --old BIN    also run every command with BIN (an older `minutes`), as rows
#                named "old: ...", in the same groups, so both versions are set
#                against the same baseline in the same run
#   --rss-only   one run per command for exit status and peak RSS, no timing
#                (for --count 100000, where timing everything takes an hour)
#   --runs N     timed runs per command after one warm-up (default 5)
#
# Prints figures only; commands whose binary is missing are skipped.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
count=10000
build="$repo/build"
seed=1
only_summary=0
old=""
rss_only=0
runs=5

usage() { sed -n '4,20s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
die() { echo "run.sh: $*" >&2; exit 2; }

while (($#)); do
    case $1 in
        --count) (($# >= 2)) || die "--count needs a value"; count=$2; shift 2 ;;
        --count=*) count=${1#*=}; shift ;;
        --build) (($# >= 2)) || die "--build needs a value"; build=$2; shift 2 ;;
        --build=*) build=${1#*=}; shift ;;
        --summary) only_summary=1; shift ;;
        --old) (($# >= 2)) || die "--old needs a value"; old=$2; shift 2 ;;
        --old=*) old=${1#*=}; shift ;;
        --rss-only) rss_only=1; shift ;;
        --runs) (($# >= 2)) || die "--runs needs a value"; runs=$2; shift 2 ;;
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

# subject NAME GROUP RECORDS BYTES ARGS...: `minutes ARGS`, and with --old the older binary too.
subject() {
    local name=$1 group=$2 records=$3 bytes=$4
    shift 4
    bench "$name" "$group" subject "$records" "$bytes" "$minutes" "$@"
    if [[ -n $old ]]; then bench "old: $name" "$group" subject "$records" "$bytes" "$old" "$@"; fi
}

bench "baseline -j 1" j1 baseline "$nfiles" "$nbytes" "$baseline" -j 1 "$data"
bench "baseline -j 2" j2 baseline "$nfiles" "$nbytes" "$baseline" -j 2 "$data"
# summary and actions: every record folded into one report, written to standard output; the
# date is fixed so that the report is the same on every run. --keep-going: with --count 100000
# the generator writes 11 records whose summary is over the 16 KiB limit (exit status 1).
as_of=2025-12-31
subject "summary md -j 1" j1 "$nfiles" "$nbytes" summary --keep-going -j 1 --as-of "$as_of" "$data"
subject "summary md -j 2" j2 "$nfiles" "$nbytes" summary --keep-going -j 2 --as-of "$as_of" "$data"
subject "summary html -j 1" j1 "$nfiles" "$nbytes" summary --keep-going -t html -j 1 --as-of "$as_of" "$data"
subject "actions --open -j 2" j2 "$nfiles" "$nbytes" actions --keep-going --open -j 2 --as-of "$as_of" "$data"
if ((only_summary == 0)); then
subject "validate -j 1" j1 "$nfiles" "$nbytes" validate -j 1 --quiet "$data"
subject "validate -j 2" j2 "$nfiles" "$nbytes" validate -j 2 --quiet "$data"
subject "render html -d, -j 1" j1 "$nfiles" "$nbytes" render -t html -j 1 -d "$results/html-j1" "$data"
subject "render html -d, -j 2" j2 "$nfiles" "$nbytes" render -t html -j 2 -d "$results/html-j2" "$data"
subject "render csv, -j 1" j1 "$nfiles" "$nbytes" render -t csv -j 1 "$data"
subject "render csv, -j 2" j2 "$nfiles" "$nbytes" render -t csv -j 2 "$data"
bench "baseline, one file" one baseline 1 "$one_bytes" "$baseline" "$one"
subject "validate, one file" one 1 "$one_bytes" validate --quiet "$one"
subject "render html, one file" one 1 "$one_bytes" render -t html "$one"
fi

# one hyperfine run per group, so that its summary compares like with like
jsons=()
groups=(j1 j2 one)
if ((rss_only)); then groups=(); fi
for group in "${groups[@]}"; do
    args=()
    for i in "${!hf_names[@]}"; do
        if [[ ${hf_groups[i]} == "$group" ]]; then args+=(-n "${hf_names[i]}" "${hf_cmds[i]}"); fi
    done
    ((${#args[@]})) || continue
    jsons+=("$results/hyperfine-$count-$group.json")
    echo
    hyperfine -N --warmup 1 --runs "$runs" --ignore-failure --style basic \
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
