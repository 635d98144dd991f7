//! "This was stated by X": the sentence after a statement names its speaker
//! (sentences written for these tests).

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{parsed, shown};

type Row = (&'static str, &'static str, Option<u32>, &'static str);

const STATEMENT: [Row; 9] = [
    ("DET", "DT", None, "det"),
    ("NOUN", "NN", None, "nsubj"),
    ("AUX", "MD", None, "aux"),
    ("VERB", "VB", None, "root"),
    ("NUM", "CD", None, "nummod"),
    ("NOUN", "NNS", None, "obj"),
    ("DET", "DT", None, "det"),
    ("NOUN", "NN", None, "obl"),
    ("PUNCT", ".", None, "punct"),
];

/// "This was <participle> <preposition>" after the statement.
const FRAME: [Row; 4] = [
    ("PRON", "DT", None, "nsubj:pass"),
    ("AUX", "VBD", None, "aux:pass"),
    ("VERB", "VBN", None, "root"),
    ("ADP", "IN", None, "case"),
];

/// The statement's rows, the frame's, then `tail` (the words after the preposition).
fn rows(tail: &[Row]) -> Vec<Row> {
    let mut r = STATEMENT.to_vec();
    r.extend_from_slice(&FRAME);
    r.extend_from_slice(tail);
    r
}

#[test]
fn the_sentence_after_names_the_speaker_of_the_one_before() {
    let text = "Every town will get 40 generators this winter. This was stated by Minister Olena Marchuk during a briefing.";
    let d = parsed(
        text,
        &rows(&[
            ("PROPN", "NNP", None, "compound"),
            ("PROPN", "NNP", None, "obl:agent"),
            ("PROPN", "NNP", None, "flat"),
            ("ADP", "IN", None, "case"),
            ("DET", "DT", None, "det"),
            ("NOUN", "NN", None, "obl"),
            ("PUNCT", ".", None, "punct"),
        ]),
    );
    let q = QuoteAnnotator::new().annotate(&d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].rule, "this_was_said_by");
    assert_eq!(q[0].sentence, 0);
    assert_eq!(
        shown(&QuoteAnnotator::new(), &d),
        vec![(
            "Minister Olena Marchuk".to_string(),
            "was stated".to_string(),
            vec!["Every town will get 40 generators this winter".to_string()]
        )]
    );
}

#[test]
fn a_verb_that_is_no_cue_or_no_agent_gives_nothing() {
    // "built by" is no speech; "stated in writing" names no speaker
    let text = "Every town will get 40 generators this winter. This was built by engineers.";
    let d = parsed(
        text,
        &rows(&[
            ("NOUN", "NNS", None, "obl:agent"),
            ("PUNCT", ".", None, "punct"),
        ]),
    );
    assert!(QuoteAnnotator::new().annotate(&d).is_empty());
    let text = "Every town will get 40 generators this winter. This was stated in writing.";
    let d = parsed(
        text,
        &rows(&[("NOUN", "NN", None, "obl"), ("PUNCT", ".", None, "punct")]),
    );
    assert!(QuoteAnnotator::new().annotate(&d).is_empty());
}

#[test]
fn a_statement_another_attribution_holds_is_left_to_it() {
    // the statement is already the content of "said": no second speaker
    let text = "The mayor said every town will get generators. This was announced by the ministry.";
    let d = parsed(
        text,
        &[
            ("DET", "DT", Some(2), "det"),
            ("NOUN", "NN", Some(3), "nsubj"),
            ("VERB", "VBD", Some(0), "root"),
            ("DET", "DT", Some(5), "det"),
            ("NOUN", "NN", Some(7), "nsubj"),
            ("AUX", "MD", Some(7), "aux"),
            ("VERB", "VB", Some(3), "ccomp"),
            ("NOUN", "NNS", Some(7), "obj"),
            ("PUNCT", ".", Some(3), "punct"),
            ("PRON", "DT", Some(12), "nsubj:pass"),
            ("AUX", "VBD", Some(12), "aux:pass"),
            ("VERB", "VBN", Some(0), "root"),
            ("ADP", "IN", Some(15), "case"),
            ("DET", "DT", Some(15), "det"),
            ("NOUN", "NN", Some(12), "obl:agent"),
            ("PUNCT", ".", Some(12), "punct"),
        ],
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "said");
}

#[test]
fn a_title_with_its_complement_is_one_speaker() {
    let text = "Every town will get 40 generators this winter. This was stated by Adviser to the Head of the Office Ivan Dorosh in a comment.";
    let d = parsed(
        text,
        &rows(&[
            ("PROPN", "NNP", None, "obl:agent"),
            ("ADP", "IN", None, "case"),
            ("DET", "DT", None, "det"),
            ("PROPN", "NNP", None, "nmod"),
            ("ADP", "IN", None, "case"),
            ("DET", "DT", None, "det"),
            ("PROPN", "NNP", None, "nmod"),
            ("PROPN", "NNP", None, "flat"),
            ("PROPN", "NNP", None, "flat"),
            ("ADP", "IN", None, "case"),
            ("DET", "DT", None, "det"),
            ("NOUN", "NN", None, "obl"),
            ("PUNCT", ".", None, "punct"),
        ]),
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Adviser to the Head of the Office Ivan Dorosh");
}
