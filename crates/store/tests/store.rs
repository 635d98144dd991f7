//! Store behaviour on hand-built Docs: round trip, idempotence, replacement,
//! migrations, read-only guard, queries and exports.

use chronicle_store::example::example_docs;
use chronicle_store::*;

fn tmp() -> (tempfile::TempDir, std::path::PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("t.db");
    (d, p)
}

#[test]
fn examples_are_valid_docs() {
    for d in example_docs() {
        d.check_spans().unwrap();
    }
}

#[test]
fn round_trip_keeps_every_stored_layer() {
    let (_d, p) = tmp();
    let mut s = Store::open(&p).unwrap();
    let mut docs = example_docs();
    // the byline travels too (migration 4's column)
    docs[0].meta.author = Some("Mara Ilic, Jon Berg".into());
    let st = s.put_docs(&docs).unwrap();
    assert_eq!(st.new, 3);
    assert_eq!(st.events(), 4);
    assert_eq!(st.quotes, 1);
    assert_eq!(st.claims, 2);
    for d in &docs {
        let got = s.article(&d.meta.id).unwrap().unwrap();
        let mut want = d.clone();
        want.tokens = None; // tokens, tags and deps are not stored
        assert_eq!(got.doc, want, "{}", d.meta.id);
        assert_eq!(got.hash, doc_hash(d));
        assert_eq!(got.event_ids.len(), d.events.as_ref().unwrap().len());
    }
    assert!(s.article("nope").unwrap().is_none());
    assert!(s.check().unwrap().is_empty());
}

#[test]
fn reingest_is_idempotent() {
    let (_d, p) = tmp();
    let mut s = Store::open(&p).unwrap();
    let docs = example_docs();
    s.put_docs(&docs).unwrap();
    let before = s.counts().unwrap();
    let st = s.put_docs(&docs).unwrap();
    assert_eq!((st.new, st.unchanged, st.replaced), (0, 3, 0));
    assert_eq!(st.events(), 0);
    assert_eq!(s.counts().unwrap(), before);
    // A fresh connection sees the same.
    drop(s);
    let mut s = Store::open(&p).unwrap();
    assert_eq!(s.put_docs(&docs).unwrap().unchanged, 3);
    assert_eq!(s.counts().unwrap(), before);
}

#[test]
fn changed_article_replaces_its_records() {
    let (_d, p) = tmp();
    let mut s = Store::open(&p).unwrap();
    let mut docs = example_docs();
    s.put_docs(&docs).unwrap();
    let old_fts: i64 = s
        .connection()
        .query_row(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Kremlin'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(old_fts, 1);
    // ex-1 loses its MOBILIZE event and its quote; its text changes.
    let d = &mut docs[0];
    d.events.as_mut().unwrap().truncate(1);
    d.quotes = Some(vec![]);
    d.text = d.text.replace("Kremlin", "Moscows");
    let st = s.put_docs(&docs[..1]).unwrap();
    assert_eq!((st.new, st.unchanged, st.replaced), (0, 0, 1));
    let c = s.counts().unwrap();
    assert_eq!((c.articles, c.events, c.quotes), (3, 3, 0));
    let q = |m: &str| -> i64 {
        s.connection()
            .query_row(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1",
                [m],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(q("Kremlin"), 0);
    assert_eq!(q("Moscows"), 1);
    let qf: i64 = s
        .connection()
        .query_row(
            "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'dangerous'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(qf, 0, "replaced quotes leave the quote index");
    let p2: i64 = s
        .connection()
        .query_row("SELECT count(*) FROM participants", [], |r| r.get(0))
        .unwrap();
    assert_eq!(p2, 6, "participants of deleted events are gone");
    assert!(s.check().unwrap().is_empty());
}

#[test]
fn bad_docs_are_skipped_with_reasons() {
    let (_d, p) = tmp();
    let mut s = Store::open(&p).unwrap();
    let mut docs = example_docs();
    docs[1].events.as_mut().unwrap()[0].trigger = chronicle_doc::Span::new(5, 9999);
    docs[2].meta.id.clear();
    let st = s.put_docs(&docs).unwrap();
    assert_eq!(st.new, 1);
    assert_eq!(st.skipped.len(), 2);
    assert!(st.skipped[0].1.contains("invalid span"), "{:?}", st.skipped);
    assert!(st.skipped[1].1.contains("empty article id"));
}

/// The examples as a version-1 writer knew them: no byline (migration 4) and
/// no claim settings (migration 5).
fn as_version_1(mut docs: Vec<chronicle_doc::Doc>) -> Vec<chronicle_doc::Doc> {
    for d in docs.iter_mut() {
        d.meta.author = None;
    }
    for c in docs.iter_mut().flat_map(|d| d.claims.iter_mut().flatten()) {
        c.setting = None;
    }
    docs
}

#[test]
fn migrates_an_older_database() {
    let (_d, p) = tmp();
    {
        let mut s = Store::open_at(&p, 1).unwrap();
        assert_eq!(s.schema_version().unwrap(), 1);
        s.put_docs(&as_version_1(example_docs())).unwrap();
        let has_qfts: i64 = s
            .connection()
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'quotes_fts'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(has_qfts, 0);
        // A reader refuses a stale schema rather than guessing.
        assert!(matches!(
            Store::open_read_only(&p),
            Err(Error::TooOld {
                found: 1,
                expected: 5
            })
        ));
    }
    let s = Store::open(&p).unwrap();
    assert_eq!(s.schema_version().unwrap(), schema::CURRENT_VERSION);
    // Migration 2 backfilled the quote index from rows written at version 1.
    let r = s.search(Some("dangerous adventure"), None, None).unwrap();
    assert_eq!(r.quotes.len(), 1);
    assert_eq!(r.quotes[0].speaker.as_deref(), Some("Dmitry Peskov"));
    // claims stored before migration 5 have no setting, so no cross-article
    // conflict, and articles stored before migration 4 no byline; writing the
    // articles again with both restores them
    assert_eq!(s.conflicts(None, None).unwrap().len(), 0);
    let doc = s.article(&example_docs()[0].meta.id).unwrap().unwrap().doc;
    assert_eq!(doc.meta.author, None);
    drop(s);
    let mut w = Store::open(&p).unwrap();
    assert_eq!(w.put_docs(&example_docs()).unwrap().replaced, 2);
    let s = w;
    assert_eq!(s.conflicts(None, None).unwrap().len(), 1);
    let versions: Vec<u32> = s
        .connection()
        .prepare("SELECT version FROM schema_migrations ORDER BY version")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<std::result::Result<_, _>>()
        .unwrap();
    assert_eq!(versions, vec![1, 2, 3, 4, 5]);
    assert!(s.check().unwrap().is_empty());
    // Migration 4 added the byline column, filled when the articles were written again.
    let doc = s.article(&example_docs()[0].meta.id).unwrap().unwrap().doc;
    assert_eq!(doc.meta.author.as_deref(), Some("Mara Ilic"));
    // Migration 3 replaced the actor code index by a covering one.
    let indexes: Vec<String> = s
        .connection()
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'actors'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<std::result::Result<_, _>>()
        .unwrap();
    assert!(
        indexes.iter().any(|n| n == "actors_code_name"),
        "{indexes:?}"
    );
    assert!(!indexes.iter().any(|n| n == "actors_code"), "{indexes:?}");
}

#[test]
fn newer_database_is_refused() {
    let (_d, p) = tmp();
    drop(Store::open(&p).unwrap());
    let c = rusqlite_conn(&p);
    c.execute("INSERT INTO schema_migrations(version) VALUES (99)", [])
        .unwrap();
    drop(c);
    assert!(matches!(
        Store::open(&p),
        Err(Error::TooNew { found: 99, .. })
    ));
    assert!(matches!(
        Store::open_read_only(&p),
        Err(Error::TooNew { .. })
    ));
}

fn rusqlite_conn(p: &std::path::Path) -> rusqlite::Connection {
    rusqlite::Connection::open(p).unwrap()
}

#[test]
fn read_only_store_cannot_write() {
    let (_d, p) = tmp();
    Store::open(&p).unwrap().put_docs(&example_docs()).unwrap();
    let mut r = Store::open_read_only(&p).unwrap();
    assert!(r.put_docs(&example_docs()).is_err());
    let e = r.connection().execute("DELETE FROM articles", []);
    assert!(e.is_err(), "read-only connection accepted a DELETE");
    assert_eq!(r.counts().unwrap().articles, 3);
}

#[test]
fn time_limit_interrupts_a_long_query() {
    let (_d, p) = tmp();
    Store::open(&p).unwrap();
    let mut r = Store::open_read_only(&p).unwrap();
    r.set_time_limit(Some(std::time::Duration::from_millis(1)));
    // A deliberately endless recursive query must be cut off.
    let res = r.counts(); // fast queries pass
    assert!(res.is_ok());
    let e = r.read(|c| {
        Ok(c.query_row(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n",
            [],
            |r| r.get::<_, i64>(0),
        )?)
    });
    assert!(matches!(e, Err(Error::TimeLimit)), "{e:?}");
}

#[test]
fn event_filters_and_pagination() {
    let (_d, p) = tmp();
    Store::open(&p).unwrap().put_docs(&example_docs()).unwrap();
    let s = Store::open_read_only(&p).unwrap();
    let ids = |f: EventFilter| -> Vec<String> {
        s.events(&f)
            .unwrap()
            .items
            .into_iter()
            .map(|e| e.event_type)
            .collect()
    };
    assert_eq!(
        ids(EventFilter::default()),
        ["REQUEST", "MOBILIZE", "ACCUSE", "CONSULT"]
    );
    assert_eq!(
        ids(EventFilter {
            actor: Some("putin".into()),
            ..Default::default()
        }),
        ["REQUEST"]
    );
    assert_eq!(
        ids(EventFilter {
            actor: Some("RUS".into()),
            ..Default::default()
        }),
        ["REQUEST", "MOBILIZE"]
    );
    assert_eq!(
        ids(EventFilter {
            recipient: Some("NATO".into()),
            ..Default::default()
        }),
        ["REQUEST", "CONSULT"]
    );
    assert_eq!(
        ids(EventFilter {
            event_type: Some("accuse".into()),
            ..Default::default()
        }),
        ["ACCUSE"]
    );
    assert_eq!(
        ids(EventFilter {
            mode: Some("troops".into()),
            ..Default::default()
        }),
        ["MOBILIZE"]
    );
    assert_eq!(
        ids(EventFilter {
            source: Some("site-7".into()),
            ..Default::default()
        }),
        ["ACCUSE"]
    );
    assert_eq!(
        ids(EventFilter {
            from: Some("2022-01-11".into()),
            to: Some("2022-01-12".into()),
            ..Default::default()
        }),
        ["ACCUSE"]
    );
    assert_eq!(
        ids(EventFilter {
            text: Some("Brussels".into()),
            ..Default::default()
        }),
        ["CONSULT"]
    );
    // Pages of one, following the cursor, give every event once.
    let mut seen = Vec::new();
    let mut f = EventFilter {
        limit: Some(1),
        ..Default::default()
    };
    loop {
        let page = s.events(&f).unwrap();
        seen.extend(page.items.iter().map(|e| e.id));
        match page.next {
            Some(n) => f.cursor = Some(n),
            None => break,
        }
    }
    assert_eq!(seen.len(), 4);
    // A cursor is only what encode_cursor writes: lowercase hex. A sign or
    // uppercase digits (which u8::from_str_radix alone accepts) are refused.
    let first = s
        .events(&EventFilter {
            limit: Some(1),
            ..Default::default()
        })
        .unwrap()
        .next
        .unwrap();
    let bad = |c: String| {
        s.events(&EventFilter {
            cursor: Some(c),
            ..Default::default()
        })
        .is_err()
    };
    assert!(!bad(first.clone()));
    assert!(bad(first.to_uppercase()) || first == first.to_uppercase());
    assert!(bad(format!("+{}", &first[1..])));
    assert!(bad(format!("{first}é")));
    let e = &s.events(&EventFilter::default()).unwrap().items[0];
    assert_eq!(e.trigger_text, "asked");
    assert_eq!(e.actors[0].name, "Vladimir Putin");
    assert_eq!(e.recipients[0].code.as_deref(), Some("NATO"));
    assert_eq!(e.quad_class, 1);
}

#[test]
fn hostile_filter_values_are_data_not_sql() {
    let (_d, p) = tmp();
    Store::open(&p).unwrap().put_docs(&example_docs()).unwrap();
    let s = Store::open_read_only(&p).unwrap();
    let evil = [
        "' OR 1=1 --",
        "\"; DROP TABLE articles; --",
        "%",
        "_",
        "NATO' UNION SELECT * FROM articles --",
        "x) OR (1=1",
        "NEAR(a b)",
        "*",
        "\\",
    ];
    for v in evil {
        for k in 0..6 {
            let mut f = EventFilter::default();
            let val = Some(v.to_string());
            match k {
                0 => f.actor = val,
                1 => f.recipient = val,
                2 => f.event_type = val,
                3 => f.mode = val,
                4 => f.source = val,
                _ => f.article = val,
            }
            let r = s.events(&f).unwrap();
            assert!(
                r.items.is_empty(),
                "filter {k} with {v:?} matched {} events",
                r.items.len()
            );
        }
        // Dates are validated, text is turned into quoted words.
        assert!(
            s.events(&EventFilter {
                from: Some(v.into()),
                ..Default::default()
            })
            .is_err()
        );
        assert!(
            s.events(&EventFilter {
                cursor: Some(v.into()),
                ..Default::default()
            })
            .is_err()
        );
        if let Ok(p) = s.events(&EventFilter {
            text: Some(v.into()),
            ..Default::default()
        }) {
            assert!(p.items.is_empty());
        }
        assert!(
            s.search(Some(v), Some(v), None)
                .map(|r| r.articles.is_empty())
                .unwrap_or(true)
        );
        assert!(s.actors(Some(v), None).unwrap().is_empty());
        assert!(s.network(Some(v), None).unwrap().is_empty());
        assert!(s.series(v, Some(v), Bucket::Week).unwrap().is_empty());
        assert!(s.claims(Some(v), Some(v), None).unwrap().is_empty());
        assert!(s.conflicts(Some(v), None).unwrap().is_empty());
    }
    assert_eq!(s.counts().unwrap().articles, 3);
}

#[test]
fn search_series_network_sources_conflicts() {
    let (_d, p) = tmp();
    Store::open(&p).unwrap().put_docs(&example_docs()).unwrap();
    let s = Store::open_read_only(&p).unwrap();
    let r = s.search(Some("eastward expansion"), None, None).unwrap();
    assert_eq!(r.articles.len(), 1);
    assert_eq!(r.articles[0].id, "ex-1");
    assert!(r.articles[0].snippet.contains('\u{2}'));
    let r = s.search(None, Some("Stoltenberg"), None).unwrap();
    assert_eq!(
        r.articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        ["ex-3"]
    );
    assert_eq!(r.actors[0].code, "NATO");
    assert!(s.search(None, None, None).is_err());
    assert!(s.search(Some("x"), None, Some(5000)).is_err());

    let w = s.series("RUS", None, Bucket::Week).unwrap();
    assert_eq!(w.len(), 3, "{w:?}"); // REQUEST + MOBILIZE in week of 01-10, ACCUSE in the same week
    assert!(w.iter().all(|p| p.period == "2022-01-10"));
    let d = s.series("NATO", Some("RUS"), Bucket::Day).unwrap();
    assert_eq!(d.len(), 1);
    assert_eq!(
        (d[0].period.as_str(), d[0].event_type.as_str(), d[0].count),
        ("2022-01-12", "ACCUSE", 1)
    );
    assert!(s.series("  ", None, Bucket::Day).is_err());

    let n = s.network(None, None).unwrap();
    assert_eq!(n.len(), 4);
    let n = s.network(Some("UKR"), None).unwrap();
    assert_eq!(n.len(), 2);

    let src = s.sources(None).unwrap();
    assert_eq!(src[0].source.as_deref(), Some("site-34"));
    assert_eq!(src[0].articles, 2);
    assert_eq!(src[0].top_speakers, vec![("Dmitry Peskov".to_string(), 1)]);
    assert_eq!(src[1].event_mix, vec![("ACCUSE".to_string(), 1)]);

    let c = s.conflicts(None, None).unwrap();
    assert_eq!(c.len(), 1);
    assert_eq!((c[0].a.value, c[0].b.value), (115_000.0, 100_000.0));
    assert_eq!(
        (c[0].a.claimant.as_str(), c[0].b.claimant.as_str()),
        ("UKRGOV", "RUSMIL")
    );
    assert_eq!(c[0].a.text, "115,000");
    assert_eq!(s.claims(Some("troop"), None, None).unwrap().len(), 2);
    let a = s.actors(None, None).unwrap();
    assert!(
        a.iter()
            .any(|x| x.code == "NATO" && x.mentions == 3 && x.as_recipient == 2)
    );
}

#[test]
fn exports() {
    let (_d, p) = tmp();
    Store::open(&p).unwrap().put_docs(&example_docs()).unwrap();
    let s = Store::open_read_only(&p).unwrap();
    let mut out = Vec::new();
    assert_eq!(s.export(ExportFormat::Tsv, &mut out).unwrap(), 4);
    let t = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = t.lines().collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0].split('\t').count(), TSV_COLUMNS.len());
    let row: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(row.len(), TSV_COLUMNS.len());
    assert_eq!(&row[1..4], ["20220110", "RUSGOV", "Vladimir Putin"]);
    assert_eq!(row[4], "RUS");
    assert_eq!(&row[8..12], ["REQUEST", "02", "1", "-1"]);
    let mut out = Vec::new();
    assert_eq!(s.export(ExportFormat::Jsonl, &mut out).unwrap(), 4);
    let first: serde_json::Value =
        serde_json::from_str(String::from_utf8(out).unwrap().lines().next().unwrap()).unwrap();
    assert_eq!(first["type"], "REQUEST");
    assert_eq!(first["trigger_text"], "asked");
    let r = s.export(ExportFormat::Parquet, Vec::new());
    if cfg!(feature = "parquet") {
        assert_eq!(r.unwrap(), 4);
    } else {
        assert!(r.is_err());
    }
}

#[test]
fn browser_fixture_matches_the_examples() {
    // tests/browser/fixtures/example-docs.jsonl is generated by
    // `cargo run -p chronicle-store --example example_docs`; keep it in sync.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/browser/fixtures/example-docs.jsonl"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let want: String = example_docs()
        .iter()
        .map(|d| serde_json::to_string(d).unwrap() + "\n")
        .collect();
    assert_eq!(text, want, "regenerate {path}");
}

/// Across articles, two claims conflict only in one setting (verb and places),
/// reported at most two days apart.
#[test]
fn cross_article_conflicts_need_one_setting_and_near_dates() {
    let count = |docs: Vec<chronicle_doc::Doc>| {
        let (_d, p) = tmp();
        let mut s = Store::open(&p).unwrap();
        s.put_docs(&docs).unwrap();
        s.conflicts(None, None).unwrap().len()
    };
    assert_eq!(count(example_docs()), 1);
    let mut docs = example_docs();
    docs[1].claims.as_mut().unwrap()[0].setting = Some("mass@crimea".into());
    assert_eq!(count(docs), 0, "two places");
    let mut docs = example_docs();
    docs[1].claims.as_mut().unwrap()[0].date = Some("2022-01-20".into());
    assert_eq!(count(docs), 0, "ten days apart");
    let mut docs = example_docs();
    docs[1].claims.as_mut().unwrap()[0].value = 116_000.0;
    docs[1].claims.as_mut().unwrap()[0].value_max = Some(120_000.0);
    assert_eq!(count(docs), 1, "values that do not overlap still conflict");
    let mut docs = example_docs();
    docs[1].claims.as_mut().unwrap()[0].value = 100.0;
    assert_eq!(count(docs), 0, "a thousandfold apart counts two things");
}
