#!/usr/bin/env bash
# Build a benchmark inbox of N text articles (default 5,000) from the seed articles
# shipped in inbox/: each copy gets a unique closing line so that the ledger does
# not treat the copies as duplicates.
#   bench/corpus.sh [N] [DIR]      (DIR default: /tmp/newsflow-bench/inbox)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5000}; dir=${2:-${TMPDIR:-/tmp}/newsflow-bench/inbox}
rm -rf "$dir"; mkdir -p "$dir"
python3 - "$n" "$dir" <<'PY'
import glob, os, sys
n, out = int(sys.argv[1]), sys.argv[2]
seeds = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("inbox/*.txt"))]
for i in range(n):
    text = seeds[i % len(seeds)] + f"\n\nBenchmark copy {i} of this article, kept unique for the ledger.\n"
    open(os.path.join(out, f"doc{i:06d}.txt"), "w", encoding="utf-8").write(text)
PY
echo "$n articles in $dir"
