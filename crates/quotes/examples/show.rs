//! Prints the quotes found in the text given on stdin (development aid).
use chronicle_doc::{Article, Doc, Meta};
use std::io::Read;
fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).unwrap();
    let doc = Doc::new(Article {
        meta: Meta {
            id: "stdin".into(),
            ..Meta::default()
        },
        text,
    });
    for q in chronicle_quotes::QuoteAnnotator::new().annotate(&doc) {
        let c: Vec<&str> = q.content.iter().map(|s| doc.slice(*s)).collect();
        println!(
            "{} {} | src={:?} cue={:?} content={:?}",
            q.kind,
            q.rule,
            q.source.map(|s| doc.slice(s)),
            q.cue.map(|s| doc.slice(s)),
            c
        );
    }
}
