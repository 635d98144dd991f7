//! Re-runs the claims stage on `chronicle analyze` output (Doc JSON lines on
//! stdin), with the Doc's own layers and quotes, and prints the Docs with the
//! new claims: a change to this crate measured without rebuilding the CLI.
//! `cargo run --release --example rerun -p chronicle-claims < docs.jsonl > new.jsonl`
use chronicle_doc::Doc;
use std::io::{BufRead, Write};

fn main() {
    let stage = chronicle_claims::ClaimAnnotator::new();
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let line = line.expect("stdin");
        let mut doc: Doc = serde_json::from_str(&line).expect("Doc JSON");
        let quotes = doc.quotes.clone().unwrap_or_default();
        doc.claims = Some(stage.annotate(&doc, &quotes));
        serde_json::to_writer(&mut out, &doc).expect("write");
        writeln!(out).expect("write");
    }
}
