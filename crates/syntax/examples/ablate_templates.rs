//! Inference-time ablation of the parser's templates ([`Parser::with_lean`]),
//! to choose lean feature sets.
//!
//! usage: ablate_templates TAGGER.bin PARSER.bin FILE.conllu
//! Tags FILE with TAGGER and, for each template id of the greedy PARSER
//! (original feature sets), prints the UAS / LAS (universal relations) of
//! the parser without that template in the transition and relation models
//! (`drop_both`), and without it in the relation model only (`drop_label`,
//! relation templates only).
use chronicle_syntax::parser::{Lean, WordIn, template_order};
use chronicle_syntax::{Parser, TagScratch, Tagger};

fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.len() != 4 {
        eprintln!("usage: ablate_templates TAGGER.bin PARSER.bin FILE.conllu");
        std::process::exit(2);
    }
    let read = |p: &str| std::fs::read(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let tagger = Tagger::from_bytes(&read(&a[1])).expect("tagger");
    let pbytes = read(&a[2]);
    let parser = Parser::from_bytes(&pbytes).expect("parser");
    let text = String::from_utf8(read(&a[3])).expect("utf-8");
    let sents = chronicle_doc::conllu::parse(&text).expect("conllu");
    let mut ts = TagScratch::default();
    let mut classes = Vec::new();
    let cl = tagger.classes();
    let tags: Vec<Vec<WordIn>> = sents
        .iter()
        .map(|s| {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            tagger.tag(&forms, &mut ts, &mut classes);
            classes
                .iter()
                .zip(tagger.cluster_hashes(&ts))
                .map(|(&c, (f, k))| [cl[c as usize].xpos_hash, cl[c as usize].upos_hash, f, k])
                .collect()
        })
        .collect();
    let base = parser.evaluate(&sents, &tags);
    println!("all\t-\t{:.4}\t{:.4}", base.0 * 100.0, base.1 * 100.0);
    let order = template_order();
    // relation templates: the original label features' ids
    let (nb, bl, rl) = (13, 6, 56);
    let labels: Vec<u8> = order[..bl]
        .iter()
        .chain(&order[nb..nb + rl])
        .copied()
        .collect();
    let score = |t: &[u8], l: &[u8]| {
        let lean = Lean::new(t, l).expect("lean");
        let p = Parser::from_bytes(&pbytes)
            .unwrap()
            .with_lean(lean)
            .unwrap();
        p.evaluate(&sents, &tags)
    };
    println!("kind\tid\tUAS\tLAS");
    for &id in &order {
        let t: Vec<u8> = order.iter().copied().filter(|&o| o != id).collect();
        let l: Vec<u8> = labels.iter().copied().filter(|&o| o != id).collect();
        let (u, s) = score(&t, &l);
        println!("drop_both\t{id}\t{:.4}\t{:.4}", u * 100.0, s * 100.0);
        if labels.contains(&id) {
            let (u, s) = score(&order, &l);
            println!("drop_label\t{id}\t{:.4}\t{:.4}", u * 100.0, s * 100.0);
        }
    }
}
