//! Subcommands, one per file.

pub mod actor;
pub mod dict;
pub mod eval;
pub mod train;

use anyhow::Context;
use chronicle_entities::Entities;

/// Loads the actor dictionary: the embedded one, or the given files/directories
/// (every `*.actors` file of a directory, in name order).
pub fn load_entities(paths: &[std::path::PathBuf]) -> anyhow::Result<Entities> {
    if paths.is_empty() {
        return Ok(Entities::embedded()?);
    }
    let mut files: Vec<(String, String)> = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut v: Vec<_> = std::fs::read_dir(p)
                .with_context(|| format!("reading {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|x| x.extension().is_some_and(|e| e == "actors"))
                .collect();
            v.sort();
            for f in v {
                files.push((
                    f.display().to_string(),
                    std::fs::read_to_string(&f)
                        .with_context(|| format!("reading {}", f.display()))?,
                ));
            }
        } else {
            files.push((
                p.display().to_string(),
                std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?,
            ));
        }
    }
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    Ok(Entities::from_files(&refs)?)
}
