#!/usr/bin/env python3
"""Line-level error analysis of the text path against WCXB line labels:
characters of main-content lines removed (by reason) and of boilerplate lines kept.

usage: scripts/line_errors.py PLAINTEXT.jsonl.gz OUTBOX_DIR
"""
import gzip, json, os, sys
from collections import Counter

lost, kept_bad, examples = Counter(), 0, {}
kept_bad_ex = []
for line in gzip.open(sys.argv[1], "rt"):
    r = json.loads(line)
    p = os.path.join(sys.argv[2], r["id"] + ".json")
    if not os.path.exists(p):
        continue
    out = json.load(open(p))
    body = set(out["body"])
    reasons = {x["text"]: x["reason"] for x in out["removed"]}
    for text, label in zip(r["input_text"].split("\n"), r["line_labels"]):
        t = " ".join(text.split())
        if not t:
            continue
        if label == 1 and t not in body:
            why = reasons.get(t, "?")
            lost[why] += len(t)
            examples.setdefault(why, (r["id"], t[:100]))
        if label == 0 and t in body:
            kept_bad += len(t)
            kept_bad_ex.append((len(t), r["id"], t[:100]))
print("main-content characters lost, by reason:")
for why, n in lost.most_common(15):
    print(f"  {n:8d}  {why[:60]:60s} e.g. {examples[why][0]}: {examples[why][1][:70]}")
print(f"boilerplate characters kept: {kept_bad}")
