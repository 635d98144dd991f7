//! Quote and claims fixes from claims review sample P (issue #6), through the
//! whole default pipeline, on texts written for these tests.

mod common;

use common::sources;

/// (expression, claimant) of every claim.
fn claims(text: &str) -> Vec<(String, String)> {
    common::claim_pairs(text)
}

#[test]
fn an_article_quoted_over_sentences_claims_its_figures() {
    let t = "Analysts expect more sanctions. \"The Velonians have few tankers. They can ship at most \
             200,000 barrels a day,\" the article reads. Exports fell.";
    let c = claims(t);
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "the article", "{c:?}");
    // (a message quoted this way stays its sender's turn: no new source)
    let t = "Ivan Petrov sent a message of condolences. \"He served for 40 years,\" the message \
             reads.";
    let sources = sources(t);
    assert!(!sources.iter().any(|s| s == "the message"), "{sources:?}");
}

#[test]
fn an_office_first_label_with_a_name_card_names_the_turns_speaker() {
    let t = "Prime Minister of Velonia Anton Belov: I give the floor to the President of Ardania. \
             Go ahead, please. President of the Republic of Ardania, Ivan Sidorov Sidorov \
             IvanPresident of Ardania: Mr Belov, dear friends! Last year, 12,000 troops were \
             moved to our border.";
    let c = claims(t);
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(c[0].1.contains("Ivan Sidorov"), "{c:?}");
}

#[test]
fn a_participle_after_a_saying_is_the_speakers_and_reports_its_object() {
    // "…," X said, recalling Y: the quotation and its figures are X's
    let t = "\"Our market has 40 million buyers,\" Olga Varenko said, recalling the decision to \
             lift the duties on Velonian exports.";
    let c = claims(t);
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Olga Varenko", "{c:?}");
    let sources = sources(t);
    assert!(
        !sources.iter().any(|s| s.contains("decision")),
        "{sources:?}"
    );
}
