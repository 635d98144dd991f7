//! PLOVER event coding for Chronicle: the ontology as data ([`ontology`]), a
//! pattern language over dependency parses ([`pattern`], docs/patterns.md), the
//! coder that turns a parsed [`chronicle_doc::Doc`] into [`chronicle_doc::Event`]
//! records ([`coder`]), a number parser for magnitudes ([`numbers`]) and the
//! evaluation readers and scorers for PLV and the PLOVER GSR ([`eval`]).
//!
//! ```
//! use chronicle_events::Coder;
//! let coder = Coder::embedded();
//! assert_eq!(coder.ontology.types.len(), 16);
//! ```
#![deny(missing_docs)]

pub mod coder;
pub mod eval;
pub mod lemma;
pub mod numbers;
pub mod ontology;
pub mod pattern;

pub use coder::{Coder, CoderOptions};
pub use ontology::Ontology;
pub use pattern::PatternSet;

/// A data-file error: `file:line: reason`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {reason}")]
pub struct LoadError {
    /// File name as given to the loader.
    pub file: String,
    /// 1-based line (0 when the error concerns the whole file).
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

impl Coder {
    /// A coder from an ontology file and pattern files given by content
    /// (`(name, text)`); the cli reads them from paths to override the embedded ones.
    pub fn from_sources(
        ontology: (&str, &str),
        patterns: &[(&str, &str)],
    ) -> Result<Coder, LoadError> {
        let o = Ontology::parse(ontology.0, ontology.1)?;
        let p = PatternSet::parse(&o, patterns)?;
        Ok(Coder::new(o, p))
    }
}
