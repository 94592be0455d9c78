#!/usr/bin/env bash
# The README's screenshot (docs/img/diffusion.png), taken from the built site in headless Chromium:
# the Diffusion page trained to its quality bar with its reverse chain, at a projector's 1280×720.
# Run after ./scripts/serve.sh or ./scripts/test.sh has built dist/ (it builds it if missing).
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh" --test
cd "$ROOT"
[ -f dist/index.html ] || trunk build --release --quiet
mkdir -p docs/img
node tests/e2e/readme_shot.mjs "$ROOT/docs/img/diffusion.png"
log "wrote docs/img/diffusion.png"
