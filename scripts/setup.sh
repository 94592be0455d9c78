#!/usr/bin/env bash
# Installs whatever is missing to build GenLab (and, with --test, to test it). Idempotent:
# a second run only checks versions. Nothing is downloaded except from the package registries.
set -euo pipefail
source "$(dirname "$0")/env.sh"
mkdir -p "$GENLAB_TOOLS"
# The two cargo-installed tools are built without fat LTO and a single codegen unit (Trunk's
# release profile): Trunk only spawns cargo and copies files, so opt-level 1 does; wasm-bindgen
# rewrites 30 MB modules, so it keeps opt-level 2. On 2 cores this halves the one-off install
# (docs/figures.md). Both without their default features: those are TLS stacks (ring, rustls)
# and Trunk's update check, for downloads this offline build never makes (it saves little time:
# Trunk 243 s and wasm-bindgen-cli 107 s on 2026-12-06, against 267 s and about 150 s with them
# on an earlier run; docs/figures.md).
# Usage: install_fast OPT_LEVEL cargo-install-args…
install_fast() {
  local opt="$1"; shift
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL="$opt" cargo install --no-default-features "$@" --root "$GENLAB_TOOLS"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (one-off, ~4 min on 2 cores)"
  install_fast 1 trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (one-off, ~3 min)"
  # Without --locked: its lock file names a webpki-roots version missing from the index.
  install_fast 2 wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  log "installing binaryen $BINARYEN_VERSION (wasm-opt) from npm; Debian's 108 breaks the module"
  npm install --silent --no-audit --no-fund --prefix "$GENLAB_TOOLS" "binaryen@$BINARYEN_VERSION" >/dev/null
fi

if [ "${1:-}" = "--test" ]; then
  # The lints of the test command (rustup's minimal profile has neither).
  for component in clippy rustfmt; do
    if ! rustup component list --installed | grep -q "^$component"; then
      log "adding rustup's $component"
      rustup component add "$component"
    fi
  done
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "installing Debian's chromium and chromium-driver"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # A Korean font, so the screenshots of the Korean pages show Hangul rather than empty boxes
  # (a reader's own browser has one; a bare Debian does not).
  # grep without -q reads all of fc-list's output: with -q its early exit is a SIGPIPE for fc-list,
  # which pipefail read as "no font" and reinstalled it on every run.
  if ! fc-list 2>/dev/null | grep -i -e nanum -e "noto sans cjk" >/dev/null; then
    log "installing a Korean font (Debian's fonts-nanum)"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-nanum >/dev/null \
      || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-nanum >/dev/null; }
  fi
  if [ ! -d "$ROOT/tests/e2e/node_modules/playwright-core" ]; then
    log "installing playwright-core (driver only; it uses /usr/bin/chromium, never a downloaded browser)"
    (cd "$ROOT/tests/e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent --no-audit --no-fund)
  fi
fi
