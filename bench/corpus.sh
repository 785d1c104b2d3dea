#!/usr/bin/env bash
# Build a benchmark inbox of N articles, each kept unique for the ledger.
#   bench/corpus.sh [N] [DIR] [text|text-all|html|seeds]
# seeds: the seed articles shipped in inbox/ only, cycled.
# text (default; N 20,000): articles of about 4-6 KB, as the speed issue
#   specifies: the seed articles shipped in inbox/ and, when
#   ../shared/corpus/wcxb-dev/plaintext.jsonl.gz exists, the WCXB plain-text
#   pages of 3-8 KB (about 150 of them, 5 KB mean), cycled; each copy gets a
#   unique closing line.
# text-all: the same with every WCXB plain-text page (17 KB mean).
# html: the WCXB development pages (../shared/corpus/wcxb-dev/html), cycled;
#   each copy gets a unique comment.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}; dir=${2:-${TMPDIR:-/tmp}/newsflow-bench/inbox}; kind=${3:-text}
rm -rf "$dir"; mkdir -p "$dir"
python3 - "$n" "$dir" "$kind" <<'PY'
import glob, gzip, json, os, sys
n, out, kind = int(sys.argv[1]), sys.argv[2], sys.argv[3]
shared = "../shared/corpus/wcxb-dev"
if kind == "html":
    pages = [gzip.open(p).read() for p in sorted(glob.glob(f"{shared}/html/*.html.gz"))]
    if not pages:
        sys.exit(f"no HTML pages: {shared}/html is missing")
    for i in range(n):
        data = pages[i % len(pages)] + f"\n<!-- benchmark copy {i} -->\n".encode()
        open(os.path.join(out, f"page{i:06d}.html"), "wb").write(data)
else:
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("inbox/*.txt"))]
    path = f"{shared}/plaintext.jsonl.gz"
    if kind in ("text", "text-all") and os.path.exists(path):
        pages = [json.loads(line)["input_text"] for line in gzip.open(path, "rt", encoding="utf-8")]
        if kind == "text":
            pages = [page for page in pages if 3_000 <= len(page.encode()) <= 8_000]
        texts += pages
    for i in range(n):
        text = texts[i % len(texts)] + f"\n\nBenchmark copy {i} of this article, kept unique for the ledger.\n"
        open(os.path.join(out, f"doc{i:06d}.txt"), "w", encoding="utf-8").write(text)
PY
echo "$n $kind articles ($(du -sh "$dir" | cut -f1)) in $dir"
