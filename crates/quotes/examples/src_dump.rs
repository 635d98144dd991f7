//! Development aid: one line per gold attribution whose cue a prediction
//! matches exactly but whose source differs (or is missing on either side),
//! with the sentence around the cue, for classifying source-span errors.
//!
//! ```text
//! cargo run --release -p chronicle-quotes --example src_dump -- DIR docs.jsonl
//! ```
//! With `ALL=1` the attributions whose source matches are printed too.
//! Columns: article, rule, relation, gold source, predicted source, context.
mod common;

use chronicle_quotes::QuoteAnnotator;
use chronicle_quotes::polnear::canonical;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = std::path::PathBuf::from(&args[1]);
    let annotator = QuoteAnnotator::new();
    // ALL=1: the matching sources too (relation `same`)
    let all = std::env::var_os("ALL").is_some();
    let (mut exact_cue, mut same) = (0usize, 0usize);
    for a in common::articles(&gold, std::path::Path::new(&args[2])) {
        let text = a.doc.text.clone();
        let pred = annotator.annotate(&a.doc);
        for g in &a.gold {
            let gc = canonical(&text, &g.cue);
            let Some(q) = pred
                .iter()
                .find(|q| q.cue.is_some_and(|c| canonical(&text, &[c]) == gc))
            else {
                continue;
            };
            exact_cue += 1;
            let gs = canonical(&text, &g.source);
            let ps = canonical(&text, &q.source.into_iter().collect::<Vec<_>>());
            if gs == ps {
                same += 1;
                if !all {
                    continue;
                }
            }
            let rel = if gs == ps {
                "same"
            } else {
                match (gs.first(), gs.last(), ps.first()) {
                    (None, _, None) => "none",
                    (None, _, Some(_)) => "gold_none",
                    (Some(_), _, None) => "pred_none",
                    (Some(g0), Some(g1), Some(p)) => {
                        let (ga, gb, pa, pb) = (g0.start, g1.end, p.start, p.end);
                        if gs.len() > 1 {
                            "gold_split"
                        } else if pb <= ga || pa >= gb {
                            "disjoint"
                        } else if pa == ga && pb > gb {
                            "long_right"
                        } else if pa == ga && pb < gb {
                            "short_right"
                        } else if pb == gb && pa < ga {
                            "long_left"
                        } else if pb == gb && pa > ga {
                            "short_left"
                        } else if pa <= ga && pb >= gb {
                            "long_both"
                        } else if pa >= ga && pb <= gb {
                            "short_both"
                        } else {
                            "overlap"
                        }
                    }
                    _ => "other",
                }
            };
            let show = |v: &[chronicle_doc::Span]| {
                v.iter()
                    .map(|s| s.text(&text).replace('\n', "⏎"))
                    .collect::<Vec<_>>()
                    .join(" … ")
            };
            let c = gc.first().map(|s| s.start as usize).unwrap_or(0);
            let lo = gs
                .first()
                .map(|s| s.start as usize)
                .unwrap_or(c)
                .min(c)
                .saturating_sub(60);
            let hi = (c + 120).min(text.len());
            let (mut lo, mut hi) = (lo, hi);
            while !text.is_char_boundary(lo) {
                lo -= 1;
            }
            while !text.is_char_boundary(hi) {
                hi += 1;
            }
            println!(
                "{}\t{}\t{}\tgold=[{}]\tpred=[{}]\tcue=[{}]\tctx={}",
                a.id,
                q.rule,
                rel,
                show(&gs),
                show(&ps),
                show(&gc),
                text[lo..hi].replace('\n', "⏎")
            );
        }
    }
    eprintln!("exact cue {exact_cue}, same source {same}");
}
