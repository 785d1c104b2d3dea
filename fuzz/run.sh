#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 300), seeding the corpora
# with the articles shipped in inbox/ and the regression inputs in
# fuzz/regressions/. Prints execs and findings per target.
# Needs: rustup nightly toolchain, `cargo install cargo-fuzz`.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-300}"
TARGETS="${TARGETS:-clean_bytes boilerplate extract html_path}"
for target in $TARGETS; do
    corpus="fuzz/corpus/$target"
    mkdir -p "$corpus"
    cp -n inbox/* "$corpus"/ 2>/dev/null || true
    cp -n fuzz/regressions/* "$corpus"/ 2>/dev/null || true
    log="fuzz/$target.log"
    cargo +nightly fuzz run "$target" "$corpus" -- \
        -max_total_time="$SECONDS_PER_TARGET" -max_len=262144 -rss_limit_mb=2048 -timeout=20 >"$log" 2>&1 || true
    execs=$(grep -Eo 'Done [0-9]+ runs' "$log" | tail -1 || true)
    crashes=$(ls fuzz/artifacts/"$target" 2>/dev/null | wc -l)
    echo "$target: ${execs:-no summary (see $log)}; artifacts: $crashes"
done
