//! Cue-recall rules of `h19-cue` (issue #6), through the whole default
//! pipeline (tags and parse present), on sentences written for these tests.

mod common;
use chronicle_pipeline::Pipeline;
use common::with_cue;

/// (source, cue, content) of every quote.
fn quotes(text: &str) -> Vec<(String, String, String)> {
    common::quote_triples(&Pipeline::default(), text)
}

#[test]
fn a_poll_participle_before_the_cue_belongs_to_the_speaker() {
    let q = quotes("Again, those surveyed said the mayor was best placed to fix the roads.");
    let said = with_cue(&q, "said");
    assert_eq!(said.0, "those surveyed");
    assert_eq!(said.2, "the mayor was best placed to fix the roads");
    let q = quotes("By wide margins, those polled say the harbour should stay open at night.");
    let say = with_cue(&q, "say");
    assert_eq!(say.0, "those polled");
}

#[test]
fn a_name_before_a_participle_is_no_poll_subject() {
    // the participle is the verb of a relative clause whose subject is a name:
    // the poll rule does not cut the speaker to `Radio Nord interviewed`
    let q = quotes(
        "Most of the farmers that Radio Nord interviewed said the harvest would be late this year.",
    );
    assert!(q.iter().all(|t| t.0 != "Radio Nord interviewed"), "{q:?}");
}

#[test]
fn a_poll_comparison_before_the_cue_joins_it() {
    let q =
        quotes("Older voters were slightly more likely to say the economy was their main worry.");
    let say = with_cue(&q, "were slightly more likely to say");
    assert_eq!(say.0, "Older voters");
    assert_eq!(say.2, "the economy was their main worry");
}

#[test]
fn likely_without_a_comparison_does_not_join_the_cue() {
    // no `more`/`less`: not the poll comparison frame
    let q = quotes("The two farmers were likely to say the harvest was late.");
    assert!(q.iter().all(|t| !t.1.contains("likely")), "{q:?}");
}

#[test]
fn a_title_case_headline_verb_after_a_name_is_a_cue() {
    let q = quotes(
        "Veteran Senator Ann Holt Endorses Mayor Tom Berg For Governor.\n\nThe senator spoke on Monday.",
    );
    let e = with_cue(&q, "Endorses");
    assert_eq!(e.0, "Veteran Senator Ann Holt");
}

#[test]
fn a_title_case_label_before_a_colon_is_no_cue() {
    let q = quotes("Weekly Rent Claims: 12 Thousand\n\nThe numbers came out on Thursday.");
    assert!(
        q.iter().all(|t| t.1 != "Claims" && t.1 != "Claims:"),
        "{q:?}"
    );
}

#[test]
fn an_apposition_after_a_final_according_to_source_is_part_of_it() {
    let q = quotes(
        "The harbour handled twice as many ships this year, according to Lena Park, an economist at the port authority.",
    );
    let acc = with_cue(&q, "according to");
    assert_eq!(acc.0, "Lena Park, an economist at the port authority");
    assert_eq!(acc.2, "The harbour handled twice as many ships this year");
    let q = quotes(
        "Ferry traffic fell sharply in May, according to the Coastal Trade Office, which counts every crossing.",
    );
    let acc = with_cue(&q, "according to");
    assert_eq!(
        acc.0,
        "the Coastal Trade Office, which counts every crossing"
    );
}

#[test]
fn the_predicate_after_a_mid_sentence_according_to_source_is_not_the_source() {
    // the words before the cue are no clause: what follows the comma is the
    // content's predicate, not more about the source
    let q = quotes(
        "Turnout among young voters, according to the election office, rose by ten points in three districts.",
    );
    let acc = with_cue(&q, "according to");
    assert_eq!(acc.0, "the election office");
}

#[test]
fn a_name_between_a_dash_and_a_colon_speaks_the_quotation() {
    let q = quotes(
        "Harbour traffic grew in May.\n\nSHIPS CAME EARLY - Ana Ruiz: “The ships came in a week ahead of the season. Nobody expected it.”",
    );
    let c = with_cue(&q, ":");
    assert_eq!(c.0, "Ana Ruiz");
    assert!(c.2.starts_with("“The ships came"), "{q:?}");
}

#[test]
fn a_hyphenated_name_before_a_colon_is_not_cut_at_its_hyphen() {
    let q = quotes("A farmer told Radio Nord-Vest: “The harvest is late this year.”");
    assert!(q.iter().all(|t| t.0 != "Vest"), "{q:?}");
}

#[test]
fn headline_plurals_and_auxiliaries_stay_out_of_the_new_cues() {
    let q = quotes(
        "Harbour Theft Suspects Detained In Night Raids Across Coast\n\nPolice spoke on Monday.",
    );
    assert!(q.iter().all(|t| t.1 != "Suspects"), "{q:?}");
    let q = quotes("Older workers are more likely to be called on for weekend shifts.");
    assert!(q.iter().all(|t| !t.1.contains("likely")), "{q:?}");
}
