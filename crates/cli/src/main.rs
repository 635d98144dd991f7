//! `chronicle`: the command-line entry point (minimal version registering the
//! syntax commands; the foundation's cli adds the rest).

use clap::{Parser, Subcommand};

mod cmd;

/// Chronicle: who did and said what to whom, from news text.
#[derive(Parser)]
#[command(name = "chronicle", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Train a model (tagger or parser) from CoNLL-U files.
    Train(cmd::train::Args),
    /// Evaluate a stage against gold data.
    Eval(cmd::eval::Args),
    /// Measure throughput.
    Bench(cmd::bench::Args),
}

fn main() {
    let cli = Cli::parse();
    let r = match cli.command {
        Command::Train(a) => cmd::train::run(a),
        Command::Eval(a) => cmd::eval::run(a),
        Command::Bench(a) => cmd::bench::run(a),
    };
    match r {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::exit(2);
        }
    }
}
