//! `chronicle eval plv` and `chronicle eval plover-gsr`: event coding scores.
//! The sentences go through the full pipeline (tokenizer, tagger/parser); the
//! gold source/target (PLV) or gold actor texts (GSR) become the actor mentions,
//! so the scores measure event coding given the actors.

use anyhow::Context;
use chronicle_doc::{Article, Doc, Meta};
use chronicle_events::Coder;
use chronicle_events::eval::{eval_gsr, eval_plv, read_gsr, read_plv};
use chronicle_pipeline::Pipeline;
use std::path::PathBuf;

/// Options shared by the event evaluations.
#[derive(clap::Args)]
pub struct CoderOpts {
    /// Ontology file replacing the embedded data/plover/ontology.txt.
    #[arg(long)]
    ontology: Option<PathBuf>,
    /// Pattern files replacing the embedded ones (synsets first; repeat the flag).
    #[arg(long = "patterns")]
    patterns: Vec<PathBuf>,
    /// Print one JSON object with all metrics instead of a table.
    #[arg(long)]
    json: bool,
    /// Only the first N items.
    #[arg(long)]
    limit: Option<usize>,
}

/// `chronicle eval plv FILE.tsv`
#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  chronicle eval plv ../shared/data/plv/PLV_train.tsv\n  \
    chronicle eval plv PLV_train.tsv --json --errors 20\n\n\
    PLV's YIELD is scored against CONCEDE and RETREAT (PLOVER split CAMEO's YIELD).\n\
    NONE = no coded event touches the gold source or target."
)]
pub struct PlvArgs {
    /// PLV TSV with columns sentence_id, marked_sentence, gold_root.
    file: PathBuf,
    #[command(flatten)]
    opts: CoderOpts,
    /// Print the first N misclassified rows (id, gold, predicted, pattern, sentence).
    #[arg(long, default_value_t = 0)]
    errors: usize,
}

/// `chronicle eval plover-gsr FILE`
#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  chronicle eval plover-gsr ../shared/data/plover/PLOVER_GSR_CAMEO.txt\n\n\
    Old names are mapped: DEMAND→REQUEST, DISAPPROVE→ACCUSE, YIELD→CONCEDE|RETREAT,\n\
    FIGHT→ASSAULT, INVESTIGATE→ACCUSE (mode investigate)."
)]
pub struct GsrArgs {
    /// PLOVER_GSR_CAMEO.txt (a JSON array of records).
    file: PathBuf,
    #[command(flatten)]
    opts: CoderOpts,
}

fn coder(o: &CoderOpts) -> anyhow::Result<Coder> {
    if o.ontology.is_none() && o.patterns.is_empty() {
        return Ok(Coder::embedded());
    }
    let onto_text = match &o.ontology {
        Some(p) => {
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?
        }
        None => chronicle_events::ontology::EMBEDDED_ONTOLOGY.to_string(),
    };
    let onto_name = o
        .ontology
        .as_ref()
        .map_or("ontology.txt".to_string(), |p| p.display().to_string());
    let mut files: Vec<(String, String)> = Vec::new();
    if o.patterns.is_empty() {
        for (n, t) in chronicle_events::pattern::EMBEDDED_PATTERNS {
            files.push((n.to_string(), t.to_string()));
        }
    }
    for p in &o.patterns {
        files.push((
            p.display().to_string(),
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?,
        ));
    }
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    Ok(Coder::from_sources((&onto_name, &onto_text), &refs)?)
}

fn analyzer() -> impl Fn(&str) -> Doc {
    let p = Pipeline::default();
    let warned = std::sync::atomic::AtomicBool::new(false);
    move |text: &str| {
        let d = p.analyze(Article {
            meta: Meta {
                id: "eval".into(),
                ..Meta::default()
            },
            text: text.to_string(),
        });
        if d.deps.is_none() && !warned.swap(true, std::sync::atomic::Ordering::Relaxed) {
            eprintln!(
                "warning: the pipeline wrote no dependency layer (no syntax stage): no events can be coded"
            );
        }
        d
    }
}

/// Runs the PLV evaluation.
pub fn run_plv(a: PlvArgs) -> anyhow::Result<i32> {
    let src = std::fs::read_to_string(&a.file)
        .with_context(|| format!("reading {}", a.file.display()))?;
    let mut rows = read_plv(&a.file.display().to_string(), &src)?;
    if let Some(n) = a.opts.limit {
        rows.truncate(n);
    }
    let coder = coder(&a.opts)?;
    let analyze = analyzer();
    let rep = eval_plv(&rows, &analyze, &coder);
    if a.opts.json {
        let mut v = serde_json::to_value(&rep)?;
        v["file"] = a.file.display().to_string().into();
        println!("{}", serde_json::to_string(&v)?);
    } else {
        println!("PLV {} ({} rows)\n", a.file.display(), rows.len());
        print!("{}", rep.score.table());
        println!(
            "\nlinks {:?}   events per sentence {:.2}",
            rep.links, rep.events_per_sentence
        );
    }
    let mut shown = 0;
    for (p, r) in rep.predictions.iter().zip(&rows) {
        if shown >= a.errors {
            break;
        }
        if p.gold != p.predicted {
            shown += 1;
            eprintln!(
                "{}\t{}\t{}\t{}\t{:?}\t{}",
                p.id,
                p.gold,
                p.predicted,
                p.pattern.as_deref().unwrap_or("-"),
                p.link,
                r.text
            );
        }
    }
    Ok(0)
}

/// Runs the GSR evaluation.
pub fn run_gsr(a: GsrArgs) -> anyhow::Result<i32> {
    let src = std::fs::read_to_string(&a.file)
        .with_context(|| format!("reading {}", a.file.display()))?;
    let mut recs = read_gsr(&a.file.display().to_string(), &src)?;
    if let Some(n) = a.opts.limit {
        recs.truncate(n);
    }
    let coder = coder(&a.opts)?;
    let analyze = analyzer();
    let rep = eval_gsr(&recs, &analyze, &coder);
    if a.opts.json {
        println!("{}", serde_json::to_string(&rep)?);
    } else {
        println!(
            "PLOVER GSR {} ({} records, {} events predicted)\n",
            a.file.display(),
            rep.records,
            rep.predicted_events
        );
        println!("{:<22} {:>6} {:>6} {:>6}", "", "P", "R", "F1");
        for (name, x) in [
            ("event type", &rep.event_type),
            ("type + actor", &rep.type_actor),
            ("type + actor + recip.", &rep.type_actor_recipient),
        ] {
            println!(
                "{name:<22} {:>6.3} {:>6.3} {:>6.3}",
                x.precision, x.recall, x.f1
            );
        }
        println!(
            "\ngold actor text not found in {} records",
            rep.actors_not_found
        );
        println!("\n{:<12} {:>7} {:>8}", "gold type", "records", "matched");
        for (t, (n, m)) in &rep.per_type {
            println!("{t:<12} {n:>7} {m:>8}");
        }
    }
    Ok(0)
}
