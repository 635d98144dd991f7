//! Fixes from claims review sample T (issue #6), through the whole default
//! pipeline, on texts written for these tests.

mod common;

use chronicle_pipeline::Pipeline;
use common::{claim_pairs, name_of, speaker_names};

#[test]
fn a_long_title_with_and_before_the_name_still_names_the_speaker() {
    let text = "Lviv, 4 March. \"In the first week, 31 schools were hit and 12 were destroyed. \
                Clinics were shelled too,\" says the Commissioner of the President of Velonia \
                for Children's Rights and Children's Education Oksana Kovalenko.";
    let p = Pipeline::default();
    let q = speaker_names(&p, text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(
        q[0].0.starts_with("the Commissioner of the President"),
        "{q:?}"
    );
    assert_eq!(q[0].1.as_deref(), Some("Oksana Kovalenko"), "{q:?}");
    // the numbers in the quotation are hers, not the outlet's
    let c = claim_pairs(text);
    assert!(!c.is_empty(), "{c:?}");
    assert!(c.iter().all(|c| !c.1.starts_with("source:")), "{c:?}");
    // (a title of twelve words or fewer was read before and still is)
    let q = speaker_names(
        &p,
        "\"We are rebuilding,\" says the Commissioner of the President for Education Oksana \
         Kovalenko.",
    );
    assert_eq!(
        name_of(
            &q,
            "the Commissioner of the President for Education Oksana Kovalenko"
        ),
        Some("Oksana Kovalenko")
    );
}

#[test]
fn a_long_clause_after_a_quotation_is_no_speaker() {
    // a verb inside the words after the cue: no title, no inverted speaker
    let q = speaker_names(
        &Pipeline::default(),
        "\"It is over,\" says the report that the Commissioner of the President wrote with \
         Oksana Kovalenko.",
    );
    assert!(
        q.iter().all(|x| x.1.as_deref() != Some("Oksana Kovalenko")),
        "{q:?}"
    );
}

#[test]
fn a_transcript_speaker_label_is_no_subject_for_a_pronoun() {
    // "he" is the person the speaker talked with, not the speaker whose label
    // opens the turn
    let q = speaker_names(
        &Pipeline::default(),
        "Pavel Zarubin: What about the pipeline? Vladimir Putin: I spoke with Mr Lukashenko \
         twice recently and he never told me about that, not even a hint.",
    );
    let he = q.iter().find(|x| x.0 == "he");
    assert!(he.is_some(), "{q:?}");
    assert_ne!(he.unwrap().1.as_deref(), Some("Vladimir Putin"), "{q:?}");
}

#[test]
fn a_congratulation_in_a_transcript_turn_keeps_the_turn_whole() {
    let text = "President of Velonia Anna Berg: Friends, I welcome you and congratulate you on the \
                opening of the festival. More than 300 teams have come this year.";
    let q = speaker_names(&Pipeline::default(), text);
    // one quote: the turn, both sentences
    assert_eq!(q.len(), 1, "{q:?}");
    let c = claim_pairs(text);
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(!c[0].1.starts_with("source:"), "{c:?}");
    // (a reported congratulation is still an attribution)
    let q = speaker_names(
        &Pipeline::default(),
        "Anna Berg congratulated the team on its victory in the final.",
    );
    assert_eq!(name_of(&q, "Anna Berg"), Some("Anna Berg"), "{q:?}");
}
