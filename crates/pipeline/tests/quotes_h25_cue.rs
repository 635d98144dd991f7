//! `h25-cue` (issue #6): a content ends before a second cue verb coordinated
//! with the first (`X said A and questioned B`), so that both attributions are
//! found, through the whole default pipeline (tags and parse present), on
//! sentences written for these tests.

mod common;
use chronicle_pipeline::Pipeline;
use common::with_cue;

/// (source, cue, content) of every quote.
fn quotes(text: &str) -> Vec<(String, String, String)> {
    common::quote_triples(&Pipeline::default(), text)
}

#[test]
fn object_content_then_a_coordinated_negated_cue() {
    let q = quotes(
        "The fishermen's leader supports the new quota and does not understand why the ministry delayed it.",
    );
    assert_eq!(with_cue(&q, "supports").2, "the new quota");
    assert!(
        q.iter()
            .any(|t| t.1.contains("understand") && t.0 == "The fishermen's leader"),
        "{q:?}"
    );
}

#[test]
fn coordinated_cue_after_but_and_an_auxiliary() {
    let q = quotes(
        "The union leader acknowledged the fall in prices but has also complained that the subsidy came late.",
    );
    let ack = with_cue(&q, "acknowledged");
    assert_eq!(ack.2, "the fall in prices");
    let c = with_cue(&q, "has also complained");
    assert_eq!(c.0, "The union leader");
    assert_eq!(c.2, "that the subsidy came late");
}

#[test]
fn coordinated_verb_that_is_no_cue_stays_in_the_content() {
    let q = quotes("The ferry captain praised the crew and left the harbour at noon.");
    let praised = with_cue(&q, "praised");
    assert_eq!(praised.0, "The ferry captain");
    assert!(praised.2.starts_with("the crew"), "{q:?}");
    assert!(q.iter().all(|t| !t.1.contains("left")), "{q:?}");
}

#[test]
fn coordinated_verb_after_a_clause_with_its_own_subject_is_left_in_the_content() {
    // `believes` may be the reported clause's (the minister's), whatever the parse says
    let q = quotes(
        "The spokeswoman said the minister is firmly opposed to the merger and believes that it would hurt farmers.",
    );
    let said = with_cue(&q, "said");
    assert_eq!(said.0, "The spokeswoman");
    assert!(said.2.ends_with("it would hurt farmers"), "{q:?}");
    assert!(q.iter().all(|t| t.1 != "believes"), "{q:?}");
}

#[test]
fn the_first_sentence_of_a_transcript_turn_stays_whole() {
    // (written for this test) the turn's label quotation keeps the sentence;
    // no fragment is cut off it with the label as a speaker
    let q = quotes(
        "Anna Berg: We tell our readers about them and write about them every week. It is our job.",
    );
    assert!(
        q.iter()
            .any(|t| t.0 == "Anna Berg" && t.2.contains("write about them every week")),
        "{q:?}"
    );
}
