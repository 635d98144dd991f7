//! Architecture rules checked on the source tree: stage crates stay pure
//! (no IO, no server/database/CLI dependencies).

use std::path::{Path, PathBuf};

const STAGES: [&str; 7] = [
    "text", "syntax", "entities", "events", "quotes", "claims", "pipeline",
];
const FORBIDDEN_DEPS: [&str; 4] = ["rusqlite", "axum", "tokio", "clap"];
const FORBIDDEN_CODE: [&str; 4] = ["std::fs", "File::open", "std::net", "std::env::var"];

fn crates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            // examples are developer tools run by hand; they may read files
            if p.file_name()
                .is_some_and(|n| n == "examples" || n == "target")
            {
                continue;
            }
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn stage_crates_have_no_io_and_no_service_dependencies() {
    let mut checked = 0;
    for stage in STAGES {
        let dir = crates_dir().join(stage);
        let Ok(manifest) = std::fs::read_to_string(dir.join("Cargo.toml")) else {
            continue; // stage not built yet
        };
        checked += 1;
        // only [dependencies] matter; dev-dependencies may use tempfile etc.
        let deps = manifest
            .split("\n[")
            .find(|s| s.starts_with("dependencies]"))
            .unwrap_or("");
        for dep in FORBIDDEN_DEPS {
            assert!(
                !deps.lines().any(|l| l.trim_start().starts_with(dep)),
                "crates/{stage} depends on {dep}; stage crates must stay free of IO frameworks"
            );
        }
        let mut files = Vec::new();
        rust_files(&dir.join("src"), &mut files);
        for f in files {
            let src = std::fs::read_to_string(&f).unwrap();
            // unit tests inside `#[cfg(test)]` modules are code too: keep them pure as well
            for pat in FORBIDDEN_CODE {
                assert!(
                    !src.contains(pat),
                    "{} uses {pat}: stage crates never do IO",
                    f.display()
                );
            }
        }
    }
    assert!(
        checked >= 2,
        "expected at least crates/text and crates/pipeline"
    );
}
