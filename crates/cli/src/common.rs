//! Helpers shared by subcommands: loading data files, process statistics.

use anyhow::Context;
use chronicle_doc::conllu::UdSentence;
use chronicle_syntax::Syntax;
use chronicle_text::Segmenter;
use std::path::{Path, PathBuf};

/// The segmenter: embedded lexicon, or the one at `path`.
pub fn segmenter(path: Option<&Path>) -> anyhow::Result<Segmenter> {
    match path {
        None => Ok(Segmenter::default()),
        Some(p) => {
            let src = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read lexicon {}", p.display()))?;
            Ok(Segmenter::from_lexicon_named(
                &src,
                &p.display().to_string(),
            )?)
        }
    }
}

/// The entities stage `e` with the named-entity recogniser's word and name
/// lists read from `path` instead of the embedded data/ner/lists.txt (for
/// this value only; `None` keeps `e`'s lists).
pub fn with_ner_lists(
    e: chronicle_entities::Entities,
    path: Option<&Path>,
) -> anyhow::Result<chronicle_entities::Entities> {
    let Some(p) = path else {
        return Ok(e);
    };
    let src = std::fs::read_to_string(p)
        .with_context(|| format!("cannot read NER lists {}", p.display()))?;
    let lists = chronicle_entities::ner_lists::NerLists::parse(&p.display().to_string(), &src)?;
    Ok(e.with_ner_lists(lists))
}

/// Data files and models that replace the embedded ones in the analysis
/// pipeline (`chronicle analyze`, `chronicle ingest`). Opt-in models trained on
/// non-commercial or unlicensed data (data/models/MANIFEST.md) are used only
/// when named here.
#[derive(clap::Args, Debug, Default, Clone)]
pub struct ModelArgs {
    /// Segmentation lexicon to use instead of the embedded data/lexicon/en.txt.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// Tagger model to use instead of the embedded one (e.g. data/models/ewt-gum/tagger.bin).
    #[arg(long, value_name = "FILE", requires = "parser")]
    pub tagger: Option<PathBuf>,
    /// Parser model to use instead of the embedded one (e.g. data/models/ewt-gum/parser.bin).
    #[arg(long, value_name = "FILE", requires = "tagger")]
    pub parser: Option<PathBuf>,
    /// Actor dictionary files or directories (every *.actors file) instead of the embedded data/actors/.
    #[arg(long = "actors", value_name = "PATH")]
    pub actors: Vec<PathBuf>,
    /// Word and name lists of the rules recogniser instead of the embedded data/ner/lists.txt.
    #[arg(long, value_name = "FILE")]
    pub ner_lists: Option<PathBuf>,
    /// Named-entity model (e.g. data/models/ner-gum.zst, non-commercial) used with the dictionary rules.
    #[arg(long, value_name = "FILE")]
    pub ner_model: Option<PathBuf>,
    /// Quote cue model (e.g. data/models/quotes-cue-polnear.tsv; licence unknown) used with the cue lexicon.
    #[arg(long, value_name = "FILE")]
    pub quote_model: Option<PathBuf>,
    /// Quote content-end chooser (e.g. data/models/quotes-content-polnear.tsv; licence unknown) used after the rules.
    #[arg(long, value_name = "FILE")]
    pub content_model: Option<PathBuf>,
}

impl ModelArgs {
    /// The pipeline: embedded data, with every file given here in its place.
    pub fn pipeline(&self) -> anyhow::Result<chronicle_pipeline::Pipeline> {
        let mut p = pipeline_with_syntax_files(self.tagger.as_ref(), self.parser.as_ref())?
            .with_text(segmenter(self.lexicon.as_deref())?);
        if !self.actors.is_empty() || self.ner_model.is_some() || self.ner_lists.is_some() {
            let mut e = crate::cmd::load_entities(&self.actors)?;
            e = with_ner_lists(e, self.ner_lists.as_deref())?;
            if let Some(m) = &self.ner_model {
                let b = std::fs::read(m).with_context(|| format!("cannot read {}", m.display()))?;
                let model = chronicle_entities::ner::NerModel::from_bytes(&b)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", m.display()))?;
                e = e.with_ner_model(model);
            }
            p = p.with_entities(e);
        }
        if let Some(m) = &self.quote_model {
            let src = std::fs::read_to_string(m)
                .with_context(|| format!("cannot read {}", m.display()))?;
            let model = chronicle_quotes::CueModel::parse(&src, &m.display().to_string())?;
            p.quotes = p.quotes.clone().with_cue_model(model);
        }
        if let Some(m) = &self.content_model {
            let src = std::fs::read_to_string(m)
                .with_context(|| format!("cannot read {}", m.display()))?;
            let model = chronicle_quotes::ContentModel::parse(&src, &m.display().to_string())?;
            p.quotes = p.quotes.clone().with_content_model(model);
        }
        Ok(p)
    }
}

/// Sets the size of rayon's global pool (0 = one thread per core).
pub fn set_threads(n: usize) -> anyhow::Result<()> {
    if n > 0 {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("cannot configure the thread pool")?;
    }
    Ok(())
}

/// Peak resident set size in bytes (VmHWM from /proc/self/status), if available.
pub fn peak_rss_bytes() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// CPU time (user + system) of this process in seconds, from /proc/self/stat
/// (clock ticks of 1/100 s, the Linux default).
pub fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    // fields after the command name (which is in parentheses and may hold spaces)
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// CPU time consumed by the calling thread, in seconds (CLOCK_THREAD_CPUTIME_ID).
pub fn thread_cpu_seconds() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes the timespec we pass; the clock id is a constant.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return 0.0;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Reads and parses a CoNLL-U file.
pub fn read_conllu(path: &Path) -> anyhow::Result<Vec<UdSentence>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    chronicle_doc::conllu::parse(&text)
        .map_err(|e| anyhow::anyhow!("{}:{}: {}", path.display(), e.line, e.reason))
}

/// The default pipeline with the syntax models of the given paths (the
/// embedded ones for a path not given). The embedded pair is loaded only when
/// it is used: loading it and then replacing it kept both pairs in memory
/// (peak RSS 121 → 211 MB in `bench pipeline --parser …`).
pub fn pipeline_with_syntax_files(
    tagger: Option<&PathBuf>,
    parser: Option<&PathBuf>,
) -> anyhow::Result<chronicle_pipeline::Pipeline> {
    if tagger.is_none() && parser.is_none() {
        return Ok(chronicle_pipeline::Pipeline::default());
    }
    let syntax = load_syntax(tagger, parser)?;
    Ok(chronicle_pipeline::Pipeline::with_syntax_models(
        std::sync::Arc::new(syntax),
    ))
}

/// Loads the syntax models: from the given paths, else the embedded ones.
pub fn load_syntax(tagger: Option<&PathBuf>, parser: Option<&PathBuf>) -> anyhow::Result<Syntax> {
    let read = |p: &PathBuf| std::fs::read(p).with_context(|| format!("reading {}", p.display()));
    let t = match tagger {
        Some(p) => read(p)?,
        None => chronicle_syntax::EMBEDDED_TAGGER.to_vec(),
    };
    let p = match parser {
        Some(p) => read(p)?,
        None => chronicle_syntax::EMBEDDED_PARSER.to_vec(),
    };
    Syntax::from_bytes(&t, &p).map_err(|e| anyhow::anyhow!("{e}"))
}

/// A CSV cell: quoted when it holds a comma, a quotation mark or a line break.
pub fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Writes a header and rows as comma-separated values.
pub fn write_csv(
    out: &mut impl std::io::Write,
    cols: &[&str],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    writeln!(out, "{}", cols.join(","))?;
    for r in rows {
        let cells: Vec<String> = r.iter().map(|c| csv_cell(c)).collect();
        writeln!(out, "{}", cells.join(","))?;
    }
    Ok(())
}

/// Writes a header and rows as aligned columns for people: line breaks and
/// tabs become spaces, cells longer than `TABLE_CELL` characters are cut
/// with an ellipsis.
pub fn write_table(
    out: &mut impl std::io::Write,
    cols: &[&str],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    const TABLE_CELL: usize = 28;
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| {
                    let c = c.replace(['\n', '\t'], " ");
                    if c.chars().count() > TABLE_CELL {
                        format!("{}…", c.chars().take(TABLE_CELL - 1).collect::<String>())
                    } else {
                        c
                    }
                })
                .collect()
        })
        .collect();
    let mut w: Vec<usize> = cols.iter().map(|c| c.chars().count()).collect();
    for r in &table {
        for (i, c) in r.iter().enumerate() {
            w[i] = w[i].max(c.chars().count());
        }
    }
    let line = |r: &[String]| -> String {
        r.iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<w$}", w = w[i]))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(
        out,
        "{}",
        line(&cols.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    )?;
    for r in &table {
        writeln!(out, "{}", line(r))?;
    }
    Ok(())
}
