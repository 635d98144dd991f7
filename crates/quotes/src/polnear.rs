//! PolNeAR reader and scorer. PolNeAR stores attributions as brat standoff:
//! `T` lines hold typed spans (`Source`, `Cue`, `Content`, possibly
//! discontinuous `a b;c d`) in CHARACTER offsets, `E` lines tie them into
//! attributions. This module parses an `.ann` file from a `&str`, converts
//! offsets to bytes, and scores predicted [`Quote`]s against the gold.

use chronicle_doc::{Quote, Span};
use serde::Serialize;
use std::collections::HashMap;

/// One gold attribution, spans in bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldAttribution {
    /// Source spans (empty when the attribution has no source).
    pub source: Vec<Span>,
    /// Cue spans.
    pub cue: Vec<Span>,
    /// Content spans.
    pub content: Vec<Span>,
}

/// A malformed `.ann` line.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[error("line {line}: {reason}")]
pub struct AnnError {
    /// 1-based line.
    pub line: usize,
    /// Why.
    pub reason: String,
}

/// Parses a brat `.ann` file for `text` (character offsets become byte offsets).
pub fn parse_ann(ann: &str, text: &str) -> Result<Vec<GoldAttribution>, AnnError> {
    let mut char_to_byte: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    char_to_byte.push(text.len());
    let mut spans: HashMap<&str, Vec<Span>> = HashMap::new();
    let mut rels: Vec<(usize, Vec<(&str, &str)>)> = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let err = |reason: String| AnnError {
            line: n + 1,
            reason,
        };
        let line = line.trim_end_matches('\r');
        // span texts may hold newlines: continuation lines are not records
        let id_ok = |c: char| {
            line.starts_with(c)
                && line[1..]
                    .split('\t')
                    .next()
                    .is_some_and(|x| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit()))
                && line.contains('\t')
        };
        if id_ok('T') {
            let mut cols = line.splitn(3, '\t');
            let id = cols.next().unwrap_or("");
            let meta = cols
                .next()
                .ok_or_else(|| err("missing type/offsets column".into()))?;
            let (_ty, offs) = meta
                .split_once(' ')
                .ok_or_else(|| err("missing offsets".into()))?;
            let mut v = Vec::new();
            for part in offs.split(';') {
                let (a, b) = part
                    .trim()
                    .split_once(' ')
                    .ok_or_else(|| err(format!("bad range `{part}`")))?;
                let a: usize = a.parse().map_err(|_| err(format!("bad offset `{a}`")))?;
                let b: usize = b.parse().map_err(|_| err(format!("bad offset `{b}`")))?;
                if a > b || b >= char_to_byte.len() {
                    return Err(err(format!("range {a}..{b} outside the text")));
                }
                v.push(Span::new(char_to_byte[a], char_to_byte[b]));
            }
            spans.insert(id, v);
        } else if id_ok('E') {
            let mut cols = line.splitn(2, '\t');
            cols.next();
            let args = cols.next().ok_or_else(|| err("missing arguments".into()))?;
            let pairs: Vec<(&str, &str)> = args
                .split_whitespace()
                .filter_map(|p| p.split_once(':'))
                .collect();
            rels.push((n + 1, pairs));
        }
    }
    let mut out = Vec::new();
    for (line, pairs) in rels {
        let mut g = GoldAttribution::default();
        for (role, id) in pairs {
            let Some(s) = spans.get(id) else {
                return Err(AnnError {
                    line,
                    reason: format!("unknown span id `{id}`"),
                });
            };
            let role = role.trim_end_matches(|c: char| c.is_ascii_digit());
            match role {
                "Source" => g.source.extend(s),
                "Cue" => g.cue.extend(s),
                "Content" => g.content.extend(s),
                _ => {}
            }
        }
        if !g.cue.is_empty() || !g.content.is_empty() {
            out.push(g);
        }
    }
    Ok(out)
}

/// Picks the annotator of an article deterministically: the smallest
/// annotator id among `<article>_<annotator>.ann` files.
pub fn pick_annotator<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates.into_iter().min()
}

/// Canonical form of a span list: trimmed of whitespace (and trailing commas), sorted, spans
/// separated only by whitespace merged.
pub fn canonical(text: &str, spans: &[Span]) -> Vec<Span> {
    let mut v: Vec<Span> = spans
        .iter()
        .filter_map(|s| {
            let t = s.text(text);
            let lead = t.len() - t.trim_start().len();
            // trailing whitespace and commas: annotators differ on "X, a spokesman," vs "X, a spokesman"
            let trail = t.len()
                - t.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
                    .len();
            let a = s.start as usize + lead;
            let b = (s.end as usize).saturating_sub(trail);
            (b > a).then(|| Span::new(a, b))
        })
        .collect();
    v.sort();
    let mut out: Vec<Span> = Vec::with_capacity(v.len());
    for s in v {
        if let Some(last) = out.last_mut()
            && (s.start <= last.end || text[last.end as usize..s.start as usize].trim().is_empty())
        {
            last.end = last.end.max(s.end);
            continue;
        }
        out.push(s);
    }
    out
}

/// Precision/recall counts.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Prf {
    /// True positives.
    #[serde(rename = "correct")]
    pub tp: usize,
    /// Predicted items.
    #[serde(rename = "predicted")]
    pub pred: usize,
    /// Gold items.
    pub gold: usize,
    /// Precision.
    #[serde(rename = "precision")]
    pub p: f64,
    /// Recall.
    #[serde(rename = "recall")]
    pub r: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    fn add(&mut self, tp: usize, pred: usize, gold: usize) {
        self.tp += tp;
        self.pred += pred;
        self.gold += gold;
    }
    fn finish(&mut self) {
        self.p = if self.pred == 0 {
            0.0
        } else {
            self.tp as f64 / self.pred as f64
        };
        self.r = if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        };
        self.f1 = if self.p + self.r == 0.0 {
            0.0
        } else {
            2.0 * self.p * self.r / (self.p + self.r)
        };
    }
}

/// Scores for one role (source, cue or content).
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct RoleScores {
    /// Exact span match (after whitespace trimming), each span list matched once.
    pub exact: Prf,
    /// Token overlap: tokens labelled with the role in both gold and prediction.
    pub token: Prf,
    /// Exact match restricted to attributions whose content holds quotation marks.
    pub exact_quoted: Prf,
    /// Exact match restricted to attributions whose content has no quotation marks.
    pub exact_unquoted: Prf,
}

/// The evaluation report.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Report {
    /// Articles scored.
    pub articles: usize,
    /// Gold attributions.
    pub gold_attributions: usize,
    /// Predicted attributions.
    pub predicted_attributions: usize,
    /// Source scores.
    pub source: RoleScores,
    /// Cue scores.
    pub cue: RoleScores,
    /// Content scores.
    pub content: RoleScores,
    /// Gold attributions with a source whose cue overlaps a predicted cue.
    pub speaker_matched: usize,
    /// Of those, how many have exactly the gold source span.
    pub speaker_exact: usize,
    /// Of those, how many have a source span overlapping the gold one.
    pub speaker_overlap: usize,
    /// speaker_exact / speaker_matched.
    pub speaker_accuracy: f64,
    /// speaker_overlap / speaker_matched.
    pub speaker_accuracy_overlap: f64,
}

fn has_quote_mark(text: &str, spans: &[Span]) -> bool {
    spans
        .iter()
        .any(|s| s.text(text).contains(['"', '“', '”', '«', '»', '„']))
}

fn word_tokens(text: &str) -> Vec<Span> {
    crate::fallback::tokenize(text)
        .0
        .into_iter()
        .map(|t| t.span)
        .collect()
}

impl Report {
    /// Adds one article: its text, gold attributions and predicted quotes.
    pub fn add(&mut self, text: &str, gold: &[GoldAttribution], pred: &[Quote]) {
        self.articles += 1;
        self.gold_attributions += gold.len();
        self.predicted_attributions += pred.len();
        let toks = word_tokens(text);
        type Get<'a> = (fn(&GoldAttribution) -> Vec<Span>, fn(&Quote) -> Vec<Span>);
        let roles: [(&mut RoleScores, Get<'_>); 3] = [
            (
                &mut self.source,
                (|g| g.source.clone(), |q| q.source.into_iter().collect()),
            ),
            (
                &mut self.cue,
                (|g| g.cue.clone(), |q| q.cue.into_iter().collect()),
            ),
            (
                &mut self.content,
                (|g| g.content.clone(), |q| q.content.clone()),
            ),
        ];
        for (rs, (gget, pget)) in roles {
            // (canonical spans, quoted?) per attribution; each distinct span list once
            let mut gl: Vec<(Vec<Span>, bool)> = gold
                .iter()
                .map(|g| (canonical(text, &gget(g)), has_quote_mark(text, &g.content)))
                .filter(|x| !x.0.is_empty())
                .collect();
            let mut pl: Vec<(Vec<Span>, bool)> = pred
                .iter()
                .map(|q| (canonical(text, &pget(q)), has_quote_mark(text, &q.content)))
                .filter(|x| !x.0.is_empty())
                .collect();
            gl.sort();
            gl.dedup_by(|a, b| a.0 == b.0);
            pl.sort();
            pl.dedup_by(|a, b| a.0 == b.0);
            for (quoted, prf) in [
                (None, &mut rs.exact),
                (Some(true), &mut rs.exact_quoted),
                (Some(false), &mut rs.exact_unquoted),
            ] {
                let g: Vec<&Vec<Span>> = gl
                    .iter()
                    .filter(|x| quoted.is_none_or(|q| x.1 == q))
                    .map(|x| &x.0)
                    .collect();
                let p: Vec<&Vec<Span>> = pl
                    .iter()
                    .filter(|x| quoted.is_none_or(|q| x.1 == q))
                    .map(|x| &x.0)
                    .collect();
                let tp = if quoted.is_none() {
                    p.iter().filter(|x| g.contains(x)).count()
                } else {
                    // a predicted span list is correct if it matches any gold one
                    // (the split decides only which side it is counted on)
                    let all: Vec<&Vec<Span>> = gl.iter().map(|x| &x.0).collect();
                    p.iter().filter(|x| all.contains(x)).count().min(g.len())
                };
                prf.add(tp, p.len(), g.len());
            }
            // token overlap
            let gs: Vec<Span> = gl.iter().flat_map(|x| x.0.iter().copied()).collect();
            let ps: Vec<Span> = pl.iter().flat_map(|x| x.0.iter().copied()).collect();
            let (mut tp, mut np, mut ng) = (0, 0, 0);
            for t in &toks {
                let ing = gs.iter().any(|s| s.overlaps(*t));
                let inp = ps.iter().any(|s| s.overlaps(*t));
                tp += (ing && inp) as usize;
                np += inp as usize;
                ng += ing as usize;
            }
            rs.token.add(tp, np, ng);
        }
        // speaker match
        for g in gold {
            if g.source.is_empty() || g.cue.is_empty() {
                continue;
            }
            let gc = canonical(text, &g.cue);
            let Some(q) = pred
                .iter()
                .find(|q| q.cue.is_some_and(|c| gc.iter().any(|s| s.overlaps(c))))
            else {
                continue;
            };
            self.speaker_matched += 1;
            let gsrc = canonical(text, &g.source);
            if let Some(ps) = q.source {
                if canonical(text, &[ps]) == gsrc {
                    self.speaker_exact += 1;
                }
                if gsrc.iter().any(|s| s.overlaps(ps)) {
                    self.speaker_overlap += 1;
                }
            }
        }
    }

    /// Computes the ratios; call once after the last [`Report::add`].
    pub fn finish(&mut self) {
        for rs in [&mut self.source, &mut self.cue, &mut self.content] {
            for p in [
                &mut rs.exact,
                &mut rs.token,
                &mut rs.exact_quoted,
                &mut rs.exact_unquoted,
            ] {
                p.finish();
            }
        }
        let m = self.speaker_matched.max(1) as f64;
        self.speaker_accuracy = self.speaker_exact as f64 / m;
        self.speaker_accuracy_overlap = self.speaker_overlap as f64 / m;
    }

    /// A readable table.
    pub fn table(&self) -> String {
        let mut s = String::new();
        s.push_str(&format!(
            "articles {}  gold attributions {}  predicted {}\n",
            self.articles, self.gold_attributions, self.predicted_attributions
        ));
        s.push_str("role     | exact P  R  F1        | token P  R  F1        | exact F1 quoted / unquoted\n");
        for (name, r) in [
            ("source", &self.source),
            ("cue", &self.cue),
            ("content", &self.content),
        ] {
            s.push_str(&format!(
                "{:<8} | {:.3} {:.3} {:.3}     | {:.3} {:.3} {:.3}     | {:.3} / {:.3}\n",
                name,
                r.exact.p,
                r.exact.r,
                r.exact.f1,
                r.token.p,
                r.token.r,
                r.token.f1,
                r.exact_quoted.f1,
                r.exact_unquoted.f1
            ));
        }
        s.push_str(&format!(
            "speaker match: {}/{} exact ({:.3}), {} overlapping ({:.3})\n",
            self.speaker_exact,
            self.speaker_matched,
            self.speaker_accuracy,
            self.speaker_overlap,
            self.speaker_accuracy_overlap
        ));
        s
    }
}

/// One line per error of the predicted attributions of an article against its
/// gold, tab-separated: `MISS` (gold cue not found, with context), `CUE`,
/// `SRC`, `CONT` (boundary differences of a found attribution) and `FP`
/// (a predicted cue that no gold attribution has). With `with_pred`, a
/// `PRED rule hit exact` line for every prediction too (rule-precision counts).
pub fn error_lines(
    article: &str,
    text: &str,
    gold: &[GoldAttribution],
    pred: &[Quote],
    with_pred: bool,
) -> Vec<String> {
    let mut out = Vec::new();
    let show = |v: &[Span]| {
        v.iter()
            .map(|s| s.text(text).replace('\n', "⏎"))
            .collect::<Vec<_>>()
            .join(" … ")
    };
    for g in gold {
        let gc = canonical(text, &g.cue);
        let m = pred
            .iter()
            .find(|q| q.cue.is_some_and(|c| gc.iter().any(|s| s.overlaps(c))));
        match m {
            None => {
                let c = gc.first().map(|s| s.start as usize).unwrap_or(0);
                let mut a = c.saturating_sub(120);
                while !text.is_char_boundary(a) {
                    a -= 1;
                }
                let mut b = (c + 80).min(text.len());
                while !text.is_char_boundary(b) {
                    b += 1;
                }
                out.push(format!(
                    "MISS\t{article}\tcue=[{}]\tsrc=[{}]\tcontent=[{}]\tctx={}",
                    show(&g.cue),
                    show(&g.source),
                    show(&g.content),
                    text[a..b].replace('\n', "⏎")
                ));
            }
            Some(q) => {
                let qc: Vec<_> = q.cue.into_iter().collect();
                let qs: Vec<_> = q.source.into_iter().collect();
                if canonical(text, &qc) != gc {
                    out.push(format!(
                        "CUE\t{article}\tgold=[{}]\tpred=[{}]",
                        show(&g.cue),
                        show(&qc)
                    ));
                }
                if canonical(text, &qs) != canonical(text, &g.source) {
                    out.push(format!(
                        "SRC\t{article}\tgold=[{}]\tpred=[{}]\t{}",
                        show(&g.source),
                        show(&qs),
                        q.rule
                    ));
                }
                if canonical(text, &q.content) != canonical(text, &g.content) {
                    out.push(format!(
                        "CONT\t{article}\tgold=[{}]\tpred=[{}]\t{}",
                        show(&g.content),
                        show(&q.content),
                        q.rule
                    ));
                }
            }
        }
    }
    for q in pred {
        let Some(c) = q.cue else {
            if with_pred {
                // attributions without a cue (quotes carried to the previous speaker)
                let cont = gold
                    .iter()
                    .any(|g| canonical(text, &g.content) == canonical(text, &q.content));
                let qs: Vec<_> = q.source.into_iter().collect();
                let src = gold.iter().any(|g| {
                    canonical(text, &g.content) == canonical(text, &q.content)
                        && canonical(text, &g.source) == canonical(text, &qs)
                });
                out.push(format!("NOCUE\t{}\t{}\t{}", q.rule, cont as u8, src as u8));
            }
            continue;
        };
        let hit = gold.iter().any(|g| g.cue.iter().any(|s| s.overlaps(c)));
        if with_pred {
            let exact = gold
                .iter()
                .any(|g| canonical(text, &g.cue) == canonical(text, &[c]));
            out.push(format!("PRED\t{}\t{}\t{}", q.rule, hit as u8, exact as u8));
        }
        if !hit {
            let qs: Vec<_> = q.source.into_iter().collect();
            out.push(format!(
                "FP\t{article}\tcue=[{}]\tsrc=[{}]\tcontent=[{}]\t{}",
                c.text(text),
                show(&qs),
                show(&q.content),
                q.rule
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_discontinuous_spans_and_char_offsets() {
        // "é" is two bytes: character offsets shift by one byte after it.
        let text = "Café owner Bob said: “we are open” today.";
        let ann = "T1\tSource 11 14\tBob\nT2\tCue 15 20\tsaid:\nT3\tContent 21 24;25 34\t“we are open”\nT4\tAttribution 15 20\tsaid:\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n";
        let g = parse_ann(ann, text).unwrap();
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].source[0].text(text), "Bob");
        assert_eq!(g[0].cue[0].text(text), "said:");
        assert_eq!(g[0].content.len(), 2);
        assert_eq!(
            canonical(text, &g[0].content).len(),
            1,
            "spans split by a space merge"
        );
        assert!(parse_ann("T1\tCue 5 999\tx\n", text).is_err());
    }

    #[test]
    fn scores_exact_and_token_overlap() {
        let text = "Bob said that it rains.";
        let gold = vec![GoldAttribution {
            source: vec![Span::new(0, 3)],
            cue: vec![Span::new(4, 8)],
            content: vec![Span::new(9, 22)],
        }];
        let pred = vec![Quote {
            kind: "indirect".into(),
            cue: Some(Span::new(4, 8)),
            source: Some(Span::new(0, 3)),
            content: vec![Span::new(14, 22)],
            speaker: None,
            speaker_code: None,
            speaker_name: None,
            sentence: 0,
            rule: "t".into(),
        }];
        let mut r = Report::default();
        r.add(text, &gold, &pred);
        r.finish();
        assert_eq!(r.source.exact.f1, 1.0);
        assert_eq!(r.cue.exact.tp, 1);
        assert_eq!(r.content.exact.tp, 0);
        assert_eq!(r.content.token.tp, 2); // "it rains"
        assert_eq!(r.content.token.gold, 3);
        assert_eq!(r.speaker_exact, 1);
        assert_eq!(pick_annotator(["ef2d", "4e07"]), Some("4e07"));
    }
}
