#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): builds the two training-worker modules beside the page's
# (which Trunk builds with `--no-default-features --features page`: the UI alone):
# - dist/genlab_cpu.js + _bg.wasm (`--features worker`): the models and labs on burn's CPU device;
# - dist/genlab_gpu.js + _bg.wasm (`--features worker,webgpu`): the same with burn's WebGPU stack.
# www/worker.js loads the GPU one only where the browser offers a WebGPU adapter, the CPU one
# otherwise. Same target dir as Trunk's build, so the dependencies are compiled once for all
# three (only burn's crates differ with `webgpu`). The three builds of the crate write the same
# target/…/genlab.wasm, so cargo builds each again on every site build, changed or not (about
# 6 min on 2 cores; docs/figures.md).
set -euo pipefail
source "$(dirname "$0")/env.sh"
profile=release
args=(--release)
if [ "${TRUNK_PROFILE:-release}" = debug ]; then profile=debug; args=(); fi
out="${TRUNK_STAGING_DIR:-$ROOT/dist}"
cd "$ROOT"
for module in cpu gpu; do
  features=worker
  [ "$module" = gpu ] && features=worker,webgpu
  log "building the $module worker module (--features $features)"
  cargo build "${args[@]}" --quiet --lib --target wasm32-unknown-unknown --no-default-features --features "$features"
  # Without the function-name section (a sixth of the GPU module gzipped); the target's
  # genlab.wasm keeps it for bench/wasm_breakdown.py. No wasm-opt: -O2 slowed CPU training 22 %.
  wasm-bindgen --target web --no-typescript --remove-name-section --out-name "genlab_$module" \
    --out-dir "$out" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/$profile/genlab.wasm"
done
