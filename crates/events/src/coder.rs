//! The coder: matches patterns against a parsed [`Doc`] and builds PLOVER
//! [`Event`] records (arguments, aux modes, attribution, magnitudes).

use crate::numbers::parse_number;
use crate::ontology::{Ontology, Quad};
use crate::pattern::{Constraint, Pattern, PatternSet, Pos, Role, Step};
use chronicle_doc::{Doc, Event, Magnitudes, Participant, Span, words};
use std::borrow::Cow;

/// Options of the coder.
#[derive(Clone, Debug)]
pub struct CoderOptions {
    /// Emit an event only when at least one actor or recipient resolves to an
    /// actor mention with a code (default true: uncoded events are mostly noise,
    /// see docs/patterns.md "Over-generation").
    pub require_coded: bool,
}

impl Default for CoderOptions {
    fn default() -> Self {
        CoderOptions {
            require_coded: true,
        }
    }
}

/// The event coder: ontology + compiled patterns.
#[derive(Clone, Debug)]
pub struct Coder {
    /// The ontology.
    pub ontology: Ontology,
    /// The patterns.
    pub patterns: PatternSet,
    /// Options.
    pub options: CoderOptions,
}

const REPORT_VERBS: &[&str] = &[
    "say",
    "tell",
    "state",
    "report",
    "add",
    "note",
    "write",
    "explain",
    "confirm",
    "announce",
    "reveal",
    "believe",
    "think",
    "claim",
    "insist",
    "assert",
    "declare",
    "argue",
    "stress",
    "emphasize",
    "told",
    "acknowledge",
    "suggest",
    "indicate",
    "show",
    "recall",
    "tweet",
    "post",
    "quote",
    "estimate",
    "conclude",
];
const LIGHT_VERBS: &[&str] = &[
    "launch",
    "carry",
    "conduct",
    "stage",
    "begin",
    "start",
    "order",
    "announce",
    "hold",
    "make",
    "mount",
    "continue",
    "resume",
    "complete",
    "step",
    "intensify",
    "escalate",
    "undertake",
    "plan",
    "prepare",
    "execute",
    "perpetrate",
    "commit",
    "unleash",
    "initiate",
    "organize",
    "organise",
    "lead",
    "call",
    "impose",
    "approve",
    "authorize",
    "authorise",
    "extend",
    "expand",
    "open",
    "give",
    "provide",
    "offer",
    "sign",
    "reach",
    "seal",
    "file",
    "bring",
    "lodge",
    "issue",
    "deliver",
    "send",
    "declare",
    "pay",
    "grant",
    "pledge",
    "promise",
    "take",
    "have",
];
/// Time nouns besides month and weekday names (see [`chronicle_doc::words`]).
const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "week",
    "weekend",
    "month",
    "year",
    "day",
    "time",
    "morning",
    "afternoon",
    "evening",
    "night",
    "hour",
    "minute",
    "decade",
    "century",
    "moment",
    "period",
    "date",
    "occasion",
    "anniversary",
];
/// Heads whose infinitive complement is an intended act: future, and so AGREE for a
/// cooperative type ("ready to share", "wants to settle": the manual's willingness to
/// cooperate).
const FUTURE_HEADS: &[&str] = &[
    "plan", "intend", "expect", "prepare", "set", "aim", "schedule", "due", "go", "seek", "ready",
    "willing", "prepared", "want", "wish", "eager", "keen",
];
/// Acts that "want to" / "wish to" performs rather than announces.
const PERFORMATIVE: &[&str] = &[
    "thank",
    "express",
    "congratulate",
    "welcome",
    "praise",
    "commend",
    "greet",
    "acknowledge",
    "appreciate",
    "note",
    "stress",
    "emphasize",
    "emphasise",
    "say",
    "assure",
    "reiterate",
    "condole",
    "salute",
    "honour",
    "honor",
    "recognize",
    "recognise",
    "wish",
    "ask",
    "urge",
    "appeal",
    "invite",
    "call",
    "request",
    "inform",
    "remind",
    "tell",
];
const HYPOTHETICAL_AUX: &[&str] = &[
    "would", "could", "might", "may", "should", "can", "must", "ought",
];
const CONTENT_PREPS: &[&str] = &[
    "for", "of", "about", "on", "over", "against", "to", "into", "from", "with",
];
const PERSON_NOUNS: &[&str] = &[
    "people",
    "person",
    "civilian",
    "soldier",
    "troop",
    "child",
    "man",
    "woman",
    "protester",
    "demonstrator",
    "militant",
    "fighter",
    "rebel",
    "officer",
    "policeman",
    "resident",
    "student",
    "worker",
    "journalist",
    "activist",
    "member",
    "insurgent",
    "passenger",
    "villager",
    "citizen",
    "migrant",
    "refugee",
    "suspect",
    "serviceman",
    "servicemen",
    "personnel",
    "marine",
    "guard",
    "police",
    "individual",
    "others",
    "other",
    "adult",
    "teenager",
    "boy",
    "girl",
    "pilgrim",
    "worshipper",
    "opponent",
    "supporter",
    "farmer",
    "prisoner",
];
const SIZE_NOUNS: &[&str] = &[
    "troop",
    "soldier",
    "protester",
    "demonstrator",
    "people",
    "personnel",
    "serviceman",
    "servicemen",
    "marine",
    "reservist",
    "conscript",
    "fighter",
    "militant",
    "officer",
    "police",
    "policeman",
    "strong",
    "supporter",
    "worker",
    "student",
    "sailor",
    "paratrooper",
    "tank",
    "vehicle",
    "warship",
    "ship",
    "jet",
    "aircraft",
    "plane",
    "missile",
    "unit",
    "battalion",
    "brigade",
    "division",
    "force",
    "participant",
    "marcher",
    "rioter",
    "striker",
];

struct View<'a> {
    doc: &'a Doc,
    /// Lowercased lemmas: borrowed from the tag layer when already lowercase
    /// (nearly always), so building the view allocates nothing per token.
    lemmas: Vec<Cow<'a, str>>,
    upos: Vec<&'a str>,
    rels: Vec<&'a str>,
    heads: Vec<Option<usize>>,
    /// Dependents of token `i`, in token order: `kid_list[kid_start[i]..kid_start[i + 1]]`
    /// (one flat array instead of a Vec per token).
    kid_start: Vec<u32>,
    kid_list: Vec<usize>,
    /// The actor mention covering each token (`NO_MENTION` if none).
    mention_at: Vec<u32>,
}

const NO_MENTION: u32 = u32::MAX;

/// The participant roles a pattern without its own lists looks for, by
/// trigger class (see `Coder::build`), built once instead of per event.
struct DefaultRoles {
    actor_noun: Vec<Role>,
    actor_other: Vec<Role>,
    recip_noun: Vec<Role>,
    recip_theme: Vec<Role>,
    recip_adj: Vec<Role>,
    recip_other: Vec<Role>,
    /// The complement's preposition phrases a verb without recipient falls back on.
    xcomp_preps: Vec<Role>,
}

static DEFAULT_ROLES: std::sync::LazyLock<DefaultRoles> = std::sync::LazyLock::new(|| {
    let prep = |s: &str| Role::Prep(s.to_string());
    DefaultRoles {
        actor_noun: vec![Role::Poss, prep("by"), prep("from"), Role::Subj],
        actor_other: vec![Role::Subj],
        recip_noun: [
            "against", "on", "with", "toward", "towards", "at", "to", "into", "in",
        ]
        .iter()
        .map(|s| prep(s))
        .collect(),
        recip_theme: {
            let mut r = vec![Role::Iobj];
            for s in ["on", "against", "to", "with", "toward", "towards", "into"] {
                r.push(prep(s));
                r.push(Role::ObjPrep(s.into()));
            }
            r
        },
        recip_adj: vec![prep("of"), prep("with"), prep("toward")],
        recip_other: vec![Role::Obj, Role::Iobj],
        xcomp_preps: ["with", "to", "on", "against"]
            .iter()
            .map(|s| Role::XcompPrep(s.to_string()))
            .collect(),
    }
});

impl<'a> View<'a> {
    /// The view of `doc`; `buf` holds the lemmas that need lower-casing.
    fn new(doc: &'a Doc, buf: &'a mut String) -> Option<View<'a>> {
        let tags = doc.tags.as_deref()?;
        let deps = doc.deps.as_deref()?;
        let n = doc.tokens().len();
        if tags.len() != n || deps.len() != n {
            return None;
        }
        // Without a lemma from the tagger, the best guess (irregular table, else the form).
        // The lemmas with capitals (names) are lower-cased into `buf`, one
        // buffer for the document, first; then borrowed from it.
        let lower = |l: &str| l.is_ascii() && !l.bytes().any(|b| b.is_ascii_uppercase());
        let missing = |l: &str| l.is_empty() || l == "_";
        buf.clear();
        let mut ends: Vec<u32> = Vec::new();
        for t in tags {
            let l = t.lemma.as_str();
            if !missing(l) && !lower(l) {
                if l.is_ascii() {
                    buf.extend(l.bytes().map(|b| b.to_ascii_lowercase() as char));
                } else {
                    buf.push_str(&l.to_lowercase());
                }
                ends.push(buf.len() as u32);
            }
        }
        let buf: &'a String = buf;
        let mut ends = ends.into_iter();
        let mut start = 0;
        let lemmas = (0..n)
            .map(|i| {
                let l = tags[i].lemma.as_str();
                if missing(l) {
                    // the first of `lemma::guesses`, without the list
                    crate::lemma::first_guess(doc.token_norm(i))
                } else if lower(l) {
                    // what `to_lowercase` would return, without the copy
                    Cow::Borrowed(l)
                } else {
                    let end = ends.next().expect("one end per lower-cased lemma") as usize;
                    let l = &buf[start..end];
                    start = end;
                    Cow::Borrowed(l)
                }
            })
            .collect();
        let heads: Vec<Option<usize>> = deps
            .iter()
            .map(|d| d.head.map(|h| h as usize).filter(|&h| h < n))
            .collect();
        // dependents by head, in token order (a counting sort keeps the order
        // a per-head push in token order gives)
        let mut kid_start = vec![0u32; n + 1];
        for h in heads.iter().flatten() {
            kid_start[h + 1] += 1;
        }
        for i in 0..n {
            kid_start[i + 1] += kid_start[i];
        }
        let mut fill: Vec<u32> = kid_start[..n].to_vec();
        let mut kid_list = vec![0usize; kid_start[n] as usize];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = *h {
                kid_list[fill[h] as usize] = i;
                fill[h] += 1;
            }
        }
        let mut mention_at = vec![NO_MENTION; n];
        let actors = doc.actors.as_deref().unwrap_or(&[]);
        // Mentions cover their tokens; a mention's own head wins over a covering one.
        for (k, m) in actors.iter().enumerate() {
            for t in m.tokens.range() {
                if let Some(slot) = mention_at.get_mut(t)
                    && *slot == NO_MENTION
                {
                    *slot = k as u32;
                }
            }
        }
        for (k, m) in actors.iter().enumerate() {
            if let Some(slot) = mention_at.get_mut(m.head as usize) {
                *slot = k as u32;
            }
        }
        Some(View {
            doc,
            lemmas,
            upos: tags.iter().map(|t| t.upos.as_str()).collect(),
            rels: deps.iter().map(|d| d.rel.as_str()).collect(),
            heads,
            kid_start,
            kid_list,
            mention_at,
        })
    }

    /// Dependents of token `i`, in token order.
    #[inline]
    fn kids(&self, i: usize) -> &[usize] {
        &self.kid_list[self.kid_start[i] as usize..self.kid_start[i + 1] as usize]
    }

    /// The actor mention at token `i` (its head, else one covering it).
    #[inline]
    fn mention_at(&self, i: usize) -> Option<usize> {
        self.mention_at
            .get(i)
            .filter(|&&m| m != NO_MENTION)
            .map(|&m| m as usize)
    }

    /// True when token `i`'s lemma, or a guess from its form, is in the class.
    fn lemma_in(&self, i: usize, class: &crate::pattern::Class) -> bool {
        // `find_guess` offers the guesses of `lemma::guesses` (a suffix guess
        // perhaps twice), without building the list
        class.has(&self.lemmas[i])
            || crate::lemma::find_guess(self.doc.token_norm(i), |g| class.has(g).then_some(()))
                .is_some()
    }

    /// Dates, times and bare numbers, which patterns must not take as participants.
    fn temporal(&self, i: usize) -> bool {
        matches!(self.rels[i], "obl:tmod" | "obl:npmod" | "nmod:tmod")
            || self.upos[i] == "NUM"
            || TIME_WORDS.contains(&&*self.lemmas[i])
            || words::MONTHS.contains(&&*self.lemmas[i])
            || words::is_weekday(&self.lemmas[i])
    }

    /// A dateline ("WASHINGTON —", "KYIV, Ukraine —"): upper-case words at the start of
    /// a sentence before a dash or colon name the place of the report, not a participant.
    fn dateline(&self, i: usize) -> bool {
        let Some(s) = self.doc.sentence_of_token(i) else {
            return false;
        };
        let Some(sent) = self.doc.sentences().get(s) else {
            return false;
        };
        let start = sent.tokens.range().start;
        let form = self.doc.token_norm(i);
        if !form.chars().any(|c| c.is_alphabetic())
            || form.chars().any(|c| c.is_lowercase())
            || i - start > 5
        {
            return false;
        }
        // A dash or colon follows within the first few tokens, after upper-case/comma tokens only.
        for t in i + 1..(start + 8).min(sent.tokens.range().end) {
            let f = self.doc.token_norm(t);
            if matches!(f, "—" | "–" | "-" | "--" | ":") {
                return true;
            }
            if f != "," && f != "(" && f != ")" && f.chars().any(|c| c.is_lowercase()) {
                // "KYIV, Ukraine —": one capitalised word after a comma is still the dateline.
                let prev_comma = t > 0 && self.doc.token_norm(t - 1) == ",";
                if !(prev_comma && f.chars().next().is_some_and(|c| c.is_uppercase())) {
                    return false;
                }
            }
        }
        false
    }

    fn base(&self, i: usize) -> &str {
        self.rels[i].split(':').next().unwrap_or("")
    }
    fn kid(&self, i: usize, rel: &str) -> Option<usize> {
        self.kids(i).iter().copied().find(|&k| self.rels[k] == rel)
    }
    fn kids_base<'b>(&'b self, i: usize, base: &'b str) -> impl Iterator<Item = usize> + 'b {
        self.kids(i)
            .iter()
            .copied()
            .filter(move |&k| self.base(k) == base)
    }
    /// True when `prep` is one of [`View::preps`] of `i` (without building the list).
    fn has_prep(&self, i: usize, prep: &str) -> bool {
        self.kids(i)
            .iter()
            .any(|&k| matches!(self.rels[k], "case" | "mark") && self.lemmas[k] == prep)
            || self.rels[i]
                .split_once(':')
                .is_some_and(|(_, sub)| sub == prep)
    }
    /// Case/mark words of a dependent (`for`, `against`, `according`), including the UD subtype
    /// (borrowed, in that order: no list is built).
    fn preps(&self, i: usize) -> impl Iterator<Item = &str> + '_ {
        self.kids(i)
            .iter()
            .filter(|&&k| matches!(self.rels[k], "case" | "mark"))
            .map(|&k| &*self.lemmas[k])
            .chain(self.rels[i].split_once(':').map(|(_, sub)| sub))
    }
    fn passive(&self, i: usize) -> bool {
        self.kids(i)
            .iter()
            .any(|&k| matches!(self.rels[k], "nsubj:pass" | "aux:pass" | "csubj:pass"))
    }
    fn negated(&self, i: usize) -> bool {
        self.kids(i).iter().any(|&k| {
            matches!(self.base(k), "advmod" | "neg" | "det" | "part")
                && matches!(&*self.lemmas[k], "not" | "n't" | "never" | "no")
        })
    }
    /// Dependents that take a preposition: oblique, nominal modifier, object.
    fn prep_args(&self, i: usize, prep: &str) -> Vec<usize> {
        self.kids(i)
            .iter()
            .copied()
            .filter(|&k| {
                matches!(
                    self.base(k),
                    "obl" | "nmod" | "obj" | "advcl" | "acl" | "xcomp" | "ccomp" | "iobj"
                )
            })
            .filter(|&k| self.has_prep(k, prep))
            .collect()
    }
    fn has_particle(&self, i: usize, part: &str) -> bool {
        self.kids(i).iter().any(|&k| {
            (matches!(
                self.rels[k],
                "compound:prt" | "advmod" | "case" | "fixed" | "compound" | "amod"
            ) && self.lemmas[k] == part)
                || (matches!(
                    self.base(k),
                    "obl" | "nmod" | "obj" | "xcomp" | "ccomp" | "advcl" | "acl"
                ) && self.has_prep(k, part))
        })
    }
    /// The infinitival complement ("asked NATO *to end*", "threatened *to impose*"):
    /// xcomp, or a `to` clause; a finite `that` clause (ccomp) is not one.
    fn complement(&self, i: usize) -> Option<usize> {
        self.kids(i)
            .iter()
            .copied()
            .find(|&k| {
                self.rels[k] == "xcomp"
                    || (matches!(self.base(k), "advcl" | "acl" | "ccomp") && self.has_prep(k, "to"))
            })
            .or_else(|| {
                // "ordered the newspaper to suspend …" parsed with the infinitive on the
                // object noun: the object's `to` clause is the verb's complement.
                if self.upos[i] != "VERB" {
                    return None;
                }
                let o = self.kid(i, "obj")?;
                self.kids(o).iter().copied().find(|&k| {
                    self.base(k) == "acl"
                        && self.upos[k] == "VERB"
                        && self
                            .kids(k)
                            .iter()
                            .any(|&m| self.base(m) == "mark" && self.lemmas[m] == "to")
                })
            })
    }
    /// Finite content clauses ("says *that Israel must end* …").
    fn ccomps(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.kids(i)
            .iter()
            .copied()
            .filter(move |&k| self.base(k) == "ccomp")
    }
    fn is_relativizer(&self, i: usize) -> bool {
        matches!(
            &*self.lemmas[i],
            "who" | "which" | "that" | "whom" | "whose"
        ) && matches!(self.upos[i], "PRON" | "DET")
    }
    /// Replaces a relativizer with the noun the relative clause modifies.
    fn antecedent(&self, arg: usize, clause: usize) -> usize {
        if self.is_relativizer(arg) && self.rels[clause].starts_with("acl") {
            self.heads[clause].unwrap_or(arg)
        } else {
            arg
        }
    }

    /// The agent of a (verbal or adjectival) predicate, following control, coordination and relative clauses.
    fn subject(&self, i: usize, depth: usize) -> Option<usize> {
        if depth > 6 {
            return None;
        }
        if self.passive(i) {
            let agent = self
                .kid(i, "obl:agent")
                .or_else(|| self.kids_base(i, "obl").find(|&k| self.has_prep(k, "by")));
            return agent.map(|a| self.antecedent(a, i));
        }
        if let Some(s) = self
            .kids(i)
            .iter()
            .copied()
            .find(|&k| matches!(self.rels[k], "nsubj" | "nsubj:outer"))
        {
            return Some(self.antecedent(s, i));
        }
        let h = self.heads[i]?;
        match self.base(i) {
            "xcomp" => {
                // Object control ("asked NATO to end"), else subject control ("agreed to meet").
                let subject_control = matches!(
                    &*self.lemmas[h],
                    "promise" | "threaten" | "vow" | "pledge" | "offer" | "refuse" | "agree"
                );
                if !subject_control
                    && !self.passive(h)
                    && let Some(o) = self.kid(h, "obj").or_else(|| self.kid(h, "iobj"))
                {
                    return Some(o);
                }
                self.subject(h, depth + 1)
            }
            "conj" | "advcl" => self.subject(h, depth + 1),
            "acl" if self.has_prep(i, "to") => {
                // "Sharif's willingness to back down": the noun's possessor, if any.
                self.kid(h, "nmod:poss")
            }
            "acl" => {
                // Reduced relative: "troops deployed near…" (passive participle: head is the patient).
                let past = self.doc.tags.as_ref().is_some_and(|t| t[i].xpos == "VBN");
                if past { None } else { Some(h) }
            }
            "acl:relcl" => None,
            _ => None,
        }
    }

    /// The patient: object, or the passive subject.
    fn object(&self, i: usize) -> Option<usize> {
        let o = if self.passive(i) {
            self.kid(i, "nsubj:pass")
        } else {
            self.kid(i, "obj").or_else(|| {
                // Passive reduced relative: "the village shelled by…" → the head noun.
                (self.rels[i] == "acl"
                    && self.doc.tags.as_ref().is_some_and(|t| t[i].xpos == "VBN"))
                .then(|| self.heads[i])
                .flatten()
            })
        };
        o.map(|o| self.antecedent(o, i))
    }

    fn subtree(&self, i: usize, out: &mut Vec<usize>, top: bool) {
        out.push(i);
        for &k in self.kids(i) {
            // A date hung on the participant is not part of it ("Putin *on Wednesday*").
            let date =
                matches!(self.base(k), "nmod" | "obl") && self.upos[k] != "NUM" && self.temporal(k);
            let skip =
                date || matches!(
                    self.base(k),
                    "conj" | "cc" | "punct" | "parataxis" | "appos" | "advcl" | "dep"
                ) || (top && matches!(self.rels[k], "acl:relcl" | "acl" | "case" | "mark"));
            if !skip {
                self.subtree(k, out, false);
            }
        }
    }
    fn phrase_span(&self, h: usize) -> Span {
        let mut t = Vec::new();
        self.subtree(h, &mut t, true);
        // a complementizer or conjunction the parser hung inside the phrase is
        // not part of it ("said *that* about 115,000 soldiers were stationed")
        t.sort_unstable();
        let tags = self.doc.tags.as_deref().unwrap_or(&[]);
        let complementizer = |k: usize| {
            matches!(self.base(k), "mark" | "cc" | "punct")
                || (self.lemmas[k] == "that"
                    && (self.base(k) != "det"
                        || tags
                            .get(k)
                            .is_some_and(|x| matches!(&*x.xpos, "IN" | "WDT"))))
        };
        while t.len() > 1 && t[0] != h && complementizer(t[0]) {
            t.remove(0);
        }
        while t.len() > 1 && t[t.len() - 1] != h && self.base(t[t.len() - 1]) == "punct" {
            t.pop();
        }
        let toks = self.doc.tokens();
        let start = t
            .iter()
            .map(|&k| toks[k].span.start)
            .min()
            .unwrap_or(toks[h].span.start);
        let end = t
            .iter()
            .map(|&k| toks[k].span.end)
            .max()
            .unwrap_or(toks[h].span.end);
        Span { start, end }
    }
    /// The actor mention that codes a participant head: its own, an apposition's, or a modifier's.
    fn mention(&self, h: usize) -> Option<usize> {
        if let Some(m) = self.mention_at(h) {
            return Some(m);
        }
        for rel in ["appos", "nmod:poss", "amod", "compound", "flat", "nmod"] {
            for &k in self.kids(h) {
                // nmod only as "X of Y" ("the government of Ukraine"), not "salt in Australia";
                // a border is the neighbour's ("near the border *with Ukraine*").
                let of_nmod = rel == "nmod"
                    && self.base(k) == "nmod"
                    && (self.has_prep(k, "of")
                        || (matches!(&*self.lemmas[h], "border" | "frontier" | "boundary")
                            && self.has_prep(k, "with")));
                if (self.rels[k] == rel || of_nmod)
                    && let Some(m) = self.mention_at(k)
                {
                    return Some(m);
                }
            }
        }
        None
    }
    fn participant(&self, h: usize) -> Participant {
        let m = self.mention(h);
        let actors = self.doc.actors.as_deref().unwrap_or(&[]);
        let mut span = self.phrase_span(h);
        // a mention the parse cut ("Foreign Minister Dmytro" of "Ukrainian Foreign
        // Minister Dmytro Kuleba") is kept whole
        if let Some(ms) = m.map(|m| actors[m].span)
            && ms.start < span.end
            && span.start < ms.end
        {
            span = Span {
                start: span.start.min(ms.start),
                end: span.end.max(ms.end),
            };
        }
        Participant {
            span,
            actor: m.map(|m| m as u32),
            code: m.map(|m| actors[m].code.clone()),
        }
    }
    /// A head and its conjuncts ("the US and France" → both).
    fn with_conjuncts(&self, h: usize, out: &mut Vec<usize>) {
        if out.contains(&h) {
            return;
        }
        // "Japan and the United States last month signed": a date the parser made the
        // subject stands for the coded modifier it swallowed.
        if self.temporal(h)
            && self.mention(h).is_none()
            && let Some(k) = self
                .kids(h)
                .iter()
                .copied()
                .find(|&k| self.rels[k] == "compound" && self.mention(k).is_some())
        {
            self.with_conjuncts(k, out);
            return;
        }
        out.push(h);
        for &k in self.kids(h) {
            if self.rels[k] == "conj" && !matches!(self.upos[k], "VERB" | "AUX") {
                self.with_conjuncts(k, out);
            }
            // A coordinated modifier names several participants: "*Pakistan and
            // Afghanistan's* services", "*House and Senate* negotiators".
            if matches!(self.rels[k], "compound" | "nmod:poss" | "amod")
                && self.mention_at(k).is_some()
                && self
                    .kids(k)
                    .iter()
                    .any(|&c| self.rels[c] == "conj" && self.mention_at(c).is_some())
            {
                self.with_conjuncts(k, out);
            }
        }
    }
}

impl Default for Coder {
    fn default() -> Self {
        Coder::embedded()
    }
}

impl Coder {
    /// A coder over the embedded ontology and patterns.
    pub fn embedded() -> Coder {
        let ontology = Ontology::embedded();
        let patterns = PatternSet::embedded(&ontology);
        Coder {
            ontology,
            patterns,
            options: CoderOptions::default(),
        }
    }

    /// A coder from loaded parts.
    pub fn new(ontology: Ontology, patterns: PatternSet) -> Coder {
        Coder {
            ontology,
            patterns,
            options: CoderOptions::default(),
        }
    }

    fn matches(&self, v: &View, p: &Pattern, i: usize) -> bool {
        if let Some(part) = &p.particle
            && !v.has_particle(i, part)
        {
            return false;
        }
        p.constraints.iter().all(|c| self.holds(v, c, i))
    }

    fn holds(&self, v: &View, c: &Constraint, i: usize) -> bool {
        match c {
            Constraint::Obj(class) => v
                .object(i)
                .is_some_and(|o| v.lemma_in(o, class) || compound_hit(v, o, class)),
            Constraint::Subj(class) => v.subject(i, 0).is_some_and(|s| v.lemma_in(s, class)),
            Constraint::Xcomp(class) => v
                .complement(i)
                .is_some_and(|x| class.as_ref().is_none_or(|c| v.lemma_in(x, c))),
            // Dates are not the phrases patterns mean ("called X *on Saturday*").
            Constraint::Prep(prep, class) => v.prep_args(i, prep).iter().any(|&a| {
                !v.temporal(a)
                    && class
                        .as_ref()
                        .is_none_or(|c| v.lemma_in(a, c) || compound_hit(v, a, c))
            }),
            Constraint::Ccomp(class) => v
                .ccomps(i)
                .any(|x| class.as_ref().is_none_or(|c| v.lemma_in(x, c))),
            // The clause needs an addressee: "nobody/we/one should …" is a norm, not a request.
            Constraint::Modal(class) => v.ccomps(i).any(|x| {
                v.kids(x)
                    .iter()
                    .any(|&k| v.base(k) == "aux" && class.has(&v.lemmas[k]))
                    && v.subject(x, 0).is_some_and(|s| {
                        !matches!(
                            &*v.lemmas[s],
                            "nobody"
                                | "no"
                                | "none"
                                | "everyone"
                                | "everybody"
                                | "anyone"
                                | "anybody"
                                | "someone"
                                | "one"
                                | "we"
                                | "i"
                                | "you"
                                | "it"
                                | "this"
                                | "that"
                                | "there"
                        )
                    })
            }),
            Constraint::Any(class) => {
                let s = v.doc.sentence_of_token(i).unwrap_or(0);
                v.doc
                    .sentences()
                    .get(s)
                    .is_some_and(|s| s.tokens.range().any(|t| v.lemma_in(t, class)))
            }
            Constraint::Iobj => v.kid(i, "iobj").is_some(),
            Constraint::Negated => v.negated(i),
            Constraint::Passive => v.passive(i),
            Constraint::Active => !v.passive(i),
            Constraint::Not(c) => !self.holds(v, c, i),
        }
    }

    fn best_pattern(&self, v: &View, i: usize) -> Option<usize> {
        let pos = match v.upos[i] {
            "VERB" => Pos::Verb,
            "NOUN" | "PROPN" => Pos::Noun,
            "ADJ" => Pos::Adj,
            _ => return None,
        };
        let mut best: Option<usize> = None;
        // The tagger's lemma first; guesses from the form only when it gives no candidate.
        let lemma: &str = &v.lemmas[i];
        let mut cands = self.patterns.candidates(pos, lemma);
        if cands.is_empty() {
            // the same first guess with candidates as `v.guesses(i)` gives, without
            // building (and caching) the list for every noun that has no pattern;
            // a guess that is the lemma has none (just looked up): not looked up again
            cands = crate::lemma::find_guess(v.doc.token_norm(i), |g| {
                if g == lemma {
                    return None;
                }
                Some(self.patterns.candidates(pos, g)).filter(|c| !c.is_empty())
            })
            .unwrap_or(&[]);
        }
        // a pattern no more specific than the best so far cannot replace it:
        // not matched (matching has no effect but on the view's caches)
        let mut best_spec = 0;
        for &k in cands {
            let p = &self.patterns.patterns[k];
            let spec = p.specificity();
            if best.is_none_or(|_| spec > best_spec) && self.matches(v, p, i) {
                best = Some(k);
                best_spec = spec;
            }
        }
        best
    }

    fn verbal(&self, ty: &str) -> bool {
        self.ontology
            .get(ty)
            .is_some_and(|t| matches!(t.quad, Quad::VerbalCoop | Quad::VerbalConflict))
    }

    /// Codes every PLOVER event mention in the document (one record per mention).
    /// Needs tags and deps; returns nothing (never fails) without them.
    pub fn annotate(&self, doc: &Doc) -> Vec<Event> {
        let mut lemma_buf = String::new();
        let Some(mut v) = View::new(doc, &mut lemma_buf) else {
            return Vec::new();
        };
        self.repair_verbs(&mut v);
        let n = v.lemmas.len();
        let fired: Vec<Option<usize>> = (0..n).map(|i| self.best_pattern(&v, i)).collect();
        let mut out = Vec::new();
        for i in 0..n {
            let Some(pk) = fired[i] else { continue };
            let p = &self.patterns.patterns[pk];
            if self.suppressed(&v, &fired, i) {
                continue;
            }
            if let Some(e) = self.build(&v, p, i) {
                out.push(e);
            }
        }
        out
    }

    /// Robustness to a frequent tagging error: a finite verb right after its subject
    /// tagged as a plural noun ("Moscow *denies* planning an attack", "Congress *refuse*
    /// to remove sanctions"). A noun with no determiner, a nominal dependent on its left
    /// and a clausal or object dependent on its right, whose form is a verb form with a
    /// verb pattern (and no noun pattern), is read as that verb: the left dependent
    /// becomes its subject and a right `acl` its complement.
    fn repair_verbs(&self, v: &mut View) {
        let n = v.lemmas.len();
        for i in 0..n {
            // Only where a clause head is expected, not as an argument ("government forces …").
            if !matches!(v.upos[i], "NOUN" | "PROPN")
                || !matches!(
                    v.base(i),
                    "root" | "parataxis" | "ccomp" | "conj" | "dep" | "appos" | "vocative"
                )
            {
                continue;
            }
            if !self.patterns.candidates(Pos::Noun, &v.lemmas[i]).is_empty() {
                continue;
            }
            let form = v.doc.token_norm(i).to_lowercase();
            // the first guess without the list (`lemma::first_guess`); the
            // list only for the few nouns that pass the tests below
            let finite = (form.ends_with('s') && !form.ends_with("ss"))
                || form.ends_with("ed")
                || crate::lemma::first_guess(&form) != form.as_str()
                || matches!(form.as_str(), "refuse" | "deny" | "reject" | "vow" | "warn");
            if !finite || v.kids(i).iter().any(|&k| v.base(k) == "det") {
                continue;
            }
            let Some(lemma) = crate::lemma::guesses(&form)
                .into_iter()
                .chain(std::iter::once(form.clone()))
                .find(|g| !self.patterns.candidates(Pos::Verb, g).is_empty())
            else {
                continue;
            };
            let left = v.kids(i).iter().copied().rev().find(|&k| {
                k < i
                    && matches!(v.rels[k], "compound" | "nmod:poss" | "amod" | "nsubj")
                    && (matches!(v.upos[k], "PROPN" | "PRON") || v.mention_at(k).is_some())
            });
            let right = v.kids(i).iter().copied().any(|k| {
                k > i
                    && (matches!(v.base(k), "obj" | "xcomp" | "ccomp")
                        || (v.base(k) == "acl"
                            && (v.doc.token_norm(k).to_lowercase().ends_with("ing")
                                || v.kids(k)
                                    .iter()
                                    .any(|&m| v.base(m) == "mark" && v.lemmas[m] == "to"))))
            });
            let Some(subj) = left.filter(|_| right) else {
                continue;
            };
            v.upos[i] = "VERB";
            v.lemmas[i] = Cow::Owned(lemma);
            v.rels[subj] = "nsubj";
            let kids = v.kids(i).to_vec();
            for k in kids {
                let to = v
                    .kids(k)
                    .iter()
                    .any(|&m| v.base(m) == "mark" && v.lemmas[m] == "to");
                let ing = v.doc.token_norm(k).to_lowercase().ends_with("ing");
                if k > i && v.rels[k] == "acl" && (to || ing) {
                    v.rels[k] = "xcomp";
                }
            }
        }
    }

    /// Embedded content of another event ("asked NATO to *end*", "condemned the *attack*") is not coded.
    fn suppressed(&self, v: &View, fired: &[Option<usize>], t: usize) -> bool {
        // A purpose is not an event: "*in order to support* families …", "a match *aimed
        // at helping* children".
        if matches!(v.base(t), "advcl" | "acl" | "xcomp") {
            let in_order = v.kids(t).iter().any(|&k| {
                v.base(k) == "mark"
                    && v.kids(k)
                        .iter()
                        .chain(std::iter::once(&k))
                        .any(|&m| v.lemmas[m] == "order")
            }) || v.kids(t).iter().any(|&k| {
                v.base(k) == "mark" && v.lemmas[k] == "in" && v.doc.token_norm(k + 1) == "order"
            });
            let aimed = v.heads[t].is_some_and(|h| {
                v.lemmas[h] == "aim"
                    && (matches!(v.base(h), "acl" | "advcl")
                        || v.doc.tags.as_ref().is_some_and(|tg| tg[h].xpos == "VBN"))
            });
            if in_order || aimed {
                return true;
            }
            // An infinitive under a negative word is an absence, not an event:
            // "we have *nowhere* further to retreat", "*nothing* to negotiate".
            let to = v
                .kids(t)
                .iter()
                .any(|&k| v.base(k) == "mark" && v.lemmas[k] == "to");
            let mut h = v.heads[t];
            for _ in 0..2 {
                let Some(x) = h else { break };
                let negative = |k: usize| {
                    matches!(
                        &*v.lemmas[k],
                        "nowhere" | "nothing" | "nobody" | "noone" | "none"
                    )
                };
                if to && (negative(x) || v.kids(x).iter().any(|&k| k < t && negative(k))) {
                    return true;
                }
                h = v.heads[x];
            }
        }
        let mut cur = t;
        for _ in 0..6 {
            let Some(h) = v.heads[cur] else { return false };
            let rel = v.rels[cur];
            let base = v.base(cur);
            let content = match base {
                "xcomp" | "ccomp" | "csubj" => true,
                "obj" | "nsubj" if rel == "nsubj:pass" || base == "obj" => true,
                "advcl" | "acl" | "obl" | "nmod" => v
                    .preps(cur)
                    .any(|p| CONTENT_PREPS.contains(&p) || p == "that"),
                _ => false,
            };
            if !content {
                return false;
            }
            if let Some(hk) = fired[h] {
                let hp = &self.patterns.patterns[hk];
                // Verbal events embed their content; any event consumes a noun object it constrains.
                let noun_obj = v.upos[t] != "VERB" && matches!(base, "obj" | "nsubj") && cur == t;
                return self.verbal(&hp.event_type) || noun_obj || hp.object_is_theme();
            }
            // Climb through complements, and through the object of an uncoded verb
            // ("denies *planning* an attack": the attack is the content of the denial).
            if !matches!(base, "xcomp" | "ccomp" | "obj") || v.upos[h] != "VERB" {
                return false;
            }
            cur = h;
        }
        false
    }

    fn role_heads(&self, v: &View, i: usize, role: &Role, pos: Pos, out: &mut Vec<usize>) {
        match role {
            Role::Subj => {
                if pos != Pos::Noun {
                    out.extend(v.subject(i, 0));
                } else if let Some(s) = v.kid(i, "nsubj") {
                    // A nominal predicate: "the US *is the largest donor* of aid to Iraq".
                    out.push(v.antecedent(s, i));
                } else {
                    // Nominal event: the subject of a light verb ("Russia launched an attack").
                    if let Some(h) = v.heads[i].filter(|&h| {
                        matches!(v.base(i), "obj" | "nsubj") && LIGHT_VERBS.contains(&&*v.lemmas[h])
                    }) && let Some(s) = v.subject(h, 0)
                    {
                        out.push(s);
                    }
                }
            }
            Role::Obj => out.extend(v.object(i)),
            Role::Iobj => out.extend(v.kid(i, "iobj")),
            Role::Poss => {
                let poss = v.kid(i, "nmod:poss");
                // "forces continued *their* attacks": a possessive pronoun of a noun event
                // under a light verb stands for the light verb's (coded) subject.
                let light_subj = (pos == Pos::Noun
                    && poss.is_some_and(|p| v.upos[p] == "PRON" && v.mention(p).is_none()))
                .then(|| light_verb(v, i).and_then(|h| v.subject(h, 0)))
                .flatten()
                .filter(|&s| v.mention(s).is_some());
                out.extend(light_subj.or(poss));
            }
            Role::Prep(p) => {
                let mut args: Vec<usize> = v
                    .prep_args(i, p)
                    .into_iter()
                    .filter(|&a| !matches!(v.upos[a], "VERB"))
                    .collect();
                // "continued attacks *on the region*": the PP of a noun event is often
                // attached to its light verb.
                if args.is_empty()
                    && pos == Pos::Noun
                    && let Some(h) = light_verb(v, i)
                {
                    args.extend(
                        v.prep_args(h, p)
                            .into_iter()
                            .filter(|&a| !matches!(v.upos[a], "VERB") && !v.temporal(a)),
                    );
                }
                out.extend(args);
            }
            Role::ObjPrep(p) => {
                if let Some(o) = v.object(i) {
                    out.extend(
                        v.prep_args(o, p)
                            .into_iter()
                            .filter(|&a| !matches!(v.upos[a], "VERB")),
                    );
                }
            }
            Role::ObjPoss => {
                if let Some(o) = v.object(i) {
                    out.extend(v.kid(o, "nmod:poss"));
                }
            }
            Role::XcompObj => {
                if let Some(x) = v.complement(i) {
                    out.extend(v.object(x));
                }
            }
            Role::XcompPrep(p) => {
                if let Some(x) = v.complement(i) {
                    out.extend(v.prep_args(x, p));
                }
            }
            Role::Path(steps) => {
                let mut cur = vec![i];
                for st in steps {
                    let mut next = Vec::new();
                    for &h in &cur {
                        match st {
                            Step::Subj => next.extend(v.subject(h, 0)),
                            Step::Obj => next.extend(v.object(h)),
                            Step::Iobj => next.extend(v.kid(h, "iobj")),
                            Step::Poss => next.extend(v.kid(h, "nmod:poss")),
                            Step::Prep(p) => next.extend(v.prep_args(h, p)),
                            Step::Xcomp => next.extend(v.complement(h)),
                            Step::Ccomp => next.extend(v.ccomps(h)),
                        }
                    }
                    cur = next;
                }
                out.extend(cur.into_iter().filter(|&h| v.mention(h).is_some()));
            }
            Role::After(p) => {
                let sents = v.doc.sentences();
                let si = sents.partition_point(|s| (s.tokens.end as usize) <= i);
                let end = sents
                    .get(si)
                    .map_or(v.upos.len(), |s| s.tokens.end as usize)
                    .min(i + 9);
                for k in i + 1..end {
                    if v.upos[k] == "VERB" {
                        break;
                    }
                    if v.lemmas[k] == p.as_str() {
                        if k + 1 < end && v.mention_at(k + 1).is_some() {
                            out.push(k + 1);
                        }
                        break;
                    }
                }
            }
            Role::None => {}
        }
    }

    fn build(&self, v: &View, p: &Pattern, i: usize) -> Option<Event> {
        let doc = v.doc;
        let pos = p.pos;
        let d = &*DEFAULT_ROLES;
        let default_actor: &[Role] = match pos {
            Pos::Noun => &d.actor_noun,
            _ => &d.actor_other,
        };
        let default_recip: &[Role] = match pos {
            Pos::Noun => &d.recip_noun,
            _ if p.object_is_theme() => &d.recip_theme,
            Pos::Adj => &d.recip_adj,
            _ => &d.recip_other,
        };
        let mut actor_heads = Vec::new();
        for r in p.actor.as_deref().unwrap_or(default_actor) {
            self.role_heads(v, i, r, pos, &mut actor_heads);
            if !actor_heads.is_empty() {
                break;
            }
        }
        let mut recip_heads = Vec::new();
        for r in p.recip.as_deref().unwrap_or(default_recip) {
            self.role_heads(v, i, r, pos, &mut recip_heads);
        }
        if recip_heads.is_empty() && p.recip.is_none() && pos == Pos::Verb {
            // Fall through to the complement ("threatened to shell Haifa", "agreed to meet Abbas").
            self.role_heads(v, i, &Role::XcompObj, pos, &mut recip_heads);
            for r in &d.xcomp_preps {
                self.role_heads(v, i, r, pos, &mut recip_heads);
            }
            // Only coded arguments are taken from the complement: its object is often a theme.
            recip_heads.retain(|&h| v.mention(h).is_some());
        }
        let mut actors_t = Vec::new();
        for h in actor_heads {
            v.with_conjuncts(h, &mut actors_t);
        }
        let mut recips_t = Vec::new();
        for h in recip_heads {
            if !actors_t.contains(&h) && h != i {
                v.with_conjuncts(h, &mut recips_t);
            }
        }
        recips_t.retain(|h| !actors_t.contains(h));
        // Dates and times are not participants ("launched on Wednesday").
        actors_t.retain(|&h| !v.temporal(h) && !v.dateline(h));
        recips_t.retain(|&h| !v.dateline(h));
        // Parse rescue: an active verb whose subject was lost (a dateline taken as subject,
        // "before Russia invaded" attached elsewhere) takes an actor mention ending right
        // before it ("Russia invaded Ukraine").
        if actors_t.is_empty()
            && pos == Pos::Verb
            && p.actor.is_none()
            && !v.passive(i)
            && i > 0
            && let Some(m) = v.mention_at(i - 1)
        {
            let actors = doc.actors.as_deref().unwrap_or(&[]);
            let h = actors[m].head as usize;
            if actors[m].tokens.range().end == i && !recips_t.contains(&h) {
                actors_t.push(h);
            }
        }
        recips_t.retain(|&h| !v.temporal(h));
        // One participant per actor mention (a head and its possessor can resolve to the same one).
        let mut seen = Vec::new();
        let mut dedup = |heads: &[usize]| -> Vec<Participant> {
            let mut out = Vec::new();
            for &h in heads {
                let p = v.participant(h);
                if let Some(a) = p.actor {
                    if seen.contains(&a) {
                        continue;
                    }
                    seen.push(a);
                }
                out.push(p);
            }
            out
        };
        // "Iran said it would release …": an uncoded subject pronoun of a reported
        // clause is the speaker.
        if let Some(sp) = self.attribution(v, i).filter(|&sp| v.mention(sp).is_some()) {
            for h in actors_t.iter_mut() {
                if v.mention(*h).is_none()
                    && matches!(&*v.lemmas[*h], "it" | "they" | "he" | "she" | "we")
                {
                    *h = sp;
                }
            }
        }
        let actors = dedup(&actors_t);
        let recipients = dedup(&recips_t);
        if self.options.require_coded && !actors.iter().chain(&recipients).any(|x| x.code.is_some())
        {
            return None;
        }

        // Auxiliary modes.
        let mut aux: Vec<String> = p.aux.clone();
        let push = |a: &str, aux: &mut Vec<String>| {
            if !aux.iter().any(|x| x == a) {
                aux.push(a.to_string());
            }
        };
        let neg_in_pattern = p.constraints.contains(&Constraint::Negated);
        let mut cur = i;
        for depth in 0..5 {
            if (depth > 0 || !neg_in_pattern) && v.negated(cur) {
                push("negated", &mut aux);
            }
            for &k in v.kids(cur) {
                if v.base(k) == "aux" {
                    match &*v.lemmas[k] {
                        "will" | "shall" | "'ll" => push("future", &mut aux),
                        // Reported "would" is a future in the past: "said it would release".
                        "would" if reported(v, cur) => push("future", &mut aux),
                        l if HYPOTHETICAL_AUX.contains(&l) => push("hypothetical", &mut aux),
                        _ => {}
                    }
                }
                if v.base(k) == "mark" && matches!(&*v.lemmas[k], "if" | "unless") {
                    push("hypothetical", &mut aux);
                }
            }
            if v.base(cur) == "advcl" && v.kids(cur).iter().any(|&k| v.lemmas[k] == "if") {
                push("hypothetical", &mut aux);
            }
            let Some(h) = v.heads[cur].filter(|_| v.base(cur) == "xcomp") else {
                break;
            };
            if depth == 0 && self_fired_type(self, v, h).is_some() {
                break;
            }
            // "I want to thank", "we wish to congratulate": a polite formula that
            // performs the act, not an intention
            let performed =
                matches!(&*v.lemmas[h], "want" | "wish") && PERFORMATIVE.contains(&&*v.lemmas[i]);
            if FUTURE_HEADS.contains(&&*v.lemmas[h]) && !performed {
                push("future", &mut aux);
            }
            cur = h;
        }
        // The manual: future cooperation is AGREE; an announced retreat is CONCEDE.
        let (mut ty, mut mode) = (p.event_type.clone(), p.mode.clone());
        let coop = self
            .ontology
            .get(&ty)
            .is_some_and(|t| matches!(t.quad, Quad::VerbalCoop | Quad::MaterialCoop));
        let has = |aux: &[String], a: &str| aux.iter().any(|x| x == a);
        if coop && has(&aux, "negated") && has(&aux, "future") {
            // An announced refusal to cooperate ("will not lift the blockade") is a REJECT.
            ty = "REJECT".into();
            mode = None;
            aux.retain(|a| a != "negated" && a != "future");
        }
        if aux.iter().any(|a| a == "future") {
            if matches!(ty.as_str(), "CONSULT" | "SUPPORT" | "COOPERATE" | "AID") {
                ty = "AGREE".into();
                mode = None;
                aux.retain(|a| a != "future");
            } else if ty == "RETREAT" {
                ty = "CONCEDE".into();
                mode = None;
                aux.retain(|a| a != "future");
            }
        }

        // Reported speech: "X said Y attacked Z" → attributed to X.
        let attr_head = self.attribution(v, i);
        let attributed_to = attr_head.map(|h| v.participant(h));

        let sentence = doc.sentence_of_token(i).unwrap_or(0);
        let magnitudes = magnitudes(v, sentence, &ty, i);
        Some(Event {
            intensity: self.ontology.intensity(&ty, mode.as_deref()),
            cameo: self
                .ontology
                .cameo(&ty, mode.as_deref())
                .unwrap_or("")
                .to_string(),
            event_type: ty,
            mode,
            context: p.context.clone(),
            aux,
            actors,
            recipients,
            trigger: doc.tokens()[i].span,
            pattern: p.id.clone(),
            sentence: sentence as u32,
            magnitudes,
            attributed_to,
        })
    }

    fn attribution(&self, v: &View, i: usize) -> Option<usize> {
        let report_subj = |r: usize| -> Option<usize> {
            REPORT_VERBS
                .contains(&&*v.lemmas[r])
                .then(|| v.subject(r, 0))
                .flatten()
        };
        let according = |x: usize| -> Option<usize> {
            v.kids(x).iter().copied().find(|&k| {
                matches!(v.base(k), "obl" | "nmod" | "advcl")
                    && v.preps(k).any(|p| p == "according" || p == "accord")
            })
        };
        if let Some(a) = according(i) {
            return Some(a);
        }
        for &k in v.kids(i) {
            if v.base(k) == "parataxis"
                && let Some(s) = report_subj(k)
            {
                return Some(s);
            }
        }
        let mut cur = i;
        for _ in 0..5 {
            let h = v.heads[cur]?;
            if matches!(v.base(cur), "ccomp" | "parataxis" | "xcomp" | "conj") {
                if let Some(s) = report_subj(h) {
                    return Some(s);
                }
                if let Some(a) = according(h) {
                    return Some(a);
                }
                cur = h;
            } else {
                return None;
            }
        }
        None
    }
}

/// The light verb governing a noun event as its object ("launched an *attack*").
fn light_verb(v: &View, i: usize) -> Option<usize> {
    v.heads[i].filter(|&h| {
        v.base(i) == "obj" && v.upos[h] == "VERB" && LIGHT_VERBS.contains(&&*v.lemmas[h])
    })
}

/// True when `x` is the content clause of a reporting verb ("said it would …").
fn reported(v: &View, x: usize) -> bool {
    matches!(v.base(x), "ccomp" | "parataxis")
        && v.heads[x].is_some_and(|h| REPORT_VERBS.contains(&&*v.lemmas[h]))
}

fn self_fired_type(c: &Coder, v: &View, h: usize) -> Option<usize> {
    c.best_pattern(v, h)
}

fn compound_hit(v: &View, h: usize, class: &crate::pattern::Class) -> bool {
    v.kids(h)
        .iter()
        .any(|&k| v.rels[k] == "compound" && class.has(&format!("{} {}", v.lemmas[k], v.lemmas[h])))
}

/// Counts stated in the sentence that belong to an event of this type.
fn magnitudes(v: &View, sentence: usize, ty: &str, trigger: usize) -> Magnitudes {
    let mut m = Magnitudes::default();
    let Some(s) = v.doc.sentences().get(sentence) else {
        return m;
    };
    let casualties = matches!(ty, "ASSAULT" | "COERCE" | "PROTEST");
    let sized = matches!(ty, "MOBILIZE" | "PROTEST");
    let mut trig_tree = Vec::new();
    v.subtree(trigger, &mut trig_tree, false);
    for n in s.tokens.range() {
        if v.upos[n] != "NUM"
            || !matches!(v.base(n), "nummod" | "obj" | "nsubj" | "nsubj:pass" | "obl")
        {
            continue;
        }
        // The number phrase: the NUM and its compound/flat parts ("1.5 million").
        let mut parts = vec![n];
        parts.extend(
            v.kids(n)
                .iter()
                .copied()
                .filter(|&k| matches!(v.base(k), "compound" | "flat" | "nummod")),
        );
        parts.sort();
        let toks = v.doc.tokens();
        let span = Span {
            start: toks[parts[0]].span.start,
            end: toks[*parts.last().unwrap()].span.end,
        };
        let Some(value) = parse_number(&v.doc.text[span.range()]) else {
            continue;
        };
        let noun = if v.base(n) == "nummod" {
            v.heads[n]
        } else {
            Some(n)
        };
        let Some(noun) = noun else { continue };
        let nl = &*v.lemmas[noun];
        let gov = v.heads[noun].map(|g| &*v.lemmas[g]).unwrap_or("");
        let as_patient = matches!(v.base(noun), "obj" | "nsubj") || v.rels[noun] == "nsubj:pass";
        let kind = if matches!(nl, "death" | "fatality" | "dead" | "body")
            || v.kids(noun)
                .iter()
                .any(|&k| matches!(&*v.lemmas[k], "dead" | "killed"))
        {
            Some("dead")
        } else if matches!(nl, "injury" | "wounded" | "injured") {
            Some("injured")
        } else if as_patient && (PERSON_NOUNS.contains(&nl) || noun == n) {
            match gov {
                "kill" | "slay" | "murder" | "execute" | "massacre" | "die" | "claim" => {
                    Some("dead")
                }
                "injure" | "wound" | "hurt" | "maim" => Some("injured"),
                "arrest" | "detain" | "jail" | "imprison" | "apprehend" | "round" | "nab"
                | "capture" => Some("arrested"),
                _ => None,
            }
        } else {
            None
        };
        match kind {
            Some("dead") if casualties => m.dead = Some(m.dead.unwrap_or(0.0).max(value)),
            Some("injured") if casualties => m.injured = Some(m.injured.unwrap_or(0.0).max(value)),
            Some("arrested") if casualties => {
                m.arrested = Some(m.arrested.unwrap_or(0.0).max(value))
            }
            None if sized
                && SIZE_NOUNS.contains(&nl)
                && (trig_tree.contains(&noun) || v.heads[noun] == Some(trigger)) =>
            {
                m.size = Some(m.size.unwrap_or(0.0).max(value))
            }
            _ => continue,
        }
        m.spans.push(span);
    }
    m
}
