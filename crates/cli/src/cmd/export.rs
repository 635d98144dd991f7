//! `chronicle export`: every stored event as JSONL, GDELT-like TSV or Parquet.

use anyhow::{Context, Result};
use chronicle_store::{ExportFormat, Store};
use std::path::PathBuf;

/// Export formats.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    /// One JSON event per line, with spans, pattern and article provenance.
    Jsonl,
    /// Tab-separated with GDELT event column names (plus Chronicle extras).
    Tsv,
    /// Apache Parquet with the TSV columns (build with `--features parquet`).
    Parquet,
}

/// Arguments of `chronicle export`.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  chronicle export --format tsv > events.tsv
  chronicle export --format jsonl -o events.jsonl
  chronicle export --format parquet -o events.parquet   # needs a build with --features parquet

TSV columns: GLOBALEVENTID SQLDATE Actor1Code Actor1Name Actor1CountryCode Actor2Code Actor2Name
Actor2CountryCode EventCode(PLOVER type) EventRootCode(CAMEO root) QuadClass GoldsteinScale(PLOVER
intensity) SOURCEURL ArticleID Source Mode Trigger TriggerStart TriggerEnd Pattern Sentence")]
pub struct Args {
    /// SQLite database.
    #[arg(long, default_value = chronicle_store::DEFAULT_DB)]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Format,
    /// Output file (default: stdout).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// Runs `chronicle export`.
pub fn run(a: Args) -> Result<i32> {
    let store =
        Store::open_read_only(&a.db).with_context(|| format!("opening {}", a.db.display()))?;
    let fmt = match a.format {
        Format::Jsonl => ExportFormat::Jsonl,
        Format::Tsv => ExportFormat::Tsv,
        Format::Parquet => ExportFormat::Parquet,
    };
    let n = match &a.output {
        Some(p) => {
            let f =
                std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?;
            store.export(fmt, std::io::BufWriter::new(f))?
        }
        None => store.export(fmt, std::io::BufWriter::new(std::io::stdout()))?,
    };
    eprintln!("exported {n} events");
    Ok(0)
}
