//! The segmentation lexicon loader (`--lexicon FILE`): errors name
//! `file:line`; an accepted lexicon gives a segmenter that keeps every
//! segmentation invariant, on the lexicon's own words and on a fixed text.
#![no_main]
use chronicle_doc::Span;
use chronicle_fuzz::check_segmentation;
use chronicle_text::{Lexicon, Segmenter};
use libfuzzer_sys::fuzz_target;

const SAMPLE: &str = "Mr. Putin won't stop. Dr. O'Brien cannot go, e.g. to the U.S. on Jan. 5 at 3 p.m.\nNo. 5 said 1-2.";

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    match Lexicon::parse(&src, "lex.txt") {
        Err(e) => {
            let lines = src.lines().count().max(1);
            assert!(
                e.line >= 1 && e.line <= lines,
                "error line {} outside 1..={lines}",
                e.line
            );
            assert!(e.to_string().starts_with(&format!("lex.txt:{}: ", e.line)));
        }
        Ok(lex) => {
            let seg = Segmenter::from_lexicon_named(&src, "lex.txt").expect("parses twice");
            for w in src.split_whitespace() {
                let _ = lex.abbrev(w);
                let _ = lex.split_points(w);
                let _ = lex.is_hyphen_prefix(w);
                let _ = lex.is_kept(w);
                let _ = lex.is_starter(w);
            }
            for text in [SAMPLE, &*src] {
                let (s, t) = seg.annotate_text(text);
                let r = [Span::new(0, text.len())];
                check_segmentation(
                    text,
                    if text.is_empty() { &[] } else { &r },
                    &s,
                    &t,
                    seg.max_sentence_tokens(),
                );
            }
        }
    }
});
