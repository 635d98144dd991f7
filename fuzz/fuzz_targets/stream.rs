//! The stream reader (stdin path) on arbitrary bytes: the format is sniffed
//! (JSONL, JSON array or one scraped article); every item is a valid article
//! or an error naming the stream, and the number of items stays bounded.
#![no_main]
use chronicle_fuzz::{check_article, check_error};
use chronicle_ingest::{Options, Reader};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = Options {
        max_article_bytes: 2048,
        max_json_file_bytes: 1 << 20,
        format: None,
    };
    let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
    // a JSON array may hold many records on one line: bound by bytes too
    let bound = lines + data.len() + 1;
    let mut n = 0usize;
    for item in Reader::from_stream(std::io::Cursor::new(data.to_vec()), "-", opts) {
        n += 1;
        assert!(
            n <= bound,
            "reader yields more items than the input can hold"
        );
        match item {
            Ok(a) => {
                check_article(&a);
                assert!(a.text.len() <= 2048 + 2, "article over the size limit");
            }
            Err(e) => check_error(&e, "-"),
        }
    }
});
