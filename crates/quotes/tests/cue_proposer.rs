//! The learned cue proposer's own frames, with tiny hand-written model files
//! on hand-written, hand-parsed sentences (no trained model file is read).

use chronicle_quotes::{CueModel, QuoteAnnotator};

mod common;
use common::{parsed, shown};

/// "Fretting that the race was close, the senator left the stage.": a
/// fronted participle (`advcl`) with no subject of its own; the speaker is the
/// main verb's subject.
fn fretting_senator() -> chronicle_doc::Doc {
    parsed(
        "Fretting that the race was close, the senator left the stage.",
        &[
            ("VERB", "VBG", Some(9), "advcl"),
            ("SCONJ", "IN", Some(5), "mark"),
            ("DET", "DT", Some(3), "det"),
            ("NOUN", "NN", Some(5), "nsubj"),
            ("AUX", "VBD", Some(5), "cop"),
            ("ADJ", "JJ", Some(0), "ccomp"),
            ("PUNCT", ",", Some(0), "punct"),
            ("DET", "DT", Some(8), "det"),
            ("NOUN", "NN", Some(9), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(11), "det"),
            ("NOUN", "NN", Some(9), "obj"),
            ("PUNCT", ".", Some(9), "punct"),
        ],
    )
}

/// A model file that scores only the word "fretting" as a cue.
const PRAISING: &str = "#chronicle-cue-model v1 threshold=0 frame=1\n*bias\t-1\nw=fretting\t5\n";

fn load(src: &str) -> CueModel {
    CueModel::parse(src, "tiny.tsv").expect("a valid hand-written model")
}

#[test]
fn a_proposed_participle_gets_the_speaker_of_its_main_verb() {
    let d = fretting_senator();
    // not a lexicon cue: the rules alone find nothing
    assert!(shown(&QuoteAnnotator::new(), &d).is_empty());
    let a = QuoteAnnotator::new().with_cue_model(load(PRAISING));
    let v = shown(&a, &d);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "the senator");
    assert_eq!(v[0].1, "Fretting");
    assert_eq!(v[0].2, vec!["that the race was close"]);
}

#[test]
fn without_the_frame_flag_the_participle_is_not_built() {
    let d = fretting_senator();
    let src = PRAISING.replace(" frame=1", "");
    let a = QuoteAnnotator::new().with_cue_model(load(&src));
    let v = shown(&a, &d);
    assert!(v.iter().all(|q| q.1 != "Fretting"), "{v:?}");
}

/// "The governor's hunch that taxes would fall proved wrong.": a noun the
/// lexicon does not list, with a possessor and a that-clause.
fn governors_hunch() -> chronicle_doc::Doc {
    parsed(
        "The governor's hunch that taxes would fall proved wrong.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(3), "nmod:poss"),
            ("PART", "POS", Some(1), "case"),
            ("NOUN", "NN", Some(8), "nsubj"),
            ("SCONJ", "IN", Some(7), "mark"),
            ("NOUN", "NNS", Some(7), "nsubj"),
            ("AUX", "MD", Some(7), "aux"),
            ("VERB", "VB", Some(3), "acl"),
            ("VERB", "VBD", None, "root"),
            ("ADJ", "JJ", Some(8), "xcomp"),
            ("PUNCT", ".", Some(8), "punct"),
        ],
    )
}

#[test]
fn a_proposed_noun_gets_the_possessor_and_the_clause() {
    let d = governors_hunch();
    assert!(shown(&QuoteAnnotator::new(), &d).is_empty());
    let m = load("#chronicle-cue-model v1 threshold=0\n*bias\t-1\nn|*bias\t0\nn|w=hunch\t5\n");
    assert!(m.has_nouns());
    let v = shown(&QuoteAnnotator::new().with_cue_model(m), &d);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "The governor's");
    assert_eq!(v[0].1, "hunch");
    // (the content is what the rules' noun frame builds: to the sentence end)
    assert_eq!(v[0].2, vec!["that taxes would fall proved wrong"]);
    // a model without noun weights never proposes a noun
    let m = load("#chronicle-cue-model v1 threshold=0\n*bias\t-1\nw=hunch\t5\n");
    assert!(shown(&QuoteAnnotator::new().with_cue_model(m), &d).is_empty());
}
