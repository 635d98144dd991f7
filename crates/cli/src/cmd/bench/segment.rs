//! `chronicle bench segment`: ingest + segmentation + tokenization throughput.

use crate::common;
use chronicle_doc::Doc;
use chronicle_ingest::{Options, Reader};
use rayon::prelude::*;
use serde_json::json;
use std::path::PathBuf;
use std::time::Instant;

/// Measure ingest + sentence segmentation + tokenization throughput and peak memory.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Reads the input with the ingest readers (decompression and JSON parsing included), \
segments and tokenizes every article in parallel batches, and reports wall-clock and per-core throughput \
(bytes of article text / CPU seconds) and peak RSS (VmHWM).\n\nExamples:\n  \
chronicle bench segment --input ../shared/data/corpus/abp.jsonl.zst --limit 5000\n  \
chronicle bench segment --input ../shared/data/corpus/abp.jsonl.zst --threads 1 --json"
)]
pub struct Args {
    /// Corpus to read (any format `chronicle analyze` reads).
    #[arg(long)]
    pub input: Vec<PathBuf>,
    /// Stop after this many articles.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Worker threads (0 = one per core).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Runs `chronicle bench segment`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    anyhow::ensure!(!args.input.is_empty(), "give at least one --input");
    common::set_threads(args.threads)?;
    let seg = chronicle_text::Segmenter::default();
    let limit = args.limit.unwrap_or(usize::MAX);
    let cpu0 = common::cpu_seconds().unwrap_or(0.0);
    let start = Instant::now();
    let mut reader = Reader::new(&args.input, Options::default());
    let (mut articles, mut skipped, mut bytes, mut sentences, mut tokens) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut batch = Vec::with_capacity(512);
    let (mut ingest_cpu, mut segment_cpu) = (0.0f64, 0.0f64);
    loop {
        batch.clear();
        let t0 = common::thread_cpu_seconds();
        while batch.len() < 512 && articles + batch.len() < limit {
            match reader.next() {
                None => break,
                Some(Ok(a)) => batch.push(a),
                Some(Err(_)) => skipped += 1,
            }
        }
        ingest_cpu += common::thread_cpu_seconds() - t0;
        if batch.is_empty() {
            break;
        }
        let counts: Vec<(usize, usize, usize, f64)> = std::mem::take(&mut batch)
            .into_par_iter()
            .map(|a| {
                let t0 = common::thread_cpu_seconds();
                let mut d = Doc::new(a);
                let (s, t) = seg.annotate(&d);
                let n = (d.text.len(), s.len(), t.len());
                d.sentences = Some(s);
                d.tokens = Some(t);
                drop(d);
                (n.0, n.1, n.2, common::thread_cpu_seconds() - t0)
            })
            .collect();
        for (b, s, t, c) in counts {
            segment_cpu += c;
            articles += 1;
            bytes += b;
            sentences += s;
            tokens += t;
        }
        if articles >= limit {
            break;
        }
    }
    let wall = start.elapsed().as_secs_f64();
    let cpu = common::cpu_seconds().map(|c| c - cpu0).filter(|c| *c > 0.0);
    let rss = common::peak_rss_bytes();
    let threads = rayon::current_num_threads();
    let mb = bytes as f64 / 1e6;
    if args.json {
        let v = json!({
            "bench": "segment",
            "input": args.input.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
            "threads": threads,
            "articles": articles,
            "skipped": skipped,
            "bytes": bytes,
            "sentences": sentences,
            "tokens": tokens,
            "wall_seconds": wall,
            "cpu_seconds": cpu,
            "mb_per_s": mb / wall,
            "mb_per_s_per_core": cpu.map(|c| mb / c),
            "sentences_per_s": sentences as f64 / wall,
            "sentences_per_s_per_core": cpu.map(|c| sentences as f64 / c),
            "tokens_per_s": tokens as f64 / wall,
            "ingest_cpu_seconds": ingest_cpu,
            "segment_cpu_seconds": segment_cpu,
            "ingest_mb_per_cpu_s": mb / ingest_cpu.max(1e-9),
            "segment_mb_per_cpu_s": mb / segment_cpu.max(1e-9),
            "ingest_segment_mb_per_cpu_s": mb / (ingest_cpu + segment_cpu).max(1e-9),
            "segment_sentences_per_cpu_s": sentences as f64 / segment_cpu.max(1e-9),
            "peak_rss_bytes": rss,
        });
        println!("{v}");
    } else {
        println!(
            "input:      {}",
            args.input
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        println!(
            "articles:   {articles} ({skipped} skipped), {mb:.1} MB of text, {sentences} sentences, {tokens} tokens"
        );
        println!("threads:    {threads}");
        println!(
            "wall:       {wall:.2} s  →  {:.1} MB/s, {:.0} sentences/s, {:.0} tokens/s",
            mb / wall,
            sentences as f64 / wall,
            tokens as f64 / wall
        );
        if let Some(c) = cpu {
            println!(
                "per core:   {c:.2} CPU s  →  {:.1} MB/s, {:.0} sentences/s",
                mb / c,
                sentences as f64 / c
            );
        }
        println!(
            "CPU split:  ingest {ingest_cpu:.2} s ({:.1} MB/s), segment+tokenize {segment_cpu:.2} s ({:.1} MB/s, {:.0} sentences/s), \
             together {:.1} MB/s per core",
            mb / ingest_cpu.max(1e-9),
            mb / segment_cpu.max(1e-9),
            sentences as f64 / segment_cpu.max(1e-9),
            mb / (ingest_cpu + segment_cpu).max(1e-9)
        );
        if let Some(r) = rss {
            println!("peak RSS:   {:.1} MB", r as f64 / 1e6);
        }
    }
    Ok(0)
}
