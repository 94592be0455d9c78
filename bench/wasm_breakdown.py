"""What dominates the wasm: code bytes per crate, from the function-name section.

Reads the module cargo writes before wasm-bindgen (it still has its `name` section), sums each
function body's size by the crate its (demangled-ish) name starts with, and prints the top crates
and the data/other sections. Run: python3 bench/wasm_breakdown.py [path/to/genlab.wasm]
"""
import collections
import os
import re
import sys


def leb(buf, i):
    result = shift = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, i


def crate_of(name):
    """The crate a (legacy-mangled) Rust symbol belongs to: `_ZN4burn6tensor…` → burn,
    `_ZN73_$LT$burn_cubecl..ops..…` → burn_cubecl (the first path segment, impls included)."""
    m = re.match(r"_ZN(\d+)", name)
    if not m:
        return "(non-Rust or unnamed)"
    seg = name[m.end():m.end() + int(m.group(1))]
    seg = re.sub(r"^_?\$LT\$(\$RF\$)?(mut\$u20\$)?(\$u5b\$)?", "", seg)
    crate = re.split(r"\.\.|\$", seg)[0]
    return crate or "(generic)"


def main(path):
    buf = open(path, "rb").read()
    i, sections, bodies, names, imported = 8, collections.Counter(), [], {}, 0
    while i < len(buf):
        sid, i = buf[i], i + 1
        size, i = leb(buf, i)
        end = i + size
        if sid == 2:  # imports: count imported functions (they shift function indices)
            n, j = leb(buf, i)
            for _ in range(n):
                for _ in range(2):
                    ln, j = leb(buf, j)
                    j += ln
                kind = buf[j]
                j += 1
                if kind == 0:
                    imported += 1
                    _, j = leb(buf, j)
                elif kind == 1:
                    j += 1
                    flags, j = leb(buf, j)
                    _, j = leb(buf, j)
                    if flags & 1:
                        _, j = leb(buf, j)
                elif kind == 2:
                    flags, j = leb(buf, j)
                    _, j = leb(buf, j)
                    if flags & 1:
                        _, j = leb(buf, j)
                elif kind == 3:
                    j += 2
                else:
                    _, j = leb(buf, j)
        if sid == 10:
            n, j = leb(buf, i)
            for _ in range(n):
                sz, j = leb(buf, j)
                bodies.append(sz)
                j += sz
        if sid == 0:
            ln, j = leb(buf, i)
            name = buf[j:j + ln].decode(errors="replace")
            sections["custom:" + name] += size
            if name == "name":
                j += ln
                while j < end:
                    sub, j = buf[j], j + 1
                    ssz, j = leb(buf, j)
                    if sub == 1:
                        n, k = leb(buf, j)
                        for _ in range(n):
                            idx, k = leb(buf, k)
                            ln2, k = leb(buf, k)
                            names[idx] = buf[k:k + ln2].decode(errors="replace")
                            k += ln2
                    j += ssz
        else:
            sections[{1: "type", 2: "import", 3: "function", 5: "memory", 6: "global", 7: "export", 10: "code", 11: "data"}.get(sid, f"id{sid}")] += size
        i = end
    by_crate = collections.Counter()
    for k, sz in enumerate(bodies):
        name = names.get(k + imported, "?")
        by_crate[crate_of(name)] += sz
    total = os.path.getsize(path)
    print(f"{path}: {total / 1e6:.1f} MB; sections: " + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in sections.most_common(6)))
    code = sum(bodies)
    groups = {"GPU compiler stack (cubecl*, cubek*, pliron, rustc_apfloat, burn_cubecl, wgpu*, naga)":
              ("cubecl", "cubek", "pliron", "rustc_apfloat", "burn_cubecl", "wgpu", "naga"),
              "CPU backend (burn_flex)": ("burn_flex",),
              "UI (yew*, plotters*, web_sys, js_sys)": ("yew", "plotters", "web_sys", "js_sys", "implicit_clone")}
    for label, prefixes in groups.items():
        sz = sum(v for k, v in by_crate.items() if k.startswith(prefixes))
        print(f"{label}: {sz / 1e6:.2f} MB, {100 * sz / code:.0f} % of code")
    for crate, sz in by_crate.most_common(15):
        print(f"  {crate:<28} {sz / 1e6:6.2f} MB  {100 * sz / code:5.1f} % of code")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser("~/.cache/genlab/target/wasm32-unknown-unknown/release/genlab.wasm"))
