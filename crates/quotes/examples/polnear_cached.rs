//! Development aid: scores the quote stage on PolNeAR from cached pipeline
//! output, so rule changes rebuild only this crate.
//!
//! ```text
//! chronicle analyze --threads 1 DIR/text > docs.jsonl
//! cargo run --release -p chronicle-quotes --example polnear_cached -- DIR docs.jsonl [--errors] \
//!     [--model CUE_MODEL] [--content-model CONTENT_MODEL]
//! ```
//! The quote layer in the cached docs is dropped and recomputed.
use chronicle_doc::Doc;
use chronicle_quotes::QuoteAnnotator;
use chronicle_quotes::polnear::{self, Report};
use std::io::BufRead;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = std::path::PathBuf::from(&args[1]);
    let errors = args.iter().any(|a| a == "--errors");
    let file = std::fs::File::open(&args[2]).expect("docs.jsonl");
    let mut annotator = QuoteAnnotator::new();
    if let Some(i) = args.iter().position(|a| a == "--model") {
        let src = std::fs::read_to_string(&args[i + 1]).expect("model file");
        let m = chronicle_quotes::CueModel::parse(&src, &args[i + 1]).expect("model");
        annotator = annotator.with_cue_model(m);
    }
    if let Some(i) = args.iter().position(|a| a == "--content-model") {
        let src = std::fs::read_to_string(&args[i + 1]).expect("content model file");
        let m = chronicle_quotes::ContentModel::parse(&src, &args[i + 1]).expect("model");
        annotator = annotator.with_content_model(m);
    }
    let mut report = Report::default();
    let mut annots: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for e in std::fs::read_dir(gold.join("attributions")).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().to_string();
        if let Some(stem) = name.strip_suffix(".ann")
            && let Some((a, w)) = stem.rsplit_once('_')
        {
            annots.entry(a.to_string()).or_default().push(w.to_string());
        }
    }
    for line in std::io::BufReader::new(file).lines() {
        let mut doc: Doc = serde_json::from_str(&line.unwrap()).unwrap();
        let id = std::path::Path::new(&doc.meta.id)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let Some(ws) = annots.get(&id) else { continue };
        let who = polnear::pick_annotator(ws.iter().map(String::as_str)).unwrap();
        let text = std::fs::read_to_string(gold.join("text").join(format!("{id}.txt"))).unwrap();
        if text != doc.text {
            eprintln!("TEXT MISMATCH {id}");
            continue;
        }
        let ann =
            std::fs::read_to_string(gold.join("attributions").join(format!("{id}_{who}.ann")))
                .unwrap();
        let g = polnear::parse_ann(&ann, &text).unwrap();
        doc.quotes = None;
        if std::env::var_os("NO_DEPS").is_some() {
            doc.deps = None;
        }
        if std::env::var_os("NO_TAGS").is_some() {
            doc.tags = None;
        }
        doc.claims = None;
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
