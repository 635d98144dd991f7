//! "a firm called Cambridge Analytica", "a new group named Black Votes Matter":
//! a participle that names the noun before it is no attribution. PolNeAR's
//! guidelines leave names and titles out ("The collection is called …" is no
//! attribution); the subject frame read the noun as the speaker and the name as
//! the content.
//!
//! The frame, from the parse: `called` / `named` / `dubbed` tagged VBN as an
//! `acl` of a common noun right before it, with no possessive in the three words
//! before it (the parse makes "Sanders' campaign called AP's report …" an `acl`
//! too) and not followed by a particle or preposition ("a group of rabbis
//! called for a boycott"). Train: 20 such attributions, 2 of them gold (both a
//! "website called …").

use chronicle_doc::{Doc, Quote};

/// Words after the participle that make it a verb of its own (`called for`).
const PARTICLES: &[&str] = &["for", "on", "upon", "out", "off", "in", "to"];

/// Drops the attributions whose cue names the noun before it.
pub(crate) fn drop_names(doc: &Doc, quotes: &mut Vec<Quote>) {
    let (Some(tags), Some(deps)) = (doc.tags.as_deref(), doc.deps.as_deref()) else {
        return;
    };
    let toks = doc.tokens();
    let names = |q: &Quote| -> bool {
        let Some(cue) = q.cue else { return false };
        if !matches!(doc.slice(cue), "called" | "named" | "dubbed") {
            return false;
        }
        // (tokens are in text order: a binary search, not a scan per quote)
        let i = toks.partition_point(|t| t.span.start < cue.start);
        if i >= toks.len() || toks[i].span != cue {
            return false;
        }
        if i == 0 || i + 1 >= toks.len() || i >= tags.len() || i >= deps.len() {
            return false;
        }
        matches!(doc.token_text(i), "called" | "named" | "dubbed")
            && tags[i].xpos == "VBN"
            && deps[i].rel == "acl"
            && tags[i - 1].upos == "NOUN"
            && !PARTICLES.contains(&doc.token_text(i + 1).to_lowercase().as_str())
            && !(i.saturating_sub(3)..i).any(|j| tags[j].xpos == "POS")
    };
    quotes.retain(|q| !names(q));
}
