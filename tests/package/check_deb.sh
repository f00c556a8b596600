#!/usr/bin/env bash
# Builds the Debian package from BUILD_DIR, installs it with apt, uses the installed `minutes`
# the way a newcomer would, and removes it again. Run as root on a Debian 12 machine (CI does).
# Usage: tests/package/check_deb.sh BUILD_DIR
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "$1" && pwd)
cd "$build_dir"
rm -f minutes_*.deb
cpack -G DEB >/dev/null
package=$(ls minutes_*.deb)
echo "built $package"
dpkg-deb -f "$package" Depends

if dpkg-query -W -f='${Status}' minutes 2>/dev/null | grep -q 'install ok installed'; then
  echo "minutes is already installed as a package; not touching it" >&2
  exit 2
fi
trap 'apt-get remove -y -qq minutes >/dev/null 2>&1 || true' EXIT
apt-get install -y -qq "./$package" >/dev/null

installed=/usr/bin/minutes
"$installed" --version
"$installed" validate /usr/share/doc/minutes/examples
cd "$(mktemp -d)"
"$installed" new --lang nb --kind workshop --title "Dialogmøte" --date 2026-03-24 -o record.yaml
"$installed" validate --strict record.yaml
"$installed" render record.yaml -o record.html
grep -q "Dialogmøte" record.html
# The modeline names the schema the package installed, whatever prefix the build was set up for.
head -1 record.yaml | grep -qx '# yaml-language-server: $schema=/usr/share/minutes/meeting.v1.schema.json'
man -P cat minutes 2>/dev/null | grep -q 'minutes validate' || { echo "man minutes does not show the page" >&2; exit 1; }
for file in /usr/share/minutes/meeting.v1.schema.json \
            /usr/share/man/man1/minutes.1.gz \
            /usr/share/bash-completion/completions/minutes \
            /usr/share/zsh/vendor-completions/_minutes \
            /usr/share/fish/vendor_completions.d/minutes.fish \
            /usr/share/doc/minutes/README.md \
            /usr/share/doc/minutes/docs/format.md \
            /usr/share/doc/minutes/docs/cli.md; do
  [ -f "$file" ] || { echo "missing from the package: $file" >&2; exit 1; }
done
# Everything the man page and the README send readers to, at the paths they give.
python3 "$source_dir/tests/package/check_install.py" --prefix /usr "$source_dir"
echo "installed package works"

apt-get remove -y -qq minutes >/dev/null
trap - EXIT
if [ -e "$installed" ] || [ -e /usr/share/minutes ]; then
  echo "apt-get remove left files behind" >&2
  exit 1
fi
echo "removed cleanly"
