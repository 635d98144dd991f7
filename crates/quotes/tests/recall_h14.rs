//! Recall and cue spans (`h14-attr`), on sentences written for these tests.

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{doc, shown};

fn find(d: &chronicle_doc::Doc, cue: &str) -> Option<(String, String, Vec<String>)> {
    shown(&QuoteAnnotator::new(), d)
        .into_iter()
        .find(|q| q.1 == cue)
}

#[test]
fn went_on_takes_the_infinitive_into_the_cue() {
    let d = doc("The governor went on to praise the new budget.");
    let q = find(&d, "went on to praise").expect("the 'went on to praise' attribution");
    assert_eq!(q.0, "The governor");
    assert_eq!(q.2, vec!["the new budget"]);
    // not a bare preposition phrase: the cue stays `went on`
    let d = doc("The governor went on, \"We will not give up on the budget.\"");
    assert!(find(&d, "went on to").is_none());
}

#[test]
fn a_quote_closing_on_a_glued_left_mark_ends_before_the_speaker() {
    // a typo: the closing mark is a left curly quote glued to the comma
    let d = doc("“We will rebuild the bridge this year,“ said Anna Berg.");
    let q = find(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "Anna Berg");
}

#[test]
fn a_triple_apostrophe_closes_a_nested_quotation() {
    let d = doc("''I would call it 'a fresh start,''' said Anna Berg.");
    let q = find(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "Anna Berg");
}
