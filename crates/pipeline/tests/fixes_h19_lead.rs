//! Claims fixes from claims review sample O (issue #6), through the whole
//! default pipeline, on sentences written for these tests.

mod common;
use chronicle_pipeline::Pipeline;

/// (expression, claimant) of every claim.
fn claims(text: &str) -> Vec<(String, String)> {
    common::claim_pairs(text)
}

#[test]
fn a_countrys_estimate_is_claimed_by_that_country() {
    let c = claims("The siege has killed at least 9,000 civilians by Ukrainian estimates.");
    assert_eq!(c, [("at least 9,000".to_string(), "UKR".to_string())]);
    // an office named after "as stated by" resolves like a speaker
    let c =
        claims("In total, 3 million people use the service, as stated by the Ukrainian president.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "UKRGOV", "{c:?}");
}

#[test]
fn a_percent_range_is_one_claim() {
    let c = claims("Officials said the new duties would range from 5% to 15%.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "from 5% to 15%", "{c:?}");
}

/// (source, speaker name) of every quote with cue "according to".
fn according_to(text: &str) -> Vec<(String, Option<String>)> {
    let d = common::analyze(&Pipeline::default(), text);
    d.quotes
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter(|q| q.cue.is_some_and(|c| d.slice(c) == "according to"))
        .map(|q| (common::source_text(&d, q), q.speaker_name.clone()))
        .collect()
}

#[test]
fn a_described_speaker_is_the_person_before_the_comma() {
    for (text, name) in [
        (
            "The pilots will train on new jets, according to Ivan Sokol, Volodymyr Zelenskyy's chief of staff.",
            "Ivan Sokol",
        ),
        (
            "The ferry line was closed on Monday, according to Olena Marchuk, a spokeswoman for the Ukrainian navy.",
            "Olena Marchuk",
        ),
    ] {
        let q = according_to(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1.as_deref(), Some(name), "{q:?}");
    }
}

#[test]
fn a_main_clause_after_a_relative_clause_is_not_the_source() {
    let q = according_to(
        "As for the loan, according to the President, Denmark, which has doubts about the courts, has little data on the reforms.",
    );
    assert!(!q.is_empty(), "{q:?}");
    assert!(q.iter().all(|x| x.0 == "the President"), "{q:?}");
}
