#!/usr/bin/env bash
# Planner speed: 1,000 debts over 30 years (360-month terms), `debtdeck plan --compare` (four
# strategies + the baseline) on the release build, timed with hyperfine. Prints the table for the README.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
swift build -c release --static-swift-stdlib >/dev/null
dir=$(mktemp -d)
python3 bench/gen_portfolio.py "$dir" 1000 0 360
export DEBTDECK_TODAY=2026-11-23
bin=.build/release/debtdeck
hyperfine -N --warmup 2 --runs 10 \
  "$bin plan --budget 3000000 --data-dir $dir" \
  "$bin plan --budget 3000000 --compare --data-dir $dir"
rm -rf "$dir"
