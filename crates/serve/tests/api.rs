//! The Router driven in-process (`tower::ServiceExt::oneshot`) against a
//! fixture database: endpoints, the error shape, hostile input and limits.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use chronicle_serve::{AppState, Config, app};
use chronicle_store::Store;
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

struct Fx {
    _dir: tempfile::TempDir,
    cfg: Config,
}

fn fixture() -> Fx {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("api.db");
    Store::open(&db)
        .unwrap()
        .put_docs(&chronicle_store::example::example_docs())
        .unwrap();
    Fx {
        cfg: Config::new(&db),
        _dir: dir,
    }
}

async fn call(fx: &Fx, req: Request<Body>) -> (StatusCode, String, axum::http::HeaderMap) {
    let state = AppState::new(fx.cfg.clone()).unwrap();
    let res = app(state).oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned(), headers)
}

async fn get(fx: &Fx, uri: &str) -> (StatusCode, Value) {
    let (s, b, _) = call(fx, Request::get(uri).body(Body::empty()).unwrap()).await;
    let v: Value =
        serde_json::from_str(&b).unwrap_or_else(|e| panic!("{uri}: not JSON ({e}): {b}"));
    (s, v)
}

fn assert_error_shape(uri: &str, s: StatusCode, v: &Value) {
    assert_eq!(v["ok"], false, "{uri}: {v}");
    assert_eq!(v["status"], s.as_u16(), "{uri}: {v}");
    assert!(
        v["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{uri}: {v}"
    );
}

#[tokio::test]
async fn endpoints_answer() {
    let fx = fixture();
    let (s, v) = get(&fx, "/api/v1/").await;
    assert_eq!(s, StatusCode::OK);
    assert!(v["endpoints"].as_array().unwrap().len() >= 10);

    let (_, v) = get(&fx, "/api/v1/stats").await;
    assert_eq!(v["counts"]["articles"], 3);

    let (_, v) = get(&fx, "/api/v1/search?q=dangerous+adventure").await;
    assert_eq!(v["results"]["articles"][0]["id"], "ex-1");
    assert_eq!(v["results"]["quotes"][0]["speaker"], "Dmitry Peskov");

    let (_, v) = get(&fx, "/api/v1/search?actor=Stoltenberg").await;
    assert_eq!(v["results"]["articles"][0]["id"], "ex-3");

    let (_, v) = get(&fx, "/api/v1/events?actor=RUS&limit=1").await;
    assert_eq!(v["events"].as_array().unwrap().len(), 1);
    assert_eq!(v["events"][0]["type"], "REQUEST");
    let next = v["next"].as_str().unwrap().to_string();
    let (_, v) = get(
        &fx,
        &format!("/api/v1/events?actor=RUS&limit=1&cursor={next}"),
    )
    .await;
    assert_eq!(v["events"][0]["type"], "MOBILIZE");
    assert!(v["next"].is_null());

    let (_, v) = get(&fx, "/api/v1/series?actor=NATO&recipient=RUS&bucket=day").await;
    assert_eq!(v["series"][0]["period"], "2022-01-12");
    assert_eq!(v["series"][0]["count"], 1);

    let (_, v) = get(&fx, "/api/v1/actors?q=RUS").await;
    assert!(
        v["actors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["code"] == "RUSGOV")
    );
    let (_, v) = get(&fx, "/api/v1/network").await;
    assert_eq!(v["edges"].as_array().unwrap().len(), 4);
    let (_, v) = get(&fx, "/api/v1/sources").await;
    assert_eq!(v["sources"][0]["source"], "site-34");
    let (_, v) = get(&fx, "/api/v1/claims?about=troop").await;
    assert_eq!(v["claims"].as_array().unwrap().len(), 2);
    let (_, v) = get(&fx, "/api/v1/conflicts").await;
    assert_eq!(v["conflicts"][0]["a"]["claimant"], "UKRGOV");

    let (s, v) = get(&fx, "/api/v1/articles/ex-1").await;
    assert_eq!(s, StatusCode::OK);
    let d = &v["article"]["doc"];
    assert_eq!(d["meta"]["source"], "site-34");
    assert_eq!(d["events"].as_array().unwrap().len(), 2);
    assert_eq!(d["quotes"][0]["speaker_name"], "Dmitry Peskov");
    assert_eq!(d["claims"][0]["claimant"], "UKRGOV");
    assert_eq!(v["article"]["event_ids"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn errors_share_one_shape() {
    let fx = fixture();
    let cases = [
        ("/api/v1/articles/nope", StatusCode::NOT_FOUND),
        ("/api/v1/nothing-here", StatusCode::NOT_FOUND),
        ("/nothing-here", StatusCode::NOT_FOUND),
        ("/api/v1/events?limit=0", StatusCode::BAD_REQUEST),
        ("/api/v1/events?limit=100000", StatusCode::BAD_REQUEST),
        ("/api/v1/events?limit=abc", StatusCode::BAD_REQUEST),
        ("/api/v1/events?from=yesterday", StatusCode::BAD_REQUEST),
        ("/api/v1/events?cursor=zz", StatusCode::BAD_REQUEST),
        ("/api/v1/events?bogus=1", StatusCode::BAD_REQUEST),
        ("/api/v1/search", StatusCode::BAD_REQUEST),
        ("/api/v1/search?q=%22%22", StatusCode::BAD_REQUEST),
        ("/api/v1/series", StatusCode::BAD_REQUEST),
        (
            "/api/v1/series?actor=RUS&bucket=year",
            StatusCode::BAD_REQUEST,
        ),
        ("/api/v1/stats?x=1", StatusCode::BAD_REQUEST),
        ("/assets/missing.js", StatusCode::NOT_FOUND),
    ];
    for (uri, want) in cases {
        let (s, v) = get(&fx, uri).await;
        assert_eq!(s, want, "{uri}: {v}");
        assert_error_shape(uri, s, &v);
    }
    let (s, b, _) = call(
        &fx,
        Request::post("/api/v1/events").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::METHOD_NOT_ALLOWED);
    assert_error_shape("POST", s, &serde_json::from_str(&b).unwrap());
    let req = Request::builder()
        .method(Method::DELETE)
        .uri("/api/v1/articles/ex-1")
        .body(Body::empty())
        .unwrap();
    let (s, _, _) = call(&fx, req).await;
    assert_eq!(s, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn missing_or_stale_database_is_an_error_at_start() {
    let dir = tempfile::tempdir().unwrap();
    assert!(AppState::new(Config::new(dir.path().join("none.db"))).is_err());
    let old = dir.path().join("old.db");
    drop(Store::open_at(&old, 1).unwrap());
    assert!(AppState::new(Config::new(&old)).is_err());
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
async fn sql_injection_through_every_filter_is_inert() {
    let fx = fixture();
    let evil = [
        "' OR '1'='1",
        "'; DROP TABLE articles; --",
        "RUS' UNION SELECT id, text FROM articles --",
        "\" OR 1=1 --",
        "%",
        "_%_",
        "1) OR (1=1",
        "NEAR(Putin Zelenskyy)",
        "Putin OR NATO*",
        "\\",
    ];
    let params = [
        ("events", "actor"),
        ("events", "recipient"),
        ("events", "type"),
        ("events", "mode"),
        ("events", "source"),
        ("events", "article"),
        ("events", "text"),
        ("events", "from"),
        ("events", "to"),
        ("events", "cursor"),
        ("search", "q"),
        ("search", "actor"),
        ("series", "actor"),
        ("actors", "q"),
        ("network", "actor"),
        ("claims", "about"),
        ("claims", "claimant"),
        ("conflicts", "about"),
    ];
    for e in evil {
        for (ep, p) in params {
            let uri = format!("/api/v1/{ep}?{p}={}", enc(e));
            let (s, v) = get(&fx, &uri).await;
            if s == StatusCode::OK {
                // Accepted values must match nothing: they are data, not SQL.
                let key = ["events", "series", "actors", "edges", "claims", "conflicts"]
                    .into_iter()
                    .find(|k| v.get(*k).is_some());
                match key {
                    Some(k) => assert!(v[k].as_array().unwrap().is_empty(), "{uri} matched: {v}"),
                    None => {
                        let r = &v["results"];
                        for k in ["articles", "quotes", "actors"] {
                            assert!(
                                r[k].as_array().unwrap().is_empty(),
                                "{uri} matched {k}: {v}"
                            );
                        }
                    }
                }
            } else {
                assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}: {v}");
                assert_error_shape(&uri, s, &v);
            }
        }
        let (s, _) = get(&fx, &format!("/api/v1/articles/{}", enc(e))).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
    }
    let (_, v) = get(&fx, "/api/v1/stats").await;
    assert_eq!(v["counts"]["articles"], 3, "the data survived");
}

#[tokio::test]
async fn oversized_requests_are_refused() {
    let fx = fixture();
    // URI over the 4 KiB limit.
    let long = format!("/api/v1/events?actor={}", "a".repeat(5000));
    let (s, v) = get(&fx, &long).await;
    assert_eq!(s, StatusCode::URI_TOO_LONG);
    assert_error_shape("long uri", s, &v);
    // A single over-long parameter inside the URI limit.
    let (s, v) = get(&fx, &format!("/api/v1/search?q={}", "b".repeat(300))).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_error_shape("long q", s, &v);
    // A declared body over the 16 KiB limit.
    let req = Request::get("/api/v1/stats")
        .header(header::CONTENT_LENGTH, "1000000")
        .body(Body::from(vec![b'x'; 1_000_000]))
        .unwrap();
    let (s, b, _) = call(&fx, req).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    assert_error_shape("body", s, &serde_json::from_str(&b).unwrap());
}

#[tokio::test]
async fn static_assets_and_path_traversal() {
    let fx = fixture();
    let (s, b, h) = call(&fx, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    assert!(b.contains("<title>Chronicle</title>"));
    assert!(
        h[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("default-src 'self'")
    );
    assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let (s, b, h) = call(
        &fx,
        Request::get("/assets/app.js").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        h[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(b.contains("/api/v1/"));
    for uri in [
        "/assets/../Cargo.toml",
        "/assets/..%2FCargo.toml",
        "/assets/..%2F..%2F..%2Fetc%2Fpasswd",
        "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/assets/app.js%00.txt",
        "/assets//etc/passwd",
        "/../../etc/passwd",
        "/assets/index.html",
    ] {
        let (s, b, _) = call(&fx, Request::get(uri).body(Body::empty()).unwrap()).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{uri}: {b}");
        assert!(!b.contains("root:"), "{uri}");
        assert!(!b.contains("[workspace]"), "{uri}");
    }
}

#[tokio::test]
async fn store_time_limit_maps_to_503_in_the_error_shape() {
    use axum::response::IntoResponse;
    let res = chronicle_serve::ApiError::from(chronicle_store::Error::TimeLimit).into_response();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    let b = res.into_body().collect().await.unwrap().to_bytes();
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert_error_shape("time limit", StatusCode::SERVICE_UNAVAILABLE, &v);
    // Internal errors do not leak details.
    let res =
        chronicle_serve::ApiError::from(chronicle_store::Error::Export("secret path /x".into()))
            .into_response();
    let b = res.into_body().collect().await.unwrap().to_bytes();
    assert!(!String::from_utf8_lossy(&b).contains("secret"));
}

/// Requests that time out under a concurrency limit of 1 are answered 503 in
/// the error shape, and never two queries run together (the deterministic
/// version with slow queries is `abandoned_queries_keep_their_slot` in lib.rs).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timed_out_requests_keep_their_query_slot() {
    let fx = fixture();
    let mut cfg = fx.cfg.clone();
    cfg.max_concurrency = 1;
    cfg.request_timeout = std::time::Duration::from_millis(1);
    let state = AppState::new(cfg).unwrap();
    let router = app(state.clone());
    let mut hs = Vec::new();
    for i in 0..40 {
        let r = router.clone();
        let uri = match i % 3 {
            0 => "/api/v1/search?q=troops",
            1 => "/api/v1/events?actor=RUS",
            _ => "/api/v1/articles/ex-1",
        };
        hs.push(tokio::spawn(async move {
            r.oneshot(Request::get(uri).body(Body::empty()).unwrap())
                .await
                .unwrap()
                .status()
        }));
    }
    for h in hs {
        let s = h.await.unwrap();
        assert!(
            s == StatusCode::OK || s == StatusCode::SERVICE_UNAVAILABLE,
            "{s}"
        );
    }
    // let the queries still running after their requests timed out finish
    let mut st = state.stats();
    for _ in 0..2000 {
        if st.running == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        st = state.stats();
    }
    assert_eq!(st.running, 0, "{st:?}");
    assert!(st.peak_running <= 1, "{st:?}");
}
