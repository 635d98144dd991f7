//! Development aid: recomputes the quote layer of cached pipeline output
//! (`chronicle analyze --threads 1 FILE > docs.jsonl`) and prints one line per
//! quote, so rule changes are checked on news text without rebuilding the CLI.
//!
//! ```text
//! cargo run --release -p chronicle-quotes --example requote -- docs.jsonl [--model CUE_MODEL] [--content-model M]
//! ```
mod common;

use chronicle_doc::Doc;
use std::io::BufRead;

fn main() {
    let path = std::env::args().nth(1).expect("usage: requote DOCS.jsonl");
    let args: Vec<String> = std::env::args().collect();
    let annotator = common::annotator_from_args(&args);
    let file = std::fs::File::open(&path).expect("cached pipeline output");
    for line in std::io::BufReader::new(file).lines() {
        let doc: Doc = serde_json::from_str(&line.expect("line")).expect("a Doc per line");
        let show = |s: Option<chronicle_doc::Span>| s.map(|s| doc.slice(s)).unwrap_or("-");
        for q in annotator.annotate(&doc) {
            let c: Vec<&str> = q.content.iter().map(|s| doc.slice(*s)).collect();
            println!(
                "{}\t{}\tcue=[{}]\tsrc=[{}]\tcontent={:?}\tname={:?}\tcode={:?}",
                doc.meta.id,
                q.rule,
                show(q.cue),
                show(q.source),
                c,
                q.speaker_name,
                q.speaker_code
            );
        }
    }
}
