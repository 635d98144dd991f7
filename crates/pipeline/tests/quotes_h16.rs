//! Attribution fixes of `h16-attr` (issue #6, cases from the news review),
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
fn a_hyphenated_name_does_not_stop_the_content_before_a_final_cue() {
    let q = quotes(
        "Kessler-Braun Works has shipped three water pumps to the flooded town, the regional water board announced on Friday.",
    );
    let a = q
        .iter()
        .find(|x| x.1.starts_with("announced"))
        .unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!(a.0, "the regional water board");
    assert_eq!(
        a.2,
        "Kessler-Braun Works has shipped three water pumps to the flooded town"
    );
}

#[test]
fn told_reporters_closing_the_sentence_takes_the_clause_before() {
    let q = quotes(
        "He is scheduled to meet the king, visit the port and attend a dinner, Smith told reporters.",
    );
    let a = with_cue(&q, "told");
    assert_eq!(a.0, "Smith");
    assert_eq!(
        a.2,
        "He is scheduled to meet the king, visit the port and attend a dinner"
    );
}

#[test]
fn a_lone_told_him_is_no_attribution() {
    let q = quotes("Smith told him.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn told_someone_about_something_has_the_topic_as_content() {
    let q = quotes("The mayor told the council about the plan for the harbour.");
    let a = with_cue(&q, "told");
    assert_eq!(a.0, "The mayor");
    assert_eq!(a.2, "the plan for the harbour");
}

#[test]
fn supported_with_a_contribution_is_not_speech() {
    let q = quotes(
        "Portugal has given 20 million euros to the fund and supported the relief package with a 5 million euro contribution.",
    );
    assert!(!q.iter().any(|x| x.1 == "supported"), "{q:?}");
}

#[test]
fn a_participle_after_with_takes_the_noun_phrase_after_with_as_speaker() {
    let q = quotes(
        "Fighting spread to the border, with officials in the town of Ashford accusing rebel forces of shelling a market.",
    );
    let a = with_cue(&q, "accusing");
    assert_eq!(a.0, "officials in the town of Ashford");
}

#[test]
fn a_weekday_after_a_participle_stays_in_the_speaker() {
    let q = quotes(
        "A new Harbor Institute poll released Sunday found that the mayor was ahead by ten points.",
    );
    let a = with_cue(&q, "found");
    assert_eq!(a.0, "A new Harbor Institute poll released Sunday");
}

#[test]
fn at_least_opens_the_speaker() {
    let q = quotes("At least half of the farmers said the new road was too narrow.");
    let a = with_cue(&q, "said");
    assert_eq!(a.0, "At least half of the farmers");
}

#[test]
fn a_final_reported_after_another_speaker_is_the_outer_attribution() {
    let q = quotes(
        "Officials said the attack on the power grid was carried out by foreign hackers, the Daily Ledger reported on Saturday.",
    );
    let inner = with_cue(&q, "said");
    assert_eq!(inner.0, "Officials");
    assert_eq!(
        inner.2,
        "the attack on the power grid was carried out by foreign hackers"
    );
    let outer = q
        .iter()
        .find(|x| x.1.starts_with("reported"))
        .unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!(outer.0, "the Daily Ledger");
    assert!(outer.2.starts_with("Officials said the attack"), "{q:?}");
}
