#!/usr/bin/env bash
# Runs the Nu HTML Checker (vnu-jar from npm, needs Java) over every HTML golden file: standalone
# pages as they are, fragments wrapped in a minimal page. Any error or warning fails.
# Usage: tests/golden/check_html.sh [CACHE_DIR]   (vnu-jar is installed there once; default build/vnu)
set -euo pipefail
cd "$(dirname "$0")/../.."
cache=${1:-build/vnu}
jar="$cache/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$jar" ]; then
  if ! command -v npm >/dev/null || ! command -v java >/dev/null; then
    echo "check_html: npm or java missing; Nu HTML Checker not run" >&2
    exit 0
  fi
  mkdir -p "$cache"
  if ! npm install --silent --prefix "$cache" vnu-jar >/dev/null 2>&1; then
    echo "check_html: could not install vnu-jar; Nu HTML Checker not run" >&2
    exit 0
  fi
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pages=()
for file in tests/golden/expected/*.html; do
  case "$file" in
    *.fragment.html)
      wrapped="$work/$(basename "$file")"
      { printf '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>fragment</title></head><body>\n'
        cat "$file"
        printf '</body></html>\n'; } > "$wrapped"
      pages+=("$wrapped") ;;
    *) pages+=("$file") ;;
  esac
done
messages=$(java -jar "$jar" --format gnu "${pages[@]}" 2>&1 || true)
if [ -n "$messages" ]; then
  printf '%s\n' "$messages"
  echo "check_html: the Nu HTML Checker reported problems" >&2
  exit 1
fi
echo "check_html: ${#pages[@]} pages, 0 errors, 0 warnings (Nu HTML Checker)"
