#!/usr/bin/env bash
# `debtdeck today` against `calcurse -a` and `remind -q`, each given the same number of items
# (50, 10,000, 100,000), measured in one run with hyperfine. DebtDeck's items are payments (80 %)
# and contact-log entries (20 %) on 10 debts, imported through the store as a user's saves would
# leave them (with the brief cache). Prints a Markdown table of medians.
set -euo pipefail
cd "$(dirname "$0")/.."
for p in calcurse remind hyperfine; do
  command -v "$p" >/dev/null || { apt-get update -qq && apt-get install -y -qq calcurse remind hyperfine >/dev/null; break; }
done
swift build -c release --static-swift-stdlib >/dev/null
bin=.build/release/debtdeck
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
today=$(date +%F)
sizes=(${SIZES:-50 10000 100000})
for n in "${sizes[@]}"; do
  payments=$((n * 4 / 5)); log=$((n - payments))
  python3 bench/gen_portfolio.py "$work/gen$n" 10 "$payments" 36 "$log"
  DEBTDECK_TODAY=$today "$bin" import --format json "$work/gen$n/portfolio.json" --data-dir "$work/d$n" --replace >/dev/null
  python3 bench/gen_peers.py "$work/peer$n" "$n"
done
export DEBTDECK_TODAY=$today XDG_CONFIG_HOME=$work/config LANG=C.UTF-8
cmds=()
for n in "${sizes[@]}"; do
  cmds+=("-n" "debtdeck $n" "$bin today --data-dir $work/d$n")
  cmds+=("-n" "calcurse $n" "calcurse -D $work/peer$n/calcurse -a")
  cmds+=("-n" "remind $n" "remind -q $work/peer$n/remind.rem")
done
hyperfine -N --warmup 3 --runs "${RUNS:-30}" --export-json "$work/t.json" "${cmds[@]}" >/dev/null
python3 - "$work/t.json" "${sizes[@]}" <<'PY'
import json, sys
res = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
sizes = sys.argv[2:]
print("| items | debtdeck today | calcurse -a | remind -q |")
print("|---:|---:|---:|---:|")
for n in sizes:
    row = [f"{res[f'{t} {n}']['median'] * 1000:.1f} ms" for t in ("debtdeck", "calcurse", "remind")]
    print(f"| {int(n):,} | " + " | ".join(row) + " |")
d = {n: res[f"debtdeck {n}"]["median"] for n in sizes}
print(f"\ndebtdeck at {int(sizes[-1]):,} / at {int(sizes[0]):,}: {d[sizes[-1]] / d[sizes[0]]:.2f}×")
PY
