//! Pronoun speakers of `h23-pronoun` (issues #4 and #6): a he/she source is
//! resolved to the subject that introduces it, not to a more salient person
//! the sentences only mention, and not to a person named inside quotation
//! marks. Whole default pipeline, on texts written for these tests.

mod common;
use chronicle_pipeline::Pipeline;
use common::{TRUMP_FIRST, analyze, last_speaker_name, speaker_triples};

/// (source, speaker name, speaker code) of every quote with a source in `text`.
fn speakers(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    speaker_triples(&analyze(&Pipeline::default(), text))
}

#[test]
fn a_he_after_a_named_subject_is_that_subject_not_the_salient_person_it_mentions() {
    // the salient person only as a possessor in the sentence that introduces the speaker
    for (second, name) in [
        (
            "Romney rejected the plan of Trump on Friday.",
            "Mitt Romney",
        ),
        (
            "Obama rejected the plan of Trump on Friday.",
            "Barack Obama",
        ),
    ] {
        let text = format!("{TRUMP_FIRST}{second} “It is a bad idea,” he said.");
        assert_eq!(
            last_speaker_name(&text, "he").as_deref(),
            Some(name),
            "{text}"
        );
    }
}

#[test]
fn the_salient_person_as_the_subject_stays_the_speaker() {
    let text = "Chuck Grassley spoke in Iowa on Monday. Grassley praised the farmers. Donald \
        Trump met Grassley on Tuesday. “The tariffs will help farmers in Iowa,” he said.";
    assert_eq!(
        last_speaker_name(text, "he").as_deref(),
        Some("Donald Trump")
    );
}

#[test]
fn a_he_outside_the_quotation_marks_is_not_a_person_named_inside_them() {
    let text = "Donald Trump left the nuclear deal in May. Trump said the deal was a disaster. \
        Trump also promised new sanctions. Europe was angry with Trump. Sergey Lavrov answered on \
        Sunday. “Donald Trump has broken his word again,” he said.";
    assert_eq!(
        last_speaker_name(text, "he").as_deref(),
        Some("Sergey Lavrov")
    );
    // the person named in the quotation of the sentence before is no candidate either
    let text = "Sergey Lavrov met reporters in Moscow. “The sanctions will fail,” he said. “I \
        said so to Donald Trump in May,” he added.";
    let s = speakers(text);
    assert_eq!(s.len(), 2, "{s:?}");
    for t in &s {
        assert_eq!(t.1.as_deref(), Some("Sergey Lavrov"), "{s:?}");
    }
}
