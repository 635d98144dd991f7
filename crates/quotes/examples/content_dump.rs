//! Development aid: one JSON line per gold attribution whose cue a prediction
//! overlaps (gold and predicted content, cue and source byte spans, the rule),
//! for classifying content boundary errors outside Rust.
//!
//! ```text
//! cargo run --release -p chronicle-quotes --example content_dump -- DIR docs.jsonl \
//!     [--content-model FILE] > dump.jsonl
//! ```
mod common;

use chronicle_quotes::polnear;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = std::path::PathBuf::from(&args[1]);
    let annotator = common::annotator_from_args(&args);
    let sp = |v: &[chronicle_doc::Span]| v.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>();
    for a in common::articles(&gold, std::path::Path::new(&args[2])) {
        let text = &a.doc.text;
        let pred = annotator.annotate(&a.doc);
        for g in &a.gold {
            let gc = polnear::canonical(text, &g.cue);
            let Some(q) = pred
                .iter()
                .find(|q| q.cue.is_some_and(|c| gc.iter().any(|s| s.overlaps(c))))
            else {
                continue;
            };
            let line = serde_json::json!({
                "id": a.id,
                "rule": q.rule,
                "gcont": sp(&polnear::canonical(text, &g.content)),
                "pcont": sp(&polnear::canonical(text, &q.content)),
                "gcue": sp(&gc),
                "gsrc": sp(&polnear::canonical(text, &g.source)),
                "pcue": sp(&q.cue.into_iter().collect::<Vec<_>>()),
                "psrc": sp(&q.source.into_iter().collect::<Vec<_>>()),
            });
            println!("{line}");
        }
    }
}
