#!/usr/bin/env bash
# Set-up and start in one command: installs what is missing, builds a release binary (Swift
# runtime linked statically, for a fast start), and opens DebtDeck — on a throwaway demo data set
# when you have no data yet. Arguments are passed to debtdeck.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/install-deps.sh
install_deps
swift build -c release --static-swift-stdlib >&2
bin=.build/release/debtdeck
data="${DEBTDECK_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/debtdeck}"
if [ $# -eq 0 ] && [ ! -f "$data/portfolio.json" ]; then
  exec "$bin" demo --open
fi
exec "$bin" "$@"
