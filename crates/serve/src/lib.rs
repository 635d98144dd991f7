//! Chronicle's HTTP side: a JSON API under `/api/v1/` and an embedded web
//! dashboard, both over a read-only [`chronicle_store::Store`].
//!
//! Guards (Datasette's design): connections are opened read-only with
//! `PRAGMA query_only`; every query has a time limit and a row cap; all SQL
//! is parameterised (in the store); request URIs and bodies are size-limited;
//! requests time out; a semaphore bounds concurrent queries. [`serve_on`]
//! accepts at most [`Config::max_connections`] connections at once and closes
//! one whose request head does not arrive within [`Config::header_read_timeout`]
//! (slow clients dribbling header bytes, or idle keep-alive connections).
//! [`app`] is a plain function so tests drive the [`Router`] in-process.
#![deny(missing_docs)]

mod api;
mod assets;
pub mod params;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use chronicle_store::Store;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;

pub use api::ApiError;

/// Server settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Database file.
    pub db: PathBuf,
    /// Time limit of one SQL query.
    pub query_time_limit: Duration,
    /// Time limit of one HTTP request (waiting for a connection included).
    pub request_timeout: Duration,
    /// Queries running at once.
    pub max_concurrency: usize,
    /// Largest accepted request body, in bytes.
    pub max_body: usize,
    /// Longest accepted request URI (path + query), in bytes.
    pub max_uri: usize,
    /// Time a connection has to send a whole request head (request line and
    /// headers), counted from when the server starts waiting for it; also the
    /// idle time after which a keep-alive connection is closed.
    pub header_read_timeout: Duration,
    /// Connections served at once; further ones wait in the listen backlog.
    pub max_connections: usize,
}

impl Config {
    /// Defaults for `db`: 1 s per query, 10 s per request, 8 concurrent
    /// queries, 16 KiB bodies, 4 KiB URIs, 10 s to send a request head,
    /// 512 connections.
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config {
            db: db.into(),
            query_time_limit: Duration::from_secs(1),
            request_timeout: Duration::from_secs(10),
            max_concurrency: 8,
            max_body: 16 * 1024,
            max_uri: 4 * 1024,
            header_read_timeout: Duration::from_secs(10),
            max_connections: 512,
        }
    }
}

/// Shared server state: settings, a pool of read-only connections and the
/// concurrency semaphore.
pub struct AppState {
    cfg: Config,
    pool: Mutex<Vec<Store>>,
    permits: Arc<Semaphore>,
    running: AtomicUsize,
    peak_running: AtomicUsize,
    queries: AtomicU64,
    timeouts: AtomicU64,
    conns_open: AtomicUsize,
    conns_total: AtomicU64,
    conns_failed: AtomicU64,
}

/// Counters of a running server, for load tests and monitoring.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ServerStats {
    /// Queries running now.
    pub running: usize,
    /// Most queries ever running at once (never above `max_concurrency`).
    pub peak_running: usize,
    /// Queries started.
    pub queries: u64,
    /// Requests answered 503 because they ran past `request_timeout`.
    pub timeouts: u64,
    /// Connections open now (served by [`serve_on`]).
    pub conns_open: usize,
    /// Connections accepted.
    pub conns_total: u64,
    /// Connections that ended in an error: a request head not received within
    /// `header_read_timeout`, a malformed request, a reset.
    pub conns_failed: u64,
}

impl AppState {
    /// Opens one read-only connection to check the database, and keeps it pooled.
    pub fn new(cfg: Config) -> chronicle_store::Result<Arc<AppState>> {
        let first = Self::connect(&cfg)?;
        Ok(Arc::new(AppState {
            permits: Arc::new(Semaphore::new(cfg.max_concurrency.max(1))),
            pool: Mutex::new(vec![first]),
            cfg,
            running: AtomicUsize::new(0),
            peak_running: AtomicUsize::new(0),
            queries: AtomicU64::new(0),
            timeouts: AtomicU64::new(0),
            conns_open: AtomicUsize::new(0),
            conns_total: AtomicU64::new(0),
            conns_failed: AtomicU64::new(0),
        }))
    }

    /// The settings.
    pub fn config(&self) -> &Config {
        &self.cfg
    }

    /// A snapshot of the counters.
    pub fn stats(&self) -> ServerStats {
        ServerStats {
            running: self.running.load(Ordering::Relaxed),
            peak_running: self.peak_running.load(Ordering::Relaxed),
            queries: self.queries.load(Ordering::Relaxed),
            timeouts: self.timeouts.load(Ordering::Relaxed),
            conns_open: self.conns_open.load(Ordering::Relaxed),
            conns_total: self.conns_total.load(Ordering::Relaxed),
            conns_failed: self.conns_failed.load(Ordering::Relaxed),
        }
    }

    fn connect(cfg: &Config) -> chronicle_store::Result<Store> {
        let mut s = Store::open_read_only(&cfg.db)?;
        s.set_time_limit(Some(cfg.query_time_limit));
        Ok(s)
    }

    /// Runs `f` on a pooled read-only connection in a blocking thread.
    pub(crate) async fn run<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Store) -> chronicle_store::Result<T> + Send + 'static,
    ) -> Result<T, ApiError> {
        // The permit moves into the blocking task: when the request times out
        // and this future is dropped, the query still runs to its end (a
        // blocking task cannot be cancelled) and keeps its permit until then,
        // so `max_concurrency` bounds the queries actually running.
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| ApiError::unavailable("server is shutting down"))?;
        let st = self.clone();
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let now = st.running.fetch_add(1, Ordering::Relaxed) + 1;
            st.peak_running.fetch_max(now, Ordering::Relaxed);
            st.queries.fetch_add(1, Ordering::Relaxed);
            let _done = Decrement(&st.running);
            let conn = st.pool.lock().unwrap_or_else(|e| e.into_inner()).pop();
            let conn = match conn {
                Some(c) => c,
                None => Self::connect(&st.cfg)?,
            };
            let r = f(&conn);
            st.pool.lock().unwrap_or_else(|e| e.into_inner()).push(conn);
            r
        })
        .await
        .map_err(|_| ApiError::internal("query task failed"))?
        .map_err(ApiError::from)
    }
}

/// Decrements a counter when dropped (also on a panic in the query).
struct Decrement<'a>(&'a AtomicUsize);

impl Drop for Decrement<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// The whole application: API, dashboard, limits and security headers.
pub fn app(state: Arc<AppState>) -> Router {
    Router::new()
        .merge(api::router())
        .merge(assets::router())
        .fallback(|| async { ApiError::not_found("no such page") })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method not allowed: the API is read-only (GET)",
            )
        })
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state)
}

/// Size limits, request timeout and security headers around every request.
async fn guard(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let cfg = &st.cfg;
    let uri_len = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if uri_len > cfg.max_uri {
        return ApiError::new(
            StatusCode::URI_TOO_LONG,
            format!("request URI longer than {} bytes", cfg.max_uri),
        )
        .into_response();
    }
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > cfg.max_body as u64) {
        return ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("request body larger than {} bytes", cfg.max_body),
        )
        .into_response();
    }
    // Bodies without a length are capped while they are read.
    let (parts, body) = req.into_parts();
    let body = Body::new(http_body_limit(body, cfg.max_body));
    let req = Request::from_parts(parts, body);
    let mut res = match tokio::time::timeout(cfg.request_timeout, next.run(req)).await {
        Ok(r) => r,
        Err(_) => {
            st.timeouts.fetch_add(1, Ordering::Relaxed);
            ApiError::unavailable("request timed out").into_response()
        }
    };
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}

fn http_body_limit(body: Body, max: usize) -> http_body_util::Limited<Body> {
    http_body_util::Limited::new(body, max)
}

/// Binds `addr` and serves until Ctrl-C.
pub async fn serve(cfg: Config, addr: SocketAddr) -> std::io::Result<()> {
    let state = AppState::new(cfg).map_err(std::io::Error::other)?;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    serve_on(listener, state, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}

/// Serves [`app`] over HTTP/1.1 on `listener` until `shutdown` completes, then
/// stops accepting, lets requests in progress finish (up to
/// `request_timeout`) and returns.
///
/// Unlike `axum::serve`, every connection has a header read timeout
/// ([`Config::header_read_timeout`]): a client that opens connections and
/// dribbles header bytes (slowloris) or sends nothing is cut off, and at most
/// [`Config::max_connections`] connections are served at once.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    shutdown: impl std::future::Future<Output = ()> + Send,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;

    let router = app(state.clone());
    let conns = Arc::new(Semaphore::new(state.cfg.max_connections.max(1)));
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let mut tasks = tokio::task::JoinSet::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            _ = &mut shutdown => break,
            p = conns.clone().acquire_owned() => p.map_err(std::io::Error::other)?,
        };
        let (stream, _peer) = tokio::select! {
            _ = &mut shutdown => break,
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(e) => {
                    // EMFILE and friends: back off instead of spinning
                    tracing::warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        while tasks.try_join_next().is_some() {}
        let _ = stream.set_nodelay(true);
        let svc = TowerToHyperService::new(router.clone());
        let st = state.clone();
        let mut stop = stop_rx.clone();
        st.conns_total.fetch_add(1, Ordering::Relaxed);
        st.conns_open.fetch_add(1, Ordering::Relaxed);
        tasks.spawn(async move {
            let _permit = permit;
            let _open = Decrement(&st.conns_open);
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(st.cfg.header_read_timeout)
                .max_buf_size(st.cfg.max_uri.max(8192) * 4);
            let conn = builder.serve_connection(TokioIo::new(stream), svc);
            let mut conn = std::pin::pin!(conn);
            let res = tokio::select! {
                r = conn.as_mut() => r,
                _ = async { stop.wait_for(|s| *s).await.map(|_| ()) } => {
                    conn.as_mut().graceful_shutdown();
                    conn.as_mut().await
                }
            };
            if let Err(e) = res {
                st.conns_failed.fetch_add(1, Ordering::Relaxed);
                tracing::debug!("connection ended with an error: {e}");
            }
        });
    }
    let _ = stop_tx.send(true);
    let grace = state.cfg.request_timeout + Duration::from_secs(1);
    let _ = tokio::time::timeout(grace, async { while tasks.join_next().await.is_some() {} }).await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A request that times out while its query runs must keep the query's
    /// concurrency slot until the query ends (a blocking task cannot be
    /// cancelled). Before the permit moved into the blocking task, the
    /// loadgen flood (limit 1, 200 ms request timeout) saw 252 queries
    /// running at once, and this test saw 5: each caller gave up after 1 ms,
    /// freeing the slot while its 30 ms query still ran.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn abandoned_queries_keep_their_slot() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        Store::open(&db).unwrap();
        let mut cfg = Config::new(&db);
        cfg.max_concurrency = 1;
        let st = AppState::new(cfg).unwrap();
        for _ in 0..5 {
            // (200 ms, so a caller starved of CPU past its 1 ms timeout still
            // finds its query running, not finished)
            let q = st.run(|_| {
                std::thread::sleep(Duration::from_millis(200));
                Ok(())
            });
            assert!(
                tokio::time::timeout(Duration::from_millis(1), q)
                    .await
                    .is_err()
            );
        }
        // wait for the abandoned queries to end (a hang guard, not a limit):
        // the permit comes back only after the blocking task has run and
        // counted itself out, so on a loaded machine a task that has not yet
        // started is waited for (`running == 0` alone was true before it began)
        for _ in 0..2000 {
            if st.permits.available_permits() == 1 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let s = st.stats();
        assert_eq!(s.running, 0, "{s:?}");
        assert!(s.queries >= 1, "{s:?}");
        assert_eq!(s.peak_running, 1, "{s:?}");
    }
}
