#!/usr/bin/env bash
# `debtdeck import --format csv --kind payments` of 10,000, 100,000 and 1,000,000 rows (5 debts,
# every row distinct) into the demo data: wall time and peak memory (GNU time), one run each.
# Prints a Markdown table. The import was quadratic before (duplicate detection by scanning);
# the figures should grow by about 10× per row.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib >/dev/null
bin=.build/release/debtdeck
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DEBTDECK_TODAY=2026-11-23 XDG_CONFIG_HOME=$work/config LANG=C.UTF-8
sizes=(${SIZES:-10000 100000 1000000})
echo "| rows | file | time | peak memory |"
echo "|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  python3 - "$work/p$n.csv" "$n" <<'PY'
import random, sys
path, n = sys.argv[1], int(sys.argv[2])
r = random.Random(1)
with open(path, "w") as f:
    f.write("debt,date,amount,note\n")
    for i in range(n):
        f.write(f"d{1 + i % 5},{2020 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d},{r.randrange(1, 100000) / 100:.2f},row {i}\n")
PY
  "$bin" demo --data-dir "$work/d$n" >/dev/null 2>&1
  size=$(du -h "$work/p$n.csv" | cut -f1)
  /usr/bin/time -f "%e %M" -o "$work/t" "$bin" import --format csv --kind payments "$work/p$n.csv" \
    --data-dir "$work/d$n" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  read -r secs kb <"$work/t"
  printf "| %s | %s | %s s | %d MB |\n" "$n" "$size" "$secs" $((kb / 1024))
done
