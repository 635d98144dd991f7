//! Cue recall helpers: tests that let an ambiguous cue through when the
//! text around it shows that it reports something. Kept apart from the
//! content-boundary rules so the two sides can change independently.

use crate::rules::View;
use chronicle_doc::Dep;

/// Whether `j`'s head chain reaches `h` (or `j == h`).
fn reaches(deps: &[Dep], mut j: usize, h: usize) -> bool {
    for _ in 0..64 {
        if j == h {
            return true;
        }
        match deps[j].head {
            Some(x) => j = x as usize,
            None => return false,
        }
    }
    false
}

/// A clause without `that` right after the cue, as the parse sees it: a
/// `ccomp` dependent of the cue with a subject of its own, whose subtree
/// opens at `ce` ("officials believe Beijing has …", "polls showed
/// Trump gaining …"). Needs a parse; false without one.
pub(crate) fn bare_clause(v: &View<'_>, cue: usize, ce: usize, s0: usize, s1: usize) -> bool {
    let Some(deps) = v.doc.deps.as_ref() else {
        return false;
    };
    if deps.len() != v.lower.len() || ce >= s1 {
        return false;
    }
    // the clause opens with its subject (not "think of what …")
    (ce..s1).any(|h| {
        deps[h].head == Some(cue as u32)
            && deps[h].rel == "ccomp"
            && (ce..h).any(|j| {
                deps[j].head == Some(h as u32)
                    && deps[j].rel.starts_with("nsubj")
                    && (s0..s1).find(|&x| reaches(deps, x, j)) == Some(ce)
            })
    })
}

/// Question words that open the reported question after `asked`.
const QUESTION_WORDS: &[&str] = &[
    "whether", "if", "how", "what", "who", "whom", "why", "where", "which", "about",
];

/// "asked on Fox News who …", "asked in Iowa recently whether …", "asked at
/// the conference about …": a short place or time phrase (opening with a
/// preposition, no punctuation) between `asked` and its question. Returns the
/// question word's index.
pub(crate) fn question_after_place(v: &View<'_>, q: usize, s1: usize) -> Option<usize> {
    if q >= s1
        || !matches!(
            &*v.lower[q],
            "on" | "in" | "at" | "during" | "last" | "this"
        )
    {
        return None;
    }
    (q + 1..s1.min(q + 7))
        .take_while(|&j| {
            let t = &*v.lower[j];
            t.chars().any(char::is_alphanumeric) && v.in_speech[j].is_none()
        })
        .find(|&j| j > q + 1 && QUESTION_WORDS.contains(&&*v.lower[j]))
}

/// Heads of subjects that report findings: "a Monmouth poll out Monday
/// showed …", "one influential 2009 paper found …".
const EVIDENCE_SUBJECTS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "paper",
    "report",
    "reports",
    "analysis",
    "data",
    "polling",
    "research",
    "review",
    "investigation",
    "audit",
    "emails",
    "documents",
    "records",
    "filings",
    "figures",
    "numbers",
    "results",
    "estimates",
    "statistics",
    "videos",
    "video",
    "memo",
    "letter",
    "tallies",
    "returns",
    "inquiry",
    "article",
];

/// The parse subject of the cue is an evidence noun ("a CNN/ORC poll last
/// month showed …"), even when words stand between it and the cue.
pub(crate) fn evidence_subject(v: &View<'_>, cue: usize, s0: usize) -> bool {
    let Some(deps) = v.doc.deps.as_ref() else {
        return false;
    };
    deps.len() == v.lower.len()
        && (s0..cue).any(|j| {
            deps[j].head == Some(cue as u32)
                && deps[j].rel.starts_with("nsubj")
                && EVIDENCE_SUBJECTS.contains(&&*v.lower[j])
        })
}

/// An adjectival predicate after a raising verb: "the crew appeared
/// exhausted", "voters seemed largely indifferent". Needs tags.
pub(crate) fn raising_predicate(v: &View<'_>, at: usize, s1: usize) -> bool {
    let (Some(u), Some(x)) = (&v.upos, &v.xpos) else {
        return false;
    };
    let mut k = at;
    if k + 1 < s1 && u[k] == "ADV" {
        k += 1;
    }
    k < s1 && (u[k] == "ADJ" || x[k] == "VBN") && v.in_speech[k].is_none()
}

/// A token range (start, end).
type Range = (usize, usize);
/// An attribution found without a source: (cue, content spans).
type Found = (Range, Vec<Range>);

/// The sentence end without closing punctuation.
fn sentence_end(v: &View<'_>, a: usize, s1: usize) -> usize {
    let mut b = s1;
    while b > a
        && matches!(
            &*v.lower[b - 1],
            "." | "!" | "?" | "," | ";" | ":" | "…" | "-" | "—" | ")"
        )
    {
        b -= 1;
    }
    b
}

/// "The group is reportedly spending $1.5 million …": the adverb is the cue
/// of an attribution without a source whose content is the rest of its
/// sentence, split around the adverb (PolNeAR's convention). Only in
/// sentences no other attribution touches. Returns (cue, content) pairs.
pub(crate) fn reportedly(v: &View<'_>, covered: &[bool]) -> Vec<Found> {
    let mut out = Vec::new();
    for s in v.doc.sentences() {
        let (s0, s1) = (s.tokens.start as usize, s.tokens.end as usize);
        let Some(k) = (s0..s1).find(|&k| v.lower[k] == "reportedly" && v.in_speech[k].is_none())
        else {
            continue;
        };
        if (s0..s1).any(|j| covered[j]) {
            continue;
        }
        let mut a = s0;
        while a < k && matches!(&*v.lower[a], "but" | "and" | "yet" | "so") {
            a += 1;
        }
        let b = sentence_end(v, k + 1, s1);
        let mut content = Vec::new();
        // "Reportedly, …": nothing before the adverb
        if k > a {
            let mut e = k;
            if v.lower[e - 1] == "," {
                e -= 1;
            }
            content.push((a, e));
        }
        let mut c = k + 1;
        if c < b && v.lower[c] == "," {
            c += 1;
        }
        if b > c {
            content.push((c, b));
        }
        // a sentence of a few words is a headline fragment
        if content.iter().map(|&(x, y)| y - x).sum::<usize>() >= 4 {
            out.push(((k, k + 1), content));
        }
    }
    out
}

/// A cue set off as a parenthetical after the content: "His leverage, they
/// believe, isn't going anywhere", "…, the airline added.", "…, he
/// promised, was one of his top priorities". A short subject (at most five
/// words, no punctuation or relative pronoun) sits between a comma or dash and
/// the cue, and the cue closes its clause (a comma or the sentence end, after
/// an optional time phrase).
pub(crate) fn parenthetical(v: &View<'_>, cs: usize, ce: usize, s0: usize, s1: usize) -> bool {
    let punct = |j: usize| !v.lower[j].chars().any(char::is_alphanumeric);
    let e = after_time_phrase(v, ce, s1);
    if !(e >= s1 || matches!(&*v.lower[e], "," | "." | "!" | "?" | ";")) {
        return false;
    }
    // the word before the cue ends the subject: a noun or pronoun, not
    // "…, to be quite promising"
    if cs <= s0 {
        return false;
    }
    let subject_end = match &v.upos {
        Some(u) => matches!(u[cs - 1], "PRON" | "NOUN" | "PROPN"),
        None => !matches!(
            &*v.lower[cs - 1],
            "to" | "be" | "is" | "was" | "are" | "were" | "been" | "quite" | "very" | "not"
        ),
    };
    if !subject_end {
        return false;
    }
    let mut j = cs;
    while j > s0 && cs - j < 5 {
        j -= 1;
        let t = &*v.lower[j];
        if matches!(t, "," | "—" | "–") {
            return j > s0 && j + 1 < cs && v.in_speech[j].is_none();
        }
        if punct(j)
            || v.in_speech[j].is_some()
            || matches!(
                t,
                "that" | "which" | "who" | "and" | "but" | "or" | "if" | "as"
            )
        {
            return false;
        }
    }
    false
}

/// Words that open a described, unnamed speaker after an inverted cue
/// (`"…," said a longtime party official`, `said several observers`).
pub(crate) const QUANTIFIERS: &[&str] = &[
    "a", "an", "one", "two", "three", "several", "many", "some", "another", "other", "both",
];

/// The verb a participle cue hangs on in the parse ("…, saying …" as an
/// `advcl`/`xcomp`/`conj` of an earlier verb in the sentence), when the cue is
/// a gerund.
pub(crate) fn participle_head(v: &View<'_>, cue: usize, s0: usize) -> Option<usize> {
    let deps = v.doc.deps.as_ref()?;
    if deps.len() != v.lower.len() || !v.lower[cue].ends_with("ing") {
        return None;
    }
    let h = deps[cue].head? as usize;
    (h < cue && h >= s0 && matches!(deps[cue].rel.as_str(), "advcl" | "xcomp" | "conj"))
        .then_some(h)
}

/// A headline source with lowercase words after a capitalized first word and
/// no verb: "Clinton camp: …", "Former AG Mukasey at RNC: …". Needs tags.
pub(crate) fn described_headline_source(v: &View<'_>, s0: usize, c: usize) -> bool {
    let Some(u) = &v.upos else {
        return false;
    };
    let cap = |j: usize| {
        v.doc.tokens()[j]
            .span
            .text(&v.doc.text)
            .starts_with(char::is_uppercase)
    };
    c > s0 + 1
        && cap(s0)
        && (s0..c).all(|j| {
            !matches!(
                u[j],
                "VERB" | "AUX" | "PRON" | "PUNCT" | "NUM" | "SCONJ" | "CCONJ"
            ) && v.in_speech[j].is_none()
        })
        && (s0..c).filter(|&j| cap(j)).count() * 2 > c - s0
}

/// The parse gives token `k` a subject to its left: a verb, whatever its
/// tag ("a 2010 video shows …", "Senators blast the plan").
pub(crate) fn has_left_subject(v: &View<'_>, k: usize, s0: usize) -> bool {
    let Some(deps) = v.doc.deps.as_ref() else {
        return false;
    };
    deps.len() == v.lower.len()
        && (s0..k).any(|j| deps[j].head == Some(k as u32) && deps[j].rel.starts_with("nsubj"))
}

/// "recalled its ambassador", "recalled the troops": the object after
/// `recall` (within three words) is someone sent back, not a memory.
pub(crate) fn recalled_envoy(v: &View<'_>, ce: usize, s1: usize) -> bool {
    (ce..s1.min(ce + 4)).any(|j| {
        matches!(
            &*v.lower[j],
            "ambassador"
                | "ambassadors"
                | "envoy"
                | "envoys"
                | "diplomat"
                | "diplomats"
                | "troops"
                | "forces"
                | "staff"
                | "personnel"
                | "vehicles"
                | "products"
        )
    })
}

/// `thanks to` as a preposition ("It is thanks to the fund that …", "grew
/// thanks to a win"): the form `thanks` right before `to`, or after a form
/// of `be`. The verb takes its addressee first ("thanks the staff").
pub(crate) fn thanks_to(v: &View<'_>, cs: usize, ce: usize, (s0, s1): (usize, usize)) -> bool {
    &*v.lower[cs] == "thanks"
        && ((ce < s1 && &*v.lower[ce] == "to")
            || (cs > s0
                && matches!(
                    &*v.lower[cs - 1],
                    "is" | "was" | "are" | "were" | "be" | "been" | "'s" | "’s"
                )))
}

/// "It was noted that …", "it has been reported that …", "it is said that
/// …": an expletive `it`, forms of `be` (after `has`/`had`/`have`), the
/// participle at `cs` and `that`. Returns where the cue starts (the first
/// auxiliary). Not after a modal: "It should be noted that …" is the
/// writer's (or the speaker's own) aside.
pub(crate) fn expletive_passive(
    v: &View<'_>,
    cs: usize,
    ce: usize,
    (s0, s1): (usize, usize),
) -> Option<usize> {
    let participle = v.lower[cs].ends_with("ed") || matches!(&*v.lower[cs], "said" | "thought");
    if !participle || ce >= s1 || &*v.lower[ce] != "that" || cs < s0 + 2 {
        return None;
    }
    let mut a = cs - 1;
    match &*v.lower[a] {
        "was" | "is" => {}
        "been" if a > s0 && matches!(&*v.lower[a - 1], "has" | "had" | "have") => a -= 1,
        _ => return None,
    }
    (a > s0 && &*v.lower[a - 1] == "it").then_some(a)
}

/// "Data show that …", "Polls suggest that …": an evidence noun right before
/// `show/find/suggest/indicate/reveal` and `that` right after it; the verb
/// whatever the tagger calls it (it reads "Data show" as a compound noun).
pub(crate) fn evidence_then_that(v: &View<'_>, k: usize, s0: usize, s1: usize) -> bool {
    k > s0
        && k + 1 < s1
        && &*v.lower[k + 1] == "that"
        && matches!(
            &*v.lower[k],
            "show"
                | "shows"
                | "find"
                | "finds"
                | "suggest"
                | "suggests"
                | "indicate"
                | "indicates"
                | "reveal"
                | "reveals"
        )
        && EVIDENCE_SUBJECTS.contains(&&*v.lower[k - 1])
}

/// Words that count a quantity (`four in 10`, `half`, `49 percent`, `everyone`).
fn quantity_word(v: &View<'_>, k: usize) -> bool {
    let t = &*v.lower[k];
    t.chars().next().is_some_and(|c| c.is_ascii_digit())
        || v.upos.as_ref().is_some_and(|u| u[k] == "NUM")
        || matches!(
            t,
            "half"
                | "all"
                | "everyone"
                | "everybody"
                | "one-third"
                | "two-thirds"
                | "one-quarter"
                | "three-quarters"
                | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
        )
}

/// A speaker that opens with a quantity keeps the approximator in front of it
/// (`About four in 10 voters said`, `more than half of them said`, `only 32 percent
/// said`, `almost everyone said`): PolNeAR's source takes it, the noun-phrase
/// rules stopped at the adverb. Returns the new start of the source.
pub(crate) fn approximate_quantity(v: &View<'_>, a: usize, s0: usize) -> Option<usize> {
    if a == s0 || !quantity_word(v, a) {
        return None;
    }
    let p = &*v.lower[a - 1];
    if matches!(
        p,
        "about"
            | "almost"
            | "nearly"
            | "roughly"
            | "only"
            | "just"
            | "around"
            | "approximately"
            | "some"
    ) {
        return Some(a - 1);
    }
    if a >= s0 + 2 && matches!(p, "than") && matches!(&*v.lower[a - 2], "more" | "fewer" | "less") {
        return Some(a - 2);
    }
    if a >= s0 + 2 && matches!((&*v.lower[a - 2], p), ("at", "least") | ("at", "most")) {
        return Some(a - 2);
    }
    None
}

/// A fraction word that can head a speaker (`half said`, `a third of them said`);
/// the tagger often takes `half` for a verb and `third` for an adverb.
pub(crate) fn is_fraction(t: &str) -> bool {
    matches!(
        t,
        "half" | "third" | "thirds" | "quarter" | "quarters" | "two-thirds" | "one-third"
    )
}

/// A speaker whose relative clause or participle phrase is another
/// attribution already (`Mr. Ruiz, who predicted that …, said …`, `Ms. Lee,
/// citing the report, said …`): the speaker stops at the comma before it
/// (PolNeAR leaves such a clause out of the second attribution's source).
/// Returns `src` unchanged when no comma inside it comes before the first
/// covered token.
pub(crate) fn source_before_covered(
    v: &View<'_>,
    src: (usize, usize),
    covered: &[bool],
) -> (usize, usize) {
    let Some(f) = (src.0..src.1).find(|&x| covered[x]) else {
        return src;
    };
    match (src.0 + 1..f).rev().find(|&j| &*v.lower[j] == ",") {
        Some(c) => (src.0, c),
        None => src,
    }
}

/// "wants voters to know …", "expects the talks to fail": an object, then
/// `to` and a verb the parse makes the cue's `xcomp` (at most five words
/// between the cue and `to`, no punctuation or quotation). Needs a parse.
pub(crate) fn object_then_to(v: &View<'_>, cue: usize, j: usize, s1: usize) -> bool {
    let Some(deps) = v.doc.deps.as_ref() else {
        return false;
    };
    if deps.len() != v.lower.len() {
        return false;
    }
    let Some(x) = (j + 1..s1.min(j + 6)).find(|&x| &*v.lower[x] == "to") else {
        return false;
    };
    (j..x).all(|y| v.in_speech[y].is_none() && v.lower[y].chars().any(char::is_alphanumeric))
        && deps[x].head.is_some_and(|h| {
            deps[h as usize].head == Some(cue as u32) && deps[h as usize].rel == "xcomp"
        })
}

/// "asked by a reporter whether …", "Asked by the host to explain …": `by`
/// at `q`, then a short agent (at most six words, no punctuation) up to a
/// question word or `to`. Returns the agent's range and the question word.
pub(crate) fn asked_by(v: &View<'_>, q: usize, s1: usize) -> Option<(Range, usize)> {
    if q + 2 >= s1 || &*v.lower[q] != "by" {
        return None;
    }
    let w = (q + 2..s1.min(q + 8))
        .take_while(|&j| v.in_speech[j].is_none() && v.lower[j].chars().any(char::is_alphanumeric))
        .find(|&j| {
            matches!(
                &*v.lower[j],
                "whether" | "if" | "how" | "what" | "who" | "why" | "where" | "about" | "to"
            )
        })?;
    (w > q + 1).then_some(((q + 1, w), w))
}

/// Words that open a fronted participle clause: "After saying …", "While
/// denouncing …", "Instead of calling …", "In describing …".
const FRONTING: &[&str] = &[
    "after", "while", "in", "besides", "before", "since", "by", "despite", "upon", "on", "without",
    "when", "of",
];

/// A participle cue in a clause that opens the sentence ("After saying he
/// was nervous, the man …", "But while denouncing X, she …"): at most three
/// words before it, the last one a word of [`FRONTING`]; the parse hangs the
/// participle on a verb after it, past a comma. Returns that verb.
pub(crate) fn fronted_participle_head(v: &View<'_>, cue: usize, s0: usize) -> Option<usize> {
    let deps = v.doc.deps.as_ref()?;
    if deps.len() != v.lower.len()
        || !v.lower[cue].ends_with("ing")
        || cue == s0
        || cue > s0 + 3
        || !FRONTING.contains(&&*v.lower[cue - 1])
    {
        return None;
    }
    let h = deps[cue].head? as usize;
    (h > cue
        && matches!(deps[cue].rel.as_str(), "advcl" | "acl" | "obl")
        && (cue + 1..h).any(|j| &*v.lower[j] == "," && v.in_speech[j].is_none()))
    .then_some(h)
}

/// Words that open sentences and are capitalized only for that reason, never
/// a speaker right before the cue ("Also said …", "Then wrote …").
const SENTENCE_OPENERS: &[&str] = &[
    "also",
    "then",
    "later",
    "earlier",
    "still",
    "now",
    "never",
    "always",
    "often",
    "again",
    "once",
    "yet",
    "so",
    "thus",
    "instead",
    "meanwhile",
    "however",
    "previously",
    "recently",
    "finally",
    "first",
    "further",
    "moreover",
    "simply",
    "just",
    "only",
    "even",
    "indeed",
    "here",
    "there",
    "when",
    "while",
    "if",
    "as",
    "because",
    "since",
    "although",
    "though",
    "after",
    "before",
    "until",
    "unless",
    "whether",
    "to",
    "not",
    "who",
    "what",
    "how",
    "why",
    "where",
    "which",
    "that",
    "this",
    "and",
    "but",
    "or",
    "nor",
    "for",
    "of",
    "in",
    "on",
    "at",
    "by",
    "with",
    "about",
    "from",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "be",
];

/// A name the tagger took for a function word right before the cue ("Jolly
/// said", "…," From said", "Sweet noted"): capitalized with lowercase letters
/// after the first, not a word that opens sentences, and written capitalized
/// elsewhere in the article right after a word of the same sentence (`Rep.
/// David Jolly`, `Al From`), so the article uses it as a name.
pub(crate) fn name_with_word_tag(v: &View<'_>, k: usize) -> bool {
    let t = v.doc.token_text(k);
    let mut cs = t.chars();
    let name_shape = cs.next().is_some_and(char::is_uppercase)
        && t.chars().count() > 2
        && cs.all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '’');
    if !name_shape || SENTENCE_OPENERS.contains(&&*v.lower[k]) {
        return false;
    }
    (1..v.lower.len()).any(|j| {
        j != k
            && v.doc.token_text(j) == t
            && v.sent_of[j - 1] == v.sent_of[j]
            && v.in_speech[j].is_none()
            && v.lower[j - 1].chars().any(char::is_alphanumeric)
    })
}

/// "Ms. Lee, citing the report, said …", "Judge Ruiz, writing for the
/// majority, said …": a participle set off right after its speaker. The
/// speaker is the main verb's too (PolNeAR gives both attributions the same
/// source), so the participle leaves it free.
pub(crate) fn participle_after_speaker(
    v: &View<'_>,
    cue: (usize, usize),
    src: Option<(usize, usize)>,
) -> bool {
    let Some((_, b)) = src else {
        return false;
    };
    cue.0 >= 1
        && b + 1 == cue.0
        && &*v.lower[b] == ","
        && v.lower[cue.0].ends_with("ing")
        && v.in_speech[cue.0].is_none()
}

/// A copula opening a stance adjective (`is critical of`, `were adamant`,
/// `am not sure`): `k` is a form of `be` the parse makes the `cop` of an
/// adjective at most three tokens on (adverbs and `not` between). Returns the
/// cue's end: after the adjective, or after the preposition right after it
/// (`of/about/for/on/with/over/against`, where PolNeAR's cue ends). Needs tags
/// and a parse; the opt-in cue model decides whether it is a cue.
pub(crate) fn copula_adjective(v: &View<'_>, k: usize) -> Option<(usize, usize)> {
    let (deps, upos) = (v.doc.deps.as_ref()?, v.upos.as_ref()?);
    let n = v.lower.len();
    if deps.len() != n || upos[k] != "AUX" || deps[k].rel != "cop" {
        return None;
    }
    let h = deps[k].head? as usize;
    if h <= k || h > k + 3 || upos[h] != "ADJ" || v.in_speech[h].is_some() {
        return None;
    }
    if !(k + 1..h).all(|j| matches!(upos[j], "ADV" | "PART")) {
        return None;
    }
    let prep = h + 1 < n
        && matches!(
            &*v.lower[h + 1],
            "of" | "about" | "for" | "on" | "with" | "over" | "against"
        );
    Some((h, if prep { h + 2 } else { h + 1 }))
}

/// A wire dateline opening the paragraph of token `k` (`WASHINGTON —`,
/// `ORLANDO, Fla. (Reuters) -`, `Washington (AFP) –`, `Dec 29 (Reuters) -`):
/// the index of the first token after its dash. The dash must come within
/// twelve tokens of the paragraph start, right after a closing parenthesis or
/// an all-capital word, with no lowercase word (other than an abbreviation
/// with a full stop) before it. PolNeAR never puts the dateline in a source.
pub(crate) fn dateline_end(v: &View<'_>, k: usize) -> Option<usize> {
    let mut p0 = k;
    while p0 > 0 && v.para_of[p0 - 1] == v.para_of[k] {
        p0 -= 1;
    }
    let n = v.lower.len();
    for j in p0..(p0 + 12).min(n) {
        if v.para_of[j] != v.para_of[k] {
            return None;
        }
        let raw = v.doc.token_text(j);
        if matches!(raw, "-" | "–" | "—" | "―" | "--") {
            if j == p0 {
                return None;
            }
            let prev = v.doc.token_text(j - 1);
            let caps = prev.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !prev.chars().any(char::is_lowercase);
            return (prev == ")" || caps).then_some(j + 1);
        }
        // a lowercase word: no dateline (`Mon.`-style abbreviations pass)
        if raw.chars().next().is_some_and(char::is_lowercase)
            && !(j + 1 < n && v.doc.token_text(j + 1) == ".")
            && !raw.ends_with('.')
        {
            return None;
        }
    }
    None
}

/// A source that starts inside the paragraph's dateline starts after it
/// (`WASHINGTON (Reuters) - U.S. Senator X said` → `U.S. Senator X`); a source
/// wholly inside the dateline is `None` (the caller falls back to the parse).
pub(crate) fn source_after_dateline(v: &View<'_>, src: (usize, usize)) -> Option<(usize, usize)> {
    match dateline_end(v, src.0) {
        Some(d) if d > src.0 => (d < src.1).then_some((d, src.1)),
        _ => Some(src),
    }
}

/// The words `a..b` opening a sentence are an adverbial, not its subject: a
/// participle (`Speaking on ABC`, `Asked on Monday`), an adverb (`Shortly
/// after …`, `Well`) or a time phrase (`A few minutes later`, `Eight years ago`).
pub(crate) fn adverbial_opening(v: &View<'_>, a: usize, b: usize) -> bool {
    if b <= a {
        return false;
    }
    let t = &*v.lower[a];
    let tagged = |k: usize, tags: &[&str]| v.xpos.as_ref().is_some_and(|x| tags.contains(&x[k]));
    // (not a name the tagger reads as a verb or adverb: `Husted`, `Schlafly`)
    if name_with_word_tag(v, a) {
        return false;
    }
    let participle = (t.ends_with("ing") || t.ends_with("ed")) && tagged(a, &["VBG", "VBN"]);
    let adverb = tagged(a, &["RB"]) && t.ends_with("ly") || t == "well";
    // (`Minutes later`: the phrase stops before the boundary word `later`)
    let time = matches!(&*v.lower[b - 1], "later" | "ago" | "earlier")
        || (b < v.lower.len() && matches!(&*v.lower[b], "later" | "ago" | "earlier"));
    participle || adverb || time || t == "asked"
}

/// `Mike Shields, president of the fund, a group allied with X, said`,
/// `Lance Beebe, 49, a Navy veteran, said`: the appositive speaker found
/// before the cue's comma (`a`) is itself one of several comma-separated
/// pieces; the speaker starts at the first piece when that one opens the
/// sentence (or follows a quotation) with a capital. At most four pieces.
pub(crate) fn apposition_chain_start(
    v: &View<'_>,
    a: usize,
    s0: usize,
    np_left: fn(&View<'_>, usize, usize) -> Option<(usize, usize)>,
) -> usize {
    let clean = |p: usize| {
        p == s0
            || crate::marks::is_mark(&v.lower[p - 1])
            || (&*v.lower[p - 1] == "," && p >= 2 && v.close_at[p - 2].is_some())
    };
    if clean(a) {
        return a;
    }
    let mut x = a;
    for _ in 0..4 {
        if x < s0 + 2 || &*v.lower[x - 1] != "," {
            return a;
        }
        let Some(p) = np_left(v, x - 2, s0) else {
            return a;
        };
        if p.1 != x - 1 {
            return a;
        }
        if clean(p.0) {
            return if v
                .doc
                .token_text(p.0)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            {
                p.0
            } else {
                a
            };
        }
        x = p.0;
    }
    a
}

/// The verb the parse hangs token `k` on, at most two steps up (`made` in
/// `made no mention`, where the parse may hang `mention` on `no`).
pub(crate) fn head_verb(v: &View<'_>, k: usize) -> Option<usize> {
    let deps = v.doc.deps.as_ref()?;
    let u = v.upos.as_ref()?;
    let mut h = deps.get(k)?.head? as usize;
    for _ in 0..2 {
        if matches!(u[h], "VERB" | "AUX") {
            return Some(h);
        }
        h = deps.get(h)?.head? as usize;
    }
    matches!(u[h], "VERB" | "AUX").then_some(h)
}

/// The cue closes its sentence, after an optional adverb or time phrase
/// (`…, the Ledger reported on Friday.`, `…, officials say.`).
pub(crate) fn ends_sentence(v: &View<'_>, ce: usize, s1: usize) -> bool {
    let e = after_time_phrase(v, ce, s1);
    e >= s1 || matches!(&*v.lower[e], "." | "!" | "?")
}

/// The token after an optional time phrase of up to three words following the
/// cue at `ce` ("on Friday", "last week", "earlier this morning"), within the
/// sentence ending at `s1`.
fn after_time_phrase(v: &View<'_>, ce: usize, s1: usize) -> usize {
    let mut e = ce;
    while e < s1
        && e < ce + 3
        && (matches!(
            &*v.lower[e],
            "last"
                | "this"
                | "on"
                | "earlier"
                | "later"
                | "week"
                | "month"
                | "year"
                | "yesterday"
                | "today"
                | "tonight"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
        ) || chronicle_doc::words::is_weekday(&v.lower[e]))
    {
        e += 1;
    }
    e
}

/// A sentence-final parenthetical speaker longer than the noun phrase the
/// left walk finds (it stops at a preposition): `…, people close to the
/// mayor say.`, `…, two aides to the governor said.`. The speaker runs back to
/// the comma when the words between are one noun phrase (no verb, auxiliary,
/// punctuation, relative pronoun or conjunction, at most nine words) that
/// opens with a determiner, number, adjective or noun. Needs tags.
pub(crate) fn final_speaker_to_comma(
    v: &View<'_>,
    src: (usize, usize),
    ce: usize,
    (s0, s1): (usize, usize),
) -> Option<(usize, usize)> {
    let u = v.upos.as_ref()?;
    if src.0 <= s0 + 1 || !ends_sentence(v, ce, s1) {
        return None;
    }
    // the walk stopped at a preposition ("close to", "familiar with", "of")
    if !matches!(
        &*v.lower[src.0 - 1],
        "to" | "with" | "of" | "for" | "at" | "from" | "in" | "on"
    ) {
        return None;
    }
    let c = (src.0.saturating_sub(8).max(s0)..src.0)
        .rev()
        .find(|&j| v.lower[j] == ",")?;
    if c <= s0 || src.1 - (c + 1) > 9 {
        return None;
    }
    let ok = (c + 1..src.0).all(|j| {
        v.in_speech[j].is_none()
            && !matches!(u[j], "VERB" | "AUX" | "PUNCT" | "PRON" | "SCONJ" | "CCONJ")
            && !matches!(
                &*v.lower[j],
                "that" | "which" | "who" | "whom" | "and" | "or"
            )
    }) && matches!(u[c + 1], "DET" | "NUM" | "ADJ" | "NOUN" | "PROPN");
    ok.then_some((c + 1, src.1))
}

/// A verb form the tagger reads as a plural noun closing its sentence after
/// a comma and a short name: `…, the Daily Ledger reports.`, or after a
/// closing quotation mark and a name: `…,” Hill notes.` (the parse gives it
/// no subject). The word before is capitalized.
pub(crate) fn final_name_cue(v: &View<'_>, cs: usize, ce: usize, (s0, s1): (usize, usize)) -> bool {
    cs > s0 + 1
        && ends_sentence(v, ce, s1)
        && (v.capitalized(cs - 1) || owned_figures(v, cs, s0))
        && (parenthetical(v, cs, ce, s0, s1) || name_after_quote(v, cs, s0))
}

/// `…, Swiss National Bank data shows.`, `…, Census Bureau figures show.`:
/// figures right before the cue, and a name owning them right before those.
fn owned_figures(v: &View<'_>, cs: usize, s0: usize) -> bool {
    cs > s0 + 2
        && matches!(
            &*v.lower[cs - 1],
            "data" | "figures" | "statistics" | "numbers"
        )
        && v.capitalized(cs - 2)
}

/// `…,” Hill notes.`: one to four capitalized words between a closing
/// quotation mark and the cue.
fn name_after_quote(v: &View<'_>, cs: usize, s0: usize) -> bool {
    let mut j = cs;
    while j > s0 && cs - j < 4 && v.capitalized(j - 1) && v.in_speech[j - 1].is_none() {
        j -= 1;
    }
    j < cs && j > s0 && v.is_closing_mark(j - 1).is_some()
}

/// `report` that reports no speech: a byline place (`Lind reported from
/// Oslo.`) or a count of places or things as the subject with a noun
/// phrase object (`Eleven districts reported power outages`, `Some 40
/// villages reported flooding`; not a poll share: `41 percent reported …`,
/// `three in 10 voters`, nor a clause or quotation after it).
pub(crate) fn not_a_report(
    v: &View<'_>,
    source: Option<(usize, usize)>,
    content: &[(usize, usize)],
) -> bool {
    let [(a, b)] = content else {
        return false;
    };
    let (a, b) = (*a, *b);
    if v.lower[a] == "from" && b <= a + 6 {
        return true;
    }
    let Some((x, y)) = source else {
        return false;
    };
    let Some(u) = v.upos.as_ref() else {
        return false;
    };
    let mut n = x;
    if matches!(
        &*v.lower[n],
        "some" | "about" | "around" | "nearly" | "almost" | "over" | "roughly"
    ) {
        n += 1;
    }
    let counted = n + 1 < y
        && (u[n] == "NUM" || v.lower[n].chars().all(|c| c.is_ascii_digit() || c == ','))
        && (n + 1..y).all(|j| !matches!(&*v.lower[j], "in" | "of" | "percent" | "%"))
        && v.xpos.as_ref().is_some_and(|t| t[y - 1] == "NNS")
        && !matches!(
            &*v.lower[y - 1],
            "people"
                | "residents"
                | "voters"
                | "respondents"
                | "officials"
                | "witnesses"
                | "reporters"
                | "journalists"
                | "members"
                | "sources"
                | "experts"
                | "analysts"
                | "americans"
                | "adults"
        );
    counted
        && !matches!(&*v.lower[a], "that" | ":" | "whether" | "how")
        && (a..b).all(|j| !crate::marks::is_mark(&v.lower[j]))
}

/// `reports`/`reads` as a verb opening reported content: `The agency reports
/// that …`, `The press office reports: …` (after a name or a parse subject;
/// the -s form is left out of the lexicon, a noun more often: `cited reports
/// that`), and a text quoting itself: `The message reads: "…"`, `the
/// statement reads, "…"` (a document noun right before `reads`).
pub(crate) fn s_form_cue(v: &View<'_>, k: usize, s0: usize, s1: usize) -> bool {
    if k <= s0 || k + 1 >= s1 {
        return false;
    }
    let next = &*v.lower[k + 1];
    let opens = next == ":"
        || crate::marks::is_mark(next)
        || (next == "," && k + 2 < s1 && crate::marks::is_mark(&v.lower[k + 2]));
    match &*v.lower[k] {
        "reports" => {
            (next == "that" || opens)
                && (v.capitalized(k - 1) && k - 1 > s0 || has_left_subject(v, k, s0))
                && !matches!(
                    &*v.lower[k - 1],
                    "to" | "on" | "of" | "about" | "the" | "new" | "media" | "news" | "press"
                )
        }
        "reads" => {
            // (or closing a quotation that came first: `"…," the article
            // reads.`)
            let closes = k >= s0 + 3
                && matches!(next, "." | "!" | ";")
                // (not after a possessive, "his statement reads": the
                // quotation is then taken as its speaker's, named before)
                && matches!(&*v.lower[k - 2], "the" | "this")
                // (a message, letter or telegram quoted this way is its
                // sender's, named before: the quotation stays theirs)
                && matches!(
                    &*v.lower[k - 1],
                    "article"
                        | "statement"
                        | "report"
                        | "document"
                        | "paragraph"
                        | "release"
                        | "communique"
                        | "declaration"
                        | "resolution"
                        | "post"
                )
                && crate::marks::is_mark(&v.lower[k - 3])
                && k - 3 > s0;
            (opens || closes)
                && matches!(
                    &*v.lower[k - 1],
                    "message"
                        | "statement"
                        | "letter"
                        | "note"
                        | "sign"
                        | "post"
                        | "text"
                        | "headline"
                        | "caption"
                        | "banner"
                        | "document"
                        | "decree"
                        | "inscription"
                        | "tweet"
                        | "resolution"
                        | "appeal"
                        | "order"
                        | "placard"
                        | "poster"
                        | "telegram"
                        | "notice"
                        | "article"
                        | "report"
                        | "paragraph"
                        | "release"
                        | "communique"
                        | "declaration"
                        | "it"
                )
        }
        _ => false,
    }
}

/// A copula opening a stance adjective right before a that-clause: `his
/// supporters are optimistic that …`, `Cruz has been acutely aware that …`
/// (PolNeAR train: these adjectives before `that` are cues 24 of 37 times;
/// `confident/sure/certain that` only 4 of 19, left out). The end of the cue.
pub(crate) fn stance_that(v: &View<'_>, k: usize) -> Option<usize> {
    let (h, end) = copula_adjective(v, k)?;
    // not a passive of persuasion after a modal (`he can be convinced that`)
    (!matches!(&*v.lower[k], "be" | "being")
        && end == h + 1
        && end < v.lower.len()
        && v.lower[end] == "that"
        && matches!(
            &*v.lower[h],
            "aware"
                | "unaware"
                | "convinced"
                | "concerned"
                | "hopeful"
                | "optimistic"
                | "pessimistic"
                | "adamant"
                | "skeptical"
                | "sceptical"
                | "worried"
                | "fearful"
                | "insistent"
        ))
    .then_some(end)
}

/// A copula opening a stance adjective with its preposition: `she was
/// critical of the plan`, `voters are skeptical about it`, `he has been
/// supportive of her`; or `eager` before an infinitive (`they were eager to
/// help`, the cue ending at the adjective). PolNeAR train, the adjective and
/// preposition after a form of `be` (an adverb between allowed): `critical of`
/// 8 of 13 a gold cue, `eager to` 9/9, `skeptical of/about` 5/8, `supportive
/// of` 3/4, `wary of` 2/2, `hopeful about` 2/2, `unhappy with` 2/3,
/// `dismissive/appreciative of` 1/1 (`proud of` 4/11, `worried about` 4/11,
/// `concerned about` 2/8, `willing to` 4/45, `ready to` 3/27 left out). The
/// end of the cue.
pub(crate) fn stance_prep(v: &View<'_>, k: usize) -> Option<usize> {
    let (h, end) = copula_adjective(v, k)?;
    let adj = &*v.lower[h];
    let ok = if end == h + 2 {
        matches!(
            (adj, &*v.lower[h + 1]),
            (
                "critical"
                    | "supportive"
                    | "skeptical"
                    | "sceptical"
                    | "wary"
                    | "dismissive"
                    | "appreciative"
                    | "contemptuous"
                    | "scornful",
                "of"
            ) | ("skeptical" | "sceptical" | "hopeful", "about")
                | ("unhappy", "with")
        )
    } else {
        adj == "eager" && end < v.lower.len() && v.lower[end] == "to"
    };
    // not a passive of persuasion after a modal (`he can be critical of …`
    // is a possibility, not a stance held)
    (ok && !matches!(&*v.lower[k], "be" | "being")).then_some(end)
}

/// A short parenthetical between a clause cue and its clause: `said,
/// however, that …`, `believes, for example, that …`, `now says, in an
/// interview, that …`, `said, if elected, she would …`. Where the content
/// starts: after the second comma, or at a conditional (`if elected, she
/// would …`: the condition is part of what was said). `ce` is the comma right
/// after the cue. The words between have no finite verb, punctuation or
/// quotation mark; after the second comma comes `that` or a clause subject
/// followed by a finite verb or modal within five words. Needs tags.
pub(crate) fn paren_clause_start(v: &View<'_>, cue: usize, ce: usize, s1: usize) -> Option<usize> {
    let x = v.xpos.as_ref()?;
    if ce + 3 >= s1 || v.lower[ce] != "," {
        return None;
    }
    // not a cue inside a relative or adverbial clause (`the man you
    // mentioned, from X, it is …`, `Despite, as you have said, the
    // pandemic, you have found …`)
    if v.doc.deps.as_ref().is_some_and(|d| {
        d.len() == v.lower.len() && matches!(d[cue].rel.as_str(), "acl" | "acl:relcl" | "advcl")
    }) {
        return None;
    }
    let j = (ce + 2..s1.min(ce + 9)).find(|&j| v.lower[j] == ",")?;
    let clean = (ce + 1..j).all(|k| {
        v.in_speech[k].is_none()
            && v.lower[k].chars().any(char::is_alphanumeric)
            && !matches!(x[k], "VBD" | "VBZ" | "VBP" | "MD")
    });
    if !clean || j + 1 >= s1 {
        return None;
    }
    let n = &*v.lower[j + 1];
    let clause = n == "that"
        || (matches!(x[j + 1], "PRP" | "DT" | "NNP" | "NNPS" | "EX")
            && (j + 2..s1.min(j + 7)).any(|k| matches!(x[k], "VBD" | "VBZ" | "VBP" | "MD")));
    if !clause {
        return None;
    }
    Some(
        if matches!(&*v.lower[ce + 1], "if" | "when" | "unless" | "once") {
            ce + 1
        } else {
            j + 1
        },
    )
}

/// `…, with 50 percent saying she is honest`, `with three in 10 saying …`:
/// the noun phrase between `with` and a participle cue is its speaker (not
/// the sentence subject). One to six words, no punctuation or verb, opening
/// with a number, determiner or quantifier.
pub(crate) fn with_participle_subject(
    v: &View<'_>,
    cue: usize,
    s0: usize,
) -> Option<(usize, usize)> {
    let u = v.upos.as_ref()?;
    if !v.lower[cue].ends_with("ing") || cue <= s0 + 1 {
        return None;
    }
    let w = (cue.saturating_sub(9).max(s0)..cue - 1)
        .rev()
        .find(|&j| v.lower[j] == "with")?;
    let ok = (w + 1..cue).all(|j| {
        v.in_speech[j].is_none() && !matches!(u[j], "VERB" | "AUX" | "PUNCT" | "SCONJ" | "CCONJ")
    }) && (matches!(u[w + 1], "NUM" | "DET")
        // `with officials in the town of Ashford accusing …`: a plural noun
        // or a name after `with` opens the speaker too
        || v.xpos.as_ref().is_some_and(|x| matches!(x[w + 1], "NNS" | "NNP" | "NNPS"))
        || matches!(
            &*v.lower[w + 1],
            "most"
                | "many"
                | "some"
                | "few"
                | "half"
                | "nearly"
                | "about"
                | "almost"
                | "more"
                | "only"
        ));
    ok.then_some((w + 1, cue))
}

/// A possessor's view noun, a copula and a that-clause: `Rubio's response
/// was that …`, `Their fear is that …`, `His message long has been that …`.
/// The end of the cue (the noun and the copula; the `that` opens the content).
pub(crate) fn view_is_that(v: &View<'_>, k: usize) -> Option<usize> {
    let n = v.lower.len();
    if k == 0 || k + 2 >= n || v.in_speech[k].is_some() {
        return None;
    }
    if !matches!(
        &*v.lower[k],
        "answer"
            | "response"
            | "reply"
            | "point"
            | "contention"
            | "message"
            | "fear"
            | "impression"
            | "view"
            | "argument"
            | "position"
            | "concern"
            | "hope"
            | "belief"
            | "claim"
            | "assessment"
            | "conclusion"
            | "worry"
            | "complaint"
            | "suggestion"
            | "explanation"
            | "feeling"
            | "sense"
            | "theory"
            | "stance"
            | "pitch"
            | "promise"
            | "warning"
            | "thinking"
            | "assumption"
    ) {
        return None;
    }
    let p = &*v.lower[k - 1];
    let possessed = matches!(
        p,
        "'s" | "’s" | "his" | "her" | "their" | "my" | "our" | "its" | "your"
    );
    if !possessed {
        return None;
    }
    let mut j = k + 1;
    while j < n && j < k + 3 && v.upos.as_ref().is_some_and(|u| u[j] == "ADV") {
        j += 1;
    }
    if j + 1 < n && matches!(&*v.lower[j], "has" | "have" | "had") && v.lower[j + 1] == "been" {
        j += 2;
    } else if j < n && matches!(&*v.lower[j], "is" | "was" | "remains" | "remained") {
        j += 1;
    } else {
        return None;
    }
    (j < n && v.lower[j] == "that").then_some(j)
}

/// The parse subject `d` of a cue when it ends where the word walk's speaker
/// `src` ends and starts further left: the walk stops at words the tagger
/// reads as verbs or adverbs (`Both sides`, `the most optimistic voters`,
/// `People briefed on the talks`), the parse keeps the whole noun phrase.
/// Leading conjunctions, prepositions and adverbs (`after the court`, `even
/// some allies`) are dropped; an extension with a comma, a dash, a relative
/// word, an auxiliary or a finite verb is not taken (`Last month, a group`,
/// `which it`, `is Trump World`).
pub(crate) fn subject_further_left(
    v: &View<'_>,
    src: (usize, usize),
    d: (usize, usize),
    covered: &[bool],
) -> Option<(usize, usize)> {
    let (u, x) = (v.upos.as_ref()?, v.xpos.as_ref()?);
    if d.1 != src.1 || d.0 >= src.0 {
        return None;
    }
    let mut a = d.0;
    while a < src.0
        && (matches!(u[a], "SCONJ" | "CCONJ" | "ADP" | "ADV" | "PART")
            || matches!(&*v.lower[a], "even" | "just" | "yet" | "virtually"))
        && !matches!(&*v.lower[a], "both" | "most")
        // `as many as 40 percent of voters`
        && !(v.lower[a] == "as" && a + 1 < src.0 && matches!(&*v.lower[a + 1], "many" | "much" | "few"))
    {
        a += 1;
    }
    if a >= src.0 {
        return None;
    }
    // `people who have battled online threats say`, `those who back her
    // opponents say`: a restrictive relative clause (no comma) on a noun or
    // pronoun of the parse subject belongs to it
    let rel = (a + 1..src.0).find(|&j| matches!(&*v.lower[j], "who" | "that"));
    let rel = rel.filter(|&r| {
        matches!(u[r - 1], "NOUN" | "PRON" | "PROPN")
            // a subject relative (`who were turned away`), not `that` opening a
            // clause with its own subject (`the notion that Democrats …`,
            // `the price controls that Clinton …`)
            && r + 1 < src.0
            && matches!(u[r + 1], "VERB" | "AUX" | "ADV" | "PART")
            && (a..src.0).all(|j| !matches!(&*v.lower[j], "," | ";" | ":" | "—" | "–" | "--"))
            && (r + 1..src.0).all(|j| !matches!(&*v.lower[j], "who" | "that" | "which"))
    });
    // (PolNeAR leaves out `who spoke on condition of anonymity`, `who spoke
    // with X`: the speaker is the noun phrase before it)
    let spoke = rel.is_some_and(|r| {
        (r + 1..src.1).any(|j| matches!(&*v.lower[j], "spoke" | "anonymously" | "anonymity"))
    });
    let ok = (a..src.0).all(|j| {
        if rel.is_some_and(|r| j >= r) {
            return v.in_speech[j].is_none() && !covered[j] && !crate::marks::is_mark(&v.lower[j]);
        }
        let w = &*v.lower[j];
        v.in_speech[j].is_none()
            && !covered[j]
            && !crate::marks::is_mark(w)
            && !matches!(
                w,
                "," | ";"
                    | ":"
                    | "—"
                    | "–"
                    | "--"
                    | "who"
                    | "which"
                    | "that"
                    | "what"
                    | "whom"
                    | "whose"
            )
            && !matches!(u[j], "AUX" | "SCONJ")
            && !matches!(x[j], "VBD" | "VBZ" | "VBP" | "MD")
    });
    match rel {
        Some(r) if ok && spoke => Some((a, r)),
        _ => ok.then_some((a, src.1)),
    }
}

/// `the kind of judge many Republicans fear`, `the place Pentagon officials
/// say …`: a cue the parse puts in a relative clause without a relative word
/// on a noun inside the word walk's speaker `src` speaks through the parse
/// subject `d` after that noun, not through the noun phrase the clause
/// modifies.
pub(crate) fn subject_after_relative_head(
    v: &View<'_>,
    cue: usize,
    src: (usize, usize),
    d: (usize, usize),
) -> Option<(usize, usize)> {
    let deps = v.doc.deps.as_ref()?;
    let dep = deps.get(cue)?;
    let h = dep.head? as usize;
    // (the subject opens with a determiner or is a pronoun: a name after a
    // title noun, `spokesman Dave Murray said`, is the tagger's misreading)
    let opens = v
        .upos
        .as_ref()
        .is_some_and(|u| matches!(u[d.0], "DET" | "PRON"))
        || matches!(
            &*v.lower[d.0],
            "many" | "some" | "most" | "few" | "all" | "both"
        );
    (opens
        && dep.rel.starts_with("acl:relcl")
        && d.1 == src.1
        && h >= src.0
        && h < d.0
        && d.0 > src.0)
        .then_some(d)
}

/// `expressed sympathy for X`, `voiced concern that …`, `expressed confidence
/// in X`: the feeling noun right after an `express` cue and the preposition or
/// `that` after it belong to the cue as PolNeAR marks it (train: 22 of 30 bare
/// nouns after `express…` are in the gold cue); the content starts after the
/// preposition (at the `that`). The noun alone (`expressed regret.`) is left
/// to the rules: PolNeAR's content there is elsewhere.
pub(crate) fn expressed_noun(
    v: &View<'_>,
    cue: &mut (usize, usize),
    content: &mut [(usize, usize)],
) {
    let Some(u) = v.upos.as_ref() else { return };
    // (the cue may open with auxiliaries and adverbs: `has publicly expressed`)
    let Some(e) = (cue.0..cue.1)
        .rev()
        .find(|&j| v.lower[j].starts_with("express"))
    else {
        return;
    };
    if cue.1 >= v.lower.len() || cue.1 > e + 2 {
        return;
    }
    let Some(first) = content.first_mut() else {
        return;
    };
    let last = cue.1 - 1;
    // the noun: already in the cue (`expressed concern`) or right after it,
    // with at most one adjective before it (`similar doubts`)
    let noun_end = if last > e && u[last] == "NOUN" {
        cue.1
    } else {
        let mut j = cue.1;
        if j < v.lower.len() && u[j] == "ADJ" {
            j += 1;
        }
        if j >= v.lower.len() || u[j] != "NOUN" || v.in_speech[j].is_some() {
            return;
        }
        j + 1
    };
    if first.0 > noun_end || first.1 <= noun_end + 1 {
        return;
    }
    let w = &*v.lower[noun_end];
    if matches!(w, "about" | "for" | "at" | "over" | "with" | "on" | "of") {
        *cue = (cue.0, noun_end + 1);
        first.0 = noun_end + 1;
    } else if w == "that" {
        *cue = (cue.0, noun_end);
        first.0 = noun_end;
    }
}

/// A lowercase `-ly` adverb (`quickly accused`, `widely condemned`, `has
/// strongly denied`): PolNeAR's cue takes the adverbs right before the verb
/// (train: 355 cues open with an `-ly` word, about 25 such adverbs are left
/// out), like the auxiliaries.
pub(crate) fn manner_adverb(v: &View<'_>, k: usize) -> bool {
    let w = &*v.lower[k];
    w.len() > 4
        && w.ends_with("ly")
        // (not the second of a repeated adverb set off by a comma: `really, really wants`)
        && !(k >= 2 && &*v.lower[k - 1] == "," && &*v.lower[k - 2] == w)
        && v.doc.token_text(k) == w
        && v.upos.as_ref().is_some_and(|u| u[k] == "ADV")
        && !matches!(w, "likely" | "early" | "only" | "family" | "rally" | "ally" | "reply")
}

/// `continued to insist …`, `went on to praise …`: after `continue` or `went on`
/// the infinitive belongs to the cue as PolNeAR marks it (train: `continue* to
/// VERB` is in the gold cue 13 of 13 times it is annotated, `on to VERB` 25 of
/// 27), and the content starts after the verb.
pub(crate) fn infinitive_chain(
    v: &View<'_>,
    cue: &mut (usize, usize),
    content: &mut [(usize, usize)],
) {
    let Some(first) = content.first_mut() else {
        return;
    };
    let last = cue.1 - 1;
    let w = &*v.lower[last];
    let chain = matches!(w, "continue" | "continues" | "continued" | "continuing")
        || (w == "on"
            && last > cue.0
            && matches!(
                &*v.lower[last - 1],
                "went" | "goes" | "go" | "going" | "gone"
            ));
    let a = cue.1;
    // the content right after the cue, or after `to VERB` (`continued to
    // insist that …`: the content opens at `that`)
    let after = first.0 == a + 2;
    if !chain || !(first.0 == a && a + 2 < first.1 || after) || &*v.lower[a] != "to" {
        return;
    }
    let verb = match v.xpos.as_ref() {
        Some(x) => x[a + 1] == "VB",
        None => v.lower[a + 1].chars().all(|c| c.is_ascii_lowercase()),
    };
    if verb && v.in_speech[a + 1].is_none() {
        cue.1 = a + 2;
        first.0 = a + 2;
    }
}

/// Adverbs that join the cue only next to an auxiliary or a subject
/// (`have long complained`, `has since said`, `has always maintained`,
/// `have both argued`, `They both condemned`): PolNeAR's cue takes them
/// (train: `has/have long VERB` 9 of 9 annotated, `since` 4 of 4, `always`
/// 3 of 3, `both` 3 of 4), but alone they are words of their own (`Both said`,
/// `since said` as a conjunction).
pub(crate) fn cue_adverb(v: &View<'_>, k: usize, s0: usize) -> bool {
    let w = &*v.lower[k];
    if matches!(w, "always" | "yet" | "ever" | "seldom" | "rarely") {
        return true;
    }
    if k <= s0 || !matches!(w, "long" | "since" | "both" | "all") {
        return false;
    }
    let p = &*v.lower[k - 1];
    let aux = matches!(
        p,
        "has"
            | "have"
            | "had"
            | "'ve"
            | "’ve"
            | "'d"
            | "’d"
            | "will"
            | "would"
            | "did"
            | "do"
            | "does"
    );
    match w {
        "long" | "since" => aux,
        // `They both said`, `have both argued` (not `both` opening the subject)
        _ => {
            aux || (crate::rules::PRONOUN_SUBJECTS.contains(&p)
                || v.upos
                    .as_ref()
                    .is_some_and(|u| matches!(u[k - 1], "NOUN" | "PROPN")))
        }
    }
}

/// `…," she said sarcastically.`, `he wrote recently that …`: a manner or time
/// adverb right after a verb cue, before punctuation or `that`, belongs to the
/// cue as PolNeAR marks it (train: 22 of 22 annotated such adverbs are in the
/// gold cue); the content starts after it.
pub(crate) fn trailing_adverb(
    v: &View<'_>,
    cue: &mut (usize, usize),
    content: &mut Vec<(usize, usize)>,
) {
    let a = cue.1;
    let n = v.lower.len();
    if a + 1 >= n || v.in_speech[a].is_some() || v.sent_of[a] != v.sent_of[cue.0] {
        return;
    }
    let w = &*v.lower[a];
    if !(manner_adverb(v, a) || matches!(w, "recently" | "repeatedly")) {
        return;
    }
    let next = &*v.lower[a + 1];
    if !(matches!(next, "." | "," | "that" | ":" | "!" | "?") || crate::marks::is_mark(next)) {
        return;
    }
    // (any content span: `which … adequately` has one before the cue too)
    if let Some(i) = content.iter().position(|c| c.0 <= a && a < c.1) {
        // (`said repeatedly, and I stress it, that …`: nor the comma after it)
        let start = if next == "," { a + 2 } else { a + 1 };
        if content[i].0 < a {
            return;
        }
        if content[i].1 <= start {
            // the adverb was all of this span: drop it when another span is left
            if content.len() == 1 {
                return;
            }
            content.remove(i);
        } else {
            content[i].0 = start;
        }
    }
    cue.1 = a + 1;
}

/// `those surveyed said …`, `a third of the farmers polled say …`: a
/// poll participle right before the cue closes the speaker, which the word
/// walk refused because it stops at a verb. The noun phrase before the
/// participle plus the participle is the speaker (PolNeAR train: 10 of 10
/// such `surveyed/polled` + `say/support` phrases are gold cues with that
/// source). Returns `None` unless the word before `b` gives a noun phrase.
pub(crate) fn poll_participle_subject(
    v: &View<'_>,
    b: usize,
    s0: usize,
    np_left: impl Fn(usize) -> Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    if b <= s0
        || !matches!(
            &*v.lower[b],
            "surveyed" | "polled" | "questioned" | "interviewed" | "sampled"
        )
        || v.in_speech[b].is_some()
    {
        return None;
    }
    let w = &*v.lower[b - 1];
    // `those surveyed`, `voters polled`, `of those questioned`: a pronoun or a
    // common noun right before the participle (not `were surveyed`, `has
    // polled`, nor a name as the subject of a relative clause: `the growers
    // that Radio Nord interviewed said`)
    let nominal = matches!(w, "those" | "people" | "respondents" | "adults")
        || v.upos.as_ref().is_some_and(|u| u[b - 1] == "NOUN");
    if !nominal {
        return None;
    }
    np_left(b - 1).map(|s| (s.0, b + 1))
}

/// `Older voters were slightly more likely to say …`: a poll comparison
/// before the cue joins it from the copula on (PolNeAR marks `are slightly more
/// likely to say` as the cue, train: 6 of 8 `be … more/less likely to` + a
/// lexicon verb are gold cues, `say` 4 of 4), so the subject before the copula is
/// the speaker. Returns the copula's index; `cs` is the cue's first token.
pub(crate) fn likely_to(v: &View<'_>, cs: usize, s0: usize) -> Option<usize> {
    if cs < s0 + 4 || &*v.lower[cs - 1] != "to" || &*v.lower[cs - 2] != "likely" {
        return None;
    }
    if !matches!(&*v.lower[cs - 3], "more" | "less") {
        return None;
    }
    let mut j = cs - 4;
    // one degree adverb: `slightly`, `generally`, `much`, `far`
    if j > s0 && v.upos.as_ref().is_some_and(|u| u[j] == "ADV") {
        j -= 1;
    }
    matches!(
        &*v.lower[j],
        "is" | "are" | "was" | "were" | "be" | "been" | "'re" | "’re"
    )
    .then_some(j)
}

/// `As Vulture put it, "…"`, `Or, as Tom Ridge, a former secretary, put it: …`,
/// `That's because, as he puts it, …`: `put it` / `puts it` (the cue at
/// `cs..ce`) reports speech only after an `as` that opens the clause (at the
/// sentence start or after a comma, a conjunction or a dash), with a speaker
/// between them, and before a comma or colon that hands over the content
/// (PolNeAR train: 11 of 13 such `as X put(s) it` are gold cues; `to put it
/// mildly`, `let me put it this way`, `promised to put it into play` are not).
pub(crate) fn as_put_it(v: &View<'_>, cs: usize, ce: usize, (s0, s1): (usize, usize)) -> bool {
    if ce + 1 >= s1 || !matches!(&*v.lower[ce], "," | ":") || cs < s0 + 2 {
        return false;
    }
    let lo = cs.saturating_sub(30).max(s0);
    let Some(a) = (lo..cs - 1).rev().find(|&j| &*v.lower[j] == "as") else {
        return false;
    };
    let p = if a > s0 { &*v.lower[a - 1] } else { "" };
    let opens = a == s0
        || matches!(p, "and" | "but" | "or" | "because" | "that")
        || !p.chars().any(char::is_alphanumeric);
    // (the speaker may hold a quoted title: `author of ''America's Unwritten Constitution,''`)
    opens && v.in_speech[a].is_none() && (cs..ce).all(|j| v.in_speech[j].is_none())
}

/// `continued to insist that …`, `continues to question whether …`: after
/// `continue`, `to` (at `j`) and a verb the lexicon holds as a cue, outside
/// quotation marks (PolNeAR train: 21 of 31 `continue* to <lexicon verb>` are gold
/// cues, 13 of 140 with any other verb: `continued to rise`, `continue to hold an
/// edge`). [`infinitive_chain`] then takes `to VERB` into the cue.
pub(crate) fn continue_to_cue(
    lex: &crate::lexicon::Lexicon,
    v: &View<'_>,
    j: usize,
    s1: usize,
) -> bool {
    j + 2 < s1
        && &*v.lower[j] == "to"
        && v.in_speech[j + 1].is_none()
        && lex.lookup(&v.lower[j + 1]).iter().any(|&e| {
            let e = &lex.entries[e as usize];
            e.kind == crate::lexicon::CueKind::Verb && e.lemma == *v.lower[j + 1]
        })
        && v.xpos.as_ref().is_none_or(|x| x[j + 1] == "VB")
}
