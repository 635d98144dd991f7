//! JSON article records: `{id, source, date, url, title, body}` (`text` or
//! `content` are accepted for the body, `headline` for the title, `lang`/`language`
//! for the language, `authors`/`author`/`byline` (a string or a list of strings)
//! for the byline).

use crate::{ErrorKind, IngestError, normalize_date};
use chronicle_doc::{Article, Meta, Span};
use serde_json::{Map, Value};

/// The fields of a record, as read (before building the text).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArticleFields {
    /// `id`.
    pub id: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `date`, as given.
    pub date: Option<String>,
    /// `url`.
    pub url: Option<String>,
    /// `title` / `headline`.
    pub title: Option<String>,
    /// `kicker`.
    pub kicker: Option<String>,
    /// `authors` / `author` / `byline`, a list joined with ", ".
    pub author: Option<String>,
    /// `body` / `text` / `content`.
    pub body: Option<String>,
    /// `lang` / `language`.
    pub lang: Option<String>,
}

fn field(
    obj: &Map<String, Value>,
    names: &[&str],
    origin: &str,
) -> Result<Option<String>, IngestError> {
    for n in names {
        match obj.get(*n) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => return Ok(Some(s.clone())),
            Some(Value::Number(x)) if *n == "id" => return Ok(Some(x.to_string())),
            Some(other) => {
                return Err(IngestError::new(
                    origin,
                    ErrorKind::MissingField,
                    format!("field `{n}` should be a string, found {}", kind_of(other)),
                ));
            }
        }
    }
    Ok(None)
}

/// The byline: a string, or a list of strings joined with ", " (blank names
/// left out). Anything else names the field and what it found.
fn author_field(obj: &Map<String, Value>, origin: &str) -> Result<Option<String>, IngestError> {
    for n in ["authors", "author", "byline"] {
        match obj.get(n) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => return Ok(Some(s.clone())),
            Some(Value::Array(items)) => {
                let mut names = Vec::with_capacity(items.len());
                for v in items {
                    match v {
                        Value::String(s) => names.push(s.trim()),
                        Value::Null => {}
                        other => {
                            return Err(IngestError::new(
                                origin,
                                ErrorKind::MissingField,
                                format!(
                                    "field `{n}` should be a string or a list of strings, found a list holding {}",
                                    kind_of(other)
                                ),
                            ));
                        }
                    }
                }
                names.retain(|s| !s.is_empty());
                return Ok(Some(names.join(", ")));
            }
            Some(other) => {
                return Err(IngestError::new(
                    origin,
                    ErrorKind::MissingField,
                    format!(
                        "field `{n}` should be a string or a list of strings, found {}",
                        kind_of(other)
                    ),
                ));
            }
        }
    }
    Ok(None)
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Builds an Article from a parsed JSON value. `origin` names the record in
/// errors and is the default id. The text is `title + "\n\n" + body` when both
/// are present (with `title_span` and `body_span`), else whichever exists.
pub fn article_from_json(v: Value, origin: &str, max_bytes: usize) -> Result<Article, IngestError> {
    let Value::Object(obj) = v else {
        return Err(IngestError::new(
            origin,
            ErrorKind::MalformedJson,
            format!("expected a JSON object, found {}", kind_of(&v)),
        ));
    };
    let id = field(&obj, &["id"], origin)?;
    // a field of the wrong type names the record too, when its id was readable
    let named = |mut e: IngestError| {
        e.record = id.clone();
        e
    };
    let f = ArticleFields {
        id: id.clone(),
        source: field(&obj, &["source"], origin).map_err(named)?,
        date: field(&obj, &["date"], origin).map_err(named)?,
        url: field(&obj, &["url"], origin).map_err(named)?,
        title: field(&obj, &["title", "headline"], origin).map_err(named)?,
        kicker: field(&obj, &["kicker"], origin).map_err(named)?,
        author: author_field(&obj, origin).map_err(named)?,
        body: field(&obj, &["body", "text", "content"], origin).map_err(named)?,
        lang: field(&obj, &["lang", "language"], origin).map_err(named)?,
    };
    build(f, origin, max_bytes)
}

/// The typed fast path: the common record shape, deserialized without an
/// intermediate `Value`. Any deviation falls back to the `Value` path, which
/// explains what is wrong.
#[derive(serde::Deserialize)]
struct Rec {
    #[serde(default)]
    id: Option<Id>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    headline: Option<String>,
    #[serde(default)]
    kicker: Option<String>,
    #[serde(default)]
    authors: Option<Byline>,
    #[serde(default)]
    author: Option<Byline>,
    #[serde(default)]
    byline: Option<Byline>,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    content: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    language: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Byline {
    One(String),
    Many(Vec<Option<String>>),
}

impl Byline {
    fn joined(self) -> String {
        match self {
            Byline::One(s) => s,
            Byline::Many(v) => v
                .iter()
                .flatten()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Id {
    S(String),
    N(serde_json::Number),
}

/// Builds an Article from one JSON text (a JSONL line). Same rules and errors
/// as [`article_from_json`], faster for well-formed records.
pub fn article_from_json_str(
    line: &str,
    origin: &str,
    max_bytes: usize,
) -> Result<Article, IngestError> {
    if let Ok(r) = serde_json::from_str::<Rec>(line) {
        let f = ArticleFields {
            id: r.id.map(|i| match i {
                Id::S(s) => s,
                Id::N(n) => n.to_string(),
            }),
            source: r.source,
            date: r.date,
            url: r.url,
            title: r.title.or(r.headline),
            kicker: r.kicker,
            author: r.authors.or(r.author).or(r.byline).map(Byline::joined),
            body: r.body.or(r.text).or(r.content),
            lang: r.lang.or(r.language),
        };
        return build(f, origin, max_bytes);
    }
    match serde_json::from_str::<Value>(line) {
        Ok(v) => article_from_json(v, origin, max_bytes),
        Err(e) => Err(IngestError::new(
            origin,
            ErrorKind::MalformedJson,
            format!("invalid JSON: {e}"),
        )),
    }
}

fn build(f: ArticleFields, origin: &str, max_bytes: usize) -> Result<Article, IngestError> {
    let record = f.id.clone();
    let with_id = |mut e: IngestError| {
        e.record = record.clone();
        e
    };
    let body = f.body.ok_or_else(|| {
        with_id(IngestError::new(
            origin,
            ErrorKind::MissingField,
            "no body: expected a `body`, `text` or `content` string field",
        ))
    })?;
    let title = f.title.filter(|t| !t.trim().is_empty());
    let size = body.len() + title.as_ref().map_or(0, |t| t.len() + 2);
    if size > max_bytes {
        return Err(with_id(IngestError::new(
            origin,
            ErrorKind::TooLarge,
            format!("article is {size} bytes, over the limit of {max_bytes}"),
        )));
    }
    let body_empty = body.trim().is_empty();
    if body_empty && title.is_none() {
        return Err(with_id(IngestError::new(
            origin,
            ErrorKind::Empty,
            "empty article: no title and a blank body",
        )));
    }
    let mut meta = Meta {
        id: f
            .id
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| origin.to_string()),
        source: f.source.filter(|s| !s.trim().is_empty()),
        date: f
            .date
            .filter(|s| !s.trim().is_empty())
            .map(|d| normalize_date(&d).unwrap_or(d)),
        url: f.url.filter(|s| !s.trim().is_empty()),
        kicker: f.kicker.filter(|s| !s.trim().is_empty()),
        author: f
            .author
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        lang: f.lang,
        origin: Some(origin.to_string()),
        ..Meta::default()
    };
    let mut text;
    match title {
        Some(t) => {
            text = String::with_capacity(t.len() + 2 + body.len());
            text.push_str(&t);
            meta.title_span = Some(Span::new(0, t.len()));
            meta.title = Some(t);
            if !body_empty {
                text.push_str("\n\n");
                let start = text.len();
                text.push_str(&body);
                meta.body_span = Some(Span::new(start, text.len()));
            }
        }
        None => {
            meta.body_span = Some(Span::new(0, body.len()));
            text = body;
        }
    }
    Ok(Article { meta, text })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn title_and_body_become_one_text() {
        let v = json!({"id": "a1", "source": "Wire", "date": "March 3, 2022", "url": "http://x", "title": "Talks stall", "text": "Delegates left."});
        let a = article_from_json(v, "f.jsonl:1", 1000).unwrap();
        assert_eq!(a.text, "Talks stall\n\nDelegates left.");
        assert_eq!(a.meta.title_span, Some(Span::new(0, 11)));
        assert_eq!(a.meta.body_span.unwrap().text(&a.text), "Delegates left.");
        assert_eq!(a.meta.date.as_deref(), Some("2022-03-03"));
        assert_eq!(a.meta.id, "a1");
        assert_eq!(a.meta.origin.as_deref(), Some("f.jsonl:1"));
    }

    #[test]
    fn errors() {
        let e = article_from_json(json!({"id": 7, "title": "T"}), "f:2", 1000).unwrap_err();
        assert_eq!(e.kind, ErrorKind::MissingField);
        assert_eq!(e.record.as_deref(), Some("7"));
        let e = article_from_json(json!([1]), "f:3", 1000).unwrap_err();
        assert_eq!(e.kind, ErrorKind::MalformedJson);
        let e = article_from_json(json!({"body": "  "}), "f:4", 1000).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Empty);
        let e = article_from_json(json!({"body": "x".repeat(50)}), "f:5", 10).unwrap_err();
        assert_eq!(e.kind, ErrorKind::TooLarge);
        let e = article_from_json(json!({"body": ["x"]}), "f:6", 10).unwrap_err();
        assert!(e.message.contains("`body` should be a string"));
    }

    #[test]
    fn bylines_as_strings_or_lists_on_both_paths() {
        let line = r#"{"body": "Text.", "authors": "Mara Ilic"}"#;
        let a = article_from_json_str(line, "f:1", 100).unwrap();
        assert_eq!(a.meta.author.as_deref(), Some("Mara Ilic"));
        // a list, with a blank name and a null left out, on the typed path and the Value path
        let line = r#"{"body": "Text.", "author": ["Mara Ilic", " ", null, "Jon Berg"]}"#;
        let a = article_from_json_str(line, "f:2", 100).unwrap();
        assert_eq!(a.meta.author.as_deref(), Some("Mara Ilic, Jon Berg"));
        let v = json!({"body": "Text.", "byline": ["Mara Ilic", "Jon Berg"]});
        let b = article_from_json(v, "f:2", 100).unwrap();
        assert_eq!(b.meta.author, a.meta.author);
        // blank bylines are no byline; the byline is not part of the text
        let a = article_from_json_str(r#"{"body": "Text.", "authors": "  "}"#, "f:3", 100).unwrap();
        assert_eq!((a.meta.author, a.text.as_str()), (None, "Text."));
        // a list holding something else is an error naming the field, on both paths
        let line = r#"{"id": "x9", "body": "Text.", "authors": ["Mara Ilic", 3]}"#;
        let e = article_from_json_str(line, "f:4", 100).unwrap_err();
        assert_eq!(e.record.as_deref(), Some("x9"));
        assert!(
            e.message.contains(
                "`authors` should be a string or a list of strings, found a list holding a number"
            ),
            "{}",
            e.message
        );
        let e = article_from_json(
            json!({"body": "Text.", "author": {"name": "M"}}),
            "f:5",
            100,
        )
        .unwrap_err();
        assert!(
            e.message
                .contains("`author` should be a string or a list of strings, found an object"),
            "{}",
            e.message
        );
    }

    #[test]
    fn body_only_and_ambiguous_date_kept() {
        let a =
            article_from_json(json!({"content": "Text.", "date": "9/6/17"}), "f:9", 100).unwrap();
        assert_eq!(a.meta.id, "f:9");
        assert_eq!(a.meta.title_span, None);
        assert_eq!(a.meta.body_span, Some(Span::new(0, 5)));
        assert_eq!(a.meta.date.as_deref(), Some("9/6/17"));
    }
}
