//! `chronicle`: the command-line tool. One subcommand per file in `cmd/`.

mod cmd;

use clap::{Parser, Subcommand};

/// Chronicle: who did and said what to whom, when, from news text.
#[derive(Parser)]
#[command(name = "chronicle", version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Show how a mention resolves to an actor code on a date, and why.
    Actor(cmd::actor::Args),
    /// Actor dictionary tools: statistics, checks, PETRARCH import.
    Dict(cmd::dict::Args),
    /// Train models (NER).
    Train(cmd::train::Args),
    /// Evaluate against gold data (NER, coreference).
    Eval(cmd::eval::Args),
}

fn main() {
    let cli = Cli::parse();
    let r = match cli.cmd {
        Cmd::Actor(a) => cmd::actor::run(a),
        Cmd::Dict(a) => cmd::dict::run(a),
        Cmd::Train(a) => cmd::train::run(a),
        Cmd::Eval(a) => cmd::eval::run(a),
    };
    match r {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::exit(2);
        }
    }
}
