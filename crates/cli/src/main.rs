//! `chronicle`: the command-line entry point. (Minimal version registering the
//! event-evaluation commands; the foundation cli replaces it on merge.)

mod cmd;

use clap::{Parser, Subcommand};

/// Chronicle: who did and said what to whom, from news text.
#[derive(Parser)]
#[command(name = "chronicle", version)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Evaluate a stage against gold data.
    Eval(cmd::eval::Args),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let r = match cli.cmd {
        Cmd::Eval(a) => cmd::eval::run(a),
    };
    match r {
        Ok(code) => std::process::ExitCode::from(code.clamp(0, 255) as u8),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
