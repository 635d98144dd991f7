//! Prints every K-th numeric claim of a JSONL corpus read from stdin
//! (`id, source, date, title, body`), with its sentence, for hand review:
//! `cargo run --release --example sample -p chronicle-claims -- K N < corpus.jsonl`
use chronicle_doc::{Article, Doc, Meta};
use std::io::BufRead;

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let (every, max) = (
        args.first().copied().unwrap_or(50),
        args.get(1).copied().unwrap_or(100),
    );
    let seg = chronicle_text::Segmenter::default();
    let qa = chronicle_quotes::QuoteAnnotator::new();
    let ca = chronicle_claims::ClaimAnnotator::new();
    let (mut seen, mut shown) = (0usize, 0usize);
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let text = format!(
            "{}\n\n{}",
            s("title").unwrap_or_default(),
            s("body").unwrap_or_default()
        );
        let mut doc = Doc::new(Article {
            meta: Meta {
                id: s("id").unwrap_or_default(),
                source: s("source"),
                date: s("date"),
                ..Meta::default()
            },
            text,
        });
        let (se, t) = seg.annotate(&doc);
        doc.sentences = Some(se);
        doc.tokens = Some(t);
        let q = qa.annotate(&doc);
        for c in ca.annotate(&doc, &q) {
            seen += 1;
            if seen % every != 0 {
                continue;
            }
            shown += 1;
            let sent = doc
                .slice(doc.sentences()[c.sentence as usize].span)
                .replace('\n', " ");
            println!(
                "#{shown}\t{}\t[{}] value={} max={:?} unit={} mod={} counted={:?} about={:?} claimant={}\n\t{}",
                doc.meta.id,
                doc.slice(c.span),
                c.value,
                c.value_max,
                c.unit,
                c.modifier,
                c.counted.map(|x| doc.slice(x)),
                c.about,
                c.claimant,
                sent
            );
            if shown >= max {
                return;
            }
        }
    }
    eprintln!("{seen} claims seen");
}
