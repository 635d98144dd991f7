//! Content boundaries added in the twenty-eighth session (`h28-content`), on
//! sentences written for these tests, with hand-written tags and parses.

mod common;
use common::{parsed, with_cue};

#[test]
fn a_second_stance_verb_of_the_source_ends_the_clause_even_when_parsed_inside_it() {
    // the parse makes `promised` a conjunct of `regretted` (inside the
    // reported clause); a verb of saying or stance after `and` is the
    // source's second predicate all the same
    let d = parsed(
        "The mayor said she regretted the remarks and promised to stay out.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("PRON", "PRP", Some(4), "nsubj"),
            ("VERB", "VBD", Some(2), "ccomp"),
            ("DET", "DT", Some(6), "det"),
            ("NOUN", "NNS", Some(4), "obj"),
            ("CCONJ", "CC", Some(8), "cc"),
            ("VERB", "VBD", Some(4), "conj"),
            ("PART", "TO", Some(10), "mark"),
            ("VERB", "VB", Some(8), "xcomp"),
            ("ADP", "RP", Some(10), "compound:prt"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    let q = with_cue(&d, "said").expect("said");
    assert_eq!(q.2, vec!["she regretted the remarks".to_string()]);
}

#[test]
fn an_apposition_closing_a_reported_clause_is_the_writers() {
    let d = parsed(
        "The minister said the job fell to local fighters, a force that the army barely trained.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NN", Some(5), "nsubj"),
            ("VERB", "VBD", Some(2), "ccomp"),
            ("ADP", "IN", Some(8), "case"),
            ("ADJ", "JJ", Some(8), "amod"),
            ("NOUN", "NNS", Some(5), "obl"),
            ("PUNCT", ",", Some(11), "punct"),
            ("DET", "DT", Some(11), "det"),
            ("NOUN", "NN", Some(8), "appos"),
            ("PRON", "WDT", Some(16), "obj"),
            ("DET", "DT", Some(14), "det"),
            ("NOUN", "NN", Some(16), "nsubj"),
            ("ADV", "RB", Some(16), "advmod"),
            ("VERB", "VBD", Some(11), "acl:relcl"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    let q = with_cue(&d, "said").expect("said");
    assert_eq!(q.2, vec!["the job fell to local fighters".to_string()]);
}

#[test]
fn an_opener_before_the_comma_keeps_the_clause_after_it() {
    // no finite verb before the comma: `a` opens the clause's subject
    let d = parsed(
        "The minister said that in the new year, a tax would fall.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("SCONJ", "IN", Some(12), "mark"),
            ("ADP", "IN", Some(7), "case"),
            ("DET", "DT", Some(7), "det"),
            ("ADJ", "JJ", Some(7), "amod"),
            ("NOUN", "NN", Some(12), "obl"),
            ("PUNCT", ",", Some(7), "punct"),
            ("DET", "DT", Some(10), "det"),
            ("NOUN", "NN", Some(12), "nsubj"),
            ("AUX", "MD", Some(12), "aux"),
            ("VERB", "VB", Some(2), "ccomp"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    let q = with_cue(&d, "said").expect("said");
    assert_eq!(
        q.2,
        vec!["that in the new year, a tax would fall".to_string()]
    );
}

#[test]
fn a_circumstance_before_that_is_skipped_even_when_the_parse_hangs_the_clause_off_it() {
    // the parse attaches the clause to `debate` (as if `that` were a
    // relative pronoun); a subject after `that` says it opens the content
    let d = parsed(
        "The senator said during the budget debate that taxes would rise.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("ADP", "IN", Some(6), "case"),
            ("DET", "DT", Some(6), "det"),
            ("NOUN", "NN", Some(6), "compound"),
            ("NOUN", "NN", Some(2), "obl"),
            ("SCONJ", "IN", Some(10), "mark"),
            ("NOUN", "NNS", Some(10), "nsubj"),
            ("AUX", "MD", Some(10), "aux"),
            ("VERB", "VB", Some(6), "acl"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    let q = with_cue(&d, "said").expect("said");
    assert_eq!(q.2, vec!["that taxes would rise".to_string()]);
}

#[test]
fn a_connective_opening_the_sentence_is_no_part_of_an_according_to_content() {
    let d = parsed(
        "But turnout fell sharply, according to county officials.",
        &[
            ("CCONJ", "CC", Some(2), "cc"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("ADV", "RB", Some(2), "advmod"),
            ("PUNCT", ",", Some(2), "punct"),
            ("VERB", "VBG", Some(8), "case"),
            ("ADP", "IN", Some(5), "fixed"),
            ("NOUN", "NN", Some(8), "compound"),
            ("NOUN", "NNS", Some(2), "obl"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    let q = with_cue(&d, "according to").expect("according to");
    assert_eq!(q.2, vec!["turnout fell sharply".to_string()]);
}

#[test]
fn a_perfect_after_an_object_content_is_the_sources_second_predicate() {
    let d = parsed(
        "The governor endorsed Smith and has been a critic of the plan.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("PROPN", "NNP", Some(2), "obj"),
            ("CCONJ", "CC", Some(8), "cc"),
            ("AUX", "VBZ", Some(8), "aux"),
            ("AUX", "VBN", Some(8), "cop"),
            ("DET", "DT", Some(8), "det"),
            ("NOUN", "NN", Some(2), "conj"),
            ("ADP", "IN", Some(11), "case"),
            ("DET", "DT", Some(11), "det"),
            ("NOUN", "NN", Some(8), "nmod"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    let q = with_cue(&d, "endorsed").expect("endorsed");
    assert_eq!(q.2, vec!["Smith".to_string()]);
}
