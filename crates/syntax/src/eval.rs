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
    let mut sc = UdScores {
        words: gold_tags.len(),
        sentences: gold.len(),
        ..UdScores::default()
    };
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
    for x in [
        &mut sc.upos,
        &mut sc.xpos,
        &mut sc.ufeats,
        &mut sc.lemma,
        &mut sc.uas,
        &mut sc.las,
        &mut sc.las_full,
    ] {
        *x /= n;
    }
    sc
}

/// Attachment scores of one universal relation (gold tokenization).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RelScore {
    /// Universal relation (`nsubj`, `obl`, …).
    pub rel: String,
    /// Gold words with this relation.
    pub gold: usize,
    /// Predicted words with this relation.
    pub pred: usize,
    /// Gold words of this relation whose head is right.
    pub head_ok: usize,
    /// Gold words of this relation with the right head and relation (LAS hits).
    pub las_ok: usize,
}

impl RelScore {
    /// Relation accuracy given the right head (`las_ok / head_ok`).
    pub fn label_acc(&self) -> f64 {
        self.las_ok as f64 / self.head_ok.max(1) as f64
    }
    /// LAS recall: `las_ok / gold`.
    pub fn recall(&self) -> f64 {
        self.las_ok as f64 / self.gold.max(1) as f64
    }
    /// LAS precision: `las_ok / pred`.
    pub fn precision(&self) -> f64 {
        self.las_ok as f64 / self.pred.max(1) as f64
    }
}

/// Per-relation attachment scores (universal relations, most frequent gold
/// relation first) and the confusions among words whose head is right
/// (`(gold, predicted) -> count`, most frequent first) of a prediction
/// `pred` against `gold` (same words).
#[allow(clippy::type_complexity)]
pub fn relation_scores(
    gold: &[chronicle_doc::Dep],
    pred: &[chronicle_doc::Dep],
) -> (Vec<RelScore>, Vec<((String, String), usize)>) {
    use std::collections::HashMap;
    let mut by: HashMap<&str, RelScore> = HashMap::new();
    let mut conf: HashMap<(&str, &str), usize> = HashMap::new();
    for (g, p) in gold.iter().zip(pred) {
        let (gr, pr) = (universal(&g.rel), universal(&p.rel));
        let e = by.entry(gr).or_default();
        e.gold += 1;
        if g.head == p.head {
            e.head_ok += 1;
            if gr == pr {
                e.las_ok += 1;
            } else {
                *conf.entry((gr, pr)).or_default() += 1;
            }
        }
        by.entry(pr).or_default().pred += 1;
    }
    let mut rels: Vec<RelScore> = by
        .into_iter()
        .map(|(r, mut s)| {
            s.rel = r.to_string();
            s
        })
        .collect();
    rels.sort_by(|a, b| b.gold.cmp(&a.gold).then(a.rel.cmp(&b.rel)));
    let mut conf: Vec<((String, String), usize)> = conf
        .into_iter()
        .map(|((a, b), n)| ((a.to_string(), b.to_string()), n))
        .collect();
    conf.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    (rels, conf)
}

/// [`relation_scores`] of `syntax` on the gold sentences (gold tokenization).
#[allow(clippy::type_complexity)]
pub fn evaluate_relations(
    syntax: &Syntax,
    gold: &[UdSentence],
) -> (Vec<RelScore>, Vec<((String, String), usize)>) {
    let mut doc = to_doc(gold, "eval");
    let gold_deps = doc.deps.take().unwrap_or_default();
    let (_, deps) = syntax.annotate(&doc);
    relation_scores(&gold_deps, &deps)
}

/// Scores of an end-to-end run from raw text (CoNLL 2018 style: system words
/// are aligned to gold words by their character spans in the same raw text;
/// every score is an F1 over aligned words).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RawScores {
    /// Gold words.
    pub gold_words: usize,
    /// System words.
    pub system_words: usize,
    /// Gold words whose form was not found in the raw text (counted as missed).
    pub unaligned_gold: usize,
    /// Word segmentation F1.
    pub words: f64,
    /// Sentence F1 (exact spans).
    pub sentences: f64,
    /// UPOS F1.
    pub upos: f64,
    /// XPOS F1.
    pub xpos: f64,
    /// FEATS F1.
    pub ufeats: f64,
    /// Lemma F1.
    pub lemma: f64,
    /// UAS F1.
    pub uas: f64,
    /// LAS F1 (universal relations).
    pub las: f64,
}

/// The text stage as a function: sentences and tokens of a Doc.
pub type Segment<'a> =
    &'a dyn Fn(&chronicle_doc::Doc) -> (Vec<chronicle_doc::Sentence>, Vec<chronicle_doc::Token>);

struct GoldWord<'a> {
    span: Option<(usize, usize)>,
    word: &'a chronicle_doc::conllu::UdWord,
    /// Doc-level index of the head word (`None` = root).
    head: Option<usize>,
}

fn f1(correct: usize, system: usize, gold: usize) -> f64 {
    if system + gold == 0 {
        return 1.0;
    }
    2.0 * correct as f64 / (system + gold) as f64
}

/// Segments, tags and parses the raw text of each gold document (rebuilt
/// from `# text` lines: `# newdoc` starts a document, `# newpar` a paragraph)
/// and scores it against the gold words. `segment` is the text stage.
pub fn evaluate_raw(syntax: &Syntax, gold: &[UdSentence], segment: Segment) -> RawScores {
    use std::collections::HashMap;
    let mut sc = RawScores::default();
    let mut c = [0usize; 8]; // words, upos, xpos, feats, lemma, uas, las, sentences
    let (mut sys_sents, mut gold_sents) = (0usize, 0usize);
    let mut docs: Vec<&[UdSentence]> = Vec::new();
    let mut start = 0;
    for i in 1..=gold.len() {
        if i == gold.len() || gold[i].newdoc.is_some() {
            docs.push(&gold[start..i]);
            start = i;
        }
    }
    for dsents in docs {
        let mut text = String::new();
        let mut words: Vec<GoldWord> = Vec::new();
        let mut gspans = Vec::new();
        for s in dsents {
            let st = s.text.clone().unwrap_or_else(|| {
                let mut t = String::new();
                for (i, w) in s.words.iter().enumerate() {
                    t.push_str(&w.form);
                    if !s.no_space_after(i) && i + 1 < s.words.len() {
                        t.push(' ');
                    }
                }
                t
            });
            if !text.is_empty() {
                text.push_str(if s.newpar { "\n\n" } else { " " });
            }
            let base = text.len();
            text.push_str(&st);
            gspans.push((base, text.len()));
            let first = words.len();
            let mut cur = 0usize;
            let mut i = 0;
            while i < s.words.len() {
                let w = &s.words[i];
                let (surface, n) = match s.multiwords.iter().find(|m| m.first == w.id) {
                    Some(m) => (m.form.as_str(), (m.last - m.first + 1) as usize),
                    None => (w.form.as_str(), 1),
                };
                let pos = st.get(cur..).and_then(|h| h.find(surface)).map(|p| p + cur);
                let forms: Vec<&str> = s.words[i..i + n].iter().map(|w| w.form.as_str()).collect();
                let concat = forms.concat() == surface;
                let mut a = pos.map(|p| base + p).unwrap_or(0);
                for (k, wk) in s.words[i..i + n].iter().enumerate() {
                    let span = pos.map(|p| {
                        if concat {
                            let sp = (a, a + forms[k].len());
                            a += forms[k].len();
                            sp
                        } else {
                            (base + p, base + p + surface.len())
                        }
                    });
                    let head = (wk.head != 0).then(|| first + wk.head as usize - 1);
                    words.push(GoldWord {
                        span,
                        word: wk,
                        head,
                    });
                }
                if let Some(p) = pos {
                    cur = p + surface.len();
                }
                i += n;
            }
        }
        let mut doc = chronicle_doc::Doc::new(chronicle_doc::Article {
            meta: chronicle_doc::Meta {
                id: "raw".into(),
                ..Default::default()
            },
            text,
        });
        let (sents, toks) = segment(&doc);
        doc.sentences = Some(sents);
        doc.tokens = Some(toks);
        let (tags, deps) = syntax.annotate(&doc);
        // Alignment keys: (start, end, k-th word with this span).
        let mut gold_key: HashMap<(usize, usize, usize), usize> = HashMap::new();
        let mut seen: HashMap<(usize, usize), usize> = HashMap::new();
        for (i, w) in words.iter().enumerate() {
            if let Some((a, b)) = w.span {
                let k = seen.entry((a, b)).or_default();
                gold_key.insert((a, b, *k), i);
                *k += 1;
            } else {
                sc.unaligned_gold += 1;
            }
        }
        seen.clear();
        let toks = doc.tokens();
        let mut align = vec![None; toks.len()];
        for (i, t) in toks.iter().enumerate() {
            let sp = (t.span.start as usize, t.span.end as usize);
            let k = seen.entry(sp).or_default();
            align[i] = gold_key.get(&(sp.0, sp.1, *k)).copied();
            *k += 1;
        }
        for (i, g) in align.iter().enumerate() {
            let Some(g) = *g else { continue };
            let (gw, t, d) = (&words[g], &tags[i], &deps[i]);
            c[0] += 1;
            c[1] += (t.upos == gw.word.upos) as usize;
            c[2] += (t.xpos == gw.word.xpos) as usize;
            c[3] += (t.feats == gw.word.feats) as usize;
            c[4] += (t.lemma == gw.word.lemma) as usize;
            let head_ok = match (d.head, gw.head) {
                (None, None) => true,
                (Some(h), Some(gh)) => align[h as usize] == Some(gh),
                _ => false,
            };
            if head_ok {
                c[5] += 1;
                c[6] += (universal(&d.rel) == universal(&gw.word.deprel)) as usize;
            }
        }
        sc.gold_words += words.len();
        sc.system_words += toks.len();
        let sys: std::collections::HashSet<(usize, usize)> = doc
            .sentences()
            .iter()
            .map(|s| (s.span.start as usize, s.span.end as usize))
            .collect();
        c[7] += gspans.iter().filter(|s| sys.contains(s)).count();
        sys_sents += sys.len();
        gold_sents += gspans.len();
    }
    let (s, g) = (sc.system_words, sc.gold_words);
    sc.words = f1(c[0], s, g);
    sc.upos = f1(c[1], s, g);
    sc.xpos = f1(c[2], s, g);
    sc.ufeats = f1(c[3], s, g);
    sc.lemma = f1(c[4], s, g);
    sc.uas = f1(c[5], s, g);
    sc.las = f1(c[6], s, g);
    sc.sentences = f1(c[7], sys_sents, gold_sents);
    sc
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_doc::Dep;

    fn dep(head: Option<u32>, rel: &str) -> Dep {
        Dep {
            head,
            rel: crate::tagger::leak_sym(rel),
        }
    }

    #[test]
    fn relation_scores_count_heads_labels_and_confusions() {
        // "She gave him a book": gold vs. a parse that calls `him` obj and
        // attaches `a` to the verb.
        let gold = [
            dep(Some(1), "nsubj"),
            dep(None, "root"),
            dep(Some(1), "iobj"),
            dep(Some(4), "det"),
            dep(Some(1), "obj"),
        ];
        let pred = [
            dep(Some(1), "nsubj:pass"),
            dep(None, "root"),
            dep(Some(1), "obj"),
            dep(Some(1), "det"),
            dep(Some(1), "obj"),
        ];
        let (rels, conf) = relation_scores(&gold, &pred);
        let get = |r: &str| rels.iter().find(|s| s.rel == r).unwrap().clone();
        // subtypes are folded: nsubj:pass counts as nsubj
        assert_eq!(get("nsubj").las_ok, 1);
        let obj = get("obj");
        assert_eq!((obj.gold, obj.pred, obj.head_ok, obj.las_ok), (1, 2, 1, 1));
        assert_eq!(obj.precision(), 0.5);
        let iobj = get("iobj");
        assert_eq!((iobj.head_ok, iobj.las_ok), (1, 0));
        assert_eq!(iobj.label_acc(), 0.0);
        let det = get("det");
        assert_eq!((det.head_ok, det.las_ok, det.recall()), (0, 0, 0.0));
        // only right-head words are confusions
        assert_eq!(conf, vec![(("iobj".to_string(), "obj".to_string()), 1)]);
    }
}
