//! The .jsonl.zst reader, differential against the plain .jsonl reader.
//! Mode byte 0: the fuzzer's bytes are the compressed file (corrupt streams).
//! Mode 1: the rest is compressed, then cut at a fuzzer-chosen point; the
//! articles read before the cut are a prefix of those of the whole file and a
//! cut file ends with a `decompress` error. Mode 2: compressed whole, the
//! result must equal reading the plain JSONL.
#![no_main]
use chronicle_doc::Article;
use chronicle_fuzz::{check_article, check_error};
use chronicle_ingest::{ErrorKind, IngestError, Options, Reader};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;

fn tmp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("chronicle-fuzz-{}-{name}", std::process::id()))
}

fn read(path: &PathBuf) -> Vec<Result<Article, IngestError>> {
    let opts = Options {
        max_article_bytes: 4096,
        ..Options::default()
    };
    let name = path.display().to_string();
    let items: Vec<_> = Reader::new([path], opts).take(100_000).collect();
    for it in &items {
        match it {
            Ok(a) => check_article(a),
            Err(e) => check_error(e, &name),
        }
    }
    items
}

fn texts(items: &[Result<Article, IngestError>]) -> Vec<&str> {
    items
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|a| a.text.as_str())
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let zst = tmp("in.jsonl.zst");
    match mode % 3 {
        0 => {
            std::fs::write(&zst, rest).unwrap();
            read(&zst);
        }
        _ => {
            let Some((&cut, plain)) = rest.split_first() else {
                return;
            };
            let packed = zstd::encode_all(plain, 1).unwrap();
            let jsonl = tmp("in.jsonl");
            std::fs::write(&jsonl, plain).unwrap();
            let want = read(&jsonl);
            std::fs::write(&zst, &packed).unwrap();
            let whole = read(&zst);
            let kinds = |v: &[Result<Article, IngestError>]| -> Vec<Option<ErrorKind>> {
                v.iter().map(|r| r.as_ref().err().map(|e| e.kind)).collect()
            };
            assert_eq!(
                kinds(&whole),
                kinds(&want),
                "zst and plain readers disagree"
            );
            assert_eq!(texts(&whole), texts(&want));
            if mode % 3 == 1 {
                let at = packed.len() * cut as usize / 256;
                std::fs::write(&zst, &packed[..at]).unwrap();
                let part = read(&zst);
                let (p, w) = (texts(&part), texts(&whole));
                assert!(
                    p.len() <= w.len() && p[..] == w[..p.len()],
                    "cut file invents articles"
                );
                if at > 0 {
                    let last = part.last().expect("a cut file yields at least an error");
                    assert_eq!(
                        last.as_ref().err().map(|e| e.kind),
                        Some(ErrorKind::Decompress),
                        "a cut .zst must end with a decompress error"
                    );
                }
            }
        }
    }
});
