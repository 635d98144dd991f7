//! The scraped plain-text reader on arbitrary text: the text is kept byte for
//! byte and every span it finds (kicker, title, body, source) is consistent.
#![no_main]
use chronicle_fuzz::check_article;
use chronicle_ingest::parse_scraped;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    if let Some(a) = parse_scraped(text.clone(), "f.txt") {
        assert_eq!(a.text, text, "the reader rewrote the text");
        assert_eq!(a.meta.origin.as_deref(), Some("f.txt"));
        check_article(&a);
        if let (Some(src), Some(s)) = (&a.meta.source, a.meta.source_span) {
            assert!(s.text(&a.text).ends_with(src.as_str()));
            assert!(!src.is_empty() && !src.contains(char::is_whitespace));
        }
    } else {
        // no article: every line is blank, a lone ".", or the source trailer
        let content = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && *l != "." && !l.starts_with("source"))
            .count();
        assert_eq!(content, 0, "a text with content gave no article");
    }
});
