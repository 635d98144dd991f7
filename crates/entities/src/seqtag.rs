//! The statistical NER model: a BILOU structured perceptron (averaged) with
//! Viterbi decoding over each sentence. Token features are hashed strings
//! (word, lower case, shape, affixes, context words, POS tags from the syntax
//! layer when present, dictionary gazetteer tags, rule-recogniser tags, how the
//! word is written elsewhere in the document, word clusters, and optional word
//! statistics from an unlabelled corpus, [`crate::wordstats`], stored in the
//! model file), label transitions are learned.
//! A second pass adds document-level features: what the first pass said about
//! the same word elsewhere in the document.

#![allow(clippy::needless_range_loop)] // token-indexed parallel vectors read clearer with indices

use crate::dict::Dictionary;
use crate::typeprior::{Prior, TypePrior};
use crate::typer::Typer;
use crate::vectors::VecClusters;
use crate::wordstats::{Buckets, WordStats};
use chronicle_doc::{Doc, Entity, Span, TokenRange};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Entity types of the model.
pub const TYPES: [&str; 3] = ["PER", "ORG", "LOC"];
/// Number of labels: O plus B/I/L/U for each type.
pub const NL: usize = 1 + 4 * TYPES.len();

// label layout: 0 = O; 1 + 4t + {0: B, 1: I, 2: L, 3: U}
fn lab(t: usize, k: usize) -> usize {
    1 + 4 * t + k
}
fn part(l: usize) -> Option<(usize, usize)> {
    (l > 0).then(|| ((l - 1) / 4, (l - 1) % 4))
}
/// May label `b` follow label `a` (`a = None`: sentence start)?
fn legal(a: Option<usize>, b: usize) -> bool {
    let open = a.and_then(part).filter(|&(_, k)| k <= 1); // after B or I
    match (open, part(b)) {
        (Some((t, _)), Some((u, k))) => t == u && (k == 1 || k == 2),
        (Some(_), None) => false,
        (None, Some((_, k))) => k == 0 || k == 3,
        (None, None) => true,
    }
}
/// May a sentence end after label `a`?
fn legal_end(a: usize) -> bool {
    !matches!(part(a), Some((_, 0 | 1)))
}

/// A hasher for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);
impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, b: &[u8]) {
        for &x in b {
            self.0 = (self.0 ^ x as u64).wrapping_mul(0x100000001b3);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}
pub(crate) type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// FNV-1a over a template id and byte pieces (separated).
#[derive(Clone, Copy)]
pub(crate) struct Fh(u64);
impl Fh {
    pub(crate) fn new(tpl: u8) -> Fh {
        Fh((0xcbf29ce484222325u64 ^ tpl as u64).wrapping_mul(0x100000001b3))
    }
    pub(crate) fn s(mut self, b: &str) -> Fh {
        for &x in b.as_bytes() {
            self.0 = (self.0 ^ x as u64).wrapping_mul(0x100000001b3);
        }
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x100000001b3);
        self
    }
    pub(crate) fn n(self, x: u64) -> Fh {
        Fh((self.0 ^ x).wrapping_mul(0x100000001b3))
    }
    pub(crate) fn done(self) -> u64 {
        // final mix (splitmix64) so that the low bits are usable
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }
}

/// Per-document token information used by the feature templates.
pub struct DocInfo<'a> {
    pub(crate) lw: Vec<String>,
    pub(crate) raw: Vec<&'a str>,
    pub(crate) shape: Vec<String>,
    pub(crate) upos: Vec<&'a str>,
    xpos: Vec<&'a str>,
    pub(crate) gaz: Vec<Option<String>>,
    pub(crate) rules: Vec<Option<String>>,
    pub(crate) dc: Vec<&'static str>,
    pub(crate) ss: Vec<bool>,
    /// (fine, coarse) word cluster of each token (`u16::MAX`: none).
    pub(crate) cl: Vec<(u16, u16)>,
    /// Bucketed corpus statistics of each token's word (`None`: unseen or no table).
    pub(crate) ws: Vec<Option<Buckets>>,
    /// True when the model has a word-statistics table.
    has_stats: bool,
    /// Bucketed rule-recogniser type prior of each token's word (corpus).
    tp: Vec<Option<Prior>>,
    /// True when the model has a type-prior table.
    has_prior: bool,
    /// Corpus word-vector cluster ids of each token's word form (`None`:
    /// unseen or no table; [`crate::vectors`]).
    vc: Vec<Option<Vec<u16>>>,
    /// True when the model has a word-vector cluster table.
    has_vec: bool,
    /// Number of clusterings in that table.
    vec_slots: usize,
    /// Sentences as token ranges.
    pub sents: Vec<(usize, usize)>,
    /// The recogniser's word lists (the dictionary's).
    pub(crate) lists: std::sync::Arc<crate::ner_lists::NerLists>,
}

fn shape(w: &str) -> String {
    let mut s = String::new();
    let mut n = 0;
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if !s.ends_with(k) {
            s.push(k);
            n = 1;
        } else if n < 2 {
            // keep runs of up to two ("Xx" vs "Xxx" is not informative; "XX" vs "X" is)
            n += 1;
            if k == 'X' {
                s.push(k);
            }
        }
    }
    s
}

/// The word clusters of the embedded default tagger (shared with the syntax
/// stage; `None` when it cannot be loaded).
fn clusters() -> Option<&'static chronicle_syntax::clusters::Clusters> {
    static CELL: std::sync::OnceLock<Option<std::sync::Arc<chronicle_syntax::Syntax>>> =
        std::sync::OnceLock::new();
    CELL.get_or_init(|| chronicle_syntax::Syntax::embedded().ok())
        .as_deref()
        .map(|s| s.tagger.clusters())
}

impl<'a> DocInfo<'a> {
    /// Precomputes token information for `doc`.
    pub fn new(
        dict: &Dictionary,
        doc: &'a Doc,
        stats: &WordStats,
        prior: &TypePrior,
    ) -> DocInfo<'a> {
        let n = doc.tokens().len();
        let raw: Vec<&str> = (0..n).map(|i| doc.token_norm(i)).collect();
        let lw: Vec<String> = raw.iter().map(|w| crate::norm::fold(w)).collect();
        let shape = raw.iter().map(|w| shape(w)).collect();
        let (upos, xpos) = match doc.tags.as_deref() {
            Some(t) if t.len() == n => (
                t.iter().map(|x| x.upos.as_str()).collect(),
                t.iter().map(|x| x.xpos.as_str()).collect(),
            ),
            _ => (vec!["_"; n], vec!["_"; n]),
        };
        let gaz = crate::ner::gazetteer(dict, doc);
        let rules = crate::ner::rule_tags(dict, doc);
        let mut sents: Vec<(usize, usize)> = doc
            .sentences()
            .iter()
            .map(|s| (s.tokens.start as usize, (s.tokens.end as usize).min(n)))
            .filter(|s| s.0 < s.1)
            .collect();
        if sents.is_empty() && n > 0 {
            sents.push((0, n));
        }
        let mut ss = vec![false; n];
        for s in &sents {
            ss[s.0] = true;
        }
        let dc = crate::ner::doc_case(doc, &ss);
        let cl = match clusters() {
            Some(c) => raw
                .iter()
                .map(|w| c.get(w).unwrap_or((u16::MAX, u16::MAX)))
                .collect(),
            None => vec![(u16::MAX, u16::MAX); n],
        };
        let ws = if stats.is_empty() {
            vec![None; n]
        } else {
            lw.iter().map(|w| stats.buckets(w)).collect()
        };
        let tp = if prior.is_empty() {
            vec![None; n]
        } else {
            lw.iter().map(|w| prior.prior(w)).collect()
        };
        DocInfo {
            vc: Vec::new(),
            has_vec: false,
            vec_slots: 0,
            has_prior: !prior.is_empty(),
            tp,
            has_stats: !stats.is_empty(),
            ws,
            lw,
            raw,
            shape,
            upos,
            xpos,
            gaz,
            rules,
            dc,
            ss,
            cl,
            sents,
            lists: dict.ner_lists.clone(),
        }
    }

    /// Adds the word-vector cluster ids of each token (none with an empty table).
    pub fn with_vectors(mut self, v: &VecClusters) -> DocInfo<'a> {
        self.has_vec = !v.is_empty();
        self.vec_slots = v.ks.len();
        self.vc = if self.has_vec {
            self.raw
                .iter()
                .map(|w| v.get(w).map(|x| x.to_vec()))
                .collect()
        } else {
            Vec::new()
        };
        self
    }

    /// Static features of token `i` within sentence `(a, b)`.
    fn features(&self, a: usize, b: usize, i: usize, out: &mut Vec<u64>) {
        out.clear();
        // token `i + k` when it lies in the sentence [a, b)
        let at = |k: isize| -> Option<usize> {
            let j = i as isize + k;
            (j >= a as isize && j < b as isize).then_some(j as usize)
        };
        // words pad with "<s>" before the sentence and "</s>" after it (i is inside)
        let w = |k: isize| -> &str {
            at(k).map_or(if k < 0 { "<s>" } else { "</s>" }, |j| &self.lw[j])
        };
        let up = |k: isize| -> &str { at(k).map_or("<s>", |j| self.upos[j]) };
        let xp = |k: isize| -> &str { at(k).map_or("<s>", |j| self.xpos[j]) };
        let sh = |k: isize| -> &str { at(k).map_or("<s>", |j| &self.shape[j]) };
        let lw = self.lw[i].as_str();
        let ss = self.ss[i] as u64;
        out.push(Fh::new(0).done());
        out.push(Fh::new(1).s(lw).done());
        out.push(Fh::new(2).s(self.raw[i]).done());
        out.push(Fh::new(3).s(w(-1)).done());
        out.push(Fh::new(4).s(w(1)).done());
        out.push(Fh::new(5).s(w(-2)).done());
        out.push(Fh::new(6).s(w(2)).done());
        out.push(Fh::new(7).s(w(-1)).s(lw).done());
        out.push(Fh::new(8).s(lw).s(w(1)).done());
        out.push(Fh::new(9).s(sh(0)).done());
        out.push(Fh::new(10).s(sh(-1)).s(sh(0)).s(sh(1)).done());
        out.push(Fh::new(11).s(sh(0)).n(ss).done());
        // the first and last k characters, sliced from the word (no String per affix)
        let nchars = lw.chars().count();
        for k in 1..=4usize {
            if nchars > k {
                let at = |c: usize| lw.char_indices().nth(c).map_or(lw.len(), |(o, _)| o);
                let p = &lw[..at(k)];
                let s = &lw[at(nchars - k)..];
                out.push(Fh::new(12).n(k as u64).s(p).done());
                out.push(Fh::new(13).n(k as u64).s(s).done());
            }
        }
        out.push(Fh::new(14).s(up(0)).done());
        out.push(Fh::new(15).s(xp(0)).done());
        out.push(Fh::new(16).s(up(-1)).s(up(0)).done());
        out.push(Fh::new(17).s(up(0)).s(up(1)).done());
        out.push(Fh::new(18).s(up(-1)).s(up(0)).s(up(1)).done());
        out.push(Fh::new(19).s(xp(-1)).s(xp(0)).s(xp(1)).done());
        out.push(Fh::new(20).s(w(-1)).s(up(0)).done());
        out.push(Fh::new(21).s(up(0)).s(w(1)).done());
        out.push(Fh::new(22).s(xp(0)).s(sh(0)).n(ss).done());
        let g = |j: isize| -> &str {
            let j = i as isize + j;
            if j < a as isize || j >= b as isize {
                "<s>"
            } else {
                self.gaz[j as usize].as_deref().unwrap_or("O")
            }
        };
        out.push(Fh::new(23).s(g(0)).done());
        out.push(Fh::new(24).s(g(-1)).s(g(0)).s(g(1)).done());
        out.push(Fh::new(25).s(g(0)).s(sh(0)).done());
        let r = self.rules[i].as_deref().unwrap_or("O");
        out.push(Fh::new(26).s(r).done());
        out.push(Fh::new(27).s(r).s(sh(0)).done());
        out.push(Fh::new(28).s(self.dc[i]).s(sh(0)).n(ss).done());
        if self.lists.is_first_name(lw) {
            out.push(Fh::new(29).done());
        }
        if self.lists.is_org_word(lw) {
            out.push(Fh::new(30).done());
        }
        if self.lists.is_loc_word(lw) {
            out.push(Fh::new(31).done());
        }
        out.push(Fh::new(32).s(up(-2)).s(up(-1)).done());
        out.push(Fh::new(33).s(up(1)).s(up(2)).done());
        out.push(Fh::new(34).s(w(-1)).s(sh(0)).done());
        out.push(Fh::new(35).s(sh(0)).s(w(1)).done());
        // position in the sentence (first word, second, other)
        out.push(Fh::new(36).n((i - a).min(2) as u64).s(sh(0)).done());
        // word clusters (fine and coarse) of the word and its neighbours
        let cl = |k: isize| -> (u64, u64) {
            at(k).map_or((u64::MAX - 1, u64::MAX - 1), |j| {
                (self.cl[j].0 as u64, self.cl[j].1 as u64)
            })
        };
        let (f0, c0) = cl(0);
        let (fp, cp) = cl(-1);
        let (fnx, cn) = cl(1);
        out.push(Fh::new(50).n(f0).done());
        out.push(Fh::new(51).n(c0).done());
        out.push(Fh::new(52).n(f0).s(sh(0)).done());
        out.push(Fh::new(53).n(fp).done());
        out.push(Fh::new(54).n(fnx).done());
        out.push(Fh::new(55).n(cp).n(c0).n(cn).done());
        // the rule recogniser's own place / organisation lists
        if let Some(k) = self.lists.list_type(lw) {
            out.push(Fh::new(69).s(k).done());
        }
        self.stat_features(i, &at, out);
        self.prior_features(i, &at, out);
        self.vector_features(i, out);
    }
}

impl DocInfo<'_> {
    /// Features from the corpus word-vector clusters (none without a table):
    /// the cluster of a capitalised word at each k. (h20-ner also measured
    /// the clusters of every word, with its shape, and of its neighbours:
    /// no better; docs/eval.md, "Round h20-ner".)
    fn vector_features(&self, i: usize, out: &mut Vec<u64>) {
        if !self.has_vec || !self.shape[i].starts_with('X') {
            return;
        }
        // u16::MAX: no cluster
        for s in 0..self.vec_slots {
            let id = self.vc[i].as_ref().map_or(u16::MAX as u64, |v| v[s] as u64);
            out.push(Fh::new(95).n(s as u64).n(id).done());
        }
    }

    /// Features from the corpus type prior (none without a table).
    fn prior_features(&self, i: usize, at: &dyn Fn(isize) -> Option<usize>, out: &mut Vec<u64>) {
        if !self.has_prior {
            return;
        }
        let sh = self.shape[i].as_str();
        let ss = self.ss[i] as u64;
        let nb = |k: isize| -> u64 {
            at(k).map_or(100, |j| {
                self.tp[j].map_or(99, |p| 10 * p.dom as u64 + p.share as u64)
            })
        };
        let Some(p) = self.tp[i] else {
            out.push(Fh::new(80).s(sh).n(ss).done());
            out.push(Fh::new(86).n(nb(-1)).n(nb(1)).done());
            return;
        };
        out.push(Fh::new(81).n(p.ent as u64).done());
        out.push(Fh::new(82).n(p.ent as u64).s(sh).n(ss).done());
        out.push(Fh::new(83).n(p.dom as u64).n(p.share as u64).done());
        out.push(Fh::new(84).n(p.dom as u64).n(p.share as u64).s(sh).done());
        for (t, e) in p.each.iter().enumerate() {
            out.push(Fh::new(85).n(t as u64).n(*e as u64).done());
        }
        out.push(Fh::new(86).n(nb(-1)).n(nb(1)).done());
    }

    /// Features from the unlabelled-corpus word statistics (none without a table).
    fn stat_features(&self, i: usize, at: &dyn Fn(isize) -> Option<usize>, out: &mut Vec<u64>) {
        if !self.has_stats {
            return;
        }
        let sh = self.shape[i].as_str();
        let ss = self.ss[i] as u64;
        let capb =
            |k: isize| -> u64 { at(k).map_or(100, |j| self.ws[j].map_or(99, |b| b.cap as u64)) };
        let Some(b) = self.ws[i] else {
            out.push(Fh::new(70).s(sh).n(ss).done());
            out.push(Fh::new(78).n(capb(-1)).n(capb(1)).done());
            return;
        };
        out.push(Fh::new(71).n(b.cap as u64).done());
        out.push(Fh::new(72).n(b.cap as u64).s(sh).n(ss).done());
        for (k, c) in b.ctx.iter().enumerate() {
            out.push(Fh::new(73).n(k as u64).n(*c as u64).done());
        }
        out.push(Fh::new(74).n(b.dom as u64).done());
        out.push(Fh::new(75).n(b.dom as u64).s(sh).done());
        out.push(Fh::new(76).n(b.freq as u64).n(b.cap as u64).done());
        out.push(Fh::new(77).n(capb(-1)).n(b.cap as u64).n(capb(1)).done());
    }
}

/// Document-level features from a first-pass labelling: the majority type the
/// first pass gave to the same (lower-cased) word elsewhere in the document,
/// and whether the word starts or continues entities there.
fn doc_features(info: &DocInfo, first: &[usize], out: &mut [Vec<u64>]) {
    let n = first.len();
    let mut votes: HashMap<&str, [u32; 5]> = HashMap::new();
    for i in 0..n {
        let e = votes.entry(info.lw[i].as_str()).or_default();
        match part(first[i]) {
            Some((t, _)) => e[t] += 1,
            None => e[3] += 1,
        }
        e[4] += 1;
    }
    for i in 0..n {
        let v = votes[info.lw[i].as_str()];
        let mut v2 = v;
        match part(first[i]) {
            Some((t, _)) => v2[t] -= 1,
            None => v2[3] -= 1,
        }
        let ent: u32 = v2[..3].iter().sum();
        let best = (0..3).max_by_key(|&t| v2[t]).unwrap();
        let tag = if ent == 0 {
            if v2[3] == 0 { "none" } else { "O" }
        } else if v2[3] == 0 {
            TYPES[best]
        } else {
            "mixed"
        };
        out[i].push(Fh::new(40).s(tag).done());
        out[i].push(Fh::new(41).s(tag).s(&info.shape[i]).done());
        if ent > 0 {
            out[i].push(Fh::new(42).s(TYPES[best]).done());
        }
        // the first pass's own label at this token
        let own = match part(first[i]) {
            Some((t, k)) => Fh::new(43).n(t as u64).n(k as u64).done(),
            None => Fh::new(43).done(),
        };
        out[i].push(own);
    }
}

/// Per-label weights of one feature.
type Row = [f32; NL];

/// One layer of weights (emissions + transitions).
#[derive(Clone, Debug, Default)]
pub struct Layer {
    w: IdMap<Row>,
    trans: Vec<Row>, // (NL + 1) rows: previous label, or start at NL
}

impl Layer {
    /// The average of layers trained with different shuffles (an ensemble
    /// in one set of weights; a single layer is returned unchanged).
    fn mean(mut layers: Vec<Layer>) -> Layer {
        if layers.len() == 1 {
            return layers.pop().unwrap();
        }
        let k = layers.len() as f32;
        let mut w: IdMap<Row> = IdMap::default();
        let mut trans = vec![[0f32; NL]; NL + 1];
        for l in &layers {
            let mut keys: Vec<&u64> = l.w.keys().collect();
            keys.sort();
            for key in keys {
                let e = w.entry(*key).or_insert([0.0; NL]);
                for (a, b) in e.iter_mut().zip(&l.w[key]) {
                    *a += b / k;
                }
            }
            for (r, lr) in trans.iter_mut().zip(&l.trans) {
                for (a, b) in r.iter_mut().zip(lr) {
                    *a += b / k;
                }
            }
        }
        Layer { w, trans }
    }

    fn emissions(&self, feats: &[Vec<u64>]) -> Vec<Row> {
        feats
            .iter()
            .map(|fs| {
                let mut s = [0f32; NL];
                for f in fs {
                    if let Some(r) = self.w.get(f) {
                        for k in 0..NL {
                            s[k] += r[k];
                        }
                    }
                }
                s
            })
            .collect()
    }

    fn viterbi(&self, em: &[Row]) -> Vec<usize> {
        let m = em.len();
        if m == 0 {
            return Vec::new();
        }
        let neg = f32::NEG_INFINITY;
        let mut score = vec![[neg; NL]; m];
        let mut back = vec![[0u8; NL]; m];
        for l in 0..NL {
            if legal(None, l) {
                score[0][l] = em[0][l] + self.trans.get(NL).map_or(0.0, |r| r[l]);
            }
        }
        for i in 1..m {
            for l in 0..NL {
                let mut best = neg;
                let mut arg = 0;
                for p in 0..NL {
                    if score[i - 1][p] == neg || !legal(Some(p), l) {
                        continue;
                    }
                    let s = score[i - 1][p] + self.trans.get(p).map_or(0.0, |r| r[l]);
                    if s > best {
                        best = s;
                        arg = p;
                    }
                }
                if best > neg {
                    score[i][l] = best + em[i][l];
                    back[i][l] = arg as u8;
                }
            }
        }
        let mut last = 0;
        let mut best = neg;
        for l in 0..NL {
            if legal_end(l) && score[m - 1][l] > best {
                best = score[m - 1][l];
                last = l;
            }
        }
        let mut y = vec![0; m];
        y[m - 1] = last;
        for i in (1..m).rev() {
            y[i - 1] = back[i][y[i]] as usize;
        }
        y
    }

    fn decode(&self, info: &DocInfo, feats: &[Vec<u64>]) -> Vec<usize> {
        let mut y = vec![0; feats.len()];
        for &(a, b) in &info.sents {
            let em = self.emissions(&feats[a..b]);
            let p = self.viterbi(&em);
            y[a..b].copy_from_slice(&p);
        }
        y
    }
}

/// A trainer for one layer: weights, and sums for averaging.
struct Trainer {
    w: IdMap<(Row, Row)>, // (weights, c-weighted updates)
    tw: Vec<Row>,
    tu: Vec<Row>,
    c: f32,
}

impl Trainer {
    fn new() -> Trainer {
        Trainer {
            w: IdMap::default(),
            tw: vec![[0.0; NL]; NL + 1],
            tu: vec![[0.0; NL]; NL + 1],
            c: 1.0,
        }
    }
    fn emissions(&self, feats: &[Vec<u64>]) -> Vec<Row> {
        feats
            .iter()
            .map(|fs| {
                let mut s = [0f32; NL];
                for f in fs {
                    if let Some(r) = self.w.get(f) {
                        for k in 0..NL {
                            s[k] += r.0[k];
                        }
                    }
                }
                s
            })
            .collect()
    }
    fn update(&mut self, feats: &[Vec<u64>], gold: &[usize], pred: &[usize]) {
        let c = self.c;
        for i in 0..gold.len() {
            if gold[i] != pred[i] {
                for f in &feats[i] {
                    let e = self.w.entry(*f).or_insert(([0.0; NL], [0.0; NL]));
                    e.0[gold[i]] += 1.0;
                    e.1[gold[i]] += c;
                    e.0[pred[i]] -= 1.0;
                    e.1[pred[i]] -= c;
                }
            }
            let gp = if i == 0 { NL } else { gold[i - 1] };
            let pp = if i == 0 { NL } else { pred[i - 1] };
            if (gp, gold[i]) != (pp, pred[i]) {
                self.tw[gp][gold[i]] += 1.0;
                self.tu[gp][gold[i]] += c;
                self.tw[pp][pred[i]] -= 1.0;
                self.tu[pp][pred[i]] -= c;
            }
        }
    }
    fn averaged(&self) -> Layer {
        let c = self.c;
        let avg = |w: &Row, u: &Row| {
            let mut a = [0f32; NL];
            for k in 0..NL {
                a[k] = w[k] - u[k] / c;
            }
            a
        };
        let mut w = IdMap::default();
        for (k, (wr, ur)) in &self.w {
            let a = avg(wr, ur);
            if a.iter().any(|x| x.abs() > 1e-3) {
                w.insert(*k, a);
            }
        }
        Layer {
            w,
            trans: self
                .tw
                .iter()
                .zip(&self.tu)
                .map(|(w, u)| avg(w, u))
                .collect(),
        }
    }
}

/// Gold BILOU labels of a document's entities (types outside [`TYPES`] are O).
pub fn bilou(n: usize, ents: &[Entity]) -> Vec<usize> {
    let mut y = vec![0; n];
    for e in ents {
        let Some(t) = TYPES
            .iter()
            .position(|x| *x == crate::ner::eval_label(&e.label))
        else {
            continue;
        };
        let (a, b) = (e.tokens.start as usize, (e.tokens.end as usize).min(n));
        if a >= b {
            continue;
        }
        if b - a == 1 {
            y[a] = lab(t, 3);
        } else {
            y[a] = lab(t, 0);
            for k in a + 1..b - 1 {
                y[k] = lab(t, 1);
            }
            y[b - 1] = lab(t, 2);
        }
    }
    y
}

/// Entities from a BILOU labelling (spans never cross sentences).
fn entities(doc: &Doc, info: &DocInfo, y: &[usize], rule: &str) -> Vec<Entity> {
    let t = doc.tokens();
    let mut out = Vec::new();
    for &(a, b) in &info.sents {
        let mut i = a;
        while i < b {
            match part(y[i]) {
                Some((ty, 3)) => {
                    out.push(mk(t, i, i + 1, ty, rule));
                    i += 1;
                }
                Some((ty, 0)) => {
                    let mut j = i + 1;
                    while j < b && part(y[j]) == Some((ty, 1)) {
                        j += 1;
                    }
                    if j < b && part(y[j]) == Some((ty, 2)) {
                        j += 1;
                    }
                    out.push(mk(t, i, j, ty, rule));
                    i = j;
                }
                _ => i += 1,
            }
        }
    }
    out
}

fn mk(t: &[chronicle_doc::Token], a: usize, b: usize, ty: usize, rule: &str) -> Entity {
    Entity {
        span: Span::new(t[a].span.start as usize, t[b - 1].span.end as usize),
        tokens: TokenRange::new(a, b),
        label: TYPES[ty].into(),
        rule: rule.into(),
    }
}

/// Training settings of [`SeqModel::train`].
#[derive(Clone, Copy, Debug)]
pub struct TrainOpts {
    /// Passes over the data per layer.
    pub epochs: usize,
    /// Jackknife folds for the second layer's first-pass labels.
    pub folds: usize,
    /// Trainings per layer with different shuffles, weights averaged (1: one).
    pub seeds: usize,
    /// Second-stage span typer ([`crate::typer`]): `None` for none, else its
    /// candidate and post-pass switches ([`crate::typer::flags`]).
    pub typer: Option<u8>,
}

/// A trained two-pass BILOU tagger.
#[derive(Clone, Debug, Default)]
pub struct SeqModel {
    first: Layer,
    second: Layer,
    /// Unlabelled-corpus word statistics read by the features (may be empty).
    pub stats: WordStats,
    /// Corpus type prior from the rule recogniser (may be empty).
    pub prior: TypePrior,
    /// Second-stage span typer (may be empty).
    pub typer: Typer,
    /// The typer's candidate and post-pass switches (0 with no typer: the
    /// sequence tagger's spans as they are).
    pub typer_flags: u8,
    /// Corpus word-vector clusters read by the features (may be empty).
    pub vectors: VecClusters,
}

const MAGIC: &[u8] = b"CHRNER4\n";
/// With a span typer (v5: v4 layout, then the typer).
const MAGIC5: &[u8] = b"CHRNER5\n";
/// Earlier formats, still read: word statistics but no type prior (v3),
/// neither (v2).
const MAGIC3: &[u8] = b"CHRNER3\n";
const MAGIC2: &[u8] = b"CHRNER2\n";
/// With word-vector clusters (v6: v5 layout, then the cluster table).
const MAGIC6: &[u8] = b"CHRNER6\n";

impl SeqModel {
    fn static_feats(info: &DocInfo) -> Vec<Vec<u64>> {
        let n = info.lw.len();
        let mut feats = vec![Vec::new(); n];
        for &(a, b) in &info.sents {
            for i in a..b {
                info.features(a, b, i, &mut feats[i]);
            }
        }
        feats
    }

    /// Trains on documents with gold entities. The second (document-level)
    /// layer is trained on first-pass labels obtained by `folds`-fold
    /// jackknifing, so that it sees first-pass errors as at run time.
    pub fn train(
        dict: &Dictionary,
        data: &[(Doc, Vec<Entity>)],
        stats: WordStats,
        prior: TypePrior,
        opts: TrainOpts,
        mut log: impl FnMut(&str),
    ) -> SeqModel {
        Self::train_dyn(
            dict,
            data,
            stats,
            prior,
            VecClusters::default(),
            opts,
            &mut log,
        )
    }

    /// [`SeqModel::train`] with corpus word-vector clusters
    /// ([`crate::vectors`]) as features, stored in the model.
    pub fn train_with_vectors(
        dict: &Dictionary,
        data: &[(Doc, Vec<Entity>)],
        stats: WordStats,
        prior: TypePrior,
        vectors: VecClusters,
        opts: TrainOpts,
        mut log: impl FnMut(&str),
    ) -> SeqModel {
        Self::train_dyn(dict, data, stats, prior, vectors, opts, &mut log)
    }

    fn train_dyn(
        dict: &Dictionary,
        data: &[(Doc, Vec<Entity>)],
        stats: WordStats,
        prior: TypePrior,
        vectors: VecClusters,
        opts: TrainOpts,
        log: &mut dyn FnMut(&str),
    ) -> SeqModel {
        let TrainOpts {
            epochs,
            folds,
            seeds,
            typer: typer_opt,
        } = opts;
        let seeds = seeds.max(1) as u64;
        let infos: Vec<DocInfo> = data
            .iter()
            .map(|(d, _)| DocInfo::new(dict, d, &stats, &prior).with_vectors(&vectors))
            .collect();
        let feats: Vec<Vec<Vec<u64>>> = infos.iter().map(SeqModel::static_feats).collect();
        let gold: Vec<Vec<usize>> = data
            .iter()
            .map(|(d, g)| bilou(d.tokens().len(), g))
            .collect();
        let all: Vec<usize> = (0..data.len()).collect();
        let first = Layer::mean(
            (0..seeds)
                .map(|k| train_layer(&infos, &feats, &gold, &all, epochs, k))
                .collect(),
        );
        log(&format!("first layer: {} features", first.w.len()));
        // jackknifed first-pass labels
        let folds = folds.max(2);
        let mut firsts: Vec<Vec<usize>> = vec![Vec::new(); data.len()];
        for f in 0..folds {
            let tr: Vec<usize> = all.iter().copied().filter(|d| d % folds != f).collect();
            let m = train_layer(&infos, &feats, &gold, &tr, epochs, 0);
            for d in all.iter().copied().filter(|d| d % folds == f) {
                firsts[d] = m.decode(&infos[d], &feats[d]);
            }
            log(&format!("fold {}/{folds} done", f + 1));
        }
        // the span typer, on the jackknifed first-pass spans
        let (typer, typer_flags) = match typer_opt {
            Some(fl) => {
                let mut ex = Vec::new();
                // spans the typer sees at run time come from the second layer:
                // with FULL_JACKKNIFE, from whole models trained without the document
                let mut full: Vec<Vec<Entity>> = vec![Vec::new(); data.len()];
                if fl & crate::typer::flags::FULL_JACKKNIFE != 0 {
                    for f in 0..folds {
                        let sub: Vec<(Doc, Vec<Entity>)> = (0..data.len())
                            .filter(|d| d % folds != f)
                            .map(|d| data[d].clone())
                            .collect();
                        let m = SeqModel::train_dyn(
                            dict,
                            &sub,
                            stats.clone(),
                            prior.clone(),
                            vectors.clone(),
                            TrainOpts {
                                typer: None,
                                ..opts
                            },
                            &mut |_| {},
                        );
                        for d in (0..data.len()).filter(|d| d % folds == f) {
                            full[d] = m.predict(dict, &data[d].0, "");
                        }
                        log(&format!("typer fold {}/{folds} done", f + 1));
                    }
                }
                for d in 0..data.len() {
                    let first = if fl & crate::typer::flags::FULL_JACKKNIFE != 0 {
                        std::mem::take(&mut full[d])
                    } else {
                        entities(&data[d].0, &infos[d], &firsts[d], "")
                    };
                    ex.extend(crate::typer::examples(
                        &infos[d], &data[d].0, &first, &data[d].1, fl,
                    ));
                }
                let t = Typer::train(&ex, 10);
                log(&format!(
                    "typer: {} examples, {} features",
                    ex.len(),
                    t.len()
                ));
                (t, fl)
            }
            None => (Typer::default(), 0),
        };
        let feats2: Vec<Vec<Vec<u64>>> = feats
            .iter()
            .zip(&infos)
            .zip(&firsts)
            .map(|((f, info), y)| {
                let mut f = f.clone();
                doc_features(info, y, &mut f);
                f
            })
            .collect();
        let second = Layer::mean(
            (0..seeds)
                .map(|k| train_layer(&infos, &feats2, &gold, &all, epochs, k))
                .collect(),
        );
        log(&format!("second layer: {} features", second.w.len()));
        SeqModel {
            first,
            second,
            stats,
            prior,
            typer,
            typer_flags,
            vectors,
        }
    }

    /// Tags a document.
    pub fn predict(&self, dict: &Dictionary, doc: &Doc, rule: &str) -> Vec<Entity> {
        let info = DocInfo::new(dict, doc, &self.stats, &self.prior).with_vectors(&self.vectors);
        let mut feats = SeqModel::static_feats(&info);
        let y1 = self.first.decode(&info, &feats);
        if self.second.w.is_empty() {
            return entities(doc, &info, &y1, rule);
        }
        doc_features(&info, &y1, &mut feats);
        let y2 = self.second.decode(&info, &feats);
        let ents = entities(doc, &info, &y2, rule);
        if self.typer_flags == 0 && self.typer.is_empty() {
            return ents;
        }
        crate::typer::apply(&self.typer, &info, doc, ents, self.typer_flags, rule)
    }

    /// The first (sentence-level) layer alone, for ablations.
    pub fn first_layer_only(mut self) -> SeqModel {
        self.second = Layer::default();
        self
    }

    /// Number of weighted features (both layers).
    pub fn len(&self) -> usize {
        self.first.w.len() + self.second.w.len()
    }

    /// True when the model has no weights.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Serialises (header, about line, then both layers: transitions, then
    /// feature hash + weights as little-endian f32), zstd-compressed.
    pub fn to_bytes(&self, about: &str) -> Vec<u8> {
        let mut out = Vec::new();
        // without a type prior the file is the v3 format (byte-identical
        // to models trained before the prior existed)
        let v6 = !self.vectors.is_empty();
        let v5 = v6 || !self.typer.is_empty() || self.typer_flags != 0;
        out.extend_from_slice(if v6 {
            MAGIC6
        } else if v5 {
            MAGIC5
        } else if self.prior.is_empty() {
            MAGIC3
        } else {
            MAGIC
        });
        let about = about.replace('\n', " ");
        out.extend_from_slice(&(about.len() as u32).to_le_bytes());
        out.extend_from_slice(about.as_bytes());
        for layer in [&self.first, &self.second] {
            out.extend_from_slice(&(layer.trans.len() as u32).to_le_bytes());
            for r in &layer.trans {
                for x in r {
                    out.extend_from_slice(&x.to_le_bytes());
                }
            }
            let mut keys: Vec<&u64> = layer.w.keys().collect();
            keys.sort();
            out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
            for k in keys {
                out.extend_from_slice(&k.to_le_bytes());
                for x in &layer.w[k] {
                    out.extend_from_slice(&x.to_le_bytes());
                }
            }
        }
        self.stats.write(&mut out);
        if !self.prior.is_empty() || v5 {
            self.prior.write(&mut out);
        }
        if v5 {
            out.push(self.typer_flags);
            let mut keys: Vec<&u64> = self.typer.w.keys().collect();
            keys.sort();
            out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
            for k in keys {
                out.extend_from_slice(&k.to_le_bytes());
                for x in &self.typer.w[k] {
                    out.extend_from_slice(&x.to_le_bytes());
                }
            }
        }
        if v6 {
            self.vectors.write(&mut out);
        }
        zstd::encode_all(&out[..], 19).unwrap_or_default()
    }

    /// Reads a model written by [`SeqModel::to_bytes`]; returns it and its about line.
    pub fn from_bytes(b: &[u8]) -> Result<(SeqModel, String), String> {
        let raw = zstd::decode_all(b).map_err(|e| format!("not a zstd model: {e}"))?;
        let mut r = Reader { b: &raw, at: 0 };
        let version = match r.take(MAGIC.len())? {
            m if m == MAGIC6 => 6,
            m if m == MAGIC5 => 5,
            m if m == MAGIC => 4,
            m if m == MAGIC3 => 3,
            m if m == MAGIC2 => 2,
            m if m.starts_with(b"CHRNER") => {
                return Err(format!(
                    "unknown chronicle NER model version {:?} (this build reads v2 to v6)",
                    String::from_utf8_lossy(&m[6..m.len() - 1])
                ));
            }
            _ => return Err("not a chronicle NER model (v2 to v6)".into()),
        };
        let n = r.u32()? as usize;
        let about = String::from_utf8(r.take(n)?.to_vec()).map_err(|_| "bad about line")?;
        let mut layers = Vec::new();
        for _ in 0..2 {
            let nt = r.u32()? as usize;
            if nt != NL + 1 {
                return Err(format!("expected {} transition rows, got {nt}", NL + 1));
            }
            let mut trans = Vec::with_capacity(nt);
            for _ in 0..nt {
                trans.push(r.row()?);
            }
            let nf = r.u32()? as usize;
            let mut w = IdMap::default();
            w.reserve(nf);
            for _ in 0..nf {
                let k = u64::from_le_bytes(r.take(8)?.try_into().unwrap());
                w.insert(k, r.row()?);
            }
            layers.push(Layer { w, trans });
        }
        let stats = if version >= 3 {
            WordStats::read(&raw, &mut r.at)?
        } else {
            WordStats::default()
        };
        let prior = if version >= 4 {
            TypePrior::read(&raw, &mut r.at)?
        } else {
            TypePrior::default()
        };
        let (mut typer, mut typer_flags) = (Typer::default(), 0);
        if version >= 5 {
            typer_flags = r.take(1)?[0];
            let nf = r.u32()? as usize;
            typer.w.reserve(nf);
            for _ in 0..nf {
                let k = u64::from_le_bytes(r.take(8)?.try_into().unwrap());
                let mut a = [0f32; crate::typer::NC];
                for x in a.iter_mut() {
                    *x = f32::from_le_bytes(r.take(4)?.try_into().unwrap());
                }
                typer.w.insert(k, a);
            }
        }
        let vectors = if version >= 6 {
            VecClusters::read(&raw, &mut r.at)?
        } else {
            VecClusters::default()
        };
        if r.at != raw.len() {
            return Err("trailing bytes after the model".into());
        }
        let second = layers.pop().unwrap();
        let first = layers.pop().unwrap();
        Ok((
            SeqModel {
                first,
                second,
                stats,
                prior,
                typer,
                typer_flags,
                vectors,
            },
            about,
        ))
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}
impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let s = self
            .b
            .get(self.at..self.at + n)
            .ok_or("model file is truncated")?;
        self.at += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    fn row(&mut self) -> Result<Row, String> {
        let mut a = [0f32; NL];
        for x in a.iter_mut() {
            *x = f32::from_le_bytes(self.take(4)?.try_into().unwrap());
        }
        Ok(a)
    }
}

fn train_layer(
    infos: &[DocInfo],
    feats: &[Vec<Vec<u64>>],
    gold: &[Vec<usize>],
    docs: &[usize],
    epochs: usize,
    seed: u64,
) -> Layer {
    let mut t = Trainer::new();
    // sentences as (doc, a, b)
    let mut order: Vec<(usize, usize, usize)> = docs
        .iter()
        .flat_map(|&d| infos[d].sents.iter().map(move |&(a, b)| (d, a, b)))
        .collect();
    // seed 0 keeps the shuffle of the single-model trainer
    let mut seed: u64 = 0x9E3779B97F4A7C15 ^ seed.wrapping_mul(0xD1B54A32D192ED03);
    for _ in 0..epochs {
        shuffle(&mut order, &mut seed);
        for &(d, a, b) in &order {
            let em = t.emissions(&feats[d][a..b]);
            let layer = Layer {
                w: IdMap::default(),
                trans: t.tw.clone(),
            };
            let p = layer.viterbi(&em);
            let g = &gold[d][a..b];
            if p != g {
                t.update(&feats[d][a..b], g, &p);
            }
            t.c += 1.0;
        }
    }
    t.averaged()
}

/// A Fisher–Yates shuffle driven by a xorshift generator, so training runs are
/// reproducible byte for byte (the NER trainer and the span typer).
pub(crate) fn shuffle<T>(order: &mut [T], seed: &mut u64) {
    for k in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        order.swap(k, (*seed % (k as u64 + 1)) as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_transitions() {
        let (b_per, i_per, l_per, u_per) = (lab(0, 0), lab(0, 1), lab(0, 2), lab(0, 3));
        let i_org = lab(1, 1);
        assert!(legal(None, b_per) && legal(None, u_per) && legal(None, 0));
        assert!(!legal(None, i_per) && !legal(None, l_per));
        assert!(legal(Some(b_per), i_per) && legal(Some(b_per), l_per));
        assert!(!legal(Some(b_per), i_org) && !legal(Some(b_per), 0));
        assert!(legal(Some(l_per), b_per) && legal(Some(u_per), 0));
        assert!(!legal_end(b_per) && !legal_end(i_per) && legal_end(l_per) && legal_end(0));
        // gold labels of a 3-token and a 1-token entity
        let ents = [
            Entity {
                span: Span::new(0, 5),
                tokens: TokenRange::new(0, 3),
                label: "PER".into(),
                rule: String::new(),
            },
            Entity {
                span: Span::new(6, 9),
                tokens: TokenRange::new(4, 5),
                label: "GPE".into(),
                rule: String::new(),
            },
        ];
        assert_eq!(bilou(6, &ents), [b_per, i_per, l_per, 0, lab(2, 3), 0]);
    }

    #[test]
    fn cluster_features_are_emitted() {
        // the tagger's word clusters are available to the features
        let c = clusters().expect("embedded tagger clusters");
        assert!(c.get("the").is_some() && c.get("qqzxv").is_none());
        // a sentence written for this test: a clustered word gets cluster
        // features, an unknown one the "no cluster" id
        let dict = Dictionary::embedded().unwrap();
        let doc = crate::simple_doc("The minister visited Qqzxv yesterday.", None);
        let info = DocInfo::new(&dict, &doc, &WordStats::default(), &TypePrior::default());
        let i = (0..doc.tokens().len())
            .find(|&i| doc.token_norm(i) == "minister")
            .unwrap();
        let j = (0..doc.tokens().len())
            .find(|&i| doc.token_norm(i) == "Qqzxv")
            .unwrap();
        assert_ne!(info.cl[i].0, u16::MAX);
        assert_eq!(info.cl[j], (u16::MAX, u16::MAX));
        let (a, b) = info.sents[0];
        let mut f = Vec::new();
        info.features(a, b, i, &mut f);
        assert!(f.contains(&Fh::new(50).n(info.cl[i].0 as u64).done()));
        assert!(f.contains(&Fh::new(51).n(info.cl[i].1 as u64).done()));
    }

    #[test]
    fn corpus_statistics_are_features_and_stored() {
        // a tiny "corpus" written for this test
        let mut bld = crate::wordstats::Builder::default();
        for s in [
            "We met Mr Qqzxv there .",
            "Then Qqzxv said so .",
            "Later Qqzxv left .",
            "Not one qqzxv was seen .",
        ] {
            bld.add(&s.split(' ').collect::<Vec<_>>());
        }
        let st = bld.finish(1);
        let bk = st.buckets("qqzxv").unwrap();
        assert_eq!(bk.cap, 5); // 3 of 4 mid-sentence occurrences capitalised
        let dict = Dictionary::embedded().unwrap();
        let doc = crate::simple_doc("Yesterday Qqzxv arrived.", None);
        let j = (0..doc.tokens().len())
            .find(|&i| doc.token_norm(i) == "Qqzxv")
            .unwrap();
        let feats = |stats: &WordStats| {
            let info = DocInfo::new(&dict, &doc, stats, &TypePrior::default());
            let (a, b) = info.sents[0];
            let mut f = Vec::new();
            info.features(a, b, j, &mut f);
            f
        };
        let with = feats(&st);
        let without = feats(&WordStats::default());
        let cap = Fh::new(71).n(bk.cap as u64).done();
        assert!(with.contains(&cap) && !without.contains(&cap));
        assert!(with.len() > without.len());
        // the table travels inside the model file
        let m = SeqModel::train(
            &dict,
            &[(doc.clone(), Vec::new())],
            st.clone(),
            TypePrior::default(),
            TrainOpts {
                epochs: 1,
                folds: 2,
                seeds: 1,
                typer: None,
            },
            |_| {},
        );
        let (back, about) = SeqModel::from_bytes(&m.to_bytes("about")).unwrap();
        assert_eq!(about, "about");
        assert_eq!(back.stats.len(), st.len());
        assert_eq!(back.stats.get("qqzxv"), st.get("qqzxv"));
    }

    #[test]
    fn type_prior_is_a_feature_and_stored() {
        // documents written for this test: the rules call "Qqzxv" a person
        // (title), so the prior says PER for the word wherever it appears
        let dict = Dictionary::embedded().unwrap();
        let mut bld = crate::typeprior::Builder::default();
        for s in ["Mr Qqzxv said so.", "Then Mr Qqzxv left."] {
            bld.add_doc(&dict, &crate::simple_doc(s, None));
        }
        let prior = bld.finish(1);
        let p = prior.prior("qqzxv").unwrap();
        assert_eq!((p.dom, p.share), (0, 2));
        let doc = crate::simple_doc("Yesterday Qqzxv arrived.", None);
        let j = (0..doc.tokens().len())
            .find(|&i| doc.token_norm(i) == "Qqzxv")
            .unwrap();
        let feats = |pr: &TypePrior| {
            let info = DocInfo::new(&dict, &doc, &WordStats::default(), pr);
            let (a, b) = info.sents[0];
            let mut f = Vec::new();
            info.features(a, b, j, &mut f);
            f
        };
        let dom = Fh::new(83).n(0).n(2).done();
        assert!(feats(&prior).contains(&dom));
        assert!(!feats(&TypePrior::default()).contains(&dom));
        // the table travels inside the model file (format v4)
        let m = SeqModel::train(
            &dict,
            &[(doc.clone(), Vec::new())],
            WordStats::default(),
            prior.clone(),
            TrainOpts {
                epochs: 1,
                folds: 2,
                seeds: 1,
                typer: None,
            },
            |_| {},
        );
        let bytes = m.to_bytes("about");
        let (back, _) = SeqModel::from_bytes(&bytes).unwrap();
        assert_eq!(back.prior.get("qqzxv"), prior.get("qqzxv"));
        let raw = zstd::decode_all(&bytes[..]).unwrap();
        assert!(raw.starts_with(MAGIC));
        // without a prior the file keeps the v3 format
        let m3 = SeqModel {
            prior: TypePrior::default(),
            ..m
        };
        let raw = zstd::decode_all(&m3.to_bytes("about")[..]).unwrap();
        assert!(raw.starts_with(MAGIC3));
    }

    #[test]
    fn vector_clusters_are_features_and_stored() {
        let dict = Dictionary::embedded().unwrap();
        // a corpus written for this test: the made-up names share contexts
        let mut bld = crate::vectors::Builder::default();
        for r in 0..20 {
            for (k, w) in ["Qqzxv", "Wwrpt", "Kkjhq"].iter().enumerate() {
                let v = ["said", "told", "added"][(r + k) % 3];
                bld.add(&["Minister", w, v, "so"]);
                bld.add(&["flights", "to", ["Oslo", "Lima"][(r + k) % 2], "stopped"]);
            }
        }
        let opts = crate::vectors::VecOpts {
            vocab: 30,
            contexts: 15,
            dim: 3,
            ks: vec![2, 3],
            iters: 10,
            seed: 3,
        };
        let vc = bld.finish(&opts, &mut |_| {});
        let id = vc.get("Qqzxv").unwrap().to_vec();
        let doc = crate::simple_doc("Yesterday Qqzxv arrived.", None);
        let j = (0..doc.tokens().len())
            .find(|&i| doc.token_norm(i) == "Qqzxv")
            .unwrap();
        let feats = |v: &VecClusters| {
            let info = DocInfo::new(&dict, &doc, &WordStats::default(), &TypePrior::default())
                .with_vectors(v);
            let (a, b) = info.sents[0];
            let mut f = Vec::new();
            info.features(a, b, j, &mut f);
            f
        };
        let own = Fh::new(95).n(1).n(id[1] as u64).done();
        assert!(feats(&vc).contains(&own));
        assert!(!feats(&VecClusters::default()).contains(&own));
        // the table travels inside the model file (format v6)
        let m = SeqModel::train_with_vectors(
            &dict,
            &[(doc.clone(), Vec::new())],
            WordStats::default(),
            TypePrior::default(),
            vc.clone(),
            TrainOpts {
                epochs: 1,
                folds: 2,
                seeds: 1,
                typer: None,
            },
            |_| {},
        );
        let bytes = m.to_bytes("about");
        let raw = zstd::decode_all(&bytes[..]).unwrap();
        assert!(raw.starts_with(MAGIC6));
        let (back, _) = SeqModel::from_bytes(&bytes).unwrap();
        assert_eq!(back.vectors.get("Qqzxv"), Some(&id[..]));
        assert_eq!(back.to_bytes("about"), bytes);
        // a truncated v6 file is refused, naming the table
        let cut = zstd::encode_all(&raw[..raw.len() - 1], 1).unwrap();
        let e = SeqModel::from_bytes(&cut).unwrap_err();
        assert!(e.contains("truncated"), "{e}");
        // a newer version is refused by name
        let mut v7 = raw.clone();
        v7[..8].copy_from_slice(b"CHRNER7\n");
        let e = SeqModel::from_bytes(&zstd::encode_all(&v7[..], 1).unwrap()).unwrap_err();
        assert!(
            e.contains("unknown chronicle NER model version \"7\""),
            "{e}"
        );
        // without vectors the file keeps its older format
        let m3 = SeqModel {
            vectors: VecClusters::default(),
            ..back
        };
        let raw = zstd::decode_all(&m3.to_bytes("about")[..]).unwrap();
        assert!(raw.starts_with(MAGIC3));
    }

    #[test]
    fn model_bytes_are_checked() {
        assert!(SeqModel::from_bytes(b"nonsense").is_err());
        let m = SeqModel::default();
        let b = m.to_bytes("about");
        assert!(SeqModel::from_bytes(&b).is_err()); // no transition rows
    }
}
