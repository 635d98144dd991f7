//! Fixes from claims review sample U (issue #6), through the whole default
//! pipeline, on texts written for these tests.

mod common;

use common::claim_pairs;

#[test]
fn a_bare_pronoun_source_takes_the_speaker_named_just_before() {
    // an official no dictionary knows, then "According to him": the claim is
    // the official's, not the word "him"
    let c = claim_pairs(
        "Taras Melnychuk, head of the district council, reported on the floods. \
         According to him, 41 villages are still cut off.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Taras Melnychuk", "{c:?}");
    // (with no named speaker right before, the pronoun stays: no guess further back)
    let c = claim_pairs(
        "Taras Melnychuk spoke first. The council said the roads were closed. \
         According to him, 41 villages are still cut off.",
    );
    assert!(c.iter().all(|c| c.1 != "Taras Melnychuk"), "{c:?}");
}

#[test]
fn a_heading_before_a_head_of_state_label_leaves_the_turn_to_the_speaker() {
    let c = claim_pairs(
        "Talks with the President of Norland\n\nStart of Velonia-Norland talks President of \
         Velonia Anna Berg: Friends, last year our trade grew by 31 percent.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(c[0].1.ends_with("Anna Berg"), "{c:?}");
}
