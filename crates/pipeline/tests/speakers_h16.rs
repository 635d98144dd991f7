//! Speaker names of long compound titles, of somebody's staff and of transcript
//! labels that run an office into the name (issues #4/#6/#8, branch
//! `h16-fixes`), through the whole default pipeline, on texts written for
//! these tests.

mod common;
use chronicle_doc::Doc;
use chronicle_pipeline::Pipeline;
use common::article;

fn dated(p: &Pipeline, text: &str, date: &str) -> Doc {
    let mut a = article(text);
    a.meta.date = Some(date.into());
    p.analyze(a)
}

/// (source text, speaker name, speaker code) of every quote.
fn speakers(doc: &Doc) -> Vec<(String, Option<String>, Option<String>)> {
    common::speaker_triples(doc)
}

#[test]
fn the_person_named_after_a_long_compound_title_is_the_speaker() {
    let p = Pipeline::default();
    let doc = dated(
        &p,
        "Evacuation routes\n\nTwo more evacuation routes will open on Friday morning. This was \
         announced by Deputy Prime Minister - Minister for Reintegration of the Temporarily \
         Occupied Territories Iryna Vereshchuk.",
        "2022-03-18",
    );
    let got = speakers(&doc);
    let q = got
        .iter()
        .find(|q| q.0.ends_with("Iryna Vereshchuk"))
        .unwrap_or_else(|| panic!("the announcement: {got:?}"));
    assert_eq!(q.1.as_deref(), Some("Iryna Vereshchuk"), "{got:?}");
    assert_eq!(q.2.as_deref(), Some("UKRGOV"), "{got:?}");
}

#[test]
fn an_adviser_to_an_office_holder_is_not_the_holder() {
    let p = Pipeline::default();
    let doc = dated(
        &p,
        "Talks go on\n\nThe Adviser to the President of Ukraine said that the next round would \
         start on Monday. An aide to the President of Ukraine told reporters that the line held.",
        "2022-03-18",
    );
    let got = speakers(&doc);
    assert_eq!(got.len(), 2, "{got:?}");
    for (src, name, code) in &got {
        assert!(src.contains("to the President of Ukraine"), "{got:?}");
        assert_eq!(code.as_deref(), Some("UKRGOV"), "{got:?}");
        let name = name.as_deref().unwrap_or("");
        assert!(name.contains("to the President"), "{got:?}");
        assert!(!name.contains("Zelensky"), "{got:?}");
    }
    // the staff member named before the comma is the speaker
    let doc = dated(
        &p,
        "Talks go on\n\nMarta Kowalczyk, adviser to the President of Ukraine, said that the \
         next round would start on Monday.",
        "2022-03-18",
    );
    let got = speakers(&doc);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Marta Kowalczyk"), "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("UKRGOV"), "{got:?}");
    // the president himself still speaks as himself
    let doc = dated(
        &p,
        "Talks go on\n\nThe President of Ukraine said that the next round would start on Monday.",
        "2022-03-18",
    );
    let got = speakers(&doc);
    assert_eq!(got[0].1.as_deref(), Some("Volodymyr Zelensky"), "{got:?}");
}

#[test]
fn an_office_run_into_a_label_name_is_not_part_of_the_name() {
    let p = Pipeline::default();
    let doc = dated(
        &p,
        "Meeting with the head of a research centre\n\nPresident Ivan Sidorov: Good afternoon. \
         How is the work going?\n\nDeputy Director of the Centre of Epidemiology and \
         Microbiology Anton Merkulov: Good afternoon. I think we are ready for the winter.\n\n\
         Ivan Sidorov: I am glad to hear it.",
        "2022-03-18",
    );
    let got = speakers(&doc);
    let merkulov = got
        .iter()
        .find(|q| q.0 == "I" && q.1.as_deref().is_some_and(|n| n.contains("Merkulov")))
        .unwrap_or_else(|| panic!("Merkulov's 'I think': {got:?}"));
    assert_eq!(merkulov.1.as_deref(), Some("Anton Merkulov"), "{got:?}");
}
