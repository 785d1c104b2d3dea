#!/usr/bin/env python3
"""Per-article body precision/recall against WCXB gold, worst first (for error analysis).

usage: scripts/body_errors.py GOLD.jsonl OUTBOX_DIR [N]
"""
import json, os, re, sys
from collections import Counter

WORD = re.compile(r"\w+")

def shingles(t, n=4):
    toks = WORD.findall(t or "")
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])

def main(gold_path, outbox, n=25):
    rows = []
    for line in open(gold_path):
        g = json.loads(line)
        p = os.path.join(outbox, g["id"] + ".json")
        body = ""
        if os.path.exists(p):
            body = "\n".join(json.load(open(p)).get("body") or [])
        gs, ps = shingles(g["main_content"]), shingles(body)
        tp = sum((gs & ps).values())
        prec = tp / max(1, sum(ps.values())); rec = tp / max(1, sum(gs.values()))
        rows.append((rec, prec, g["id"], (g.get("url") or "")[:80]))
    rows.sort()
    print("lowest recall:")
    for r in rows[:n]: print(f"  R={r[0]:.2f} P={r[1]:.2f} {r[2]} {r[3]}")
    rows.sort(key=lambda r: r[1])
    print("lowest precision:")
    for r in rows[:n]: print(f"  R={r[0]:.2f} P={r[1]:.2f} {r[2]} {r[3]}")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 25)
