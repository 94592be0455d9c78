#!/usr/bin/env bash
# Command 2: every test. The native tests (`cargo test`) run from the start, beside installing
# the tools and building the site; then the end-to-end tests that drive the real page in Debian's
# headless Chromium (WebGPU through SwiftShader), with the in-browser tests' binary built and
# `cargo clippy -D warnings` run beside them; then the in-browser tests (wasm-bindgen-test).
set -euo pipefail
source "$(dirname "$0")/env.sh"
start=$(date +%s)
# Each phase's start is logged with the seconds since the command began: the figures in
# docs/figures.md.
phase() { log "$* (at $(( $(date +%s) - start )) s)"; }
cd "$ROOT"
mkdir -p "$GENLAB_CACHE"

phase "formatting (cargo fmt --check, rustfmt.toml)"
rustup component list --installed | grep -q "^rustfmt" || rustup component add rustfmt
cargo fmt --check

# The native tests need none of the web tools, and share no compiled artefact with the wasm
# builds, so they run in their own target dir (cargo lets one build at a time use a target dir)
# beside the installs and the site build: those are mostly single-threaded stretches (a crate's
# last compile, one codegen unit, fat LTO) that leave the second core free. Their output is
# printed when both are done.
phase "native tests (cargo test, CPU device), beside the tools and the site build"
native_log="$GENLAB_CACHE/native-tests.log"
(
  status=0
  CARGO_TARGET_DIR="$GENLAB_CACHE/target-native" cargo test --quiet > "$native_log" 2>&1 || status=$?
  echo "native tests finished (at $(( $(date +%s) - start )) s)" >> "$native_log"
  exit "$status"
) &
native=$!
# Whatever happens next, the background jobs (cargo and its children) do not outlive this
# command, and a native log not yet printed is printed. A job's variable is emptied once it has
# been waited for, so no reused process id is ever signalled.
kill_tree() {
  local child
  [ -n "${1:-}" ] || return 0
  for child in $(cat /proc/"$1"/task/*/children 2>/dev/null); do kill_tree "$child"; done
  kill "$1" 2>/dev/null || true
}
browser_build=""
lints=""
on_exit() {
  if [ -n "$native" ]; then
    kill_tree "$native"
    log "stopped early; the native tests so far ($native_log):"
    cat "$native_log" 2>/dev/null || true
  fi
  kill_tree "$browser_build"
  kill_tree "$lints"
}
trap on_exit EXIT
# join_job VAR LOG WHAT: waits for the background job whose pid is in $VAR, empties VAR, prints
# its log, and stops the command with the job's status (saying WHAT failed) if it failed.
join_job() {
  local -n job="$1"
  local status=0
  wait "$job" || status=$?
  job=""
  cat "$2"
  [ "$status" = 0 ] || { log "$3 FAILED"; exit "$status"; }
}

"$ROOT/scripts/setup.sh" --test
phase "building the site (trunk build --release)"
trunk build --release --quiet
phase "site built; waiting for the native tests"
join_job native "$native_log" "native tests"

# The in-browser tests' binary is another fat-LTO link (single-threaded, minutes): it is built
# beside the end-to-end tests, which leave part of the two cores idle, at the lowest
# priority so the tests' training keeps its pace, and run after them.
browser_test() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=240 \
    cargo test --release --target wasm32-unknown-unknown --no-default-features --features worker,webgpu --test browser "$@"
}
# --release --no-default-features --features worker,webgpu is the WebGPU worker module's build
# (scripts/worker_modules.sh), so the library is not compiled again; webdriver.json adds
# Chromium's flags.
browser_log="$GENLAB_CACHE/browser-test-build.log"
(renice -n 19 "$BASHPID" >/dev/null 2>&1 || true; browser_test --no-run --quiet) > "$browser_log" 2>&1 &
browser_build=$!

# The lints, beside the end-to-end tests as well and at the same priority: clippy with every
# warning an error, natively (every target: library, tests, examples, benches) and for the
# wasm32 builds (the page with the CPU worker; the WebGPU worker). The native run reuses the
# native tests' target dir, the wasm runs their own (clippy only checks: no code is generated).
lint() {
  CARGO_TARGET_DIR="$GENLAB_CACHE/target-native" cargo clippy --quiet --all-targets -- -D warnings
  for features in page,worker worker,webgpu; do
    CARGO_TARGET_DIR="$GENLAB_CACHE/target-wasm-check" cargo clippy --quiet --lib --target wasm32-unknown-unknown \
      --no-default-features --features "$features" -- -D warnings
  done
}
lints_log="$GENLAB_CACHE/clippy.log"
(renice -n 19 "$BASHPID" >/dev/null 2>&1 || true; set -e; lint) > "$lints_log" 2>&1 &
lints=$!

# Two test files at a time, each with its own server and browser: most of a test's time is
# waiting (a worker loads, a model trains to a point, a layout settles), so two files share the
# two cores without slowing each other much — the 94 tests took 658 s so, 1,038 s one file at a
# time (docs/figures.md). No test asserts a speed that two at a time would miss. The longest
# files go first, so the two lanes end together; then the rest, in name order.
e2e_files() {
  local first=(stage_compact stage lineup tour offline images compare gan korean a11y) f
  for f in "${first[@]}"; do
    [ -f "$ROOT/tests/e2e/$f.test.mjs" ] && echo "$ROOT/tests/e2e/$f.test.mjs"
  done
  for f in "$ROOT"/tests/e2e/*.test.mjs; do
    case " ${first[*]} " in *" $(basename "$f" .test.mjs) "*) ;; *) echo "$f" ;; esac
  done
}
mapfile -t e2e < <(e2e_files)
phase "end-to-end tests in headless Chromium, two files at a time (the in-browser tests' build and the lints beside them)"
mkdir -p "$ROOT/tests/e2e/artifacts"
node --test --test-concurrency=2 "${e2e[@]}"

phase "lints (cargo clippy -D warnings: native, and the two wasm32 builds)"
join_job lints "$lints_log" "cargo clippy"

phase "in-browser tests (wasm-bindgen-test in headless Chromium, WebGPU on SwiftShader)"
join_job browser_build "$browser_log" "the in-browser tests' build"
browser_test

log "all tests passed in $(( $(date +%s) - start )) s"
