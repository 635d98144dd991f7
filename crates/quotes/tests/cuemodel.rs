//! The opt-in learned cue detector inside the quote stage, with tiny hand-made
//! models on hand-written sentences (no trained model file is read).

use chronicle_doc::Doc;
use chronicle_quotes::{CueModel, QuoteAnnotator};

mod common;
use common::{believe_moscow_moved_troops, believe_the_reports, parsed, shown};

/// A model that scores exactly the given word forms as cues.
fn model(words: &[&str], retry: bool) -> CueModel {
    CueModel {
        weights: words.iter().map(|w| (format!("w={w}"), 5.0)).collect(),
        bias: -1.0,
        threshold: 0.0,
        retry,
        by_class: Vec::new(),
    }
}

#[test]
fn parse_features_describe_the_frame_of_the_verb() {
    let d = believe_moscow_moved_troops();
    let f = QuoteAnnotator::new().cue_features(&d);
    let believe = &f[2];
    for want in [
        "r=root",
        "hu=root|ROOT",
        "fr=SC-",
        "c=ccomp",
        "csubj",
        "se=-",
    ] {
        assert!(
            believe.iter().any(|x| x == want),
            "{want} not in {believe:?}"
        );
    }
    // the reported verb has a subject and an object but no clause
    assert!(f[5].iter().any(|x| x == "fr=S-O"), "{:?}", f[5]);
    // an object frame: no clause features
    let f = QuoteAnnotator::new().cue_features(&believe_the_reports());
    assert!(f[2].iter().any(|x| x == "fr=S-O"), "{:?}", f[2]);
    assert!(!f[2].iter().any(|x| x == "csubj"), "{:?}", f[2]);
}

#[test]
fn a_lexicon_verb_the_rules_turn_down_gets_a_second_try_only_with_retry() {
    let d = believe_the_reports();
    // the rules alone: `believe` needs a clause
    assert!(shown(&QuoteAnnotator::new(), &d).is_empty());
    let a = QuoteAnnotator::new().with_cue_model(model(&["believe"], false));
    assert!(shown(&a, &d).is_empty(), "{:?}", shown(&a, &d));
    let a = QuoteAnnotator::new().with_cue_model(model(&["believe"], true));
    let v = shown(&a, &d);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "Western officials");
    assert_eq!(v[0].1, "believe");
    assert_eq!(v[0].2, vec!["the reports"]);
}

/// "The mayor mapped out a plan.", parsed by hand: a verb outside the lexicon with
/// a particle.
fn mayor_mapped_out_a_plan() -> chronicle_doc::Doc {
    parsed(
        "The mayor mapped out a plan.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("ADP", "RP", Some(2), "compound:prt"),
            ("DET", "DT", Some(5), "det"),
            ("NOUN", "NN", Some(2), "obj"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    )
}

#[test]
fn a_model_cue_takes_the_particle_the_parse_hangs_on_it() {
    let d = mayor_mapped_out_a_plan();
    assert!(shown(&QuoteAnnotator::new(), &d).is_empty());
    let a = QuoteAnnotator::new().with_cue_model(model(&["mapped"], false));
    let v = shown(&a, &d);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "The mayor");
    assert_eq!(v[0].1, "mapped out");
    assert_eq!(v[0].2, vec!["a plan"]);
}

#[test]
fn a_class_threshold_decides_for_its_verb_form() {
    let d = mayor_mapped_out_a_plan();
    // score 4: above the global threshold 0, below a VBD threshold of 6
    let mut m = model(&["mapped"], false);
    m.by_class = vec![("VBD".into(), 6.0)];
    let a = QuoteAnnotator::new().with_cue_model(m.clone());
    assert!(shown(&a, &d).is_empty(), "{:?}", shown(&a, &d));
    // a threshold for another form leaves VBD on the global one
    m.by_class = vec![("VBG".into(), 6.0)];
    let a = QuoteAnnotator::new().with_cue_model(m);
    let v = shown(&a, &d);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].1, "mapped out");
}

/// "Kovalenko is fond of the plan." with a hand-written parse: the
/// adjective heads the clause, the copula hangs on it (an adjective the
/// rules' stance frame leaves to the model: `critical of` is a rule cue).
fn fond_of_the_plan() -> Doc {
    parsed(
        "Kovalenko is fond of the plan.",
        &[
            ("PROPN", "NNP", Some(2), "nsubj"),
            ("AUX", "VBZ", Some(2), "cop"),
            ("ADJ", "JJ", None, "root"),
            ("ADP", "IN", Some(5), "case"),
            ("DET", "DT", Some(5), "det"),
            ("NOUN", "NN", Some(2), "obl"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    )
}

#[test]
fn a_stance_adjective_after_a_copula_is_a_cue_only_with_adjective_weights() {
    let d = fond_of_the_plan();
    // features of the adjective, prefixed so they have weights of their own
    let f = QuoteAnnotator::new().adjective_cue_features(&d);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].0, 2);
    assert!(f[0].1.iter().any(|x| x == "a|w=fond"), "{:?}", f[0].1);
    assert!(f[0].1.iter().any(|x| x == "a|*bias"));
    // a verb-only model (no `a|*bias` weight) never proposes adjectives
    let a = QuoteAnnotator::new().with_cue_model(model(&["fond"], false));
    assert!(shown(&a, &d).is_empty(), "{:?}", shown(&a, &d));
    // with adjective weights the copula, adjective and preposition are the cue
    let mut m = model(&[], false);
    m.weights.insert("a|*bias".into(), 0.5);
    m.weights.insert("a|w=fond".into(), 5.0);
    let a = QuoteAnnotator::new().with_cue_model(m.clone());
    let v = shown(&a, &d);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "Kovalenko");
    assert_eq!(v[0].1, "is fond of");
    assert_eq!(v[0].2, vec!["the plan"]);
    // and the class threshold `JJ` switches them off
    m.by_class.push(("JJ".into(), 1e9));
    let a = QuoteAnnotator::new().with_cue_model(m);
    assert!(shown(&a, &d).is_empty());
}
