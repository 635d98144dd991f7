//! `chronicle`: the command-line entry point (one subcommand per file in `cmd/`).

use clap::{Parser, Subcommand};

mod cmd;

/// Chronicle turns news articles into a structured, explainable record of who
/// did and said what to whom.
#[derive(Parser)]
#[command(name = "chronicle", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Analyse articles (or load analysed Docs) into the SQLite store.
    Ingest(cmd::ingest::Args),
    /// Filter stored events and print a table, JSONL or CSV.
    Query(cmd::query::Args),
    /// Export every stored event as JSONL, GDELT-like TSV or Parquet.
    Export(cmd::export::Args),
    /// Serve the JSON API and the web dashboard over a store.
    Serve(cmd::serve::Args),
}

fn main() {
    let cli = Cli::parse();
    let r = match cli.cmd {
        Cmd::Ingest(a) => cmd::ingest::run(a),
        Cmd::Query(a) => cmd::query::run(a),
        Cmd::Export(a) => cmd::export::run(a),
        Cmd::Serve(a) => cmd::serve::run(a),
    };
    match r {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("chronicle: error: {e:#}");
            std::process::exit(2);
        }
    }
}
