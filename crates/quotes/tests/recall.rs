//! Cue recall: attribution forms the rules used to miss, on hand-written
//! sentences. Forms that need tags or a parse get one written by hand, so the
//! tests do not depend on the statistical models.

use chronicle_doc::Doc;
use chronicle_quotes::QuoteAnnotator;

mod common;
use common::{believe_moscow_moved_troops, believe_the_reports, doc, parsed, shown, with_cue};

/// (source, cue, content pieces) of each quote.
fn show(d: &Doc) -> Vec<(String, String, Vec<String>)> {
    shown(&QuoteAnnotator::new(), d)
}

#[test]
fn cognition_verb_with_a_clause_the_parse_attaches_without_that() {
    let d = believe_moscow_moved_troops();
    let q = with_cue(&d, "believe").expect("the 'believe' attribution");
    assert_eq!(q.0, "Western officials");
    assert_eq!(q.2, vec!["Moscow has moved troops"]);
    // an object, not a clause: a belief in something, nothing reported
    let d = believe_the_reports();
    assert!(show(&d).is_empty(), "{:?}", show(&d));
}

#[test]
fn a_poll_subject_away_from_the_cue_reports_its_finding() {
    let d = parsed(
        "A new poll last week showed Kovalenko with a wide lead.",
        &[
            ("DET", "DT", Some(2), "det"),
            ("ADJ", "JJ", Some(2), "amod"),
            ("NOUN", "NN", Some(5), "nsubj"),
            ("ADJ", "JJ", Some(4), "amod"),
            ("NOUN", "NN", Some(5), "obl:tmod"),
            ("VERB", "VBD", None, "root"),
            ("PROPN", "NNP", Some(5), "obj"),
            ("ADP", "IN", Some(10), "case"),
            ("DET", "DT", Some(10), "det"),
            ("ADJ", "JJ", Some(10), "amod"),
            ("NOUN", "NN", Some(6), "nmod"),
            ("PUNCT", ".", Some(5), "punct"),
        ],
    );
    let q = with_cue(&d, "showed").expect("the 'showed' attribution");
    assert!(q.0.contains("poll"), "{q:?}");
    assert_eq!(q.2, vec!["Kovalenko with a wide lead"]);
}

#[test]
fn a_tagged_noun_with_a_subject_is_a_verb_cue() {
    // the tagger calls "shows" a plural noun; the parse gives it a subject
    let d = parsed(
        "A 2010 video shows the mayor opening the bridge.",
        &[
            ("DET", "DT", Some(2), "det"),
            ("NUM", "CD", Some(2), "nummod"),
            ("NOUN", "NN", Some(3), "nsubj"),
            ("NOUN", "NNS", None, "root"),
            ("DET", "DT", Some(5), "det"),
            ("NOUN", "NN", Some(3), "obj"),
            ("VERB", "VBG", Some(5), "acl"),
            ("DET", "DT", Some(8), "det"),
            ("NOUN", "NN", Some(6), "obj"),
            ("PUNCT", ".", Some(3), "punct"),
        ],
    );
    let q = with_cue(&d, "shows").expect("the 'shows' attribution");
    assert_eq!(q.2, vec!["the mayor opening the bridge"]);
}

#[test]
fn raising_verb_with_an_adjective_has_no_source() {
    let d = parsed(
        "The negotiators appeared exhausted.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NNS", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("ADJ", "JJ", Some(2), "xcomp"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    let q = with_cue(&d, "appeared").expect("the 'appeared' attribution");
    assert_eq!(q.0, "");
    assert_eq!(q.2, vec!["The negotiators", "exhausted"]);
    // "appeared on television" is no impression
    let d = parsed(
        "The negotiators appeared on television.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NNS", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("ADP", "IN", Some(4), "case"),
            ("NOUN", "NN", Some(2), "obl"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    assert!(show(&d).is_empty(), "{:?}", show(&d));
}

#[test]
fn participle_takes_the_subject_of_the_verb_it_hangs_on() {
    // the sentence opens with a time phrase, so the subject is not initial
    let d = parsed(
        "On Monday, the minister struck a cautious tone, saying talks could take months.",
        &[
            ("ADP", "IN", Some(1), "case"),
            ("PROPN", "NNP", Some(5), "obl"),
            ("PUNCT", ",", Some(5), "punct"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NN", Some(5), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(8), "det"),
            ("ADJ", "JJ", Some(8), "amod"),
            ("NOUN", "NN", Some(5), "obj"),
            ("PUNCT", ",", Some(10), "punct"),
            ("VERB", "VBG", Some(5), "advcl"),
            ("NOUN", "NNS", Some(13), "nsubj"),
            ("AUX", "MD", Some(13), "aux"),
            ("VERB", "VB", Some(10), "ccomp"),
            ("NOUN", "NNS", Some(13), "obj"),
            ("PUNCT", ".", Some(5), "punct"),
        ],
    );
    let q = with_cue(&d, "saying").expect("the 'saying' attribution");
    assert_eq!(q.0, "the minister");
    assert_eq!(q.2, vec!["talks could take months"]);
}

#[test]
fn headline_source_with_lowercase_words() {
    let d = parsed(
        "Port Authority chief: Ferries resume service",
        &[
            ("PROPN", "NNP", Some(1), "compound"),
            ("PROPN", "NNP", Some(2), "compound"),
            ("NOUN", "NN", None, "root"),
            ("PUNCT", ":", Some(2), "punct"),
            ("NOUN", "NNS", Some(5), "nsubj"),
            ("VERB", "VBP", Some(2), "parataxis"),
            ("NOUN", "NN", Some(5), "obj"),
        ],
    );
    let q = with_cue(&d, ":").expect("the headline attribution");
    assert_eq!(q.0, "Port Authority chief");
    assert_eq!(q.2, vec!["Ferries resume service"]);
}

#[test]
fn parenthetical_cue_after_its_subject() {
    let d = doc("The ceasefire, the officials believe, will not hold.");
    let q = with_cue(&d, "believe").expect("the 'believe' attribution");
    assert_eq!(q.0, "the officials");
    assert_eq!(q.2, vec!["The ceasefire", "will not hold"]);
    let d = doc("The pilot had no known political ties, the airline added.");
    let q = with_cue(&d, "added").expect("the 'added' attribution");
    assert_eq!(q.0, "the airline");
    assert_eq!(q.2, vec!["The pilot had no known political ties"]);
    // no comma before the subject: "what they believe" is not set off
    let d = doc("It is what they believe.");
    assert!(with_cue(&d, "believe").is_none(), "{:?}", show(&d));
}

#[test]
fn new_speech_and_stance_verbs() {
    let d = doc("The mayor remarked that the bridge had reopened.");
    let q = with_cue(&d, "remarked").expect("the 'remarked' attribution");
    assert_eq!(q.0, "The mayor");
    assert_eq!(q.2, vec!["that the bridge had reopened"]);
    let d = doc("The governor assailed the budget cuts.");
    let q = with_cue(&d, "assailed").expect("the 'assailed' attribution");
    assert_eq!(q.0, "The governor");
    assert_eq!(q.2, vec!["the budget cuts"]);
}

#[test]
fn reportedly_splits_its_sentence_around_the_cue() {
    let d = doc("The convoy was reportedly stopped near the border.");
    let v = show(&d);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "");
    assert_eq!(v[0].1, "reportedly");
    assert_eq!(v[0].2, vec!["The convoy was", "stopped near the border"]);
    // a sentence with an attribution of its own keeps only that one
    let d = doc("Officials said the convoy was reportedly stopped.");
    let v = show(&d);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].1, "said");
}

#[test]
fn described_speakers_after_a_quotation() {
    let d = doc(
        "\"We will rebuild every school,\" said a senior regional official who visited the town.",
    );
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "a senior regional official who visited the town");
    assert_eq!(q.2, vec!["\"We will rebuild every school,\""]);
    let d = doc("\"It will be hard,\" said several observers.");
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "several observers");
    // the anonymity clause is the writer's, not part of the speaker
    let d = doc("\"The talks are over,\" said one diplomat who spoke on condition of anonymity.");
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "one diplomat");
}

#[test]
fn asked_with_a_place_before_the_question() {
    let d = doc("Asked on state television whether the talks would resume, the minister said no.");
    let q = with_cue(&d, "Asked").expect("the 'Asked' attribution");
    assert_eq!(q.0, "");
    assert_eq!(q.2, vec!["whether the talks would resume"]);
}

#[test]
fn no_parenthetical_cue_in_a_transcript_turn_or_after_a_verb() {
    // the turn belongs to the speaker before the colon
    let d = doc("Lena Berg: Yes, I agree.");
    let v = show(&d);
    assert!(!v.iter().any(|q| q.1 == "agree"), "{v:?}");
    // "to be quite promising" has no subject before the cue
    let d = doc("The new ferry route, to be quite promising.");
    let v = show(&d);
    assert!(!v.iter().any(|q| q.1 == "promising"), "{v:?}");
}

#[test]
fn recall_question_urge_promise_take_an_object() {
    let d = doc("The mayor recalled a visit to the old harbour.");
    let q = with_cue(&d, "recalled").expect("the 'recalled' attribution");
    assert_eq!(q.0, "The mayor");
    assert_eq!(q.2, vec!["a visit to the old harbour"]);
    let d = doc("The senator questioned the plan.");
    let q = with_cue(&d, "questioned").expect("the 'questioned' attribution");
    assert_eq!(q.2, vec!["the plan"]);
    let d = doc("The council urged calm.");
    let q = with_cue(&d, "urged").expect("the 'urged' attribution");
    assert_eq!(q.2, vec!["calm"]);
    // a diplomatic recall and the adjective "promising" are not speech
    let d = doc("The ministry recalled its ambassador.");
    assert!(with_cue(&d, "recalled").is_none(), "{:?}", show(&d));
    let d = doc("Both sides named promising areas of work.");
    assert!(with_cue(&d, "promising").is_none(), "{:?}", show(&d));
}

#[test]
fn an_approximator_before_a_counted_speaker_belongs_to_the_source() {
    let d = parsed(
        "About four in 10 residents said the water tasted odd.",
        &[
            ("ADV", "RB", Some(1), "advmod"),
            ("NUM", "CD", Some(4), "nummod"),
            ("ADP", "IN", Some(3), "case"),
            ("NUM", "CD", Some(1), "nmod"),
            ("NOUN", "NNS", Some(5), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(7), "det"),
            ("NOUN", "NN", Some(8), "nsubj"),
            ("VERB", "VBD", Some(5), "ccomp"),
            ("ADJ", "JJ", Some(8), "xcomp"),
            ("PUNCT", ".", Some(5), "punct"),
        ],
    );
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "About four in 10 residents");
    let d = parsed(
        "More than 60 percent said the fares were fair.",
        &[
            ("ADJ", "JJR", Some(2), "advmod"),
            ("ADP", "IN", Some(0), "fixed"),
            ("NUM", "CD", Some(3), "nummod"),
            ("NOUN", "NN", Some(4), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(6), "det"),
            ("NOUN", "NNS", Some(8), "nsubj"),
            ("AUX", "VBD", Some(8), "cop"),
            ("ADJ", "JJ", Some(4), "ccomp"),
            ("PUNCT", ".", Some(4), "punct"),
        ],
    );
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "More than 60 percent");
    // an adverb before a speaker that is not a quantity stays out
    let d = parsed(
        "Only the mayor said the fares were fair.",
        &[
            ("ADV", "RB", Some(2), "advmod"),
            ("DET", "DT", Some(2), "det"),
            ("NOUN", "NN", Some(3), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(5), "det"),
            ("NOUN", "NNS", Some(7), "nsubj"),
            ("AUX", "VBD", Some(7), "cop"),
            ("ADJ", "JJ", Some(3), "ccomp"),
            ("PUNCT", ".", Some(3), "punct"),
        ],
    );
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "the mayor");
}

#[test]
fn a_fraction_the_tagger_calls_a_verb_can_be_the_speaker() {
    // the tagger reads `Half` as a verb and `third` as an adverb
    let d = parsed(
        "Almost half said the fares were too high.",
        &[
            ("ADV", "RB", Some(1), "advmod"),
            ("VERB", "VBZ", Some(2), "aux"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NNS", Some(7), "nsubj"),
            ("AUX", "VBD", Some(7), "cop"),
            ("ADV", "RB", Some(7), "advmod"),
            ("ADJ", "JJ", Some(2), "ccomp"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "Almost half");
    assert_eq!(q.2, vec!["the fares were too high"]);
    let d = parsed(
        "A third said the line was slow.",
        &[
            ("DET", "DT", Some(2), "det"),
            ("ADV", "RB", Some(2), "advmod"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NN", Some(6), "nsubj"),
            ("AUX", "VBD", Some(6), "cop"),
            ("ADJ", "JJ", Some(2), "ccomp"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "A third");
}

#[test]
fn a_colon_headline_keeps_its_source_when_its_content_has_a_cue() {
    let d = doc(
        "Port Authority: Sailors warn the storm will close the harbor.\n\nThe port shut at noon.",
    );
    let v = show(&d);
    let q = v
        .iter()
        .find(|q| q.1 == ":")
        .unwrap_or_else(|| panic!("no headline attribution in {v:?}"));
    assert_eq!(q.0, "Port Authority");
    assert_eq!(q.2, vec!["Sailors warn the storm will close the harbor"]);
    // an interjection or a form label before the colon is not a speaker
    let d = doc("Wow: Mayor Says The Bridge Will Close.\n\nThe bridge is old.");
    let v = show(&d);
    assert!(!v.iter().any(|q| q.0 == "Wow"), "{v:?}");
    let d = doc("Name: Olga Petrenko, a nurse from Lviv.\n\nShe works nights.");
    let v = show(&d);
    assert!(!v.iter().any(|q| q.0 == "Name"), "{v:?}");
    // nor a discourse adverb opening a turn
    let d = doc("Further: we have offered the town a new bridge, the envoy said.");
    let v = show(&d);
    assert!(!v.iter().any(|q| q.0 == "Further"), "{v:?}");
}

#[test]
fn a_speaker_whose_relative_clause_is_an_attribution_speaks_again() {
    // the relative clause has its own cue; the main verb keeps the name
    let d = parsed(
        "Ms. Okafor, who predicted that the mill would close, said the town needed new jobs.",
        &[
            ("PROPN", "NNP", Some(1), "compound"),
            ("PROPN", "NNP", Some(11), "nsubj"),
            ("PUNCT", ",", Some(4), "punct"),
            ("PRON", "WP", Some(4), "nsubj"),
            ("VERB", "VBD", Some(1), "acl:relcl"),
            ("SCONJ", "IN", Some(9), "mark"),
            ("DET", "DT", Some(7), "det"),
            ("NOUN", "NN", Some(9), "nsubj"),
            ("AUX", "MD", Some(9), "aux"),
            ("VERB", "VB", Some(4), "ccomp"),
            ("PUNCT", ",", Some(4), "punct"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(13), "det"),
            ("NOUN", "NN", Some(14), "nsubj"),
            ("VERB", "VBD", Some(11), "ccomp"),
            ("ADJ", "JJ", Some(16), "amod"),
            ("NOUN", "NNS", Some(14), "obj"),
            ("PUNCT", ".", Some(11), "punct"),
        ],
    );
    let q = with_cue(&d, "predicted").expect("the 'predicted' attribution");
    assert_eq!(q.0, "who");
    assert_eq!(q.2, vec!["that the mill would close"]);
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "Ms. Okafor");
    assert_eq!(q.2, vec!["the town needed new jobs"]);
}

#[test]
fn want_with_an_object_and_to_reports_a_wish() {
    let parse = |text: &str, verb: &str| {
        parsed(
            text,
            &[
                ("DET", "DT", Some(1), "det"),
                ("NOUN", "NN", Some(2), "nsubj"),
                ("VERB", "VBZ", None, "root"),
                ("NOUN", "NNS", Some(2), "obj"),
                ("PART", "TO", Some(5), "mark"),
                ("VERB", "VB", Some(2), verb),
                ("DET", "DT", Some(7), "det"),
                ("NOUN", "NN", Some(5), "obj"),
                ("PUNCT", ".", Some(2), "punct"),
            ],
        )
    };
    let d = parse("The union wants members to reject the offer.", "xcomp");
    let q = with_cue(&d, "wants").expect("the 'wants' attribution");
    assert_eq!(q.0, "The union");
    assert_eq!(q.2, vec!["members to reject the offer"]);
    // the parse does not make the verb the complement of `wants`: no wish
    let d = parse("The union wants members to reject the offer.", "advcl");
    assert!(with_cue(&d, "wants").is_none(), "{:?}", show(&d));
}

#[test]
fn asked_questions_with_an_asker_an_adverb_or_a_quotation() {
    let d = doc("Asked by a reporter whether the bridge would reopen, the mayor said it would.");
    let q = with_cue(&d, "Asked").expect("the 'Asked' attribution");
    assert_eq!(q.0, "a reporter");
    assert_eq!(q.2, vec!["whether the bridge would reopen"]);
    let d = doc("Asked by the host to explain the delay, the minister blamed the weather.");
    let q = with_cue(&d, "Asked").expect("the 'Asked' attribution");
    assert_eq!(q.0, "the host");
    assert_eq!(q.2, vec!["to explain the delay"]);
    // no asker: `to` is not a question
    let d = doc("Asked to explain the delay, the minister blamed the weather.");
    assert!(with_cue(&d, "Asked").is_none(), "{:?}", show(&d));
    let d = doc("Asked specifically how the plan would work, the minister declined to answer.");
    let q = with_cue(&d, "Asked").expect("the 'Asked' attribution");
    assert_eq!(q.0, "");
    assert_eq!(q.2, vec!["how the plan would work"]);
    // the question ends with the quotation closing on a comma
    let d = doc("Asked whether the plan is \"fair to everyone,\" 60 percent of voters said yes.");
    let q = with_cue(&d, "Asked").expect("the 'Asked' attribution");
    assert_eq!(q.2, vec!["whether the plan is \"fair to everyone,\""]);
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "60 percent of voters");
}

#[test]
fn a_fronted_participle_clause_takes_the_speaker_after_it() {
    let d = parsed(
        "After thanking the crowd, the senator said the race was close.",
        &[
            ("SCONJ", "IN", Some(1), "mark"),
            ("VERB", "VBG", Some(7), "advcl"),
            ("DET", "DT", Some(3), "det"),
            ("NOUN", "NN", Some(1), "obj"),
            ("PUNCT", ",", Some(7), "punct"),
            ("DET", "DT", Some(6), "det"),
            ("NOUN", "NN", Some(7), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(9), "det"),
            ("NOUN", "NN", Some(11), "nsubj"),
            ("AUX", "VBD", Some(11), "cop"),
            ("ADJ", "JJ", Some(7), "ccomp"),
            ("PUNCT", ".", Some(7), "punct"),
        ],
    );
    let q = with_cue(&d, "thanking").expect("the 'thanking' attribution");
    assert_eq!(q.0, "the senator");
    assert_eq!(q.2, vec!["the crowd"]);
    // the main verb keeps the same speaker
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "the senator");
    assert_eq!(q.2, vec!["the race was close"]);
}

#[test]
fn a_fronted_participle_content_stops_before_its_speaker() {
    // the content rules run on into the main clause; the speaker's comma ends it
    let d = parsed(
        "Before saying this, you should think.",
        &[
            ("ADP", "IN", Some(1), "mark"),
            ("VERB", "VBG", Some(6), "advcl"),
            ("PRON", "DT", Some(1), "obj"),
            ("PUNCT", ",", Some(6), "punct"),
            ("PRON", "PRP", Some(6), "nsubj"),
            ("AUX", "MD", Some(6), "aux"),
            ("VERB", "VB", None, "root"),
            ("PUNCT", ".", Some(6), "punct"),
        ],
    );
    let q = with_cue(&d, "saying").expect("the 'saying' attribution");
    assert_eq!(q.0, "you");
    assert_eq!(q.2, vec!["this"]);
}

/// Field labels in capitals that open several lines ("TARGET:", "ATTACKER:" down a
/// list of attacks) and number words numbering a list are no headline speakers; a
/// name before a colon still is.
#[test]
fn repeated_capital_labels_and_list_numbers_are_no_headline_sources() {
    let d = doc(
        "TARGET: A bank in the city centre was hit by two rockets.\n\n\
         ATTACKER: An armed group from the northern hills.\n\n\
         TARGET: A police station near the river was set on fire.\n\n\
         ATTACKER: Unknown gunmen riding motorbikes at night.\n\n\
         Seven: the budget for the bridge runs out in May.\n\n\
         Kovalenko: the ceasefire will not hold this winter.",
    );
    let sources: Vec<String> = show(&d).into_iter().map(|q| q.0).collect();
    assert!(
        !sources
            .iter()
            .any(|s| matches!(s.as_str(), "TARGET" | "ATTACKER" | "Seven")),
        "{sources:?}"
    );
    assert!(sources.contains(&"Kovalenko".to_string()), "{sources:?}");
    // one such line alone may be a speaker in capitals
    let d = doc("KOVALENKO: the ceasefire will not hold this winter.");
    let sources: Vec<String> = show(&d).into_iter().map(|q| q.0).collect();
    assert_eq!(sources, ["KOVALENKO"], "{sources:?}");
}

#[test]
fn a_name_the_tagger_reads_as_an_adverb_speaks_before_the_cue() {
    // "Jolly" is tagged as an adverb; the article writes it as a name
    // elsewhere ("Senator Dana Jolly"), so it is the speaker
    let rows = [
        ("PROPN", "NNP", Some(3), "nsubj"),
        ("PROPN", "NNP", Some(0), "flat"),
        ("PROPN", "NNP", Some(0), "flat"),
        ("VERB", "VBD", None, "root"),
        ("ADV", "RB", Some(3), "advmod"),
        ("PUNCT", ".", Some(3), "punct"),
        ("ADV", "RB", Some(7), "advmod"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(9), "det"),
        ("NOUN", "NN", Some(11), "nsubj"),
        ("AUX", "MD", Some(11), "aux"),
        ("VERB", "VB", Some(7), "ccomp"),
        ("PUNCT", ".", Some(7), "punct"),
    ];
    let d = parsed(
        "Senator Dana Jolly spoke first. Jolly said the plan would fail.",
        &rows,
    );
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "Jolly");
    assert_eq!(q.2, vec!["the plan would fail"]);
    // the same word is no name when the article never writes it as one
    let d = parsed(
        "Senator Dana Hale spoke first. Jolly said the plan would fail.",
        &rows,
    );
    assert!(show(&d).iter().all(|q| q.0 != "Jolly"), "{:?}", show(&d));
}

#[test]
fn a_participle_set_off_after_its_speaker_leaves_the_speaker_to_the_main_verb() {
    let d = parsed(
        "Salceda, citing the report, said the town would grow.",
        &[
            ("PROPN", "NNP", Some(6), "nsubj"),
            ("PUNCT", ",", Some(2), "punct"),
            ("VERB", "VBG", Some(6), "advcl"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NN", Some(2), "obj"),
            ("PUNCT", ",", Some(2), "punct"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(8), "det"),
            ("NOUN", "NN", Some(10), "nsubj"),
            ("AUX", "MD", Some(10), "aux"),
            ("VERB", "VB", Some(6), "ccomp"),
            ("PUNCT", ".", Some(6), "punct"),
        ],
    );
    let citing = with_cue(&d, "citing").expect("the 'citing' attribution");
    assert_eq!(citing.0, "Salceda");
    assert_eq!(citing.2, vec!["the report"]);
    let said = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(said.0, "Salceda");
    assert_eq!(said.2, vec!["the town would grow"]);
}

#[test]
fn a_weekday_before_the_cue_is_no_name_speaker() {
    // "Sunday" is written capitalised after a word elsewhere, like a name,
    // but it is a date, and the tagger does not call it a function word
    let d = parsed(
        "The senator, on Sunday said the plan would fail. We met on Sunday.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(5), "nsubj"),
            ("PUNCT", ",", Some(5), "punct"),
            ("ADP", "IN", Some(4), "case"),
            ("PROPN", "NNP", Some(5), "obl"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(7), "det"),
            ("NOUN", "NN", Some(9), "nsubj"),
            ("AUX", "MD", Some(9), "aux"),
            ("VERB", "VB", Some(5), "ccomp"),
            ("PUNCT", ".", Some(5), "punct"),
            ("PRON", "PRP", Some(12), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("ADP", "IN", Some(14), "case"),
            ("PROPN", "NNP", Some(12), "obl"),
            ("PUNCT", ".", Some(12), "punct"),
        ],
    );
    assert!(show(&d).iter().all(|q| q.0 != "Sunday"), "{:?}", show(&d));
}

#[test]
fn thanks_to_is_a_preposition_not_a_cue() {
    let d = doc("It is thanks to the volunteers that the harbour reopened.");
    assert!(with_cue(&d, "thanks").is_none(), "{:?}", show(&d));
    assert!(show(&d).iter().all(|q| q.0 != "It"), "{:?}", show(&d));
    let d = doc("Her lead grew thanks to a big win in the north.");
    assert!(with_cue(&d, "thanks").is_none(), "{:?}", show(&d));
    // the verb still is one
    let d = doc("The mayor thanked the volunteers for their work.");
    let q = with_cue(&d, "thanked").expect("the 'thanked' attribution");
    assert_eq!(q.0, "The mayor");
}

#[test]
fn an_inquiry_reports_what_it_found_a_photo_caption_does_not() {
    let d = parsed(
        "The inquiry into the fire found no record of the order.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(5), "nsubj"),
            ("ADP", "IN", Some(4), "case"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NN", Some(1), "nmod"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(7), "det"),
            ("NOUN", "NN", Some(5), "obj"),
            ("ADP", "IN", Some(10), "case"),
            ("DET", "DT", Some(10), "det"),
            ("NOUN", "NN", Some(7), "nmod"),
            ("PUNCT", ".", Some(5), "punct"),
        ],
    );
    let q = with_cue(&d, "found").expect("the 'found' attribution");
    assert_eq!(q.0, "The inquiry into the fire");
    assert_eq!(q.2, vec!["no record of the order"]);
    // a photo caption describes a picture: no attribution (news: "file photo shows …")
    let d = parsed(
        "Photos from the scene showed the bridge in ruins.",
        &[
            ("NOUN", "NNS", Some(4), "nsubj"),
            ("ADP", "IN", Some(3), "case"),
            ("DET", "DT", Some(3), "det"),
            ("NOUN", "NN", Some(0), "nmod"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(6), "det"),
            ("NOUN", "NN", Some(4), "obj"),
            ("ADP", "IN", Some(8), "case"),
            ("NOUN", "NNS", Some(6), "nmod"),
            ("PUNCT", ".", Some(4), "punct"),
        ],
    );
    assert!(with_cue(&d, "showed").is_none(), "{:?}", show(&d));
    // a person showing something is no finding without a clause
    let d = parsed(
        "The guide showed the bridge to visitors.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(2), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NN", Some(2), "obj"),
            ("ADP", "IN", Some(6), "case"),
            ("NOUN", "NNS", Some(2), "obl"),
            ("PUNCT", ".", Some(2), "punct"),
        ],
    );
    assert!(with_cue(&d, "showed").is_none(), "{:?}", show(&d));
}

#[test]
fn an_expletive_passive_reports_without_a_speaker() {
    let d = doc("During the meeting it was noted that the harbour will reopen in May.");
    let q = with_cue(&d, "was noted").expect("the 'was noted' attribution");
    assert_eq!(q.0, "");
    assert_eq!(q.2, vec!["that the harbour will reopen in May"]);
    let d = doc("It has been reported that the mayor will resign.");
    let q = with_cue(&d, "has been reported").expect("the 'has been reported' attribution");
    assert_eq!(q.2, vec!["that the mayor will resign"]);
    // an aside after a modal is nobody's report, a decision no statement
    let d = doc("It should be noted that the harbour is small.");
    assert!(show(&d).is_empty(), "{:?}", show(&d));
    let d = doc("It was decided that the harbour will reopen in May.");
    assert!(with_cue(&d, "was decided").is_none(), "{:?}", show(&d));
}

#[test]
fn data_show_that_is_a_finding_even_tagged_as_a_noun() {
    // the tagger reads "Data show" as a compound noun, the parse gives no subject
    let d = parsed(
        "Data show that the river is cleaner.",
        &[
            ("NOUN", "NN", Some(1), "compound"),
            ("NOUN", "NN", None, "root"),
            ("SCONJ", "IN", Some(6), "mark"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NN", Some(6), "nsubj"),
            ("AUX", "VBZ", Some(6), "cop"),
            ("ADJ", "JJR", Some(1), "acl"),
            ("PUNCT", ".", Some(1), "punct"),
        ],
    );
    let q = with_cue(&d, "show").expect("the 'show' attribution");
    assert_eq!(q.0, "Data");
    // a noun "show" is still no cue
    let d = parsed(
        "The show that aired last night was long.",
        &[
            ("DET", "DT", Some(1), "det"),
            ("NOUN", "NN", Some(7), "nsubj"),
            ("PRON", "WDT", Some(3), "nsubj"),
            ("VERB", "VBD", Some(1), "acl:relcl"),
            ("ADJ", "JJ", Some(5), "amod"),
            ("NOUN", "NN", Some(3), "obl:tmod"),
            ("AUX", "VBD", Some(7), "cop"),
            ("ADJ", "JJ", None, "root"),
            ("PUNCT", ".", Some(7), "punct"),
        ],
    );
    assert!(with_cue(&d, "show").is_none(), "{:?}", show(&d));
}

#[test]
fn a_credit_or_ranking_label_before_a_colon_is_not_a_speaker() {
    for text in [
        "Photograph: Jonas Weller/Harbor Pictures\n\nThe ferry left at dawn.",
        "Contributing: Mira Olsen, the Valley Courier\n\nThe ferry left at dawn.",
        "Winner: the small ferry companies of the northern coast.\n\nThe ferry left at dawn.",
        "JUST IN: Ferry service resumes on the northern coast after the storm.\n\nIt left at dawn.",
        "Earlier: Mayor Promises New Ferry For The Northern Coast\n\nThe ferry left at dawn.",
    ] {
        let d = doc(text);
        let v = show(&d);
        assert!(!v.iter().any(|q| q.1 == ":"), "{text:?}: {v:?}");
    }
    // a name before the colon still speaks
    let d = doc("Port Authority: Sailors warn the storm will close the harbor.\n\nIt shut.");
    assert!(show(&d).iter().any(|q| q.0 == "Port Authority"));
}

#[test]
fn in_other_words_is_the_writer_rephrasing_not_a_source() {
    let d = doc("In other words, the council will not build the bridge this year.");
    let v = show(&d);
    assert!(!v.iter().any(|q| q.0 == "other words"), "{v:?}");
    // a poll after "in" still reports its finding
    let d = doc("In a new poll, most residents back a new bridge over the river.");
    let v = show(&d);
    assert!(v.iter().any(|q| q.0 == "a new poll"), "{v:?}");
}

#[test]
fn a_second_person_formula_reports_nobody() {
    // a sign-up form and the filler "you know" are not attributions
    let d = parsed(
        "By signing up, you agree to our privacy policy.",
        &[
            ("ADP", "IN", Some(1), "mark"),
            ("VERB", "VBG", Some(5), "advcl"),
            ("ADP", "RP", Some(1), "compound:prt"),
            ("PUNCT", ",", Some(5), "punct"),
            ("PRON", "PRP", Some(5), "nsubj"),
            ("VERB", "VBP", None, "root"),
            ("ADP", "IN", Some(9), "case"),
            ("PRON", "PRP$", Some(9), "nmod:poss"),
            ("NOUN", "NN", Some(9), "compound"),
            ("NOUN", "NN", Some(5), "obl"),
            ("PUNCT", ".", Some(5), "punct"),
        ],
    );
    assert!(with_cue(&d, "agree").is_none(), "{:?}", show(&d));
    let d = parsed(
        "And you know what? The plan might work.",
        &[
            ("CCONJ", "CC", Some(2), "cc"),
            ("PRON", "PRP", Some(2), "nsubj"),
            ("VERB", "VBP", None, "root"),
            ("PRON", "WP", Some(2), "obj"),
            ("PUNCT", ".", Some(2), "punct"),
            ("DET", "DT", Some(6), "det"),
            ("NOUN", "NN", Some(8), "nsubj"),
            ("AUX", "MD", Some(8), "aux"),
            ("VERB", "VB", None, "root"),
            ("PUNCT", ".", Some(8), "punct"),
        ],
    );
    assert!(with_cue(&d, "know").is_none(), "{:?}", show(&d));
    // "you" with a real clause still can be a source: the rule is the formula only
    let d = parsed(
        "You said that the plan would work.",
        &[
            ("PRON", "PRP", Some(1), "nsubj"),
            ("VERB", "VBD", None, "root"),
            ("SCONJ", "IN", Some(6), "mark"),
            ("DET", "DT", Some(4), "det"),
            ("NOUN", "NN", Some(6), "nsubj"),
            ("AUX", "MD", Some(6), "aux"),
            ("VERB", "VB", Some(1), "ccomp"),
            ("PUNCT", ".", Some(1), "punct"),
        ],
    );
    assert_eq!(with_cue(&d, "said").map(|q| q.0).as_deref(), Some("You"));
}
