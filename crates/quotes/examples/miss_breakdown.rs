//! Development aid: one TSV line per gold attribution whose cue no predicted
//! cue overlaps (train error analysis of recall).
//!
//! ```text
//! cargo run --release -p chronicle-quotes --example miss_breakdown -- DIR cached.jsonl [--model M]
//! ```
//! Columns: article, byte starts of the cue tokens, where the gold source is
//! (`srcsrc`/`srccont`/`srccue`: inside a predicted source/content/cue,
//! `free`, `nosrc`), cue text, lemma, UPOS, XPOS and relation of the cue's
//! head token, `Q`/`U` (quotation mark in the content), the rule of a
//! prediction whose content (`C:rule`) or else source (`S:rule`) covers the
//! cue's head token (`-` none), the cue's
//! parse subject relation (`nosubj`), gold source, gold content, sentence.
mod common;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = std::path::PathBuf::from(&args[1]);
    let annotator = common::annotator_from_args(&args);
    for a in common::articles(&gold, std::path::Path::new(&args[2])) {
        let doc = &a.doc;
        let pred = annotator.annotate(doc);
        let toks = doc.tokens();
        for g in &a.gold {
            let Some(c0) = g.cue.first() else { continue };
            if pred
                .iter()
                .any(|q| q.cue.is_some_and(|c| g.cue.iter().any(|s| s.overlaps(c))))
            {
                continue;
            }
            let ks: Vec<usize> = (0..toks.len())
                .filter(|&k| g.cue.iter().any(|s| s.overlaps(toks[k].span)))
                .collect();
            let Some(&k0) = ks.first() else { continue };
            // the head token of the cue: the first verb, else first
            let tags = doc.tags.as_ref();
            let k = ks
                .iter()
                .copied()
                .find(|&k| tags.is_some_and(|t| t[k].upos == "VERB"))
                .unwrap_or(k0);
            let upos = tags.map(|t| t[k].upos.to_string()).unwrap_or_default();
            let xpos = tags.map(|t| t[k].xpos.to_string()).unwrap_or_default();
            let lemma = tags.map(|t| t[k].lemma.to_string()).unwrap_or_default();
            let quoted = g.content.iter().any(|s| {
                s.text(&doc.text)
                    .chars()
                    .any(|c| matches!(c, '"' | '“' | '”' | '«' | '»' | '„'))
            });
            let inside = pred.iter().find_map(|q| {
                let hit = |s: &chronicle_doc::Span| s.overlaps(toks[k].span);
                if q.content.iter().any(hit) {
                    Some(("C:", q))
                } else if q.source.iter().any(hit) {
                    Some(("S:", q))
                } else {
                    None
                }
            });
            let subj = doc.deps.as_ref().and_then(|d| {
                (0..toks.len())
                    .find(|&j| d[j].head == Some(k as u32) && d[j].rel.starts_with("nsubj"))
                    .map(|j| d[j].rel.to_string())
            });
            let rel = doc
                .deps
                .as_ref()
                .map(|d| d[k].rel.to_string())
                .unwrap_or_default();
            let src = g
                .source
                .iter()
                .map(|s| s.text(&doc.text))
                .collect::<Vec<_>>()
                .join(" … ");
            let cue = g
                .cue
                .iter()
                .map(|s| s.text(&doc.text))
                .collect::<Vec<_>>()
                .join(" … ")
                .to_lowercase();
            let content = g
                .content
                .iter()
                .map(|s| s.text(&doc.text))
                .collect::<Vec<_>>()
                .join(" … ");
            let _ = c0;
            let taken = pred
                .iter()
                .find_map(|q| {
                    let hit = |x: &chronicle_doc::Span| g.source.iter().any(|s| s.overlaps(*x));
                    if q.source.iter().any(hit) {
                        Some("srcsrc")
                    } else if q.content.iter().any(hit) {
                        Some("srccont")
                    } else if q.cue.iter().any(hit) {
                        Some("srccue")
                    } else {
                        None
                    }
                })
                .unwrap_or(if g.source.is_empty() { "nosrc" } else { "free" });
            println!(
                "{}\t{}\t{taken}\t{cue}\t{lemma}\t{upos}\t{xpos}\t{rel}\t{}\t{}\t{}\t{}\t{}\t{}",
                a.id,
                ks.iter()
                    .map(|&k| toks[k].span.start.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
                if quoted { "Q" } else { "U" },
                inside
                    .map(|(w, q)| format!("{w}{}", q.rule))
                    .unwrap_or_else(|| "-".into()),
                subj.unwrap_or_else(|| "nosubj".into()),
                src.replace(['\n', '\t'], " "),
                content
                    .replace(['\n', '\t'], " ")
                    .chars()
                    .take(150)
                    .collect::<String>(),
                {
                    let s = doc
                        .sentences()
                        .iter()
                        .find(|s| s.tokens.range().contains(&k0));
                    s.map(|s| {
                        let r = s.tokens.range();
                        doc.text
                            [toks[r.start].span.start as usize..toks[r.end - 1].span.end as usize]
                            .replace(['\n', '\t'], " ")
                    })
                    .unwrap_or_default()
                }
            );
        }
    }
}
