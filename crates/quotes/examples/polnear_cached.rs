//! Development aid: scores the quote stage on PolNeAR from cached pipeline
//! output, so rule changes rebuild only this crate.
//!
//! ```text
//! chronicle analyze --threads 1 DIR/text > docs.jsonl
//! cargo run --release -p chronicle-quotes --example polnear_cached -- DIR docs.jsonl [--errors] \
//!     [--model CUE_MODEL] [--content-model CONTENT_MODEL]
//! ```
//! The quote layer in the cached docs is dropped and recomputed.
mod common;

use chronicle_quotes::polnear::{self, Report};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = std::path::PathBuf::from(&args[1]);
    let errors = args.iter().any(|a| a == "--errors");
    let annotator = common::annotator_from_args(&args);
    let mut report = Report::default();
    for common::Article {
        id,
        mut doc,
        gold: g,
    } in common::articles(&gold, std::path::Path::new(&args[2]))
    {
        let text = doc.text.clone();
        if std::env::var_os("NO_DEPS").is_some() {
            doc.deps = None;
        }
        if std::env::var_os("NO_TAGS").is_some() {
            doc.tags = None;
        }
        let pred = annotator.annotate(&doc);
        if errors {
            print_errors(&id, &text, &g, &pred);
        }
        report.add(&text, &g, &pred);
    }
    report.finish();
    print!("{}", report.table());
    // four decimals, for comparing small rule changes
    println!(
        "exact F1 source / cue / content {:.4} / {:.4} / {:.4}  (predicted {})",
        report.source.exact.f1,
        report.cue.exact.f1,
        report.content.exact.f1,
        report.predicted_attributions
    );
}

fn print_errors(
    article: &str,
    text: &str,
    gold: &[polnear::GoldAttribution],
    pred: &[chronicle_doc::Quote],
) {
    for l in polnear::error_lines(article, text, gold, pred, true) {
        println!("{l}");
    }
}
