//! Speakers of participle cues after a noun and the content they leave to a
//! parallel participle (`h14-content`), on sentences written for these tests
//! with hand-written tags and parses.

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{parsed, shown, with_cue};

#[test]
fn a_participle_after_a_noun_speaks_through_that_noun() {
    // The mayor received letters from residents saying the road was unsafe .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("NOUN", "NNS", Some(2), "obj"),
        ("ADP", "IN", Some(5), "case"),
        ("NOUN", "NNS", Some(3), "nmod"),
        ("VERB", "VBG", Some(5), "acl"),
        ("DET", "DT", Some(8), "det"),
        ("NOUN", "NN", Some(10), "nsubj"),
        ("AUX", "VBD", Some(10), "cop"),
        ("ADJ", "JJ", Some(6), "ccomp"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed(
        "The mayor received letters from residents saying the road was unsafe.",
        &rows,
    );
    let q = with_cue(&d, "saying").expect("the 'saying' attribution");
    assert_eq!(q.0, "residents");
    assert_eq!(q.2, vec!["the road was unsafe"]);
}

#[test]
fn a_participle_after_a_document_keeps_the_sentence_subject() {
    // The mayor made a long video saying the road was unsafe .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(5), "det"),
        ("ADJ", "JJ", Some(5), "amod"),
        ("NOUN", "NN", Some(2), "obj"),
        ("VERB", "VBG", Some(5), "acl"),
        ("DET", "DT", Some(8), "det"),
        ("NOUN", "NN", Some(10), "nsubj"),
        ("AUX", "VBD", Some(10), "cop"),
        ("ADJ", "JJ", Some(6), "ccomp"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed(
        "The mayor made a long video saying the road was unsafe.",
        &rows,
    );
    let q = with_cue(&d, "saying").expect("the 'saying' attribution");
    assert_eq!(q.0, "The mayor");
}

#[test]
fn a_group_noun_with_of_joins_the_participle_speaker() {
    // The council heard from a handful of farmers warning the dam would fail .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("ADP", "IN", Some(5), "case"),
        ("DET", "DT", Some(5), "det"),
        ("NOUN", "NN", Some(2), "obl"),
        ("ADP", "IN", Some(7), "case"),
        ("NOUN", "NNS", Some(5), "nmod"),
        ("VERB", "VBG", Some(7), "acl"),
        ("DET", "DT", Some(10), "det"),
        ("NOUN", "NN", Some(12), "nsubj"),
        ("AUX", "MD", Some(12), "aux"),
        ("VERB", "VB", Some(8), "ccomp"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed(
        "The council heard from a handful of farmers warning the dam would fail.",
        &rows,
    );
    let q = with_cue(&d, "warning").expect("the 'warning' attribution");
    assert_eq!(q.0, "a handful of farmers");
}

#[test]
fn a_parallel_participle_ends_the_first_content() {
    // The two leaders met on Friday , Smith saying the talks went well and
    // the minister calling them a breakthrough .
    let rows = [
        ("DET", "DT", Some(2), "det"),
        ("NUM", "CD", Some(2), "nummod"),
        ("NOUN", "NNS", Some(3), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("ADP", "IN", Some(5), "case"),
        ("PROPN", "NNP", Some(3), "obl"),
        ("PUNCT", ",", Some(8), "punct"),
        ("PROPN", "NNP", Some(8), "nsubj"),
        ("VERB", "VBG", Some(3), "advcl"),
        ("DET", "DT", Some(10), "det"),
        ("NOUN", "NNS", Some(11), "nsubj"),
        ("VERB", "VBD", Some(8), "ccomp"),
        ("ADV", "RB", Some(11), "advmod"),
        ("CCONJ", "CC", Some(16), "cc"),
        ("DET", "DT", Some(15), "det"),
        ("NOUN", "NN", Some(16), "nsubj"),
        ("VERB", "VBG", Some(8), "conj"),
        ("PRON", "PRP", Some(16), "obj"),
        ("DET", "DT", Some(19), "det"),
        ("NOUN", "NN", Some(16), "xcomp"),
        ("PUNCT", ".", Some(3), "punct"),
    ];
    let d = parsed(
        "The two leaders met on Friday, Smith saying the talks went well and the minister calling them a breakthrough.",
        &rows,
    );
    let q = with_cue(&d, "saying").expect("the 'saying' attribution");
    assert_eq!(q.0, "Smith");
    assert_eq!(q.2, vec!["the talks went well"]);
    let q = with_cue(&d, "calling").expect("the 'calling' attribution");
    assert_eq!(q.0, "the minister");
}

#[test]
fn a_circumstance_after_an_inverted_speakers_apposition_is_neither_speaker_nor_content() {
    let d = common::doc("“The bridge is safe,” said Anna Berg, a city engineer, in a statement.");
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Anna Berg, a city engineer");
    assert_eq!(q[0].2, vec!["“The bridge is safe,”"]);

    let d = common::doc("“We will rebuild,” said Omar Haddad, the port director, on Monday.");
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q[0].0, "Omar Haddad, the port director");
    assert_eq!(q[0].2, vec!["“We will rebuild,”"]);
}

#[test]
fn a_party_tag_in_parentheses_is_part_of_the_speaker() {
    for (text, speaker) in [
        (
            "Sen. Ann Roe (D-Ore.) said the bill was dead.",
            "Sen. Ann Roe (D-Ore.)",
        ),
        (
            "Rep. Bo Lin (R-Iowa) said the bill was dead.",
            "Rep. Bo Lin (R-Iowa)",
        ),
        (
            "“The bill is dead,” said Rep. Bo Lin (R-Iowa).",
            "Rep. Bo Lin (R-Iowa)",
        ),
    ] {
        let q = shown(&QuoteAnnotator::new(), &common::doc(text));
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].0, speaker, "{text}");
    }
}

#[test]
fn an_age_between_commas_stays_with_the_name_before_the_cue() {
    let q = shown(
        &QuoteAnnotator::new(),
        &common::doc("Ana Ruiz, 47, said the market had closed early."),
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Ana Ruiz, 47");
}

#[test]
fn an_agentless_passive_has_no_speaker_and_reports_its_subject() {
    let q = shown(
        &QuoteAnnotator::new(),
        &common::doc("Some advisers are said to favour a delay."),
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "");
    assert_eq!(q[0].2, vec!["Some advisers", "to favour a delay"]);

    let q = shown(
        &QuoteAnnotator::new(),
        &common::doc("I was told that the office had closed."),
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "");
    assert_eq!(q[0].2, vec!["that the office had closed"]);
}

#[test]
fn the_asker_after_by_speaks_and_the_one_asked_to_act_joins_the_content() {
    let q = shown(
        &QuoteAnnotator::new(),
        &common::doc("Lee was asked by a reporter whether the plant would close."),
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "a reporter");
    assert_eq!(q[0].2, vec!["whether the plant would close"]);

    let q = shown(
        &QuoteAnnotator::new(),
        &common::doc("Lee was asked to name a date for the vote."),
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "");
    assert_eq!(q[0].2, vec!["Lee", "to name a date for the vote"]);
}

#[test]
fn a_passive_agent_followed_by_as_speaks_about_the_subject() {
    // The plan was seen by critics as reckless .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(3), "nsubj:pass"),
        ("AUX", "VBD", Some(3), "aux:pass"),
        ("VERB", "VBN", None, "root"),
        ("ADP", "IN", Some(6), "case"),
        ("DET", "DT", Some(6), "det"),
        ("NOUN", "NNS", Some(3), "obl:agent"),
        ("ADP", "IN", Some(8), "case"),
        ("ADJ", "JJ", Some(3), "obl"),
        ("PUNCT", ".", Some(3), "punct"),
    ];
    let d = parsed("The plan was seen by the critics as reckless.", &rows);
    let q = shown(&QuoteAnnotator::new(), &d);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the critics", "{q:?}");
    assert_eq!(q[0].2, vec!["The plan", "as reckless"]);
}
