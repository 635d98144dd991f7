//! `/api/v1/` JSON endpoints and the one error shape
//! `{"ok": false, "status": 400, "error": "..."}`.

use crate::AppState;
use crate::params;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chronicle_store::Error as StoreError;
use serde_json::{Value, json};
use std::sync::Arc;

/// An API error: an HTTP status and a message safe to show to the client.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    /// An error with a status and a message.
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }
    /// The message shown to the client.
    pub fn message(&self) -> &str {
        &self.message
    }
    pub(crate) fn not_found(m: impl Into<String>) -> ApiError {
        Self::new(StatusCode::NOT_FOUND, m)
    }
    pub(crate) fn unavailable(m: impl Into<String>) -> ApiError {
        Self::new(StatusCode::SERVICE_UNAVAILABLE, m)
    }
    pub(crate) fn internal(m: impl Into<String>) -> ApiError {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, m)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::Invalid(m) => ApiError::new(StatusCode::BAD_REQUEST, m),
            StoreError::TimeLimit => {
                ApiError::unavailable("query exceeded its time limit; narrow the filters")
            }
            other => {
                tracing::error!("store error: {other}");
                ApiError::internal("internal error reading the database")
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({ "ok": false, "status": self.status.as_u16(), "error": self.message });
        (self.status, Json(body)).into_response()
    }
}

type St = State<Arc<AppState>>;
type Res = Result<Response, ApiError>;

/// `{"ok": true, "<key>": <v>}`, serialised directly (no `Value` round trip,
/// which would print f32 values such as -7.2 as -7.199999809265137).
fn ok(key: &str, v: impl serde::Serialize) -> Res {
    let body = serde_json::to_string(&v).map_err(|_| ApiError::internal("serialisation failed"))?;
    let out = format!(
        "{{\"ok\":true,{}:{body}}}",
        serde_json::Value::String(key.to_string())
    );
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        out,
    )
        .into_response())
}

/// Every stable endpoint, also served at `/api/v1/`.
pub const ENDPOINTS: &[(&str, &str)] = &[
    ("/api/v1/", "this list"),
    ("/api/v1/stats", "row counts"),
    (
        "/api/v1/search?q=&actor=&limit=",
        "full-text search over articles and quotes, and/or articles mentioning an actor",
    ),
    (
        "/api/v1/events?actor=&recipient=&type=&mode=&from=&to=&source=&text=&article=&limit=&cursor=",
        "filtered events, keyset pagination with the opaque `next` cursor",
    ),
    (
        "/api/v1/series?actor=&recipient=&bucket=day|week|month",
        "event counts by type and mean intensity per period",
    ),
    (
        "/api/v1/actors?q=&limit=",
        "actor codes with mention and event counts",
    ),
    (
        "/api/v1/network?actor=&limit=",
        "weighted actor → recipient edges",
    ),
    (
        "/api/v1/sources?limit=",
        "outlet profiles: articles, event mix, most quoted speakers",
    ),
    (
        "/api/v1/articles/{id}",
        "one article with text and every stored layer",
    ),
    ("/api/v1/claims?about=&claimant=&limit=", "numeric claims"),
    (
        "/api/v1/conflicts?about=&limit=",
        "pairs of incompatible claims about the same thing",
    ),
];

pub(crate) fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/v1", get(index))
        .route("/api/v1/", get(index))
        .route("/api/v1/stats", get(stats))
        .route("/api/v1/search", get(search))
        .route("/api/v1/events", get(events))
        .route("/api/v1/series", get(series))
        .route("/api/v1/actors", get(actors))
        .route("/api/v1/network", get(network))
        .route("/api/v1/sources", get(sources))
        .route("/api/v1/articles/{*id}", get(article))
        .route("/api/v1/claims", get(claims))
        .route("/api/v1/conflicts", get(conflicts))
        .route(
            "/api/{*rest}",
            get(|| async { ApiError::not_found("no such API endpoint; see /api/v1/") }),
        )
}

async fn index() -> Res {
    let list: Vec<Value> = ENDPOINTS
        .iter()
        .map(|(p, d)| json!({"path": p, "description": d}))
        .collect();
    ok("endpoints", list)
}

async fn stats(State(st): St, RawQuery(q): RawQuery) -> Res {
    params::stats(q.as_deref())?;
    ok("counts", st.run(|s| s.counts()).await?)
}

async fn search(State(st): St, RawQuery(q): RawQuery) -> Res {
    let p = params::search(q.as_deref())?;
    ok(
        "results",
        st.run(move |s| s.search(p.q.as_deref(), p.actor.as_deref(), p.limit))
            .await?,
    )
}

async fn events(State(st): St, RawQuery(q): RawQuery) -> Res {
    let f = params::events(q.as_deref())?;
    let page = st.run(move |s| s.events(&f)).await?;
    let items = serde_json::to_string(&page.items)
        .map_err(|_| ApiError::internal("serialisation failed"))?;
    let next = serde_json::to_string(&page.next)
        .map_err(|_| ApiError::internal("serialisation failed"))?;
    let out = format!("{{\"ok\":true,\"events\":{items},\"next\":{next}}}");
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        out,
    )
        .into_response())
}

async fn series(State(st): St, RawQuery(q): RawQuery) -> Res {
    let p = params::series(q.as_deref())?;
    let actor = p.actor.unwrap_or_default();
    ok(
        "series",
        st.run(move |s| s.series(&actor, p.recipient.as_deref(), p.bucket))
            .await?,
    )
}

async fn actors(State(st): St, RawQuery(q): RawQuery) -> Res {
    let p = params::list(q.as_deref())?;
    ok(
        "actors",
        st.run(move |s| s.actors(p.q.as_deref(), p.limit)).await?,
    )
}

async fn network(State(st): St, RawQuery(q): RawQuery) -> Res {
    let p = params::list(q.as_deref())?;
    ok(
        "edges",
        st.run(move |s| s.network(p.actor.as_deref(), p.limit))
            .await?,
    )
}

async fn sources(State(st): St, RawQuery(q): RawQuery) -> Res {
    let p = params::list(q.as_deref())?;
    ok("sources", st.run(move |s| s.sources(p.limit)).await?)
}

async fn claims(State(st): St, RawQuery(q): RawQuery) -> Res {
    let p = params::list(q.as_deref())?;
    ok(
        "claims",
        st.run(move |s| s.claims(p.about.as_deref(), p.claimant.as_deref(), p.limit))
            .await?,
    )
}

async fn conflicts(State(st): St, RawQuery(q): RawQuery) -> Res {
    let p = params::list(q.as_deref())?;
    ok(
        "conflicts",
        st.run(move |s| s.conflicts(p.about.as_deref(), p.limit))
            .await?,
    )
}

async fn article(State(st): St, Path(id): Path<String>) -> Res {
    params::article_id(&id)?;
    let id2 = id.clone();
    match st.run(move |s| s.article(&id2)).await? {
        Some(a) => ok("article", a),
        None => Err(ApiError::not_found(format!("no article with id {id:?}"))),
    }
}
