//! Doc → rows: the batched, idempotent writer.

use crate::{Result, doc_hash};
use chronicle_doc::{Doc, Participant, Span};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use serde::Serialize;
use std::collections::BTreeMap;

/// What one [`crate::Store::put_docs`] call did.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PutStats {
    /// Articles stored for the first time.
    pub new: usize,
    /// Articles already stored with the same content hash (nothing written).
    pub unchanged: usize,
    /// Articles whose content hash changed; their records were replaced.
    pub replaced: usize,
    /// Sentences written.
    pub sentences: usize,
    /// Actor mentions written.
    pub actors: usize,
    /// Events written, by PLOVER type.
    pub events_by_type: BTreeMap<String, usize>,
    /// Quotes written.
    pub quotes: usize,
    /// Claims written.
    pub claims: usize,
    /// Docs skipped: `(article id, reason)`.
    pub skipped: Vec<(String, String)>,
}

impl PutStats {
    /// Adds another batch's counts to these.
    pub fn merge(&mut self, o: PutStats) {
        self.new += o.new;
        self.unchanged += o.unchanged;
        self.replaced += o.replaced;
        self.sentences += o.sentences;
        self.actors += o.actors;
        for (k, v) in o.events_by_type {
            *self.events_by_type.entry(k).or_default() += v;
        }
        self.quotes += o.quotes;
        self.claims += o.claims;
        self.skipped.extend(o.skipped);
    }

    /// Total events written.
    pub fn events(&self) -> usize {
        self.events_by_type.values().sum()
    }
}

fn s(sp: Option<Span>) -> (Option<u32>, Option<u32>) {
    (sp.map(|x| x.start), sp.map(|x| x.end))
}

pub(crate) fn put_docs(conn: &mut Connection, docs: &[Doc]) -> Result<PutStats> {
    let mut stats = PutStats::default();
    let tx = conn.transaction()?;
    for doc in docs {
        put_doc(&tx, doc, None, &mut stats)?;
    }
    tx.commit()?;
    Ok(stats)
}

/// Writes one Doc inside the open transaction `tx` (`hash`: its [`doc_hash`]
/// when already computed): skipped with a reason, left alone when unchanged,
/// replaced when its hash changed, else inserted.
fn put_doc(tx: &Connection, doc: &Doc, hash: Option<String>, stats: &mut PutStats) -> Result<()> {
    if doc.meta.id.is_empty() {
        stats
            .skipped
            .push((String::new(), "empty article id".into()));
        return Ok(());
    }
    if let Err(e) = doc.check_spans() {
        stats
            .skipped
            .push((doc.meta.id.clone(), format!("invalid span: {e}")));
        return Ok(());
    }
    let hash = hash.unwrap_or_else(|| doc_hash(doc));
    let old: Option<(i64, String)> = tx
        .prepare_cached("SELECT pk, hash FROM articles WHERE id = ?1")?
        .query_row([&doc.meta.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match old {
        Some((_, h)) if h == hash => {
            stats.unchanged += 1;
            return Ok(());
        }
        Some((pk, _)) => {
            tx.execute("DELETE FROM articles WHERE pk = ?1", [pk])?;
            stats.replaced += 1;
        }
        None => stats.new += 1,
    }
    insert_doc(tx, doc, &hash, stats)
}

/// Writes Docs one at a time as they come, committing every `every` of them
/// (see [`crate::Store::writer`]): the same rows as [`crate::Store::put_docs`]
/// on the same Docs in the same order, without holding a batch of them.
pub struct DocWriter<'a> {
    conn: &'a Connection,
    tx: Option<Transaction<'a>>,
    in_tx: usize,
    every: usize,
    stats: PutStats,
}

impl<'a> DocWriter<'a> {
    pub(crate) fn new(conn: &'a Connection, every: usize) -> DocWriter<'a> {
        DocWriter {
            conn,
            tx: None,
            in_tx: 0,
            every: every.max(1),
            stats: PutStats::default(),
        }
    }

    /// Writes one Doc (`hash`: its [`doc_hash`], when the caller computed it,
    /// e.g. on another thread). Commits when `every` Docs are pending.
    pub fn put(&mut self, doc: &Doc, hash: Option<String>) -> Result<()> {
        let tx = match self.tx.take() {
            Some(tx) => tx,
            None => Transaction::new_unchecked(self.conn, TransactionBehavior::Deferred)?,
        };
        put_doc(&tx, doc, hash, &mut self.stats)?;
        self.in_tx += 1;
        if self.in_tx >= self.every {
            tx.commit()?;
            self.in_tx = 0;
        } else {
            self.tx = Some(tx);
        }
        Ok(())
    }

    /// What has been written so far (committed or pending).
    pub fn stats(&self) -> &PutStats {
        &self.stats
    }

    /// Takes the Docs skipped so far (`(article id, reason)`), e.g. to report
    /// them in input order among a caller's own skipped records.
    pub fn take_skipped(&mut self) -> Vec<(String, String)> {
        std::mem::take(&mut self.stats.skipped)
    }

    /// Commits the pending Docs and returns what was written. Dropping the
    /// writer instead rolls the pending Docs back.
    pub fn finish(mut self) -> Result<PutStats> {
        if let Some(tx) = self.tx.take() {
            tx.commit()?;
        }
        Ok(std::mem::take(&mut self.stats))
    }
}

fn insert_doc(tx: &Connection, doc: &Doc, hash: &str, stats: &mut PutStats) -> Result<()> {
    let m = &doc.meta;
    let layers: Vec<&str> = [
        ("sentences", doc.sentences.is_some()),
        ("tokens", doc.tokens.is_some()),
        ("tags", doc.tags.is_some()),
        ("deps", doc.deps.is_some()),
        ("entities", doc.entities.is_some()),
        ("actors", doc.actors.is_some()),
        ("events", doc.events.is_some()),
        ("quotes", doc.quotes.is_some()),
        ("claims", doc.claims.is_some()),
    ]
    .into_iter()
    .filter_map(|(n, on)| on.then_some(n))
    .collect();
    let (ts, te) = s(m.title_span);
    let (ks, ke) = s(m.kicker_span);
    let (bs, be) = s(m.body_span);
    let (ss, se) = s(m.source_span);
    tx.prepare_cached(
        "INSERT INTO articles (id, hash, text_hash, source, date, url, title, kicker, lang, origin,
            title_start, title_end, kicker_start, kicker_end, body_start, body_end, source_start, source_end,
            text, schema_version, layers, diagnostics)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
    )?
    .execute(params![
        m.id,
        hash,
        blake3::hash(doc.text.as_bytes()).to_hex().as_str(),
        m.source,
        m.date,
        m.url,
        m.title,
        m.kicker,
        m.lang,
        m.origin,
        ts,
        te,
        ks,
        ke,
        bs,
        be,
        ss,
        se,
        doc.text,
        doc.schema_version,
        serde_json::to_string(&layers)?,
        serde_json::to_string(&doc.diagnostics)?,
    ])?;
    let art = tx.last_insert_rowid();
    // the byline column came with migration 4; only a byline is written to it
    // (tests write bylineless articles into older schemas)
    if let Some(a) = &m.author {
        tx.prepare_cached("UPDATE articles SET author = ?1 WHERE pk = ?2")?
            .execute(params![a, art])?;
    }

    let mut st = tx.prepare_cached(
        "INSERT INTO sentences (article, idx, start, end, tok_start, tok_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, x) in doc.sentences().iter().enumerate() {
        st.execute(params![
            art,
            i,
            x.span.start,
            x.span.end,
            x.tokens.start,
            x.tokens.end
        ])?;
        stats.sentences += 1;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO entities (article, idx, start, end, tok_start, tok_end, label, rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (i, x) in doc.entities.iter().flatten().enumerate() {
        st.execute(params![
            art,
            i,
            x.span.start,
            x.span.end,
            x.tokens.start,
            x.tokens.end,
            x.label,
            x.rule
        ])?;
    }
    let actors = doc.actors.as_deref().unwrap_or(&[]);
    let mut st = tx.prepare_cached(
        "INSERT INTO actors (article, idx, start, end, tok_start, tok_end, head, entity, actor_id, name, code,
            country, sector, qid, antecedent, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?;
    for (i, x) in actors.iter().enumerate() {
        st.execute(params![
            art,
            i,
            x.span.start,
            x.span.end,
            x.tokens.start,
            x.tokens.end,
            x.head,
            x.entity,
            x.actor_id,
            x.name,
            x.code,
            x.country,
            x.sector,
            x.qid,
            x.antecedent,
            x.rule
        ])?;
        stats.actors += 1;
    }

    let mut ev = tx.prepare_cached(
        "INSERT INTO events (article, idx, date, source, type, mode, context, aux, trigger_start, trigger_end,
            pattern, sentence, intensity, cameo, dead, injured, arrested, size, magnitude_spans)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
    )?;
    let mut pa = tx.prepare_cached(
        "INSERT INTO participants (event, role, idx, start, end, actor, code, name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let pname = |p: &Participant| -> String {
        p.actor
            .and_then(|a| actors.get(a as usize))
            .and_then(|a| a.name.clone())
            .unwrap_or_else(|| doc.slice(p.span).to_string())
    };
    for (i, e) in doc.events.iter().flatten().enumerate() {
        let mg = &e.magnitudes;
        ev.execute(params![
            art,
            i,
            m.date,
            m.source,
            e.event_type,
            e.mode,
            serde_json::to_string(&e.context)?,
            serde_json::to_string(&e.aux)?,
            e.trigger.start,
            e.trigger.end,
            e.pattern,
            e.sentence,
            // Via the shortest decimal form, so -7.2f32 is stored as -7.2, not -7.199999809…
            format!("{}", e.intensity)
                .parse::<f64>()
                .unwrap_or(e.intensity as f64),
            e.cameo,
            mg.dead,
            mg.injured,
            mg.arrested,
            mg.size,
            serde_json::to_string(&mg.spans)?,
        ])?;
        let epk = tx.last_insert_rowid();
        let parts = e
            .actors
            .iter()
            .enumerate()
            .map(|(j, p)| ("actor", j, p))
            .chain(
                e.recipients
                    .iter()
                    .enumerate()
                    .map(|(j, p)| ("recipient", j, p)),
            )
            .chain(e.attributed_to.iter().map(|p| ("attributed", 0, p)));
        for (role, j, p) in parts {
            pa.execute(params![
                epk,
                role,
                j,
                p.span.start,
                p.span.end,
                p.actor,
                p.code,
                pname(p)
            ])?;
        }
        *stats
            .events_by_type
            .entry(e.event_type.clone())
            .or_default() += 1;
    }

    let mut st = tx.prepare_cached(
        "INSERT INTO quotes (article, idx, kind, cue_start, cue_end, source_start, source_end, content_spans, content,
            speaker, speaker_code, speaker_name, sentence, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    for (i, q) in doc.quotes.iter().flatten().enumerate() {
        let (cs, ce) = s(q.cue);
        let (ss, se) = s(q.source);
        let content: Vec<&str> = q.content.iter().map(|sp| doc.slice(*sp)).collect();
        st.execute(params![
            art,
            i,
            q.kind,
            cs,
            ce,
            ss,
            se,
            serde_json::to_string(&q.content)?,
            content.join(" … "),
            q.speaker,
            q.speaker_code,
            q.speaker_name,
            q.sentence,
            q.rule
        ])?;
        stats.quotes += 1;
    }

    let mut st = tx.prepare_cached(
        "INSERT INTO claims (article, idx, start, end, value, value_max, unit, modifier, counted_start, counted_end,
            about, quote, claimant, claimant_start, claimant_end, date, sentence, conflicts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    )?;
    for (i, c) in doc.claims.iter().flatten().enumerate() {
        let (cs, ce) = s(c.counted);
        let (ls, le) = s(c.claimant_span);
        st.execute(params![
            art,
            i,
            c.span.start,
            c.span.end,
            c.value,
            c.value_max,
            c.unit,
            c.modifier,
            cs,
            ce,
            c.about,
            c.quote,
            c.claimant,
            ls,
            le,
            c.date,
            c.sentence,
            serde_json::to_string(&c.conflicts)?,
        ])?;
        // the setting column came with migration 5; only settings are written
        // to it (tests write setting-less claims into older schemas)
        if let Some(setting) = &c.setting {
            tx.prepare_cached("UPDATE claims SET setting = ?1 WHERE article = ?2 AND idx = ?3")?
                .execute(params![setting, art, i])?;
        }
        stats.claims += 1;
    }
    Ok(())
}
