//! `chronicle eval plv`, `chronicle eval plover-gsr` and `chronicle eval events-sample`: event coding scores.
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
    /// Tagger model to use instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    tagger: Option<PathBuf>,
    /// Parser model to use instead of the embedded one (e.g. an opt-in lean
    /// parser; the embedded tagger unless --tagger is given).
    #[arg(long, value_name = "FILE")]
    parser: Option<PathBuf>,
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
    /// With --errors: also print each misclassified row's parse (index, form, lemma,
    /// UPOS, head, relation; S/T mark the gold source/target) and all coded events.
    #[arg(long)]
    trees: bool,
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

fn analyzer(o: &CoderOpts) -> anyhow::Result<impl Fn(&str) -> Doc> {
    let p = crate::common::pipeline_with_syntax_files(o.tagger.as_ref(), o.parser.as_ref())?;
    let warned = std::sync::atomic::AtomicBool::new(false);
    Ok(move |text: &str| {
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
    })
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
    let analyze = analyzer(&a.opts)?;
    let t0 = std::time::Instant::now();
    let rep = eval_plv(&rows, &analyze, &coder);
    let seconds = t0.elapsed().as_secs_f64();
    if a.opts.json {
        let mut v = serde_json::to_value(&rep)?;
        v["eval"] = "plv".into();
        v["gold"] = serde_json::json!([a.file.display().to_string()]);
        v["seconds"] = seconds.into();
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
            if a.trees {
                print_tree(&analyze, &coder, r);
            }
        }
    }
    Ok(0)
}

/// Development aid for pattern work: the parse of a PLV row and every event coded on it.
fn print_tree(analyze: &dyn Fn(&str) -> Doc, coder: &Coder, r: &chronicle_events::eval::PlvRow) {
    use chronicle_events::eval::mention_for_span;
    let mut doc = analyze(&r.text);
    let mut ms = Vec::new();
    ms.extend(r.source.and_then(|s| mention_for_span(&doc, s, "SRC")));
    ms.extend(r.target.and_then(|t| mention_for_span(&doc, t, "TGT")));
    doc.actors = Some(ms.clone());
    let (Some(tags), Some(deps)) = (doc.tags.as_ref(), doc.deps.as_ref()) else {
        return;
    };
    for (i, t) in doc.tokens().iter().enumerate() {
        let mark = ms
            .iter()
            .find(|m| m.tokens.range().contains(&i))
            .map_or("", |m| if m.code == "SRC" { "S" } else { "T" });
        eprintln!(
            "    {i:>3} {:<16} {:<14} {:<5} {:>3} {:<12} {mark}",
            &doc.text[t.span.range()],
            tags[i].lemma,
            tags[i].upos,
            deps[i].head.map_or("-".to_string(), |h| h.to_string()),
            deps[i].rel
        );
    }
    for e in coder.annotate(&doc) {
        let names = |ps: &[chronicle_doc::Participant]| {
            ps.iter()
                .map(|p| {
                    format!(
                        "{}[{}]",
                        &doc.text[p.span.range()],
                        p.code.as_deref().unwrap_or("-")
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        eprintln!(
            "    => {} {:?} {} ({}) actors: {} | recipients: {}",
            e.event_type,
            e.aux,
            e.pattern,
            &doc.text[e.trigger.range()],
            names(&e.actors),
            names(&e.recipients)
        );
    }
    eprintln!();
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
    let analyze = analyzer(&a.opts)?;
    let t0 = std::time::Instant::now();
    let rep = eval_gsr(&recs, &analyze, &coder);
    let seconds = t0.elapsed().as_secs_f64();
    if a.opts.json {
        let mut v = serde_json::to_value(&rep)?;
        v["eval"] = "plover-gsr".into();
        v["gold"] = serde_json::json!([a.file.display().to_string()]);
        v["seconds"] = seconds.into();
        println!("{}", serde_json::to_string(&v)?);
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

/// `chronicle eval events-sample FILE.jsonl`
#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  chronicle eval events-sample ../shared/data/corpus/ru_ua_2022.jsonl --n 500 \\\n    \
    --review review.tsv\n\n\
    Picks one random sentence from each of N random articles (fixed seed), runs the\n\
    full pipeline, and reports events per sentence. --review writes one row per\n\
    event (plus sentences without events) for a by-hand correctness review."
)]
pub struct SampleArgs {
    /// JSONL corpus (one article object per line: id, title, body, …).
    file: PathBuf,
    /// Number of sentences.
    #[arg(long, default_value_t = 500)]
    n: usize,
    /// Random seed.
    #[arg(long, default_value_t = 2022)]
    seed: u64,
    /// Write a TSV review sheet here.
    #[arg(long)]
    review: Option<PathBuf>,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

/// Runs the corpus sample.
pub fn run_sample(a: SampleArgs) -> anyhow::Result<i32> {
    let src = std::fs::read_to_string(&a.file)
        .with_context(|| format!("reading {}", a.file.display()))?;
    let lines: Vec<&str> = src.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut rng = a.seed.max(1);
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut order: Vec<usize> = (0..lines.len()).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, (next() % (i as u64 + 1)) as usize);
    }
    let pipeline = Pipeline::default();
    let (mut sentences, mut events, mut with_events) = (0usize, 0usize, 0usize);
    let mut by_type: std::collections::BTreeMap<String, usize> = Default::default();
    let mut sheet = String::from(
        "doc\tsentence\ttype\tmode\taux\tactors\trecipients\ttrigger\tpattern\tcorrect\ttext\n",
    );
    for &k in &order {
        if sentences >= a.n {
            break;
        }
        let v: serde_json::Value =
            serde_json::from_str(lines[k]).with_context(|| format!("line {}", k + 1))?;
        let art = chronicle_ingest::article_from_json(v, &format!("line {}", k + 1), usize::MAX)?;
        let doc = pipeline.analyze(art);
        if doc.sentences().is_empty() {
            continue;
        }
        let si = (next() % doc.sentences().len() as u64) as usize;
        sentences += 1;
        let stext = doc
            .slice(doc.sentences()[si].span)
            .replace(['\t', '\n'], " ");
        let evs: Vec<_> = doc
            .events
            .iter()
            .flatten()
            .filter(|e| e.sentence as usize == si)
            .collect();
        events += evs.len();
        with_events += usize::from(!evs.is_empty());
        let part = |ps: &[chronicle_doc::Participant]| {
            ps.iter()
                .map(|p| format!("{}={}", p.code.as_deref().unwrap_or("?"), doc.slice(p.span)))
                .collect::<Vec<_>>()
                .join("; ")
        };
        for e in &evs {
            *by_type.entry(e.event_type.clone()).or_default() += 1;
            sheet.push_str(&format!(
                "{}\t{si}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t\t{stext}\n",
                doc.meta.id,
                e.event_type,
                e.mode.as_deref().unwrap_or(""),
                e.aux.join(","),
                part(&e.actors),
                part(&e.recipients),
                doc.slice(e.trigger),
                e.pattern
            ));
        }
        if evs.is_empty() {
            sheet.push_str(&format!(
                "{}\t{si}\t-\t\t\t\t\t\t\t\t{stext}\n",
                doc.meta.id
            ));
        }
    }
    if let Some(p) = &a.review {
        std::fs::write(p, &sheet).with_context(|| format!("writing {}", p.display()))?;
    }
    let eps = events as f64 / sentences.max(1) as f64;
    if a.json {
        let v = serde_json::json!({"eval": "events-sample", "gold": [a.file.display().to_string()], "sentences": sentences, "events": events,
            "events_per_sentence": eps, "sentences_with_events": with_events, "by_type": by_type});
        println!("{v}");
    } else {
        println!(
            "{} sentences, {} events: {:.3} events/sentence; {} sentences with events",
            sentences, events, eps, with_events
        );
        for (t, n) in &by_type {
            println!("  {t:<10} {n}");
        }
    }
    Ok(0)
}
