#!/usr/bin/env bash
# Part of the test suite: the man page is current, and an installed copy runs from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== man pages are current"
./scripts/gen-manual.sh --check
echo "== install into a temporary prefix and run from /"
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
./scripts/install.sh "$prefix" 2>/dev/null
for f in bin/debtdeck share/man/man1/debtdeck.1 share/man/zh_CN/man1/debtdeck.1 share/bash-completion/completions/debtdeck \
  share/zsh/site-functions/_debtdeck share/fish/vendor_completions.d/debtdeck.fish share/debtdeck/themes/default.json; do
  [ -s "$prefix/$f" ] || { echo "error: $f was not installed" >&2; exit 1; }
done
bash -n "$prefix/share/bash-completion/completions/debtdeck"
( cd / && DEBTDECK_TODAY=2026-11-23 "$prefix/bin/debtdeck" demo --data-dir "$prefix/data" >/dev/null 2>&1 \
  && DEBTDECK_TODAY=2026-11-23 "$prefix/bin/debtdeck" today --data-dir "$prefix/data" | grep -q "1 overdue" )
echo "install check: passed"
