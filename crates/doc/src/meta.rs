//! Article metadata recovered at ingest.

use crate::Span;
use serde::{Deserialize, Serialize};

/// Metadata of one article. Everything except `id` is optional because real
/// inputs often lack it; readers never invent values.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// Stable article id: given by the input, or derived by the reader
    /// (`<file>` or `<file>:<line>`), never empty.
    pub id: String,
    /// The outlet or site, e.g. `site-34` from a `source site-34` trailer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Publication date, normalised to `YYYY-MM-DD` when the input allowed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Original URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Byline: the author or authors as the input names them (`authors`,
    /// `author` or `byline`; a list is joined with ", "). Not part of the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Kicker (the short line above or before the headline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kicker: Option<String>,
    /// ISO 639-1 language code; Chronicle analyses `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Where the input came from: `path`, `path:line`, or `-:line` for stdin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// Byte span of the headline inside `Doc::text`, when the headline is part of the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_span: Option<Span>,
    /// Byte span of the kicker inside `Doc::text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kicker_span: Option<Span>,
    /// Byte span of the article body inside `Doc::text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_span: Option<Span>,
    /// Byte span of the `source <name>` trailer inside `Doc::text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_span: Option<Span>,
}

/// What a reader hands to the pipeline: the canonical text, fixed from now on,
/// and the metadata. Analysis regions are `meta.title_span` and `meta.body_span`
/// (the whole text when both are absent).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Metadata.
    pub meta: Meta,
    /// The canonical text; every span of every layer indexes into it.
    pub text: String,
}

impl Article {
    /// The byte regions the analysis stages should look at, in text order:
    /// the title span (if any) and the body span (or the whole text).
    pub fn regions(&self) -> Vec<Span> {
        regions(&self.meta, &self.text)
    }
}

pub(crate) fn regions(meta: &Meta, text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(2);
    if let Some(t) = meta.title_span {
        out.push(t);
    }
    match meta.body_span {
        Some(b) => out.push(b),
        None if meta.title_span.is_none() => out.push(Span::new(0, text.len())),
        None => {}
    }
    out.sort();
    out
}
