//! Content rules of `h23-content` (issue #6): an aside between two spaced
//! dashes inside reported content, through the whole default pipeline (tags
//! and parse present), on sentences written for these tests.

mod common;
use chronicle_pipeline::Pipeline;
use common::with_cue;

/// (source, cue, content) of every quote.
fn quotes(text: &str) -> Vec<(String, String, String)> {
    common::quote_triples(&Pipeline::default(), text)
}

#[test]
fn an_aside_between_dashes_stays_in_the_reported_clause() {
    let q = quotes("The coach said that – after a long winter – the team is ready for the season.");
    let c = with_cue(&q, "said");
    assert_eq!(c.0, "The coach");
    assert_eq!(
        c.2,
        "that – after a long winter – the team is ready for the season"
    );
}

#[test]
fn an_aside_between_em_dashes_stays_in_the_reported_clause() {
    let q = quotes("The treasurer said that — at least for now — the fund has enough money.");
    let c = with_cue(&q, "said");
    assert_eq!(c.2, "that — at least for now — the fund has enough money");
}

#[test]
fn a_dash_pair_before_but_still_ends_the_content() {
    // after the second dash a new clause of the writer's opens with `but`
    let q = quotes(
        "The mayor said the bridge was safe – he drove over it on Monday – but the council closed it anyway.",
    );
    let c = with_cue(&q, "said");
    assert_eq!(c.2, "the bridge was safe");
}
