//! A CoNLL-U reader (Universal Dependencies format), shared by training and
//! evaluation. Parses from a `&str`; reading files is the caller's job.
//!
//! Empty nodes (`N.1` ids) are skipped; multiword-token lines (`N-M`) are kept
//! in [`UdSentence::multiwords`] so raw text can be aligned with words.

use thiserror::Error;

/// One syntactic word (a CoNLL-U line with an integer id).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UdWord {
    /// 1-based id within the sentence.
    pub id: u32,
    /// FORM column.
    pub form: String,
    /// LEMMA column.
    pub lemma: String,
    /// UPOS column.
    pub upos: String,
    /// XPOS column.
    pub xpos: String,
    /// FEATS column (`_` if none).
    pub feats: String,
    /// HEAD column (0 for root).
    pub head: u32,
    /// DEPREL column.
    pub deprel: String,
    /// MISC column.
    pub misc: String,
}

/// A multiword token `first-last form` (e.g. `don't` over `do` + `n't`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UdMultiword {
    /// First word id covered.
    pub first: u32,
    /// Last word id covered.
    pub last: u32,
    /// Surface form.
    pub form: String,
    /// MISC column.
    pub misc: String,
}

/// A CoNLL-U sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UdSentence {
    /// `# sent_id`.
    pub sent_id: Option<String>,
    /// `# text`.
    pub text: Option<String>,
    /// `# newdoc id` when this sentence starts a document.
    pub newdoc: Option<String>,
    /// True when a `# newpar` comment precedes the sentence.
    pub newpar: bool,
    /// All comment lines, without the leading `#`.
    pub comments: Vec<String>,
    /// Words in order.
    pub words: Vec<UdWord>,
    /// Multiword tokens.
    pub multiwords: Vec<UdMultiword>,
    /// 1-based line number of the sentence's first line in the input.
    pub line: usize,
}

impl UdSentence {
    /// True when the MISC column of word index `i` (0-based) says `SpaceAfter=No`
    /// (or the multiword token ending at it does).
    pub fn no_space_after(&self, i: usize) -> bool {
        let w = &self.words[i];
        if let Some(m) = self
            .multiwords
            .iter()
            .find(|m| m.first <= w.id && w.id <= m.last)
        {
            return w.id == m.last && m.misc.split('|').any(|x| x == "SpaceAfter=No");
        }
        w.misc.split('|').any(|x| x == "SpaceAfter=No")
    }
}

/// A malformed CoNLL-U line.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("line {line}: {reason}")]
pub struct ConlluError {
    /// 1-based line number.
    pub line: usize,
    /// Why it was rejected.
    pub reason: String,
}

/// Parses a whole CoNLL-U document.
pub fn parse(input: &str) -> Result<Vec<UdSentence>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = UdSentence::default();
    let mut started = false;
    for (n, raw) in input.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            } else if started {
                cur = UdSentence::default();
            }
            started = false;
            continue;
        }
        if !started {
            cur.line = line_no;
            started = true;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim();
            if let Some(v) = c.strip_prefix("sent_id") {
                cur.sent_id = Some(v.trim_start_matches([' ', '=']).trim().to_string());
            } else if let Some(v) = c.strip_prefix("text =") {
                cur.text = Some(v.strip_prefix(' ').unwrap_or(v).to_string());
            } else if let Some(v) = c.strip_prefix("newdoc") {
                let v = v.trim();
                let v = v
                    .strip_prefix("id")
                    .map(|x| x.trim_start_matches([' ', '=']))
                    .unwrap_or(v);
                cur.newdoc = Some(v.trim().to_string());
            } else if c.starts_with("newpar") {
                cur.newpar = true;
            }
            cur.comments.push(c.to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(ConlluError {
                line: line_no,
                reason: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        let id = cols[0];
        if id.contains('.') {
            continue; // empty node
        }
        if let Some((a, b)) = id.split_once('-') {
            let first = num(a, line_no)?;
            let last = num(b, line_no)?;
            cur.multiwords.push(UdMultiword {
                first,
                last,
                form: cols[1].to_string(),
                misc: cols[9].to_string(),
            });
            continue;
        }
        let id = num(id, line_no)?;
        let head = if cols[6] == "_" {
            0
        } else {
            num(cols[6], line_no)?
        };
        cur.words.push(UdWord {
            id,
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            misc: cols[9].to_string(),
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    for s in &out {
        let n = s.words.len() as u32;
        for (i, w) in s.words.iter().enumerate() {
            if w.id != i as u32 + 1 || w.head > n {
                return Err(ConlluError {
                    line: s.line,
                    reason: format!(
                        "word {} has id {} / head {} out of sequence (sentence of {n} words)",
                        i + 1,
                        w.id,
                        w.head
                    ),
                });
            }
        }
    }
    Ok(out)
}

fn num(s: &str, line: usize) -> Result<u32, ConlluError> {
    s.parse().map_err(|_| ConlluError {
        line,
        reason: format!("not a number: {s:?}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# sent_id = s1\n# text = Kyiv won't yield.\n\
1\tKyiv\tKyiv\tPROPN\tNNP\tNumber=Sing\t3\tnsubj\t_\t_\n\
2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\two\twill\tAUX\tMD\tVerbForm=Fin\t4\taux\t_\t_\n\
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
4\tyield\tyield\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\tSpaceAfter=No\n\
4.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n\
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn parses_words_multiwords_comments() {
        let s = parse(SAMPLE).unwrap();
        assert_eq!(s.len(), 1);
        let s = &s[0];
        assert_eq!(s.sent_id.as_deref(), Some("s1"));
        assert_eq!(s.text.as_deref(), Some("Kyiv won't yield."));
        assert_eq!(s.newdoc.as_deref(), Some("d1"));
        assert_eq!(s.words.len(), 5);
        assert_eq!(s.multiwords.len(), 1);
        assert_eq!(s.words[3].head, 0);
        assert!(s.no_space_after(3));
        assert!(!s.no_space_after(0));
    }

    #[test]
    fn reports_bad_lines() {
        let e = parse("1\tA\tb\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.reason.contains("10"));
    }
}

/// Builds a gold [`crate::Doc`] from CoNLL-U sentences: the text is rebuilt
/// from word forms (multiword tokens use their surface form; `SpaceAfter=No`
/// is honoured; sentences are separated by a space, documents by paragraphs
/// are not distinguished). Tokens are syntactic words; the words of a
/// multiword token share its span and carry their own form in `norm`.
/// Tags and dependencies are filled from the gold columns.
pub fn to_doc(sentences: &[UdSentence], id: &str) -> crate::Doc {
    use crate::{Article, Dep, Doc, Meta, Sentence, Span, Tag, Token, TokenRange};
    let mut text = String::new();
    let mut tokens = Vec::new();
    let mut sents = Vec::new();
    let mut tags = Vec::new();
    let mut deps = Vec::new();
    for s in sentences {
        if !text.is_empty() && !text.ends_with(' ') {
            text.push(' ');
        }
        let first_tok = tokens.len();
        let sent_start = text.len();
        let mut i = 0;
        while i < s.words.len() {
            let w = &s.words[i];
            if let Some(m) = s.multiwords.iter().find(|m| m.first == w.id) {
                let start = text.len();
                text.push_str(&m.form);
                let span = Span::new(start, text.len());
                let n = (m.last - m.first + 1) as usize;
                for k in 0..n {
                    let wk = &s.words[i + k];
                    tokens.push(Token {
                        span,
                        norm: Some(wk.form.clone()),
                        space_after: false,
                    });
                }
                i += n;
            } else {
                let start = text.len();
                text.push_str(&w.form);
                tokens.push(Token {
                    span: Span::new(start, text.len()),
                    norm: None,
                    space_after: false,
                });
                i += 1;
            }
            let last = tokens.len() - 1;
            if !s.no_space_after(i - 1) && i < s.words.len() {
                text.push(' ');
                tokens[last].space_after = true;
            }
        }
        for w in &s.words {
            tags.push(Tag {
                upos: w.upos.as_str().into(),
                xpos: w.xpos.as_str().into(),
                lemma: crate::Sym::new(&w.lemma),
                feats: w.feats.as_str().into(),
            });
            deps.push(Dep {
                head: (w.head != 0).then(|| (first_tok + w.head as usize - 1) as u32),
                rel: w.deprel.as_str().into(),
            });
        }
        let end = text.trim_end().len();
        sents.push(Sentence {
            span: Span::new(sent_start, end.max(sent_start)),
            tokens: TokenRange::new(first_tok, tokens.len()),
        });
    }
    let mut doc = Doc::new(Article {
        meta: Meta {
            id: id.to_string(),
            ..Meta::default()
        },
        text,
    });
    doc.sentences = Some(sents);
    doc.tokens = Some(tokens);
    doc.tags = Some(tags);
    doc.deps = Some(deps);
    doc
}

#[cfg(test)]
mod to_doc_tests {
    use super::*;

    #[test]
    fn gold_doc_rebuilds_text_and_arcs() {
        let src = "1\tPutin\tPutin\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n\
2\tasked\task\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\tNATO\tNATO\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n\
1-2\tCan't\t_\t_\t_\t_\t_\t_\t_\t_\n\
1\tCa\tcan\tAUX\tMD\t_\t3\taux\t_\t_\n\
2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n\
3\tstop\tstop\tVERB\tVB\t_\t0\troot\t_\t_\n\n";
        let doc = to_doc(&parse(src).unwrap(), "g");
        assert_eq!(doc.text, "Putin asked NATO. Can't stop");
        assert_eq!(doc.tokens().len(), 7);
        assert_eq!(doc.token_text(4), "Can't");
        assert_eq!(doc.token_norm(5), "n't");
        let deps = doc.deps.as_ref().unwrap();
        assert_eq!(deps[0].head, Some(1));
        assert_eq!(deps[1].head, None);
        assert_eq!(deps[4].head, Some(6));
        assert_eq!(doc.sentences()[1].tokens, crate::TokenRange::new(4, 7));
        doc.check_spans().unwrap();
    }
}
