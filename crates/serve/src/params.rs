//! Query-string parsing and validation for every API endpoint, as pure
//! functions of the raw query string (no server, no database), so the
//! handlers and the `api_query` fuzz target run the same code.
//!
//! Each function returns the endpoint's typed parameters or an [`ApiError`]
//! with status 400 and a message for the client. What only the database can
//! judge (dates, limits, cursors, full-text words) is checked again by the
//! store, which answers `Invalid` (also a 400).

use crate::api::ApiError;
use axum::http::StatusCode;
use chronicle_store::{Bucket, EventFilter};
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// Longest accepted free-text parameter value, in bytes.
pub const MAX_VALUE: usize = 200;

/// Longest accepted article id, in bytes.
pub const MAX_ARTICLE_ID: usize = 1024;

/// Parameters of `/api/v1/search`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchP {
    /// Full-text query.
    pub q: Option<String>,
    /// Actor code or name mentioned in the articles.
    pub actor: Option<String>,
    /// Row cap.
    pub limit: Option<usize>,
}

/// Parameters of `/api/v1/series`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesP {
    /// Source actor (required).
    pub actor: Option<String>,
    /// Recipient actor.
    pub recipient: Option<String>,
    /// Period size.
    #[serde(default)]
    pub bucket: Bucket,
}

/// Parameters shared by the list endpoints (`actors`, `network`, `sources`,
/// `claims`, `conflicts`); each endpoint uses the fields it documents.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListP {
    /// Name or code filter (`actors`).
    pub q: Option<String>,
    /// Actor filter (`network`).
    pub actor: Option<String>,
    /// What a claim is about (`claims`, `conflicts`).
    pub about: Option<String>,
    /// Who made a claim (`claims`).
    pub claimant: Option<String>,
    /// Row cap.
    pub limit: Option<usize>,
}

/// `/api/v1/stats` takes no parameters.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

/// An endpoint whose query string is parsed here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// `/api/v1/stats`
    Stats,
    /// `/api/v1/search`
    Search,
    /// `/api/v1/events`
    Events,
    /// `/api/v1/series`
    Series,
    /// `/api/v1/actors`
    Actors,
    /// `/api/v1/network`
    Network,
    /// `/api/v1/sources`
    Sources,
    /// `/api/v1/claims`
    Claims,
    /// `/api/v1/conflicts`
    Conflicts,
}

impl Endpoint {
    /// Every endpoint with a query string.
    pub const ALL: [Endpoint; 9] = [
        Endpoint::Stats,
        Endpoint::Search,
        Endpoint::Events,
        Endpoint::Series,
        Endpoint::Actors,
        Endpoint::Network,
        Endpoint::Sources,
        Endpoint::Claims,
        Endpoint::Conflicts,
    ];
}

/// Parsed, validated parameters of one endpoint.
#[derive(Clone, Debug)]
pub enum Params {
    /// `stats`
    Stats,
    /// `search`
    Search(SearchP),
    /// `events`
    Events(EventFilter),
    /// `series`
    Series(SeriesP),
    /// `actors`, `network`, `sources`, `claims`, `conflicts`
    List(Endpoint, ListP),
}

fn bad(m: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, m)
}

/// Deserializes a raw (still percent-encoded) query string, `None` meaning
/// no `?`. Unknown parameters, repeated ones and values of the wrong type are
/// errors.
pub fn query<T: DeserializeOwned>(raw: Option<&str>) -> Result<T, ApiError> {
    serde_urlencoded::from_str(raw.unwrap_or_default())
        .map_err(|e| bad(format!("bad query string: {e}")))
}

/// Caps a free-text parameter at [`MAX_VALUE`] bytes.
pub fn short(name: &str, v: &Option<String>) -> Result<(), ApiError> {
    match v {
        Some(s) if s.len() > MAX_VALUE => {
            Err(bad(format!("{name}: longer than {MAX_VALUE} bytes")))
        }
        _ => Ok(()),
    }
}

/// `/api/v1/stats`.
pub fn stats(raw: Option<&str>) -> Result<NoParams, ApiError> {
    query(raw)
}

/// `/api/v1/search`.
pub fn search(raw: Option<&str>) -> Result<SearchP, ApiError> {
    let p: SearchP = query(raw)?;
    short("q", &p.q)?;
    short("actor", &p.actor)?;
    Ok(p)
}

/// `/api/v1/events`.
pub fn events(raw: Option<&str>) -> Result<EventFilter, ApiError> {
    let f: EventFilter = query(raw)?;
    for (n, v) in [
        ("actor", &f.actor),
        ("recipient", &f.recipient),
        ("type", &f.event_type),
        ("mode", &f.mode),
        ("from", &f.from),
        ("to", &f.to),
        ("text", &f.text),
        ("source", &f.source),
        ("cursor", &f.cursor),
    ] {
        short(n, v)?;
    }
    if let Some(a) = &f.article {
        article_id(a)?;
    }
    Ok(f)
}

/// `/api/v1/series`; `actor` is required.
pub fn series(raw: Option<&str>) -> Result<SeriesP, ApiError> {
    let p: SeriesP = query(raw)?;
    short("actor", &p.actor)?;
    short("recipient", &p.recipient)?;
    if p.actor.as_deref().is_none_or(|a| a.trim().is_empty()) {
        return Err(bad("actor is required"));
    }
    Ok(p)
}

/// The list endpoints (`actors`, `network`, `sources`, `claims`, `conflicts`).
pub fn list(raw: Option<&str>) -> Result<ListP, ApiError> {
    let p: ListP = query(raw)?;
    for (n, v) in [
        ("q", &p.q),
        ("actor", &p.actor),
        ("about", &p.about),
        ("claimant", &p.claimant),
    ] {
        short(n, v)?;
    }
    Ok(p)
}

/// The `{id}` of `/api/v1/articles/{id}` (already percent-decoded).
pub fn article_id(id: &str) -> Result<&str, ApiError> {
    if id.len() > MAX_ARTICLE_ID {
        return Err(bad("article id too long"));
    }
    Ok(id)
}

/// Parses the query string of `endpoint`.
pub fn parse(endpoint: Endpoint, raw: Option<&str>) -> Result<Params, ApiError> {
    Ok(match endpoint {
        Endpoint::Stats => stats(raw).map(|_| Params::Stats)?,
        Endpoint::Search => Params::Search(search(raw)?),
        Endpoint::Events => Params::Events(events(raw)?),
        Endpoint::Series => Params::Series(series(raw)?),
        e => Params::List(e, list(raw)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(e: Endpoint, q: &str) -> String {
        let e = parse(e, Some(q)).unwrap_err();
        assert_eq!(e.status(), StatusCode::BAD_REQUEST);
        e.message().to_string()
    }

    #[test]
    fn parses_each_endpoint() {
        let p = search(Some("q=dangerous+adventure&limit=5")).unwrap();
        assert_eq!(p.q.as_deref(), Some("dangerous adventure"));
        assert_eq!(p.limit, Some(5));
        let f = events(Some("actor=RUS&type=REQUEST&from=2022-01-01&cursor=ab")).unwrap();
        assert_eq!(f.event_type.as_deref(), Some("REQUEST"));
        assert_eq!(f.cursor.as_deref(), Some("ab"));
        let s = series(Some("actor=%C3%A9&bucket=week")).unwrap();
        assert_eq!(s.actor.as_deref(), Some("é"));
        assert_eq!(s.bucket, Bucket::Week);
        assert!(matches!(parse(Endpoint::Stats, None), Ok(Params::Stats)));
        assert!(matches!(
            parse(Endpoint::Conflicts, Some("about=troops")),
            Ok(Params::List(Endpoint::Conflicts, _))
        ));
        assert!(matches!(
            parse(Endpoint::Events, Some("")),
            Ok(Params::Events(_))
        ));
    }

    #[test]
    fn refuses_bad_queries() {
        assert!(err(Endpoint::Search, "limit=-1").contains("bad query string"));
        assert!(err(Endpoint::Search, "limit=99999999999999999999999").contains("bad query"));
        assert!(err(Endpoint::Stats, "x=1").contains("bad query string"));
        assert!(err(Endpoint::Events, "bogus=1").contains("bad query string"));
        assert!(err(Endpoint::Series, "bucket=year&actor=RUS").contains("bad query"));
        assert_eq!(err(Endpoint::Series, "actor=+"), "actor is required");
        assert_eq!(err(Endpoint::Series, ""), "actor is required");
        let long = "a".repeat(MAX_VALUE + 1);
        assert!(err(Endpoint::Events, &format!("from={long}")).starts_with("from: longer"));
        assert!(err(Endpoint::Claims, &format!("claimant={long}")).starts_with("claimant:"));
        assert!(parse(Endpoint::Search, Some(&format!("q={}", &long[1..]))).is_ok());
        // invalid percent-encoded UTF-8 is decoded lossily, never a panic
        assert!(parse(Endpoint::Search, Some("q=%FF%FE%00")).is_ok());
        assert!(article_id(&"x".repeat(MAX_ARTICLE_ID + 1)).is_err());
        assert_eq!(article_id("ex-1").unwrap(), "ex-1");
    }
}
