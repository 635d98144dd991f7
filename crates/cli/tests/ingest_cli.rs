//! End-to-end tests of `chronicle ingest/query/export` through the real binary:
//! recovery from a SIGKILL mid-ingest, the default database path, skipped
//! records and the output formats.

use chronicle_store::Store;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_chronicle");

/// Writes `n` distinct Docs (the examples with fresh ids) as JSONL.
fn write_docs(path: &Path, n: usize) {
    let base = chronicle_store::example::example_docs();
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for i in 0..n {
        let mut d = base[i % base.len()].clone();
        d.meta.id = format!("{}-{i:06}", d.meta.id);
        serde_json::to_writer(&mut f, &d).unwrap();
        f.write_all(b"\n").unwrap();
    }
}

fn count(db: &Path) -> i64 {
    match rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY) {
        Ok(c) => c
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
            .unwrap_or(0),
        Err(_) => 0,
    }
}

#[test]
fn sigkill_mid_ingest_leaves_a_consistent_db_and_rerun_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("docs.jsonl");
    let db = dir.path().join("k.db");
    let n = 4_000;
    write_docs(&input, n);

    let mut child = Command::new(BIN)
        .args(["ingest", "--docs", "--no-progress", "--batch", "50", "--db"])
        .arg(&db)
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill as soon as some batches are committed.
    let start = Instant::now();
    let mut killed_mid = false;
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if count(&db) > 0 {
            child.kill().unwrap(); // SIGKILL on Unix
            killed_mid = true;
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "ingest made no progress"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    child.wait().unwrap();
    assert!(
        killed_mid,
        "ingest finished before it could be killed; raise n"
    );

    let k = count(&db);
    eprintln!("killed after {k} of {n} articles, {:?}", start.elapsed());
    assert!(k > 0 && (k as usize) < n, "after kill: {k} articles");
    assert_eq!(
        k % 50,
        0,
        "batches are atomic: a partial batch was committed"
    );
    {
        let s = Store::open(&db).unwrap();
        assert_eq!(s.check().unwrap(), Vec::<String>::new());
    }

    let out = Command::new(BIN)
        .args(["ingest", "--docs", "--json", "--db"])
        .arg(&db)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"]["unchanged"], k);
    assert_eq!(v["articles"]["new"], n as i64 - k);
    assert_eq!(v["articles"]["replaced"], 0);

    let s = Store::open(&db).unwrap();
    assert_eq!(s.check().unwrap(), Vec::<String>::new());
    let c = s.connection();
    let (total, distinct): (i64, i64) = c
        .query_row(
            "SELECT count(*), count(DISTINCT id) FROM articles",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (total, distinct),
        (n as i64, n as i64),
        "each article exactly once"
    );
    // Every article has its full set of records (none half-written).
    let events: i64 = c
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap();
    let per: [i64; 3] = [2, 1, 1];
    let want: i64 = (0..n).map(|i| per[i % 3]).sum();
    assert_eq!(events, want);
}

/// Runs the binary in `dir` (where the default database lands).
fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn default_db_path_query_and_export_formats() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("docs.jsonl");
    write_docs(&input, 3);
    let run = |args: &[&str]| run_in(dir.path(), args);
    let out = run(&["ingest", "--docs", "docs.jsonl"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("3 new"), "{err}");
    assert!(err.contains("MOBILIZE 1"), "{err}");
    assert!(dir.path().join(chronicle_store::DEFAULT_DB).exists());

    let out = run(&["query", "--actor", "putin"]);
    assert_eq!(out.status.code(), Some(0));
    let t = String::from_utf8_lossy(&out.stdout);
    assert!(t.lines().next().unwrap().starts_with("id"), "{t}");
    assert!(t.contains("REQUEST") && !t.contains("MOBILIZE"), "{t}");

    let out = run(&["query", "--type", "MOBILIZE", "--format", "jsonl"]);
    let line: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).trim()).unwrap();
    assert_eq!(line["recipients"][0]["code"], "UKRGOV");

    let out = run(&["query", "--format", "csv", "--text", "Brussels"]);
    let csv = String::from_utf8_lossy(&out.stdout);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv.contains("CONSULT"));

    let out = run(&["query", "--from", "not-a-date"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));

    let out = run(&["export", "--format", "tsv", "-o", "ev.tsv"]);
    assert_eq!(out.status.code(), Some(0));
    let tsv = std::fs::read_to_string(dir.path().join("ev.tsv")).unwrap();
    assert!(tsv.starts_with("GLOBALEVENTID\tSQLDATE\tActor1Code"));
    assert_eq!(tsv.lines().count(), 5);
    let out = run(&["export", "--format", "jsonl"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 4);
}

#[test]
fn claims_and_conflicting_pairs_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("docs.jsonl");
    // the three example articles once each: two outlets count the troops
    // at the border differently (115,000 vs 100,000)
    write_docs(&input, 3);
    let run = |args: &[&str]| run_in(dir.path(), args);
    assert_eq!(
        run(&["ingest", "--docs", "docs.jsonl"]).status.code(),
        Some(0)
    );

    let out = run(&["claims"]);
    assert_eq!(out.status.code(), Some(0));
    let t = String::from_utf8_lossy(&out.stdout);
    let header = t.lines().next().unwrap();
    assert!(
        header.starts_with("id") && header.contains("claimant"),
        "{t}"
    );
    assert!(t.contains("115000") && t.contains("100000"), "{t}");
    assert!(t.contains("mass@border"), "{t}");

    let out = run(&["claims", "--claimant", "UKRGOV", "--format", "jsonl"]);
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["value"], 115000.0);
    assert_eq!(lines[0]["setting"], "mass@border");

    let out = run(&["claims", "--conflicts", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(0));
    let csv = String::from_utf8_lossy(&out.stdout);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(rows[0].starts_with("about,unit,setting,value_a"), "{csv}");
    assert!(
        rows[1].contains("115000") && rows[1].contains("100000"),
        "{csv}"
    );

    // no pair is about something else
    let out = run(&[
        "claims",
        "--conflicts",
        "--about",
        "tanks",
        "--format",
        "jsonl",
    ]);
    assert_eq!(out.stdout.len(), 0);

    let out = run(&["claims", "--conflicts", "--claimant", "UKRGOV"]);
    assert_eq!(out.status.code(), Some(2), "--claimant is not for pairs");
}

#[test]
fn skipped_records_are_reported_and_exit_nonzero() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("docs.jsonl");
    write_docs(&input, 2);
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&input)
        .unwrap();
    writeln!(f, "{{not json").unwrap();
    let out = Command::new(BIN)
        .args(["ingest", "--docs", "--json", "--db"])
        .arg(dir.path().join("s.db"))
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"]["new"], 2);
    assert_eq!(v["skipped"], 1);
    assert_eq!(v["skipped_by_reason"]["malformed Doc JSON"], 1);
    assert!(
        v["skipped_records"][0]["record"]
            .as_str()
            .unwrap()
            .ends_with("docs.jsonl:3")
    );
}

#[test]
fn raw_articles_go_through_the_pipeline() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(
        &a,
        "Talks resume\nTalks resume in Geneva\nDiplomats met in Geneva on Monday. They spoke for hours.\n.\nsource site-9\n",
    )
    .unwrap();
    let db = dir.path().join("r.db");
    let out = Command::new(BIN)
        .args(["ingest", "--json", "--db"])
        .arg(&db)
        .arg(&a)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"]["new"], 1);
    assert!(v["sentences"].as_i64().unwrap() >= 2);
    let s = Store::open_read_only(&db).unwrap();
    let r = s.search(Some("Geneva"), None, None).unwrap();
    assert_eq!(r.articles.len(), 1);
    assert_eq!(r.articles[0].source.as_deref(), Some("site-9"));
}

/// Every row of every table (FTS shadow tables included; not the migration
/// log, whose rows carry the time they were applied), as text.
fn table_rows(db: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap();
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_migrations' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let mut rows = Vec::new();
    for t in tables {
        let mut st = c.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = st.column_count();
        let mut q = st.query([]).unwrap();
        while let Some(r) = q.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                .collect();
            rows.push(format!("{t}: {}", cells.join(" | ")));
        }
    }
    rows
}

#[test]
fn parallel_ingest_stores_what_the_sequential_one_stores() {
    // articles of very different lengths, so that the analysis threads finish
    // them out of order, with two bad records among them
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    let mut s = String::new();
    for i in 0..14 {
        if i == 4 {
            s.push_str("{\"id\": \"cut\n");
        }
        if i == 9 {
            s.push_str("{\"id\":\"bodiless\",\"title\":\"Nothing here\"}\n");
        }
        let body = "Officials in Kyiv said 40 people were injured in the attack. \
            \\\"We will rebuild,\\\" the mayor told reporters on Tuesday. "
            .repeat(1 + (i * 5) % 9);
        s.push_str(&format!(
            "{{\"id\":\"n{i}\",\"title\":\"Report {i}\",\"date\":\"2022-03-0{}\",\"body\":\"{body}\"}}\n",
            1 + i % 9
        ));
    }
    std::fs::write(&feed, &s).unwrap();
    let ingest = |name: &str, threads: &str, batch: &str| {
        let db = dir.path().join(name);
        let out = Command::new(BIN)
            .args(["ingest", "--json", "--no-progress", "--threads", threads])
            .args(["--batch", batch, "--db"])
            .arg(&db)
            .arg(&feed)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["articles"]["new"], 14);
        assert_eq!(v["skipped"], 2);
        let records: Vec<&str> = v["skipped_records"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["record"].as_str().unwrap())
            .collect();
        assert!(records[0].ends_with("feed.jsonl:5"), "{records:?}");
        assert!(records[1].ends_with("feed.jsonl:11"), "{records:?}");
        (v, table_rows(&db))
    };
    let (v1, one) = ingest("one.db", "1", "256");
    assert!(v1["sentences"].as_u64().unwrap() >= 28, "{v1}");
    assert!(v1["quotes"].as_u64().unwrap() >= 14, "{v1}");
    assert!(one.iter().any(|r| r.starts_with("articles: ")));
    for (threads, batch) in [("2", "256"), ("2", "1"), ("2", "3")] {
        let (v, rows) = ingest(&format!("t{threads}b{batch}.db"), threads, batch);
        assert_eq!(v["sentences"], v1["sentences"]);
        assert_eq!(v["quotes"], v1["quotes"]);
        assert_eq!(rows.len(), one.len(), "--threads {threads} --batch {batch}");
        assert!(
            rows == one,
            "--threads {threads} --batch {batch}: stored content differs"
        );
    }
}
