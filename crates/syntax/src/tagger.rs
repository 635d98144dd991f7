//! Part-of-speech tagger: a greedy left-to-right averaged perceptron over
//! hashed features, predicting the joint (XPOS, UPOS) class; a tag
//! dictionary short-cuts frequent unambiguous words; features (FEATS) come
//! from learned (word, class) and class tables; lemmas from [`Lemmatizer`].

use crate::clusters::{Clusters, cluster_key};
use crate::hash::{
    FlatMap, HMap, Rng, f1, f2, f3, fmix, hash_bytes, hash_lower, hash_lower_ascii, hash_shape,
    hash_str, prefix_end, suffix_start,
};
use crate::lemma::Lemmatizer;
use crate::model::{Averaged, ModelError, Reader, Table, Writer};
use chronicle_doc::Sym;
use chronicle_doc::conllu::UdSentence;
use std::collections::HashMap;

/// A model string as a `'static` [`Sym`], so the layers the model writes
/// clone it without allocating. Model tag sets are small (a few KB) and
/// loaded once per process, so they are leaked on purpose.
pub fn leak_sym(s: &str) -> Sym {
    Sym::new_static(Box::leak(s.to_string().into_boxed_str()))
}

const KIND: u8 = 1;
const START: u64 = 0x5747_4152_5400_0001;
const END: u64 = 0x454e_4400_0000_0002;
const PAD: usize = 2;

/// One tag class: an (XPOS, UPOS) pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagClass {
    /// Penn Treebank tag.
    pub xpos: String,
    /// Universal POS tag.
    pub upos: String,
    /// Hash of `xpos` (parser feature).
    pub xpos_hash: u64,
    /// Hash of `upos` (parser feature).
    pub upos_hash: u64,
    /// `xpos` as a layer value.
    pub xpos_sym: Sym,
    /// `upos` as a layer value.
    pub upos_sym: Sym,
}

impl TagClass {
    fn new(xpos: &str, upos: &str) -> TagClass {
        TagClass {
            xpos: xpos.into(),
            upos: upos.into(),
            xpos_hash: hash_str(xpos),
            upos_hash: hash_str(upos),
            xpos_sym: leak_sym(xpos),
            upos_sym: leak_sym(upos),
        }
    }
}

/// Per-token precomputed hashes.
#[derive(Clone, Copy, Default, Debug)]
struct TokF {
    w: u64,
    exact: u64,
    s1: u64,
    s2: u64,
    s3: u64,
    s4: u64,
    p1: u64,
    p3: u64,
    shape: u64,
    flags: u64,
    /// Fine cluster hash (a constant for words without a cluster).
    cf: u64,
    /// Coarse cluster hash.
    cc: u64,
    /// Ambiguity class (hash of the set of classes seen in training).
    amb: u64,
}

const NO_CLUSTER: u64 = 0x4e4f_434c_0000_0001;
const NO_AMB: u64 = 0x4e4f_414d_0000_0001;

impl TokF {
    fn pad(v: u64) -> TokF {
        TokF {
            w: v,
            exact: v,
            s1: v,
            s2: v,
            s3: v,
            s4: v,
            p1: v,
            p3: v,
            shape: v,
            flags: v,
            cf: v,
            cc: v,
            amb: v,
        }
    }
    /// The word's hashes; the looked-up fields (`cf`, `cc`, `amb`) are
    /// filled by [`TokF::look_up`]. Until then `cf` holds the cluster key.
    /// The slots of the three look-ups (and of the tag dictionary's) are
    /// prefetched here.
    #[inline]
    fn hashes(s: &str, lex: &Lexicon) -> TokF {
        let ascii = s.is_ascii();
        let (w, key, exact, shape) = if ascii {
            ascii_word_hashes(s.as_bytes())
        } else {
            (hash_lower(s), cluster_key(s), hash_str(s), hash_shape(s))
        };
        let s3 = if ascii {
            let b = s.as_bytes();
            hash_lower_ascii(&b[b.len().saturating_sub(3)..])
        } else {
            hash_lower(&s[suffix_start(s, 3)..])
        };
        lex.fast_clusters.prefetch(key);
        lex.fast_amb.prefetch(w);
        lex.fast_tagdict.prefetch(exact);
        TokF {
            w,
            cf: key,
            cc: 0,
            amb: NO_AMB,
            exact,
            s3,
            shape,
            // filled by `affixes` for the words the tagdict does not decide
            flags: 0,
            s1: 0,
            s2: 0,
            s4: 0,
            p1: 0,
            p3: 0,
        }
    }
    /// Fills the looked-up fields of a word from [`TokF::hashes`].
    #[inline]
    fn look_up(&mut self, lex: &Lexicon) {
        (self.cf, self.cc) = match lex.fast_clusters.get(self.cf) {
            Some(fc) => (
                fmix(0xf1_0000 + (fc & 0xffff) as u64),
                fmix(0xc0_0000 + (fc >> 16) as u64),
            ),
            None => (NO_CLUSTER, NO_CLUSTER ^ 1),
        };
        self.amb = lex.fast_amb.get(self.w).unwrap_or(NO_AMB);
    }

    /// The affix hashes and flags only the current word's features read
    /// (neighbours read `w`, `s3`, `shape`, clusters and `amb`): computed
    /// just before [`features`] for words the tagdict does not decide.
    /// `first`: the word opens the sentence.
    #[inline]
    fn affixes(&mut self, s: &str, first: bool) {
        if s.is_ascii() {
            self.affixes_ascii(s.as_bytes(), first);
        } else {
            self.affixes_any(s, first);
        }
    }

    /// [`TokF::affixes`] of any word, char by char.
    fn affixes_any(&mut self, s: &str, first: bool) {
        let mut flags = 0u64;
        let c0 = s.chars().next().unwrap_or(' ');
        if c0.is_uppercase() {
            flags |= 1;
        }
        if first {
            flags |= 2;
        }
        if s.bytes().any(|b| b.is_ascii_digit()) {
            flags |= 4;
        }
        if s.contains('-') {
            flags |= 8;
        }
        if s.chars().all(|c| !c.is_lowercase()) {
            flags |= 16;
        }
        self.flags = flags;
        self.s1 = hash_lower(&s[suffix_start(s, 1)..]);
        self.s2 = hash_lower(&s[suffix_start(s, 2)..]);
        self.s4 = hash_lower(&s[suffix_start(s, 4)..]);
        self.p1 = hash_str(&s[..prefix_end(s, 1)]);
        self.p3 = hash_lower(&s[..prefix_end(s, 3)]);
    }

    /// [`TokF::affixes_any`] of an ASCII word (the same values): one pass
    /// for the flags, the affixes cut by byte, and no ASCII test or char
    /// walk per affix (each of the five hashes and four cuts tested the
    /// word for ASCII again).
    #[inline]
    fn affixes_ascii(&mut self, b: &[u8], first: bool) {
        let (mut digit, mut hyphen, mut lower) = (false, false, false);
        for &x in b {
            digit |= x.is_ascii_digit();
            hyphen |= x == b'-';
            lower |= x.is_ascii_lowercase();
        }
        let upper = b.first().is_some_and(u8::is_ascii_uppercase);
        self.flags = upper as u64
            | (first as u64) << 1
            | (digit as u64) << 2
            | (hyphen as u64) << 3
            | (!lower as u64) << 4;
        let n = b.len();
        self.s1 = hash_lower_ascii(&b[n.saturating_sub(1)..]);
        self.s2 = hash_lower_ascii(&b[n.saturating_sub(2)..]);
        self.s4 = hash_lower_ascii(&b[n.saturating_sub(4)..]);
        self.p1 = hash_bytes(&b[..n.min(1)]);
        self.p3 = hash_lower_ascii(&b[..n.min(3)]);
    }
}

/// For an ASCII word: [`hash_lower`], [`cluster_key`], [`hash_str`] and
/// [`hash_shape`] of it (the same values), in one pass over its bytes. The
/// four FNV chains are independent, so their multiplies overlap instead of
/// waiting on each other as in four separate loops.
#[inline]
fn ascii_word_hashes(b: &[u8]) -> (u64, u64, u64, u64) {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let (mut lower, mut key, mut exact, mut shape) = (OFFSET, OFFSET, OFFSET, OFFSET);
    let mut last = 0u8;
    for &x in b {
        let l = x.to_ascii_lowercase();
        lower = (lower ^ l as u64).wrapping_mul(PRIME);
        let k = if x.is_ascii_digit() { b'0' } else { l };
        key = (key ^ k as u64).wrapping_mul(PRIME);
        exact = (exact ^ x as u64).wrapping_mul(PRIME);
        let m = if x.is_ascii_uppercase() {
            b'X'
        } else if x.is_ascii_lowercase() {
            b'x'
        } else if x.is_ascii_digit() {
            b'd'
        } else {
            x
        };
        if m != last {
            shape = (shape ^ m as u64).wrapping_mul(PRIME);
            last = m;
        }
    }
    (
        fmix(lower),
        fmix(key ^ 0x00c1_0570),
        fmix(exact),
        fmix(shape),
    )
}

/// Word-level tables the tagger's features look up.
#[derive(Clone, Debug, Default)]
struct Lexicon {
    clusters: Clusters,
    amb: HMap<u64>,
    /// The same answers as `clusters` (fine and coarse id in one value, fine
    /// in the low half), `amb` and the tagger's tag dictionary, in tables
    /// whose slots can be prefetched: [`prepare`] hashes a sentence's words
    /// and prefetches their slots before it looks any of them up.
    fast_clusters: FlatMap<u32>,
    fast_amb: FlatMap<u64>,
    fast_tagdict: FlatMap<u16>,
}

impl Lexicon {
    fn new(clusters: Clusters, amb: HMap<u64>, tagdict: &HMap<u16>) -> Lexicon {
        let (fine, coarse) = clusters.parts();
        let both: HMap<u32> = fine
            .iter()
            .map(|(&k, &f)| {
                let c = coarse.get(f as usize).copied().unwrap_or(0);
                (k, f as u32 | (c as u32) << 16)
            })
            .collect();
        Lexicon {
            fast_clusters: FlatMap::from_map(&both),
            fast_amb: FlatMap::from_map(&amb),
            fast_tagdict: FlatMap::from_map(tagdict),
            clusters,
            amb,
        }
    }
}

/// Reusable buffers for tagging (no allocation per token once warm).
#[derive(Default)]
pub struct TagScratch {
    toks: Vec<TokF>,
    feats: Vec<u64>,
    acc: Vec<i32>,
    /// The tag dictionary's class of each word of the sentence (`None`: scored).
    dict: Vec<Option<u16>>,
    /// Context-free features of the word being scored, and of the next word to score.
    free: Vec<u64>,
    free_next: Vec<u64>,
}

impl TagScratch {
    /// The words of the last sentence tagged with this scratch, without the padding.
    fn words(&self) -> &[TokF] {
        let n = self.toks.len().saturating_sub(2 * PAD);
        &self.toks[PAD..PAD + n]
    }
}

/// Training options shared by the tagger and parser.
#[derive(Clone, Debug)]
pub struct TrainOpts {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the shuffling / exploration PRNG.
    pub seed: u64,
}

impl Default for TrainOpts {
    fn default() -> Self {
        TrainOpts { epochs: 8, seed: 1 }
    }
}

/// Which training words go into the tag dictionary: exact forms seen at
/// least `min_count` times whose most frequent class has at least
/// `min_share` of their occurrences. The tagger gives a dictionary word
/// that class without scoring it (faster), so a looser dictionary trades
/// accuracy on those words for speed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TagDictOpts {
    /// Minimum occurrences of the exact form in the training data.
    pub min_count: usize,
    /// Minimum share (0–1) of the form's most frequent class.
    pub min_share: f64,
}

impl Default for TagDictOpts {
    fn default() -> Self {
        TagDictOpts {
            min_count: 20,
            min_share: 0.995,
        }
    }
}

/// The trained tagger.
pub struct Tagger {
    classes: Vec<TagClass>,
    table: Table,
    tagdict: HMap<u16>,
    lemmatizer: Lemmatizer,
    feats_strings: Vec<String>,
    feats_syms: Vec<Sym>,
    feats_by_word: HMap<u16>,
    feats_by_class: Vec<u16>,
    lex: Lexicon,
    /// Process-unique id of this model (see [`Tagger::id`]).
    id: u64,
}

/// A process-unique id for a newly built or loaded tagger.
fn next_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[inline]
fn features(t: &[TokF], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    let c = &t[i];
    let (m1, m2, n1, n2) = (&t[i - 1], &t[i - 2], &t[i + 1], &t[i + 2]);
    out.clear();
    out.extend_from_slice(&[
        f1(0, 1),
        f1(1, c.w),
        f1(2, c.s2),
        f1(3, c.s3),
        f1(4, c.s4),
        f1(5, c.p1),
        f1(6, c.p3),
        f1(7, c.shape),
        f1(8, m1.w),
        f1(9, m2.w),
        f1(10, n1.w),
        f1(11, n2.w),
        f1(12, m1.s3),
        f1(13, n1.s3),
        f1(14, p1),
        f1(15, p2),
        f2(16, p1, p2),
        f2(17, p1, c.w),
        f2(18, m1.w, c.w),
        f2(19, c.w, n1.w),
        f1(20, n1.shape),
        f1(21, m1.shape),
        f2(22, c.flags, c.shape),
        f2(23, p1, c.s3),
        f1(24, c.s1),
        f1(25, c.exact),
        f2(26, p1, n1.w),
        f2(27, n1.w, n2.w),
        f3(28, p1, c.w, n1.w),
        f2(29, c.s3, n1.s3),
        f2(30, m1.s3, c.s3),
        f1(31, c.cf),
        f1(32, c.cc),
        f1(33, n1.cf),
        f1(34, m1.cf),
        f1(35, n2.cc),
        f2(36, p1, c.cf),
        f2(37, c.cf, n1.cf),
        f1(38, c.amb),
        f1(39, n1.amb),
        f1(40, n2.amb),
        f2(41, p1, n1.amb),
        f2(42, c.amb, n1.amb),
        f2(43, c.w, n1.amb),
        f2(44, c.s3, n1.cc),
    ]);
}

/// The features of [`features`] that do not read the previous classes,
/// in the same order; [`features_prev`] gives the others. Word `i`'s are
/// known before the word before it is tagged, so the tagger computes them,
/// and prefetches their rows, one scored word ahead.
#[inline]
fn features_free(t: &[TokF], i: usize, out: &mut Vec<u64>) {
    let c = &t[i];
    let (m1, m2, n1, n2) = (&t[i - 1], &t[i - 2], &t[i + 1], &t[i + 2]);
    out.clear();
    out.extend_from_slice(&[
        f1(0, 1),
        f1(1, c.w),
        f1(2, c.s2),
        f1(3, c.s3),
        f1(4, c.s4),
        f1(5, c.p1),
        f1(6, c.p3),
        f1(7, c.shape),
        f1(8, m1.w),
        f1(9, m2.w),
        f1(10, n1.w),
        f1(11, n2.w),
        f1(12, m1.s3),
        f1(13, n1.s3),
        f2(18, m1.w, c.w),
        f2(19, c.w, n1.w),
        f1(20, n1.shape),
        f1(21, m1.shape),
        f2(22, c.flags, c.shape),
        f1(24, c.s1),
        f1(25, c.exact),
        f2(27, n1.w, n2.w),
        f2(29, c.s3, n1.s3),
        f2(30, m1.s3, c.s3),
        f1(31, c.cf),
        f1(32, c.cc),
        f1(33, n1.cf),
        f1(34, m1.cf),
        f1(35, n2.cc),
        f2(37, c.cf, n1.cf),
        f1(38, c.amb),
        f1(39, n1.amb),
        f1(40, n2.amb),
        f2(42, c.amb, n1.amb),
        f2(43, c.w, n1.amb),
        f2(44, c.s3, n1.cc),
    ]);
}

/// The features of [`features`] that read the previous classes `p1`, `p2`.
#[inline]
fn features_prev(t: &[TokF], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    let (c, n1) = (&t[i], &t[i + 1]);
    out.clear();
    out.extend_from_slice(&[
        f1(14, p1),
        f1(15, p2),
        f2(16, p1, p2),
        f2(17, p1, c.w),
        f2(23, p1, c.s3),
        f2(26, p1, n1.w),
        f3(28, p1, c.w, n1.w),
        f2(36, p1, c.cf),
        f2(41, p1, n1.amb),
    ]);
}

fn prepare(forms: &[&str], toks: &mut Vec<TokF>, lex: &Lexicon) {
    toks.clear();
    toks.push(TokF::pad(START));
    toks.push(TokF::pad(START ^ 1));
    // all words hashed (their slots prefetched) before any is looked up, so
    // the look-ups' cache misses overlap the hashing and each other
    for f in forms {
        toks.push(TokF::hashes(f, lex));
    }
    for t in &mut toks[PAD..] {
        t.look_up(lex);
    }
    toks.push(TokF::pad(END));
    toks.push(TokF::pad(END ^ 1));
}

fn class_hash(c: usize) -> u64 {
    0xC1A5_5000 + c as u64
}

impl Tagger {
    /// Tag classes (index = class id).
    pub fn classes(&self) -> &[TagClass] {
        &self.classes
    }

    /// Tags one sentence: `out[i]` is the class id of `forms[i]`.
    pub fn tag(&self, forms: &[&str], s: &mut TagScratch, out: &mut Vec<u16>) {
        out.clear();
        prepare(forms, &mut s.toks, &self.lex);
        let cols = self.table.cols();
        s.acc.resize(cols, 0);
        s.dict.clear();
        s.dict.extend(
            s.toks[PAD..PAD + forms.len()]
                .iter()
                .map(|t| self.lex.fast_tagdict.get(t.exact)),
        );
        // Software pipelining: the rows of a word's context-free features
        // (all but the 9 reading the previous classes) are prefetched while
        // the previous scored word is summed, so their cache misses overlap
        // it. The summed rows are the same as `features` gives, and integer
        // sums do not depend on the order: the scores are exact.
        let mut next = s.dict.iter().position(Option::is_none);
        if let Some(j) = next {
            s.toks[j + PAD].affixes(forms[j], j == 0);
            features_free(&s.toks, j + PAD, &mut s.free_next);
            self.table.retain_live_prefetch(&mut s.free_next);
        }
        let (mut p1, mut p2) = (START, START ^ 1);
        for i in 0..forms.len() {
            let c = match s.dict[i] {
                Some(c) => c as usize,
                None => {
                    debug_assert_eq!(next, Some(i));
                    std::mem::swap(&mut s.free, &mut s.free_next);
                    features_prev(&s.toks, i + PAD, p1, p2, &mut s.feats);
                    self.table.retain_live_prefetch(&mut s.feats);
                    next = s.dict[i + 1..]
                        .iter()
                        .position(Option::is_none)
                        .map(|k| i + 1 + k);
                    if let Some(j) = next {
                        s.toks[j + PAD].affixes(forms[j], j == 0);
                        features_free(&s.toks, j + PAD, &mut s.free_next);
                        self.table.retain_live_prefetch(&mut s.free_next);
                    }
                    // both lists in one pass (the same sums as clearing
                    // and accumulating each)
                    self.table.sum2(&s.free, &s.feats, &mut s.acc);
                    crate::argmax_i32(&s.acc[..cols])
                }
            };
            out.push(c as u16);
            p2 = p1;
            p1 = class_hash(c);
        }
    }

    /// (fine, coarse) cluster hashes of the words of the last sentence given
    /// to [`Tagger::tag`] with this scratch (parser features).
    pub fn cluster_hashes<'a>(&self, s: &'a TagScratch) -> impl Iterator<Item = (u64, u64)> + 'a {
        s.words().iter().map(|t| (t.cf, t.cc))
    }

    /// Lowercase word hashes ([`crate::hash::hash_lower`]) of the words of
    /// the last sentence given to [`Tagger::tag`] with this scratch (computed
    /// there already; the parser reads them too).
    pub fn word_hashes<'a>(&self, s: &'a TagScratch) -> impl Iterator<Item = u64> + 'a {
        s.words().iter().map(|t| t.w)
    }

    /// Exact-form hashes ([`crate::hash::hash_str`]) of the words of the last
    /// sentence given to [`Tagger::tag`] with this scratch (computed there
    /// already for the tag dictionary).
    pub fn exact_hashes<'a>(&self, s: &'a TagScratch) -> impl Iterator<Item = u64> + 'a {
        s.words().iter().map(|t| t.exact)
    }

    /// A process-unique id of this model instance: caches of what it
    /// computes (lemmas, FEATS) are valid for the same id only.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The word clusters used as features.
    pub fn clusters(&self) -> &Clusters {
        &self.lex.clusters
    }

    /// Lemma of `form` with class `class`, written into `out`.
    pub fn lemma(&self, form: &str, class: u16, out: &mut String) {
        self.lemmatizer.lemma(form, class, out);
    }

    /// [`Tagger::lemma`] given `exact` = [`hash_str`]`(form)` (computed by
    /// [`Tagger::tag`] already: see [`Tagger::exact_hashes`]).
    pub fn lemma_hashed(&self, form: &str, exact: u64, class: u16, out: &mut String) {
        self.lemmatizer.lemma_hashed(form, exact, class, out);
    }

    /// [`Tagger::feats_sym`] given `lower` = [`hash_lower`]`(form)` (see
    /// [`Tagger::word_hashes`]).
    pub fn feats_sym_hashed(&self, lower: u64, class: u16) -> &Sym {
        let id = self
            .feats_by_word
            .get(&f2(0xfea7, class as u64, lower))
            .copied()
            .unwrap_or(self.feats_by_class[class as usize]);
        &self.feats_syms[id as usize]
    }

    /// FEATS string of `form` with class `class`.
    pub fn feats(&self, form: &str, class: u16) -> &str {
        self.feats_sym(form, class).as_str()
    }

    /// FEATS of `form` with class `class` as a layer value.
    pub fn feats_sym(&self, form: &str, class: u16) -> &Sym {
        self.feats_sym_hashed(hash_lower(form), class)
    }

    /// The same model scoring with its exact i16 weights instead of the i8
    /// inference tables (what training uses; see [`Table`]).
    pub fn with_exact_weights(mut self) -> Tagger {
        self.table = self.table.to_exact();
        self
    }

    /// Serializes the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.var(self.classes.len() as u64);
        for c in &self.classes {
            w.str(&c.xpos);
            w.str(&c.upos);
        }
        w.table(&self.table);
        let mut d: Vec<_> = self.tagdict.iter().collect();
        d.sort();
        w.var(d.len() as u64);
        for (k, v) in d {
            w.u64(*k);
            w.var(*v as u64);
        }
        self.lemmatizer.write(&mut w);
        w.strs(&self.feats_strings);
        let mut d: Vec<_> = self.feats_by_word.iter().collect();
        d.sort();
        w.var(d.len() as u64);
        for (k, v) in d {
            w.u64(*k);
            w.var(*v as u64);
        }
        for &v in &self.feats_by_class {
            w.var(v as u64);
        }
        self.lex.clusters.write(&mut w);
        let mut d: Vec<_> = self.lex.amb.iter().collect();
        d.sort();
        w.var(d.len() as u64);
        for (k, v) in d {
            w.u64(*k);
            w.u64(*v);
        }
        w.finish(KIND)
    }

    /// Loads a model written by [`Tagger::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        let mut r = Reader::open(bytes, KIND)?;
        let n = r.var()? as usize;
        let mut classes = Vec::with_capacity(n);
        for _ in 0..n {
            let x = r.str()?;
            let u = r.str()?;
            classes.push(TagClass::new(&x, &u));
        }
        let table = r.table()?;
        if table.cols() != n {
            return Err(ModelError(format!(
                "tagger table has {} columns for {n} classes",
                table.cols()
            )));
        }
        let bad = |v: usize, lim: usize| {
            if v < lim {
                Ok(())
            } else {
                Err(ModelError(format!("id {v} out of range {lim}")))
            }
        };
        let m = r.var()? as usize;
        let mut tagdict = HMap::default();
        for _ in 0..m {
            let k = r.u64()?;
            let v = r.var()? as usize;
            bad(v, n)?;
            tagdict.insert(k, v as u16);
        }
        let lemmatizer = Lemmatizer::read(&mut r)?;
        let feats_strings = r.strs()?;
        let m = r.var()? as usize;
        let mut feats_by_word = HMap::default();
        for _ in 0..m {
            let k = r.u64()?;
            let v = r.var()? as usize;
            bad(v, feats_strings.len())?;
            feats_by_word.insert(k, v as u16);
        }
        let mut feats_by_class = Vec::with_capacity(n);
        for _ in 0..n {
            let v = r.var()? as usize;
            bad(v, feats_strings.len())?;
            feats_by_class.push(v as u16);
        }
        let clusters = Clusters::read(&mut r)?;
        let m = r.var()? as usize;
        let mut amb = HMap::default();
        for _ in 0..m {
            let k = r.u64()?;
            amb.insert(k, r.u64()?);
        }
        r.end()?;
        let lex = Lexicon::new(clusters, amb, &tagdict);
        Ok(Tagger {
            classes,
            table,
            tagdict,
            lemmatizer,
            feats_syms: feats_strings.iter().map(|f| leak_sym(f)).collect(),
            feats_strings,
            feats_by_word,
            feats_by_class,
            lex,
            id: next_id(),
        })
    }

    /// Trains a tagger; `log` receives one line per epoch with dev scores.
    /// The epoch with the best dev XPOS+UPOS accuracy is kept.
    /// `clusters` (possibly empty) become features and are stored in the model.
    pub fn train(
        train: &[UdSentence],
        dev: &[UdSentence],
        opts: &TrainOpts,
        rows_log2: u32,
        clusters: &Clusters,
        log: &mut dyn FnMut(&str),
    ) -> Tagger {
        Self::train_with_dict(
            train,
            dev,
            opts,
            rows_log2,
            clusters,
            TagDictOpts::default(),
            log,
        )
    }

    /// [`Tagger::train`] with the given tag-dictionary thresholds.
    pub fn train_with_dict(
        train: &[UdSentence],
        dev: &[UdSentence],
        opts: &TrainOpts,
        rows_log2: u32,
        clusters: &Clusters,
        dict: TagDictOpts,
        log: &mut dyn FnMut(&str),
    ) -> Tagger {
        // Classes.
        let mut counts: HashMap<(&str, &str), usize> = HashMap::new();
        for s in train {
            for w in &s.words {
                *counts
                    .entry((w.xpos.as_str(), w.upos.as_str()))
                    .or_default() += 1;
            }
        }
        let mut cl: Vec<_> = counts
            .iter()
            .filter(|&(_, &n)| n >= 2)
            .map(|(&k, &n)| (k, n))
            .collect();
        cl.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let classes: Vec<TagClass> = cl.iter().map(|((x, u), _)| TagClass::new(x, u)).collect();
        let mut index: HashMap<(&str, &str), u16> = cl
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (*k, i as u16))
            .collect();
        for &(x, u) in counts.keys() {
            if let std::collections::hash_map::Entry::Vacant(e) = index.entry((x, u)) {
                let alt = cl
                    .iter()
                    .position(|((cx, _), _)| *cx == x)
                    .or_else(|| cl.iter().position(|((_, cu), _)| *cu == u))
                    .unwrap_or(0);
                e.insert(alt as u16);
            }
        }
        let gold = |s: &UdSentence| -> Vec<u16> {
            s.words
                .iter()
                .map(|w| index[&(w.xpos.as_str(), w.upos.as_str())])
                .collect()
        };
        let train_gold: Vec<Vec<u16>> = train.iter().map(gold).collect();
        let nc = classes.len();

        // Tag dictionary: frequent, (almost) unambiguous exact forms.
        let mut wc: HashMap<&str, HashMap<u16, usize>> = HashMap::new();
        for (s, g) in train.iter().zip(&train_gold) {
            for (w, &c) in s.words.iter().zip(g) {
                *wc.entry(w.form.as_str()).or_default().entry(c).or_default() += 1;
            }
        }
        let mut tagdict = HMap::default();
        for (form, c) in &wc {
            let total: usize = c.values().sum();
            let (&best, &n) = c
                .iter()
                .max_by_key(|&(&k, &n)| (n, std::cmp::Reverse(k)))
                .unwrap();
            if total >= dict.min_count && n as f64 / total as f64 >= dict.min_share {
                tagdict.insert(hash_str(form), best);
            }
        }

        // Lemmatizer.
        let items = train.iter().zip(&train_gold).flat_map(|(s, g)| {
            s.words
                .iter()
                .zip(g)
                .map(|(w, &c)| (w.form.as_str(), c, w.lemma.as_str()))
        });
        let lemmatizer = Lemmatizer::train(items);

        // FEATS tables.
        let mut fs_ids: HashMap<&str, u16> = HashMap::new();
        let mut feats_strings: Vec<String> = Vec::new();
        let mut by_class: Vec<HashMap<u16, usize>> = vec![HashMap::new(); nc];
        let mut by_word: HashMap<u64, HashMap<u16, usize>> = HashMap::new();
        for (s, g) in train.iter().zip(&train_gold) {
            for (w, &c) in s.words.iter().zip(g) {
                let id = *fs_ids.entry(w.feats.as_str()).or_insert_with(|| {
                    feats_strings.push(w.feats.clone());
                    feats_strings.len() as u16 - 1
                });
                *by_class[c as usize].entry(id).or_default() += 1;
                *by_word
                    .entry(f2(0xfea7, c as u64, hash_lower(&w.form)))
                    .or_default()
                    .entry(id)
                    .or_default() += 1;
            }
        }
        if feats_strings.is_empty() {
            feats_strings.push("_".into());
        }
        let best = |m: &HashMap<u16, usize>| {
            m.iter()
                .max_by_key(|&(&k, &n)| (n, std::cmp::Reverse(k)))
                .map(|(&k, _)| k)
                .unwrap_or(0)
        };
        let feats_by_class: Vec<u16> = by_class.iter().map(best).collect();
        let mut feats_by_word = HMap::default();
        for (k, m) in &by_word {
            feats_by_word.insert(*k, best(m));
        }
        // Keep only the words whose best FEATS differ from their class default.
        let mut pruned = HMap::default();
        for (s, g) in train.iter().zip(&train_gold) {
            for (w, &c) in s.words.iter().zip(g) {
                let k = f2(0xfea7, c as u64, hash_lower(&w.form));
                if let Some(&b) = feats_by_word.get(&k)
                    && b != feats_by_class[c as usize]
                {
                    pruned.insert(k, b);
                }
            }
        }

        // Ambiguity classes: the classes a lowercase word takes in ≥ 5 % of its
        // (≥ 2) training occurrences.
        let mut lw: HMap<HashMap<u16, usize>> = HMap::default();
        for (s, g) in train.iter().zip(&train_gold) {
            for (w, &c) in s.words.iter().zip(g) {
                *lw.entry(hash_lower(&w.form))
                    .or_default()
                    .entry(c)
                    .or_default() += 1;
            }
        }
        let mut amb = HMap::default();
        for (k, m) in &lw {
            let total: usize = m.values().sum();
            if total < 2 {
                continue;
            }
            let mut cs: Vec<u16> = m
                .iter()
                .filter(|&(_, &n)| n * 20 >= total)
                .map(|(&c, _)| c)
                .collect();
            cs.sort();
            let h = cs
                .iter()
                .fold(0xA3B1_0000u64, |h, &c| fmix(h ^ (c as u64 + 1)));
            amb.insert(*k, h);
        }

        let lex = Lexicon::new(clusters.clone(), amb, &tagdict);
        let mut tagger = Tagger {
            classes,
            table: Table::zeros(1, nc),
            tagdict,
            lemmatizer,
            feats_syms: feats_strings.iter().map(|f| leak_sym(f)).collect(),
            feats_strings,
            feats_by_word: pruned,
            feats_by_class,
            lex,
            id: next_id(),
        };
        let (r, k, e) = tagger.lemmatizer.sizes();
        log(&format!(
            "tagger: {} classes, {} tag-dictionary words, lemmatizer {r} rules / {k} suffix keys / {e} exceptions, {} word FEATS, {} ambiguity classes, {} clustered words",
            nc,
            tagger.tagdict.len(),
            tagger.feats_by_word.len(),
            tagger.lex.amb.len(),
            tagger.lex.clusters.len()
        ));

        let mut w = Averaged::new(1 << rows_log2, nc);
        let mut rng = Rng::new(opts.seed);
        let mut order: Vec<usize> = (0..train.len()).collect();
        let mut toks = Vec::new();
        let mut feats = Vec::new();
        let mut acc = vec![0f32; nc];
        let mut forms: Vec<&str> = Vec::new();
        let mut best_score = -1.0;
        let mut best_table = None;
        for epoch in 1..=opts.epochs {
            rng.shuffle(&mut order);
            let (mut right, mut total) = (0usize, 0usize);
            for &si in &order {
                let s = &train[si];
                let g = &train_gold[si];
                forms.clear();
                forms.extend(s.words.iter().map(|w| w.form.as_str()));
                prepare(&forms, &mut toks, &tagger.lex);
                let (mut p1, mut p2) = (START, START ^ 1);
                for i in 0..forms.len() {
                    let gold = g[i] as usize;
                    let pred = if let Some(&c) = tagger.tagdict.get(&toks[i + PAD].exact) {
                        c as usize
                    } else {
                        toks[i + PAD].affixes(forms[i], i == 0);
                        features(&toks, i + PAD, p1, p2, &mut feats);
                        w.score(&feats, &mut acc);
                        let p = crate::argmax(&acc);
                        w.tick();
                        if p != gold {
                            w.update(&feats, gold, 1.0);
                            w.update(&feats, p, -1.0);
                        }
                        p
                    };
                    right += (pred == gold) as usize;
                    total += 1;
                    p2 = p1;
                    p1 = class_hash(pred);
                }
            }
            tagger.table = w.finalize(0.0);
            let d = tagger.evaluate(dev);
            log(&format!(
                "tagger epoch {epoch}: train acc {:.4} | dev UPOS {:.4} XPOS {:.4} UFeats {:.4} Lemma {:.4}",
                right as f64 / total.max(1) as f64,
                d.upos,
                d.xpos,
                d.feats,
                d.lemma
            ));
            let score = d.upos + d.xpos;
            if score > best_score {
                best_score = score;
                best_table = Some(tagger.table.clone());
            }
        }
        if let Some(t) = best_table {
            tagger.table = t;
        }
        tagger
    }

    /// Tagging accuracy on gold sentences (gold tokenization).
    pub fn evaluate(&self, gold: &[UdSentence]) -> TagScores {
        let mut s = TagScratch::default();
        let mut out = Vec::new();
        let mut lemma = String::new();
        let mut sc = TagScores::default();
        let mut n = 0usize;
        for sent in gold {
            let forms: Vec<&str> = sent.words.iter().map(|w| w.form.as_str()).collect();
            self.tag(&forms, &mut s, &mut out);
            for (w, &c) in sent.words.iter().zip(&out) {
                let cl = &self.classes[c as usize];
                sc.upos += (cl.upos == w.upos) as u8 as f64;
                sc.xpos += (cl.xpos == w.xpos) as u8 as f64;
                sc.feats += (self.feats(&w.form, c) == w.feats) as u8 as f64;
                self.lemma(&w.form, c, &mut lemma);
                sc.lemma += (lemma == w.lemma) as u8 as f64;
                n += 1;
            }
        }
        let n = n.max(1) as f64;
        sc.upos /= n;
        sc.xpos /= n;
        sc.feats /= n;
        sc.lemma /= n;
        sc
    }
}

/// Tagger accuracies.
#[derive(Clone, Copy, Debug, Default)]
pub struct TagScores {
    /// UPOS accuracy.
    pub upos: f64,
    /// XPOS accuracy.
    pub xpos: f64,
    /// Exact FEATS accuracy.
    pub feats: f64,
    /// Lemma accuracy.
    pub lemma: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_pass_ascii_hashes_are_the_separate_hashes() {
        let words = [
            "",
            "a",
            "The",
            "USA",
            "covid-19",
            "COVID19",
            "x1y2",
            "9/11",
            "Kyiv's",
            "e.g.",
            "--",
            "McDonald",
            "3.5bn",
            "ABCdefGHI",
            "\t",
            "~^_`",
            "o'clock",
            "A1-B2",
        ];
        for w in words {
            assert_eq!(
                ascii_word_hashes(w.as_bytes()),
                (hash_lower(w), cluster_key(w), hash_str(w), hash_shape(w)),
                "{w:?}"
            );
        }
        // every ASCII byte, alone and after a letter and a digit
        for x in 0u8..128 {
            for w in [vec![x], vec![b'A', x], vec![b'7', x, x]] {
                let w = std::str::from_utf8(&w).unwrap();
                assert_eq!(
                    ascii_word_hashes(w.as_bytes()),
                    (hash_lower(w), cluster_key(w), hash_str(w), hash_shape(w)),
                    "{w:?}"
                );
            }
        }
    }

    #[test]
    fn ascii_affixes_are_the_char_by_char_affixes() {
        let tok = |w: &str, first: bool, ascii: bool| {
            let mut t = TokF::pad(0);
            if ascii {
                t.affixes_ascii(w.as_bytes(), first);
            } else {
                t.affixes_any(w, first);
            }
            let s3 = hash_lower_ascii(&w.as_bytes()[w.len().saturating_sub(3)..]);
            assert_eq!(s3, hash_lower(&w[suffix_start(w, 3)..]), "{w:?}");
            (t.flags, t.s1, t.s2, t.s4, t.p1, t.p3)
        };
        let words = [
            "",
            "a",
            "I",
            "is",
            "The",
            "USA",
            "NATO's",
            "covid-19",
            "COVID19",
            "x1y2",
            "9/11",
            "e.g.",
            "--",
            "-",
            "McDonald",
            "3.5bn",
            "ABCdefGHI",
            "o'clock",
            "A1-B2",
            "12",
            "\t",
            "internationalization",
        ];
        for w in words {
            for first in [false, true] {
                assert_eq!(tok(w, first, true), tok(w, first, false), "{w:?}");
            }
        }
        // every ASCII byte, alone, first and last in a word, and in the middle
        for x in 0u8..128 {
            for w in [
                vec![x],
                vec![x, b'b', b'C'],
                vec![b'Z', b'9', x],
                vec![b'q', x, b'-', b'R'],
            ] {
                let w = std::str::from_utf8(&w).unwrap();
                assert_eq!(tok(w, false, true), tok(w, false, false), "{w:?}");
            }
        }
        // the flags themselves, for a few words
        assert_eq!(tok("USA", true, true).0, 1 | 2 | 16);
        assert_eq!(tok("covid-19", false, true).0, 4 | 8);
        assert_eq!(tok("", false, true).0, 16);
    }

    #[test]
    fn split_features_are_the_full_features() {
        let mut rng = Rng::new(7);
        let mut toks: Vec<TokF> = (0..9).map(|_| TokF::pad(rng.next_u64())).collect();
        for t in &mut toks {
            (t.s1, t.s2, t.s4, t.p1, t.p3, t.flags) = (
                rng.next_u64(),
                rng.next_u64(),
                rng.next_u64(),
                rng.next_u64(),
                rng.next_u64(),
                rng.next_u64() & 31,
            );
            (t.cf, t.cc, t.amb, t.exact, t.shape) = (
                rng.next_u64(),
                rng.next_u64(),
                rng.next_u64(),
                rng.next_u64(),
                rng.next_u64(),
            );
        }
        let (mut full, mut free, mut prev) = (Vec::new(), Vec::new(), Vec::new());
        for i in 2..7 {
            let (p1, p2) = (rng.next_u64(), rng.next_u64());
            features(&toks, i, p1, p2, &mut full);
            features_free(&toks, i, &mut free);
            features_prev(&toks, i, p1, p2, &mut prev);
            let mut split: Vec<u64> = free.iter().chain(&prev).copied().collect();
            split.sort_unstable();
            full.sort_unstable();
            assert_eq!(split, full);
            // the context-free part does not move with the previous classes
            let mut again = Vec::new();
            features_free(&toks, i, &mut again);
            assert_eq!(again, free);
            features_prev(&toks, i, p1 ^ 1, p2, &mut again);
            assert_ne!(again, prev);
        }
    }
}
