//! Second-stage span typer for the statistical NER model: an averaged
//! multiclass perceptron over PER / ORG / LOC / none that re-types (or drops)
//! each span of the sequence tagger, from whole-span features the token
//! tagger cannot see: the full span string and its last word in the
//! dictionary and the recogniser's own lists, span length and shape, the
//! last word's cluster, the two words before and after, the governing lemma
//! and relation from the syntax layer ("in X", "X said", "at X"), and the
//! types given to other mentions of the same string or last word in the
//! document. Optional extra candidates: the rule recogniser's spans that
//! overlap no model span, and further exact occurrences of a model span.
//! Optional post-passes make a string's type (and a surname's) consistent
//! within the document.

#![allow(clippy::needless_range_loop)] // class-indexed weight rows read clearer with indices

use crate::seqtag::{DocInfo, Fh, IdMap, TYPES};
use chronicle_doc::{Doc, Entity};
use std::collections::HashMap;

/// Classes: PER, ORG, LOC (as [`TYPES`]) and none.
pub const NC: usize = 4;
/// The "not an entity" class.
pub const NONE: usize = 3;

/// Candidate and post-pass switches (bit flags stored in the model).
pub mod flags {
    /// Add the rule recogniser's spans that overlap no model span.
    pub const RULES: u8 = 1;
    /// Add every further exact occurrence of a model span (same words).
    pub const REPEATS: u8 = 2;
    /// Give every mention of the same string the document's majority type.
    pub const CONSIST: u8 = 4;
    /// A single word that ends a multi-word person in the document is a person.
    pub const SURNAME: u8 = 8;
    /// Keep the candidates' first-stage types (no typer; for measuring the
    /// candidate and post-pass switches alone).
    pub const NO_TYPER: u8 = 16;
    /// The typer re-types the sequence tagger's own spans but never drops
    /// them (only the extra candidates can be dropped).
    pub const KEEP_MODEL: u8 = 32;
    /// Train the typer on spans of whole two-layer models trained on the
    /// other jackknife folds (as at run time), not on first-layer spans.
    pub const FULL_JACKKNIFE: u8 = 64;
    /// Training labels: a candidate overlapping a gold name takes its type
    /// (none only for spans overlapping no gold name), so that boundary
    /// differences do not teach the typer to drop names.
    pub const OVERLAP_LABELS: u8 = 128;
}

/// A candidate span: tokens `[a, b)`, first-stage type, source (0 model,
/// 1 rule recogniser, 2 repeated model span).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Cand {
    pub a: usize,
    pub b: usize,
    pub ty: usize,
    pub src: usize,
}

/// The typer's weights.
#[derive(Clone, Debug, Default)]
pub struct Typer {
    pub(crate) w: IdMap<[f32; NC]>,
}

fn type_index(label: &str) -> Option<usize> {
    TYPES
        .iter()
        .position(|t| *t == crate::ner::eval_label(label))
}

/// Candidate spans of a document: the first stage's entities, then (by
/// `flags`) rule spans and repeats that overlap none of them.
pub(crate) fn candidates(info: &DocInfo, first: &[Entity], fl: u8) -> Vec<Cand> {
    let mut out: Vec<Cand> = first
        .iter()
        .filter_map(|e| {
            Some(Cand {
                a: e.tokens.start as usize,
                b: e.tokens.end as usize,
                ty: type_index(&e.label)?,
                src: 0,
            })
        })
        .collect();
    let n = info.lw.len();
    let mut taken = vec![false; n];
    for c in &out {
        taken[c.a..c.b].iter_mut().for_each(|x| *x = true);
    }
    if fl & flags::RULES != 0 {
        let mut i = 0;
        while i < n {
            let Some(t) = info.rules[i].as_deref().and_then(|t| t.strip_prefix("B-")) else {
                i += 1;
                continue;
            };
            let mut j = i + 1;
            while j < n && info.rules[j].as_deref().and_then(|x| x.strip_prefix("I-")) == Some(t) {
                j += 1;
            }
            if let Some(ty) = TYPES.iter().position(|x| *x == t)
                && !taken[i..j].iter().any(|&x| x)
            {
                out.push(Cand {
                    a: i,
                    b: j,
                    ty,
                    src: 1,
                });
                taken[i..j].iter_mut().for_each(|x| *x = true);
            }
            i = j;
        }
    }
    if fl & flags::REPEATS != 0 {
        let mut sent = vec![(0, n); n];
        for &(a, b) in &info.sents {
            sent[a..b].iter_mut().for_each(|x| *x = (a, b));
        }
        let model: Vec<Cand> = out.iter().copied().filter(|c| c.src == 0).collect();
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
        for i in 0..n {
            by_first.entry(info.raw[i]).or_default().push(i);
        }
        let cap = |j: usize| info.raw[j].chars().next().is_some_and(char::is_uppercase);
        for c in model {
            for &i in &by_first[info.raw[c.a]] {
                let (sa, sb) = sent[i];
                let j = i + (c.b - c.a);
                // the same words, not inside a longer capitalised run
                if j > sb
                    || taken[i..j].iter().any(|&x| x)
                    || info.raw[i..j] != info.raw[c.a..c.b]
                    || (j < sb && cap(j))
                    || (i > sa && cap(i - 1))
                {
                    continue;
                }
                out.push(Cand {
                    a: i,
                    b: j,
                    ty: c.ty,
                    src: 2,
                });
                taken[i..j].iter_mut().for_each(|x| *x = true);
            }
        }
    }
    out.sort_by_key(|c| c.a);
    out
}

/// Majority tag of the types in `v` (`None`: empty; "mixed" on a tie).
fn vote_tag(v: Option<&[u32; 3]>) -> &'static str {
    let Some(v) = v else { return "none" };
    let tot: u32 = v.iter().sum();
    if tot == 0 {
        return "none";
    }
    let best = (0..3).max_by_key(|&t| v[t]).unwrap();
    if v[best] * 2 > tot {
        TYPES[best]
    } else {
        "mixed"
    }
}

/// Whole-span features of candidate `k`.
pub(crate) fn features(info: &DocInfo, doc: &Doc, cands: &[Cand], k: usize) -> Vec<u64> {
    let c = cands[k];
    let (a, b) = (c.a, c.b);
    let n = info.lw.len();
    let (sa, sb) = info
        .sents
        .iter()
        .copied()
        .find(|&(x, y)| x <= a && a < y)
        .unwrap_or((0, n));
    let w = |j: isize| -> &str {
        if j < sa as isize {
            "<s>"
        } else if j >= sb as isize {
            "</s>"
        } else {
            &info.lw[j as usize]
        }
    };
    let up = |j: isize| -> &str {
        if j < sa as isize || j >= sb as isize {
            "<s>"
        } else {
            info.upos[j as usize]
        }
    };
    let (ai, bi) = (a as isize, b as isize);
    let ft = TYPES[c.ty];
    let s = info.lw[a..b].join(" ");
    let last = info.lw[b - 1].as_str();
    let first = info.lw[a].as_str();
    let mut f = Vec::with_capacity(48);
    f.push(Fh::new(100).done());
    f.push(Fh::new(101).s(ft).done());
    f.push(Fh::new(102).n(c.src as u64).s(ft).done());
    f.push(Fh::new(103).s(&s).done());
    f.push(Fh::new(104).s(last).done());
    f.push(Fh::new(105).s(first).done());
    f.push(
        Fh::new(106)
            .s(info.lists.list_type(&s).unwrap_or("-"))
            .done(),
    );
    f.push(
        Fh::new(107)
            .s(info.lists.list_type(last).unwrap_or("-"))
            .done(),
    );
    let gz = |j: usize| info.gaz[j].as_deref().unwrap_or("O");
    f.push(Fh::new(108).s(gz(a)).s(gz(b - 1)).done());
    let rt = |j: usize| info.rules[j].as_deref().unwrap_or("O");
    f.push(Fh::new(109).s(rt(a)).done());
    let exact_rule = rt(a).starts_with("B-")
        && (a + 1..b).all(|j| rt(j).starts_with("I-"))
        && (b >= n || !rt(b).starts_with("I-"));
    f.push(
        Fh::new(110)
            .n(exact_rule as u64)
            .s(&rt(a)[rt(a).len().min(2)..])
            .s(ft)
            .done(),
    );
    let len = (b - a).min(4) as u64;
    f.push(Fh::new(111).n(len).done());
    f.push(Fh::new(112).n(len).s(ft).done());
    f.push(
        Fh::new(113)
            .s(&info.shape[a])
            .s(&info.shape[b - 1])
            .n(len)
            .done(),
    );
    let (fine, coarse) = info.cl[b - 1];
    f.push(Fh::new(114).n(fine as u64).done());
    f.push(Fh::new(115).n(coarse as u64).done());
    f.push(Fh::new(116).n(coarse as u64).s(ft).done());
    f.push(Fh::new(117).s(w(ai - 1)).done());
    f.push(Fh::new(118).s(w(ai - 2)).done());
    f.push(Fh::new(119).s(w(bi)).done());
    f.push(Fh::new(120).s(w(bi + 1)).done());
    f.push(Fh::new(121).s(w(ai - 1)).s(w(bi)).done());
    f.push(Fh::new(122).s(w(ai - 1)).s(ft).done());
    f.push(Fh::new(123).s(w(ai - 2)).s(w(ai - 1)).done());
    f.push(Fh::new(124).s(w(bi)).s(w(bi + 1)).done());
    f.push(Fh::new(125).s(up(ai - 1)).s(up(bi)).done());
    if info.lists.is_org_word(last) {
        f.push(Fh::new(126).done());
    }
    if info.lists.is_loc_word(last) {
        f.push(Fh::new(127).done());
    }
    if info.lists.is_first_name(first) {
        f.push(Fh::new(128).n(len).done());
    }
    // syntax: the span's head (its token whose head lies outside), the
    // relation, the governing lemma and the head's case marker
    if let (Some(deps), Some(tags)) = (doc.deps.as_deref(), doc.tags.as_deref())
        && deps.len() == n
        && tags.len() == n
    {
        let out = |j: usize| {
            deps[j]
                .head
                .is_none_or(|h| (h as usize) < a || (h as usize) >= b)
        };
        let h = (a..b).find(|&j| out(j)).unwrap_or(b - 1);
        let rel = deps[h].rel.as_str();
        let gov = deps[h]
            .head
            .map_or("<root>", |g| tags[g as usize].lemma.as_str());
        let gov = gov.to_lowercase();
        f.push(Fh::new(129).s(rel).done());
        f.push(Fh::new(130).s(rel).s(&gov).done());
        f.push(Fh::new(131).s(&gov).done());
        f.push(Fh::new(132).s(rel).s(ft).done());
        let case = (sa..sb)
            .find(|&j| deps[j].head == Some(h as u32) && deps[j].rel.as_str() == "case")
            .map_or("-", |j| info.lw[j].as_str());
        f.push(Fh::new(133).s(case).done());
        f.push(Fh::new(134).s(case).s(ft).done());
        f.push(Fh::new(135).s(case).s(&gov).done());
    }
    // the types of the other candidates with the same string / last word
    let mut same = [0u32; 3];
    let mut same_last = [0u32; 3];
    for (j, o) in cands.iter().enumerate() {
        if j == k {
            continue;
        }
        if o.b - o.a == b - a && info.lw[o.a..o.b] == info.lw[a..b] {
            same[o.ty] += 1;
        }
        if info.lw[o.b - 1] == info.lw[b - 1] {
            same_last[o.ty] += 1;
        }
    }
    let t1 = vote_tag(Some(&same));
    let t2 = vote_tag(Some(&same_last));
    f.push(Fh::new(136).s(t1).done());
    f.push(Fh::new(137).s(t1).s(ft).done());
    f.push(Fh::new(138).s(t2).done());
    f.push(Fh::new(139).s(t2).s(ft).done());
    if let Some(bk) = info.ws[b - 1] {
        f.push(Fh::new(140).n(bk.dom as u64).n(bk.cap as u64).done());
    }
    f.push(Fh::new(141).s(info.dc[a]).n(info.ss[a] as u64).s(ft).done());
    let nch = last.chars().count();
    if nch > 3 {
        let o = last.char_indices().nth(nch - 3).map_or(0, |(o, _)| o);
        f.push(Fh::new(142).s(&last[o..]).done());
    }
    f
}

impl Typer {
    fn scores(&self, f: &[u64]) -> [f32; NC] {
        let mut s = [0f32; NC];
        for x in f {
            if let Some(r) = self.w.get(x) {
                for k in 0..NC {
                    s[k] += r[k];
                }
            }
        }
        s
    }

    /// The best class for a feature vector (ties: the lower class).
    pub(crate) fn classify(&self, f: &[u64]) -> usize {
        let s = self.scores(f);
        let mut best = 0;
        for k in 1..NC {
            if s[k] > s[best] {
                best = k;
            }
        }
        best
    }

    /// The best of the three types (never none).
    pub(crate) fn classify_type(&self, f: &[u64]) -> usize {
        let s = self.scores(f);
        (0..NONE).fold(0, |b, k| if s[k] > s[b] { k } else { b })
    }

    /// Trains an averaged multiclass perceptron on (features, class) pairs
    /// (deterministic shuffle).
    pub(crate) fn train(examples: &[(Vec<u64>, usize)], epochs: usize) -> Typer {
        let mut w: IdMap<([f32; NC], [f32; NC])> = IdMap::default();
        let mut c = 1f32;
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut seed: u64 = 0x2545F4914F6CDD1D;
        for _ in 0..epochs {
            crate::seqtag::shuffle(&mut order, &mut seed);
            for &i in &order {
                let (f, y) = &examples[i];
                let mut s = [0f32; NC];
                for x in f {
                    if let Some(r) = w.get(x) {
                        for k in 0..NC {
                            s[k] += r.0[k];
                        }
                    }
                }
                let mut p = 0;
                for k in 1..NC {
                    if s[k] > s[p] {
                        p = k;
                    }
                }
                if p != *y {
                    for x in f {
                        let e = w.entry(*x).or_insert(([0.0; NC], [0.0; NC]));
                        e.0[*y] += 1.0;
                        e.1[*y] += c;
                        e.0[p] -= 1.0;
                        e.1[p] -= c;
                    }
                }
                c += 1.0;
            }
        }
        let mut out = IdMap::default();
        for (k, (wr, ur)) in &w {
            let mut a = [0f32; NC];
            for j in 0..NC {
                a[j] = wr[j] - ur[j] / c;
            }
            if a.iter().any(|x| x.abs() > 1e-3) {
                out.insert(*k, a);
            }
        }
        Typer { w: out }
    }

    /// Number of weighted features.
    pub fn len(&self) -> usize {
        self.w.len()
    }

    /// True when the typer has no weights.
    pub fn is_empty(&self) -> bool {
        self.w.is_empty()
    }
}

/// Training examples of one document: its candidates (from first-stage
/// entities `first`) with the gold type of an exactly matching gold span,
/// otherwise none.
pub(crate) fn examples(
    info: &DocInfo,
    doc: &Doc,
    first: &[Entity],
    gold: &[Entity],
    fl: u8,
) -> Vec<(Vec<u64>, usize)> {
    let cands = candidates(info, first, fl);
    (0..cands.len())
        .map(|k| {
            let c = cands[k];
            let exact = gold
                .iter()
                .find(|g| g.tokens.start as usize == c.a && g.tokens.end as usize == c.b);
            let overlap = || {
                gold.iter()
                    .find(|g| (g.tokens.start as usize) < c.b && c.a < g.tokens.end as usize)
            };
            let g = if fl & flags::OVERLAP_LABELS != 0 {
                exact.or_else(overlap)
            } else {
                exact
            };
            let y = g.and_then(|g| type_index(&g.label)).unwrap_or(NONE);
            (features(info, doc, &cands, k), y)
        })
        .collect()
}

/// Applies the candidate switches, the typer (unless `NO_TYPER` or empty)
/// and the post-passes to the first stage's entities.
pub(crate) fn apply(
    typer: &Typer,
    info: &DocInfo,
    doc: &Doc,
    first: Vec<Entity>,
    fl: u8,
    rule: &str,
) -> Vec<Entity> {
    let cands = candidates(info, &first, fl);
    let use_typer = fl & flags::NO_TYPER == 0 && !typer.is_empty();
    let mut kept: Vec<Cand> = Vec::new();
    for k in 0..cands.len() {
        let mut c = cands[k];
        if use_typer {
            let f = features(info, doc, &cands, k);
            let y = if c.src == 0 && fl & flags::KEEP_MODEL != 0 {
                typer.classify_type(&f)
            } else {
                typer.classify(&f)
            };
            if y == NONE {
                continue;
            }
            c.ty = y;
        }
        kept.push(c);
    }
    if fl & flags::CONSIST != 0 {
        let mut votes: HashMap<String, [u32; 3]> = HashMap::new();
        for c in &kept {
            votes.entry(info.lw[c.a..c.b].join(" ")).or_default()[c.ty] += 1;
        }
        for c in kept.iter_mut() {
            let v = votes[&info.lw[c.a..c.b].join(" ")];
            let best = (0..3).max_by_key(|&t| (v[t], t == c.ty)).unwrap();
            if v[best] > v[c.ty] {
                c.ty = best;
            }
        }
    }
    if fl & flags::SURNAME != 0 {
        let surnames: Vec<&str> = kept
            .iter()
            .filter(|c| c.ty == 0 && c.b - c.a >= 2)
            .map(|c| info.lw[c.b - 1].as_str())
            .collect();
        let single: Vec<usize> = kept
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.b - c.a == 1 && c.ty != 0 && surnames.contains(&info.lw[c.a].as_str())
            })
            .map(|(i, _)| i)
            .collect();
        for i in single {
            kept[i].ty = 0;
        }
    }
    let t = doc.tokens();
    kept.iter()
        .map(|c| Entity {
            span: chronicle_doc::Span::new(
                t[c.a].span.start as usize,
                t[c.b - 1].span.end as usize,
            ),
            tokens: chronicle_doc::TokenRange::new(c.a, c.b),
            label: TYPES[c.ty].into(),
            rule: rule.into(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::Dictionary;
    use crate::seqtag::{SeqModel, TrainOpts};
    use crate::typeprior::TypePrior;
    use crate::wordstats::WordStats;
    use chronicle_doc::{Span, TokenRange};

    fn ent(doc: &Doc, a: usize, b: usize, label: &str) -> Entity {
        let t = doc.tokens();
        Entity {
            span: Span::new(t[a].span.start as usize, t[b - 1].span.end as usize),
            tokens: TokenRange::new(a, b),
            label: label.into(),
            rule: "model:ner".into(),
        }
    }

    fn tok(doc: &Doc, w: &str, nth: usize) -> usize {
        (0..doc.tokens().len())
            .filter(|&i| doc.token_norm(i) == w)
            .nth(nth)
            .unwrap()
    }

    // sentences written for these tests
    const TEXT: &str = "Qqzara Vellmot spoke in Brakton. Later Vellmot visited Brakton. \
        The Brakton Rovers lost. Vellmot left.";

    #[test]
    fn repeats_are_candidates_but_not_inside_longer_names() {
        let dict = Dictionary::embedded().unwrap();
        let doc = crate::simple_doc(TEXT, None);
        let info = DocInfo::new(&dict, &doc, &WordStats::default(), &TypePrior::default());
        let b0 = tok(&doc, "Brakton", 0);
        let first = vec![ent(&doc, b0, b0 + 1, "LOC")];
        let plain = candidates(&info, &first, 0);
        assert_eq!(plain.len(), 1);
        let rep = candidates(&info, &first, flags::REPEATS);
        let b1 = tok(&doc, "Brakton", 1);
        let b2 = tok(&doc, "Brakton", 2);
        // the second "Brakton" is a repeat of type LOC; the one in "Brakton Rovers" is not
        assert!(rep.contains(&Cand {
            a: b1,
            b: b1 + 1,
            ty: 2,
            src: 2
        }));
        assert!(!rep.iter().any(|c| c.a == b2));
        // with no typer the repeat is kept with the source's type
        let out = apply(
            &Typer::default(),
            &info,
            &doc,
            first,
            flags::REPEATS | flags::NO_TYPER,
            "x",
        );
        assert_eq!(out.len(), 2);
        assert!(out.iter().all(|e| e.label == "LOC"));
    }

    #[test]
    fn consistency_and_surname_passes() {
        let dict = Dictionary::embedded().unwrap();
        let doc = crate::simple_doc(TEXT, None);
        let info = DocInfo::new(&dict, &doc, &WordStats::default(), &TypePrior::default());
        let q = tok(&doc, "Qqzara", 0);
        let (v1, v2) = (tok(&doc, "Vellmot", 1), tok(&doc, "Vellmot", 2));
        let (b0, b1) = (tok(&doc, "Brakton", 0), tok(&doc, "Brakton", 1));
        let first = vec![
            ent(&doc, q, q + 2, "PER"),
            ent(&doc, b0, b0 + 1, "LOC"),
            ent(&doc, v1, v1 + 1, "LOC"),
            ent(&doc, b1, b1 + 1, "PER"),
            ent(&doc, v2, v2 + 1, "ORG"),
        ];
        let label = |out: &[Entity], a: usize| {
            out.iter()
                .find(|e| e.tokens.start as usize == a)
                .unwrap()
                .label
                .clone()
        };
        let t = Typer::default();
        let out = apply(&t, &info, &doc, first.clone(), flags::NO_TYPER, "x");
        assert_eq!(label(&out, v1), "LOC");
        // a single word ending a person's full name is that person
        let out = apply(
            &t,
            &info,
            &doc,
            first.clone(),
            flags::NO_TYPER | flags::SURNAME,
            "x",
        );
        assert_eq!(
            (label(&out, v1), label(&out, v2)),
            ("PER".into(), "PER".into())
        );
        // majority type per string: "Brakton" LOC vs PER is a tie, kept as it is;
        // one more LOC vote makes it LOC everywhere
        let mut more = first.clone();
        let b2 = tok(&doc, "Brakton", 2);
        more.push(ent(&doc, b2, b2 + 1, "LOC"));
        let out = apply(&t, &info, &doc, more, flags::NO_TYPER | flags::CONSIST, "x");
        assert_eq!(label(&out, b1), "LOC");
    }

    #[test]
    fn training_labels_exact_or_overlapping() {
        let dict = Dictionary::embedded().unwrap();
        let doc = crate::simple_doc(TEXT, None);
        let info = DocInfo::new(&dict, &doc, &WordStats::default(), &TypePrior::default());
        let q = tok(&doc, "Qqzara", 0);
        // the first stage found only the given name; gold is the full name
        let first = vec![ent(&doc, q, q + 1, "PER")];
        let gold = vec![ent(&doc, q, q + 2, "PER")];
        let ex = examples(&info, &doc, &first, &gold, 0);
        assert_eq!(ex.len(), 1);
        assert_eq!(ex[0].1, NONE);
        let ex = examples(&info, &doc, &first, &gold, flags::OVERLAP_LABELS);
        assert_eq!(ex[0].1, 0);
    }

    #[test]
    fn typer_learns_types_and_none() {
        // two feature patterns with a class each; the averaged perceptron separates them
        let ex = vec![
            (vec![1u64, 2], 0usize),
            (vec![1u64, 3], 2),
            (vec![1u64, 4], NONE),
        ];
        let t = Typer::train(&ex, 5);
        assert_eq!(t.classify(&[1, 2]), 0);
        assert_eq!(t.classify(&[1, 3]), 2);
        assert_eq!(t.classify(&[1, 4]), NONE);
        assert_ne!(t.classify_type(&[1, 4]), NONE);
    }

    #[test]
    fn typer_is_trained_and_stored_in_the_model() {
        let dict = Dictionary::embedded().unwrap();
        let doc = crate::simple_doc(TEXT, None);
        let q = tok(&doc, "Qqzara", 0);
        let b0 = tok(&doc, "Brakton", 0);
        let gold = vec![ent(&doc, q, q + 2, "PER"), ent(&doc, b0, b0 + 1, "LOC")];
        let m = SeqModel::train(
            &dict,
            &[(doc.clone(), gold.clone()), (doc.clone(), gold)],
            WordStats::default(),
            TypePrior::default(),
            TrainOpts {
                epochs: 2,
                folds: 2,
                seeds: 1,
                typer: Some(flags::REPEATS),
            },
            |_| {},
        );
        assert!(!m.typer.is_empty());
        assert_eq!(m.typer_flags, flags::REPEATS);
        let bytes = m.to_bytes("about");
        let raw = zstd::decode_all(&bytes[..]).unwrap();
        assert!(raw.starts_with(b"CHRNER5\n"));
        let (back, _) = SeqModel::from_bytes(&bytes).unwrap();
        assert_eq!(back.typer_flags, flags::REPEATS);
        assert_eq!(back.typer.len(), m.typer.len());
        assert_eq!(back.predict(&dict, &doc, "r"), m.predict(&dict, &doc, "r"));
        // the same model without the typer predicts the tagger's spans (v3 file)
        let mut plain = m;
        plain.typer = Typer::default();
        plain.typer_flags = 0;
        let raw = zstd::decode_all(&plain.to_bytes("about")[..]).unwrap();
        assert!(raw.starts_with(b"CHRNER3\n"));
    }
}
