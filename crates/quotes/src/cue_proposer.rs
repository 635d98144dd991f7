//! The learned cue proposer's candidates beyond verbs: cue nouns (`his claim
//! that …`, `the statement: …`, `in an interview with X`), scored by the
//! opt-in cue model with weights of their own (features prefixed `n|`) and
//! built with the rules' noun frame (possessor speaker, clause content), and
//! the list of every candidate the model can score (for measuring the
//! candidate set's recall on gold cues).

use super::{Cand, View, cue_features};
use crate::lexicon::Lexicon;
use crate::marks;

/// Whether noun `k` is a candidate cue: a common noun outside quotation marks
/// followed by `that`, a colon, `of` or a quotation mark (`X's claim that …`,
/// `her warning: "…"`), the frame the rules' noun cues are built with (a
/// possessor speaker, then the clause). Needs tags.
pub(crate) fn noun_candidate(v: &View<'_>, k: usize) -> bool {
    let Some(upos) = v.upos.as_ref() else {
        return false;
    };
    let (_, s1) = v.sent_bounds(k);
    upos[k] == "NOUN"
        && v.in_speech[k].is_none()
        && k + 1 < s1
        && (matches!(v.tok(k + 1), "that" | ":" | "of") || marks::is_mark(v.tok(k + 1)))
}

/// Features of candidate noun `k`: the verb features, prefixed `n|`, plus
/// `n|*bias` (the nouns' bias relative to the verbs').
pub(crate) fn noun_cue_features(lex: &Lexicon, v: &View<'_>, k: usize) -> Vec<String> {
    let mut f: Vec<String> = cue_features(lex, v, k)
        .into_iter()
        .map(|x| format!("n|{x}"))
        .collect();
    f.push("n|*bias".into());
    f
}

/// Every token the model can score, with its class: `verb` (a verb outside
/// punctuation), `adj` (the adjective of a copula's stance adjective, and
/// the copula), `noun` ([`noun_candidate`]).
pub(crate) fn candidates(v: &View<'_>) -> Vec<(usize, &'static str)> {
    let n = v.lower.len();
    let mut out = Vec::new();
    for k in 0..n {
        if let Some((h, _)) = crate::recall::copula_adjective(v, k) {
            out.push((k, "adj"));
            out.push((h, "adj"));
        }
        if v.upos.as_ref().is_none_or(|u| u[k] == "VERB") && !v.is_punct(k) {
            out.push((k, "verb"));
        } else if noun_candidate(v, k) {
            out.push((k, "noun"));
        }
    }
    out
}

/// The parse's frame of a verb the model scores as a cue when the rules'
/// frame found none (no subject left of it, no clause after it): the
/// speaker is the verb's subject, else the subject of the verb it is
/// coordinated with or subordinate to (`X arrived and said …`, `X left,
/// saying …`); the content is the subtree of its clausal complement
/// (`ccomp`; objects, `xcomp` and `parataxis` were tried too and brought mostly
/// wrong attributions: "Police charged X"). `None` when either is missing, or
/// a span would cross a sentence or take a token another attribution has.
pub(super) fn parse_frame(v: &View<'_>, k: usize, covered: &[bool]) -> Option<Cand> {
    let deps = v.doc.deps.as_ref().filter(|d| d.len() == v.lower.len())?;
    let (s0, s1) = v.sent_bounds(k);
    let kid = |h: usize, p: &dyn Fn(&str) -> bool| {
        (s0..s1).find(|&j| deps[j].head == Some(h as u32) && p(deps[j].rel.as_str()))
    };
    let subj_of = |h: usize| kid(h, &|r| r == "nsubj");
    let subj = subj_of(k).or_else(|| {
        let h = deps[k].head? as usize;
        matches!(deps[k].rel.as_str(), "conj" | "advcl" | "xcomp")
            .then(|| subj_of(h))
            .flatten()
    })?;
    let comp = kid(k, &|r| r == "ccomp")?;
    let source = subtree(deps, subj, (s0, s1));
    let content = subtree(deps, comp, (s0, s1));
    // the content starts after the cue; the source is not inside it
    if content.0 <= k || source.1 > content.0 && source.0 < content.1 {
        return None;
    }
    let content = (content.0, trim_punct(v, content.0, content.1));
    if content.1 <= content.0
        || (source.0..source.1)
            .chain(content.0..content.1)
            .chain(std::iter::once(k))
            .any(|j| covered[j] || v.in_speech[j].is_some())
    {
        return None;
    }
    Some(Cand {
        cue: (k, k + 1),
        source: Some(source),
        content: vec![content],
        kind: "indirect",
        rule: format!("model-frame:{}", v.tok(k)),
    })
}

/// The token range a head's dependents reach inside the sentence (contiguous
/// from its leftmost to its rightmost descendant).
fn subtree(deps: &[chronicle_doc::Dep], h: usize, (s0, s1): (usize, usize)) -> (usize, usize) {
    let (mut a, mut b) = (h, h + 1);
    for j in s0..s1 {
        let mut x = j;
        let mut steps = 0;
        while x != h && steps < 64 {
            match deps[x].head {
                Some(p) if (p as usize) >= s0 && (p as usize) < s1 => x = p as usize,
                _ => break,
            }
            steps += 1;
        }
        if x == h {
            a = a.min(j);
            b = b.max(j + 1);
        }
    }
    (a, b)
}

/// `b` moved left over trailing punctuation.
fn trim_punct(v: &View<'_>, a: usize, mut b: usize) -> usize {
    while b > a && v.is_punct(b - 1) {
        b -= 1;
    }
    b
}
