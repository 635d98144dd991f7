//! Hostile and odd input through the real `chronicle analyze` binary: one
//! batch directory mixing every kind of bad record with good articles. Each bad
//! record must end with one clear `skipped: <record>: <reason> [kind]` line on
//! stderr, every other record must be analysed into a valid Doc, and the run
//! must finish (a child that blocks is killed and the test fails).
//!
//! Budget: the 50 MB single-line article is rejected by size (default limit
//! 20 MB) before it is loaded, so it costs a file write; the text stage itself
//! is checked on long single lines in crates/text/tests/hostile.rs.

use chronicle_doc::Doc;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs the binary; kills it if it has not finished after `guard` (a hang
/// guard far above the normal run time, not a speed assertion).
fn run(args: &[&str], guard: Duration) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut s = Vec::new();
        out.read_to_end(&mut s).ok();
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = Vec::new();
        err.read_to_end(&mut s).ok();
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > guard {
            child.kill().ok();
            child.wait().ok();
            panic!("chronicle {args:?} did not finish (hang)");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&t_out.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&t_err.join().unwrap()).into_owned(),
    }
}

/// Every span valid; tokens ordered; sentences tile the tokens.
fn check_doc(d: &Doc) {
    d.check_spans()
        .unwrap_or_else(|e| panic!("{}: {e}", d.meta.id));
    let toks = d.tokens();
    for w in toks.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "{}: token order",
            d.meta.id
        );
    }
    let mut next = 0;
    for s in d.sentences() {
        assert_eq!(
            s.tokens.start as usize, next,
            "{}: sentence tiling",
            d.meta.id
        );
        assert!(!s.tokens.is_empty());
        next = s.tokens.end as usize;
    }
    assert_eq!(
        next,
        toks.len(),
        "{}: sentences cover the tokens",
        d.meta.id
    );
}

const GOOD: &str = "Grain deal: Ships leave Odesa\nGrain deal\nShips leave Odesa\nThree ships left Odesa on Monday, officials said.\n.\nsource site-3\n";

/// Builds the hostile batch; returns the file names expected to be analysed
/// and (file name, error kind) expected to be skipped.
#[allow(clippy::type_complexity)]
fn hostile_batch(d: &Path) -> (Vec<String>, Vec<(String, &'static str)>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    fn good(d: &Path, ok: &mut Vec<String>, name: &str, bytes: &[u8]) {
        write(d, name, bytes);
        ok.push(name.to_string());
    }
    good(d, &mut ok, "00-good.txt", GOOD.as_bytes());
    // 100,000 quotation marks
    let mut q = String::from("Quotes everywhere\n\nHe said ");
    q.push_str(&"\"a\" ".repeat(50_000));
    q.push_str("and stopped.\n");
    good(d, &mut ok, "05-quotes.txt", q.as_bytes());
    // deeply nested quotes, 3 × 5,000 levels
    let nested = format!(
        "Nested\n\nShe said {}no{}. Then she left.\n",
        "\u{201C}\u{2018}\u{00AB}".repeat(5_000),
        "\u{00BB}\u{2019}\u{201D}".repeat(5_000)
    );
    good(d, &mut ok, "06-nested.txt", nested.as_bytes());
    // right-to-left text, bidi controls and zero-width characters
    good(
        d,
        &mut ok,
        "07-rtl-zw.txt",
        "Talks \u{200F}in\u{200F} \u{05D9}\u{05E8}\u{05D5}\u{05E9}\u{05DC}\u{05D9}\u{05DD}\n\n\u{202E}evil\u{202C} \u{0645}\u{0631}\u{062D}\u{0628}\u{0627} said\u{200B}no\u{200D}. \u{FEFF}Zero\u{2060}width.\n".as_bytes(),
    );
    // mixed line endings: \n, \r\n, lone \r, NEL, LS, PS
    good(
        d,
        &mut ok,
        "08-endings.txt",
        "Mixed endings\r\n\r\nOne sentence.\rTwo sentences.\nThree.\r\nFour.\u{0085}Five.\u{2028}Six.\u{2029}Seven.\n".as_bytes(),
    );
    // a JSONL file cut mid-line: two records analysed, the third reported
    write(
        d,
        "09-cut.jsonl",
        b"{\"id\":\"cut-1\",\"body\":\"First record.\"}\n{\"id\":\"cut-2\",\"body\":\"Second record.\"}\n{\"id\":\"cut-3\",\"body\":\"Third rec",
    );
    ok.push("cut-1".into());
    ok.push("cut-2".into());
    bad.push(("09-cut.jsonl:3".into(), "malformed_json"));
    // a .zst file cut mid-frame: a prefix analysed, then one decompress error
    let mut plain = String::new();
    for i in 0..300 {
        plain.push_str(&format!(
            "{{\"id\":\"z{i}\",\"body\":\"Compressed record {i} about talks in Geneva.\"}}\n"
        ));
    }
    let packed = zstd::encode_all(plain.as_bytes(), 3).unwrap();
    write(d, "10-cut.jsonl.zst", &packed[..packed.len() * 2 / 3]);
    bad.push(("10-cut.jsonl.zst".into(), "decompress"));
    // invalid UTF-8, NUL bytes, empty file, 50 MB single line
    write(
        d,
        "01-invalid-utf8.txt",
        b"Headline\n\nValid start \xC3\x28 then \xFF bytes.\n",
    );
    bad.push(("01-invalid-utf8.txt:3".into(), "invalid_utf8"));
    write(d, "02-nul.txt", b"Headline\n\nA body\0with NUL bytes.\n");
    bad.push(("02-nul.txt".into(), "binary"));
    write(d, "03-empty.txt", b"");
    bad.push(("03-empty.txt".into(), "empty"));
    let mut big = "Huge line ".repeat(5 * 1024 * 1024).into_bytes(); // 50 MiB, one line
    big.push(b'\n');
    write(d, "04-big.txt", &big);
    drop(big);
    bad.push(("04-big.txt".into(), "too_large"));
    // unreadable entries: a dangling symlink, a FIFO (opening one blocks), and a
    // chmod 000 file (only unreadable when the tests do not run as root)
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("11-dangling.txt")).unwrap();
        bad.push(("11-dangling.txt".into(), "io"));
        if Command::new("mkfifo")
            .arg(d.join("12-fifo.txt"))
            .status()
            .is_ok_and(|s| s.success())
        {
            bad.push(("12-fifo.txt".into(), "io"));
        }
        let locked = write(d, "13-locked.txt", GOOD.as_bytes());
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::File::open(&locked).is_ok() {
            // root: permissions do not block reads, the file is analysed
            eprintln!("running as root: chmod 000 does not make 13-locked.txt unreadable");
            ok.push("13-locked.txt".into());
        } else {
            bad.push(("13-locked.txt".into(), "io"));
        }
    }
    let mut last = String::from("Closing report\n\nThe rest of the batch is analysed.");
    last.push_str(&")".repeat(20_000)); // a closer run (was quadratic in the segmenter)
    last.push('\n');
    good(d, &mut ok, "99-last.txt", last.as_bytes());
    (ok, bad)
}

#[test]
fn hostile_batch_reports_each_bad_record_and_analyses_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("batch");
    std::fs::create_dir(&d).unwrap();
    let (ok, bad) = hostile_batch(&d);
    let dir = d.display().to_string();
    let r = run(
        &["analyze", &dir, "--threads", "2"],
        Duration::from_secs(300),
    );
    assert_eq!(
        r.code,
        Some(1),
        "exit code 1 = some records skipped\n{}",
        r.stderr
    );

    // one clear line per bad record, naming it and its kind
    let skipped: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.starts_with("skipped: "))
        .collect();
    for (name, kind) in &bad {
        let prefix = format!("skipped: {dir}/{name}");
        let hits: Vec<&&str> = skipped.iter().filter(|l| l.starts_with(&prefix)).collect();
        assert_eq!(
            hits.len(),
            1,
            "{name}: expected one skip line\n{}",
            r.stderr
        );
        assert!(
            hits[0].ends_with(&format!("[{kind}]")),
            "{name}: {}",
            hits[0]
        );
    }
    assert_eq!(skipped.len(), bad.len(), "unexpected skips:\n{}", r.stderr);

    // every other record analysed, in order, into a valid Doc
    let docs: Vec<Doc> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one Doc per line"))
        .collect();
    for d in &docs {
        check_doc(d);
    }
    let ids: Vec<String> = docs.iter().map(|d| d.meta.id.clone()).collect();
    let want_ok = &ok;
    let zst: Vec<&String> = ids.iter().filter(|i| i.starts_with('z')).collect();
    // (zstd emits whole blocks only: records of an incomplete block are not seen)
    for (i, z) in zst.iter().enumerate() {
        assert_eq!(
            **z,
            format!("z{i}"),
            "a prefix of the compressed records, in order"
        );
    }
    for name in want_ok {
        let hit = ids
            .iter()
            .any(|id| id == name || id.ends_with(&format!("/{name}")));
        assert!(hit, "{name} was not analysed; got {ids:?}");
    }
    assert_eq!(docs.len(), want_ok.len() + zst.len(), "{ids:?}");
    assert!(
        ids.last().unwrap().ends_with("99-last.txt"),
        "the batch ran to its end"
    );
}

#[test]
fn lone_hostile_files_given_as_paths() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    // empty file, empty .zst, whitespace-only file, NUL-only file
    let cases: [(&str, &[u8], &str); 5] = [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\r\n\t\n.\n", "empty"),
        ("nul.txt", b"\0\0\0", "binary"),
        ("empty.jsonl", b"\n\n", "empty"),
        ("empty.jsonl.zst", b"", "decompress"),
    ];
    for (name, bytes, kind) in cases {
        let p = write(d, name, bytes).display().to_string();
        let r = run(&["analyze", &p], Duration::from_secs(120));
        assert!(r.stdout.is_empty(), "{name}: no Doc expected");
        assert_eq!(r.code, Some(1), "{name}: {}", r.stderr);
        assert!(
            r.stderr.contains(&format!("skipped: {p}")) && r.stderr.contains(&format!("[{kind}]")),
            "{name}: {}",
            r.stderr
        );
    }
}
