#!/usr/bin/env bash
# Overhead of custom stages: batch throughput of the shipped pipeline, then with a
# no-op `script` stage and a no-op `exec` stage added, on the same corpus, in one run.
#   bench/custom_overhead.sh [N]     (default 5,000 seed-derived articles)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5000}; work=${TMPDIR:-/tmp}/newsflow-bench
cargo build --release -q
bench/corpus.sh "$n" "$work/corpus" seeds >/dev/null
cat > "$work/noop_exec.py" <<'PY'
import json, sys
sys.stdin.readline()
print(json.dumps({"hello": "noop", "version": 1}), flush=True)
for line in sys.stdin:
    r = json.loads(line)
    print(json.dumps({"id": r["id"], "document": r["document"]}), flush=True)
PY
variant() {  # variant NAME EXTRA_STAGE_TOML
  local cfg="$work/$1.toml"
  python3 - "$2" "$cfg" <<'PY'
import sys
extra, out = sys.argv[1], sys.argv[2]
text = open("pipeline.toml").read()
text = text.replace('on_success = "keep"', 'on_success = "keep"', 1)
i = text.index('[[stage]]\nkind = "emit"')
text = text[:i] + extra + "\n" + text[i:]
text = text.replace('cues = "config/', 'cues = "' + __import__("os").getcwd() + '/config/')
text = text.replace('outlets = "config/', 'outlets = "' + __import__("os").getcwd() + '/config/')
text = text.replace('gazetteer = "config/', 'gazetteer = "' + __import__("os").getcwd() + '/config/')
text = text.replace('profile = "config/', 'profile = "' + __import__("os").getcwd() + '/config/')
open(out, "w").write(text)
PY
  rm -rf "$work/in-$1" "$work/out-$1"; cp -r "$work/corpus" "$work/in-$1"
  local s e; s=$(date +%s.%N)
  target/release/newsflow batch --config "$cfg" --inbox "$work/in-$1" --outbox "$work/out-$1" >/dev/null 2>&1
  e=$(date +%s.%N)
  python3 -c "import sys; n,s,e=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]); print(f'{sys.argv[4]:>12}: {n/(e-s):8.0f} docs/s')" "$n" "$s" "$e" "$1" | tee -a "$work/overhead.txt"
}
: > "$work/overhead.txt"
variant base ""
variant script $'[[stage]]\nkind = "script"\nscript = "let x = 1;"\n'
variant exec "[[stage]]
kind = \"exec\"
command = [\"python3\", \"$work/noop_exec.py\"]
pool = 2
"
python3 - "$work/overhead.txt" <<'PY'
import re, sys
rates = dict((m.group(1), float(m.group(2))) for m in (re.match(r"\s*(\w+): +([\d.]+)", l) for l in open(sys.argv[1])) if m)
for k in ("script", "exec"):
    print(f"{k} stage costs {100 * (1 - rates[k] / rates['base']):.1f}% of base throughput")
PY
