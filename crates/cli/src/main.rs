//! `chronicle`: the command-line entry point (minimal version registering the
//! benchmark command; the foundation's cli adds the rest).

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
    /// Measure throughput.
    #[command(subcommand)]
    Bench(Bench),
}

/// What to measure.
#[derive(Subcommand)]
enum Bench {
    /// Full-pipeline throughput per stage, peak memory and output counts.
    Pipeline(cmd::bench_pipeline::Args),
}

fn main() {
    let cli = Cli::parse();
    let r = match cli.command {
        Command::Bench(Bench::Pipeline(a)) => cmd::bench_pipeline::run(a),
    };
    match r {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("chronicle: error: {e:#}");
            std::process::exit(2);
        }
    }
}
