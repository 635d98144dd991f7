//! Source spans and speaker names of `h17-source` (issue #6), through the
//! whole default pipeline (tags and parse present), on sentences written for
//! these tests.

mod common;
use chronicle_doc::Doc;
use chronicle_pipeline::Pipeline;
use common::{article, source_text, with_cue};

/// (source, cue, content) of every quote.
fn quotes(text: &str) -> Vec<(String, String, String)> {
    common::quote_triples(&Pipeline::default(), text)
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
        "In an interview with CNN, Trump continued to question Cruz's temperament, saying he was not ready.",
    );
    let a = with_cue(&q, "saying");
    assert_eq!(a.0, "Trump");
    assert_eq!(a.2, "he was not ready");
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

#[test]
fn a_surname_takes_the_full_name_of_an_earlier_mention() {
    let p = Pipeline::default();
    let doc = dated(
        &p,
        "Flood relief\n\nThe county will open two shelters, Judge Clay Marsden announced. Marsden \
         said the shelters would stay open all week.",
        "2019-05-02",
    );
    let got = speakers(&doc);
    let q = got
        .iter()
        .find(|q| q.0 == "Marsden")
        .unwrap_or_else(|| panic!("the surname quote: {got:?}"));
    assert_eq!(q.1.as_deref(), Some("Clay Marsden"), "{got:?}");
}

#[test]
fn an_article_before_a_verb_tag_keeps_the_noun_in_the_speaker() {
    let q = quotes("A monitor and two rebel officials said the shelling had stopped overnight.");
    let a = with_cue(&q, "said");
    assert_eq!(a.0, "A monitor and two rebel officials");
}
