//! Helpers shared by the quote tests: documents from texts written for them,
//! with or without hand-written tags and dependencies.

use chronicle_doc::{Article, Dep, Doc, Meta, Tag};

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
pub fn parsed(text: &str, rows: &[(&str, &str, Option<u32>, &str)]) -> Doc {
    let mut d = doc(text);
    let (toks, sents) = chronicle_quotes::fallback::tokenize(text);
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
