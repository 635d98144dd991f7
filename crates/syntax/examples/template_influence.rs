//! How much each parser template moves the greedy parser's decisions
//! ([`Parser::template_influence`]), to choose lean feature sets.
//!
//! usage: template_influence TAGGER.bin PARSER.bin FILE.conllu
//! Tags FILE with TAGGER, parses it with PARSER (original feature sets) and
//! prints, per template id (in the order `features` emits them), its summed
//! |row difference| between chosen and runner-up transition and relation,
//! as a share of all templates' sums.
use chronicle_syntax::hash::hash_lower;
use chronicle_syntax::parser::{ParserInput, template_order};
use chronicle_syntax::{ParseScratch, Parser, TagScratch, Tagger};

fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.len() != 4 {
        eprintln!("usage: template_influence TAGGER.bin PARSER.bin FILE.conllu");
        std::process::exit(2);
    }
    let read = |p: &str| std::fs::read(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let tagger = Tagger::from_bytes(&read(&a[1])).expect("tagger");
    let parser = Parser::from_bytes(&read(&a[2])).expect("parser");
    let text = String::from_utf8(read(&a[3])).expect("utf-8");
    let sents = chronicle_doc::conllu::parse(&text).expect("conllu");
    let (mut ts, mut ps) = (TagScratch::default(), ParseScratch::default());
    let (mut tr, mut lb) = (vec![0f64; 128], vec![0f64; 128]);
    let mut classes = Vec::new();
    let cl = tagger.classes();
    for s in &sents {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        tagger.tag(&forms, &mut ts, &mut classes);
        let words: Vec<u64> = forms.iter().map(|f| hash_lower(f)).collect();
        let xpos: Vec<u64> = classes.iter().map(|&c| cl[c as usize].xpos_hash).collect();
        let upos: Vec<u64> = classes.iter().map(|&c| cl[c as usize].upos_hash).collect();
        let (cf, cc): (Vec<u64>, Vec<u64>) = tagger.cluster_hashes(&ts).unzip();
        let inp = ParserInput {
            words: &words,
            xpos: &xpos,
            upos: &upos,
            cf: &cf,
            cc: &cc,
        };
        parser.template_influence(&inp, &mut ps, &mut tr, &mut lb);
    }
    let (st, sl): (f64, f64) = (tr.iter().sum(), lb.iter().sum());
    println!("pos\tid\ttrans_share\tlabel_share");
    for (p, id) in template_order().into_iter().enumerate() {
        let i = id as usize;
        println!("{p}\t{id}\t{:.5}\t{:.5}", tr[i] / st, lb[i] / sl.max(1.0));
    }
}
