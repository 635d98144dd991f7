//! "X responded by saying …": the framing verb and its `by`-gerund are one cue
//! (sentences written for these tests).

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{parsed, shown};

fn cues(
    text: &str,
    rows: &[(&str, &str, Option<u32>, &str)],
) -> Vec<(String, String, Vec<String>)> {
    shown(&QuoteAnnotator::new(), &parsed(text, rows))
}

#[test]
fn responded_by_saying_is_one_cue() {
    let q = cues(
        "The mayor responded by saying the budget was fair.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("SCONJ", "IN", Some(4), "mark"),
            ("VERB", "VBG", Some(2), "advcl"),
            ("DET", "DT", Some(6), "det"),
            ("NOUN", "NN", Some(8), "nsubj"),
            ("AUX", "VBD", Some(8), "cop"),
            ("ADJ", "JJ", Some(4), "ccomp"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "The mayor");
    assert_eq!(q[0].1, "responded by saying");
    assert_eq!(q[0].2, vec!["the budget was fair".to_string()]);
}

#[test]
fn began_by_asking_takes_the_framing_verb() {
    let q = cues(
        "The senator began the hearing by asking why the plant closed.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NN", Some(2), "obj"),
            ("SCONJ", "IN", Some(6), "mark"),
            ("VERB", "VBG", Some(2), "advcl"),
            ("ADV", "WRB", Some(10), "advmod"),
            ("DET", "DT", Some(9), "det"),
            ("NOUN", "NN", Some(10), "nsubj"),
            ("VERB", "VBD", Some(6), "ccomp"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    assert!(
        q.iter().any(|x| x.1 == "began the hearing by asking"),
        "{q:?}"
    );
    assert!(!q.iter().any(|x| x.1 == "asking"), "{q:?}");
}

#[test]
fn a_gerund_that_is_no_speech_verb_stays_out() {
    let q = cues(
        "The mayor responded by closing the road.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("SCONJ", "IN", Some(4), "mark"),
            ("VERB", "VBG", Some(2), "advcl"),
            ("DET", "DT", Some(6), "det"),
            ("NOUN", "NN", Some(4), "obj"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    assert!(!q.iter().any(|x| x.1.contains("by")), "{q:?}");
}
