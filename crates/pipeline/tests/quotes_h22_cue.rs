//! Cue rules of `h22-cue` (issue #6): `as X put it` and `continue to VERB`,
//! through the whole default pipeline (tags and parse present), on sentences
//! written for these tests.

mod common;
use chronicle_pipeline::Pipeline;
use common::with_cue;

/// (source, cue, content) of every quote.
fn quotes(text: &str) -> Vec<(String, String, String)> {
    common::quote_triples(&Pipeline::default(), text)
}

#[test]
fn as_a_speaker_put_it_reports_the_quotation_after_it() {
    let q = quotes(
        "The mill closed in May. As the union leader Ada Marsh put it, \"Nobody here was ready.\"",
    );
    let p = with_cue(&q, "put it");
    assert_eq!(p.0, "the union leader Ada Marsh");
    assert_eq!(p.2, "\"Nobody here was ready.\"");
}

#[test]
fn as_a_speaker_puts_it_before_a_colon() {
    let q = quotes("Or, as the harbour master puts it: \"The boats come first.\"");
    let p = with_cue(&q, "puts it:");
    assert_eq!(p.0, "the harbour master");
    assert_eq!(p.2, "\"The boats come first.\"");
}

#[test]
fn put_it_without_as_is_no_cue() {
    let q = quotes("Such plans, to put it mildly, have never been popular with the farmers.");
    assert!(q.iter().all(|t| !t.1.contains("put")), "{q:?}");
    let q = quotes("The council promised to put it on the agenda, and the vote was set for June.");
    assert!(q.iter().all(|t| !t.1.contains("put")), "{q:?}");
}

#[test]
fn continue_to_a_speech_verb_is_one_cue() {
    let q = quotes("The mayor continued to insist that the bridge was safe for heavy trucks.");
    let c = with_cue(&q, "continued to insist");
    assert_eq!(c.0, "The mayor");
    assert_eq!(c.2, "that the bridge was safe for heavy trucks");
}

#[test]
fn continue_to_another_verb_is_no_cue() {
    let q = quotes(
        "Prices for grain continued to rise through the winter as the harbour stayed closed.",
    );
    assert!(q.iter().all(|t| !t.1.contains("continued")), "{q:?}");
}

#[test]
fn continue_to_a_perception_verb_is_no_cue() {
    // `see` needs a clause of its own: the region sees more storms, nobody speaks
    let q = quotes("The northern coast continues to see heavy storms in the autumn.");
    assert!(q.iter().all(|t| !t.1.contains("continues")), "{q:?}");
}

#[test]
fn talks_about_is_a_cue_like_talked_about() {
    let q = quotes("The governor often talks about the new harbour in her speeches.");
    let t = with_cue(&q, "often talks about");
    assert_eq!(t.0, "The governor");
    assert!(t.2.starts_with("the new harbour"), "{q:?}");
}
