//! The HTTP API's query-string parsing (`chronicle_serve::params`, the same
//! functions the handlers call) on arbitrary query strings, then the store
//! query the handler would run, on a small read-only database of the store's
//! example articles. The first byte picks the endpoint (or the article id
//! path); the rest is the raw query string.
//!
//! Invariants: parsing never panics; a refused query is a 400 with a message;
//! an accepted one never makes the store fail with anything but `Invalid`
//! (a 400) or `TimeLimit` (a 503): no input reaches a 500, every answer
//! serialises to JSON, limits hold.
#![no_main]
use chronicle_serve::params::{self, Endpoint, Params};
use chronicle_store::{Error, MAX_ROWS, Store};
use libfuzzer_sys::fuzz_target;
use std::time::Duration;

struct Db {
    _dir: tempfile::TempDir,
    store: Store,
}

thread_local! {
    // libFuzzer runs the target on one thread; a Store is not Sync.
    static DB: Db = {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fuzz.db");
        Store::open(&path)
            .unwrap()
            .put_docs(&chronicle_store::example::example_docs())
            .unwrap();
        let mut store = Store::open_read_only(&path).unwrap();
        store.set_time_limit(Some(Duration::from_secs(2)));
        Db { _dir: dir, store }
    };
}

/// The store's answer must be Ok (serialisable, at most `limit` rows) or an
/// error the API maps to 400/503.
fn answer<T: serde::Serialize>(
    r: chronicle_store::Result<T>,
    rows: impl Fn(&T) -> usize,
    limit: Option<usize>,
) {
    match r {
        Ok(v) => {
            serde_json::to_string(&v).expect("answer serialises");
            assert!(rows(&v) <= limit.unwrap_or(MAX_ROWS).min(MAX_ROWS) * 2);
        }
        Err(Error::Invalid(m)) => assert!(!m.is_empty()),
        Err(Error::TimeLimit) => {}
        Err(e) => panic!("accepted query made the store fail (a 500): {e}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let raw = String::from_utf8_lossy(rest);
    DB.with(|db| run(&db.store, sel, &raw));
});

fn run(s: &Store, sel: u8, raw: &str) {
    let k = sel as usize % (Endpoint::ALL.len() + 1);
    if k == Endpoint::ALL.len() {
        match params::article_id(raw) {
            Ok(id) => answer(s.article(id), |_| 0, None),
            Err(e) => assert_eq!(e.status().as_u16(), 400),
        }
        return;
    }
    let ep = Endpoint::ALL[k];
    let raw = (!raw.is_empty() || sel & 0x80 == 0).then_some(raw);
    match params::parse(ep, raw) {
        Err(e) => {
            assert_eq!(e.status().as_u16(), 400, "{e:?}");
            assert!(!e.message().is_empty());
        }
        Ok(Params::Stats) => answer(s.counts(), |_| 0, None),
        Ok(Params::Search(p)) => answer(
            s.search(p.q.as_deref(), p.actor.as_deref(), p.limit),
            |r| r.articles.len() + r.quotes.len(),
            p.limit,
        ),
        Ok(Params::Events(f)) => {
            let limit = f.limit;
            let r = s.events(&f);
            if let Ok(page) = &r
                && let Some(next) = &page.next
            {
                // the cursor the API hands out is accepted back
                let mut f2 = f.clone();
                f2.cursor = Some(next.clone());
                answer(s.events(&f2), |p| p.items.len(), limit);
            }
            answer(r, |p| p.items.len(), limit)
        }
        Ok(Params::Series(p)) => answer(
            s.series(
                p.actor.as_deref().unwrap_or(""),
                p.recipient.as_deref(),
                p.bucket,
            ),
            |_| 0,
            None,
        ),
        Ok(Params::List(ep, p)) => match ep {
            Endpoint::Actors => answer(s.actors(p.q.as_deref(), p.limit), Vec::len, p.limit),
            Endpoint::Network => answer(s.network(p.actor.as_deref(), p.limit), Vec::len, p.limit),
            Endpoint::Sources => answer(s.sources(p.limit), Vec::len, p.limit),
            Endpoint::Claims => answer(
                s.claims(p.about.as_deref(), p.claimant.as_deref(), p.limit),
                Vec::len,
                p.limit,
            ),
            _ => answer(s.conflicts(p.about.as_deref(), p.limit), Vec::len, p.limit),
        },
    }
}
