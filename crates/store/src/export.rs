//! Event exports: JSONL (one [`crate::EventRow`] per line), TSV with
//! GDELT-like columns, and Parquet (cargo feature `parquet`).

use crate::{Error, EventRow, PartyRow, Result, Store};
use std::io::Write;

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON event per line.
    Jsonl,
    /// Tab-separated, GDELT-like columns ([`TSV_COLUMNS`]).
    Tsv,
    /// Apache Parquet with the TSV columns (needs the `parquet` feature).
    Parquet,
}

/// Column names of the TSV and Parquet exports: GDELT 2.0 event names where
/// one exists, then Chronicle extras.
pub const TSV_COLUMNS: &[&str] = &[
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "EventCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "SOURCEURL",
    "ArticleID",
    "Source",
    "Mode",
    "Trigger",
    "TriggerStart",
    "TriggerEnd",
    "Pattern",
    "Sentence",
];

/// GDELT-style quad class from a CAMEO root code: 1 verbal cooperation
/// (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13),
/// 4 material conflict (14–20), 0 unknown.
pub fn quad_class(cameo: &str) -> u8 {
    match cameo.get(..2).and_then(|s| s.parse::<u8>().ok()) {
        Some(1..=5) => 1,
        Some(6..=8) => 2,
        Some(9..=13) => 3,
        Some(14..=20) => 4,
        _ => 0,
    }
}

/// Country of a participant's resolved actor mention.
fn country(p: Option<&PartyRow>) -> String {
    p.and_then(|p| p.country.clone()).unwrap_or_default()
}

fn tsv_clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// The TSV/Parquet row of an event, as strings in [`TSV_COLUMNS`] order.
pub(crate) fn tsv_row(e: &EventRow) -> Vec<String> {
    let a1 = e.actors.first();
    let a2 = e.recipients.first();
    let code = |p: Option<&PartyRow>| p.and_then(|p| p.code.clone()).unwrap_or_default();
    let name = |p: Option<&PartyRow>| p.map(|p| tsv_clean(&p.name)).unwrap_or_default();
    vec![
        e.id.to_string(),
        e.date.as_deref().unwrap_or("").replace('-', ""),
        code(a1),
        name(a1),
        country(a1),
        code(a2),
        name(a2),
        country(a2),
        e.event_type.clone(),
        e.cameo.clone(),
        e.quad_class.to_string(),
        format!("{}", e.intensity),
        e.url.clone().unwrap_or_default(),
        tsv_clean(&e.article),
        tsv_clean(e.source.as_deref().unwrap_or("")),
        e.mode.clone().unwrap_or_default(),
        tsv_clean(&e.trigger_text),
        e.trigger.start.to_string(),
        e.trigger.end.to_string(),
        e.pattern.clone(),
        e.sentence.to_string(),
    ]
}

impl Store {
    /// Writes every event in `format` to `out`; returns the number of events.
    pub fn export<W: Write + Send>(&self, format: ExportFormat, out: W) -> Result<usize> {
        match format {
            ExportFormat::Jsonl => self.export_lines(out, false),
            ExportFormat::Tsv => self.export_lines(out, true),
            ExportFormat::Parquet => self.export_parquet(out),
        }
    }

    fn export_lines<W: Write>(&self, mut out: W, tsv: bool) -> Result<usize> {
        let io = |e: std::io::Error| Error::Export(e.to_string());
        let mut n = 0;
        if tsv {
            writeln!(out, "{}", TSV_COLUMNS.join("\t")).map_err(io)?;
        }
        self.for_each_event(|e| {
            if tsv {
                writeln!(out, "{}", tsv_row(&e).join("\t")).map_err(io)?;
            } else {
                serde_json::to_writer(&mut out, &e)?;
                out.write_all(b"\n").map_err(io)?;
            }
            n += 1;
            Ok(())
        })?;
        out.flush().map_err(io)?;
        Ok(n)
    }

    #[cfg(not(feature = "parquet"))]
    fn export_parquet<W: Write + Send>(&self, _out: W) -> Result<usize> {
        Err(Error::Export(
            "this build has no Parquet support; rebuild with `cargo build --release --features parquet`".into(),
        ))
    }

    #[cfg(feature = "parquet")]
    fn export_parquet<W: Write + Send>(&self, out: W) -> Result<usize> {
        use arrow_array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
        use arrow_schema::{DataType, Field, Schema};
        use std::sync::Arc;
        let pe = |e: parquet::errors::ParquetError| Error::Export(e.to_string());
        let ae = |e: arrow_schema::ArrowError| Error::Export(e.to_string());
        let int_cols = [
            "GLOBALEVENTID",
            "QuadClass",
            "TriggerStart",
            "TriggerEnd",
            "Sentence",
        ];
        let fields: Vec<Field> = TSV_COLUMNS
            .iter()
            .map(|c| {
                let t = if int_cols.contains(c) {
                    DataType::Int64
                } else if *c == "GoldsteinScale" {
                    DataType::Float64
                } else {
                    DataType::Utf8
                };
                Field::new(*c, t, false)
            })
            .collect();
        let schema = Arc::new(Schema::new(fields));
        let mut w = parquet::arrow::ArrowWriter::try_new(out, schema.clone(), None).map_err(pe)?;
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut n = 0;
        let mut flush =
            |rows: &mut Vec<Vec<String>>, w: &mut parquet::arrow::ArrowWriter<W>| -> Result<()> {
                if rows.is_empty() {
                    return Ok(());
                }
                let cols: Vec<ArrayRef> = TSV_COLUMNS
                    .iter()
                    .enumerate()
                    .map(|(i, c)| -> ArrayRef {
                        if int_cols.contains(c) {
                            Arc::new(Int64Array::from_iter_values(
                                rows.iter().map(|r| r[i].parse::<i64>().unwrap_or(0)),
                            ))
                        } else if *c == "GoldsteinScale" {
                            Arc::new(Float64Array::from_iter_values(
                                rows.iter().map(|r| r[i].parse::<f64>().unwrap_or(0.0)),
                            ))
                        } else {
                            Arc::new(StringArray::from_iter_values(
                                rows.iter().map(|r| r[i].as_str()),
                            ))
                        }
                    })
                    .collect();
                let batch = RecordBatch::try_new(schema.clone(), cols).map_err(ae)?;
                w.write(&batch).map_err(pe)?;
                rows.clear();
                Ok(())
            };
        self.for_each_event(|e| {
            rows.push(tsv_row(&e));
            n += 1;
            if rows.len() >= 8192 {
                flush(&mut rows, &mut w)?;
            }
            Ok(())
        })?;
        flush(&mut rows, &mut w)?;
        w.close().map_err(pe)?;
        Ok(n)
    }
}
