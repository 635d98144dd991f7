//! Content boundaries added in the fifteenth round (`h15-content`), on
//! sentences written for these tests.

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{doc, shown};

#[test]
fn a_quotation_closing_on_a_full_stop_is_not_the_content_of_the_next_cue() {
    // the quotation ends the sentence before; the cue has a clause of its own
    let d = doc(
        "The council called the plan “a waste of money.” The mayor said the vote would go ahead.",
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    let said = q
        .iter()
        .find(|q| q.1 == "said")
        .expect("the said attribution");
    assert_eq!(said.0, "The mayor");
    assert_eq!(said.2, vec!["the vote would go ahead".to_string()]);
}

#[test]
fn a_quotation_closing_on_a_comma_stays_the_content_before_the_speaker() {
    let d = doc("“The vote will go ahead,” the mayor said on Monday.");
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the mayor");
    assert_eq!(q[0].2, vec!["“The vote will go ahead,”".to_string()]);
}

#[test]
fn a_quotation_closing_on_a_full_stop_stays_the_content_when_only_an_adverbial_follows() {
    // only an adverbial after the cue: the quotation before it is still taken
    let d = doc("“The vote will go ahead.” The mayor said on Monday.");
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, vec!["“The vote will go ahead.”".to_string()]);
}
