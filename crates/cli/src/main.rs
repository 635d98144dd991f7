//! `chronicle`: the command-line tool (minimal version registering the quote
//! and claim commands; the full CLI comes from the foundation branch).

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
    /// Evaluate a stage against gold annotations.
    Eval {
        #[command(subcommand)]
        what: EvalWhat,
    },
}

#[derive(Subcommand)]
enum EvalWhat {
    /// Attributions (quotes) against PolNeAR brat standoff.
    Quotes(cmd::eval_quotes::Args),
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Eval {
            what: EvalWhat::Quotes(a),
        } => cmd::eval_quotes::run(a)?,
    };
    std::process::exit(code);
}
