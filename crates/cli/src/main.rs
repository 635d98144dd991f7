//! `chronicle`: turn news articles into a structured, explainable record.
//! One subcommand per file in `src/cmd/`; each has `Args` and `run(Args) -> Result<i32>`.

mod cmd;
mod common;
mod stream;

use clap::{Parser, Subcommand};

/// Chronicle: who did and said what to whom, with every field backed by a span of the article text.
#[derive(Parser)]
#[command(name = "chronicle", version, propagate_version = true)]
#[command(
    after_help = "Examples:\n  chronicle analyze samples/ --format pretty\n  chronicle analyze articles.jsonl.zst > docs.jsonl\n  cat article.txt | chronicle analyze -\n  chronicle eval segment --gold en_gum-test.conllu\n  chronicle ingest samples/ && chronicle query --actor RUS && chronicle serve\n\nExit codes: 0 ok, 1 some records skipped, 2 usage error or fatal error."
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Analyse articles and print one Doc per article (JSONL) or a readable view.
    Analyze(cmd::analyze::Args),
    /// Score a stage against gold data (readable table, or one JSON object with --json).
    #[command(subcommand)]
    Eval(cmd::eval::EvalCmd),
    /// Measure throughput and memory of a stage on a corpus.
    #[command(subcommand)]
    Bench(cmd::bench::BenchCmd),
    /// Show how a mention resolves to an actor code on a date, and why.
    Actor(cmd::actor::Args),
    /// Actor dictionary tools: statistics, checks, PETRARCH import.
    Dict(cmd::dict::Args),
    /// Train a model (tagger, parser or NER) from CoNLL-U files.
    Train(cmd::train::Args),
    /// Analyse articles (or load analysed Docs) into the SQLite store.
    Ingest(cmd::ingest::Args),
    /// Filter stored events and print a table, JSONL or CSV.
    Query(cmd::query::Args),
    /// List stored numeric claims, or the conflicting pairs among them.
    Claims(cmd::claims::Args),
    /// Export every stored event as JSONL, GDELT-like TSV or Parquet.
    Export(cmd::export::Args),
    /// Serve the JSON API and the web dashboard over a store.
    Serve(cmd::serve::Args),
}

fn main() {
    let cli = Cli::parse();
    // A reader that goes away (`chronicle dict stats | head -1`) ends the
    // process quietly, as it ends other Unix tools, instead of a panic in
    // `println!`. Not for `analyze`, which stops at a broken pipe itself and
    // exits 0, nor for `serve`, whose sockets must not raise the signal.
    if !matches!(cli.cmd, Cmd::Analyze(_) | Cmd::Serve(_)) {
        default_sigpipe();
    }
    let res = match cli.cmd {
        Cmd::Analyze(a) => cmd::analyze::run(a),
        Cmd::Eval(e) => cmd::eval::run(e),
        Cmd::Bench(b) => cmd::bench::run(b),
        Cmd::Actor(a) => cmd::actor::run(a),
        Cmd::Dict(a) => cmd::dict::run(a),
        Cmd::Train(a) => cmd::train::run(a),
        Cmd::Ingest(a) => cmd::ingest::run(a),
        Cmd::Query(a) => cmd::query::run(a),
        Cmd::Claims(a) => cmd::claims::run(a),
        Cmd::Export(a) => cmd::export::run(a),
        Cmd::Serve(a) => cmd::serve::run(a),
    };
    let code = match res {
        Ok(code) => code,
        Err(e) => {
            eprintln!("chronicle: error: {e:#}");
            2
        }
    };
    std::process::exit(code);
}

/// Restores the default action of SIGPIPE (the Rust runtime ignores it, so a
/// write to a closed pipe fails with an error that `println!` turns into a panic).
fn default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called at start-up before any thread is spawned; only changes the
    // disposition of SIGPIPE to its default.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
