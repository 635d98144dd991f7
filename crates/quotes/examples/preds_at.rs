//! Development aid: the predicted and gold attributions of the sentences of
//! one cached PolNeAR article that contain a string.
//!
//! ```text
//! cargo run --release -p chronicle-quotes --example preds_at -- DIR docs.jsonl ARTICLE-PREFIX "needle"
//! ```
mod common;

use chronicle_quotes::QuoteAnnotator;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = std::path::PathBuf::from(&args[1]);
    let annotator = QuoteAnnotator::new();
    for a in common::articles(&gold, std::path::Path::new(&args[2])) {
        if !a.id.starts_with(&args[3]) {
            continue;
        }
        let doc = &a.doc;
        let Some(at) = doc.text.find(&args[4]) else {
            continue;
        };
        let sent = doc
            .sentences()
            .iter()
            .map(|s| s.span)
            .find(|s| (s.start as usize) <= at && at < s.end as usize)
            .expect("sentence");
        println!("SENT {}", doc.slice(sent));
        let show = |v: Option<chronicle_doc::Span>| v.map(|s| doc.slice(s)).unwrap_or("-");
        for q in annotator.annotate(doc) {
            if q.cue.is_some_and(|c| c.overlaps(sent)) || q.content.iter().any(|c| c.overlaps(sent))
            {
                let c: Vec<&str> = q.content.iter().map(|s| doc.slice(*s)).collect();
                println!(
                    "PRED {} src=[{}] cue=[{}] content={:?}",
                    q.rule,
                    show(q.source),
                    show(q.cue),
                    c
                );
            }
        }
        for g in &a.gold {
            if g.cue.iter().chain(&g.content).any(|c| c.overlaps(sent)) {
                let t = |v: &[chronicle_doc::Span]| {
                    v.iter()
                        .map(|s| doc.slice(*s))
                        .collect::<Vec<_>>()
                        .join(" … ")
                };
                println!(
                    "GOLD src=[{}] cue=[{}] content=[{}]",
                    t(&g.source),
                    t(&g.cue),
                    t(&g.content)
                );
            }
        }
    }
}
