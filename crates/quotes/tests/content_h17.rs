//! Content boundaries added in the seventeenth round (`h17-content`), on
//! sentences written for these tests.

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{parsed, shown};

/// `“We will win,” she said. “We have the votes” <tail> .` with hand-written
/// tags and a plain parse; `tail` rows are (word, UPOS, XPOS, head, relation).
fn continued(tail: &[(&str, &str, &str, u32, &str)]) -> chronicle_doc::Doc {
    let mut text = "“We will win,” she said. “We have the votes”".to_string();
    for (w, ..) in tail {
        text.push(' ');
        text.push_str(w);
    }
    text.push('.');
    let mut rows: Vec<(&str, &str, Option<u32>, &str)> = vec![
        ("PUNCT", "``", Some(3), "punct"),
        ("PRON", "PRP", Some(3), "nsubj"),
        ("AUX", "MD", Some(3), "aux"),
        ("VERB", "VB", Some(7), "ccomp"),
        ("PUNCT", ",", Some(3), "punct"),
        ("PUNCT", "''", Some(3), "punct"),
        ("PRON", "PRP", Some(7), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("PUNCT", ".", Some(7), "punct"),
        ("PUNCT", "``", Some(11), "punct"),
        ("PRON", "PRP", Some(11), "nsubj"),
        ("VERB", "VBP", None, "root"),
        ("DET", "DT", Some(13), "det"),
        ("NOUN", "NNS", Some(11), "obj"),
        ("PUNCT", "''", Some(11), "punct"),
    ];
    for &(_, u, x, h, r) in tail {
        rows.push((u, x, Some(h), r));
    }
    rows.push(("PUNCT", ".", Some(11), "punct"));
    parsed(&text, &rows)
}

#[test]
fn a_continuing_quotation_keeps_the_words_that_finish_its_clause() {
    // `“…” to pass the bill.`: the writer finishes the quoted clause
    let d = continued(&[
        ("to", "PART", "TO", 16, "mark"),
        ("pass", "VERB", "VB", 11, "advcl"),
        ("the", "DET", "DT", 18, "det"),
        ("bill", "NOUN", "NN", 16, "obj"),
    ]);
    let q = shown(&QuoteAnnotator::new(), &d);
    let said = q.iter().find(|q| q.1 == "said").expect("said");
    assert_eq!(
        said.2,
        vec![
            "“We will win,”".to_string(),
            "“We have the votes” to pass the bill".to_string()
        ]
    );
}

#[test]
fn a_continuing_quotation_followed_by_a_cue_of_its_own_is_not_joined() {
    // `“…” and she added nothing.`: a lexicon verb in the words after it
    let d = continued(&[
        ("and", "CCONJ", "CC", 17, "cc"),
        ("she", "PRON", "PRP", 17, "nsubj"),
        ("added", "VERB", "VBD", 11, "conj"),
        ("nothing", "PRON", "NN", 17, "obj"),
    ]);
    let q = shown(&QuoteAnnotator::new(), &d);
    let said = q.iter().find(|q| q.1 == "said").expect("said");
    assert_eq!(said.2, vec!["“We will win,”".to_string()]);
}

#[test]
fn a_continuing_quotation_followed_by_its_speaker_is_not_joined() {
    // `“…” the mayor's aide wrote.`: words opening with a subject
    let d = continued(&[
        ("the", "DET", "DT", 17, "det"),
        ("aide", "NOUN", "NN", 17, "nsubj"),
        ("wrote", "VERB", "VBD", 11, "parataxis"),
    ]);
    let q = shown(&QuoteAnnotator::new(), &d);
    let said = q.iter().find(|q| q.1 == "said").expect("said");
    assert_eq!(said.2, vec!["“We will win,”".to_string()]);
}

#[test]
fn an_expletive_it_before_seem_and_an_adjective_is_not_reported() {
    // `It seems unfair to …`: the clause after the adjective is what `it`
    // stands for
    let d = parsed(
        "Residents wrote to the council. It seems unfair to close the park in May.",
        &[
            ("NOUN", "NNS", Some(1), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("ADP", "IN", Some(4), "case"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NN", Some(1), "obl"),
            ("PUNCT", ".", Some(1), "punct"),
            ("PRON", "PRP", Some(7), "expl"),
            ("VERB", "VBZ", None, "root"),
            ("ADJ", "JJ", Some(7), "xcomp"),
            ("PART", "TO", Some(10), "mark"),
            ("VERB", "VB", Some(8), "ccomp"),
            ("DET", "DT", Some(12), "det"),
            ("NOUN", "NN", Some(10), "obj"),
            ("ADP", "IN", Some(14), "case"),
            ("PROPN", "NNP", Some(10), "obl"),
            ("PUNCT", ".", Some(7), "punct"),
        ],
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    let seems = q.iter().find(|q| q.1 == "seems").expect("seems");
    assert_eq!(seems.0, "");
    assert_eq!(seems.2, vec!["unfair to close the park in May".to_string()]);
}

#[test]
fn a_referential_it_before_seem_and_an_infinitive_stays_in_the_content() {
    let d = parsed(
        "The plan failed. It seemed to anger the council.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("PUNCT", ".", Some(2), "punct"),
            ("PRON", "PRP", Some(5), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("PART", "TO", Some(7), "mark"),
            ("VERB", "VB", Some(5), "xcomp"),
            ("DET", "DT", Some(9), "det"),
            ("NOUN", "NN", Some(7), "obj"),
            ("PUNCT", ".", Some(5), "punct"),
        ],
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    let seemed = q.iter().find(|q| q.1 == "seemed").expect("seemed");
    assert_eq!(
        seemed.2,
        vec!["It".to_string(), "to anger the council".to_string()]
    );
}

#[test]
fn a_continuing_quotation_closing_on_a_full_stop_does_not_take_the_next_words() {
    // `… votes.”After that …`: a missing space glues the next sentence on
    // (the tokenizer keeps the full stop on `votes.`)
    let d = parsed(
        "“We will win,” she said. “We have the votes.”After that the council met.",
        &[
            ("PUNCT", "``", Some(3), "punct"),
            ("PRON", "PRP", Some(3), "nsubj"),
            ("AUX", "MD", Some(3), "aux"),
            ("VERB", "VB", Some(7), "ccomp"),
            ("PUNCT", ",", Some(3), "punct"),
            ("PUNCT", "''", Some(3), "punct"),
            ("PRON", "PRP", Some(7), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("PUNCT", ".", Some(7), "punct"),
            ("PUNCT", "``", Some(11), "punct"),
            ("PRON", "PRP", Some(11), "nsubj"),
            ("VERB", "VBP", None, "root"),
            ("DET", "DT", Some(13), "det"),
            ("NOUN", "NNS", Some(11), "obj"),
            ("PUNCT", "''", Some(11), "punct"),
            ("ADP", "IN", Some(16), "case"),
            ("PRON", "DT", Some(19), "obl"),
            ("DET", "DT", Some(18), "det"),
            ("NOUN", "NN", Some(19), "nsubj"),
            ("VERB", "VBD", Some(11), "parataxis"),
            ("PUNCT", ".", Some(19), "punct"),
        ],
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    let said = q.iter().find(|q| q.1 == "said").expect("said");
    assert!(
        said.2.iter().all(|c| !c.contains("council")),
        "{:?}",
        said.2
    );
}
