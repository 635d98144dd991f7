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
use crate::ner_lists::NerLists;
use chronicle_doc::conllu::UdSentence;
use chronicle_doc::{Doc, Entity, Span, TokenRange, words};
use std::collections::BTreeMap;

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
    /// The name part: the run of GUM's minimal-span tokens that holds the head,
    /// joined across name-internal connectors ("University of Copenhagen" in
    /// "the University of Copenhagen"; "Joshua Abraham Norton" in "Joshua
    /// Abraham Norton (c. 1818 – 1880), known as …").
    pub min: TokenRange,
    /// Head token (the word whose head lies outside the span).
    pub head: usize,
    /// True when the head is a proper noun, or when the mention ends in a
    /// proper-noun name attached to a common-noun head ("the prominent critic
    /// Eduard Hanslick": `min` is then the name).
    pub named: bool,
    /// A proper noun coordinated with the head inside the mention
    /// ("Biewener" in "Carrano and Biewener"): the mention may be a group
    /// whose conjuncts GUM marks as mentions of their own.
    pub conjunct: Option<usize>,
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
    // The name part: GUM's minimal span lists the content tokens of the mention
    // (1-based offsets within it) and skips function words, so "the University
    // of Copenhagen" gives `University`, `Copenhagen`. Runs of minimal-span tokens
    // are joined across gaps made only of name-internal connectors ("of", "and",
    // "&", "de", "-", …) and the run holding the head is the name ("Institute of
    // Arts and Letters" in "the Institute of Arts and Letters in New Haven";
    // "Odense" in "Odense in Funen").
    let (mut m0, mut m1) = (a, b + 1);
    let abs: Vec<usize> = offs
        .iter()
        .filter(|&&o| o >= 1 && a + o - 1 <= b)
        .map(|&o| a + o - 1)
        .collect();
    if !abs.is_empty() {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for &k in &abs {
            match runs.last_mut() {
                Some(r) if k == r.1 + 1 => r.1 = k,
                Some(r)
                    if k > r.1 + 1
                        && k - r.1 <= 4
                        && (r.1 + 1..k)
                            .all(|g| NAME_CONNECTORS.contains(&s.words[g].form.as_str())) =>
                {
                    r.1 = k
                }
                _ => runs.push((k, k)),
            }
        }
        if let Some(r) = runs.iter().find(|r| r.0 <= head && head <= r.1) {
            m0 = r.0;
            m1 = r.1 + 1;
        } else if s.words[head].upos == "PROPN" {
            // The head is a proper noun outside every minimal-span run (GUM's
            // minimal span of "Durham University, United Kingdom" lists
            // Durham, United, Kingdom): the name is the head's own proper-noun
            // run, joined across connectors, not the first run ("Durham").
            m0 = head;
            while m0 > a && s.words[m0 - 1].upos == "PROPN" {
                m0 -= 1;
            }
            m1 = head + 1;
            loop {
                if m1 <= b && s.words[m1].upos == "PROPN" {
                    m1 += 1;
                } else if m1 < b
                    && NAME_CONNECTORS.contains(&s.words[m1].form.as_str())
                    && s.words[m1 + 1].upos == "PROPN"
                {
                    m1 += 2;
                } else {
                    break;
                }
            }
        } else {
            m0 = runs[0].0;
            m1 = runs[0].1 + 1;
        }
    }
    let mut named = s.words[head].upos == "PROPN";
    if !named {
        // A title or common noun followed by the name: "the prominent critic
        // Eduard Hanslick", "appellant Darnell Hurt", "the state of Texas". The
        // name is the run of proper nouns that ends the mention and hangs on the
        // head as apposition, flat name or nominal modifier.
        let mut e = b;
        while e > a && s.words[e].upos == "PUNCT" {
            e -= 1;
        }
        let mut r0 = e + 1;
        while r0 > a && s.words[r0 - 1].upos == "PROPN" {
            r0 -= 1;
        }
        if r0 <= e && r0 > a {
            let run = (r0 as u32 + 1)..=(e as u32 + 1);
            // A nominal modifier is the name only of a place introduced by
            // "of" ("the state of Texas"); "settlers in Texas", "the governor
            // of Texas", "the Catholic community in Russia" are no names of
            // the person or organisation (the place inside is its own mention).
            let of_place = |k: usize| {
                etype == "place"
                    && s.words.iter().all(|w| {
                        !(w.head == k as u32 + 1 && w.deprel.starts_with("case"))
                            || w.form.eq_ignore_ascii_case("of")
                    })
            };
            let attached = (r0..=e).any(|k| {
                !run.contains(&s.words[k].head)
                    && s.words[k].head == head as u32 + 1
                    && match s.words[k].deprel.split(':').next().unwrap_or("") {
                        "appos" | "flat" => true,
                        "nmod" => of_place(k),
                        _ => false,
                    }
            });
            if attached {
                named = true;
                m0 = r0;
                m1 = e + 1;
            }
        }
    }
    let conjunct = (a..=b)
        .find(|&k| {
            s.words[k].head == head as u32 + 1
                && s.words[k].deprel.starts_with("conj")
                && s.words[k].upos == "PROPN"
        })
        .map(|k| base + k);
    GoldMention {
        eid,
        etype,
        tokens: TokenRange::new(base + a, base + b + 1),
        min: TokenRange::new(base + m0, base + m1),
        head: base + head,
        named,
        conjunct,
    }
}

/// Lower-case words that may stand inside a name between its content words.
const NAME_CONNECTORS: &[&str] = &[
    "of", "and", "&", "for", "the", "de", "du", "des", "la", "le", "von", "van", "der", "den",
    "da", "di", "del", "y", "-", "on", "upon", "al", "bin", "'n'",
];

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
        // A coordination of names ("Carrano and Biewener") is scored as its
        // conjuncts when GUM marks them as named mentions of their own: a
        // name is one person, place or organisation, as in news NER.
        if let Some(c) = m.conjunct
            && mentions.iter().any(|x| {
                x.head == c
                    && x.named
                    && gum_label(&x.etype).is_some()
                    && m.tokens.start <= x.tokens.start
                    && x.tokens.end <= m.tokens.end
            })
        {
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

/// Matcher results per sentence: the pieces and the hits.
pub(crate) type Found = Vec<(Vec<crate::matcher::Piece>, Vec<crate::matcher::Hit>)>;

/// Sentences as token ranges (the whole text when the Doc has no sentences).
pub(crate) fn sentence_ranges(doc: &Doc) -> Vec<(usize, usize)> {
    let n = doc.tokens().len();
    if doc.sentences().is_empty() {
        if n == 0 { vec![] } else { vec![(0, n)] }
    } else {
        doc.sentences()
            .iter()
            .map(|s| (s.tokens.start as usize, s.tokens.end as usize))
            .collect()
    }
}

/// Runs the dictionary matcher once over every sentence (shared by the rules
/// recogniser and the resolver).
pub(crate) fn match_sentences(dict: &Dictionary, doc: &Doc) -> Found {
    match_sentences_folded(dict, doc, None)
}

/// [`match_sentences`] given the document's folded tokens
/// ([`crate::norm::fold_tokens`]), which the matcher then does not fold again.
pub(crate) fn match_sentences_folded(
    dict: &Dictionary,
    doc: &Doc,
    folds: Option<&[&str]>,
) -> Found {
    let mut scratch = crate::matcher::Scratch::default();
    sentence_ranges(doc)
        .into_iter()
        .map(|(a, b)| dict.matcher.find_folded(doc, a, b, &mut scratch, folds))
        .collect()
}

/// Per-token gazetteer tags from the dictionary (`B-PER`, `I-LOC`, `ADJ`…).
pub fn gazetteer(dict: &Dictionary, doc: &Doc) -> Vec<Option<String>> {
    gazetteer_from(dict, doc, &match_sentences(dict, doc))
        .into_iter()
        .map(|t| t.map(str::to_string))
        .collect()
}

/// [`gazetteer`] with `'static` tags (no `String` per tagged token).
fn gazetteer_from(dict: &Dictionary, doc: &Doc, found: &Found) -> Vec<Option<&'static str>> {
    let n = doc.tokens().len();
    let mut out: Vec<Option<&'static str>> = vec![None; n];
    let mut order: Vec<usize> = Vec::new();
    for (_, hits) in found {
        order.clear();
        order.extend(0..hits.len());
        order.sort_by_key(|&k| (hits[k].t0, std::cmp::Reverse(hits[k].t1)));
        let mut end = 0;
        for &k in &order {
            let h = &hits[k];
            if h.t0 < end || h.prefix.is_some() {
                continue;
            }
            // (the B- and I- tags of each label)
            let lab = h.aliases.iter().find_map(|al| {
                let k = dict.actors[al.actor as usize].kind?;
                Some(match (k, al.kind) {
                    (_, AliasKind::Adj) | (_, AliasKind::People) => ("B-NORP", "I-NORP"),
                    (Kind::Person, _) => ("B-PER", "I-PER"),
                    (Kind::Country | Kind::Region, _) => ("B-LOC", "I-LOC"),
                    (Kind::Igo | Kind::Group, _) => ("B-ORG", "I-ORG"),
                    _ => return None,
                })
            });
            let Some((b, i)) = lab else { continue };
            end = h.t1;
            for t in h.t0..h.t1 {
                out[t] = Some(if t == h.t0 { b } else { i });
            }
        }
    }
    out
}

// ---------------------------------------------------------------- rules (commercially clean)

pub(crate) const LOC_PREP: &[&str] = &[
    "in",
    "near",
    "across",
    "into",
    "toward",
    "towards",
    "around",
    "outside",
    "inside",
    "throughout",
    "via",
];
/// Nouns after which "of X" names a place ("the diocese of X", "a native of X").
pub(crate) const PLACE_OF: &[&str] = &[
    "city",
    "town",
    "village",
    "parish",
    "diocese",
    "region",
    "province",
    "county",
    "district",
    "suburb",
    "suburbs",
    "outskirts",
    "border",
    "borders",
    "capital",
    "native",
    "cemetery",
    "monastery",
    "island",
    "islands",
    "port",
    "kingdom",
    "state",
    "republic",
    "desert",
    "coast",
    "shores",
    "bishop",
    "archbishop",
    "mayor",
    "governor",
    "streets",
    "people",
    "residents",
    "inhabitants",
    "center",
    "centre",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "part",
    "parts",
    "area",
    "areas",
    "municipality",
    "territory",
    "siege",
    "battle",
    "outside",
];
pub(crate) const SPEECH: &[&str] = &[
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
/// Hash sets over the function words, built once: `LIST.contains(&w)` is
/// a linear scan of up to a few hundred strings, done per token. (The word
/// and name lists are data: [`crate::ner_lists`].)
struct Sets {
    function_caps: chronicle_doc::fxhash::FxHashSet<&'static str>,
    /// The first 60 of [`FUNCTION_CAPS`].
    function_caps_60: chronicle_doc::fxhash::FxHashSet<&'static str>,
}

static SETS: std::sync::LazyLock<Sets> = std::sync::LazyLock::new(|| {
    let set = |l: &[&'static str]| l.iter().copied().collect();
    Sets {
        function_caps: set(FUNCTION_CAPS),
        function_caps_60: set(&FUNCTION_CAPS[..60]),
    }
});
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
    "later",
    "earlier",
    "yet",
    "meanwhile",
    "thus",
    "instead",
    "indeed",
    "finally",
    "perhaps",
    "maybe",
    "once",
    "soon",
    "again",
    "already",
    "together",
    "overall",
    "similarly",
    "therefore",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "otherwise",
    "hence",
    "currently",
    "recently",
    "unlike",
    "like",
    "despite",
];

/// The commercially clean recogniser: dictionary matches plus capitalisation
/// rules with title, organisation, place and first-name cues. Tags are used
/// when present (PROPN), never required.
pub fn rules_ner(dict: &Dictionary, doc: &Doc) -> Vec<Entity> {
    rules_ner_found(dict, doc, &match_sentences(dict, doc))
}

/// [`rules_ner`] on matcher results computed by the caller.
pub(crate) fn rules_ner_found(dict: &Dictionary, doc: &Doc, found: &Found) -> Vec<Entity> {
    let mut fold_buf = String::new();
    let lows = crate::norm::fold_tokens(doc, &mut fold_buf);
    rules_ner_with(dict, doc, found, true, &lows)
}

/// [`rules_ner_found`] given the document's folded tokens
/// ([`crate::norm::fold_tokens`], folded once for the matcher, these rules and
/// the resolver).
pub(crate) fn rules_ner_folded(
    dict: &Dictionary,
    doc: &Doc,
    found: &Found,
    lows: &[&str],
) -> Vec<Entity> {
    rules_ner_with(dict, doc, found, true, lows)
}

/// The recogniser; `newer_rules` switches on the rules added after the GUM
/// model's rule-tag features were fixed (branch h10-ner: peoples, regions,
/// the deity, offices after "the", place definitions, camel case). The GUM
/// model reads the tags without them ([`rule_tags`]): retrained on the new
/// tags it scored 0.008–0.013 lower on GUM dev in four paired runs.
fn rules_ner_with(
    dict: &Dictionary,
    doc: &Doc,
    found: &Found,
    newer_rules: bool,
    lows: &[&str],
) -> Vec<Entity> {
    let lists: &NerLists = &dict.ner_lists;
    let gaz = gazetteer_from(dict, doc, found);
    let n = doc.tokens().len();
    let toks = doc.tokens();
    let tags = doc.tags.as_deref().filter(|t| t.len() == n);
    // `lows`: borrowed from the text when folding changes nothing (most
    // tokens), the others folded into one buffer for the document
    let low = |i: usize| lows[i];
    // first names: the lists the GUM model's rule tags read, and more for
    // the newer rules
    let first_name =
        |w: &str| lists.is_first_name(w) || (newer_rules && lists.newer_first_names.contains(w));
    let is_cap = |i: usize| {
        let t = doc.token_norm(i);
        t.chars().next().is_some_and(|c| c.is_uppercase())
            && t.chars().any(|c| c.is_alphabetic())
            && !t.contains('@')
            && !t.contains("://")
    };
    let upos = |k: usize| tags.map(|t| t[k].upos.as_str());
    // sentence-initial: the first word of a sentence, after any opening punctuation
    let sent_start: Vec<bool> = {
        let mut v = vec![false; n];
        for (a, b) in sentence_ranges(doc) {
            for k in a..b.min(n) {
                v[k] = true;
                if doc.token_norm(k).chars().any(|c| c.is_alphanumeric()) {
                    break;
                }
            }
        }
        v
    };
    let dc = doc_case(doc, &sent_start);
    let never = |w: &str| {
        SETS.function_caps_60.contains(w)
            || day_or_month(w)
            || (newer_rules && day_abbrev_or_plural(w))
    };
    // a capitalised adjective or noun that begins a sentence and the
    // capitalised words after it, which end in an organisation word, are one
    // name ("Civil Defense Authority said …", "Civic Party's Jeremy Tam"):
    // the tagger's adjective does not cut the name's first word off
    // (newer rules only)
    let starts_org_name = |k: usize| {
        if !matches!(upos(k), Some("ADJ" | "NOUN" | "PROPN" | "NUM")) {
            return false;
        }
        let mut e = k + 1;
        while e < n && is_cap(e) && gaz[e].is_none() && !never(low(e)) {
            e += 1;
        }
        e > k + 1 && lists.is_org_word(low(e - 1))
    };
    let digit_at = |k: usize| doc.token_norm(k).starts_with(|c: char| c.is_ascii_digit());
    let cap_ok = |k: usize| {
        if gaz[k].is_some() || !is_cap(k) || never(low(k)) {
            return false;
        }
        // a hyphenated agent noun written as one token before a name
        // ("Ex-minister Pavlo …", "Patient-advocate Hugo …") is no part of it
        if newer_rules && hyphenated_agent(doc.token_norm(k), sent_start[k]) {
            return false;
        }
        // a month's abbreviation with its full stop or before a day ("Oct. 24",
        // "on Dec 31"; "Jan Kowalski" stays a name) is a date, as the full
        // month is (newer rules only)
        if newer_rules
            && month_abbrev(low(k))
            && (low(k).ends_with('.')
                || (k + 1 < n && digit_at(k + 1))
                || (k + 2 < n && low(k + 1) == "." && !toks[k].space_after && digit_at(k + 2)))
        {
            return false;
        }
        if sent_start[k] {
            // a capitalised first word is a name when the tagger says so, when
            // it is a first name, or (without tags) when the document writes it
            // capitalised elsewhere or a capitalised word follows
            !SETS.function_caps.contains(low(k))
                && (upos(k) == Some("PROPN")
                    || first_name(low(k))
                    || (upos(k).is_none() && (dc[k] == "cap" || (k + 1 < n && is_cap(k + 1))))
                    || (newer_rules && starts_org_name(k)))
        } else {
            !matches!(
                upos(k),
                Some(
                    "VERB"
                        | "AUX"
                        | "ADP"
                        | "DET"
                        | "PRON"
                        | "CCONJ"
                        | "SCONJ"
                        | "ADV"
                        | "PART"
                        | "INTJ"
                        | "PUNCT"
                        | "SYM"
                )
            )
        }
    };
    let gaz_label = |k: usize| gaz[k].and_then(|g| g.strip_prefix("B-"));
    let gaz_end = |k: usize| {
        let mut j = k + 1;
        while j < n && gaz[j].is_some_and(|x| x.starts_with("I-")) {
            j += 1;
        }
        j
    };
    let gaz_place_end = |k: usize| matches!(gaz_label(k), Some("LOC" | "GPE")).then(|| gaz_end(k));
    // a place the dictionary or the recogniser's own place list knows starts at k
    let place_at = |k: usize| {
        matches!(gaz_label(k), Some("LOC" | "GPE"))
            || lists.place_names.contains(low(k))
            || (k + 1 < n
                && lists.place_first.contains(low(k))
                && lists
                    .place_names
                    .contains(format!("{} {}", low(k), low(k + 1)).as_str()))
    };
    // a capitalised phrase whose last word the document also writes in lower
    // case, and which names nothing the dictionary or the lists know, spells
    // out a term ("Compact Fluorescent Light (CFL)", "System Under Test
    // (SUT)" when "light", "test" occur lower case too), not an organisation
    // ("European Space Agency (ESA)" ends in an organisation word; newer
    // rules only)
    let term_expansion = |k: usize| {
        let e = k - 2;
        // the phrase: capitalised words and connectors back from its last word
        let mut a = e;
        while a > 0
            && e - a < 8
            && !sent_start[a]
            && (is_cap(a - 1)
                || matches!(
                    low(a - 1),
                    "of" | "and" | "for" | "&" | "the" | "de" | "in" | "on" | "under"
                ))
        {
            a -= 1;
        }
        // (an abbreviation the document gives a possessive names an owner:
        // "APEC's work")
        let possessive =
            |t: usize| t + 1 < n && low(t) == low(k) && matches!(low(t + 1), "'s" | "’s");
        is_cap(e)
            && dc[e] == "mix"
            && gaz[k].is_none()
            && !(0..n).any(possessive)
            && !lists.org_names.contains(low(k))
            && !lists.titles.contains(low(e))
            && (a..=e).all(|t| {
                gaz[t].is_none() && !lists.is_org_word(low(t)) && !lists.is_loc_word(low(t))
            })
    };
    // abbreviations defined in brackets after a lower-case phrase are terms
    // ("soil moisture index (SMI)"), not organisations, throughout the document
    let terms: std::collections::HashSet<&str> = (2..n.saturating_sub(1))
        .filter(|&k| {
            low(k - 1) == "("
                && low(k + 1) == ")"
                && doc
                    .token_norm(k)
                    .chars()
                    .filter(|c| c.is_uppercase())
                    .count()
                    >= 2
                && (doc.token_norm(k - 2).starts_with(char::is_lowercase)
                    || (newer_rules && term_expansion(k)))
        })
        .map(low)
        .collect();
    let month_may = |i: usize| {
        let digit = |k: usize| doc.token_norm(k).starts_with(|c: char| c.is_ascii_digit());
        let prev = if i > 0 && !sent_start[i] {
            low(i - 1)
        } else {
            ""
        };
        (i + 1 < n && digit(i + 1))
            || (i > 0 && digit(i - 1))
            || matches!(
                prev,
                "in" | "since"
                    | "until"
                    | "till"
                    | "between"
                    | "through"
                    | "during"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
            )
            || (i > 0 && day_or_month(low(i - 1)))
            || (sent_start[i]
                && i + 1 < n
                && matches!(
                    low(i + 1),
                    "it" | "the"
                        | "god"
                        | "he"
                        | "she"
                        | "you"
                        | "we"
                        | "they"
                        | "i"
                        | "your"
                        | "our"
                ))
    };
    // an en dash (folded to "-") separates names ("Breonna Taylor – Ahmaud
    // Arbery"), a hyphen joins them
    let en_dash = |k: usize| doc.token_norm(k).contains('\u{2013}');
    let has_head_word = |a: usize, b: usize| {
        (a..b).any(|k| lists.org_words.contains(low(k)) || lists.loc_words.contains(low(k)))
    };
    // a noun or adjective follows (the word is then used as a modifier: "Inca roads")
    let next_noun = |j: usize| j < n && matches!(upos(j), Some("NOUN" | "PROPN" | "ADJ" | "NUM"));
    // a document about a legislature: a capitalised chamber, member or
    // party in it names "the House" as the chamber (newer rules only)
    let legislature_doc = newer_rules
        && (0..n).any(|k| {
            matches!(
                doc.token_norm(k),
                "Senate"
                    | "Congress"
                    | "Representatives"
                    | "Senator"
                    | "Senators"
                    | "Congressman"
                    | "Congresswoman"
                    | "Parliament"
                    | "Commons"
                    | "Lords"
                    | "Democrats"
                    | "Republicans"
            )
        });
    // the plural of a title or office ("Senators", "Republican Senators"):
    // members of a body, no one's name (newer rules only; not a place,
    // "Queens", nor the members a body is named after, "Council of Ministers",
    // "High Commission of Judges (HCJ)", nor a title before names, "Senators
    // Okafor and Lindqvist")
    let plural_title = |w: &str| {
        w.len() > 3
            && w != "lords"
            && w.strip_suffix('s')
                .is_some_and(|s| lists.titles.contains(s) || lists.the_titles.contains(s))
    };
    // an abbreviation between a number and punctuation is a unit or currency
    // ("450 DKK.", "3 RBI.", "for 25 CUC)"), not an organisation; a year before
    // it is no amount ("the 2019 NBA.") (newer rules only)
    let unit_after_number = |i: usize, j: usize| {
        let p = doc.token_norm(i - usize::from(i > 0));
        i > 0
            && !sent_start[i]
            && p.starts_with(|c: char| c.is_ascii_digit())
            && !(p.len() == 4 && p.chars().all(|c| c.is_ascii_digit()))
            && (j >= n || !doc.token_norm(j).starts_with(char::is_alphanumeric))
    };
    // first pass: candidate runs with a label and whether a cue decided it
    let mut cands: Vec<(usize, usize, &'static str, bool, &'static str)> = Vec::new();
    // (the run's words and their joined form, kept from run to run)
    let mut words: Vec<&str> = Vec::new();
    let mut whole = String::new();
    // listed-modifier candidates and the end of their whole run
    let mut deferred: Vec<(usize, usize)> = Vec::new();
    // names the document defines as a thing ("X is a NASA space probe", "a
    // drink called X"): no name anywhere in it where no cue types them
    let mut things: Vec<String> = Vec::new();
    let mut i = 0;
    while i < n {
        if let Some(l) = gaz_label(i) {
            let j = gaz_end(i);
            // a nationality or place right before a capitalised organisation
            // name is part of it ("American Academy of Pediatrics", "US National
            // Science Foundation"); a compass word before a place is too ("North America")
            if matches!(l, "NORP" | "LOC" | "GPE" | "PER") && j < n && cap_ok(j) && !sent_start[j] {
                let mut e = j;
                while e < n && cap_ok(e) && !sent_start[e] {
                    e += 1;
                }
                if (j..e).any(|k| lists.org_words.contains(low(k))) {
                    let e = extend_run(lows, e, &cap_ok, &sent_start, &gaz_place_end);
                    cands.push((i, e, "ORG", true, "rule:place+org"));
                    i = e;
                    continue;
                }
                // and so is a place word ("Holland Lodge"); a surname-like
                // dictionary name before an organisation word is no person
                // ("Rice University", above)
                if l != "PER" && lists.loc_words.contains(low(e - 1)) {
                    cands.push((i, e, "LOC", true, "rule:place+place-word"));
                    i = e;
                    continue;
                }
            }
            let lab: &'static str = match l {
                "PER" => "PER",
                "ORG" => "ORG",
                "LOC" => "LOC",
                "GPE" => "GPE",
                "NORP" => "NORP",
                _ => "MISC",
            };
            // a one-word dictionary person named like a month ("May") next to
            // a number or after a preposition is the month, and first in a
            // sentence before "it"/"the"/… the modal ("on May 12", "In May,
            // …", "May it please the Court"; "May said", "Mrs May" stay;
            // newer rules only)
            if newer_rules && lab == "PER" && j == i + 1 && low(i) == "may" && month_may(i) {
                i = j;
                continue;
            }
            // the name without its article ("the Philippines")
            let a = if low(i) == "the" && j > i + 1 {
                i + 1
            } else {
                i
            };
            cands.push((a, j, lab, true, "dict"));
            i = j;
            continue;
        }
        if !cap_ok(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < n && cap_ok(j) && !sent_start[j] {
            j += 1;
        }
        // "North" + a dictionary place
        if j == i + 1 && COMPASS.contains(&low(i)) && j < n && gaz_label(j) == Some("LOC") {
            let e = gaz_end(j);
            cands.push((i, e, "LOC", true, "rule:compass+place"));
            i = e;
            continue;
        }
        // name-internal connectors ("University of Leeds", "Conservatoire de
        // Paris"); across "of" only when the left part has an organisation or
        // place word, so that "Ada Brenn of Harbor Weekly" stays two names
        // hyphenated names written without spaces ("Lund-Berg")
        while j + 1 < n
            && low(j) == "-"
            && !(newer_rules && en_dash(j))
            && !toks[j - 1].space_after
            && !toks[j].space_after
            && cap_ok(j + 1)
        {
            j += 2;
            while j < n && cap_ok(j) && !sent_start[j] {
                j += 1;
            }
        }
        // name-internal connectors: "of" and "&" only after an organisation
        // or place word ("University of Leeds", "Bank of England" stay, "Ada
        // Brenn of Harbor Weekly" and "Hale & Dorsey" split)
        if j < n && (has_head_word(i, j) || !matches!(low(j), "of" | "&")) {
            j = extend_run(lows, j, &cap_ok, &sent_start, &gaz_place_end);
        }
        // "for"/"on" after an organisation word ("Society for Marine Mammalogy",
        // "Council on Foreign Relations")
        if j + 1 < n
            && matches!(low(j), "for" | "on")
            && lists.is_org_word(low(j - 1))
            && cap_ok(j + 1)
            && !sent_start[j + 1]
        {
            j += 1;
            while j < n && cap_ok(j) && !sent_start[j] {
                j += 1;
            }
        }
        // "and" inside an organisation's name ("National Aeronautics and Space
        // Administration", "Institute of Law and Economics")
        while j + 1 < n && low(j) == "and" && cap_ok(j + 1) && !sent_start[j + 1] {
            let mut e = j + 1;
            while e < n && cap_ok(e) && !sent_start[e] {
                e += 1;
            }
            if newer_rules
                && lists.is_org_word(low(j - 1))
                && lists.is_org_word(low(e - 1))
                && (i == 0 || low(i - 1) != "of")
            {
                // two organisations, each ending in its organisation word ("the
                // Army Air Corps and Royal Air Force"; not an office's fields
                // after "of": "Director of Media and Communications"; newer
                // rules only)
                break;
            }
            if lists.is_org_word(low(e - 1)) || (has_head_word(i, j) && e - j == 2) {
                j = extend_run(lows, e, &cap_ok, &sent_start, &gaz_place_end);
            } else {
                break;
            }
        }
        // a two-part given name written with a hyphen and a lower-case second
        // part after a family name and first part ("Lam Siu - fai")
        if j + 1 < n
            && j - i >= 2
            && low(j) == "-"
            && !(newer_rules && en_dash(j))
            && !toks[j - 1].space_after
            && !toks[j].space_after
            && (2..=4).contains(&low(j + 1).chars().count())
            && doc.token_norm(j + 1).chars().all(|c| c.is_lowercase())
            && !SETS.function_caps.contains(low(j + 1))
            && !matches!(
                low(j + 1),
                "led"
                    | "run"
                    | "born"
                    | "made"
                    | "held"
                    | "era"
                    | "type"
                    | "like"
                    | "wide"
                    | "free"
                    | "based"
                    | "ruled"
                    | "owned"
                    | "style"
            )
        {
            j += 2;
        }
        // epithets: "Peter the Great", "Pliny the Elder"
        if j + 1 < n
            && low(j) == "the"
            && is_cap(j + 1)
            && matches!(
                low(j + 1),
                "great"
                    | "elder"
                    | "younger"
                    | "conqueror"
                    | "bold"
                    | "terrible"
                    | "wise"
                    | "pious"
                    | "magnificent"
                    | "lionheart"
                    | "confessor"
                    | "apostate"
                    | "bald"
                    | "fair"
            )
        {
            j += 2;
        }
        // a first name followed by a dictionary name is one person ("George
        // Washington"); only the older lists' names: the resolver drops a
        // person that overlaps a dictionary place, and a newer first name
        // alone ("said Rick Holland") keeps at least "Rick" a person
        if j < n && lists.is_first_name(low(i)) && !sent_start[j] && gaz_label(j).is_some() {
            j = gaz_end(j);
        }
        // a title or office and then a person's first name: the person starts
        // there ("Chairman of the Management Board Peter Smith")
        if let Some(p) = (i + 1..j).find(|&k| first_name(low(k)) && has_head_word(i, k)) {
            j = p;
        }
        // an office's name that ends in a title, then the holder's name: the
        // organisation ends at the title ("Office of the President Ihor
        // Zhovkva", newer rules only)
        if newer_rules
            && let Some(p) = (i + 2..j.saturating_sub(1)).find(|&k| {
                matches!(
                    low(k),
                    "president"
                        | "minister"
                        | "premier"
                        | "chancellor"
                        | "governor"
                        | "mayor"
                        | "secretary"
                        | "ambassador"
                        | "prosecutor"
                        | "king"
                        | "queen"
                        | "pope"
                ) && !lists.titles.contains(low(k + 1))
                    && is_cap(k + 1)
                    && !lists.is_org_word(low(k + 1))
                    && !lists.is_loc_word(low(k + 1))
                    && matches!(low(k - 1), "of" | "the")
                    && has_head_word(i, k)
            })
        {
            j = p + 1;
        }
        // a ruler's regnal number one ("Pope Damasus I", "Emperor Norton I,")
        // ends the name; the tagger takes it for the pronoun (the higher
        // numbers are capitalised words already; newer rules only)
        if newer_rules
            && j < n
            && j > i
            && doc.token_norm(j) == "I"
            && !sent_start[j]
            && upos(j - 1).is_none_or(|u| u == "PROPN")
            && !lists.event_words.contains(low(j - 1))
            && !matches!(
                low(j - 1),
                "war"
                    | "article"
                    | "part"
                    | "phase"
                    | "chapter"
                    | "title"
                    | "schedule"
                    | "section"
                    | "class"
                    | "grade"
                    | "stage"
                    | "type"
                    | "level"
                    | "act"
                    | "book"
                    | "volume"
                    | "episode"
                    | "division"
                    | "league"
                    | "appendix"
                    | "table"
                    | "figure"
            )
            && (j + 1 >= n
                || matches!(low(j + 1), "," | "." | ";" | ":" | ")" | "'s" | "’s" | "of"))
        {
            j += 1;
        }
        words.clear();
        words.extend((i..j).map(low));
        let prev = if i > 0 && !sent_start[i] {
            low(i - 1)
        } else {
            ""
        };
        let prev2 = if i > 1 && !sent_start[i] && !sent_start[i - 1] {
            low(i - 2)
        } else {
            ""
        };
        let next = if j < n { low(j) } else { "" };
        let (first, last) = (words[0], words[words.len() - 1]);
        whole.clear();
        for (k, w) in words.iter().enumerate() {
            if k > 0 {
                whole.push(' ');
            }
            whole.push_str(w);
        }
        let acronym = j == i + 1 && {
            let t = doc.token_norm(i);
            t.chars().all(|c| c.is_alphabetic())
                && t.chars().filter(|c| c.is_uppercase()).count() >= 2
                && t.chars().count() <= 5
        };
        let (label, strong, rule): (Option<&'static str>, bool, &'static str) =
            // a diplomat's full title ("Ambassador Extraordinary and Plenipotentiary
            // of …") is no name (newer rules only)
            if newer_rules
                && words.iter().all(|w| {
                    matches!(*w, "ambassador" | "extraordinary" | "plenipotentiary")
                })
                && words.iter().any(|w| matches!(*w, "extraordinary" | "plenipotentiary"))
            {
                (None, false, "")
            } else if newer_rules && words.len() == 1 && first == "house"
                && legislature_next(next, if j + 1 < n { low(j + 1) } else { "" })
            {
                // "House Republicans", "the House GOP caucus", "the House of
                // Representatives": the chamber, an organisation, not a place
                // (newer rules only)
                (Some("ORG"), true, "rule:legislature")
            } else if legislature_doc
                && words.len() == 1
                && doc.token_norm(i) == "House"
                && prev == "the"
                && next != "of"
                && !(j < n && is_cap(j))
            {
                // "the House passed the bill", "the House managers" in a
                // document that names a legislature: the chamber (newer rules
                // only; alone it would be a building)
                (Some("ORG"), true, "rule:the-house")
            } else if newer_rules
                && words.len() == 2
                && last == "state"
                && state_school(first)
            {
                // a US state's name (or "Penn") and "State" is the state
                // university or its team ("a Penn State professor", "the Ohio
                // State attack"); "New York State", "Washington State" and
                // nicknames ("the Empire State") stay places (newer rules only)
                (Some("ORG"), true, "rule:state-school")
            } else if newer_rules
                && lists.is_org_word(last)
                && ((j < n && doc.token_norm(j) == "One") || (prev == "of" && prev2 == "use"))
            {
                // a service's aircraft ("Air Force One") and a law's phrase
                // ("Authorization for Use of Military Force") name no
                // organisation (newer rules only)
                (None, false, "")
            } else if (lists.titles.contains(prev.trim_end_matches('.')) && !lists.is_loc_word(last))
                || (words.len() >= 2 && lists.titles.contains(first) && is_cap(i + 1))
            {
                (Some("PER"), true, "rule:title")
            } else if lists.is_org_word(last) {
                (Some("ORG"), true, "rule:org-word")
            } else if (words.len() == 1 && (lists.is_loc_word(last) || COMPASS.contains(&last)))
                || words
                    .iter()
                    .flat_map(|w| w.split('-'))
                    .filter(|w| !w.is_empty())
                    .all(|w| lists.titles.contains(w))
                || (newer_rules
                    && office_alone(lists, &words)
                    && (next == "of" || (j < n && is_cap(j))))
            {
                // a place word or a title alone ("the State", "the President")
                (None, false, "")
            } else if lists.is_loc_word(last)
                || lists.is_loc_word(first)
                || (newer_rules
                    && words.len() >= 2
                    && lists.newer_loc_words.contains(last)
                    && !first_name(first))
            {
                (Some("LOC"), true, "rule:place-word")
            } else if words.iter().any(|w| lists.is_org_word(w)) {
                (Some("ORG"), true, "rule:org-word")
            } else if NOT_NAMES.contains(&whole.as_str())
                || (newer_rules && words.len() == 1 && not_a_name_word(first))
                || (newer_rules && words.iter().all(|w| matches!(*w, "jr." | "jr" | "sr." | "sr")))
                || (newer_rules && page_furniture(&words))
                || (newer_rules
                    && words.len() == 1
                    && matches!(first, "republican" | "democrat")
                    && j < n
                    && !sent_start[j]
                    && is_cap(j)
                    && !matches!(next, "party" | "national" | "senator" | "senators"))
                || (newer_rules
                    && plural_title(last)
                    && !(j < n && is_cap(j))
                    && prev != "of"
                    && !lists.place_names.contains(last)
                    && !lists.newer_place_names.contains(last)
                    && (words.len() == 1
                        || (words.len() == 2
                            && matches!(
                                first,
                                "republican"
                                    | "democratic"
                                    | "democrat"
                                    | "gop"
                                    | "labour"
                                    | "conservative"
                                    | "liberal"
                                    | "tory"
                            ))))
            {
                (None, false, "")
            } else if lists.org_names.contains(whole.as_str()) {
                (Some("ORG"), true, "rule:org-name")
            } else if lists.place_names.contains(whole.as_str())
                || (newer_rules && lists.newer_place_names.contains(whole.as_str()))
            {
                (Some("LOC"), true, "rule:place-name")
            } else if newer_rules
                && words.len() == 1
                && first == "christian"
                && j < n
                && doc.token_norm(j).starts_with(|c: char| c.is_lowercase())
                && match upos(j) {
                    Some(u) => matches!(u, "NOUN" | "ADJ"),
                    None => !matches!(
                        low(j),
                        "said" | "says" | "told" | "is" | "was" | "has" | "had" | "will" | "would"
                    ),
                }
            {
                // the adjective before a noun ("Christian leaders", "a Christian
                // family"), not the first name (newer rules only)
                (None, false, "")
            } else if first_name(first) && words.len() <= 4 {
                (Some("PER"), true, "rule:first-name")
            } else if newer_rules
                && (2..=3).contains(&words.len())
                && (slavic_surname(last, doc.token_norm(j - 1))
                    || (lists.slavic_given_names.contains(first)
                        && last.chars().count() >= 3
                        && !matches!(last, "catholic" | "catholics" | "catholicism" | "empire")
                        && (i + 1..j).all(|k| upos(k).is_none_or(|u| u == "PROPN"))))
                // three words: a patronymic or a double surname in the middle
                // ("Marija Pejčinović Burić"; not "Minister of Education
                // Sergei Kravtsov", an office's field before the name)
                && (words.len() == 2
                    || words[1].ends_with("vna")
                    || words[1].ends_with("ichna")
                    || slavic_surname(words[1], doc.token_norm(i + 1)))
                // no article: a vessel or work named after a person ("the
                // Borys Aleksandrov research vessel")
                && !matches!(prev, "the" | "a" | "an" | "\"" | "“" | "‘")
                && !words.iter().any(|w| w.contains('-') || *w == "-")
                && !words.iter().any(|w| {
                    lists.is_loc_word(w)
                        || lists.is_org_word(w)
                        || lists.titles.contains(*w)
                        || lists.place_names.contains(*w)
                        || lists.place_first.contains(*w)
                        || COMPASS.contains(w)
                        || PLACE_NAME_ADJECTIVES.contains(w)
                })
            {
                // a given name and a Slavic or Balkan surname ("Marija
                // Pejčinović Burić", "Vadym Skibitsky", "Magomed
                // Magomedov"), or a listed Slavic given name and a proper
                // noun ("Pavel Zarubin", "Roman Mashovets"; not "Roman
                // Catholic"), is a person whatever place cue is near it
                // (newer rules only)
                if slavic_surname(last, doc.token_norm(j - 1)) {
                    (Some("PER"), true, "rule:surname-suffix")
                } else {
                    (Some("PER"), true, "rule:slavic-given-name")
                }
            } else if acronym {
                if ACRONYM_STOP.contains(&first)
                    || terms.contains(first)
                    || doc.token_norm(i).ends_with('s')
                    || (newer_rules && unit_after_number(i, j))
                {
                    (None, false, "")
                } else {
                    (Some("ORG"), false, "rule:acronym")
                }
            } else if newer_rules
                && matches!(next, "'s" | "’s")
                && j + 2 < n
                && first_name(low(j + 1))
                && is_cap(j + 1)
                && is_cap(j + 2)
                && !sent_start[j + 1]
            {
                // a name whose possessive precedes a person's full name is the
                // person's party, team or employer ("Demosisto's Nathan Law";
                // newer rules only)
                (Some("ORG"), false, "rule:possessive-org")
            } else if matches!(next, "'s" | "’s" | "'" | "’") {
                (Some("PER"), false, "rule:possessive")
            } else if j + 1 < n
                && next == ","
                && !sent_start[j + 1]
                && (place_at(j + 1)
                    || (newer_rules && us_state_abbrev(doc.token_norm(j + 1))))
                && !(newer_rules && prev == "to" && prev2 == "according")
            {
                // "Exeter, Devon", "Yekaterinburg, Russia"; not a source before the
                // comma ("According to Anna Kowalska, Poland will …")
                (Some("LOC"), true, "rule:place-comma-place")
            } else if LOC_PREP.contains(&prev)
                || (prev == "the" && LOC_PREP.contains(&prev2))
                || (prev == "to" && MOTION.contains(&prev2))
                || (newer_rules && prev == "to" && MOTION_NEWER.contains(&prev2))
                || (newer_rules && PLACE_OBJECT_VERBS.contains(&prev))
                || matches!(prev, "from" | "at")
                || (prev == "of" && PLACE_OF.contains(&prev2))
                || (newer_rules
                    && ((prev == "of" && lists.places_plural.contains(prev2))
                        || (prev == "like" && lists.places_plural.contains(prev2))
                        || (prev == "as"
                            && prev2 == "such"
                            && i >= 3
                            && lists.places_plural.contains(low(i - 3)))))
            {
                (Some("LOC"), false, "rule:place-preposition")
            } else if matches!(prev, "a" | "an") {
                // persons take no indefinite article: "a Buddhist school", "a
                // Primetime Emmy Award" (typing these ORG was right 2 times in 40 on
                // GUM train)
                (None, false, "")
            } else if prev == "the"
                && words.len() >= 2
                && last.len() > 3
                && last.ends_with('s')
                && !["ss", "us", "is", "as"].iter().any(|e| last.ends_with(e))
            {
                // "the" + a name ending in a plural: a team, band or company
                // ("the Granton Rovers")
                (Some("ORG"), false, "rule:the-plural")
            } else if prev == "the" {
                // "the" + capitalised words: mostly titles of works, events and
                // terms; persons never take the article
                (None, false, "")
            } else if newer_rules
                && prev == ","
                && ((words.len() >= 3 && matches!(words[0], "r" | "d" | "i") && words[1] == "-")
                    || matches!(first.get(..2), Some("r-" | "d-" | "i-")))
            {
                // a US party-and-state tag after a name ("Anna Kowalski, R-Ohio,
                // said"), no person of its own
                (None, false, "")
            } else if SPEECH.contains(&next) {
                (Some("PER"), false, "rule:speech")
            } else {
                (Some("PER"), false, "rule:name")
            };
        // a compound with a hyphen is no name of the kinds below ("the
        // West-2021 exercise", "a God-given right")
        let hyphen = next == "-" && !toks[j - 1].space_after;
        // peoples, regions, the deity and offices named after "the" go before
        // the cues above (which drop lone titles and "the" + capitalised words)
        let (label, strong, rule) = if !newer_rules {
            (label, strong, rule)
        } else if label == Some("PER")
            && matches!(
                rule,
                "rule:surname-suffix"
                    | "rule:slavic-given-name"
                    | "rule:first-name"
                    | "rule:name"
                    | "rule:speech"
            )
            && !hyphen
            && ((j < n
                && matches!(next, "club" | "fc" | "hc")
                && doc.token_norm(j).starts_with(char::is_lowercase))
                || (i > 0
                    && !sent_start[i]
                    && (SPORT_CLUB_CUES.contains(&prev)
                        || (matches!(prev, "club" | "team") && SPORT_CLUB_CUES.contains(&prev2)))
                    && doc.token_norm(i - 1).starts_with(char::is_lowercase)))
        {
            // a club named after a person ("our Salavat Yulayev club", "the
            // hockey club Dinamo Petrov") is the club, not the person
            (Some("ORG"), true, "rule:club")
        } else if rule == "rule:place-preposition"
            && words.len() >= 2
            && lists.event_words.contains(last)
        {
            // a named war or event after a place preposition is no place
            // ("in the Great Patriotic War", "at the Winter Games")
            (None, false, "")
        } else if ((rule == "rule:place-preposition")
            || (words.len() == 1 && matches!(rule, "rule:name" | "rule:place-list")))
            && (lists.not_places.contains(last)
                || (lists.not_places.contains(first) && {
                    let label_word = if words.len() >= 2 { words[1] } else { next };
                    label_word.chars().count() == 1
                        || label_word.contains(|c: char| c.is_ascii_digit())
                }))
        {
            // a field of study or a part of the text after "in" is no place
            // ("a degree in Sport Psychology", "in Figure 1", "in Appendix S1"),
            // nor one such word alone in a list after it ("in Linguistics
            // and Philosophy")
            (None, false, "")
        } else if words.len() == 1 && people_word(lists, last, prev == "the" && !next_noun(j)) {
            (Some("PER"), true, "rule:people")
        } else if words.len() == 1
            && last == "nation"
            && matches!(prev, "the" | "our" | "this" | "your" | "my")
            && doc.token_norm(i - 1).starts_with(char::is_lowercase)
            && prev2 != "face"
            && !hyphen
        {
            // a capitalised "the Nation", "our Nation" in an address names the
            // country, as GUM marks it (not the programme "Face the Nation")
            (Some("LOC"), true, "rule:the-nation")
        } else if prev == "the" && words.len() == 1 && lists.regions.contains(last) && !hyphen {
            // "the South", "the Midwest"
            (Some("LOC"), true, "rule:region")
        } else if words.len() == 1
            && !hyphen
            && (last == "god" || (prev == "the" && matches!(last, "devil" | "lord" | "almighty")))
            && !(last == "god"
                && god_interjection(prev, prev2, next, if j + 1 < n { low(j + 1) } else { "" }))
        {
            // GUM treats the deity as a named person
            (Some("PER"), true, "rule:deity")
        } else if matches!(prev, "the" | "this" | "our" | "your")
            && words.len() <= 2
            && words.iter().all(|w| lists.the_titles.contains(*w))
            && !hyphen
            && !matches!(next, "'s" | "’s")
        {
            // a capitalised office after "the" (or "this", "our", "your")
            // names its holder ("the President", "the Tsar", "this President",
            // "the Secretary"), with the country or body it serves
            // ("the President of Ukraine", as GUM spans it); lower-case "the
            // president" is no name, nor is "the President's Office"
            if next == "of" {
                // the dictionary's place or organisation, with or without its article
                let named = |k: usize| {
                    (k < n && matches!(gaz_label(k), Some("LOC" | "GPE" | "ORG")))
                        .then(|| gaz_end(k))
                };
                let e = named(j + 1).or_else(|| {
                    (j + 1 < n && low(j + 1) == "the")
                        .then(|| named(j + 2))
                        .flatten()
                });
                // or a department's one capitalised word ("the Secretary of
                // State", "the Secretary of Defense")
                let e = e.or_else(|| {
                    (j + 2 < n
                        && is_cap(j + 1)
                        && !sent_start[j + 1]
                        && gaz[j + 1].is_none()
                        && !is_cap(j + 2)
                        && !lists.is_org_word(low(j + 1))
                        && !first_name(low(j + 1))
                        && !lists.place_names.contains(low(j + 1)))
                    .then_some(j + 2)
                });
                if let Some(e) = e {
                    j = e;
                }
            }
            (Some("PER"), true, "rule:the-title")
        } else if rule == "rule:name"
            && words.len() == 1
            && camel_case(doc.token_norm(i))
            && !glued_person(lists, last)
        {
            // a capital inside a word names a company or service ("LibriVox",
            // "ResearchGate"), not a person (surname prefixes aside: "McKee";
            // and not a name glued to an office by a lost space: "IvanPresident")
            (Some("ORG"), false, "rule:camel-case")
        } else if words.len() == 1
            && i >= 2
            && prev == ","
            && is_cap(i - 2)
            && us_state_abbrev(doc.token_norm(i))
            && !matches!(doc.token_norm(i), "OK" | "IN" | "OR" | "ME" | "HI" | "OH")
            && (j >= n || !is_cap(j))
        {
            // "Paramus, NJ": the state
            (Some("LOC"), true, "rule:state-abbrev")
        } else if rule == "rule:name"
            && ((lists.work_kinds.contains(prev)
                && !sent_start[i]
                && upos(i - 1).is_none_or(|u| u != "VERB"))
                || (words.len() == 1 && lists.languages.contains(last))
                || (words.len() >= 2 && lists.event_words.contains(last)))
        {
            // a work after its kind ("the novel Dark Matters"), a language
            // ("learn Hebrew"), an event ("the World Cup")
            (None, false, "")
        } else if rule == "rule:name"
            && words.len() == 1
            && j < n
            && doc.token_norm(j).starts_with(char::is_lowercase)
            && upos(j) == Some("NOUN")
            && next != "et"
            && !(i > 0 && !sent_start[i] && is_cap(i - 1))
        {
            // an uncued word used as a modifier of a common noun ("Formica
            // fusca", "Moriori carvings", "Ouija boards"): no person, unless
            // a cue typed the same name elsewhere in the document ("the
            // Benghazi attack" after "in Benghazi"; dropped in the last pass),
            // or it ends a name the dictionary began ("a Lew Rockwell
            // contributor")
            (Some("PER"), false, "rule:modifier")
        } else {
            (label, strong, rule)
        };
        // a term spelt out before its abbreviation ("Compact Fluorescent
        // Light (CFL)") is no name either, when no cue typed it (newer rules
        // only)
        if newer_rules
            && j == i + 1
            && i >= 2
            && low(i - 1) == "("
            && next == ")"
            && terms.contains(first)
            && cands
                .last()
                .is_some_and(|c| c.1 == i - 1 && !c.3 && c.4 == "rule:name")
        {
            cands.pop();
        }
        // an abbreviation in brackets after a name is that name ("European
        // Space Agency (ESA)"), here and elsewhere in the document
        let (label, strong, rule) = match cands.last() {
            Some(&(_, e, l, _, _))
                if j == i + 1
                    && !(newer_rules
                        && terms.contains(first)
                        && cands.last().is_some_and(|c| c.4 == "rule:name"))
                    && doc
                        .token_norm(i)
                        .chars()
                        .filter(|c| c.is_uppercase())
                        .count()
                        >= 2
                    && i >= 2
                    && e == i - 1
                    && low(i - 1) == "("
                    && next == ")" =>
            {
                // a name that no cue typed, shortened by an abbreviation, is an
                // organisation, not a person ("Unione degli Atei … (UAAR)";
                // on GUM train 0 of 11 abbreviations typed PER were persons;
                // newer rules only)
                if newer_rules && l == "PER" {
                    let k = cands.len() - 1;
                    if matches!(cands[k].4, "rule:name" | "rule:same-name") {
                        cands[k].2 = "ORG";
                    }
                    (Some("ORG"), true, "rule:abbreviation")
                } else {
                    (Some(l), true, "rule:abbreviation")
                }
            }
            _ => (label, strong, rule),
        };
        // "X is a NASA space probe", "a cocktail called X": a thing, here and
        // elsewhere in the document (newer rules only)
        let (label, strong, rule) = if newer_rules
            && !strong
            && matches!(rule, "rule:name" | "rule:possessive" | "rule:speech")
            && (defined_as_thing(lows, j)
                || (i >= 3
                    && !sent_start[i]
                    && matches!(prev, "called" | "named" | "dubbed" | "titled" | "entitled")
                    && (thing_kind(prev2)
                        || (matches!(prev2, "is" | "was") && thing_kind(low(i - 3))))))
        {
            if !things.contains(&whole) {
                things.push(whole.clone());
            }
            (None, false, "")
        } else {
            (label, strong, rule)
        };
        // "X is a city …", "X lies in …": a place, here and elsewhere in the document
        let (label, strong, rule) = if newer_rules
            && !strong
            && matches!(
                rule,
                "rule:name" | "rule:possessive" | "rule:place-preposition"
            )
            && (defines_place(lists, lows, j)
                || defined_after_comma(lows, j, &lists.place_definitions))
        {
            (Some("LOC"), true, "rule:place-def")
        } else if newer_rules
            && !strong
            && matches!(
                rule,
                "rule:name" | "rule:possessive" | "rule:speech" | "rule:place-preposition"
            )
            && (defined_as(lows, j, &lists.org_definitions)
                || defined_after_comma(lows, j, &lists.org_definitions))
        {
            // "X is a company …", "X, a newspaper based in …"
            (Some("ORG"), true, "rule:org-def")
        } else if newer_rules
            && !strong
            && matches!(rule, "rule:name" | "rule:possessive" | "rule:speech")
            && i > 0
            && !sent_start[i]
            && lists.org_definitions.contains(prev)
            && !is_cap(i - 1)
            && !(i.saturating_sub(4)..i).any(|k| matches!(low(k), "whose" | "which" | "that"))
        {
            // "the company X", "security firm X": weakly (a person's surname
            // or a cue elsewhere in the document wins; not in a relative
            // clause: "whose law firm Manafort hired")
            (Some("ORG"), false, "rule:org-def")
        } else {
            (label, strong, rule)
        };
        let plural = |w: &str| {
            w.len() > 3
                && w.ends_with('s')
                && !["ss", "us", "is", "as"].iter().any(|e| w.ends_with(e))
        };
        let (label, strong, rule) = if !newer_rules {
            (label, strong, rule)
        } else if words.len() >= 2
            && (matches!(rule, "rule:name" | "rule:possessive" | "rule:speech")
                // after "a"/"an" too ("a Dallas Cowboys game"), which alone
                // types no name
                || (label.is_none() && matches!(prev, "a" | "an")))
            && (plural(last) || last == "sox")
            && !people_word(lists, last, false)
            && !lists.is_loc_word(last)
            && !lists.not_team_plurals.contains(last)
            && !words
                .iter()
                .any(|w| lists.titles.contains(*w) || first_name(w))
            && {
                let pe = gaz_place_end(i).or_else(|| {
                    if lists.place_names.contains(low(i)) {
                        Some(i + 1)
                    } else {
                        (i + 1 < n
                            && lists.place_first.contains(low(i))
                            && lists
                                .place_names
                                .contains(format!("{} {}", low(i), low(i + 1)).as_str()))
                        .then_some(i + 2)
                    }
                });
                // the team's name is one or two words ("Kansas City Chiefs";
                // not "Alabama Congressman Mo Brooks")
                pe.is_some_and(|e| e > i && e < j && j - e <= 2)
            }
        {
            // a place and a plural: a sports team ("the Pittsburgh Pirates")
            (Some("ORG"), true, "rule:team")
        } else {
            (label, strong, rule)
        };
        // a listed place or organisation that begins a capitalised run no cue
        // typed (a work, event or product: "the Google Science Fair", "the
        // Tulsa Metro area", "a NASA T-shirt") is named there on its own
        // (newer rules only)
        if newer_rules
            && label.is_none()
            && words.len() >= 2
            && !hyphen
            && !first_name(first)
            && !lists.titles.contains(first)
            && let Some(l) = lists
                .list_type(first)
                .or_else(|| lists.newer_place_names.contains(first).then_some("LOC"))
        {
            // a place and "Sox" is a baseball team ("the Boston Red Sox")
            if l == "LOC" && last == "sox" && words.len() <= 3 {
                cands.push((i, j, "ORG", true, "rule:team"));
            } else {
                // (the whole run is looked up below: a name the document
                // uses elsewhere is that name, not the place)
                deferred.push((cands.len(), j));
                cands.push((i, i + 1, l, true, "rule:listed-modifier"));
            }
            i = j;
            continue;
        }
        if let Some(l) = label {
            cands.push((i, j, l, strong, rule));
        }
        i = j;
    }
    // names listed with a place ("Basel, Heidelberg and Strasbourg") are
    // places when nothing else typed them
    for pass in 0..2 {
        for k in 0..cands.len() {
            let k = if pass == 0 { k } else { cands.len() - 1 - k };
            let (a, b, _, s, rule) = cands[k];
            if s || rule != "rule:name" {
                continue;
            }
            // the source of "according to X, …" is no list member
            if newer_rules && a >= 2 && low(a - 1) == "to" && low(a - 2) == "according" {
                continue;
            }
            // a diplomat's posting ("the Ambassador … of Norway to Chile, NAME"):
            // the name after the second country is the diplomat, no list member
            let posting = |o: usize| {
                let oa = cands[o].0;
                oa >= 2
                    && low(oa - 1) == "to"
                    && cands[..o].iter().any(|&(pa, pb, pl, _, _)| {
                        pb + 1 == oa
                            && matches!(pl, "LOC" | "GPE")
                            && pa >= 1
                            && (low(pa - 1) == "of"
                                || (pa >= 2 && low(pa - 1) == "the" && low(pa - 2) == "of"))
                    })
            };
            let listed = |o: usize| {
                let (oa, ob, ol, os, orule) = cands[o];
                if newer_rules && ob <= a && posting(o) {
                    return false;
                }
                let (x, y) = if ob <= a { (ob, a) } else { (b, oa) };
                matches!(ol, "LOC" | "GPE")
                    && (os || orule == "rule:place-list" || orule == "rule:place-preposition")
                    && y > x
                    && y - x <= 2
                    && (x..y).all(|t| matches!(low(t), "," | "and" | "or"))
            };
            if (k > 0 && listed(k - 1)) || (k + 1 < cands.len() && listed(k + 1)) {
                cands[k] = (a, b, "LOC", false, "rule:place-list");
            }
        }
    }
    // second pass: weakly typed names take the type a cue gave the same name
    // elsewhere in the document; a single word that ends a person's name there
    // is that person ("Douglass North" … "North")
    // (a one-word name, most of them, is its folded word: no copy)
    let key = |a: usize, b: usize| -> std::borrow::Cow<str> {
        if b == a + 1 {
            std::borrow::Cow::Borrowed(low(a))
        } else {
            std::borrow::Cow::Owned((a..b).map(low).collect::<Vec<_>>().join(" "))
        }
    };
    // (looked up, never iterated: Fx hashing)
    let mut strong: chronicle_doc::fxhash::FxHashMap<std::borrow::Cow<str>, &'static str> =
        Default::default();
    let mut surname: chronicle_doc::fxhash::FxHashMap<&str, &'static str> = Default::default();
    // weak cues per name: how often a place preposition and a person's cue
    // (possessive, speech verb) typed it (newer rules only)
    let mut weak: chronicle_doc::fxhash::FxHashMap<std::borrow::Cow<str>, (u32, u32)> =
        Default::default();
    if newer_rules {
        for &(a, b, _, s, rule) in &cands {
            if s {
                continue;
            }
            let e = match rule {
                "rule:place-preposition" => (1, 0),
                "rule:possessive" | "rule:speech" => (0, 1),
                _ => continue,
            };
            let v = weak.entry(key(a, b)).or_insert((0, 0));
            v.0 += e.0;
            v.1 += e.1;
        }
    }
    for &(a, b, l, s, _) in &cands {
        if s && l != "NORP" {
            strong.entry(key(a, b)).or_insert(l);
            if l == "PER" && b - a >= 2 {
                surname.entry(low(b - 1)).or_insert("PER");
            }
        }
    }
    // a listed place or organisation that begins a run a cue typed
    // elsewhere in the document ("the Cambridge Analytica scandal" after
    // "Cambridge Analytica, a British data firm"): the whole run takes that
    // type (newer rules only; dropping the place when the run is named
    // elsewhere without a cue lost a right place on GUM train)
    for &(k, e) in &deferred {
        let a = cands[k].0;
        if let Some(&l2) = strong.get(&*key(a, e)) {
            cands[k] = (a, e, l2, true, "rule:listed-name");
        }
    }
    // a name typed by no cue needs the tagger's proper-noun tag (when there
    // are tags), and a single word must not be written in lower case elsewhere
    // in the document ("Enjambment … enjambment") nor be a single letter
    // A single first word of a sentence needs to be written capitalised
    // elsewhere in the document too; in a longer name, at most half the words
    // may be written in lower case elsewhere ("Property Rights"). Words in quotes or after "X of" are
    // titles of works ("Game of Thrones", “Red Wedding”).
    let plausible = |a: usize, b: usize| {
        let quoted = a > 0
            && b < n
            && matches!(low(a - 1), "\"" | "“" | "‘" | "'")
            && matches!(low(b), "\"" | "”" | "’" | "'");
        let of_title = a > 1 && low(a - 1) == "of" && is_cap(a - 2);
        (tags.is_none() || (a..b).any(|k| upos(k) == Some("PROPN")))
            && (b - a > 1 || (dc[a] != "mix" && dc[a] != "low" && low(a).chars().count() > 1))
            && (b - a == 1 || (a..b).filter(|&k| dc[k] == "mix").count() * 2 < b - a)
            && (b - a > 1 || !sent_start[a] || dc[a] == "cap")
            && !quoted
            && !of_title
    };
    // a language or a word used as a word ("Siwu languages", "in English"),
    // and nationality-like single words ("-ese", "-ish")
    let not_name_context = |a: usize, b: usize| {
        let next = if b < n { low(b) } else { "" };
        matches!(
            next,
            "language" | "languages" | "speakers" | "word" | "words" | "dialect" | "dialects"
        ) || (b == a + 1 && (low(a).ends_with("ese") || low(a).ends_with("ish")))
    };
    // title-case lines (headings, titles of works): no closing full stop and
    // at most a third of the words after the first in lower case
    let mut headline = vec![false; n];
    for (a, b) in sentence_ranges(doc) {
        let b = b.min(n);
        // the words after the first, and how many of them are in lower case
        let (mut words, mut lower) = (0, 0);
        for k in
            (a..b).filter(|&k| !sent_start[k] && doc.token_norm(k).starts_with(char::is_alphabetic))
        {
            words += 1;
            lower += usize::from(!is_cap(k));
        }
        // a heading has no closing full stop
        let closed = (a..b)
            .rev()
            .find(|&k| !matches!(low(k), "\"" | "”" | "’" | "'" | ")"))
            .is_some_and(|k| matches!(low(k), "." | "!" | "?"));
        if !closed && words >= 3 && lower * 3 <= words {
            headline[a..b].iter_mut().for_each(|h| *h = true);
        }
    }
    let mut covered = vec![false; n];
    for &(a, b, ..) in &cands {
        covered[a..b].iter_mut().for_each(|x| *x = true);
    }
    for c in cands.iter_mut() {
        let (a, b, l, _, rule) = *c;
        // a plural people word names persons ("the Americans")
        if rule == "dict"
            && l == "NORP"
            && b == a + 1
            && low(a).ends_with('s')
            && upos(a).is_none_or(|u| matches!(u, "NOUN" | "PROPN"))
        {
            *c = (a, b, "PER", true, "rule:people");
        }
        // a capitalised title before a person's name is part of the name
        if c.2 == "PER" {
            let mut s = c.0;
            let title = |k: usize| is_cap(k) && lists.titles.contains(low(k).trim_end_matches('.'));
            // (and the words that make an office of the title: "Prime
            // Minister", "Acting Federal Chancellor"; newer rules only)
            let modifier = |k: usize| {
                newer_rules && is_cap(k) && office_modifier(low(k).trim_end_matches('.'))
            };
            loop {
                if s > 0 && !sent_start[s] && (title(s - 1) || (s < c.0 && modifier(s - 1))) {
                    s -= 1;
                } else if s > 1
                    && !sent_start[s]
                    && !sent_start[s - 1]
                    && low(s - 1) == "."
                    && !toks[s - 2].space_after
                    && title(s - 2)
                {
                    // "Dr" "." split into two tokens
                    s -= 2;
                } else {
                    break;
                }
            }
            if s < c.0 && !covered[s..c.0].iter().any(|&x| x) {
                c.0 = s;
            }
        }
    }
    let mut out = Vec::with_capacity(cands.len());
    for (a, b, l, s, rule) in cands {
        let (l, rule) = if s {
            (l, rule)
        } else if let Some(&l2) = strong.get(&*key(a, b)) {
            (l2, "rule:same-name")
        } else if b == a + 1
            && let Some(&l2) = surname.get(low(a))
        {
            // (a thing named after a person the document names in full is
            // that person where no cue says otherwise: "the Santorum
            // cocktail" after "Rick Santorum")
            (l2, "rule:surname")
        } else if !things.is_empty() && things.iter().any(|t| *t == *key(a, b)) {
            continue;
        } else if rule == "rule:name"
            && weak
                .get(&*key(a, b))
                .is_some_and(|&(place, person)| place >= 2 && place > 2 * person)
            && !headline[a]
            && plausible(a, b)
        {
            // a name the document twice puts after a place preposition and
            // no more than half as often after a person's cue is that place
            // where no cue types it ("to Coron" … "Coron was registered")
            ("LOC", "rule:same-name")
        } else if headline[a]
            || !plausible(a, b)
            || not_name_context(a, b)
            || rule == "rule:modifier"
        {
            continue;
        } else {
            (l, rule)
        };
        out.push(entity(doc, a, b, l, rule));
    }
    if newer_rules {
        join_first_names(lists, doc, &mut out, &sent_start);
        drop_places_in_org_compounds(doc, &mut out);
    }
    out
}

/// "ISIL-Caucasus operative": a place glued by a hyphen to an organisation's
/// name before a member noun names the organisation's branch, not a place
/// where something happens; the place is dropped ("NATO-Russia relations"
/// keeps it).
fn drop_places_in_org_compounds(doc: &Doc, out: &mut Vec<Entity>) {
    let toks = doc.tokens();
    let orgs: Vec<usize> = out
        .iter()
        .filter(|e| e.label == "ORG")
        .map(|e| e.tokens.end as usize)
        .collect();
    out.retain(|e| {
        let (a, b) = (e.tokens.start as usize, e.tokens.end as usize);
        !(e.label == "LOC"
            && a >= 2
            && b < toks.len()
            && matches!(doc.token_text(a - 1), "-" | "–")
            && !toks[a - 2].space_after
            && !toks[a - 1].space_after
            && orgs.contains(&(a - 1))
            && matches!(
                doc.token_text(b),
                "operative"
                    | "operatives"
                    | "fighter"
                    | "fighters"
                    | "militant"
                    | "militants"
                    | "member"
                    | "members"
                    | "commander"
                    | "commanders"
                    | "leader"
                    | "cell"
                    | "cells"
                    | "affiliate"
                    | "branch"
                    | "emir"
                    | "recruiter"
                    | "supporter"
                    | "supporters"
            ))
    });
}

/// The words after "House" that make it the chamber: a party's members or
/// leaders ("House Republicans", "House GOP", "House Speaker") or "of
/// Representatives/Commons/Lords".
fn legislature_next(next: &str, after: &str) -> bool {
    (next == "of" && matches!(after, "representatives" | "commons" | "lords"))
        || matches!(
            next,
            "republicans"
                | "republican"
                | "democrats"
                | "democratic"
                | "democrat"
                | "gop"
                | "speaker"
                | "majority"
                | "minority"
                | "leaders"
                | "leadership"
                | "members"
                | "lawmakers"
                | "conservatives"
                | "liberals"
                | "committee"
        )
}

/// A person's name cut in two by the dictionary: a person span ending in a
/// first name (or a one-word person) right before a one-word dictionary
/// person or place ("Charlie Baker", "General George Washington"), or a
/// first name the dictionary knows as a place before a person whose name
/// starts with a first name ("Chad Michael Murray"), is one person.
fn join_first_names(lists: &NerLists, doc: &Doc, out: &mut Vec<Entity>, sent_start: &[bool]) {
    out.sort_by_key(|e| e.tokens.start);
    let low = |k: usize| doc.token_norm(k).to_lowercase();
    let cap = |k: usize| doc.token_norm(k).starts_with(char::is_uppercase);
    let toks = doc.tokens();
    let mut i = 0;
    while i + 1 < out.len() {
        let (x, y) = (&out[i], &out[i + 1]);
        let (xa, xb) = (x.tokens.start as usize, x.tokens.end as usize);
        let (ya, yb) = (y.tokens.start as usize, y.tokens.end as usize);
        let adjacent = xb == ya && !sent_start[ya] && toks[xb - 1].space_after && cap(ya);
        // (only read when adjacent: no lower-cased copy for the other pairs)
        let first_end = adjacent && lists.is_first_name(&low(xb - 1));
        let join = adjacent
            && ((x.label == "PER"
                && yb == ya + 1
                && (y.label == "PER" && (first_end || xb == xa + 1)
                    || (first_end
                        && y.rule == "dict"
                        && matches!(y.label.as_str(), "LOC" | "GPE"))))
                || (xb == xa + 1
                    && first_end
                    && x.rule == "dict"
                    && matches!(x.label.as_str(), "LOC" | "GPE")
                    && y.label == "PER"
                    && lists.is_first_name(&low(ya))));
        if join {
            let rule = format!("{}+name", if x.label == "PER" { &x.rule } else { &y.rule });
            out[i] = entity(doc, xa, yb, "PER", &rule);
            out.remove(i + 1);
        } else {
            i += 1;
        }
    }
}

/// Extends a capitalised run ending at `j` across name-internal connectors
/// ("of", "de", "&", optionally followed by "the") into further capitalised
/// words or a dictionary place ("University of Texas"); returns the new end.
fn extend_run(
    lows: &[&str],
    mut j: usize,
    cap_ok: &dyn Fn(usize) -> bool,
    sent_start: &[bool],
    gaz_place_end: &dyn Fn(usize) -> Option<usize>,
) -> usize {
    let n = lows.len();
    while j + 1 < n
        && matches!(
            lows[j],
            "of" | "de" | "del" | "du" | "von" | "van" | "al" | "bin" | "&" | "y" | "la"
        )
    {
        let mut k = j + 1;
        if lows[k] == "the" && k + 1 < n {
            k += 1;
        }
        if sent_start[k] {
            break;
        }
        if cap_ok(k) {
            j = k + 1;
            while j < n && cap_ok(j) && !sent_start[j] {
                j += 1;
            }
        } else if let Some(e) = gaz_place_end(k) {
            j = e;
        } else {
            break;
        }
    }
    j
}

/// Verbs of moving and living whose "to" / "from" / "at" introduces a place.
const MOTION: &[&str] = &[
    "moved",
    "move",
    "moves",
    "moving",
    "returned",
    "return",
    "went",
    "go",
    "goes",
    "came",
    "come",
    "travelled",
    "traveled",
    "travel",
    "fled",
    "flee",
    "emigrated",
    "immigrated",
    "relocated",
    "flew",
    "fly",
    "sailed",
    "arrived",
    "born",
    "lived",
    "died",
    "drove",
    "trip",
    "journey",
    "visit",
    "visited",
    "back",
    "way",
    "road",
    "flight",
    "flights",
    "route",
];

/// More words after which "to X" names a place ("headed to X", "welcome to
/// X"), beyond [`MOTION`] (which the GUM model's rule tags read; newer rules
/// only).
const MOTION_NEWER: &[&str] = &[
    "headed",
    "heading",
    "hastened",
    "marched",
    "welcome",
    "ferry",
    "ferries",
    "bus",
    "buses",
    "train",
    "trains",
    "transferred",
    "deployed",
    "exiled",
    "banished",
    "deported",
    "escaped",
    "migrated",
    "commute",
    "commuted",
    "walked",
    "sail",
    "journeyed",
    "retreated",
    "withdrew",
    "evacuated",
    "expanded",
    "spread",
    "trips",
    "voyage",
    "expedition",
    "pilgrimage",
];

/// Verbs whose object is a place ("visited Tulsa", "invaded Anahuac"); a name
/// right after one is typed like after a place preposition (newer rules
/// only).
const PLACE_OBJECT_VERBS: &[&str] = &[
    "visit",
    "visits",
    "visited",
    "visiting",
    "invaded",
    "invade",
    "invading",
    "besieged",
    "annexed",
    "conquered",
    "colonized",
    "colonised",
    "explore",
    "explored",
    "exploring",
    "toured",
    "touring",
    "engulfed",
    "bombed",
    "shelled",
    "liberated",
    "occupied",
];

/// Day and month names (the shared lists in `chronicle_doc::words`): capitalised,
/// never names mid-sentence. "May" is left out: it is also a modal and a name.
fn day_or_month(w: &str) -> bool {
    words::is_weekday(w) || (w != "may" && words::MONTHS.contains(&w))
}

/// A US state's postal code or AP abbreviation ("NJ", "Fla.", "Calif."),
/// written as after a town's name ("Paramus, NJ"; newer rules only).
const US_STATE_ABBREVS: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.",
    "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.",
    "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.",
    "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
    "D.C.",
];

fn us_state_abbrev(t: &str) -> bool {
    US_STATE_ABBREVS.contains(&t)
}

/// A run of an office's words only ("Prime Minister", "Deputy Minister",
/// "Acting Federal Chancellor", "Commander-in-Chief", "Head", "Sens."), at
/// least one of them a title: before a capitalised word or "of" it is the
/// office before its holder's name or its field ("Prime Minister Leo Varadkar",
/// "Head of the Office of the President …"), no person of its own (newer rules
/// only; the holder's name takes the office's words).
fn office_alone(lists: &NerLists, words: &[&str]) -> bool {
    let core = |w: &str| {
        lists.titles.contains(w) || matches!(w, "chief" | "head" | "commander" | "sens" | "reps")
    };
    let parts = || {
        words
            .iter()
            .flat_map(|w| w.split('-'))
            .map(|w| w.trim_end_matches('.'))
            .filter(|w| !w.is_empty())
    };
    words.len() <= 4
        && parts().any(core)
        && parts().all(|w| core(w) || w == "in" || office_modifier(w))
}

/// A word that makes an office of the title after it ("Prime Minister", "Vice
/// President", "Acting Federal Chancellor").
fn office_modifier(w: &str) -> bool {
    matches!(
        w,
        "prime"
            | "deputy"
            | "vice"
            | "acting"
            | "first"
            | "federal"
            | "assistant"
            | "senior"
            | "executive"
    )
}

/// A web page's controls and captions left in an article's text ("Hide
/// Caption 3 of 24", "Replay More Videos", "Image copyright Reuters", "Sign
/// up for Daily Newsletters"): no name (newer rules only; "Getty Images"
/// stays the agency).
fn page_furniture(words: &[&str]) -> bool {
    let core = |w: &str| {
        matches!(
            w,
            "caption"
                | "captions"
                | "replay"
                | "video"
                | "videos"
                | "image"
                | "photo"
                | "photos"
                | "newsletter"
                | "newsletters"
        )
    };
    words.iter().any(|w| core(w))
        && words
            .iter()
            .all(|w| core(w) || matches!(*w, "hide" | "show" | "more" | "daily" | "watch"))
}

/// "God" in an exclamation or a set phrase ("oh my God", "oh God", "thank
/// God", "God forbid", "for God's sake") names no one (newer rules only;
/// "chosen by God", "my God and my King" keep the deity).
fn god_interjection(prev: &str, prev2: &str, next: &str, next2: &str) -> bool {
    (prev == "my" && matches!(prev2, "oh" | "o" | "omg"))
        || matches!(prev, "oh" | "thank" | "thanks")
        || next == "forbid"
        || (prev == "for" && matches!(next, "'s" | "’s") && next2.starts_with("sake"))
}

/// The first word of a state university's short name before "State" ("Ohio
/// State", "Penn State"): a US state other than Washington and New York, whose
/// "X State" is the state itself.
fn state_school(w: &str) -> bool {
    matches!(
        w,
        "penn"
            | "alabama"
            | "arizona"
            | "arkansas"
            | "colorado"
            | "delaware"
            | "florida"
            | "georgia"
            | "idaho"
            | "illinois"
            | "indiana"
            | "iowa"
            | "kansas"
            | "kentucky"
            | "louisiana"
            | "michigan"
            | "minnesota"
            | "mississippi"
            | "missouri"
            | "montana"
            | "nebraska"
            | "ohio"
            | "oklahoma"
            | "oregon"
            | "tennessee"
            | "texas"
            | "utah"
    )
}

/// A month's abbreviation, with or without its full stop ("Jan.", "Sept", "Dec.").
fn month_abbrev(w: &str) -> bool {
    matches!(
        w.strip_suffix('.').unwrap_or(w),
        "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// A weekday's abbreviation ("Sat.", "Wed") or plural ("Saturdays"): no name
/// (newer rules only).
fn day_abbrev_or_plural(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "mon" | "tue" | "tues" | "wed" | "weds" | "thu" | "thur" | "thurs" | "fri" | "sat"
    ) || w
        .strip_suffix('s')
        .is_some_and(|d| d.ends_with("day") && words::is_weekday(d))
}

/// Capitalised words that are no named person, place or organisation
/// (holidays, religions' deity, eras, the net).
/// A one-token hyphenated common noun capitalised only because it starts the
/// sentence or carries a prefix such as "Ex-" ("Ex-minister", "Patient-advocate",
/// "Co-founder"): its last part is a lower-case word.
fn hyphenated_agent(w: &str, sentence_start: bool) -> bool {
    let Some((head, tail)) = w.rsplit_once('-') else {
        return false;
    };
    let first = head.split('-').next().unwrap_or("");
    tail.chars().count() >= 3
        && tail.chars().all(|c| c.is_lowercase())
        && first.chars().next().is_some_and(|c| c.is_uppercase())
        && (sentence_start
            || matches!(
                first.to_lowercase().as_str(),
                "ex" | "co" | "vice" | "then" | "former" | "deputy" | "acting"
            ))
}

/// Single words that are written capitalised but name no person, place or
/// organisation: health programmes, diseases, religions and doctrines
/// ("Medicaid", "Ebola", "Christianity", "Structuralism"; newer rules only).
fn not_a_name_word(w: &str) -> bool {
    matches!(
        w,
        "medicaid"
            | "medicare"
            | "medi-cal"
            | "obamacare"
            | "trumpcare"
            | "ebola"
            | "zika"
            | "christianity"
            | "islam"
            | "hinduism"
            | "sikhism"
            | "shinto"
            | "taoism"
            | "confucianism"
    ) || (w.chars().count() >= 7 && w.ends_with("ism") && w.chars().all(|c| c.is_alphabetic()))
}

const NOT_NAMES: &[&str] = &[
    "christmas",
    "easter",
    "halloween",
    "thanksgiving",
    "ramadan",
    "hanukkah",
    "passover",
    "god",
    "internet",
    "covid",
    "covid-19",
    "world war i",
    "world war ii",
    "scripture",
    "bible",
    "quran",
    "koran",
    "olympics",
    "paralympics",
    "cold war",
    "holocaust",
];

/// True when the words from `j` define what precedes as a place: "is a
/// (small, …) city", "was the capital", "lies in", "is located on".
fn defines_place(lists: &NerLists, lows: &[&str], j: usize) -> bool {
    let w = |k: usize| lows.get(k).copied().unwrap_or("");
    match w(j) {
        "lies" | "lay" => matches!(w(j + 1), "in" | "on" | "at" | "near" | "between" | "along"),
        "is" | "was" => {
            if matches!(w(j + 1), "located" | "situated") {
                return true;
            }
            if !matches!(w(j + 1), "a" | "an" | "the") {
                return false;
            }
            // up to three modifiers ("a culturally diverse city")
            (j + 2..j + 6).any(|k| {
                lists.place_definitions.contains(w(k))
                    && !matches!(w(k + 1), "'s" | "’s" | "council" | "hall" | "manager")
                    && (j + 2..k).all(|m| w(m).chars().all(|c| c.is_alphabetic() || c == '-'))
            })
        }
        _ => false,
    }
}

/// "X is/was a/an/the (up to three modifiers) KIND …" with KIND in `kinds`.
fn defined_as(lows: &[&str], j: usize, kinds: &crate::ner_lists::Set) -> bool {
    let w = |k: usize| lows.get(k).copied().unwrap_or("");
    matches!(w(j), "is" | "was")
        && matches!(w(j + 1), "a" | "an" | "the")
        && (j + 2..j + 6).any(|k| {
            kinds.contains(w(k)) && kind_ends(w(k + 1)) && (j + 2..k).all(|m| kind_modifier(w(m)))
        })
}

/// A kind of thing that a capitalised name can name and that is no person,
/// place or organisation: works, products, craft, software, drinks.
fn thing_kind(w: &str) -> bool {
    matches!(
        w,
        "mission"
            | "probe"
            | "spacecraft"
            | "satellite"
            | "rocket"
            | "telescope"
            | "project"
            | "software"
            | "browser"
            | "app"
            | "game"
            | "film"
            | "movie"
            | "documentary"
            | "novel"
            | "album"
            | "song"
            | "podcast"
            | "wine"
            | "grape"
            | "drink"
            | "cocktail"
            | "beverage"
            | "product"
            | "device"
            | "robot"
            | "vessel"
            | "ship"
            | "drone"
            | "missile"
            | "malware"
            | "spyware"
            | "algorithm"
    )
}

/// "X is/was a/an/the (up to three modifiers) THING …" ([`thing_kind`]),
/// the thing's noun phrase ending there or going on with a clause ("a NASA
/// space probe to …", "a novel by …"; not "a software company").
fn defined_as_thing(lows: &[&str], j: usize) -> bool {
    let w = |k: usize| lows.get(k).copied().unwrap_or("");
    matches!(w(j), "is" | "was")
        && matches!(w(j + 1), "a" | "an" | "the")
        && (j + 2..j + 6).any(|k| {
            thing_kind(w(k))
                && (kind_ends(w(k + 1))
                    || matches!(
                        w(k + 1),
                        "to" | "by" | "about" | "released" | "written" | "developed" | "launched"
                    ))
                && (j + 2..k).all(|m| kind_modifier(w(m)))
        })
}

/// "X, a/an/the (up to three modifiers) KIND" followed by a clause or the
/// end of the apposition ("Gosier, a small town on …", "Quilt, a company
/// based in …"; not "X, a company spokesman").
fn defined_after_comma(lows: &[&str], j: usize, kinds: &crate::ner_lists::Set) -> bool {
    let w = |k: usize| lows.get(k).copied().unwrap_or("");
    w(j) == ","
        && matches!(w(j + 1), "a" | "an" | "the")
        && (j + 2..j + 6).any(|k| {
            kinds.contains(w(k)) && kind_ends(w(k + 1)) && (j + 2..k).all(|m| kind_modifier(w(m)))
        })
}

/// A word that can stand between the article and the kind noun ("a small
/// private company"): no preposition, article or conjunction ("a
/// criminologist at Villanova University" is no university).
fn kind_modifier(w: &str) -> bool {
    w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !matches!(
            w,
            "at" | "of"
                | "in"
                | "for"
                | "with"
                | "from"
                | "on"
                | "by"
                | "and"
                | "or"
                | "the"
                | "a"
                | "an"
                | "to"
                | "who"
                | "that"
                | "which"
                | "as"
        )
}

/// The word after a kind noun ends its noun phrase ("a company that …",
/// "a town in …"; not "a company spokesman").
fn kind_ends(w: &str) -> bool {
    matches!(
        w,
        "" | ","
            | "."
            | ";"
            | ":"
            | ")"
            | "that"
            | "which"
            | "who"
            | "whose"
            | "in"
            | "on"
            | "of"
            | "near"
            | "based"
            | "founded"
            | "with"
            | "from"
            | "for"
            | "and"
            | "known"
            | "owned"
            | "headquartered"
            | "located"
            | "situated"
            | "where"
            // a participle after the kind ("a British data firm hired by …")
            | "hired"
            | "run"
            | "led"
            | "backed"
            | "funded"
            | "linked"
            | "affiliated"
            | "operated"
            | "controlled"
            | "specialising"
            | "specializing"
    )
}

/// The first words of place names that look like a given name and a
/// surname ("Nova Kakhovka", "Bila Tserkva"): no person.
const PLACE_NAME_ADJECTIVES: &[&str] = &[
    "nova",
    "novo",
    "novi",
    "novy",
    "novyi",
    "nowy",
    "nowa",
    "stara",
    "stary",
    "staryi",
    "velyka",
    "velykyi",
    "veliky",
    "velikiy",
    "velikiye",
    "mala",
    "malyi",
    "maly",
    "bila",
    "bilyi",
    "nizhny",
    "nizhniy",
    "nyzhnii",
    "verkhnii",
    "verkhniy",
    "krasny",
    "krasnyi",
    "chorna",
    "pivdenne",
    "zelena",
    "sveta",
    "sveti",
    "sankt",
    "port",
    "fort",
    "lake",
    "cape",
    "camp",
    "stanytsia",
    "ruska",
    "russkaya",
];

/// Lower-case sports right before a name, or before "club"/"team" before
/// it, that make it a club's name ("hockey Salavat Yulayev", "the football
/// club Ivan Petrov").
const SPORT_CLUB_CUES: &[&str] = &[
    "hockey",
    "football",
    "soccer",
    "basketball",
    "volleyball",
    "handball",
];

/// A Slavic or Balkan surname ending: "-ić"/"-ič" as written, "-vic",
/// "-enko", "-chuk", "-ska"/"-sky"/"-ski", "-ov"/"-ev" and their feminine
/// forms (`w` folded, `orig` as written; at least five letters).
fn slavic_surname(w: &str, orig: &str) -> bool {
    w.chars().count() >= 5
        && w.chars().all(|c| c.is_alphabetic())
        && (orig.ends_with("ić")
            || orig.ends_with("ič")
            || [
                "vic", "cic", "jic", "zic", "vich", "vych", "enko", "chuk", "yuk", "ska", "sky",
                "ski", "skyi", "skiy", "skaya", "ov", "ev", "ova", "eva",
            ]
            .iter()
            .any(|e| w.ends_with(e)))
}

/// A word with a capital after a lower-case letter ("PayVista"), other than
/// surnames with a prefix ("McKee", "MacLeod", "DeWitt", "LaRue", "O'Neil").
fn camel_case(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    c.first().is_some_and(|x| x.is_uppercase())
        && c.iter().all(|x| x.is_alphabetic())
        && c.windows(2)
            .any(|p| p[0].is_lowercase() && p[1].is_uppercase())
        && ![
            "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von",
        ]
        .iter()
        .any(|p| w.starts_with(p) && c.get(p.len()).is_some_and(|x| x.is_uppercase()))
}

/// A first name or an office glued to another word ("ivanpresident",
/// "olgaminister": a space lost in the source text), given in lower case.
fn glued_person(lists: &NerLists, w: &str) -> bool {
    (3..w.len().saturating_sub(2)).any(|k| {
        w.is_char_boundary(k)
            && ((lists.is_first_name(&w[..k]) && w[k..].len() >= 3)
                || lists.titles.contains(&w[k..]))
    })
}

/// A people's name: a plural, or a collective singular when `collective`
/// (after "the", no noun following: "the Maya built", not "Maya ruins").
fn people_word(lists: &NerLists, w: &str, collective: bool) -> bool {
    lists.peoples.contains(w) || (collective && lists.peoples_collective.contains(w))
}

/// Compass words that join a following place name ("North America").
const COMPASS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
];

/// Capitalised abbreviations that are not organisations.
const ACRONYM_STOP: &[&str] = &[
    "tv", "pdf", "phd", "uv", "dna", "ceo", "ok", "am", "pm", "usb", "id", "gps", "faq", "diy",
    "hiv", "aids", "ad", "bc", "ce", "bce", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi",
    "usd", "eur", "gdp", "ai", "it", "pc", "cd", "dvd", "mp", "vip", "ba", "ma", "bs", "msc",
    "bsc", "md", "rna", "co2", "ph", "vs", "etc", "eg", "ie", "aka", "asap", "lol", "omg", "ps",
];

// ---------------------------------------------------------------- statistical model

/// The statistical recogniser: a two-pass BILOU structured perceptron
/// ([`crate::seqtag::SeqModel`]) and its provenance line.
#[derive(Clone, Debug, Default)]
pub struct NerModel {
    /// The weights.
    pub model: crate::seqtag::SeqModel,
    /// Provenance line (what it was trained on).
    pub about: String,
}

/// Static rule-recogniser tags per token (`B-PER`, `I-LOC`, …): the GUM
/// model's feature, from the recogniser without its newer rules.
pub(crate) fn rule_tags(dict: &Dictionary, doc: &Doc) -> Vec<Option<String>> {
    let mut v: Vec<Option<String>> = vec![None; doc.tokens().len()];
    let mut fold_buf = String::new();
    let lows = crate::norm::fold_tokens(doc, &mut fold_buf);
    let found = match_sentences_folded(dict, doc, Some(&lows));
    for e in rules_ner_with(dict, doc, &found, false, &lows) {
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
pub(crate) fn doc_case(doc: &Doc, ss: &[bool]) -> Vec<&'static str> {
    // one lower-cased key per distinct token (ASCII tokens lower-cased
    // without allocating), and per key the (capitalised, lower-case) counts
    // of the tokens not flagged in `ss`
    let n = doc.tokens().len();
    // (the keys in one buffer: no `String` per distinct word)
    let mut ids = chronicle_doc::fxhash::WordIds::with_capacity(n / 2);
    let mut counts: Vec<(u32, u32)> = Vec::new();
    let mut key = String::new();
    let mut of: Vec<usize> = Vec::with_capacity(n);
    for i in 0..n {
        let t = doc.token_norm(i);
        let k: &str = if t.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            if t.is_ascii() {
                key.clear();
                key.extend(t.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else {
                key = t.to_lowercase();
            }
            &key
        } else {
            t
        };
        let id = ids.id(k);
        if id == counts.len() {
            counts.push((0, 0));
        }
        of.push(id);
        if ss[i] {
            continue;
        }
        if t.chars().next().is_some_and(|c| c.is_uppercase()) {
            counts[id].0 += 1;
        } else {
            counts[id].1 += 1;
        }
    }
    of.iter()
        .map(|&id| match counts[id] {
            (0, 0) => "none",
            (_, 0) => "cap",
            (0, _) => "low",
            _ => "mix",
        })
        .collect()
}

impl NerModel {
    /// Trains on documents with gold entities (`epochs` passes per layer; the
    /// document-level second layer is trained on 4-fold jackknifed first-pass labels).
    pub fn train(
        dict: &Dictionary,
        data: &[(Doc, Vec<Entity>)],
        stats: crate::wordstats::WordStats,
        epochs: usize,
        about: &str,
    ) -> NerModel {
        Self::train_with_prior(dict, data, stats, Default::default(), epochs, 1, about)
    }

    /// [`NerModel::train`] with a corpus type prior ([`crate::typeprior`]),
    /// stored in the model like the word statistics, and `seeds` trainings
    /// per layer with different shuffles whose weights are averaged.
    pub fn train_with_prior(
        dict: &Dictionary,
        data: &[(Doc, Vec<Entity>)],
        stats: crate::wordstats::WordStats,
        prior: crate::typeprior::TypePrior,
        epochs: usize,
        seeds: usize,
        about: &str,
    ) -> NerModel {
        Self::train_full(dict, data, stats, prior, epochs, seeds, None, about)
    }

    /// [`NerModel::train_with_prior`] with an optional second-stage span
    /// typer ([`crate::typer`]; `typer`: its switches, `None`: no typer).
    #[allow(clippy::too_many_arguments)]
    pub fn train_full(
        dict: &Dictionary,
        data: &[(Doc, Vec<Entity>)],
        stats: crate::wordstats::WordStats,
        prior: crate::typeprior::TypePrior,
        epochs: usize,
        seeds: usize,
        typer: Option<u8>,
        about: &str,
    ) -> NerModel {
        Self::train_vectors(
            dict,
            data,
            stats,
            prior,
            Default::default(),
            epochs,
            seeds,
            typer,
            about,
        )
    }

    /// [`NerModel::train_full`] with corpus word-vector clusters
    /// ([`crate::vectors`]; an empty table: none), stored in the model.
    #[allow(clippy::too_many_arguments)]
    pub fn train_vectors(
        dict: &Dictionary,
        data: &[(Doc, Vec<Entity>)],
        stats: crate::wordstats::WordStats,
        prior: crate::typeprior::TypePrior,
        vectors: crate::vectors::VecClusters,
        epochs: usize,
        seeds: usize,
        typer: Option<u8>,
        about: &str,
    ) -> NerModel {
        NerModel {
            model: crate::seqtag::SeqModel::train_with_vectors(
                dict,
                data,
                stats,
                prior,
                vectors,
                crate::seqtag::TrainOpts {
                    epochs,
                    folds: 4,
                    seeds,
                    typer,
                },
                |_| {},
            ),
            about: about.to_string(),
        }
    }

    /// Tags a document (POS tags are used when the syntax layer is present).
    pub fn predict(&self, dict: &Dictionary, doc: &Doc) -> Vec<Entity> {
        self.model.predict(dict, doc, "model:ner")
    }

    /// Overrides the span typer's candidate and post-pass switches
    /// ([`crate::typer::flags`]; for measuring them without retraining).
    pub fn set_typer_flags(&mut self, fl: u8) {
        self.model.typer_flags = fl;
    }

    /// Number of weighted features.
    pub fn features(&self) -> usize {
        self.model.len()
    }

    /// Serialises to zstd-compressed bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.model.to_bytes(&self.about)
    }

    /// Reads a model written by [`NerModel::to_bytes`].
    pub fn from_bytes(b: &[u8]) -> Result<NerModel, String> {
        let (model, about) = crate::seqtag::SeqModel::from_bytes(b)?;
        Ok(NerModel { model, about })
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
        let model = NerModel::train(
            &dict,
            &[(doc.clone(), g.clone())],
            crate::wordstats::WordStats::default(),
            5,
            "test",
        );
        let back = NerModel::from_bytes(&model.to_bytes()).unwrap();
        let p = back.predict(&dict, &doc);
        let mut acc = BTreeMap::new();
        score(&g, &p, &["PER", "ORG", "LOC"], &mut acc);
        assert_eq!(acc["PER"].tp + acc["ORG"].tp, 2, "{p:?}");
    }

    fn rules_on(text: &str) -> Vec<(String, String)> {
        let dict = Dictionary::embedded().unwrap();
        let doc = crate::simple_doc(text, None);
        rules_ner(&dict, &doc)
            .iter()
            .map(|e| {
                (
                    doc.slice(e.span).to_string(),
                    eval_label(&e.label).to_string(),
                )
            })
            .collect()
    }

    fn has(got: &[(String, String)], text: &str, label: &str) -> bool {
        got.iter().any(|(t, l)| t == text && l == label)
    }

    // Sentences written for these tests (names invented).
    #[test]
    fn the_house_alone_is_the_chamber_in_a_document_about_a_legislature() {
        let got = rules_tagged(
            "The Senate will vote next week. The House passed the bill on Monday, and \
             the House managers spoke after the vote.",
        );
        assert_eq!(
            got.iter()
                .filter(|(t, l)| t == "House" && l == "ORG")
                .count(),
            2,
            "{got:?}"
        );
        // without a legislature in the document "the House" stays no name
        let got = rules_tagged("The House stood empty all winter after the family left.");
        assert!(!got.iter().any(|(t, _)| t == "House"), "{got:?}");
        // nor does a house with a capitalised word after it
        let got = rules_tagged("The Senate met. Guests dined at the House Grill in Leeds.");
        assert!(!has(&got, "House", "ORG"), "{got:?}");
    }

    #[test]
    fn the_plural_of_a_title_is_no_person() {
        let got = rules_tagged(
            "The oath binds Senators to impartial justice, and Republican Senators \
             said so on Monday.",
        );
        for w in ["Senators", "Republican Senators"] {
            assert!(!got.iter().any(|(t, _)| t == w), "{w}: {got:?}");
        }
        // nor is a place or a body named after its members
        let got = rules_tagged(
            "She grew up in Queens. The Council of Ministers met the High Bench of \
             Judges (HBJ) on Friday, and the HBJ agreed.",
        );
        assert!(has(&got, "Queens", "LOC"), "{got:?}");
        assert_eq!(
            got.iter().filter(|(t, l)| t == "HBJ" && l == "ORG").count(),
            2,
            "{got:?}"
        );
        // a title in the plural before names keeps the names persons
        let got = rules_tagged("The letter was signed by Senators Okafor and Lindqvist.");
        assert!(
            got.iter().any(|(t, l)| t.contains("Okafor") && l == "PER"),
            "{got:?}"
        );
    }

    #[test]
    fn a_prize_field_and_a_binder_tab_are_no_places_and_a_mansion_is_one() {
        let got = rules_on(
            "Ilse Varga won the Prize in Literature. Counsel pointed the judges to the \
             exhibit at Tab 3. Visitors toured Brenholt Mansion on Sunday.",
        );
        for w in ["Literature", "Tab"] {
            assert!(!got.iter().any(|(t, _)| t == w), "{w}: {got:?}");
        }
        assert!(has(&got, "Brenholt Mansion", "LOC"), "{got:?}");
    }

    #[test]
    fn an_abbreviation_after_an_amount_is_a_unit() {
        let got = rules_on(
            "The ferry costs 450 DKK. He drove in 3 RBI. The museum asks for 25 CUC) at the door.",
        );
        for w in ["DKK", "RBI", "CUC"] {
            assert!(!got.iter().any(|(t, _)| t == w), "{w}: {got:?}");
        }
        // after a year, or before a noun, it is still the organisation
        let got = rules_on("He played in the 2019 NBA. Some 300 NATO troops arrived.");
        assert!(has(&got, "NBA", "ORG"), "{got:?}");
        assert!(has(&got, "NATO", "ORG"), "{got:?}");
    }

    #[test]
    fn a_months_abbreviation_is_a_date() {
        let got = rules_tagged(
            "Talks resume on Oct. 24 in Harlow. The vote was set for Dec. 2, and the \
             photo was posted on Dec 31, 2016. Staff were paid through Sept. 30.",
        );
        for w in ["Oct.", "Dec.", "Dec", "Sept."] {
            assert!(!got.iter().any(|(t, _)| t == w), "{w}: {got:?}");
        }
        // a first name spelt like a month keeps its person
        let got = rules_tagged("Jan Okonski said the talks would resume in Harlow.");
        assert!(
            got.iter().any(|(t, l)| t.contains("Okonski") && l == "PER"),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_suffix_alone_is_no_person() {
        let got = rules_tagged(
            "The letter named Edwin Marlow Jr. and his father. It went to Tobias Renn, Jr., \
             a retired judge.",
        );
        for w in ["Jr.", "Jr"] {
            assert!(!got.iter().any(|(t, _)| t == w), "{w}: {got:?}");
        }
    }

    #[test]
    fn an_office_alone_before_its_holder_is_no_person() {
        let got = rules_tagged(
            "The talks were led by Prime Minister Tomas Varga and Deputy Minister of \
             Trade Ilona Brack. Acting Federal Chancellor Greta Holm spoke later, as \
             did Sens. Ada Morrow and Paul Linde. Chief of the General Staff Ivo \
             Daskal attended.",
        );
        for w in [
            "Prime Minister",
            "Deputy Minister",
            "Acting Federal Chancellor",
            "Sens.",
            "Chief",
        ] {
            assert!(!got.iter().any(|(t, _)| t == w), "{w}: {got:?}");
        }
        // the holder's name takes the whole office
        assert!(has(&got, "Prime Minister Tomas Varga", "PER"), "{got:?}");
        assert!(has(&got, "Ada Morrow", "PER"), "{got:?}");
    }

    #[test]
    fn a_web_pages_captions_and_controls_are_no_names() {
        let got = rules_tagged(
            "Crowds filled the square in Lisbon. Hide Caption 1 of 12 Photos: The parade \
             Replay More Videos ... Image copyright Reuters Image caption The mayor spoke. \
             Sign up for Daily Newsletters",
        );
        for w in [
            "Caption",
            "Hide Caption",
            "Replay",
            "Videos",
            "More Videos",
            "Image",
            "Daily Newsletters",
        ] {
            assert!(!got.iter().any(|(t, _)| t == w), "{w}: {got:?}");
        }
        assert!(has(&got, "Lisbon", "LOC"), "{got:?}");
    }

    #[test]
    fn a_party_word_before_a_name_is_no_person() {
        let got = rules_tagged(
            "The race pits Republican Mitt Romney against Democrat Hillary Clinton, and \
             the top Republican on the panel said nothing.",
        );
        assert!(!got.iter().any(|(t, _)| t == "Democrat"), "{got:?}");
        assert!(has(&got, "Hillary Clinton", "PER"), "{got:?}");
        // the party's member named by the word alone stays as before
        assert_eq!(
            got.iter().filter(|(t, _)| t == "Republican").count(),
            1,
            "{got:?}"
        );
    }

    #[test]
    fn god_in_an_exclamation_is_no_person() {
        for text in [
            "\"Oh my God, the roof is gone,\" said a neighbour.",
            "Thank God nobody was hurt, she said.",
            "If, God forbid, the dam breaks, the valley floods.",
            "Stop it, for God's sake, he shouted.",
        ] {
            let got = rules_tagged(text);
            assert!(!got.iter().any(|(t, _)| t == "God"), "{text}: {got:?}");
        }
        // the deity itself stays a named person
        let got = rules_tagged("The preacher said he was chosen by God to lead them.");
        assert!(has(&got, "God", "PER"), "{got:?}");
    }

    #[test]
    fn a_state_and_state_is_the_university() {
        let got = rules_tagged(
            "Marta Quill, a Penn State historian, spoke after the Ohio State game. \
             Ohio State won again.",
        );
        assert!(has(&got, "Penn State", "ORG"), "{got:?}");
        assert_eq!(
            got.iter()
                .filter(|(t, l)| t == "Ohio State" && l == "ORG")
                .count(),
            2,
            "{got:?}"
        );
        // the state's nickname and the states named so stay places
        let got = rules_tagged("She toured the Empire State and moved to Washington State in May.");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
    }

    #[test]
    fn rules_join_names_across_connectors_and_split_people() {
        let got = rules_on("Delegates met at the University of Leeds on Tuesday.");
        assert!(has(&got, "University of Leeds", "ORG"), "{got:?}");
        let got = rules_on("The grant went to the Institute of Soils and Forestry last year.");
        assert!(
            has(&got, "Institute of Soils and Forestry", "ORG"),
            "{got:?}"
        );
        // "of" after a person's name does not join the newspaper to the person
        let got = rules_on("It was written by Maria Kessling of Harbour Weekly Review yesterday.");
        assert!(has(&got, "Maria Kessling", "PER"), "{got:?}");
        assert!(has(&got, "Harbour Weekly Review", "ORG"), "{got:?}");
        // an office and then a person: two entities
        let got = rules_on("The head of the Grain Trading Board Peter Volkin resigned.");
        assert!(has(&got, "Peter Volkin", "PER"), "{got:?}");
        assert!(has(&got, "Grain Trading Board", "ORG"), "{got:?}");
    }

    #[test]
    fn rules_type_places_organisations_and_terms() {
        // places and organisations from the recogniser's own lists
        let got = rules_on("Lawmakers said Idaho and Oregon would vote.");
        assert!(has(&got, "Idaho", "LOC"), "{got:?}");
        assert!(has(&got, "Oregon", "LOC"), "{got:?}");
        let got = rules_on("Her videos on YouTube drew large crowds.");
        assert!(has(&got, "YouTube", "ORG"), "{got:?}");
        // holidays are no names; a word after "a" is no person
        let got = rules_on("Shops were busy before Christmas and she bought a Zenthor phone.");
        assert!(got.is_empty(), "{got:?}");
        // "of" after a place noun, "from"/"at", and a name listed with a place
        let got = rules_on("He was a native of Dunmarrow and never left.");
        assert!(has(&got, "Dunmarrow", "LOC"), "{got:?}");
        let got = rules_on("A reply from Kelborough arrived on time.");
        assert!(has(&got, "Kelborough", "LOC"), "{got:?}");
        let got = rules_on("The tour visits Marrenfeld and Vienna this year.");
        assert!(has(&got, "Marrenfeld", "LOC"), "{got:?}");
        // a place name with a place word is one place
        let got = rules_on("Delegates gathered in the Polish Hall near the square.");
        assert!(has(&got, "Polish Hall", "LOC"), "{got:?}");
        // an abbreviation defined after a lower-case phrase is a term,
        // everywhere in the document, and plural abbreviations are too
        let got = rules_on(
            "Engineers measured the soil moisture index (SMI) for years. The SMI maps improved, and CFLs got cheaper.",
        );
        assert!(
            got.iter().all(|(t, _)| t != "SMI" && t != "CFLs"),
            "{got:?}"
        );
        // an unknown capitalised name alone is still a person
        let got = rules_on("Yesterday Oskar Brenwald spoke to reporters.");
        assert!(has(&got, "Oskar Brenwald", "PER"), "{got:?}");
    }

    // Sentences written for these tests (names invented).
    #[test]
    fn rules_titles_teams_peoples_and_company_words() {
        // a capitalised title before a person's name is part of the name
        // (as GUM marks it); a lower-case one stays outside
        let got =
            rules_on("Yesterday President Marta Kovanic met Professor Ilse Brandt in the hall.");
        assert!(has(&got, "President Marta Kovanic", "PER"), "{got:?}");
        assert!(has(&got, "Professor Ilse Brandt", "PER"), "{got:?}");
        let got = rules_on("Reporters asked the president, Marta Kovanic, about it.");
        assert!(has(&got, "Marta Kovanic", "PER"), "{got:?}");
        // "the" + a name ending in a plural is a team or a band
        let got = rules_on("Fans cheered when the Granton Rovers won again.");
        assert!(has(&got, "Granton Rovers", "ORG"), "{got:?}");
        // a single title-case word after "the" is still no name
        let got = rules_on("They argued about the Treaty for hours.");
        assert!(got.is_empty(), "{got:?}");
        // a singular word in -s is no plural ("the Harbour Atlas")
        let got = rules_on("They opened the Harbour Atlas in the library.");
        assert!(!has(&got, "Harbour Atlas", "ORG"), "{got:?}");
        // a plural people word names persons, the adjective stays a nationality
        let got = rules_on("Many Americans voted early, and American banks opened.");
        assert!(has(&got, "Americans", "PER"), "{got:?}");
        assert!(!has(&got, "American", "PER"), "{got:?}");
        // "for" after an organisation word, hyphenated given names, epithets
        let got = rules_on("He joined the Society for Marine Mammalogy in 1990.");
        assert!(has(&got, "Society for Marine Mammalogy", "ORG"), "{got:?}");
        let got = rules_on(
            "Yesterday Lam Siu-fai won the seat, and a Gerd Olsen-led team lost to Deputy Commander-in-Chief Ivo Brandt.",
        );
        assert!(has(&got, "Lam Siu-fai", "PER"), "{got:?}");
        assert!(
            !got.iter()
                .any(|(t, _)| t.ends_with("led") || t.ends_with("-in")),
            "{got:?}"
        );
        let got = rules_on("The city was founded by Harald the Bold long ago.");
        assert!(has(&got, "Harald the Bold", "PER"), "{got:?}");
        // organisation words and well-known companies
        let got = rules_on("She left Valdor Pharmaceuticals last year and now works for Pixar.");
        assert!(has(&got, "Valdor Pharmaceuticals", "ORG"), "{got:?}");
        assert!(has(&got, "Pixar", "ORG"), "{got:?}");
    }

    #[test]
    fn rules_type_by_context_and_document() {
        // an abbreviation in brackets takes the type of the name before it
        let got = rules_on(
            "Farmers joined the Northern Grain Traders Association (NGTA) in spring. Officials said NGTA would grow.",
        );
        assert!(
            has(&got, "Northern Grain Traders Association", "ORG"),
            "{got:?}"
        );
        assert_eq!(
            got.iter()
                .filter(|(t, l)| t == "NGTA" && l == "ORG")
                .count(),
            2,
            "{got:?}"
        );
        // a surname alone is the person named in full earlier
        let got = rules_on("Reporters met Douglas Renwick in the hall. Later Renwick left by car.");
        assert!(has(&got, "Douglas Renwick", "PER"), "{got:?}");
        assert!(has(&got, "Renwick", "PER"), "{got:?}");
        // a town followed by a known country is a place
        let got = rules_on("A letter from Kuressaare, Estonia, arrived.");
        assert!(has(&got, "Kuressaare", "LOC"), "{got:?}");
        // a place after "in"
        let got = rules_on("The talks took place in Vattrup last week.");
        assert!(has(&got, "Vattrup", "LOC"), "{got:?}");
    }

    #[test]
    fn rules_skip_months_titles_and_headings() {
        let got = rules_on(
            "The vote was held in November and the president spoke to the Secretary-General.",
        );
        assert!(got.is_empty(), "{got:?}");
        // the same title split into three tokens, as the text stage splits it
        let dict = Dictionary::embedded().unwrap();
        let mut doc = crate::simple_doc("They met the Secretary - General today.", None);
        let toks = doc.tokens.as_mut().unwrap();
        toks[3].space_after = false;
        toks[4].space_after = false;
        let got = rules_ner(&dict, &doc);
        assert!(got.is_empty(), "{got:?}");
        // a title-case heading: capitalised common nouns are not names
        let got = rules_on("Institutional Structure and Economic Growth in Small Open Markets");
        assert!(got.is_empty(), "{got:?}");
        // a word written in lower case elsewhere in the document is no name
        let got = rules_on("We study enjambment in poems. Yet Enjambment is rare in prose.");
        assert!(got.is_empty(), "{got:?}");
        let got = rules_on(
            "Owners want secure property rights. They wrote on Property Rights for years.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn the_house_before_party_members_is_the_chamber() {
        for t in [
            "Several House Republicans voted against the budget on Friday.",
            "A vote in the House GOP caucus was delayed.",
            "She spoke in the House of Representatives on Monday.",
        ] {
            let got = rules_tagged(t);
            assert!(has(&got, "House", "ORG"), "{t}: {got:?}");
        }
        let got = rules_tagged("Senate Democrats and Congress members objected in the morning.");
        assert!(
            has(&got, "Senate", "ORG") && has(&got, "Congress", "ORG"),
            "{got:?}"
        );
        // a house of other words stays what it was ("White House", "Opera House")
        let got = rules_tagged("Reporters waited at the Opera House in Sydney.");
        assert!(!has(&got, "House", "ORG"), "{got:?}");
    }

    // Sentences written for these tests (names invented).
    #[test]
    fn rules_place_definitions_regions_peoples_offices() {
        // "X is a … town" / "X lies in": a place, and so are its other mentions
        let got = rules_on(
            "Travellers say Korvany is a quiet market town in the hills. Buses reach Korvany twice a day.",
        );
        assert_eq!(
            got.iter()
                .filter(|(t, l)| t == "Korvany" && l == "LOC")
                .count(),
            2,
            "{got:?}"
        );
        let got = rules_on("We hear Drevlin lies on the river. Later Drevlin grew.");
        assert!(has(&got, "Drevlin", "LOC"), "{got:?}");
        // a person described by a noun that is no place stays a person
        let got = rules_on("Yesterday Oskar Brenwald is a candidate again.");
        assert!(has(&got, "Oskar Brenwald", "PER"), "{got:?}");
        // "the" + a compass region is a place
        let got = rules_on("Heavy storms hit the Midwest and the South on Monday.");
        assert!(has(&got, "Midwest", "LOC"), "{got:?}");
        assert!(has(&got, "South", "LOC"), "{got:?}");
        // peoples in the plural, and a collective name with no noun after it
        let got = rules_on("Traders met the Aztecs near the lake, and the Maya built towns.");
        assert!(has(&got, "Aztecs", "PER"), "{got:?}");
        assert!(has(&got, "Maya", "PER"), "{got:?}");
        // a capitalised office after "the" names its holder; lower case does not
        let got = rules_on("Reporters waited for the President at noon.");
        assert!(has(&got, "President", "PER"), "{got:?}");
        let got = rules_on("Reporters waited for the president at noon.");
        assert!(got.is_empty(), "{got:?}");
        // with the country it serves, as GUM spans it; not in a possessive
        let got = rules_on("Later the President of Ukraine met Head of the President's Office.");
        assert!(has(&got, "President of Ukraine", "PER"), "{got:?}");
        let got = rules_on("She wrote to the President of the European Commission.");
        assert!(
            has(&got, "President of the European Commission", "PER"),
            "{got:?}"
        );
        assert!(!has(&got, "President", "PER"), "{got:?}");
        // a hyphenated compound is none of these names
        let got = rules_on("Troops joined the West-2021 drills and spoke of a God-given right.");
        assert!(
            !got.iter().any(|(t, _)| t == "West" || t == "God"),
            "{got:?}"
        );
        // the GUM model's rule-tag feature does not see these rules
        let dict = Dictionary::embedded().unwrap();
        let doc = crate::simple_doc("Reporters waited for the President at noon.", None);
        assert!(rule_tags(&dict, &doc).iter().all(|t| t.is_none()));
        assert_eq!(rules_ner(&dict, &doc).len(), 1);
        // a capital inside a word: a company or service; prefixed surnames stay persons
        let got = rules_on("Yesterday PayVista cut fees, and Dana McKee agreed.");
        assert!(has(&got, "PayVista", "ORG"), "{got:?}");
        assert!(has(&got, "Dana McKee", "PER"), "{got:?}");
        assert!(camel_case("PayVista") && !camel_case("McKee") && !camel_case("Vista"));
        let got = rules_on("Yesterday OlgaPresident spoke.");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
        // the deity is a named person
        let got = rules_on("The farmers prayed to God for rain.");
        assert!(has(&got, "God", "PER"), "{got:?}");
    }

    #[test]
    fn a_party_and_state_tag_after_a_name_is_no_person() {
        let got = rules_on("Sen. Anna Kowalski, R-Ohio, said the bill would pass.");
        assert!(has(&got, "Anna Kowalski", "PER"), "{got:?}");
        assert!(
            !got.iter().any(|(text, _)| text.starts_with("R-")),
            "{got:?}"
        );
    }

    #[test]
    fn a_diplomats_full_title_is_no_name() {
        let got = rules_on(
            "The minister met the Ambassador Extraordinary and Plenipotentiary of Norway to Chile, \
             Ilse Marnak, on Monday.",
        );
        assert!(
            !got.iter()
                .any(|(t, _)| t.contains("Extraordinary") || t.contains("Plenipotentiary")),
            "{got:?}"
        );
        assert!(has(&got, "Norway", "LOC"), "{got:?}");
        // the bare title before a name still marks a person
        let got = rules_on("Yesterday Ambassador Ilse Marnak arrived.");
        assert!(
            got.iter()
                .any(|(t, l)| t.ends_with("Ilse Marnak") && l == "PER"),
            "{got:?}"
        );
    }

    #[test]
    fn the_source_of_according_to_before_a_comma_is_no_place() {
        let got = rules_on("According to Taras Hlivenko, Poland will send more fuel.");
        assert!(!has(&got, "Taras Hlivenko", "LOC"), "{got:?}");
        assert!(has(&got, "Poland", "LOC"), "{got:?}");
        // …while a place before a comma and a place still is one
        let got = rules_on("The plant near Bistrane, Poland, closed last year.");
        assert!(has(&got, "Bistrane", "LOC"), "{got:?}");
    }

    #[test]
    fn rules_join_first_names_and_list_places_after_plural_place_nouns() {
        // a first name before a dictionary place is one person's name
        let got = rules_on("The troops cheered General George Washington at the camp.");
        assert!(has(&got, "General George Washington", "PER"), "{got:?}");
        // a first name the dictionary knows as a country, before a person
        let got = rules_on("The film starred Jordan Michael Kellor last year.");
        assert!(has(&got, "Jordan Michael Kellor", "PER"), "{got:?}");
        // …but a country after a non-name stays a place
        let got = rules_on("The envoy Qorvan Telli visited Chad last year.");
        assert!(has(&got, "Chad", "LOC"), "{got:?}");
        // names after plural place nouns are places
        let got = rules_on("We drove through the neighbouring towns of Qarvello and Bistrane.");
        assert!(has(&got, "Qarvello", "LOC"), "{got:?}");
        let got = rules_on("Most visitors prefer smaller towns like Bistrane in spring.");
        assert!(has(&got, "Bistrane", "LOC"), "{got:?}");
        let got = rules_on("Tours stop at islands such as Velmora every week.");
        assert!(has(&got, "Velmora", "LOC"), "{got:?}");
        // the GUM model's rule tags do not see these rules
        let dict = Dictionary::embedded().unwrap();
        let doc = crate::simple_doc(
            "Most visitors prefer smaller towns like Bistrane in spring.",
            None,
        );
        assert!(
            rule_tags(&dict, &doc)
                .iter()
                .flatten()
                .all(|t| !t.ends_with("LOC"))
        );
    }

    // Written for this test: an "X of Y" name whose minimal span skips "of", and
    // a title + name mention headed by the common noun.
    const SRC2: &str = "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-new-cf1-1-sgl)\n\
2\tstudied\tstudy\tVERB\tVBD\t_\t0\troot\t_\t_\n\
3\tat\tat\tADP\tIN\t_\t5\tcase\t_\t_\n\
4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(2-organization-new-cf1-2,4-sgl\n\
5\tUniversity\tUniversity\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\
6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n\
7\tCopenhagen\tCopenhagen\tPROPN\tNNP\t_\t5\tnmod\t_\tEntity=(3-place-new-cf1-1-sgl)2)\n\
8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_\n\
9\tDenmark\tDenmark\tPROPN\tNNP\t_\t5\tnmod\t_\tEntity=(4-place-new-cf1-1-sgl)\n\
10\twith\twith\tADP\tIN\t_\t13\tcase\t_\t_\n\
11\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\tEntity=(5-person-new-cf1-2,4-sgl\n\
12\tcritic\tcritic\tNOUN\tNN\t_\t2\tobl\t_\t_\n\
13\tEduard\tEduard\tPROPN\tNNP\t_\t12\tappos\t_\t_\n\
14\tHanslick\tHanslick\tPROPN\tNNP\t_\t13\tflat\t_\tEntity=5)|SpaceAfter=No\n\
15\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    /// Asserts the gold names (text, label) the eval reads from a CoNLL-U text.
    fn assert_gold(src: &str, want: &[(&str, &str)]) {
        let s = parse(src).unwrap();
        let doc = to_doc(&s, "t");
        let g = gold_entities(&doc, &gum_mentions(&s));
        let got: Vec<(&str, &str)> = g
            .iter()
            .map(|e| (doc.slice(e.span), e.label.as_str()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn gold_names_join_connectors_and_take_title_name_mentions() {
        assert_gold(
            SRC2,
            &[
                ("University of Copenhagen", "ORG"),
                ("Denmark", "LOC"),
                ("Eduard Hanslick", "PER"),
            ],
        );
    }

    const SRC3: &str = "1\tFarmers\tfarmer\tNOUN\tNNS\t_\t4\tnsubj\t_\tEntity=(1-person-new-cf1-1-sgl\n\
2\tin\tin\tADP\tIN\t_\t3\tcase\t_\t_\n\
3\tOhio\tOhio\tPROPN\tNNP\t_\t1\tnmod\t_\tEntity=(2-place-new-cf2-1-sgl)1)\n\
4\tjoined\tjoin\tVERB\tVBD\t_\t0\troot\t_\t_\n\
5\tLeeds\tLeeds\tPROPN\tNNP\t_\t6\tcompound\t_\tEntity=(3-organization-new-cf3-1,4-sgl\n\
6\tUniversity\tUniversity\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No\n\
7\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n\
8\tEngland\tEngland\tPROPN\tNNP\t_\t6\tappos\t_\tEntity=(4-place-new-cf4-1-sgl)3)|SpaceAfter=No\n\
9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn gold_names_skip_located_modifiers_and_keep_a_proper_head() {
        // "Farmers in Ohio" is a person mention without a name: the place
        // inside is the named mention, not a person "Ohio"; the minimal span
        // of "Leeds University, England" lists Leeds and England, but the
        // name is the head's proper-noun run, "Leeds University".
        assert_gold(
            SRC3,
            &[
                ("Ohio", "LOC"),
                ("Leeds University", "ORG"),
                ("England", "LOC"),
            ],
        );
    }

    #[test]
    fn a_field_of_study_or_a_figure_after_in_is_no_place() {
        let got = rules_on(
            "Mara Okoye earned a degree in Marine Biology and taught in Linguistics and \
             Philosophy at Leeds. The results are in Figure 3 and in Appendix B.",
        );
        for w in ["Marine Biology", "Philosophy", "Figure", "Appendix B"] {
            assert!(!got.iter().any(|(t, _)| t == w), "{w}: {got:?}");
        }
        // a town after "in" is still a place
        let got = rules_on("She grew up in Valdrano and moved on.");
        assert!(has(&got, "Valdrano", "LOC"), "{got:?}");
    }

    const SRC4: &str = "1\tOkafor\tOkafor\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=(1-person-new-cf1-1,3-sgl(2-person-new-cf2-1-sgl)\n\
2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n\
3\tLindqvist\tLindqvist\tPROPN\tNNP\t_\t1\tconj\t_\tEntity=(3-person-new-cf3-1-sgl)1)\n\
4\tpraised\tpraise\tVERB\tVBD\t_\t0\troot\t_\t_\n\
5\tRowan\tRowan\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=(4-organization-new-cf4-1,3-sgl\n\
6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n\
7\tThistle\tThistle\tPROPN\tNNP\t_\t5\tconj\t_\tEntity=4)|SpaceAfter=No\n\
8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn gold_coordinated_names_are_scored_as_their_conjuncts() {
        // GUM marks "Okafor and Lindqvist" as a group with each person
        // inside: scored as two persons; a firm named "Rowan and Thistle"
        // has no named conjuncts and stays one name.
        assert_gold(
            SRC4,
            &[
                ("Okafor", "PER"),
                ("Lindqvist", "PER"),
                ("Rowan and Thistle", "ORG"),
            ],
        );
    }

    #[test]
    fn a_name_after_a_diplomats_posting_is_no_place() {
        let got = rules_on(
            "The former ambassador of Norway to Chile, Ingrid Solheim, said the talks failed.",
        );
        assert!(has(&got, "Ingrid Solheim", "PER"), "{got:?}");
        assert!(has(&got, "Chile", "LOC"), "{got:?}");
        // with "the" before the first country too
        let got = rules_on("The envoy of the Netherlands to Peru, Okke Brandsma, left early.");
        assert!(!has(&got, "Okke Brandsma", "LOC"), "{got:?}");
        // a real list of places still makes an uncued name a place
        let got = rules_on("The tour visits Chile, Valdrano and Peru in spring.");
        assert!(has(&got, "Valdrano", "LOC"), "{got:?}");
    }

    #[test]
    fn programmes_diseases_and_religions_are_no_persons() {
        let got = rules_on(
            "The governor said Medicaid would pay. Doctors said Ebola spread fast. \
             He converted to Christianity and later wrote on Structuralism.",
        );
        for w in ["Medicaid", "Ebola", "Christianity", "Structuralism"] {
            assert!(!got.iter().any(|(t, _)| t == w), "{w}: {got:?}");
        }
        // a person whose name merely ends in letters like these is still one
        let got = rules_on("Yesterday Anna Prism said the plan works.");
        assert!(has(&got, "Anna Prism", "PER"), "{got:?}");
    }

    #[test]
    fn an_office_ending_in_a_title_stops_before_the_holders_name() {
        let got = rules_on("A letter from the Office of the President Ostap Verbytsky arrived.");
        assert!(has(&got, "Office of the President", "ORG"), "{got:?}");
        assert!(has(&got, "Ostap Verbytsky", "PER"), "{got:?}");
        // a title word inside an organisation's name is no office ("General")
        let got = rules_on("They flooded the Department of General Services with letters.");
        assert!(
            has(&got, "Department of General Services", "ORG"),
            "{got:?}"
        );
        // an office named after a title and a place stays one name
        let got = rules_on("He resigned the Office of President of the United States.");
        assert!(
            !got.iter().any(|(t, _)| t == "Office of President"),
            "{got:?}"
        );
    }

    #[test]
    fn a_term_spelt_out_before_its_abbreviation_is_no_organisation() {
        // the expansion's last word is written in lower case elsewhere: a term
        let got = rules_tagged(
            "Each Portable Heat Pump (PHP) uses less power. A pump of this kind is cheap. \
             Engineers tested every PHP in the lab.",
        );
        assert!(!got.iter().any(|(t, _)| t == "PHP"), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t.contains("Heat Pump")), "{got:?}");
        // an organisation word in the expansion keeps it an organisation
        let got = rules_tagged(
            "The Northern Rail Safety Agency (NRSA) met today. Its safety report came out. \
             The NRSA said more.",
        );
        assert!(has(&got, "NRSA", "ORG"), "{got:?}");
    }

    #[test]
    fn a_regnal_number_one_ends_a_rulers_name() {
        let got = rules_tagged("The treaty was signed under Tsar Boris I, who ruled for years.");
        assert!(has(&got, "Tsar Boris I", "PER"), "{got:?}");
        // not a war, a part or an article numbered one
        let got = rules_tagged("He fought in World War I, and Article I, Section 2 says so.");
        assert!(!got.iter().any(|(t, _)| t.ends_with(" I")), "{got:?}");
    }

    #[test]
    fn a_name_the_document_defines_as_a_thing_is_no_person() {
        let got = rules_tagged(
            "Halvaro is a NASA space probe to a distant comet. Scientists said Halvaro \
             worked well. Later Brodsky said he was pleased.",
        );
        assert!(!got.iter().any(|(t, _)| t == "Halvaro"), "{got:?}");
        assert!(has(&got, "Brodsky", "PER"), "{got:?}");
        // a thing named after a person the document names in full is the person
        let got = rules_tagged(
            "Senator Dana Kettleby visited the bar. The owner mixed a cocktail called \
             Kettleby. Kettleby laughed about it.",
        );
        assert!(has(&got, "Kettleby", "PER"), "{got:?}");
    }

    /// [`rules_on`] with the embedded default tagger's tags.
    fn rules_tagged(text: &str) -> Vec<(String, String)> {
        let dict = Dictionary::embedded().unwrap();
        let mut doc = crate::simple_doc(text, None);
        let (tags, _) = chronicle_syntax::Syntax::embedded().unwrap().annotate(&doc);
        doc.tags = Some(tags);
        rules_ner(&dict, &doc)
            .iter()
            .map(|e| {
                (
                    doc.slice(e.span).to_string(),
                    eval_label(&e.label).to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn uncued_works_languages_events_days_and_modifiers_are_no_persons() {
        // a name used as a modifier of a common noun
        let got = rules_tagged("Visitors admired the old Tavrani carvings in the hall.");
        assert!(!got.iter().any(|(t, _)| t == "Tavrani"), "{got:?}");
        let got = rules_tagged("It was a Tavrani report. Meanwhile Okonjo arrived late.");
        assert!(!got.iter().any(|(t, _)| t == "Tavrani"), "{got:?}");
        assert!(has(&got, "Okonjo", "PER"), "{got:?}");
        // … unless a cue typed the same name elsewhere in the document
        let got =
            rules_tagged("Tavrani is a small town in the north. Many Tavrani schools closed.");
        assert_eq!(
            got.iter()
                .filter(|(t, l)| t == "Tavrani" && l == "LOC")
                .count(),
            2,
            "{got:?}"
        );
        // a work after its kind, a language, an event, weekdays
        let got = rules_tagged("She starred in the TV series Midnight Letters last year.");
        assert!(!got.iter().any(|(t, _)| t == "Midnight Letters"), "{got:?}");
        let got = rules_tagged("Later he learned Hebrew and Sanskrit at home.");
        assert!(
            !got.iter().any(|(t, _)| t == "Hebrew" || t == "Sanskrit"),
            "{got:?}"
        );
        let got = rules_tagged("Tickets for Westbay Music Festival sold out quickly.");
        assert!(!got.iter().any(|(t, _)| t.contains("Festival")), "{got:?}");
        let got = rules_tagged("The shop is open Mon to Sat and closed on Sundays.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn more_place_cues_and_organisation_definitions() {
        // roads, basins and other place words beyond the model's list
        let got = rules_tagged("They drove along the Kestrel Turnpike past Harlow Basin.");
        assert!(has(&got, "Kestrel Turnpike", "LOC"), "{got:?}");
        assert!(has(&got, "Harlow Basin", "LOC"), "{got:?}");
        let got = rules_tagged("The report was written by James Basin and Ruth Marsh.");
        assert!(!got.iter().any(|(_, l)| l == "LOC"), "{got:?}");
        // a town with its state's abbreviation, and the state
        let got = rules_tagged("Yesterday Dunmore, PA reopened the old bridge.");
        assert!(has(&got, "Dunmore", "LOC"), "{got:?}");
        assert!(has(&got, "PA", "LOC"), "{got:?}");
        // verbs of moving and visiting
        let got = rules_tagged("The army marched to Kelvar at dawn. Later they visited Orvanto.");
        assert!(has(&got, "Kelvar", "LOC"), "{got:?}");
        assert!(has(&got, "Orvanto", "LOC"), "{got:?}");
        // "X, a small town on …" and "X, a company based in …", "the company X"
        let got = rules_tagged("Tourists love Gosselby, a small town on the coast.");
        assert!(has(&got, "Gosselby", "LOC"), "{got:?}");
        let got = rules_tagged("Yesterday Quillon, a company based in Oslo, cut its prices.");
        assert!(has(&got, "Quillon", "ORG"), "{got:?}");
        let got = rules_tagged("Last year the company Vantrix hired forty engineers.");
        assert!(has(&got, "Vantrix", "ORG"), "{got:?}");
        // a kind noun that does not end the phrase is no definition
        let got = rules_tagged("Yesterday Dalmer, a company spokesman, denied it.");
        assert!(!has(&got, "Dalmer", "ORG"), "{got:?}");
        let got = rules_tagged("Yesterday Anna Corvel, a chemist at Hollin University, spoke.");
        assert!(!has(&got, "Anna Corvel", "ORG"), "{got:?}");
        // a relative clause's subject after the kind noun is no organisation
        let got = rules_tagged("Paul Dranko hired a firm. It was the law firm Dranko hired.");
        assert!(!has(&got, "Dranko", "ORG"), "{got:?}");
        // the GUM model's rule tags do not see these rules
        let dict = Dictionary::embedded().unwrap();
        let mut doc = crate::simple_doc("The army marched to Kelvar at dawn.", None);
        let (tags, _) = chronicle_syntax::Syntax::embedded().unwrap().annotate(&doc);
        doc.tags = Some(tags);
        let tags = rule_tags(&dict, &doc);
        assert!(
            !tags[4].as_deref().unwrap_or("").ends_with("LOC"),
            "{tags:?}"
        );
    }

    #[test]
    fn christian_before_a_noun_is_the_adjective() {
        let got = rules_on("He was born into a wealthy Christian family in Lyon.");
        assert!(!got.iter().any(|(t, _)| t == "Christian"), "{got:?}");
        let got = rules_on("Yesterday Christian said the plan works. Christian Varga agreed.");
        assert!(has(&got, "Christian", "PER"), "{got:?}");
        assert!(has(&got, "Christian Varga", "PER"), "{got:?}");
    }

    #[test]
    fn an_abbreviated_name_is_an_organisation() {
        let got = rules_on(
            "Yesterday Unione Atei Veloci Razionali (UAVR) spoke. Later UAVR filed a suit.",
        );
        assert!(has(&got, "Unione Atei Veloci Razionali", "ORG"), "{got:?}");
        assert!(has(&got, "UAVR", "ORG"), "{got:?}");
        assert!(!got.iter().any(|(_, l)| l == "PER"), "{got:?}");
    }

    #[test]
    fn the_month_may_is_no_person() {
        let got = rules_on("The vote took place on May 12, and in May the talks resumed.");
        assert!(!got.iter().any(|(t, _)| t == "May"), "{got:?}");
        // the prime minister is still a person
        let got = rules_on("Yesterday Mrs May spoke to reporters. Later, May said no.");
        assert!(
            got.iter()
                .filter(|(t, l)| t.ends_with("May") && l == "PER")
                .count()
                == 2,
            "{got:?}"
        );
    }

    #[test]
    fn an_en_dash_separates_names() {
        let got = rules_on("They marched for Nadia Orvell\u{2013}Tomas Brandt and others.");
        assert!(has(&got, "Nadia Orvell", "PER"), "{got:?}");
        assert!(has(&got, "Tomas Brandt", "PER"), "{got:?}");
        let got = rules_on("We remember Nadia Orvell\u{2013}say her name.");
        assert!(has(&got, "Nadia Orvell", "PER"), "{got:?}");
        // a hyphen still joins a double name
        let got = rules_on("Yesterday Nadia Orvell-Brandt said the plan works.");
        assert!(has(&got, "Nadia Orvell-Brandt", "PER"), "{got:?}");
    }

    #[test]
    fn a_hyphenated_agent_noun_is_no_part_of_the_name() {
        assert!(hyphenated_agent("Ex-minister", false));
        assert!(hyphenated_agent("Patient-advocate", true));
        assert!(!hyphenated_agent("Patient-advocate", false));
        assert!(!hyphenated_agent("Lund-Berg", true));
        assert!(!hyphenated_agent("al-Assad", true));
        let got = rules_on("Ex-minister Pavlo Hrytsenko left the party on Monday.");
        assert!(has(&got, "Pavlo Hrytsenko", "PER"), "{got:?}");
        let got = rules_on("Patient-advocate Hugo Campos sued the maker of the device.");
        assert!(has(&got, "Hugo Campos", "PER"), "{got:?}");
    }

    #[test]
    fn a_name_mostly_after_place_prepositions_is_that_place() {
        // no cue types the last "Kelbury"; two place prepositions elsewhere
        // in the document make it the place
        let got = rules_on(
            "Hotels near Kelbury are cheap, and the beaches around Kelbury are quiet. \
             Last year Kelbury built a new harbour.",
        );
        let kel: Vec<_> = got.iter().filter(|(t, _)| t == "Kelbury").collect();
        assert_eq!(kel.len(), 3, "{got:?}");
        assert!(kel.iter().all(|(_, l)| l == "LOC"), "{got:?}");
        // a person named after "from" once and after speech verbs twice stays
        // a person where no cue types him
        let got = rules_on(
            "Visitors came from Marwick in spring. Marwick said the visit went well. \
             Marwick told reporters he was pleased. Later Marwick left early.",
        );
        let per = got
            .iter()
            .filter(|(t, l)| t == "Marwick" && l == "PER")
            .count();
        assert_eq!(per, 3, "{got:?}");
    }

    #[test]
    fn a_place_and_a_plural_is_a_team() {
        // sentences written for this test (team names invented)
        let got = rules_on("Last night the Pittsburgh Lanterns beat the Boston Foxhounds 4-2.");
        assert!(has(&got, "Pittsburgh Lanterns", "ORG"), "{got:?}");
        assert!(has(&got, "Boston Foxhounds", "ORG"), "{got:?}");
        let got = rules_on("Fans said the Pittsburgh Lanterns' coach resigned.");
        assert!(has(&got, "Pittsburgh Lanterns", "ORG"), "{got:?}");
        // a place word ends a place, not a team; a title or first name makes
        // a person's name with a place before it
        let got = rules_on("Visitors walked to Pittsburgh Heights on Sunday.");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
        let got = rules_on("Yesterday Pittsburgh Mayor Dana Wilkins was there.");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
        let got = rules_on("Yesterday Ohio Councilman Rudi Dobbs was there.");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
        // a base is a place, though its service is an organisation
        let got = rules_on("The jets landed at Kelbury Air Force Base on Monday.");
        assert!(has(&got, "Kelbury Air Force Base", "LOC"), "{got:?}");
    }

    #[test]
    fn courts_forces_leagues_and_teams_from_the_lists_are_organisations() {
        // sentences written for this test
        let got = rules_on("The case went to the Ninth Circuit, which ruled in May.");
        assert!(has(&got, "Ninth Circuit", "ORG"), "{got:?}");
        let got = rules_on("Officers of the Coastal Border Force stopped the boat.");
        assert!(has(&got, "Coastal Border Force", "ORG"), "{got:?}");
        let got = rules_on("He signed with the Mets after two seasons in the NBA.");
        assert!(has(&got, "Mets", "ORG"), "{got:?}");
        assert!(has(&got, "NBA", "ORG"), "{got:?}");
        let got = rules_on("A bill passed the Knesset and Aeroflot cancelled flights.");
        assert!(has(&got, "Knesset", "ORG"), "{got:?}");
        assert!(has(&got, "Aeroflot", "ORG"), "{got:?}");
    }

    #[test]
    fn two_recognisers_in_one_process_read_their_own_lists() {
        // an invented organisation listed only in the second value's file
        let text = crate::ner_lists::EMBEDDED_NER_LISTS.1.replacen(
            "[org-names]\n",
            "[org-names]\nbrennock quarry\n",
            1,
        );
        let lists = NerLists::parse("mine.txt", &text).unwrap();
        let plain = crate::Entities::embedded().unwrap();
        let mine = crate::Entities::embedded().unwrap().with_ner_lists(lists);
        let doc = crate::simple_doc("Yesterday Brennock Quarry hired six drivers.", None);
        let typed = |e: &crate::Entities| {
            e.named_entities(&doc)
                .iter()
                .map(|x| (doc.slice(x.span).to_string(), x.rule.clone()))
                .collect::<Vec<_>>()
        };
        let (a, b, c) = (typed(&plain), typed(&mine), typed(&plain));
        assert!(
            b.iter()
                .any(|(t, r)| t == "Brennock Quarry" && r == "rule:org-name"),
            "{b:?}"
        );
        assert!(!a.iter().any(|(_, r)| r == "rule:org-name"), "{a:?}");
        // the first value still reads the embedded lists after the second ran
        assert_eq!(a, c);
    }

    #[test]
    fn organisation_words_in_aircraft_laws_and_lists_of_forces() {
        // sentences written for this test
        // the service's aircraft is no organisation
        let got = rules_on("The senator flew home aboard Air Force One on Friday.");
        assert!(!got.iter().any(|(t, _)| t.contains("Force")), "{got:?}");
        // two organisations joined by "and" stay two
        let got = rules_on("Pilots of the Army Air Corps and Royal Air Force met in Kent.");
        assert!(has(&got, "Army Air Corps", "ORG"), "{got:?}");
        assert!(has(&got, "Royal Air Force", "ORG"), "{got:?}");
        // a name's inner "and" still joins ("National Aeronautics and Space
        // Administration")
        let got = rules_on("He worked for the Institute of Law and Economics for years.");
        assert!(
            has(&got, "Institute of Law and Economics", "ORG"),
            "{got:?}"
        );
        // a law's "Use of Military Force" is no organisation
        let got = rules_on("Senators debated the Authorization for Use of Military Force again.");
        assert!(
            !got.iter().any(|(t, _)| t.contains("Military Force")),
            "{got:?}"
        );
        // the force itself still is one
        let got = rules_on("Officers of the Coastal Border Force stopped the boat.");
        assert!(has(&got, "Coastal Border Force", "ORG"), "{got:?}");
    }

    #[test]
    fn a_place_and_a_plural_of_officials_is_no_team() {
        // sentences written for this test (team names invented)
        let got = rules_on("Yesterday Middle East Leaders met in Cairo.");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
        let got = rules_on("Yesterday Ohio Officials announced a plan.");
        assert!(!got.iter().any(|(_, l)| l == "ORG"), "{got:?}");
        let got = rules_on("Last night the Pittsburgh Lanterns beat them again.");
        assert!(has(&got, "Pittsburgh Lanterns", "ORG"), "{got:?}");
        // a team named by an agent noun stays a team
        let got = rules_on("He pitched for Boston Pirates in 2011.");
        assert!(has(&got, "Boston Pirates", "ORG"), "{got:?}");
    }

    #[test]
    fn a_name_whose_possessive_precedes_a_full_name_is_an_organisation() {
        // sentences written for this test (names invented)
        let got = rules_on("Yesterday Brightwater's Maria Olsen said the deal was done.");
        assert!(has(&got, "Brightwater", "ORG"), "{got:?}");
        assert!(has(&got, "Maria Olsen", "PER"), "{got:?}");
        // a possessive before a lower-case noun still reads as a person's
        let got = rules_on("Yesterday Tolvane's plan was rejected.");
        assert!(!has(&got, "Tolvane", "ORG"), "{got:?}");
    }

    #[test]
    fn more_cities_and_regions_are_places() {
        let got = rules_on("Last year Tempe approved a new budget, and Nagoya followed.");
        assert!(has(&got, "Tempe", "LOC"), "{got:?}");
        assert!(has(&got, "Nagoya", "LOC"), "{got:?}");
        let got = rules_on("Her company moved its office to Rio de Janeiro and later Łódź.");
        assert!(has(&got, "Łódź", "LOC"), "{got:?}");
        assert!(has(&got, "Rio de Janeiro", "LOC"), "{got:?}");
    }
    // Sentences written for these tests (names invented where they are not
    // well-known places, companies or teams).
    #[test]
    fn listed_names_inside_uncued_runs_are_named_on_their_own() {
        // a listed company or place that begins a work, event or product
        let got = rules_on("She was invited to the Google Science Fair this weekend.");
        assert!(has(&got, "Google", "ORG"), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t.contains("Science")), "{got:?}");
        let got = rules_on("Buses serve the Tulsa Metro area every hour.");
        assert!(has(&got, "Tulsa", "LOC"), "{got:?}");
        // a place and "Sox": the team
        let got = rules_on("He was traded to the Boston Red Sox in June.");
        assert!(has(&got, "Boston Red Sox", "ORG"), "{got:?}");
        assert!(!has(&got, "Boston", "LOC"), "{got:?}");
        let got = rules_on("Yesterday Chicago White Sox fans cheered.");
        assert!(has(&got, "Chicago White Sox", "ORG"), "{got:?}");
        // an unlisted first word does not start such a name
        let got = rules_on("She won the Varnel Film Award and the Ostrec Prize.");
        assert!(got.is_empty(), "{got:?}");
        // the GUM model's rule-tag feature does not see the rule
        let dict = Dictionary::embedded().unwrap();
        let doc = crate::simple_doc("She was invited to the Google Science Fair.", None);
        assert!(rule_tags(&dict, &doc).iter().all(|t| t.is_none()));
    }

    #[test]
    fn a_place_that_begins_a_company_or_team_name_is_no_place_alone() {
        // a team after "a", as after "the"
        let got = rules_on("On Sunday she attended a Dallas Cowboys game with friends.");
        assert!(has(&got, "Dallas Cowboys", "ORG"), "{got:?}");
        assert!(!has(&got, "Dallas", "LOC"), "{got:?}");
        // a company defined in an apposition with a participle after its kind,
        // and the same name later as a modifier after "the"
        let got = rules_on(
            "Lawmakers asked how Cambridge Analytica , a British data firm hired by \
             the campaign , got the data ; the Cambridge Analytica affair grew .",
        );
        assert_eq!(
            got.iter()
                .filter(|(t, l)| t == "Cambridge Analytica" && l == "ORG")
                .count(),
            2,
            "{got:?}"
        );
        assert!(!has(&got, "Cambridge", "LOC"), "{got:?}");
        // a run the document does not name elsewhere keeps its place
        let got = rules_on("Buses serve the Tulsa Metro area every hour.");
        assert!(has(&got, "Tulsa", "LOC"), "{got:?}");
    }

    #[test]
    fn the_nation_capitalised_in_an_address_is_the_country() {
        let got = rules_on("Tonight I speak to the Nation about our Nation 's future .");
        assert_eq!(
            got.iter()
                .filter(|(t, l)| t == "Nation" && l == "LOC")
                .count(),
            2,
            "{got:?}"
        );
        let got = rules_on("He appeared on Face the Nation on Sunday .");
        assert!(!has(&got, "Nation", "LOC"), "{got:?}");
        // "The Nation" with a capital article is the magazine
        let got = rules_on("Jeet Marlow , The Nation , wrote that The Nation agrees .");
        assert!(!has(&got, "Nation", "LOC"), "{got:?}");
        let got = rules_on("The Nation-building effort failed .");
        assert!(!has(&got, "Nation", "LOC"), "{got:?}");
    }

    #[test]
    fn a_slavic_or_balkan_full_name_is_a_person() {
        // place cues (a comma and a place, a preposition, a list of places)
        // do not make a full name with such a surname a place
        let got =
            rules_on("Questions came from Dragana Vukotić , Montenegro , and Pavlo Hrytsenko .");
        assert!(has(&got, "Dragana Vukotić", "PER"), "{got:?}");
        assert!(has(&got, "Pavlo Hrytsenko", "PER"), "{got:?}");
        let got = rules_on("The delegation met Zlata Pejovic in Podgorica .");
        assert!(has(&got, "Zlata Pejovic", "PER"), "{got:?}");
        let got = rules_on("Rescuers reached Kira Obelska and Lviv on Monday .");
        assert!(has(&got, "Kira Obelska", "PER"), "{got:?}");
        // places with such endings keep their place cues
        let got =
            rules_on("Shelling hit towns in Nova Bilovska and Stanytsia Luhanska overnight .");
        assert!(!got.iter().any(|(_, l)| l == "PER"), "{got:?}");
        // an office's field before the name is no part of it, and a vessel
        // named after a person after "the" is no person
        let got = rules_on("He met the Minister of Culture Oksana Levchenko today .");
        assert!(!has(&got, "Culture Oksana Levchenko", "PER"), "{got:?}");
        let got = rules_on("They toured the Bohdan Petrenko research vessel .");
        assert!(!has(&got, "Bohdan Petrenko", "PER"), "{got:?}");
        let got = rules_on("This is the ship \" Bohdan Petrenko \" , which sails in May .");
        assert!(!has(&got, "Bohdan Petrenko", "PER"), "{got:?}");
        let got = rules_on("Questions came from Vera Ilyinichna Morozova in Tver .");
        assert!(has(&got, "Vera Ilyinichna Morozova", "PER"), "{got:?}");
    }

    #[test]
    fn offices_after_determiners_name_their_holders() {
        let got = rules_on("Congress authorized the Secretary to waive the loans.");
        assert!(has(&got, "Secretary", "PER"), "{got:?}");
        let got =
            rules_on("Voters must hold this President accountable, and our President knows it.");
        assert_eq!(
            got.iter()
                .filter(|(t, l)| t == "President" && l == "PER")
                .count(),
            2,
            "{got:?}"
        );
        // a department's one word belongs to the office
        let got =
            rules_on("Kerry, the Secretary of State, called. She met the Secretary of Defense.");
        assert!(has(&got, "Secretary of State", "PER"), "{got:?}");
        assert!(has(&got, "Secretary of Defense", "PER"), "{got:?}");
        // lower case, and other determiners, name nobody
        let got = rules_on("The secretary of the club and his President's Office replied.");
        assert!(!got.iter().any(|(_, l)| l == "PER"), "{got:?}");
    }

    #[test]
    fn a_sentence_initial_adjective_begins_an_organisation_name() {
        let got =
            rules_tagged("Civil Defense Authority officials arrived. Civic Party members left.");
        assert!(has(&got, "Civil Defense Authority", "ORG"), "{got:?}");
        assert!(has(&got, "Civic Party", "ORG"), "{got:?}");
        // not without an organisation word at the end
        let got = rules_tagged("Civil Defense officials arrived early.");
        assert!(!got.iter().any(|(t, _)| t.starts_with("Civil")), "{got:?}");
    }

    #[test]
    fn a_listed_slavic_given_name_and_a_proper_noun_is_a_person() {
        // a place cue before the name does not make it a place
        let got = rules_on(
            "The President answered questions from Pavel Tarubin , a journalist with Rossiya 1 .",
        );
        assert!(has(&got, "Pavel Tarubin", "PER"), "{got:?}");
        let got = rules_on("Roman Lashovets and Kyiv officials discussed the plan .");
        assert!(has(&got, "Roman Lashovets", "PER"), "{got:?}");
        // not a name the tagger reads as no proper noun
        let got = rules_tagged("The Roman Empire fell and the Roman legions left .");
        assert!(!has(&got, "Roman Empire", "PER"), "{got:?}");
    }

    #[test]
    fn a_named_war_after_a_place_preposition_is_no_place() {
        let got = rules_on(
            "Many of them fought in the Great Patriotic War , and the plant made shells .",
        );
        assert!(!got.iter().any(|(t, _)| t.contains("War")), "{got:?}");
        // a place after the same preposition stays one
        let got = rules_on("Many of them fought in Tolvanmark , and the plant made shells .");
        assert!(has(&got, "Tolvanmark", "LOC"), "{got:?}");
    }

    #[test]
    fn a_club_named_after_a_person_is_an_organisation() {
        let got = rules_on("We are famous for our Salavat Yulayev club and would host it .");
        assert!(has(&got, "Salavat Yulayev", "ORG"), "{got:?}");
        let got = rules_on("He scored twice against the hockey club Timur Bekovich yesterday .");
        assert!(has(&got, "Timur Bekovich", "ORG"), "{got:?}");
        // the person, without a club cue
        let got = rules_on("We met Salavat Yulayev in Ufa and talked .");
        assert!(has(&got, "Salavat Yulayev", "PER"), "{got:?}");
    }

    #[test]
    fn more_first_names_open_names_for_the_newer_rules_only() {
        let got = rules_on("It was the opening night of an Andy Morwick exhibit at the gallery .");
        assert!(has(&got, "Andy Morwick", "PER"), "{got:?}");
        // the GUM model's rule tags (older rules) do not see the new names
        let dict = Dictionary::embedded().unwrap();
        let doc = crate::simple_doc(
            "It was the opening night of an Andy Morwick exhibit .",
            None,
        );
        let tags = rule_tags(&dict, &doc);
        assert!(tags.iter().all(|t| t.is_none()), "{tags:?}");
    }
}
