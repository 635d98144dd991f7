//! Actor fixes of round h24-actors (issue #4), through the whole default
//! pipeline (tagger and parser included), on texts written for these tests.

mod common;

use chronicle_pipeline::Pipeline;
use common::{analyze, name_of, speaker_names};

/// (surface, code) of every actor mention of `text`.
fn actors(p: &Pipeline, text: &str) -> Vec<(String, String)> {
    let d = analyze(p, text);
    d.actors
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|m| (d.slice(m.span).to_string(), m.code.clone()))
        .collect()
}

#[test]
fn a_country_or_group_name_ending_a_persons_name_is_the_person() {
    let p = Pipeline::default();
    let text = "\"The early vote favours us,\" said Dan Wagner, who ran the data team. \
                \"We expected worse,\" said party strategist Ken Spain. \
                \"It is not simple,\" said Mr Holland.";
    let a = actors(&p, text);
    for word in ["Wagner", "Spain", "Holland"] {
        assert!(!a.iter().any(|(s, _)| s.contains(word)), "{word}: {a:?}");
    }
    let q = speaker_names(&p, text);
    assert_eq!(
        name_of(&q, "Dan Wagner, who ran the data team"),
        Some("Dan Wagner")
    );
    // the parse keeps conjuncts apart: a party after a word that is also a
    // given name stays the party
    let a = actors(
        &p,
        "Wagner forces withdrew from the town. Jordan closed its border on Monday.",
    );
    assert!(
        a.iter()
            .any(|(s, c)| s.starts_with("Wagner") && c == "RUSMIL"),
        "{a:?}"
    );
    assert!(
        a.iter().any(|(s, c)| s == "Jordan" && c.starts_with("JOR")),
        "{a:?}"
    );
}

#[test]
fn a_headline_in_capitals_composes_nationality_and_agent() {
    let p = Pipeline::default();
    let a = actors(&p, "IRANIAN MP THREATENS TO QUIT OVER FUEL PRICES");
    assert!(
        a.iter().any(|(s, c)| s == "IRANIAN MP" && c == "IRNLEG"),
        "{a:?}"
    );
    assert!(
        !a.iter().any(|(s, c)| s == "IRANIAN" && c == "IRN"),
        "{a:?}"
    );
}
