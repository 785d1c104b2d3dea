#!/usr/bin/env bash
# Batch throughput next to the copy floor, measured in the same run.
#   bench/throughput.sh [N] [text|text-all|html|seeds] [CONFIG]
# Builds a corpus with bench/corpus.sh (N default 20,000), then:
#   floor    : cp of the same files inbox → outbox, then sync
#   newsflow : `newsflow batch` with the shipped pipeline.toml (or CONFIG)
# Prints docs/s, MB/s, peak RSS (/usr/bin/time -v) and newsflow / floor.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}; kind=${2:-text}; config=${3:-pipeline.toml}
work=${TMPDIR:-/tmp}/newsflow-bench/throughput
cargo build --release -q
# The corpus is rebuilt only when N or the kind changed. This machine's ext4
# has no journal: there, creating files soon after thousands were deleted
# makes each create scan the just-freed inodes (`recently_deleted`), and runs
# vary with what the file system did minutes before. For CPU-bound numbers,
# run on tmpfs: TMPDIR=/dev/shm bench/throughput.sh …
if [ "$(cat "$work/corpus.stamp" 2>/dev/null)" != "$n $kind" ]; then
  bench/corpus.sh "$n" "$work/corpus" "$kind" >/dev/null
  echo "$n $kind" > "$work/corpus.stamp"
fi
bytes=$(du -sb "$work/corpus" | cut -f1)

timed() {  # timed LABEL COMMAND… → prints "seconds rss_kb"
  local log="$work/$1.time"
  /usr/bin/time -v -o "$log" "${@:2}" >/dev/null 2>"$work/$1.stderr" || true
  python3 - "$log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time.*: (.+)", text).group(1)
parts = [float(p) for p in wall.split(":")]
secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
print(secs, rss)
PY
}

rm -rf "$work/floor-out"; mkdir -p "$work/floor-out"
read -r floor_s floor_rss < <(timed floor sh -c "cp -r '$work/corpus/.' '$work/floor-out/' && sync")
rm -rf "$work/out"
read -r nf_s nf_rss < <(timed newsflow target/release/newsflow batch --config "$config" --inbox "$work/corpus" --outbox "$work/out" --log-format json)
records=$(find "$work/out" -maxdepth 1 -name '*.json' | wc -l)

python3 - "$n" "$bytes" "$floor_s" "$floor_rss" "$nf_s" "$nf_rss" "$records" "$kind" <<'PY'
import sys
n, size, fs, frss, ns, nrss, records, kind = int(sys.argv[1]), int(sys.argv[2]), *map(float, sys.argv[3:7]), int(sys.argv[7]), sys.argv[8]
mb = size / 1e6
print(f"corpus   : {n} {kind} files, {mb:.1f} MB ({size / n / 1e3:.1f} KB mean)")
print(f"floor    : {n / fs:9.0f} docs/s {mb / fs:7.1f} MB/s  peak RSS {frss / 1024:6.1f} MB  (cp + sync, {fs:.2f} s)")
print(f"newsflow : {n / ns:9.0f} docs/s {mb / ns:7.1f} MB/s  peak RSS {nrss / 1024:6.1f} MB  ({ns:.2f} s, {records} records)")
print(f"ratio    : newsflow / floor = {fs / ns:.3f}")
PY
