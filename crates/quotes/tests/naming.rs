//! "a group called X": a participle naming the noun before it is no
//! attribution (sentences written for these tests).

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{parsed, shown};

#[test]
fn a_participle_naming_a_noun_is_no_cue() {
    let d = parsed(
        "Residents formed a group called Safe Streets.",
        &[
            ("NOUN", "NNS", Some(1), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(3), "det"),
            ("NOUN", "NN", Some(1), "obj"),
            ("VERB", "VBN", Some(3), "acl"),
            ("PROPN", "NNP", Some(6), "compound"),
            ("PROPN", "NNP", Some(4), "xcomp"),
            ("PUNCT", ".", Some(1), "punct"),
        ],
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    assert!(!q.iter().any(|x| x.1 == "called"), "{q:?}");
}

#[test]
fn called_with_a_pronoun_subject_stays_a_cue() {
    let d = parsed(
        "She called the plan a disaster.",
        &[
            ("PRON", "PRP", Some(1), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(3), "det"),
            ("NOUN", "NN", Some(1), "obj"),
            ("DET", "DT", Some(5), "det"),
            ("NOUN", "NN", Some(1), "xcomp"),
            ("PUNCT", ".", Some(1), "punct"),
        ],
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    assert!(q.iter().any(|x| x.0 == "She" && x.1 == "called"), "{q:?}");
}
