//! Chronicle's document model: one [`Doc`] holds an article's canonical text
//! and stand-off layers (sentences, tokens, tags, dependencies, entities,
//! actors, events, quotes, claims). Every span is a byte range into
//! `Doc::text`; nothing ever rewrites the text.
//!
//! ```
//! use chronicle_doc::{Article, Doc, Meta, Span};
//! let doc = Doc::new(Article {
//!     meta: Meta { id: "a1".into(), ..Meta::default() },
//!     text: "Kyiv rejected the offer.".into(),
//! });
//! assert_eq!(doc.slice(Span::new(0, 4)), "Kyiv");
//! assert!(doc.tokens.is_none()); // the text stage has not run yet
//! ```
#![deny(missing_docs)]

pub mod conllu;
mod doc;
pub mod fxhash;
pub mod layers;
mod meta;
mod span;
mod sym;
pub mod words;

pub use doc::{Doc, SpanError, SpanErrorKind};
pub use layers::*;
pub use meta::{Article, Meta};
pub use span::{Span, TokenRange};
pub use sym::Sym;

/// Version of the Doc JSON schema. Bump it whenever the serialized shape changes
/// and record the change in docs/schema.md.
pub const SCHEMA_VERSION: u32 = 3;
