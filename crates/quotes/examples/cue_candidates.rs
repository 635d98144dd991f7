//! Development aid: candidate-set recall of the learned cue proposer on
//! PolNeAR. One TSV line per gold attribution with a cue: whether a
//! predicted cue overlaps it (rules alone, and with `--model`), the UPOS of
//! its head token (first verb, else first noun, else first token), and
//! whether that token is a candidate of the model (a verb, a copula's stance
//! adjective, or a noun candidate).
//!
//! ```text
//! cargo run --release -p chronicle-quotes --example cue_candidates -- DIR cached.jsonl [--model M]
//! ```
//! Columns: article, found-by-rules, found-with-model, head UPOS, head
//! relation, candidate class (`verb`/`adj`/`noun`/`-`), cue text.
mod common;

use chronicle_quotes::QuoteAnnotator;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = std::path::PathBuf::from(&args[1]);
    let rules = QuoteAnnotator::new();
    let with = common::annotator_from_args(&args);
    for a in common::articles(&gold, std::path::Path::new(&args[2])) {
        let doc = &a.doc;
        let p0 = rules.annotate(doc);
        let p1 = with.annotate(doc);
        let cands = rules.cue_candidates(doc);
        let toks = doc.tokens();
        let tags = doc.tags.as_ref();
        for g in &a.gold {
            if g.cue.is_empty() {
                continue;
            }
            let hit = |p: &[chronicle_doc::Quote]| {
                p.iter()
                    .any(|q| q.cue.is_some_and(|c| g.cue.iter().any(|s| s.overlaps(c))))
            };
            let ks: Vec<usize> = (0..toks.len())
                .filter(|&k| g.cue.iter().any(|s| s.overlaps(toks[k].span)))
                .collect();
            let Some(&k0) = ks.first() else { continue };
            let up = |k: usize| tags.map(|t| t[k].upos.as_str()).unwrap_or("_");
            let k = ks
                .iter()
                .copied()
                .find(|&k| up(k) == "VERB")
                .or_else(|| ks.iter().copied().find(|&k| up(k) == "NOUN"))
                .unwrap_or(k0);
            let class = ks
                .iter()
                .find_map(|&k| cands.iter().find(|c| c.0 == k).map(|c| c.1))
                .unwrap_or("-");
            let rel = doc.deps.as_ref().map(|d| d[k].rel.as_str()).unwrap_or("_");
            let cue: Vec<&str> = g.cue.iter().map(|s| s.text(&doc.text)).collect();
            println!(
                "{}\t{}\t{}\t{}\t{rel}\t{class}\t{}",
                a.id,
                hit(&p0) as u8,
                hit(&p1) as u8,
                up(k),
                cue.join(" … ").replace(['\n', '\t'], " ").to_lowercase()
            );
        }
    }
}
