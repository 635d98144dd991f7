//! `chronicle bench <what>`: throughput and peak memory of a stage on a corpus.

pub mod segment;
pub mod syntax;

/// What to benchmark.
#[derive(clap::Subcommand)]
pub enum BenchCmd {
    /// Ingest + sentence segmentation + tokenization.
    Segment(segment::Args),
    /// Tagging and parsing (tokens/s, sentences/s per core).
    Syntax(syntax::Args),
}

/// Runs a bench subcommand.
pub fn run(cmd: BenchCmd) -> anyhow::Result<i32> {
    match cmd {
        BenchCmd::Segment(a) => segment::run(a),
        BenchCmd::Syntax(a) => syntax::run(a),
    }
}
