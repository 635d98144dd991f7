//! `chronicle eval <what>`: score a stage against gold data. Convention: a
//! readable table by default; with `--json`, ONE JSON object holding every
//! metric on stdout (see docs/eval.md).

pub mod events;
pub mod segment;

/// What to evaluate.
#[derive(clap::Subcommand)]
pub enum EvalCmd {
    /// Sentence segmentation and tokenization against UD CoNLL-U gold.
    Segment(segment::Args),
    /// PLOVER root type between gold source and target on PLV (TSV): accuracy, macro-F1, confusion.
    Plv(events::PlvArgs),
    /// PLOVER gold standard records (JSON): event type, actor and recipient P/R/F1.
    #[command(name = "plover-gsr")]
    PloverGsr(events::GsrArgs),
    /// Events per sentence on random corpus sentences, with a TSV sheet for a by-hand review.
    #[command(name = "events-sample")]
    EventsSample(events::SampleArgs),
}

/// Runs an eval subcommand.
pub fn run(cmd: EvalCmd) -> anyhow::Result<i32> {
    match cmd {
        EvalCmd::Segment(a) => segment::run(a),
        EvalCmd::Plv(a) => events::run_plv(a),
        EvalCmd::PloverGsr(a) => events::run_gsr(a),
        EvalCmd::EventsSample(a) => events::run_sample(a),
    }
}
