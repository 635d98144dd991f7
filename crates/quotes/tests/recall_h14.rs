//! Recall and cue spans (`h14-attr`), on sentences written for these tests.

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{doc, parsed, shown, with_cue};

#[test]
fn went_on_takes_the_infinitive_into_the_cue() {
    let d = doc("The governor went on to praise the new budget.");
    let q = with_cue(&d, "went on to praise").expect("the 'went on to praise' attribution");
    assert_eq!(q.0, "The governor");
    assert_eq!(q.2, vec!["the new budget"]);
    // not a bare preposition phrase: the cue stays `went on`
    let d = doc("The governor went on, \"We will not give up on the budget.\"");
    assert!(with_cue(&d, "went on to").is_none());
}

#[test]
fn a_quote_closing_on_a_glued_left_mark_ends_before_the_speaker() {
    // a typo: the closing mark is a left curly quote glued to the comma
    let d = doc("“We will rebuild the bridge this year,“ said Anna Berg.");
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "Anna Berg");
}

#[test]
fn a_triple_apostrophe_closes_a_nested_quotation() {
    let d = doc("''I would call it 'a fresh start,''' said Anna Berg.");
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "Anna Berg");
}

#[test]
fn adverbs_next_to_an_auxiliary_or_subject_join_the_cue() {
    let d = doc("The senators have long argued that the tax is unfair.");
    let q = with_cue(&d, "have long argued").expect("the 'have long argued' attribution");
    assert_eq!(q.0, "The senators");
    let d = doc("The mayor has since said that the bridge is safe.");
    assert!(with_cue(&d, "has since said").is_some());
    let d = doc("They both said that the bridge is safe.");
    let q = with_cue(&d, "both said").expect("the 'both said' attribution");
    assert_eq!(q.0, "They");
    // `both` opening the sentence is the speaker, not part of the cue
    // Both said the bridge was safe .
    let rows = [
        ("PRON", "DT", Some(1), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(3), "det"),
        ("NOUN", "NN", Some(5), "nsubj"),
        ("AUX", "VBD", Some(5), "cop"),
        ("ADJ", "JJ", Some(1), "ccomp"),
        ("PUNCT", ".", Some(1), "punct"),
    ];
    let d = parsed("Both said the bridge was safe.", &rows);
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "Both");
}

#[test]
fn light_verb_phrases_are_cues() {
    let d = doc("The governor took aim at the new budget.");
    let q = with_cue(&d, "took aim at").expect("the 'took aim at' attribution");
    assert_eq!(q.0, "The governor");
    assert_eq!(q.2, vec!["the new budget"]);
    let d = doc("Several mayors take issue with the tax plan.");
    let q = with_cue(&d, "take issue with").expect("the 'take issue with' attribution");
    assert_eq!(q.0, "Several mayors");
}

#[test]
fn a_time_or_manner_adverb_after_the_verb_joins_the_cue() {
    let d = doc("The mayor wrote recently that the bridge is safe.");
    let q = with_cue(&d, "wrote recently").expect("the 'wrote recently' attribution");
    assert_eq!(q.0, "The mayor");
    assert!(q.2.iter().all(|c| !c.contains("recently")), "{q:?}");
    let d = doc("\"The bridge is safe,\" the mayor said repeatedly.");
    assert!(with_cue(&d, "said repeatedly").is_some());
    // not before the content: the adverb belongs to the reported clause
    let d = doc("The mayor said recently built bridges are safe.");
    assert!(with_cue(&d, "said recently").is_none());
}

#[test]
fn according_to_takes_a_contracted_copula_after_that() {
    let d = doc(
        "The bridge will cost five million dollars. That's according to the city budget office.",
    );
    let all = shown(&QuoteAnnotator::new(), &d);
    assert!(all.iter().any(|q| q.1 == "'s according to"), "{all:?}");
}

#[test]
fn went_on_before_a_noun_phrase_is_no_cue() {
    let d = doc("The senator went on national television to discuss the budget.");
    assert!(with_cue(&d, "went on").is_none());
    let d = doc("\"We will not give up,\" the senator went on.");
    assert!(with_cue(&d, "went on").is_some());
}

#[test]
fn favored_is_no_cue() {
    // a poll share or a preference, which PolNeAR mostly leaves unannotated
    let d = doc("Most union members favored the governor in the last election.");
    assert!(with_cue(&d, "favored").is_none());
}

#[test]
fn content_after_a_trailing_adverb_does_not_open_with_its_comma() {
    let d = doc("We have said repeatedly, and we say it again, that the bridge is safe.");
    let q = with_cue(&d, "have said repeatedly").expect("the 'have said repeatedly' attribution");
    assert!(q.2.iter().all(|c| !c.starts_with(',')), "{q:?}");
}

#[test]
fn a_trailing_cue_adverb_is_never_also_content() {
    let d = doc("The reform, which the mayor described recently, is costly.");
    for q in shown(&QuoteAnnotator::new(), &d) {
        if q.1.ends_with("recently") {
            assert!(q.2.iter().all(|c| !c.contains("recently")), "{q:?}");
        }
    }
    let d = doc("The council, which the mayor praised repeatedly, will meet.");
    for q in shown(&QuoteAnnotator::new(), &d) {
        if q.1.ends_with("repeatedly") {
            assert!(q.2.iter().all(|c| !c.contains("repeatedly")), "{q:?}");
        }
    }
}
