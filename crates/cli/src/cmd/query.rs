//! `chronicle query`: filtered events as a table, JSONL or CSV.

use anyhow::{Context, Result};
use chronicle_store::{EventFilter, EventRow, Store};
use std::io::Write;
use std::path::PathBuf;

/// Output formats of `chronicle query`.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// One JSON event per line.
    Jsonl,
    /// Comma-separated values with a header.
    Csv,
}

/// Arguments of `chronicle query`.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  chronicle query --actor RUS --type MOBILIZE
  chronicle query --actor putin --recipient NATO --from 2022-01-01 --to 2022-02-24
  chronicle query --text \"eastward expansion\" --format jsonl
  chronicle query --source site-34 --format csv > site34.csv

Actors match by code prefix (RUS matches RUSGOV) or by name substring, case-insensitively.")]
pub struct Args {
    /// SQLite database.
    #[arg(long, default_value = chronicle_store::DEFAULT_DB)]
    pub db: PathBuf,
    /// Source actor: code prefix or name.
    #[arg(long)]
    pub actor: Option<String>,
    /// Recipient: code prefix or name.
    #[arg(long)]
    pub recipient: Option<String>,
    /// PLOVER event type.
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// PLOVER mode.
    #[arg(long)]
    pub mode: Option<String>,
    /// First date, YYYY-MM-DD.
    #[arg(long)]
    pub from: Option<String>,
    /// Last date, YYYY-MM-DD.
    #[arg(long)]
    pub to: Option<String>,
    /// Outlet.
    #[arg(long)]
    pub source: Option<String>,
    /// Full-text search over article text (all words required).
    #[arg(long)]
    pub text: Option<String>,
    /// Article id.
    #[arg(long)]
    pub article: Option<String>,
    /// Maximum events (use `chronicle export` for everything).
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

fn parties(p: &[chronicle_store::PartyRow]) -> String {
    p.iter()
        .map(|x| x.code.clone().unwrap_or_else(|| x.name.clone()))
        .collect::<Vec<_>>()
        .join("+")
}

const COLS: &[&str] = &[
    "id",
    "date",
    "source",
    "type",
    "mode",
    "actor",
    "recipient",
    "trigger",
    "intensity",
    "article",
    "pattern",
];

fn cells(e: &EventRow) -> Vec<String> {
    vec![
        e.id.to_string(),
        e.date.clone().unwrap_or_default(),
        e.source.clone().unwrap_or_default(),
        e.event_type.clone(),
        e.mode.clone().unwrap_or_default(),
        parties(&e.actors),
        parties(&e.recipients),
        e.trigger_text.clone(),
        format!("{}", e.intensity),
        e.article.clone(),
        e.pattern.clone(),
    ]
}

/// Runs `chronicle query`.
pub fn run(a: Args) -> Result<i32> {
    let store =
        Store::open_read_only(&a.db).with_context(|| format!("opening {}", a.db.display()))?;
    let mut f = EventFilter {
        actor: a.actor,
        recipient: a.recipient,
        event_type: a.event_type,
        mode: a.mode,
        from: a.from,
        to: a.to,
        source: a.source,
        text: a.text,
        article: a.article,
        limit: Some(a.limit.clamp(1, chronicle_store::MAX_ROWS)),
        cursor: None,
    };
    let mut rows = Vec::new();
    while rows.len() < a.limit {
        let page = store.events(&f)?;
        rows.extend(page.items);
        match page.next {
            Some(n) => f.cursor = Some(n),
            None => break,
        }
    }
    rows.truncate(a.limit);
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    match a.format {
        Format::Jsonl => {
            for e in &rows {
                serde_json::to_writer(&mut out, e)?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            let table: Vec<Vec<String>> = rows.iter().map(cells).collect();
            crate::common::write_csv(&mut out, COLS, &table)?;
        }
        Format::Table => {
            let table: Vec<Vec<String>> = rows.iter().map(cells).collect();
            crate::common::write_table(&mut out, COLS, &table)?;
            eprintln!("{} events", rows.len());
        }
    }
    out.flush()?;
    Ok(0)
}
