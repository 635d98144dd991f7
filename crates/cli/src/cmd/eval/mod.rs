//! `chronicle eval <what>`: score a stage against gold data. Convention: a
//! readable table by default; with `--json`, ONE JSON object holding every
//! metric on stdout (see docs/eval.md).

pub mod segment;

/// What to evaluate.
#[derive(clap::Subcommand)]
pub enum EvalCmd {
    /// Sentence segmentation and tokenization against UD CoNLL-U gold.
    Segment(segment::Args),
}

/// Runs an eval subcommand.
pub fn run(cmd: EvalCmd) -> anyhow::Result<i32> {
    match cmd {
        EvalCmd::Segment(a) => segment::run(a),
    }
}
