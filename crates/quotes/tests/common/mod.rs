//! Helpers shared by the quote tests: documents from texts written for them,
//! with or without hand-written tags and dependencies.

use chronicle_doc::{Article, Dep, Doc, Meta, Tag};
use chronicle_quotes::QuoteAnnotator;

pub fn doc(text: &str) -> Doc {
    Doc::new(Article {
        meta: Meta {
            id: "t".into(),
            ..Meta::default()
        },
        text: text.into(),
    })
}

/// A document with hand-written tags and dependencies, one row per token of
/// the fallback tokenizer: (UPOS, XPOS, head index, relation).
#[allow(dead_code)]
pub fn parsed(text: &str, rows: &[(&str, &str, Option<u32>, &str)]) -> Doc {
    let (toks, sents) = chronicle_quotes::fallback::tokenize(text);
    with_rows(text, toks, sents, rows)
}

/// A document of `text` with the given tokens and sentences and hand-written
/// tags and dependencies, one row per token: (UPOS, XPOS, head index, relation).
#[allow(dead_code)]
pub fn with_rows(
    text: &str,
    toks: Vec<chronicle_doc::Token>,
    sents: Vec<chronicle_doc::Sentence>,
    rows: &[(&str, &str, Option<u32>, &str)],
) -> Doc {
    let mut d = doc(text);
    assert_eq!(toks.len(), rows.len(), "{text}");
    d.tokens = Some(toks);
    d.sentences = Some(sents);
    d.tags = Some(
        rows.iter()
            .map(|(u, x, _, _)| Tag {
                upos: (*u).into(),
                xpos: (*x).into(),
                lemma: Default::default(),
                feats: "_".into(),
            })
            .collect(),
    );
    d.deps = Some(
        rows.iter()
            .map(|(_, _, h, r)| Dep {
                head: *h,
                rel: (*r).into(),
            })
            .collect(),
    );
    d
}

#[allow(dead_code)] // not every test file uses every helper
pub fn shown(a: &QuoteAnnotator, d: &Doc) -> Vec<(String, String, Vec<String>)> {
    a.annotate(d)
        .iter()
        .map(|q| {
            (
                q.source.map(|s| d.slice(s).to_string()).unwrap_or_default(),
                q.cue.map(|s| d.slice(s).to_string()).unwrap_or_default(),
                q.content.iter().map(|s| d.slice(*s).to_string()).collect(),
            )
        })
        .collect()
}

/// The quote (source, cue, content pieces) whose cue is `cue`, with the
/// default annotator.
#[allow(dead_code)]
pub fn with_cue(d: &Doc, cue: &str) -> Option<(String, String, Vec<String>)> {
    shown(&QuoteAnnotator::new(), d)
        .into_iter()
        .find(|q| q.1 == cue)
}

/// A belief verb with a clause the parse attaches without "that".
#[allow(dead_code)]
pub fn believe_moscow_moved_troops() -> Doc {
    parsed(
        "Western officials believe Moscow has moved troops.",
        &[
            ("ADJ", "JJ", Some(1), "amod"),
            ("NOUN", "NNS", Some(2), "nsubj"),
            ("VERB", "VBP", None, "root"),
            ("PROPN", "NNP", Some(5), "nsubj"),
            ("AUX", "VBZ", Some(5), "aux"),
            ("VERB", "VBN", Some(2), "ccomp"),
            ("NOUN", "NNS", Some(5), "obj"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    )
}

/// A belief verb with an object, not a clause: nothing reported.
#[allow(dead_code)]
pub fn believe_the_reports() -> Doc {
    parsed(
        "Western officials believe the reports.",
        &[
            ("ADJ", "JJ", Some(1), "amod"),
            ("NOUN", "NNS", Some(2), "nsubj"),
            ("VERB", "VBP", None, "root"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NNS", Some(2), "obj"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    )
}
