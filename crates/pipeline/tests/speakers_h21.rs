//! Speaker names of pronoun sources whose nearest name is inside the
//! quotation itself (`h21-speakers`), through the whole default pipeline, on
//! texts written for these tests.

mod common;
use chronicle_pipeline::Pipeline;
use common::name_of;

/// (source, speaker name) of every quote, with the default pipeline.
fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    common::speaker_names(&Pipeline::default(), text)
}

#[test]
fn a_person_named_inside_the_quotation_is_not_its_speaker() {
    let q = speakers(
        "The council met on Monday to discuss the new bridge over the river. \
         \"We cannot wait for Governor Martin Keller to pay for the bridge,\" he said.",
    );
    assert_eq!(name_of(&q, "he"), None, "{q:?}");
    let q = speakers(
        "Residents packed the hall on Monday night. \
         \"Nobody trusts Mayor Anna Berg on this bridge any more,\" she said. \"We want a vote.\"",
    );
    assert_eq!(name_of(&q, "she"), None, "{q:?}");
}

#[test]
fn a_speaker_named_before_the_quotation_keeps_the_name() {
    // the man named before the quotation speaks, not the woman inside it
    let q = speakers(
        "Tomas Vidal has run the ferry for twenty years. \
         \"I told the minister, Petra Lindqvist, that the ferry is safe,\" he said.",
    );
    assert_eq!(name_of(&q, "he"), Some("Tomas Vidal"), "{q:?}");
    // a namesake inside the quotation does not unname her: her full name comes
    // before it
    let q = speakers(
        "Elena Marsh read a statement to reporters outside the hospital. \
         \"My husband, Karl Marsh, died this morning,\" she said.",
    );
    assert_eq!(name_of(&q, "she"), Some("Elena Marsh"), "{q:?}");
}

#[test]
fn a_bare_office_or_party_word_is_no_speaker_name() {
    let q = speakers(
        "Lawmakers met on Tuesday. \"We will not fund the wall,\" the California Democrat said.",
    );
    assert_eq!(name_of(&q, "the California Democrat"), None, "{q:?}");
    // (a name with the party word stays: "Republican Ann Hale")
    let q = speakers("Republican Ann Hale said the budget was too large.");
    assert_eq!(
        name_of(&q, "Republican Ann Hale"),
        Some("Ann Hale"),
        "{q:?}"
    );
}
