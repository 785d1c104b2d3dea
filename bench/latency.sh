#!/usr/bin/env bash
# Daemon latency: inbox-rename → outbox-record-visible, at a fixed arrival rate.
#   bench/latency.sh [RATE files/s] [SECONDS] [text|seeds] [CONFIG]   (default 500 for 30 s, text)
# A producer renames prepared articles (bench/corpus.sh) into the inbox of a
# running `newsflow run` at RATE per second; an inotify watch on the outbox
# (IN_MOVED_TO, read by a thread of the same process) timestamps each record
# as it becomes visible. Reports p50/p95/p99/max of rename → visible, lost
# inputs, and the daemon's peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-500}; secs=${2:-30}; kind=${3:-text}; config=${4:-pipeline.toml}
work=${TMPDIR:-/tmp}/newsflow-bench/latency
n=$((rate * secs))
cargo build --release -q
bench/corpus.sh "$n" "$work/staging" "$kind" >/dev/null
sync   # the corpus just written must not be flushed during the measurement
rm -rf "$work/inbox" "$work/outbox"; mkdir -p "$work/inbox" "$work/outbox"
/usr/bin/time -v -o "$work/daemon.time" target/release/newsflow run --config "$config" \
    --inbox "$work/inbox" --outbox "$work/outbox" --log-format json >"$work/daemon.log" 2>&1 &
daemon=$!
sleep 2
python3 - "$work" "$rate" "$n" <<'PY'
import ctypes, os, struct, sys, threading, time
work, rate, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
staging, inbox, outbox = (os.path.join(work, d) for d in ("staging", "inbox", "outbox"))
names = sorted(os.listdir(staging))
sent, seen = {}, {}
libc = ctypes.CDLL(None, use_errno=True)
IN_MOVED_TO = 0x80
fd = libc.inotify_init()
if fd < 0 or libc.inotify_add_watch(fd, outbox.encode(), IN_MOVED_TO) < 0:
    sys.exit("inotify unavailable")
def watch():
    while len(seen) < n:
        data = os.read(fd, 1 << 20)
        now = time.time_ns()
        i = 0
        while i < len(data):
            _, _, _, length = struct.unpack_from("iIII", data, i)
            name = data[i + 16:i + 16 + length].rstrip(b"\0").decode()
            seen.setdefault(name, now)
            i += 16 + length
threading.Thread(target=watch, daemon=True).start()
start = time.monotonic()
for i, name in enumerate(names):
    due = start + i / rate
    delay = due - time.monotonic()
    if delay > 0:
        time.sleep(delay)
    sent[name] = time.time_ns()
    os.rename(os.path.join(staging, name), os.path.join(inbox, name))
produce = time.monotonic() - start
deadline = time.monotonic() + 60
want = {name.rsplit(".", 1)[0] + ".json": name for name in names}
while time.monotonic() < deadline and sum(1 for r in want if r in seen) < len(want):
    time.sleep(0.2)
lat = [(seen[record] - sent[name]) / 1e6 for record, name in want.items() if record in seen]
lat.sort()
pct = lambda p: lat[min(len(lat) - 1, int(p / 100 * len(lat)))] if lat else float("nan")
print(f"arrivals : {n} files at {rate}/s (produced in {produce:.1f} s)")
print(f"latency  : p50 {pct(50):.1f} ms  p95 {pct(95):.1f} ms  p99 {pct(99):.1f} ms  max {lat[-1] if lat else float('nan'):.1f} ms")
print(f"lost     : {n - len(lat)}")
PY
pkill -TERM -P "$daemon" || true   # the daemon is the child of /usr/bin/time
wait "$daemon" || true
python3 - "$work/daemon.time" <<'PY'
import re, sys
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(sys.argv[1]).read()).group(1))
print(f"daemon   : peak RSS {rss / 1024:.1f} MB")
PY
