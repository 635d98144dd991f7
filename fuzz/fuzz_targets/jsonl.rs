//! The JSONL reader: a valid first record forces the JSONL path, then the
//! fuzzer's bytes follow. Every record is an article or an error at
//! `-:<line>`, the first record always survives, and line numbers stay within
//! the input.
#![no_main]
use chronicle_fuzz::{check_article, check_error};
use chronicle_ingest::{Options, Reader};
use libfuzzer_sys::fuzz_target;

const FIRST: &[u8] = b"{\"id\":\"seed\",\"title\":\"Talks\",\"body\":\"Delegates met.\"}\n";

fuzz_target!(|data: &[u8]| {
    let mut bytes = FIRST.to_vec();
    bytes.extend_from_slice(data);
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    let opts = Options {
        max_article_bytes: 4096,
        ..Options::default()
    };
    let mut items = Reader::from_stream(std::io::Cursor::new(bytes), "-", opts);
    let first = items
        .next()
        .expect("first record")
        .expect("first record is valid");
    assert_eq!(first.meta.id, "seed");
    assert_eq!(first.text, "Talks\n\nDelegates met.");
    let mut n = 1;
    for item in items {
        n += 1;
        assert!(n <= lines, "more records than lines");
        let origin = match &item {
            Ok(a) => {
                check_article(&a);
                a.meta.origin.clone().expect("origin")
            }
            Err(e) => {
                check_error(e, "-:");
                e.origin.clone()
            }
        };
        let line: usize = origin
            .strip_prefix("-:")
            .and_then(|l| l.parse().ok())
            .unwrap_or_else(|| panic!("origin {origin:?} is not -:<line>"));
        assert!(
            line >= 2 && line <= lines,
            "line {line} outside 2..={lines}"
        );
    }
});
