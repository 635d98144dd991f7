//! Pronoun speakers of `h24-coref` (issues #4 and #6): a person named in two
//! or more words, or after a title the dictionary knows, is the subject of its
//! clause and so the antecedent of the *he*/*she* that follows, not a more
//! salient person the sentence only mentions. Whole default pipeline, on texts
//! written for these tests.

mod common;
use common::{TRUMP_FIRST, last_speaker_name};

#[test]
fn a_subject_named_in_two_words_is_the_speaker_of_the_he_after_it() {
    // the parser marks the first word of the name as the subject, the mention's
    // head is the last word
    let text = format!(
        "{TRUMP_FIRST}Mark Dalton rejected the plan of Trump on Friday. “It is a bad idea,” he said."
    );
    assert_eq!(
        last_speaker_name(&text, "he").as_deref(),
        Some("Mark Dalton"),
        "{text}"
    );
}

#[test]
fn a_subject_named_in_two_words_beats_a_salient_person_it_mentions() {
    // "Donald Trump" is the subject here; Dalton, named more often, is the object
    let text = "Mark Dalton spoke in Iowa on Monday. Dalton praised the farmers. Dalton met \
        reporters. Donald Trump met Dalton on Tuesday. “The tariffs will help farmers,” he said.";
    assert_eq!(
        last_speaker_name(text, "he").as_deref(),
        Some("Donald Trump")
    );
}

#[test]
fn a_subject_after_a_title_is_the_speaker_of_the_he_after_it() {
    // the dictionary matches the title alone ("Senator"); the given name after it
    // gives the gender, and the title is the subject with the name
    let text = format!(
        "{TRUMP_FIRST}Senator Walter Brandt of Oregon rejected the plan of Trump on Friday. “It \
         is a bad idea,” he said."
    );
    assert_eq!(
        last_speaker_name(&text, "he").as_deref(),
        Some("Walter Brandt"),
        "{text}"
    );
    // a given name of the other gender is no antecedent of *he*
    let text = format!(
        "{TRUMP_FIRST}Senator Helen Marsh of Oregon rejected the plan of Trump on Friday. “It is \
         a bad idea,” he said."
    );
    assert_ne!(
        last_speaker_name(&text, "he").as_deref(),
        Some("Helen Marsh"),
        "{text}"
    );
}
