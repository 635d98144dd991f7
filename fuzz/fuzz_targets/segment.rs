//! The tokenizer and sentence segmenter on arbitrary text and regions, with
//! the default and a tiny sentence cap; also the offset-preserving
//! normalization map.
#![no_main]
use chronicle_doc::Span;
use chronicle_fuzz::{check_segmentation, floor_boundary};
use chronicle_text::{Normalized, Segmenter, normalize};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static SEG: OnceLock<Segmenter> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let (head, body) = data.split_at(4);
    let text = String::from_utf8_lossy(body);
    let text = text.as_ref();
    let seg = SEG.get_or_init(Segmenter::default);

    let (s, t) = seg.annotate_text(text);
    let whole = [Span::new(0, text.len())];
    check_segmentation(
        text,
        if text.is_empty() { &[] } else { &whole },
        &s,
        &t,
        seg.max_sentence_tokens(),
    );
    assert_eq!(
        t.is_empty(),
        text.split(|c: char| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}'))
            .all(str::is_empty),
        "tokens iff non-space text"
    );

    // two regions cut at fuzzer-chosen points
    let n = text.len().max(1);
    let mut cuts = [
        floor_boundary(text, head[0] as usize * n / 256),
        floor_boundary(text, head[1] as usize * n / 256),
        floor_boundary(text, head[2] as usize * n / 256),
    ];
    cuts.sort();
    let regions = [Span::new(cuts[0], cuts[1]), Span::new(cuts[2], text.len())];
    let (s2, t2) = seg.annotate_regions(text, &regions);
    let nonempty: Vec<Span> = regions.iter().copied().filter(|r| !r.is_empty()).collect();
    check_segmentation(text, &nonempty, &s2, &t2, seg.max_sentence_tokens());

    // a tiny sentence cap
    let cap = 1 + (head[3] % 8) as usize;
    let small = seg.clone().with_max_sentence_tokens(cap);
    let (s3, t3) = small.annotate_text(text);
    assert_eq!(t3, t, "the sentence cap changed the tokens");
    check_segmentation(
        text,
        if text.is_empty() { &[] } else { &whole },
        &s3,
        &t3,
        cap,
    );

    // normalization map
    let nm = Normalized::new(text);
    assert_eq!(nm.text, normalize(text));
    let mut prev = 0;
    for i in 0..=nm.text.len() {
        let o = nm.to_original(i);
        assert!(
            o >= prev && text.is_char_boundary(o),
            "map not monotone / off boundary"
        );
        prev = o;
    }
    assert_eq!(nm.to_original(nm.text.len()), text.len());
    let a = floor_boundary(&nm.text, head[0] as usize * nm.text.len().max(1) / 256);
    let b = floor_boundary(&nm.text, head[1] as usize * nm.text.len().max(1) / 256);
    let (a, b) = (a.min(b), a.max(b));
    let (oa, ob) = nm.span_to_original(a, b, text);
    assert!(oa <= ob && Span::new(oa, ob).is_valid_for(text));
});
