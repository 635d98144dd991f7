//! Chronicle's SQLite store: analysed [`Doc`]s become rows (articles,
//! sentences, entities, actors, events + participants, quotes, claims), every
//! span kept as a byte range into `articles.text`.
//!
//! - One writer ([`Store::open`]): WAL, numbered migrations applied on open,
//!   batched transactions, idempotent by content hash ([`Store::put_docs`]).
//! - Many readers ([`Store::open_read_only`]): read-only flag plus
//!   `PRAGMA query_only`, and a per-query time limit ([`Store::set_time_limit`]).
//!
//! ```
//! use chronicle_doc::{Article, Doc, Meta};
//! let dir = tempfile::tempdir().unwrap();
//! let mut store = chronicle_store::Store::open(dir.path().join("c.db")).unwrap();
//! let doc = Doc::new(Article { meta: Meta { id: "a1".into(), ..Meta::default() }, text: "Kyiv said no.".into() });
//! assert_eq!(store.put_docs(&[doc.clone()]).unwrap().new, 1);
//! assert_eq!(store.put_docs(&[doc]).unwrap().unchanged, 1);
//! ```
#![deny(missing_docs)]

pub mod example;
mod export;
mod read;
pub mod schema;
mod write;

pub use export::{ExportFormat, TSV_COLUMNS, quad_class};
pub use read::*;
pub use write::{DocWriter, PutStats};

use chronicle_doc::Doc;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Default database file name, used when no `--db` is given.
pub const DEFAULT_DB: &str = "chronicle.db";

/// Store errors. Each names what failed; SQL errors keep their source.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An SQLite error.
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A migration failed.
    #[error("migration {version} failed: {source}")]
    Migration {
        /// The migration number.
        version: u32,
        /// The SQLite error.
        source: rusqlite::Error,
    },
    /// The database was written by a newer Chronicle.
    #[error("database schema version {found} is newer than this build supports ({supported})")]
    TooNew {
        /// Version found in the file.
        found: u32,
        /// Highest version this build knows.
        supported: u32,
    },
    /// A read-only open found an older schema that needs migrating by a writer.
    #[error(
        "database schema version {found} is older than {expected}; run `chronicle ingest` (or open it writable) to migrate"
    )]
    TooOld {
        /// Version found.
        found: u32,
        /// Version expected.
        expected: u32,
    },
    /// A query ran past its time limit and was interrupted.
    #[error("query interrupted after its time limit")]
    TimeLimit,
    /// A bad argument (filter value, cursor, format).
    #[error("{0}")]
    Invalid(String),
    /// A file error.
    #[error("{path}: {source}")]
    Io {
        /// File.
        path: PathBuf,
        /// Cause.
        source: std::io::Error,
    },
    /// JSON (de)serialisation of a stored column failed.
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    /// Export failure (Parquet writer).
    #[error("export: {0}")]
    Export(String),
}

/// Store result type.
pub type Result<T> = std::result::Result<T, Error>;

/// A connection to a Chronicle database, writable or read-only.
pub struct Store {
    conn: Connection,
    read_only: bool,
    /// Deadline in ms since `epoch` (0 = none), checked by the progress handler.
    deadline_ms: Arc<AtomicU64>,
    epoch: Instant,
    time_limit: Option<Duration>,
}

impl Store {
    /// Opens (creating if needed) a database for writing: WAL journal, foreign
    /// keys on, migrations applied up to [`schema::CURRENT_VERSION`].
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Self::open_at(path, schema::CURRENT_VERSION)
    }

    /// Opens for writing but migrates only up to `version`. Used by tests that
    /// build an older database; applications call [`Store::open`].
    pub fn open_at(path: impl AsRef<Path>, version: u32) -> Result<Store> {
        let mut conn = Connection::open(path.as_ref())?;
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
        )?;
        schema::migrate_to(&mut conn, version)?;
        Ok(Self::wrap(conn, false))
    }

    /// Opens an existing database read-only (`SQLITE_OPEN_READ_ONLY` plus
    /// `PRAGMA query_only`). Fails if the schema is not the current one.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        if !path.exists() {
            return Err(Error::Io {
                path: path.to_owned(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such database"),
            });
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.execute_batch("PRAGMA query_only = ON;")?;
        let v = schema::version(&conn)?;
        if v > schema::CURRENT_VERSION {
            return Err(Error::TooNew {
                found: v,
                supported: schema::CURRENT_VERSION,
            });
        }
        if v < schema::CURRENT_VERSION {
            return Err(Error::TooOld {
                found: v,
                expected: schema::CURRENT_VERSION,
            });
        }
        Ok(Self::wrap(conn, true))
    }

    fn wrap(conn: Connection, read_only: bool) -> Store {
        let deadline_ms = Arc::new(AtomicU64::new(0));
        let epoch = Instant::now();
        let d = deadline_ms.clone();
        conn.progress_handler(
            2_000,
            Some(move || {
                let limit = d.load(Ordering::Relaxed);
                limit != 0 && epoch.elapsed().as_millis() as u64 > limit
            }),
        );
        Store {
            conn,
            read_only,
            deadline_ms,
            epoch,
            time_limit: None,
        }
    }

    /// Sets a time limit applied to each read query from now on (`None` = no limit).
    /// A query that runs past it fails with [`Error::TimeLimit`].
    pub fn set_time_limit(&mut self, limit: Option<Duration>) {
        self.time_limit = limit;
    }

    /// True for connections opened with [`Store::open_read_only`].
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32> {
        schema::version(&self.conn)
    }

    /// Runs read code `f` on the connection under the time limit, mapping an
    /// interrupt to [`Error::TimeLimit`]. On a read-only store `f` cannot write.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        if let Some(l) = self.time_limit {
            let at = self.epoch.elapsed() + l;
            self.deadline_ms
                .store(at.as_millis().max(1) as u64, Ordering::Relaxed);
        }
        let r = f(&self.conn);
        self.deadline_ms.store(0, Ordering::Relaxed);
        r.map_err(|e| match e {
            Error::Sqlite(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::OperationInterrupted =>
            {
                Error::TimeLimit
            }
            e => e,
        })
    }

    /// Writes a batch of Docs in one transaction. An article whose content hash
    /// is already stored is left alone; one whose hash changed has its records
    /// replaced. Docs with invalid spans or an empty id are skipped with a reason.
    pub fn put_docs(&mut self, docs: &[Doc]) -> Result<PutStats> {
        if self.read_only {
            return Err(Error::Invalid("store is read-only".into()));
        }
        write::put_docs(&mut self.conn, docs)
    }

    /// A writer that stores Docs one at a time, committing every `every` of
    /// them: for a stream of Docs, which then need not be held in batches.
    /// The stored rows are those [`Store::put_docs`] writes for the same Docs.
    pub fn writer(&mut self, every: usize) -> Result<DocWriter<'_>> {
        if self.read_only {
            return Err(Error::Invalid("store is read-only".into()));
        }
        Ok(DocWriter::new(&self.conn, every))
    }

    /// Checks database integrity: `PRAGMA integrity_check`, foreign keys and
    /// both FTS indexes. Returns the list of problems (empty when sound).
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut st = self.conn.prepare("PRAGMA integrity_check")?;
        for r in st.query_map([], |r| r.get::<_, String>(0))? {
            let r = r?;
            if r != "ok" {
                problems.push(format!("integrity_check: {r}"));
            }
        }
        let mut st = self.conn.prepare("PRAGMA foreign_key_check")?;
        let n = st.query_map([], |_| Ok(()))?.count();
        if n > 0 {
            problems.push(format!("foreign_key_check: {n} violations"));
        }
        if !self.read_only {
            for t in ["articles_fts", "quotes_fts"] {
                if let Err(e) = self.conn.execute(
                    &format!("INSERT INTO {t}({t}) VALUES ('integrity-check')"),
                    [],
                ) {
                    problems.push(format!("{t}: {e}"));
                }
            }
        }
        Ok(problems)
    }

    /// The underlying connection, for read-only ad-hoc use in tests and tools.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Content hash of a Doc: BLAKE3 over its JSON form (text, metadata and every
/// layer), hex. Identical analyses of identical articles hash identically.
pub fn doc_hash(doc: &Doc) -> String {
    let json = serde_json::to_vec(doc).expect("Doc serializes");
    blake3::hash(&json).to_hex().to_string()
}
