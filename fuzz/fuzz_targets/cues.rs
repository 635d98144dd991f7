//! The quote cue lexicon loader (`data/lexicon/cues.tsv`,
//! `chronicle_quotes::Lexicon::parse`) on arbitrary files: errors name the
//! file and a line inside it; an accepted lexicon finds every form it lists
//! (indices inside the lexicon) and drives the quote stage over a sample text
//! plus the file's own lines, giving quotes whose spans are valid.
#![no_main]
use chronicle_doc::{Article, Doc, Meta};
use chronicle_quotes::{Lexicon, QuoteAnnotator};
use libfuzzer_sys::fuzz_target;

const SAMPLE: &str = "\"It's a very dangerous adventure,\" Kremlin spokesman Dmitry Peskov said. \
According to officials, 115,000 troops moved. Kyiv accused Moscow of lying and told \
NATO that \"nothing\" had changed. The minister's claim that talks failed was denied.";

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let lines = src.lines().count();
    match Lexicon::parse(&src, "cues.tsv") {
        Err(e) => {
            assert_eq!(e.file, "cues.tsv");
            assert!(
                e.line >= 1 && e.line <= lines.max(1),
                "error line {} outside 1..={lines}: {}",
                e.line,
                e.reason
            );
            assert!(!e.reason.is_empty());
        }
        Ok(lex) => {
            let n = lex.entries.len();
            for line in src.lines() {
                for w in line.split(['\t', ',', ' ', '!']) {
                    for &i in lex.lookup(&w.to_lowercase()) {
                        assert!((i as usize) < n, "lookup index {i} past {n} entries");
                    }
                }
                let words: Vec<&str> = line.split_whitespace().collect();
                if let Some((i, len)) = lex.lookup_phrase(&words) {
                    assert!((i as usize) < n && len <= words.len());
                }
            }
            let own: String = src
                .chars()
                .take(2000)
                .collect::<String>()
                .replace('\t', " ");
            let ann = QuoteAnnotator::with_lexicon(lex);
            for text in [SAMPLE.to_string(), format!("{own}\n{SAMPLE} {own}")] {
                let mut doc = Doc::new(Article {
                    meta: Meta {
                        id: "f".into(),
                        ..Meta::default()
                    },
                    text,
                });
                doc.quotes = Some(ann.annotate(&doc));
                if let Err(e) = doc.check_spans() {
                    panic!("quotes produced an invalid span: {e}");
                }
            }
        }
    }
});
