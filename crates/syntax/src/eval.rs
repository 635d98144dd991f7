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
