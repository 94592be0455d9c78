#!/usr/bin/env bash
# Benchmarks (figures for the README): wasm size raw and gzipped, native CPU training speed,
# and in headless Chromium the cold load and training speed on each device.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh" --test
cd "$ROOT"
trunk build --release --quiet
wasm="$ROOT/dist/genlab_bg.wasm"
log "wasm: $(stat -c %s "$wasm") bytes raw, $(gzip -9 -c "$wasm" | wc -c) bytes gzipped; js glue $(stat -c %s dist/genlab.js) bytes"
cargo run --release --quiet --example bench_native
node tests/e2e/bench.mjs
