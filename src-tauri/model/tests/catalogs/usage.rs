//! Which messages the code uses: an id counts as used when it is written as a
//! literal (`"id"` or `'id'`) in the agent's Rust or the window's TypeScript
//! and Svelte. Ids are never built from pieces, so a literal is the only way in.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The source files the search reads under the repository `root`: the Rust
/// of `src-tauri/` and the TypeScript and Svelte of `ui/src/`, less the
/// catalog check itself and the generated bindings.
pub fn source_files(root: &Path) -> Vec<PathBuf> {
    let skip = [
        root.join("src-tauri/model/tests/catalogs.rs"),
        root.join("src-tauri/model/tests/catalogs"),
        root.join("ui/src/lib/bindings"),
    ];
    let mut files = Vec::new();
    collect(&root.join("src-tauri"), &["rs"], &skip, &mut files);
    collect(&root.join("ui/src"), &["ts", "svelte"], &skip, &mut files);
    files.sort();
    files
}

fn collect(dir: &Path, extensions: &[&str], skip: &[PathBuf], files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if skip.contains(&path) {
            continue;
        }
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // Build output and installed packages are nobody's source.
        if name.starts_with('.') || name == "target" || name == "node_modules" {
            continue;
        }
        if path.is_dir() {
            collect(&path, extensions, skip, files);
        } else if path
            .extension()
            .is_some_and(|e| extensions.iter().any(|x| e == *x))
        {
            files.push(path);
        }
    }
}

/// Every quoted literal in `source` that could be a message id (lower-case
/// letters, digits and dashes between two like quotes).
pub fn literals(source: &str) -> BTreeSet<String> {
    let bytes = source.as_bytes();
    let mut found = BTreeSet::new();
    let mut i = 0;
    while i < bytes.len() {
        let quote = bytes[i];
        if quote == b'"' || quote == b'\'' {
            let start = i + 1;
            let mut end = start;
            while end < bytes.len() && is_id_byte(bytes[end]) {
                end += 1;
            }
            if end > start && end < bytes.len() && bytes[end] == quote {
                found.insert(source[start..end].to_owned());
                i = end + 1;
                continue;
            }
        }
        i += 1;
    }
    found
}

fn is_id_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'
}

/// The message ids of `ids` nobody uses. An error code's message
/// (`error_messages`) is used by its code, which picks it, and
/// `language-name` by the language picker, which reads it from every catalog.
pub fn unused(
    ids: &[String],
    literals: &BTreeSet<String>,
    error_messages: &[String],
) -> Vec<String> {
    ids.iter()
        .filter(|id| {
            id.as_str() != "language-name"
                && !error_messages.contains(*id)
                && !literals.contains(*id)
        })
        .cloned()
        .collect()
}
