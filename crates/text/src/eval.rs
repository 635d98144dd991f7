//! Evaluation of segmentation and tokenization against UD gold (CoNLL-U).
//!
//! Raw text is rebuilt from `# text` lines: a `# newdoc` starts a new document
//! (each document is segmented on its own), a `# newpar` starts a paragraph
//! (joined with a blank line), other sentences of a paragraph are joined with a
//! space. Gold tokens are the syntactic words, located by aligning word forms
//! with the sentence text (the words of a multiword token get sub-spans when
//! their forms spell the surface, else one span for the whole surface).
//! Scores compare byte spans: a sentence or token counts as correct only when
//! both its start and end match.

use crate::Segmenter;
use chronicle_doc::conllu::UdSentence;
use std::collections::HashSet;

/// Precision, recall and F1 of one comparison.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    /// Items the system produced.
    pub predicted: usize,
    /// Items in the gold standard.
    pub gold: usize,
    /// Items in both.
    pub correct: usize,
}

impl Prf {
    /// Precision (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.correct as f64 / self.predicted as f64
        }
    }
    /// Recall (1 when the gold is empty).
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Prf) {
        self.predicted += o.predicted;
        self.gold += o.gold;
        self.correct += o.correct;
    }
}

/// Scores of [`evaluate`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SegmentScores {
    /// Documents evaluated.
    pub documents: usize,
    /// Bytes of rebuilt raw text.
    pub bytes: usize,
    /// Sentences as exact spans (CoNLL 2018 "Sentences" style).
    pub sentences: Prf,
    /// Sentence boundaries (end offsets), leaving out each document's final one.
    pub boundaries: Prf,
    /// Tokens (syntactic words) as exact spans.
    pub tokens: Prf,
    /// Gold words whose form could not be found in the `# text` line (not scored).
    pub unaligned_words: usize,
}

/// One rebuilt document: raw text, gold sentence spans and gold token spans.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoldDoc {
    /// Document id from `# newdoc`, or a running number.
    pub id: String,
    /// The rebuilt raw text.
    pub text: String,
    /// Gold sentence byte spans.
    pub sentences: Vec<(usize, usize)>,
    /// Gold token byte spans.
    pub tokens: Vec<(usize, usize)>,
    /// Words that could not be aligned.
    pub unaligned: usize,
}

/// Rebuilds raw documents from CoNLL-U sentences.
pub fn gold_docs(sentences: &[UdSentence]) -> Vec<GoldDoc> {
    let mut docs: Vec<GoldDoc> = Vec::new();
    for s in sentences {
        if s.newdoc.is_some() || docs.is_empty() {
            docs.push(GoldDoc {
                id: s
                    .newdoc
                    .clone()
                    .unwrap_or_else(|| format!("doc{}", docs.len() + 1)),
                ..GoldDoc::default()
            });
        }
        let d = docs.last_mut().expect("pushed above");
        let sent_text = s.text.clone().unwrap_or_else(|| {
            let mut t = String::new();
            for (i, w) in s.words.iter().enumerate() {
                t.push_str(&w.form);
                if !s.no_space_after(i) && i + 1 < s.words.len() {
                    t.push(' ');
                }
            }
            t
        });
        if !d.text.is_empty() {
            d.text.push_str(if s.newpar || s.newdoc.is_some() {
                "\n\n"
            } else {
                " "
            });
        }
        let base = d.text.len();
        d.text.push_str(&sent_text);
        d.sentences.push((base, d.text.len()));
        // align words
        let mut cur = 0usize;
        let mut i = 0usize;
        while i < s.words.len() {
            let w = &s.words[i];
            let (surface, n) = match s.multiwords.iter().find(|m| m.first == w.id) {
                Some(m) => (m.form.as_str(), (m.last - m.first + 1) as usize),
                None => (w.form.as_str(), 1),
            };
            let Some(pos) = find_from(&sent_text, cur, surface) else {
                d.unaligned += n;
                i += n;
                continue;
            };
            let start = base + pos;
            if n == 1 {
                d.tokens.push((start, start + surface.len()));
            } else {
                let forms: Vec<&str> = s.words[i..i + n].iter().map(|w| w.form.as_str()).collect();
                if forms.concat() == surface {
                    let mut a = start;
                    for f in forms {
                        d.tokens.push((a, a + f.len()));
                        a += f.len();
                    }
                } else {
                    d.tokens.push((start, start + surface.len()));
                }
            }
            cur = pos + surface.len();
            i += n;
        }
    }
    docs
}

fn find_from(hay: &str, from: usize, needle: &str) -> Option<usize> {
    if needle.is_empty() || from > hay.len() {
        return None;
    }
    hay[from..].find(needle).map(|p| p + from)
}

/// Segments each gold document with `seg` and scores sentences and tokens.
pub fn evaluate(seg: &Segmenter, sentences: &[UdSentence]) -> SegmentScores {
    let mut out = SegmentScores::default();
    for d in gold_docs(sentences) {
        let (ps, pt) = seg.annotate_text(&d.text);
        out.documents += 1;
        out.bytes += d.text.len();
        out.unaligned_words += d.unaligned;
        let pred_s: Vec<(usize, usize)> = ps
            .iter()
            .map(|s| (s.span.start as usize, s.span.end as usize))
            .collect();
        out.sentences.add(compare(&pred_s, &d.sentences));
        let ends = |v: &[(usize, usize)]| -> Vec<(usize, usize)> {
            let n = v.len().saturating_sub(1);
            v[..n].iter().map(|x| (x.1, x.1)).collect()
        };
        out.boundaries
            .add(compare(&ends(&pred_s), &ends(&d.sentences)));
        let pred_t: Vec<(usize, usize)> = pt
            .iter()
            .map(|t| (t.span.start as usize, t.span.end as usize))
            .collect();
        out.tokens.add(compare(&pred_t, &d.tokens));
    }
    out
}

fn compare(pred: &[(usize, usize)], gold: &[(usize, usize)]) -> Prf {
    let g: HashSet<&(usize, usize)> = gold.iter().collect();
    let p: HashSet<&(usize, usize)> = pred.iter().collect();
    Prf {
        predicted: p.len(),
        gold: g.len(),
        correct: p.intersection(&g).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_doc::conllu::parse;

    const GOLD: &str = "# newdoc id = d1\n# newpar\n# text = Kyiv won't yield.\n\
1-2\tKyiv\t_\t_\t_\t_\t_\t_\t_\t_\n\
1\tKyiv\tKyiv\tPROPN\tNNP\t_\t0\troot\t_\t_\n\
2\tx\tx\tX\tX\t_\t1\tdep\t_\t_\n\n\
# text = Talks end.\n\
1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n\
2\tend\tend\tVERB\tVBP\t_\t0\troot\t_\tSpaceAfter=No\n\
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n\
# newdoc id = d2\n# text = Mr. Smith left.\n\
1\tMr.\tMr.\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n\
2\tSmith\tSmith\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n\
3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    #[test]
    fn rebuilds_documents_and_scores() {
        let sents = parse(GOLD).unwrap();
        let docs = gold_docs(&sents);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "Kyiv won't yield. Talks end.");
        assert_eq!(docs[0].sentences, vec![(0, 17), (18, 28)]);
        // the odd multiword "Kyiv" = Kyiv + x does not spell its surface: one span
        assert_eq!(docs[0].tokens[0], (0, 4));
        assert_eq!(docs[0].unaligned, 0);
        let s = evaluate(&Segmenter::default(), &sents);
        assert_eq!(s.documents, 2);
        assert_eq!(s.sentences.gold, 3);
        assert_eq!(s.sentences.correct, 3);
        assert_eq!(s.boundaries.gold, 1);
        assert!((s.sentences.f1() - 1.0).abs() < 1e-9);
        // gold tokens: Kyiv, Talks, end, ., Mr., Smith, left, . = 8; system finds all of them
        assert_eq!(s.tokens.gold, 8);
        assert_eq!(s.tokens.correct, 8);
    }

    #[test]
    fn prf_edge_cases() {
        let p = Prf {
            predicted: 0,
            gold: 0,
            correct: 0,
        };
        assert_eq!(p.f1(), 1.0);
        let p = Prf {
            predicted: 4,
            gold: 2,
            correct: 2,
        };
        assert!((p.precision() - 0.5).abs() < 1e-9);
        assert!((p.f1() - 2.0 / 3.0).abs() < 1e-9);
    }
}
