//! Numeric claims: every quantity in an article ("more than 120,000 Russian
//! soldiers", "about 3 million", "10-15", "between 5 and 7", "40%",
//! "$4.5bn", "€200 million", "two dozen", "hundreds of"), with its value,
//! modifier, unit, counted noun phrase, an `about` key for comparison, the
//! claimant (the speaker of the enclosing attribution, else the outlet) and
//! conflicts between claims of the same article.
//!
//! Years, dates, times, ordinals and numbers inside names are skipped.
//!
//! ```
//! use chronicle_doc::{Article, Doc, Meta};
//! let mut doc = Doc::new(Article {
//!     meta: Meta { id: "a".into(), source: Some("site-34".into()), ..Meta::default() },
//!     text: "Kyiv says more than 115,000 Russian soldiers have died.".into(),
//! });
//! let quotes = chronicle_quotes::QuoteAnnotator::new().annotate(&doc);
//! let claims = chronicle_claims::ClaimAnnotator::new().annotate(&doc, &quotes);
//! assert_eq!(claims[0].value, 115000.0);
//! assert_eq!(claims[0].modifier, "more_than");
//! assert_eq!(claims[0].about.as_deref(), Some("soldier"));
//! assert_eq!(claims[0].claimant, "Kyiv");
//! ```
#![deny(missing_docs)]

mod number;

use chronicle_doc::words::WEEKDAYS;
use chronicle_doc::{ActorMention, Claim, Doc, Quote, Span};
pub use number::{Quantity, parse_quantities, parse_quantities_tagged};

/// The claim stage.
#[derive(Clone, Debug, Default)]
pub struct ClaimAnnotator {}

impl ClaimAnnotator {
    /// The stage with its built-in word lists.
    pub fn new() -> ClaimAnnotator {
        ClaimAnnotator {}
    }

    /// Finds the numeric claims of `doc`; `quotes` are the attributions
    /// (normally `doc.quotes`) used to find claimants. Never fails.
    pub fn annotate(&self, doc: &Doc, quotes: &[Quote]) -> Vec<Claim> {
        let doc = chronicle_quotes::fallback::ensure_tokens(doc);
        let doc = doc.as_ref();
        let doc_tags = doc
            .tags
            .as_deref()
            .filter(|t| t.len() == doc.tokens().len());
        let upos: Option<Vec<&str>> = doc_tags.map(|t| t.iter().map(|x| &*x.upos).collect());
        let deps = doc
            .deps
            .as_deref()
            .filter(|d| d.len() == doc.tokens().len());
        let mut out = Vec::new();
        // the verb each claim's counted noun (or number) hangs from, when the
        // syntax stage ran: conflicts are claims about the same event
        let mut preds: Vec<Option<String>> = Vec::new();
        for (si, s) in doc.sentences().iter().enumerate() {
            let range = s.tokens.range();
            // a dash with space on both sides is a pause, not a hyphen
            // ("Europeans - hundreds of thousands …" is no name like
            // "COVID-19"): the number rules read it as "—"
            let toks = doc.tokens();
            let words: Vec<&str> = range
                .clone()
                .map(|k| {
                    let w = doc.token_norm(k);
                    let spaced = k > 0
                        && k + 1 < toks.len()
                        && toks[k - 1].span.end < toks[k].span.start
                        && toks[k].span.end < toks[k + 1].span.start;
                    if spaced && matches!(w, "-" | "–") {
                        "—"
                    } else {
                        w
                    }
                })
                .collect();
            let tags = upos.as_ref().map(|u| &u[range.clone()]);
            for mut q in parse_quantities_tagged(&words, tags) {
                if echo(doc, si, &words, &q, &out)
                    || wholehearted(&words, &q)
                    || own_enumeration(&words, &q)
                    || asks_back(&words, &q)
                    || clipped_year(doc, range.clone(), &q)
                {
                    continue;
                }
                let mut b = range.start + q.end;
                // "strengthened by 30 kopecks": hundredths alone are money
                if let Some(cur) = hundredths_alone(&words, &q, &out) {
                    let y = q.counted.map_or(q.end, |c| c.1);
                    q.value = number::round12(q.value / 100.0);
                    q.value_max = q.value_max.map(|m| number::round12(m / 100.0));
                    q.unit = cur.to_string();
                    q.counted = None;
                    b = range.start + y;
                }
                let a = range.start + q.start;
                let span = Span::new(toks[a].span.start as usize, toks[b - 1].span.end as usize);
                let counted = q.counted.map(|(x, y)| {
                    Span::new(
                        toks[range.start + x].span.start as usize,
                        toks[range.start + y - 1].span.end as usize,
                    )
                });
                let about = q.counted.map(|(_, y)| {
                    let head = range.start + y - 1;
                    match doc_tags.map(|t| t[head].lemma.as_str()) {
                        Some(l) if !l.is_empty() && l != "_" => l.to_lowercase(),
                        _ => singular(&doc.token_norm(head).to_lowercase()),
                    }
                });
                let anchor = q.counted.map(|(_, y)| range.start + y - 1).unwrap_or(b - 1);
                preds.push(
                    deps.zip(doc_tags)
                        .and_then(|(d, t)| predicate(d, t, anchor)),
                );
                let (claimant, claimant_span, quote) = claimant_for(doc, quotes, span, s.span);
                out.push(Claim {
                    span,
                    value: q.value,
                    value_max: q.value_max,
                    unit: q.unit.clone(),
                    modifier: q.modifier.to_string(),
                    counted,
                    about,
                    quote,
                    claimant,
                    claimant_span,
                    date: doc.meta.date.clone(),
                    sentence: si as u32,
                    conflicts: Vec::new(),
                    setting: None,
                });
            }
        }
        share_counted_in_lists(&mut out, &doc.text);
        as_you_said(doc, &mut out);
        inherit_currency(&mut out);
        article_currency(doc, &mut out);
        // (places only when the entity stage ran)
        let settings = settings(doc, quotes, &out);
        if doc.entities.is_some() && deps.is_some() {
            for ((c, p), st) in out.iter_mut().zip(&preds).zip(&settings) {
                if let (Some(p), false) = (p, st.places.is_empty()) {
                    c.setting = Some(format!("{p}@{}", st.places.join(";")));
                }
            }
        }
        link_conflicts(
            &mut out,
            deps.is_some().then_some(&preds[..]),
            &settings,
            doc.entities.is_some(),
        );
        out
    }
}

/// A year written with an apostrophe after a name ("Dukakis ’88. Kerry ’04.
/// Romney ’12."): two digits alone, the mark glued to them and spaced from the
/// word before, and nothing counted after. A possessive's mark is glued to its
/// word ("the Democrats’ 47 seats", "Edwards' 40") and stays a number.
fn clipped_year(doc: &Doc, range: std::ops::Range<usize>, q: &Quantity) -> bool {
    let toks = doc.tokens();
    let a = range.start + q.start;
    if q.end != q.start + 1 || q.counted.is_some() || q.unit != "count" || a <= range.start {
        return false;
    }
    let num = doc.slice(toks[a].span);
    let mark = doc.slice(toks[a - 1].span);
    let glued = toks[a - 1].span.end == toks[a].span.start;
    let spaced = a - 1 == range.start || toks[a - 2].span.end < toks[a - 1].span.start;
    let after = range.start + q.end;
    let ends = after >= range.end
        || matches!(
            doc.slice(toks[after].span),
            "." | "," | ";" | ")" | "!" | "?" | "and" | "or"
        );
    num.len() == 2
        && num.bytes().all(|b| b.is_ascii_digit())
        && matches!(mark, "’" | "'")
        && glued
        && spaced
        && ends
}

/// A number standing alone as its sentence ("74!", "Sixteen!", "36.") that
/// echoes the same figure of one of the two sentences before ("74 percent of
/// Americans …. 74!", "36 days! 36!"): the claim, if any, was made there, and
/// the echo counts nothing. "100%." alone is a degree of certainty
/// ("Absolutely."). A fragment stating a new figure ("The agreement was
/// reached. $800 million.") and a question ("60 billion rubles?") stay.
///
/// A question made of the figure and what it counts, alone or after a turn
/// label ("Mr Ivanov: 235 Russian-made jets?"), asks back a figure just stated
/// and is an echo too.
fn echo(doc: &Doc, si: usize, words: &[&str], q: &Quantity, earlier: &[Claim]) -> bool {
    let alone = q.start == 0
        && q.counted.is_none()
        && words[q.end..]
            .iter()
            .all(|w| matches!(*w, "!" | "." | "…" | "!!" | "!!!"));
    let asked = (q.start == 0 || words[q.start - 1] == ":")
        && words.last() == Some(&"?")
        && q.counted.map_or(q.end, |c| c.1) + 1 == words.len();
    if !alone && !asked {
        return false;
    }
    if alone && q.unit == "percent" && q.value == 100.0 && q.value_max.is_none() {
        return true;
    }
    let expr = words[q.start..q.end].join(" ").to_lowercase();
    let sents = doc.sentences();
    let before = sents[si.saturating_sub(2)..si]
        .iter()
        .map(|s| doc.slice(s.span).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let said = before.match_indices(&expr).any(|(i, m)| {
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        edge(before[..i].chars().next_back()) && edge(before[i + m.len()..].chars().next())
    });
    said || earlier
        .iter()
        .rev()
        .any(|c| c.sentence as usize + 2 >= si && c.value == q.value && c.value_max == q.value_max)
}

/// A figure asked about rather than stated: a figure followed by a tag asking
/// for confirmation ("Mr Ivanov: 45 kilometres, is that right?", "… 12
/// percent, correct?"), or a yes/no question to the one spoken to that asks
/// what they expected, thought or meant ("Were you expecting about 3
/// percent?", "Do you mean 40 tonnes?"). A question that tells the listener
/// a figure ("Did you know that 40 percent …?", "Do you realise 300 people
/// …?") and a rhetorical question that asserts one ("Did hundreds of people
/// have to die …?") stay.
fn asks_back(words: &[&str], q: &Quantity) -> bool {
    if words.last() != Some(&"?") {
        return false;
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let end = q.counted.map_or(q.end, |c| c.1);
    // the tag: ", is that right?", ", right?", ", correct?", ", is that so?"
    if end < lower.len() && lower[end] == "," {
        let tag: Vec<&str> = lower[end + 1..lower.len() - 1]
            .iter()
            .map(String::as_str)
            .collect();
        if matches!(
            tag.as_slice(),
            ["is", "that", "right" | "so" | "correct" | "true"]
                | ["right" | "correct" | "true" | "yes"]
                | ["is", "it"]
                | ["is", "n't", "it"]
                | ["isn't" | "isn’t", "it"]
                | ["am", "i", "right"]
        ) {
            return true;
        }
    }
    // the question opens the sentence or a speaker's turn ("Name: Were you …")
    let open = lower[..q.start]
        .iter()
        .rposition(|w| w == ":")
        .map_or(0, |c| c + 1);
    let aux = matches!(
        lower.get(open).map(String::as_str),
        Some("were" | "are" | "do" | "did" | "would" | "will" | "could")
    );
    aux && lower.get(open + 1).map(String::as_str) == Some("you")
        && lower.get(open + 2).is_some_and(|v| {
            matches!(
                v.as_str(),
                "expect"
                    | "expecting"
                    | "expected"
                    | "mean"
                    | "think"
                    | "thinking"
                    | "say"
                    | "suggest"
                    | "suggesting"
                    | "want"
                    | "propose"
                    | "proposing"
                    | "hope"
                    | "hoping"
            )
        })
        && !lower[open + 3..q.start]
            .iter()
            .any(|w| w == "that" || w == ",")
}

/// A number in a relative clause that describes the topic of a report:
/// "X told members about the system, which consists of … 4 regional offices"
/// — the content (about the system) ends before ", which …", and what the
/// clause says about the topic is part of the report. The content must be
/// a topic (after "about"), the clause open with ", which"/", who" right
/// after it and run to the number in the same sentence with no stronger
/// break than a comma.
fn topic_relative(doc: &Doc, part: Span, span: Span, sentence: Span) -> bool {
    if part.end > span.start || span.end > sentence.end || part.start < sentence.start {
        return false;
    }
    let before = doc.text[sentence.start as usize..part.start as usize].trim_end();
    let content = doc.slice(part);
    // ("about" before a determiner or a name opens a topic; "about 110
    // megawatts" is an approximation)
    let opens_topic = |rest: &str| {
        let next = rest.split_whitespace().next().unwrap_or("");
        matches!(
            next,
            "the"
                | "a"
                | "an"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "this"
                | "these"
                | "those"
        ) || next.chars().next().is_some_and(char::is_uppercase)
    };
    let topic = (before.ends_with(" about") && opens_topic(content))
        || content.match_indices("about ").any(|(i, m)| {
            (i == 0 || content[..i].ends_with(' ')) && opens_topic(&content[i + m.len()..])
        });
    let gap = &doc.text[part.end as usize..span.start as usize];
    // (a list inside the clause may hold a few commas: "the command, 4
    // regional offices")
    topic
        && (gap.starts_with(", which ") || gap.starts_with(", who "))
        && gap[1..].matches(',').count() <= 3
        && !gap[1..].contains([';', ':', '.', '(', '"', '“'])
}

/// A speaker announcing the parts of what they are about to say ("There are
/// only two ways to influence this.", "There are two things to understand",
/// "I have three questions"): a small number written as a word, counting a
/// discourse noun, after "there is/are" or "I have/see": no claim about
/// the world.
fn own_enumeration(words: &[&str], q: &Quantity) -> bool {
    let w = |k: usize| words.get(k).map_or(String::new(), |w| w.to_lowercase());
    let Some((x, y)) = q.counted else {
        return false;
    };
    let discourse = matches!(
        w(y - 1).as_str(),
        "ways"
            | "things"
            | "reasons"
            | "options"
            | "possibilities"
            | "questions"
            | "points"
            | "aspects"
            | "lessons"
            | "answers"
            | "scenarios"
            | "approaches"
            | "conclusions"
    );
    if q.unit != "count"
        || q.value > 10.0
        || q.value_max.is_some()
        || q.modifier != "exact"
        || !discourse
        || y - x > 2
        || !words
            .get(q.start)
            .is_some_and(|t| t.chars().all(char::is_alphabetic))
    {
        return false;
    }
    // ("we have six options for defending the state" is a claim)
    let mut k = q.start;
    while k > 0 && matches!(w(k - 1).as_str(), "only" | "just" | "basically" | "really") {
        k -= 1;
    }
    k >= 2
        && matches!(
            (w(k - 2).as_str(), w(k - 1).as_str()),
            ("there", "are" | "is" | "were" | "'re" | "'s" | "’re" | "’s") | ("i", "have" | "see")
        )
}

/// "One hundred percent" written out and not "of" anything is a manner of
/// speaking ("Lithuania is doing everything one hundred percent", "works one
/// hundred percent"), not a share; "100 percent of the declarations" and
/// "rose (by) one hundred percent" stay.
fn wholehearted(words: &[&str], q: &Quantity) -> bool {
    let w = |k: usize| words.get(k).map_or(String::new(), |w| w.to_lowercase());
    // "behind you 1,000 percent", "with you a thousand percent", "1 million
    // percent certainty": a round thousand or million percent, exact and not
    // of, by or to anything, is emphasis; "a 1,000 percent increase", "up
    // more than 1,000 percent", "rose 1,000 percent" stay
    let emphasis = q.unit == "percent"
        && matches!(q.value, 1000.0 | 1e6 | 1e9)
        && q.value_max.is_none()
        && q.modifier == "exact"
        && !matches!(
            w(q.end).as_str(),
            "of" | "increase"
                | "increases"
                | "more"
                | "rise"
                | "jump"
                | "growth"
                | "hike"
                | "higher"
                | "markup"
                | "return"
                | "returns"
                | "gain"
                | "surge"
                | "spike"
                | "price"
                | "in"
                | "over"
                | "above"
                | "since"
                | "from"
                | "between"
        )
        && (q.start == 0
            || !matches!(
                w(q.start - 1).as_str(),
                "by" | "to"
                    | "rose"
                    | "grew"
                    | "increased"
                    | "jumped"
                    | "soared"
                    | "surged"
                    | "fell"
                    | "dropped"
                    | "up"
                    | "down"
                    | "than"
                    | "nearly"
                    | "almost"
                    | "over"
                    | "some"
                    | "about"
                    | "roughly"
            ));
    if emphasis {
        return true;
    }
    q.unit == "percent"
        && q.value == 100.0
        && q.value_max.is_none()
        && q.modifier == "exact"
        && matches!(w(q.start).as_str(), "one" | "a")
        && w(q.start + 1) == "hundred"
        && w(q.end) != "of"
        && q.start > 0
        && !matches!(
            w(q.start - 1).as_str(),
            "by" | "to" | "rose" | "grew" | "increased" | "fell" | "dropped" | "up" | "down"
        )
}

/// The currency of hundredths counted alone ("by 30 kopecks", "42 cents"):
/// the one named in the sentence ("The hryvnia … strengthened by 30
/// kopecks"), else of the nearest earlier money claim of the article, that
/// the hundredth is a part of (kopecks of UAH or RUB, cents of USD or EUR);
/// pence are GBP. None (the count stays) when that is not known.
fn hundredths_alone(words: &[&str], q: &Quantity, earlier: &[Claim]) -> Option<&'static str> {
    let (x, y) = q.counted?;
    if q.unit != "count" || x != q.end || y != x + 1 {
        return None;
    }
    let of = number::hundredth_of(&words[x].to_lowercase())?;
    let named = words
        .iter()
        .filter_map(|w| number::currency_word(&w.to_lowercase()))
        .find(|c| of.contains(c));
    let before = || {
        earlier
            .iter()
            .rev()
            .find_map(|c| of.iter().find(|u| **u == c.unit).copied())
    };
    named
        .or_else(before)
        .or_else(|| (of.len() == 1).then(|| of[0]))
}

/// Numbers listed before one counted noun ("1,200, 1,500 and 2,000 soldiers")
/// count it too: a count with no counted noun takes the counted noun of the
/// next claim when only a comma, "and", "or" or ", and" stands between them,
/// or "or even" and the like.
fn share_counted_in_lists(claims: &mut [Claim], text: &str) {
    for i in (0..claims.len().saturating_sub(1)).rev() {
        let (c, n) = (&claims[i], &claims[i + 1]);
        if c.counted.is_some()
            || n.counted.is_none()
            || c.unit != "count"
            || n.unit != "count"
            || c.sentence != n.sentence
        {
            continue;
        }
        let gap = text
            .get(c.span.end as usize..n.span.start as usize)
            .unwrap_or("x");
        // (also "hundreds of thousands, or even millions of people")
        let hedged = {
            let g = gap.trim().trim_start_matches(',').trim();
            let mut w = g.split_whitespace();
            matches!(w.next(), Some("and" | "or"))
                && matches!(w.next(), Some("even" | "perhaps" | "possibly" | "maybe"))
                && w.next().is_none()
        };
        if matches!(gap.trim(), "," | "and" | "or" | ", and" | ", or") || hedged {
            let (counted, about) = (n.counted, n.about.clone());
            claims[i].counted = counted;
            claims[i].about = about;
        }
    }
}

/// A count of a billion or more with nothing counted: an amount whose currency
/// may be implicit (billions and up: "for 8m" after "£1,200" are more often
/// people).
fn bare_amount(c: &Claim) -> bool {
    c.unit == "count" && c.counted.is_none() && c.value >= 1e9
}

/// An amount of a billion or more with no unit and no counted noun ("The
/// remaining 645 billion account for …") takes the currency of the nearest earlier money
/// amount at most three sentences back ("… 2 trillion rubles …").
fn inherit_currency(claims: &mut [Claim]) {
    for i in 0..claims.len() {
        let c = &claims[i];
        if !bare_amount(c) {
            continue;
        }
        let money = claims[..i]
            .iter()
            .rev()
            .take_while(|p| p.sentence + 3 >= c.sentence)
            .find(|p| number::CURRENCIES.contains(&p.unit.as_str()))
            .map(|p| p.unit.clone());
        if let Some(u) = money {
            claims[i].unit = u;
        }
    }
}

/// An amount of a billion or more with no unit and no counted noun, in a
/// sentence about money ("budget revenues were overachieved by 7 billion",
/// "expenditures amount to 1.5–1.7 trillion"), with no money amount in the
/// three sentences before ([`inherit_currency`]): the currency the article
/// counts its money in (the most frequent among its money claims, before or
/// after; none when it has none).
fn article_currency(doc: &Doc, claims: &mut [Claim]) {
    let mut tally: Vec<(String, usize)> = Vec::new();
    for c in claims.iter() {
        if number::CURRENCIES.contains(&c.unit.as_str()) {
            match tally.iter_mut().find(|(u, _)| *u == c.unit) {
                Some(t) => t.1 += 1,
                None => tally.push((c.unit.clone(), 1)),
            }
        }
    }
    // (the first seen wins a tie)
    let Some(cur) = tally
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map(|(u, _)| u.clone())
    else {
        return;
    };
    let sents = doc.sentences();
    for c in claims.iter_mut() {
        if !bare_amount(c) {
            continue;
        }
        let Some(s) = sents.get(c.sentence as usize) else {
            continue;
        };
        let text = doc.slice(s.span).to_lowercase();
        let money = text.split(|ch: char| !ch.is_alphanumeric()).any(|w| {
            matches!(
                w,
                "budget"
                    | "budgets"
                    | "revenue"
                    | "revenues"
                    | "expenditure"
                    | "expenditures"
                    | "spending"
                    | "funding"
                    | "financing"
                    | "investment"
                    | "investments"
                    | "loan"
                    | "loans"
                    | "allocated"
                    | "profit"
                    | "deficit"
                    | "debt"
                    | "turnover"
            )
        });
        if money {
            c.unit = cur.clone();
        }
    }
}

/// The claimant an estimate's or forecast's source names: the longest actor
/// inside it ("Ukrainian" → UKR), else its words.
fn source_claimant(doc: &Doc, src: Span) -> String {
    doc.actors
        .iter()
        .flatten()
        .filter(|a| a.span.start >= src.start && a.span.end <= src.end)
        .max_by_key(|a| a.span.len())
        .map(|a| a.code.clone())
        .unwrap_or_else(|| doc.slice(src).to_string())
}

/// The claimant of a quantity: the resolved speaker code, name or source text
/// of the attribution whose content holds it; else `source:<outlet>`.
///
/// An attribution whose source is an unresolved "I"/"we" gives way to the
/// transcript speaker label of the turn ("We expect …" in a minister's turn),
/// and one whose source is "you" ("You know that …") is not a claimant. A
/// sentence ending in a dash and a speaker ("… next season - President") is
/// attributed to that speaker.
fn claimant_for(
    doc: &Doc,
    quotes: &[Quote],
    span: Span,
    sentence: Span,
) -> (String, Option<Span>, Option<u32>) {
    // of the attributions holding the number, one whose speaker was resolved
    // to an actor or a name first, and the innermost of those: in "X said …,
    // Reuters reported" both contents hold it, and X is the claimant; in "…
    // with results showing 56%, according to the commission" the unnamed
    // "results" do not take the commission's claim
    let mut holding: Vec<(bool, usize, usize, &Quote)> = quotes
        .iter()
        .enumerate()
        .filter_map(|(i, q)| {
            let part = q.content.iter().find(|c| c.contains(span)).or_else(|| {
                q.content
                    .iter()
                    .find(|c| topic_relative(doc, **c, span, sentence))
            })?;
            if is_commitment(doc, q, *part)
                || is_request(doc, q)
                || q.cue.is_some_and(|c| negated_cue(doc.slice(c)))
            {
                return None;
            }
            let unnamed = q.speaker_code.is_none() && q.speaker_name.is_none();
            Some((unnamed, part.len(), i, q))
        })
        .collect();
    holding.sort_by_key(|&(unnamed, len, i, _)| (unnamed, len, i));
    for (_, _, i, q) in holding {
        // a bare sector with no country ("The Cabinet of Ministers" → GOV)
        // says less than the source's own words
        let sector_only =
            bare_sector(doc, q).is_some_and(|a| q.speaker_code.as_deref() == Some(a.code.as_str()));
        let mut resolved = if sector_only {
            q.speaker_name.clone()
        } else {
            q.speaker_code.clone().or_else(|| q.speaker_name.clone())
        };
        // "according to their official figures": a code with no country
        // from a source opened by a possessive pronoun takes the pronoun's
        // country; with none known, the figures are reported by the turn's
        // speaker (or the outlet), never a country-less code
        if let Some(owner) = possessive_owner(doc, q, span) {
            match owner {
                Some(c) => resolved = Some(c),
                None => {
                    if let Some(label) = speaker_label(&doc.text, span) {
                        return (doc.slice(label).to_string(), Some(label), Some(i as u32));
                    }
                    continue;
                }
            }
        }
        // an unresolved "I"/"we"/"you", or data with no owner ("According to
        // preliminary data, …", "The following fact is revealing: …"), give
        // way to the turn's speaker; "you" and such data claim nothing
        // themselves (the outlet does, when there is no turn)
        if resolved.is_none()
            && let Some(src) = q.source
        {
            let text = doc.slice(src);
            let pronoun = text.to_lowercase();
            let speaker_only = pronoun == "you" || (ownerless_data(text) && !owned_data(text));
            if speaker_only || matches!(pronoun.as_str(), "i" | "we") {
                if let Some(label) = speaker_label(&doc.text, span) {
                    return (doc.slice(label).to_string(), Some(label), Some(i as u32));
                }
                if speaker_only {
                    continue;
                }
            }
        }
        // a relative pronoun read as the speaker ("his report, which showed
        // …", "a survey that asked …"): its antecedent, when that is a
        // document, a group or a name; else it claims nothing
        if resolved.is_none()
            && let Some(src) = q.source
            && matches!(doc.slice(src), "that" | "which" | "who")
        {
            match relative_antecedent(doc, q, src) {
                Some((n, at)) => return (n, Some(at), Some(i as u32)),
                None => continue,
            }
        }
        // "Nine percent proposed …": a share read as the speaker (the
        // respondents of the outlet's poll) claims nothing
        if q.source
            .is_some_and(|src| quantity_alone(doc, src) || share_of_group(doc, src))
        {
            continue;
        }
        let name = resolved
            .or_else(|| pronoun_antecedent(doc, quotes, q))
            .or_else(|| q.source.map(|s| doc.slice(s).to_string()));
        if let Some(n) = name {
            return (n, q.source, Some(i as u32));
        }
    }
    if let Some((name, src, i)) = told_after(doc, quotes, span, sentence) {
        return (name, Some(src), Some(i));
    }
    if let Some((name, src, i)) = dated_after(doc, quotes, span, sentence) {
        return (name, Some(src), Some(i));
    }
    if let Some(label) = speaker_label(&doc.text, span) {
        return (doc.slice(label).to_string(), Some(label), None);
    }
    if let Some(tail) = dash_speaker(&doc.text, span, sentence) {
        return (doc.slice(tail).to_string(), Some(tail), None);
    }
    if let Some((code, at)) = listing_subject(doc, span, sentence) {
        return (code, Some(at), None);
    }
    if let Some(src) = estimate_source(&doc.text, sentence) {
        return (source_claimant(doc, src), Some(src), None);
    }
    if let Some((code, at)) = relative_estimate(doc, span, sentence) {
        return (code, Some(at), None);
    }
    if let Some(src) = forecast_owner(&doc.text, span, sentence) {
        return (source_claimant(doc, src), Some(src), None);
    }
    if let Some(src) = according_to_after(&doc.text, span, sentence) {
        return (doc.slice(src).to_string(), Some(src), None);
    }
    if let Some(by) = byline_after_quote(&doc.text, span) {
        return (doc.slice(by).to_string(), Some(by), None);
    }
    if let Some(by) = statement_introduced(&doc.text, span) {
        return (doc.slice(by).to_string(), Some(by), None);
    }
    let outlet = doc.meta.source.clone().unwrap_or_else(|| "unknown".into());
    (format!("source:{outlet}"), None, None)
}

/// The speaker named by the attribution right before `q` when `q`'s source is
/// a bare "he"/"him"/"she"/"her" that coreference left unnamed ("Olena Hrytsenko
/// reported … According to him, …"): a name of two words or more, else none
/// (the pronoun stays the claimant rather than a guess further back).
fn pronoun_antecedent(doc: &Doc, quotes: &[Quote], q: &Quote) -> Option<String> {
    let src = q.source?;
    if !matches!(
        doc.slice(src).to_ascii_lowercase().as_str(),
        "he" | "him" | "she" | "her"
    ) {
        return None;
    }
    let prev = quotes
        .iter()
        .filter_map(|p| Some((p.source?, p)))
        .filter(|(s, _)| s.end <= src.start)
        .max_by_key(|(s, _)| s.end)?
        .1;
    let name = prev.speaker_name.as_deref()?;
    (name.split_whitespace().count() >= 2
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase)))
    .then(|| name.to_string())
}

/// The owner of a sentence's figures named without a verb of saying: "killing
/// at least 21,000 people by Ukrainian estimates", "by the UN's count", "…,
/// as stated by the authors", "as estimated by the World Bank". Only one such
/// phrase in the sentence, and an owner that names someone ("by some
/// estimates", "by most counts", "by official figures" name nobody).
fn estimate_source(text: &str, sentence: Span) -> Option<Span> {
    let (s0, s1) = (sentence.start as usize, sentence.end as usize);
    let sent = text.get(s0..s1)?;
    let lower = sent.to_ascii_lowercase();
    let mut found: Option<(usize, usize)> = None;
    let mut count = 0;
    // "by X estimates": up to three words between "by" and the noun
    for (at, _) in lower.match_indices("by ") {
        if at > 0 && lower.as_bytes()[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let rest = &lower[at + 3..];
        let words: Vec<&str> = rest
            .split(|c: char| c.is_whitespace())
            .take(5)
            .map(|w| w.trim_end_matches([',', '.', ';', ')']))
            .collect();
        let Some(k) = words.iter().position(|w| {
            matches!(
                *w,
                "estimates" | "estimate" | "count" | "counts" | "tally" | "calculations"
            )
        }) else {
            continue;
        };
        if !(1..=3).contains(&k) {
            continue;
        }
        let owner: Vec<&str> = words[..k].iter().copied().filter(|w| *w != "the").collect();
        if owner.is_empty()
            || owner.iter().any(|w| {
                matches!(
                    *w,
                    "a" | "an"
                        | "some"
                        | "most"
                        | "many"
                        | "several"
                        | "other"
                        | "these"
                        | "those"
                        | "our"
                        | "their"
                        | "its"
                        | "his"
                        | "her"
                        | "my"
                        | "your"
                        | "official"
                        | "conservative"
                        | "rough"
                        | "independent"
                        | "early"
                        | "latest"
                        | "preliminary"
                        | "one"
                        | "any"
                        | "all"
                ) || w.chars().any(|c| c.is_ascii_digit())
            })
        {
            continue;
        }
        // the owner's words, without a leading "the"
        let mut from = at + 3;
        if lower[from..].starts_with("the ") {
            from += 4;
        }
        let noun = words[k];
        let to = from + lower[from..].find(noun)?;
        let mut to = lower[..to].trim_end().len();
        // ("by the agency's count": the owner without its possessive)
        for poss in ["'s", "’s"] {
            if sent[..to].ends_with(poss) {
                to -= poss.len();
            }
        }
        if to <= from || sent[from..to].contains([',', ';', '(', '"', '“']) {
            continue;
        }
        count += 1;
        found = Some((from, to));
    }
    // "as stated by X", "as reported by X": X runs to a comma or the end
    for lead in [
        "as stated by ",
        "as reported by ",
        "as estimated by ",
        "as calculated by ",
    ] {
        for (at, _) in lower.match_indices(lead) {
            let from = at + lead.len();
            let tail = &sent[from..];
            let mut len = tail.find([',', ';', '(', ':']).unwrap_or(tail.len());
            len = tail[..len].trim_end_matches(['.', ' ', '"', '”']).len();
            if len == 0 || tail[..len].split_whitespace().count() > 8 {
                continue;
            }
            count += 1;
            found = Some((from, from + len));
        }
    }
    // "As NBC News reported, …" opening the sentence (also after "But", "And",
    // "Yet": "But as the Ledger's Ann Hale recently reported, …"): a name of up
    // to six words (not a pronoun: "As we reported") and a verb of reporting
    let lead = ["As ", "But as ", "And as ", "Yet as "]
        .into_iter()
        .find(|l| sent.starts_with(l))
        .map_or(0, str::len);
    if lead > 0
        && let Some(rest) = sent.get(lead..)
        && let Some(comma) = rest.find(',')
    {
        let clause = rest[..comma].trim_end();
        if let Some(sp) = clause.rfind(' ')
            && matches!(
                &clause[sp + 1..],
                "reported" | "reports" | "said" | "says" | "noted" | "notes" | "wrote" | "writes"
            )
        {
            let mut owner = clause[..sp].trim_end();
            while let Some(x) = owner.rfind(' ')
                && matches!(
                    &owner[x + 1..],
                    "has"
                        | "have"
                        | "had"
                        | "first"
                        | "previously"
                        | "earlier"
                        | "also"
                        | "recently"
                )
            {
                owner = owner[..x].trim_end();
            }
            let named = owner
                .strip_prefix("the ")
                .unwrap_or(owner)
                .starts_with(|c: char| c.is_uppercase());
            let words = owner.split_whitespace().count();
            if named
                && (1..=6).contains(&words)
                && !matches!(owner, "I" | "We" | "You" | "He" | "She" | "They" | "It")
                && !owner.contains(['"', '“', '(', ';'])
            {
                count += 1;
                found = Some((lead, lead + owner.len()));
            }
        }
    }
    if count != 1 {
        return None;
    }
    let (a, b) = found?;
    Some(Span::new(s0 + a, s0 + b))
}

/// "The Justice Department seized the yacht, which it has estimated to be
/// valued at $300 million": a number in a relative clause whose subject is
/// a pronoun and whose verb is one of estimating ("which it (has)
/// estimated", "which they calculate", "which he values") belongs to the
/// one the pronoun stands for, when the actor layer resolved it (the
/// pronoun's actor mention gives the code); the clause runs to the next
/// comma, semicolon or the sentence's end.
fn relative_estimate(doc: &Doc, span: Span, sentence: Span) -> Option<(String, Span)> {
    let s0 = sentence.start as usize;
    let at = (span.start as usize).checked_sub(s0)?;
    let sent = doc.text.get(s0..sentence.end as usize)?;
    let which = sent[..at].rfind(", which ")?;
    let clause = &sent[which + ", which ".len()..at];
    if clause.contains([',', ';', '—', '“', '"']) {
        return None;
    }
    let mut words = clause.split_whitespace();
    let pronoun = words.next()?;
    if !matches!(pronoun, "it" | "they" | "he" | "she") {
        return None;
    }
    let mut verb = words.next()?;
    if matches!(verb, "has" | "had" | "have") {
        verb = words.next()?;
    }
    if !matches!(
        verb,
        "estimated"
            | "estimates"
            | "estimate"
            | "calculated"
            | "calculates"
            | "calculate"
            | "valued"
            | "values"
            | "value"
    ) {
        return None;
    }
    let p0 = s0 + which + ", which ".len();
    let pspan = Span::new(p0, p0 + pronoun.len());
    let actor = doc.actors.iter().flatten().find(|a| a.span == pspan)?;
    Some((actor.code.clone(), pspan))
}

/// A verb of forecasting: what it says is its subject's figure, though the
/// quote stage reads no speech in it.
fn forecast_verb(w: &str) -> bool {
    matches!(
        w,
        "forecast"
            | "forecasts"
            | "forecasted"
            | "projects"
            | "projected"
            | "predicts"
            | "predicted"
    )
}

/// The named owner of a forecast holding the number: "unemployment of 32
/// percent that the Federal Reserve Bank recently forecast" (a relative
/// clause right after the number's phrase, at most six words on, closing
/// the clause), or "The Budget Office projects the state to collect $120
/// billion" (a sentence opened by a capitalized subject of one to eight
/// words and a verb of forecasting, the number in the same clause). The
/// owner is capitalized (after "the"); "analysts forecast" names nobody.
fn forecast_owner(text: &str, span: Span, sentence: Span) -> Option<Span> {
    let (s0, s1) = (sentence.start as usize, sentence.end as usize);
    let sent = text.get(s0..s1)?;
    let (a, b) = (
        (span.start as usize).checked_sub(s0)?,
        (span.end as usize).checked_sub(s0)?,
    );
    let breaks =
        |t: &str| t.contains([',', ';', ':', '—', '–', '"', '“', '”', '(']) || t.contains(" - ");
    // an owner: capitalized words (and "of", "for", "and", "the" inside),
    // one to eight, from `from`; returns the owner's length and the words
    // after it
    let owner_at = |from: usize| -> Option<(usize, Vec<(usize, &str)>)> {
        let rest = sent.get(from..)?;
        let mut words = Vec::new();
        let mut pos = 0;
        for w in rest.split(' ') {
            words.push((from + pos, w));
            pos += w.len() + 1;
        }
        let mut k = 0;
        while k < words.len() && k < 8 {
            let w = words[k].1;
            let cap = w.starts_with(|c: char| c.is_uppercase());
            let inner = k > 0
                && matches!(w, "of" | "for" | "and" | "the")
                && words
                    .get(k + 1)
                    .is_some_and(|x| x.1.starts_with(|c: char| c.is_uppercase()));
            if !(cap || inner)
                || w.ends_with([',', '.', ';', ':']) && !w.ends_with("St.") && !w.ends_with("U.S.")
            {
                break;
            }
            k += 1;
        }
        if k == 0 {
            return None;
        }
        let last = words[k - 1];
        // (a possessive owns a noun: "The CBO's forecast has …")
        if last.1.ends_with("'s") || last.1.ends_with("’s") {
            return None;
        }
        let len = last.0 + last.1.len() - from;
        Some((len, words[k..].to_vec()))
    };
    let verb_after = |after: &[(usize, &str)]| -> Option<usize> {
        let mut x = 0;
        if after
            .get(x)
            .is_some_and(|w| w.1.ends_with("ly") || matches!(w.1, "has" | "have" | "had" | "also"))
        {
            x += 1;
        }
        let v = after.get(x)?.1.trim_end_matches(['.', ',', ';', '?', '!']);
        forecast_verb(v).then_some(x)
    };
    // "… 32 percent that the Fed recently forecast"
    let tail = &sent[b..];
    if let Some(k) = [" that ", " which "]
        .iter()
        .filter_map(|m| tail.find(m).map(|k| (k, m.len())))
        .min()
    {
        let between = &tail[..k.0];
        if !breaks(between) && between.split_whitespace().count() <= 6 {
            let mut from = b + k.0 + k.1;
            if sent[from..].starts_with("the ") {
                from += 4;
            }
            if let Some((len, after)) = owner_at(from)
                && let Some(x) = verb_after(&after)
            {
                // (the verb closes the clause: punctuation, the end, or a
                // preposition, "forecast for next year")
                let v = after[x].1;
                let closes = v.ends_with(['.', ',', ';'])
                    || after.get(x + 1).is_none_or(|w| {
                        matches!(
                            w.1,
                            "for" | "in" | "by" | "last" | "this" | "earlier" | "on"
                        )
                    });
                if closes {
                    return Some(Span::new(s0 + from, s0 + from + len));
                }
            }
        }
    }
    // "The Budget Office projects the state to collect $120 billion"
    let from = if sent.starts_with("The ") { 4 } else { 0 };
    if let Some((len, after)) = owner_at(from)
        && let Some(x) = verb_after(&after)
        && after[x].0 < a
        && !breaks(&sent[after[x].0..a])
        && !after[x].1.ends_with(['.', ',', ';'])
        // (the word is a noun when a verb or "for" follows it: "Inflation
        // forecasts for 2023 show 3%"; a lone capitalized word before the
        // -s form may be a common noun opening the sentence, so it must be
        // an acronym: "The CBO projects …")
        && !after.get(x + 1).is_some_and(|w| {
            matches!(
                w.1,
                "for" | "of" | "is" | "was" | "are" | "were" | "show" | "shows" | "has" | "have"
                    | "had" | "put" | "puts" | "suggest" | "suggests"
            )
        })
        && (!after[x].1.ends_with('s')
            || sent[from..from + len].contains(' ')
            || sent[from..from + len].chars().all(|c| c.is_ascii_uppercase()))
    {
        return Some(Span::new(s0 + from, s0 + from + len));
    }
    None
}

/// "Between 2014 and 2023, according to CBO estimates, receipts will soar
/// by 65 percent": the owner named after "according to" between commas (or
/// at the sentence's end) claims the numbers before it in the sentence, when
/// nothing breaks the clause between them (";", a dash, ", but", ", and");
/// the owner starts with a capital (after "the"), has at most eight words
/// and no quote mark ("according to the plan" names nobody).
fn according_to_after(text: &str, span: Span, sentence: Span) -> Option<Span> {
    let (s0, s1) = (sentence.start as usize, sentence.end as usize);
    let at = (span.end as usize).checked_sub(s0)?;
    let sent = text.get(s0..s1)?;
    let lead = ", according to ";
    let k = at + sent.get(at..)?.find(lead)?;
    let between = &sent[at..k];
    if between.contains([';', '—', '–', '“', '"', '”'])
        || between.contains(", but ")
        || between.contains(", and ")
        || between.contains(" - ")
    {
        return None;
    }
    let from = k + lead.len();
    let tail = &sent[from..];
    // (a dash closes an aside: "…, according to the United Nations – anger
    // is mounting")
    let mut len = tail
        .find([',', ';', '(', ':', '–', '—'])
        .unwrap_or(tail.len());
    len = tail[..len].trim_end_matches(['.', ' ', '"', '”']).len();
    let owner = &tail[..len];
    let bare = owner
        .strip_prefix("the ")
        .or_else(|| owner.strip_prefix("The "))
        .unwrap_or(owner);
    // (or data with an owner's noun: "according to federal statistics",
    // "according to police figures"; "according to recent estimates" names
    // nobody, and the outlet keeps the figure)
    let named = (bare.starts_with(|c: char| c.is_uppercase())
        || (ownerless_data(bare) && owned_data(bare)))
        && (1..=8).contains(&owner.split_whitespace().count())
        && !owner.contains(['"', '“', '”']);
    named.then(|| Span::new(s0 + from, s0 + from + len))
}

/// Whether `src` opens with a share ("About 75 percent of adults", "49% of
/// Americans", "just 28% of those in the survey"): the respondents of a poll,
/// no speaker; the poll's figures go to another attribution or the outlet.
/// "Two officials" counts someone and is one.
fn share_of_group(doc: &Doc, src: Span) -> bool {
    let words = span_words(doc, src);
    let lead = words.first().is_some_and(|w| {
        ["just", "only", "fully", "another"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
    });
    parse_quantities(&words)
        .first()
        .is_some_and(|q| q.unit == "percent" && (q.start == 0 || (q.start == 1 && lead)))
}

/// The speaker's actor mention when it is a bare sector with no country
/// ("The Cabinet of Ministers" → GOV): it says less than the source's own
/// words.
fn bare_sector<'d>(doc: &'d Doc, q: &Quote) -> Option<&'d ActorMention> {
    q.speaker
        .and_then(|k| doc.actors.as_deref()?.get(k as usize))
        .filter(|a| a.country.is_none() && a.sector.as_deref() == Some(a.code.as_str()))
}

/// "…, a Senate source told Fox News.": an attribution after the number, past
/// a comma, whose cue is "told" and whose content is only the addressee (a
/// few words to the sentence's end: the quote stage read the outlet as what
/// was told) claims the clause before it, when nothing breaks the clause
/// between them (as for "…, according to X").
fn told_after(
    doc: &Doc,
    quotes: &[Quote],
    span: Span,
    sentence: Span,
) -> Option<(String, Span, u32)> {
    let (i, q, src) = quotes.iter().enumerate().find_map(|(i, q)| {
        let (cue, src) = (q.cue?, q.source?);
        let told = doc.slice(cue) == "told"
            && src.start >= span.end
            && cue.start >= src.end
            && cue.end <= sentence.end
            && !q.content.is_empty()
            && q.content.iter().all(|c| {
                c.start >= cue.end
                    && c.end <= sentence.end
                    && doc.slice(*c).split_whitespace().count() <= 5
            });
        told.then_some((i, q, src))
    })?;
    clause_speaker(doc, quotes, span, i, q, src)
}

/// The claimant for a number followed, past a comma, by the attribution `q`
/// (index `i`, source `src`) that `told_after` or `dated_after` chose: its
/// speaker, when nothing breaks the clause between the number and the source.
/// A bare sector with no country gives way to the source's words, as in
/// `claimant_for`.
fn clause_speaker(
    doc: &Doc,
    quotes: &[Quote],
    span: Span,
    i: usize,
    q: &Quote,
    src: Span,
) -> Option<(String, Span, u32)> {
    let between = doc.text.get(span.end as usize..src.start as usize)?;
    if !between.trim_end().ends_with(',')
        || between.contains([';', '—', '–', '“', '"', '”'])
        || between.contains(", but ")
        || between.contains(", and ")
        || between.contains(" - ")
    {
        return None;
    }
    let sector_only = bare_sector(doc, q).is_some();
    let code = q.speaker_code.clone().filter(|_| !sector_only);
    let name = code
        .or_else(|| q.speaker_name.clone())
        .or_else(|| pronoun_antecedent(doc, quotes, q))
        .unwrap_or_else(|| doc.slice(src).to_string());
    Some((name, src, i as u32))
}

/// The normalised words of the tokens inside `span`.
fn span_words(doc: &Doc, span: Span) -> Vec<&str> {
    let toks = doc.tokens();
    let a = toks.partition_point(|t| t.span.start < span.start);
    let b = toks.partition_point(|t| t.span.end <= span.end);
    (a..b.max(a)).map(|k| doc.token_norm(k)).collect()
}

/// Whether `src` is a quantity and nothing else ("Nine percent", "55%",
/// "Two-thirds"): no speaker. "Two officials" counts someone and is one.
fn quantity_alone(doc: &Doc, src: Span) -> bool {
    let words = span_words(doc, src);
    let q = parse_quantities(&words);
    // (a bare number may be a name after "according to": "According to 161,
    // a local news outlet"; only the words before the source are read)
    let before = doc.text[..src.start as usize].trim_end().as_bytes();
    let after_according =
        before.len() >= 12 && before[before.len() - 12..].eq_ignore_ascii_case(b"according to");
    !words.is_empty()
        && q.len() == 1
        && q[0].start == 0
        && q[0].end == words.len()
        && q[0].counted.is_none()
        && (q[0].unit == "percent" || !after_according)
}

/// "The Deputy Prime Minister listed … 15 billion rubles": a person or an
/// office (an actor mention of a government, legislature, military, police,
/// court or intelligence sector, or a person's name) right before "listed"
/// earlier in the sentence than the number claims it; "The company listed
/// 300 jobs" does not (no speech).
fn listing_subject(doc: &Doc, span: Span, sentence: Span) -> Option<(String, Span)> {
    let text = doc.text.get(sentence.start as usize..span.start as usize)?;
    let mut best = None;
    // (what is listed may run on over semicolons: "… listed keeping …;
    // allocating five billion rubles …; …")
    for (at, _) in text.match_indices(" listed ") {
        let cue = sentence.start as usize + at;
        let actor =
            doc.actors.iter().flatten().find(|a| {
                a.span.end as usize == cue
                    && (a.sector.as_deref().is_some_and(|s| {
                        matches!(s, "GOV" | "LEG" | "MIL" | "COP" | "JUD" | "SPY")
                    }) || a.entity.is_some_and(|e| {
                        doc.entities
                            .as_ref()
                            .and_then(|es| es.get(e as usize))
                            .is_some_and(|x| x.label == "PER")
                    }))
            });
        if let Some(a) = actor {
            best = Some((a.code.clone(), a.span));
        }
    }
    best
}

/// The owner of a source opened by a possessive pronoun ("their official
/// figures", "its foreign ministry"), a first-person one ("I", "our secret
/// services") or a named possessor ("Israel's immigration minister": its
/// country; left alone when it has none) whose speaker code has no country (the quote's speaker actor,
/// or an actor mention of the source with that code, has none):
/// `Some(Some(code))` with the country of the pronoun's actor (the actor
/// layer has resolved it to its antecedent: "its" → RUSGOV gives RUSGOV for
/// "its foreign ministry"; an IGO gives its own code) or, for "our"/"my", of
/// the actor named in the turn's speaker label ("our secret services" in
/// the Tajik president's turn: TJKSPY); `Some(None)` when no country is
/// known ("their" → "people"); None when the rule does not apply.
fn possessive_owner(doc: &Doc, q: &Quote, span: Span) -> Option<Option<String>> {
    let (code, src) = (q.speaker_code.as_deref()?, q.source?);
    let text = doc.slice(src);
    let first = text.split_whitespace().next()?.to_lowercase();
    let pronoun_first = matches!(
        first.as_str(),
        "their" | "its" | "his" | "her" | "i" | "we" | "my" | "our"
    );
    // (no pronoun and no possessive: nothing to read in the actors)
    if !pronoun_first && !text.contains("'s") && !text.contains("’s") {
        return None;
    }
    let actors = doc.actors.as_deref().unwrap_or(&[]);
    // a named possessor: "Israel's immigration minister", "President
    // Biden's national security adviser"
    let possessor = actors.iter().find(|a| {
        a.span.start == src.start
            && a.span.end < src.end
            && doc.text[a.span.end as usize..].starts_with(['\'', '’'])
            && doc.text[a.span.end as usize..]
                .chars()
                .nth(1)
                .is_some_and(|c| c == 's')
    });
    if possessor.is_none() && !pronoun_first {
        return None;
    }
    let speaker = q.speaker.and_then(|k| actors.get(k as usize));
    let countryless = speaker.is_some_and(|a| a.code == code && a.country.is_none())
        || actors
            .iter()
            .any(|a| src.contains(a.span) && a.code == code && a.country.is_none());
    if !countryless {
        return None;
    }
    let compose = |a: &chronicle_doc::ActorMention| {
        let country = a.country.as_deref()?;
        Some(if a.sector.as_deref() == Some("IGO") {
            a.code.clone()
        } else {
            format!("{country}{code}")
        })
    };
    if let Some(a) = possessor {
        return compose(a).map(Some);
    }
    let pronoun = actors
        .iter()
        .find(|a| a.span.start == src.start && a.span.len() == first.len())
        .and_then(compose);
    let turn = || {
        if !matches!(first.as_str(), "our" | "my") {
            return None;
        }
        let label = speaker_label(&doc.text, span)?;
        actors
            .iter()
            .filter(|a| label.contains(a.span))
            .find_map(compose)
    };
    Some(pronoun.or_else(turn))
}

/// "As you said, almost 500 companies …": a figure the speaker attributes to
/// the one addressed ("as you said/mentioned/noted", not "as you know") is
/// claimed by whoever stated the same value in the same unit earlier in the
/// article (the previous turn's "some 500 Italian companies"), when that was
/// someone else and not the outlet. With no earlier statement of it the
/// figure is the speaker's own elaboration ("As you said, our trade is
/// growing: … $5 billion") and keeps its claimant.
fn as_you_said(doc: &Doc, claims: &mut [Claim]) {
    let sents = doc.sentences();
    let mut last: Option<(u32, bool)> = None;
    for i in 0..claims.len() {
        let s = claims[i].sentence;
        // (read once per sentence, and only one with "as you")
        let addressed = match last {
            Some((k, a)) if k == s => a,
            _ => {
                let a = sents.get(s as usize).is_some_and(|x| {
                    let t = doc.slice(x.span);
                    (t.contains("as you") || t.contains("As you")) && addresses_a_statement(t)
                });
                last = Some((s, a));
                a
            }
        };
        if !addressed {
            continue;
        }
        let c = &claims[i];
        let before = claims[..i].iter().rev().find(|e| {
            e.sentence < c.sentence
                && e.value == c.value
                && e.value_max == c.value_max
                && e.unit == c.unit
                && e.claimant != c.claimant
                && !e.claimant.starts_with("source:")
        });
        if let Some(e) = before {
            let (claimant, span) = (e.claimant.clone(), e.claimant_span);
            claims[i].claimant = claimant;
            claims[i].claimant_span = span;
        }
    }
}

/// "as you said", "as you have rightly noted", "as you've mentioned".
fn addresses_a_statement(sentence: &str) -> bool {
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.windows(2).enumerate().any(|(k, p)| {
        if p[0] != "as" || !matches!(p[1].as_str(), "you" | "you've" | "you’ve") {
            return false;
        }
        let mut j = k + 2;
        while j < words.len()
            && j < k + 5
            && matches!(
                words[j].as_str(),
                "have" | "just" | "rightly" | "already" | "correctly" | "quite" | "yourself"
            )
        {
            j += 1;
        }
        words.get(j).is_some_and(|v| {
            matches!(
                v.as_str(),
                "said" | "mentioned" | "noted" | "pointed" | "stated" | "reported" | "remarked"
            )
        })
    })
}

/// A source that is data or a fact with no owner: "preliminary data", "the
/// latest figures", "The following fact", "our data" (the speaker's own):
/// lower-case words after a capital at most at the start, no possessive,
/// ending in such a noun. "UN data", "the ministry's figures" and "their
/// official figures" have an owner.
fn ownerless_data(source: &str) -> bool {
    let words: Vec<&str> = source.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    words.len() <= 4
        && matches!(
            last.to_lowercase().as_str(),
            "data"
                | "figures"
                | "fact"
                | "facts"
                | "estimates"
                | "statistics"
                | "numbers"
                | "forecasts"
                | "projections"
                | "calculations"
                | "reports"
                | "polls"
        )
        && words.iter().enumerate().all(|(k, w)| {
            (k == 0 || !w.starts_with(char::is_uppercase))
                && !w.contains(['\'', '’'])
                && !matches!(
                    w.to_lowercase().as_str(),
                    "their" | "his" | "her" | "its" | "official" | "government"
                )
        })
}

/// Whether an owner's noun modifies the data noun that ends `source`:
/// "industry data", "city figures", "police statistics" are someone's;
/// "preliminary data" and "job numbers" (a topic, not an owner) are not.
fn owned_data(source: &str) -> bool {
    source.split_whitespace().rev().skip(1).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "industry"
                | "federal"
                | "city"
                | "police"
                | "army"
                | "military"
                | "hospital"
                | "company"
                | "state"
                | "county"
                | "census"
                | "court"
                | "campaign"
                | "customs"
                | "airline"
                | "bank"
                | "ministry"
                | "agency"
        )
    })
}

/// A decision or commitment to act, not a statement: "has agreed to retain
/// 62,000 employees", "the state planned to construct 860 km of roads",
/// "decided to send 150 soldiers", "the campaign seeks to plant 5,000
/// trees" (an aim, not a statement). The number in its infinitive is the
/// outlet's (or an enclosing speaker's), not the claim of the one who agreed.
fn is_commitment(doc: &Doc, q: &Quote, part: Span) -> bool {
    let Some(cue) = q.cue else {
        return false;
    };
    let verb = doc
        .slice(cue)
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .to_lowercase();
    matches!(
        verb.as_str(),
        "agree"
            | "agrees"
            | "agreed"
            | "agreeing"
            | "decide"
            | "decides"
            | "decided"
            | "deciding"
            | "plan"
            | "plans"
            | "planned"
            | "planning"
            | "intend"
            | "intends"
            | "intended"
            | "intending"
            | "seek"
            | "seeks"
            | "sought"
            | "seeking"
    ) && doc.slice(part).starts_with("to ")
}

/// Whether the attribution's cue asks for something ("have requested $60
/// million", "called for a 15 percent cut", "asked for 200 more troops"):
/// a request asserts no fact, so the number in it is the outlet's report of
/// the request (or an enclosing speaker's), not the requester's claim.
fn is_request(doc: &Doc, q: &Quote) -> bool {
    let Some(cue) = q.cue else {
        return false;
    };
    let cue = doc.slice(cue).to_lowercase();
    let mut words = cue.rsplit(' ');
    let last = words.next().unwrap_or("");
    matches!(last, "request" | "requests" | "requested" | "requesting")
        || (last == "for"
            && words.next().is_some_and(|v| {
                matches!(
                    v,
                    "call" | "calls" | "called" | "calling" | "ask" | "asks" | "asked" | "asking"
                )
            }))
}

/// The speaker label of the transcript turn holding `span`: the nearest
/// earlier "Title Name:" in the same paragraph, opening the paragraph or a
/// sentence ("… performance. Accounts Chamber Chairman Alexei Kudrin: Mr
/// President, two events …"), made of capitalized words
/// ([`chronicle_quotes::turns::colon_label`]: also "Name, Head of the …
/// (Abbrev):", lowercase particles, "el-Sisi"), two to twenty-four of them before
/// any comma; the colon may run into the speech ("Vladimir Putin:I
/// …"). None when an editor's parenthetical opened after the label is still
/// open ("(Further on, the minister gave a report …"): that is the outlet
/// speaking.
fn speaker_label(text: &str, span: Span) -> Option<Span> {
    let at = span.start as usize;
    let para = text[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
    // the nearest speaker label before the number; a question from the floor
    // ("Question:", "Answer:") ends the turn before it, so its numbers are
    // not the previous speaker's; other one-word labels ("Nanotechnologist:"
    // inside a speech) and notes ("Update:") are passed over
    let label = text[para..at]
        .match_indices(':')
        .map(|(i, _)| para + i)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .find_map(|colon| {
            let (label, words) = chronicle_quotes::turns::colon_label(text, colon)?;
            if words
                .last()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "question" | "answer"))
            {
                return Some(None);
            }
            // (the name's words: an office after a comma may be long; as many
            // words as the quote stage's turns allow: "Chairman of the Cabinet
            // of Ministers and Chief of Staff of … Kyrgyzstan Name Surname")
            let name_len = words
                .iter()
                .position(|w| w.ends_with(','))
                .map_or(words.len(), |i| i + 1);
            let capitals = words
                .iter()
                .filter(|w| {
                    w.starts_with(char::is_uppercase)
                        || w.split_once('-')
                            .is_some_and(|(_, b)| b.starts_with(char::is_uppercase))
                })
                .count();
            let ok = (2..=24).contains(&name_len)
                && capitals >= 2
                && !words
                    .last()
                    .is_some_and(|w| chronicle_quotes::turns::is_note_word(w));
            ok.then_some(Some(label))
        })
        .flatten()?;
    // a name card the site ran into the label ("… Anton Belov Belov
    // AntonMoscow Mayor") is not part of the claimant's name
    let keep =
        chronicle_quotes::turns::without_name_card(&text[label.start as usize..label.end as usize]);
    let label = Span::new(label.start as usize, label.start as usize + keep);
    let between = &text[label.end as usize..at];
    if let Some(open) = between.rfind('(')
        && !between[open..].contains(')')
        && between[..open]
            .trim_end()
            .ends_with(['.', '!', '?', ':', '>'])
    {
        return None;
    }
    Some(label)
}

/// The author of an excerpt named on the line after it, as a digest of
/// columns prints them: a paragraph quoted in full (“…”, the number after an
/// opening mark), on one or more paragraphs, then a line of its own "Name
/// Surname, Outlet" ("Jane Roe, The Daily Ledger"): the name before the
/// comma, or the whole line for an editorial board ("Editorial Board, The
/// Ledger"). The line has one comma, two to nine words, all capitalised but
/// "of", "the", "and", "for", and no full stop, colon or quote mark.
fn byline_after_quote(text: &str, span: Span) -> Option<Span> {
    let at = span.start as usize;
    let para = text[..at].rfind('\n').map_or(0, |i| i + 1);
    // (an opening mark before the number in its paragraph)
    let open = |p: &str| p.contains(['“', '"']);
    if !open(&text[para..at]) {
        return None;
    }
    let mut from = span.end as usize;
    for round in 0..4 {
        let line_end = text[from..].find('\n').map_or(text.len(), |i| from + i);
        let line = text[from..line_end].trim_end();
        if round > 0
            && !line
                .trim_start_matches(['\u{200d}', ' '])
                .starts_with(['“', '"'])
        {
            return None;
        }
        if line.ends_with(['”', '"']) {
            // the next line with text
            let rest = &text[line_end..];
            let skip = rest.len() - rest.trim_start().len();
            let b0 = line_end + skip;
            let b1 = text[b0..].find('\n').map_or(text.len(), |i| b0 + i);
            let by = text[b0..b1].trim_end();
            return author_line(by).map(|k| Span::new(b0, b0 + k));
        }
        if line_end >= text.len() {
            return None;
        }
        // the next paragraph
        let rest = &text[line_end..];
        from = line_end + (rest.len() - rest.trim_start().len());
    }
    None
}

/// A negated verb of saying ("hasn’t said much about how …", "did not
/// say", "never told"): what follows is no statement of the speaker's.
fn negated_cue(cue: &str) -> bool {
    // (no allocation: a cue is a few words, read once per holding attribution)
    cue.split_whitespace().any(|w| {
        w.ends_with("n't")
            || w.ends_with("n’t")
            || w.eq_ignore_ascii_case("not")
            || w.eq_ignore_ascii_case("never")
    })
}

/// The speaker of a statement introduced before its quoted paragraphs:
/// "Here is Mayor Lee's complete statement:" (or "… full statement:", "…
/// remarks:", "… letter:"), then one or more paragraphs opening with a
/// quotation mark, the one holding `span` among them (at most six back). The
/// possessor, one to four capitalised words before "'s", is the claimant.
fn statement_introduced(text: &str, span: Span) -> Option<Span> {
    let opens = |p: &str| {
        p.trim_start_matches(['\u{200d}', ' '])
            .starts_with(['“', '"'])
    };
    let mut at = span.start as usize;
    for _ in 0..6 {
        let para = text[..at].rfind('\n').map_or(0, |i| i + 1);
        if !opens(&text[para..]) {
            return None;
        }
        // the paragraph before, skipping blank lines
        let before = text[..para].trim_end();
        if before.is_empty() {
            return None;
        }
        let b0 = before.rfind('\n').map_or(0, |i| i + 1);
        let line = &before[b0..];
        if !opens(line) {
            let intro = line.strip_suffix(':')?;
            let lower = intro.to_lowercase();
            let noun = ["statement", "remarks", "letter", "response", "comments"]
                .into_iter()
                .find(|n| lower.ends_with(n))?;
            let mut head = intro[..intro.len() - noun.len()].trim_end();
            for adj in ["full", "complete", "entire", "prepared", "written", "whole"] {
                if let Some(h) = head.strip_suffix(adj) {
                    head = h.trim_end();
                    break;
                }
            }
            let owner = head
                .strip_suffix("'s")
                .or_else(|| head.strip_suffix("’s"))?;
            // one to four capitalised words before the mark
            let words: Vec<&str> = owner.split(' ').rev().take(5).collect();
            let k = words
                .iter()
                .take_while(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
                })
                .count()
                .min(4);
            if k == 0 {
                return None;
            }
            let name_len: usize = words[..k].iter().map(|w| w.len()).sum::<usize>() + k - 1;
            let end = b0 + owner.len();
            // (not a sentence's first word alone: "Here's" is no name)
            let name = &text[end - name_len..end];
            if matches!(name, "Here" | "Below" | "The" | "This") {
                return None;
            }
            return Some(Span::new(end - name_len, end));
        }
        at = b0;
    }
    None
}

/// The length of the author's part of a byline "Name Surname, Outlet"
/// (the whole line for "Editorial Board, …"); None when the line is not one.
fn author_line(line: &str) -> Option<usize> {
    let (name, outlet) = line.split_once(", ")?;
    let words: Vec<&str> = line.split_whitespace().collect();
    let small = |w: &str| matches!(w, "of" | "the" | "and" | "for" | "&");
    let ok = (2..=9).contains(&words.len())
        && !outlet.contains(',')
        && !line.contains(['.', ':', '"', '“', '”', '?', '!', ';', '(', '\''])
        && !line.chars().any(|c| c.is_ascii_digit())
        && (1..=4).contains(&name.split_whitespace().count())
        && words
            .iter()
            .all(|w| small(w) || w.trim_end_matches(',').starts_with(char::is_uppercase));
    if !ok {
        return None;
    }
    let board = name.starts_with("Editorial") || name.contains("Editors");
    Some(if board { line.len() } else { name.len() })
}

/// The speaker named after a final dash of the sentence holding `span`, after
/// the span: "… will pay less for heating next season - President", "…
/// missile defense systems - address by President Volodymyr Zelenskyy". The
/// tail (after "address by", "statement by" or "speech by") is at most eight
/// capitalized words (of, the, and, for excepted: "- the President") with no
/// digit.
fn dash_speaker(text: &str, span: Span, sentence: Span) -> Option<Span> {
    let (s0, s1) = (sentence.start as usize, sentence.end as usize);
    let sent = text.get(s0..s1)?;
    let end = sent.trim_end_matches(['.', ' ']).len();
    let (dash, len) = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| sent[..end].rfind(d).map(|i| (i, d.len())))
        .max()?;
    if s0 + dash < span.end as usize {
        return None;
    }
    let mut tail = &sent[dash + len..end];
    for lead in ["address by ", "statement by ", "speech by "] {
        if let Some(rest) = tail.strip_prefix(lead) {
            tail = rest;
        }
    }
    // "- President at the Atlantic Council's awards": the speaker ends before
    // the occasion
    let mut cut = tail.len();
    for prep in [" at ", " in ", " on ", " during ", " after "] {
        if let Some(i) = tail.find(prep) {
            cut = cut.min(i);
        }
    }
    let end = end - (tail.len() - cut);
    let tail = &tail[..cut];
    let words = tail.split_whitespace().count();
    let ok = (1..=8).contains(&words)
        && tail.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(w, "of" | "the" | "and" | "for")
        })
        && tail
            .trim_start_matches("the ")
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && !tail
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, ',' | ';' | ':' | '"' | '“'));
    let at = s0 + end - tail.len();
    ok.then(|| Span::new(at, s0 + end))
}

/// Naive English singular for comparison keys ("soldiers" → "soldier").
pub fn singular(w: &str) -> String {
    match w {
        "people" => return "person".into(),
        "men" => return "man".into(),
        "women" => return "woman".into(),
        "children" => return "child".into(),
        _ => {}
    }
    if let Some(s) = w.strip_suffix("ies")
        && s.len() > 1
    {
        return format!("{s}y");
    }
    for suf in ["sses", "shes", "ches", "xes"] {
        if w.ends_with(suf) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && w.len() > 3 {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// The key under which claims are compared, within and across articles:
/// `<unit>|<about>`, `None` when the counted thing is unknown.
pub fn comparison_key(c: &Claim) -> Option<String> {
    c.about.as_ref().map(|a| format!("{}|{}", c.unit, a))
}

/// The lemma of the verb that `token` hangs from (itself, or up to eight
/// heads up): "killed" in "attacks killed 21 civilians" and in "21 civilians
/// were killed". None for a verbless sentence and for "be" and "have", which
/// say nothing about the event.
fn predicate(
    deps: &[chronicle_doc::Dep],
    tags: &[chronicle_doc::Tag],
    token: usize,
) -> Option<String> {
    let mut k = token;
    for _ in 0..8 {
        if &*tags[k].upos == "VERB" {
            let l = tags[k].lemma.to_lowercase();
            return (!matches!(l.as_str(), "be" | "have")).then_some(l);
        }
        k = deps[k].head? as usize;
    }
    None
}

/// True when two claims with the same [`comparison_key`] disagree: different
/// claimants give values whose ranges do not overlap, or claimants of two
/// countries (actor codes `UKR…`, `RUS…`) give different ones. One claimant giving two
/// values is usually counting two things ("six enterprises at first, 38
/// today"), and two claimants giving the same value agree.
pub fn in_conflict(a: &Claim, b: &Claim) -> bool {
    if comparison_key(a).is_none() || comparison_key(a) != comparison_key(b) {
        return false;
    }
    if a.claimant == b.claimant {
        return false;
    }
    let (a0, a1) = (a.value, a.value_max.unwrap_or(a.value));
    let (b0, b1) = (b.value, b.value_max.unwrap_or(b.value));
    let overlap = a0 <= b1 && b0 <= a1;
    // (the same value twice agrees, whoever gives it)
    let same = a0 == b0 && a1 == b1;
    !overlap || (opposing(&a.claimant, &b.claimant) && !same)
}

/// Two actor codes of different countries ("UKRGOV", "RUSMIL").
fn opposing(a: &str, b: &str) -> bool {
    let country = |c: &str| {
        (c.len() >= 6 && c.bytes().all(|x| x.is_ascii_uppercase())).then(|| c[..3].to_string())
    };
    matches!((country(a), country(b)), (Some(x), Some(y)) if x != y)
}

/// Where and when a claim is said to hold: the place names (entities typed
/// `GPE` or `LOC`, lowercased, without a leading "the") and the time words
/// (weekdays, months, years, "yesterday", "last week", …) of its stretch of
/// the sentence, both sorted. A claim's stretch is its sentence, cut where
/// another claim of the sentence starts: in "1.3 million people from Kyiv
/// and almost 500,000 from Kharkiv" the first is Kyiv's, the second
/// Kharkiv's. The claimant's own name ("Ukraine says …") is no place.
#[derive(Clone, Debug, Default, PartialEq)]
struct Setting {
    places: Vec<String>,
    times: Vec<String>,
}

fn settings(doc: &Doc, quotes: &[Quote], claims: &[Claim]) -> Vec<Setting> {
    let sents = doc.sentences();
    let ents = doc.entities.as_deref().unwrap_or(&[]);
    let toks = doc.tokens();
    (0..claims.len())
        .map(|i| {
            let c = &claims[i];
            let s = &sents[c.sentence as usize];
            let prev = i > 0 && claims[i - 1].sentence == c.sentence;
            let from = if prev { c.span.start } else { s.span.start };
            let to = claims
                .get(i + 1)
                .filter(|n| n.sentence == c.sentence)
                .map_or(s.span.end, |n| n.span.start);
            let stretch = Span::new(from as usize, to as usize);
            let mut not_places: Vec<Span> = c.claimant_span.into_iter().collect();
            not_places.extend(c.quote.and_then(|q| quotes.get(q as usize)?.source));
            let mut places: Vec<String> = ents
                .iter()
                .filter(|e| matches!(e.label.as_str(), "GPE" | "LOC"))
                .filter(|e| stretch.contains(e.span))
                .filter(|e| {
                    !not_places
                        .iter()
                        .any(|x| x.start < e.span.end && e.span.start < x.end)
                })
                .map(|e| {
                    let p = doc.slice(e.span).to_lowercase();
                    p.strip_prefix("the ").map(str::to_string).unwrap_or(p)
                })
                .collect();
            places.sort();
            places.dedup();
            // (borrowed when already lowercase ASCII: no `String` per word)
            let words: Vec<std::borrow::Cow<str>> = s
                .tokens
                .range()
                .filter(|&k| stretch.contains(toks[k].span))
                .map(|k| {
                    let w = doc.token_norm(k);
                    if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
                        std::borrow::Cow::Borrowed(w)
                    } else {
                        std::borrow::Cow::Owned(w.to_lowercase())
                    }
                })
                .collect();
            let mut times: Vec<String> = Vec::new();
            for (k, w) in words.iter().enumerate() {
                let next = words.get(k + 1).map_or("", |x| x.as_ref());
                let w: &str = w;
                if matches!(w, "last" | "this" | "next" | "past")
                    && matches!(next, "week" | "month" | "year" | "night" | "weekend")
                {
                    times.push(format!("{w} {next}"));
                } else if is_time_word(w)
                    || (w.len() == 4
                        && w.bytes().all(|b| b.is_ascii_digit())
                        && (1900..=2100).contains(&w.parse::<u32>().unwrap_or(0)))
                {
                    times.push(w.to_string());
                }
            }
            times.sort();
            times.dedup();
            Setting { places, times }
        })
        .collect()
}

/// A weekday, a month or a word naming a day relative to the report.
fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "yesterday"
            | "today"
            | "tonight"
            | "overnight"
            | "tomorrow"
            | "earlier"
    )
}

/// Two claims said to hold at one place and at no two different times: both
/// name places, the same ones (when `places` are known: the entity stage
/// ran), and when both name a time it is the same.
fn same_setting(a: &Setting, b: &Setting, places: bool) -> bool {
    (!places || (!a.places.is_empty() && a.places == b.places))
        && (a.times.is_empty() || b.times.is_empty() || a.times == b.times)
}

/// Links the claims of an article that are [`in_conflict`], in different
/// sentences (two numbers of one sentence are a breakdown or a comparison:
/// "four million declarations, of which 3.2 million …", unless two
/// attributions hold them), and, when the syntax
/// stage ran (`preds`), hanging from the same verb ("killed", "evacuated"),
/// at the [`same_setting`] (place and time: "three killed in Belgorod on
/// Sunday" and "six killed in Sloviansk" are two events), with values less
/// than a hundredfold apart ("two doses" each and "300 doses" count
/// different things).
fn link_conflicts(
    claims: &mut [Claim],
    preds: Option<&[Option<String>]>,
    settings: &[Setting],
    places: bool,
) {
    let mut by_key: std::collections::HashMap<String, Vec<usize>> =
        std::collections::HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        if let Some(k) = comparison_key(c) {
            by_key.entry(k).or_default().push(i);
        }
    }
    let mut links: Vec<(usize, usize)> = Vec::new();
    for idx in by_key.values() {
        for (x, &i) in idx.iter().enumerate() {
            for &j in &idx[x + 1..] {
                let same_event = match preds {
                    Some(p) => p[i].is_some() && p[i] == p[j],
                    None => true,
                };
                let (lo, hi) = (
                    claims[i].value.min(claims[j].value),
                    claims[i].value.max(claims[j].value),
                );
                // (in one sentence only when two attributions hold them:
                // "Kyiv said …, while Moscow said …")
                let two_sources = claims[i].quote.is_some()
                    && claims[j].quote.is_some()
                    && claims[i].quote != claims[j].quote;
                if (claims[i].sentence != claims[j].sentence || two_sources)
                    && same_event
                    && same_setting(&settings[i], &settings[j], places)
                    && hi <= lo * 100.0
                    && in_conflict(&claims[i], &claims[j])
                {
                    links.push((i, j));
                }
            }
        }
    }
    for (i, j) in links {
        claims[i].conflicts.push(j as u32);
        claims[j].conflicts.push(i as u32);
    }
    for c in claims.iter_mut() {
        c.conflicts.sort_unstable();
        c.conflicts.dedup();
    }
}

/// Heads of a relative pronoun's antecedent that may claim a figure: a
/// document ("his report, which showed …"), a group ("The group, which
/// boasts …") or an unnamed speaker ("one official, who added …").
const ANTECEDENT_HEADS: &[&str] = &[
    "report",
    "reports",
    "study",
    "survey",
    "poll",
    "analysis",
    "update",
    "investigation",
    "review",
    "audit",
    "memo",
    "letter",
    "data",
    "statistics",
    "figures",
    "estimates",
    "returns",
    "records",
    "filing",
    "filings",
    "plan",
    "proposal",
    "bill",
    "budget",
    "group",
    "organization",
    "organisation",
    "company",
    "agency",
    "committee",
    "campaign",
    "association",
    "institute",
    "council",
    "coalition",
    "union",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "source",
    "sources",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "economist",
    "economists",
    "researcher",
    "researchers",
    "operative",
    "strategist",
    "adviser",
    "advisor",
    "lawyer",
    "attorney",
];

/// The claimant a relative pronoun read as the speaker stands for: a
/// person's or an organisation's name right before it ("David Okafor, who
/// said …"), or a noun phrase opened by a determiner, at most eight tokens
/// back, that holds a document, a group or an unnamed speaker ("an update on July 2 that reveals
/// …", "his report, which showed …"). None (no claimant) after anything else
/// ("attacks that claimed two lives") and for a question ("a survey that
/// asked …").
fn relative_antecedent(doc: &Doc, q: &Quote, src: Span) -> Option<(String, Span)> {
    if q.cue.is_some_and(|c| {
        matches!(
            doc.slice(c).to_lowercase().as_str(),
            "asked" | "asks" | "ask" | "asking" | "wondered"
        )
    }) {
        return None;
    }
    let toks = doc.tokens();
    let k = toks.partition_point(|t| t.span.start < src.start);
    let mut b = k;
    if b > 0 && matches!(doc.token_norm(b - 1), "," | "(") {
        b -= 1;
    }
    if b == 0 {
        return None;
    }
    let end = toks[b - 1].span.end;
    // (a person only before "who", an organisation only before "which" or
    // "that": "an indictment against Mr. Gates that accused …" is the
    // indictment's; and no group a share is taken of: "the share of
    // Democrats who say")
    let who = doc.slice(src) == "who";
    let named = doc.entities.iter().flatten().find(|e| {
        e.span.end == end
            && if who {
                e.label == "PER"
            } else {
                e.label == "ORG"
            }
            && {
                let k = toks.partition_point(|t| t.span.start < e.span.start);
                k == 0 || doc.token_norm(k - 1) != "of"
            }
    });
    if let Some(e) = named {
        let code = doc
            .actors
            .iter()
            .flatten()
            .find(|a| a.span.end == end && a.country.is_some())
            .map(|a| a.code.clone());
        return Some((
            code.unwrap_or_else(|| doc.slice(e.span).to_string()),
            e.span,
        ));
    }
    let mut m = b;
    while m > 0 && b - m < 8 {
        m -= 1;
        let w = doc.token_norm(m);
        if w.chars().all(|c| !c.is_alphanumeric()) {
            return None;
        }
        let det = matches!(
            w.to_lowercase().as_str(),
            "a" | "an" | "the" | "his" | "her" | "their" | "its" | "this" | "our" | "these" | "one"
        );
        if det {
            let head = (m + 1..b)
                .any(|x| ANTECEDENT_HEADS.contains(&doc.token_norm(x).to_lowercase().as_str()));
            if !head {
                return None;
            }
            let at = Span::new(toks[m].span.start as usize, end as usize);
            return Some((doc.slice(at).to_string(), at));
        }
    }
    None
}

/// "…, authorities said Saturday.": an attribution after the number, past a
/// comma, whose cue is a plain verb of saying and whose content is only a
/// time ("Saturday", "on Friday", "last week": the quote stage read the day
/// as what was said) claims the clause before it, when nothing breaks the
/// clause between them (as `told_after`).
fn dated_after(
    doc: &Doc,
    quotes: &[Quote],
    span: Span,
    sentence: Span,
) -> Option<(String, Span, u32)> {
    // (besides the weekdays, `chronicle_doc::words::WEEKDAYS`)
    const TIME: &[&str] = &[
        "today",
        "yesterday",
        "tonight",
        "on",
        "last",
        "this",
        "night",
        "morning",
        "afternoon",
        "evening",
        "week",
        "earlier",
        "late",
    ];
    let (i, q, src) = quotes.iter().enumerate().find_map(|(i, q)| {
        let (cue, src) = (q.cue?, q.source?);
        let saying = matches!(
            doc.slice(cue),
            "said"
                | "says"
                | "reported"
                | "announced"
                | "noted"
                | "confirmed"
                | "added"
                | "stated"
                | "tweeted"
                | "wrote"
                | "estimated"
        );
        let dated = saying
            && src.start >= span.end
            && cue.start >= src.end
            && cue.end <= sentence.end
            && !q.content.is_empty()
            && q.content.iter().all(|c| {
                c.start >= cue.end
                    && c.end <= sentence.end
                    && doc
                        .slice(*c)
                        .split_whitespace()
                        .map(|w| {
                            w.trim_matches(|c: char| !c.is_alphanumeric())
                                .to_lowercase()
                        })
                        .all(|w| {
                            w.is_empty()
                                || TIME.contains(&w.as_str())
                                || WEEKDAYS.contains(&w.as_str())
                        })
            });
        dated.then_some((i, q, src))
    })?;
    clause_speaker(doc, quotes, span, i, q, src)
}

#[cfg(test)]
mod tests;
