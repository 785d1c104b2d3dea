#!/usr/bin/env bash
# Scale-out throughput on NATS JetStream: docs/s with 1, 2 and 4 workers.
#   bench/nats_scale.sh [N] [WORKERS…]      (default N = 5,000; workers 1 2 4)
# Starts its own nats-server (JetStream, loopback, temp dir), and for each
# worker count publishes the same N seed-derived articles into a fresh stream
# with `newsflow ingest`, then times `newsflow batch` workers draining it (all
# built-in stages, records to each worker's outbox and to a records stream).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5000}; shift || true
workers=("${@:-1 2 4}"); read -r -a workers <<<"${workers[*]}"
work=${TMPDIR:-/tmp}/newsflow-bench/nats
command -v nats-server >/dev/null || { echo "nats-server not found (apt-get install nats-server)" >&2; exit 1; }
cargo build --release -q
rm -rf "$work"; mkdir -p "$work/js"
bench/corpus.sh "$n" "$work/corpus" text >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
nats-server -js -a 127.0.0.1 -p "$port" -sd "$work/js" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 1
url="nats://127.0.0.1:$port"
echo "machine: $(nproc) cores; $n articles per run; $(du -sh "$work/corpus" | cut -f1)"
for w in "${workers[@]}"; do
  cfg="$work/w$w.toml"
  {
    printf '[source]\nkind = "nats"\nurl = "%s"\nstream = "BENCH_%s"\nsubject = "bench.%s.articles"\n' "$url" "$w" "$w"
    printf 'dead_letter_stream = "BENCHDEAD_%s"\ndead_letter_subject = "bench.%s.dead"\n\n' "$w" "$w"
    sed "s#\"config/#\"$PWD/config/#" pipeline.toml
    printf '\n[[stage]]\nkind = "nats_emit"\nurl = "%s"\nstream = "BENCHREC_%s"\nsubject = "bench.%s.records"\nconcurrency = 32\n' "$url" "$w" "$w"
  } >"$cfg"
  target/release/newsflow ingest --config "$cfg" "$work/corpus" 2>/dev/null
  start=$(date +%s.%N)
  pids=()
  for i in $(seq "$w"); do
    target/release/newsflow batch --config "$cfg" --outbox "$work/out-$w-$i" --log-format json >/dev/null 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || true; done
  end=$(date +%s.%N)
  records=$(find "$work" -mindepth 2 -maxdepth 2 -path "$work/out-$w-*" -name '*.json' | wc -l)
  python3 -c "import sys; n,s,e,w=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]),sys.argv[4]; print(f'{w} worker(s): {n/(e-s):7.0f} docs/s ({e-s:.1f} s)')" "$n" "$start" "$end" "$w"
  echo "           records written: $records"
done
