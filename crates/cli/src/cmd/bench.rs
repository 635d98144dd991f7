//! `chronicle bench <what>`: throughput measurements (`syntax`: tagging and
//! parsing speed on a news corpus, single thread).

use super::load_syntax;
use anyhow::Context;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::time::Instant;

/// Measure throughput.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(clap::Subcommand)]
enum What {
    /// Tagger and parser speed (tokens/s and sentences/s on one core) over
    /// the `body` field of a JSONL(.zst) news corpus.
    ///
    /// Example: chronicle bench syntax --input abp.jsonl.zst --limit 2000
    Syntax(SyntaxArgs),
}

#[derive(clap::Args)]
struct SyntaxArgs {
    /// JSONL or JSONL.zst corpus with a `body` (or `text`) field.
    #[arg(long)]
    input: PathBuf,
    /// Number of articles to use.
    #[arg(long, default_value_t = 2000)]
    limit: usize,
    /// Timed repetitions (the best run is reported).
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
    /// Tagger model file (default: embedded).
    #[arg(long)]
    tagger: Option<PathBuf>,
    /// Parser model file (default: embedded).
    #[arg(long)]
    parser: Option<PathBuf>,
}

/// Runs the command.
pub fn run(a: Args) -> anyhow::Result<i32> {
    match a.what {
        What::Syntax(a) => syntax(a),
    }
}

/// Splits text into sentences of tokens with a simple whitespace/punctuation
/// rule (NOT the foundation tokenizer): punctuation is split off word edges,
/// English clitics (`n't`, `'s`, …) are split, and a sentence ends after
/// `.`, `!` or `?`.
fn simple_tokenize(text: &str) -> Vec<Vec<&str>> {
    let mut sents = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let is_p = |c: char| ".,;:!?\"()[]{}“”‘’'".contains(c);
    for chunk in text.split_whitespace() {
        let mut s = chunk;
        let mut pre = Vec::new();
        while let Some(c) = s.chars().next().filter(|&c| is_p(c)) {
            pre.push(&s[..c.len_utf8()]);
            s = &s[c.len_utf8()..];
        }
        let mut post = Vec::new();
        while let Some(c) = s.chars().next_back().filter(|&c| is_p(c)) {
            let k = s.len() - c.len_utf8();
            post.push(&s[k..]);
            s = &s[..k];
        }
        cur.extend(pre);
        if !s.is_empty() {
            let lower = s.to_ascii_lowercase();
            let cl = ["n't", "'s", "’s", "'re", "'ve", "'ll", "'d", "'m"].iter().find(|c| lower.ends_with(*c) && s.len() > c.len());
            match cl {
                Some(c) => {
                    let k = s.len() - c.len();
                    cur.push(&s[..k]);
                    cur.push(&s[k..]);
                }
                None => cur.push(s),
            }
        }
        for p in post.into_iter().rev() {
            cur.push(p);
            if matches!(p, "." | "!" | "?") && cur.len() > 1 {
                sents.push(std::mem::take(&mut cur));
            }
        }
        if cur.len() >= 150 {
            sents.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        sents.push(cur);
    }
    sents
}

fn syntax(a: SyntaxArgs) -> anyhow::Result<i32> {
    let f = std::fs::File::open(&a.input).with_context(|| format!("opening {}", a.input.display()))?;
    let reader: Box<dyn Read> = if a.input.extension().is_some_and(|e| e == "zst") { Box::new(zstd::Decoder::new(f)?) } else { Box::new(f) };
    let mut bodies = Vec::new();
    for line in BufReader::new(reader).lines() {
        if bodies.len() >= a.limit {
            break;
        }
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        if let Some(b) = v.get("body").or_else(|| v.get("text")).and_then(|b| b.as_str()) {
            bodies.push(b.to_string());
        }
    }
    let sents: Vec<Vec<&str>> = bodies.iter().flat_map(|b| simple_tokenize(b)).collect();
    let ntok: usize = sents.iter().map(|s| s.len()).sum();
    let t = Instant::now();
    let syntax = load_syntax(a.tagger.as_ref(), a.parser.as_ref())?;
    let load_ms = t.elapsed().as_secs_f64() * 1e3;
    let mut s = chronicle_syntax::Scratch::default();
    let mut time = |parse: bool| {
        let mut best = f64::MAX;
        for _ in 0..a.repeat.max(1) {
            let t = Instant::now();
            let mut check = 0usize;
            for sent in &sents {
                syntax.analyze(sent, &mut s, parse);
                check += s.classes.len();
            }
            assert_eq!(check, ntok);
            best = best.min(t.elapsed().as_secs_f64());
        }
        best
    };
    let tag = time(false);
    let both = time(true);
    let parse = (both - tag).max(1e-9);
    let ns = sents.len() as f64;
    let nt = ntok as f64;
    if a.json {
        let v = serde_json::json!({
            "articles": bodies.len(), "sentences": sents.len(), "tokens": ntok,
            "tokenizer": "simple whitespace/punctuation split (not the foundation tokenizer)",
            "model_load_ms": load_ms,
            "tag": {"tokens_per_s": nt / tag, "sentences_per_s": ns / tag},
            "parse": {"tokens_per_s": nt / parse, "sentences_per_s": ns / parse},
            "tag_parse": {"tokens_per_s": nt / both, "sentences_per_s": ns / both},
        });
        println!("{v}");
    } else {
        println!(
            "{} articles, {} sentences, {} tokens (simple whitespace/punctuation split, not the foundation tokenizer); 1 thread; model load {load_ms:.0} ms",
            bodies.len(),
            sents.len(),
            ntok
        );
        println!("{:<12} {:>14} {:>14}", "stage", "tokens/s", "sentences/s");
        for (k, v) in [("tag", tag), ("parse", parse), ("tag+parse", both)] {
            println!("{k:<12} {:>14.0} {:>14.0}", nt / v, ns / v);
        }
    }
    Ok(0)
}
