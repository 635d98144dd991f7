//! An opt-in learned chooser for where reported content outside quotation
//! marks starts and ends.
//!
//! The rules give each attribution a content span; for a single span inside
//! one sentence that is not itself a quotation, the chooser lists candidate
//! ends (the rules' end, the sentence end, and the position before every
//! comma, dash, semicolon, conjunction, preposition or relative word in
//! between or up to the next attribution) and starts (the rules' start, after
//! a preposition or punctuation in the first words, before a `to`/`that`
//! there) and picks the pair a ranking perceptron scores highest, the rules'
//! span winning ties. Features: the words, tags and dependency relations
//! at the boundary, where the parse attaches the first word after it, whether
//! a clause with its own subject follows, lengths, the cue word and the rule.
//!
//! The model file is text: a header line `#chronicle-content-model v1` then
//! `feature<TAB>weight` lines. Not used unless loaded
//! ([`crate::QuoteAnnotator::with_content_model`]).

use super::{Cand, View, attaches_outside, trim_end};
use crate::CueModelError;
use crate::marks;
use chronicle_doc::Span;
use std::collections::HashMap;

const HEADER: &str = "#chronicle-content-model v1";

/// The learned content-end chooser.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContentModel {
    /// Feature weights.
    pub weights: HashMap<String, f32>,
}

/// One rule content span and the ends the chooser may pick for it (for training).
#[derive(Clone, Debug, PartialEq)]
pub struct ContentChoice {
    /// The attribution's cue.
    pub cue: Span,
    /// Candidate content spans (same start, different ends) with their features;
    /// the first is the rules' own choice.
    pub candidates: Vec<(Span, Vec<String>)>,
}

impl ContentModel {
    /// The score of one candidate.
    pub fn score<S: AsRef<str>>(&self, feats: &[S]) -> f32 {
        feats
            .iter()
            .map(|f| self.weights.get(f.as_ref()).copied().unwrap_or(0.0))
            .sum()
    }

    /// The index of the best candidate; the first (the rules' end) wins ties.
    pub fn choose<C: AsRef<[S]>, S: AsRef<str>>(&self, cands: &[C]) -> usize {
        let mut best = 0;
        let mut top = f32::NEG_INFINITY;
        for (i, c) in cands.iter().enumerate() {
            let s = self.score(c.as_ref());
            if s > top {
                top = s;
                best = i;
            }
        }
        best
    }

    /// Trains an averaged ranking perceptron on (candidate features, gold index)
    /// examples, `epochs` passes in the given order (deterministic).
    pub fn train(examples: &[(Vec<Vec<String>>, usize)], epochs: usize) -> ContentModel {
        // weight, total, last update
        let mut w: HashMap<String, (f32, f32, u64)> = HashMap::new();
        let mut t = 0u64;
        for _ in 0..epochs {
            for (cands, gold) in examples {
                t += 1;
                let score = |f: &Vec<String>, w: &HashMap<String, (f32, f32, u64)>| {
                    f.iter()
                        .map(|x| w.get(x).map(|e| e.0).unwrap_or(0.0))
                        .sum::<f32>()
                };
                let mut best = 0;
                let mut top = f32::NEG_INFINITY;
                for (i, c) in cands.iter().enumerate() {
                    let s = score(c, &w);
                    if s > top {
                        top = s;
                        best = i;
                    }
                }
                if best == *gold {
                    continue;
                }
                for (feats, d) in [(&cands[*gold], 1.0f32), (&cands[best], -1.0)] {
                    for f in feats {
                        let e = w.entry(f.clone()).or_insert((0.0, 0.0, 0));
                        e.1 += e.0 * (t - e.2) as f32;
                        e.2 = t;
                        e.0 += d;
                    }
                }
            }
        }
        let mut weights = HashMap::new();
        for (f, (x, tot, last)) in w {
            let avg = (tot + x * (t - last) as f32) / t.max(1) as f32;
            if avg.abs() >= 1e-3 {
                weights.insert(f, avg);
            }
        }
        ContentModel { weights }
    }

    /// Serialises the model (features sorted, so the output is deterministic).
    pub fn to_tsv(&self) -> String {
        let mut out = format!("{HEADER}\n");
        crate::cuemodel::write_weights(&self.weights, &mut out);
        out
    }

    /// Parses a model file; `file` names it in errors.
    pub fn parse(src: &str, file: &str) -> Result<ContentModel, CueModelError> {
        let (head, lines) = crate::cuemodel::read_header(src, file)?;
        if head.trim() != HEADER {
            return Err(CueModelError {
                file: file.to_string(),
                line: 1,
                reason: "not a chronicle content model (bad header)".into(),
            });
        }
        let mut m = ContentModel::default();
        crate::cuemodel::read_weights(lines, file, |f, x| {
            m.weights.insert(f.to_string(), x);
        })?;
        Ok(m)
    }
}

/// Words before which an unquoted content may end.
const CUT_WORDS: &[&str] = &[
    "which",
    "who",
    "whose",
    "where",
    "when",
    "while",
    "and",
    "but",
    "or",
    "because",
    "after",
    "before",
    "as",
    "since",
    "though",
    "although",
    "if",
    "unless",
    "until",
    "even",
    "including",
    "according",
    "especially",
    "particularly",
    "than",
    "so",
];

/// The tokens taken by other attributions (cue, source, content) and by
/// quotation marks, which a content may not run into.
fn occupied(v: &View<'_>, cands: &[Cand], skip: usize) -> Vec<bool> {
    let mut occ = vec![false; v.lower.len()];
    for (i, c) in cands.iter().enumerate() {
        if i == skip {
            continue;
        }
        let spans = c
            .content
            .iter()
            .chain(c.source.iter())
            .chain((c.cue.0 != usize::MAX).then_some(&c.cue));
        for &(a, b) in spans {
            for x in occ.iter_mut().take(b.min(v.lower.len())).skip(a) {
                *x = true;
            }
        }
    }
    occ
}

/// The candidate spans of the content of `c` (the rules' span first) with
/// their features, or `None` when the chooser does not apply: no cue, several
/// parts, a content that is a quotation, or one running over the sentence end.
#[allow(clippy::type_complexity)]
fn candidates(v: &View<'_>, c: &Cand, occ: &[bool]) -> Option<Vec<((usize, usize), Vec<String>)>> {
    if c.cue.0 == usize::MAX || c.content.len() != 1 {
        return None;
    }
    let (a, b) = c.content[0];
    // (a quotation inside is fine, a content that is one is not)
    if b <= a
        || marks::is_mark(v.tok(a))
        || v.in_speech[a].is_some()
        || v.sent_of[a] != v.sent_of[b - 1]
    {
        return None;
    }
    let (_, s1) = v.sent_bounds(a);
    // the content may grow up to the next token another attribution, the
    // cue or source of its own or a quotation mark takes
    let limit = (b..s1)
        .find(|&j| {
            occ[j]
                || (j >= c.cue.0 && j < c.cue.1)
                || c.source.is_some_and(|(x, y)| j >= x && j < y)
                || v.in_speech[j].is_some()
                || marks::is_mark(v.tok(j))
        })
        .unwrap_or(s1);
    // (without a conjunction left dangling before another attribution:
    // `said X, but the treasurer said …`)
    let mut end = trim_end(v, a, limit);
    while end > a + 1 && (CUT_WORDS.contains(&v.tok(end - 1)) || upos_at(v, end - 1) == "CCONJ") {
        end = trim_end(v, a, end - 1);
    }
    let end = end.max(b);
    let mut ends = vec![b];
    let upos = |j: usize| v.upos.as_ref().map(|u| u[j]).unwrap_or("_");
    for j in a + 1..end {
        let t = v.tok(j);
        let cut = v.in_speech[j].is_none()
            && !marks::is_mark(t)
            && (matches!(t, "," | ";" | "—" | "–" | "-" | "--" | ":" | "(")
                || CUT_WORDS.contains(&t)
                || matches!(upos(j), "ADP" | "SCONJ" | "CCONJ"));
        if cut {
            let e = trim_end(v, a, j);
            if e > a && !ends.contains(&e) {
                ends.push(e);
            }
        }
    }
    if !ends.contains(&end) {
        ends.push(end);
    }
    // candidate starts: the rules' start, after a preposition or a comma,
    // dash or colon near it, or before a `to`/`that` there
    let mut starts = vec![a];
    for j in a..(a + 8).min(b.saturating_sub(1)) {
        let t = v.tok(j);
        if v.in_speech[j].is_some() || marks::is_mark(t) {
            break;
        }
        let after = matches!(t, "," | "—" | "–" | "-" | "--" | ":" | "(") || upos(j) == "ADP";
        if after && !starts.contains(&(j + 1)) {
            starts.push(j + 1);
        }
        if j > a && matches!(t, "to" | "that") && !starts.contains(&j) {
            starts.push(j);
        }
    }
    // (and where the parse's clausal complement of the cue starts: `has
    // questioned in recent days whether …`)
    if c.cue.1 <= a
        && let Some(lo) = clause_start(v, c.cue.1 - 1, a, b)
        && lo > a
        && lo < b
        && (a..lo).all(|j| v.in_speech[j].is_none() && !marks::is_mark(v.tok(j)))
        && !starts.contains(&lo)
    {
        starts.push(lo);
    }
    let rule = c.rule.split(':').next().unwrap_or("");
    let cue_word = v.tok(c.cue.0).to_string();
    let mut out = Vec::new();
    for &st in &starts {
        for &e in &ends {
            if e <= st {
                continue;
            }
            let mut f = features(v, c, st, b, e, end, rule, &cue_word);
            f.extend(start_features(v, c, a, st, &cue_word));
            out.push(((st, e), f));
        }
    }
    (out.len() >= 2).then_some(out)
}

/// The first word of the cue's clausal complement (`ccomp`) inside `a..b`,
/// when the words from there to the complement's head all hang under it.
fn clause_start(v: &View<'_>, cue: usize, a: usize, b: usize) -> Option<usize> {
    let deps = v.doc.deps.as_ref().filter(|d| d.len() == v.lower.len())?;
    let c = (a..b).find(|&j| deps[j].head == Some(cue as u32) && deps[j].rel == "ccomp")?;
    let within = |mut j: usize| {
        for _ in 0..64 {
            if j == c {
                return true;
            }
            match deps[j].head {
                Some(h) => j = h as usize,
                None => return false,
            }
        }
        false
    };
    let lo = (a..=c).find(|&j| within(j))?;
    (lo..=c).all(within).then_some(lo)
}

/// Features of the start `st` (rules' start `a`).
fn start_features(v: &View<'_>, c: &Cand, a: usize, st: usize, cue_word: &str) -> Vec<String> {
    let n = v.lower.len();
    let deps = v.doc.deps.as_ref().filter(|d| d.len() == n);
    let upos = |j: usize| v.upos.as_ref().map(|u| u[j]).unwrap_or("_");
    let pos = if st == a { "rule" } else { "later" };
    let prev = if st > 0 { v.tok(st - 1) } else { "<s>" };
    let head = deps
        .map(|d| match d[st].head {
            None => "root",
            Some(h) if h as usize == c.cue.0 => "cue",
            Some(h) if (h as usize) < st => "before",
            Some(_) => "after",
        })
        .unwrap_or("_");
    let rel = deps.map(|d| d[st].rel.as_str()).unwrap_or("_");
    let base = [
        format!("s={}", v.tok(st)),
        format!("s-={prev}"),
        format!("ss={prev}|{}", v.tok(st)),
        format!("us={}", upos(st)),
        format!("us-={}", if st > 0 { upos(st - 1) } else { "<s>" }),
        format!("rs={rel}"),
        format!("hs={head}|{rel}"),
        format!("skip={}", bucket(st - a)),
        format!("cs={cue_word}|{prev}"),
        format!("a={}", v.tok(a)),
    ];
    let mut f = Vec::with_capacity(base.len() * 2 + 1);
    f.push(format!("spos={pos}"));
    for x in base {
        f.push(format!("S{x}|{pos}"));
        f.push(format!("S{x}"));
    }
    f
}

fn upos_at<'a>(v: &View<'a>, j: usize) -> &'a str {
    v.upos.as_ref().map(|u| u[j]).unwrap_or("_")
}

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=5 => "3-5",
        6..=10 => "6-10",
        11..=20 => "11-20",
        _ => "21+",
    }
}

/// Features of the content `a..e` (rules' end `b`, furthest end `end`).
#[allow(clippy::too_many_arguments)]
fn features(
    v: &View<'_>,
    c: &Cand,
    a: usize,
    b: usize,
    e: usize,
    end: usize,
    rule: &str,
    cue_word: &str,
) -> Vec<String> {
    let n = v.lower.len();
    let deps = v.doc.deps.as_ref().filter(|d| d.len() == n);
    let upos = |j: usize| {
        if j >= n {
            "</s>"
        } else {
            v.upos.as_ref().map(|u| u[j]).unwrap_or("_")
        }
    };
    let (_, s1) = v.sent_bounds(a);
    let tok = |j: usize| if j < s1 { v.tok(j) } else { "</s>" };
    let rel = |j: usize| {
        deps.filter(|_| j < s1)
            .map(|d| d[j].rel.as_str())
            .unwrap_or("_")
    };
    let pos = if e == b {
        "rule"
    } else if e < b {
        "short"
    } else {
        "long"
    };
    // the first word after the boundary
    let w = (e..s1).find(|&j| !v.is_punct(j)).unwrap_or(s1);
    let head_of_w = deps
        .filter(|_| w < s1)
        .map(|d| match d[w].head {
            None => "root",
            Some(h) if h as usize == c.cue.0 => "cue",
            Some(h) if (h as usize) >= a && (h as usize) < e => "in",
            Some(h) if (h as usize) >= e && (h as usize) < s1 => "after",
            Some(_) => "out",
        })
        .unwrap_or("_");
    let outside = w < s1 && attaches_outside(v, c.cue.0, a, w);
    let rest_subj = deps.is_some_and(|d| {
        (e..end).any(|j| {
            d[j].rel.starts_with("nsubj")
                && d[j]
                    .head
                    .is_some_and(|h| (h as usize) >= e && (h as usize) < end)
        })
    });
    let rest_verb = (e..end).any(|j| upos(j) == "VERB");
    let commas = (a..e).filter(|&j| v.tok(j) == ",").count();
    // dependency arcs crossing the boundary: words of the content headed after
    // it, words after it headed inside the content
    let (cross_in, cross_out) = deps
        .map(|d| {
            let inside = |h: Option<u32>| h.is_some_and(|h| (h as usize) >= a && (h as usize) < e);
            let after = |h: Option<u32>| h.is_some_and(|h| (h as usize) >= e && (h as usize) < end);
            (
                (a..e).filter(|&j| after(d[j].head)).count(),
                (e..end)
                    .filter(|&j| inside(d[j].head) && !v.is_punct(j))
                    .count(),
            )
        })
        .unwrap_or((0, 0));
    let base = vec![
        format!("w+={}", tok(e)),
        format!("w++={}", tok(e + 1)),
        format!("ww={}|{}", tok(e), tok(e + 1)),
        format!("w-={}", tok(e - 1)),
        format!("u+={}", upos(e)),
        format!("u++={}", upos(e + 1)),
        format!("uu={}|{}", upos(e), upos(e + 1)),
        format!("u-={}", upos(e - 1)),
        format!("r+={}", rel(e)),
        format!("rw={}", rel(w)),
        format!("hw={head_of_w}"),
        format!("hwr={head_of_w}|{}", rel(w)),
        format!("out={outside}"),
        format!("subj={rest_subj}"),
        format!("verb={rest_verb}"),
        format!("subjw={rest_subj}|{}", tok(e)),
        format!("len={}", bucket(e - a)),
        format!("rest={}", bucket(end - e)),
        format!("end={}", e == end),
        format!("commas={}", bucket(commas)),
        format!("cw={cue_word}|{}", tok(e)),
        format!("xin={}", bucket(cross_in)),
        format!("xout={}", bucket(cross_out)),
        format!("xio={}|{}", bucket(cross_in), bucket(cross_out)),
        format!("xw={}|{}", bucket(cross_out), tok(e)),
        format!("rw+={rule}|{}", tok(e)),
        format!("first={}|{}", v.tok(a), tok(e)),
        // where the rules ended it, and the content's side of the cue
        format!("rb={}|{}", tok(b), tok(b + 1)),
        format!("rbe={}|{}", tok(b), tok(e)),
        format!("side={}", if a < c.cue.0 { "before" } else { "after" }),
        format!("sidew={}|{}", a < c.cue.0, tok(e)),
    ];
    let mut f = Vec::with_capacity(base.len() * 2 + 1);
    f.push(format!("pos={pos}"));
    for x in base {
        f.push(format!("{x}|{pos}"));
        f.push(x);
    }
    f
}

/// Re-chooses the end of every eligible content with the model.
pub(super) fn rechoose(v: &View<'_>, model: &ContentModel, cands: &mut [Cand]) {
    for i in 0..cands.len() {
        let occ = occupied(v, cands, i);
        let Some(list) = candidates(v, &cands[i], &occ) else {
            continue;
        };
        let feats: Vec<&[String]> = list.iter().map(|x| x.1.as_slice()).collect();
        let best = model.choose(&feats);
        cands[i].content[0] = list[best].0;
    }
}

/// The candidate ends of every eligible content, as byte spans (for training).
pub(super) fn choices(v: &View<'_>, cands: &[Cand]) -> Vec<ContentChoice> {
    let mut out = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        let occ = occupied(v, cands, i);
        let Some(list) = candidates(v, c, &occ) else {
            continue;
        };
        out.push(ContentChoice {
            cue: v.span(c.cue.0, c.cue.1),
            candidates: list
                .into_iter()
                .map(|((st, e), f)| (v.span(st, e), f))
                .collect(),
        });
    }
    out
}
