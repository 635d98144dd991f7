//! The Doc JSON deserializer (what `chronicle` reads back from files and the
//! store) followed by `check_spans`: a Doc that passes `check_spans` can be
//! sliced everywhere without panicking, and round-trips through JSON.
#![no_main]
use chronicle_doc::Doc;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = serde_json::from_slice::<Doc>(data) else {
        return;
    };
    if doc.check_spans().is_err() {
        return;
    }
    for s in doc.sentences() {
        let _ = doc.slice(s.span);
    }
    for t in doc.tokens() {
        let _ = doc.slice(t.span);
    }
    let _ = doc.regions();
    for i in 0..doc.tokens().len().min(64) {
        let _ = doc.sentence_of_token(i);
    }
    let j = serde_json::to_string(&doc).expect("a read Doc serializes");
    let back: Doc = serde_json::from_str(&j)
        .unwrap_or_else(|e| panic!("a Doc does not read back its own JSON: {e}\n{j}"));
    assert_eq!(serde_json::to_string(&back).unwrap(), j);
});
