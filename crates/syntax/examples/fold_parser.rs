//! Folds a parser's hashed tables to fewer rows ([`Parser::folded`]): how
//! its weights score, and how fast it parses, with smaller tables, without
//! retraining.
//!
//! usage: fold_parser IN.bin OUT.bin TRANS_LOG2 LABEL_LOG2
use chronicle_syntax::Parser;

fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.len() != 5 {
        eprintln!("usage: fold_parser IN.bin OUT.bin TRANS_LOG2 LABEL_LOG2");
        std::process::exit(2);
    }
    let bytes = std::fs::read(&a[1]).unwrap_or_else(|e| panic!("{}: {e}", a[1]));
    let p = Parser::from_bytes(&bytes).expect("parser");
    let log2 = |s: &str| s.parse::<u32>().expect("log2 rows");
    let f = p.folded(log2(&a[3]), log2(&a[4])).expect("fold");
    std::fs::write(&a[2], f.to_bytes()).unwrap_or_else(|e| panic!("{}: {e}", a[2]));
}
