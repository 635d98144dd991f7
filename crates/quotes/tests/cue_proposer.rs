//! The learned cue proposer loaded from a tiny hand-written model file, on a
//! hand-written, hand-parsed sentence (no trained model file is read).

use chronicle_quotes::{CueModel, QuoteAnnotator};

mod common;
use common::{parsed, shown};

/// "The senator fretted that the race was close.": `fret` is no lexicon cue.
fn senator_fretted() -> chronicle_doc::Doc {
    parsed(
        "The senator fretted that the race was close.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("SCONJ", "IN", Some(7), "mark"),
            ("DET", "DT", Some(5), "det"),
            ("NOUN", "NN", Some(7), "nsubj"),
            ("AUX", "VBD", Some(7), "cop"),
            ("ADJ", "JJ", Some(2), "ccomp"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    )
}

/// A model file that scores the word "fretted" (and nothing else) as a cue.
const FRETTED: &str = "#chronicle-cue-model v1 threshold=0\n*bias\t-1\nw=fretted\t5\n";

#[test]
fn a_model_file_proposes_a_verb_the_lexicon_does_not_list() {
    let d = senator_fretted();
    // the rules alone find nothing
    assert!(shown(&QuoteAnnotator::new(), &d).is_empty());
    let m = CueModel::parse(FRETTED, "tiny.tsv").expect("a valid hand-written model");
    let v = shown(&QuoteAnnotator::new().with_cue_model(m), &d);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "The senator");
    assert_eq!(v[0].1, "fretted");
    // (PolNeAR's convention: the content keeps its `that`)
    assert_eq!(v[0].2, vec!["that the race was close"]);
    // a threshold above the word's score: no cue
    let m = CueModel::parse(&FRETTED.replace("threshold=0", "threshold=4.5"), "tiny.tsv").unwrap();
    assert!(shown(&QuoteAnnotator::new().with_cue_model(m), &d).is_empty());
}

#[test]
fn the_candidate_set_lists_verbs_and_nouns_in_the_noun_cue_frame() {
    let d = parsed(
        "Her warning that prices rose stands.",
        &[
            ("PRON", "PRP$", Some(1), "nmod:poss"),
            ("NOUN", "NN", Some(5), "nsubj"),
            ("SCONJ", "IN", Some(4), "mark"),
            ("NOUN", "NNS", Some(4), "nsubj"),
            ("VERB", "VBD", Some(1), "acl"),
            ("VERB", "VBZ", None, "root"),
            ("PUNCT", ".", Some(5), "punct"),
        ],
    );
    let c = QuoteAnnotator::new().cue_candidates(&d);
    assert_eq!(c, vec![(1, "noun"), (4, "verb"), (5, "verb")]);
}
