//! Development aid: prints the tokens, tags and dependencies of the cached
//! pipeline output's sentences containing a string.
//!
//! ```text
//! cargo run --release -p chronicle-quotes --example dump -- docs.jsonl ARTICLE-PREFIX "needle"
//! ```
use chronicle_doc::Doc;
use std::io::BufRead;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let file = std::fs::File::open(&args[1]).expect("docs.jsonl");
    for line in std::io::BufReader::new(file).lines() {
        let doc: Doc = serde_json::from_str(&line.unwrap()).unwrap();
        if !doc.meta.id.contains(&args[2]) {
            continue;
        }
        for s in doc.sentences() {
            let r = s.tokens.range();
            let toks = doc.tokens();
            let text =
                &doc.text[toks[r.start].span.start as usize..toks[r.end - 1].span.end as usize];
            if !text.contains(&args[3]) {
                continue;
            }
            for k in r {
                let t = doc
                    .tags
                    .as_ref()
                    .map(|t| (t[k].upos.to_string(), t[k].xpos.to_string()));
                let d = doc.deps.as_ref().map(|d| (d[k].head, d[k].rel.to_string()));
                println!("{k}\t{}\t{t:?}\t{d:?}", doc.token_text(k));
            }
            println!();
        }
        for q in chronicle_quotes::QuoteAnnotator::new().annotate(&doc) {
            let c: Vec<&str> = q.content.iter().map(|s| doc.slice(*s)).collect();
            let cue = q.cue.map(|s| doc.slice(s)).unwrap_or("");
            if c.iter().any(|x| x.contains(&args[3])) || args[3].contains(cue) {
                println!(
                    "{} {} | src={:?} cue={cue:?} content={c:?}",
                    q.kind,
                    q.rule,
                    q.source.map(|s| doc.slice(s))
                );
            }
        }
    }
}
