//! `chronicle eval <what>`: evaluations against gold data.

use clap::Subcommand;

/// `chronicle eval` arguments.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Subcommand)]
enum What {
    /// PLOVER root type between gold source and target on PLV (TSV).
    Plv(super::eval_events::PlvArgs),
    /// PLOVER gold standard records (JSON): type, actor and recipient P/R/F1.
    #[command(name = "plover-gsr")]
    PloverGsr(super::eval_events::GsrArgs),
    /// Events per sentence on a random sample of corpus sentences, with a review sheet.
    #[command(name = "events-sample")]
    EventsSample(super::eval_events::SampleArgs),
}

/// Runs the chosen evaluation.
pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.what {
        What::Plv(a) => super::eval_events::run_plv(a),
        What::PloverGsr(a) => super::eval_events::run_gsr(a),
        What::EventsSample(a) => super::eval_events::run_sample(a),
    }
}
