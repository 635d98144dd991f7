//! Chronicle's HTTP side: a JSON API under `/api/v1/` and an embedded web
//! dashboard, both over a read-only [`chronicle_store::Store`].
//!
//! Guards (Datasette's design): connections are opened read-only with
//! `PRAGMA query_only`; every query has a time limit and a row cap; all SQL
//! is parameterised (in the store); request URIs and bodies are size-limited;
//! requests time out; a semaphore bounds concurrent queries. [`app`] is a plain
//! function so tests drive the [`Router`] in-process.
#![deny(missing_docs)]

mod api;
mod assets;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use chronicle_store::Store;
use std::net::SocketAddr;
use std::path::PathBuf;
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
}

impl Config {
    /// Defaults for `db`: 1 s per query, 10 s per request, 8 concurrent
    /// queries, 16 KiB bodies, 4 KiB URIs.
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config {
            db: db.into(),
            query_time_limit: Duration::from_secs(1),
            request_timeout: Duration::from_secs(10),
            max_concurrency: 8,
            max_body: 16 * 1024,
            max_uri: 4 * 1024,
        }
    }
}

/// Shared server state: settings, a pool of read-only connections and the
/// concurrency semaphore.
pub struct AppState {
    cfg: Config,
    pool: Mutex<Vec<Store>>,
    permits: Semaphore,
}

impl AppState {
    /// Opens one read-only connection to check the database, and keeps it pooled.
    pub fn new(cfg: Config) -> chronicle_store::Result<Arc<AppState>> {
        let first = Self::connect(&cfg)?;
        Ok(Arc::new(AppState {
            permits: Semaphore::new(cfg.max_concurrency.max(1)),
            pool: Mutex::new(vec![first]),
            cfg,
        }))
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
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| ApiError::unavailable("server is shutting down"))?;
        let st = self.clone();
        tokio::task::spawn_blocking(move || {
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
        Err(_) => ApiError::unavailable("request timed out").into_response(),
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
    axum::serve(listener, app(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
