//! `chronicle eval quotes`: scores the quote stage on PolNeAR (brat standoff).

use anyhow::{Context, Result, bail};
use chronicle_doc::{Article, Doc, Meta};
use chronicle_quotes::QuoteAnnotator;
use chronicle_quotes::polnear::{self, Report};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Score attributions against PolNeAR's brat standoff annotations.
#[derive(clap::Args)]
#[command(
    after_help = "GOLD is a PolNeAR split directory holding text/<article>.txt and\nattributions/<article>_<annotator>.ann. When several annotators annotated an article,\nthe one with the smallest annotator id is used. Metrics: exact-span and token-overlap\nP/R/F1 for source, cue and content, split by content with/without quotation marks,\nand speaker-match accuracy (see docs/eval.md).\n\nExamples:\n  chronicle eval quotes --gold /work/shared/data/polnear/data/dev\n  chronicle eval quotes --gold /work/shared/data/polnear/data/dev --json\n  chronicle eval quotes --gold /work/shared/data/polnear/data/dev --quote-model data/models/quotes-cue-polnear.tsv\n  chronicle eval quotes --gold /work/shared/data/polnear/data/dev --content-model data/models/quotes-content-polnear.tsv\n  chronicle eval quotes --gold /work/shared/data/polnear/data/train --errors 2> errors.tsv"
)]
pub struct Args {
    /// PolNeAR split directory (with text/ and attributions/).
    #[arg(long)]
    pub gold: PathBuf,
    /// Print one JSON object with all metrics instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Score only the first N articles (in file-name order).
    #[arg(long)]
    pub limit: Option<usize>,
    /// Tokenize with the quote stage's small fallback tokenizer instead of the text stage.
    #[arg(long)]
    pub fallback_tokenizer: bool,
    /// Print missed and spurious cues/sources/contents to stderr (for rule development).
    #[arg(long)]
    pub errors: bool,
    /// Opt-in learned cue detector (e.g. data/models/quotes-cue-polnear.tsv, trained on
    /// PolNeAR train; see data/models/MANIFEST.md for its licence situation).
    #[arg(long, value_name = "FILE")]
    pub quote_model: Option<PathBuf>,
    /// Opt-in learned content-end chooser (e.g. data/models/quotes-content-polnear.tsv,
    /// trained on PolNeAR train; licence unknown, see data/models/MANIFEST.md).
    #[arg(long, value_name = "FILE")]
    pub content_model: Option<PathBuf>,
    /// Tagger model to use instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub tagger: Option<PathBuf>,
    /// Parser model to use instead of the embedded one (e.g. an opt-in lean
    /// parser; the embedded tagger unless --tagger is given).
    #[arg(long, value_name = "FILE")]
    pub parser: Option<PathBuf>,
}

/// Runs the evaluation; exit code 0.
pub fn run(args: Args) -> Result<i32> {
    let text_dir = args.gold.join("text");
    let ann_dir = args.gold.join("attributions");
    // article -> annotators
    let mut by_article: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for e in
        std::fs::read_dir(&ann_dir).with_context(|| format!("reading {}", ann_dir.display()))?
    {
        let name = e?.file_name().to_string_lossy().to_string();
        let Some(stem) = name.strip_suffix(".ann") else {
            continue;
        };
        let Some((article, annotator)) = stem.rsplit_once('_') else {
            continue;
        };
        by_article
            .entry(article.to_string())
            .or_default()
            .push(annotator.to_string());
    }
    if by_article.is_empty() {
        bail!(
            "no <article>_<annotator>.ann files in {}",
            ann_dir.display()
        );
    }
    let started = std::time::Instant::now();
    let mut annotator = QuoteAnnotator::new();
    if let Some(p) = &args.quote_model {
        let src = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        let m = chronicle_quotes::CueModel::parse(&src, &p.display().to_string())?;
        annotator = annotator.with_cue_model(m);
    }
    if let Some(p) = &args.content_model {
        let src = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        let m = chronicle_quotes::ContentModel::parse(&src, &p.display().to_string())?;
        annotator = annotator.with_content_model(m);
    }
    let pipeline = chronicle_pipeline::Pipeline {
        quotes: annotator.clone(),
        ..crate::common::pipeline_with_syntax_files(args.tagger.as_ref(), args.parser.as_ref())?
    };
    let mut report = Report::default();
    for (n, (article, annotators)) in by_article.iter().enumerate() {
        if args.limit.is_some_and(|l| n >= l) {
            break;
        }
        let who =
            polnear::pick_annotator(annotators.iter().map(String::as_str)).unwrap_or_default();
        let text_path = text_dir.join(format!("{article}.txt"));
        let ann_path = ann_dir.join(format!("{article}_{who}.ann"));
        let text = std::fs::read_to_string(&text_path)
            .with_context(|| format!("reading {}", text_path.display()))?;
        let ann = std::fs::read_to_string(&ann_path)
            .with_context(|| format!("reading {}", ann_path.display()))?;
        let gold = polnear::parse_ann(&ann, &text)
            .map_err(|e| anyhow::anyhow!("{}:{}", ann_path.display(), e))?;
        let article = Article {
            meta: Meta {
                id: article.clone(),
                ..Meta::default()
            },
            text,
        };
        // the full pipeline (tokens, and syntax/entities once they exist), or
        // the quote stage alone on its fallback tokenizer
        let (doc, pred) = if args.fallback_tokenizer {
            let doc = Doc::new(article);
            let pred = annotator.annotate(&doc);
            (doc, pred)
        } else {
            let mut doc = pipeline.analyze(article);
            let pred = doc.quotes.take().unwrap_or_default();
            (doc, pred)
        };
        let article = &doc.meta.id;
        if args.errors {
            print_errors(article, &doc.text, &gold, &pred);
        }
        report.add(&doc.text, &gold, &pred);
    }
    report.finish();
    if args.json {
        // the eval JSON convention (docs/eval.md): eval, gold, metrics, seconds
        let mut v = serde_json::to_value(&report)?;
        if let Some(o) = v.as_object_mut() {
            o.insert("eval".into(), "quotes".into());
            o.insert(
                "gold".into(),
                serde_json::json!([args.gold.display().to_string()]),
            );
            o.insert("seconds".into(), started.elapsed().as_secs_f64().into());
        }
        println!("{}", serde_json::to_string(&v)?);
    } else {
        print!("{}", report.table());
    }
    Ok(0)
}

fn print_errors(
    article: &str,
    text: &str,
    gold: &[polnear::GoldAttribution],
    pred: &[chronicle_doc::Quote],
) {
    for l in polnear::error_lines(article, text, gold, pred, false) {
        eprintln!("{l}");
    }
}
