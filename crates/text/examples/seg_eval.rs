//! Quick development harness: `cargo run --release -p chronicle-text --example seg_eval -- FILE.conllu`
//! (the user-facing command is `chronicle eval segment`).
fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: seg_eval FILE.conllu");
    let src = std::fs::read_to_string(&path).expect("readable file");
    let sents = chronicle_doc::conllu::parse(&src).expect("valid CoNLL-U");
    let seg = chronicle_text::Segmenter::default();
    let s = chronicle_text::eval::evaluate(&seg, &sents);
    println!(
        "{path}: sentences F1 {:.4} (P {:.4} R {:.4}) boundaries F1 {:.4} tokens F1 {:.4} (P {:.4} R {:.4}) unaligned {}",
        s.sentences.f1(),
        s.sentences.precision(),
        s.sentences.recall(),
        s.boundaries.f1(),
        s.tokens.f1(),
        s.tokens.precision(),
        s.tokens.recall(),
        s.unaligned_words
    );
    if std::env::args().nth(2).as_deref() == Some("--diff") {
        for d in chronicle_text::eval::gold_docs(&sents) {
            let (ps, pt) = seg.annotate_text(&d.text);
            let g: std::collections::HashSet<(usize, usize)> = d.tokens.iter().copied().collect();
            let p: std::collections::HashSet<(usize, usize)> = pt
                .iter()
                .map(|t| (t.span.start as usize, t.span.end as usize))
                .collect();
            for t in &pt {
                let k = (t.span.start as usize, t.span.end as usize);
                if !g.contains(&k) {
                    let a = k.0.saturating_sub(20);
                    let a = (0..=a)
                        .rev()
                        .find(|&i| d.text.is_char_boundary(i))
                        .unwrap_or(0);
                    let b = (k.1 + 20).min(d.text.len());
                    let b = (b..=d.text.len())
                        .find(|&i| d.text.is_char_boundary(i))
                        .unwrap();
                    println!("TOK-FP {:?} in {:?}", &d.text[k.0..k.1], &d.text[a..b]);
                }
            }
            for k in &d.tokens {
                if !p.contains(k) {
                    println!("TOK-FN {:?}", &d.text[k.0..k.1]);
                }
            }
            let gs: std::collections::HashSet<usize> = d.sentences.iter().map(|x| x.1).collect();
            let psn: std::collections::HashSet<usize> =
                ps.iter().map(|x| x.span.end as usize).collect();
            for e in &psn {
                if !gs.contains(e) {
                    let a = e.saturating_sub(40);
                    let a = (0..=a)
                        .rev()
                        .find(|&i| d.text.is_char_boundary(i))
                        .unwrap_or(0);
                    let b = (e + 30).min(d.text.len());
                    let b = (b..=d.text.len())
                        .find(|&i| d.text.is_char_boundary(i))
                        .unwrap();
                    println!("SENT-FP {:?} | {:?}", &d.text[a..*e], &d.text[*e..b]);
                }
            }
            for e in &gs {
                if !psn.contains(e) {
                    let a = e.saturating_sub(40);
                    let a = (0..=a)
                        .rev()
                        .find(|&i| d.text.is_char_boundary(i))
                        .unwrap_or(0);
                    let b = (e + 30).min(d.text.len());
                    let b = (b..=d.text.len())
                        .find(|&i| d.text.is_char_boundary(i))
                        .unwrap();
                    println!("SENT-FN {:?} | {:?}", &d.text[a..*e], &d.text[*e..b]);
                }
            }
        }
    }
}
