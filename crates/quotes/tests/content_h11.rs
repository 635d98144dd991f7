//! Content boundaries added in the eleventh round (`h11-qcontent`), on
//! sentences written for these tests with hand-written tags and parses.

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{parsed, shown};

#[test]
fn a_relative_that_inside_an_infinitive_does_not_start_the_content() {
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBZ", None, "root"),
        ("PART", "TO", Some(4), "mark"),
        ("VERB", "VB", Some(2), "xcomp"),
        ("DET", "DT", Some(6), "det"),
        ("NOUN", "NNS", Some(4), "obj"),
        ("PRON", "WDT", Some(8), "nsubj"),
        ("VERB", "VBD", Some(6), "acl:relcl"),
        ("ADP", "IN", Some(11), "case"),
        ("PRON", "PRP$", Some(11), "nmod:poss"),
        ("NOUN", "NN", Some(8), "obl"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed(
        "The mayor hopes to win the districts that voted for her rival.",
        &rows,
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "The mayor");
    assert_eq!(
        q[0].2,
        vec!["to win the districts that voted for her rival".to_string()]
    );
}

#[test]
fn a_that_right_after_the_infinitive_verb_still_starts_the_content() {
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("PART", "TO", Some(4), "mark"),
        ("VERB", "VB", Some(2), "xcomp"),
        ("SCONJ", "IN", Some(9), "mark"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(9), "nsubj"),
        ("AUX", "VBD", Some(9), "aux"),
        ("VERB", "VBN", Some(4), "ccomp"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed(
        "The mayor refused to admit that the plan had failed.",
        &rows,
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    assert!(!q.is_empty(), "{q:?}");
    assert_eq!(q[0].2, vec!["that the plan had failed".to_string()]);
}

#[test]
fn a_relative_clause_between_the_reported_subject_and_its_verb_stays_in_the_content() {
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("SCONJ", "IN", Some(13), "mark"),
        ("DET", "DT", Some(5), "det"),
        ("NOUN", "NN", Some(13), "nsubj"),
        ("PUNCT", ",", Some(8), "punct"),
        ("PRON", "WP", Some(8), "nsubj"),
        ("VERB", "VBD", Some(5), "acl:relcl"),
        ("DET", "DT", Some(10), "det"),
        ("NOUN", "NN", Some(8), "obj"),
        ("PUNCT", ",", Some(2), "punct"),
        ("AUX", "MD", Some(13), "aux"),
        ("VERB", "VB", Some(2), "ccomp"),
        ("ADV", "RB", Some(13), "advmod"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed(
        "The aide said that the senator, who won the state, would run again.",
        &rows,
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].2,
        vec!["that the senator, who won the state, would run again".to_string()]
    );
}
