//! Cue lexicon entries of `h24-cue` (issue #6): `read` next to the quotation it
//! gives, `recount`, `laid out`, `posted`, and rarer speech and stance verbs,
//! through the whole default pipeline (tags and parse present), on sentences
//! written for these tests.

mod common;
use chronicle_pipeline::Pipeline;
use common::with_cue;

/// (source, cue, content) of every quote.
fn quotes(text: &str) -> Vec<(String, String, String)> {
    common::quote_triples(&Pipeline::default(), text)
}

fn no_cue_with(q: &[(String, String, String)], word: &str) -> bool {
    q.iter().all(|t| !t.1.contains(word))
}

#[test]
fn read_after_the_quotation_it_closes() {
    let q = quotes(
        "The ferry office put up a notice at dawn. \"The crossing is closed until Friday,\" it read.",
    );
    let c = with_cue(&q, "read");
    assert_eq!(c.0, "it");
    assert_eq!(c.2, "\"The crossing is closed until Friday,\"");
}

#[test]
fn reading_before_the_quotation_it_gives() {
    let q =
        quotes("Outside the town hall the fishermen held a banner reading \"No quota, no boats.\"");
    let c = with_cue(&q, "reading");
    assert_eq!(c.0, "a banner");
    assert_eq!(c.2, "\"No quota, no boats.\"");
}

#[test]
fn read_without_a_quotation_of_its_own_is_no_cue() {
    // a text read aloud, a word construed as another, a quotation after a possessive
    // (the letter's writer speaks it), an inverted `read the statement`
    for text in [
        "The judge read the verdict slowly to the crowded court.",
        "The appeals court read \"reasonable\" as meaning \"cheap\" in its ruling.",
        "\"I stand by every word,\" his letter reads.",
        "\"We will rebuild the pier before the summer,\" read the statement.",
    ] {
        let q = quotes(text);
        assert!(no_cue_with(&q, "read"), "{text}: {q:?}");
    }
}

#[test]
fn recounted_how() {
    let q = quotes("The old ferry captain recounted how the storm broke the mast in 1998.");
    let c = with_cue(&q, "recounted");
    assert_eq!(c.0, "The old ferry captain");
    assert_eq!(c.2, "how the storm broke the mast in 1998");
}

#[test]
fn laid_out_a_plan() {
    let q = quotes("The minister laid out a plan to rebuild the harbour within two years.");
    let c = with_cue(&q, "laid out");
    assert_eq!(c.0, "The minister");
    assert_eq!(c.2, "a plan to rebuild the harbour within two years");
}

#[test]
fn posted_a_clause_but_not_a_parcel() {
    let q = quotes("The mayor posted that the coastal road would reopen on Monday.");
    let c = with_cue(&q, "posted");
    assert_eq!(c.0, "The mayor");
    assert_eq!(c.2, "that the coastal road would reopen on Monday");
    // `post` needs a clause: a parcel sent is no statement
    let q = quotes("The mayor posted the parcel to her sister on Monday.");
    assert!(no_cue_with(&q, "posted"), "{q:?}");
}

#[test]
fn speech_and_stance_verbs_with_their_objects() {
    for (text, cue, source, content) in [
        (
            "The premier congratulated the rowing team on its victory in the regatta.",
            "congratulated",
            "The premier",
            "the rowing team on its victory in the regatta",
        ),
        (
            "The coach chided the referee for the late whistle in the second half.",
            "chided",
            "The coach",
            "the referee for the late whistle in the second half",
        ),
        (
            "The senator likened the new tax to a toll on bread.",
            "likened",
            "The senator",
            "the new tax to a toll on bread",
        ),
        (
            "The two governments reaffirmed that the fishing treaty remains in force.",
            "reaffirmed",
            "The two governments",
            "that the fishing treaty remains in force",
        ),
    ] {
        let q = quotes(text);
        let c = with_cue(&q, cue);
        assert_eq!((c.0.as_str(), c.2.as_str()), (source, content), "{text}");
    }
}
