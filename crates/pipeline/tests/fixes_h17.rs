//! Attribution, claimant and entity fixes of `h17-fixes` (issues #6 and #4),
//! through the whole default pipeline, on sentences written for these tests.

mod common;
use chronicle_pipeline::Pipeline;

/// (source, cue, content) of every quote.
fn quotes(text: &str) -> Vec<(String, String, String)> {
    common::quote_triples(&Pipeline::default(), text)
}

#[test]
fn a_final_cue_after_a_raising_frame_is_found() {
    let q = quotes(
        "He's expected to later hold talks with Prime Minister Giorgia Meloni, Hartmann said.",
    );
    let said = q
        .iter()
        .find(|x| x.1 == "said")
        .unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!(said.0, "Hartmann");
    // the raising frame's content ends before the final cue
    assert!(q.iter().all(|x| !x.2.ends_with("Hartmann said")), "{q:?}");
}

#[test]
fn a_video_menu_line_gives_no_stance_attribution() {
    let q = quotes(
        "The talks ended late. JUST WATCHED Mayor weighs in on the strike Replay More Videos ... \
         MUST WATCH Mayor weighs in on the strike 02:41",
    );
    assert!(q.iter().all(|x| !x.1.contains("weighs in")), "{q:?}");
    // a sentence with an all-capitals lead and a final stop stays
    let q = quotes("CLOSE The mayor says the strike will end on Monday.");
    assert!(q.iter().any(|x| x.1 == "says"), "{q:?}");
}

#[test]
fn a_relative_clause_with_announced_does_not_end_the_content() {
    let q = quotes(
        "I know there are many guests in the hall, and those who announced their wish to speak earlier.",
    );
    let know = q
        .iter()
        .find(|x| x.1 == "know")
        .unwrap_or_else(|| panic!("{q:?}"));
    assert!(know.2.ends_with("wish to speak earlier"), "{q:?}");
    assert!(q.iter().all(|x| x.0 != "who"), "{q:?}");
}

#[test]
fn he_after_an_unnamed_title_is_that_person() {
    // (three quoted sentences apart: the coreference layer links no antecedent)
    let p = Pipeline::default();
    let doc = common::analyze(
        &p,
        "Coal prices rose again in March. To soften the blow, the Adviser to the President of \
         Moldova proposes, for example, to cap the price of imported coal. \"The cost of mining is \
         around $40 per tonne. Mines should be allowed to keep $40 per tonne sold, and anything \
         above that should be taken through a levy. This money should go into a fund for \
         rebuilding schools,\" he said.",
    );
    let quotes = doc.quotes.clone().unwrap_or_default();
    let he = quotes
        .iter()
        .find(|q| q.source.is_some_and(|s| doc.slice(s) == "he"))
        .expect("the he-said attribution");
    // the speaker of the titled attribution before it
    let title = quotes
        .iter()
        .find(|q| {
            q.source
                .is_some_and(|s| doc.slice(s).starts_with("the Adviser"))
        })
        .expect("the titled attribution");
    assert!(title.speaker_name.is_some());
    assert_eq!(he.speaker_name, title.speaker_name);
    assert_eq!(he.speaker_code, title.speaker_code);
    // and the numbers in the quotation are that person's claims
    let claims = doc.claims.clone().unwrap_or_default();
    assert_eq!(claims.len(), 2);
    for c in &claims {
        assert_eq!(Some(&c.claimant), title.speaker_code.as_ref());
    }
}

/// (text, label) of every entity.
fn entities(text: &str) -> Vec<(String, String)> {
    let doc = common::analyze(&Pipeline::default(), text);
    doc.entities
        .clone()
        .unwrap_or_default()
        .iter()
        .map(|e| (doc.slice(e.span).to_string(), e.label.clone()))
        .collect()
}

#[test]
fn a_place_in_a_hyphenated_organisation_name_is_no_place() {
    let e = entities("Police detained an ISIL-Caucasus operative near the station.");
    assert!(e.iter().any(|(t, l)| t == "ISIL" && l == "ORG"), "{e:?}");
    assert!(e.iter().all(|(t, _)| t != "Caucasus"), "{e:?}");
    // relations between an organisation and a country keep the country
    let e = entities("They discussed NATO-Russia relations in Brussels.");
    assert!(e.iter().any(|(t, _)| t == "Russia"), "{e:?}");
}

#[test]
fn the_house_before_party_members_is_the_chamber() {
    let e = entities(
        "Several House Republicans voted against the budget in the House of Representatives.",
    );
    assert!(
        e.iter().filter(|(t, l)| t == "House" && l == "ORG").count() == 2,
        "{e:?}"
    );
}
