//! `chronicle train ...`: model training.

/// Arguments of `chronicle train`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    cmd: Sub,
}

#[derive(clap::Subcommand)]
enum Sub {}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.cmd {}
}
