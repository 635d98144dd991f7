//! Development aid: scores the quote stage on PolNeAR from cached pipeline
//! output, so rule changes rebuild only this crate.
//!
//! ```text
//! chronicle analyze --threads 1 DIR/text > docs.jsonl
//! cargo run --release -p chronicle-quotes --example polnear_cached -- DIR docs.jsonl [--errors]
//! ```
//! The quote layer in the cached docs is dropped and recomputed.
use chronicle_doc::{Doc, Span};
use chronicle_quotes::QuoteAnnotator;
use chronicle_quotes::polnear::{self, Report, canonical};
use std::io::BufRead;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = std::path::PathBuf::from(&args[1]);
    let errors = args.iter().any(|a| a == "--errors");
    let file = std::fs::File::open(&args[2]).expect("docs.jsonl");
    let mut annotator = QuoteAnnotator::new();
    if let Some(i) = args.iter().position(|a| a == "--model") {
        let src = std::fs::read_to_string(&args[i + 1]).expect("model file");
        let m = chronicle_quotes::CueModel::parse(&src, &args[i + 1]).expect("model");
        annotator = annotator.with_cue_model(m);
    }
    let mut report = Report::default();
    let mut annots: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for e in std::fs::read_dir(gold.join("attributions")).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().to_string();
        if let Some(stem) = name.strip_suffix(".ann")
            && let Some((a, w)) = stem.rsplit_once('_')
        {
            annots.entry(a.to_string()).or_default().push(w.to_string());
        }
    }
    for line in std::io::BufReader::new(file).lines() {
        let mut doc: Doc = serde_json::from_str(&line.unwrap()).unwrap();
        let id = std::path::Path::new(&doc.meta.id)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let Some(ws) = annots.get(&id) else { continue };
        let who = polnear::pick_annotator(ws.iter().map(String::as_str)).unwrap();
        let text = std::fs::read_to_string(gold.join("text").join(format!("{id}.txt"))).unwrap();
        if text != doc.text {
            eprintln!("TEXT MISMATCH {id}");
            continue;
        }
        let ann =
            std::fs::read_to_string(gold.join("attributions").join(format!("{id}_{who}.ann")))
                .unwrap();
        let g = polnear::parse_ann(&ann, &text).unwrap();
        doc.quotes = None;
        if std::env::var_os("NO_DEPS").is_some() {
            doc.deps = None;
        }
        if std::env::var_os("NO_TAGS").is_some() {
            doc.tags = None;
        }
        doc.claims = None;
        let pred = annotator.annotate(&doc);
        if errors {
            print_errors(&id, &text, &g, &pred);
        }
        report.add(&text, &g, &pred);
    }
    report.finish();
    print!("{}", report.table());
}

fn print_errors(
    article: &str,
    text: &str,
    gold: &[polnear::GoldAttribution],
    pred: &[chronicle_doc::Quote],
) {
    let show = |v: &[Span]| {
        v.iter()
            .map(|s| s.text(text).replace('\n', "⏎"))
            .collect::<Vec<_>>()
            .join(" … ")
    };
    for g in gold {
        let gc = canonical(text, &g.cue);
        let m = pred
            .iter()
            .find(|q| q.cue.is_some_and(|c| gc.iter().any(|s| s.overlaps(c))));
        match m {
            None => {
                let c = gc.first().map(|s| s.start as usize).unwrap_or(0);
                let mut a = c.saturating_sub(120);
                while !text.is_char_boundary(a) {
                    a -= 1;
                }
                let mut b = (c + 80).min(text.len());
                while !text.is_char_boundary(b) {
                    b += 1;
                }
                println!(
                    "MISS\t{article}\tcue=[{}]\tsrc=[{}]\tcontent=[{}]\tctx={}",
                    show(&g.cue),
                    show(&g.source),
                    show(&g.content),
                    text[a..b].replace('\n', "⏎")
                )
            }
            Some(q) => {
                let qc: Vec<_> = q.cue.into_iter().collect();
                let qs: Vec<_> = q.source.into_iter().collect();
                if canonical(text, &qc) != gc {
                    println!(
                        "CUE\t{article}\tgold=[{}]\tpred=[{}]",
                        show(&g.cue),
                        show(&qc)
                    );
                }
                if canonical(text, &qs) != canonical(text, &g.source) {
                    println!(
                        "SRC\t{article}\tgold=[{}]\tpred=[{}]\t{}",
                        show(&g.source),
                        show(&qs),
                        q.rule
                    );
                }
                if canonical(text, &q.content) != canonical(text, &g.content) {
                    println!(
                        "CONT\t{article}\tgold=[{}]\tpred=[{}]\t{}",
                        show(&g.content),
                        show(&q.content),
                        q.rule
                    );
                }
            }
        }
    }
    for q in pred {
        let Some(c) = q.cue else { continue };
        let hit = gold.iter().any(|g| g.cue.iter().any(|s| s.overlaps(c)));
        let exact = gold
            .iter()
            .any(|g| canonical(text, &g.cue) == canonical(text, &[c]));
        println!("PRED\t{}\t{}\t{}", q.rule, hit as u8, exact as u8);
        if !hit {
            let qs: Vec<_> = q.source.into_iter().collect();
            println!(
                "FP\t{article}\tcue=[{}]\tsrc=[{}]\tcontent=[{}]\t{}",
                c.text(text),
                show(&qs),
                show(&q.content),
                q.rule
            );
        }
    }
}
