//! `chronicle ingest`: read inputs, analyse them, store them in batches.

use crate::stream::{self, Outcome};
use anyhow::{Context, Result};
use chronicle_doc::Doc;
use chronicle_store::{PutStats, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeMap;
use std::io::BufRead;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Arguments of `chronicle ingest`.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  chronicle ingest samples/                      # analyse and store into ./chronicle.db
  chronicle ingest news.jsonl --db corpus.db     # another database
  chronicle ingest --docs analysed.jsonl         # store Docs already analysed (one JSON Doc per line)

Re-ingesting is idempotent: an article whose content hash is stored is skipped;
a changed article replaces its records in one transaction. Exit status 1 when
any record was skipped (reasons in the summary).")]
pub struct Args {
    /// Files or directories to read (`-` for stdin).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// SQLite database (created if missing).
    #[arg(long, default_value = chronicle_store::DEFAULT_DB)]
    pub db: PathBuf,
    /// Inputs are analysed Docs, one JSON object per line (no analysis is run).
    #[arg(long)]
    pub docs: bool,
    /// Articles per transaction.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Analysis threads (0 = one per core); a further thread writes to the
    /// database in input order.
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// Records read ahead of the last one stored (being analysed, or analysed
    /// and waiting to be stored in input order); memory is bounded by them.
    /// Default: 16 per analysis thread.
    #[arg(long, value_name = "N")]
    pub read_ahead: Option<usize>,
    /// Print the summary as one JSON object on stdout.
    #[arg(long)]
    pub json: bool,
    /// Never draw a progress bar.
    #[arg(long)]
    pub no_progress: bool,
    /// Data files and models replacing the embedded ones (raw articles only).
    #[command(flatten)]
    pub models: crate::common::ModelArgs,
}

fn input_bytes(paths: &[PathBuf]) -> u64 {
    fn walk(p: &Path) -> u64 {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => std::fs::read_dir(p)
                .map(|rd| rd.flatten().map(|e| walk(&e.path())).sum())
                .unwrap_or(0),
            Ok(m) => m.len(),
            Err(_) => 0,
        }
    }
    paths.iter().map(|p| walk(p)).sum()
}

/// A Doc, or a skipped record with its reason; plus the input bytes it took.
type Item = (Result<Doc, (String, String)>, u64);

/// Reads Docs from JSONL files (one Doc per line).
fn doc_lines(paths: &[PathBuf]) -> impl Iterator<Item = Item> + '_ {
    fn files(p: &Path, out: &mut Vec<PathBuf>) {
        if p.is_dir() {
            let mut v: Vec<_> = std::fs::read_dir(p)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .collect();
            v.sort();
            for x in v {
                if !x
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                {
                    files(&x, out);
                }
            }
        } else {
            out.push(p.to_path_buf());
        }
    }
    let mut all = Vec::new();
    for p in paths {
        files(p, &mut all);
    }
    all.into_iter()
        .flat_map(|path| -> Box<dyn Iterator<Item = Item>> {
            let name = path.display().to_string();
            let reader: Box<dyn BufRead> = if name == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                match std::fs::File::open(&path) {
                    Ok(f) => Box::new(std::io::BufReader::new(f)),
                    Err(e) => {
                        return Box::new(std::iter::once((Err((name, format!("io: {e}"))), 0)));
                    }
                }
            };
            Box::new(reader.lines().enumerate().filter_map(move |(i, l)| {
                let origin = format!("{name}:{}", i + 1);
                match l {
                    Err(e) => Some((Err((origin, format!("io: {e}"))), 0)),
                    Ok(l) if l.trim().is_empty() => None,
                    Ok(l) => {
                        let n = l.len() as u64 + 1;
                        Some((
                            serde_json::from_str::<Doc>(&l)
                                .map_err(|e| (origin, format!("malformed Doc JSON: {e}"))),
                            n,
                        ))
                    }
                }
            }))
        })
}

/// Runs `chronicle ingest`. Raw articles are analysed on `--threads` threads
/// while this thread stores the Docs in input order ([`stream::in_order`]),
/// committing every `--batch` of them; no analysis thread waits for a batch
/// or a transaction.
pub fn run(args: Args) -> Result<i32> {
    let mut store =
        Store::open(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let total = input_bytes(&args.paths);
    let pb = if args.no_progress {
        ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden())
    } else {
        ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
    };
    pb.set_style(
        ProgressStyle::with_template("{bar:30.cyan/blue} {bytes}/{total_bytes} {msg} ETA {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let start = Instant::now();
    let size = args.batch.max(1);
    let mut writer = store.writer(size)?;
    // skipped records in input order: unreadable, failed analysis, refused by the store
    let mut skipped: Vec<(String, String)> = Vec::new();
    let mut done = 0usize;
    let mut stored = |writer: &mut chronicle_store::DocWriter,
                      skipped: &mut Vec<(String, String)>,
                      d: &Doc,
                      hash|
     -> Result<()> {
        writer.put(d, hash).context("writing to the database")?;
        skipped.append(&mut writer.take_skipped());
        done += 1;
        if done.is_multiple_of(size) {
            let rate = done as f64 / start.elapsed().as_secs_f64().max(1e-6);
            pb.set_message(format!("{done} articles, {rate:.0}/s"));
        }
        Ok(())
    };
    if args.docs {
        for (item, bytes) in doc_lines(&args.paths) {
            pb.inc(bytes);
            match item {
                Ok(d) => stored(&mut writer, &mut skipped, &d, None)?,
                Err((origin, reason)) => skipped.push((origin, reason)),
            }
        }
    } else {
        let pipeline = args.models.pipeline()?;
        let reader =
            chronicle_ingest::Reader::new(&args.paths, chronicle_ingest::Options::default());
        let workers = stream::workers(args.threads);
        // an analysed Doc in memory is many times its text, and on a busy host
        // the writer can fall behind: 256 waiting Docs took peak RSS from
        // 126-129 to 185 MB (2,000 abp articles, 2 threads); 16 per analysis
        // thread keep both threads busy through a commit
        let limits = stream::Limits {
            workers,
            items: args.read_ahead.unwrap_or(16 * workers),
            bytes: 64 << 20,
        };
        // the content hash (the Doc's JSON through BLAKE3) is computed by the
        // analysis thread, not the writer
        stream::in_order(
            reader,
            limits,
            |article| {
                let d = pipeline.analyze(article);
                let h = chronicle_store::doc_hash(&d);
                (d, h)
            },
            |_, outcome| {
                match outcome {
                    Outcome::Done { len, value: (d, h) } => {
                        pb.inc(len as u64);
                        stored(&mut writer, &mut skipped, &d, Some(h))?;
                    }
                    Outcome::Skipped(e) => skipped.push((
                        e.origin.clone(),
                        format!("{}: {}", e.kind.name(), e.message),
                    )),
                    Outcome::Panicked { len, id, message } => {
                        pb.inc(len as u64);
                        skipped.push((
                            id,
                            format!("analysis failed: internal error: {message}; please report it"),
                        ));
                    }
                }
                Ok(ControlFlow::Continue(()))
            },
        )?;
    }
    let mut stats = writer.finish().context("writing to the database")?;
    stats.skipped = skipped;
    pb.finish_and_clear();
    let secs = start.elapsed().as_secs_f64();
    report(&args, &stats, secs)?;
    Ok(if stats.skipped.is_empty() { 0 } else { 1 })
}

fn report(args: &Args, s: &PutStats, secs: f64) -> Result<()> {
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    for (_, r) in &s.skipped {
        let key = r.split(':').next().unwrap_or(r).to_string();
        *reasons.entry(key).or_default() += 1;
    }
    if args.json {
        let v = serde_json::json!({
            "db": args.db.display().to_string(),
            "seconds": secs,
            "articles": { "new": s.new, "unchanged": s.unchanged, "replaced": s.replaced },
            "sentences": s.sentences,
            "actors": s.actors,
            "events": s.events(),
            "events_by_type": s.events_by_type,
            "quotes": s.quotes,
            "claims": s.claims,
            "skipped": s.skipped.len(),
            "skipped_by_reason": reasons,
            "skipped_records": s.skipped.iter().take(100).map(|(o, r)| serde_json::json!({"record": o, "reason": r})).collect::<Vec<_>>(),
        });
        println!("{v}");
        return Ok(());
    }
    let n = s.new + s.unchanged + s.replaced;
    eprintln!(
        "ingested {n} articles into {} in {secs:.1}s ({:.0} articles/s)",
        args.db.display(),
        n as f64 / secs.max(1e-6)
    );
    eprintln!(
        "  articles:  {} new, {} unchanged, {} replaced",
        s.new, s.unchanged, s.replaced
    );
    eprintln!("  sentences: {}", s.sentences);
    eprintln!("  actors:    {}", s.actors);
    let mix: Vec<String> = s
        .events_by_type
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    eprintln!(
        "  events:    {}{}",
        s.events(),
        if mix.is_empty() {
            String::new()
        } else {
            format!(" ({})", mix.join(", "))
        }
    );
    eprintln!("  quotes:    {}", s.quotes);
    eprintln!("  claims:    {}", s.claims);
    if !s.skipped.is_empty() {
        let r: Vec<String> = reasons.iter().map(|(k, v)| format!("{k} {v}")).collect();
        eprintln!("  skipped:   {} ({})", s.skipped.len(), r.join(", "));
        for (o, r) in s.skipped.iter().take(10) {
            eprintln!("    {o}: {r}");
        }
        if s.skipped.len() > 10 {
            eprintln!(
                "    … {} more (use --json for up to 100)",
                s.skipped.len() - 10
            );
        }
    }
    Ok(())
}
