//! The candidate set of the opt-in learned cue detector, for measuring how
//! many gold cues it could find at all (`examples/cue_candidates.rs`), and,
//! for comparison, nouns before `that`/`:`/`of`/a quotation mark, the frame of
//! the rules' noun cues (candidates of no model: a noun proposer with weights
//! of its own, tried on the h20-cue branch, lowered the held-out train mean at
//! every threshold).

use super::View;
use crate::marks;

/// Whether noun `k` has the frame of the rules' noun cues: a common noun
/// outside quotation marks followed by `that`, a colon, `of` or a quotation
/// mark (`X's claim that …`). Needs tags.
fn noun_before_clause(v: &View<'_>, k: usize) -> bool {
    let Some(upos) = v.upos.as_ref() else {
        return false;
    };
    let (_, s1) = v.sent_bounds(k);
    upos[k] == "NOUN"
        && v.in_speech[k].is_none()
        && k + 1 < s1
        && (matches!(v.tok(k + 1), "that" | ":" | "of") || marks::is_mark(v.tok(k + 1)))
}

/// Every token the cue detector scores, with its class: `verb` (a verb
/// outside punctuation), `adj` (a copula's stance adjective and the copula);
/// and the nouns of [`noun_before_clause`] as `noun`.
pub(crate) fn candidates(v: &View<'_>) -> Vec<(usize, &'static str)> {
    let mut out = Vec::new();
    for k in 0..v.lower.len() {
        if let Some((h, _)) = crate::recall::copula_adjective(v, k) {
            out.push((k, "adj"));
            out.push((h, "adj"));
        }
        if v.upos.as_ref().is_none_or(|u| u[k] == "VERB") && !v.is_punct(k) {
            out.push((k, "verb"));
        } else if noun_before_clause(v, k) {
            out.push((k, "noun"));
        }
    }
    out
}
