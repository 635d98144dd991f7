//! Helpers shared by the pipeline tests: articles from texts written for them,
//! run through a pipeline.

use chronicle_doc::{Article, Doc, Meta, Quote};
use chronicle_pipeline::Pipeline;

/// An article with id `t` and no other metadata.
pub fn article(text: &str) -> Article {
    Article {
        meta: Meta {
            id: "t".into(),
            ..Meta::default()
        },
        text: text.into(),
    }
}

/// The Doc pipeline `p` makes of [`article`]`(text)`.
#[allow(dead_code)] // not every test file analyses undated articles
pub fn analyze(p: &Pipeline, text: &str) -> Doc {
    p.analyze(article(text))
}

/// The text of a quote's source span ("" without one).
#[allow(dead_code)] // not every test file reads quotes
pub fn source_text(doc: &Doc, q: &Quote) -> String {
    q.source
        .map(|s| doc.slice(s).to_string())
        .unwrap_or_default()
}

/// The source text of every attribution the default pipeline finds in `text`.
#[allow(dead_code)] // not every test file reads quotes
pub fn sources(text: &str) -> Vec<String> {
    let d = analyze(&Pipeline::default(), text);
    d.quotes
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|q| source_text(&d, q))
        .collect()
}

/// (source, cue, content) of every quote pipeline `p` finds in `text`
/// (content parts joined by " … ").
#[allow(dead_code)] // not every test file reads quotes
pub fn quote_triples(p: &Pipeline, text: &str) -> Vec<(String, String, String)> {
    let doc = analyze(p, text);
    let qs = doc.quotes.clone().unwrap_or_default();
    qs.iter()
        .map(|q| {
            let s = |x: Option<chronicle_doc::Span>| x.map(|x| doc.slice(x).to_string());
            (
                s(q.source).unwrap_or_default(),
                s(q.cue).unwrap_or_default(),
                q.content
                    .iter()
                    .map(|c| doc.slice(*c))
                    .collect::<Vec<_>>()
                    .join(" … "),
            )
        })
        .collect()
}

/// The first of `quote_triples`' triples whose cue is `cue`; panics (showing
/// them all) when there is none.
#[allow(dead_code)] // not every test file reads quotes
pub fn with_cue<'a>(q: &'a [(String, String, String)], cue: &str) -> &'a (String, String, String) {
    q.iter()
        .find(|x| x.1 == cue)
        .unwrap_or_else(|| panic!("no '{cue}' attribution in {q:?}"))
}

/// (source text, speaker name, speaker code) of every quote.
#[allow(dead_code)] // not every test file reads speakers
pub fn speaker_triples(doc: &Doc) -> Vec<(String, Option<String>, Option<String>)> {
    doc.quotes
        .iter()
        .flatten()
        .map(|q| {
            (
                source_text(doc, q),
                q.speaker_name.clone(),
                q.speaker_code.clone(),
            )
        })
        .collect()
}

/// (expression, claimant) of every claim of `text` through the default pipeline.
#[allow(dead_code)] // not every test file reads claims
pub fn claim_pairs(text: &str) -> Vec<(String, String)> {
    let d = analyze(&Pipeline::default(), text);
    d.claims
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|c| (d.slice(c.span).to_string(), c.claimant.clone()))
        .collect()
}

/// (source, speaker name) of every quote of `text`, with pipeline `p`.
#[allow(dead_code)] // not every test file reads speakers
pub fn speaker_names(p: &Pipeline, text: &str) -> Vec<(String, Option<String>)> {
    let doc = analyze(p, text);
    doc.quotes
        .iter()
        .flatten()
        .map(|q| (source_text(&doc, q), q.speaker_name.clone()))
        .collect()
}

/// The speaker name of the quote whose source is `src` (panics when there is none).
#[allow(dead_code)] // not every test file reads speakers
pub fn name_of<'a>(q: &'a [(String, Option<String>)], src: &str) -> Option<&'a str> {
    q.iter()
        .find(|x| x.0 == src)
        .unwrap_or_else(|| panic!("no quote with source {src:?} in {q:?}"))
        .1
        .as_deref()
}

/// The speaker name of the last quote whose source is `source` in `text`,
/// with the default pipeline (panics when there is none).
#[allow(dead_code)] // not every test file reads speakers
pub fn last_speaker_name(text: &str, source: &str) -> Option<String> {
    let s = speaker_triples(&analyze(&Pipeline::default(), text));
    s.iter()
        .rev()
        .find(|t| t.0 == source)
        .unwrap_or_else(|| panic!("no source {source:?} in {s:?}"))
        .1
        .clone()
}

/// An opening that makes Trump the most salient person before a quote.
#[allow(dead_code)] // only the pronoun-speaker tests use it
pub const TRUMP_FIRST: &str = "Donald Trump spoke in Ohio on Monday. Trump promised new tariffs on \
    steel. Trump also attacked the press. Voters in Dayton cheered for Trump. ";
