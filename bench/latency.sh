#!/usr/bin/env bash
# Daemon latency: inbox-rename → outbox-record-visible, at a fixed arrival rate.
#   bench/latency.sh [RATE files/s] [SECONDS] [CONFIG]     (default 500 for 30 s)
# A producer renames prepared seed-derived articles into the inbox of a running
# `newsflow run` at RATE per second; each record's visibility time is the
# ctime its rename into the outbox gave it (file-system timestamps are coarse:
# up to one kernel tick early). Reports p50/p95/p99/max, lost inputs, and the
# daemon's peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-500}; secs=${2:-30}; config=${3:-pipeline.toml}
work=${TMPDIR:-/tmp}/newsflow-bench/latency
n=$((rate * secs))
cargo build --release -q
bench/corpus.sh "$n" "$work/staging" text >/dev/null
rm -rf "$work/inbox" "$work/outbox"; mkdir -p "$work/inbox" "$work/outbox"
/usr/bin/time -v -o "$work/daemon.time" target/release/newsflow run --config "$config" \
    --inbox "$work/inbox" --outbox "$work/outbox" --log-format json >"$work/daemon.log" 2>&1 &
daemon=$!
sleep 2
python3 - "$work" "$rate" "$n" <<'PY'
import json, os, sys, time
work, rate, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
staging, inbox, outbox = (os.path.join(work, d) for d in ("staging", "inbox", "outbox"))
names = sorted(os.listdir(staging))
sent = {}
start = time.monotonic()
for i, name in enumerate(names):
    due = start + i / rate
    delay = due - time.monotonic()
    if delay > 0:
        time.sleep(delay)
    os.rename(os.path.join(staging, name), os.path.join(inbox, name))
    sent[name] = time.time_ns()
produce = time.monotonic() - start
deadline = time.monotonic() + 60
want = {name.rsplit(".", 1)[0] + ".json": name for name in names}
while time.monotonic() < deadline:
    if sum(1 for f in os.listdir(outbox) if f in want) == len(want):
        break
    time.sleep(0.2)
lat = []
for record, name in want.items():
    try:
        lat.append((os.stat(os.path.join(outbox, record)).st_ctime_ns - sent[name]) / 1e6)
    except FileNotFoundError:
        pass
lat.sort()
pct = lambda p: lat[min(len(lat) - 1, int(p / 100 * len(lat)))] if lat else float("nan")
print(f"arrivals : {n} files at {rate}/s (produced in {produce:.1f} s)")
print(f"latency  : p50 {pct(50):.1f} ms  p95 {pct(95):.1f} ms  p99 {pct(99):.1f} ms  max {lat[-1] if lat else float('nan'):.1f} ms")
print(f"lost     : {n - len(lat)}")
PY
kill -TERM "$daemon"; wait "$daemon" || true
python3 - "$work/daemon.time" <<'PY'
import re, sys
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(sys.argv[1]).read()).group(1))
print(f"daemon   : peak RSS {rss / 1024:.1f} MB")
PY
