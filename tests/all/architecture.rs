//! The shape of the code, checked: no file imports another that (directly or through others)
//! imports it back, and no model family reaches into another family's folder.
//!
//! The import graph is read from the sources: every `use` (braced groups expanded, `super::`
//! and `self::` resolved) and every `crate::…` path in the code, each mapped to the file that
//! defines the longest prefix of it. Unit-test modules (after `#[cfg(test)]`) are left out:
//! `use super::*` there means the file itself.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// `src/a/b.rs` → `["a", "b"]`; `src/a/mod.rs` → `["a"]`; `src/lib.rs` → `[]`.
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Expands one `use` tree (whitespace removed, renames dropped) into its full paths.
fn expand(tree: &str, out: &mut Vec<String>) {
    let Some(open) = tree.find('{') else {
        out.push(tree.to_string());
        return;
    };
    let (prefix, rest) = (&tree[..open], &tree[open + 1..tree.len() - 1]);
    let (mut depth, mut start) = (0, 0);
    let mut items = Vec::new();
    for (i, c) in rest.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&rest[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&rest[start..]);
    for item in items.into_iter().filter(|s| !s.is_empty()) {
        if item == "self" {
            out.push(prefix.trim_end_matches("::").to_string());
        } else {
            expand(&format!("{prefix}{item}"), out);
        }
    }
}

/// Every path a file's code names, resolved to absolute module paths (segments).
fn paths_named(code: &str, module: &[String], is_mod_rs: bool) -> Vec<Vec<String>> {
    // The module `super` means: the parent of this file's module.
    let here: Vec<String> = module.to_vec();
    let _ = is_mod_rs;
    let mut raw = Vec::new();
    for (i, _) in code.match_indices("use ") {
        let before = code[..i].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let Some(end) = code[i..].find(';') else { continue };
        let tree = &code[i + 4..i + end];
        let tree: String = tree.replace(" as ", "@").chars().filter(|c| !c.is_whitespace()).collect();
        // Drop renames (`x@Y` → `x`), keeping the braces and commas around them.
        let mut plain = String::new();
        let mut skipping = false;
        for c in tree.chars() {
            match c {
                '@' => skipping = true,
                ',' | '}' => {
                    skipping = false;
                    plain.push(c);
                }
                _ if !skipping => plain.push(c),
                _ => {}
            }
        }
        expand(&plain, &mut raw);
    }
    // `crate::a::b` anywhere in the code (calls, types), not only in `use`.
    for (i, _) in code.match_indices("crate::") {
        let tail: String = code[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        // `crate::a::{…}` ends in `::`: the `use` expansion above has its paths.
        if !tail.ends_with("::") {
            raw.push(tail);
        }
    }
    for (i, _) in code.match_indices("super::") {
        let before = code[..i].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let tail: String = code[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        // `crate::a::{…}` ends in `::`: the `use` expansion above has its paths.
        if !tail.ends_with("::") {
            raw.push(tail);
        }
    }
    raw.into_iter()
        .filter_map(|p| {
            let segs: Vec<&str> = p.split("::").filter(|s| !s.is_empty()).collect();
            let mut abs: Vec<String> = Vec::new();
            let mut rest = segs.as_slice();
            match rest.first() {
                Some(&"crate") => rest = &rest[1..],
                Some(&"super") => {
                    abs = here.clone();
                    while rest.first() == Some(&"super") {
                        abs.pop();
                        rest = &rest[1..];
                    }
                }
                Some(&"self") => {
                    abs = here.clone();
                    rest = &rest[1..];
                }
                // `use child::X` from a module file: a path into its own children.
                Some(_) => abs = here.clone(),
                None => return None,
            }
            abs.extend(rest.iter().map(|s| s.to_string()));
            Some(abs)
        })
        .collect()
}

struct Graph {
    edges: BTreeMap<String, BTreeSet<String>>,
}

fn graph() -> Graph {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let modules: BTreeMap<Vec<String>, String> = files
        .iter()
        .map(|f| {
            let rel = f.strip_prefix(&root).unwrap();
            (module_of(rel), rel.to_string_lossy().into_owned())
        })
        .collect();
    let mut edges = BTreeMap::new();
    for f in &files {
        let rel = f.strip_prefix(&root).unwrap();
        let name = rel.to_string_lossy().into_owned();
        let text = std::fs::read_to_string(f).unwrap();
        let code: String = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or("")
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .filter(|l| {
                let t = l.trim_start();
                !(t.starts_with("mod ")
                    || t.starts_with("pub mod ")
                    || t.starts_with("pub(crate) mod ")
                    || t.starts_with("pub(super) mod "))
            })
            .collect::<Vec<_>>()
            .join("\n");
        let module = module_of(rel);
        let mut to = BTreeSet::new();
        for mut path in paths_named(&code, &module, name.ends_with("mod.rs")) {
            while !path.is_empty() {
                if let Some(target) = modules.get(&path) {
                    if *target != name {
                        to.insert(target.clone());
                    }
                    break;
                }
                path.pop();
            }
        }
        edges.insert(name, to);
    }
    Graph { edges }
}

/// One cycle through `start`'s strongly connected part, if any (depth-first search).
fn find_cycle(g: &Graph) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut mark: BTreeMap<&str, Mark> = g.edges.keys().map(|k| (k.as_str(), Mark::New)).collect();
    fn visit<'a>(n: &'a str, g: &'a Graph, mark: &mut BTreeMap<&'a str, Mark>, stack: &mut Vec<&'a str>) -> Option<Vec<String>> {
        mark.insert(n, Mark::Open);
        stack.push(n);
        for m in g.edges.get(n).into_iter().flatten() {
            match mark.get(m.as_str()).copied().unwrap_or(Mark::Done) {
                Mark::Open => {
                    let from = stack.iter().position(|s| *s == m).unwrap_or(0);
                    let mut cycle: Vec<String> = stack[from..].iter().map(|s| s.to_string()).collect();
                    cycle.push(m.clone());
                    return Some(cycle);
                }
                Mark::New => {
                    if let Some(c) = visit(m, g, mark, stack) {
                        return Some(c);
                    }
                }
                Mark::Done => {}
            }
        }
        stack.pop();
        mark.insert(n, Mark::Done);
        None
    }
    let keys: Vec<&str> = g.edges.keys().map(|k| k.as_str()).collect();
    for k in keys {
        if mark[k] == Mark::New
            && let Some(c) = visit(k, g, &mut mark, &mut Vec::new())
        {
            return Some(c);
        }
    }
    None
}

#[test]
fn the_graph_is_read_from_the_sources() {
    // The checker itself: known edges must be found, or the tests below prove nothing.
    let g = graph();
    let lib = &g.edges["lib.rs"];
    assert!(lib.iter().any(|t| t.starts_with("ui/")), "lib.rs starts the page: {lib:?}");
    let url = &g.edges["state/url.rs"];
    assert!(url.contains("data/toy2d.rs"), "state/url.rs reads datasets: {url:?}");
    let mut demo = Vec::new();
    expand("crate::a::{b,c::{self,d}}", &mut demo);
    assert_eq!(demo, ["crate::a::b", "crate::a::c", "crate::a::c::d"]);
    let cyclic = Graph {
        edges: [("a", "b"), ("b", "c"), ("c", "a")].iter().map(|(f, t)| (f.to_string(), BTreeSet::from([t.to_string()]))).collect(),
    };
    assert!(find_cycle(&cyclic).is_some());
}

#[test]
fn no_file_imports_one_that_imports_it_back() {
    let g = graph();
    if let Some(cycle) = find_cycle(&g) {
        panic!("import cycle: {}", cycle.join(" → "));
    }
}

#[test]
fn no_family_reaches_into_another() {
    let g = graph();
    let family = |f: &str| f.strip_prefix("families/").and_then(|r| r.split_once('/')).map(|(name, _)| name.to_string());
    let mut crossings = Vec::new();
    for (from, tos) in &g.edges {
        if let Some(a) = family(from) {
            for to in tos {
                if let Some(b) = family(to).filter(|b| *b != a) {
                    crossings.push(format!("{from} → {to} ({b})"));
                }
            }
        }
    }
    assert!(crossings.is_empty(), "a family imports another family's files: {crossings:#?}");
}

/// Adding a family is its folder and one line in the list (`families/mod.rs`): no other file
/// names a family's files, except the pages that set chosen families side by side (compare,
/// the lineup, the tour), which a new family joins only by choice.
#[test]
fn only_the_family_list_names_a_family() {
    let g = graph();
    let family = |f: &str| f.strip_prefix("families/").and_then(|r| r.split_once('/')).map(|(name, _)| name.to_string());
    let side_by_side = |f: &str| ["compare/", "lineup/", "tour/"].iter().any(|p| f.starts_with(p));
    let mut named = Vec::new();
    for (from, tos) in &g.edges {
        // The list's own files sit directly in `families/`: the list, and the showcase line.
        let the_list = from.strip_prefix("families/").is_some_and(|f| !f.contains('/'));
        if family(from).is_some() || the_list || side_by_side(from) {
            continue;
        }
        for to in tos {
            if let Some(f) = family(to) {
                named.push(format!("{from} → {to} ({f})"));
            }
        }
    }
    assert!(named.is_empty(), "{} files outside a family's folder and the list name it: {named:#?}", named.len());
}
