#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): builds the worker module with burn's WebGPU backend
# (`--features webgpu`) next to the page's CPU-only module, as dist/genlab_gpu.js and
# dist/genlab_gpu_bg.wasm. www/worker.js loads it only where the browser offers a WebGPU
# adapter. Same target dir as Trunk's build, so only the crates whose features differ (burn's
# and this one) are compiled twice, and nothing is rebuilt when nothing changed.
set -euo pipefail
source "$(dirname "$0")/env.sh"
profile=release
args=(--release)
if [ "${TRUNK_PROFILE:-release}" = debug ]; then profile=debug; args=(); fi
out="${TRUNK_STAGING_DIR:-$ROOT/dist}"
cd "$ROOT"
log "building the WebGPU worker module (--features webgpu)"
cargo build "${args[@]}" --quiet --lib --target wasm32-unknown-unknown --features webgpu
wasm-bindgen --target web --no-typescript --out-name genlab_gpu --out-dir "$out" \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/$profile/genlab.wasm"
