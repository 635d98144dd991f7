//! Reader tests on files written here (tempdirs): formats, order, and every
//! kind of bad input producing a located error while reading goes on.

use chronicle_ingest::{ErrorKind, Format, IngestError, Options, Reader, read_all};
use std::io::Write;
use std::path::Path;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}

fn errors(items: &[Result<chronicle_doc::Article, IngestError>]) -> Vec<&IngestError> {
    items.iter().filter_map(|r| r.as_ref().err()).collect()
}

const SCRAPED: &str = "Grain deal: Ships leave Odesa\nGrain deal\nShips leave Odesa\nThree ships left Odesa on Monday.\n.\nsource site-3\n";

#[test]
fn directory_is_recursive_sorted_and_skips_hidden() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "b.txt", SCRAPED.as_bytes());
    write(d.path(), "a/z.txt", b"Only a body sentence here.\n");
    write(d.path(), ".hidden.txt", b"never read");
    write(
        d.path(),
        "c.jsonl",
        b"{\"id\":\"j1\",\"body\":\"One.\"}\n\n{\"id\":\"j2\",\"title\":\"T\",\"body\":\"Two.\"}\n",
    );
    let items = read_all([d.path()], Options::default());
    let ids: Vec<String> = items
        .iter()
        .map(|r| r.as_ref().unwrap().meta.id.clone())
        .collect();
    let base = d.path().display().to_string();
    assert_eq!(
        ids,
        vec![
            format!("{base}/a/z.txt"),
            format!("{base}/b.txt"),
            "j1".into(),
            "j2".into()
        ]
    );
    let b = items[1].as_ref().unwrap();
    assert_eq!(b.text, SCRAPED);
    assert_eq!(b.meta.title.as_deref(), Some("Ships leave Odesa"));
    assert_eq!(b.meta.kicker.as_deref(), Some("Grain deal"));
    assert_eq!(b.meta.source.as_deref(), Some("site-3"));
    let j2 = items[3].as_ref().unwrap();
    assert_eq!(
        j2.meta.origin.as_deref(),
        Some(format!("{base}/c.jsonl:3").as_str())
    );
}

#[test]
fn bad_jsonl_lines_are_located_and_reading_goes_on() {
    let d = tempfile::tempdir().unwrap();
    let mut body = Vec::new();
    body.extend_from_slice(b"{\"id\":\"ok1\",\"text\":\"Fine.\"}\n");
    body.extend_from_slice(b"{\"id\":\"broken\",\"text\":\n");
    body.extend_from_slice(b"{\"id\":\"nobody\",\"title\":\"Headline only\"}\n");
    body.extend_from_slice(b"{\"id\":\"bad\",\"text\":\"caf\xE9\"}\n");
    body.extend_from_slice(b"[1,2]\n");
    body.extend_from_slice(b"{\"id\":\"blank\",\"body\":\"   \"}\n");
    body.extend_from_slice(
        format!("{{\"id\":\"huge\",\"body\":\"{}\"}}\n", "x".repeat(5000)).as_bytes(),
    );
    body.extend_from_slice(
        b"{\"id\":\"ok2\",\"content\":\"Also fine.\",\"date\":\"2022-02-24T05:00:00Z\"}",
    );
    let p = write(d.path(), "mixed.jsonl", &body);
    let opts = Options {
        max_article_bytes: 1000,
        ..Options::default()
    };
    let items = read_all([&p], opts);
    assert_eq!(items.len(), 8);
    let ok: Vec<&str> = items
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|a| a.meta.id.as_str())
        .collect();
    assert_eq!(ok, ["ok1", "ok2"]);
    assert_eq!(
        items[7].as_ref().unwrap().meta.date.as_deref(),
        Some("2022-02-24")
    );
    let errs = errors(&items);
    let name = p.display().to_string();
    let got: Vec<(String, ErrorKind)> = errs.iter().map(|e| (e.origin.clone(), e.kind)).collect();
    assert_eq!(
        got,
        vec![
            (format!("{name}:2"), ErrorKind::MalformedJson),
            (format!("{name}:3"), ErrorKind::MissingField),
            (format!("{name}:4"), ErrorKind::InvalidUtf8),
            (format!("{name}:5"), ErrorKind::MalformedJson),
            (format!("{name}:6"), ErrorKind::Empty),
            (format!("{name}:7"), ErrorKind::TooLarge),
        ]
    );
    assert_eq!(errs[1].record.as_deref(), Some("nobody"));
    assert!(
        errs[0]
            .to_string()
            .starts_with(&format!("{name}:2: invalid JSON"))
    );
}

#[test]
fn binary_invalid_utf8_empty_and_oversize_text_files() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "1-binary.txt", b"GIF89a\x00\x01\x02\x00");
    write(
        d.path(),
        "2-latin1.txt",
        b"Headline\nCaf\xE9 society returns.\n",
    );
    write(d.path(), "3-empty.txt", b"  \n\n");
    // a 50 MB article: sparse file, rejected from its size without being read
    let big = std::fs::File::create(d.path().join("4-big.txt")).unwrap();
    big.set_len(50 * 1024 * 1024).unwrap();
    write(d.path(), "5-good.txt", b"A body sentence.\n");
    let items = read_all([d.path()], Options::default());
    let kinds: Vec<Option<ErrorKind>> = items
        .iter()
        .map(|r| r.as_ref().err().map(|e| e.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            Some(ErrorKind::Binary),
            Some(ErrorKind::InvalidUtf8),
            Some(ErrorKind::Empty),
            Some(ErrorKind::TooLarge),
            None
        ]
    );
    let e = items[1].as_ref().unwrap_err();
    assert!(e.origin.ends_with("2-latin1.txt:2"), "{}", e.origin);
    let e = items[3].as_ref().unwrap_err();
    assert!(e.message.contains("52428800 bytes"), "{}", e.message);
}

#[test]
fn zstd_jsonl_streams_and_truncation_is_reported() {
    let d = tempfile::tempdir().unwrap();
    let mut raw = Vec::new();
    for i in 0..2000 {
        writeln!(raw, "{{\"id\":\"z{i}\",\"title\":\"Title {i}\",\"body\":\"Body number {i} with some words to compress.\"}}").unwrap();
    }
    let packed = zstd::encode_all(&raw[..], 3).unwrap();
    let p = write(d.path(), "c.jsonl.zst", &packed);
    let items = read_all([&p], Options::default());
    assert_eq!(items.len(), 2000);
    assert!(items.iter().all(|r| r.is_ok()));
    assert_eq!(items[1999].as_ref().unwrap().meta.id, "z1999");

    let cut = write(d.path(), "cut.jsonl.zst", &packed[..packed.len() / 2]);
    let items = read_all([&cut], Options::default());
    let last = items.last().unwrap().as_ref().unwrap_err();
    assert_eq!(last.kind, ErrorKind::Decompress);
    assert!(
        items[..items.len() - 1].iter().all(|r| r.is_ok()),
        "records before the cut are read"
    );

    let junk = write(d.path(), "junk.jsonl.zst", b"not zstd at all");
    let items = read_all([&junk], Options::default());
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].as_ref().unwrap_err().kind, ErrorKind::Decompress);
}

#[test]
fn json_object_array_and_several_paths() {
    let d = tempfile::tempdir().unwrap();
    let obj = write(
        d.path(),
        "one.json",
        br#"{"id":"o1","source":"Wire","title":"T","body":"B."}"#,
    );
    let arr = write(
        d.path(),
        "many.json",
        br#"[{"id":"a1","body":"B1."},{"id":"a2"},{"id":"a3","text":"B3."}]"#,
    );
    let bad = write(d.path(), "bad.json", b"{\"id\": \n\"x\",");
    let missing = d.path().join("missing.txt");
    let items = read_all([&obj, &arr, &bad, &missing], Options::default());
    assert_eq!(items.len(), 6);
    assert_eq!(
        items[0].as_ref().unwrap().meta.source.as_deref(),
        Some("Wire")
    );
    assert_eq!(items[1].as_ref().unwrap().meta.id, "a1");
    let e = items[2].as_ref().unwrap_err();
    assert!(e.origin.ends_with("many.json[1]"));
    assert_eq!(e.kind, ErrorKind::MissingField);
    assert_eq!(items[3].as_ref().unwrap().meta.id, "a3");
    assert_eq!(
        items[4].as_ref().unwrap_err().kind,
        ErrorKind::MalformedJson
    );
    assert_eq!(items[5].as_ref().unwrap_err().kind, ErrorKind::Io);
}

#[test]
fn streams_are_sniffed() {
    let jsonl = "\n{\"id\":\"s1\",\"body\":\"One.\"}\n{\"id\":\"s2\",\"body\":\"Two.\"}\n";
    let items: Vec<_> = Reader::from_stream(
        std::io::Cursor::new(jsonl.as_bytes().to_vec()),
        "-",
        Options::default(),
    )
    .collect();
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[1].as_ref().unwrap().meta.origin.as_deref(),
        Some("-:3")
    );
    let items: Vec<_> = Reader::from_stream(
        std::io::Cursor::new(SCRAPED.as_bytes().to_vec()),
        "-",
        Options::default(),
    )
    .collect();
    assert_eq!(
        items[0].as_ref().unwrap().meta.source.as_deref(),
        Some("site-3")
    );
    let items: Vec<_> = Reader::from_stream(
        std::io::Cursor::new(b"[{\"body\":\"x\"}]".to_vec()),
        "-",
        Options::default(),
    )
    .collect();
    assert_eq!(items[0].as_ref().unwrap().meta.id, "-[0]");
    let items: Vec<_> = Reader::from_stream(
        std::io::Cursor::new(b"   ".to_vec()),
        "-",
        Options::default(),
    )
    .collect();
    assert_eq!(items[0].as_ref().unwrap_err().kind, ErrorKind::Empty);
}

#[test]
fn forced_format() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "feed.log", b"{\"id\":\"f1\",\"body\":\"One.\"}\n");
    let opts = Options {
        format: Some(Format::Jsonl),
        ..Options::default()
    };
    let items = read_all([&p], opts);
    assert_eq!(items[0].as_ref().unwrap().meta.id, "f1");
}
