# Sourced by the other scripts: where tools and build output live (outside the clone, so a
# fresh clone reuses them), and the pinned versions.
GENLAB_CACHE="${GENLAB_CACHE:-$HOME/.cache/genlab}"
export GENLAB_TOOLS="$GENLAB_CACHE/tools"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$GENLAB_CACHE/target}"
export PATH="$GENLAB_TOOLS/bin:$GENLAB_TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_VERSION=0.21.14
export BINARYEN_VERSION=132
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
export WASM_BINDGEN_VERSION
log() { printf '\033[1m[genlab]\033[0m %s\n' "$*" >&2; }
