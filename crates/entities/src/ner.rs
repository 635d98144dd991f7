//! Named-entity recognition: a commercially clean dictionary + rules
//! recogniser (the default), an averaged-perceptron BIO sequence labeller
//! with dictionary (gazetteer) features that can be trained on GUM (CC BY-NC-SA:
//! non-commercial), GUM gold extraction, and span P/R/F1 scoring.
//!
//! Labels: `PER`, `ORG`, `LOC` (places; the dictionary says `GPE` for states
//! and cities, scored as `LOC`), `NORP` (nationalities, dictionary only).

#![allow(clippy::needless_range_loop)] // token-indexed parallel vectors read clearer with indices

use crate::dict::{Dictionary, Kind};
use crate::matcher::AliasKind;
use chronicle_doc::conllu::UdSentence;
use chronicle_doc::{Doc, Entity, Span, TokenRange};
use std::collections::{BTreeMap, HashMap};

/// The scored label of a produced label (`GPE` → `LOC`).
pub fn eval_label(l: &str) -> &str {
    match l {
        "GPE" | "LOC" | "FAC" => "LOC",
        x => x,
    }
}

// ---------------------------------------------------------------- gold from GUM

/// A gold mention from GUM's `Entity=` MISC annotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldMention {
    /// Document-level entity id (coreference chain).
    pub eid: String,
    /// GUM entity type (`person`, `place`, `organization`, …).
    pub etype: String,
    /// Token range in the Doc built by `conllu::to_doc` from the same sentences.
    pub tokens: TokenRange,
    /// The name part: the first contiguous run of GUM's minimal-span token
    /// offsets ("Joshua Abraham Norton" in "Joshua Abraham Norton (c. 1818 – 1880), known as …").
    pub min: TokenRange,
    /// Head token (the word whose head lies outside the span).
    pub head: usize,
    /// True when the head is a proper noun.
    pub named: bool,
}

/// Reads GUM entity mentions of one document (sentences as given to `to_doc`).
pub fn gum_mentions(sentences: &[UdSentence]) -> Vec<GoldMention> {
    let mut out = Vec::new();
    let mut base = 0usize;
    for s in sentences {
        let mut open: Vec<(String, String, usize, Vec<usize>)> = Vec::new();
        for (wi, w) in s.words.iter().enumerate() {
            let Some(ent) = w.misc.split('|').find_map(|x| x.strip_prefix("Entity=")) else {
                continue;
            };
            let b = ent.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if b[i] == b'(' {
                    let mut j = i + 1;
                    while j < b.len() && b[j] != b'(' && b[j] != b')' {
                        j += 1;
                    }
                    let body = &ent[i + 1..j];
                    let parts: Vec<&str> = body.split('-').collect();
                    let eid = parts.first().unwrap_or(&"").to_string();
                    let etype = parts.get(1).unwrap_or(&"").to_string();
                    let offs: Vec<usize> = parts
                        .iter()
                        .skip(2)
                        .find(|p| {
                            !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit() || c == b',')
                        })
                        .map(|p| p.split(',').filter_map(|x| x.parse().ok()).collect())
                        .unwrap_or_default();
                    if j < b.len() && b[j] == b')' {
                        out.push(mk(s, base, wi, wi, eid, etype, &offs));
                        j += 1;
                    } else {
                        open.push((eid, etype, wi, offs));
                    }
                    i = j;
                } else if b[i].is_ascii_digit() {
                    let mut j = i;
                    while j < b.len() && b[j] != b')' && b[j] != b'(' {
                        j += 1;
                    }
                    let eid = &ent[i..j];
                    if let Some(k) = open.iter().rposition(|o| o.0 == eid) {
                        let (eid, etype, start, offs) = open.remove(k);
                        out.push(mk(s, base, start, wi, eid, etype, &offs));
                    }
                    i = j + 1;
                } else {
                    i += 1;
                }
            }
        }
        base += s.words.len();
    }
    out.sort_by_key(|m| (m.tokens.start, std::cmp::Reverse(m.tokens.end)));
    out
}

fn mk(
    s: &UdSentence,
    base: usize,
    a: usize,
    b: usize,
    eid: String,
    etype: String,
    offs: &[usize],
) -> GoldMention {
    let ids = (a as u32 + 1)..=(b as u32 + 1);
    let head = (a..=b)
        .find(|&k| !ids.contains(&s.words[k].head))
        .unwrap_or(b);
    // first contiguous run of minimal-span offsets (1-based within the span)
    let (mut m0, mut m1) = (a, b + 1);
    if let Some(&f) = offs.first()
        && f >= 1
        && a + f - 1 <= b
    {
        let mut last = f;
        for &o in &offs[1..] {
            if o == last + 1 && a + o - 1 <= b {
                last = o;
            } else {
                break;
            }
        }
        m0 = a + f - 1;
        m1 = a + last;
    }
    GoldMention {
        eid,
        etype,
        tokens: TokenRange::new(base + a, base + b + 1),
        min: TokenRange::new(base + m0, base + m1),
        head: base + head,
        named: s.words[head].upos == "PROPN",
    }
}

/// GUM type → NER label for the scored types.
pub fn gum_label(etype: &str) -> Option<&'static str> {
    match etype {
        "person" => Some("PER"),
        "organization" => Some("ORG"),
        "place" => Some("LOC"),
        _ => None,
    }
}

/// Gold named entities (outermost named person/place/organization spans).
pub fn gold_entities(doc: &Doc, mentions: &[GoldMention]) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    for m in mentions {
        let Some(l) = gum_label(&m.etype) else {
            continue;
        };
        let (a, b) = (m.min.start, m.min.end);
        if !m.named || out.iter().any(|e| e.tokens.start <= a && b <= e.tokens.end) {
            continue;
        }
        out.retain(|e| !(a <= e.tokens.start && e.tokens.end <= b));
        out.push(entity(doc, a as usize, b as usize, l, "gold"));
    }
    out.sort_by_key(|e| e.span.start);
    out
}

fn entity(doc: &Doc, a: usize, b: usize, label: &str, rule: &str) -> Entity {
    let t = doc.tokens();
    Entity {
        span: Span::new(t[a].span.start as usize, t[b - 1].span.end as usize),
        tokens: TokenRange::new(a, b),
        label: label.into(),
        rule: rule.into(),
    }
}

// ---------------------------------------------------------------- scoring

/// Exact-span, exact-type counts per label.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Prf {
    /// True positives.
    pub tp: usize,
    /// False positives.
    pub fp: usize,
    /// False negatives.
    pub fn_: usize,
}

impl Prf {
    /// Precision.
    pub fn p(&self) -> f64 {
        if self.tp + self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    /// Recall.
    pub fn r(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Adds a document's predictions to per-label counts (labels outside `labels` are ignored).
pub fn score(gold: &[Entity], pred: &[Entity], labels: &[&str], acc: &mut BTreeMap<String, Prf>) {
    let key = |e: &Entity| {
        (
            e.tokens.start,
            e.tokens.end,
            eval_label(&e.label).to_string(),
        )
    };
    let g: std::collections::HashSet<_> = gold
        .iter()
        .filter(|e| labels.contains(&eval_label(&e.label)))
        .map(key)
        .collect();
    let p: std::collections::HashSet<_> = pred
        .iter()
        .filter(|e| labels.contains(&eval_label(&e.label)))
        .map(key)
        .collect();
    for l in labels {
        let e = acc.entry(l.to_string()).or_default();
        e.tp += g.iter().filter(|x| x.2 == *l && p.contains(*x)).count();
        e.fp += p.iter().filter(|x| x.2 == *l && !g.contains(*x)).count();
        e.fn_ += g.iter().filter(|x| x.2 == *l && !p.contains(*x)).count();
    }
}

// ---------------------------------------------------------------- gazetteer

/// Per-token gazetteer tags from the dictionary (`B-PER`, `I-LOC`, `ADJ`…).
pub fn gazetteer(dict: &Dictionary, doc: &Doc) -> Vec<Option<String>> {
    let n = doc.tokens().len();
    let mut out: Vec<Option<String>> = vec![None; n];
    let sents: Vec<(usize, usize)> = if doc.sentences().is_empty() {
        vec![(0, n)]
    } else {
        doc.sentences()
            .iter()
            .map(|s| (s.tokens.start as usize, s.tokens.end as usize))
            .collect()
    };
    for (a, b) in sents {
        let (_, mut hits) = dict.matcher.find(doc, a, b);
        hits.sort_by_key(|h| (h.t0, std::cmp::Reverse(h.t1)));
        let mut end = 0;
        for h in hits {
            if h.t0 < end || h.prefix.is_some() {
                continue;
            }
            let lab = h.aliases.iter().find_map(|al| {
                let k = dict.actors[al.actor as usize].kind?;
                Some(match (k, al.kind) {
                    (_, AliasKind::Adj) | (_, AliasKind::People) => "NORP",
                    (Kind::Person, _) => "PER",
                    (Kind::Country | Kind::Region, _) => "LOC",
                    (Kind::Igo | Kind::Group, _) => "ORG",
                    _ => return None,
                })
            });
            let Some(lab) = lab else { continue };
            end = h.t1;
            for t in h.t0..h.t1 {
                out[t] = Some(format!("{}-{lab}", if t == h.t0 { "B" } else { "I" }));
            }
        }
    }
    out
}

// ---------------------------------------------------------------- rules (commercially clean)

const PER_CUES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "lady",
    "lord",
    "president",
    "minister",
    "senator",
    "governor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "general",
    "gen",
    "professor",
    "prof",
    "rev",
    "saint",
    "st",
    "judge",
    "mayor",
    "chancellor",
    "secretary",
    "ambassador",
    "captain",
    "colonel",
    "sgt",
    "lt",
    "cardinal",
    "bishop",
    "sheikh",
    "emperor",
    "uncle",
    "aunt",
    "chairman",
    "director",
    "coach",
    "officer",
    "spokesman",
    "spokeswoman",
    "premier",
    "rep",
    "sen",
    "gov",
    "pastor",
    "father",
    "brother",
    "sister",
];
const ORG_WORDS: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "company",
    "co",
    "ltd",
    "llc",
    "plc",
    "university",
    "college",
    "institute",
    "ministry",
    "department",
    "party",
    "association",
    "council",
    "committee",
    "bank",
    "agency",
    "organization",
    "organisation",
    "union",
    "foundation",
    "society",
    "court",
    "army",
    "navy",
    "police",
    "times",
    "post",
    "news",
    "group",
    "club",
    "church",
    "school",
    "academy",
    "center",
    "centre",
    "museum",
    "library",
    "commission",
    "assembly",
    "senate",
    "congress",
    "parliament",
    "federation",
    "league",
    "network",
    "airlines",
    "press",
    "journal",
    "service",
    "services",
    "office",
    "bureau",
    "board",
    "fund",
    "trust",
    "institution",
    "authority",
    "forces",
    "brigade",
    "movement",
    "front",
    "guard",
    "team",
    "records",
    "studios",
    "hospital",
    "laboratory",
    "labs",
    "systems",
    "technologies",
    "media",
    "magazine",
    "review",
    "tribune",
    "herald",
    "gazette",
    "telegraph",
    "guardian",
    "reuters",
    "administration",
    "government",
];
const LOC_WORDS: &[&str] = &[
    "river",
    "mountain",
    "mountains",
    "mount",
    "mt",
    "lake",
    "island",
    "islands",
    "street",
    "st.",
    "avenue",
    "ave",
    "road",
    "park",
    "county",
    "city",
    "province",
    "state",
    "valley",
    "bay",
    "sea",
    "ocean",
    "coast",
    "beach",
    "bridge",
    "square",
    "hills",
    "hill",
    "desert",
    "peninsula",
    "canyon",
    "falls",
    "airport",
    "station",
    "region",
    "district",
    "village",
    "town",
    "harbor",
    "harbour",
    "creek",
    "forest",
    "gulf",
    "strait",
    "cape",
    "plaza",
    "boulevard",
    "lane",
    "palace",
    "castle",
    "cathedral",
    "temple",
    "tower",
    "stadium",
    "north",
    "south",
    "east",
    "west",
    "kingdom",
    "republic",
    "territory",
    "glacier",
    "volcano",
    "springs",
    "heights",
];
const LOC_PREP: &[&str] = &[
    "in",
    "at",
    "from",
    "to",
    "near",
    "across",
    "into",
    "through",
    "toward",
    "towards",
    "around",
    "outside",
    "inside",
    "throughout",
    "via",
];
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "asked",
    "added",
    "wrote",
    "explained",
    "argued",
    "noted",
    "replied",
    "who",
];
const MALE_NAMES: &[&str] = &[
    "james",
    "john",
    "robert",
    "michael",
    "william",
    "david",
    "richard",
    "joseph",
    "thomas",
    "charles",
    "christopher",
    "daniel",
    "matthew",
    "anthony",
    "mark",
    "donald",
    "steven",
    "paul",
    "andrew",
    "joshua",
    "kenneth",
    "kevin",
    "brian",
    "george",
    "timothy",
    "ronald",
    "edward",
    "jason",
    "jeffrey",
    "ryan",
    "jacob",
    "gary",
    "nicholas",
    "eric",
    "jonathan",
    "stephen",
    "larry",
    "justin",
    "scott",
    "brandon",
    "benjamin",
    "samuel",
    "gregory",
    "alexander",
    "frank",
    "patrick",
    "raymond",
    "jack",
    "dennis",
    "jerry",
    "tyler",
    "aaron",
    "jose",
    "adam",
    "nathan",
    "henry",
    "peter",
    "zachary",
    "douglas",
    "harold",
    "kyle",
    "noah",
    "carl",
    "arthur",
    "gerald",
    "roger",
    "keith",
    "jeremy",
    "terry",
    "lawrence",
    "sean",
    "christian",
    "albert",
    "joe",
    "ethan",
    "austin",
    "jesse",
    "willie",
    "billy",
    "bruce",
    "bryan",
    "ralph",
    "roy",
    "jordan",
    "eugene",
    "wayne",
    "louis",
    "dylan",
    "alan",
    "juan",
    "gabriel",
    "bobby",
    "philip",
    "johnny",
    "howard",
    "victor",
    "martin",
    "sam",
    "tom",
    "bob",
    "bill",
    "jim",
    "mike",
    "dave",
    "tony",
    "max",
    "leo",
    "oliver",
    "harry",
    "mohammed",
    "muhammad",
    "ahmed",
    "ali",
    "hassan",
    "ivan",
    "igor",
    "sergei",
    "dmitry",
    "vladimir",
    "yuri",
    "pierre",
    "hans",
    "karl",
    "carlos",
    "luis",
];
const FEMALE_NAMES: &[&str] = &[
    "mary",
    "patricia",
    "jennifer",
    "linda",
    "elizabeth",
    "barbara",
    "susan",
    "jessica",
    "sarah",
    "karen",
    "lisa",
    "nancy",
    "betty",
    "margaret",
    "sandra",
    "ashley",
    "kimberly",
    "emily",
    "donna",
    "michelle",
    "carol",
    "amanda",
    "dorothy",
    "melissa",
    "deborah",
    "stephanie",
    "rebecca",
    "sharon",
    "laura",
    "cynthia",
    "kathleen",
    "amy",
    "angela",
    "shirley",
    "anna",
    "brenda",
    "pamela",
    "emma",
    "nicole",
    "helen",
    "samantha",
    "katherine",
    "christine",
    "debra",
    "rachel",
    "carolyn",
    "janet",
    "catherine",
    "maria",
    "heather",
    "diane",
    "ruth",
    "julie",
    "olivia",
    "joyce",
    "virginia",
    "victoria",
    "kelly",
    "lauren",
    "christina",
    "joan",
    "evelyn",
    "judith",
    "megan",
    "andrea",
    "cheryl",
    "hannah",
    "jacqueline",
    "martha",
    "gloria",
    "teresa",
    "ann",
    "sara",
    "madison",
    "frances",
    "kathryn",
    "janice",
    "jean",
    "abigail",
    "alice",
    "julia",
    "judy",
    "sophia",
    "grace",
    "denise",
    "amber",
    "doris",
    "marilyn",
    "danielle",
    "beverly",
    "isabella",
    "theresa",
    "diana",
    "natalie",
    "brittany",
    "charlotte",
    "marie",
    "kayla",
    "alexis",
    "lori",
    "jane",
    "kate",
    "anne",
    "lucy",
    "ellen",
    "claire",
    "olga",
    "natalia",
    "angela",
    "marie",
];
const OTHER_NAMES: &[&str] = &["alex", "chris", "pat", "jo", "jean"];

/// Gender suggested by a common first name (`m`/`f`).
pub fn name_gender(first: &str) -> Option<char> {
    let f = first.to_lowercase();
    if MALE_NAMES.contains(&f.as_str()) {
        Some('m')
    } else if FEMALE_NAMES.contains(&f.as_str()) {
        Some('f')
    } else {
        None
    }
}

fn is_first_name(w: &str) -> bool {
    MALE_NAMES.contains(&w) || FEMALE_NAMES.contains(&w) || OTHER_NAMES.contains(&w)
}
const FUNCTION_CAPS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "it",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "or",
    "so",
    "if",
    "when",
    "while",
    "after",
    "before",
    "as",
    "for",
    "with",
    "from",
    "by",
    "to",
    "of",
    "there",
    "here",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "its",
    "some",
    "many",
    "most",
    "all",
    "no",
    "not",
    "yes",
    "one",
    "two",
    "three",
    "also",
    "however",
    "then",
    "now",
    "today",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "according",
    "although",
    "because",
    "since",
    "during",
    "each",
    "every",
    "both",
    "either",
    "neither",
    "such",
    "other",
    "another",
    "more",
    "less",
    "few",
    "several",
    "any",
    "much",
    "very",
    "just",
    "even",
    "still",
    "only",
    "first",
    "last",
    "next",
    "new",
    "old",
    "mr",
    "mrs",
    "ms",
    "dr",
    "chapter",
    "figure",
    "table",
    "section",
];

/// The commercially clean recogniser: dictionary matches plus capitalisation
/// rules with title, organisation, place and first-name cues. Tags are used
/// when present (PROPN), never required.
pub fn rules_ner(dict: &Dictionary, doc: &Doc) -> Vec<Entity> {
    let gaz = gazetteer(dict, doc);
    let n = doc.tokens().len();
    let tags = doc.tags.as_deref();
    let low = |i: usize| crate::norm::fold(doc.token_norm(i));
    let is_cap = |i: usize| {
        let t = doc.token_norm(i);
        t.chars().next().is_some_and(|c| c.is_uppercase()) && t.chars().any(|c| c.is_alphabetic())
    };
    let sent_start: Vec<bool> = {
        let mut v = vec![false; n];
        for s in doc.sentences() {
            if (s.tokens.start as usize) < n {
                v[s.tokens.start as usize] = true;
            }
        }
        if n > 0 {
            v[0] = true;
        }
        v
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        // dictionary spans first
        if let Some(g) = &gaz[i]
            && let Some(l) = g.strip_prefix("B-")
        {
            let mut j = i + 1;
            while j < n && gaz[j].as_deref().is_some_and(|x| x.starts_with("I-")) {
                j += 1;
            }
            // extend a dictionary person with following capitalised words? no: keep the entry
            out.push(entity(doc, i, j, l, "dict"));
            i = j;
            continue;
        }
        let propn = |k: usize| tags.is_some_and(|t| t[k].upos == "PROPN");
        let cap_ok = |k: usize| {
            (is_cap(k) || propn(k))
                && (!sent_start[k] || !FUNCTION_CAPS.contains(&low(k).as_str()))
                && gaz[k].is_none()
                && !FUNCTION_CAPS[..60].contains(&low(k).as_str())
        };
        if !cap_ok(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            if j < n && cap_ok(j) && !sent_start[j] {
                j += 1;
            } else if j + 1 < n
                && matches!(
                    low(j).as_str(),
                    "of" | "de" | "del" | "von" | "van" | "al" | "bin" | "&"
                )
                && cap_ok(j + 1)
                && !sent_start[j + 1]
            {
                j += 2;
            } else {
                break;
            }
        }
        let words: Vec<String> = (i..j).map(low).collect();
        let prev = if i > 0 && !sent_start[i] {
            low(i - 1)
        } else {
            String::new()
        };
        let next = if j < n { low(j) } else { String::new() };
        let last = words.last().cloned().unwrap_or_default();
        let label = if PER_CUES.contains(&prev.trim_end_matches('.')) {
            Some("PER")
        } else if words.iter().any(|w| ORG_WORDS.contains(&w.as_str())) {
            Some("ORG")
        } else if LOC_WORDS.contains(&last.as_str())
            || words.first().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "lake" | "mount" | "cape" | "fort" | "port" | "new" | "san" | "saint"
                )
            })
        {
            Some("LOC")
        } else if is_first_name(words[0].as_str()) {
            Some("PER")
        } else if LOC_PREP.contains(&prev.as_str()) {
            Some("LOC")
        } else if SPEECH.contains(&next.as_str()) || words.len() >= 2 {
            Some("PER")
        } else if sent_start[i] {
            None
        } else if words[0].chars().all(|c| c.is_alphabetic())
            && doc
                .token_norm(i)
                .chars()
                .filter(|c| c.is_uppercase())
                .count()
                >= 2
            && words[0].len() <= 5
        {
            Some("ORG") // acronyms
        } else {
            None
        };
        if let Some(l) = label {
            out.push(entity(doc, i, j, l, "rule"));
        }
        i = j;
    }
    out
}

// ---------------------------------------------------------------- averaged perceptron

/// BIO labels of the statistical model.
pub const BIO: [&str; 7] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

/// An averaged-perceptron BIO tagger.
#[derive(Clone, Debug, Default)]
pub struct NerModel {
    /// Feature → weights per BIO label.
    pub weights: HashMap<String, [f32; 7]>,
    /// Provenance line (what it was trained on).
    pub about: String,
}

fn shape(w: &str) -> String {
    let mut s = String::new();
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if !s.ends_with(k) {
            s.push(k);
        }
    }
    s
}

/// Static token features (those not depending on previous predictions).
fn rule_tags(dict: &Dictionary, doc: &Doc) -> Vec<Option<String>> {
    let mut v: Vec<Option<String>> = vec![None; doc.tokens().len()];
    for e in rules_ner(dict, doc) {
        for t in e.tokens.range() {
            v[t] = Some(format!(
                "{}-{}",
                if t == e.tokens.start as usize {
                    "B"
                } else {
                    "I"
                },
                eval_label(&e.label)
            ));
        }
    }
    v
}

/// Per token: how its word is written elsewhere in the document, away from
/// sentence starts (`cap`: always capitalised, `mix`, `low`, `none`).
fn doc_case(doc: &Doc, ss: &[bool]) -> Vec<&'static str> {
    let n = doc.tokens().len();
    let mut m: HashMap<String, (u32, u32)> = HashMap::new();
    for i in 0..n {
        if ss[i] {
            continue;
        }
        let t = doc.token_norm(i);
        let e = m.entry(t.to_lowercase()).or_default();
        if t.chars().next().is_some_and(|c| c.is_uppercase()) {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
    }
    (0..n)
        .map(|i| match m.get(&doc.token_norm(i).to_lowercase()) {
            Some((c, 0)) if *c > 0 => "cap",
            Some((0, l)) if *l > 0 => "low",
            Some(_) => "mix",
            None => "none",
        })
        .collect()
}

fn static_features(
    doc: &Doc,
    gaz: &[Option<String>],
    rules: &[Option<String>],
    dc: &[&str],
    sent_start: &[bool],
    i: usize,
) -> Vec<String> {
    let n = doc.tokens().len();
    let w = |k: isize| -> String {
        let j = i as isize + k;
        if j < 0 || j as usize >= n {
            "<s>".into()
        } else {
            doc.token_norm(j as usize).to_lowercase()
        }
    };
    let raw = doc.token_norm(i);
    let lw = raw.to_lowercase();
    let chars: Vec<char> = lw.chars().collect();
    let pre = |k: usize| chars.iter().take(k).collect::<String>();
    let suf = |k: usize| {
        chars[chars.len().saturating_sub(k)..]
            .iter()
            .collect::<String>()
    };
    let cap = |j: usize| {
        doc.token_norm(j)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    };
    let mut f = vec![
        "b".to_string(),
        format!("w={lw}"),
        format!("w-1={}", w(-1)),
        format!("w+1={}", w(1)),
        format!("w-2={}", w(-2)),
        format!("w+2={}", w(2)),
        format!("sh={}", shape(raw)),
        format!("p2={}", pre(2)),
        format!("p3={}", pre(3)),
        format!("s2={}", suf(2)),
        format!("s3={}", suf(3)),
        format!("s4={}", suf(4)),
        format!("ss={}", sent_start[i]),
        format!("cap={}|ss={}", cap(i), sent_start[i]),
        format!("w-1|w={}|{lw}", w(-1)),
        format!("w|w+1={lw}|{}", w(1)),
    ];
    if i > 0 {
        f.push(format!(
            "cap-1={}|sh-1={}",
            cap(i - 1),
            shape(doc.token_norm(i - 1))
        ));
    }
    if i + 1 < n {
        f.push(format!(
            "cap+1={}|sh+1={}",
            cap(i + 1),
            shape(doc.token_norm(i + 1))
        ));
    }
    if let Some(g) = &gaz[i] {
        f.push(format!("gaz={g}"));
    }
    if i + 1 < n
        && let Some(g) = &gaz[i + 1]
    {
        f.push(format!("gaz+1={g}"));
    }
    if i > 0
        && let Some(g) = &gaz[i - 1]
    {
        f.push(format!("gaz-1={g}"));
    }
    f.push(format!("dc={}|cap={}|ss={}", dc[i], cap(i), sent_start[i]));
    if let Some(r) = &rules[i] {
        f.push(format!("rule={r}"));
        f.push(format!("rule={r}|sh={}", shape(raw)));
    } else {
        f.push("rule=O".into());
    }
    if is_first_name(lw.as_str()) {
        f.push("first_name".into());
    }
    if ORG_WORDS.contains(&lw.as_str()) {
        f.push("org_word".into());
    }
    if LOC_WORDS.contains(&lw.as_str()) {
        f.push("loc_word".into());
    }
    f
}

fn dyn_features(prev: usize, prev2: usize, lw_feat: &str) -> [String; 3] {
    [
        format!("t-1={}", BIO[prev]),
        format!("t-2|t-1={}|{}", BIO[prev2], BIO[prev]),
        format!("t-1|{lw_feat}"),
    ]
}

fn sent_starts(doc: &Doc) -> Vec<bool> {
    let n = doc.tokens().len();
    let mut v = vec![false; n];
    for s in doc.sentences() {
        if (s.tokens.start as usize) < n {
            v[s.tokens.start as usize] = true;
        }
    }
    if n > 0 {
        v[0] = true;
    }
    v
}

/// BIO tag sequence of entities (labels PER/ORG/LOC) over a doc's tokens.
pub fn to_bio(doc: &Doc, ents: &[Entity]) -> Vec<usize> {
    let mut y = vec![0usize; doc.tokens().len()];
    for e in ents {
        let l = eval_label(&e.label);
        let Some(b) = BIO.iter().position(|x| *x == format!("B-{l}")) else {
            continue;
        };
        for t in e.tokens.range() {
            y[t] = if t == e.tokens.start as usize {
                b
            } else {
                b + 1
            };
        }
    }
    y
}

fn legal(prev: usize, next: usize) -> bool {
    // I-X only after B-X or I-X
    if next != 0 && next.is_multiple_of(2) {
        let b = next - 1;
        return prev == b || prev == next;
    }
    true
}

/// Per document: token features, gold BIO indices, sentence starts.
type Prepared = (Vec<Vec<String>>, Vec<usize>, Vec<bool>);

fn score_map(
    weights: &HashMap<String, [f32; 7]>,
    feats: &[String],
    dynf: &[String; 3],
) -> [f32; 7] {
    let mut s = [0f32; 7];
    for f in feats.iter().chain(dynf.iter()) {
        if let Some(w) = weights.get(f) {
            for (a, b) in s.iter_mut().zip(w) {
                *a += b;
            }
        }
    }
    s
}

impl NerModel {
    /// Trains on documents with gold entities; `epochs` passes, averaged weights.
    pub fn train(
        dict: &Dictionary,
        data: &[(Doc, Vec<Entity>)],
        epochs: usize,
        about: &str,
    ) -> NerModel {
        let mut w: HashMap<String, [f32; 7]> = HashMap::new();
        let mut tot: HashMap<String, [f32; 7]> = HashMap::new();
        let mut ts: HashMap<String, [u64; 7]> = HashMap::new();
        let mut c: u64 = 1;
        let prepared: Vec<Prepared> = data
            .iter()
            .map(|(doc, gold)| {
                let gaz = gazetteer(dict, doc);
                let rules = rule_tags(dict, doc);
                let ss = sent_starts(doc);
                let dc = doc_case(doc, &ss);
                let feats = (0..doc.tokens().len())
                    .map(|i| static_features(doc, &gaz, &rules, &dc, &ss, i))
                    .collect();
                (feats, to_bio(doc, gold), ss)
            })
            .collect();
        let mut order: Vec<usize> = (0..prepared.len()).collect();
        let mut seed: u64 = 0x9E3779B97F4A7C15;
        for _ in 0..epochs {
            // deterministic shuffle
            for k in (1..order.len()).rev() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                order.swap(k, (seed % (k as u64 + 1)) as usize);
            }
            for &di in &order {
                let (feats, y, ss) = &prepared[di];
                let (mut p1, mut p2) = (0usize, 0usize);
                for i in 0..y.len() {
                    if ss[i] {
                        p1 = 0;
                        p2 = 0;
                    }
                    let dynf = dyn_features(p1, p2, &feats[i][1]);
                    let s = score_map(&w, &feats[i], &dynf);
                    let guess = (0..7)
                        .filter(|&k| legal(p1, k))
                        .max_by(|&a, &b| s[a].total_cmp(&s[b]))
                        .unwrap_or(0);
                    let truth = y[i];
                    if guess != truth {
                        for f in feats[i].iter().chain(dynf.iter()) {
                            let wf = w.entry(f.clone()).or_insert([0.0; 7]);
                            let tf = tot.entry(f.clone()).or_insert([0.0; 7]);
                            let tsf = ts.entry(f.clone()).or_insert([0; 7]);
                            for (k, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                                tf[k] += (c - tsf[k]) as f32 * wf[k];
                                tsf[k] = c;
                                wf[k] += delta;
                            }
                        }
                    }
                    c += 1;
                    p2 = p1;
                    p1 = guess;
                }
            }
        }
        let mut avg = HashMap::with_capacity(w.len());
        for (f, wf) in w {
            let tf = tot.get(&f).copied().unwrap_or([0.0; 7]);
            let tsf = ts.get(&f).copied().unwrap_or([0; 7]);
            let mut a = [0f32; 7];
            let mut keep = false;
            for k in 0..7 {
                let total = tf[k] + (c - tsf[k]) as f32 * wf[k];
                a[k] = total / c as f32;
                keep |= a[k].abs() > 1e-4;
            }
            if keep {
                avg.insert(f, a);
            }
        }
        NerModel {
            weights: avg,
            about: about.to_string(),
        }
    }

    /// Tags a document (greedy, left to right, BIO-legal transitions).
    pub fn predict(&self, dict: &Dictionary, doc: &Doc) -> Vec<Entity> {
        let gaz = gazetteer(dict, doc);
        let rules = rule_tags(dict, doc);
        let ss = sent_starts(doc);
        let dc = doc_case(doc, &ss);
        let n = doc.tokens().len();
        let mut y = vec![0usize; n];
        let (mut p1, mut p2) = (0usize, 0usize);
        for i in 0..n {
            if ss[i] {
                p1 = 0;
                p2 = 0;
            }
            let f = static_features(doc, &gaz, &rules, &dc, &ss, i);
            let dynf = dyn_features(p1, p2, &f[1]);
            let s = score_map(&self.weights, &f, &dynf);
            let g = (0..7)
                .filter(|&k| legal(p1, k))
                .max_by(|&a, &b| s[a].total_cmp(&s[b]))
                .unwrap_or(0);
            y[i] = g;
            p2 = p1;
            p1 = g;
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            if y[i] != 0 && y[i] % 2 == 1 {
                let mut j = i + 1;
                while j < n && y[j] == y[i] + 1 && !ss[j] {
                    j += 1;
                }
                out.push(entity(doc, i, j, &BIO[y[i]][2..], "model:ner-gum"));
                i = j;
            } else {
                i += 1;
            }
        }
        out
    }

    /// Serialises to zstd-compressed text (`about` line, then `feature\tw0 … w6`).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut s = format!(
            "# chronicle ner model v1: {}\n",
            self.about.replace('\n', " ")
        );
        let mut keys: Vec<&String> = self.weights.keys().collect();
        keys.sort();
        for k in keys {
            let w = &self.weights[k];
            s.push_str(&k.replace(['\t', '\n'], " "));
            s.push('\t');
            s.push_str(
                &w.iter()
                    .map(|x| format!("{x:.4e}"))
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            s.push('\n');
        }
        zstd::encode_all(s.as_bytes(), 19).unwrap_or_default()
    }

    /// Reads a model written by [`NerModel::to_bytes`].
    pub fn from_bytes(b: &[u8]) -> Result<NerModel, String> {
        let raw = zstd::decode_all(b).map_err(|e| format!("not a zstd model: {e}"))?;
        let text = String::from_utf8(raw).map_err(|_| "model is not UTF-8".to_string())?;
        let mut lines = text.lines();
        let about = lines
            .next()
            .and_then(|l| l.strip_prefix("# chronicle ner model v1: "))
            .ok_or("missing model header")?
            .to_string();
        let mut weights = HashMap::new();
        for (n, l) in lines.enumerate() {
            let (f, ws) = l
                .rsplit_once('\t')
                .ok_or(format!("line {}: no tab", n + 2))?;
            let v: Vec<f32> = ws
                .split(' ')
                .map(|x| x.parse().map_err(|_| format!("line {}: bad weight", n + 2)))
                .collect::<Result<_, _>>()?;
            let a: [f32; 7] = v
                .try_into()
                .map_err(|_| format!("line {}: expected 7 weights", n + 2))?;
            weights.insert(f.to_string(), a);
        }
        Ok(NerModel { weights, about })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_doc::conllu::{parse, to_doc};

    // A sentence written for this test, with GUM-style Entity annotations.
    const SRC: &str = "1\tJane\tJane\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-cf1-1,2-sgl\n\
2\tRoe\tRoe\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n\
3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n\
4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(2-organization-new-cf1-2,3,4-sgl\n\
5\tUniversity\tUniversity\tPROPN\tNNP\t_\t3\tobj\t_\t_\n\
6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n\
7\tLeeds\tLeeds\tPROPN\tNNP\t_\t5\tnmod\t_\tEntity=(3-place-new-cf1-1-sgl)2)\n\
8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_\n\
9\tspring\tspring\tNOUN\tNN\t_\t3\tobl\t_\tEntity=(4-time-new-cf1-1-sgl)|SpaceAfter=No\n\
10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    #[test]
    fn gum_gold_and_scoring() {
        let s = parse(SRC).unwrap();
        let doc = to_doc(&s, "t");
        let m = gum_mentions(&s);
        assert_eq!(m.len(), 4);
        let g = gold_entities(&doc, &m);
        let got: Vec<(&str, &str)> = g
            .iter()
            .map(|e| (doc.slice(e.span), e.label.as_str()))
            .collect();
        assert_eq!(got, [("Jane Roe", "PER"), ("University of Leeds", "ORG")]);
        let dict = Dictionary::embedded().unwrap();
        let mut doc2 = doc.clone();
        doc2.tags = None;
        let pred = rules_ner(&dict, &doc2);
        let mut acc = BTreeMap::new();
        score(&g, &pred, &["PER", "ORG", "LOC"], &mut acc);
        assert_eq!(acc["PER"].tp, 1, "{pred:?}");
        // a tiny model learns the sentence and round-trips through bytes
        let model = NerModel::train(&dict, &[(doc.clone(), g.clone())], 5, "test");
        let back = NerModel::from_bytes(&model.to_bytes()).unwrap();
        let p = back.predict(&dict, &doc);
        let mut acc = BTreeMap::new();
        score(&g, &p, &["PER", "ORG", "LOC"], &mut acc);
        assert_eq!(acc["PER"].tp + acc["ORG"].tp, 2, "{p:?}");
    }
}
