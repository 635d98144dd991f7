//! Content boundaries added in the twenty-ninth session (`h29-content`), on
//! sentences written for these tests, with hand-written tags and parses.

mod common;
use common::{with_cue, with_rows};

/// A document with the text stage's tokens and sentences (its segmenter keeps
/// `Fla.` inside the sentence, as the pipeline does) and hand-written tags and
/// dependencies, one row per token: (UPOS, XPOS, head index, relation).
fn segmented(text: &str, rows: &[(&str, &str, Option<u32>, &str)]) -> chronicle_doc::Doc {
    let (sents, toks) = chronicle_text::Segmenter::default().annotate_text(text);
    with_rows(text, toks, sents, rows)
}

#[test]
fn a_quotation_after_a_state_abbreviation_joins_the_content_before_the_cue() {
    // the sentence splitter does not end a sentence at `Fla.`, so the second
    // quotation sits in the cue sentence; it is the same speaker's
    let d = segmented(
        "\"The plan will not work,\" said Ann Reyes, 40, of Tampa, Fla. \"Nobody here trusts it.\"",
        &[
            ("PUNCT", "``", Some(5), "punct"),
            ("DET", "DT", Some(2), "det"),
            ("NOUN", "NN", Some(5), "nsubj"),
            ("AUX", "MD", Some(5), "aux"),
            ("PART", "RB", Some(5), "advmod"),
            ("VERB", "VB", Some(8), "ccomp"),
            ("PUNCT", ",", Some(8), "punct"),
            ("PUNCT", "''", Some(8), "punct"),
            ("VERB", "VBD", None, "root"),
            ("PROPN", "NNP", Some(10), "compound"),
            ("PROPN", "NNP", Some(8), "nsubj"),
            ("PUNCT", ",", Some(12), "punct"),
            ("NUM", "CD", Some(10), "amod"),
            ("PUNCT", ",", Some(15), "punct"),
            ("ADP", "IN", Some(15), "case"),
            ("PROPN", "NNP", Some(10), "nmod"),
            ("PUNCT", ",", Some(17), "punct"),
            ("PROPN", "NNP", Some(15), "appos"),
            ("PUNCT", "``", Some(21), "punct"),
            ("PRON", "NN", Some(21), "nsubj"),
            ("ADV", "RB", Some(21), "advmod"),
            ("VERB", "VBZ", Some(8), "parataxis"),
            ("PRON", "PRP", Some(21), "obj"),
            ("PUNCT", ".", Some(8), "punct"),
            ("PUNCT", "''", Some(21), "punct"),
        ],
    );
    let q = with_cue(&d, "said").expect("said");
    assert_eq!(
        q.2,
        vec![
            "\"The plan will not work,\"".to_string(),
            "\"Nobody here trusts it.\"".to_string()
        ]
    );
}

#[test]
fn a_lower_case_quotation_after_an_abbreviation_is_no_new_sentence() {
    // `the U.S. "a partner …"`: a quoted phrase inside the writer's sentence
    let d = segmented(
        "\"We will stay,\" said Ann Reyes, who once called the U.S. \"a partner in name only.\"",
        &[
            ("PUNCT", "``", Some(3), "punct"),
            ("PRON", "PRP", Some(3), "nsubj"),
            ("AUX", "MD", Some(3), "aux"),
            ("VERB", "VB", Some(6), "ccomp"),
            ("PUNCT", ",", Some(6), "punct"),
            ("PUNCT", "''", Some(6), "punct"),
            ("VERB", "VBD", None, "root"),
            ("PROPN", "NNP", Some(8), "compound"),
            ("PROPN", "NNP", Some(6), "nsubj"),
            ("PUNCT", ",", Some(12), "punct"),
            ("PRON", "WP", Some(12), "nsubj"),
            ("ADV", "RB", Some(12), "advmod"),
            ("VERB", "VBD", Some(8), "acl:relcl"),
            ("DET", "DT", Some(14), "det"),
            ("PROPN", "NNP", Some(12), "obj"),
            ("PUNCT", "``", Some(17), "punct"),
            ("DET", "DT", Some(17), "det"),
            ("NOUN", "NN", Some(12), "xcomp"),
            ("ADP", "IN", Some(19), "case"),
            ("NOUN", "NN", Some(17), "nmod"),
            ("ADV", "RB", Some(19), "advmod"),
            ("PUNCT", ".", Some(6), "punct"),
            ("PUNCT", "''", Some(17), "punct"),
        ],
    );
    let q = with_cue(&d, "said").expect("said");
    assert_eq!(q.2, vec!["\"We will stay,\"".to_string()]);
}
