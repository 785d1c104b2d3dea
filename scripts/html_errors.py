#!/usr/bin/env python3
"""Which removal reasons cost recall, and how much kept text is not in the gold, on WCXB.

usage: scripts/html_errors.py GOLD.jsonl OUTBOX_DIR
A removed line counts as lost article text when most of its 4-gram shingles are in the gold
main content; a kept line counts as junk when almost none are.
"""
import json, os, re, sys
from collections import Counter

WORD = re.compile(r"\w+")

def shingles(t):
    w = WORD.findall(t.lower())
    return {tuple(w[i:i + 4]) for i in range(max(0, len(w) - 3))}

lost, lost_ex, junk, junk_ex = Counter(), {}, Counter(), {}
for line in open(sys.argv[1]):
    g = json.loads(line)
    p = os.path.join(sys.argv[2], g["id"] + ".json")
    if not os.path.exists(p):
        continue
    r = json.load(open(p))
    gold = shingles(g.get("main_content") or "")
    for x in r.get("removed", []):
        s = shingles(x["text"])
        if len(s) >= 3 and len(s & gold) / len(s) > 0.7:
            key = x["reason"][:50]
            lost[key] += len(x["text"]); lost_ex.setdefault(key, (g["id"], x["text"][:80]))
    for b in r.get("body", []):
        s = shingles(b)
        if len(s) >= 3 and len(s & gold) / len(s) < 0.1:
            junk[g["id"]] += len(b); junk_ex.setdefault(g["id"], b[:80])
print("article text removed, by reason (characters):")
for k, n in lost.most_common(12):
    print(f"  {n:8d} {k:50s} e.g. {lost_ex[k][0]}: {lost_ex[k][1]}")
print(f"kept text not in gold: {sum(junk.values())} characters; worst:")
for k, n in junk.most_common(10):
    print(f"  {n:8d} {k}: {junk_ex[k]}")
