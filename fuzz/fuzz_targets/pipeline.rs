//! The full analysis of arbitrary bytes (lossy UTF-8), as the scraped reader
//! would hand them over, or as one plain body when the reader finds nothing.
#![no_main]
use chronicle_doc::{Article, Meta};
use chronicle_fuzz::check_doc;
use chronicle_ingest::parse_scraped;
use chronicle_pipeline::Pipeline;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static PIPE: OnceLock<Pipeline> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let p = PIPE.get_or_init(Pipeline::default);
    let article = parse_scraped(text.clone(), "f.txt").unwrap_or_else(|| Article {
        meta: Meta {
            id: "f".into(),
            ..Meta::default()
        },
        text,
    });
    let doc = p.analyze(article);
    check_doc(&doc, p.text.max_sentence_tokens());
    // a Doc survives its own JSON
    let j = serde_json::to_string(&doc).expect("serializes");
    let back: chronicle_doc::Doc = serde_json::from_str(&j).expect("reads back");
    assert_eq!(back, doc);
});
