//! Source spans and speaker names of `h17-source` (issue #6), through the
//! whole default pipeline (tags and parse present), on sentences written for
//! these tests.

mod common;
use chronicle_doc::Doc;
use chronicle_pipeline::Pipeline;
use common::{article, source_text};

/// (source, cue, content) of every quote.
fn quotes(text: &str) -> Vec<(String, String, String)> {
    common::quote_triples(&Pipeline::default(), text)
}

fn with_cue<'a>(q: &'a [(String, String, String)], cue: &str) -> &'a (String, String, String) {
    q.iter()
        .find(|x| x.1 == cue)
        .unwrap_or_else(|| panic!("no '{cue}' attribution in {q:?}"))
}

fn dated(p: &Pipeline, text: &str, date: &str) -> Doc {
    let mut a = article(text);
    a.meta.date = Some(date.into());
    p.analyze(a)
}

/// (source text, speaker name) of every quote.
fn speakers(doc: &Doc) -> Vec<(String, Option<String>)> {
    doc.quotes
        .iter()
        .flatten()
        .map(|q| (source_text(doc, q), q.speaker_name.clone()))
        .collect()
}

#[test]
fn a_participle_after_an_opening_phrase_takes_the_clause_subject_alone() {
    let q = quotes(
        "In an interview with the radio station, Mayor Ana Ruiz continued to criticise the budget, saying it left the schools without heating.",
    );
    let a = with_cue(&q, "saying");
    assert_eq!(a.0, "Mayor Ana Ruiz");
    assert_eq!(a.2, "it left the schools without heating");
}

#[test]
fn an_opening_despite_phrase_is_no_speaker() {
    let q = quotes(
        "Despite the storm warnings, the harbour authority kept the port open, saying the wind would drop by noon.",
    );
    let a = with_cue(&q, "saying");
    assert_eq!(a.0, "the harbour authority");
}

#[test]
fn an_adviser_with_a_topic_is_not_named_as_the_president() {
    let p = Pipeline::default();
    let doc = dated(
        &p,
        "Talks resume\n\nAnna Berg, Advisor to the President of Ukraine on energy security, said \
         the delegations would meet again on Monday.",
        "2022-04-02",
    );
    let got = speakers(&doc);
    let q = got
        .iter()
        .find(|q| q.0.starts_with("Anna Berg"))
        .unwrap_or_else(|| panic!("the adviser's quote: {got:?}"));
    assert_eq!(q.1.as_deref(), Some("Anna Berg"), "{got:?}");
}
