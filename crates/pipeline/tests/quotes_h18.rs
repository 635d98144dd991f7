//! Attribution fixes of `h18-quotes` (issue #6, cases from the hand review of
//! ru_ua_2022 claims), through the whole default pipeline (tags and parse
//! present), on sentences written for these tests.

mod common;
use chronicle_pipeline::Pipeline;
use common::with_cue;

/// (source, cue, content) of every quote.
fn quotes(text: &str) -> Vec<(String, String, String)> {
    common::quote_triples(&Pipeline::default(), text)
}

#[test]
fn according_to_inside_a_that_clause_is_nested_in_the_outer_attribution() {
    let q = quotes(
        "The mayor said that, according to the fire service, three houses burned down overnight.",
    );
    let said = with_cue(&q, "said");
    assert_eq!(said.0, "The mayor");
    assert_eq!(
        said.2,
        "that, according to the fire service, three houses burned down overnight"
    );
    let acc = with_cue(&q, "according to");
    assert_eq!(acc.0, "the fire service");
    assert_eq!(acc.2, "three houses burned down overnight");
}

#[test]
fn according_to_after_an_opening_phrase_of_the_that_clause_keeps_both_parts() {
    let q = quotes(
        "The governor noted that since March, according to the port authority, the harbour has handled twice as many ships.",
    );
    let noted = with_cue(&q, "noted");
    assert_eq!(noted.0, "The governor");
    assert!(noted.2.ends_with("twice as many ships"), "{q:?}");
    let acc = with_cue(&q, "according to");
    assert_eq!(acc.0, "the port authority");
    assert_eq!(
        acc.2,
        "since March … the harbour has handled twice as many ships"
    );
}

#[test]
fn according_to_after_the_reported_verb_still_ends_the_outer_content() {
    // the phrase follows the reported clause's verb: it attributes the whole
    // report, and the said-content stops before it
    let q = quotes("The mayor said the bridge was closed, according to the city's website.");
    let said = with_cue(&q, "said");
    assert_eq!(said.2, "the bridge was closed");
}

#[test]
fn told_an_addressee_with_an_appositive_name_takes_the_that_clause() {
    let q = quotes(
        "During the visit, two ministers told the country's leader, Anna Berg, that the grain would arrive next week.",
    );
    let told = with_cue(&q, "told");
    assert_eq!(told.0, "two ministers");
    assert_eq!(told.2, "that the grain would arrive next week");
}

#[test]
fn a_reported_question_stops_before_the_writers_after_clause() {
    let q = quotes(
        "Antonio Conte has questioned whether he is the right manager to turn the club around after Burnley inflicted their fourth defeat in five games.",
    );
    let a = with_cue(&q, "has questioned");
    assert_eq!(a.0, "Antonio Conte");
    assert_eq!(
        a.2,
        "whether he is the right manager to turn the club around"
    );
}
