//! `chronicle serve`: the JSON API and the dashboard over a store.

use anyhow::{Context, Result};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Arguments of `chronicle serve`.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  chronicle serve                         # ./chronicle.db on http://127.0.0.1:8080/
  chronicle serve --db corpus.db --addr 127.0.0.1:9000

The server is read-only and binds loopback by default. API: /api/v1/ (see docs/api.md).")]
pub struct Args {
    /// SQLite database.
    #[arg(long, default_value = chronicle_store::DEFAULT_DB)]
    pub db: PathBuf,
    /// Address to bind.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Time limit of one SQL query, in milliseconds.
    #[arg(long, default_value_t = 1000)]
    pub query_time_limit_ms: u64,
    /// Queries running at once.
    #[arg(long, default_value_t = 8)]
    pub max_concurrency: usize,
}

/// Runs `chronicle serve`.
pub fn run(a: Args) -> Result<i32> {
    let mut cfg = chronicle_serve::Config::new(&a.db);
    cfg.query_time_limit = Duration::from_millis(a.query_time_limit_ms.max(1));
    cfg.max_concurrency = a.max_concurrency.max(1);
    if !a.addr.ip().is_loopback() {
        eprintln!(
            "warning: binding {} exposes the dashboard beyond this machine",
            a.addr
        );
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    eprintln!(
        "Chronicle: serving {} at http://{}/",
        a.db.display(),
        a.addr
    );
    rt.block_on(chronicle_serve::serve(cfg, a.addr))
        .with_context(|| format!("serving on {}", a.addr))?;
    Ok(0)
}
