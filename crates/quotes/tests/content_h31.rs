//! Content boundaries added in the thirty-first session (`h31-content`), on
//! sentences written for these tests.

mod common;
use common::{doc, parsed, with_cue};

#[test]
fn a_contrastive_opener_is_left_out_of_a_content_before_its_cue() {
    let d = parsed(
        "In contrast, the union kept its support among nurses, the survey found.",
        &[
            ("ADP", "IN", Some(1), "case"),
            ("NOUN", "NN", Some(5), "obl"),
            ("PUNCT", ",", Some(1), "punct"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NN", Some(5), "nsubj"),
            ("VERB", "VBD", Some(13), "ccomp"),
            ("PRON", "PRP$", Some(7), "nmod:poss"),
            ("NOUN", "NN", Some(5), "obj"),
            ("ADP", "IN", Some(9), "case"),
            ("NOUN", "NNS", Some(7), "nmod"),
            ("PUNCT", ",", Some(13), "punct"),
            ("DET", "DT", Some(12), "det"),
            ("NOUN", "NN", Some(13), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("PUNCT", ".", Some(13), "punct"),
        ],
    );
    let q = with_cue(&d, "found").expect("found");
    assert_eq!(
        q.2,
        vec!["the union kept its support among nurses".to_string()]
    );
}

#[test]
fn in_fact_and_nevertheless_openers_are_left_out_too() {
    let d = doc("In fact, the bridge will reopen in May, officials said.");
    let q = with_cue(&d, "said").expect("said");
    assert_eq!(q.2, vec!["the bridge will reopen in May".to_string()]);
    let d = doc("Nevertheless, the plan stays on the table, according to two aides.");
    let q = with_cue(&d, "according to").expect("according to");
    assert_eq!(q.2, vec!["the plan stays on the table".to_string()]);
}

#[test]
fn a_scene_setting_opener_stays_in_the_content() {
    // `In all,` sums up the reported figures: PolNeAR keeps it
    let d = doc("In all, the fund raised nine million dollars, the treasurer said.");
    let q = with_cue(&d, "said").expect("said");
    assert_eq!(
        q.2,
        vec!["In all, the fund raised nine million dollars".to_string()]
    );
}
