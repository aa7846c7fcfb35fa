#!/usr/bin/env python3
"""Writes a synthetic DebtDeck portfolio.json for benchmarks.

usage: gen_portfolio.py DIR DEBTS PAYMENTS [TERM_MONTHS] [LOG_ENTRIES]

Debts mix the kinds and methods of real portfolios (daily-rate online loans, bank loans, cards);
payments are spread over the debts' past due dates; log entries (calls, SMS, a few promises to pay)
go into the debts' case files. Deterministic (fixed seed).
"""
import json, os, random, sys

def main():
    out, debts_n, payments_n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    term = int(sys.argv[4]) if len(sys.argv) > 4 else 36
    log_n = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    rnd = random.Random(42)
    kinds = [("jiebei", "daily", "0.05", "equal-installment"), ("weilidai", "daily", "0.04", "equal-installment"),
             ("bank-loan", "apr", "4.35", "equal-installment"), ("bank-loan", "apr", "6", "equal-principal"),
             ("other", "flat-monthly", "0.6", "flat-fee"), ("credit-card", "daily", "0.05", "revolving")]
    debts = []
    for i in range(debts_n):
        kind, basis, pct, method = kinds[i % len(kinds)]
        debts.append({
            "id": f"d{i+1}", "name": f"借款 {i+1}", "lender": f"Lender {i % 37}", "kind": kind, "currency": "CNY",
            "principal": rnd.randrange(100_000, 50_000_000), "rate": {"basis": basis, "percent": pct},
            "upfrontFee": 0, "method": method, "termMonths": 1 if method == "revolving" else term,
            "startDate": f"{2022 + rnd.randrange(0, 4)}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}",
            "dueDay": rnd.randrange(1, 29), "graceDays": 3, "penaltyMultiplier": 1.5, "compoundPenalty": False,
            "reportsToCreditBureau": True, "minimumPercent": 10, "lateFeePercent": 0,
            "allocationOrder": ["fees", "penalty", "interest", "principal"], "notes": "", "archived": False})
    payments = []
    for j in range(payments_n):
        d = debts[j % debts_n]
        y = 2022 + rnd.randrange(0, 4)
        payments.append({"id": f"p{j+1}", "debt": d["id"], "date": f"{y}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}",
                         "amount": rnd.randrange(10_000, 500_000), "note": ""})
    cases = {}
    channels = ["call", "sms", "app", "wechat"]
    for k in range(log_n):
        d = debts[k % debts_n]
        c = cases.setdefault(d["id"], {"debt": d["id"], "guide": {}, "contacts": [], "agreements": []})
        y = 2022 + rnd.randrange(0, 4)
        entry = {"id": f"c{len(c['contacts']) + 1}", "at": f"{y}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d} {rnd.randrange(8, 22):02d}:{rnd.randrange(0, 60):02d}",
                 "direction": "them", "channel": channels[k % 4], "summary": f"催收联系 {k}", "flags": [],
                 "promises": [], "evidence": [], "thirdParty": False}
        if k % 500 == 0:
            entry["promises"] = [{"by": "me", "due": f"{y}-12-01", "amount": 50_000, "text": ""}]
        c["contacts"].append(entry)
    doc = {"schemaVersion": 4, "cases": cases, "nextDebtNumber": debts_n + 1, "nextPaymentNumber": payments_n + 1,
           "followUps": [], "reminderStates": {},
           "debts": debts, "payments": payments}
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "portfolio.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == "__main__":
    main()
