#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, checks formatting, builds with
# zero warnings from our sources, then runs every test. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/install-deps.sh
install_deps

echo "== swift format lint"
swift format lint --strict --recursive Sources Tests Package.swift

echo "== build (warnings in our sources fail the run)"
log=$(mktemp)
swift build --build-tests 2>&1 | tee "$log"
if grep -E '^/.*/(Sources|Tests)/.*: warning:' "$log"; then
  echo "error: the build has warnings in our sources (above)" >&2
  exit 1
fi

./scripts/check-install.sh

echo "== tests"
swift test 2>&1 | tee "$log"
# swift test exits non-zero on a failure; make sure tests actually ran.
grep -Eq 'Test run with [1-9][0-9]* tests? .*passed' "$log"
