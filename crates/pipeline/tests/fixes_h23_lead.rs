//! Fixes from claims review sample S (issue #6), through the whole default
//! pipeline, on texts written for these tests.

mod common;

use chronicle_pipeline::Pipeline;
use common::{claim_pairs, name_of, speaker_names};

#[test]
fn data_with_an_owner_noun_is_the_claimant() {
    let c = claim_pairs(
        "There are about 500 private jets in the region, worth more than £2bn, according to \
         industry data.",
    );
    assert!(!c.is_empty(), "{c:?}");
    assert!(c.iter().all(|c| c.1 == "industry data"), "{c:?}");
    // (data with no owner stays the outlet's)
    let c = claim_pairs("There are about 500 private jets in the region, according to new data.");
    assert!(c.iter().all(|c| c.1.starts_with("source:")), "{c:?}");
}

#[test]
fn a_name_in_a_relative_clause_of_the_source_does_not_speak() {
    let p = Pipeline::default();
    let q = speaker_names(
        &p,
        "On Monday, according to reports that could not be independently verified by the \
         Guardian, the army offered a truce to 300 soldiers.",
    );
    assert_eq!(
        name_of(
            &q,
            "reports that could not be independently verified by the Guardian"
        ),
        None
    );
    // the head before the clause does
    let q = speaker_names(
        &p,
        "\"The count is not over,\" said Paul Kessler, who advised Senator Mary Lund in 2019.",
    );
    assert_eq!(
        name_of(&q, "Paul Kessler, who advised Senator Mary Lund in 2019"),
        Some("Paul Kessler")
    );
    // (a clause that gives the speaker's name names him)
    let q = speaker_names(
        &p,
        "\"We stayed,\" said a man who gave his name as Tomas Berg.",
    );
    assert_eq!(
        name_of(&q, "a man who gave his name as Tomas Berg"),
        Some("Tomas Berg")
    );
}

#[test]
fn the_head_of_a_place_is_not_named_after_the_place() {
    let p = Pipeline::default();
    let q = speaker_names(
        &p,
        "The President thanked Pavel Ivanov for his work. The head of Udmurtia said he wanted \
         help on four important issues.",
    );
    assert_ne!(
        name_of(&q, "The head of Udmurtia"),
        Some("Udmurtia"),
        "{q:?}"
    );
}
