//! `chronicle claims`: stored numeric claims, or the conflicting pairs among
//! them, as a table, JSONL or CSV.

use crate::cmd::query::Format;
use anyhow::{Context, Result};
use chronicle_store::{ClaimRow, Conflict, Store};
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `chronicle claims`.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  chronicle claims --about troops
  chronicle claims --claimant UKRGOV --format jsonl
  chronicle claims --conflicts
  chronicle claims --conflicts --about troops --format csv > conflicts.csv

`--about` is the comparison key of what is counted (the counted noun's lemma, as stored);
`--claimant` is an actor code or `source:<outlet>` for claims no one is quoted for.
`--conflicts` lists pairs of claims from two articles about the same counted thing, unit and
setting (verb and places), reported at most two days apart, whose values cannot both be true.")]
pub struct Args {
    /// SQLite database.
    #[arg(long, default_value = chronicle_store::DEFAULT_DB)]
    pub db: PathBuf,
    /// What is counted (the stored comparison key).
    #[arg(long)]
    pub about: Option<String>,
    /// Claimant code, or `source:<outlet>` (not with --conflicts).
    #[arg(long, conflicts_with = "conflicts")]
    pub claimant: Option<String>,
    /// List conflicting pairs of claims across articles instead of claims.
    #[arg(long)]
    pub conflicts: bool,
    /// Maximum rows (claims or pairs).
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// A value or a range, without a trailing `.0`.
fn value(c: &ClaimRow) -> String {
    let v = |x: f64| {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            format!("{}", x as i64)
        } else {
            format!("{x}")
        }
    };
    match c.value_max {
        Some(m) if m != c.value => format!("{}–{}", v(c.value), v(m)),
        _ => v(c.value),
    }
}

const CLAIM_COLS: &[&str] = &[
    "id", "date", "source", "value", "unit", "modifier", "about", "claimant", "text", "setting",
    "article",
];

fn claim_cells(c: &ClaimRow) -> Vec<String> {
    vec![
        c.id.to_string(),
        c.date.clone().unwrap_or_default(),
        c.source.clone().unwrap_or_default(),
        value(c),
        c.unit.clone(),
        c.modifier.clone(),
        c.about.clone().unwrap_or_default(),
        c.claimant.clone(),
        c.text.clone(),
        c.setting.clone().unwrap_or_default(),
        c.article.clone(),
    ]
}

const CONFLICT_COLS: &[&str] = &[
    "about",
    "unit",
    "setting",
    "value_a",
    "claimant_a",
    "source_a",
    "date_a",
    "article_a",
    "value_b",
    "claimant_b",
    "source_b",
    "date_b",
    "article_b",
];

fn conflict_cells(x: &Conflict) -> Vec<String> {
    let side = |c: &ClaimRow| {
        [
            value(c),
            c.claimant.clone(),
            c.source.clone().unwrap_or_default(),
            c.date.clone().unwrap_or_default(),
            c.article.clone(),
        ]
    };
    let mut v = vec![
        x.about.clone(),
        x.unit.clone(),
        x.a.setting.clone().unwrap_or_default(),
    ];
    v.extend(side(&x.a));
    v.extend(side(&x.b));
    v
}

fn write_rows<T: serde::Serialize>(
    format: Format,
    items: &[T],
    cols: &[&str],
    cells: impl Fn(&T) -> Vec<String>,
    what: &str,
) -> Result<()> {
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    match format {
        Format::Jsonl => {
            for x in items {
                serde_json::to_writer(&mut out, x)?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            let rows: Vec<Vec<String>> = items.iter().map(&cells).collect();
            crate::common::write_csv(&mut out, cols, &rows)?;
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = items.iter().map(&cells).collect();
            crate::common::write_table(&mut out, cols, &rows)?;
            eprintln!("{} {what}", items.len());
        }
    }
    out.flush()?;
    Ok(())
}

/// Runs `chronicle claims`.
pub fn run(a: Args) -> Result<i32> {
    let store =
        Store::open_read_only(&a.db).with_context(|| format!("opening {}", a.db.display()))?;
    let limit = Some(a.limit.clamp(1, chronicle_store::MAX_ROWS));
    if a.conflicts {
        let pairs = store.conflicts(a.about.as_deref(), limit)?;
        write_rows(
            a.format,
            &pairs,
            CONFLICT_COLS,
            conflict_cells,
            "conflicting pairs",
        )?;
    } else {
        let claims = store.claims(a.about.as_deref(), a.claimant.as_deref(), limit)?;
        write_rows(a.format, &claims, CLAIM_COLS, claim_cells, "claims")?;
    }
    Ok(0)
}
