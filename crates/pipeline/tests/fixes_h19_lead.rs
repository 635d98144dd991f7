//! Claims fixes from claims review sample O (issue #6), through the whole
//! default pipeline, on sentences written for these tests.

mod common;
use chronicle_pipeline::Pipeline;

/// (expression, claimant) of every claim.
fn claims(text: &str) -> Vec<(String, String)> {
    let d = common::analyze(&Pipeline::default(), text);
    d.claims
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|c| (d.slice(c.span).to_string(), c.claimant.clone()))
        .collect()
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
