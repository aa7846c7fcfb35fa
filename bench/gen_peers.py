#!/usr/bin/env python3
"""Writes the same number of dated items for calcurse and remind as DebtDeck's benchmark data.

usage: gen_peers.py DIR ITEMS

DIR/calcurse/apts: ITEMS appointments (sorted by date: calcurse's best case) over 2022–2026,
with a few on today's date; DIR/remind.rem: the same items as REM lines. Deterministic.
"""
import datetime, os, random, sys

def main():
    out, n = sys.argv[1], int(sys.argv[2])
    rnd = random.Random(42)
    today = datetime.date.today()
    base = datetime.date(2022, 1, 1)
    span = (today - base).days
    days = sorted([base + datetime.timedelta(days=rnd.randrange(0, span)) for _ in range(n - min(n, 5))]
                  + [today] * min(n, 5))
    os.makedirs(os.path.join(out, "calcurse"), exist_ok=True)
    with open(os.path.join(out, "calcurse", "apts"), "w", encoding="utf-8") as f:
        for i, d in enumerate(days):
            s = f"{d.month:02d}/{d.day:02d}/{d.year}"
            f.write(f"{s} @ 09:00 -> {s} @ 09:30 |还款 借款 {i}\n")
    with open(os.path.join(out, "remind.rem"), "w", encoding="utf-8") as f:
        for i, d in enumerate(days):
            f.write(f"REM {d.day} {d.strftime('%b')} {d.year} AT 09:00 MSG 还款 借款 {i}\n")

if __name__ == "__main__":
    main()
