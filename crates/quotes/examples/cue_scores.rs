//! Development aid: for each gold attribution no predicted cue overlaps, the
//! learned cue model's score of each verb in the gold cue, and its class
//! threshold (train error analysis of the opt-in model's recall).
//!
//! ```text
//! cargo run --release -p chronicle-quotes --example cue_scores -- DIR cached.jsonl MODEL
//! ```
//! Columns: article, word, Penn tag, lexicon (`lex`/`-`), score, threshold,
//! in a quotation (`inq`/`-`), gold cue text.
mod common;

use chronicle_quotes::QuoteAnnotator;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = std::path::PathBuf::from(&args[1]);
    let src = std::fs::read_to_string(&args[3]).expect("model file");
    let m = chronicle_quotes::CueModel::parse(&src, &args[3]).expect("model");
    let base = QuoteAnnotator::new();
    let annotator = base.clone().with_cue_model(m.clone());
    for a in common::articles(&gold, std::path::Path::new(&args[2])) {
        let doc = &a.doc;
        let pred = annotator.annotate(doc);
        let toks = doc.tokens();
        let feats = base.cue_features(doc);
        let Some(tags) = doc.tags.as_ref() else {
            continue;
        };
        for g in &a.gold {
            if g.cue.is_empty()
                || pred
                    .iter()
                    .any(|q| q.cue.is_some_and(|c| g.cue.iter().any(|s| s.overlaps(c))))
            {
                continue;
            }
            let cue: String = g
                .cue
                .iter()
                .map(|s| s.text(&doc.text))
                .collect::<Vec<_>>()
                .join(" ");
            for k in 0..toks.len() {
                if tags[k].upos != "VERB" || !g.cue.iter().any(|s| s.overlaps(toks[k].span)) {
                    continue;
                }
                let lex = feats[k].iter().any(|f| f == "lex=true");
                let inq = feats[k].iter().any(|f| f == "q=true");
                let class = if lex { "retry" } else { tags[k].xpos.as_str() };
                println!(
                    "{}\t{}\t{}\t{}\t{:.2}\t{}\t{}\t{}",
                    a.id,
                    toks[k].span.text(&doc.text),
                    tags[k].xpos,
                    if lex { "lex" } else { "-" },
                    m.score(&feats[k]),
                    m.threshold_for(class),
                    if inq { "inq" } else { "-" },
                    cue.replace(['\n', '\t'], " ")
                );
            }
        }
    }
}
