//! `chronicle`: turn news articles into a structured, explainable record.
//! One subcommand per file in `src/cmd/`; each has `Args` and `run(Args) -> Result<i32>`.

mod cmd;
mod common;

use clap::{Parser, Subcommand};

/// Chronicle: who did and said what to whom, with every field backed by a span of the article text.
#[derive(Parser)]
#[command(name = "chronicle", version, propagate_version = true)]
#[command(
    after_help = "Examples:\n  chronicle analyze samples/ --format pretty\n  chronicle analyze articles.jsonl.zst > docs.jsonl\n  cat article.txt | chronicle analyze -\n  chronicle eval segment --gold en_gum-test.conllu\n\nExit codes: 0 ok, 1 some records skipped, 2 usage error or fatal error."
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
}

fn main() {
    let cli = Cli::parse();
    let res = match cli.cmd {
        Cmd::Analyze(a) => cmd::analyze::run(a),
        Cmd::Eval(e) => cmd::eval::run(e),
        Cmd::Bench(b) => cmd::bench::run(b),
        Cmd::Actor(a) => cmd::actor::run(a),
        Cmd::Dict(a) => cmd::dict::run(a),
        Cmd::Train(a) => cmd::train::run(a),
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
