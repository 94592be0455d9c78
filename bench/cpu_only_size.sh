#!/usr/bin/env bash
# What the wasm would weigh without burn's GPU stack: builds a throw-away copy of the crate with
# the `wgpu` backend removed (WebGPU then reports "CPU-only build") and prints raw and gzipped
# sizes after wasm-bindgen. Its own target dir, so the main cache is untouched (~4 min).
set -euo pipefail
source "$(dirname "$0")/../scripts/env.sh"
work=$(mktemp -d)
cp -r "$ROOT/Cargo.toml" "$ROOT/Cargo.lock" "$ROOT/src" "$ROOT/.cargo" "$work/"
sed -i 's/"flex", "simd", "wgpu"\]/"flex", "simd"]/' "$work/Cargo.toml"
python3 - "$work/src/device.rs" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
i = s.index('#[cfg(target_arch = "wasm32")]\nasync fn open_webgpu()')
j = s.index('/// A sentence for the page')
s = s[:i] + '#[cfg(target_arch = "wasm32")]\nasync fn open_webgpu() -> Result<Device, String> {\n    Err("CPU-only build".into())\n}\n\n' + s[j:]
open(p, "w").write(s)
PY
target="$GENLAB_CACHE/target-cpu-only"
(cd "$work" && CARGO_TARGET_DIR="$target" cargo build --release --quiet --target wasm32-unknown-unknown 2>/dev/null)
wasm-bindgen --target web --out-dir "$work/out" "$target/wasm32-unknown-unknown/release/genlab.wasm"
w="$work/out/genlab_bg.wasm"
log "CPU-only wasm: $(stat -c %s "$w") bytes raw, $(gzip -9 -c "$w" | wc -c) bytes gzipped"
rm -rf "$work"
