#!/usr/bin/env bash
# Command 2: every test. Native `cargo test`, then the release site build, then the end-to-end
# tests that drive the real page in Debian's headless Chromium (WebGPU through SwiftShader).
set -euo pipefail
source "$(dirname "$0")/env.sh"
start=$(date +%s)
# Each phase's start is logged with the seconds since the command began: the README's time figures.
phase() { log "$* (at $(( $(date +%s) - start )) s)"; }
"$ROOT/scripts/setup.sh" --test
cd "$ROOT"

phase "native tests (cargo test, CPU device)"
cargo test --quiet

phase "building the site (trunk build --release)"
trunk build --release --quiet

phase "in-browser tests (wasm-bindgen-test in headless Chromium, WebGPU on SwiftShader)"
# --release --features webgpu reuses the GPU module's compiled dependencies; webdriver.json adds
# Chromium's flags.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=240 \
  cargo test --release --target wasm32-unknown-unknown --features webgpu --test browser

phase "end-to-end tests in headless Chromium"
mkdir -p "$ROOT/tests/e2e/artifacts"
node --test --test-concurrency=1 "$ROOT"/tests/e2e/*.test.mjs

log "all tests passed in $(( $(date +%s) - start )) s"
