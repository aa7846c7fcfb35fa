#!/usr/bin/env bash
# Regenerates the man pages from the command definitions (swift-argument-parser's
# generate-manual plugin), so the manual can never disagree with `debtdeck --help`:
#   docs/man/debtdeck.1          English
#   docs/man/zh_CN/debtdeck.1    简体中文 (install as share/man/zh_CN/man1/debtdeck.1)
# The plugin keeps only ASCII, so the binary writes every other character as `~U+501F~` when
# asked for the manual, and this script turns the marks back into UTF-8.
#   ./scripts/gen-manual.sh          write the pages
#   ./scripts/gen-manual.sh --check  fail if the pages in docs/man are out of date
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
page() { # LANG OUTPUT
  DEBTDECK_MANUAL_LANG="$1" swift package generate-manual --date 2026-11-23 --section 1 >/dev/null
  # Marks back to UTF-8; an example line (two leading spaces) ends with a line break, so the
  # paragraph after it starts on a line of its own.
  perl -CSD -pe 's/~U\+([0-9A-F]{2,6})~/chr(hex($1))/ge; $_ .= ".br\n" if /^  \S/' \
    .build/plugins/GenerateManual/outputs/debtdeck/debtdeck.1 >"$2"
  # The plugin's own words for the built-in --help, as `debtdeck --help` says them.
  if [ "$1" = zh-Hans ]; then
    perl -CSD -i -pe 's/^Show help information\.$/显示帮助信息。/' "$2"
  fi
  if grep -q '~U+' "$2"; then
    echo "error: $2 has a character mark left over" >&2
    exit 1
  fi
}
page en "$out/en.1"
page zh-Hans "$out/zh.1"
if [ "${1:-}" = "--check" ]; then
  status=0
  diff -u docs/man/debtdeck.1 "$out/en.1" || status=1
  diff -u docs/man/zh_CN/debtdeck.1 "$out/zh.1" || status=1
  if [ $status -ne 0 ]; then
    echo "error: the man pages in docs/man are out of date: run scripts/gen-manual.sh" >&2
  fi
  exit $status
fi
mkdir -p docs/man/zh_CN
cp "$out/en.1" docs/man/debtdeck.1
cp "$out/zh.1" docs/man/zh_CN/debtdeck.1
