//! Readers turning input files into [`chronicle_doc::Article`]s: the scraped
//! plain-text form, JSONL (also zstd-compressed), JSON (an object or an array),
//! directories (recursive, sorted), several paths, and `-` for stdin.
//!
//! [`Reader`] streams `Result<Article, IngestError>`: a bad record yields an
//! error naming the file, line or record and the reason, and reading goes on
//! with the next record. Ingest is the one place that does IO; the text it
//! produces is fixed from then on (every later span points into it).
//!
//! ```no_run
//! use chronicle_ingest::{Options, Reader};
//! for item in Reader::new(["samples/"], Options::default()) {
//!     match item {
//!         Ok(article) => println!("{}", article.meta.id),
//!         Err(e) => eprintln!("skipped: {e}"),
//!     }
//! }
//! ```
#![deny(missing_docs)]

mod date;
mod json;
mod reader;
mod scraped;

pub use date::normalize_date;
pub use json::{ArticleFields, article_from_json};
pub use reader::{Reader, read_all};
pub use scraped::parse_scraped;

use std::fmt;

/// Default maximum size of one article (bytes of text): 20 MB. Real news
/// articles are under 1 MB; anything larger is almost always a dump or a
/// broken file, and would make later stages slow.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 20 * 1024 * 1024;

/// Reader options.
#[derive(Clone, Debug)]
pub struct Options {
    /// Largest accepted article (text bytes; for JSONL, the line). Larger ones
    /// are skipped with a [`ErrorKind::TooLarge`] error, without being loaded
    /// whole into memory.
    pub max_article_bytes: usize,
    /// Largest accepted `.json` file (it is parsed whole). Default 1 GiB.
    pub max_json_file_bytes: usize,
    /// Force a format instead of guessing from the file name.
    pub format: Option<Format>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            max_json_file_bytes: 1 << 30,
            format: None,
        }
    }
}

/// Input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One scraped plain-text article per file.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// zstd-compressed JSONL.
    JsonlZst,
    /// A JSON object or an array of objects.
    Json,
}

impl Format {
    /// The format a path's name suggests: `.jsonl`/`.ndjson` → JSONL,
    /// `.zst` → zstd JSONL, `.json` → JSON, anything else → scraped text.
    pub fn from_path(path: &std::path::Path) -> Format {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        if name.ends_with(".zst") {
            Format::JsonlZst
        } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
            Format::Jsonl
        } else if name.ends_with(".json") {
            Format::Json
        } else {
            Format::Text
        }
    }
}

/// Why a record or file was skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorKind {
    /// The file could not be opened or read.
    Io,
    /// The file holds NUL bytes: not text.
    Binary,
    /// The bytes are not valid UTF-8.
    InvalidUtf8,
    /// No text: no title and no body.
    Empty,
    /// Over the size limit.
    TooLarge,
    /// A line or file that is not valid JSON, or JSON that is not an object.
    MalformedJson,
    /// A JSON record without a body (`body`, `text` or `content`) or with a
    /// field of the wrong type.
    MissingField,
    /// A compressed stream that is truncated or corrupt.
    Decompress,
}

impl ErrorKind {
    /// Short stable name (used in summaries and JSON output).
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Io => "io",
            ErrorKind::Binary => "binary",
            ErrorKind::InvalidUtf8 => "invalid_utf8",
            ErrorKind::Empty => "empty",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::MalformedJson => "malformed_json",
            ErrorKind::MissingField => "missing_field",
            ErrorKind::Decompress => "decompress",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A skipped record or file: where (`path`, `path:line`, `path[index]`, `-:line`),
/// what kind of problem, and a readable reason.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: {message} [{kind}]")]
pub struct IngestError {
    /// Where: file, file:line, or file[index] for JSON arrays.
    pub origin: String,
    /// Record id, when it could be read.
    pub record: Option<String>,
    /// The kind of problem.
    pub kind: ErrorKind,
    /// What went wrong, for people.
    pub message: String,
}

impl IngestError {
    pub(crate) fn new(
        origin: impl Into<String>,
        kind: ErrorKind,
        message: impl Into<String>,
    ) -> IngestError {
        IngestError {
            origin: origin.into(),
            record: None,
            kind,
            message: message.into(),
        }
    }
}
