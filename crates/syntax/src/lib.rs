//! Chronicle's syntax stage: part-of-speech tags (UPOS, XPOS), morphological
//! features, lemmas and labelled dependency trees (Universal Dependencies),
//! from models trained on UD English (see `docs/syntax.md` and
//! `data/models/MANIFEST.md`).
//!
//! ```no_run
//! # fn main() -> Result<(), chronicle_syntax::ModelError> {
//! let syntax = chronicle_syntax::Syntax::embedded()?;
//! # let doc: chronicle_doc::Doc = unimplemented!();
//! let (tags, deps) = syntax.annotate(&doc); // parallel to doc.tokens
//! # Ok(()) }
//! ```
//!
//! The crate does no IO: models are loaded from bytes (embedded with
//! `include_bytes!` under the default `embedded-models` feature, or read by
//! the caller from a path), and training works on parsed CoNLL-U.
#![deny(missing_docs)]

pub mod clusters;
pub mod eval;
pub mod hash;
mod huge;
pub mod lemma;
pub mod model;
pub mod parser;
pub mod tagger;

use chronicle_doc::{Dep, Doc, Sym, Tag};
pub use model::ModelError;
pub use parser::{ParseScratch, Parser, ParserInput};
pub use tagger::{TagDictOpts, TagScratch, Tagger, TrainOpts};

/// The embedded default tagger model (`data/models/tagger.bin`, its payload
/// stored uncompressed by the build script: `model::Writer::finish_stored`).
/// A `static`, not a `const`: each crate that used the `const` got its own
/// copy of the bytes (the binary held both models twice, 16 MB).
#[cfg(feature = "embedded-models")]
pub static EMBEDDED_TAGGER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/tagger.bin"));
/// The embedded default parser model: the lean greedy parser (79 transition /
/// 40 relation templates, the mean of three seed runs on EWT train;
/// `scripts/train-syntax-lean.sh`), which parses about a quarter faster than the
/// full-template `data/models/parser.bin` at the same accuracy (EWT test LAS
/// 82.10 vs 82.14, GUM test 79.08 vs 78.54; docs/syntax.md). The full file stays
/// available with `--parser data/models/parser.bin`. Its payload is stored
/// uncompressed, as the tagger's.
#[cfg(feature = "embedded-models")]
pub static EMBEDDED_PARSER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/parser.bin"));

/// Tagger + parser.
pub struct Syntax {
    /// The tagger (with lemmatizer and FEATS tables).
    pub tagger: Tagger,
    /// The dependency parser.
    pub parser: Parser,
}

impl std::fmt::Debug for Syntax {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Syntax")
            .field("tag_classes", &self.tagger.classes().len())
            .field("relations", &self.parser.labels().len())
            .finish()
    }
}

/// Reusable buffers for [`Syntax::analyze`] (one per thread).
#[derive(Default)]
pub struct Scratch {
    /// Tagger buffers.
    pub tag: TagScratch,
    /// Parser buffers (the last tree is in `parse.state`).
    pub parse: ParseScratch,
    /// Tag class of each word of the last sentence.
    pub classes: Vec<u16>,
    words: Vec<u64>,
    xpos: Vec<u64>,
    upos: Vec<u64>,
    cf: Vec<u64>,
    cc: Vec<u64>,
    exact: Vec<u64>,
    lemma: String,
    memo: WordMemo,
}

impl Syntax {
    /// Loads a tagger and a parser from model bytes.
    /// The two models load side by side (the parser on a second thread):
    /// each is decompressed and its tables built independently.
    pub fn from_bytes(tagger: &[u8], parser: &[u8]) -> Result<Syntax, ModelError> {
        std::thread::scope(|s| {
            let p = s.spawn(|| Parser::from_bytes(parser));
            let tagger = Tagger::from_bytes(tagger);
            let parser = p.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            Ok(Syntax {
                tagger: tagger?,
                parser: parser?,
            })
        })
    }

    /// The embedded default models, loaded once per process (later calls
    /// return the same shared instance).
    #[cfg(feature = "embedded-models")]
    pub fn embedded() -> Result<std::sync::Arc<Syntax>, ModelError> {
        static CELL: std::sync::OnceLock<Result<std::sync::Arc<Syntax>, ModelError>> =
            std::sync::OnceLock::new();
        CELL.get_or_init(|| {
            Syntax::from_bytes(EMBEDDED_TAGGER, EMBEDDED_PARSER).map(std::sync::Arc::new)
        })
        .clone()
    }

    /// Tags and parses one sentence given its word forms. Results are left in
    /// `s.classes` (tag class ids) and `s.parse.state` (heads: `n` = root;
    /// relation ids into `self.parser.labels()`).
    pub fn analyze(&self, forms: &[&str], s: &mut Scratch, parse: bool) {
        self.tagger.tag(forms, &mut s.tag, &mut s.classes);
        if !parse {
            return;
        }
        let cl = self.tagger.classes();
        s.words.clear();
        s.words.extend(self.tagger.word_hashes(&s.tag));
        s.xpos.clear();
        s.xpos
            .extend(s.classes.iter().map(|&c| cl[c as usize].xpos_hash));
        s.upos.clear();
        s.upos
            .extend(s.classes.iter().map(|&c| cl[c as usize].upos_hash));
        s.cf.clear();
        s.cc.clear();
        for (f, c) in self.tagger.cluster_hashes(&s.tag) {
            s.cf.push(f);
            s.cc.push(c);
        }
        self.parser.parse(
            &ParserInput {
                words: &s.words,
                xpos: &s.xpos,
                upos: &s.upos,
                cf: &s.cf,
                cc: &s.cc,
            },
            &mut s.parse,
        );
    }

    /// Annotates a tokenized, sentence-split Doc: returns the tag and
    /// dependency layers, parallel to `doc.tokens` (heads are global token
    /// indices). Tokens outside every sentence are analysed as their own
    /// stretch. A Doc without tokens gives empty layers.
    ///
    /// Buffers are kept per thread between calls.
    pub fn annotate(&self, doc: &Doc) -> (Vec<Tag>, Vec<Dep>) {
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
        }
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut s) => self.annotate_with(doc, &mut s),
            Err(_) => self.annotate_with(doc, &mut Scratch::default()),
        })
    }

    /// [`Syntax::annotate`] with caller-provided buffers.
    pub fn annotate_with(&self, doc: &Doc, s: &mut Scratch) -> (Vec<Tag>, Vec<Dep>) {
        let n = doc.tokens().len();
        let mut tags = Vec::with_capacity(n);
        let mut deps = Vec::with_capacity(n);
        let mut forms: Vec<&str> = Vec::new();
        let mut ranges = Vec::new();
        let mut at = 0usize;
        for sent in doc.sentences() {
            let r = sent.tokens.range();
            if r.start > at {
                ranges.push(at..r.start.min(n));
            }
            if r.start >= at && r.end <= n && r.start < r.end {
                ranges.push(r.clone());
                at = r.end;
            }
        }
        if at < n {
            ranges.push(at..n);
        }
        let cl = self.tagger.classes();
        let labels = self.parser.label_syms();
        let root = Sym::new_static("root");
        let mut exact = std::mem::take(&mut s.exact);
        let mut lemma = std::mem::take(&mut s.lemma);
        let mut memo = std::mem::take(&mut s.memo);
        memo.reset_for(self.tagger.id());
        for r in ranges {
            forms.clear();
            forms.extend(r.clone().map(|i| doc.token_norm(i)));
            self.analyze(&forms, s, true);
            exact.clear();
            exact.extend(self.tagger.exact_hashes(&s.tag));
            let len = forms.len() as u32;
            for (k, &c) in s.classes.iter().enumerate() {
                // the memo slot a few words on, loaded while this word is done
                if let (Some(&e), Some(&c2)) = (exact.get(k + 4), s.classes.get(k + 4)) {
                    memo.prefetch(e, c2);
                }
                let class = &cl[c as usize];
                let (lemma, feats) =
                    memo.get(&self.tagger, forms[k], exact[k], s.words[k], c, &mut lemma);
                tags.push(Tag {
                    upos: class.upos_sym.clone(),
                    xpos: class.xpos_sym.clone(),
                    lemma,
                    feats,
                });
                let h = s.parse.state.heads[k];
                deps.push(Dep {
                    head: (h < len).then(|| r.start as u32 + h),
                    rel: if h < len {
                        labels[s.parse.state.labels[k] as usize].clone()
                    } else {
                        root.clone()
                    },
                });
            }
        }
        s.exact = exact;
        s.lemma = lemma;
        s.memo = memo;
        (tags, deps)
    }
}

/// Lemma and FEATS of recently seen (word, tag class) pairs, which depend on
/// the form and the class only: a direct-mapped table indexed by the
/// exact-form hash the tagger computed already, so a frequent word skips the
/// lemmatizer's exception and suffix probes and the FEATS lookup (several
/// random reads into large tables) for one read here. A slot keeps the form
/// itself (forms of up to [`Sym::INLINE`] bytes are remembered) and is used
/// only when it is equal, so the answer is always the tagger's own. Valid
/// for one tagger ([`Tagger::id`]).
#[derive(Default)]
struct WordMemo {
    tagger: u64,
    slots: Vec<MemoSlot>,
}

#[derive(Clone, Default)]
struct MemoSlot {
    class: u16,
    /// Form length; 0 = empty slot (empty forms are not remembered).
    len: u8,
    form: [u8; Sym::INLINE],
    lemma: Sym,
    feats: Sym,
}

impl WordMemo {
    const SLOTS: usize = 1 << 15;

    fn reset_for(&mut self, id: u64) {
        if self.tagger != id || self.slots.is_empty() {
            self.slots.clear();
            self.slots.resize(Self::SLOTS, MemoSlot::default());
            self.tagger = id;
        }
    }

    #[inline]
    fn slot(&self, exact: u64, class: u16) -> usize {
        let key = hash::fmix(exact ^ (class as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        key as usize & (Self::SLOTS - 1)
    }

    /// Hints the CPU to load the slot of (`exact`, `class`).
    #[inline]
    fn prefetch(&self, exact: u64, class: u16) {
        if let Some(slot) = self.slots.get(self.slot(exact, class)) {
            hash::prefetch(slot);
        }
    }

    /// Lemma and FEATS of `form` tagged `class`; `exact` and `lower` are its
    /// [`hash::hash_str`] and [`hash::hash_lower`].
    #[inline]
    fn get(
        &mut self,
        tagger: &Tagger,
        form: &str,
        exact: u64,
        lower: u64,
        class: u16,
        buf: &mut String,
    ) -> (Sym, Sym) {
        let i = self.slot(exact, class);
        let slot = &mut self.slots[i];
        let b = form.as_bytes();
        if slot.len as usize == b.len() && slot.class == class && &slot.form[..b.len()] == b {
            return (slot.lemma.clone(), slot.feats.clone());
        }
        tagger.lemma_hashed(form, exact, class, buf);
        let lemma = Sym::new(buf);
        let feats = tagger.feats_sym_hashed(lower, class).clone();
        if !b.is_empty() && b.len() <= Sym::INLINE {
            slot.class = class;
            slot.len = b.len() as u8;
            slot.form[..b.len()].copy_from_slice(b);
            slot.lemma = lemma.clone();
            slot.feats = feats.clone();
        }
        (lemma, feats)
    }
}

/// Index of the first highest score (the tagger's and parser's decisions).
#[inline]
pub(crate) fn argmax<T: PartialOrd + Copy>(acc: &[T]) -> usize {
    let mut best = 0;
    for (i, &v) in acc.iter().enumerate() {
        if v > acc[best] {
            best = i;
        }
    }
    best
}

/// [`argmax`] for integer scores (inference): the maximum first, in a loop
/// without branches that the compiler vectorizes, then the first index that
/// holds it — the same index as [`argmax`], without its compare-and-branch
/// per class, which the predictor misses often on ~100 close tag scores.
#[inline]
pub(crate) fn argmax_i32(acc: &[i32]) -> usize {
    let m = acc.iter().fold(i32::MIN, |m, &v| m.max(v));
    acc.iter().position(|&v| v == m).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_doc::conllu::{parse, to_doc};

    const FIXTURE: &str = "\
1\tRebels\trebel\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_
2\tattacked\tattack\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t4\tdet\t_\t_
4\tconvoy\tconvoy\tNOUN\tNN\tNumber=Sing\t2\tobj\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tKyiv\tKyiv\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_
2\tsaid\tsay\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
3\tMoscow\tMoscow\tPROPN\tNNP\tNumber=Sing\t4\tnsubj\t_\t_
4\tlied\tlie\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t2\tccomp\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_
2\tarmy\tarmy\tNOUN\tNN\tNumber=Sing\t3\tnsubj\t_\t_
3\tdeployed\tdeploy\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
4\ttroops\ttroop\tNOUN\tNNS\tNumber=Plur\t3\tobj\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

";

    fn tiny() -> (Vec<u8>, Vec<u8>) {
        let sents = parse(FIXTURE).unwrap();
        let opts = TrainOpts { epochs: 5, seed: 7 };
        // Clusters learned from the fixture's own words (exercises the
        // cluster features and their storage in the tagger model).
        let words: Vec<Vec<&str>> = sents
            .iter()
            .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
            .collect();
        let copts = clusters::ClusterOpts {
            min_count: 1,
            fine: 4,
            coarse: 2,
            ..Default::default()
        };
        let cl = clusters::Clusters::build(|| words.iter().cloned(), &copts, &mut |_| {});
        assert!(!cl.is_empty());
        let t = Tagger::train(&sents, &sents, &opts, 10, &cl, &mut |_| {});
        assert_eq!(t.clusters(), &cl);
        let tags: Vec<_> = sents.iter().map(parser::gold_tag_hashes).collect();
        let (p, stats) = Parser::train(&sents, &tags, &sents, &tags, &opts, (12, 10), &mut |_| {});
        assert_eq!(stats.lifted_arcs, 0);
        (t.to_bytes(), p.to_bytes())
    }

    #[test]
    fn integer_argmax_picks_the_first_highest_score_as_argmax_does() {
        // small value ranges force ties; the first of the tied maxima wins
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for n in 0..130usize {
            for range in [1i64, 3, 1000] {
                let v: Vec<i32> = (0..n)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 7;
                        x ^= x << 17;
                        ((x % (2 * range as u64 + 1)) as i64 - range) as i32
                    })
                    .collect();
                assert_eq!(argmax_i32(&v), argmax(&v), "{v:?}");
            }
        }
        assert_eq!(argmax_i32(&[]), 0);
        assert_eq!(argmax_i32(&[i32::MIN, i32::MIN]), 0);
        assert_eq!(argmax_i32(&[-5, 7, 2, 7]), 1);
    }

    #[test]
    fn a_looser_tag_dictionary_tags_its_words_without_the_model() {
        let sents = parse(FIXTURE).unwrap();
        // no training epoch: only the dictionary can tag a word right
        let opts = TrainOpts { epochs: 0, seed: 7 };
        let cl = clusters::Clusters::default();
        let strict = Tagger::train(&sents, &sents, &opts, 10, &cl, &mut |_| {});
        let dict = TagDictOpts {
            min_count: 1,
            min_share: 1.0,
        };
        let loose = Tagger::train_with_dict(&sents, &sents, &opts, 10, &cl, dict, &mut |_| {});
        let mut s = TagScratch::default();
        let mut out = Vec::new();
        strict.tag(
            &["The", "army", "deployed", "troops", "."],
            &mut s,
            &mut out,
        );
        // the default thresholds (20 occurrences) admit no fixture word
        assert!(out.iter().all(|&c| c == out[0]), "{out:?}");
        let (a, b) = (strict.evaluate(&sents).upos, loose.evaluate(&sents).upos);
        assert!(a < 0.5 && b > 0.9, "{a} {b}");
        // the dictionary is stored with the model
        let again = Tagger::from_bytes(&loose.to_bytes()).unwrap();
        assert_eq!(again.evaluate(&sents).upos, b);
    }

    #[test]
    fn trained_models_round_trip_and_fit_their_data() {
        let (tb, pb) = tiny();
        let a = Syntax::from_bytes(&tb, &pb).unwrap();
        let b = Syntax::from_bytes(&a.tagger.to_bytes(), &a.parser.to_bytes()).unwrap();
        assert_eq!(a.tagger.clusters(), b.tagger.clusters());
        assert!(
            !b.tagger.clusters().is_empty(),
            "clusters survive the model file"
        );
        let mut doc = to_doc(&parse(FIXTURE).unwrap(), "t");
        let gold_tags = doc.tags.take().unwrap();
        let gold_deps = doc.deps.take().unwrap();
        let (tags, deps) = a.annotate(&doc);
        assert_eq!(
            (tags.clone(), deps.clone()),
            b.annotate(&doc),
            "reloaded model predicts the same"
        );
        assert_eq!(tags, gold_tags, "a perceptron fits three sentences");
        assert_eq!(deps, gold_deps);
        assert!(Syntax::from_bytes(&pb, &tb).is_err(), "kinds are checked");
        assert!(
            Tagger::from_bytes(&tb[..tb.len() / 2]).is_err(),
            "truncation is detected"
        );
    }

    #[test]
    fn the_word_memo_gives_each_tagger_its_own_answers() {
        let (tb, pb) = tiny();
        let a = Syntax::from_bytes(&tb, &pb).unwrap();
        let b = Syntax::from_bytes(&tb, &pb).unwrap();
        assert_ne!(a.tagger.id(), b.tagger.id());
        let doc = to_doc(&parse(FIXTURE).unwrap(), "t");
        let fresh = a.annotate_with(&doc, &mut Scratch::default());
        // a warm scratch (every word remembered) answers as a fresh one
        let mut s = Scratch::default();
        let first = a.annotate_with(&doc, &mut s);
        assert!(s.memo.slots.iter().any(|m| m.len > 0), "words remembered");
        assert_eq!(a.annotate_with(&doc, &mut s), first);
        assert_eq!(first, fresh);
        // the thread's own scratch too, across calls
        assert_eq!(a.annotate(&doc), fresh);
        assert_eq!(a.annotate(&doc), fresh);
        // a slot holding another word of the same hash slot is not used: fill
        // every slot with a wrong lemma for a different form of equal length
        for m in s.memo.slots.iter_mut() {
            if m.len > 0 {
                m.form[0] ^= 0x20;
                m.lemma = Sym::new("WRONG");
            }
        }
        assert_eq!(a.annotate_with(&doc, &mut s), fresh);
        // another tagger empties the memo first
        for m in s.memo.slots.iter_mut() {
            m.lemma = Sym::new("WRONG");
        }
        assert_eq!(b.annotate_with(&doc, &mut s), fresh);
        assert!(s.memo.slots.iter().all(|m| m.lemma.as_str() != "WRONG"));
    }

    #[test]
    fn annotate_handles_empty_and_unsplit_docs() {
        let (tb, pb) = tiny();
        let s = Syntax::from_bytes(&tb, &pb).unwrap();
        let mut doc = to_doc(&parse(FIXTURE).unwrap(), "t");
        let n = doc.tokens().len();
        doc.sentences = None;
        let (tags, deps) = s.annotate(&doc);
        assert_eq!((tags.len(), deps.len()), (n, n));
        assert_eq!(
            deps.iter().filter(|d| d.head.is_none()).count(),
            1,
            "one stretch, one root"
        );
        doc.tokens = None;
        assert_eq!(s.annotate(&doc), (vec![], vec![]));
    }
}
