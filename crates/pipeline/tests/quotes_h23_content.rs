//! Content rules of `h23-content` (issue #6): an aside between two spaced
//! dashes inside reported content, and a relative pronoun that is the cue's
//! object before a circumstance, through the whole default pipeline (tags
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

#[test]
fn a_relative_pronoun_before_a_circumstance_is_the_whole_content() {
    let q = quotes(
        "The tax plan, which the governor proposed under a flat rate, failed in the assembly.",
    );
    let c = with_cue(&q, "proposed");
    assert_eq!(c.0, "the governor");
    assert_eq!(c.2, "which");
    let q = quotes(
        "The harbour fee, which the council backed in the hope of new ships, was never collected.",
    );
    assert_eq!(with_cue(&q, "backed").2, "which");
}

#[test]
fn a_relative_pronoun_keeps_an_as_phrase_and_a_clause() {
    // `describe X as Y`: the `as` phrase is content
    let q = quotes("The toll, which the governor described as a disgrace, was dropped in June.");
    assert_eq!(with_cue(&q, "described").2, "which … as a disgrace");
    // a tail that is no circumstance stays as before
    let q = quotes(
        "The old ferry, which the mayor says will sail again next year, is still in the dock.",
    );
    assert_eq!(with_cue(&q, "says").2, "which … will sail again next year");
}
