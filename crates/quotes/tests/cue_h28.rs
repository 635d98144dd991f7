//! Round h28-cue: an `including` phrase joins a group speaker, `made no
//! mention of` is one cue, and headline kicker labels are no speakers
//! (sentences written for these tests).

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{doc, shown, with_cue};

#[test]
fn an_including_phrase_belongs_to_the_group_speaker() {
    let d = doc("Several mayors, including Ann Lee and Bo Park, said the plan had failed.");
    let q = with_cue(&d, "said").expect("a quote on said");
    assert_eq!(
        q.0, "Several mayors, including Ann Lee and Bo Park",
        "{q:?}"
    );
}

#[test]
fn a_source_without_an_including_phrase_is_unchanged() {
    let d = doc("Several mayors said the plan had failed.");
    let q = with_cue(&d, "said").expect("a quote on said");
    assert_eq!(q.0, "Several mayors", "{q:?}");
}

#[test]
fn made_no_mention_of_is_one_cue_with_the_subject_as_speaker() {
    let d = doc("The senator made no mention of the new tax plan.");
    let q = with_cue(&d, "made no mention of").expect("a quote on made no mention of");
    assert_eq!(q.0, "The senator", "{q:?}");
    assert_eq!(q.2, vec!["the new tax plan".to_string()], "{q:?}");
}

#[test]
fn a_kicker_label_before_a_headline_colon_is_no_speaker() {
    let d = doc("BOOM: Governor Vetoes The Budget Bill Again\n\nThe governor acted on Monday.");
    let q = shown(&QuoteAnnotator::new(), &d);
    assert!(!q.iter().any(|x| x.0 == "BOOM"), "{q:?}");
    let d = doc("Kasich: We Will Win Ohio In November\n\nThe governor spoke on Monday.");
    let q = shown(&QuoteAnnotator::new(), &d);
    assert!(q.iter().any(|x| x.0 == "Kasich" && x.1 == ":"), "{q:?}");
}
