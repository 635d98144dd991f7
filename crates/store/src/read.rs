//! Read queries shared by `chronicle query`, the exports and the HTTP API.
//! Every value from a user goes in as a bound parameter; only fixed SQL
//! fragments chosen by code are ever concatenated.

use crate::{Error, Result, Store};
use chronicle_doc::*;
use rusqlite::types::ToSql;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

/// Hard cap on rows any list query returns.
pub const MAX_ROWS: usize = 1000;

/// Filters for [`Store::events`]. Empty fields do not filter.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EventFilter {
    /// Source actor: code (prefix, `RUS` matches `RUSGOV`) or name (substring, case-insensitive).
    pub actor: Option<String>,
    /// Recipient actor, matched like `actor`.
    pub recipient: Option<String>,
    /// PLOVER event type (exact, case-insensitive).
    #[serde(rename = "type")]
    pub event_type: Option<String>,
    /// PLOVER mode (exact).
    pub mode: Option<String>,
    /// First date (`YYYY-MM-DD`, inclusive).
    pub from: Option<String>,
    /// Last date (`YYYY-MM-DD`, inclusive).
    pub to: Option<String>,
    /// Outlet (exact).
    pub source: Option<String>,
    /// Full-text search over the article text (words, all required).
    pub text: Option<String>,
    /// Article id (exact).
    pub article: Option<String>,
    /// Page size (default 100, at most [`MAX_ROWS`]).
    pub limit: Option<usize>,
    /// Opaque cursor from a previous page's `next`.
    pub cursor: Option<String>,
}

/// One page of results with an opaque cursor for the next one.
#[derive(Clone, Debug, Serialize)]
pub struct Page<T> {
    /// Rows.
    pub items: Vec<T>,
    /// Cursor for the next page, `None` on the last page.
    pub next: Option<String>,
}

/// A participant as stored: span, resolved code, display name.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PartyRow {
    /// Byte span in the article text.
    pub span: Span,
    /// Index into the article's actor mentions.
    pub actor: Option<u32>,
    /// Actor code, when resolved.
    pub code: Option<String>,
    /// Resolved name, else the text of the span.
    pub name: String,
    /// Country of the resolved actor mention (ISO alpha-3 or IGO code).
    pub country: Option<String>,
}

/// One event with its article provenance.
#[derive(Clone, Debug, Serialize)]
pub struct EventRow {
    /// Global event id (stable while the article is unchanged).
    pub id: i64,
    /// Article id.
    pub article: String,
    /// Index of the event in the article's events layer.
    pub index: u32,
    /// Article date.
    pub date: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Article URL.
    pub url: Option<String>,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub event_type: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// PLOVER contexts.
    pub context: Vec<String>,
    /// Auxiliary modes (negated, hypothetical, future).
    pub aux: Vec<String>,
    /// Source actors.
    pub actors: Vec<PartyRow>,
    /// Targets.
    pub recipients: Vec<PartyRow>,
    /// Reporter when the event is embedded in reported speech.
    pub attributed_to: Option<PartyRow>,
    /// Trigger span.
    pub trigger: Span,
    /// Trigger text.
    pub trigger_text: String,
    /// Pattern id that fired.
    pub pattern: String,
    /// Sentence index.
    pub sentence: u32,
    /// PLOVER intensity.
    pub intensity: f64,
    /// CAMEO root code.
    pub cameo: String,
    /// GDELT-style quad class derived from the CAMEO root (1–4, 0 unknown).
    pub quad_class: u8,
    /// Magnitudes stated in the sentence.
    pub magnitudes: Magnitudes,
}

/// An article hit of a search.
#[derive(Clone, Debug, Serialize)]
pub struct ArticleHit {
    /// Article id.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Date.
    pub date: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Snippet; matched words are wrapped in U+0002 … U+0003.
    pub snippet: String,
}

/// A quote hit of a search.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteHit {
    /// Article id.
    pub article: String,
    /// Index in the article's quotes layer.
    pub index: u32,
    /// Speaker name or the speaker span's text.
    pub speaker: Option<String>,
    /// Speaker code.
    pub speaker_code: Option<String>,
    /// Quote content.
    pub content: String,
}

/// Search results.
#[derive(Clone, Debug, Serialize)]
pub struct SearchResults {
    /// Matching articles.
    pub articles: Vec<ArticleHit>,
    /// Matching quotes (only for a text query).
    pub quotes: Vec<QuoteHit>,
    /// Matching actors (only for an actor query).
    pub actors: Vec<ActorRow>,
}

/// An actor code with its counts.
#[derive(Clone, Debug, Serialize)]
pub struct ActorRow {
    /// Actor code.
    pub code: String,
    /// A display name seen for it.
    pub name: Option<String>,
    /// Mentions.
    pub mentions: i64,
    /// Articles mentioning it.
    pub articles: i64,
    /// Events where it is a source actor.
    pub as_actor: i64,
    /// Events where it is a recipient.
    pub as_recipient: i64,
}

/// A weighted directed edge actor → recipient.
#[derive(Clone, Debug, Serialize)]
pub struct Edge {
    /// Source actor code.
    pub actor: String,
    /// Recipient code.
    pub recipient: String,
    /// Events.
    pub count: i64,
    /// Mean intensity.
    pub mean_intensity: f64,
}

/// One bucket of a dyad/actor time series.
#[derive(Clone, Debug, Serialize)]
pub struct SeriesPoint {
    /// Day (`YYYY-MM-DD`), Monday of the week, or month (`YYYY-MM`).
    pub period: String,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub event_type: String,
    /// Events.
    pub count: i64,
    /// Mean intensity.
    pub mean_intensity: f64,
}

/// Time-series bucket size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Bucket {
    /// Per day.
    #[default]
    Day,
    /// Per ISO week (labelled by its Monday).
    Week,
    /// Per month.
    Month,
}

/// Profile of one outlet.
#[derive(Clone, Debug, Serialize)]
pub struct SourceProfile {
    /// Outlet (`None` for articles without one).
    pub source: Option<String>,
    /// Articles.
    pub articles: i64,
    /// Events by type, most frequent first.
    pub event_mix: Vec<(String, i64)>,
    /// Quotes.
    pub quotes: i64,
    /// Claims.
    pub claims: i64,
    /// Most quoted speakers: (speaker, quotes).
    pub top_speakers: Vec<(String, i64)>,
}

/// A claim with its article.
#[derive(Clone, Debug, Serialize)]
pub struct ClaimRow {
    /// Global claim id.
    pub id: i64,
    /// Article id.
    pub article: String,
    /// Index in the article's claims layer.
    pub index: u32,
    /// Outlet.
    pub source: Option<String>,
    /// Claim date, else the article date.
    pub date: Option<String>,
    /// Value (lower bound of a range).
    pub value: f64,
    /// Upper bound.
    pub value_max: Option<f64>,
    /// Unit.
    pub unit: String,
    /// Modifier.
    pub modifier: String,
    /// Comparison key of what is counted.
    pub about: Option<String>,
    /// Claimant code (or `source:<outlet>`).
    pub claimant: String,
    /// Span of the quantity.
    pub span: Span,
    /// Text of the quantity.
    pub text: String,
    /// Sentence index.
    pub sentence: u32,
    /// Governing verb and places (`Claim::setting`; NULL before migration 5).
    pub setting: Option<String>,
}

/// Two claims about the same thing (same `about` and unit) with
/// incompatible values from different claimants.
#[derive(Clone, Debug, Serialize)]
pub struct Conflict {
    /// Comparison key.
    pub about: String,
    /// Unit.
    pub unit: String,
    /// First claim.
    pub a: ClaimRow,
    /// Second claim.
    pub b: ClaimRow,
}

/// A stored article: its Doc rebuilt from the tables (tokens, tags and deps
/// are not stored) plus the global ids of its records.
#[derive(Clone, Debug, Serialize)]
pub struct StoredArticle {
    /// Content hash.
    pub hash: String,
    /// The Doc.
    pub doc: Doc,
    /// Global ids of `doc.events`, in order.
    pub event_ids: Vec<i64>,
    /// Global ids of `doc.quotes`.
    pub quote_ids: Vec<i64>,
    /// Global ids of `doc.claims`.
    pub claim_ids: Vec<i64>,
}

/// Row counts of the main tables.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Counts {
    /// Articles.
    pub articles: i64,
    /// Sentences.
    pub sentences: i64,
    /// Actor mentions.
    pub actors: i64,
    /// Events.
    pub events: i64,
    /// Quotes.
    pub quotes: i64,
    /// Claims.
    pub claims: i64,
}

/// Turns user words into a safe FTS5 query: every word becomes a quoted
/// phrase (so operators and syntax characters are literal), all required.
pub fn fts_query(text: &str) -> Result<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(32)
        .map(|w| format!("\"{w}\""))
        .collect();
    if words.is_empty() {
        return Err(Error::Invalid("text search needs at least one word".into()));
    }
    Ok(words.join(" "))
}

fn like_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            o.push('\\');
        }
        o.push(c);
    }
    o
}

fn check_date(name: &str, d: &str) -> Result<()> {
    let b = d.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if ok {
        Ok(())
    } else {
        Err(Error::Invalid(format!(
            "{name}: expected a date YYYY-MM-DD, got {d:?}"
        )))
    }
}

fn limit_of(l: Option<usize>, default: usize) -> Result<usize> {
    match l {
        None => Ok(default),
        Some(0) => Err(Error::Invalid("limit must be at least 1".into())),
        Some(n) if n > MAX_ROWS => Err(Error::Invalid(format!("limit must be at most {MAX_ROWS}"))),
        Some(n) => Ok(n),
    }
}

fn encode_cursor(date: &str, pk: i64) -> String {
    format!("{date}\u{1f}{pk}")
        .bytes()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn decode_cursor(c: &str) -> Result<(String, i64)> {
    let bad = || Error::Invalid("invalid cursor".into());
    // only lowercase hex digits, as encode_cursor writes them (from_str_radix
    // alone would also take "+f")
    if !c.len().is_multiple_of(2)
        || c.len() > 128
        || !c.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    {
        return Err(bad());
    }
    let bytes: Vec<u8> = (0..c.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(c.get(i..i + 2).ok_or_else(bad)?, 16).map_err(|_| bad()))
        .collect::<Result<_>>()?;
    let s = String::from_utf8(bytes).map_err(|_| bad())?;
    let (d, pk) = s.split_once('\u{1f}').ok_or_else(bad)?;
    Ok((d.to_string(), pk.parse().map_err(|_| bad())?))
}

/// SQL matching a participant to a user's actor string, with its two params:
/// exact/prefix code, or name substring.
const PARTY_MATCH: &str = "(p.code LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\')";

fn party_params(a: &str) -> [String; 2] {
    let e = like_escape(a.trim());
    [format!("{e}%"), format!("%{e}%")]
}

/// Builder of a WHERE clause with bound parameters.
#[derive(Default)]
struct Where {
    sql: String,
    params: Vec<Box<dyn ToSql>>,
}

impl Where {
    fn and(&mut self, frag: &str, ps: impl IntoIterator<Item = Box<dyn ToSql>>) {
        self.sql.push_str(" AND ");
        self.sql.push_str(frag);
        self.params.extend(ps);
    }
    fn refs(&self) -> Vec<&dyn ToSql> {
        self.params.iter().map(|b| b.as_ref()).collect()
    }
}

fn bx<T: ToSql + 'static>(v: T) -> Box<dyn ToSql> {
    Box::new(v)
}

fn party_clause(w: &mut Where, role_sql: &str, a: &str) {
    let [p1, p2] = party_params(a);
    w.and(
        &format!("e.pk IN (SELECT p.event FROM participants p WHERE {role_sql} AND {PARTY_MATCH})"),
        [bx(p1), bx(p2)],
    );
}

const SLICE: &str = "CAST(substr(CAST(a.text AS BLOB), {s} + 1, {e} - {s}) AS TEXT)";

fn slice_sql(s: &str, e: &str) -> String {
    SLICE.replace("{s}", s).replace("{e}", e)
}

fn json_vec<T: serde::de::DeserializeOwned>(s: String) -> rusqlite::Result<T> {
    serde_json::from_str(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn span_opt(r: &Row, i: usize) -> rusqlite::Result<Option<Span>> {
    let s: Option<u32> = r.get(i)?;
    let e: Option<u32> = r.get(i + 1)?;
    Ok(s.zip(e).map(|(s, e)| Span { start: s, end: e }))
}

fn span(r: &Row, i: usize) -> rusqlite::Result<Span> {
    Ok(Span {
        start: r.get(i)?,
        end: r.get(i + 1)?,
    })
}

/// The participants of one event, one query (the reference for
/// [`fill_parties`], which loads a whole page at once).
#[cfg(test)]
fn parties(c: &Connection, event: i64) -> Result<(Vec<PartyRow>, Vec<PartyRow>, Option<PartyRow>)> {
    let mut st = c.prepare_cached(
        "SELECT p.role, p.start, p.end, p.actor, p.code, p.name, ac.country FROM participants p
         JOIN events e ON e.pk = p.event
         LEFT JOIN actors ac ON ac.article = e.article AND ac.idx = p.actor
         WHERE p.event = ?1 ORDER BY p.role, p.idx",
    )?;
    let (mut a, mut r, mut at) = (Vec::new(), Vec::new(), None);
    let rows = st.query_map([event], |row| {
        Ok((
            row.get::<_, String>(0)?,
            PartyRow {
                span: span(row, 1)?,
                actor: row.get(3)?,
                code: row.get(4)?,
                name: row.get(5)?,
                country: row.get(6)?,
            },
        ))
    })?;
    for x in rows {
        let (role, p) = x?;
        match role.as_str() {
            "actor" => a.push(p),
            "recipient" => r.push(p),
            _ => at = Some(p),
        }
    }
    Ok((a, r, at))
}

const EVENT_COLS: &str =
    "e.pk, a.id, e.idx, e.date, e.source, a.url, e.type, e.mode, e.context, e.aux,
    e.trigger_start, e.trigger_end, e.pattern, e.sentence, e.intensity, e.cameo,
    e.dead, e.injured, e.arrested, e.size, e.magnitude_spans";

fn event_row(r: &Row) -> rusqlite::Result<EventRow> {
    let cameo: String = r.get(15)?;
    Ok(EventRow {
        id: r.get(0)?,
        article: r.get(1)?,
        index: r.get(2)?,
        date: r.get(3)?,
        source: r.get(4)?,
        url: r.get(5)?,
        event_type: r.get(6)?,
        mode: r.get(7)?,
        context: json_vec(r.get(8)?)?,
        aux: json_vec(r.get(9)?)?,
        actors: Vec::new(),
        recipients: Vec::new(),
        attributed_to: None,
        trigger: span(r, 10)?,
        trigger_text: r.get(21)?,
        pattern: r.get(12)?,
        sentence: r.get(13)?,
        intensity: r.get(14)?,
        quad_class: crate::quad_class(&cameo),
        cameo,
        magnitudes: Magnitudes {
            dead: r.get(16)?,
            injured: r.get(17)?,
            arrested: r.get(18)?,
            size: r.get(19)?,
            spans: json_vec(r.get(20)?)?,
        },
    })
}

/// Event ids per participants query in [`fill_parties`] (well under
/// SQLite's limit on bound parameters).
const PARTIES_CHUNK: usize = 500;

/// Loads the participants of every row: one query per page (per
/// [`PARTIES_CHUNK`] events), not one per event. Each row gets what
/// `parties(c, row.id)` returns: actors and recipients in `idx` order, the
/// last `attributed` participant.
fn fill_parties(c: &Connection, rows: &mut [EventRow]) -> Result<()> {
    let mut at: std::collections::HashMap<i64, Vec<usize>> = std::collections::HashMap::new();
    let mut ids = Vec::new();
    for (i, e) in rows.iter_mut().enumerate() {
        e.actors.clear();
        e.recipients.clear();
        e.attributed_to = None;
        let slot = at.entry(e.id).or_default();
        if slot.is_empty() {
            ids.push(e.id);
        }
        slot.push(i);
    }
    for chunk in ids.chunks(PARTIES_CHUNK) {
        let sql = format!(
            "SELECT p.event, p.role, p.start, p.end, p.actor, p.code, p.name, ac.country FROM participants p
             JOIN events e ON e.pk = p.event
             LEFT JOIN actors ac ON ac.article = e.article AND ac.idx = p.actor
             WHERE p.event IN ({}) ORDER BY p.event, p.role, p.idx",
            vec!["?"; chunk.len()].join(", ")
        );
        let mut st = c.prepare_cached(&sql)?;
        let found = st.query_map(rusqlite::params_from_iter(chunk), |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                PartyRow {
                    span: span(row, 2)?,
                    actor: row.get(4)?,
                    code: row.get(5)?,
                    name: row.get(6)?,
                    country: row.get(7)?,
                },
            ))
        })?;
        for x in found {
            let (event, role, p) = x?;
            for &i in at.get(&event).map(Vec::as_slice).unwrap_or(&[]) {
                let e = &mut rows[i];
                match role.as_str() {
                    "actor" => e.actors.push(p.clone()),
                    "recipient" => e.recipients.push(p.clone()),
                    _ => e.attributed_to = Some(p.clone()),
                }
            }
        }
    }
    Ok(())
}

impl Store {
    /// Row counts of the main tables.
    pub fn counts(&self) -> Result<Counts> {
        self.read(|c| {
            let n = |t: &str| -> Result<i64> {
                Ok(c.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?)
            };
            Ok(Counts {
                articles: n("articles")?,
                sentences: n("sentences")?,
                actors: n("actors")?,
                events: n("events")?,
                quotes: n("quotes")?,
                claims: n("claims")?,
            })
        })
    }

    /// Events matching `f`, ordered by (date, id), one page at a time.
    pub fn events(&self, f: &EventFilter) -> Result<Page<EventRow>> {
        let limit = limit_of(f.limit, 100)?;
        let mut w = Where::default();
        let nz = |o: &Option<String>| {
            o.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        if let Some(a) = nz(&f.actor) {
            party_clause(&mut w, "p.role = 'actor'", &a);
        }
        if let Some(a) = nz(&f.recipient) {
            party_clause(&mut w, "p.role = 'recipient'", &a);
        }
        if let Some(t) = nz(&f.event_type) {
            w.and("e.type = ? COLLATE NOCASE", [bx(t)]);
        }
        if let Some(m) = nz(&f.mode) {
            w.and("e.mode = ?", [bx(m)]);
        }
        if let Some(d) = nz(&f.from) {
            check_date("from", &d)?;
            w.and("e.date >= ?", [bx(d)]);
        }
        if let Some(d) = nz(&f.to) {
            check_date("to", &d)?;
            w.and("e.date <= ?", [bx(d)]);
        }
        if let Some(s) = nz(&f.source) {
            w.and("e.source = ?", [bx(s)]);
        }
        if let Some(t) = nz(&f.text) {
            w.and(
                "e.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)",
                [bx(fts_query(&t)?)],
            );
        }
        if let Some(id) = nz(&f.article) {
            w.and("a.id = ?", [bx(id)]);
        }
        if let Some(c) = nz(&f.cursor) {
            let (d, pk) = decode_cursor(&c)?;
            w.and(
                "(COALESCE(e.date, '') > ? OR (COALESCE(e.date, '') = ? AND e.pk > ?))",
                [bx(d.clone()), bx(d), bx(pk)],
            );
        }
        w.params.push(bx((limit + 1) as i64));
        let sql = format!(
            "SELECT {EVENT_COLS}, {trig} FROM events e JOIN articles a ON a.pk = e.article
             WHERE 1 = 1 {where_} ORDER BY COALESCE(e.date, ''), e.pk LIMIT ?",
            trig = slice_sql("e.trigger_start", "e.trigger_end"),
            where_ = w.sql
        );
        self.read(|c| {
            let mut st = c.prepare(&sql)?;
            let mut items = st
                .query_map(w.refs().as_slice(), event_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let next = if items.len() > limit {
                items.truncate(limit);
                items
                    .last()
                    .map(|e| encode_cursor(e.date.as_deref().unwrap_or(""), e.id))
            } else {
                None
            };
            fill_parties(c, &mut items)?;
            Ok(Page { items, next })
        })
    }

    /// Every event in id order, streamed to `f` (for exports).
    pub fn for_each_event(&self, mut f: impl FnMut(EventRow) -> Result<()>) -> Result<()> {
        let sql = format!(
            "SELECT {EVENT_COLS}, {trig} FROM events e JOIN articles a ON a.pk = e.article ORDER BY e.pk",
            trig = slice_sql("e.trigger_start", "e.trigger_end")
        );
        let c = &self.conn;
        let mut st = c.prepare(&sql)?;
        let mut rows = st.query([])?;
        // participants are loaded per batch of events (one query), not per event
        let mut batch = Vec::with_capacity(256);
        loop {
            let row = rows.next()?;
            if let Some(r) = row {
                batch.push(event_row(r)?);
            }
            if batch.len() == 256 || (row.is_none() && !batch.is_empty()) {
                fill_parties(c, &mut batch)?;
                for e in batch.drain(..) {
                    f(e)?;
                }
            }
            if row.is_none() {
                return Ok(());
            }
        }
    }

    /// Full-text search over articles and quotes (`q`) and/or articles
    /// mentioning an actor (code prefix or name substring).
    pub fn search(
        &self,
        q: Option<&str>,
        actor: Option<&str>,
        limit: Option<usize>,
    ) -> Result<SearchResults> {
        let limit = limit_of(limit, 50)? as i64;
        let q = q.map(str::trim).filter(|s| !s.is_empty());
        let actor = actor.map(str::trim).filter(|s| !s.is_empty());
        if q.is_none() && actor.is_none() {
            return Err(Error::Invalid("give a text query (q) or an actor".into()));
        }
        let fts = q.map(fts_query).transpose()?;
        self.read(|c| {
            let actor_sql = "a.pk IN (SELECT p.article FROM actors p WHERE (p.code LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\'))";
            let mut w = Where::default();
            let from = if let Some(f) = &fts {
                w.and("articles_fts MATCH ?", [bx(f.clone())]);
                "articles_fts JOIN articles a ON a.pk = articles_fts.rowid"
            } else {
                "articles a"
            };
            if let Some(a) = actor {
                let [p1, p2] = party_params(a);
                w.and(actor_sql, [bx(p1), bx(p2)]);
            }
            w.params.push(bx(limit));
            let (snip, order) = if fts.is_some() {
                ("snippet(articles_fts, 1, char(2), char(3), '…', 16)", "rank")
            } else {
                ("substr(COALESCE(a.title, a.text), 1, 200)", "a.date DESC, a.pk")
            };
            let sql = format!(
                "SELECT a.id, a.title, a.date, a.source, {snip} FROM {from} WHERE 1 = 1 {} ORDER BY {order} LIMIT ?",
                w.sql
            );
            let articles = c
                .prepare(&sql)?
                .query_map(w.refs().as_slice(), |r| {
                    Ok(ArticleHit {
                        id: r.get(0)?,
                        title: r.get(1)?,
                        date: r.get(2)?,
                        source: r.get(3)?,
                        snippet: r.get(4)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let mut quotes = Vec::new();
            if let Some(f) = &fts {
                let sql = format!(
                    "SELECT a.id, q.idx, COALESCE(q.speaker_name, {src}), q.speaker_code, q.content
                     FROM quotes_fts JOIN quotes q ON q.pk = quotes_fts.rowid JOIN articles a ON a.pk = q.article
                     WHERE quotes_fts MATCH ?1 ORDER BY rank LIMIT ?2",
                    src = slice_sql("q.source_start", "q.source_end")
                );
                quotes = c
                    .prepare(&sql)?
                    .query_map(params![f, limit], |r| {
                        Ok(QuoteHit {
                            article: r.get(0)?,
                            index: r.get(1)?,
                            speaker: r.get(2)?,
                            speaker_code: r.get(3)?,
                            content: r.get(4)?,
                        })
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
            }
            let actors = match actor {
                Some(a) => actor_rows(c, Some(a), limit)?,
                None => Vec::new(),
            };
            Ok(SearchResults { articles, quotes, actors })
        })
    }

    /// Actor codes with counts, most mentioned first; `q` filters by code prefix or name.
    pub fn actors(&self, q: Option<&str>, limit: Option<usize>) -> Result<Vec<ActorRow>> {
        let limit = limit_of(limit, 100)? as i64;
        let q = q.map(str::trim).filter(|s| !s.is_empty());
        self.read(|c| actor_rows(c, q, limit))
    }

    /// Weighted actor → recipient edges, heaviest first; `actor` keeps edges touching it.
    pub fn network(&self, actor: Option<&str>, limit: Option<usize>) -> Result<Vec<Edge>> {
        let limit = limit_of(limit, 200)? as i64;
        let mut w = Where::default();
        if let Some(a) = actor.map(str::trim).filter(|s| !s.is_empty()) {
            let [p1, p2] = party_params(a);
            let [p3, p4] = party_params(a);
            w.and(
                "((s.code LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\') OR (t.code LIKE ? ESCAPE '\\' OR t.name LIKE ? ESCAPE '\\'))",
                [bx(p1), bx(p2), bx(p3), bx(p4)],
            );
        }
        w.params.push(bx(limit));
        let sql = format!(
            "SELECT s.code, t.code, count(*), avg(e.intensity) FROM events e
             JOIN participants s ON s.event = e.pk AND s.role = 'actor'
             JOIN participants t ON t.event = e.pk AND t.role = 'recipient'
             WHERE s.code IS NOT NULL AND t.code IS NOT NULL {}
             GROUP BY s.code, t.code ORDER BY 3 DESC, 1, 2 LIMIT ?",
            w.sql
        );
        self.read(|c| {
            Ok(c.prepare(&sql)?
                .query_map(w.refs().as_slice(), |r| {
                    Ok(Edge {
                        actor: r.get(0)?,
                        recipient: r.get(1)?,
                        count: r.get(2)?,
                        mean_intensity: r.get(3)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Event counts by type and mean intensity per period for an actor (any
    /// role) or, with a recipient, for the directed dyad actor → recipient.
    pub fn series(
        &self,
        actor: &str,
        recipient: Option<&str>,
        bucket: Bucket,
    ) -> Result<Vec<SeriesPoint>> {
        let actor = actor.trim();
        if actor.is_empty() {
            return Err(Error::Invalid("actor is required".into()));
        }
        let period = match bucket {
            Bucket::Day => "e.date",
            Bucket::Week => "date(e.date, '-6 days', 'weekday 1')",
            Bucket::Month => "substr(e.date, 1, 7)",
        };
        let mut w = Where::default();
        match recipient.map(str::trim).filter(|s| !s.is_empty()) {
            Some(r) => {
                party_clause(&mut w, "p.role = 'actor'", actor);
                party_clause(&mut w, "p.role = 'recipient'", r);
            }
            None => party_clause(&mut w, "p.role IN ('actor', 'recipient')", actor),
        }
        w.params.push(bx(MAX_ROWS as i64 * 10));
        let sql = format!(
            "SELECT {period} AS period, e.type, count(*), avg(e.intensity) FROM events e
             WHERE e.date IS NOT NULL {} GROUP BY period, e.type ORDER BY period, e.type LIMIT ?",
            w.sql
        );
        self.read(|c| {
            Ok(c.prepare(&sql)?
                .query_map(w.refs().as_slice(), |r| {
                    Ok(SeriesPoint {
                        period: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                        event_type: r.get(1)?,
                        count: r.get(2)?,
                        mean_intensity: r.get(3)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Outlet profiles, largest first.
    pub fn sources(&self, limit: Option<usize>) -> Result<Vec<SourceProfile>> {
        let limit = limit_of(limit, 100)? as i64;
        self.read(|c| {
            let outlets: Vec<(Option<String>, i64)> = c
                .prepare("SELECT source, count(*) FROM articles GROUP BY source ORDER BY 2 DESC, 1 LIMIT ?1")?
                .query_map([limit], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut out = Vec::new();
            let spk = format!(
                "SELECT COALESCE(q.speaker_name, q.speaker_code, {}) AS who, count(*) FROM quotes q
                 JOIN articles a ON a.pk = q.article WHERE a.source IS ?1 AND who IS NOT NULL
                 GROUP BY who ORDER BY 2 DESC, 1 LIMIT 10",
                slice_sql("q.source_start", "q.source_end")
            );
            for (source, articles) in outlets {
                let pairs = |sql: &str| -> Result<Vec<(String, i64)>> {
                    Ok(c.prepare_cached(sql)?
                        .query_map([&source], |r| Ok((r.get(0)?, r.get(1)?)))?
                        .collect::<rusqlite::Result<_>>()?)
                };
                let one = |sql: &str| -> Result<i64> { Ok(c.prepare_cached(sql)?.query_row([&source], |r| r.get(0))?) };
                out.push(SourceProfile {
                    event_mix: pairs(
                        "SELECT type, count(*) FROM events WHERE source IS ?1 GROUP BY type ORDER BY 2 DESC, 1",
                    )?,
                    quotes: one("SELECT count(*) FROM quotes q JOIN articles a ON a.pk = q.article WHERE a.source IS ?1")?,
                    claims: one("SELECT count(*) FROM claims q JOIN articles a ON a.pk = q.article WHERE a.source IS ?1")?,
                    top_speakers: pairs(&spk)?,
                    source,
                    articles,
                });
            }
            Ok(out)
        })
    }

    /// Claims, optionally about one key or by one claimant.
    pub fn claims(
        &self,
        about: Option<&str>,
        claimant: Option<&str>,
        limit: Option<usize>,
    ) -> Result<Vec<ClaimRow>> {
        let limit = limit_of(limit, 100)? as i64;
        let mut w = Where::default();
        if let Some(a) = about.map(str::trim).filter(|s| !s.is_empty()) {
            w.and("c.about = ?", [bx(a.to_string())]);
        }
        if let Some(a) = claimant.map(str::trim).filter(|s| !s.is_empty()) {
            w.and("c.claimant = ?", [bx(a.to_string())]);
        }
        w.params.push(bx(limit));
        let sql = format!(
            "{CLAIM_SELECT} WHERE 1 = 1 {} ORDER BY c.about, c.pk LIMIT ?",
            w.sql
        );
        self.read(|c| {
            Ok(c.prepare(&sql)?
                .query_map(w.refs().as_slice(), claim_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Conflicting claims across articles (view `claim_conflicts`: the same
    /// counted thing, unit and setting, reported at most two days apart).
    pub fn conflicts(&self, about: Option<&str>, limit: Option<usize>) -> Result<Vec<Conflict>> {
        let limit = limit_of(limit, 100)? as i64;
        let about = about
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        self.read(|c| {
            let pairs: Vec<(i64, i64, String, String)> = c
                .prepare(
                    "SELECT claim_a, claim_b, about, unit FROM claim_conflicts
                     WHERE ?1 IS NULL OR about = ?1 ORDER BY about, claim_a, claim_b LIMIT ?2",
                )?
                .query_map(params![about, limit], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })?
                .collect::<rusqlite::Result<_>>()?;
            let mut st = c.prepare_cached(&format!("{CLAIM_SELECT} WHERE c.pk = ?1"))?;
            let mut out = Vec::new();
            for (x, y, about, unit) in pairs {
                let a = st.query_row([x], claim_row)?;
                let b = st.query_row([y], claim_row)?;
                out.push(Conflict { about, unit, a, b });
            }
            Ok(out)
        })
    }

    /// One article with every stored layer, or `None` if the id is unknown.
    pub fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        self.read(|c| load_article(c, id))
    }
}

const CLAIM_SELECT: &str =
    "SELECT c.pk, a.id, c.idx, a.source, COALESCE(c.date, a.date), c.value, c.value_max, c.unit,
    c.modifier, c.about, c.claimant, c.start, c.end,
    CAST(substr(CAST(a.text AS BLOB), c.start + 1, c.end - c.start) AS TEXT), c.sentence,
    c.setting
    FROM claims c JOIN articles a ON a.pk = c.article";

fn claim_row(r: &Row) -> rusqlite::Result<ClaimRow> {
    Ok(ClaimRow {
        id: r.get(0)?,
        article: r.get(1)?,
        index: r.get(2)?,
        source: r.get(3)?,
        date: r.get(4)?,
        value: r.get(5)?,
        value_max: r.get(6)?,
        unit: r.get(7)?,
        modifier: r.get(8)?,
        about: r.get(9)?,
        claimant: r.get(10)?,
        span: span(r, 11)?,
        text: r.get(13)?,
        sentence: r.get(14)?,
        setting: r.get(15)?,
    })
}

fn actor_rows(c: &Connection, q: Option<&str>, limit: i64) -> Result<Vec<ActorRow>> {
    let (p1, p2) = match q {
        Some(a) => {
            let [p1, p2] = party_params(a);
            (Some(p1), Some(p2))
        }
        None => (None, None),
    };
    let sql = "SELECT x.code, x.name, x.mentions, x.articles,
            (SELECT count(*) FROM participants p WHERE p.code = x.code AND p.role = 'actor'),
            (SELECT count(*) FROM participants p WHERE p.code = x.code AND p.role = 'recipient')
        FROM (SELECT code, max(name) AS name, count(*) AS mentions, count(DISTINCT article) AS articles
              FROM actors p WHERE ?1 IS NULL OR p.code LIKE ?1 ESCAPE '\\' OR p.name LIKE ?2 ESCAPE '\\'
              GROUP BY code) x
        ORDER BY x.mentions DESC, x.code LIMIT ?3";
    Ok(c.prepare_cached(sql)?
        .query_map(params![p1, p2, limit], |r| {
            Ok(ActorRow {
                code: r.get(0)?,
                name: r.get(1)?,
                mentions: r.get(2)?,
                articles: r.get(3)?,
                as_actor: r.get(4)?,
                as_recipient: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

fn load_article(c: &Connection, id: &str) -> Result<Option<StoredArticle>> {
    let head = c
        .prepare_cached(
            "SELECT pk, hash, source, date, url, title, kicker, lang, origin, title_start, title_end,
                kicker_start, kicker_end, body_start, body_end, source_start, source_end, text,
                schema_version, layers, diagnostics, author FROM articles WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                Meta {
                    id: id.to_string(),
                    source: r.get(2)?,
                    date: r.get(3)?,
                    url: r.get(4)?,
                    title: r.get(5)?,
                    kicker: r.get(6)?,
                    author: r.get(21)?,
                    lang: r.get(7)?,
                    origin: r.get(8)?,
                    title_span: span_opt(r, 9)?,
                    kicker_span: span_opt(r, 11)?,
                    body_span: span_opt(r, 13)?,
                    source_span: span_opt(r, 15)?,
                },
                r.get::<_, String>(17)?,
                r.get::<_, u32>(18)?,
                json_vec::<Vec<String>>(r.get(19)?)?,
                json_vec::<Vec<Diagnostic>>(r.get(20)?)?,
            ))
        })
        .optional()?;
    let Some((pk, hash, meta, text, schema_version, layers, diagnostics)) = head else {
        return Ok(None);
    };
    let has = |l: &str| layers.iter().any(|x| x == l);
    let mut doc = Doc {
        schema_version,
        meta,
        text,
        diagnostics,
        ..Doc::default()
    };
    if has("sentences") {
        doc.sentences = Some(
            c.prepare_cached("SELECT start, end, tok_start, tok_end FROM sentences WHERE article = ?1 ORDER BY idx")?
                .query_map([pk], |r| {
                    Ok(Sentence { span: span(r, 0)?, tokens: TokenRange { start: r.get(2)?, end: r.get(3)? } })
                })?
                .collect::<rusqlite::Result<_>>()?,
        );
    }
    if has("entities") {
        doc.entities = Some(
            c.prepare_cached(
                "SELECT start, end, tok_start, tok_end, label, rule FROM entities WHERE article = ?1 ORDER BY idx",
            )?
            .query_map([pk], |r| {
                Ok(Entity {
                    span: span(r, 0)?,
                    tokens: TokenRange { start: r.get(2)?, end: r.get(3)? },
                    label: r.get(4)?,
                    rule: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?,
        );
    }
    if has("actors") {
        doc.actors = Some(
            c.prepare_cached(
                "SELECT start, end, tok_start, tok_end, head, entity, actor_id, name, code, country, sector, qid,
                    antecedent, rule FROM actors WHERE article = ?1 ORDER BY idx",
            )?
            .query_map([pk], |r| {
                Ok(ActorMention {
                    span: span(r, 0)?,
                    tokens: TokenRange { start: r.get(2)?, end: r.get(3)? },
                    head: r.get(4)?,
                    entity: r.get(5)?,
                    actor_id: r.get(6)?,
                    name: r.get(7)?,
                    code: r.get(8)?,
                    country: r.get(9)?,
                    sector: r.get(10)?,
                    qid: r.get(11)?,
                    antecedent: r.get(12)?,
                    rule: r.get(13)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?,
        );
    }
    let mut event_ids = Vec::new();
    if has("events") {
        let sql = format!(
            "SELECT {EVENT_COLS}, {trig} FROM events e JOIN articles a ON a.pk = e.article WHERE e.article = ?1 ORDER BY e.idx",
            trig = slice_sql("e.trigger_start", "e.trigger_end")
        );
        let mut rows = c
            .prepare(&sql)?
            .query_map([pk], event_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        fill_parties(c, &mut rows)?;
        let part = |p: PartyRow| Participant {
            span: p.span,
            actor: p.actor,
            code: p.code,
        };
        let mut evs = Vec::new();
        for e in rows {
            event_ids.push(e.id);
            evs.push(Event {
                event_type: e.event_type,
                mode: e.mode,
                context: e.context,
                aux: e.aux,
                actors: e.actors.into_iter().map(part).collect(),
                recipients: e.recipients.into_iter().map(part).collect(),
                trigger: e.trigger,
                pattern: e.pattern,
                sentence: e.sentence,
                intensity: e.intensity as f32,
                cameo: e.cameo,
                magnitudes: e.magnitudes,
                attributed_to: e.attributed_to.map(part),
            });
        }
        doc.events = Some(evs);
    }
    let mut quote_ids = Vec::new();
    if has("quotes") {
        let rows: Vec<(i64, Quote)> = c
            .prepare_cached(
                "SELECT pk, kind, cue_start, cue_end, source_start, source_end, content_spans, speaker, speaker_code,
                    speaker_name, sentence, rule FROM quotes WHERE article = ?1 ORDER BY idx",
            )?
            .query_map([pk], |r| {
                Ok((
                    r.get(0)?,
                    Quote {
                        kind: r.get(1)?,
                        cue: span_opt(r, 2)?,
                        source: span_opt(r, 4)?,
                        content: json_vec(r.get(6)?)?,
                        speaker: r.get(7)?,
                        speaker_code: r.get(8)?,
                        speaker_name: r.get(9)?,
                        sentence: r.get(10)?,
                        rule: r.get(11)?,
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let (ids, qs): (Vec<_>, Vec<_>) = rows.into_iter().unzip();
        quote_ids = ids;
        doc.quotes = Some(qs);
    }
    let mut claim_ids = Vec::new();
    if has("claims") {
        let rows: Vec<(i64, Claim)> = c
            .prepare_cached(
                "SELECT pk, start, end, value, value_max, unit, modifier, counted_start, counted_end, about, quote,
                    claimant, claimant_start, claimant_end, date, sentence, conflicts, setting
                 FROM claims WHERE article = ?1 ORDER BY idx",
            )?
            .query_map([pk], |r| {
                Ok((
                    r.get(0)?,
                    Claim {
                        span: span(r, 1)?,
                        value: r.get(3)?,
                        value_max: r.get(4)?,
                        unit: r.get(5)?,
                        modifier: r.get(6)?,
                        counted: span_opt(r, 7)?,
                        about: r.get(9)?,
                        quote: r.get(10)?,
                        claimant: r.get(11)?,
                        claimant_span: span_opt(r, 12)?,
                        date: r.get(14)?,
                        sentence: r.get(15)?,
                        conflicts: json_vec(r.get(16)?)?,
                        setting: r.get(17)?,
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let (ids, cs): (Vec<_>, Vec<_>) = rows.into_iter().unzip();
        claim_ids = ids;
        doc.claims = Some(cs);
    }
    Ok(Some(StoredArticle {
        hash,
        doc,
        event_ids,
        quote_ids,
        claim_ids,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_participants_is_what_one_query_per_event_gave() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("t.db");
        Store::open(&p)
            .unwrap()
            .put_docs(&crate::example::example_docs())
            .unwrap();
        let s = Store::open_read_only(&p).unwrap();
        let mut page = s.events(&EventFilter::default()).unwrap().items;
        assert!(page.len() >= 3);
        assert!(
            page.iter()
                .any(|e| !e.actors.is_empty() && !e.recipients.is_empty()),
            "the examples have events with both actors and recipients"
        );
        let c = &s.conn;
        let check = |rows: &[EventRow]| {
            for e in rows {
                let (a, r, at) = parties(c, e.id).unwrap();
                assert_eq!((&e.actors, &e.recipients, &e.attributed_to), (&a, &r, &at));
            }
        };
        check(&page);
        // the same event twice in one slice, and rows that already hold parties
        let twice: Vec<EventRow> = page.iter().chain(page.iter()).cloned().collect();
        let mut twice = twice;
        fill_parties(c, &mut twice).unwrap();
        check(&twice);
        // an empty slice and an unknown id
        fill_parties(c, &mut []).unwrap();
        page[0].id = -1;
        fill_parties(c, &mut page[..1]).unwrap();
        assert!(page[0].actors.is_empty() && page[0].attributed_to.is_none());
        // the export stream (batched) agrees with the page
        let mut streamed = Vec::new();
        s.for_each_event(|e| {
            streamed.push(e);
            Ok(())
        })
        .unwrap();
        assert_eq!(streamed.len(), twice.len() / 2);
        check(&streamed);
    }
}
