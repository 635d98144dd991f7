//! "This was stated by X": a sentence that names the speaker of the sentence
//! before it. Government sites open a story with the statement, then say who
//! made it ("The state will provide heating to everyone. This was stated by
//! President X in a video address."); no cue stands in the statement itself,
//! so the rules leave it to the outlet.
//!
//! The frame: `This` + `was` / `has been` + a cue verb of the lexicon (a verb
//! with a clause content) in its past participle + `by` + the speaker, a noun
//! phrase ending before a preposition of circumstance ("during a speech", "in
//! a video address", "at the forum"), a lower-case verb, a comma or the
//! sentence end; a title's complement goes on ("Adviser to the Head of the
//! Office …", "Deputy Prime Minister - Minister for Reintegration of the
//! Temporarily Occupied Territories …"). The
//! content is the previous sentence of the body, without its final stop, when
//! no other attribution holds any of it.

use crate::lexicon::{ContentSlot, CueKind, Lexicon};
use chronicle_doc::{Doc, Quote, Span};

/// The rule name the quotes carry.
pub const RULE: &str = "this_was_said_by";

/// Words that end the speaker phrase after `by` (lowercase).
const SPEAKER_END: &[&str] = &[
    "during",
    "in",
    "at",
    "on",
    "while",
    "when",
    "after",
    "before",
    "following",
    "via",
    "through",
    "within",
    "to",
    "for",
    "with",
    "from",
    "as",
    "who",
    "which",
    "and",
    "amid",
    "under",
    "over",
];

/// Adds the attributions of the frame to `quotes` (kept in sentence order).
pub(crate) fn add(lex: &Lexicon, doc: &Doc, quotes: &mut Vec<Quote>) {
    let (Some(sents), Some(tags)) = (doc.sentences.as_deref(), doc.tags.as_deref()) else {
        return;
    };
    let toks = doc.tokens();
    let body = doc.meta.body_span.unwrap_or(Span::new(0, doc.text.len()));
    let title = doc.meta.title_span;
    let lower = |i: usize| doc.token_text(i).to_lowercase();
    for si in 1..sents.len() {
        let (a, b) = (
            sents[si].tokens.start as usize,
            sents[si].tokens.end as usize,
        );
        // (compared without a lower-case copy: this runs on every sentence)
        let is = |i: usize, w: &str| doc.token_text(i).eq_ignore_ascii_case(w);
        if b - a < 5 || !is(a, "this") {
            continue;
        }
        // was / has been
        let v = if is(a + 1, "was") {
            a + 2
        } else if is(a + 1, "has") && is(a + 2, "been") {
            a + 3
        } else {
            continue;
        };
        if v + 2 >= b || tags[v].xpos != "VBN" || !is(v + 1, "by") {
            continue;
        }
        let is_cue = lex.lookup(&lower(v)).iter().any(|&e| {
            let e = &lex.entries[e as usize];
            e.kind == CueKind::Verb && e.content == ContentSlot::Clause
        });
        if !is_cue {
            continue;
        }
        // the speaker: from after `by` to a circumstance, a comma or the end
        let s0 = v + 2;
        let mut s1 = s0;
        // a title's own complement goes on: "Adviser to the Head of the Office",
        // "Minister for Reintegration", "Deputy Prime Minister - Minister for …"
        let capital = |i: usize| {
            i < b
                && doc
                    .token_text(i)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        };
        let title_goes_on = |i: usize| capital(i + 1) || (lower(i + 1) == "the" && capital(i + 2));
        while s1 < b {
            let w = lower(s1);
            let goes_on = match w.as_str() {
                "to" | "for" | "of" => title_goes_on(s1),
                "-" | "–" | "—" => capital(s1 + 1),
                _ => false,
            };
            let punct = tags[s1].upos == "PUNCT";
            if !goes_on
                && (punct
                    || SPEAKER_END.contains(&w.as_str())
                    || (tags[s1].upos == "VERB" && !capital(s1)))
            {
                break;
            }
            s1 += 1;
        }
        if s1 == s0 || !matches!(tags[s1 - 1].upos.as_str(), "PROPN" | "NOUN") {
            continue;
        }
        // the content: the sentence before, in the body, held by no other attribution
        let p = &sents[si - 1];
        if !body.contains(p.span) || title.is_some_and(|t| t.overlaps(p.span)) {
            continue;
        }
        let (pa, mut pb) = (p.tokens.start as usize, p.tokens.end as usize);
        while pb > pa + 1 && matches!(doc.token_text(pb - 1), "." | "!" | "…") {
            pb -= 1;
        }
        let content = Span::new(toks[pa].span.start as usize, toks[pb - 1].span.end as usize);
        let this = sents[si].span;
        let held = quotes.iter().any(|q| {
            q.content
                .iter()
                .any(|c| c.overlaps(content) || c.overlaps(this))
                || q.cue
                    .is_some_and(|c| c.overlaps(this) || c.overlaps(content))
        });
        if held {
            continue;
        }
        let mut q = Quote {
            kind: "indirect".to_string(),
            cue: Some(Span::new(
                toks[a + 1].span.start as usize,
                toks[v].span.end as usize,
            )),
            source: Some(Span::new(
                toks[s0].span.start as usize,
                toks[s1 - 1].span.end as usize,
            )),
            content: vec![content],
            speaker: None,
            speaker_code: None,
            speaker_name: None,
            sentence: (si - 1) as u32,
            rule: RULE.to_string(),
        };
        crate::rules::resolve_speaker(doc, &mut q);
        let at = quotes.partition_point(|x| x.sentence <= q.sentence);
        quotes.insert(at, q);
    }
}
