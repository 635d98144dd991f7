//! Attribution fixes from claims review sample N (issue #6), through the
//! whole default pipeline, on sentences written for these tests.

mod common;
use chronicle_pipeline::Pipeline;

/// (source, cue, content) of every quote.
fn quotes(text: &str) -> Vec<(String, String, String)> {
    common::quote_triples(&Pipeline::default(), text)
}

#[test]
fn a_short_opener_before_according_to_is_not_the_content() {
    for (text, content) in [
        (
            "Also, according to him, almost a million farmers received support this year.",
            "almost a million farmers received support this year",
        ),
        (
            "In total, according to the health minister, 12 million adults are vaccinated.",
            "12 million adults are vaccinated",
        ),
    ] {
        let q = quotes(text);
        let acc = q
            .iter()
            .find(|x| x.1 == "according to")
            .unwrap_or_else(|| panic!("{q:?}"));
        assert_eq!(acc.2, content, "{q:?}");
    }
    // a subject before the cue stays part of the content
    let q = quotes("The mayor, according to officials, has left the city.");
    let acc = q.iter().find(|x| x.1 == "according to").expect("cue");
    assert!(acc.2.contains("The mayor"), "{q:?}");
}

#[test]
fn a_that_clause_series_in_semicolons_stays_in_the_content() {
    let q = quotes(
        "The report says that the fund was mismanaged; that two audits were ignored; and that \
         the board knew.",
    );
    let says = q.iter().find(|x| x.1 == "says").expect("cue");
    assert!(says.2.ends_with("the board knew"), "{q:?}");
    // a writer's own clause after a semicolon still ends it
    let q = quotes(
        "The senator admitted that the plan had failed; it is not clear what comes next; and \
         nobody asked.",
    );
    let adm = q.iter().find(|x| x.1 == "admitted").expect("cue");
    assert_eq!(adm.2, "that the plan had failed", "{q:?}");
}
