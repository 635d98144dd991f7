//! Invariant checks shared by the fuzz targets. Each function panics (so
//! libFuzzer reports a crash) when an output of a reader or stage breaks a
//! guarantee that later stages rely on: spans valid for the text, tokens and
//! sentences ordered and non-overlapping, sentences tiling the tokens, reader
//! metadata consistent with the spans it points at.

use chronicle_doc::{Article, Doc, Sentence, Span, Token};
use chronicle_ingest::IngestError;

/// Checks a reader's article: spans valid, `title`/`kicker` equal to the text
/// their spans cover, regions sorted and disjoint, id and origin set.
pub fn check_article(a: &Article) {
    assert!(!a.meta.id.is_empty(), "empty id");
    let doc = Doc::new(a.clone());
    if let Err(e) = doc.check_spans() {
        panic!("reader produced an invalid span: {e}");
    }
    if let (Some(t), Some(s)) = (&a.meta.title, a.meta.title_span) {
        assert_eq!(t, s.text(&a.text), "title differs from its span");
        assert!(!s.is_empty(), "empty title span");
    }
    if let (Some(k), Some(s)) = (&a.meta.kicker, a.meta.kicker_span) {
        assert_eq!(k, s.text(&a.text), "kicker differs from its span");
    }
    if let Some(b) = a.meta.body_span {
        assert!(!b.is_empty(), "empty body span");
    }
    assert!(
        a.meta.title_span.is_some() || a.meta.body_span.is_some(),
        "article without title and body"
    );
    let regions = a.regions();
    for w in regions.windows(2) {
        assert!(w[0].end <= w[1].start, "regions overlap: {regions:?}");
    }
}

/// Checks a reader's error: it names where (`origin`) and why (`message`).
pub fn check_error(e: &IngestError, name: &str) {
    assert!(
        e.origin.starts_with(name),
        "error origin {:?} does not name the input {name:?}",
        e.origin
    );
    assert!(!e.message.is_empty(), "error without a reason");
}

/// Checks a segmentation of `text` restricted to `regions`.
pub fn check_segmentation(
    text: &str,
    regions: &[Span],
    sentences: &[Sentence],
    tokens: &[Token],
    max_sentence_tokens: usize,
) {
    let region_of = |s: Span| {
        regions
            .iter()
            .position(|r| r.contains(s))
            .unwrap_or_else(|| panic!("token/sentence {s:?} outside every region {regions:?}"))
    };
    for (i, t) in tokens.iter().enumerate() {
        assert!(
            t.span.is_valid_for(text),
            "token {i} span {:?} invalid for a text of {} bytes",
            t.span,
            text.len()
        );
        assert!(!t.span.is_empty(), "empty token {i}");
        let surface = t.span.text(text);
        assert!(
            !surface.contains([' ', '\t', '\n', '\r']),
            "token {i} {surface:?} holds whitespace"
        );
        if let Some(n) = &t.norm {
            assert_eq!(
                n.as_str(),
                chronicle_text::normalize(surface),
                "token {i} norm differs from normalize(surface)"
            );
        }
        region_of(t.span);
        if i > 0 {
            assert!(
                tokens[i - 1].span.end <= t.span.start,
                "tokens {} and {i} overlap or are out of order",
                i - 1
            );
        }
    }
    let mut next = 0usize;
    for (k, s) in sentences.iter().enumerate() {
        let r = s.tokens.range();
        assert_eq!(
            r.start, next,
            "sentence {k} does not start where the previous ended"
        );
        assert!(!r.is_empty(), "empty sentence {k}");
        assert!(r.end <= tokens.len(), "sentence {k} past the last token");
        assert!(
            r.len() <= max_sentence_tokens,
            "sentence {k} has {} tokens, over the cap {max_sentence_tokens}",
            r.len()
        );
        assert_eq!(
            s.span,
            Span {
                start: tokens[r.start].span.start,
                end: tokens[r.end - 1].span.end
            },
            "sentence {k} span differs from its tokens"
        );
        let reg = region_of(s.span);
        assert_eq!(
            region_of(tokens[r.start].span),
            reg,
            "sentence {k} crosses regions"
        );
        next = r.end;
    }
    assert_eq!(next, tokens.len(), "sentences do not cover every token");
}

/// Checks an analysed Doc: every span valid, text layers consistent with the
/// analysis regions, diagnostics' spans valid.
pub fn check_doc(doc: &Doc, max_sentence_tokens: usize) {
    if let Err(e) = doc.check_spans() {
        panic!("pipeline produced an invalid span: {e}");
    }
    let (Some(sentences), Some(tokens)) = (&doc.sentences, &doc.tokens) else {
        panic!("text layers missing after analysis");
    };
    // regions as the segmenter uses them: clamped, made disjoint
    let mut regions = Vec::new();
    let mut last_end = 0u32;
    for r in doc.regions() {
        let start = r.start.max(last_end).min(doc.text.len() as u32);
        let end = r.end.min(doc.text.len() as u32);
        if start < end {
            regions.push(Span { start, end });
            last_end = end;
        }
    }
    check_segmentation(&doc.text, &regions, sentences, tokens, max_sentence_tokens);
    for d in &doc.diagnostics {
        if let Some(s) = d.span {
            assert!(s.is_valid_for(&doc.text), "diagnostic span {s:?} invalid");
        }
    }
}

/// A char boundary of `text` at or before `i`.
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
