#!/usr/bin/env bash
# Daemon memory over a long run: is RSS flat?
#   bench/soak.sh [MINUTES] [RATE files/s] [text|seeds] [CONFIG]   (default 10 min at 200/s, seeds)
# A producer renames prepared articles (bench/corpus.sh) into the inbox of a
# running `newsflow run` at RATE per second for MINUTES; the daemon's RSS is
# read from /proc every 10 s. Prints the RSS series, the growth from the end
# of the first minute to the end, that growth per 1,000 files, and whether every
# input got its record.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}; rate=${2:-200}; kind=${3:-seeds}; config=${4:-pipeline.toml}
work=${TMPDIR:-/tmp}/newsflow-bench/soak
secs=$((minutes * 60)); n=$((rate * secs))
cargo build --release -q
bench/corpus.sh "$n" "$work/staging" "$kind" >/dev/null
sync
rm -rf "$work/inbox" "$work/outbox" "$work/processed"; mkdir -p "$work/inbox" "$work/outbox"
target/release/newsflow run --config "$config" --inbox "$work/inbox" --outbox "$work/outbox" --log-format json >"$work/daemon.log" 2>&1 &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true' EXIT
sleep 2
python3 - "$work" "$rate" "$n" "$daemon" <<'PY'
import os, sys, time
work, rate, n, pid = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
staging, inbox, outbox = (os.path.join(work, d) for d in ("staging", "inbox", "outbox"))
names = sorted(os.listdir(staging))[:n]

def rss_mb():
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0

start = time.monotonic()
samples, next_sample = [], start
for i, name in enumerate(names):
    due = start + i / rate
    now = time.monotonic()
    if due > now:
        time.sleep(due - now)
    os.rename(os.path.join(staging, name), os.path.join(inbox, name))
    if time.monotonic() >= next_sample:
        samples.append((time.monotonic() - start, i, rss_mb()))
        next_sample += 10
deadline = time.monotonic() + 120
while time.monotonic() < deadline:
    done = sum(1 for e in os.scandir(outbox) if e.name.endswith(".json"))
    if done >= n:
        break
    time.sleep(1)
samples.append((time.monotonic() - start, n, rss_mb()))
for t, sent, rss in samples:
    print(f"  t={t:6.0f} s  sent={sent:7d}  RSS {rss:6.1f} MB")
after_first_minute = next((s for s in samples if s[0] >= 60), samples[0])
growth = samples[-1][2] - after_first_minute[2]
files = max(1, samples[-1][1] - after_first_minute[1])
print(f"files    : {n} sent, {done} records")
print(f"RSS      : {after_first_minute[2]:.1f} MB after the first minute, {samples[-1][2]:.1f} MB at the end, "
      f"max {max(s[2] for s in samples):.1f} MB")
print(f"growth   : {growth:+.1f} MB over {files} files ({growth * 1e6 / files:+.0f} bytes per file)")
PY
