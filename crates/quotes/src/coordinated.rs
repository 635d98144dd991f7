//! A second attribution coordinated with the first: `Brownell said he makes
//! $41,000 a year and questioned how he would be helped …` is two
//! attributions in PolNeAR, with one speaker. The frame of `said` reads the
//! rest of the sentence as its content, which swallows the second cue; this
//! ends the content before the coordinator, so that the main pass, which skips
//! the words of a content, reaches the second cue and builds it with the
//! speaker the two verbs share.

use super::{Cand, View, match_cue};
use crate::lexicon::{CueKind, Lexicon};

/// Ends the last content of `c` before `and`/`but` (a comma or semicolon
/// before it goes too) when a lexicon verb after it (past auxiliaries and
/// adverbs: `and has also questioned`) is, in the parse, coordinated with the
/// cue's verb, and no subject stands in the content before the coordinator
/// (the object of the first verb, not a clause of its own: `Jordan supports
/// the protests and doesn't understand why …`). Needs the parse; the content
/// must start after the cue.
pub(super) fn cut_at_coordinated_cue(lex: &Lexicon, v: &View<'_>, c: &mut Cand) {
    let (Some(deps), Some(upos)) = (v.doc.deps.as_ref(), v.upos.as_ref()) else {
        return;
    };
    let Some(&(a, b)) = c.content.last() else {
        return;
    };
    if a < c.cue.1 || deps.len() != v.lower.len() {
        return;
    }
    // (not in the first sentence of a transcript turn, `Anna Berg: We read
    // them and write about them …`: the turn's own quotation holds it whole)
    let (s0, _) = v.sent_bounds(c.cue.0);
    if (s0..c.cue.0).any(|k| v.tok(k) == ":") {
        return;
    }
    let in_cue = |h: Option<u32>| h.is_some_and(|h| (c.cue.0..c.cue.1).contains(&(h as usize)));
    let Some(j) = (a + 1..b.saturating_sub(1)).find(|&j| {
        if !matches!(v.tok(j), "and" | "but") || v.in_speech[j].is_some() {
            return false;
        }
        let mut m = j + 1;
        while m + 1 < b && matches!(upos[m], "AUX" | "ADV" | "PART") {
            m += 1;
        }
        // a clause with a subject of its own before the coordinator (`said he
        // is opposed and believes …`) may well have the second verb too,
        // whatever the parse says: left as it is
        let clause = (a..j).any(|x| deps[x].rel.starts_with("nsubj") || deps[x].rel == "expl");
        !clause
            && upos[m] == "VERB"
            && deps[m].rel == "conj"
            && in_cue(deps[m].head)
            && (j + 1..=m).any(|s| {
                match_cue(lex, v, s).is_some_and(|(e, len)| {
                    lex.entries[e as usize].kind == CueKind::Verb && s + len > m
                })
            })
    }) else {
        return;
    };
    let mut e = j;
    while e > a && matches!(v.tok(e - 1), "," | ";") {
        e -= 1;
    }
    if e > a {
        c.content.last_mut().unwrap().1 = e;
    }
}
