//! Subcommands, one module per command.

pub mod actor;
pub mod analyze;
pub mod bench;
pub mod dict;
pub mod eval;
pub mod train;

use anyhow::Context;
use chronicle_entities::Entities;

/// Loads the actor dictionary: the embedded one, or the given files/directories
/// (every `*.actors` and `*.names` file of a directory, in name order).
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
                .filter(|x| x.extension().is_some_and(|e| e == "actors" || e == "names"))
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

/// A gold document read from CoNLL-U: the Doc (tags and dependencies removed,
/// so stages run as they do without the syntax layer) and its sentences.
pub struct GoldDoc {
    /// The Doc rebuilt from word forms.
    pub doc: chronicle_doc::Doc,
    /// The CoNLL-U sentences.
    pub sentences: Vec<chronicle_doc::conllu::UdSentence>,
}

/// Reads a CoNLL-U file and splits it into documents at `# newdoc` comments.
pub fn load_conllu_docs(path: &std::path::Path, keep_syntax: bool) -> anyhow::Result<Vec<GoldDoc>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let sents = chronicle_doc::conllu::parse(&text)
        .map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
    let mut groups: Vec<Vec<chronicle_doc::conllu::UdSentence>> = Vec::new();
    for s in sents {
        if s.newdoc.is_some() || groups.is_empty() {
            groups.push(Vec::new());
        }
        groups.last_mut().unwrap().push(s);
    }
    Ok(groups
        .into_iter()
        .enumerate()
        .map(|(i, g)| {
            let id = g[0].newdoc.clone().unwrap_or_else(|| format!("doc{i}"));
            let mut doc = chronicle_doc::conllu::to_doc(&g, &id);
            if !keep_syntax {
                doc.tags = None;
                doc.deps = None;
            }
            GoldDoc { doc, sentences: g }
        })
        .collect())
}
/// Replaces the tag and dependency layers of gold documents with those of the
/// default (embedded) syntax stage, as the pipeline produces them.
pub fn predicted_syntax(docs: &mut [GoldDoc]) -> anyhow::Result<()> {
    let syn = chronicle_syntax::Syntax::embedded()
        .map_err(|e| anyhow::anyhow!("loading the embedded syntax models: {e}"))?;
    for g in docs {
        let (tags, deps) = syn.annotate(&g.doc);
        g.doc.tags = Some(tags);
        g.doc.deps = Some(deps);
    }
    Ok(())
}
pub mod claims;
pub mod export;
pub mod ingest;
pub mod query;
pub mod serve;
