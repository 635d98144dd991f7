//! Evaluation readers and scorers: PLV root-type classification with gold
//! source/target, and the PLOVER gold standard records (GSR). Pure functions:
//! the caller reads files and supplies the analysis (`&dyn Fn(&str) -> Doc`).

use crate::{Coder, LoadError};
use chronicle_doc::{ActorMention, Doc, Event, Span, TokenRange};
use serde::Serialize;
use std::collections::BTreeMap;

/// Label for "the coder found no event linking source and target".
pub const NONE: &str = "NONE";

/// Maps a PLOVER 2.0 type to the PLV label set (PLV still uses CAMEO's YIELD,
/// which PLOVER split into CONCEDE (verbal) and RETREAT (material)).
pub fn plv_label(plover_type: &str) -> &str {
    match plover_type {
        "CONCEDE" | "RETREAT" => "YIELD",
        t => t,
    }
}

/// Maps an old (PLOVER 0.5, GSR) type name to the PLOVER 2.0 types that count as a match.
pub fn gsr_types(old: &str) -> &'static [&'static str] {
    match old {
        "DEMAND" => &["REQUEST"],
        "DISAPPROVE" => &["ACCUSE"],
        "YIELD" => &["CONCEDE", "RETREAT"],
        "FIGHT" => &["ASSAULT"],
        "INVESTIGATE" => &["ACCUSE"],
        "AGREE" => &["AGREE"],
        "CONSULT" => &["CONSULT"],
        "SUPPORT" => &["SUPPORT"],
        "CONCEDE" => &["CONCEDE"],
        "COOPERATE" => &["COOPERATE"],
        "AID" => &["AID"],
        "RETREAT" => &["RETREAT"],
        "REQUEST" => &["REQUEST"],
        "ACCUSE" => &["ACCUSE"],
        "REJECT" => &["REJECT"],
        "THREATEN" => &["THREATEN"],
        "PROTEST" => &["PROTEST"],
        "SANCTION" => &["SANCTION"],
        "MOBILIZE" => &["MOBILIZE"],
        "COERCE" => &["COERCE"],
        "ASSAULT" => &["ASSAULT"],
        _ => &[],
    }
}

/// One PLV row.
#[derive(Clone, Debug, PartialEq)]
pub struct PlvRow {
    /// `sentence_id` column.
    pub id: String,
    /// The sentence with the `<s>`/`<t>` marks removed (the text analysed).
    pub text: String,
    /// Byte span of the marked source in `text` (`None` when unmarked).
    pub source: Option<Span>,
    /// Byte span of the marked target in `text` (`None`: PLV writes "a recipient" when there is none).
    pub target: Option<Span>,
    /// Gold root label (`gold_root`).
    pub gold: String,
}

/// Reads PLV TSV (header with `sentence_id`, `marked_sentence`, `gold_root`).
pub fn read_plv(file: &str, src: &str) -> Result<Vec<PlvRow>, LoadError> {
    let mut lines = src.lines().enumerate();
    let err = |line: usize, reason: String| LoadError {
        file: file.to_string(),
        line,
        reason,
    };
    let (_, header) = lines.next().ok_or_else(|| err(1, "empty file".into()))?;
    let cols: Vec<&str> = header.split('\t').collect();
    let col = |name: &str| {
        cols.iter()
            .position(|c| *c == name)
            .ok_or_else(|| err(1, format!("no column {name:?}")))
    };
    let (ci, cm, cg) = (
        col("sentence_id")?,
        col("marked_sentence")?,
        col("gold_root")?,
    );
    let mut out = Vec::new();
    for (n, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != cols.len() {
            return Err(err(
                n + 1,
                format!("{} columns, header has {}", f.len(), cols.len()),
            ));
        }
        let (text, s, t) = unmark(f[cm]).map_err(|r| err(n + 1, r))?;
        out.push(PlvRow {
            id: f[ci].to_string(),
            text,
            source: s,
            target: t,
            gold: f[cg].trim().to_string(),
        });
    }
    Ok(out)
}

/// Removes `<s>…</s>` and `<t>…</t>` marks, returning the text and the two spans (trimmed).
fn unmark(marked: &str) -> Result<(String, Option<Span>, Option<Span>), String> {
    let mut text = String::with_capacity(marked.len());
    let (mut s, mut t) = (None, None);
    let (mut s0, mut t0) = (None, None);
    let mut rest = marked;
    while let Some(p) = rest.find('<') {
        text.push_str(&rest[..p]);
        let r = &rest[p..];
        let tag = ["<s>", "</s>", "<t>", "</t>"]
            .into_iter()
            .find(|g| r.starts_with(g));
        match tag {
            Some("<s>") => s0 = Some(text.len()),
            Some("</s>") => s = s0.map(|a| (a, text.len())),
            Some("<t>") => t0 = Some(text.len()),
            Some("</t>") => t = t0.map(|a| (a, text.len())),
            _ => {
                text.push('<');
                rest = &r[1..];
                continue;
            }
        }
        rest = &r[tag.unwrap().len()..];
    }
    text.push_str(rest);
    let trim = |(a, b): (usize, usize), text: &str| {
        let sub = &text[a..b];
        let a2 = a + (sub.len() - sub.trim_start().len());
        let b2 = b - (sub.len() - sub.trim_end().len());
        Span::new(a2, b2.max(a2))
    };
    if s.is_none() && t.is_none() {
        return Err("neither <s>…</s> nor <t>…</t> is marked".into());
    }
    Ok((
        text.clone(),
        s.map(|x| trim(x, &text)),
        t.map(|x| trim(x, &text)),
    ))
}

/// An actor mention over the tokens a span covers; its head is the token whose
/// syntactic head lies outside the span (the last token without a parse).
pub fn mention_for_span(doc: &Doc, span: Span, code: &str) -> Option<ActorMention> {
    let toks: Vec<usize> = (0..doc.tokens().len())
        .filter(|&i| doc.tokens()[i].span.overlaps(span))
        .collect();
    let (&first, &last) = (toks.first()?, toks.last()?);
    let deps = doc.deps.as_deref();
    let head = toks
        .iter()
        .copied()
        .find(|&i| {
            deps.is_some_and(|d| {
                d[i].head
                    .is_none_or(|h| (h as usize) < first || (h as usize) > last)
            })
        })
        .unwrap_or(last);
    Some(ActorMention {
        span,
        tokens: TokenRange::new(first, last + 1),
        head: head as u32,
        entity: None,
        actor_id: None,
        name: None,
        code: code.to_string(),
        country: None,
        sector: None,
        qid: None,
        antecedent: None,
        rule: "gold".into(),
    })
}

/// Precision, recall, F1 and support of one class.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Gold count.
    pub support: usize,
}

fn prf(tp: usize, pred: usize, gold: usize) -> Prf {
    let p = if pred == 0 {
        0.0
    } else {
        tp as f64 / pred as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    Prf {
        precision: p,
        recall: r,
        f1: f,
        support: gold,
    }
}

/// A single-label classification score with a separate "no prediction" label.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Classification {
    /// Items scored.
    pub n: usize,
    /// Accuracy over all items (`NONE` counts as wrong).
    pub accuracy: f64,
    /// Mean F1 over the gold classes.
    pub macro_f1: f64,
    /// Accuracy over the items where a prediction was made.
    pub accuracy_when_predicted: f64,
    /// Items with no prediction (`NONE`).
    pub no_event: usize,
    /// Per gold class.
    pub per_class: BTreeMap<String, Prf>,
    /// Confusion matrix: gold → predicted → count.
    pub confusion: BTreeMap<String, BTreeMap<String, usize>>,
}

impl Classification {
    /// Scores (gold, predicted) pairs; `NONE` marks a missing prediction.
    pub fn score(pairs: &[(String, String)]) -> Classification {
        let mut c = Classification {
            n: pairs.len(),
            ..Default::default()
        };
        let mut gold_n: BTreeMap<&str, usize> = BTreeMap::new();
        let mut pred_n: BTreeMap<&str, usize> = BTreeMap::new();
        let mut tp: BTreeMap<&str, usize> = BTreeMap::new();
        for (g, p) in pairs {
            *gold_n.entry(g).or_default() += 1;
            *c.confusion
                .entry(g.clone())
                .or_default()
                .entry(p.clone())
                .or_default() += 1;
            if p == NONE {
                c.no_event += 1;
                continue;
            }
            *pred_n.entry(p).or_default() += 1;
            if g == p {
                *tp.entry(g).or_default() += 1;
            }
        }
        let correct: usize = tp.values().sum();
        c.accuracy = if c.n == 0 {
            0.0
        } else {
            correct as f64 / c.n as f64
        };
        let predicted = c.n - c.no_event;
        c.accuracy_when_predicted = if predicted == 0 {
            0.0
        } else {
            correct as f64 / predicted as f64
        };
        for (g, &n) in &gold_n {
            let x = prf(*tp.get(g).unwrap_or(&0), *pred_n.get(g).unwrap_or(&0), n);
            c.per_class.insert(g.to_string(), x);
        }
        c.macro_f1 = if c.per_class.is_empty() {
            0.0
        } else {
            c.per_class.values().map(|x| x.f1).sum::<f64>() / c.per_class.len() as f64
        };
        c
    }

    /// A readable table: summary, per-class P/R/F1, confusion matrix.
    pub fn table(&self) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "items {}  accuracy {:.3}  macro-F1 {:.3}  no event {} ({:.1}%)  accuracy when predicted {:.3}",
            self.n,
            self.accuracy,
            self.macro_f1,
            self.no_event,
            100.0 * self.no_event as f64 / self.n.max(1) as f64,
            self.accuracy_when_predicted
        );
        let _ = writeln!(
            s,
            "\n{:<11} {:>6} {:>6} {:>6} {:>7}",
            "class", "P", "R", "F1", "support"
        );
        for (k, x) in &self.per_class {
            let _ = writeln!(
                s,
                "{k:<11} {:>6.3} {:>6.3} {:>6.3} {:>7}",
                x.precision, x.recall, x.f1, x.support
            );
        }
        let mut cols: Vec<&String> = self.confusion.values().flat_map(|m| m.keys()).collect();
        cols.sort();
        cols.dedup();
        let _ = write!(s, "\nconfusion (rows gold, columns predicted)\n{:<10}", "");
        for c in &cols {
            let _ = write!(s, " {:>5}", &c[..c.len().min(5)]);
        }
        s.push('\n');
        for (g, row) in &self.confusion {
            let _ = write!(s, "{:<10}", &g[..g.len().min(10)]);
            for c in &cols {
                let _ = write!(s, " {:>5}", row.get(*c).copied().unwrap_or(0));
            }
            s.push('\n');
        }
        s
    }
}

/// How the PLV prediction was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Link {
    /// An event with the source among actors and the target among recipients.
    Directed,
    /// An event with both source and target among its participants, other roles.
    Both,
    /// An event with only one of them (source as actor or target as recipient).
    One,
    /// Only in reversed roles (source as recipient or target as actor: a host
    /// coded as the recipient of a visit, a passive the parser missed).
    Reversed,
    /// No event touches them.
    None,
}

/// Picks the event that links the gold source (code `SRC`) and target (`TGT`);
/// without a gold target, an event with the source among its actors is `Directed`.
pub fn link_event(events: &[Event], has_target: bool) -> (Option<&Event>, Link) {
    let has = |ps: &[chronicle_doc::Participant], c: &str| {
        ps.iter().any(|p| p.code.as_deref() == Some(c))
    };
    if !has_target && let Some(e) = events.iter().find(|e| has(&e.actors, "SRC")) {
        return (Some(e), Link::Directed);
    }
    if let Some(e) = events
        .iter()
        .find(|e| has(&e.actors, "SRC") && has(&e.recipients, "TGT"))
    {
        return (Some(e), Link::Directed);
    }
    let any = |e: &Event, c: &str| has(&e.actors, c) || has(&e.recipients, c);
    if let Some(e) = events.iter().find(|e| any(e, "SRC") && any(e, "TGT")) {
        return (Some(e), Link::Both);
    }
    if let Some(e) = events
        .iter()
        .find(|e| has(&e.actors, "SRC") || has(&e.recipients, "TGT"))
    {
        return (Some(e), Link::One);
    }
    if let Some(e) = events
        .iter()
        .find(|e| has(&e.recipients, "SRC") || has(&e.actors, "TGT"))
    {
        return (Some(e), Link::Reversed);
    }
    (None, Link::None)
}

/// One PLV prediction, for error analysis.
#[derive(Clone, Debug, Serialize)]
pub struct PlvPrediction {
    /// Row id.
    pub id: String,
    /// Gold label.
    pub gold: String,
    /// Predicted label (`NONE` if no event).
    pub predicted: String,
    /// Pattern that fired.
    pub pattern: Option<String>,
    /// How the event was linked.
    pub link: Link,
}

/// The PLV report.
#[derive(Clone, Debug, Serialize)]
pub struct PlvReport {
    /// Scores.
    pub score: Classification,
    /// Counts of link kinds (`Directed`, `Both`, `One`, `None`).
    pub links: BTreeMap<String, usize>,
    /// Events coded per sentence (all events, any participants).
    pub events_per_sentence: f64,
    /// Per-row predictions.
    #[serde(skip)]
    pub predictions: Vec<PlvPrediction>,
}

/// Runs the coder over PLV rows: `analyze` parses a sentence (tokens, tags, deps);
/// the gold source and target become the only actor mentions (`SRC`, `TGT`).
pub fn eval_plv(rows: &[PlvRow], analyze: &dyn Fn(&str) -> Doc, coder: &Coder) -> PlvReport {
    let mut pairs = Vec::new();
    let mut preds = Vec::new();
    let mut links: BTreeMap<String, usize> = BTreeMap::new();
    let mut n_events = 0usize;
    for r in rows {
        let mut doc = analyze(&r.text);
        let mut ms = Vec::new();
        ms.extend(r.source.and_then(|s| mention_for_span(&doc, s, "SRC")));
        ms.extend(r.target.and_then(|t| mention_for_span(&doc, t, "TGT")));
        doc.actors = Some(ms);
        let events = coder.annotate(&doc);
        n_events += events.len();
        let (e, link) = link_event(&events, r.target.is_some());
        let predicted = e.map_or(NONE.to_string(), |e| plv_label(&e.event_type).to_string());
        *links.entry(format!("{link:?}")).or_default() += 1;
        pairs.push((r.gold.clone(), predicted.clone()));
        preds.push(PlvPrediction {
            id: r.id.clone(),
            gold: r.gold.clone(),
            predicted,
            pattern: e.map(|e| e.pattern.clone()),
            link,
        });
    }
    PlvReport {
        score: Classification::score(&pairs),
        links,
        events_per_sentence: n_events as f64 / rows.len().max(1) as f64,
        predictions: preds,
    }
}

/// A GSR participant.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct GsrActor {
    /// Text as written.
    #[serde(rename = "actorText", default)]
    pub text: String,
    /// Country/IGO code.
    #[serde(default)]
    pub code: String,
}

/// One GSR record.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct GsrRecord {
    /// Record id.
    pub id: String,
    /// Event type (old names).
    #[serde(default)]
    pub event: String,
    /// Sentence.
    #[serde(default)]
    pub text: String,
    /// Sources (an empty string in the file counts as none).
    #[serde(default, deserialize_with = "actors_or_empty")]
    pub source: Vec<GsrActor>,
    /// Targets (an empty string in the file counts as none).
    #[serde(default, deserialize_with = "actors_or_empty")]
    pub target: Vec<GsrActor>,
}

fn actors_or_empty<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<GsrActor>, D::Error> {
    use serde::Deserialize;
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::Array(a) => a
            .into_iter()
            .map(|x| serde_json::from_value(x).map_err(serde::de::Error::custom))
            .collect(),
        _ => Ok(Vec::new()),
    }
}

/// Reads the GSR JSON array, keeping coded sentences (records with an event and text).
pub fn read_gsr(file: &str, src: &str) -> Result<Vec<GsrRecord>, LoadError> {
    let v: Vec<serde_json::Value> = serde_json::from_str(src).map_err(|e| LoadError {
        file: file.into(),
        line: e.line(),
        reason: e.to_string(),
    })?;
    let mut out = Vec::new();
    for (k, x) in v.into_iter().enumerate() {
        let r: GsrRecord = serde_json::from_value(x).map_err(|e| LoadError {
            file: file.into(),
            line: 0,
            reason: format!("record {k}: {e}"),
        })?;
        if !r.event.is_empty() && !r.text.is_empty() && !gsr_types(&r.event).is_empty() {
            out.push(r);
        }
    }
    Ok(out)
}

/// GSR scores.
#[derive(Clone, Debug, Default, Serialize)]
pub struct GsrReport {
    /// Records scored.
    pub records: usize,
    /// Events predicted in total.
    pub predicted_events: usize,
    /// Event type: precision (predicted events whose type is the record's), recall (records with a type match), F1.
    pub event_type: Prf,
    /// Type and actor: a type-matching event has a gold source code among its actors.
    pub type_actor: Prf,
    /// Type, actor and recipient (records with targets only for the recipient part).
    pub type_actor_recipient: Prf,
    /// Records where the gold actor text could not be found in the sentence.
    pub actors_not_found: usize,
    /// Per gold (old-name) type: (records, type matches).
    pub per_type: BTreeMap<String, (usize, usize)>,
}

/// Runs the coder over GSR records. Gold actor texts are located in the sentence
/// and become the actor mentions (with their gold codes), so the score measures
/// event coding, not actor recognition.
pub fn eval_gsr(records: &[GsrRecord], analyze: &dyn Fn(&str) -> Doc, coder: &Coder) -> GsrReport {
    let mut rep = GsrReport {
        records: records.len(),
        ..Default::default()
    };
    let (mut type_ok_events, mut rec_type, mut rec_actor, mut rec_full) =
        (0usize, 0usize, 0usize, 0usize);
    let (mut ev_actor, mut ev_full) = (0usize, 0usize);
    for r in records {
        let mut doc = analyze(&r.text);
        let mut ms = Vec::new();
        let mut missing = false;
        for a in r.source.iter().chain(&r.target) {
            match find_text(&r.text, &a.text) {
                Some(s) => ms.extend(mention_for_span(&doc, s, &a.code)),
                None => missing = true,
            }
        }
        rep.actors_not_found += usize::from(missing);
        doc.actors = Some(ms);
        let events = coder.annotate(&doc);
        rep.predicted_events += events.len();
        let want = gsr_types(&r.event);
        let codes = |ps: &[chronicle_doc::Participant], gold: &[GsrActor]| {
            gold.is_empty()
                || ps.iter().any(|p| {
                    gold.iter()
                        .any(|g| p.code.as_deref() == Some(g.code.as_str()))
                })
        };
        let typed: Vec<&Event> = events
            .iter()
            .filter(|e| want.contains(&e.event_type.as_str()))
            .collect();
        let with_actor: Vec<&&Event> = typed
            .iter()
            .filter(|e| codes(&e.actors, &r.source))
            .collect();
        let full = with_actor
            .iter()
            .filter(|e| codes(&e.recipients, &r.target))
            .count();
        type_ok_events += typed.len();
        ev_actor += with_actor.len();
        ev_full += full;
        rec_type += usize::from(!typed.is_empty());
        rec_actor += usize::from(!with_actor.is_empty());
        rec_full += usize::from(full > 0);
        let e = rep.per_type.entry(r.event.clone()).or_default();
        e.0 += 1;
        e.1 += usize::from(!typed.is_empty());
    }
    let n = records.len();
    let pe = rep.predicted_events;
    let f = |tp_ev: usize, tp_rec: usize| {
        let mut x = prf(tp_ev, pe, n);
        x.recall = if n == 0 {
            0.0
        } else {
            tp_rec as f64 / n as f64
        };
        x.f1 = if x.precision + x.recall == 0.0 {
            0.0
        } else {
            2.0 * x.precision * x.recall / (x.precision + x.recall)
        };
        x
    };
    rep.event_type = f(type_ok_events, rec_type);
    rep.type_actor = f(ev_actor, rec_actor);
    rep.type_actor_recipient = f(ev_full, rec_full);
    rep
}

/// Finds `needle` in `hay` (exact, then ASCII case-insensitive) as a byte span.
fn find_text(hay: &str, needle: &str) -> Option<Span> {
    let needle = needle.trim();
    if needle.is_empty() {
        return None;
    }
    if let Some(p) = hay.find(needle) {
        return Some(Span::new(p, p + needle.len()));
    }
    let (h, n) = (hay.to_ascii_lowercase(), needle.to_ascii_lowercase());
    h.find(&n).map(|p| Span::new(p, p + n.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unmark_finds_trimmed_spans() {
        let (t, s, g) = unmark("<s>Kyiv </s>accused <t>Moscow</t> of lying.").unwrap();
        assert_eq!(t, "Kyiv accused Moscow of lying.");
        assert_eq!(&t[s.unwrap().range()], "Kyiv");
        assert_eq!(&t[g.unwrap().range()], "Moscow");
        assert!(unmark("no marks").is_err());
        let (_, s, g) = unmark("<s>Babis</s> agreed to resign.").unwrap();
        assert_eq!((s, g), (Some(Span::new(0, 5)), None));
    }

    #[test]
    fn plv_reader_and_errors() {
        let src =
            "\tsentence_id\tmarked_sentence\tgold_root\n0\t7\t<s>A</s> hit <t>B</t>.\tASSAULT\n";
        let rows = read_plv("p.tsv", src).unwrap();
        assert_eq!(rows[0].id, "7");
        assert_eq!(rows[0].gold, "ASSAULT");
        assert_eq!(rows[0].text, "A hit B.");
        let e = read_plv(
            "p.tsv",
            "\tsentence_id\tmarked_sentence\tgold_root\n0\t7\tx\n",
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "p.tsv:2: 3 columns, header has 4");
        let e = read_plv("p.tsv", "\tsentence_id\tgold_root\n").unwrap_err();
        assert!(e.reason.contains("marked_sentence"));
    }

    #[test]
    fn classification_scores_with_none() {
        let p = |g: &str, x: &str| (g.to_string(), x.to_string());
        let c = Classification::score(&[
            p("ACCUSE", "ACCUSE"),
            p("ACCUSE", "REJECT"),
            p("REJECT", "REJECT"),
            p("REJECT", NONE),
        ]);
        assert_eq!(c.n, 4);
        assert_eq!(c.no_event, 1);
        assert_eq!(c.accuracy, 0.5);
        assert!((c.accuracy_when_predicted - 2.0 / 3.0).abs() < 1e-9);
        let a = &c.per_class["ACCUSE"];
        assert_eq!((a.precision, a.recall), (1.0, 0.5));
        let r = &c.per_class["REJECT"];
        assert_eq!((r.precision, r.recall), (0.5, 0.5));
        assert!((c.macro_f1 - (2.0 / 3.0 + 0.5) / 2.0).abs() < 1e-9);
        assert_eq!(c.confusion["REJECT"][NONE], 1);
        let t = c.table();
        assert!(t.contains("macro-F1 0.583"), "{t}");
        assert!(!c.per_class.contains_key(NONE));
    }

    #[test]
    fn label_maps() {
        assert_eq!(plv_label("RETREAT"), "YIELD");
        assert_eq!(plv_label("CONCEDE"), "YIELD");
        assert_eq!(plv_label("ACCUSE"), "ACCUSE");
        assert_eq!(gsr_types("DEMAND"), ["REQUEST"]);
        assert_eq!(gsr_types("YIELD"), ["CONCEDE", "RETREAT"]);
        assert_eq!(gsr_types("INVESTIGATE"), ["ACCUSE"]);
        assert!(gsr_types("DOCUMENT").is_empty());
    }

    #[test]
    fn gsr_reader_skips_document_record() {
        let src = r#"[{"id":"D","event":"DOCUMENT"},
            {"id":"a","event":"DEMAND","text":"X asked Y.","source":[{"actorText":"X","code":"XXX"}],"target":""}]"#;
        let r = read_gsr("g.json", src).unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].source[0].code, "XXX");
        assert!(read_gsr("g.json", "[{").is_err());
        assert_eq!(find_text("The US said", "us"), Some(Span::new(4, 6)));
    }
}
