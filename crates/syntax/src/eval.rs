//! UD evaluation with gold tokenization (CoNLL 2018 definitions: every word
//! counts, punctuation included; LAS compares universal relation types).

use crate::Syntax;
use crate::parser::universal;
use chronicle_doc::conllu::{UdSentence, to_doc};

/// Scores of one evaluation run (all in 0..=1).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct UdScores {
    /// Words evaluated.
    pub words: usize,
    /// Sentences evaluated.
    pub sentences: usize,
    /// UPOS accuracy.
    pub upos: f64,
    /// XPOS accuracy.
    pub xpos: f64,
    /// Exact FEATS accuracy.
    pub ufeats: f64,
    /// Lemma accuracy.
    pub lemma: f64,
    /// Unlabelled attachment score.
    pub uas: f64,
    /// Labelled attachment score on universal relations.
    pub las: f64,
    /// Labelled attachment score on full relations (with subtypes).
    pub las_full: f64,
}

/// Runs `syntax` over the gold sentences (through a gold-tokenized Doc) and
/// scores it against the gold annotation.
pub fn evaluate(syntax: &Syntax, gold: &[UdSentence]) -> UdScores {
    let mut doc = to_doc(gold, "eval");
    let gold_tags = doc.tags.take().unwrap_or_default();
    let gold_deps = doc.deps.take().unwrap_or_default();
    let (tags, deps) = syntax.annotate(&doc);
    let mut sc = UdScores { words: gold_tags.len(), sentences: gold.len(), ..UdScores::default() };
    for i in 0..gold_tags.len() {
        let (g, p) = (&gold_tags[i], &tags[i]);
        sc.upos += (g.upos == p.upos) as u8 as f64;
        sc.xpos += (g.xpos == p.xpos) as u8 as f64;
        sc.ufeats += (g.feats == p.feats) as u8 as f64;
        sc.lemma += (g.lemma == p.lemma) as u8 as f64;
        let (g, p) = (&gold_deps[i], &deps[i]);
        if g.head == p.head {
            sc.uas += 1.0;
            sc.las += (universal(&g.rel) == universal(&p.rel)) as u8 as f64;
            sc.las_full += (g.rel == p.rel) as u8 as f64;
        }
    }
    let n = sc.words.max(1) as f64;
    for x in [&mut sc.upos, &mut sc.xpos, &mut sc.ufeats, &mut sc.lemma, &mut sc.uas, &mut sc.las, &mut sc.las_full] {
        *x /= n;
    }
    sc
}
