#!/usr/bin/env bash
# Command 1: install what is missing, build the site, and serve it at http://127.0.0.1:8080/
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
log "building and serving (first build ~12 min on 2 cores; later ones seconds)"
log "open http://127.0.0.1:${PORT:-8080}/ when Trunk says it is serving"
exec trunk serve --release --port "${PORT:-8080}" "$@"
