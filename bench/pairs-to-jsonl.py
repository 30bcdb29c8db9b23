#!/usr/bin/env python3
"""Turns the labelled name-pair CSV into `plenary match` input (JSON Lines), and scores `plenary match`
output against the labels: precision, recall and F1 overall and by group, beside logic-v2's column.
  bench/pairs-to-jsonl.py to-jsonl name-pairs-dev.csv > pairs.jsonl
  bench/pairs-to-jsonl.py score name-pairs-dev.csv scores.jsonl [logic-v2 threshold, default 0.7]"""
import csv, json, sys

def rows(path):
    return list(csv.DictReader(open(path, encoding="utf-8")))

def prf(pairs):
    tp = sum(1 for p, l in pairs if p and l); fp = sum(1 for p, l in pairs if p and not l); fn = sum(1 for p, l in pairs if not p and l)
    prec = tp / (tp + fp) if tp + fp else 0.0; rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0), len(pairs)

if sys.argv[1] == "to-jsonl":
    for i, r in enumerate(rows(sys.argv[2]), 1):
        print(json.dumps({"id": str(i), "name1": r["name1"], "name2": r["name2"], "schema": r["schema"]}, ensure_ascii=False))
else:
    data = rows(sys.argv[2]); threshold = float(sys.argv[4]) if len(sys.argv) > 4 else 0.7
    ours = {o["id"]: o for o in (json.loads(l) for l in open(sys.argv[3], encoding="utf-8"))}
    groups = {"all": lambda r: True, "people": lambda r: r["schema"] == "Person",
              "companies": lambda r: r["schema"] in ("Company", "Organization", "LegalEntity"), "vessels": lambda r: r["schema"] == "Vessel"}
    print("| Group | Pairs | Plenary P | Plenary R | Plenary F1 | logic-v2 P | logic-v2 R | logic-v2 F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for g, keep in groups.items():
        sel = [(i, r) for i, r in enumerate(data, 1) if keep(r)]
        a = prf([(ours[str(i)]["match"], r["is_match"] == "true") for i, r in sel])
        b = prf([(float(r["logicv2_score"]) >= threshold, r["is_match"] == "true") for i, r in sel])
        print(f"| {g} | {a[3]} | {a[0]:.3f} | {a[1]:.3f} | **{a[2]:.3f}** | {b[0]:.3f} | {b[1]:.3f} | {b[2]:.3f} |")
