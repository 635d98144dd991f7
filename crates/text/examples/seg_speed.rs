//! Development harness: segmentation speed on the raw text rebuilt from a CoNLL-U file.
//! `cargo run --release -p chronicle-text --example seg_speed -- FILE.conllu`
const REPS: usize = 30;
fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: seg_speed FILE.conllu");
    let src = std::fs::read_to_string(&path).expect("readable file");
    let sents = chronicle_doc::conllu::parse(&src).expect("valid CoNLL-U");
    let docs = chronicle_text::eval::gold_docs(&sents);
    let seg = chronicle_text::Segmenter::default();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..REPS {
        for d in &docs {
            n += seg.annotate_text(&d.text).1.len();
        }
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "{:.1} MB/s ({n} tokens)",
        REPS as f64 * bytes as f64 / s / 1e6
    );
}
