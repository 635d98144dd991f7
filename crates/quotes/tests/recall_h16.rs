//! Recall of attributions (`h16-recall`), on sentences written for these
//! tests with hand-written tags and parses.

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{parsed, shown, with_cue};

#[test]
fn a_stance_adjective_with_its_preposition_is_a_cue() {
    // The mayor has long been critical of the new bridge .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(5), "nsubj"),
        ("AUX", "VBZ", Some(5), "aux"),
        ("ADV", "RB", Some(5), "advmod"),
        ("AUX", "VBN", Some(5), "cop"),
        ("ADJ", "JJ", None, "root"),
        ("ADP", "IN", Some(9), "case"),
        ("DET", "DT", Some(9), "det"),
        ("ADJ", "JJ", Some(9), "amod"),
        ("NOUN", "NN", Some(5), "obl"),
        ("PUNCT", ".", Some(5), "punct"),
    ];
    let d = parsed("The mayor has long been critical of the new bridge.", &rows);
    let q = with_cue(&d, "has long been critical of").expect("the stance attribution");
    assert_eq!(q.0, "The mayor");
    assert_eq!(q.2, vec!["the new bridge"]);
    // an adjective outside the list is none: The mayor has long been proud of the new bridge .
    let d = parsed("The mayor has long been proud of the new bridge.", &rows);
    assert!(shown(&QuoteAnnotator::new(), &d).is_empty());
    // nor a possibility after a modal: The mayor can be critical of the new bridge .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(4), "nsubj"),
        ("AUX", "MD", Some(4), "aux"),
        ("AUX", "VB", Some(4), "cop"),
        ("ADJ", "JJ", None, "root"),
        ("ADP", "IN", Some(8), "case"),
        ("DET", "DT", Some(8), "det"),
        ("ADJ", "JJ", Some(8), "amod"),
        ("NOUN", "NN", Some(4), "obl"),
        ("PUNCT", ".", Some(4), "punct"),
    ];
    let d = parsed("The mayor can be critical of the new bridge.", &rows);
    assert!(shown(&QuoteAnnotator::new(), &d).is_empty());
}

#[test]
fn eager_before_an_infinitive_is_a_cue_ending_at_the_adjective() {
    // The farmers were eager to sell their grain .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NNS", Some(3), "nsubj"),
        ("AUX", "VBD", Some(3), "cop"),
        ("ADJ", "JJ", None, "root"),
        ("PART", "TO", Some(5), "mark"),
        ("VERB", "VB", Some(3), "xcomp"),
        ("PRON", "PRP$", Some(7), "nmod:poss"),
        ("NOUN", "NN", Some(5), "obj"),
        ("PUNCT", ".", Some(3), "punct"),
    ];
    let d = parsed("The farmers were eager to sell their grain.", &rows);
    let q = with_cue(&d, "were eager").expect("the stance attribution");
    assert_eq!(q.0, "The farmers");
    assert_eq!(q.2, vec!["to sell their grain"]);
    // `ready to` is no cue (PolNeAR train: 3 of 27): The farmers were ready to sell their grain .
    let d = parsed("The farmers were ready to sell their grain.", &rows);
    assert!(shown(&QuoteAnnotator::new(), &d).is_empty());
}

#[test]
fn a_verb_particle_preposition_phrase_is_a_cue_with_its_preposition() {
    // lexicon phrases need no tags or parse
    let d = common::doc("The senator lashed out at the governor over the budget.");
    let q = with_cue(&d, "lashed out at").expect("the 'lashed out at' attribution");
    assert_eq!(q.0, "The senator");
    let d = common::doc("The union has pushed back against the new schedule.");
    let q = with_cue(&d, "has pushed back against").expect("the 'pushed back against' attribution");
    assert_eq!(q.0, "The union");
    assert_eq!(q.2, vec!["the new schedule"]);
    let d = common::doc("The minister distanced himself from the report.");
    let q =
        with_cue(&d, "distanced himself from").expect("the 'distanced himself from' attribution");
    assert_eq!(q.2, vec!["the report"]);
    // the bare particle verb is no cue (`the troops pushed back the line`)
    let d = common::doc("The troops pushed back the line.");
    assert!(shown(&QuoteAnnotator::new(), &d).is_empty());
}
