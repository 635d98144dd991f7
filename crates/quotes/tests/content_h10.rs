//! Content boundaries added in the tenth round (`h10-qcontent`), on
//! sentences written for these tests with hand-written tags and parses.

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{parsed, shown};

#[test]
fn a_passive_cue_takes_the_agent_after_by_as_speaker_and_the_subject_as_content() {
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(4), "nsubj:pass"),
        ("AUX", "VBD", Some(4), "aux:pass"),
        ("ADV", "RB", Some(4), "advmod"),
        ("VERB", "VBN", None, "root"),
        ("ADP", "IN", Some(7), "case"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(4), "obl"),
        ("PUNCT", ".", Some(4), "punct"),
    ];
    let d = parsed("The merger was first reported by the paper.", &rows);
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the paper");
    assert_eq!(q[0].2, vec!["The merger".to_string()]);
}

#[test]
fn a_passive_agent_keeps_its_apposition() {
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(4), "nsubj:pass"),
        ("AUX", "VBD", Some(4), "aux:pass"),
        ("ADV", "RB", Some(4), "advmod"),
        ("VERB", "VBN", None, "root"),
        ("ADP", "IN", Some(6), "case"),
        ("PROPN", "NNP", Some(4), "obl"),
        ("PUNCT", ",", Some(9), "punct"),
        ("DET", "DT", Some(9), "det"),
        ("NOUN", "NN", Some(6), "appos"),
        ("PUNCT", ".", Some(4), "punct"),
    ];
    let d = parsed(
        "The plan was first reported by Smith, the treasurer.",
        &rows,
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Smith, the treasurer");
    assert_eq!(q[0].2, vec!["The plan".to_string()]);
}

#[test]
fn the_content_of_a_noun_cue_starts_after_of() {
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("PRON", "PRP$", Some(4), "nmod:poss"),
        ("NOUN", "NN", Some(2), "obj"),
        ("ADP", "IN", Some(7), "case"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(4), "nmod"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed("The mayor gave his assessment of the budget.", &rows);
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "assessment");
    assert_eq!(q[0].2, vec!["the budget".to_string()]);
    // `made no mention of X` (the tagger reads `mention` as a verb there)
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("VERB", "VB", Some(2), "obj"),
        ("ADP", "IN", Some(7), "case"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(4), "nmod"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed("The senator made no mention of the governor.", &rows);
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, vec!["the governor".to_string()]);
}

#[test]
fn a_long_channel_phrase_after_the_cue_leaves_the_content_before_the_speaker() {
    // `…, the mayor said in a video message to the city council.`: seven words
    // of channel after the cue, the content is the clause before the speaker
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(3), "nsubj"),
        ("AUX", "MD", Some(3), "aux"),
        ("VERB", "VB", Some(7), "ccomp"),
        ("PUNCT", ",", Some(7), "punct"),
        ("DET", "DT", Some(6), "det"),
        ("NOUN", "NN", Some(7), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("ADP", "IN", Some(11), "case"),
        ("DET", "DT", Some(11), "det"),
        ("NOUN", "NN", Some(11), "compound"),
        ("NOUN", "NN", Some(7), "obl"),
        ("ADP", "IN", Some(15), "case"),
        ("DET", "DT", Some(15), "det"),
        ("NOUN", "NN", Some(15), "compound"),
        ("NOUN", "NN", Some(11), "nmod"),
        ("PUNCT", ".", Some(7), "punct"),
    ];
    let d = parsed(
        "The plan will fail, the mayor said in a video message to the city council.",
        &rows,
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the mayor");
    assert_eq!(q[0].2, vec!["The plan will fail".to_string()]);
}

#[test]
fn a_transcript_turn_runs_to_the_end_of_its_paragraph() {
    let d = common::doc(
        "BENENSON: The senator does not get to decide when we debate. He is running a negative campaign, he said.\n\nThe debate is set for April.",
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    let turn = q.iter().find(|x| x.0 == "BENENSON").expect("the turn");
    assert_eq!(
        turn.2,
        vec![
            "The senator does not get to decide when we debate. He is running a negative campaign, he said"
                .to_string()
        ]
    );
    // a question keeps its mark
    let d = common::doc("TAPPER: Do you think the senator can win?\n\nHe did not answer.");
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(
        q[0].2,
        vec!["Do you think the senator can win?".to_string()]
    );
}

#[test]
fn a_turn_followed_by_another_colon_in_its_paragraph_keeps_its_first_sentence() {
    let d =
        common::doc("Mayor: The budget is balanced. Council: The vote was fair.\n\nMore below.");
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q[0].0, "Mayor");
    assert_eq!(q[0].2, vec!["The budget is balanced".to_string()]);
}

#[test]
fn a_lone_adverb_before_the_speaker_is_no_content() {
    // the channel rule does not move the content to a fronted `Earlier,`
    let rows = [
        ("ADV", "RB", Some(4), "advmod"),
        ("PUNCT", ",", Some(4), "punct"),
        ("DET", "DT", Some(3), "det"),
        ("NOUN", "NN", Some(4), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("ADP", "IN", Some(7), "case"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(4), "obl"),
        ("ADP", "IN", Some(10), "case"),
        ("DET", "DT", Some(10), "det"),
        ("NOUN", "NN", Some(4), "obl"),
        ("ADP", "IN", Some(13), "case"),
        ("DET", "DT", Some(13), "det"),
        ("NOUN", "NN", Some(10), "nmod"),
        ("PUNCT", ".", Some(4), "punct"),
    ];
    let d = parsed(
        "Earlier, the crew complained to the minister about the lack of a ship.",
        &rows,
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the crew");
    assert_ne!(q[0].2, vec!["Earlier".to_string()]);
    assert!(q[0].2[0].contains("the lack of a ship"), "{q:?}");
}

#[test]
fn the_chooser_may_start_where_the_parse_starts_the_complement() {
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(3), "nsubj"),
        ("AUX", "VBZ", Some(3), "aux"),
        ("VERB", "VBN", None, "root"),
        ("ADP", "IN", Some(6), "case"),
        ("ADJ", "JJ", Some(6), "amod"),
        ("NOUN", "NNS", Some(3), "obl"),
        ("SCONJ", "IN", Some(10), "mark"),
        ("DET", "DT", Some(9), "det"),
        ("NOUN", "NN", Some(10), "nsubj"),
        ("VERB", "VBZ", Some(3), "ccomp"),
        ("PUNCT", ".", Some(3), "punct"),
    ];
    let d = parsed(
        "The senator has questioned in recent days whether the plan works.",
        &rows,
    );
    let rules = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(rules.len(), 1, "{rules:?}");
    assert_ne!(rules[0].2, vec!["whether the plan works".to_string()]);
    // a model that likes a start at `whether` can pick it: the complement's
    // first word is a candidate start
    let m = chronicle_quotes::ContentModel::parse(
        "#chronicle-content-model v1\nSs=whether\t5\n",
        "test",
    )
    .unwrap();
    let q = shown(&QuoteAnnotator::new().with_content_model(m), &d);
    assert_eq!(q[0].2, vec!["whether the plan works".to_string()]);
}

#[test]
fn a_span_of_time_after_the_cue_is_no_content() {
    let a = QuoteAnnotator::new();
    for (text, want) in [
        (
            "The senator has said for weeks he would run.",
            "he would run",
        ),
        (
            "The mayor said in recent days the budget was balanced.",
            "the budget was balanced",
        ),
        // not a place or a channel
        (
            "The mayor said in Ohio the budget was balanced.",
            "in Ohio the budget was balanced",
        ),
    ] {
        let d = common::doc(text);
        let q = shown(&a, &d);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].2, vec![want.to_string()], "{text}");
    }
}
