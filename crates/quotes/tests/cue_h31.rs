//! Round h31-cue: a quotation with a speaker tag of its own is no follow-on
//! of an earlier attribution (sentences written for these tests).

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{doc, shown};

#[test]
fn a_question_with_its_own_tag_is_not_joined_to_the_earlier_quote() {
    let d = doc("\"We will not back down from this fight,\" Hewitt said. \
         \"Who started it, then?\" Jones asked.");
    let q = shown(&QuoteAnnotator::new(), &d);
    let hewitt = q.iter().find(|x| x.0 == "Hewitt").expect("Hewitt's quote");
    assert_eq!(
        hewitt.2,
        vec!["\"We will not back down from this fight,\"".to_string()],
        "{q:?}"
    );
    let jones = q.iter().find(|x| x.0 == "Jones").expect("Jones's quote");
    assert_eq!(jones.1, "asked", "{q:?}");
    assert_eq!(
        jones.2,
        vec!["\"Who started it, then?\"".to_string()],
        "{q:?}"
    );
}

#[test]
fn a_tag_followed_by_a_participle_is_still_a_tag() {
    let d = doc(
        "\"The plan is dead,\" Lee said. \"What plan?\" Park asked, \
         shaking her head at the crowd.",
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    let park = q.iter().find(|x| x.0 == "Park").expect("Park's quote");
    assert_eq!(park.2, vec!["\"What plan?\"".to_string()], "{q:?}");
}

#[test]
fn a_quotation_followed_by_a_new_reported_clause_still_follows_on() {
    // `He added: "…"` and `He added, "…"` report new words: the quotation
    // before them stays with the earlier speaker
    for tail in ["He added: \"Nothing else.\"", "He added, \"Nothing else.\""] {
        let text = format!("\"We are neighbours,\" Ms. Lee said. \"We are not enemies.\" {tail}");
        let d = doc(&text);
        let q = shown(&QuoteAnnotator::new(), &d);
        let lee = q.iter().find(|x| x.0 == "Ms. Lee").expect("Lee's quote");
        assert_eq!(
            lee.2,
            vec![
                "\"We are neighbours,\"".to_string(),
                "\"We are not enemies.\"".to_string()
            ],
            "{q:?}"
        );
    }
}

#[test]
fn a_programme_title_before_the_name_is_part_of_the_speaker() {
    for who in [
        "KTV Good Morning co-Anchor Dana Reyes",
        "Channel Four News Sunday host Ravi Shah",
    ] {
        let text = format!("The show aired late.\n\n\"It was a rare slip, minister,\" {who} said.");
        let d = doc(&text);
        let q = shown(&QuoteAnnotator::new(), &d);
        let x = q.iter().find(|x| x.1 == "said").expect("a quote on said");
        assert_eq!(x.0, who, "{q:?}");
        assert_eq!(
            x.2,
            vec!["\"It was a rare slip, minister,\"".to_string()],
            "{q:?}"
        );
    }
}

#[test]
fn a_weekday_after_the_name_stays_out_of_the_speaker() {
    let d = doc("\"It was a rare slip,\" Senator Ann Lee Monday said.");
    let q = shown(&QuoteAnnotator::new(), &d);
    let x = q.iter().find(|x| x.1 == "said").expect("a quote on said");
    assert_eq!(x.0, "Senator Ann Lee", "{q:?}");
}

#[test]
fn a_writer_sentence_with_a_later_cue_is_no_speaker_tag() {
    // " We won , " Lee said . " We are glad . " The town is worried .
    let rows = [
        ("PUNCT", "``", Some(2), "punct"),
        ("PRON", "PRP", Some(2), "nsubj"),
        ("VERB", "VBD", Some(6), "ccomp"),
        ("PUNCT", ",", Some(2), "punct"),
        ("PUNCT", "''", Some(2), "punct"),
        ("PROPN", "NNP", Some(6), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("PUNCT", ".", Some(6), "punct"),
        ("PUNCT", "``", Some(11), "punct"),
        ("PRON", "PRP", Some(11), "nsubj"),
        ("AUX", "VBP", Some(11), "cop"),
        ("ADJ", "JJ", None, "root"),
        ("PUNCT", ".", Some(11), "punct"),
        ("PUNCT", "''", Some(11), "punct"),
        ("DET", "DT", Some(15), "det"),
        ("NOUN", "NN", Some(17), "nsubj"),
        ("AUX", "VBZ", Some(17), "cop"),
        ("ADJ", "JJ", None, "root"),
        ("PUNCT", ".", Some(17), "punct"),
    ];
    let d = common::parsed(
        "\"We won,\" Lee said. \"We are glad.\" The town is worried.",
        &rows,
    );
    let q = shown(&QuoteAnnotator::new(), &d);
    let lee = q.iter().find(|x| x.0 == "Lee").expect("Lee's quote");
    assert_eq!(
        lee.2,
        vec!["\"We won,\"".to_string(), "\"We are glad.\"".to_string()],
        "{q:?}"
    );
}

#[test]
fn a_weekday_after_a_sentence_initial_preposition_is_no_title() {
    let d = doc("In Friday's filing the ministry said it was ready to appeal.");
    let q = shown(&QuoteAnnotator::new(), &d);
    let x = q.iter().find(|x| x.1 == "said").expect("a quote on said");
    assert!(!x.0.contains("Friday"), "{q:?}");
}
