//! `chronicle analyze`: read articles, run the pipeline, print Docs.

use crate::common;
use crate::stream::{self, Outcome};
use anyhow::Context;
use chronicle_doc::Doc;
use chronicle_ingest::{ErrorKind, Options, Reader};
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::time::Instant;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutFormat {
    /// One Doc JSON object per line (schema: docs/schema.md).
    Jsonl,
    /// A readable view: metadata, then sentences with their tokens.
    Pretty,
}

/// Analyse articles and print one Doc per article.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Inputs: scraped plain-text articles (kicker/headline lines, body, `source <name>` trailer), \
.json (object or array), .jsonl / .ndjson, .jsonl.zst, directories (recursive, sorted), `-` for stdin.\n\n\
Examples:\n  chronicle analyze samples/ --format pretty\n  chronicle analyze corpus.jsonl.zst --threads 2 > docs.jsonl\n  \
cat article.txt | chronicle analyze - --format pretty\n\n\
Docs are printed in input order. Skipped records are reported on stderr (file:line and reason),\n\
followed by a summary.\n\nExit codes: 0 all analysed; 1 some records skipped; 2 usage or fatal error \
(with --strict, the first skipped record is fatal)."
)]
pub struct Args {
    /// Files or directories to read; `-` reads stdin.
    #[arg(required = true, value_name = "PATHS|-")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutFormat::Jsonl)]
    pub format: OutFormat,
    /// Stop at the first skipped record (exit code 2).
    #[arg(long)]
    pub strict: bool,
    /// Worker threads (0 = one per core).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// Records read ahead of the last one written (being analysed, or waiting
    /// to be written in input order); memory is bounded by them.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Largest accepted article in bytes.
    #[arg(long, default_value_t = chronicle_ingest::DEFAULT_MAX_ARTICLE_BYTES)]
    pub max_article_bytes: usize,
    /// Data files and models replacing the embedded ones.
    #[command(flatten)]
    pub models: common::ModelArgs,
    /// No progress bar, no summary.
    #[arg(long, short)]
    pub quiet: bool,
}

/// One Doc in the chosen output format.
fn render(format: OutFormat, d: &Doc) -> Vec<u8> {
    // a Doc's JSON is about 30 times its text (every token's span, tags and
    // dependency): room for that up front, not four doublings
    let mut buf = Vec::with_capacity(d.text.len() * 32 + 1024);
    match format {
        OutFormat::Jsonl => {
            write_json(&mut buf, d);
            buf.push(b'\n');
        }
        OutFormat::Pretty => write_pretty(&mut buf, d).expect("writing to a Vec cannot fail"),
    }
    buf
}

/// Writes `d` as `serde_json::to_writer` does, byte for byte (tested), with
/// the tag and dependency records (one of each per token, a third of the
/// output's serializer calls) written by hand: serde_json escapes every key
/// and value through its general string path, about 1,250 instructions a
/// `Tag`. Every other field goes through serde_json as before.
fn write_json(buf: &mut Vec<u8>, d: &Doc) {
    // every field named, so a new field fails to compile here until it is written
    let Doc {
        schema_version,
        meta,
        text,
        sentences,
        tokens,
        tags,
        deps,
        entities,
        actors,
        coref,
        events,
        quotes,
        claims,
        diagnostics,
    } = d;
    fn field<T: serde::Serialize>(buf: &mut Vec<u8>, key: &str, v: &T) {
        buf.extend_from_slice(b",\"");
        buf.extend_from_slice(key.as_bytes());
        buf.extend_from_slice(b"\":");
        serde_json::to_writer(&mut *buf, v).expect("a Doc always serializes");
    }
    /// `,"key":[…]`, each item written by `item` (the layers written by hand).
    #[inline(always)]
    fn array<T>(buf: &mut Vec<u8>, key: &str, v: &[T], mut item: impl FnMut(&mut Vec<u8>, &T)) {
        buf.extend_from_slice(b",\"");
        buf.extend_from_slice(key.as_bytes());
        buf.extend_from_slice(b"\":[");
        for (i, x) in v.iter().enumerate() {
            if i > 0 {
                buf.push(b',');
            }
            item(buf, x);
        }
        buf.push(b']');
    }
    buf.extend_from_slice(b"{\"schema_version\":");
    push_u32(buf, *schema_version);
    field(buf, "meta", meta);
    field(buf, "text", text);
    if let Some(v) = sentences {
        field(buf, "sentences", v);
    }
    if let Some(v) = tokens {
        array(buf, "tokens", v, |buf, t| {
            buf.extend_from_slice(b"{\"span\":");
            push_pair(buf, t.span.start, t.span.end);
            if let Some(norm) = &t.norm {
                buf.extend_from_slice(b",\"norm\":");
                push_json_str(buf, norm);
            }
            buf.extend_from_slice(if t.space_after {
                b",\"space_after\":true}"
            } else {
                b",\"space_after\":false}"
            });
        });
    }
    if let Some(v) = tags {
        array(buf, "tags", v, |buf, t| {
            buf.extend_from_slice(b"{\"upos\":");
            push_json_str(buf, t.upos.as_str());
            buf.extend_from_slice(b",\"xpos\":");
            push_json_str(buf, t.xpos.as_str());
            buf.extend_from_slice(b",\"lemma\":");
            push_json_str(buf, t.lemma.as_str());
            buf.extend_from_slice(b",\"feats\":");
            push_json_str(buf, t.feats.as_str());
            buf.push(b'}');
        });
    }
    if let Some(v) = deps {
        array(buf, "deps", v, |buf, dep| {
            buf.extend_from_slice(b"{\"head\":");
            match dep.head {
                Some(h) => push_u32(buf, h),
                None => buf.extend_from_slice(b"null"),
            }
            buf.extend_from_slice(b",\"rel\":");
            push_json_str(buf, dep.rel.as_str());
            buf.push(b'}');
        });
    }
    if let Some(v) = entities {
        field(buf, "entities", v);
    }
    if let Some(v) = actors {
        array(buf, "actors", v, push_actor);
    }
    if let Some(v) = coref {
        field(buf, "coref", v);
    }
    if let Some(v) = events {
        field(buf, "events", v);
    }
    if let Some(v) = quotes {
        field(buf, "quotes", v);
    }
    if let Some(v) = claims {
        field(buf, "claims", v);
    }
    if !diagnostics.is_empty() {
        field(buf, "diagnostics", diagnostics);
    }
    buf.push(b'}');
}

/// Appends `s` as a JSON string: quoted as it is when no byte needs an escape
/// (a control character, a quote or a backslash; serde_json writes every
/// other byte, non-ASCII included, as it is), else through serde_json.
fn push_json_str(buf: &mut Vec<u8>, s: &str) {
    if s.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        buf.push(b'"');
        buf.extend_from_slice(s.as_bytes());
        buf.push(b'"');
    } else {
        serde_json::to_writer(&mut *buf, s).expect("a string always serializes");
    }
}

/// Appends `[start,end]`, the JSON of a `Span` or a `TokenRange`.
fn push_pair(buf: &mut Vec<u8>, start: u32, end: u32) {
    buf.push(b'[');
    push_u32(buf, start);
    buf.push(b',');
    push_u32(buf, end);
    buf.push(b']');
}

/// Appends an actor mention as serde_json writes it (its fields in
/// declaration order, the absent optional ones skipped).
fn push_actor(buf: &mut Vec<u8>, a: &chronicle_doc::ActorMention) {
    // every field named, so a new field fails to compile here until it is written
    let chronicle_doc::ActorMention {
        span,
        tokens,
        head,
        entity,
        actor_id,
        name,
        code,
        country,
        sector,
        qid,
        antecedent,
        rule,
    } = a;
    let opt_str = |buf: &mut Vec<u8>, key: &[u8], v: &Option<String>| {
        if let Some(v) = v {
            buf.extend_from_slice(key);
            push_json_str(buf, v);
        }
    };
    buf.extend_from_slice(b"{\"span\":");
    push_pair(buf, span.start, span.end);
    buf.extend_from_slice(b",\"tokens\":");
    push_pair(buf, tokens.start, tokens.end);
    buf.extend_from_slice(b",\"head\":");
    push_u32(buf, *head);
    if let Some(e) = entity {
        buf.extend_from_slice(b",\"entity\":");
        push_u32(buf, *e);
    }
    opt_str(buf, b",\"actor_id\":", actor_id);
    opt_str(buf, b",\"name\":", name);
    buf.extend_from_slice(b",\"code\":");
    push_json_str(buf, code);
    opt_str(buf, b",\"country\":", country);
    opt_str(buf, b",\"sector\":", sector);
    opt_str(buf, b",\"qid\":", qid);
    if let Some(x) = antecedent {
        buf.extend_from_slice(b",\"antecedent\":");
        push_u32(buf, *x);
    }
    buf.extend_from_slice(b",\"rule\":");
    push_json_str(buf, rule);
    buf.push(b'}');
}

/// Appends the decimal digits of `v`.
#[inline]
fn push_u32(buf: &mut Vec<u8>, v: u32) {
    buf.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// Runs `chronicle analyze`: the records are analysed and rendered on
/// `--threads` threads and written in input order as they arrive
/// ([`stream::in_order`]).
pub fn run(args: Args) -> anyhow::Result<i32> {
    let pipeline = args.models.pipeline()?;
    let opts = Options {
        max_article_bytes: args.max_article_bytes,
        ..Options::default()
    };
    let reader = Reader::new(&args.paths, opts);
    let format = args.format;
    let limits = stream::Limits {
        workers: stream::workers(args.threads),
        items: args.batch,
        bytes: 64 << 20,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let progress = (!args.quiet && std::io::stderr().is_terminal()).then(|| {
        let pb = indicatif::ProgressBar::new_spinner();
        pb.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos} articles  {msg}  [{elapsed}]")
                .expect("valid template"),
        );
        pb
    });
    let say = |line: &str| match &progress {
        Some(pb) => pb.suspend(|| eprintln!("{line}")),
        None => eprintln!("{line}"),
    };
    let start = Instant::now();
    let mut analysed = 0usize;
    let mut bytes = 0usize;
    let mut skipped: BTreeMap<ErrorKind, usize> = BTreeMap::new();
    let mut failed = 0usize;
    let stopped = stream::in_order(
        reader,
        limits,
        |article| render(format, &pipeline.analyze(article)),
        |seq, outcome| {
            match outcome {
                Outcome::Done { len, value: buf } => {
                    if let Err(e) = out.write_all(&buf) {
                        if e.kind() == std::io::ErrorKind::BrokenPipe {
                            return Ok(ControlFlow::Break(0));
                        }
                        return Err(e).context("cannot write to stdout");
                    }
                    analysed += 1;
                    bytes += len;
                    if let Some(pb) = &progress {
                        pb.set_position(analysed as u64);
                        let secs = start.elapsed().as_secs_f64().max(1e-9);
                        pb.set_message(format!(
                            "{:.1} MB, {:.1} MB/s",
                            bytes as f64 / 1e6,
                            bytes as f64 / 1e6 / secs
                        ));
                    }
                }
                Outcome::Panicked { id, message, .. } => {
                    say(&format!(
                        "skipped: record {} ({id}): analysis failed (internal error: {message}); please report it",
                        seq + 1
                    ));
                    failed += 1;
                    if args.strict {
                        out.flush().ok();
                        return Ok(ControlFlow::Break(2));
                    }
                }
                Outcome::Skipped(e) => {
                    say(&format!("skipped: {e}"));
                    *skipped.entry(e.kind).or_default() += 1;
                    if args.strict {
                        if let Some(pb) = &progress {
                            pb.finish_and_clear();
                        }
                        eprintln!("chronicle: --strict: stopping at the first skipped record");
                        out.flush().ok();
                        return Ok(ControlFlow::Break(2));
                    }
                }
            }
            Ok(ControlFlow::Continue(()))
        },
    )?;
    if let Some(code) = stopped {
        return Ok(code);
    }
    if let Err(e) = out.flush()
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        return Err(e).context("cannot write to stdout");
    }
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    let n_skipped: usize = skipped.values().sum::<usize>() + failed;
    if !args.quiet {
        let secs = start.elapsed().as_secs_f64();
        let mut line = format!(
            "chronicle analyze: analysed {analysed} article{} ({}) in {secs:.2} s; skipped {n_skipped}",
            if analysed == 1 { "" } else { "s" },
            human_bytes(bytes)
        );
        if n_skipped > 0 {
            let mut parts: Vec<String> = skipped.iter().map(|(k, n)| format!("{k} {n}")).collect();
            if failed > 0 {
                parts.push(format!("analysis failed {failed}"));
            }
            line.push_str(&format!(" ({})", parts.join(", ")));
        }
        eprintln!("{line}");
    }
    Ok(if n_skipped > 0 { 1 } else { 0 })
}

fn human_bytes(n: usize) -> String {
    match n {
        0..1_000 => format!("{n} bytes"),
        1_000..1_000_000 => format!("{:.1} kB", n as f64 / 1e3),
        _ => format!("{:.1} MB", n as f64 / 1e6),
    }
}

/// The readable view of one Doc.
pub fn write_pretty(out: &mut impl Write, d: &Doc) -> std::io::Result<()> {
    let m = &d.meta;
    writeln!(out, "══ {} ══", m.id)?;
    let mut facts = Vec::new();
    if let Some(s) = &m.source {
        facts.push(format!("source: {s}"));
    }
    if let Some(s) = &m.date {
        facts.push(format!("date: {s}"));
    }
    if let Some(s) = &m.url {
        facts.push(format!("url: {s}"));
    }
    if let Some(s) = m.origin.as_ref().filter(|s| **s != m.id) {
        facts.push(format!("from: {s}"));
    }
    if !facts.is_empty() {
        writeln!(out, "{}", facts.join(" · "))?;
    }
    if let Some(k) = &m.kicker {
        writeln!(out, "kicker: {k}")?;
    }
    if let Some(t) = &m.title {
        writeln!(out, "title:  {t}")?;
    }
    let body_len = m.body_span.map_or(0, |s| s.len());
    writeln!(
        out,
        "text:   {} bytes (body {body_len}), {} sentences, {} tokens",
        d.text.len(),
        d.sentences().len(),
        d.tokens().len()
    )?;
    for diag in &d.diagnostics {
        writeln!(out, "note:   [{}] {}", diag.stage, diag.message)?;
    }
    for (i, s) in d.sentences().iter().enumerate() {
        let region = match m.title_span {
            Some(t) if t.contains(s.span) => "title",
            _ => "body",
        };
        let text = d.slice(s.span).replace('\n', " ");
        writeln!(
            out,
            "\n  [{}] {region} {}..{}  {text}",
            i + 1,
            s.span.start,
            s.span.end
        )?;
        let toks: Vec<&str> = s.tokens.range().map(|k| d.token_text(k)).collect();
        writeln!(out, "      {}", toks.join(" · "))?;
        // syntax layers: word/XPOS(lemma when it differs), then rel(head-i, dep-j)
        if let (Some(tags), Some(deps)) = (&d.tags, &d.deps) {
            let first = s.tokens.start as usize;
            let tagged: Vec<String> = s
                .tokens
                .range()
                .filter_map(|k| {
                    let t = tags.get(k)?;
                    let w = d.token_text(k);
                    Some(if t.lemma == w {
                        format!("{w}/{}", t.xpos)
                    } else {
                        format!("{w}/{}({})", t.xpos, t.lemma)
                    })
                })
                .collect();
            writeln!(out, "      tags: {}", tagged.join(" "))?;
            let arcs: Vec<String> = s
                .tokens
                .range()
                .filter_map(|k| {
                    let dep = deps.get(k)?;
                    let head = match dep.head {
                        Some(h) => {
                            format!("{}-{}", d.token_text(h as usize), h as usize + 1 - first)
                        }
                        None => "ROOT-0".to_string(),
                    };
                    Some(format!(
                        "{}({head}, {}-{})",
                        dep.rel,
                        d.token_text(k),
                        k + 1 - first
                    ))
                })
                .collect();
            writeln!(out, "      deps: {}", arcs.join(" "))?;
        }
        write_records(out, d, i, s.span)?;
    }
    writeln!(out)?;
    Ok(())
}

/// Quoted, single-line surface of a span, shortened for the readable view.
fn surface(d: &Doc, span: chronicle_doc::Span) -> String {
    let t = d.slice(span).replace(['\n', '\r'], " ");
    if t.chars().count() > 90 {
        let cut: String = t.chars().take(87).collect();
        format!("\"{cut}…\"")
    } else {
        format!("\"{t}\"")
    }
}

/// Participants as `CODE "span"`, or `∅` when there are none.
fn parts(d: &Doc, ps: &[chronicle_doc::Participant]) -> String {
    if ps.is_empty() {
        return "∅".into();
    }
    ps.iter()
        .map(|p| {
            format!(
                "{} {}",
                p.code.as_deref().unwrap_or("?"),
                surface(d, p.span)
            )
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// The actor, event, quote and claim records of sentence `i` (whose span is `span`).
fn write_records(
    out: &mut impl Write,
    d: &Doc,
    i: usize,
    span: chronicle_doc::Span,
) -> std::io::Result<()> {
    let actors: Vec<String> = d
        .actors
        .iter()
        .flatten()
        .filter(|a| span.contains(a.span))
        .map(|a| match &a.name {
            Some(n) if !d.slice(a.span).contains(n.as_str()) => {
                format!("{}={} ({n})", surface(d, a.span), a.code)
            }
            _ => format!("{}={}", surface(d, a.span), a.code),
        })
        .collect();
    if !actors.is_empty() {
        writeln!(out, "      actors: {}", actors.join("  "))?;
    }
    let ents = d.entities.as_deref().unwrap_or(&[]);
    let coref: Vec<String> = d
        .coref
        .iter()
        .flatten()
        .filter(|l| span.contains(l.span))
        .filter_map(|l| {
            let e = ents.get(l.entity as usize)?;
            Some(format!("{}→{}", surface(d, l.span), surface(d, e.span)))
        })
        .collect();
    if !coref.is_empty() {
        writeln!(out, "      coref: {}", coref.join("  "))?;
    }
    for e in d
        .events
        .iter()
        .flatten()
        .filter(|e| e.sentence as usize == i)
    {
        let mode = e
            .mode
            .as_deref()
            .map(|m| format!("/{m}"))
            .unwrap_or_default();
        let aux = if e.aux.is_empty() {
            String::new()
        } else {
            format!(" ({})", e.aux.join(", "))
        };
        writeln!(
            out,
            "      EVENT {}{mode}{aux}: {} → {}  trigger {}  cameo {}  [{}]",
            e.event_type,
            parts(d, &e.actors),
            parts(d, &e.recipients),
            surface(d, e.trigger),
            e.cameo,
            e.pattern
        )?;
    }
    for q in d
        .quotes
        .iter()
        .flatten()
        .filter(|q| q.sentence as usize == i)
    {
        let mut who = match (&q.source, &q.speaker_code) {
            (Some(s), Some(c)) => format!("{} [{c}]", surface(d, *s)),
            (Some(s), None) => surface(d, *s),
            (None, _) => "?".into(),
        };
        // the speaker's name when the source span does not spell it ("She" → Maria Kowalczyk)
        if let (Some(s), Some(n)) = (&q.source, &q.speaker_name)
            && !d.slice(*s).contains(n.as_str())
        {
            who.push_str(&format!(" ({n})"));
        }
        let cue = q.cue.map(|c| surface(d, c)).unwrap_or_else(|| "-".into());
        let content: Vec<String> = q.content.iter().map(|c| surface(d, *c)).collect();
        writeln!(
            out,
            "      QUOTE {}: {who} cue {cue} → {}",
            q.kind,
            content.join(" … ")
        )?;
    }
    for c in d
        .claims
        .iter()
        .flatten()
        .filter(|c| c.sentence as usize == i)
    {
        let counted = c
            .counted
            .map(|s| surface(d, s))
            .unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "      CLAIM {} ({} {}) of {counted} claimed by {}{}",
            surface(d, c.span),
            c.modifier,
            c.unit,
            c.claimant,
            if c.conflicts.is_empty() {
                ""
            } else {
                "  ⚠ conflicts"
            }
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_written_json_is_serde_json_byte_for_byte() {
        let pipeline = chronicle_pipeline::Pipeline::default();
        let texts = [
            "Ukraine's president said on Monday: \"We will not give up.\" Prices rose 4.5% in May.",
            "A lemma with a \\ backslash, a\ttab and \u{7f}; O'Neill met Zelenskyy’s envoy.",
            "He called it \u{201c}a disgrace\u{201d} \u{2014} twice\u{00ad}over.",
            "",
        ];
        for text in texts {
            let mut d = pipeline.analyze(chronicle_doc::Article {
                meta: Default::default(),
                text: text.to_string(),
            });
            let want = serde_json::to_vec(&d).unwrap();
            let mut got = Vec::new();
            write_json(&mut got, &d);
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want).unwrap()
            );
            // odd values the pipeline does not make: escapes in every tag
            // field, a root and a large head, no layers at all
            if let (Some(tags), Some(deps)) = (d.tags.as_mut(), d.deps.as_mut())
                && !tags.is_empty()
            {
                tags[0].lemma = chronicle_doc::Sym::new("a\"b\\c\n\u{1}é");
                tags[0].feats = chronicle_doc::Sym::new("\t");
                deps[0].head = None;
                deps[0].rel = chronicle_doc::Sym::new("x\"y");
                if deps.len() > 1 {
                    deps[1].head = Some(u32::MAX);
                }
            }
            // and in the tokens: a norm needing escapes, a plain one, the
            // largest offsets
            if let Some(tokens) = d.tokens.as_mut()
                && tokens.len() > 1
            {
                tokens[0].norm = Some("q\"\\\u{1f}".into());
                tokens[1].norm = Some("plain".into());
                tokens[1].span = chronicle_doc::Span {
                    start: u32::MAX - 1,
                    end: u32::MAX,
                };
            }
            // and in the actors: every optional field absent, then every one
            // present, with escapes and the largest numbers
            if let Some(actors) = d.actors.as_mut()
                && let Some(a) = actors.first().cloned()
            {
                let bare = chronicle_doc::ActorMention {
                    entity: None,
                    actor_id: None,
                    name: None,
                    country: None,
                    sector: None,
                    qid: None,
                    antecedent: None,
                    ..a.clone()
                };
                let full = chronicle_doc::ActorMention {
                    span: chronicle_doc::Span {
                        start: 7,
                        end: u32::MAX,
                    },
                    tokens: chronicle_doc::TokenRange {
                        start: 0,
                        end: u32::MAX,
                    },
                    head: u32::MAX,
                    entity: Some(u32::MAX),
                    actor_id: Some("id\\1".into()),
                    name: Some("the \"Name\"".into()),
                    code: "\n".into(),
                    country: Some("UKR".into()),
                    sector: Some("GOV\u{1}".into()),
                    qid: Some("Q1".into()),
                    antecedent: Some(0),
                    rule: "coref:pronoun \"he\" → X".into(),
                };
                actors.extend([bare, full]);
            }
            for _ in 0..2 {
                let want = serde_json::to_vec(&d).unwrap();
                let mut got = Vec::new();
                write_json(&mut got, &d);
                assert_eq!(
                    String::from_utf8(got).unwrap(),
                    String::from_utf8(want).unwrap()
                );
                d.tags = None;
                d.deps = None;
                d.tokens = None;
                d.actors = None;
                d.sentences = None;
            }
        }
        for v in [0, 7, 10, 99, 100, 4_294_967_295] {
            let mut b = Vec::new();
            push_u32(&mut b, v);
            assert_eq!(b, v.to_string().into_bytes());
        }
    }
}
