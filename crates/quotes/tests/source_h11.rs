//! Source spans of found attributions (`h11-qrecall`), on sentences written
//! for these tests.

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{doc, parsed, shown, with_cue};

/// A document with the text stage's tokens and sentences (no tags or parse),
/// which split `43-year-old` and `Olsen’s` as the pipeline does.
fn segmented(text: &str) -> chronicle_doc::Doc {
    let mut d = doc(text);
    let (sents, toks) = chronicle_text::Segmenter::default().annotate_text(text);
    d.tokens = Some(toks);
    d.sentences = Some(sents);
    d
}

#[test]
fn told_never_takes_its_addressee_as_an_inverted_speaker() {
    let d = doc("“We will win the vote,” Maria Olsen, a council member, told the local radio.");
    let q = with_cue(&d, "told").expect("the 'told' attribution");
    assert_eq!(q.0, "Maria Olsen, a council member");
    let d = doc("The harbour master visited the port, telling the radio that it would reopen.");
    let q = with_cue(&d, "telling").expect("the 'telling' attribution");
    assert_eq!(q.0, "The harbour master");
    // `said` still inverts
    let d = doc("“We will win the vote,” said Maria Olsen.");
    assert_eq!(with_cue(&d, "said").expect("said").0, "Maria Olsen");
}

#[test]
fn a_wire_dateline_is_no_part_of_the_speaker() {
    for text in [
        "OSLO (Wire) - The harbour master said the port would reopen in May.",
        "OSLO, Norway (Wire) – The harbour master said the port would reopen in May.",
        "OSLO — The harbour master said the port would reopen in May.",
    ] {
        let q = with_cue(&doc(text), "said").expect("the 'said' attribution");
        assert_eq!(q.0, "The harbour master", "{text}");
    }
    // a capitalised name at the paragraph start is no dateline
    let q = with_cue(
        &doc("Maria Olsen said the port would reopen in May."),
        "said",
    )
    .expect("said");
    assert_eq!(q.0, "Maria Olsen");
}

#[test]
fn an_opening_participle_or_time_phrase_is_not_the_speaker() {
    // "Speaking on Monday, the mayor visited the port, saying it would reopen."
    let rows = [
        ("VERB", "VBG", Some(6), "advcl"),
        ("ADP", "IN", Some(2), "case"),
        ("PROPN", "NNP", Some(0), "obl"),
        ("PUNCT", ",", Some(0), "punct"),
        ("DET", "DT", Some(5), "det"),
        ("NOUN", "NN", Some(6), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(8), "det"),
        ("NOUN", "NN", Some(6), "obj"),
        ("PUNCT", ",", Some(10), "punct"),
        ("VERB", "VBG", Some(6), "advcl"),
        ("PRON", "PRP", Some(14), "nsubj"),
        ("AUX", "MD", Some(14), "aux"),
        ("VERB", "VB", Some(10), "ccomp"),
        ("PUNCT", ".", Some(6), "punct"),
    ];
    let d = parsed(
        "Speaking on Monday, the mayor visited the port, saying it would reopen.",
        &rows,
    );
    let q = with_cue(&d, "saying").expect("the 'saying' attribution");
    assert_eq!(q.0, "the mayor");
    // a name the tagger reads as a participle stays the speaker when the
    // article prints it after another word too
    let d = doc("Officials met Husted on Monday. Husted visited the port, saying it would reopen.");
    let q = with_cue(&d, "saying").expect("the 'saying' attribution");
    assert_eq!(q.0, "Husted");
}

#[test]
fn the_one_asked_is_not_the_speaker() {
    let d = doc("The mayor was asked whether the port would reopen in May.");
    let q = with_cue(&d, "was asked").expect("the 'was asked' attribution");
    assert_eq!(q.0, "");
    assert_eq!(q.2, vec!["whether the port would reopen in May"]);
}

#[test]
fn a_chain_of_appositions_keeps_the_name_that_opens_it() {
    for (text, src) in [
        (
            "Lena Berg, 49, a harbour pilot, said the port would reopen.",
            "Lena Berg, 49, a harbour pilot",
        ),
        (
            "Tom Ruiz, head of the port authority, a body set up in 1990, said the port would reopen.",
            "Tom Ruiz, head of the port authority, a body set up in 1990",
        ),
        (
            "“It will reopen,” Tom Ruiz, head of the authority, a public body, said.",
            "Tom Ruiz, head of the authority, a public body",
        ),
    ] {
        let q = with_cue(&doc(text), "said").expect("the 'said' attribution");
        assert_eq!(q.0, src, "{text}");
    }
    // an adverbial before the name is not taken in
    let d = doc(
        "In the harbour, Tom Ruiz, head of the authority, a public body, said it would reopen.",
    );
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert!(!q.0.contains("harbour"), "{q:?}");
}

#[test]
fn hyphenated_ages_and_paired_conjunctions_stay_in_the_speaker() {
    for (text, src) in [
        (
            "The 43-year-old pilot said the port was closed.",
            "The 43-year-old pilot",
        ),
        (
            "Both the harbour board and the city council said the port was closed.",
            "Both the harbour board and the city council",
        ),
    ] {
        let q = with_cue(&segmented(text), "said").expect("the 'said' attribution");
        assert_eq!(q.0, src, "{text}");
    }
}

#[test]
fn a_glued_possessive_mark_tagged_as_a_particle_stays_in_the_speaker() {
    let text = "The Olsens’ lawyer said the port was closed.";
    let mut d = segmented(text);
    let tags = [
        ("DET", "DT"),
        ("PROPN", "NNPS"),
        ("PART", "POS"),
        ("NOUN", "NN"),
        ("VERB", "VBD"),
        ("DET", "DT"),
        ("NOUN", "NN"),
        ("AUX", "VBD"),
        ("VERB", "VBN"),
        ("PUNCT", "."),
    ];
    assert_eq!(d.tokens().len(), tags.len());
    d.tags = Some(
        tags.iter()
            .map(|(u, x)| chronicle_doc::Tag {
                upos: (*u).into(),
                xpos: (*x).into(),
                lemma: Default::default(),
                feats: "_".into(),
            })
            .collect(),
    );
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "The Olsens’ lawyer");
}

#[test]
fn the_object_of_a_phrase_cue_ending_in_a_preposition_is_no_inverted_speaker() {
    let d = doc("“We will win,” Maria Olsen said, referring to the council vote.");
    let q = with_cue(&d, "referring to").expect("the 'referring to' attribution");
    assert_eq!(q.0, "Maria Olsen");
    assert_eq!(q.2, vec!["the council vote"]);
}

#[test]
fn a_cue_after_no_takes_the_subject_of_its_verb() {
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        // the tagger and parser read `no mention` as they do in news text
        ("DET", "DT", Some(2), "obj"),
        ("VERB", "VB", Some(3), "acl:relcl"),
        ("ADP", "IN", Some(7), "case"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(4), "obl"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed("The mayor made no mention of the port.", &rows);
    let q = shown(&QuoteAnnotator::new(), &d);
    let q = q
        .iter()
        .find(|q| q.1.contains("mention"))
        .expect("the 'mention' attribution");
    assert_eq!(q.0, "The mayor");
}

#[test]
fn an_expletive_it_before_seems_that_is_no_speaker() {
    let d = doc("It seems that the port will reopen in May.");
    let q = with_cue(&d, "seems").expect("the 'seems' attribution");
    assert_eq!(q.0, "");
    assert_eq!(q.2, vec!["that the port will reopen in May"]);
}

#[test]
fn no_doubt_is_no_quantified_cue() {
    let rows = [
        ("NOUN", "NNS", Some(4), "nsubj"),
        ("AUX", "MD", Some(4), "aux"),
        ("DET", "DT", Some(3), "det"),
        ("VERB", "VB", Some(4), "obl:npmod"),
        ("VERB", "VB", None, "root"),
        ("SCONJ", "IN", Some(9), "mark"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(9), "nsubj"),
        ("AUX", "VBZ", Some(9), "cop"),
        ("ADJ", "JJ", Some(4), "ccomp"),
        ("PUNCT", ".", Some(4), "punct"),
    ];
    let d = parsed("Writers would no doubt say that the port is fine.", &rows);
    let q = shown(&QuoteAnnotator::new(), &d);
    assert!(
        q.iter().all(|q| q.1 != "doubt" || q.0 != "Writers"),
        "{q:?}"
    );
}

#[test]
fn an_opening_time_phrase_before_later_is_not_the_speaker() {
    let rows = [
        ("NOUN", "NNS", Some(1), "obl:npmod"),
        ("ADV", "RB", Some(5), "advmod"),
        ("PUNCT", ",", Some(5), "punct"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(5), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(5), "obj"),
        ("PUNCT", ",", Some(9), "punct"),
        ("VERB", "VBG", Some(5), "advcl"),
        ("PRON", "PRP", Some(12), "nsubj"),
        ("AUX", "MD", Some(12), "aux"),
        ("VERB", "VB", Some(9), "ccomp"),
        ("PUNCT", ".", Some(5), "punct"),
    ];
    let d = parsed(
        "Minutes later, the mayor visited the port, saying it would reopen.",
        &rows,
    );
    let q = with_cue(&d, "saying").expect("the 'saying' attribution");
    assert_eq!(q.0, "the mayor");
}
