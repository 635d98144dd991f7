//! `chronicle train ...`: model training.

use anyhow::Context;
use chronicle_entities::ner::{NerModel, gold_entities, gum_mentions};
use std::path::PathBuf;
use std::time::Instant;

/// Arguments of `chronicle train`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    cmd: Sub,
}

#[derive(clap::Subcommand)]
enum Sub {
    /// Trains the averaged-perceptron NER on GUM-style CoNLL-U (Entity= annotations;
    /// named person/place/organization). GUM is CC BY-NC-SA: the model is non-commercial.
    #[command(
        after_help = "Example:\n  chronicle train ner --train ../shared/data/ud/en_gum-train.conllu \\\n      --out data/models/ner-gum.zst --epochs 8"
    )]
    Ner {
        /// Training CoNLL-U file.
        #[arg(long)]
        train: PathBuf,
        /// Output model file.
        #[arg(long)]
        out: PathBuf,
        /// Passes over the training data.
        #[arg(long, default_value_t = 8)]
        epochs: usize,
    },
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.cmd {
        Sub::Ner { train, out, epochs } => {
            let t0 = Instant::now();
            let ents = super::load_entities(&[])?;
            let docs = super::load_conllu_docs(&train, false)?;
            let data: Vec<_> = docs
                .into_iter()
                .map(|g| {
                    let m = gum_mentions(&g.sentences);
                    let gold = gold_entities(&g.doc, &m);
                    (g.doc, gold)
                })
                .collect();
            let n_ent: usize = data.iter().map(|d| d.1.len()).sum();
            let n_tok: usize = data.iter().map(|d| d.0.tokens().len()).sum();
            let name = train
                .file_name()
                .map(|x| x.to_string_lossy().into_owned())
                .unwrap_or_default();
            let about = format!(
                "averaged perceptron BIO, {epochs} epochs, trained on {name} ({} docs, {n_tok} tokens, {n_ent} named PER/ORG/LOC); GUM is CC BY-NC-SA 4.0: non-commercial",
                data.len()
            );
            let model = NerModel::train(&ents.dict, &data, epochs, &about);
            let bytes = model.to_bytes();
            std::fs::write(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
            println!("{about}");
            println!(
                "features: {}  model: {} ({} bytes)  time: {:.1}s",
                model.weights.len(),
                out.display(),
                bytes.len(),
                t0.elapsed().as_secs_f64()
            );
            Ok(0)
        }
    }
}
