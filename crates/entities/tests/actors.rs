//! Resolution, composition, metonymy and coreference on texts written for these tests.

use chronicle_doc::{ActorMention, Doc};
use chronicle_entities::{Entities, simple_doc};
use std::sync::OnceLock;

fn ents() -> &'static Entities {
    static E: OnceLock<Entities> = OnceLock::new();
    E.get_or_init(|| Entities::embedded().unwrap())
}

fn run(text: &str, date: Option<&str>) -> (Doc, Vec<ActorMention>) {
    let doc = simple_doc(text, date);
    let (_, a) = ents().annotate(&doc);
    (doc, a)
}

fn find<'a>(doc: &Doc, actors: &'a [ActorMention], surface: &str) -> &'a ActorMention {
    actors
        .iter()
        .find(|m| doc.slice(m.span) == surface)
        .unwrap_or_else(|| {
            panic!(
                "no mention {surface:?} in {:#?}",
                actors
                    .iter()
                    .map(|m| (doc.slice(m.span), &m.code, &m.rule))
                    .collect::<Vec<_>>()
            )
        })
}

#[test]
fn putin_role_depends_on_date() {
    let (d, a) = run("Putin met the governors.", Some("2010-03-01"));
    let m = find(&d, &a, "Putin");
    assert_eq!(m.code, "RUSGOV");
    assert!(
        m.rule.contains("putin_vladimir#role4") && m.rule.contains("prime minister"),
        "{}",
        m.rule
    );
    let (d, a) = run("Putin met the governors.", Some("2021-06-01"));
    let m = find(&d, &a, "Putin");
    assert!(m.rule.contains("(president)"), "{}", m.rule);
    assert_eq!(m.qid.as_deref(), Some("Q7747"));
    assert_eq!(m.actor_id.as_deref(), Some("putin_vladimir"));
    // undated: the most recent role
    let (d, a) = run("Putin met the governors.", None);
    assert!(find(&d, &a, "Putin").rule.contains("role5"));
}

#[test]
fn undated_title_in_the_mention_picks_the_role() {
    // undated, the latest role of Stoltenberg is a Norwegian one; the title
    // in the mention names his NATO role
    let (d, a) = run("Stoltenberg visited Oslo.", None);
    assert_eq!(find(&d, &a, "Stoltenberg").code, "NORGOV");
    let (d, a) = run(
        "NATO Secretary General Jens Stoltenberg visited Oslo.",
        None,
    );
    let m = find(&d, &a, "NATO Secretary General Jens Stoltenberg");
    assert_eq!(m.code, "NATO", "{}", m.rule);
}

#[test]
fn title_resolves_to_holder_on_date() {
    let (d, a) = run(
        "The Russian prime minister visited Minsk.",
        Some("2021-12-01"),
    );
    let m = find(&d, &a, "The Russian prime minister");
    assert_eq!(m.actor_id.as_deref(), Some("mishustin_mikhail"));
    assert_eq!(m.code, "RUSGOV");
    let (d, a) = run(
        "The Russian prime minister visited Minsk.",
        Some("2010-12-01"),
    );
    assert_eq!(
        find(&d, &a, "The Russian prime minister")
            .actor_id
            .as_deref(),
        Some("putin_vladimir")
    );
    let (d, a) = run(
        "Britain's foreign secretary arrived in Kyiv.",
        Some("2022-03-01"),
    );
    assert_eq!(
        find(&d, &a, "Britain's foreign secretary")
            .actor_id
            .as_deref(),
        Some("truss_liz")
    );
    let (d, a) = run("The president of Ukraine spoke.", Some("2016-01-01"));
    assert_eq!(
        find(&d, &a, "The president of Ukraine").actor_id.as_deref(),
        Some("poroshenko_petro")
    );
}

#[test]
fn president_in_russian_context() {
    let (d, a) = run(
        "Moscow warned NATO on Monday. The president said the expansion was dangerous.",
        Some("2021-12-01"),
    );
    let m = find(&d, &a, "The president");
    assert_eq!(m.actor_id.as_deref(), Some("putin_vladimir"));
    assert!(m.rule.contains("context country RUS"), "{}", m.rule);
}

/// On a government's own site ("President of Ukraine" as the source) a bare
/// "the President" is that country's head, however often the article names
/// another country; "Mr President" (a vocative) and news outlets keep the
/// context country.
#[test]
fn president_on_a_government_site_is_its_own_head() {
    let text = "Russia shelled the port again. Russia denied it. The President thanked \
                the defenders of the port.";
    let on = |source: Option<&str>, text: &str| {
        let mut doc = simple_doc(text, Some("2022-05-01"));
        doc.meta.source = source.map(str::to_string);
        let (_, a) = ents().annotate(&doc);
        let m = find(&doc, &a, "The President").clone();
        (m.actor_id, m.rule)
    };
    let (id, rule) = on(Some("President of Ukraine"), text);
    assert_eq!(id.as_deref(), Some("zelensky_volodymyr"), "{rule}");
    assert!(rule.contains("outlet country UKR"), "{rule}");
    for other in [
        "Russia shelled the port. Russia denied it. The President of the Rowing Federation spoke.",
        "Russia shelled the port. Russia denied it. The President-elect spoke.",
        "Russia shelled the port. Russia denied it. President Kowalski spoke.",
        "Russia shelled the port. Russia denied it. Its President spoke.",
    ] {
        let mut doc = simple_doc(other, Some("2022-05-01"));
        doc.meta.source = Some("President of Ukraine".into());
        let (_, a) = ents().annotate(&doc);
        assert!(
            a.iter()
                .all(|m| m.actor_id.as_deref() != Some("zelensky_volodymyr")),
            "{other}: {a:#?}"
        );
    }
    let (id, rule) = on(Some("The New York Times"), text);
    assert_eq!(id.as_deref(), Some("putin_vladimir"), "{rule}");
    let (id, rule) = on(None, text);
    assert_eq!(id.as_deref(), Some("putin_vladimir"), "{rule}");
    // …even right after another country's president is named: no title
    // coreference across countries on the site, while a news outlet keeps it
    let named = "The President of Russia must stop the shelling of the port. The Head of State \
                 thanked the defenders of the port.";
    let head = |source: &str| {
        let mut doc = simple_doc(named, Some("2022-05-01"));
        doc.meta.source = Some(source.into());
        let (_, a) = ents().annotate(&doc);
        let m = find(&doc, &a, "The Head of State").clone();
        (m.actor_id, m.rule)
    };
    let (id, rule) = head("President of Ukraine");
    assert_eq!(id.as_deref(), Some("zelensky_volodymyr"), "{rule}");
    let (id, rule) = head("The New York Times");
    assert_eq!(id.as_deref(), Some("putin_vladimir"), "{rule}");
    assert!(rule.starts_with("coref:title"), "{rule}");
}

#[test]
fn composition_nationality_plus_agent() {
    let (d, a) = run(
        "Russian soldiers shelled the village while Ukrainian police evacuated residents.",
        Some("2022-03-01"),
    );
    assert_eq!(find(&d, &a, "Russian soldiers").code, "RUSMIL");
    assert_eq!(find(&d, &a, "Ukrainian police").code, "UKRCOP");
    let (d, a) = run(
        "The Ukrainian government rejected the plan, and NATO troops stayed.",
        None,
    );
    assert_eq!(find(&d, &a, "The Ukrainian government").code, "UKRGOV");
    assert_eq!(find(&d, &a, "NATO troops").code, "NATOMIL");
    let (d, a) = run(
        "Pro-Russian separatists in Donetsk fired at the checkpoint.",
        Some("2015-02-01"),
    );
    let m = find(&d, &a, "Pro-Russian separatists");
    assert_eq!(m.code, "UKRREB", "{}", m.rule);
}

#[test]
fn metonyms() {
    let (d, a) = run(
        "The Kremlin denied the report, Kyiv said, and Washington stayed silent.",
        Some("2022-05-01"),
    );
    assert_eq!(find(&d, &a, "The Kremlin").code, "RUSGOV");
    assert_eq!(find(&d, &a, "Kyiv").code, "UKRGOV");
    assert_eq!(find(&d, &a, "Washington").code, "USAGOV");
    // a location, not an actor
    let (d, a) = run("Talks were held in Moscow.", None);
    let m = find(&d, &a, "Moscow");
    assert_eq!(m.code, "RUS");
    assert!(m.sector.is_none());
    // Brussels by context
    let (d, a) = run(
        "NATO allies met. Brussels said the alliance would respond.",
        None,
    );
    assert_eq!(find(&d, &a, "Brussels").code, "NATO");
}

#[test]
fn kremlin_chief_and_spokesman() {
    let (d, a) = run(
        "Vladimir Putin spoke on Tuesday. The Kremlin chief said talks were over. Kremlin spokesman Dmitry Peskov agreed.",
        Some("2022-04-05"),
    );
    let chief = find(&d, &a, "The Kremlin chief");
    assert_eq!(chief.actor_id.as_deref(), Some("putin_vladimir"));
    assert_eq!(chief.antecedent, Some(0), "{}", chief.rule);
    let p = find(&d, &a, "Kremlin spokesman Dmitry Peskov");
    assert_eq!(p.actor_id.as_deref(), Some("peskov_dmitry"));
    let (d, a) = run(
        "The Kremlin spokesman declined to comment.",
        Some("2022-04-05"),
    );
    assert_eq!(
        find(&d, &a, "The Kremlin spokesman").actor_id.as_deref(),
        Some("peskov_dmitry")
    );
}

#[test]
fn pronoun_coreference() {
    let (d, a) = run(
        "Angela Merkel met Vladimir Putin in Sochi. She said he had promised a ceasefire.",
        Some("2017-05-02"),
    );
    let she = find(&d, &a, "She");
    assert_eq!(she.actor_id.as_deref(), Some("merkel_angela"));
    assert_eq!(she.code, "DEUGOV");
    let he = find(&d, &a, "he");
    assert_eq!(he.actor_id.as_deref(), Some("putin_vladimir"));
    assert!(he.rule.starts_with("coref:pronoun"));
    let ante = he.antecedent.unwrap() as usize;
    assert_eq!(d.slice(a[ante].span), "Vladimir Putin");
    let (d, a) = run(
        "Russian troops crossed the border. They shelled Kharkiv.",
        Some("2022-02-24"),
    );
    assert_eq!(find(&d, &a, "They").code, "RUSMIL");
}

#[test]
fn title_and_short_name_coreference() {
    let (d, a) = run(
        "NATO Secretary General Jens Stoltenberg visited Warsaw. The alliance will add troops, Stoltenberg said.",
        Some("2022-03-01"),
    );
    let al = find(&d, &a, "The alliance");
    assert_eq!(al.code, "NATO");
    assert!(al.antecedent.is_some());
    let (d, a) = run(
        "Theresa May met the Irish premier. May said the talks went well. It may rain.",
        Some("2018-02-01"),
    );
    let may = a.iter().filter(|m| d.slice(m.span) == "May").count();
    assert_eq!(
        may, 1,
        "only the capitalised surname after the full mention"
    );
    let m = find(&d, &a, "May");
    assert_eq!(m.actor_id.as_deref(), Some("may_theresa"));
    assert!(m.antecedent.is_some());
    let (d, a) = run(
        "Russia's defence ministry said 40 drones were downed. The ministry gave no details.",
        None,
    );
    let m = find(&d, &a, "The ministry");
    assert_eq!(m.code, "RUSGOV");
    assert!(m.rule.starts_with("coref:agent"), "{}", m.rule);
}

#[test]
fn country_name_is_state_actor_and_groups_have_dated_roles() {
    let (d, a) = run("Ukraine speaks of a provocation.", Some("2022-01-10"));
    assert_eq!(find(&d, &a, "Ukraine").code, "UKRGOV");
    let (d, a) = run("The Taliban seized Kabul.", Some("2021-08-15"));
    assert_eq!(find(&d, &a, "The Taliban").code, "AFGGOV");
    let (d, a) = run("The Taliban attacked a checkpoint.", Some("2015-06-01"));
    assert_eq!(find(&d, &a, "The Taliban").code, "AFGREB");
    let (d, a) = run(
        "Hamas fighters fired rockets. Hezbollah said it would respond.",
        None,
    );
    assert_eq!(find(&d, &a, "Hamas fighters").code, "PSEREB");
    assert_eq!(find(&d, &a, "it").code, "LBNREB");
}

#[test]
fn agents_inside_proper_names_are_not_actors() {
    let (d, a) = run(
        "Zelensky laid flowers at the Tomb of the Unknown Soldier in Kyiv.",
        Some("2021-10-28"),
    );
    assert!(a.iter().all(|m| d.slice(m.span) != "Soldier"), "{a:?}");
    assert_eq!(find(&d, &a, "Zelensky").code, "UKRGOV");
    // a state is not "they"
    let (d, a) = run("Ukraine honoured the warriors who gave their lives.", None);
    assert!(a.iter().all(|m| d.slice(m.span) != "their"));
}

#[test]
fn conllu_doc_with_dependencies_prefers_the_subject() {
    // Written for this test: "Lavrov met Blinken. He said ..." — the subject wins.
    let src = "1\tLavrov\tLavrov\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n\
2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\tBlinken\tBlinken\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n\
1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n\
2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\tno\tno\tINTJ\tUH\t_\t2\tobj\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    let s = chronicle_doc::conllu::parse(src).unwrap();
    let mut doc = chronicle_doc::conllu::to_doc(&s, "t");
    doc.meta.date = Some("2022-01-21".into());
    let (_, a) = ents().annotate(&doc);
    let he = find(&doc, &a, "He");
    assert_eq!(he.actor_id.as_deref(), Some("lavrov_sergey"));
    assert_eq!(find(&doc, &a, "Blinken").code, "USAGOV");
}

#[test]
fn possessive_in_infinitival_complement_goes_to_the_controller() {
    // Written for this test: "its" is inside "to pull its forces back", whose
    // understood subject is the object of "urged" (Moscow), not NATO.
    let src = "1\tNATO\tNATO\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n\
2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\tMoscow\tMoscow\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\
4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n\
5\tpull\tpull\tVERB\tVB\t_\t2\txcomp\t_\t_\n\
6\tits\tits\tPRON\tPRP$\t_\t7\tnmod:poss\t_\t_\n\
7\tforces\tforce\tNOUN\tNNS\t_\t5\tobj\t_\t_\n\
8\tback\tback\tADV\tRB\t_\t5\tadvmod\t_\tSpaceAfter=No\n\
9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    let s = chronicle_doc::conllu::parse(src).unwrap();
    let mut doc = chronicle_doc::conllu::to_doc(&s, "t");
    doc.meta.date = Some("2022-02-01".into());
    let (_, a) = ents().annotate(&doc);
    let its = find(&doc, &a, "its");
    assert_eq!(its.code, "RUSGOV", "{}", its.rule);
    assert_eq!(d_slice(&doc, &a, its), "Moscow");
    // an object pronoun is not its own clause's subject: "NATO told it" ≠ NATO
    let src = "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n\
2\twarned\twarn\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\tNATO\tNATO\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n\
1\tNATO\tNATO\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n\
2\tignored\tignore\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
    let s = chronicle_doc::conllu::parse(src).unwrap();
    let doc = chronicle_doc::conllu::to_doc(&s, "t");
    let (_, a) = ents().annotate(&doc);
    let it = find(&doc, &a, "it");
    assert_eq!(it.code, "RUSGOV", "{}", it.rule);
}

#[test]
fn pronoun_gender_learned_from_earlier_pronouns() {
    // Written for this test: names unknown to the dictionary; "she" must not
    // go back to the person already referred to as "he".
    let (d, a) = run(
        "Jorn Vale met Dana Holt. He thanked Dana Holt. She smiled.",
        None,
    );
    let links: Vec<(String, String)> = a
        .iter()
        .filter(|m| m.rule.starts_with("coref:pronoun"))
        .map(|m| (d.slice(m.span).to_string(), m.rule.clone()))
        .collect();
    // the names have no actor code, so they are pronoun antecedents only: no actor
    // mention is emitted for either pronoun
    assert!(links.is_empty(), "{links:?}");
    let e = ents().annotate_with_links(&d).2;
    let she = e
        .iter()
        .find(|(p, _)| d.slice(*p) == "She")
        .map(|(_, r)| d.slice(*r).to_string());
    let he = e
        .iter()
        .find(|(p, _)| d.slice(*p) == "He")
        .map(|(_, r)| d.slice(*r).to_string());
    assert_eq!(he.as_deref(), Some("Jorn Vale"));
    assert_eq!(she.as_deref(), Some("Dana Holt"));
}

fn d_slice<'a>(doc: &'a Doc, a: &[ActorMention], m: &ActorMention) -> &'a str {
    doc.slice(a[m.antecedent.unwrap() as usize].span)
}

/// The pronoun links (pronoun, first mention of its chain) of a text.
fn links(text: &str) -> Vec<(String, String)> {
    let d = simple_doc(text, None);
    ents()
        .annotate_with_links(&d)
        .2
        .iter()
        .map(|(p, r)| (d.slice(*p).to_string(), d.slice(*r).to_string()))
        .collect()
}

fn link_of<'a>(l: &'a [(String, String)], pron: &str) -> Option<&'a str> {
    l.iter().find(|(p, _)| p == pron).map(|(_, r)| r.as_str())
}

#[test]
fn first_name_gender_excludes_a_subject_of_the_other_gender() {
    // Written for this test: names unknown to the dictionary. Without the
    // first-name cue "She" would go to the subject, Tom Brandt.
    let l = links("Tom Brandt met Laura Finch in Bergen. She said the plan was sound.");
    assert_eq!(link_of(&l, "She"), Some("Laura Finch"), "{l:?}");
    let l = links("Laura Finch met Tom Brandt in Bergen. He said the plan was sound.");
    assert_eq!(link_of(&l, "He"), Some("Tom Brandt"), "{l:?}");
}

#[test]
fn given_name_list_gives_gender_across_languages_and_titles() {
    // Written for this test: names unknown to the dictionary whose given names
    // are only in data/actors/given.names (Ukrainian, Arabic), and a title.
    let l = links("Dmytro Hlushko met Oksana Levchuk in Lviv. She said the plan was sound.");
    assert_eq!(link_of(&l, "She"), Some("Oksana Levchuk"), "{l:?}");
    let l = links("Oksana Levchuk met Dmytro Hlushko in Lviv. He said the plan was sound.");
    assert_eq!(link_of(&l, "He"), Some("Dmytro Hlushko"), "{l:?}");
    let l = links("Khalid Barakat met Mrs. Ondine Vasko in Amman. She said the plan was sound.");
    assert_eq!(link_of(&l, "She"), Some("Ondine Vasko"), "{l:?}");
}

#[test]
fn a_surname_that_is_also_a_given_name_keeps_the_full_names_gender() {
    // Written for this test: "Dean" is a man's given name in the list, but here it
    // is Laura Dean's surname; "She" is her, not Kim Osei (of unknown gender).
    let l = links(
        "Laura Dean founded the group in 2010. It grew fast. It now has ten offices. \
         Kim Osei joined it in 2015. Dean praised Osei on Monday. She said the plan was sound.",
    );
    // (the link is to her surname mention, in Laura Dean's chain)
    assert_eq!(link_of(&l, "She"), Some("Dean"), "{l:?}");
}

#[test]
fn an_ambiguous_given_name_gives_no_gender() {
    // Written for this test: "Sasha" names men and women, so "She" may still be
    // the subject Sasha Marek (an unknown gender agrees with both pronouns).
    let l = links("Sasha Marek met Dmytro Hlushko in Lviv. She said the plan was sound.");
    assert_eq!(link_of(&l, "She"), Some("Sasha Marek"), "{l:?}");
}

#[test]
fn a_names_file_replaces_the_embedded_list() {
    // Written for this test: a one-line list that calls "Oksana" a man's name.
    let mut files: Vec<(&str, &str)> = chronicle_entities::dict::EMBEDDED.to_vec();
    files.push(("test.names", "male oksana\n"));
    let e = Entities::from_files(&files).unwrap();
    assert_eq!(
        e.dict.names.person(&["Oksana", "Levchuk"]),
        Some('m'),
        "the given file is used"
    );
    assert_eq!(
        e.dict.names.person(&["Dmytro"]),
        None,
        "and the embedded list is not"
    );
    let bad = Entities::from_files(&[("bad.names", "man oksana\n")]).unwrap_err();
    assert_eq!((bad.file.as_str(), bad.line), ("bad.names", 1));
}

#[test]
fn surname_alone_carries_the_gender_learned_for_the_full_name() {
    // Written for this test: "Arden" is the same person as "Kim Arden" (no
    // first-name cue for Kim), who was called "she"; so "he" is not Arden.
    let l = links(
        "Kim Arden hired Noor Sahel. She paid well. Arden praised Noor Sahel. He thanked the staff.",
    );
    assert_eq!(link_of(&l, "She"), Some("Kim Arden"), "{l:?}");
    assert_eq!(link_of(&l, "He"), Some("Noor Sahel"), "{l:?}");
}

#[test]
fn a_salient_protagonist_beats_a_name_mentioned_once() {
    // Written for this test: Ilse Varga is named throughout; Noor Omeka, the
    // subject of the sentence before the pronoun, once (no first-name cue for either). The old cap of
    // 3 on salience let the subject win.
    let l = links(
        "Ilse Varga was born in Graz. Varga studied law and Varga taught in Linz. \
         Varga wrote two books and Varga edited a journal. Varga retired in Graz. \
         Noor Omeka, a critic, reviewed the books of Varga. Her style was praised.",
    );
    // the chain is Ilse Varga's: the pronoun goes to one of her surname mentions
    assert_eq!(link_of(&l, "Her"), Some("Varga"), "{l:?}");
}

#[test]
fn surname_alone_after_a_full_name_is_a_person_mention() {
    // Written for this test: the recogniser finds "Ilse Varga"; the bare
    // surnames later are the same person (PER entities, pronoun antecedents),
    // but not inside a longer name ("Varga Institute").
    let d = simple_doc(
        "Ilse Varga was born in Graz. Varga studied law. She later led the Varga Institute.",
        None,
    );
    let (ents_, _) = ents().annotate(&d);
    let per: Vec<(&str, &str)> = ents_
        .iter()
        .filter(|e| e.label == "PER")
        .map(|e| (d.slice(e.span), e.rule.as_str()))
        .collect();
    // Either the recogniser itself (its document-consistency pass types a
    // surname like the full name seen before) or the resolver's surname rule
    // makes the bare "Varga" a person.
    assert!(
        per.iter()
            .any(|(s, r)| *s == "Varga"
                && (r.starts_with("coref:surname") || r.starts_with("rule:"))),
        "{per:?}"
    );
    assert!(
        !ents_
            .iter()
            .any(|e| e.label == "PER" && e.tokens.start as usize == d.tokens().len() - 3),
        "{per:?}"
    );
    let l =
        links("Ilse Varga was born in Graz. Varga studied law. She later led the Varga Institute.");
    assert_eq!(link_of(&l, "She"), Some("Varga"), "{l:?}");
}

#[test]
fn possessive_country_with_modifier_composes_with_the_agent() {
    // Written for this test.
    let (d, a) = run(
        "Ukraine's infrastructure ministry said the port reopened.",
        Some("2022-08-01"),
    );
    let m = find(&d, &a, "Ukraine's infrastructure ministry");
    assert_eq!(m.code, "UKRGOV", "{}", m.rule);
}

#[test]
fn progressive_it_is_a_pronoun_expletive_it_is_not() {
    // Written for this test.
    let (d, a) = run(
        "The EU said it was monitoring the vote. It was clear that the vote was close.",
        Some("2024-05-01"),
    );
    let its: Vec<&ActorMention> = a
        .iter()
        .filter(|m| d.slice(m.span).eq_ignore_ascii_case("it"))
        .collect();
    assert_eq!(its.len(), 1, "{a:?}");
    assert_eq!(its[0].code, "EU");
    assert_eq!(d.slice(its[0].span), "it");
}

#[test]
fn dictionary_fills_1990s_and_2000s_ministers_and_heads_of_state() {
    // Written for this test: titles resolve to holders added for the gaps in
    // DEU/FRA/GBR/CHN/IND/RUS coverage.
    let cases = [
        (
            "The German defence minister spoke.",
            "1995-06-01",
            "ruehe_volker",
        ),
        (
            "The German defence minister spoke.",
            "2010-06-01",
            "zu_guttenberg_karl_theodor",
        ),
        (
            "The French foreign minister spoke.",
            "2008-01-01",
            "kouchner_bernard",
        ),
        (
            "The French defence minister spoke.",
            "2004-01-01",
            "alliot_marie_michele",
        ),
        (
            "The British defence secretary spoke.",
            "2003-03-20",
            "hoon_geoff",
        ),
        (
            "The Chinese defence minister spoke.",
            "2010-01-01",
            "liang_guanglie",
        ),
        (
            "The Indian prime minister spoke.",
            "1997-01-01",
            "deve_gowda_hd",
        ),
        ("The German president spoke.", "2000-01-01", "rau_johannes"),
        (
            "The Russian defence minister spoke.",
            "1997-01-01",
            "rodionov_igor",
        ),
    ];
    for (text, date, id) in cases {
        let (d, a) = run(text, Some(date));
        let m = &a[0];
        assert_eq!(m.actor_id.as_deref(), Some(id), "{text} {date}: {}", m.rule);
        assert!(
            d.slice(m.span).ends_with("minister")
                || d.slice(m.span).ends_with("secretary")
                || d.slice(m.span).ends_with("president")
        );
    }
    // a role added to an existing record: Rifkind before he was foreign secretary
    let (_, a) = run("The British defence secretary spoke.", Some("1993-01-01"));
    assert_eq!(a[0].actor_id.as_deref(), Some("rifkind_malcolm"));
}

#[test]
fn short_name_after_a_full_mention_in_the_same_sentence() {
    // Written for this test: the full name and the short name in one sentence.
    let (d, a) = run(
        "Lavrov criticised the United Nations, saying the world body was silent.",
        Some("2025-03-10"),
    );
    let m = find(&d, &a, "the world body");
    assert_eq!(m.code, "UN");
    assert_eq!(d_slice(&d, &a, m), "the United Nations");
    // but not before it
    let (d, a) = run(
        "The world body was silent, Lavrov said of the United Nations.",
        Some("2025-03-10"),
    );
    assert!(
        a.iter().all(|m| !d.slice(m.span).ends_with("world body")),
        "{a:?}"
    );
}

#[test]
fn first_person_inside_a_quotation_is_the_speaker() {
    // Written for this test: "We will respond," Lavrov said.
    let src = "1\t\"\t\"\tPUNCT\t``\t_\t4\tpunct\t_\tSpaceAfter=No\n\
2\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n\
3\twill\twill\tAUX\tMD\t_\t4\taux\t_\t_\n\
4\trespond\trespond\tVERB\tVB\t_\t8\tccomp\t_\tSpaceAfter=No\n\
5\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\tSpaceAfter=No\n\
6\t\"\t\"\tPUNCT\t''\t_\t4\tpunct\t_\t_\n\
7\tLavrov\tLavrov\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n\
8\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n\
9\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";
    let s = chronicle_doc::conllu::parse(src).unwrap();
    let mut doc = chronicle_doc::conllu::to_doc(&s, "t");
    doc.meta.date = Some("2022-03-01".into());
    let (_, a) = ents().annotate(&doc);
    let we = find(&doc, &a, "We");
    assert_eq!(we.actor_id.as_deref(), Some("lavrov_sergey"), "{}", we.rule);
    assert_eq!(we.code, "RUSGOV");
    assert!(we.rule.starts_with("coref:quote speaker"), "{}", we.rule);
    assert_eq!(d_slice(&doc, &a, we), "Lavrov");
    // outside a quotation "we" is not resolved
    let src = "1\tWe\twe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n\
2\twill\twill\tAUX\tMD\t_\t3\taux\t_\t_\n\
3\trespond\trespond\tVERB\tVB\t_\t5\tccomp\t_\tSpaceAfter=No\n\
4\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n\
5\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\
6\tLavrov\tLavrov\tPROPN\tNNP\t_\t5\tnsubj\t_\tSpaceAfter=No\n\
7\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
    let s = chronicle_doc::conllu::parse(src).unwrap();
    let doc = chronicle_doc::conllu::to_doc(&s, "t");
    let (_, a) = ents().annotate(&doc);
    assert!(a.iter().all(|m| doc.slice(m.span) != "We"), "{a:?}");
}

#[test]
fn seat_after_locative_is_the_city_not_the_organisation() {
    // NATO and the EU sit in Brussels, but "in Brussels" is a place in Belgium
    let (d, a) = run(
        "The foreign ministers gathered in Brussels on Monday. Later Brussels said the alliance would respond.",
        Some("2022-03-01"),
    );
    let place = find(&d, &a, "Brussels");
    assert_eq!(place.code, "BEL", "{:?}", place.rule);
    assert!(place.sector.is_none(), "{:?}", place.rule);
    let second = a
        .iter()
        .filter(|m| d.slice(m.span) == "Brussels")
        .nth(1)
        .expect("second Brussels");
    assert_eq!(second.code, "NATO", "{:?}", second.rule);
}

#[test]
fn surname_after_another_first_name_is_someone_else() {
    // the dictionary knows Yulia Tymoshenko; a Kyrylo Tymoshenko is another person
    let (d, a) = run(
        "Kyrylo Tymoshenko, an official in Kyiv, said the repairs had started.",
        Some("2022-08-01"),
    );
    assert!(
        !a.iter()
            .any(|m| m.name.as_deref() == Some("Yulia Tymoshenko")),
        "{:#?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.code, &m.rule))
            .collect::<Vec<_>>()
    );
    // a title or a spelling variant of her own first name still resolves to her
    let (d, a) = run(
        "Ms Tymoshenko said the vote was rigged.",
        Some("2012-01-10"),
    );
    assert_eq!(
        find(&d, &a, "Tymoshenko").name.as_deref(),
        Some("Yulia Tymoshenko")
    );
    let (d, a) = run(
        "Yuliya Tymoshenko said the vote was rigged.",
        Some("2012-01-10"),
    );
    assert!(
        a.iter()
            .any(|m| m.name.as_deref() == Some("Yulia Tymoshenko")
                && d.slice(m.span).contains("Tymoshenko")),
        "{:#?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.code, &m.rule))
            .collect::<Vec<_>>()
    );
}

#[test]
fn deputy_takes_the_sector_of_the_office_it_deputises() {
    let (d, a) = run(
        "The Russian deputy defence minister met the deputy head of the presidential office.",
        Some("2022-03-01"),
    );
    let m = find(&d, &a, "The Russian deputy defence minister");
    assert_eq!(m.code, "RUSGOV", "{:?}", m.rule);
    // not the holder of the office: no person resolved
    let m = find(&d, &a, "the deputy head of the presidential office");
    assert_eq!(m.sector.as_deref(), Some("GOV"), "{:?}", m.rule);
    assert!(m.name.is_none(), "{:?}", m.name);
    // a bare deputy is still a legislator
    let (d, a) = run("A deputy from the ruling party objected.", None);
    assert_eq!(find(&d, &a, "deputy").sector.as_deref(), Some("LEG"));
}

#[test]
fn deputy_before_a_capitalised_title_is_not_the_holder() {
    let (d, a) = run(
        "Vladimir Putin opened the session. First Deputy Chief of the Main Directorate Ivan Petrov reported.",
        Some("2022-03-01"),
    );
    assert!(
        a.iter()
            .filter(|m| d.slice(m.span).contains("Chief"))
            .all(|m| m.name.as_deref() != Some("Vladimir Putin")),
        "{:#?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.code, &m.rule))
            .collect::<Vec<_>>()
    );
    // an office named with "General" in front is the prosecutors, not the army
    let (d, a) = run("The General Prosecutor's Office opened a case.", None);
    assert_eq!(
        find(&d, &a, "The General Prosecutor's Office")
            .sector
            .as_deref(),
        Some("JUD")
    );
}

#[test]
fn capitalised_institution_takes_the_country_of_the_text() {
    let (d, a) = run(
        "Vladimir Putin met the governors in Moscow. Russia will raise pensions, he said. \
         The Government will present the budget, and the Ministry of Finance of Belarus was consulted.",
        Some("2021-12-01"),
    );
    let m = find(&d, &a, "The Government");
    assert_eq!(m.code, "RUSGOV", "{:?}", m.rule);
    // an institution of another country named after "of" keeps no guessed country
    assert!(
        a.iter()
            .filter(|m| d.slice(m.span).contains("Ministry"))
            .all(|m| m.code != "RUSGOV"),
        "{:#?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.code, &m.rule))
            .collect::<Vec<_>>()
    );
    // lower case: since round h26-actors the dominant country (one country
    // named, none else), named as such in the rule
    let (d, a) = run(
        "Vladimir Putin met the governors in Moscow. Russia will raise pensions, he said. \
         Critics said the government had waited too long.",
        Some("2021-12-01"),
    );
    let m = find(&d, &a, "the government");
    assert_eq!(m.code, "RUSGOV", "{}", m.rule);
    assert!(m.rule.contains("dominant country RUS"), "{}", m.rule);
    // an acronym is not a lower-case agent noun ("COP" is no police officer)
    let (d, a) = run("Delegates arrived at the COP summit.", None);
    assert!(
        a.iter().all(|m| m.code != "COP"),
        "{:#?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.code))
            .collect::<Vec<_>>()
    );
}

#[test]
fn city_naming_a_thing_is_a_place_and_a_namesake_keeps_his_surname() {
    // needs the parse (compound modifiers), so the full pipeline's syntax is not used
    // here: without tags/deps the seat stays a metonym, which the first assert checks
    let (d, a) = run("Moscow rejected the plan.", Some("2022-03-01"));
    assert_eq!(find(&d, &a, "Moscow").code, "RUSGOV");
    // a namesake introduced with his own first name keeps his bare surname, when the
    // dictionary person held no office on the article date
    let (d, a) = run(
        "Oscar Pistorius was sentenced on Tuesday. Pistorius did not react.",
        Some("2014-10-21"),
    );
    assert!(
        a.iter()
            .all(|m| m.name.as_deref() != Some("Boris Pistorius")),
        "{:#?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.code, &m.rule))
            .collect::<Vec<_>>()
    );
    // but a relative does not take the surname from a namesake in office on the date
    let (d, a) = run(
        "Melania Trump visited the hospital. Trump thanked the nurses.",
        Some("2018-06-01"),
    );
    assert!(
        a.iter()
            .any(|m| d.slice(m.span) == "Trump" && m.name.as_deref() == Some("Donald Trump")),
        "{:#?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.code, &m.rule))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_leader_of_a_chamber_or_party_is_not_the_head_of_state() {
    // in an American article, "Leader" alone would be the president; after Senate,
    // Majority or a party it is a legislator or a party leader
    let text = "President Barack Obama spoke in Washington on Monday. \
                Senate Majority Leader Jane Roe said the bill would pass. \
                The Republican leader disagreed.";
    let (d, a) = run(text, Some("2014-05-01"));
    let dump = || {
        a.iter()
            .map(|m| (d.slice(m.span), &m.code, &m.rule))
            .collect::<Vec<_>>()
    };
    assert!(
        a.iter()
            .filter(|m| d.slice(m.span).contains("eader"))
            .all(|m| m.name.as_deref() != Some("Barack Obama")),
        "{:#?}",
        dump()
    );
    let roe = find(&d, &a, "Leader Jane Roe");
    assert_eq!(
        (roe.name.as_deref(), roe.sector.as_deref()),
        (Some("Jane Roe"), Some("LEG")),
        "{:#?}",
        dump()
    );
    assert_eq!(
        find(&d, &a, "leader").sector.as_deref(),
        Some("PTY"),
        "{:#?}",
        dump()
    );
    // a country's leader still is its head
    let (d, a) = run("The Russian leader spoke.", Some("2014-05-01"));
    assert_eq!(
        find(&d, &a, "The Russian leader").actor_id.as_deref(),
        Some("putin_vladimir")
    );
}

#[test]
fn a_gendered_noun_excludes_the_other_pronoun() {
    // Written for this test: "Kim" gives no gender cue. "The spokeswoman" is the
    // subject next to the pronoun, but a spokeswoman is no "he".
    let (d, a) = run(
        "Kim Arden grew up in Graz. The spokeswoman said he was shy.",
        None,
    );
    assert!(
        !a.iter()
            .any(|m| d.slice(m.span) == "he" && m.rule.starts_with("coref:pronoun")),
        "{:?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.rule))
            .collect::<Vec<_>>()
    );
    let l = links("Kim Arden grew up in Graz. The spokeswoman said he was shy.");
    assert_eq!(link_of(&l, "he"), Some("Kim Arden"), "{l:?}");
    // the agreeing gender still links: "she" may be the spokeswoman
    let l = links("Kim Arden grew up in Graz. The spokeswoman said she was shy.");
    assert_ne!(link_of(&l, "she"), Some("Kim Arden"), "{l:?}");
}

/// A CoNLL-U document of one-clause sentences written as "Word/lemma/UPOS/head/rel ..."
/// (one sentence per string).
fn conllu_doc(sents: &[&str]) -> Doc {
    let mut src = String::new();
    for s in sents {
        for (i, w) in s.split_whitespace().enumerate() {
            let f: Vec<&str> = w.split('/').collect();
            src += &format!(
                "{}\t{}\t{}\t{}\t_\t_\t{}\t{}\t_\t_\n",
                i + 1,
                f[0],
                f[1],
                f[2],
                f[3],
                f[4]
            );
        }
        src += "\n";
    }
    let s = chronicle_doc::conllu::parse(&src).unwrap();
    let mut doc = chronicle_doc::conllu::to_doc(&s, "t");
    doc.meta.date = Some("2022-02-01".into());
    doc
}

#[test]
fn a_speaker_beyond_the_window_is_the_only_person_of_the_gender() {
    // Written for this test: four sentences without a person separate "He said"
    // from Lavrov, the only man of the article.
    let filler = [
        "Rain/rain/NOUN/2/nsubj fell/fall/VERB/0/root ././PUNCT/2/punct",
        "Roads/road/NOUN/2/nsubj closed/close/VERB/0/root ././PUNCT/2/punct",
        "Prices/price/NOUN/2/nsubj rose/rise/VERB/0/root ././PUNCT/2/punct",
    ];
    let lavrov = "Lavrov/Lavrov/PROPN/2/nsubj arrived/arrive/VERB/0/root ././PUNCT/2/punct";
    let said = "He/he/PRON/2/nsubj said/say/VERB/0/root no/no/INTJ/2/obj ././PUNCT/2/punct";
    let left = "He/he/PRON/2/nsubj left/leave/VERB/0/root ././PUNCT/2/punct";
    let mut s = vec![lavrov];
    s.extend(filler);
    s.push(said);
    let doc = conllu_doc(&s);
    let (_, a) = ents().annotate(&doc);
    let he = find(&doc, &a, "He");
    assert_eq!(he.actor_id.as_deref(), Some("lavrov_sergey"), "{}", he.rule);
    // not for a pronoun that is no speaker
    let mut s = vec![lavrov];
    s.extend(filler);
    s.push(left);
    let doc = conllu_doc(&s);
    let (_, a) = ents().annotate(&doc);
    assert!(!a.iter().any(|m| doc.slice(m.span) == "He"), "{a:?}");
    // nor when a second man was named
    let blinken = "Blinken/Blinken/PROPN/2/nsubj spoke/speak/VERB/0/root ././PUNCT/2/punct";
    let mut s = vec![lavrov, blinken];
    s.extend(filler);
    s.push(said);
    let doc = conllu_doc(&s);
    let (_, a) = ents().annotate(&doc);
    assert!(!a.iter().any(|m| doc.slice(m.span) == "He"), "{a:?}");
}

#[test]
fn it_is_not_a_place_named_after_a_locative_preposition() {
    // Written for this test: "in Poland" is where the officials met; the later
    // "it" is not Poland. As a subject Poland is still an antecedent.
    let (d, a) = run(
        "Officials met in Poland on Monday. It was calm and the talks were long. \
         Later it sent more troops to the border.",
        Some("2022-02-01"),
    );
    assert!(
        !a.iter().any(|m| d.slice(m.span) == "it"),
        "{:?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.rule))
            .collect::<Vec<_>>()
    );
    let (d, a) = run(
        "Poland hosted the talks on Monday. Later it sent more troops to the border.",
        Some("2022-02-01"),
    );
    assert_eq!(find(&d, &a, "it").code, "POLGOV");
}

/// `simple_doc` with every hyphenated word cut into word, hyphen, word, as
/// the text stage cuts "Secretary-General".
fn split_hyphens(text: &str, date: Option<&str>) -> Doc {
    let mut doc = simple_doc(text, date);
    let mut toks = Vec::new();
    for t in doc.tokens() {
        let s = doc.slice(t.span);
        match s.find('-') {
            Some(i) if i > 0 && i + 1 < s.len() => {
                let a = t.span.start as usize;
                for (x, y) in [
                    (a, a + i),
                    (a + i, a + i + 1),
                    (a + i + 1, t.span.end as usize),
                ] {
                    toks.push(chronicle_doc::Token {
                        span: chronicle_doc::Span::new(x, y),
                        norm: None,
                        space_after: y == t.span.end as usize && t.space_after,
                    });
                }
            }
            _ => toks.push(t.clone()),
        }
    }
    let n = toks.len();
    doc.tokens = Some(toks);
    let sentences = doc.sentences.take().unwrap_or_default();
    let end = sentences.last().map(|s| s.span).unwrap_or_default();
    doc.sentences = Some(vec![chronicle_doc::Sentence {
        span: chronicle_doc::Span::new(0, end.end as usize),
        tokens: chronicle_doc::TokenRange::new(0, n),
    }]);
    doc
}

#[test]
fn a_title_cut_at_its_hyphen_is_still_the_title() {
    for text in [
        "The UN Secretary-General stressed that aid is needed.",
        "The UN secretary-general stressed that aid is needed.",
    ] {
        let d = split_hyphens(text, Some("2022-05-01"));
        assert_eq!(d.tokens().len(), 11, "{text}");
        let (_, a) = ents().annotate(&d);
        let m = a
            .iter()
            .find(|m| {
                d.slice(m.span)
                    .to_lowercase()
                    .ends_with("secretary-general")
            })
            .unwrap_or_else(|| {
                panic!(
                    "{text}: {:?}",
                    a.iter()
                        .map(|m| (d.slice(m.span), &m.rule))
                        .collect::<Vec<_>>()
                )
            });
        assert_eq!(m.code, "UN", "{text}: {}", m.rule);
        assert!(m.rule.contains("guterres_antonio"), "{}", m.rule);
        // no soldier hides in the title
        assert!(a.iter().all(|m| m.code != "MIL"), "{text}");
    }
}

#[test]
fn a_local_title_takes_the_country_of_the_place_named_near_it() {
    let text = "Russia said its troops advanced. Moscow denied the reports again. \
                On Tuesday, Taras Koval, the regional governor, said that shelling hit homes in the Kharkiv region. \
                The mayor said the city would hold.";
    let (d, a) = run(text, Some("2022-06-01"));
    let gov = find(&d, &a, "the regional governor");
    assert_eq!(gov.code, "UKRGOV", "{}", gov.rule);
    assert!(
        gov.rule.contains("place in the sentence UKR"),
        "{}",
        gov.rule
    );
    // one of many mayors and governors: no holder from the dictionary
    assert_eq!(gov.actor_id, None, "{}", gov.rule);
    let mayor = find(&d, &a, "The mayor");
    assert_eq!(mayor.code, "UKRGOV", "{}", mayor.rule);
    assert!(
        mayor.rule.contains("place named just before UKR"),
        "{}",
        mayor.rule
    );
    // without a place nearby, the article's most mentioned country as before
    let (d, a) = run(
        "Russia said its troops advanced. Moscow denied it. The governor resigned.",
        Some("2022-06-01"),
    );
    assert_eq!(find(&d, &a, "The governor").code, "RUSGOV");
}

/// A short name (a surname that is another person's too) counts right after the
/// title of one of the person's roles, and not alone.
#[test]
fn a_short_name_after_its_own_title_is_the_person() {
    let (d, a) = run(
        "President Nixon resigned in 1974. Years later the writer met Secretary Carter.",
        Some("2019-05-01"),
    );
    let nixon = a
        .iter()
        .find(|m| d.slice(m.span).ends_with("Nixon"))
        .expect("a Nixon mention");
    assert_eq!(nixon.name.as_deref(), Some("Richard Nixon"), "{nixon:?}");
    assert_eq!(nixon.code, "USAGOV");
    let carter = a
        .iter()
        .find(|m| d.slice(m.span).ends_with("Carter"))
        .expect("a Carter mention");
    // Ash Carter was defence secretary; Jimmy Carter's role is president
    assert_eq!(carter.name.as_deref(), Some("Ash Carter"), "{carter:?}");
    let (d, a) = run("Nixon won the county race.", Some("2019-05-01"));
    assert!(
        a.iter().all(|m| m.name.as_deref() != Some("Richard Nixon")),
        "{:?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.name))
            .collect::<Vec<_>>()
    );
}

/// An honorific of the other gender before a dictionary surname is another person.
#[test]
fn mrs_before_a_man_surname_is_someone_else() {
    let (d, a) = run(
        "Ronald Reagan left office in 1989. Mrs. Reagan wrote a memoir.",
        Some("2019-05-01"),
    );
    let named: Vec<(&str, Option<&str>)> = a
        .iter()
        .map(|m| (d.slice(m.span), m.name.as_deref()))
        .filter(|m| m.0.contains("Reagan"))
        .collect();
    assert_eq!(
        named.first(),
        Some(&("Ronald Reagan", Some("Ronald Reagan")))
    );
    assert!(
        named.iter().skip(1).all(|m| m.1 != Some("Ronald Reagan")),
        "{named:?}"
    );
}

#[test]
fn an_expletive_it_of_the_parser_links_to_nothing() {
    // Written for this test: "made it possible" has an expletive "it" (the
    // parser's `expl`); Poland, the subject before it, is not what it means.
    let doc = conllu_doc(&[
        "Poland/Poland/PROPN/2/nsubj hosted/host/VERB/0/root talks/talk/NOUN/2/obj ././PUNCT/2/punct",
        "The/the/DET/2/det deal/deal/NOUN/3/nsubj made/make/VERB/0/root it/it/PRON/3/expl possible/possible/ADJ/3/xcomp ././PUNCT/3/punct",
    ]);
    let (_, a) = ents().annotate(&doc);
    assert!(!a.iter().any(|m| doc.slice(m.span) == "it"), "{a:?}");
    // the same "it" as an object still links
    let doc = conllu_doc(&[
        "Poland/Poland/PROPN/2/nsubj hosted/host/VERB/0/root talks/talk/NOUN/2/obj ././PUNCT/2/punct",
        "Germany/Germany/PROPN/2/nsubj thanked/thank/VERB/0/root it/it/PRON/2/obj ././PUNCT/2/punct",
    ]);
    let (_, a) = ents().annotate(&doc);
    assert_eq!(find(&doc, &a, "it").code, "POLGOV");
}

#[test]
fn a_disease_or_programme_typed_person_is_no_he_or_she() {
    // Written for this test: the recogniser types "Medicaid", "Ebola" and
    // "Christianity" PER; as subjects they would take "he" from the man named
    // before them. "it" may be Medicaid; "they" is not Ebola.
    let l = links("Jorn Vale lived in Rome. Christianity spread there, and he was baptised.");
    assert_eq!(link_of(&l, "he"), Some("Jorn Vale"), "{l:?}");
    let l = links("Jorn Vale studied medicine. Ebola spread fast, and he went to Lagos.");
    assert_eq!(link_of(&l, "he"), Some("Jorn Vale"), "{l:?}");
    // (since h13-ner the default recogniser no longer types programmes and
    // diseases as names at all, so "it" has nothing to link to here; the
    // GUM model may still type them PER, for which the rule above stays)
    let l = links("Think about Medicaid, he says. Before the reform, it paid doctors less.");
    assert_eq!(link_of(&l, "it"), None, "{l:?}");
    let l = links("Ebola spread fast. If they had Ebola, they would be in hospital.");
    assert_eq!(link_of(&l, "they"), None, "{l:?}");
}

#[test]
fn a_plural_people_word_typed_person_is_they() {
    // Written for this test: the recogniser types "Californians" PER; a
    // people is *they*, not *he*/*she* (before, "their" had no antecedent and
    // a later "he" could take the word as a person).
    let l = links(
        "Marta Olsen wrote the bill in Sacramento. It is unlikely that even Californians would toss aside their health care.",
    );
    assert_eq!(link_of(&l, "their"), Some("Californians"), "{l:?}");
    // a short surname ending in -s stays a person
    let l = links("Carla Evans wrote the bill. Evans said her staff agreed.");
    assert!(
        link_of(&l, "her").is_some_and(|r| r.contains("Evans")),
        "{l:?}"
    );
}

#[test]
fn an_office_named_between_title_and_country_takes_that_country() {
    // Written for this test: the office's own name stands between the title
    // and "of Ukraine"; the country is Ukraine, not none (or the context's).
    let (d, a) = run(
        "Russia said so. The Minister of Infrastructure of Ukraine visited the port.",
        Some("2022-03-01"),
    );
    let m = find(&d, &a, "The Minister of Infrastructure of Ukraine");
    assert_eq!(m.code, "UKRGOV", "{}", m.rule);
    let (d, a) = run(
        "Officers of the State Border Guard Service of Ukraine closed the road.",
        Some("2022-03-01"),
    );
    assert!(
        a.iter()
            .any(|m| d.slice(m.span).ends_with("Service of Ukraine")
                && m.country.as_deref() == Some("UKR")),
        "{a:?}"
    );
}

#[test]
fn our_title_in_a_quotation_takes_no_context_country() {
    // Written for this test: a foreign guest speaks in a Russian article; "our
    // Deputy Prime Minister" is the guest's, not Russia's.
    let (d, a) = run(
        "Russia and Russia's partners met in Moscow. \"I asked our Deputy Prime Minister Tran Minh to help,\" the guest said.",
        Some("2022-03-01"),
    );
    let m = a
        .iter()
        .find(|m| d.slice(m.span).contains("Deputy Prime Minister"))
        .expect("title mention");
    assert_eq!(m.country, None, "{}", m.rule);
    // without "our" the context country stays
    let (d, a) = run(
        "Russia and Russia's partners met in Moscow. \"I asked Deputy Prime Minister Ivan Orlov to help,\" the guest said.",
        Some("2022-03-01"),
    );
    let m = a
        .iter()
        .find(|m| d.slice(m.span).contains("Deputy Prime Minister"))
        .expect("title mention");
    assert_eq!(m.country.as_deref(), Some("RUS"), "{}", m.rule);
}

#[test]
fn king_ending_a_name_is_no_monarch() {
    // Written for this test: "Carole King" is a person; "King" alone later is her,
    // not a head of state. "Saudi King" stays a title.
    let (d, a) = run(
        "Carole King sang in Ohio. King thanked the crowd.",
        Some("2020-01-01"),
    );
    assert!(
        !a.iter().any(|m| d.slice(m.span).contains("King")),
        "{:?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.code))
            .collect::<Vec<_>>()
    );
    let (d, a) = run("The Saudi King spoke on Monday.", Some("2020-01-01"));
    assert_eq!(
        find(&d, &a, "The Saudi King").country.as_deref(),
        Some("SAU")
    );
}

#[test]
fn a_surname_shared_by_two_records_follows_the_full_name_in_the_article() {
    // Written for this test: Kyrylo Tymoshenko is named in full, Yulia is not;
    // a later bare "Tymoshenko" is Kyrylo. Alone, "Ms Tymoshenko" is Yulia.
    let (d, a) = run(
        "Deputy Head of the Presidential Office Kyrylo Tymoshenko visited Kharkiv. \
         According to Tymoshenko, the schools will reopen.",
        Some("2022-04-16"),
    );
    let m = find(&d, &a, "Tymoshenko");
    assert_eq!(
        m.actor_id.as_deref(),
        Some("tymoshenko_kyrylo"),
        "{}",
        m.rule
    );
    let (d, a) = run("Ms Tymoshenko spoke in Kyiv.", Some("2022-06-17"));
    let m = find(&d, &a, "Tymoshenko");
    assert_eq!(
        m.actor_id.as_deref(),
        Some("tymoshenko_yulia"),
        "{}",
        m.rule
    );
    assert_eq!(m.code, "UKROPP");
    // between her premierships she led the opposition
    let (d, a) = run("Yulia Tymoshenko spoke in Kyiv.", Some("2006-06-01"));
    assert_eq!(find(&d, &a, "Yulia Tymoshenko").code, "UKROPP");
    let (d, a) = run("Yulia Tymoshenko spoke in Kyiv.", Some("2008-06-01"));
    assert_eq!(find(&d, &a, "Yulia Tymoshenko").code, "UKRGOV");
}

#[test]
fn an_agent_noun_modifying_a_thing_is_no_actor() {
    // Written for this test: "press" modifies "conference" (dependency
    // `compound`): no media actor. "army" before "captain" still names the army.
    let doc = conllu_doc(&[
        "Officials/official/NOUN/2/nsubj held/hold/VERB/0/root a/a/DET/5/det press/press/NOUN/5/compound conference/conference/NOUN/2/obj ././PUNCT/2/punct",
    ]);
    let (_, a) = ents().annotate(&doc);
    assert!(!a.iter().any(|m| doc.slice(m.span) == "press"), "{a:?}");
    assert!(a.iter().any(|m| doc.slice(m.span) == "Officials"), "{a:?}");
    let doc = conllu_doc(&[
        "The/the/DET/3/det army/army/NOUN/3/compound captain/captain/NOUN/4/nsubj spoke/speak/VERB/0/root ././PUNCT/4/punct",
    ]);
    let (_, a) = ents().annotate(&doc);
    assert!(
        a.iter().any(|m| m.sector.as_deref() == Some("MIL")),
        "{a:?}"
    );
}

#[test]
fn they_after_two_persons_joined_by_and_is_both() {
    // Written for this test: names unknown to the dictionary; "their" is the
    // pair, not one of them nor the university.
    let l = links("Ilse Varga and Tom Brandt left the University of Bergen. Their study was long.");
    assert_eq!(
        link_of(&l, "Their"),
        Some("Ilse Varga and Tom Brandt"),
        "{l:?}"
    );
    // one person still takes he/she
    let l = links("Ilse Varga and Tom Brandt met. He spoke first.");
    assert_eq!(link_of(&l, "He"), Some("Tom Brandt"), "{l:?}");
}

#[test]
fn dictionary_covers_jordan_ireland_and_congress_by_date() {
    // holders of one title, one after the other
    for (date, want) in [
        ("2017-03-01", "mulki_hani"),
        ("2019-03-01", "razzaz_omar"),
        ("2022-03-01", "khasawneh_bisher"),
    ] {
        let (d, a) = run("The Jordanian prime minister visited Cairo.", Some(date));
        let m = find(&d, &a, "The Jordanian prime minister");
        assert_eq!(m.actor_id.as_deref(), Some(want), "{date}: {}", m.rule);
        assert_eq!(m.code, "JORGOV");
    }
    // "taoiseach" is Ireland's prime minister
    let (d, a) = run("Ireland's taoiseach spoke in Dublin.", Some("2018-05-01"));
    let m = find(&d, &a, "Ireland's taoiseach");
    assert_eq!(m.actor_id.as_deref(), Some("varadkar_leo"), "{}", m.rule);
    // chamber leaders: a speaker of the House by date, a senator by name
    let (d, a) = run("Speaker Paul Ryan met Mitch McConnell.", Some("2017-06-01"));
    let m = find(&d, &a, "Speaker Paul Ryan");
    assert_eq!(m.actor_id.as_deref(), Some("ryan_paul"));
    assert_eq!(m.code, "USALEG");
    assert_eq!(find(&d, &a, "Mitch McConnell").code, "USALEG");
}

#[test]
fn a_title_before_another_persons_name_is_not_the_holder() {
    // the context country has a press secretary on the date, but the
    // spokesman named after the title is someone else
    let text = "The United States and Canada met in Washington. The United States \
                wants a deal. Spokesman Dana Whitfield said the talks went well.";
    let (d, a) = run(text, Some("2015-06-01"));
    let m = a
        .iter()
        .find(|m| d.slice(m.span).starts_with("Spokesman"))
        .expect("a mention at the title");
    assert_eq!(m.actor_id, None, "{}", m.rule);
    assert_eq!(m.name.as_deref(), Some("Dana Whitfield"), "{}", m.rule);
    assert!(m.rule.contains("not the holder"), "{}", m.rule);
    // the holder's own name after the title is the holder
    let text = text.replace("Dana Whitfield", "Josh Earnest");
    let (d, a) = run(&text, Some("2015-06-01"));
    assert!(
        a.iter().any(|m| d.slice(m.span).contains("Earnest")
            && m.actor_id.as_deref() == Some("earnest_josh")),
        "{:?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.actor_id))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_shared_surname_goes_to_the_person_the_article_names() {
    let text = "Hillary Clinton spoke in Iowa. Clinton said the race was close.";
    let (d, a) = run(text, Some("2016-01-20"));
    let m = a
        .iter()
        .find(|m| d.slice(m.span) == "Clinton")
        .expect("the surname");
    assert_eq!(m.actor_id.as_deref(), Some("clinton_hillary"), "{}", m.rule);
    // after the title of one of the other's roles, the surname is the other
    let text = "Hillary Clinton spoke in Iowa. Clinton said the race was close. \
                Former President Clinton joined her.";
    let (d, a) = run(text, Some("2016-01-20"));
    let m = a
        .iter()
        .find(|m| d.slice(m.span).ends_with("President Clinton"))
        .unwrap();
    assert_eq!(m.actor_id.as_deref(), Some("clinton_bill"), "{}", m.rule);
    let text = "Bill Clinton spoke in Iowa. Clinton said the race was close.";
    let (d, a) = run(text, Some("2016-01-20"));
    let m = a.iter().find(|m| d.slice(m.span) == "Clinton").unwrap();
    assert_eq!(m.actor_id.as_deref(), Some("clinton_bill"), "{}", m.rule);
}

#[test]
fn a_governments_own_security_council_is_not_the_uns() {
    let text = "The President chaired a meeting with permanent members of the Security Council. \
                The issue was raised at the UN Security Council.";
    let run_from = |source: &str| {
        let mut doc = simple_doc(text, Some("2021-12-01"));
        doc.meta.source = Some(source.into());
        let (_, a) = ents().annotate(&doc);
        let code = |s: &str| {
            a.iter()
                .find(|m| doc.slice(m.span).ends_with(s))
                .map(|m| m.code.clone())
        };
        (code("the Security Council"), code("UN Security Council"))
    };
    let (own, un) = run_from("Kremlin");
    assert_eq!(own.as_deref(), Some("RUSGOV"));
    assert_eq!(un.as_deref(), Some("UNSC"));
    // a newspaper's bare "Security Council" stays the UN's
    let (own, _) = run_from("Daily Courier");
    assert_eq!(own.as_deref(), Some("UNSC"));
}

#[test]
fn a_government_sites_headline_institution_is_its_own_before_any_country_is_named() {
    // a readout headline names no country yet: the capitalised institution is
    // the site's own government's, not an agent without a country
    let on = |source: &str, text: &str| {
        let mut doc = simple_doc(text, Some("2021-12-01"));
        doc.meta.source = Some(source.into());
        let (_, a) = ents().annotate(&doc);
        let m = a
            .iter()
            .find(|m| doc.slice(m.span).ends_with("Government"))
            .unwrap_or_else(|| panic!("no Government in {text:?}"));
        (m.code.clone(), m.rule.clone())
    };
    let (code, rule) = on("Kremlin", "Meeting with members of the Government");
    assert_eq!(code, "RUSGOV", "{rule}");
    assert!(rule.contains("outlet country RUS"), "{rule}");
    // once the text names a country, that country decides, as before
    let (code, rule) = on(
        "Kremlin",
        "Talks in Ankara: Turkey and the Government of the day",
    );
    assert_eq!(code, "TURGOV", "{rule}");
    // a newspaper has no country of its own
    let (code, _) = on("Daily Courier", "Meeting with members of the Government");
    assert_eq!(code, "GOV");
}

/// The portfolios the dictionary lacked before the twelfth session: a country's title on a date
/// names the holder of that year, and a person between offices takes the `ELI` role written for
/// those years instead of the nearest government role.
#[test]
fn ministers_of_the_filled_years_and_people_between_offices() {
    let cases = [
        (
            "The Israeli foreign minister arrived.",
            "2004-05-01",
            "Israeli foreign minister",
            "shalom_silvan",
        ),
        (
            "The Israeli defence minister arrived.",
            "1997-05-01",
            "Israeli defence minister",
            "mordechai_yitzhak",
        ),
        (
            "The Indian defence minister arrived.",
            "2010-05-01",
            "Indian defence minister",
            "antony_ak",
        ),
        (
            "The Japanese defence minister arrived.",
            "2015-05-01",
            "Japanese defence minister",
            "nakatani_gen",
        ),
        (
            "The Turkish foreign minister arrived.",
            "1999-05-01",
            "Turkish foreign minister",
            "cem_ismail",
        ),
        (
            "The Russian interior minister arrived.",
            "2021-12-01",
            "Russian interior minister",
            "kolokoltsev_vladimir",
        ),
    ];
    for (text, date, surface, id) in cases {
        let (d, a) = run(text, Some(date));
        let m = find(&d, &a, &format!("The {surface}"));
        assert_eq!(m.actor_id.as_deref(), Some(id), "{text} {date}: {}", m.rule);
        assert!(m.code.ends_with("GOV"), "{}", m.code);
    }
    // Gingrich left office in 1999: a 2016 article names a former speaker, not the House
    let (d, a) = run("Newt Gingrich spoke in Ohio.", Some("2016-07-20"));
    let m = find(&d, &a, "Newt Gingrich");
    assert_eq!(m.code, "USAELI", "{}", m.rule);
    let (d, a) = run("Newt Gingrich spoke in Ohio.", Some("1997-07-20"));
    assert_eq!(find(&d, &a, "Newt Gingrich").code, "USALEG");
}

/// A candidate out of office is no government: the nearest-role rule would make Donald Trump
/// `USAGOV` in his 2016 campaign and Barack Obama `USAGOV` after 2017.
#[test]
fn candidates_and_former_presidents_are_not_the_government() {
    let cases = [
        (
            "Donald Trump spoke in Iowa.",
            "2016-01-20",
            "Donald Trump",
            "USAOPP",
        ),
        (
            "Donald Trump spoke in Iowa.",
            "2018-01-20",
            "Donald Trump",
            "USAGOV",
        ),
        (
            "Mitt Romney spoke in Iowa.",
            "2012-08-20",
            "Mitt Romney",
            "USAOPP",
        ),
        (
            "Barack Obama spoke in Iowa.",
            "2018-08-20",
            "Barack Obama",
            "USAELI",
        ),
        (
            "Barack Obama spoke in Iowa.",
            "2012-08-20",
            "Barack Obama",
            "USAGOV",
        ),
        (
            "Joe Biden spoke in Iowa.",
            "2020-02-20",
            "Joe Biden",
            "USAOPP",
        ),
        (
            "Hillary Clinton spoke in Iowa.",
            "2016-02-20",
            "Hillary Clinton",
            "USAELI",
        ),
    ];
    for (text, date, surface, code) in cases {
        let (d, a) = run(text, Some(date));
        let m = find(&d, &a, surface);
        assert_eq!(m.code, code, "{text} {date}: {}", m.rule);
    }
}

/// "The Obama administration" in a later article is the government he headed, not the former
/// president: the name takes the head-of-government role and the noun after it the country.
#[test]
fn an_administration_named_after_its_head_is_that_government() {
    let (d, a) = run(
        "Officials said the Obama administration approved the deal.",
        Some("2018-05-01"),
    );
    let name = a
        .iter()
        .find(|m| d.slice(m.span).ends_with("Obama"))
        .unwrap();
    assert_eq!(name.code, "USAGOV", "{}", name.rule);
    assert!(name.rule.contains("(president)"), "{}", name.rule);
    assert_eq!(find(&d, &a, "administration").code, "USAGOV");
    // the person alone in the same year is the former president
    let (d, a) = run("Barack Obama approved the deal.", Some("2018-05-01"));
    assert_eq!(find(&d, &a, "Barack Obama").code, "USAELI");
}

/// "The Obama administration" opening a text that no tagger has read (as
/// `chronicle actor` gives it): the capitalised "The" is no first name of
/// another Obama, so it resolves as the lower-case form does.
#[test]
fn a_sentence_initial_the_is_no_first_name() {
    for text in [
        "The Obama administration approved the deal.",
        "Officials said the Obama administration approved the deal.",
    ] {
        let (d, a) = run(text, Some("2014-01-01"));
        let name = a
            .iter()
            .find(|m| d.slice(m.span).ends_with("Obama"))
            .unwrap_or_else(|| panic!("no Obama in {text:?}: {a:?}"));
        assert_eq!(name.actor_id.as_deref(), Some("obama_barack"), "{text}");
        assert_eq!(name.code, "USAGOV", "{text}: {}", name.rule);
        assert_eq!(find(&d, &a, "administration").code, "USAGOV", "{text}");
    }
}

/// A surname that is a `short` name ("Bush", "Clinton") before a government noun
/// names the government of its head (of the namesake whose term is nearest the
/// article date), with no full mention before it; a hypothetical one ("a Clinton
/// administration") does not, and the bare surname still needs a full mention.
#[test]
fn a_short_surname_before_administration_is_the_nearest_head() {
    let text = "Critics said the Bush administration ignored the warnings.";
    for (date, id) in [
        ("2014-03-01", "bush_george_w"),
        ("2003-03-01", "bush_george_w"),
    ] {
        let (d, a) = run(text, Some(date));
        let m = find(&d, &a, "the Bush");
        assert_eq!(m.actor_id.as_deref(), Some(id), "{date}: {}", m.rule);
        assert_eq!(m.code, "USAGOV", "{date}: {}", m.rule);
        assert_eq!(find(&d, &a, "administration").code, "USAGOV", "{date}");
    }
    let (d, a) = run(
        "Aides recalled how the Clinton administration handled the talks.",
        Some("2016-05-01"),
    );
    let m = find(&d, &a, "the Clinton");
    assert_eq!(m.actor_id.as_deref(), Some("clinton_bill"), "{}", m.rule);
    let (d, a) = run(
        "Donors asked what a Clinton administration would do.",
        Some("2016-05-01"),
    );
    assert!(
        !a.iter().any(|m| d.slice(m.span).contains("Clinton")),
        "{a:?}"
    );
    let (d, a) = run("Bush spoke to the farmers.", Some("2014-03-01"));
    assert!(!a.iter().any(|m| d.slice(m.span).contains("Bush")), "{a:?}");
}

/// "King Abdullah" was the king of Saudi Arabia 2005–2015 and is the king of
/// Jordan since 1999: the date picks the one on the throne, and while both
/// reigned the country the document names.
#[test]
fn king_abdullah_by_date_and_country_named() {
    for (text, date, id) in [
        (
            "King Abdullah received the envoys.",
            "2019-02-01",
            "abdullah_ii_king",
        ),
        (
            "King Abdullah received the envoys.",
            "2002-02-01",
            "abdullah_ii_king",
        ),
        (
            "King Abdullah received the envoys in Amman.",
            "2010-02-01",
            "abdullah_ii_king",
        ),
        (
            "King Abdullah received the envoys in Riyadh. Saudi officials were there.",
            "2010-02-01",
            "abdullah_king",
        ),
    ] {
        let (d, a) = run(text, Some(date));
        let m = find(&d, &a, "King Abdullah");
        assert_eq!(m.actor_id.as_deref(), Some(id), "{text} {date}: {}", m.rule);
    }
}

/// The head-of-government titles and the UN Security Council's national
/// homonym are data: a dictionary without `heads government` has no
/// administration named after a head, and `national` works on any record.
#[test]
fn head_titles_and_national_names_come_from_the_dictionary() {
    let files = |heads: &str| {
        format!(
            "title premier: premier\n{heads}\
             country FRE: Freedonia\n  adj Freedonian\n  seat Fredville\n\
             igo WCO: World Council | the Council\n  national Council\n\
             person firefly_rufus: Rufus Firefly | Firefly\n  gender m\n  role FRE GOV 1933-01-01→1940-01-01 (premier)\n"
        )
    };
    let text = "Critics said the Firefly government fell.";
    for (heads, named_after) in [("  heads government\n", true), ("", false)] {
        let src = files(heads);
        let e = Entities::from_files(&[("test.actors", &src)]).unwrap();
        let doc = simple_doc(text, Some("1950-01-01"));
        let (_, a) = e.annotate(&doc);
        let name = a
            .iter()
            .find(|m| doc.slice(m.span).ends_with("Firefly"))
            .unwrap_or_else(|| panic!("{a:?}"));
        assert_eq!(
            name.rule
                .contains("[the administration named after its head]"),
            named_after,
            "{heads:?}: {}",
            name.rule
        );
    }
    let src = files("  heads government\n");
    let e = Entities::from_files(&[("test.actors", &src)]).unwrap();
    let text = "The Council met in Fredville.";
    let code = |source: &str| {
        let mut doc = simple_doc(text, Some("1950-01-01"));
        doc.meta.source = Some(source.into());
        let (_, a) = e.annotate(&doc);
        a.iter()
            .find(|m| doc.slice(m.span).ends_with("Council"))
            .map(|m| m.code.clone())
    };
    assert_eq!(code("Daily Courier").as_deref(), Some("WCO"));
    assert_ne!(code("Fredville").as_deref(), Some("WCO"));
    // two premiers of one surname: the government named after it is that of the
    // one whose term is nearest the date
    let src = format!(
        "{}person firefly_ada: Ada Firefly\n  gender f\n  short Firefly\n  \
         role FRE GOV 1960-01-01→1965-01-01 (premier)\n",
        files("  heads government\n").replace("| Firefly\n", "\n  short Firefly\n")
    );
    let e = Entities::from_files(&[("test.actors", &src)]).unwrap();
    for (date, id) in [
        ("1941-01-01", "firefly_rufus"),
        ("1958-01-01", "firefly_ada"),
    ] {
        let doc = simple_doc("Critics said the Firefly government fell.", Some(date));
        let (_, a) = e.annotate(&doc);
        let name = a
            .iter()
            .find(|m| doc.slice(m.span).ends_with("Firefly"))
            .unwrap_or_else(|| panic!("{date}: {a:?}"));
        assert_eq!(name.actor_id.as_deref(), Some(id), "{date}: {}", name.rule);
    }
    let bad = Entities::from_files(&[("t.actors", "country FRE: Freedonia\n  heads government\n")]);
    assert!(bad.is_err());
}

#[test]
fn un_high_commissioners_written_in_lower_case_are_their_offices() {
    // newspapers write the office in lower case; "refugees" inside it is not
    // the refugees' sector
    let text = "The UN high commissioner for refugees reports that 40,000 people have fled. \
                The UN high commissioner for human rights said the report was accurate.";
    let (d, a) = run(text, Some("2022-03-20"));
    let code = |s: &str| {
        a.iter()
            .find(|m| d.slice(m.span).contains(s))
            .map(|m| m.code.clone())
    };
    assert_eq!(code("for refugees").as_deref(), Some("UNHCR"));
    assert_eq!(code("for human rights").as_deref(), Some("OHCHR"));
}

#[test]
fn an_office_of_a_dictionary_organisation_stays_a_mention() {
    // the recogniser's "the Secretary General of the Council of Europe"
    // overlaps the dictionary's organisation: the office is kept before "of"
    let doc = simple_doc(
        "The minister thanked the Secretary General of the Council of Europe for the visit.",
        None,
    );
    let (e, _) = ents().annotate(&doc);
    let got: Vec<(&str, &str)> = e
        .iter()
        .map(|x| (doc.slice(x.span), x.label.as_str()))
        .collect();
    assert!(got.contains(&("Secretary General", "PER")), "{got:?}");
    assert!(got.contains(&("Council of Europe", "ORG")), "{got:?}");
    // an office of a name the dictionary does not hold is kept whole
    let doc = simple_doc("She met the President of Lorvania at noon.", None);
    let (e, _) = ents().annotate(&doc);
    assert!(
        e.iter()
            .any(|x| doc.slice(x.span) == "President of Lorvania" && x.label == "PER"),
        "{:?}",
        e.iter().map(|x| doc.slice(x.span)).collect::<Vec<_>>()
    );
}

#[test]
fn a_dictionary_name_ending_a_persons_name_is_the_person() {
    let doc = simple_doc(
        "\"The polls moved late,\" said Dan Wagner, a campaign analyst. \"We lost the \
         suburbs,\" said party strategist Ken Spain. \"It is not simple,\" said Mr Holland.",
        Some("2018-05-01"),
    );
    let (e, a) = ents().annotate(&doc);
    let codes: Vec<(&str, &str)> = a
        .iter()
        .map(|m| (doc.slice(m.span), m.code.as_str()))
        .collect();
    for word in ["Wagner", "Spain", "Holland"] {
        assert!(
            !codes.iter().any(|(s, _)| s.contains(word)),
            "{word}: {codes:?}"
        );
    }
    let persons: Vec<&str> = e
        .iter()
        .filter(|x| x.label == "PER")
        .map(|x| doc.slice(x.span))
        .collect();
    for name in ["Dan Wagner", "Ken Spain", "Mr Holland"] {
        assert!(persons.contains(&name), "{name}: {persons:?}");
    }
    // the country, group and seat stay themselves without a given name or
    // honorific before them
    let (d, a) = run(
        "Wagner fighters left Bakhmut. Nazi Germany invaded in 1941. Officials in Spain \
         and Holland agreed.",
        Some("2023-05-01"),
    );
    assert_eq!(find(&d, &a, "Wagner fighters").code, "RUSMIL");
    assert_eq!(find(&d, &a, "Germany").code, "DEUGOV");
    assert!(find(&d, &a, "Spain").code.starts_with("ESP"));
    assert!(find(&d, &a, "Holland").code.starts_with("NLD"));
}

#[test]
fn a_nationality_and_an_agent_compose_in_a_line_of_capitals() {
    // the capitalised-agent filters read capitals as a proper name; in a line
    // written all in capitals they do not apply after a nationality
    let (d, a) = run("IRANIAN MP THREATENS TO QUIT OVER FUEL PRICES", None);
    assert_eq!(find(&d, &a, "IRANIAN MP").code, "IRNLEG");
    let (d, a) = run("RUSSIAN MINISTER WARNS OF GAS CUTS", None);
    assert_eq!(find(&d, &a, "RUSSIAN MINISTER").code, "RUSGOV");
    // the same words in lower case, as before
    let (d, a) = run("An Iranian MP threatened to quit.", None);
    assert_eq!(find(&d, &a, "Iranian MP").code, "IRNLEG");
    // an agent that follows no country keeps the filters: an acronym in
    // capitals is no agent ("COP" is no police officer)
    let (d, a) = run("DELEGATES ARRIVE FOR COP 26 TALKS", None);
    assert!(
        !a.iter().any(|m| d.slice(m.span) == "COP"),
        "{:?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.code))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_country_word_opening_the_name_of_a_paper_war_or_company_is_no_actor() {
    // h25-actors: "the Washington Examiner", "the Iraq War", "American Iron
    // Works" were the United States and Iraq; a state body still composes
    let (d, a) = run(
        "The Kellen Examiner quoted a Washington Examiner column about the Iraq War. \
         He worked for American Iron Works near the Moscow River. \
         The Russian Foreign Ministry protested, and U.S. District Judge Ann Lowe ruled.",
        Some("2019-05-01"),
    );
    for word in ["Washington", "Iraq", "American", "Moscow"] {
        assert!(
            !a.iter().any(|m| d.slice(m.span).contains(word)),
            "{word}: {:?}",
            a.iter()
                .map(|m| (d.slice(m.span), &m.code))
                .collect::<Vec<_>>()
        );
    }
    assert_eq!(find(&d, &a, "The Russian Foreign Ministry").code, "RUSGOV");
    assert!(
        a.iter()
            .any(|m| d.slice(m.span).starts_with("U.S") && m.code.starts_with("USA")),
        "{:?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.code))
            .collect::<Vec<_>>()
    );
    // lower case or a name head that is itself a dictionary word keeps the
    // country ("Russian troops", "Malaysia Airlines")
    let (d, a) = run(
        "Russian troops entered the town. Malaysia Airlines cancelled the flight.",
        Some("2019-05-01"),
    );
    assert_eq!(find(&d, &a, "Russian troops").code, "RUSMIL");
    assert!(
        a.iter()
            .any(|m| d.slice(m.span).contains("Malaysia") && m.code.starts_with("MYS")),
        "{:?}",
        a.iter()
            .map(|m| (d.slice(m.span), &m.code))
            .collect::<Vec<_>>()
    );
}

// Round h26-actors: a state body named without a country takes the article's
// dominant country (issue #4). Texts written for these tests.

#[test]
fn a_bare_agent_takes_the_dominant_country() {
    let (d, a) = run(
        "Moldova closed two crossings on Monday. Moldova said the move was temporary, \
         and Moldova asked for calm. The interior ministry said police had been sent.",
        Some("2022-03-01"),
    );
    let m = find(&d, &a, "The interior ministry");
    assert_eq!(m.code, "MDAGOV", "{}", m.rule);
    assert!(m.rule.contains("dominant country MDA"), "{}", m.rule);
    let p = find(&d, &a, "police");
    assert_eq!(p.code, "MDACOP", "{}", p.rule);
}

#[test]
fn a_dateline_city_gives_the_country_of_a_bare_agent() {
    let (d, a) = run(
        "MOSCOW (Wire) — The defence ministry said on Tuesday that exercises had ended.",
        Some("2022-01-18"),
    );
    let m = find(&d, &a, "The defence ministry");
    assert_eq!(m.code, "RUSGOV", "{}", m.rule);
}

#[test]
fn an_earlier_full_mention_wins_over_the_dominant_country() {
    let (d, a) = run(
        "Ukraine's defence ministry said on Monday that it had moved a brigade. \
         Ukraine, Russia and Russia and Russia and Russia were named again. \
         The ministry said nothing more.",
        Some("2022-02-01"),
    );
    let m = find(&d, &a, "The ministry");
    assert_eq!(m.code, "UKRGOV", "{}", m.rule);
    assert!(m.rule.starts_with("coref:agent"), "{}", m.rule);
}

#[test]
fn two_countries_named_alike_give_a_bare_agent_no_country() {
    // a tie, and a lead smaller than three to one
    for text in [
        "Armenia and Azerbaijan met in Vienna. The army said the talks were useful.",
        "Armenia spoke to Azerbaijan. Armenia spoke again. The army said the talks were useful.",
    ] {
        let (d, a) = run(text, Some("2022-05-01"));
        let m = find(&d, &a, "The army");
        assert_eq!(m.code, "MIL", "{text}: {}", m.rule);
        assert!(m.rule.contains("no country"), "{}", m.rule);
    }
}

#[test]
fn several_countries_bodies_and_foreign_ones_take_no_dominant_country() {
    let (d, a) = run(
        "Georgia hosted the talks. Georgia said foreign officials attended, \
         and Georgia thanked other states and the governments of the region. \
         Georgia said a citizen of another state was held.",
        Some("2022-05-01"),
    );
    for s in ["officials", "states", "the governments", "state"] {
        let m = find(&d, &a, s);
        assert!(m.country.is_none(), "{s}: {} {}", m.code, m.rule);
    }
}

#[test]
fn a_bare_title_in_one_countrys_article_is_the_holder_on_the_date() {
    // (the title path, which already took the context country: kept)
    for (date, id) in [
        ("2021-12-01", "mishustin_mikhail"),
        ("2019-06-01", "medvedev_dmitry"),
    ] {
        let (d, a) = run(
            "Russia raised pensions. Russia said the rise would be paid in January. \
             The prime minister said the budget allowed it.",
            Some(date),
        );
        let m = find(&d, &a, "The prime minister");
        assert_eq!(m.code, "RUSGOV", "{}", m.rule);
        assert!(m.rule.contains(id), "{date}: {}", m.rule);
    }
}
