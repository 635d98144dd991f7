//! Actor fixes of round h25-actors (issue #4), through the whole default
//! pipeline (tagger and parser included), on texts written for these tests.

mod common;

use chronicle_pipeline::Pipeline;
use common::{analyze, name_of, speaker_names};

#[test]
fn a_country_word_inside_a_papers_or_wars_name_is_no_actor() {
    let p = Pipeline::default();
    let d = analyze(
        &p,
        "Lena Ortiz told the Washington Examiner that the Iraq War was a mistake. \
         The Russian Foreign Ministry disagreed.",
    );
    let a: Vec<(&str, &str)> = d
        .actors
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|m| (d.slice(m.span), m.code.as_str()))
        .collect();
    assert!(
        !a.iter()
            .any(|(s, _)| s.contains("Washington") || s.contains("Iraq")),
        "{a:?}"
    );
    assert!(
        a.iter()
            .any(|(s, c)| s.contains("Russian Foreign Ministry") && *c == "RUSGOV"),
        "{a:?}"
    );
}

#[test]
fn two_persons_named_together_speak_as_the_first_not_as_a_seat() {
    let p = Pipeline::default();
    let text = "The plan is unworkable, wrote former White House counsel Mark Dolan and \
                Ben Fisher, who was an adviser in 2013. \
                \"The plan is unworkable,\" said Ann Lee and Bo Kim of the United States.";
    let q = speaker_names(&p, text);
    assert_eq!(
        name_of(
            &q,
            "former White House counsel Mark Dolan and Ben Fisher, who was an adviser in 2013"
        ),
        Some("Mark Dolan"),
        "{q:?}"
    );
    assert_eq!(
        name_of(&q, "Ann Lee and Bo Kim of the United States"),
        Some("Ann Lee"),
        "{q:?}"
    );
    // a pair after another person is not the source's first person
    let q = speaker_names(
        &p,
        "\"We will not attend,\" said Governor Ella Brandt, along with Senator Joe Park \
         and Representative Lin Moss.",
    );
    assert!(
        q.iter().any(|(_, n)| n.is_some())
            && !q.iter().any(|(_, n)| n.as_deref() == Some("Joe Park")),
        "{q:?}"
    );
}
