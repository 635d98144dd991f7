//! `chronicle eval segment`: sentence and token scores against UD gold.

use crate::common;
use anyhow::Context;
use chronicle_text::eval::{Prf, SegmentScores, evaluate};
use serde_json::json;
use std::path::PathBuf;
use std::time::Instant;

/// Score sentence segmentation and tokenization against UD CoNLL-U files.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Raw text is rebuilt from `# text` lines: `# newdoc` starts a document, `# newpar` a paragraph \
(blank line), other sentences are joined with a space. Sentences and tokens (UD syntactic words) count as correct \
when both byte offsets match. See docs/eval.md.\n\nExamples:\n  chronicle eval segment --gold ../shared/data/ud/en_gum-test.conllu\n  \
chronicle eval segment --gold ../shared/data/ud/en_ewt-test.conllu --json"
)]
pub struct Args {
    /// Gold CoNLL-U file(s); scores are pooled over all of them.
    #[arg(long, required = true, value_name = "FILE.conllu")]
    pub gold: Vec<PathBuf>,
    /// Print one JSON object with every metric instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Segmentation lexicon to use instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
}

fn add(a: &mut Prf, b: &Prf) {
    a.predicted += b.predicted;
    a.gold += b.gold;
    a.correct += b.correct;
}

/// Runs `chronicle eval segment`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let seg = common::segmenter(args.lexicon.as_deref())?;
    let mut total = SegmentScores::default();
    let mut sentences = 0usize;
    let start = Instant::now();
    for path in &args.gold {
        let src = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let gold = chronicle_doc::conllu::parse(&src)
            .map_err(|e| anyhow::anyhow!("{}:{}", path.display(), e))?;
        sentences += gold.len();
        let s = evaluate(&seg, &gold);
        total.documents += s.documents;
        total.bytes += s.bytes;
        total.unaligned_words += s.unaligned_words;
        add(&mut total.sentences, &s.sentences);
        add(&mut total.boundaries, &s.boundaries);
        add(&mut total.tokens, &s.tokens);
    }
    let secs = start.elapsed().as_secs_f64();
    let prf = |p: &Prf| {
        json!({"precision": p.precision(), "recall": p.recall(), "f1": p.f1(),
               "predicted": p.predicted, "gold": p.gold, "correct": p.correct})
    };
    if args.json {
        let gold: Vec<String> = args.gold.iter().map(|p| p.display().to_string()).collect();
        let v = json!({
            "eval": "segment",
            "gold": gold,
            "documents": total.documents,
            "gold_sentences": sentences,
            "bytes": total.bytes,
            "sentences": prf(&total.sentences),
            "boundaries": prf(&total.boundaries),
            "tokens": prf(&total.tokens),
            "unaligned_words": total.unaligned_words,
            "seconds": secs,
        });
        println!("{v}");
    } else {
        for p in &args.gold {
            println!("gold: {}", p.display());
        }
        println!(
            "{} documents, {} gold sentences, {:.2} MB of rebuilt text, {secs:.2} s\n",
            total.documents,
            sentences,
            total.bytes as f64 / 1e6
        );
        println!(
            "{:<12} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
            "metric", "precision", "recall", "F1", "predicted", "gold", "correct"
        );
        for (name, p) in [
            ("sentences", &total.sentences),
            ("boundaries", &total.boundaries),
            ("tokens", &total.tokens),
        ] {
            println!(
                "{name:<12} {:>9.4} {:>9.4} {:>9.4} {:>9} {:>9} {:>9}",
                p.precision(),
                p.recall(),
                p.f1(),
                p.predicted,
                p.gold,
                p.correct
            );
        }
        if total.unaligned_words > 0 {
            println!(
                "\n{} gold words could not be aligned with their `# text` line (not scored)",
                total.unaligned_words
            );
        }
    }
    Ok(0)
}
