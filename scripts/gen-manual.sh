#!/usr/bin/env bash
# Regenerates docs/man/debtdeck.1 from the command definitions (swift-argument-parser's
# generate-manual plugin), so the manual can never disagree with `debtdeck --help`.
set -euo pipefail
cd "$(dirname "$0")/.."
swift package generate-manual --date 2026-11-23 --section 1 >/dev/null
cp .build/plugins/GenerateManual/outputs/debtdeck/debtdeck.1 docs/man/debtdeck.1
