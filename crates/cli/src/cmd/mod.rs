//! One module per subcommand.

pub mod bench;
pub mod eval;
pub mod train;

use anyhow::Context;
use chronicle_doc::conllu::UdSentence;
use chronicle_syntax::Syntax;
use std::path::{Path, PathBuf};

/// Reads and parses a CoNLL-U file.
pub fn read_conllu(path: &Path) -> anyhow::Result<Vec<UdSentence>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    chronicle_doc::conllu::parse(&text)
        .map_err(|e| anyhow::anyhow!("{}:{}: {}", path.display(), e.line, e.reason))
}

/// Loads the syntax models: from the given paths, else the embedded ones.
pub fn load_syntax(tagger: Option<&PathBuf>, parser: Option<&PathBuf>) -> anyhow::Result<Syntax> {
    let read = |p: &PathBuf| std::fs::read(p).with_context(|| format!("reading {}", p.display()));
    let t = match tagger {
        Some(p) => read(p)?,
        None => chronicle_syntax::EMBEDDED_TAGGER.to_vec(),
    };
    let p = match parser {
        Some(p) => read(p)?,
        None => chronicle_syntax::EMBEDDED_PARSER.to_vec(),
    };
    Syntax::from_bytes(&t, &p).map_err(|e| anyhow::anyhow!("{e}"))
}
