//! Mention detection, composition (nationality + agent), date-aware
//! resolution of names and titles to actors, and in-document coreference.
//!
//! Conventions (see docs/actors.md):
//! - a country name used as an actor is the state (`UKRGOV`); after a locative
//!   preposition (`in Ukraine`) it is a location (`UKR`, no sector);
//! - capitals and seats are metonyms for the government (`the Kremlin` → `RUSGOV`);
//! - `pro-X` / `X-backed` agents are not coded as X: they take the country of
//!   the place they act in (`pro-Russian separatists in Donetsk` → `UKRREB`);
//! - a title resolves to the holder of that role on the article date.

use crate::dict::{Actor, Date, Dictionary, Form, Kind, parse_date};
use crate::matcher::{AliasKind, Hit};
use chronicle_doc::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use chronicle_doc::{ActorMention, CorefLink, Doc, Entity, Span, TokenRange};
use std::borrow::Cow;
use std::ops::Deref;

/// Agreement class of a mention, for pronoun resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Agr {
    Male,
    Female,
    Person,
    Plural,
    Org,
    Place,
    None,
}

#[derive(Clone, Debug)]
struct M {
    t0: usize,
    t1: usize,
    span: Span,
    head: usize,
    sent: usize,
    code: String,
    country: Option<String>,
    sector: Option<String>,
    actor: Option<usize>,
    name: Option<String>,
    qid: Option<String>,
    rule: String,
    antecedent: Option<usize>,
    agr: Agr,
    agent: Option<usize>,
    subject: bool,
    entity_span: Option<Span>,
    location: bool,
    shadow: bool,
    /// For a recogniser entity: an earlier entity it names again (a surname
    /// alone, the same full name). Shares salience and learned gender with it,
    /// but is no antecedent: the output chain is unchanged.
    same_as: Option<usize>,
}

#[derive(Clone, Debug)]
struct Unit {
    t0: usize,
    t1: usize,
    span: Span,
    actor: usize,
    kind: Kind,
    how: AliasKind,
    plural: bool,
    seat_sector: Option<String>,
    supporter: bool,
    free_suffix: bool,
}

/// How many times the article's most named country must be named, so far,
/// for each mention of the next one before a state body named without a
/// country ("the army", "police") takes it (docs/eval.md, round h26-actors:
/// 2 kept one right and two wrong more on the tuning slice, 4 lost two right).
const DOMINANT_MARGIN: usize = 3;

/// Seats that are buildings or offices, not cities: "a White House statement", "a
/// Kremlin aide", "the Pentagon briefing" speak for the institution, while "the Minsk
/// agreements" and "a Moscow shop" only name a place.
fn is_building(seat: &str) -> bool {
    const WORDS: &[&str] = &[
        "Kremlin",
        "Pentagon",
        "House",
        "Office",
        "Hill",
        "Street",
        "Palace",
        "Elysee",
        "Élysée",
        "Rosada",
        "Moncloa",
        "Moneda",
        "Pinos",
        "Chigi",
        "Chancellery",
        "Orsay",
        "Bottom",
        "Bay",
        "Vatican",
        "Zhongnanhai",
        "Bankova",
        "Whitehall",
        "Ministry",
        "10",
    ];
    seat.split_whitespace().any(|w| WORDS.contains(&w))
}

/// Words before a surname that are no first name ("Ms Tymoshenko", "President X"),
/// besides the recogniser's person cues (`[titles]` of data/ner/lists.txt).
const HONORIFIC: &[&str] = &[
    "dame",
    "madam",
    "col",
    "major",
    "maj",
    "capt",
    "admiral",
    "adm",
    "justice",
    "commander",
    "marshal",
    "emir",
    "ayatollah",
    "chairwoman",
    "chair",
    "speaker",
    "vice",
    "deputy",
    "envoy",
    "spokesperson",
    "commissioner",
    "chief",
    "head",
    "leader",
    "patriarch",
    "metropolitan",
    "archbishop",
    "comrade",
    "colleague",
    "mister",
    "madame",
    "monsieur",
    "herr",
    "frau",
    "señor",
    "senor",
];

/// Lower-case words inside a person's name between the given name and the
/// surname ("Rodrigo de Lima", "Ludwig van Beethoven").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la",
    "le", "bin", "ibn", "al", "el", "ben",
];

/// Determiners and possessives, which open a noun phrase and are no name.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "our", "their", "its", "his", "her",
];

const LOCATIVE: &[&str] = &[
    "in",
    "inside",
    "across",
    "throughout",
    "within",
    "near",
    "at",
    "around",
    "into",
    "outside",
];
const GAP_STOP: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "said",
    "says", "say", "and", "or", "but", "to", "of", "in", "on", "at", "the", "a", "an", "that",
    "this", "who", "which", "by", "for", "with", "from", "as", "not", "no", "it", "he", "she",
    "they", "can", "could", "may", "might", "should", "did", "does", "do", "told", "after",
    "before", "than", "if",
];
const SUPPORTER_SUFFIX: &[&str] = &[
    "backed",
    "supported",
    "allied",
    "aligned",
    "leaning",
    "friendly",
    "sponsored",
    "installed",
    "appointed",
];
const ACTOR_SUFFIX: &[&str] = &[
    "led",
    "based",
    "born",
    "run",
    "controlled",
    "made",
    "operated",
    "owned",
    "dominated",
];

/// Appends `format!("{x:?}")` to `s`: quoted as it is when every byte is
/// printable ASCII other than a quote or a backslash (the provenance of
/// nearly every mention), else through `Debug` itself, so the text is the
/// same either way.
fn push_debug(s: &mut String, x: &str) {
    if x.bytes()
        .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\')
    {
        s.push('"');
        s.push_str(x);
        s.push('"');
    } else {
        use std::fmt::Write;
        write!(s, "{x:?}").expect("a String takes any text");
    }
}

/// Appends `#role{ri + 1} {role described} [{how}]` (the provenance of an
/// actor resolved through its dictionary role `ri`) to `s`, without the
/// formatting machinery.
fn push_role_note(s: &mut String, ri: usize, r: &crate::dict::Role, how: &str) {
    s.push_str("#role");
    s.push_str(itoa::Buffer::new().format(ri + 1));
    s.push(' ');
    r.describe_into(s);
    s.push_str(" [");
    s.push_str(how);
    s.push(']');
}

fn code_of(country: Option<&str>, sector: Option<&str>, dict: &Dictionary) -> String {
    match (country, sector) {
        (Some(c), Some(s)) => {
            let igo = dict.get(c).is_some_and(|a| a.kind == Some(Kind::Igo));
            if igo && (s == "IGO" || s == "GOV") {
                c.to_string()
            } else {
                [c, s].concat()
            }
        }
        (Some(c), None) => c.to_string(),
        (None, Some(s)) => s.to_string(),
        (None, None) => String::new(),
    }
}

/// The entity-and-actor annotator over one document.
pub fn annotate(dict: &Dictionary, doc: &Doc) -> (Vec<Entity>, Vec<ActorMention>) {
    let (e, a, _) = annotate_full(dict, doc, &[]);
    (e, a)
}

/// A pronoun and the span of the mention its coreference chain starts with.
pub type Link = (Span, Span);

/// What the resolver writes: the entities and actors layers, every pronoun
/// link (for `chronicle eval coref`) and the `coref` layer (pronouns whose
/// chain starts at a named entity that is no actor).
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    /// The entities layer.
    pub entities: Vec<Entity>,
    /// The actors layer.
    pub actors: Vec<ActorMention>,
    /// Every pronoun link, to actors and to other named entities.
    pub links: Vec<Link>,
    /// The `coref` layer.
    pub coref: Vec<CorefLink>,
}

/// Like [`annotate`], with extra named entities (from a NER) that join the
/// entities layer and serve as pronoun antecedents; also returns every
/// pronoun link, including those to entities without an actor code.
pub fn annotate_full(
    dict: &Dictionary,
    doc: &Doc,
    extra: &[Entity],
) -> (Vec<Entity>, Vec<ActorMention>, Vec<Link>) {
    let r = annotate_found(
        dict,
        doc,
        extra.to_vec(),
        crate::ner::match_sentences(dict, doc),
    );
    (r.entities, r.actors, r.links)
}

/// [`annotate_full`] on matcher results computed by the caller
/// ([`crate::ner::match_sentences`]).
pub(crate) fn annotate_found(
    dict: &Dictionary,
    doc: &Doc,
    extra: Vec<Entity>,
    found: crate::ner::Found,
) -> Resolved {
    let mut fold_buf = String::new();
    let folds = crate::norm::fold_tokens(doc, &mut fold_buf);
    annotate_folded(dict, doc, extra, found, folds)
}

/// [`annotate_found`] given the document's folded tokens
/// ([`crate::norm::fold_tokens`], folded once for the whole entities stage).
pub(crate) fn annotate_folded<'a>(
    dict: &'a Dictionary,
    doc: &'a Doc,
    extra: Vec<Entity>,
    found: crate::ner::Found,
    folds: Vec<&'a str>,
) -> Resolved {
    let date = doc
        .meta
        .date
        .as_deref()
        .and_then(|d| parse_date(d.get(..10).unwrap_or(d)));
    let outlet_country = outlet_country(dict, doc);
    let mut st = State {
        dict,
        doc,
        date,
        folds,
        outlet_country,
        ms: Vec::new(),
        seen: HashSet::default(),
        counts: HashMap::default(),
        country_hits: HashMap::default(),
        countries: HashMap::default(),
        sentence_place: None,
        entities: Vec::new(),
        extra,
        sal: HashMap::default(),
        sal_names: HashMap::default(),
        sal_done: 0,
        gender: HashMap::default(),
        surnames: HashMap::default(),
        full_name_seen: HashSet::default(),
        other_person: HashSet::default(),
    };
    let sents = crate::ner::sentence_ranges(doc);
    // NER entities in text order, so that each sentence finds its own by bisection
    st.extra.sort_by_key(|e| (e.tokens.start, e.tokens.end));
    // pre-pass: which actors are named in the document (for ambiguous phrases like Brussels)
    for (_, hits) in &found {
        for h in hits {
            // a one-word name of several records ("Tymoshenko": Yulia's alias and
            // Kyrylo's surname) does not vote for either: their full names do
            let shared = h.t1 == h.t0 + 1 && namesakes(st.dict, h);
            let mut last_country = None;
            for al in &h.aliases {
                let ai = al.actor as usize;
                let kind = st.dict.actors[ai].kind;
                if al.kind == AliasKind::Name && !(shared && kind == Some(Kind::Person)) {
                    *st.counts.entry(ai).or_insert(0) += 1;
                }
                // (a country once per hit, however many of its names the hit is)
                if kind == Some(Kind::Country) && last_country != Some(ai) {
                    *st.country_hits.entry(ai).or_insert(0) += 1;
                    last_country = Some(ai);
                }
            }
        }
    }
    for (si, (&(a, b), (pieces, hits))) in sents.iter().zip(found).enumerate() {
        st.sentence(si, a, b, &pieces, hits);
    }
    st.finish()
}

/// The gender an honorific names ('m' for "Mr", 'f' for "Mrs"), with or without
/// its period.
fn honorific(w: &str) -> Option<char> {
    match w.trim_end_matches('.') {
        "Mr" | "Mister" | "Monsieur" => Some('m'),
        "Mrs" | "Ms" | "Miss" | "Madam" | "Madame" => Some('f'),
        _ => None,
    }
}

/// The country of an outlet that is a government's own site (the source
/// "President of Freedonia", "Kremlin": a GOV actor of one country), whose bare
/// "the President" is its own head of state whatever country the article
/// mentions most. News outlets (MED) and unknown sources give none.
fn outlet_country(dict: &Dictionary, doc: &Doc) -> Option<String> {
    let mut source = doc.meta.source.as_deref()?;
    if source.len() > 80 {
        return None;
    }
    // a paper named after its city or country ("Washington Times", "Kyiv
    // Post"): the place, which inside the whole name is no actor
    if let Some((rest, last)) = source.trim_end().rsplit_once(' ')
        && dict
            .ner_lists
            .name_heads
            .contains(&*crate::norm::fold_cow(last))
    {
        source = rest;
    }
    let (_, actors) = annotate(dict, &crate::simple_doc(source, None));
    let mut gov = actors
        .iter()
        .filter(|a| a.sector.as_deref() == Some("GOV"))
        .filter_map(|a| a.country.clone());
    let c = gov.next()?;
    gov.all(|x| x == c).then_some(c)
}

/// Whether the hit's names belong to more than one person ("Tymoshenko": Yulia's
/// alias and Kyrylo's surname; "King Abdullah" of Saudi Arabia and of Jordan).
fn namesakes(dict: &Dictionary, h: &Hit) -> bool {
    let mut persons = h
        .aliases
        .iter()
        .map(|x| x.actor)
        .filter(|&x| dict.actors[x as usize].kind == Some(Kind::Person));
    let first = persons.next();
    persons.any(|x| Some(x) != first)
}

/// How a person named before a government noun took the role (`[…]` in the
/// rule), which the noun then reads to take that person's country.
const HEAD_OF_ADMINISTRATION: &str = "the administration named after its head";

struct State<'a> {
    dict: &'a Dictionary,
    doc: &'a Doc,
    date: Option<Date>,
    /// Every token's folded form (see [`State::tok_fold`]).
    folds: Vec<&'a str>,
    /// See [`outlet_country`].
    outlet_country: Option<String>,
    ms: Vec<M>,
    seen: HashSet<usize>,
    counts: HashMap<usize, usize>,
    /// Country record → hits naming the country anywhere in the document (name,
    /// adjective, demonym or seat): the context that tells two persons of one
    /// name apart ("King Abdullah" with "Saudi" or "Amman" around).
    country_hits: HashMap<usize, usize>,
    countries: HashMap<String, (usize, usize)>,
    /// The country of the first region or city named in the current sentence,
    /// or else in one of the two before it, with that sentence's index (a local
    /// title there — "the regional governor" — is that country's).
    sentence_place: Option<(String, usize)>,
    entities: Vec<Entity>,
    extra: Vec<Entity>,
    /// Mentions per entity (actor id, or the name of an NER entity without
    /// actor), counted incrementally over `ms[..sal_done]`.
    /// (Keyed by actor; `sal_names` by name, looked up without a `String`.)
    sal: HashMap<usize, usize>,
    sal_names: HashMap<String, usize>,
    sal_done: usize,
    /// Gender learned for a chain (root mention index) from he/she pronouns.
    gender: HashMap<usize, Agr>,
    /// Last name (folded) of the first recogniser person with a multi-word name
    /// ("Brock Holt" → holt), for surname-only mentions the recogniser missed.
    surnames: HashMap<String, usize>,
    /// Dictionary persons whose full name was matched in the article so far.
    full_name_seen: HashSet<usize>,
    /// Dictionary persons whose surname was found after another first name
    /// ("Oscar Pistorius"): their bare surname names that other person here.
    other_person: HashSet<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SalKey<'m> {
    Actor(usize),
    Name(&'m str),
}

/// How many sentences back a pronoun looks for its antecedent. Wider windows
/// (3–8 sentences, or a fallback to 15–30 sentences back for he/she when nothing
/// agrees within 2) gain 0.03–0.10 on GUM train but lose 0.01–0.03 on GUM dev
/// (docs/eval.md), so the window stays at 2.
const WINDOW: usize = 2;
/// Score lost per sentence of distance between pronoun and candidate.
const DIST_PENALTY: i32 = 5;
/// Score bonus for a candidate that is a subject.
const SUBJECT_BONUS: i32 = 4;
/// Salience (mentions of the candidate's entity so far, pronouns included) is
/// added to the score up to this cap: the protagonist of a biography or story
/// outweighs a name mentioned once (the cap was 3 before).
const SALIENCE_CAP: usize = 20;
/// Salience cap for a candidate that is no subject when a he/she subject
/// outside quotation marks has an agreeing subject in its own or the previous
/// sentence (the cap before the salience cap was raised to 20; see
/// `State::pronouns` and docs/eval.md "Round h23-pronoun").
const ANCHORED_SALIENCE_CAP: i32 = 3;
/// Score bonus for the local subject of a possessive or reflexive pronoun's
/// clause (the controller in an infinitival complement). Neutral on GUM
/// (±0.01 accuracy) but it decides "NATO urged Moscow to pull its forces back".
const LOCAL_BONUS: i32 = 4;

/// Lemmas of verbs of saying: the speaker of a quotation is their subject.
const SAY: &[&str] = &[
    "say", "tell", "add", "state", "declare", "insist", "warn", "write", "ask", "reply", "answer",
    "explain", "announce", "claim", "argue", "note", "stress", "vow", "promise", "admit", "deny",
    "respond",
];

/// Nouns and titles that name a man (first list) or a woman (second list): a
/// person mention containing one agrees only with *he* or only with *she*.
const GENDERED: (&[&str], &[&str]) = (
    &[
        "man",
        "father",
        "son",
        "brother",
        "husband",
        "boyfriend",
        "king",
        "boy",
        "uncle",
        "nephew",
        "grandfather",
        "grandson",
        "mr",
        "sir",
        "gentleman",
        "businessman",
        "congressman",
        "chairman",
        "spokesman",
        "policeman",
        "prince",
        "emperor",
        "duke",
        "tsar",
        "czar",
        "sultan",
        "monk",
        "dad",
        "stepfather",
        "fiance",
        "widower",
        "lord",
        "earl",
        "baron",
        "sheikh",
        "pope",
        "cardinal",
        "archbishop",
    ],
    &[
        "woman",
        "mother",
        "daughter",
        "sister",
        "wife",
        "girlfriend",
        "queen",
        "girl",
        "aunt",
        "niece",
        "grandmother",
        "granddaughter",
        "mrs",
        "ms",
        "miss",
        "madam",
        "lady",
        "businesswoman",
        "congresswoman",
        "chairwoman",
        "spokeswoman",
        "policewoman",
        "princess",
        "empress",
        "duchess",
        "nun",
        "mom",
        "mum",
        "stepmother",
        "fiancee",
        "widow",
        "actress",
        "countess",
        "baroness",
        "heiress",
    ],
);

/// Single words the recogniser may type PER that name no person: diseases,
/// health and welfare programmes, religions: *it*, never *he*/*she*.
const NOT_PERSON: &[&str] = &[
    "medicaid",
    "medicare",
    "obamacare",
    "trumpcare",
    "ebola",
    "covid",
    "zika",
    "hiv",
    "aids",
    "sars",
    "mers",
    "coronavirus",
    "omicron",
    "malaria",
    "cholera",
    "polio",
    "measles",
    "mpox",
    "tuberculosis",
    "alzheimer's",
    "alzheimer",
    "parkinson's",
    "islam",
    "christianity",
    "judaism",
    "hinduism",
    "buddhism",
    "sharia",
    "brexit",
    "snap",
    "fema",
];

/// Whether a one-word name the recogniser typed PER has a common noun's suffix
/// no surname has (-ism, -ity, -ology, -ologist, -itis): "Christianity",
/// "Structuralism", "Scientologist" are neither *he*/*she* nor, mostly, *it*.
fn abstract_noun(w: &str) -> bool {
    w.len() > 5
        && ["ism", "ity", "ology", "ologist", "ologists", "itis"]
            .iter()
            .any(|s| w.ends_with(s))
}

/// Whether a one-word name the recogniser typed PER is a plural people word
/// ("Mesoamericans", "Pandorans", "Ukrainians"): capitalised, at least eight
/// letters, ending in -ans (surnames that end so are short: Evans, Jans).
fn plural_people(w: &str) -> bool {
    w.len() >= 8
        && w.ends_with("ans")
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).all(|c| c.is_lowercase())
}

/// Whether a noun the dictionary does not know names a person or a group by
/// its ending ("captain", "treasurer", "lobbyist", "group"): an agent noun
/// modifying it still names an actor.
fn person_noun(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    matches!(
        w,
        "group" | "chief" | "head" | "staff" | "team" | "unit" | "force"
    ) || ["er", "or", "ist", "ian", "ain", "ant", "ent"]
        .iter()
        .any(|s| w.len() > 4 && w.ends_with(s))
}

fn sal_key(m: &M) -> Option<SalKey<'_>> {
    match (m.actor, &m.name) {
        (Some(a), _) => Some(SalKey::Actor(a)),
        (None, Some(n)) if m.shadow => Some(SalKey::Name(n)),
        _ => None,
    }
}

impl<'a> State<'a> {
    /// The capitalised word right before token `t0` (inside the sentence from
    /// token `a`) is the last word of the title of one of person `ai`'s roles
    /// ("President" before "Nixon" for a "(president)" role).
    fn after_own_title(&self, ai: usize, t0: usize, a: usize) -> bool {
        if t0 <= a {
            return false;
        }
        let w = self.doc.token_text(t0 - 1);
        w.starts_with(char::is_uppercase)
            && self.actor(ai).roles.iter().any(|r| {
                r.label
                    .as_deref()
                    .and_then(|l| l.rsplit(' ').next())
                    .is_some_and(|last| last.eq_ignore_ascii_case(w))
            })
    }

    /// The word right before token `t0` is an honorific of the other gender
    /// than person `ai`'s ("Mrs." before a man).
    fn honorific_mismatch(&self, ai: usize, t0: usize) -> bool {
        let Some(g) = self.actor(ai).gender else {
            return false;
        };
        // (from the sentence start or before it: "Mrs." may be two tokens, and the
        // segmenter may end a sentence at its period)
        if t0 == 0 {
            return false;
        }
        let mut p = t0 - 1;
        if self.doc.token_text(p) == "." && p > 0 {
            p -= 1;
        }
        honorific(self.doc.token_text(p)).is_some_and(|h| h != g && matches!(g, 'm' | 'f'))
    }

    /// Whether the mention starting at token `t0` follows a locative preposition
    /// ("in Moscow", "at the Kremlin") inside the sentence starting at `s0`.
    fn after_locative(&self, t0: usize, s0: usize) -> bool {
        t0 > s0 && {
            let p = self.tok_fold(t0 - 1);
            LOCATIVE.contains(&p.deref())
                || (p == "the" && t0 > s0 + 1 && LOCATIVE.contains(&self.tok_fold(t0 - 2).deref()))
        }
    }

    /// A one-word person alias (a surname: "Tymoshenko") right after a capitalised
    /// proper noun of its own ("Kyrylo Tymoshenko") names somebody else of that
    /// surname, unless that word begins like the first word of one of the actor's
    /// full names ("Yuliya Tymoshenko" for "Yulia Tymoshenko") or is a title.
    fn other_first_name(&self, ai: usize, t0: usize, t1: usize, a: usize, hits: &[Hit]) -> bool {
        let actor = self.actor(ai);
        if actor.kind != Some(Kind::Person) || t1 != t0 + 1 || t0 <= a {
            return false;
        }
        let ft = t0 - 1;
        let word = self.doc.token_text(ft);
        let propn = self
            .doc
            .tags
            .as_deref()
            .is_none_or(|tg| tg[ft].upos == "PROPN");
        if !propn
            || !word.starts_with(char::is_uppercase)
            || !word.chars().all(char::is_alphabetic)
            || hits.iter().any(|o| o.t0 <= ft && ft < o.t1)
        {
            return false;
        }
        let first = word.to_lowercase();
        // (a capitalised determiner opening the sentence is no first name: "The
        // Obama administration" in an untagged text, as `chronicle actor` reads it)
        if HONORIFIC.contains(&first.as_str())
            || DETERMINERS.contains(&first.as_str())
            || self.dict.ner_lists.titles.contains(first.as_str())
            || first.chars().count() < 2
        {
            return false;
        }
        let prefix: String = first.chars().take(3).collect();
        !actor.names.iter().any(|n| {
            n.contains(' ')
                && n.split_whitespace()
                    .next()
                    .is_some_and(|w| w.to_lowercase().starts_with(&prefix))
        })
    }

    /// Whether the sentence `a..b` is written all in capitals: two or more words
    /// with letters of two cases, none of them in lower case.
    fn all_caps(&self, a: usize, b: usize) -> bool {
        let mut cased = 0;
        for t in a..b {
            let w = self.doc.token_text(t);
            if w.chars().any(char::is_lowercase) {
                return false;
            }
            if w.chars().any(char::is_uppercase) {
                cased += 1;
            }
        }
        cased >= 2
    }

    /// The first token of the person's name that a one-word dictionary name at
    /// token `t0` ends, inside the sentence from token `a`: a given name right
    /// before it, or before one name particle or initial ("Rodrigo de Lima",
    /// "John Q. Holland"), or an honorific ("Mr Holland", "Mrs. Jordan"). The
    /// parse must join the words into one name (the word `flat` under a word
    /// of the name, or the name's words under it: not "Leaders Mark Ukraine's
    /// independence", nor the conjuncts "Social Democrats, Christian
    /// Democrats"); without a parse the recogniser's person must end with it or
    /// with the given name before it.
    fn person_name_before(&self, t0: usize, a: usize, hits: &[Hit]) -> Option<usize> {
        if t0 <= a || !self.doc.token_text(t0).starts_with(char::is_uppercase) {
            return None;
        }
        // (a name of an organisation or place after a person: "George Washington
        // University")
        let lists = &self.dict.ner_lists;
        if t0 + 1 < self.doc.tokens().len()
            && self.doc.token_text(t0 + 1).starts_with(char::is_uppercase)
            && {
                let w = self.tok_fold(t0 + 1);
                lists.is_org_word(&w)
                    || lists.is_loc_word(&w)
                    || lists.newer_loc_words.contains(w.deref())
            }
        {
            return None;
        }
        let covered = |t: usize| hits.iter().any(|o| o.t0 <= t && t < o.t1);
        let mut p = t0 - 1;
        // "Mr" or "Mr." (one token, or two when the segmenter split the period)
        let hp = if self.doc.token_text(p) == "." && p > a {
            p - 1
        } else {
            p
        };
        let by_honorific = honorific(self.doc.token_text(hp)).is_some()
            || self.doc.token_text(hp).trim_end_matches('.') == "Dr";
        let first = if by_honorific {
            hp
        } else {
            let w = self.doc.token_text(p);
            let initial = w.trim_end_matches('.').len() == 1
                && w.starts_with(|c: char| c.is_ascii_uppercase());
            if (NAME_PARTICLES.contains(&w) || initial) && p > a {
                p -= 1;
            }
            let g = self.doc.token_text(p);
            let f = self.tok_fold(p);
            let given = g.starts_with(char::is_uppercase)
                && g.chars().all(char::is_alphabetic)
                && !covered(p)
                && self
                    .doc
                    .tags
                    .as_deref()
                    .is_none_or(|tg| tg[p].upos == "PROPN")
                && (lists.is_first_name(&f)
                    || lists.newer_first_names.contains(f.deref())
                    || lists.slavic_given_names.contains(f.deref())
                    || self.dict.names.name(g).is_some());
            if !given {
                return None;
            }
            p
        };
        let joined = match self.doc.deps.as_deref() {
            Some(d) => {
                let name = first..t0;
                (d[t0].rel.starts_with("flat")
                    && d[t0].head.is_some_and(|h| name.contains(&(h as usize))))
                    || name.clone().any(|k| {
                        d[k].head == Some(t0 as u32)
                            && (d[k].rel.starts_with("flat") || d[k].rel == "compound")
                    })
            }
            // (the recogniser's person is the whole name, or its given name alone:
            // "Dan" of "Dan Wagner"; an honorific needs none)
            None => {
                let i = self
                    .extra
                    .partition_point(|e| (e.tokens.start as usize) <= first);
                by_honorific
                    || self.extra[..i].iter().rev().take(2).any(|e| {
                        e.label == "PER" && (t0..=t0 + 1).contains(&(e.tokens.end as usize))
                    })
            }
        };
        joined.then_some(first)
    }

    /// Whether the capitalised words from `t` on (up to six, within the
    /// sentence ending at `b`) end in a word of the `[name-heads]` list: a
    /// newspaper, war, company, school or place whose name the word before `t`
    /// opens ("Washington" of "the Washington Examiner", "Iraq" of "the Iraq
    /// War"). A run ending in another word ("U.S. District Judge", "the
    /// Russian Foreign Ministry") is no such name.
    fn name_head_after(&self, t: usize, b: usize, hits: &[Hit]) -> bool {
        let cap = |k: usize| {
            let w = self.doc.token_text(k);
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphanumeric() || c == '.')
        };
        let mut e = t;
        while e < b && e < t + 6 && cap(e) {
            e += 1;
        }
        // (a head right after the country that is itself a dictionary word
        // composes with it as before: "American University", "Malaysia Airlines",
        // "the Italian College"; not a longer name, "the American Civil Liberties
        // Union", whose capitalised agent is part of the name)
        e > t
            && !(e < b && cap(e))
            && self
                .dict
                .ner_lists
                .name_heads
                .contains(&*self.tok_fold(e - 1))
            && !(e == t + 1 && hits.iter().any(|o| o.t0 == t && o.t1 == e))
    }

    /// Tokens `t0..t1` are a person's name that ends in a dictionary name
    /// ([`State::person_name_before`]): the recogniser's entity inside the name
    /// becomes that person ("Dan" of "Dan Wagner" widened, "Holland" of "Mr
    /// Holland" retyped; a person that starts before it ends with it), or, when the recogniser found nothing there, a new
    /// person joins its entities.
    fn person_name_entity(&mut self, t0: usize, t1: usize) {
        let i = self
            .extra
            .partition_point(|e| (e.tokens.start as usize) < t0);
        let toks = self.doc.tokens();
        let span = Span::new(toks[t0].span.start as usize, toks[t1 - 1].span.end as usize);
        let overlapping = |e: &Entity| (e.tokens.start as usize) < t1 && t0 < e.tokens.end as usize;
        if let Some(k) = (i.saturating_sub(1)..self.extra.len())
            .take_while(|&k| (self.extra[k].tokens.start as usize) < t1)
            .find(|&k| overlapping(&self.extra[k]))
        {
            // (a part of the name alone: "Dan" widened, the place "Holland" of
            // "Mr Holland" retyped; a longer entity stays)
            let e = &mut self.extra[k];
            let (e0, e1) = (e.tokens.start as usize, e.tokens.end as usize);
            if e0 >= t0 && e1 <= t1 {
                if e.label != "PER" {
                    e.label = "PER".into();
                    e.rule = "rule:name-ending-in-dictionary-name".into();
                }
                e.tokens = TokenRange::new(t0, t1);
                e.span = span;
            } else if e.label == "PER" && e1 < t1 {
                // (a person that starts before the name: "Strategist Ken")
                e.tokens = TokenRange::new(e0, t1);
                e.span = Span::new(e.span.start as usize, span.end as usize);
            }
            return;
        }
        self.extra.insert(
            i,
            Entity {
                span,
                tokens: TokenRange::new(t0, t1),
                label: "PER".into(),
                rule: "rule:name-ending-in-dictionary-name".into(),
            },
        );
    }

    /// The token's folded form, folded once per document (borrowed from the
    /// text when folding would not change it, else from one buffer), so the
    /// many look-behind and look-ahead tests here do not allocate per token.
    /// Whether tokens `t..end` are an office's capitalised name followed by
    /// "of" (or "of the"): "of Infrastructure of", "Border Guard Service of".
    /// At most six words; connectors (of, and, &, for, the) may be lower case.
    fn office_name_then_of(&self, t: usize, end: usize) -> bool {
        let mut e = end;
        if e > t && self.tok_fold(e - 1) == "the" {
            e -= 1;
        }
        if e <= t + 1 || e - t > 7 || self.tok_fold(e - 1) != "of" {
            return false;
        }
        let words = t..e - 1;
        words
            .clone()
            .any(|i| self.doc.token_text(i).starts_with(char::is_uppercase))
            && words.into_iter().all(|i| {
                let w = self.doc.token_text(i);
                matches!(w, "and" | "&" | "for" | "the" | "of")
                    || (w.starts_with(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-'))
            })
    }

    fn tok_fold(&self, t: usize) -> Cow<'a, str> {
        Cow::Borrowed(self.folds[t])
    }

    fn actor(&self, i: usize) -> &'a Actor {
        &self.dict.actors[i]
    }

    fn sentence(
        &mut self,
        si: usize,
        a: usize,
        b: usize,
        _pieces: &[crate::matcher::Piece],
        hits: Vec<Hit>,
    ) {
        // 1. choose one alias per hit; gate short names
        let mut cands: Vec<Unit> = Vec::new();
        // whether the sentence is written all in capitals (read when needed)
        let mut caps_line: Option<bool> = None;
        for h in &hits {
            let mut best: Option<(i64, &crate::matcher::Alias)> = None;
            // "in Brussels" is the city, not NATO or the EU that sit there: a seat
            // after a locative preposition goes to the country it is in
            let locative_hit = self.after_locative(h.t0, a);
            // "the Bush administration" with no full mention before: the namesake
            // who headed a government nearest the article date
            let admin_head = self.administration_head(h, a);
            // two persons of one name ("King Abdullah"): the one in office on the
            // article date, in the country the document names
            let namesakes = namesakes(self.dict, h);
            for al in &h.aliases {
                let ai = al.actor as usize;
                // a short name needs a full mention before it: in an earlier
                // sentence, or earlier in this one ("the United Nations, … the world body")
                // (or right after the title of one of the person's roles: "President
                // Nixon", "Secretary Carter")
                if al.kind == AliasKind::Short
                    && !self.seen.contains(&ai)
                    && !hits.iter().any(|o| {
                        o.t1 <= h.t0
                            && o.aliases
                                .iter()
                                .any(|x| x.actor as usize == ai && x.kind == AliasKind::Name)
                    })
                    && !self.after_own_title(ai, h.t0, a)
                    && admin_head != Some(ai)
                {
                    continue;
                }
                // "Mrs. Reagan", "Mr. Merkel": an honorific of the other gender names
                // another person of that surname
                if self.honorific_mismatch(ai, h.t0) {
                    continue;
                }
                // on a government's own site the bare "Security Council" is that
                // government's council ("a meeting with permanent members of the
                // Security Council" on the Kremlin's site), not the UN's (the
                // record's `national` names)
                if self.outlet_country.is_some()
                    && self.actor(ai).national.iter().any(|n| {
                        (h.t0..h.t1)
                            .map(|t| self.tok_fold(t))
                            .filter(|w| w != "the")
                            .eq(n.split_whitespace().map(crate::norm::fold_cow))
                    })
                {
                    continue;
                }
                let kind = self.actor(ai).kind.unwrap_or(Kind::Agent);
                let prio = match kind {
                    Kind::Person => 6,
                    Kind::Group => 5,
                    Kind::Igo => 4,
                    Kind::Country => 3,
                    Kind::Region => 2,
                    Kind::Title => 1,
                    Kind::Agent => 0,
                };
                let mut score = *self.counts.get(&ai).unwrap_or(&0) as i64 * 10 + prio;
                if locative_hit && kind == Kind::Country && al.kind == AliasKind::Seat {
                    score += 1_000;
                }
                // a surname shared by two persons after the title of one's roles
                // ("former President Clinton" where Hillary Clinton is named more)
                if h.t1 == h.t0 + 1 && kind == Kind::Person && self.after_own_title(ai, h.t0, a) {
                    score += 500;
                }
                if admin_head == Some(ai) {
                    score += 500;
                }
                if namesakes && kind == Kind::Person {
                    score += self.namesake_fit(ai);
                }
                if best.is_none_or(|b| score > b.0) {
                    best = Some((score, al));
                }
            }
            let Some((_, al)) = best else { continue };
            let ai = al.actor as usize;
            // a country, group or place name that ends a person's name ("said Dan
            // Wagner", "Jim Jordan", "Mr Holland", "Rodrigo de Lima"): the person,
            // whose name joins the entities layer, and no actor
            if h.t1 == h.t0 + 1
                && h.prefix.is_none()
                && al.kind != AliasKind::People
                && matches!(
                    self.actor(ai).kind,
                    Some(Kind::Country | Kind::Group | Kind::Region)
                )
                && let Some(first) = self.person_name_before(h.t0, a, &hits)
            {
                self.person_name_entity(first, h.t1);
                continue;
            }
            // a country, capital or nationality word that opens a capitalised name of a
            // paper, war, company, school or place ("the Washington Examiner", "the Iraq
            // War", "American Iron Works", "Georgetown University"): part of that
            // name, no actor ("the Russian Foreign Ministry" still composes)
            if h.prefix.is_none()
                && matches!(self.actor(ai).kind, Some(Kind::Country | Kind::Region))
                && self.name_head_after(h.t1, b, &hits)
            {
                continue;
            }
            if self.actor(ai).kind == Some(Kind::Person) && h.t1 > h.t0 + 1 {
                self.full_name_seen.insert(ai);
            }
            if self.other_first_name(ai, h.t0, h.t1, a, &hits) {
                // "Oscar Pistorius" in 2014: later bare "Pistorius" in this article is
                // him too, when the dictionary's Pistorius held no role then (a
                // famous namesake with a role on the date keeps his bare surname:
                // "Melania Trump" does not make every "Trump" someone else)
                if !self.full_name_seen.contains(&ai)
                    && self
                        .date
                        .is_some_and(|d| !self.actor(ai).roles.iter().any(|r| r.active(d)))
                {
                    self.other_person.insert(ai);
                }
                continue;
            }
            if h.t1 == h.t0 + 1
                && self.other_person.contains(&ai)
                && !self.full_name_seen.contains(&ai)
            {
                continue;
            }
            // in a line written all in capitals ("IRANIAN MP THREATENS …") an agent
            // right after a country, nationality or organisation composes with it as
            // in lower case ("Iranian MP"): neither filter of capitalised agents
            // below applies (the line is read once, for such an agent only)
            let caps_compose = self.actor(ai).kind == Some(Kind::Agent)
                && h.t0 > a
                && hits.iter().any(|o| {
                    o.t1 == h.t0
                        && o.aliases.iter().any(|x| {
                            matches!(
                                self.actor(x.actor as usize).kind,
                                Some(Kind::Country | Kind::Group | Kind::Igo)
                            )
                        })
                })
                && *caps_line.get_or_insert_with(|| self.all_caps(a, b));
            // an acronym is not a common noun written in capitals ("COP 26" is no police
            // officer), unless the dictionary lists it in capitals ("MP", "PM")
            if self.actor(ai).kind == Some(Kind::Agent) && h.t1 == h.t0 + 1 && !caps_compose {
                let w = self.doc.token_text(h.t0);
                if w.chars().count() >= 2
                    && w.chars().all(|c| c.is_uppercase())
                    && !self.actor(ai).names.iter().any(|n| n == w)
                {
                    continue;
                }
            }
            // a one-word title that is the surname of a person named in full before
            // ("Martin Luther King … King delivered", "John King … King said"): the
            // person, not a monarch; "King Philippe", "the King" stay titles
            if self.actor(ai).kind == Some(Kind::Title)
                && h.t1 == h.t0 + 1
                && self.doc.token_text(h.t0).starts_with(char::is_uppercase)
                && self.surnames.contains_key(self.tok_fold(h.t0).deref())
                && !(h.t0 > a
                    && matches!(
                        self.tok_fold(h.t0 - 1).deref(),
                        "the" | "a" | "an" | "our" | "their" | "its" | "his" | "her"
                    ))
                && !(h.t1 < b && self.doc.token_text(h.t1).starts_with(char::is_uppercase))
            {
                continue;
            }
            // "King" ending a person's name ("Martin Luther King", "Stephen King",
            // "Burger King"); a country or adjective before it is its own hit
            // ("Saudi King Salman"); other titles keep an honorific before them
            // ("His Majesty Sultan")
            if self.actor(ai).kind == Some(Kind::Title)
                && h.t1 == h.t0 + 1
                && self.doc.token_text(h.t0) == "King"
                && h.t0 > a
                && {
                    let p = self.doc.token_text(h.t0 - 1);
                    p.starts_with(char::is_uppercase)
                        && p.chars().all(|c| c.is_alphabetic() || c == '.')
                        && !hits.iter().any(|o| o.t0 < h.t0 && h.t0 - 1 < o.t1)
                        && !(h.t0 - 1 == a && matches!(self.tok_fold(a).deref(), "the" | "a"))
                }
            {
                continue;
            }
            // a lower-case agent noun modifying a noun that is no agent or title
            // ("volunteer activities", "voter fraud", "press conference"): no
            // actor; a person noun after it keeps it ("army captain", "state
            // treasurer", "the watchdog group")
            if self.actor(ai).kind == Some(Kind::Agent)
                && h.t1 == h.t0 + 1
                && self.doc.token_text(h.t0).starts_with(char::is_lowercase)
                && self.doc.deps.as_deref().is_some_and(|d| {
                    d[h.t0].rel == "compound"
                        && d[h.t0].head.is_some_and(|hd| {
                            let hd = hd as usize;
                            hd > h.t0
                                && hd < b
                                && !hits.iter().any(|o| o.t0 <= hd && hd < o.t1)
                                && !person_noun(&self.tok_fold(hd))
                        })
                })
            {
                continue;
            }
            // a capitalised generic agent inside an unknown proper name ("the Tomb of the
            // Unknown Soldier", "Customs Officer Day") is part of the name, not an actor
            if self.actor(ai).kind == Some(Kind::Agent) && h.t0 > a && !caps_compose {
                let cap = |t: usize| self.doc.token_text(t).starts_with(char::is_uppercase);
                let covered = |t: usize| hits.iter().any(|o| o.t0 <= t && t < o.t1);
                let name_next = h.t1 < b && cap(h.t1) && !covered(h.t1);
                // a capitalised determiner opening the sentence is no name ("The General …")
                let det_first = h.t0 - 1 == a && DETERMINERS.contains(&self.tok_fold(a).deref());
                let name_prev = cap(h.t0 - 1) && !covered(h.t0 - 1) && !det_first;
                if cap(h.t0) && (name_next || name_prev) {
                    continue;
                }
            }
            // Only the few bytes before the mention matter: compare them without
            // lowercasing the whole prefix of the text (that was quadratic per article).
            let before = &self.doc.text.as_bytes()[..h.span.start as usize];
            let ends_ci = |suf: &str| {
                before.len() >= suf.len()
                    && before[before.len() - suf.len()..].eq_ignore_ascii_case(suf.as_bytes())
            };
            let mut supporter = matches!(h.prefix.as_deref(), Some("pro") | Some("anti"))
                || ends_ci("pro-")
                || ends_ci("anti-");
            let mut free_suffix = false;
            if let Some(s) = &h.suffix {
                if SUPPORTER_SUFFIX.contains(&s.as_str()) {
                    supporter = true;
                } else if !ACTOR_SUFFIX.contains(&s.as_str()) {
                    free_suffix = true;
                }
            }
            if h.prefix.is_some() && !supporter {
                continue; // a match inside a word (e.g. "ex-")
            }
            let start = if h.prefix.is_some() {
                self.doc.tokens()[h.t0].span.start as usize
            } else {
                h.span.start as usize
            };
            cands.push(Unit {
                t0: h.t0,
                t1: h.t1,
                span: Span::new(start, h.span.end as usize),
                actor: ai,
                kind: self.actor(ai).kind.unwrap_or(Kind::Agent),
                how: al.kind,
                plural: al.plural,
                seat_sector: al.sector.clone(),
                supporter,
                free_suffix,
            });
        }
        // 2. leftmost-longest, non-overlapping
        cands.sort_by_key(|u| (u.t0, std::cmp::Reverse(u.t1), u.span.start));
        let mut units: Vec<Unit> = Vec::new();
        let mut last_end = 0usize;
        let mut last_tok_end = a;
        for u in cands {
            if !units.is_empty() && (u.span.start as usize) < last_end {
                continue;
            }
            if u.t0 < last_tok_end
                && !units.is_empty()
                && units
                    .last()
                    .is_some_and(|l| l.t1 > u.t0 && l.span.end > u.span.start)
            {
                continue;
            }
            last_end = u.span.end as usize;
            last_tok_end = u.t1;
            units.push(u);
        }
        for u in &units {
            if matches!(u.how, AliasKind::Name)
                && matches!(
                    u.kind,
                    Kind::Person | Kind::Igo | Kind::Group | Kind::Country
                )
            {
                self.seen.insert(u.actor);
            }
        }
        if let Some(c) = units
            .iter()
            .filter(|u| u.kind == Kind::Region && u.how != AliasKind::Adj)
            .find_map(|u| self.actor(u.actor).country.clone())
        {
            self.sentence_place = Some((c, si));
        }
        // 3. group into noun phrases and build mentions
        let first_m = self.ms.len();
        let mut i = 0;
        while i < units.len() {
            let mut j = i + 1;
            while j < units.len() && self.connectable(&units[j - 1], &units[j], &units[i..j]) {
                j += 1;
            }
            // (borrowed: `units` is this call's own list, not the state's)
            let gj = j;
            let group: &[Unit] = &units[i..gj];
            let mut extra: Option<(Unit, &'static str)> = None;
            let last = group.last().unwrap();
            if matches!(last.kind, Kind::Agent | Kind::Title) && j < units.len() {
                let mut t = last.t1;
                let mut w = if t < b {
                    self.tok_fold(t)
                } else {
                    Cow::Borrowed("")
                };
                // an office's capitalised name between title and country: "Minister
                // of Infrastructure of Ukraine", "the State Border Guard Service of
                // Ukraine" take the country named after the office
                let nt = units[j].t0;
                if nt > t + 1 && nt <= b && self.office_name_then_of(t, nt) {
                    t = nt - 1 - usize::from(self.tok_fold(nt - 1) == "the");
                    w = Cow::Borrowed("of");
                }
                if w == "of" || w == "in" || w == "from" {
                    t += 1;
                    if t < b && self.tok_fold(t) == "the" {
                        t += 1;
                    }
                    let nu = &units[j];
                    let is_place = matches!(nu.kind, Kind::Country | Kind::Igo | Kind::Region)
                        && nu.how != AliasKind::Adj;
                    if nu.t0 == t && is_place && !nu.supporter {
                        if w == "of" && nu.kind != Kind::Region {
                            extra = Some((nu.clone(), "of"));
                            j += 1;
                        } else if w != "of" && last.kind == Kind::Agent {
                            extra = Some((nu.clone(), "in"));
                            // the place stays a unit of its own (an entity / location mention)
                        }
                    }
                }
            }
            // a country or organisation named soon after an "of" ("the Ministry of
            // Trade of the Kingdom of Norway", "head of the Danish shipping firm")
            let g_end = group.last().unwrap().t1;
            let named_after_of = extra.is_none()
                && units[j..].iter().take_while(|u| u.t0 < g_end + 8).any(|u| {
                    matches!(u.kind, Kind::Country | Kind::Igo | Kind::Group)
                        && (g_end..u.t0).any(|t| self.tok_fold(t) == "of")
                });
            self.build(si, a, b, group, extra, named_after_of);
            i = j;
        }
        // shadows: NER entities without an actor, as pronoun antecedents only
        let lo = self
            .extra
            .partition_point(|e| (e.tokens.start as usize) < a);
        let hi = self
            .extra
            .partition_point(|e| (e.tokens.start as usize) < b);
        for ei in lo..hi {
            let e = &self.extra[ei];
            let (e0, e1) = (e.tokens.start as usize, e.tokens.end as usize);
            if e0 < a || e1 > b || self.ms[first_m..].iter().any(|m| m.t0 < e1 && e0 < m.t1) {
                continue;
            }
            let mut agr = match crate::ner::eval_label(&e.label) {
                "PER" => Agr::Person,
                "ORG" => Agr::Org,
                "LOC" => Agr::Place,
                _ => continue,
            };
            // "Medicaid", "Ebola", "Christianity" typed PER by the recogniser: no
            // person, so no *he*/*she*; still a thing that *it* can be
            if agr == Agr::Person && e1 - e0 == 1 {
                let w = self.tok_fold(e0);
                if NOT_PERSON.contains(&w.deref()) {
                    // agrees like a place: *it*, not *they* ("Ebola … they're
                    // contagious") and not *he*/*she*
                    agr = Agr::Place;
                } else if abstract_noun(&w) {
                    continue;
                } else if plural_people(self.doc.token_text(e0)) {
                    // "Mesoamericans", "Pandorans": a people, *they*
                    agr = Agr::Plural;
                }
            }
            let mut same_as = None;
            if agr == Agr::Person {
                // gender from a common first name (a soft cue: a mismatch excludes
                // the candidate, an unknown name agrees with he and she)
                agr = match self.name_gender(e0, e1) {
                    Some('m') => Agr::Male,
                    Some('f') => Agr::Female,
                    _ => Agr::Person,
                };
                // the same person again: a surname alone ("Holt" after "Brock Holt") or
                // the same full name; the first such name wins (in a biography the
                // subject comes first, relatives with the same surname later)
                let last = self.tok_fold(e1 - 1);
                let full = self.doc.slice(e.span);
                same_as = (0..self.ms.len()).find(|&k| {
                    let m = &self.ms[k];
                    m.shadow
                        && m.same_as.is_none()
                        && matches!(m.agr, Agr::Person | Agr::Male | Agr::Female)
                        && if e1 - e0 == 1 {
                            m.t1 - m.t0 > 1 && self.tok_fold(m.t1 - 1) == last
                        } else {
                            m.name.as_deref() == Some(full)
                        }
                });
                // (a surname alone takes the full name's gender even when it is a
                // given name of its own: "Warren" after "Elizabeth Warren")
                if let Some(k) = same_as
                    && (agr == Agr::Person || e1 - e0 == 1)
                {
                    agr = self.ms[k].agr;
                }
                if same_as.is_none() && e1 - e0 > 1 {
                    self.surnames
                        .entry(last.into_owned())
                        .or_insert(self.ms.len());
                }
            }
            self.ms.push(M {
                t0: e0,
                t1: e1,
                span: e.span,
                head: e1 - 1,
                sent: si,
                code: String::new(),
                country: None,
                sector: None,
                actor: None,
                name: Some(self.doc.slice(e.span).to_string()),
                qid: None,
                rule: ["ner:", e.rule.as_str()].concat(),
                antecedent: None,
                agr,
                agent: None,
                subject: false,
                entity_span: None,
                location: false,
                shadow: true,
                same_as,
            });
        }
        // two persons joined by "and" ("Carrano and Biewener"): one plural
        // antecedent for *they*/*their*, a candidate only (no actor, no entity)
        let persons: Vec<usize> = (first_m..self.ms.len())
            .filter(|&k| matches!(self.ms[k].agr, Agr::Person | Agr::Male | Agr::Female))
            .collect();
        for w in persons.windows(2) {
            let (x, y) = (&self.ms[w[0]], &self.ms[w[1]]);
            if y.t0 == x.t1 + 1 && matches!(self.tok_fold(x.t1).deref(), "and" | "&") {
                let span = Span::new(x.span.start as usize, y.span.end as usize);
                let (t0, t1, sent) = (x.t0, y.t1, x.sent);
                self.ms.push(M {
                    t0,
                    t1,
                    span,
                    head: t0,
                    sent,
                    code: String::new(),
                    country: None,
                    sector: None,
                    actor: None,
                    name: Some(self.doc.slice(span).to_string()),
                    qid: None,
                    rule: "coref:coordinated persons".into(),
                    antecedent: None,
                    agr: Agr::Plural,
                    agent: None,
                    subject: false,
                    entity_span: None,
                    location: false,
                    shadow: true,
                    same_as: None,
                });
            }
        }
        // surnames alone of earlier recogniser persons that the recogniser missed
        // here ("Ilse Varga … Varga wrote"): same person, antecedent candidates only
        if !self.surnames.is_empty() {
            for t in a..b {
                let w = self.doc.token_text(t);
                if w.len() < 3
                    || !w.starts_with(char::is_uppercase)
                    || !w.chars().all(char::is_alphabetic)
                    || self.doc.tags.as_deref().is_some_and(|tg| tg[t].upos != "PROPN")
                    // a modifier ("the Bernoulli family"), or part of a longer name
                    || self
                        .doc
                        .deps
                        .as_deref()
                        .is_some_and(|d| matches!(d[t].rel.as_str(), "compound" | "flat"))
                    || (t + 1 < b
                        && self.doc.token_text(t + 1).starts_with(char::is_uppercase))
                    || self.ms[first_m..].iter().any(|m| m.t0 <= t && t < m.t1)
                    || self.extra[lo..hi]
                        .iter()
                        .any(|e| (e.tokens.start as usize) <= t && t < e.tokens.end as usize)
                {
                    continue;
                }
                let Some(&k) = self.surnames.get(&*self.tok_fold(t)) else {
                    continue;
                };
                let span = self.doc.tokens()[t].span;
                let full = self.ms[k].name.clone().unwrap_or_default();
                self.entities.push(Entity {
                    span,
                    tokens: TokenRange::new(t, t + 1),
                    label: "PER".into(),
                    rule: format!("coref:surname of {full:?}"),
                });
                self.ms.push(M {
                    t0: t,
                    t1: t + 1,
                    span,
                    head: t,
                    sent: si,
                    code: String::new(),
                    country: None,
                    sector: None,
                    actor: None,
                    name: Some(w.to_string()),
                    qid: None,
                    rule: format!("coref:surname of {full:?}"),
                    antecedent: None,
                    agr: self.ms[k].agr,
                    agent: None,
                    subject: false,
                    entity_span: None,
                    location: false,
                    shadow: true,
                    same_as: Some(k),
                });
            }
        }
        // 4. subjects: nsubj when dependencies exist, else the first mention of the sentence
        let deps = self.doc.deps.as_deref();
        let first = (first_m..self.ms.len())
            .filter(|&k| !self.ms[k].location)
            .min_by_key(|&k| self.ms[k].t0);
        for k in first_m..self.ms.len() {
            let m = &self.ms[k];
            let subj = match deps {
                // (not a transcript's speaker label, "Vladimir Putin: …",
                // which the parser makes the subject of the turn's first clause)
                Some(d) => {
                    span_subject(d, m.t0, m.t1, m.head)
                        && !(m.t1 < d.len() && self.doc.token_text(m.t1) == ":")
                }
                None => Some(k) == first,
            };
            self.ms[k].subject = subj;
        }
        // 5. pronouns
        self.pronouns(si, a, b);
        // 6. first person inside a quote: the speaker
        self.quoted_first_person(si, a, b);
    }
}

/// Whether the mention over tokens `t0..t1` (head `head`) is a clause subject.
/// The parser puts `nsubj` on the first word of a name and attaches the rest to
/// it as `flat` ("Vladimir Putin said": `nsubj` on Vladimir), while the
/// mention's head is its last word; so any word of the mention whose own head
/// lies outside it counts, and so does a name in apposition to a subject
/// ("The nominee, Jeb Bush, declined") and a title word before a name that
/// is the subject ("Senator" in "Senator Walter Brandt rejected …", which the
/// parser attaches to the name as `nmod:desc`).
fn span_subject(d: &[chronicle_doc::Dep], t0: usize, t1: usize, head: usize) -> bool {
    let nsubj = |x: usize| d.get(x).is_some_and(|x| x.rel.starts_with("nsubj"));
    if nsubj(head) {
        return true;
    }
    (t0..t1.min(d.len())).any(|x| {
        let Some(h) = d[x].head.map(|h| h as usize) else {
            return false;
        };
        if (t0..t1).contains(&h) {
            return false;
        }
        let rel = d[x].rel.as_str();
        rel.starts_with("nsubj")
            || (matches!(rel, "appos" | "flat" | "flat:name" | "nmod:desc") && nsubj(h))
    })
}

impl<'a> State<'a> {
    fn connectable(&self, x: &Unit, y: &Unit, group: &[Unit]) -> bool {
        use Kind::*;
        if x.free_suffix || y.supporter && !matches!(y.kind, Country | Igo) {
            return false;
        }
        let xm = matches!(x.kind, Country | Igo) && x.how != AliasKind::People;
        let ok = match (x.kind, y.kind) {
            (Country | Igo, Agent | Title | Person) => xm,
            (Group, Agent) => true,
            (Agent, Agent | Title | Person) => true,
            (Title, Title | Person | Agent) => true,
            (Country | Igo, Group) => xm && x.how == AliasKind::Adj,
            _ => false,
        };
        if !ok || group.iter().any(|u| u.kind == Person) {
            return false;
        }
        // what lies between
        let gap: Vec<usize> = (x.t1..y.t0).collect();
        if gap.is_empty() {
            return y.span.start >= x.span.end;
        }
        let mut words: Vec<Cow<str>> = gap.iter().map(|&t| self.tok_fold(t)).collect();
        if words.len() == 1 && words[0] == "'s" {
            return matches!(x.kind, Country | Igo | Group) && x.how != AliasKind::Adj;
        }
        let mut gap = &gap[..];
        if words.first().is_some_and(|w| w == "'s") {
            // "Ukraine's infrastructure ministry": a possessive, then modifiers
            if !matches!(x.kind, Country | Igo) || x.how == AliasKind::Adj {
                return false;
            }
            words.remove(0);
            gap = &gap[1..];
        }
        if words.len() > 2 || !matches!(x.kind, Country | Igo) || !matches!(y.kind, Agent | Title) {
            return false;
        }
        match self.doc.tags.as_deref() {
            Some(tags) => gap.iter().all(|&t| {
                matches!(tags[t].upos.as_str(), "ADJ" | "NOUN" | "NUM" | "VERB")
                    && tags[t].xpos != "VBD"
                    && tags[t].xpos != "VBZ"
            }),
            None => words.iter().all(|w| {
                w.chars().all(|c| c.is_alphabetic())
                    && !GAP_STOP.contains(&w.deref())
                    && !w.ends_with("ed")
            }),
        }
    }

    fn mod_country(&self, u: &Unit) -> Option<String> {
        let a = self.actor(u.actor);
        match u.kind {
            Kind::Country | Kind::Igo => Some(a.id.clone()),
            Kind::Region | Kind::Group => a.country.clone(),
            _ => None,
        }
    }

    fn entity_for(&mut self, u: &Unit) {
        let a = self.actor(u.actor);
        let label = match (u.kind, u.how) {
            (Kind::Person, _) => "PER",
            (_, AliasKind::Adj) | (_, AliasKind::People) => "NORP",
            (Kind::Country, AliasKind::Seat) => {
                if self
                    .doc
                    .slice(u.span)
                    .get(..4)
                    .is_some_and(|p| p.eq_ignore_ascii_case("the "))
                {
                    "ORG"
                } else {
                    "GPE"
                }
            }
            (Kind::Country | Kind::Region, _) => "GPE",
            (Kind::Igo | Kind::Group, _) => "ORG",
            _ => return,
        };
        let span = u.span;
        self.entities.push(Entity {
            span,
            tokens: TokenRange::new(u.t0, u.t1),
            label: label.into(),
            rule: ["dict:", a.id.as_str()].concat(),
        });
    }

    fn context_country(&self) -> Option<String> {
        self.countries
            .iter()
            .max_by_key(|(c, (n, last))| (*n, *last, std::cmp::Reverse((*c).clone())))
            .map(|(c, _)| c.clone())
    }

    /// Whether an agent named without a country may take the article's
    /// dominant country: a noun (not "military exercises", "to police",
    /// "official visit"), not another country's or several countries' ("foreign
    /// officials", "other states", "another state", "both leaders", "heads of state") and not
    /// the word "state" for a condition ("the state of affairs").
    fn context_agent(&self, u: &Unit, head: usize, s0: usize, s1: usize) -> bool {
        if self.doc.tags.as_deref().is_some_and(|tg| {
            // ("representatives/VBZ": a plural noun the tagger took for a verb)
            matches!(tg[head].upos.as_str(), "ADJ" | "VERB" | "AUX")
                && !(u.plural && tg[head].xpos.as_str() == "VBZ")
        }) {
            return false;
        }
        let mut p = u.t0;
        while p > s0 && matches!(self.tok_fold(p - 1).deref(), "the" | "a" | "an") {
            p -= 1;
        }
        if p > s0
            && matches!(
                self.tok_fold(p - 1).deref(),
                "foreign"
                    | "other"
                    | "another"
                    | "both"
                    | "two"
                    | "three"
                    | "several"
                    | "various"
                    | "different"
                    | "neighbouring"
                    | "neighboring"
                    | "western"
                    | "international"
                    | "world"
                    | "allied"
                    | "partner"
            )
        {
            return false;
        }
        let word = self.tok_fold(u.t1 - 1);
        // ("heads of state", not "an area of the state")
        if matches!(word.deref(), "state" | "states")
            && ((u.t1 < s1 && self.tok_fold(u.t1).deref() == "of")
                || (p == u.t0 && p > s0 && self.tok_fold(p - 1).deref() == "of"))
        {
            return false;
        }
        // one body per country, in the plural: several countries' ("through parliaments")
        !matches!(word.deref(), "governments" | "parliaments" | "presidents")
    }

    /// The country named most so far, with its count and the runner-up's,
    /// when it leads the runner-up by [`DOMINANT_MARGIN`] times or more.
    fn dominant_country(&self) -> Option<(String, usize, usize)> {
        let mut best: Option<(&String, usize)> = None;
        let mut second = 0;
        for (c, &(n, _)) in &self.countries {
            match best {
                Some((b, bn)) if n < bn || (n == bn && c > b) => second = second.max(n),
                _ => {
                    if let Some((_, bn)) = best {
                        second = second.max(bn);
                    }
                    best = Some((c, n));
                }
            }
        }
        let (c, n1) = best?;
        (n1 > second && n1 >= DOMINANT_MARGIN * second).then(|| (c.clone(), n1, second))
    }

    fn note_country(&mut self, c: &str) {
        if self
            .dict
            .get(c)
            .is_some_and(|a| a.kind == Some(Kind::Country))
        {
            let k = self.ms.len();
            let e = self.countries.entry(c.to_string()).or_insert((0, 0));
            e.0 += 1;
            e.1 = k;
        }
    }

    /// Chooses a role of a person for the article date.
    fn person_role(
        &self,
        a: &Actor,
        country: Option<&str>,
        title: Option<&str>,
    ) -> (Option<usize>, &'static str) {
        if a.roles.is_empty() {
            return (None, "");
        }
        let score = |r: &crate::dict::Role| {
            (country.is_some_and(|c| c == r.country) as u32) * 2
                + (title.is_some_and(|t| r.title.as_deref() == Some(t)) as u32) * 3
        };
        match self.date {
            Some(d) => {
                let act = a
                    .roles
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.active(d))
                    .max_by_key(|(i, r)| (score(r), r.from, std::cmp::Reverse(*i)));
                if let Some((i, _)) = act {
                    return (Some(i), "role on date");
                }
                let near = a
                    .roles
                    .iter()
                    .enumerate()
                    .min_by_key(|(_, r)| (r.distance(d), std::cmp::Reverse(score(r))));
                (near.map(|x| x.0), "nearest role to date")
            }
            None => {
                // a title or country in the mention picks the role it names
                // ("Secretary General Jens Stoltenberg"); otherwise the latest
                let r = a
                    .roles
                    .iter()
                    .enumerate()
                    .max_by_key(|(_, r)| (score(r), r.to.is_none(), r.from, r.to));
                (r.map(|x| x.0), "most recent role (undated)")
            }
        }
    }

    /// Whether the word after token `t1` (exclusive end of a name) is a government noun
    /// that the name qualifies: "the Obama administration", "the Putin government".
    fn administration_after(&self, t1: usize) -> bool {
        t1 < self.doc.tokens().len()
            && matches!(
                self.doc.token_text(t1),
                "administration" | "government" | "cabinet" | "presidency" | "regime"
            )
    }

    /// The person a one-word name before a government noun means ("the Bush
    /// administration", "the Clinton administration"), even with no full mention
    /// before it: of the hit's persons who headed a government, the one whose term
    /// is nearest the article date (undated: the latest), when no other is as near.
    /// A hypothetical government ("a Clinton administration", "a future Trump
    /// presidency") names no past one.
    fn administration_head(&self, h: &Hit, a: usize) -> Option<usize> {
        if h.t1 != h.t0 + 1 || !self.administration_after(h.t1) {
            return None;
        }
        if h.t0 > a
            && matches!(
                self.tok_fold(h.t0 - 1).deref(),
                "a" | "an"
                    | "future"
                    | "potential"
                    | "possible"
                    | "hypothetical"
                    | "incoming"
                    | "next"
                    | "second"
            )
        {
            return None;
        }
        // (distance of the nearest head role; undated, the latest start first)
        let mut best: Option<(u32, usize)> = None;
        let mut tie = false;
        let mut seen: Vec<usize> = Vec::new();
        for al in &h.aliases {
            let ai = al.actor as usize;
            let x = self.actor(ai);
            if x.kind != Some(Kind::Person) || seen.contains(&ai) {
                continue;
            }
            seen.push(ai);
            let heads = x.roles.iter().filter(|r| self.heads_government(r));
            let key = match self.date {
                Some(d) => heads.map(|r| r.distance(d)).min(),
                None => heads.map(|r| u32::MAX - r.from.unwrap_or(0)).min(),
            };
            let Some(key) = key else { continue };
            match best {
                Some((b, _)) if key > b => {}
                Some((b, _)) if key == b => tie = true,
                _ => {
                    best = Some((key, ai));
                    tie = false;
                }
            }
        }
        best.filter(|_| !tie).map(|(_, ai)| ai)
    }

    /// How well person `ai` fits where another person shares the name: 200 when
    /// one of their roles is held on the article date (undated: still held), and 10 for each hit in the
    /// document naming the country of that role (else of their nearest role).
    fn namesake_fit(&self, ai: usize) -> i64 {
        let roles = &self.actor(ai).roles;
        let (active, role) = match self.date {
            Some(d) => (
                roles.iter().any(|r| r.active(d)),
                roles.iter().min_by_key(|r| r.distance(d)),
            ),
            None => (
                roles.iter().any(|r| r.to.is_none()),
                roles.iter().max_by_key(|r| r.from),
            ),
        };
        let named = role
            .and_then(|r| self.dict.by_id.get(&r.country))
            .and_then(|c| self.country_hits.get(c))
            .copied()
            .unwrap_or(0);
        i64::from(active) * 200 + named as i64 * 10
    }

    /// Whether the role heads a government: GOV, under a title marked `heads
    /// government` in the dictionary (president, prime minister, chancellor).
    fn heads_government(&self, r: &crate::dict::Role) -> bool {
        r.sector == "GOV"
            && r.title
                .as_deref()
                .is_some_and(|t| self.dict.head_titles.iter().any(|h| h == t))
    }

    /// The person's role as head of state or government (see
    /// [`State::heads_government`]) that an administration named after them means: the one
    /// held on the article date, else the latest begun before it (undated: the latest).
    fn head_role(&self, a: &Actor) -> Option<usize> {
        let heads = a
            .roles
            .iter()
            .enumerate()
            .filter(|(_, r)| self.heads_government(r));
        match self.date {
            Some(d) => {
                let heads: Vec<_> = heads.collect();
                heads
                    .iter()
                    .find(|(_, r)| r.active(d))
                    .or_else(|| {
                        heads
                            .iter()
                            .filter(|(_, r)| r.from.is_none_or(|f| f <= d))
                            .max_by_key(|(_, r)| r.from)
                    })
                    .map(|(i, _)| *i)
            }
            None => heads.max_by_key(|(_, r)| r.from).map(|(i, _)| i),
        }
    }

    fn last_mention_of(&self, actor: usize) -> Option<usize> {
        let a = self.actor(actor);
        let by_code = matches!(a.kind, Some(Kind::Igo | Kind::Country));
        self.ms.iter().rposition(|m| {
            m.actor == Some(actor) || (by_code && m.country.as_deref() == Some(a.id.as_str()))
        })
    }

    /// Whether the recogniser's person name starting at token `t`, one space
    /// after a title ("Spokesman Brian Fallon said"), shares no word with the
    /// names of `holder`, the title's holder on the date: the title then
    /// describes that other person, not the holder. The name's words are those
    /// of the recogniser's entity and of up to three capitalised words from `t`
    /// ("President of Iran Sayyid Ebrahim Raisi" is the holder).
    fn other_name_follows(&self, title_end: u32, t: usize, holder: usize) -> bool {
        if t >= self.doc.tokens().len() || self.doc.tokens()[t].span.start != title_end + 1 {
            return false;
        }
        let t32 = t as u32;
        let i = self.extra.partition_point(|e| e.tokens.start < t32);
        // the name alone, or the title and the name as one entity
        let per = self.extra[i.saturating_sub(1)..(i + 1).min(self.extra.len())]
            .iter()
            .find(|e| e.label == "PER" && e.tokens.start <= t32 && t32 < e.tokens.end);
        let Some(e) = per else { return false };
        let capitalised = (t..self.doc.tokens().len())
            .take(3)
            .take_while(|&k| self.doc.token_text(k).starts_with(char::is_uppercase))
            .count();
        let end = (e.tokens.end as usize).max(t + capitalised);
        let a = self.actor(holder);
        let known: HashSet<String> = a
            .names
            .iter()
            .chain(&a.short)
            .flat_map(|n| n.split_whitespace().map(str::to_lowercase))
            .collect();
        (t..end).all(|k| !known.contains(&self.doc.token_text(k).to_lowercase()))
    }

    #[allow(clippy::too_many_arguments)]
    fn push_person(
        &mut self,
        si: usize,
        t0: usize,
        t1: usize,
        span: Span,
        head: usize,
        ai: usize,
        country: Option<&str>,
        title: Option<&str>,
        why: String,
        ent: Option<Span>,
    ) {
        let a = self.actor(ai);
        // "the Obama administration": the government the person headed
        let head_of = self
            .administration_after(t1)
            .then(|| self.head_role(a))
            .flatten();
        let (ri, how) = match head_of {
            Some(ri) => (Some(ri), HEAD_OF_ADMINISTRATION),
            None => self.person_role(a, country, title),
        };
        let (c, s, rule) = match ri {
            Some(ri) => {
                let r = &a.roles[ri];
                (Some(r.country.clone()), Some(r.sector.clone()), {
                    let mut rule = String::with_capacity(why.len() + a.id.len() + 96);
                    rule.push_str(&why);
                    rule.push_str("; dict:");
                    rule.push_str(&a.id);
                    push_role_note(&mut rule, ri, r, how);
                    rule
                })
            }
            None => (
                a.country.clone(),
                a.sector.clone(),
                [why.as_str(), "; dict:", a.id.as_str()].concat(),
            ),
        };
        let antecedent = if why.starts_with("dict:") {
            None
        } else {
            self.last_mention_of(ai)
        };
        if let Some(c) = &c {
            self.note_country(c);
        }
        let agr = match a.gender {
            Some('m') => Agr::Male,
            Some('f') => Agr::Female,
            _ => Agr::Person,
        };
        self.ms.push(M {
            t0,
            t1,
            span,
            head,
            sent: si,
            code: code_of(c.as_deref(), s.as_deref(), self.dict),
            country: c,
            sector: s,
            actor: Some(ai),
            name: Some(a.display().to_string()),
            qid: a.qid.clone(),
            rule,
            antecedent,
            agr,
            agent: None,
            subject: false,
            entity_span: ent,
            location: false,
            shadow: false,
            same_as: None,
        });
    }

    fn build(
        &mut self,
        si: usize,
        s0: usize,
        s1: usize,
        group: &[Unit],
        extra: Option<(Unit, &'static str)>,
        named_after_of: bool,
    ) {
        for u in group {
            self.entity_for(u);
        }
        let mut t0 = group[0].t0;
        let mut t1 = group.last().unwrap().t1;
        let mut span = Span::new(
            group[0].span.start as usize,
            group.last().unwrap().span.end as usize,
        );
        let head = t1 - 1;
        let mut definite = false;
        if t0 > s0 && matches!(self.tok_fold(t0 - 1).deref(), "the") {
            definite = true;
            t0 -= 1;
            span = Span::new(self.doc.tokens()[t0].span.start as usize, span.end as usize);
        }
        // "deputy head of the presidential office", "deputy defence minister": a
        // deputy is in the sector of the office that follows, and does not hold it
        let deputy_group: Vec<Unit>;
        let mut deputy = false;
        let group: &[Unit] = match group.iter().position(|u| {
            u.kind == Kind::Agent
                && matches!(
                    self.doc.slice(u.span).to_lowercase().as_str(),
                    "deputy" | "vice"
                )
        }) {
            Some(k)
                if k + 1 < group.len()
                    && group[k + 1].t0 == group[k].t1
                    && matches!(group[k + 1].kind, Kind::Title | Kind::Agent) =>
            {
                let mut g = group.to_vec();
                g.remove(k);
                deputy = g[k].kind == Kind::Title;
                deputy_group = g;
                &deputy_group
            }
            // the "Deputy" itself was dropped as part of a name ("First Deputy Chief of …")
            _ if group[0].kind == Kind::Title
                && group[0].t0 > s0
                && matches!(self.tok_fold(group[0].t0 - 1).deref(), "deputy" | "vice") =>
            {
                deputy = true;
                if t0 == group[0].t0 {
                    t0 -= 1;
                    span = Span::new(self.doc.tokens()[t0].span.start as usize, span.end as usize);
                }
                group
            }
            _ => group,
        };
        let mods: Vec<&Unit> = group
            .iter()
            .filter(|u| {
                matches!(
                    u.kind,
                    Kind::Country | Kind::Igo | Kind::Group | Kind::Region
                )
            })
            .collect();
        let person = group.iter().find(|u| u.kind == Kind::Person);
        let first_agent = group.iter().position(|u| u.kind == Kind::Agent);
        // a title after a generic agent ("army chief", "ministry spokesman") stays generic
        let title = group
            .iter()
            .rev()
            .find(|u| u.kind == Kind::Title)
            .filter(|u| first_agent.is_none_or(|fa| group[fa].t0 > u.t0));
        let agents: Vec<&Unit> = group
            .iter()
            .filter(|u| u.kind == Kind::Agent || (u.kind == Kind::Title && title.is_none()))
            .collect();
        let real_mod = mods.iter().find(|u| !u.supporter).copied();
        let supporter = mods.iter().find(|u| u.supporter).copied();
        let (mut country, mut via) = match real_mod {
            Some(u) => (
                self.mod_country(u),
                [kind_word(u), ":", self.doc.slice(u.span)].concat(),
            ),
            None => (None, String::new()),
        };
        if let Some((u, how)) = &extra {
            if how == &"of" {
                country = self.mod_country(u);
                via = format!("of {}", self.doc.slice(u.span));
                t1 = u.t1;
                span = Span::new(span.start as usize, u.span.end as usize);
                self.entity_for(u);
            } else if country.is_none() {
                country = self.mod_country(u);
                via = format!("in {}", self.doc.slice(u.span));
                if let Some(s) = supporter {
                    via = format!(
                        "{} in {} (pro-X agents take the place they act in)",
                        self.doc.slice(s.span),
                        self.doc.slice(u.span)
                    );
                }
            }
        }
        let _ = s1;
        let title_id = title.map(|u| self.actor(u.actor).id.clone());
        // named person
        if let Some(p) = person {
            let name = self.doc.slice(p.span);
            let mut why = String::with_capacity(name.len() + 28);
            why.push_str(match p.how {
                AliasKind::Short => "coref:surname ",
                _ => "dict:name ",
            });
            push_debug(&mut why, name);
            if p.how != AliasKind::Short && title.is_some() {
                why.push_str(" with title");
            }
            let ent = Some(p.span);
            self.push_person(
                si,
                t0,
                t1,
                span,
                p.t1 - 1,
                p.actor,
                country.as_deref(),
                title_id.as_deref(),
                why,
                ent,
            );
            return;
        }
        // group (possibly with an agent noun: "Hamas fighters")
        if let Some(g) = mods.iter().find(|u| u.kind == Kind::Group && !u.supporter) {
            let a = self.actor(g.actor);
            let (ri, how) = self.person_role(a, None, None);
            let (gc, gs, role_note) = match ri {
                Some(ri) => {
                    let r = &a.roles[ri];
                    (Some(r.country.clone()), Some(r.sector.clone()), {
                        let mut note = String::with_capacity(96);
                        note.push_str("; ");
                        push_role_note(&mut note, ri, r, how);
                        note
                    })
                }
                None => (a.country.clone(), a.sector.clone(), String::new()),
            };
            let code = a
                .code
                .clone()
                .unwrap_or_else(|| code_of(gc.as_deref(), gs.as_deref(), self.dict));
            let ante = if g.how == AliasKind::Short {
                self.last_mention_of(g.actor)
            } else {
                None
            };
            self.ms.push(M {
                t0,
                t1,
                span,
                head,
                sent: si,
                code,
                country: gc,
                sector: gs,
                actor: Some(g.actor),
                name: Some(a.display().to_string()),
                qid: a.qid.clone(),
                rule: format!(
                    "dict:{} ({} {:?}){role_note}",
                    a.id,
                    if ante.is_some() { "short name" } else { "name" },
                    self.doc.slice(g.span)
                ),
                antecedent: ante,
                agr: if agents.iter().any(|u| u.plural) {
                    Agr::Plural
                } else {
                    Agr::Org
                },
                agent: None,
                subject: false,
                entity_span: Some(g.span),
                location: false,
                shadow: false,
                same_as: None,
            });
            return;
        }
        // a title: resolve to the holder on the date
        if let Some(tu) = title {
            let tid = self.actor(tu.actor).id.clone();
            let mut tsector = self.actor(tu.actor).sector.clone();
            let mut tid_eff = tid.clone();
            // "Senate Majority Leader", "the Democratic leader": a leader of a chamber or
            // a party, not the country's head of state or government
            let toks = self.doc.tokens();
            let tu0 = toks.partition_point(|t| t.span.start < tu.span.start);
            let qualifier = (tu0 > 0).then(|| self.doc.token_text(tu0 - 1).to_lowercase());
            let qualified = match qualifier.as_deref() {
                _ if tid != "leader" => None,
                Some(
                    "senate" | "house" | "majority" | "minority" | "floor" | "parliamentary"
                    | "caucus" | "assembly",
                ) => Some("LEG"),
                Some(
                    "democratic" | "republican" | "democrat" | "gop" | "party" | "labour"
                    | "conservative" | "liberal" | "tory" | "green" | "communist",
                ) => Some("PTY"),
                _ => None,
            };
            if let Some(sec) = qualified {
                tsector = Some(sec.to_string());
            }
            if tid == "leader"
                && qualified.is_none()
                && let Some(c) = &country
                && let Some(lt) = self.dict.leader_title(c, self.date)
            {
                tid_eff = lt.to_string();
            }
            let mut rule_ctx = via.clone();
            if deputy {
                rule_ctx.push_str(if rule_ctx.is_empty() {
                    "deputy"
                } else {
                    "; deputy"
                });
            }
            if country.is_none() && !tu.plural && qualified.is_none() {
                // "our Deputy Prime Minister …" in a quotation is the speaker's country,
                // which is not known here: no context country
                let ours = {
                    let pre = self.doc.text.get(..tu.span.start as usize).unwrap_or("");
                    pre.split_whitespace()
                        .rev()
                        .take(3)
                        .map(str::to_ascii_lowercase)
                        .take_while(|w| w != "the")
                        .find(|w| !matches!(w.as_str(), "deputy" | "first" | "vice"))
                        .is_some_and(|w| matches!(w.as_str(), "our" | "your" | "my"))
                };
                let bare =
                    !ours && (definite || self.doc.slice(tu.span).starts_with(char::is_uppercase));
                // (a vocative "Mr President" is whoever the speaker addresses: in a
                // bilateral meeting as often the guest as the host)
                let vocative = (tu.t0.saturating_sub(1)..=tu.t0)
                    .any(|t| honorific(self.doc.token_text(t)).is_some());
                // ("President of the Paralympic Committee", "President-elect", "The
                // President[of Ukraine]": some other office)
                let after = self.doc.text.get(tu.span.end as usize..).unwrap_or("");
                let before = self.doc.text.get(..tu.span.start as usize).unwrap_or("");
                let qualified_after = after.starts_with(['-', '–', '[', '('])
                || after.starts_with(" of ")
                || after.starts_with(" (")
                // a title before a name ("President Khurelsukh's visit")
                || after
                    .strip_prefix(' ')
                    .is_some_and(|a| a.starts_with(char::is_uppercase))
                // another's office ("Freedonia, its President and Cabinet")
                || ["its ", "his ", "her ", "their ", "whose "].iter().any(|p| {
                    before.len() >= p.len()
                        && before.is_char_boundary(before.len() - p.len())
                        && before[before.len() - p.len()..].eq_ignore_ascii_case(p)
                });
                let own_head = !vocative
                    && !qualified_after
                    && matches!(tid.as_str(), "president" | "commander_in_chief");
                // on a government's own site a bare "the Head of State" is that
                // government's head, even after another country's president
                let outlet_head = self.outlet_country.clone().filter(|_| bare && own_head);
                // coreference: an earlier mention of a holder of this title
                for k in (0..self.ms.len()).rev().filter(|_| !deputy) {
                    let m = &self.ms[k];
                    let Some(ai) = m.actor else { continue };
                    let a = self.actor(ai);
                    if outlet_head
                        .as_deref()
                        .is_some_and(|oc| m.country.as_deref() != Some(oc))
                    {
                        continue;
                    }
                    let holds = a.roles.iter().any(|r| {
                        r.title.as_deref() == Some(&tid) && self.date.is_none_or(|d| r.active(d))
                    });
                    if holds && self.ms[k].sent + 6 >= si {
                        let mut m2 = self.ms[k].clone();
                        m2.t0 = t0;
                        m2.t1 = t1;
                        m2.span = span;
                        m2.head = head;
                        m2.sent = si;
                        m2.antecedent = Some(k);
                        m2.rule = format!(
                            "coref:title {:?} → earlier mention of {}",
                            self.doc.slice(tu.span),
                            a.id
                        );
                        m2.entity_span = None;
                        m2.location = false;
                        m2.subject = false;
                        if let Some(c) = m2.country.clone() {
                            self.note_country(&c);
                        }
                        self.ms.push(m2);
                        return;
                    }
                }
                // a local title ("the regional governor", "the mayor") belongs to the
                // country of the region or city this sentence or one of the two
                // before names, before the article's most mentioned country
                let local = self
                    .sentence_place
                    .clone()
                    .filter(|(_, at)| tid == "mayor" && at + 2 >= si)
                    .map(|(c, at)| {
                        let why = if at == si {
                            "place in the sentence"
                        } else {
                            "place named just before"
                        };
                        (c, why)
                    });
                if let Some((c, why)) = local
                    .or_else(|| outlet_head.clone().map(|c| (c, "outlet country")))
                    .or_else(|| {
                        bare.then(|| self.context_country())
                            .flatten()
                            .map(|c| (c, "context country"))
                    })
                {
                    rule_ctx = format!("{why} {c}");
                    if deputy {
                        rule_ctx.push_str("; deputy");
                    }
                    if tid == "leader"
                        && let Some(lt) = self.dict.leader_title(&c, self.date)
                    {
                        tid_eff = lt.to_string();
                    }
                    country = Some(c);
                }
            }
            // (a mayor or governor is one of many in a country: the dictionary's
            // holder — Kyiv's mayor — is no "regional governor" of Kharkiv)
            let mut holder_named_otherwise = false;
            if let Some(c) = country.clone()
                && !tu.plural
                && !deputy
                && qualified.is_none()
                && tid != "mayor"
            {
                let h = self.dict.holders(&c, &tid_eff, self.date);
                if let Some(&(ai, _)) = h
                    .first()
                    .filter(|&&(ai, _)| !self.other_name_follows(span.end, t1, ai))
                {
                    let why = format!("title {:?} of {c} via {rule_ctx}", self.doc.slice(tu.span));
                    self.push_person(
                        si,
                        t0,
                        t1,
                        span,
                        head,
                        ai,
                        Some(&c),
                        Some(&tid_eff),
                        why,
                        None,
                    );
                    // unknown-name absorption is not needed: the holder is known
                    return;
                }
                holder_named_otherwise = !h.is_empty();
            }
            // a title followed by an unknown capitalised name: "Foreign Minister Jane Roe"
            let mut name_end = t1;
            while name_end < s1
                && name_end < t1 + 3
                && self
                    .doc
                    .token_text(name_end)
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase())
                && self
                    .doc
                    .token_text(name_end)
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '.')
            {
                name_end += 1;
            }
            let mut name = None;
            let mut ent = None;
            let mut agr = Agr::Person;
            if name_end > t1
                && self
                    .doc
                    .tags
                    .as_deref()
                    .is_none_or(|tg| tg[t1].upos == "PROPN")
            {
                let ns = Span::new(
                    self.doc.tokens()[t1].span.start as usize,
                    self.doc.tokens()[name_end - 1].span.end as usize,
                );
                name = Some(self.doc.slice(ns).to_string());
                ent = Some(ns);
                self.entities.push(Entity {
                    span: ns,
                    tokens: TokenRange::new(t1, name_end),
                    label: "PER".into(),
                    rule: format!("rule:title+name ({tid})"),
                });
                span = Span::new(span.start as usize, ns.end as usize);
                t1 = name_end;
            }
            if tu.plural {
                agr = Agr::Plural;
            }
            if let Some(c) = &country {
                self.note_country(c);
            }
            let code = code_of(country.as_deref(), tsector.as_deref(), self.dict);
            let rule = match &country {
                Some(c) if holder_named_otherwise => format!(
                    "compose:{c}+title:{tid_eff} ({rule_ctx}; the name after the title is not the holder)"
                ),
                Some(c) => {
                    format!("compose:{c}+title:{tid_eff} ({rule_ctx}; no holder in dictionary)")
                }
                None => format!("title:{tid} (no country)"),
            };
            self.ms.push(M {
                t0,
                t1,
                span,
                head: t1 - 1,
                sent: si,
                code,
                country,
                sector: tsector,
                actor: None,
                name,
                qid: None,
                rule,
                antecedent: None,
                agr,
                agent: Some(tu.actor),
                subject: false,
                entity_span: ent,
                location: false,
                shadow: false,
                same_as: None,
            });
            return;
        }
        // agents: sector from the first agent, unless a GOV modifier precedes a force
        if !agents.is_empty() {
            let mut sec_unit = agents[0];
            for u in &agents[1..] {
                let s = self.actor(u.actor).sector.as_deref().unwrap_or("");
                let s0 = self.actor(sec_unit.actor).sector.as_deref().unwrap_or("");
                if matches!(s0, "GOV" | "CVL") && matches!(s, "MIL" | "COP" | "SPY" | "REB") {
                    sec_unit = u;
                }
            }
            let ag = self.actor(sec_unit.actor);
            let sector = ag.sector.clone();
            let last = agents.last().unwrap();
            let la = self.actor(last.actor);
            let agr = if last.plural || la.form == Form::People {
                Agr::Plural
            } else if la.form == Form::Org {
                Agr::Org
            } else {
                Agr::Person
            };
            let mut antecedent = None;
            let mut rule;
            if country.is_none() && definite && !last.plural && agents.len() == 1 {
                // "the ministry", "the army": an earlier mention of the same agent with a country
                if let Some(k) = (0..self.ms.len()).rev().find(|&k| {
                    self.ms[k].agent == Some(last.actor)
                        && self.ms[k].country.is_some()
                        && self.ms[k].sent + 6 >= si
                }) {
                    antecedent = Some(k);
                    country = self.ms[k].country.clone();
                }
            }
            // "the Obama administration": the government noun right after a person
            // named as its head is that person's country's
            if country.is_none()
                && antecedent.is_none()
                && let Some(prev) = self.ms.last()
                && prev.t1 == sec_unit.t0
                && prev.rule.contains(&format!("[{HEAD_OF_ADMINISTRATION}]"))
                && let Some(c) = prev.country.clone()
            {
                via = format!("administration of {}", self.doc.slice(prev.span));
                country = Some(c);
            }
            // "The Government", "the Ministry of Defence": an institution written
            // with a capital (not just at the start of the sentence) is the
            // country's own, the country the text is about; before any country
            // is named (a headline), a government site's own country
            if country.is_none()
                && antecedent.is_none()
                && !named_after_of
                && !last.plural
                && sec_unit.t0 > s0
                && self
                    .doc
                    .slice(sec_unit.span)
                    .starts_with(char::is_uppercase)
            {
                if let Some(c) = self.context_country() {
                    via = format!("context country {c}, capitalised");
                    country = Some(c);
                } else if let Some(c) = self.outlet_country.clone() {
                    via = format!("outlet country {c}, capitalised");
                    country = Some(c);
                }
            }
            // "the interior ministry", "police", "the army": a state body named
            // without a country belongs to the country the article is about so
            // far, when one country leads the others by a margin
            let mut dominant = None;
            if country.is_none()
                && antecedent.is_none()
                && supporter.is_none()
                && matches!(
                    sector.as_deref(),
                    Some("GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG")
                )
                && self.context_agent(sec_unit, head, s0, s1)
                && let Some((c, n1, n2)) = self.dominant_country()
            {
                dominant = Some(format!(
                    "dominant country {c}: {n1} mentions so far, next {n2}"
                ));
                country = Some(c);
            }
            if let Some(k) = antecedent {
                rule = format!(
                    "coref:agent {:?} → earlier {}",
                    self.doc.slice(last.span),
                    self.ms[k].code
                );
            } else if let Some(c) = &country {
                rule = format!(
                    "compose:{c}+agent:{}:{} ({via})",
                    ag.id,
                    self.doc.slice(sec_unit.span)
                );
            } else {
                rule = format!(
                    "agent:{}:{} (no country)",
                    ag.id,
                    self.doc.slice(sec_unit.span)
                );
                if let Some(s) = supporter {
                    rule.push_str(&format!(
                        "; {} not coded as its country",
                        self.doc.slice(s.span)
                    ));
                }
            }
            if let Some(why) = dominant {
                rule = format!(
                    "context:{}+agent:{}:{} ({why})",
                    country.as_deref().unwrap_or(""),
                    ag.id,
                    self.doc.slice(sec_unit.span)
                );
            } else if let Some(c) = &country {
                self.note_country(c);
            }
            let code = code_of(country.as_deref(), sector.as_deref(), self.dict);
            let ent = real_mod.map(|u| u.span);
            self.ms.push(M {
                t0: if supporter.is_some() {
                    group[0].t0.min(t0)
                } else {
                    t0
                },
                t1,
                span,
                head,
                sent: si,
                code,
                country,
                sector,
                actor: None,
                name: None,
                qid: None,
                rule,
                antecedent,
                agr,
                agent: Some(last.actor),
                subject: false,
                entity_span: ent,
                location: false,
                shadow: false,
                same_as: None,
            });
            return;
        }
        // a lone modifier: country name, adjective, people, seat, IGO, region
        let u = &group[0];
        if u.supporter {
            return;
        }
        let a = self.actor(u.actor);
        let prev = if u.t0 > s0 {
            self.tok_fold(u.t0 - 1)
        } else {
            Cow::Borrowed("")
        };
        let locative = self.after_locative(u.t0, s0);
        // a city naming an event or thing ("the Paris gathering", "the Minsk
        // agreements") is a place, not the government that sits there
        let noun_modifier = u.how == AliasKind::Seat
            && !is_building(self.doc.slice(u.span))
            && u.t1 < s1
            && matches!(
                (self.doc.tags.as_deref(), self.doc.deps.as_deref()),
                (Some(tg), Some(d)) if d[u.t1 - 1].rel.starts_with("compound")
                    && d[u.t1 - 1].head.is_some_and(|h| h as usize >= u.t1)
                    && tg[u.t1].upos == "NOUN"
            );
        let locative = locative || noun_modifier;
        let (country, sector, rule, agr, location, actor, name, qid) = match (u.kind, u.how) {
            (Kind::Region, _) => return,
            (Kind::Country, AliasKind::Adj) => (
                Some(a.id.clone()),
                None,
                format!("adj:{} {:?}", a.id, self.doc.slice(u.span)),
                Agr::None,
                false,
                Some(u.actor),
                Some(a.display().to_string()),
                a.qid.clone(),
            ),
            (Kind::Country, AliasKind::People) => (
                Some(a.id.clone()),
                None,
                format!("people:{} {:?}", a.id, self.doc.slice(u.span)),
                Agr::Plural,
                false,
                Some(u.actor),
                Some(a.display().to_string()),
                a.qid.clone(),
            ),
            (Kind::Country, AliasKind::Seat) if locative => (
                Some(a.id.clone()),
                None,
                if noun_modifier {
                    format!(
                        "location:{} (seat {:?} naming the noun after it)",
                        a.id,
                        self.doc.slice(u.span)
                    )
                } else {
                    format!(
                        "location:{} (seat {:?} after {prev:?})",
                        a.id,
                        self.doc.slice(u.span)
                    )
                },
                Agr::Place,
                true,
                Some(u.actor),
                Some(a.display().to_string()),
                a.qid.clone(),
            ),
            (Kind::Country, AliasKind::Seat) => (
                Some(a.id.clone()),
                u.seat_sector.clone().or(Some("GOV".into())),
                format!("seat:{} {:?} (metonym)", a.id, self.doc.slice(u.span)),
                Agr::Org,
                false,
                Some(u.actor),
                Some(a.display().to_string()),
                a.qid.clone(),
            ),
            (Kind::Country, _) if locative => (
                Some(a.id.clone()),
                None,
                format!("location:{} (after {prev:?})", a.id),
                Agr::Place,
                true,
                Some(u.actor),
                Some(a.display().to_string()),
                a.qid.clone(),
            ),
            (Kind::Country, _) => (
                Some(a.id.clone()),
                Some("GOV".into()),
                format!("country:{} as state actor", a.id),
                Agr::Org,
                false,
                Some(u.actor),
                Some(a.display().to_string()),
                a.qid.clone(),
            ),
            (Kind::Igo, _) => {
                let sec = if u.how == AliasKind::Seat {
                    u.seat_sector.clone()
                } else {
                    None
                };
                let why = match u.how {
                    AliasKind::Short => "short name",
                    AliasKind::Seat => "seat",
                    AliasKind::Adj => "adjective",
                    _ => "name",
                };
                (
                    Some(a.id.clone()),
                    sec.or(Some("IGO".into())),
                    format!("dict:{} ({why} {:?})", a.id, self.doc.slice(u.span)),
                    Agr::Org,
                    false,
                    Some(u.actor),
                    Some(a.display().to_string()),
                    a.qid.clone(),
                )
            }
            _ => return,
        };
        let antecedent = if u.how == AliasKind::Short {
            self.last_mention_of(u.actor)
        } else {
            None
        };
        if let Some(c) = &country {
            self.note_country(c);
        }
        self.ms.push(M {
            t0,
            t1,
            span,
            head,
            sent: si,
            code: code_of(country.as_deref(), sector.as_deref(), self.dict),
            country,
            sector,
            actor,
            name,
            qid,
            rule,
            antecedent,
            agr,
            agent: None,
            subject: false,
            entity_span: Some(u.span),
            location,
            shadow: false,
            same_as: None,
        });
    }

    /// The local subject a pronoun at `t` is compared with: the subject of
    /// its clause, or for an infinitival complement ("NATO urged Moscow to pull
    /// its forces back") the controller (object, else subject, of the governing
    /// verb). Returns (token of the local subject, predicate of the pronoun).
    fn local_subject(&self, t: usize, a: usize, b: usize) -> (Option<usize>, Option<usize>) {
        let (Some(d), Some(tags)) = (self.doc.deps.as_deref(), self.doc.tags.as_deref()) else {
            return (None, None);
        };
        let rel = |k: usize| d[k].rel.split(':').next().unwrap_or("");
        let mut k = t;
        let mut pred = None;
        for _ in 0..12 {
            let Some(h) = d[k].head.map(|h| h as usize) else {
                break;
            };
            if h < a || h >= b {
                break;
            }
            if matches!(tags[h].upos.as_str(), "VERB" | "AUX") || d[h].head.is_none() {
                pred = Some(h);
                break;
            }
            k = h;
        }
        let Some(p) = pred else {
            return (None, None);
        };
        let dep = |h: usize, r: &[&str]| {
            (a..b).find(|&x| x != t && d[x].head == Some(h as u32) && r.contains(&rel(x)))
        };
        if let Some(s) = dep(p, &["nsubj"]) {
            return (Some(s), Some(p));
        }
        if matches!(rel(p), "xcomp" | "advcl")
            && let Some(g) = d[p].head.map(|h| h as usize)
            && g >= a
            && g < b
        {
            let c = if rel(p) == "xcomp" {
                dep(g, &["obj", "iobj"]).or_else(|| dep(g, &["nsubj"]))
            } else {
                dep(g, &["nsubj"])
            };
            return (c, Some(p));
        }
        (None, Some(p))
    }

    fn pronouns(&mut self, si: usize, a: usize, b: usize) {
        // salience counts, incrementally
        for k in self.sal_done..self.ms.len() {
            let root = self.chain(k);
            self.sal_bump(root);
        }
        self.sal_done = self.ms.len();
        for t in a..b {
            // every pronoun below starts with h, s, t or i and has at most 10 bytes:
            // skip other tokens without folding them (an allocation per token)
            let raw = self.doc.token_norm(t);
            if raw.len() > 10 || !raw.starts_with(['h', 'H', 's', 'S', 't', 'T', 'i', 'I']) {
                continue;
            }
            let w = self.tok_fold(t);
            let agr = match w.deref() {
                "he" | "him" | "his" | "himself" => Agr::Male,
                "she" | "her" | "hers" | "herself" => Agr::Female,
                "they" | "them" | "their" | "theirs" | "themselves" => Agr::Plural,
                "it" | "its" | "itself" => Agr::Org,
                _ => continue,
            };
            if let Some(tags) = self.doc.tags.as_deref()
                && !matches!(tags[t].upos.as_str(), "PRON" | "DET")
            {
                continue;
            }
            if w == "it"
                && t + 1 < b
                && matches!(
                    self.tok_fold(t + 1).deref(),
                    "is" | "was" | "'s" | "seems" | "appears" | "remains" | "takes"
                )
                // a progressive is no expletive: "it was monitoring the situation"
                && !(t + 2 < b && {
                    let w2 = self.tok_fold(t + 2);
                    w2.ends_with("ing") && w2 != "going" && w2.len() > 5
                })
            {
                continue;
            }
            // the parser's expletive ("it turned out that …", "it rained")
            if w == "it"
                && self
                    .doc
                    .deps
                    .as_deref()
                    .is_some_and(|d| d[t].rel.starts_with("expl"))
            {
                continue;
            }
            let possessive = matches!(w.deref(), "his" | "its" | "their" | "hers")
                || (w == "her"
                    && self
                        .doc
                        .deps
                        .as_deref()
                        .is_some_and(|d| d[t].rel.starts_with("nmod:poss")));
            let reflexive = w.ends_with("self") || w.ends_with("selves");
            let object = !possessive
                && !reflexive
                && matches!(w.deref(), "him" | "her" | "them" | "it")
                && self
                    .doc
                    .deps
                    .as_deref()
                    .is_some_and(|d| matches!(d[t].rel.as_str(), "obj" | "iobj"));
            let (local, _) = self.local_subject(t, a, b);
            let tspan = self.doc.tokens()[t].span;
            // A he/she subject outside quotation marks ("…," he said; "He
            // added …") names neither a person the quotations around it talk
            // about (mentions inside quotation marks in the window are no
            // candidates) nor a salient person over the subject of its own or
            // the previous sentence: when such a subject agrees by known gender,
            // the salience of candidates that are no subject counts up to 3
            // only ("Senator Grassley criticised Trump's plan. '…,' he said").
            let speaker_like = matches!(agr, Agr::Male | Agr::Female)
                && self
                    .doc
                    .deps
                    .as_deref()
                    .is_some_and(|d| d[t].rel.starts_with("nsubj"))
                && self.inside_quotes(si).is_some_and(|q| !q[t - a]);
            let mut quoted: Vec<(usize, Option<Vec<bool>>)> = Vec::new();
            // (score without salience, salience, subject, fit, distance, k)
            let mut cands: Vec<(i32, i32, bool, i32, i32, usize)> = Vec::new();
            let mut promoted: Vec<usize> = Vec::new();
            for k in (0..self.ms.len()).rev() {
                let m = &self.ms[k];
                if m.sent + WINDOW < si {
                    break;
                }
                if m.span.start >= tspan.start || m.span.contains(tspan) {
                    continue;
                }
                let root = self.chain(k);
                let known = self.gender.get(&root).copied();
                let fit = match (agr, m.agr) {
                    (Agr::Male, Agr::Male) | (Agr::Female, Agr::Female) => 3,
                    (Agr::Male | Agr::Female, Agr::Person) => match known {
                        Some(g) if g == agr => 3,
                        Some(_) => -100,
                        // "her father" is no *she*; a gendered noun only excludes
                        None if self.noun_gender(m).is_some_and(|g| g != agr) => -100,
                        // a title the dictionary knows before a name it does not
                        // ("Senator Walter Brandt": the mention is the title)
                        None => match self.titled_name_gender(m) {
                            Some(g) if g == agr => 3,
                            Some(_) => -100,
                            None => 1,
                        },
                    },
                    (Agr::Plural, Agr::Plural) => 3,
                    // "they" for an organisation, not for a state
                    (Agr::Plural, Agr::Org) if m.agent.is_some() || m.shadow => 0,
                    (Agr::Org, Agr::Org) => 3,
                    // "in Russia … it": a place named after a locative
                    // preposition is a location, not what "it" does or has
                    (Agr::Org, Agr::Place)
                        if self.after_locative(
                            m.t0,
                            self.doc.sentences()[m.sent].tokens.start as usize,
                        ) =>
                    {
                        -100
                    }
                    (Agr::Org, Agr::Place) => 0,
                    _ => -100,
                };
                if fit < 0 {
                    continue;
                }
                // a person of unknown gender named as the subject of a verb of
                // saying in this or the previous sentence ("'…,' Varnholt said.
                // '…,' he added"): agrees like a known gender when no subject of
                // known gender anchors the pronoun (below)
                let promotable = speaker_like
                    && fit == 1
                    && m.agr == Agr::Person
                    && m.sent + 1 >= si
                    // (in its own sentence only as "…," he added: in "Roe said
                    // Dale paid people he recruited", *he* is not Roe)
                    && (m.sent < si || self.says(t))
                    && self.say_subject(m)
                    && !self.titled(m)
                    // a name, not an agent noun ("A CEO like Charles Wilson could say")
                    && self
                        .doc
                        .tags
                        .as_deref()
                        .is_some_and(|g| g[m.t1 - 1].upos == "PROPN")
                    && !self.surname_of_actor(k);
                if speaker_like {
                    let ms = m.sent;
                    if !quoted.iter().any(|(x, _)| *x == ms) {
                        let q = self.inside_quotes(ms);
                        quoted.push((ms, q));
                    }
                    let s0 = self.doc.sentences()[ms].tokens.start as usize;
                    if quoted
                        .iter()
                        .find(|(x, _)| *x == ms)
                        .and_then(|(_, q)| q.as_ref())
                        .is_some_and(|q| {
                            m.head
                                .checked_sub(s0)
                                .and_then(|i| q.get(i))
                                .copied()
                                .unwrap_or(false)
                        })
                    {
                        continue;
                    }
                }
                let is_local = local.is_some_and(|l| m.t0 <= l && l < m.t1);
                if object && is_local {
                    continue; // "NATO told it" : it ≠ NATO (binding)
                }
                let dist = (si - m.sent) as i32;
                let sal = sal_key(&self.ms[root])
                    .and_then(|key| self.sal_count(key))
                    .unwrap_or(0)
                    .min(SALIENCE_CAP) as i32;
                let score = fit * 2 - dist * DIST_PENALTY
                    + if m.subject { SUBJECT_BONUS } else { 0 }
                    + if is_local && (possessive || reflexive) {
                        LOCAL_BONUS
                    } else {
                        0
                    }
                    + (k as i32) / 1000;
                cands.push((score, sal, m.subject, fit, dist, k));
                if promotable {
                    promoted.push(cands.len() - 1);
                }
            }
            let mut anchored = speaker_like
                && cands
                    .iter()
                    .any(|&(_, _, subj, fit, dist, _)| subj && fit == 3 && dist <= 1);
            if !anchored && !promoted.is_empty() {
                for &i in &promoted {
                    cands[i].0 += 4;
                    cands[i].3 = 3;
                }
                anchored = true;
            }
            let mut best: Option<(i32, usize)> = None;
            for &(score, sal, subj, _, _, k) in &cands {
                let sal = if anchored && !subj {
                    sal.min(ANCHORED_SALIENCE_CAP)
                } else {
                    sal
                };
                if best.is_none_or(|bb| score + sal > bb.0) {
                    best = Some((score + sal, k));
                }
            }
            // nothing agrees within the window: a speaker ("…," he added) is the
            // only person of this gender named so far
            if best.is_none() && matches!(agr, Agr::Male | Agr::Female) && self.says(t) {
                best = self.only_person(agr, tspan.start).map(|k| (0, k));
            }
            let Some((_, k)) = best else { continue };
            let mut m = self.linked(
                k,
                t,
                si,
                "coref:pronoun",
                "agreement, clause subject, subject preference, salience, recency",
            );
            if m.agr == Agr::Place {
                m.agr = Agr::Org;
            }
            if matches!(agr, Agr::Male | Agr::Female) && m.agr == Agr::Person {
                self.gender.insert(self.chain(k), agr);
            }
            let root = self.chain(k);
            self.sal_bump(root);
            self.ms.push(m);
            self.sal_done = self.ms.len();
        }
    }

    /// For each token of sentence `si`, whether it is inside quotation marks;
    /// `None` when the sentence has an odd number of marks (a quotation that
    /// runs over several sentences).
    fn inside_quotes(&self, si: usize) -> Option<Vec<bool>> {
        let r = self.doc.sentences()[si].tokens;
        let (a, b) = (r.start as usize, r.end as usize);
        let quote = |t: usize| {
            matches!(
                self.doc.token_text(t),
                "\"" | "\u{201c}" | "\u{201d}" | "``" | "''"
            )
        };
        let marks = (a..b).filter(|&t| quote(t)).count();
        if marks % 2 == 1 {
            return None;
        }
        let mut inside = vec![false; b - a];
        let mut open = false;
        for t in a..b {
            if quote(t) {
                open = !open;
            } else {
                inside[t - a] = open;
            }
        }
        Some(inside)
    }

    /// The salience count of an entity.
    fn sal_count(&self, key: SalKey) -> Option<usize> {
        match key {
            SalKey::Actor(a) => self.sal.get(&a).copied(),
            SalKey::Name(n) => self.sal_names.get(n).copied(),
        }
    }

    /// One more mention of mention `k`'s entity (if it has a salience key).
    fn sal_bump(&mut self, k: usize) {
        match sal_key(&self.ms[k]) {
            Some(SalKey::Actor(a)) => *self.sal.entry(a).or_insert(0) += 1,
            Some(SalKey::Name(n)) => match self.sal_names.get_mut(n) {
                Some(c) => *c += 1,
                None => {
                    self.sal_names.insert(n.to_string(), 1);
                }
            },
            None => {}
        }
    }

    /// Whether token `t` is the subject of a verb of saying (needs dependencies).
    fn says(&self, t: usize) -> bool {
        let (Some(d), Some(tags)) = (self.doc.deps.as_deref(), self.doc.tags.as_deref()) else {
            return false;
        };
        d[t].rel.starts_with("nsubj")
            && d[t]
                .head
                .is_some_and(|h| SAY.contains(&tags[h as usize].lemma.as_str()))
    }

    /// Whether mention `m` is the subject of a verb of saying ([`SAY`]): one of
    /// its words is `nsubj` of such a verb outside it, or `flat` of that subject
    /// ("'…,' Mara Varnholt, a union organiser, said"; not the apposition).
    fn say_subject(&self, m: &M) -> bool {
        let (Some(d), Some(tags)) = (self.doc.deps.as_deref(), self.doc.tags.as_deref()) else {
            return false;
        };
        let say_subj = |x: usize| {
            d[x].rel.starts_with("nsubj")
                && d[x]
                    .head
                    .is_some_and(|h| SAY.contains(&tags[h as usize].lemma.as_str()))
        };
        (m.t0..m.t1.min(d.len())).any(|x| {
            let Some(h) = d[x].head.map(|h| h as usize) else {
                return false;
            };
            if (m.t0..m.t1).contains(&h) {
                return false;
            }
            say_subj(x) || (matches!(d[x].rel.as_str(), "flat" | "flat:name") && say_subj(h))
        })
    }

    /// Whether the last word of mention `m` is a title ("Rhode Island Gov.",
    /// which the recogniser split from the name after it).
    fn titled(&self, m: &M) -> bool {
        let w = self.doc.token_text(m.t1 - 1);
        w.ends_with('.') || self.dict.names.title(w).is_some()
    }

    /// Whether mention `k` is a recogniser name of one word that is the last word
    /// of a dictionary person named before it ("Bush" after "Jeb Bush"): that
    /// person's gender is known, only not on this mention.
    fn surname_of_actor(&self, k: usize) -> bool {
        let m = &self.ms[k];
        m.actor.is_none()
            && m.t1 == m.t0 + 1
            && m.name.as_deref().is_some_and(|w| {
                self.ms[..k].iter().any(|o| {
                    o.actor.is_some()
                        && o.name
                            .as_deref()
                            .and_then(|n| n.rsplit(' ').next())
                            .is_some_and(|l| l == w)
                })
            })
    }

    /// The last mention of the only person entity seen before byte `before` whose
    /// gender is known to agree with a *he* or *she* (`agr`: a gendered name, a
    /// gendered noun, or a chain already called *he*/*she*), if there is exactly
    /// one such entity. Persons of unknown gender do not count.
    fn only_person(&self, agr: Agr, before: u32) -> Option<usize> {
        let mut found: Option<(Result<usize, SalKey>, usize)> = None;
        for k in 0..self.ms.len() {
            let m = &self.ms[k];
            if m.span.start >= before {
                continue;
            }
            let root = self.chain(k);
            let known = self
                .gender
                .get(&root)
                .copied()
                .or_else(|| self.noun_gender(m));
            let ok = match m.agr {
                Agr::Male | Agr::Female => m.agr == agr,
                Agr::Person => known == Some(agr),
                _ => false,
            };
            if !ok {
                continue;
            }
            // one entity: the same chain, or the same dictionary actor / name
            let id = sal_key(&self.ms[root]).map_or(Ok(root), Err);
            match &found {
                Some((r, _)) if *r != id => return None,
                _ => found = Some((id, k)),
            }
        }
        found.map(|(_, k)| k)
    }

    /// The gender of a recogniser person named by tokens `t0..t1`: an honorific
    /// right before it ("Mrs. Sato", "Queen Rania"), else the name list
    /// (`given.names`: a title or given name among its first words; an
    /// ambiguous name such as "Jean" or "Alex" gives none), else the
    /// recogniser's own first-name list for a first word the list lacks.
    fn name_gender(&self, t0: usize, t1: usize) -> Option<char> {
        let names = &self.dict.names;
        if t0 > 0
            && let Some(x) = names.title(self.doc.token_text(t0 - 1))
        {
            return x.as_char();
        }
        let words: Vec<&str> = (t0..t1.min(t0 + 3))
            .map(|t| self.doc.token_text(t))
            .collect();
        match names.listed(&words) {
            Some(x) => x.as_char(),
            None => self.dict.ner_lists.name_gender(self.doc.token_norm(t0)),
        }
    }

    /// The gender of the given name after a person mention that is a title
    /// alone: the dictionary matched "Senator" of "Senator Walter Brandt" and
    /// the recogniser's person spans the name ("Walter": male).
    fn titled_name_gender(&self, m: &M) -> Option<Agr> {
        if m.agr != Agr::Person {
            return None;
        }
        let i = self
            .extra
            .partition_point(|e| (e.tokens.start as usize) <= m.t0);
        let e = self.extra.get(i.checked_sub(1)?)?;
        let (e0, e1) = (e.tokens.start as usize, e.tokens.end as usize);
        if crate::ner::eval_label(&e.label) != "PER" || e0 > m.t0 || e1 <= m.t1 {
            return None;
        }
        match self.name_gender(m.t1, e1) {
            Some('m') => Some(Agr::Male),
            Some('f') => Some(Agr::Female),
            _ => None,
        }
    }

    /// The gender a person mention without a gendered name carries in its own
    /// words: "her father", "the congresswoman", "Mr. Sato" (see [`GENDERED`]).
    fn noun_gender(&self, m: &M) -> Option<Agr> {
        if m.agr != Agr::Person {
            return None;
        }
        (m.t0..m.t1).find_map(|t| {
            let w = self.tok_fold(t);
            let w = w.trim_end_matches('.');
            if GENDERED.0.contains(&w) {
                Some(Agr::Male)
            } else if GENDERED.1.contains(&w) {
                Some(Agr::Female)
            } else {
                None
            }
        })
    }

    /// The entity a mention belongs to: its root, through `same_as` links.
    fn chain(&self, k: usize) -> usize {
        let mut r = self.root(k);
        while let Some(s) = self.ms[r].same_as {
            if s >= r {
                break;
            }
            r = self.root(s);
        }
        r
    }

    /// "We have nowhere to retreat," he said: a first-person pronoun inside a
    /// quotation whose speaker is named in the same sentence (the subject of a
    /// verb of saying outside the quotation marks) refers to that speaker.
    /// Needs dependencies; sentences with an odd number of quotation marks (a
    /// quotation over several sentences) are skipped.
    fn quoted_first_person(&mut self, si: usize, a: usize, b: usize) {
        let (Some(d), Some(tags)) = (self.doc.deps.as_deref(), self.doc.tags.as_deref()) else {
            return;
        };
        // (`a..b` is sentence `si`'s token range)
        let Some(inside) = self.inside_quotes(si).filter(|q| q.contains(&true)) else {
            return;
        };
        let speaker = (0..self.ms.len()).rev().find(|&k| {
            let m = &self.ms[k];
            m.sent == si
                && m.head >= a
                && m.head < b
                && !inside[m.head - a]
                && !m.location
                && d[m.head].rel.starts_with("nsubj")
                && d[m.head]
                    .head
                    .is_some_and(|h| SAY.contains(&tags[h as usize].lemma.as_str()))
        });
        let Some(k) = speaker else { return };
        for t in a..b {
            if !inside[t - a] {
                continue;
            }
            let w = self.tok_fold(t);
            if !matches!(w.deref(), "i" | "me" | "my" | "we" | "us" | "our") {
                continue;
            }
            if !matches!(tags[t].upos.as_str(), "PRON" | "DET") {
                continue;
            }
            let m = self.linked(
                k,
                t,
                si,
                "coref:quote speaker",
                "first person inside a quotation",
            );
            self.ms.push(m);
        }
    }

    /// A mention of token `t` (sentence `si`) linked to mention `k` as its
    /// antecedent: it inherits `k`'s code and roles; `rule` names the link.
    fn linked(&self, k: usize, t: usize, si: usize, rule: &str, why: &str) -> M {
        // mention `k`'s fields but its rule (not cloned only to be replaced)
        let o = &self.ms[k];
        M {
            t0: t,
            t1: t + 1,
            span: self.doc.tokens()[t].span,
            head: t,
            sent: si,
            code: o.code.clone(),
            country: o.country.clone(),
            sector: o.sector.clone(),
            actor: o.actor,
            name: o.name.clone(),
            qid: o.qid.clone(),
            rule: {
                let (tok, ante) = (self.doc.token_text(t), self.doc.slice(o.span));
                let mut r =
                    String::with_capacity(rule.len() + tok.len() + ante.len() + why.len() + 12);
                r.push_str(rule);
                r.push(' ');
                push_debug(&mut r, tok);
                r.push_str(" → ");
                r.push_str(ante);
                r.push_str(" (");
                r.push_str(why);
                r.push(')');
                r
            },
            antecedent: Some(k),
            agr: o.agr,
            agent: o.agent,
            subject: self
                .doc
                .deps
                .as_deref()
                .is_some_and(|d| d[t].rel.starts_with("nsubj")),
            entity_span: None,
            location: false,
            shadow: o.shadow,
            same_as: o.same_as,
        }
    }

    fn root(&self, mut k: usize) -> usize {
        while let Some(a) = self.ms[k].antecedent {
            if a >= k {
                break;
            }
            k = a;
        }
        k
    }

    fn finish(mut self) -> Resolved {
        let mut entities = std::mem::take(&mut self.entities);
        let n_dict = entities.len();
        for e in &self.extra {
            if !entities.iter().any(|x| x.span.overlaps(e.span)) {
                entities.push(e.clone());
            } else if let Some(t) = office_before_of(self.doc, e, &entities[..n_dict])
                && !entities.iter().any(|x| x.span.overlaps(t.span))
            {
                // "the Secretary General of the Council of Europe": the
                // office stays a mention of its holder beside the
                // dictionary's organisation
                entities.push(t);
            }
        }
        entities.sort_by_key(|e| (e.span.start, e.span.end));
        entities.dedup_by_key(|e| e.span);
        let roots: Vec<usize> = (0..self.ms.len()).map(|i| self.root(i)).collect();
        let links: Vec<Link> = (0..self.ms.len())
            .filter(|&i| self.ms[i].rule.starts_with("coref:pronoun"))
            .map(|i| (self.ms[i].span, self.ms[roots[i]].span))
            .collect();
        let keep = |i: usize| !self.ms[i].shadow && !self.ms[roots[i]].shadow;
        // pronouns whose chain starts at a named person or organisation without an actor: the
        // entity of the chain's first full name (through `same_as`, so "she"
        // after "Kowalczyk" after "Maria Kowalczyk" points at the full name)
        let coref: Vec<CorefLink> = (0..self.ms.len())
            .filter(|&i| self.ms[i].rule.starts_with("coref:pronoun") && !keep(i))
            .filter_map(|i| {
                let m = &self.ms[i];
                let root = &self.ms[self.chain(i)];
                // persons and organisations: a pronoun resolved to a place is wrong more often
                // than not ("Nobody in Europe should want it")
                let e = entities
                    .iter()
                    .position(|e| e.span == root.span && matches!(&*e.label, "PER" | "ORG"))?;
                Some(CorefLink {
                    span: m.span,
                    tokens: TokenRange::new(m.t0, m.t1),
                    entity: e as u32,
                    rule: m.rule.clone(),
                })
            })
            .collect();
        let mut order: Vec<usize> = (0..self.ms.len()).filter(|&i| keep(i)).collect();
        order.sort_by_key(|&i| (self.ms[i].span.start, self.ms[i].span.end, i));
        let mut pos = vec![0u32; self.ms.len()];
        for (p, &i) in order.iter().enumerate() {
            pos[i] = p as u32;
        }
        // each kept mention is read once here, so its strings are moved out,
        // not cloned; `entities` is sorted by span with no span twice, so
        // the binary search finds the one entity the linear scan found
        let dict = &self.dict;
        let mut ms = std::mem::take(&mut self.ms);
        let actors = order
            .iter()
            .map(|&i| {
                let m = &mut ms[i];
                ActorMention {
                    span: m.span,
                    tokens: TokenRange::new(m.t0, m.t1),
                    head: m.head as u32,
                    entity: m
                        .entity_span
                        .and_then(|s| entities.binary_search_by_key(&s, |e| e.span).ok())
                        .map(|x| x as u32),
                    actor_id: m.actor.map(|a| dict.actors[a].id.clone()),
                    name: m.name.take(),
                    code: std::mem::take(&mut m.code),
                    country: m.country.take(),
                    sector: m.sector.take(),
                    qid: m.qid.take(),
                    antecedent: m.antecedent.map(|a| pos[a]),
                    rule: std::mem::take(&mut m.rule),
                }
            })
            .collect();
        Resolved {
            entities,
            actors,
            links,
            coref,
        }
    }
}

/// The office of a recogniser's "the TITLE of X" mention whose "of X" part
/// holds every dictionary entity it overlaps ("the Secretary General of the
/// Council of Europe" → "Secretary General"), or `None`.
fn office_before_of(doc: &Doc, e: &Entity, dict: &[Entity]) -> Option<Entity> {
    if e.rule != "rule:the-title" {
        return None;
    }
    let (a, b) = (e.tokens.start as usize, e.tokens.end as usize);
    let of = (a + 1..b).find(|&k| doc.token_text(k) == "of")?;
    let overlapping = dict.iter().filter(|x| x.span.overlaps(e.span));
    let mut any = false;
    for x in overlapping {
        any = true;
        if (x.tokens.start as usize) <= of {
            return None;
        }
    }
    any.then(|| {
        let t = doc.tokens();
        Entity {
            span: Span::new(t[a].span.start as usize, t[of - 1].span.end as usize),
            tokens: TokenRange::new(a, of),
            label: e.label.clone(),
            rule: e.rule.clone(),
        }
    })
}

fn kind_word(u: &Unit) -> &'static str {
    match (u.kind, u.how) {
        (_, AliasKind::Adj) => "adj",
        (_, AliasKind::Seat) => "seat",
        (Kind::Igo, _) => "igo",
        (Kind::Group, _) => "group",
        (Kind::Region, _) => "region",
        _ => "country",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_strings_are_the_formatted_ones() {
        for x in [
            "Putin",
            "",
            "the \"Kremlin\"",
            "a\\b",
            "it's",
            "tab\there",
            "line\nbreak",
            "Zelenskyy’s",
            "e\u{301}",
            "\u{7f}",
            "~ !#$%&()*+,-./09:;<=>?@AZ[]^_`az{|}",
            "\u{200b}x",
        ] {
            let mut s = String::from("dict:name ");
            push_debug(&mut s, x);
            assert_eq!(s, format!("dict:name {x:?}"), "{x}");
        }
    }

    #[test]
    fn role_notes_are_the_formatted_ones() {
        let r = crate::dict::Role {
            country: "UKR".into(),
            sector: "GOV".into(),
            from: Some(20190520),
            to: None,
            title: None,
            label: Some("president".into()),
            line: 3,
        };
        for ri in [0, 8, 9, 10, 99, 1234] {
            let mut s = String::from("why; dict:x");
            push_role_note(&mut s, ri, &r, HEAD_OF_ADMINISTRATION);
            let want = format!(
                "why; dict:x#role{} {} [{HEAD_OF_ADMINISTRATION}]",
                ri + 1,
                r.describe()
            );
            assert_eq!(s, want);
        }
    }
}
