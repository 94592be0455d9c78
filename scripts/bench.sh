#!/usr/bin/env bash
# Benchmarks (figures for the README): wasm size raw and gzipped, native CPU training speed,
# and in headless Chromium the cold load and training speed on each device.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh" --test
cd "$ROOT"
trunk build --release --quiet
for name in genlab genlab_cpu genlab_gpu; do
  wasm="$ROOT/dist/${name}_bg.wasm"
  log "$name wasm: $(stat -c %s "$wasm") bytes raw, $(gzip -9 -c "$wasm" | wc -c) bytes gzipped; js glue $(stat -c %s "dist/$name.js") bytes"
done
# The Trunk hook (scripts/worker_modules.sh) builds the GPU module last, so the target's genlab.wasm is that build.
python3 bench/wasm_breakdown.py "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/genlab.wasm"
log "native (burn flex CPU)"
cargo run --release --quiet --example bench_native
if [ "${1:-}" = "--torch" ]; then
  venv="$GENLAB_CACHE/torchenv"
  [ -x "$venv/bin/python" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q torch numpy; }
  log "the same model in PyTorch on the same CPU"
  "$venv/bin/python" bench/torch_ddpm.py
fi
log "in headless Chromium"
node tests/e2e/bench.mjs
log "the image page in headless Chromium"
node tests/e2e/bench_images.mjs
log "the digit models page in headless Chromium"
node tests/e2e/bench_lineup.mjs
log "the digit models page's two trainers in headless Chromium"
node tests/e2e/bench_trainers.mjs
