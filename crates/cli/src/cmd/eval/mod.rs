//! `chronicle eval <what>`: score a stage against gold data. Convention: a
//! readable table by default; with `--json`, ONE JSON object holding every
//! metric on stdout (see docs/eval.md).

pub mod events;
pub mod entities;
pub mod segment;
pub mod ud;

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
    /// Named entities: exact-span exact-type P/R/F1 per type (PER, ORG, LOC) against GUM Entity= gold.
    Ner(entities::NerArgs),
    /// Pronoun → antecedent accuracy against GUM gold coreference (named antecedents).
    Coref(entities::CorefArgs),
    /// POS tags, lemmas, FEATS and dependency trees against UD CoNLL-U gold.
    Ud(ud::Args),
}

/// Runs an eval subcommand.
pub fn run(cmd: EvalCmd) -> anyhow::Result<i32> {
    match cmd {
        EvalCmd::Segment(a) => segment::run(a),
        EvalCmd::Plv(a) => events::run_plv(a),
        EvalCmd::PloverGsr(a) => events::run_gsr(a),
        EvalCmd::EventsSample(a) => events::run_sample(a),
        EvalCmd::Ner(a) => entities::run_ner(a),
        EvalCmd::Coref(a) => entities::run_coref(a),
        EvalCmd::Ud(a) => ud::run(a),
    }
}
