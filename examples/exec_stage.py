#!/usr/bin/env python3
"""An example `exec` stage for newsflow (see README, "Custom stages").

Protocol: newline-delimited JSON on stdin/stdout. newsflow sends a hello
{"newsflow": "exec", "version": 1}; answer {"hello": "newsflow-exec", "version": 1}.
Then, per document, {"id": N, "document": {...}} → answer exactly one line:
{"id": N, "document": {...}} | {"id": N, "drop": "reason"} | {"id": N, "error": "message"}.
Write logs to stderr (newsflow forwards them), never to stdout.

This one adds `extra.reading_minutes`, tags articles that mention a ceasefire,
and drops articles with no body. Options from the environment (`env` in the
stage table): WORDS_PER_MINUTE (default 230).
"""
import json
import os
import sys

WPM = float(os.environ.get("WORDS_PER_MINUTE", "230"))


def handle(doc):
    words = sum(len(b["text"].split()) for b in doc.get("blocks", []))
    if words == 0:
        return None, "no body"
    doc.setdefault("extra", {})["reading_minutes"] = round(words / WPM, 1)
    text = " ".join(b["text"].lower() for b in doc["blocks"])
    if "ceasefire" in text and "ceasefire" not in doc.setdefault("tags", []):
        doc["tags"].append("ceasefire")
    return doc, None


def main():
    hello = json.loads(sys.stdin.readline() or "{}")
    if hello.get("version") != 1:
        print(f"unsupported protocol: {hello}", file=sys.stderr)
        return 1
    print(json.dumps({"hello": "newsflow-exec", "version": 1}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        try:
            doc, dropped = handle(request["document"])
            answer = {"id": request["id"], "drop": dropped} if dropped else {"id": request["id"], "document": doc}
        except Exception as e:  # one bad document must not kill the stage
            answer = {"id": request["id"], "error": f"{type(e).__name__}: {e}"}
        print(json.dumps(answer), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
