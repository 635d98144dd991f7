//! Event coding through the whole default pipeline on sentences written for
//! these tests: a meeting is CONSULT, "meeting obligations" is not.

mod common;
use chronicle_pipeline::Pipeline;
use common::{analyze, article};

fn patterns(p: &Pipeline, text: &str) -> Vec<String> {
    let doc = analyze(p, text);
    doc.events
        .unwrap_or_default()
        .into_iter()
        .map(|e| format!("{} {}", e.event_type, e.pattern))
        .collect()
}

#[test]
fn meeting_obligations_is_not_a_meeting() {
    let p = Pipeline::default();
    let met = patterns(&p, "Putin met Erdogan in Sochi on Friday.");
    assert!(
        met.iter().any(|e| e.starts_with("CONSULT consult.meet")),
        "{met:?}"
    );
    let obligations = patterns(
        &p,
        "Russia said it had met its obligations under the grain deal.",
    );
    assert!(
        !obligations.iter().any(|e| e.contains("consult.meet")),
        "{obligations:?}"
    );
}

fn participants(p: &Pipeline, text: &str) -> Vec<String> {
    let doc = analyze(p, text);
    let events = doc.events.clone().unwrap_or_default();
    events
        .iter()
        .flat_map(|e| e.actors.iter().chain(&e.recipients))
        .map(|x| doc.slice(x.span).to_string())
        .collect()
}

#[test]
fn participant_spans_keep_the_mention_and_drop_the_date() {
    let p = Pipeline::default();
    let got = participants(
        &p,
        "Russian President Vladimir Putin on Wednesday asked NATO to halt its expansion.",
    );
    assert!(
        got.iter().any(|s| s == "Russian President Vladimir Putin"),
        "{got:?}"
    );
    assert!(!got.iter().any(|s| s.contains("Wednesday")), "{got:?}");
}

#[test]
fn a_complementizer_is_not_part_of_a_participant() {
    let p = Pipeline::default();
    let got = participants(
        &p,
        "The ministry said on Tuesday that about 115,000 Russian soldiers were now stationed near the border.",
    );
    assert!(
        got.iter().any(|s| s.ends_with("Russian soldiers")),
        "{got:?}"
    );
    assert!(!got.iter().any(|s| s.starts_with("that ")), "{got:?}");
}

#[test]
fn an_infinitive_under_a_negative_word_is_not_an_event() {
    let p = Pipeline::default();
    let got = patterns(&p, "\"We have nowhere further to retreat,\" he said.");
    assert!(!got.iter().any(|e| e.starts_with("RETREAT")), "{got:?}");
    let got = patterns(&p, "The rebels retreated from the town on Friday.");
    assert!(got.iter().any(|e| e.starts_with("RETREAT")), "{got:?}");
}

/// A capital used as the name of an agreement, an attack or a meeting is a place, while a
/// capital as subject and a building in the same position stay the government.
#[test]
fn capital_naming_a_thing_is_a_place() {
    let p = Pipeline::default();
    let mut a = article(
        "Both sides must respect the Minsk agreements. Moscow rejected the plan. \
         A Kremlin statement called it a provocation.",
    );
    a.meta.date = Some("2021-06-01".into());
    let doc = p.analyze(a);
    let actors = doc.actors.clone().unwrap_or_default();
    let get = |s: &str| {
        actors
            .iter()
            .find(|m| doc.slice(m.span).ends_with(s))
            .unwrap_or_else(|| panic!("no {s}: {actors:#?}"))
    };
    let minsk = get("Minsk");
    assert_eq!(minsk.code, "BLR", "{}", minsk.rule);
    assert!(minsk.sector.is_none());
    assert_eq!(get("Moscow").code, "RUSGOV");
    assert_eq!(get("Kremlin").code, "RUSGOV");
}
