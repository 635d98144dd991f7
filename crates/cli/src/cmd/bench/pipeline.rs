//! `chronicle bench pipeline`: full-pipeline throughput, per stage and in
//! total, peak memory, and the count of everything produced.
//!
//! Articles stream from a reader thread to the analysis threads in chunks over a
//! bounded channel, and each Doc is dropped once counted, so memory stays
//! bounded whatever `--limit` is. Stage times come from
//! [`Pipeline::run_marked`]: each stage is charged the CPU time of the thread
//! that ran it (`CLOCK_THREAD_CPUTIME_ID`), which stays meaningful on a loaded
//! machine, and its wall time as a second figure.

use anyhow::Result;
use chronicle_doc::{Article, Doc};
use chronicle_ingest::{Options, Reader};
use chronicle_pipeline::Pipeline;
use serde_json::json;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::sync_channel;
use std::time::Instant;

/// Arguments of `chronicle bench pipeline`.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  chronicle bench pipeline --input abp.jsonl.zst                 # whole corpus, all cores
  chronicle bench pipeline --input abp.jsonl.zst --limit 2000 --threads 1
  chronicle bench pipeline --input abp.jsonl.zst --threads 2 --json

Per-core figures divide by the CPU time the analysis threads spent in each
stage (robust on a shared machine); totals divide by elapsed wall time from
the first byte read to the last Doc counted. The stages measured are those of
`Pipeline::default()` in this build; they are listed in the output.")]
pub struct Args {
    /// Input: JSONL or .jsonl.zst (anything `chronicle_ingest::Reader` reads).
    #[arg(long)]
    pub input: PathBuf,
    /// Analyse only the first N articles.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Analysis threads (default: all cores). Ingest runs on one more thread.
    #[arg(long)]
    pub threads: Option<usize>,
    /// Articles per chunk sent to the analysis threads.
    #[arg(long, default_value_t = 16)]
    pub chunk: usize,
    /// Print one JSON object instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Tagger model to use instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub tagger: Option<PathBuf>,
    /// Parser model to use instead of the embedded one (e.g. an opt-in lean
    /// parser; the embedded tagger unless --tagger is given).
    #[arg(long, value_name = "FILE")]
    pub parser: Option<PathBuf>,
}

fn clock_ns(clock: libc::clockid_t) -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clock ids used are valid on Linux.
    let r = unsafe { libc::clock_gettime(clock, &mut ts) };
    if r != 0 {
        return 0;
    }
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// CPU time of the calling thread, in ns.
fn thread_cpu_ns() -> u64 {
    clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)
}

/// CPU time of the whole process (all threads), in ns.
fn process_cpu_ns() -> u64 {
    clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)
}

/// A `kB` field of /proc/self/status (`VmHWM`, `VmRSS`), in bytes.
fn proc_status_bytes(field: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with(field))?;
    let kb: u64 = line[field.len()..]
        .trim_start_matches(':')
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    Some(kb * 1024)
}

fn load_average() -> Option<String> {
    let s = std::fs::read_to_string("/proc/loadavg").ok()?;
    Some(s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
}

/// What the analysis produced.
#[derive(Clone, Copy, Default)]
struct Counts {
    articles: u64,
    bytes: u64,
    sentences: u64,
    tokens: u64,
    entities: u64,
    actors: u64,
    events: u64,
    quotes: u64,
    claims: u64,
    diagnostics: u64,
    /// Layers present in at least one Doc (bit per layer, see `LAYERS`).
    present: u16,
}

/// Layer names, in the order of the `present` bits.
const LAYERS: [&str; 9] = [
    "sentences",
    "tokens",
    "tags",
    "deps",
    "entities",
    "actors",
    "events",
    "quotes",
    "claims",
];

fn len<T>(x: &Option<Vec<T>>) -> u64 {
    x.as_ref().map_or(0, |v| v.len() as u64)
}

impl Counts {
    fn of(d: &Doc) -> Counts {
        let present = [
            d.sentences.is_some(),
            d.tokens.is_some(),
            d.tags.is_some(),
            d.deps.is_some(),
            d.entities.is_some(),
            d.actors.is_some(),
            d.events.is_some(),
            d.quotes.is_some(),
            d.claims.is_some(),
        ]
        .iter()
        .enumerate()
        .fold(0u16, |m, (i, &p)| m | (u16::from(p) << i));
        Counts {
            articles: 1,
            bytes: d.text.len() as u64,
            sentences: len(&d.sentences),
            tokens: len(&d.tokens),
            entities: len(&d.entities),
            actors: len(&d.actors),
            events: len(&d.events),
            quotes: len(&d.quotes),
            claims: len(&d.claims),
            diagnostics: d.diagnostics.len() as u64,
            present,
        }
    }

    fn add(&mut self, o: &Counts) {
        self.articles += o.articles;
        self.bytes += o.bytes;
        self.sentences += o.sentences;
        self.tokens += o.tokens;
        self.entities += o.entities;
        self.actors += o.actors;
        self.events += o.events;
        self.quotes += o.quotes;
        self.claims += o.claims;
        self.diagnostics += o.diagnostics;
        self.present |= o.present;
    }

    fn has(&self, layer: &str) -> bool {
        LAYERS
            .iter()
            .position(|l| *l == layer)
            .is_some_and(|i| self.present & (1 << i) != 0)
    }
}

/// Time spent in one stage, summed over threads.
#[derive(Clone, Copy)]
struct StageTime {
    name: &'static str,
    cpu_ns: u64,
    wall_ns: u64,
}

/// Counts and stage times of a set of Docs.
struct Tally {
    counts: Counts,
    stages: Vec<StageTime>,
}

/// Name under which Doc creation, counting and freeing are timed.
const OVERHEAD: &str = "doc (new, count, drop)";

impl Tally {
    fn new() -> Tally {
        Tally {
            counts: Counts::default(),
            stages: Pipeline::STAGES
                .iter()
                .chain(&[OVERHEAD])
                .map(|&name| StageTime {
                    name,
                    cpu_ns: 0,
                    wall_ns: 0,
                })
                .collect(),
        }
    }

    fn charge(&mut self, name: &'static str, cpu_ns: u64, wall_ns: u64) {
        match self.stages.iter_mut().find(|s| s.name == name) {
            Some(s) => {
                s.cpu_ns += cpu_ns;
                s.wall_ns += wall_ns;
            }
            None => self.stages.push(StageTime {
                name,
                cpu_ns,
                wall_ns,
            }),
        }
    }

    fn merge(mut self, o: Tally) -> Tally {
        self.counts.add(&o.counts);
        for s in o.stages {
            self.charge(s.name, s.cpu_ns, s.wall_ns);
        }
        self
    }

    fn analysis_cpu_ns(&self) -> u64 {
        self.stages.iter().map(|s| s.cpu_ns).sum()
    }
}

/// Analyses one article through the marked pipeline, charging each stage.
fn analyze_one(p: &Pipeline, a: Article) -> Tally {
    let mut t = Tally::new();
    let (mut c0, mut w0) = (thread_cpu_ns(), Instant::now());
    let mut doc = Doc::new(a);
    p.run_marked(&mut doc, &mut |stage| {
        let (c, w) = (thread_cpu_ns(), Instant::now());
        t.charge(stage, c.saturating_sub(c0), (w - w0).as_nanos() as u64);
        (c0, w0) = (c, w);
    });
    t.counts = Counts::of(&doc);
    drop(doc);
    let (c, w) = (thread_cpu_ns(), Instant::now());
    t.charge(OVERHEAD, c.saturating_sub(c0), (w - w0).as_nanos() as u64);
    t
}

/// What the reader thread did.
struct IngestStats {
    articles: u64,
    errors: u64,
    cpu_ns: u64,
}

/// Rates of `n` items over `secs`.
fn rate(n: u64, secs: f64) -> f64 {
    if secs > 0.0 { n as f64 / secs } else { 0.0 }
}

/// Throughput figures (articles, sentences, tokens per second; MB/s) for a time.
fn rates(c: &Counts, secs: f64) -> serde_json::Value {
    json!({
        "seconds": secs,
        "articles_per_s": rate(c.articles, secs),
        "sentences_per_s": rate(c.sentences, secs),
        "tokens_per_s": rate(c.tokens, secs),
        "mb_per_s": rate(c.bytes, secs) / 1e6,
    })
}

/// Runs `chronicle bench pipeline`.
pub fn run(a: Args) -> Result<i32> {
    let threads = a.threads.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let load_t = Instant::now();
    let pipeline = crate::common::pipeline_with_syntax_files(a.tagger.as_ref(), a.parser.as_ref())?;
    let load_s = load_t.elapsed().as_secs_f64();
    anyhow::ensure!(
        std::fs::metadata(&a.input).is_ok(),
        "cannot read {}",
        a.input.display()
    );

    let start = Instant::now();
    let cpu_start = process_cpu_ns();
    let chunk = a.chunk.max(1);
    let (tx, rx) = sync_channel::<Vec<Article>>(2 * threads);
    let limit = a.limit.unwrap_or(usize::MAX);
    let input = a.input.clone();
    let reader = std::thread::spawn(move || {
        let c0 = thread_cpu_ns();
        let mut st = IngestStats {
            articles: 0,
            errors: 0,
            cpu_ns: 0,
        };
        let mut r = Reader::new([input], Options::default());
        let mut buf = Vec::with_capacity(chunk);
        while (st.articles as usize) < limit {
            let Some(item) = r.next() else { break };
            match item {
                Ok(article) => {
                    st.articles += 1;
                    buf.push(article);
                    if buf.len() == chunk {
                        let full = std::mem::replace(&mut buf, Vec::with_capacity(chunk));
                        if tx.send(full).is_err() {
                            break;
                        }
                    }
                }
                Err(e) => {
                    st.errors += 1;
                    if st.errors <= 5 {
                        eprintln!("skipped: {e}");
                    }
                }
            }
        }
        if !buf.is_empty() {
            let _ = tx.send(buf);
        }
        st.cpu_ns = thread_cpu_ns() - c0;
        st
    });
    // Each analysis thread takes the next chunk from the channel as soon as it
    // is free: no thread waits for the other to finish a chunk (the order of
    // the Docs does not matter here, only their counts).
    let rx = Mutex::new(rx);
    let tally = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut t = Tally::new();
                    loop {
                        // the lock is held only while waiting for the next chunk
                        let next = rx
                            .lock()
                            .map_err(|_| ())
                            .and_then(|r| r.recv().map_err(|_| ()));
                        let Ok(batch) = next else { break };
                        for art in batch {
                            t = t.merge(analyze_one(&pipeline, art));
                        }
                    }
                    t
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join())
            .try_fold(Tally::new(), |acc, t| t.map(|t| acc.merge(t)))
    })
    .map_err(|_| anyhow::anyhow!("an analysis thread panicked"))?;
    let ingest = reader
        .join()
        .map_err(|_| anyhow::anyhow!("the reader thread panicked"))?;
    let wall_s = start.elapsed().as_secs_f64();
    let process_cpu_s = (process_cpu_ns() - cpu_start) as f64 / 1e9;
    let peak_rss = proc_status_bytes("VmHWM");
    let c = tally.counts;
    let analysis_cpu_s = tally.analysis_cpu_ns() as f64 / 1e9;
    let ingest_cpu_s = ingest.cpu_ns as f64 / 1e9;

    let layer_count = |name: &str, n: u64| {
        if c.has(name) {
            json!(n)
        } else {
            serde_json::Value::Null
        }
    };
    let stages: Vec<serde_json::Value> = std::iter::once(json!({
        "stage": "ingest (read, decompress, JSON; own thread)",
        "cpu": rates(&c, ingest_cpu_s),
    }))
    .chain(tally.stages.iter().map(|s| {
        json!({
            "stage": s.name,
            "cpu": rates(&c, s.cpu_ns as f64 / 1e9),
            "wall_seconds": s.wall_ns as f64 / 1e9,
        })
    }))
    .collect();
    let report = json!({
        "input": a.input.display().to_string(),
        "pipeline_stages": Pipeline::STAGES,
        "threads": threads,
        "chunk": chunk,
        "load_seconds": load_s,
        "articles": c.articles,
        "skipped_records": ingest.errors,
        "text_bytes": c.bytes,
        "counts": {
            "sentences": layer_count("sentences", c.sentences),
            "tokens": layer_count("tokens", c.tokens),
            "entities": layer_count("entities", c.entities),
            "actors": layer_count("actors", c.actors),
            "events": layer_count("events", c.events),
            "quotes": layer_count("quotes", c.quotes),
            "claims": layer_count("claims", c.claims),
            "diagnostics": c.diagnostics,
        },
        "layers_present": LAYERS.iter().filter(|l| c.has(l)).collect::<Vec<_>>(),
        "stages": stages,
        "per_core_analysis": rates(&c, analysis_cpu_s),
        "per_core_with_ingest": rates(&c, analysis_cpu_s + ingest_cpu_s),
        "total_wall": rates(&c, wall_s),
        "process_cpu_seconds": process_cpu_s,
        "peak_rss_bytes": peak_rss,
        "load_average": load_average(),
    });
    if a.json {
        println!("{report}");
        return Ok(0);
    }

    println!(
        "chronicle bench pipeline: {}, {} articles ({:.1} MB of text, {} sentences, {} tokens), {} analysis thread(s), chunk {}",
        a.input.display(),
        c.articles,
        c.bytes as f64 / 1e6,
        c.sentences,
        c.tokens,
        threads,
        chunk
    );
    println!(
        "stages in Pipeline::default(): {}",
        Pipeline::STAGES.join(", ")
    );
    println!(
        "\n{:<44} {:>8} {:>8} {:>11} {:>12} {:>12} {:>8}",
        "per core (CPU time of the stage)",
        "cpu s",
        "wall s",
        "articles/s",
        "sentences/s",
        "tokens/s",
        "MB/s"
    );
    let row = |name: &str, cpu_s: f64, wall: Option<f64>| {
        println!(
            "{:<44} {:>8.2} {:>8} {:>11.0} {:>12.0} {:>12.0} {:>8.2}",
            name,
            cpu_s,
            wall.map_or("-".to_string(), |w| format!("{w:.2}")),
            rate(c.articles, cpu_s),
            rate(c.sentences, cpu_s),
            rate(c.tokens, cpu_s),
            rate(c.bytes, cpu_s) / 1e6
        );
    };
    row(
        "ingest (read, unzstd, JSON; own thread)",
        ingest_cpu_s,
        None,
    );
    for s in &tally.stages {
        row(s.name, s.cpu_ns as f64 / 1e9, Some(s.wall_ns as f64 / 1e9));
    }
    row("all analysis stages", analysis_cpu_s, None);
    row("analysis + ingest", analysis_cpu_s + ingest_cpu_s, None);
    println!(
        "\ntotal (wall clock, {threads} analysis thread(s) + reader): {:.2} s, {:.0} articles/s, {:.0} sentences/s, {:.0} tokens/s, {:.2} MB/s",
        wall_s,
        rate(c.articles, wall_s),
        rate(c.sentences, wall_s),
        rate(c.tokens, wall_s),
        rate(c.bytes, wall_s) / 1e6
    );
    println!(
        "process CPU {:.2} s ({:.0}% of one core); pipeline load {:.3} s; load average {}",
        process_cpu_s,
        100.0 * process_cpu_s / wall_s.max(1e-9),
        load_s,
        load_average().unwrap_or_else(|| "?".into())
    );
    println!(
        "peak RSS (VmHWM): {}",
        peak_rss.map_or("unknown".into(), |b| format!("{:.1} MB", b as f64 / 1e6))
    );
    let show = |name: &str, n: u64| {
        if c.has(name) {
            n.to_string()
        } else {
            "- (stage absent)".to_string()
        }
    };
    println!(
        "produced: sentences {}, tokens {}, entities {}, actors {}, events {}, quotes {}, claims {}, diagnostics {}; skipped records {}",
        show("sentences", c.sentences),
        show("tokens", c.tokens),
        show("entities", c.entities),
        show("actors", c.actors),
        show("events", c.events),
        show("quotes", c.quotes),
        show("claims", c.claims),
        c.diagnostics,
        ingest.errors
    );
    Ok(0)
}
