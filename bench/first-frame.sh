#!/usr/bin/env bash
# Time to the first full frame in a pseudo-terminal, side by side with calcurse and hledger-ui
# (installed from Debian if missing), on the release build. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
for p in calcurse hledger-ui; do
  command -v "$p" >/dev/null || { apt-get update -qq && apt-get install -y -qq calcurse hledger-ui >/dev/null; break; }
done
swift build -c release --static-swift-stdlib >/dev/null
python3 bench/first_frame.py .build/release/debtdeck "${1:-7}"
