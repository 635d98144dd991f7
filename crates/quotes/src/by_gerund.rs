//! "X responded by saying …", "X began by asking …": a verb that frames a turn
//! (`respond`, `begin`, `conclude`, `follow up`, `open`, …) and the speech verb in
//! the `by`-gerund after it make one cue. PolNeAR keeps the verb group together
//! from the framing verb to the gerund ("responded Tuesday to one of the
//! messages by saying"), one attribution; the rules found either the framing
//! verb (its content then opened with "by saying …") or the gerund alone.
//!
//! Train counts (the chosen annotator, framing verb and a `by` + gerund in one
//! clause, the gerund inside a gold cue): 20 gold cues run from the framing verb over
//! the gerund, 6 stop at the gerund. A framing verb with a that-clause
//! ("concluded that she broke the rules by using …") is left alone, and so is a
//! gerund that is not a speech verb of the lexicon ("responded by blocking …").

use crate::lexicon::{CueKind, Lexicon};
use chronicle_doc::{Doc, Quote, Span};

/// Forms of the verbs that frame a turn (lowercase).
const FRAMING: &[&str] = &[
    "respond",
    "responds",
    "responded",
    "responding",
    "begin",
    "begins",
    "began",
    "beginning",
    "begun",
    "conclude",
    "concludes",
    "concluded",
    "concluding",
    "open",
    "opens",
    "opened",
    "start",
    "starts",
    "started",
    "end",
    "ends",
    "ended",
    "answer",
    "answers",
    "answered",
    "reply",
    "replies",
    "replied",
    "react",
    "reacts",
    "reacted",
    "followed",
    "follows",
];

/// How many words may stand between the framing verb and `by`.
const GAP: usize = 13;

/// Extends the cues of `quotes` over the framing verb and its `by`-gerund, and
/// drops the second of two attributions that then share the cue.
pub(crate) fn join(lex: &Lexicon, doc: &Doc, quotes: &mut Vec<Quote>) {
    let Some(sents) = doc.sentences.as_deref() else {
        return;
    };
    let toks = doc.tokens();
    let n = toks.len();
    let lower = |i: usize| doc.token_text(i).to_lowercase();
    let tag = |i: usize| {
        doc.tags
            .as_deref()
            .and_then(|t| t.get(i))
            .map(|t| t.upos.as_str())
    };
    let punct = |i: usize| match tag(i) {
        Some(u) => u == "PUNCT",
        None => !doc.token_text(i).chars().any(char::is_alphanumeric),
    };
    let adverb = |i: usize| match tag(i) {
        Some(u) => u == "ADV",
        None => {
            let w = lower(i);
            w.ends_with("ly") || w == "first"
        }
    };
    let speech_gerund = |i: usize| {
        let w = lower(i);
        w.ends_with("ing")
            && tag(i).is_none_or(|u| u == "VERB")
            && lex
                .lookup(&w)
                .iter()
                .any(|&e| lex.entries[e as usize].kind == CueKind::Verb)
    };
    let framing = |i: usize| FRAMING.contains(&lower(i).as_str());
    let sentence = |i: usize| {
        let k = sents.partition_point(|s| (s.tokens.end as usize) <= i);
        (k < sents.len()
            && (sents[k].tokens.start as usize..sents[k].tokens.end as usize).contains(&i))
        .then_some(k)
    };
    // token index by start and end byte
    // (tokens are in text order: a binary search, not a scan per quote)
    let starting = |b: u32| {
        let i = toks.partition_point(|t| t.span.start < b);
        (i < n && toks[i].span.start == b).then_some(i)
    };
    let ending = |b: u32| {
        let i = toks.partition_point(|t| t.span.end < b);
        (i < n && toks[i].span.end == b).then_some(i)
    };
    // the gerund of `by` (after an optional adverb) that a framing verb at `v` reaches
    let gerund_after = |v: usize| -> Option<usize> {
        let s = sentence(v)?;
        for j in v + 1..(v + 2 + GAP).min(n) {
            if sentence(j) != Some(s) || punct(j) || lower(j) == "that" {
                return None;
            }
            if lower(j) == "by" {
                let k = if j + 1 < n && adverb(j + 1) {
                    j + 2
                } else {
                    j + 1
                };
                return (k < n && sentence(k) == Some(s) && speech_gerund(k)).then_some(k);
            }
        }
        None
    };
    // the framing verb (with its auxiliaries and adverbs before it) of a gerund at `g`
    let framing_before = |g: usize| -> Option<usize> {
        let mut j = g.checked_sub(1)?;
        if adverb(j) {
            j = j.checked_sub(1)?;
        }
        if lower(j) != "by" {
            return None;
        }
        let s = sentence(g)?;
        for v in (j.saturating_sub(GAP + 1)..j).rev() {
            if sentence(v) != Some(s) || punct(v) || lower(v) == "that" {
                return None;
            }
            if framing(v) {
                let mut a = v;
                while a > 0
                    && sentence(a - 1) == Some(s)
                    && (matches!(tag(a - 1), Some("AUX" | "PART")) || adverb(a - 1))
                {
                    a -= 1;
                }
                return Some(a);
            }
        }
        None
    };
    let mut from_gerund = vec![false; quotes.len()];
    for (qi, q) in quotes.iter_mut().enumerate() {
        let Some(cue) = q.cue else { continue };
        let (Some(first), Some(last)) = (starting(cue.start), ending(cue.end)) else {
            continue;
        };
        if framing(last)
            && let Some(g) = gerund_after(last)
        {
            let end = toks[g].span.end;
            q.cue = Some(Span::new(cue.start as usize, end as usize));
            // "by saying Japan should …": the content starts after the gerund
            let inside = |c: &Span| c.start >= cue.start && c.start < end;
            for c in q.content.iter_mut() {
                if inside(c) && c.end > end {
                    let t = &doc.text[end as usize..c.end as usize];
                    *c = Span::new(
                        end as usize + t.len() - t.trim_start().len(),
                        c.end as usize,
                    );
                }
            }
            q.content.retain(|c| !inside(c));
        } else if first == last
            && speech_gerund(first)
            && let Some(a) = framing_before(first)
        {
            q.cue = Some(Span::new(toks[a].span.start as usize, cue.end as usize));
            from_gerund[qi] = true;
        }
    }
    // one attribution per cue: the gerund's (its content follows the speech verb)
    let mut keep = vec![true; quotes.len()];
    for i in 0..quotes.len() {
        let twin = (0..quotes.len()).find(|&j| {
            i != j
                && keep[j]
                && from_gerund[j]
                && !from_gerund[i]
                && quotes[i].cue.is_some()
                && quotes[i].cue == quotes[j].cue
        });
        if let Some(j) = twin {
            if quotes[j].source.is_none() {
                quotes[j].source = quotes[i].source;
                quotes[j].speaker = quotes[i].speaker;
                quotes[j].speaker_code = quotes[i].speaker_code.clone();
                quotes[j].speaker_name = quotes[i].speaker_name.clone();
            }
            keep[i] = false;
        }
    }
    let mut k = keep.into_iter();
    quotes.retain(|_| k.next().unwrap_or(true));
}
