//! Attributions through the whole default pipeline (tags and parse present)
//! on sentences written for these tests.

mod common;
use chronicle_pipeline::Pipeline;
use common::{analyze, article, source_text};

/// (source, cue, content) of every quote.
fn quotes(p: &Pipeline, text: &str) -> Vec<(String, String, String)> {
    common::quote_triples(p, text)
}

#[test]
fn appositive_speaker_before_said_is_not_inverted() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "Mykola Ivanenko, a Ukrainian navy spokesman, said the route remained dangerous.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Mykola Ivanenko, a Ukrainian navy spokesman");
    assert_eq!(q[0].2, "the route remained dangerous");
}

#[test]
fn participle_before_a_noun_is_not_a_cue_and_the_infinitive_is_the_content() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "Putin asked NATO to give Moscow written guarantees that Ukraine will never join.",
    );
    assert!(!q.iter().any(|x| x.1 == "written"), "{q:?}");
    let asked = q
        .iter()
        .find(|x| x.1 == "asked")
        .expect("the 'asked' attribution");
    assert!(asked.2.starts_with("to give Moscow"), "{q:?}");
}

#[test]
fn a_date_between_speaker_and_cue_is_not_part_of_the_speaker() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "Russian President Vladimir Putin on Wednesday said the West had ignored Russia's concerns.",
    );
    let said = q
        .iter()
        .find(|x| x.1 == "said")
        .expect("the 'said' attribution");
    assert_eq!(said.0, "Russian President Vladimir Putin", "{q:?}");
}

#[test]
fn a_cue_coordinated_with_an_earlier_verb_shares_its_subject() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "In an interview on Thursday, the Ukrainian minister met the envoy and said the talks had stalled.",
    );
    let said = q
        .iter()
        .find(|x| x.1 == "said")
        .expect("the 'said' attribution");
    assert_eq!(said.0, "the Ukrainian minister", "{q:?}");
    assert_eq!(said.2, "the talks had stalled", "{q:?}");
}

#[test]
fn the_addressee_of_tell_without_that_is_not_content() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "The mayor told the local radio station the bridge would reopen in May.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "The mayor");
    assert_eq!(q[0].2, "the bridge would reopen in May");
}

#[test]
fn two_coordinated_cues_share_their_speaker() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "The senator praised the volunteers and said the count would finish by Monday.",
    );
    let said = q
        .iter()
        .find(|x| x.1 == "said")
        .expect("the 'said' attribution");
    assert_eq!(said.0, "The senator", "{q:?}");
    assert_eq!(said.2, "the count would finish by Monday", "{q:?}");
    let praised = q
        .iter()
        .find(|x| x.1 == "praised")
        .expect("the 'praised' attribution");
    assert_eq!(praised.2, "the volunteers", "{q:?}");
}

#[test]
fn a_verb_coordinated_inside_the_reported_clause_does_not_end_it() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "The mayor said the developer was involved in the community and gave money to local schools.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].2,
        "the developer was involved in the community and gave money to local schools"
    );
}

#[test]
fn a_comma_phrase_outside_the_reported_clause_is_not_content() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "The union backed Lena Berg, giving the newcomer a boost before the vote.",
    );
    let backed = q
        .iter()
        .find(|x| x.1 == "backed")
        .expect("the 'backed' attribution");
    assert_eq!(backed.2, "Lena Berg", "{q:?}");
    let q = quotes(
        &p,
        "Most residents said the ferry was too expensive, and a third said it was too slow.",
    );
    let said = q
        .iter()
        .find(|x| x.1 == "said")
        .expect("the 'said' attribution");
    assert_eq!(said.2, "the ferry was too expensive", "{q:?}");
    // a fronted clause inside the reported clause: the comma does not end it
    let q = quotes(
        &p,
        "The harbour master said that as the storm grew, the ferries would stay in port.",
    );
    let said = q
        .iter()
        .find(|x| x.1 == "said")
        .expect("the 'said' attribution");
    assert_eq!(
        said.2, "that as the storm grew, the ferries would stay in port",
        "{q:?}"
    );
}

/// A speaker the actor dictionary does not know is still named: by the fullest form of
/// the name used before in the article, without titles, and with no actor code.
#[test]
fn speaker_outside_the_dictionary_is_named_by_the_full_name() {
    let p = Pipeline::default();
    let doc = analyze(
        &p,
        "Sen. Marta Okonkwo visited the flooded town on Monday. \
         \"The levees failed,\" Okonkwo said. \
         Engineer Tobias Lindqvist said the repairs would take a year.",
    );
    let qs = doc.quotes.clone().unwrap_or_default();
    let names: Vec<(Option<String>, Option<String>)> = qs
        .iter()
        .map(|q| (q.speaker_name.clone(), q.speaker_code.clone()))
        .collect();
    assert!(
        names.contains(&(Some("Marta Okonkwo".into()), None)),
        "{names:?}"
    );
    assert!(
        names.contains(&(Some("Tobias Lindqvist".into()), None)),
        "{names:?}"
    );
}

/// (source text, speaker name, speaker code) of every quote.
type Speakers = Vec<(String, Option<String>, Option<String>)>;

fn speakers(p: &Pipeline, text: &str) -> (chronicle_doc::Doc, Speakers) {
    let doc = analyze(p, text);
    let out = doc
        .quotes
        .iter()
        .flatten()
        .map(|q| {
            (
                source_text(&doc, q),
                q.speaker_name.clone(),
                q.speaker_code.clone(),
            )
        })
        .collect();
    (doc, out)
}

/// A speaker named only by a pronoun whose antecedent the dictionary does not know is
/// named through the `coref` layer; a generic agent next to a name is the name.
#[test]
fn pronoun_speaker_outside_the_dictionary_is_named_through_coreference() {
    let p = Pipeline::default();
    let (doc, q) = speakers(
        &p,
        "Maria Kowalczyk, a nurse from Lublin, waited for hours at the border crossing. \
         She said the guards had turned back dozens of families. \
         \"We have nowhere else to go,\" she told reporters. \
         Local official Tomasz Brzeski rejected the account. \
         He said the crossing had stayed open all day.",
    );
    let named = |src: &str| {
        q.iter()
            .find(|x| x.0 == src)
            .unwrap_or_else(|| panic!("no quote with source {src:?}: {q:?}"))
            .1
            .clone()
    };
    assert_eq!(named("She").as_deref(), Some("Maria Kowalczyk"), "{q:?}");
    assert_eq!(named("she").as_deref(), Some("Maria Kowalczyk"), "{q:?}");
    assert_eq!(named("He").as_deref(), Some("Tomasz Brzeski"), "{q:?}");
    // the links are in the Doc, pointing at the entities
    let coref = doc.coref.as_deref().expect("coref layer");
    let ents = doc.entities.as_deref().unwrap();
    let linked: Vec<(&str, &str)> = coref
        .iter()
        .map(|l| (doc.slice(l.span), doc.slice(ents[l.entity as usize].span)))
        .collect();
    assert!(linked.contains(&("She", "Maria Kowalczyk")), "{linked:?}");
    // "He" resolves either to the agent "official" (an actor mention, GOV) or to the
    // person after it (a `coref` link); both give the person's name above
    doc.check_spans().unwrap();
    // "official" is a generic agent (sector GOV, no name): the quote keeps its code
    // and takes the person's name
    let b = q
        .iter()
        .find(|x| x.0.ends_with("Tomasz Brzeski"))
        .expect("the rejection");
    assert_eq!(
        (b.1.as_deref(), b.2.as_deref()),
        (Some("Tomasz Brzeski"), Some("GOV")),
        "{q:?}"
    );
}

/// A pronoun link alone names a lone surname only when that surname also spoke just
/// before ("… said Okafor. He added …"); otherwise the speaker stays unnamed.
#[test]
fn a_pronoun_speaker_takes_a_lone_surname_only_after_its_own_quote() {
    let p = Pipeline::default();
    let (_, q) = speakers(
        &p,
        "\"We will win this district,\" said Okafor at the rally. He added that the vote would be close.",
    );
    let he = q
        .iter()
        .find(|x| x.0 == "He")
        .expect("the 'He added' attribution");
    assert_eq!(he.1.as_deref(), Some("Okafor"), "{q:?}");
    let (doc, q) = speakers(
        &p,
        "The rally was loud and Okafor arrived late. He said that the vote would be close.",
    );
    // the resolver does link "He" to Okafor; the quote does not take a lone surname from it
    assert_eq!(
        doc.coref.as_deref().map(<[_]>::len),
        Some(1),
        "{:?}",
        doc.coref
    );
    let he = q
        .iter()
        .find(|x| x.0 == "He")
        .expect("the 'He said' attribution");
    assert_eq!(he.1, None, "{q:?}");
}

/// A name inside the quotation is not the antecedent of the pronoun that says it.
#[test]
fn a_name_inside_the_quote_does_not_name_its_pronoun_speaker() {
    let p = Pipeline::default();
    let (doc, q) = speakers(
        &p,
        "The debate grew heated. \"Peter Larsen, what will you do about rents?\" he asked.",
    );
    // the resolver links "he" to the only person around; the quote does not take it
    assert_eq!(
        doc.coref.as_deref().map(<[_]>::len),
        Some(1),
        "{:?}",
        doc.coref
    );
    let he = q.iter().find(|x| x.0 == "he").expect("the question");
    assert_eq!(he.1, None, "{q:?}");
}

/// A relative pronoun speaker is the noun its clause hangs on, also when the parse
/// misses the relative clause; a name modifying a common noun is not that noun.
#[test]
fn a_relative_pronoun_speaker_is_the_noun_before_it() {
    let p = Pipeline::default();
    let (_, q) = speakers(
        &p,
        "The hearing lasted three hours. It was chaired by Aaron Ostrowski, who said the dam \
         was unsafe. Later the ministry, which said the repairs were done, published a report.",
    );
    let who = q
        .iter()
        .find(|x| x.0 == "who")
        .expect("the 'who' attribution");
    assert_eq!(who.1.as_deref(), Some("Aaron Ostrowski"), "{q:?}");
    let which = q
        .iter()
        .find(|x| x.0 == "which")
        .expect("the 'which' attribution");
    assert_eq!(which.2.as_deref(), Some("GOV"), "{q:?}");
}

/// In a transcript, "I" is the speaker of the turn it follows (a name before a colon).
#[test]
fn first_person_in_a_transcript_turn_is_the_turn_speaker() {
    let p = Pipeline::default();
    let (_, q) = speakers(
        &p,
        "Governor Anna Sokolova met the mayor of Tarnow on Monday.\n\n\
         Anna Sokolova: Good afternoon, colleagues. I think the plan works. I believe the \
         money will arrive soon.\n\n\
         Piotr Malek: Thank you. I believe we can finish the bridge by May.\n\n\
         Anna Sokolova: Good. I think we agree on the route.",
    );
    let firsts: Vec<Option<&str>> = q
        .iter()
        .filter(|x| x.0 == "I")
        .map(|x| x.1.as_deref())
        .collect();
    assert_eq!(
        firsts,
        [
            Some("Anna Sokolova"),
            Some("Anna Sokolova"),
            Some("Piotr Malek"),
            // a turn too short to be an attribution of its own still starts a turn
            Some("Anna Sokolova"),
        ],
        "{q:?}"
    );
}

/// (source, speaker name) of the "I" and "We" attributions.
fn first_person_names(q: &Speakers) -> Vec<(&str, Option<&str>)> {
    q.iter()
        .filter(|x| matches!(x.0.as_str(), "I" | "We"))
        .map(|x| (x.0.as_str(), x.1.as_deref()))
        .collect()
}

/// One turn opening a paragraph is enough for the "I" and "we" of that paragraph;
/// a "we" in a later paragraph of an article with a single turn stays unnamed.
#[test]
fn first_person_after_a_single_turn_label_in_the_paragraph_is_its_speaker() {
    let p = Pipeline::default();
    let (_, q) = speakers(
        &p,
        "Speech at the regional forum.\n\n\
         Governor Anna Sokolova: Colleagues, I think the new bridge will open in May. We \
         believe the money will arrive soon.\n\n\
         The forum ended at noon. We think the roads are safe.",
    );
    let named = first_person_names(&q);
    assert_eq!(
        named,
        [
            ("I", Some("Anna Sokolova")),
            ("We", Some("Anna Sokolova")),
            ("We", None)
        ],
        "{q:?}"
    );
}

/// A turn whose label names nobody ("Question:") ends the turn before it: its "I"
/// is not the previous speaker's.
#[test]
fn an_unnamed_turn_label_ends_the_previous_turn() {
    let p = Pipeline::default();
    let (_, q) = speakers(
        &p,
        "Press conference in Tarnow.\n\n\
         Governor Anna Sokolova: Good afternoon. I think the bridge will open in May.\n\n\
         Question: I believe the road is still closed. When will it open?\n\n\
         Governor Anna Sokolova: We think it will open in June.",
    );
    let named = first_person_names(&q);
    assert_eq!(
        named,
        [
            ("I", Some("Anna Sokolova")),
            ("I", None),
            ("We", Some("Anna Sokolova"))
        ],
        "{q:?}"
    );
}

/// "You said that …" in a turn answers the turn before: "you" is that turn's
/// speaker, skipping a short hand-off ("Next, please."). After an unnamed label ("Question:") it stays unnamed, and a "you"
/// that is not reported speech ("as you know") is nobody's.
#[test]
fn you_in_a_transcript_turn_is_the_previous_speaker() {
    let p = Pipeline::default();
    let (_, q) = speakers(
        &p,
        "Meeting on the regional budget.\n\n\
         Piotr Malek: The bridge needs another four million zloty before winter.\n\n\
         Jan Nowak: Thank you. Next, please.\n\n\
         Governor Anna Sokolova: You said that the bridge needs more money. I think we can \
         find it.\n\n\
         Question: When will the road open?\n\n\
         Governor Anna Sokolova: You asked about the road. You know that it is closed.",
    );
    let yous: Vec<Option<&str>> = q
        .iter()
        .filter(|x| x.0 == "You")
        .map(|x| x.1.as_deref())
        .collect();
    assert!(yous.len() >= 2, "{q:?}");
    assert_eq!(yous[0], Some("Piotr Malek"), "{q:?}");
    assert!(yous[1..].iter().all(Option::is_none), "{q:?}");
}

/// An address whose headline names its speaker: the "I" and "we" of the body
/// are that speaker; a headline naming an interview's host, a bare title or
/// several speakers does not count.
#[test]
fn first_person_in_an_address_is_the_headline_speaker() {
    let p = Pipeline::default();
    let (_, q) = speakers(
        &p,
        "Address by Governor Anna Sokolova to the people of the region\n\n\
         Dear friends! I believe the new bridge will open in May. We think the roads \
         will be safe again by winter.",
    );
    assert_eq!(
        first_person_names(&q),
        [("I", Some("Anna Sokolova")), ("We", Some("Anna Sokolova"))],
        "{q:?}"
    );
    let (_, q) = speakers(
        &p,
        "Address by the President of Ukraine on the day of remembrance\n\n\
         I believe our people will rebuild every town.",
    );
    assert_eq!(
        first_person_names(&q),
        [("I", Some("Volodymyr Zelensky"))],
        "{q:?}"
    );
    for headline in [
        "Interview by Piotr Malek with the mayor",
        "Address by the President to the nation",
        "Joint statement by the President of Ukraine and the Prime Minister of Poland",
    ] {
        let (_, q) = speakers(
            &p,
            &format!("{headline}\n\nI believe the new bridge will open in May."),
        );
        assert_eq!(first_person_names(&q), [("I", None)], "{headline}: {q:?}");
    }
}

fn with_byline(p: &Pipeline, author: &str, text: &str) -> Speakers {
    let mut a = article(text);
    a.meta.author = Some(author.into());
    let doc = p.analyze(a);
    doc.quotes
        .iter()
        .flatten()
        .map(|q| (source_text(&doc, q), q.speaker_name.clone(), None))
        .collect()
}

/// A column by one writer: its own "I" is the byline's author, but not an "I"
/// inside quotation marks or inside someone else's attribution, not "we", and
/// not when the byline lists several people or a desk.
#[test]
fn first_person_in_a_column_is_the_byline_author() {
    let p = Pipeline::default();
    let text = "The bridge is late again\n\n                I think the council waited too long. Mayor Dana Ruiz said she expects                 the work to end in May. \"I am certain the money will arrive,\" the mayor                 said. We believe the town deserves better.";
    let q = with_byline(&p, "Sen. Mara J. Ilic", text);
    let names: Vec<_> = q
        .iter()
        .filter(|x| matches!(x.0.as_str(), "I" | "We"))
        .map(|x| (x.0.as_str(), x.1.as_deref()))
        .collect();
    assert_eq!(names, [("I", Some("Mara J. Ilic")), ("We", None)], "{q:?}");
    for byline in [
        "Mara Ilic, Jon Berg",
        "Editorial Board",
        "Analysis Mara Ilic",
        "staff",
    ] {
        let q = with_byline(&p, byline, text);
        let i = q.iter().find(|x| x.0 == "I").expect("the I attribution");
        assert_eq!(i.1, None, "{byline}: {q:?}");
    }
    // the writer's "I" after a quotation of someone else
    let q = with_byline(
        &p,
        "Mara Ilic",
        "Roads\n\n\"We waited too long,\" Dana Ruiz said. I think she is right.",
    );
    let named: Vec<_> = q.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
    assert!(named.contains(&("I", Some("Mara Ilic"))), "{q:?}");
    assert!(named.contains(&("Dana Ruiz", Some("Dana Ruiz"))), "{q:?}");
}

#[test]
fn a_passive_expect_after_an_adverb_is_a_raising_verb() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "The finance minister is widely expected to resign before the budget vote.",
    );
    let e = q
        .iter()
        .find(|x| x.1.ends_with("expected"))
        .expect("the 'expected' attribution");
    assert_eq!(e.0, "", "{q:?}");
    assert_eq!(
        e.2, "The finance minister … to resign before the budget vote",
        "{q:?}"
    );
}

#[test]
fn when_only_the_addressee_follows_tell_the_content_is_before_the_speaker() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "The new budget was a mistake, the mayor told The Boston Globe.",
    );
    let t = q.iter().find(|x| x.1 == "told").expect("told");
    assert_eq!(t.0, "the mayor", "{q:?}");
    assert_eq!(t.2, "The new budget was a mistake", "{q:?}");
    // a clause after the addressee is still the content
    let q = quotes(
        &p,
        "In the morning, the mayor told The Boston Globe that the budget was a mistake.",
    );
    let t = q.iter().find(|x| x.1 == "told").expect("told");
    assert_eq!(t.2, "that the budget was a mistake", "{q:?}");
}

#[test]
fn a_bare_adverbial_after_the_cue_is_not_the_content() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "The old plant will close in May, the company said at a meeting with workers.",
    );
    let t = q
        .iter()
        .find(|x| x.1.starts_with("said"))
        .unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!(t.0, "the company", "{q:?}");
    assert_eq!(t.2, "The old plant will close in May", "{q:?}");
}

#[test]
fn in_a_poll_with_a_slash_in_its_name() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "In a Reuters/Ipsos poll released Monday, most voters were undecided.",
    );
    let poll = q
        .iter()
        .find(|x| x.1 == "In")
        .expect("the 'In' attribution");
    assert_eq!(poll.0, "a Reuters/Ipsos poll released Monday", "{q:?}");
    assert_eq!(poll.2, "most voters were undecided", "{q:?}");
}

#[test]
fn a_cue_takes_its_particle_and_the_content_starts_after_it() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "The mayor called on the regional council to reopen the bridge. \
         Petrenko scoffed at the new tariff rules. \
         The minister commented on Tuesday that the talks had stalled.",
    );
    let called = q
        .iter()
        .find(|x| x.1.starts_with("called"))
        .expect("called");
    assert_eq!(called.1, "called on", "{q:?}");
    assert_eq!(
        called.2, "the regional council to reopen the bridge",
        "{q:?}"
    );
    let scoffed = q
        .iter()
        .find(|x| x.1.starts_with("scoffed"))
        .expect("scoffed");
    assert_eq!(scoffed.1, "scoffed at", "{q:?}");
    assert_eq!(scoffed.2, "the new tariff rules", "{q:?}");
    let q2 = quotes(
        &p,
        "The mayor bragged about how quickly the bridge was rebuilt.",
    );
    assert!(q2.iter().any(|x| x.1 == "bragged about"), "{q2:?}");
    // a time after the particle: the particle is not the cue's
    assert!(q.iter().all(|x| x.1 != "commented on"), "{q:?}");
}

#[test]
fn a_second_speech_verb_after_and_ends_the_first_content() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "The governor toured the valley on Monday, declaring the flood “a disaster for every \
         farmer” and said the dams would be inspected next spring.",
    );
    let said = q
        .iter()
        .find(|x| x.1 == "said")
        .expect("said is a cue of its own");
    assert_eq!(said.2, "the dams would be inspected next spring", "{q:?}");
    assert!(q.iter().all(|x| !x.2.contains(" and said ")), "{q:?}");
}

#[test]
fn the_question_before_a_poll_answer_is_not_what_the_answer_said() {
    let p = Pipeline::default();
    let q = quotes(
        &p,
        "Asked whether the mayor “deserves a second term,” 61 percent of residents said yes.",
    );
    assert!(q.iter().all(|x| !x.2.starts_with("Asked")), "{q:?}");
    let said = q.iter().find(|x| x.1 == "said").expect("said");
    assert_eq!(said.2, "yes", "{q:?}");
}

/// Speakers named by the phrase head: a pronoun after a dictionary actor's quotation
/// takes that actor; a lone surname the recogniser misses takes the full name used
/// earlier; a person after a title or an organisation is the speaker, not the title's
/// office holder or the organisation; a name that is only described stays itself.
#[test]
fn speakers_are_named_by_the_head_of_the_source_phrase() {
    let p = Pipeline::default();
    let (_, q) = speakers(
        &p,
        "\"These people are very dishonest. They never tell the truth,\" Trump said at \
         the rally in Ohio.\n\nAdvertisement\n\n\"Fake polls. Very fake,\" he added.",
    );
    let he = q
        .iter()
        .find(|x| x.0 == "he")
        .expect("the 'he added' quote");
    assert_eq!(
        (he.1.as_deref(), he.2.as_deref()),
        (Some("Donald Trump"), Some("USAGOV")),
        "{q:?}"
    );
    let (_, q) = speakers(
        &p,
        "Harriet Wilkins chaired the hearing on the dam. \
         Wilkins told reporters that the repairs would take a year.",
    );
    let w = q
        .iter()
        .find(|x| x.0 == "Wilkins")
        .expect("the 'Wilkins told' attribution");
    assert_eq!(w.1.as_deref(), Some("Harriet Wilkins"), "{q:?}");
    let (_, q) = speakers(
        &p,
        "CNN host Dana Kowalski said the interview would air on Sunday. \
         White House spokeswoman Irena Voss said the president had not been told.",
    );
    let names: Vec<Option<&str>> = q.iter().map(|x| x.1.as_deref()).collect();
    assert_eq!(names, [Some("Dana Kowalski"), Some("Irena Voss")], "{q:?}");
    // "Name, a spokeswoman for X": the person is the head, not X's people
    let (_, q) = speakers(
        &p,
        "Marta Lindqvist, a spokeswoman for the Finnish foreign ministry, said the embassy was closed.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("Marta Lindqvist"), "{q:?}");
}

#[test]
fn this_was_stated_by_gives_the_statement_and_its_numbers_a_speaker() {
    // a government site's story: the statement first, then who made it
    let p = Pipeline::default();
    let text = "Heating for every home\n\nThe state has prepared 40 new boiler stations for the winter. This was stated by Prime Minister Denys Shmyhal during a government meeting.";
    let mut a = article(text);
    a.meta.date = Some("2022-10-01".into());
    let doc = p.analyze(a);
    let q = doc.quotes.as_deref().unwrap();
    let stated = q
        .iter()
        .find(|q| q.cue.is_some_and(|c| doc.slice(c) == "was stated"))
        .expect("the 'was stated' attribution");
    assert_eq!(
        doc.slice(stated.source.unwrap()),
        "Prime Minister Denys Shmyhal"
    );
    assert_eq!(
        doc.slice(stated.content[0]),
        "The state has prepared 40 new boiler stations for the winter"
    );
    let claim = doc
        .claims
        .as_deref()
        .unwrap()
        .iter()
        .find(|c| doc.slice(c.span) == "40")
        .expect("the claim of 40");
    assert_eq!(claim.claimant, "UKRGOV", "{claim:?}");
}
