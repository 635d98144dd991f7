//! Prints every K-th numeric claim of a JSONL corpus read from stdin
//! (`id, source, date, title, body`), with its sentence, for hand review:
//! `cargo run --release --example sample -p chronicle-claims -- K N < corpus.jsonl`
//!
//! With `--items FILE` (lines `n<TAB>article id prefix<TAB>expression`, as in
//! the table of docs/claims-review.md) it prints instead, for each listed item,
//! the claims of that article whose text is the expression (re-review of the
//! same sample after a change).
use chronicle_doc::{Article, Doc, Meta};
use std::io::BufRead;

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    let items: Vec<(String, String, String)> = argv
        .iter()
        .position(|a| a == "--items")
        .and_then(|i| argv.get(i + 1))
        .map(|f| {
            std::fs::read_to_string(f)
                .expect("items file")
                .lines()
                .filter_map(|l| {
                    let c: Vec<&str> = l.split('\t').collect();
                    (c.len() >= 3).then(|| (c[0].to_string(), c[1].to_string(), c[2].to_string()))
                })
                .collect()
        })
        .unwrap_or_default();
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
        if !items.is_empty() {
            let cs = ca.annotate(&doc, &q);
            for (n, prefix, expr) in &items {
                if !doc.meta.id.starts_with(prefix.as_str()) {
                    continue;
                }
                // the expression, or the expression with a unit now attached ("three metres")
                let hits: Vec<_> = cs
                    .iter()
                    .filter(|c| {
                        let t = doc.slice(c.span);
                        t == expr
                            || t.strip_prefix(expr.as_str())
                                .is_some_and(|r| r.starts_with(' '))
                    })
                    .collect();
                if hits.is_empty() {
                    println!("#{n}\t{}\t[{expr}] NO CLAIM", doc.meta.id);
                }
                for c in &hits {
                    let sent = doc
                        .slice(doc.sentences()[c.sentence as usize].span)
                        .replace('\n', " ");
                    println!(
                        "#{n}\t{}\t[{}] x{} value={} max={:?} unit={} mod={} counted={:?} claimant={}\n\t{}",
                        doc.meta.id,
                        doc.slice(c.span),
                        hits.len(),
                        c.value,
                        c.value_max,
                        c.unit,
                        c.modifier,
                        c.counted.map(|x| doc.slice(x)),
                        c.claimant,
                        sent
                    );
                }
            }
            continue;
        }
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
