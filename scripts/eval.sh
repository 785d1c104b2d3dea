#!/usr/bin/env bash
# Measure this checkout on the development corpora in ../shared/corpus, in one command:
# the seeds (every field), the 793 WCXB pages as HTML and as plain text (body shingle F1,
# titles, dates), per-reason counts of removed lines, and batch throughput.
#
#   scripts/eval.sh [--config pipeline.toml] [--shared ../shared]
#
# Inputs are copied to a work folder (NEWSFLOW_EVAL_WORK, default /tmp/newsflow-eval);
# nothing from ../shared is copied into the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
cfg=pipeline.toml; shared=../shared
while [ $# -gt 0 ]; do
  case "$1" in
    --config) cfg=$2; shift 2 ;;
    --shared) shared=$2; shift 2 ;;
    *) echo "usage: scripts/eval.sh [--config FILE] [--shared DIR]" >&2; exit 2 ;;
  esac
done
corpus=$shared/corpus; eval_dir=$shared/eval
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
work=${NEWSFLOW_EVAL_WORK:-${TMPDIR:-/tmp}/newsflow-eval}
cargo build --release -q
bin=${CARGO_TARGET_DIR:-target}/release/newsflow
mkdir -p "$work"
if [ ! -d "$work/wcxb-text" ]; then
  python3 - "$corpus/wcxb-dev" "$work" <<'PY'
import gzip, json, os, sys, glob
src, work = sys.argv[1], sys.argv[2]
os.makedirs(f"{work}/wcxb-html", exist_ok=True); os.makedirs(f"{work}/wcxb-text", exist_ok=True)
for p in glob.glob(f"{src}/html/*.html.gz"):
    open(f"{work}/wcxb-html/" + os.path.basename(p)[:-3], "wb").write(gzip.open(p).read())
for l in gzip.open(f"{src}/plaintext.jsonl.gz", "rt"):
    r = json.loads(l); open(f"{work}/wcxb-text/{r['id']}.txt", "w").write(r["input_text"])
PY
fi
run() {  # run NAME INBOX: batch into $work/out-NAME, print exit code, time and throughput
  rm -rf "$work/out-$1" "$work/in-$1"; mkdir -p "$work/out-$1"; cp -r "$2" "$work/in-$1"
  local n s e rc=0; n=$(ls "$work/in-$1" | wc -l); s=$(date +%s.%N)
  "$bin" batch --config "$cfg" --inbox "$work/in-$1" --outbox "$work/out-$1" >"$work/$1.log" 2>&1 || rc=$?
  e=$(date +%s.%N)
  python3 -c "import sys; n,s,e=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]); print(f'$1: exit $rc, {n} inputs in {e-s:.2f} s = {n/(e-s):.0f} docs/s')" "$n" "$s" "$e"
}
reasons() {  # per-reason counts of removed lines in an outbox
  python3 - "$1" <<'PY'
import json, os, sys
from collections import Counter
c = Counter()
for f in os.listdir(sys.argv[1]):
    if f.endswith(".json"):
        for r in json.load(open(os.path.join(sys.argv[1], f))).get("removed", []):
            c[r.get("kind")] += 1
print("  removed by kind: " + ", ".join(f"{k}={v}" for k, v in c.most_common()))
PY
}
run seeds "$corpus/seeds"
python3 "$eval_dir/score.py" "$corpus/seeds.gold.jsonl" "$work/out-seeds" | tail -1
for set in wcxb-html wcxb-text; do
  run "$set" "$work/$set"
  python3 "$eval_dir/score_body.py" "$corpus/wcxb-dev/gold.jsonl" "$work/out-$set" | tail -1
  reasons "$work/out-$set"
done
