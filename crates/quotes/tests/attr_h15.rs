//! Cue and source spans of found attributions (`h15-attr`): `about` after a
//! verb cue, a channel phrase after a named speaker, an `-ly` adverb at the
//! end of a speaker; on sentences written for these tests.

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{doc, parsed, shown};

fn all(d: &chronicle_doc::Doc) -> Vec<(String, String, Vec<String>)> {
    shown(&QuoteAnnotator::new(), d)
}

#[test]
fn about_after_a_verb_cue_joins_the_cue() {
    let d = doc("The farmers complained loudly. Later the mayor wrote about the broken bridge.");
    let q = all(&d);
    let q = q
        .iter()
        .find(|q| q.1.starts_with("wrote"))
        .expect("the wrote attribution");
    assert_eq!(q.1, "wrote about");
    assert_eq!(q.2, vec!["the broken bridge"]);
}

#[test]
fn about_before_a_number_stays_in_the_content() {
    let d = doc("The mayor said about 300 people had left the valley.");
    let q = all(&d);
    let q = q
        .iter()
        .find(|q| q.1.starts_with("said"))
        .expect("the 'said' attribution");
    assert_eq!(q.1, "said");
    assert_eq!(q.2, vec!["about 300 people had left the valley"]);
}

#[test]
fn a_channel_phrase_after_a_named_speaker_is_not_the_speaker() {
    let d = doc("Mayor Tom Reyes in a radio interview said the bridge would reopen in May.");
    let q = all(&d);
    let q = q
        .iter()
        .find(|q| q.1 == "said")
        .expect("the 'said' attribution");
    assert_eq!(q.0, "Mayor Tom Reyes");
}

#[test]
fn a_channel_phrase_after_an_inverted_speaker_is_not_the_speaker() {
    let d = doc("“The bridge will reopen in May,” said Mayor Tom Reyes in a statement.");
    let q = all(&d);
    let q = q
        .iter()
        .find(|q| q.1 == "said")
        .expect("the 'said' attribution");
    assert_eq!(q.0, "Mayor Tom Reyes");
}

#[test]
fn a_date_after_a_poll_stays_with_the_poll() {
    let d = doc("A Harbor Institute poll in June found that most residents backed the plan.");
    let q = all(&d);
    let q = q
        .iter()
        .find(|q| q.1 == "found")
        .expect("the 'found' attribution");
    assert_eq!(q.0, "A Harbor Institute poll in June");
}

#[test]
fn an_ly_adverb_before_the_cue_leaves_the_speaker() {
    // The governor sharply rebuked the council , saying the budget was wrong .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(3), "nsubj"),
        ("ADV", "RB", Some(3), "advmod"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(5), "det"),
        ("NOUN", "NN", Some(3), "obj"),
        ("PUNCT", ",", Some(7), "punct"),
        ("VERB", "VBG", Some(3), "advcl"),
        ("DET", "DT", Some(9), "det"),
        ("NOUN", "NN", Some(12), "nsubj"),
        ("AUX", "VBD", Some(12), "cop"),
        ("ADV", "RB", Some(12), "advmod"),
        ("ADJ", "JJ", Some(7), "ccomp"),
        ("PUNCT", ".", Some(3), "punct"),
    ];
    let d = parsed(
        "The governor sharply rebuked the council, saying the budget was plainly wrong.",
        &rows,
    );
    let q = all(&d);
    let q = q
        .iter()
        .find(|q| q.1 == "saying")
        .expect("the 'saying' attribution");
    assert_eq!(q.0, "The governor");
}

#[test]
fn a_weekday_closing_the_sentence_joins_the_cue() {
    let d = doc("“The bridge will reopen in May,” the mayor said Tuesday.");
    let q = all(&d);
    let q = q
        .iter()
        .find(|q| q.1.starts_with("said"))
        .expect("the 'said' attribution");
    assert_eq!(q.1, "said Tuesday");
    assert_eq!(q.0, "the mayor");
}

#[test]
fn a_weekday_before_more_words_stays_out_of_the_cue() {
    let d = doc("The mayor said Tuesday that the bridge would reopen in May.");
    let q = all(&d);
    let q = q
        .iter()
        .find(|q| q.1.starts_with("said"))
        .expect("the 'said' attribution");
    assert_eq!(q.1, "said");
}
