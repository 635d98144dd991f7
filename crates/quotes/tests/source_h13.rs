//! Source spans and recall (`h13-quotes`), on sentences written for these
//! tests with hand-written tags and parses.

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{parsed, shown, with_cue};

#[test]
fn a_subject_the_word_walk_cuts_keeps_its_parse_extent() {
    // Both sides said the talks would resume .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NNS", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NNS", Some(6), "nsubj"),
        ("AUX", "MD", Some(6), "aux"),
        ("VERB", "VB", Some(2), "ccomp"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed("Both sides said the talks would resume.", &rows);
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "Both sides");
    assert_eq!(q.2, vec!["the talks would resume"]);

    // People briefed on the plan said it was ready .
    let rows = [
        ("NOUN", "NNS", Some(5), "nsubj"),
        ("VERB", "VBN", Some(0), "acl"),
        ("ADP", "IN", Some(4), "case"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(1), "obl"),
        ("VERB", "VBD", None, "root"),
        ("PRON", "PRP", Some(8), "nsubj"),
        ("AUX", "VBD", Some(8), "cop"),
        ("ADJ", "JJ", Some(5), "ccomp"),
        ("PUNCT", ".", Some(5), "punct"),
    ];
    let d = parsed("People briefed on the plan said it was ready.", &rows);
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "People briefed on the plan");
}

#[test]
fn a_parse_subject_does_not_bring_a_leading_adverb_or_clause() {
    // Even the mayor said the bridge was safe .
    let rows = [
        ("ADV", "RB", Some(2), "advmod"),
        ("DET", "DT", Some(2), "det"),
        ("NOUN", "NN", Some(3), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(5), "det"),
        ("NOUN", "NN", Some(7), "nsubj"),
        ("AUX", "VBD", Some(7), "cop"),
        ("ADJ", "JJ", Some(3), "ccomp"),
        ("PUNCT", ".", Some(3), "punct"),
    ];
    let d = parsed("Even the mayor said the bridge was safe.", &rows);
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "the mayor");

    // Tolls , which the mayor says are low , will rise .
    // (a relative word in front of the subject stays out)
    let rows = [
        ("NOUN", "NNS", Some(10), "nsubj"),
        ("PUNCT", ",", Some(4), "punct"),
        ("PRON", "WDT", Some(7), "nsubj"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(5), "nsubj"),
        ("VERB", "VBZ", Some(0), "acl:relcl"),
        ("AUX", "VBP", Some(7), "cop"),
        ("ADJ", "JJ", Some(5), "ccomp"),
        ("PUNCT", ",", Some(4), "punct"),
        ("AUX", "MD", Some(10), "aux"),
        ("VERB", "VB", None, "root"),
        ("PUNCT", ".", Some(10), "punct"),
    ];
    let d = parsed("Tolls, which the mayor says are low, will rise.", &rows);
    if let Some(q) = with_cue(&d, "says") {
        assert_eq!(q.0, "the mayor");
    }
}

#[test]
fn a_participle_after_a_dateline_takes_the_subject_after_the_dateline() {
    // WASHINGTON ( AP ) — Senator Jane Roe on Monday toured the port , saying the docks needed repair .
    let rows = [
        ("PROPN", "NNP", Some(10), "nsubj"),
        ("PUNCT", "-LRB-", Some(2), "punct"),
        ("PROPN", "NNP", Some(0), "appos"),
        ("PUNCT", "-RRB-", Some(2), "punct"),
        ("PUNCT", ":", Some(10), "punct"),
        ("PROPN", "NNP", Some(7), "compound"),
        ("PROPN", "NNP", Some(7), "compound"),
        ("PROPN", "NNP", Some(10), "nsubj"),
        ("ADP", "IN", Some(9), "case"),
        ("PROPN", "NNP", Some(10), "obl"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(12), "det"),
        ("NOUN", "NN", Some(10), "obj"),
        ("PUNCT", ",", Some(14), "punct"),
        ("VERB", "VBG", Some(10), "advcl"),
        ("DET", "DT", Some(16), "det"),
        ("NOUN", "NNS", Some(17), "nsubj"),
        ("VERB", "VBD", Some(14), "ccomp"),
        ("NOUN", "NN", Some(17), "obj"),
        ("PUNCT", ".", Some(10), "punct"),
    ];
    let d = parsed(
        "WASHINGTON (AP) — Senator Jane Roe on Monday toured the port, saying the docks needed repair.",
        &rows,
    );
    let q = with_cue(&d, "saying").expect("the 'saying' attribution");
    assert_eq!(q.0, "Senator Jane Roe");
    assert_eq!(q.2, vec!["the docks needed repair"]);
}

#[test]
fn a_cue_in_a_relative_clause_without_a_relative_word_speaks_through_its_own_subject() {
    // This is the place the officials say the bridge will stand .
    let rows = [
        ("PRON", "DT", Some(3), "nsubj"),
        ("AUX", "VBZ", Some(3), "cop"),
        ("DET", "DT", Some(3), "det"),
        ("NOUN", "NN", None, "root"),
        ("DET", "DT", Some(5), "det"),
        ("NOUN", "NNS", Some(6), "nsubj"),
        ("VERB", "VBP", Some(3), "acl:relcl"),
        ("DET", "DT", Some(8), "det"),
        ("NOUN", "NN", Some(10), "nsubj"),
        ("AUX", "MD", Some(10), "aux"),
        ("VERB", "VB", Some(6), "ccomp"),
        ("PUNCT", ".", Some(3), "punct"),
    ];
    let d = parsed(
        "This is the place the officials say the bridge will stand.",
        &rows,
    );
    let q = with_cue(&d, "say").expect("the 'say' attribution");
    assert_eq!(q.0, "the officials");

    // A name after a title noun is no relative clause's subject, even when the
    // parse says so: Mayor spokesman Dan Reed said the bridge will stand .
    let rows = [
        ("PROPN", "NNP", Some(1), "compound"),
        ("NOUN", "NN", None, "root"),
        ("PROPN", "NNP", Some(3), "compound"),
        ("PROPN", "NNP", Some(4), "nsubj"),
        ("VERB", "VBD", Some(1), "acl:relcl"),
        ("DET", "DT", Some(6), "det"),
        ("NOUN", "NN", Some(8), "nsubj"),
        ("AUX", "MD", Some(8), "aux"),
        ("VERB", "VB", Some(4), "ccomp"),
        ("PUNCT", ".", Some(1), "punct"),
    ];
    let d = parsed(
        "Mayor spokesman Dan Reed said the bridge will stand.",
        &rows,
    );
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "Mayor spokesman Dan Reed");
}

#[test]
fn a_feeling_noun_and_its_preposition_join_an_express_cue() {
    // The mayor expressed sympathy for the families .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("NOUN", "NN", Some(2), "obj"),
        ("ADP", "IN", Some(6), "case"),
        ("DET", "DT", Some(6), "det"),
        ("NOUN", "NNS", Some(3), "nmod"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed("The mayor expressed sympathy for the families.", &rows);
    let q =
        with_cue(&d, "expressed sympathy for").expect("the 'expressed sympathy for' attribution");
    assert_eq!(q.0, "The mayor");
    assert_eq!(q.2, vec!["the families"]);

    // the noun alone is left as it was: The mayor expressed regret .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("NOUN", "NN", Some(2), "obj"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed("The mayor expressed regret.", &rows);
    assert!(with_cue(&d, "expressed regret").is_none());
}

#[test]
fn an_ly_adverb_before_the_cue_verb_is_part_of_the_cue() {
    // The senator has strongly argued that the plan failed .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(4), "nsubj"),
        ("AUX", "VBZ", Some(4), "aux"),
        ("ADV", "RB", Some(4), "advmod"),
        ("VERB", "VBN", None, "root"),
        ("SCONJ", "IN", Some(8), "mark"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(8), "nsubj"),
        ("VERB", "VBD", Some(4), "ccomp"),
        ("PUNCT", ".", Some(4), "punct"),
    ];
    let d = parsed(
        "The senator has strongly argued that the plan failed.",
        &rows,
    );
    let q = with_cue(&d, "has strongly argued").expect("the 'has strongly argued' attribution");
    assert_eq!(q.0, "The senator");
    assert_eq!(q.2, vec!["that the plan failed"]);

    // a capitalized name ending in -ly is the speaker, not an adverb:
    // Kelly argued that the plan failed .
    let rows = [
        ("PROPN", "NNP", Some(1), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("SCONJ", "IN", Some(5), "mark"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(5), "nsubj"),
        ("VERB", "VBD", Some(1), "ccomp"),
        ("PUNCT", ".", Some(1), "punct"),
    ];
    let d = parsed("Kelly argued that the plan failed.", &rows);
    let q = with_cue(&d, "argued").expect("the 'argued' attribution");
    assert_eq!(q.0, "Kelly");
}

#[test]
fn now_before_the_cue_verb_is_part_of_the_cue() {
    // The mayor now says the bridge is safe .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(3), "nsubj"),
        ("ADV", "RB", Some(3), "advmod"),
        ("VERB", "VBZ", None, "root"),
        ("DET", "DT", Some(5), "det"),
        ("NOUN", "NN", Some(7), "nsubj"),
        ("AUX", "VBZ", Some(7), "cop"),
        ("ADJ", "JJ", Some(3), "ccomp"),
        ("PUNCT", ".", Some(3), "punct"),
    ];
    let d = parsed("The mayor now says the bridge is safe.", &rows);
    let q = with_cue(&d, "now says").expect("the 'now says' attribution");
    assert_eq!(q.0, "The mayor");
    assert_eq!(q.2, vec!["the bridge is safe"]);
}

#[test]
fn a_negation_with_a_curly_apostrophe_is_part_of_the_cue() {
    // The mayor did n’t deny that the bridge was closed .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(4), "nsubj"),
        ("AUX", "VBD", Some(4), "aux"),
        ("PART", "RB", Some(4), "advmod"),
        ("VERB", "VB", None, "root"),
        ("SCONJ", "IN", Some(9), "mark"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(9), "nsubj:pass"),
        ("AUX", "VBD", Some(9), "aux:pass"),
        ("VERB", "VBN", Some(4), "ccomp"),
        ("PUNCT", ".", Some(4), "punct"),
    ];
    let d = parsed("The mayor didn’t deny that the bridge was closed.", &rows);
    let q = with_cue(&d, "didn’t deny").expect("the 'didn’t deny' attribution");
    assert_eq!(q.0, "The mayor");
    assert_eq!(q.2, vec!["that the bridge was closed"]);
}

#[test]
fn agreed_to_keeps_to_in_the_content() {
    // The council agreed to delay the vote .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("PART", "TO", Some(4), "mark"),
        ("VERB", "VB", Some(2), "xcomp"),
        ("DET", "DT", Some(6), "det"),
        ("NOUN", "NN", Some(4), "obj"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed("The council agreed to delay the vote.", &rows);
    let v = shown(&QuoteAnnotator::new(), &d);
    assert!(v.iter().all(|q| q.1 != "agreed to"), "{v:?}");
    let q = v
        .iter()
        .find(|q| q.1 == "agreed")
        .expect("the 'agreed' attribution");
    assert_eq!(q.0, "The council");
    assert_eq!(q.2, vec!["to delay the vote"]);
}

#[test]
fn said_on_twitter_keeps_the_channel_out_of_the_cue() {
    // The senator said on Twitter that the vote failed .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("ADP", "IN", Some(4), "case"),
        ("PROPN", "NNP", Some(2), "obl"),
        ("SCONJ", "IN", Some(8), "mark"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(8), "nsubj"),
        ("VERB", "VBD", Some(2), "ccomp"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed("The senator said on Twitter that the vote failed.", &rows);
    let v = shown(&QuoteAnnotator::new(), &d);
    let q = v
        .iter()
        .find(|q| q.1 == "said")
        .unwrap_or_else(|| panic!("the 'said' attribution: {v:?}"));
    assert_eq!(q.0, "The senator");
    assert_eq!(q.2, vec!["that the vote failed"]);
}
