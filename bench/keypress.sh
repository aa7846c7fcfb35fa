#!/usr/bin/env bash
# A keypress on the Debts screen with 1,000 debts: update + full redraw into the cell buffer,
# measured in-process on the release build (see Sources/keypress-bench/main.swift).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product keypress-bench >/dev/null
.build/release/keypress-bench
