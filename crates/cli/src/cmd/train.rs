//! `chronicle train tagger|parser|ner|clusters`: trains a model from CoNLL-U
//! files (word clusters: from a JSONL news corpus).

use crate::common::read_conllu;
use anyhow::Context;
use chronicle_entities::ner::{NerModel, gold_entities, gum_mentions};
use chronicle_syntax::clusters::{ClusterOpts, Clusters};
use chronicle_syntax::parser::{WordIn, gold_tag_hashes};
use chronicle_syntax::{Parser, TagDictOpts, Tagger, TrainOpts};
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::time::Instant;

/// What to train.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum What {
    /// POS tagger + lemmatizer + FEATS tables.
    Tagger,
    /// Dependency parser.
    Parser,
    /// NER (two-pass BILOU structured perceptron) on GUM-style CoNLL-U (`Entity=`
    /// annotations; named person/place/organization), with POS tags from the
    /// default syntax stage. GUM is CC BY-NC-SA: the model is non-commercial.
    Ner,
    /// Distributional word clusters (tagger/parser features) from the `body`
    /// field of a JSONL(.zst) news corpus given as --train, tokenized by the
    /// text stage.
    Clusters,
}

/// Train a tagger, parser or NER model on Universal Dependencies CoNLL-U files.
///
/// Examples:
///   chronicle train ner --train en_gum-train.conllu --out data/models/ner-gum.zst --epochs 12
///   chronicle train tagger --train en_ewt-train.conllu --dev en_ewt-dev.conllu --out data/models/tagger.bin
///   chronicle train clusters --train abp.jsonl.zst --out data/models/clusters.bin
///   chronicle train tagger --train en_ewt-train.conllu --dev en_ewt-dev.conllu --clusters data/models/clusters.bin --out data/models/tagger.bin
///   chronicle train parser --train en_ewt-train.conllu --dev en_ewt-dev.conllu --tagger data/models/tagger.bin --out data/models/parser.bin
///   chronicle train parser --beam 8 --train en_ewt-train.conllu --dev en_ewt-dev.conllu --tagger data/models/tagger.bin --out data/models/beam/parser.bin
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Model kind.
    #[arg(value_enum)]
    what: What,
    /// Training CoNLL-U files.
    #[arg(long, num_args = 1.., required = true)]
    train: Vec<PathBuf>,
    /// Development CoNLL-U file (per-epoch scores; the best epoch is kept).
    /// Required for tagger and parser; not used by ner.
    #[arg(long)]
    dev: Option<PathBuf>,
    /// Output model file.
    #[arg(long)]
    out: PathBuf,
    /// Training epochs.
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    /// PRNG seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Parser only: tagger model used to tag the dev set (and, with
    /// --jackknife, the training set); without it gold tags are used.
    #[arg(long)]
    tagger: Option<PathBuf>,
    /// Parser only: train on tags predicted by K-fold jackknifed taggers
    /// (trained on the fly with the tagger's own settings) instead of gold tags.
    #[arg(long, default_value_t = 0)]
    jackknife: usize,
    /// Tagger epochs for --jackknife folds.
    #[arg(long, default_value_t = 6)]
    jackknife_epochs: usize,
    /// log2 of the hashed weight-table rows (tagger; parser transitions).
    #[arg(long)]
    rows_log2: Option<u32>,
    /// Parser only: beam width. 1 (default) trains the greedy parser with the
    /// dynamic oracle; K >= 2 trains a beam parser (global structured
    /// perceptron, max-violation updates) that decodes with a beam of K.
    /// The width is stored in the model file, which decides how it parses.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=chronicle_syntax::parser::MAX_BEAM as i64))]
    beam: u32,
    /// log2 of the parser's label-table rows.
    #[arg(long, default_value_t = 18)]
    label_rows_log2: u32,
    /// Tagger only: word clusters file (`chronicle train clusters`), stored
    /// in the tagger model and used by the tagger and parser as features.
    #[arg(long)]
    clusters: Option<PathBuf>,
    /// Tagger (and --jackknife folds): exact forms seen at least this often
    /// in training whose main class has at least --tagdict-share of their
    /// occurrences go into the tag dictionary (tagged without scoring).
    #[arg(long, default_value_t = 20)]
    tagdict_min: usize,
    /// Tagger (and --jackknife folds): see --tagdict-min.
    #[arg(long, default_value_t = 0.995)]
    tagdict_share: f64,
    /// Clusters only: number of fine clusters.
    #[arg(long, default_value_t = 512)]
    fine: usize,
    /// Clusters only: number of coarse clusters.
    #[arg(long, default_value_t = 64)]
    coarse: usize,
    /// Clusters only: number of clustered words (most frequent first).
    #[arg(long, default_value_t = 60000)]
    vocab: usize,
}

fn tag_hashes(t: &Tagger, sents: &[chronicle_doc::conllu::UdSentence]) -> Vec<Vec<WordIn>> {
    let mut s = chronicle_syntax::TagScratch::default();
    let mut out = Vec::new();
    let cl = t.classes();
    sents
        .iter()
        .map(|x| {
            let forms: Vec<&str> = x.words.iter().map(|w| w.form.as_str()).collect();
            t.tag(&forms, &mut s, &mut out);
            out.iter()
                .zip(t.cluster_hashes(&s))
                .map(|(&c, (f, k))| [cl[c as usize].xpos_hash, cl[c as usize].upos_hash, f, k])
                .collect()
        })
        .collect()
}

/// Builds word clusters from the `body` (or `text`) field of a JSONL(.zst)
/// corpus, tokenized by the text stage.
fn run_clusters(a: &Args) -> anyhow::Result<i32> {
    let t0 = Instant::now();
    let mut log = |s: &str| eprintln!("[{:7.1}s] {s}", t0.elapsed().as_secs_f64());
    let seg = chronicle_text::Segmenter::default();
    // All sentences as one string: tokens separated by ' ', sentences by '\n'.
    let mut big = String::new();
    let mut articles = 0usize;
    for p in &a.train {
        let f = std::fs::File::open(p).with_context(|| format!("opening {}", p.display()))?;
        let reader: Box<dyn Read> = if p.extension().is_some_and(|e| e == "zst") {
            Box::new(zstd::Decoder::new(f)?)
        } else {
            Box::new(f)
        };
        for (ln, line) in BufReader::new(reader).lines().enumerate() {
            let line = line?;
            let v: serde_json::Value = serde_json::from_str(&line)
                .with_context(|| format!("{}:{}: bad JSON", p.display(), ln + 1))?;
            let Some(body) = v
                .get("body")
                .or_else(|| v.get("text"))
                .and_then(|b| b.as_str())
            else {
                continue;
            };
            let mut d = chronicle_doc::Doc::new(chronicle_doc::Article {
                meta: chronicle_doc::Meta::default(),
                text: body.to_string(),
            });
            let (s, t) = seg.annotate(&d);
            d.sentences = Some(s);
            d.tokens = Some(t);
            for s in d.sentences() {
                for (k, i) in s.tokens.range().enumerate() {
                    if k > 0 {
                        big.push(' ');
                    }
                    let w = d.token_norm(i);
                    if w.contains(char::is_whitespace) {
                        big.extend(w.chars().map(|c| if c.is_whitespace() { '_' } else { c }));
                    } else {
                        big.push_str(w);
                    }
                }
                big.push('\n');
            }
            articles += 1;
        }
    }
    log(&format!(
        "{articles} articles tokenized ({} bytes)",
        big.len()
    ));
    let opts = ClusterOpts {
        vocab: a.vocab,
        fine: a.fine,
        coarse: a.coarse,
        ..ClusterOpts::default()
    };
    let c = Clusters::build(
        || big.lines().map(|l| l.split(' ').collect::<Vec<&str>>()),
        &opts,
        &mut log,
    );
    let bytes = c.to_bytes();
    std::fs::write(&a.out, &bytes).with_context(|| format!("writing {}", a.out.display()))?;
    log(&format!(
        "wrote {} ({} words, {} bytes)",
        a.out.display(),
        c.len(),
        bytes.len()
    ));
    Ok(0)
}

/// Runs the command.
pub fn run(a: Args) -> anyhow::Result<i32> {
    if let What::Ner = a.what {
        return run_ner(&a);
    }
    if let What::Clusters = a.what {
        return run_clusters(&a);
    }
    let t0 = Instant::now();
    let mut train = Vec::new();
    for p in &a.train {
        train.extend(read_conllu(p)?);
    }
    let Some(dev_path) = &a.dev else {
        anyhow::bail!("--dev FILE is required to train a tagger or parser");
    };
    let dev = read_conllu(dev_path)?;
    let opts = TrainOpts {
        epochs: a.epochs,
        seed: a.seed,
    };
    let dict = TagDictOpts {
        min_count: a.tagdict_min,
        min_share: a.tagdict_share,
    };
    let mut log = |s: &str| eprintln!("[{:7.1}s] {s}", t0.elapsed().as_secs_f64());
    log(&format!(
        "{} training sentences, {} dev sentences",
        train.len(),
        dev.len()
    ));
    let bytes = match a.what {
        What::Tagger => {
            let clusters = match &a.clusters {
                Some(p) => Clusters::from_bytes(
                    &std::fs::read(p).with_context(|| format!("reading {}", p.display()))?,
                )
                .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?,
                None => Clusters::default(),
            };
            Tagger::train_with_dict(
                &train,
                &dev,
                &opts,
                a.rows_log2.unwrap_or(18),
                &clusters,
                dict,
                &mut log,
            )
            .to_bytes()
        }
        What::Parser => {
            let tagger = match &a.tagger {
                Some(p) => Some(
                    Tagger::from_bytes(
                        &std::fs::read(p).with_context(|| format!("reading {}", p.display()))?,
                    )
                    .map_err(|e| anyhow::anyhow!("{e}"))?
                    // tag the dev set with the exact weights, as in training
                    .with_exact_weights(),
                ),
                None => None,
            };
            let dev_tags = match &tagger {
                Some(t) => tag_hashes(t, &dev),
                None => dev.iter().map(gold_tag_hashes).collect(),
            };
            let train_tags = if a.jackknife >= 2 {
                let k = a.jackknife;
                let mut tags = vec![Vec::new(); train.len()];
                for fold in 0..k {
                    let rest: Vec<_> = train
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| i % k != fold)
                        .map(|(_, s)| s.clone())
                        .collect();
                    let held: Vec<usize> = (0..train.len()).filter(|i| i % k == fold).collect();
                    let held_s: Vec<_> = held.iter().map(|&i| train[i].clone()).collect();
                    let o = TrainOpts {
                        epochs: a.jackknife_epochs,
                        seed: a.seed + fold as u64,
                    };
                    let clusters = tagger
                        .as_ref()
                        .map(|t| t.clusters().clone())
                        .unwrap_or_default();
                    let t = Tagger::train_with_dict(
                        &rest,
                        &dev,
                        &o,
                        18,
                        &clusters,
                        dict,
                        &mut |s: &str| log(&format!("jackknife fold {fold}: {s}")),
                    );
                    for (i, h) in held.into_iter().zip(tag_hashes(&t, &held_s)) {
                        tags[i] = h;
                    }
                }
                tags
            } else {
                train.iter().map(gold_tag_hashes).collect()
            };
            let rows = (a.rows_log2.unwrap_or(21), a.label_rows_log2);
            let (p, _) = if a.beam >= 2 {
                let k = a.beam as usize;
                // the best epoch so far is written at once (a checkpoint equal
                // to the model of a run with --epochs = that epoch)
                let out = a.out.clone();
                let mut save = |p: &Parser| {
                    if let Err(e) = std::fs::write(&out, p.to_bytes()) {
                        eprintln!("writing checkpoint {}: {e}", out.display());
                    }
                };
                Parser::train_beam(
                    &train,
                    &train_tags,
                    &dev,
                    &dev_tags,
                    &opts,
                    rows,
                    k,
                    &mut log,
                    &mut save,
                )
            } else {
                Parser::train(&train, &train_tags, &dev, &dev_tags, &opts, rows, &mut log)
            };
            p.to_bytes()
        }
        What::Ner | What::Clusters => unreachable!("handled by run_ner / run_clusters"),
    };
    std::fs::write(&a.out, &bytes).with_context(|| format!("writing {}", a.out.display()))?;
    log(&format!(
        "wrote {} ({} bytes)",
        a.out.display(),
        bytes.len()
    ));
    Ok(0)
}

/// Trains the NER model (entities crate) on the `--train` files.
fn run_ner(a: &Args) -> anyhow::Result<i32> {
    let t0 = Instant::now();
    let ents = super::load_entities(&[])?;
    let mut data = Vec::new();
    for p in &a.train {
        // tags and dependencies as the pipeline's syntax stage predicts them
        let mut docs = super::load_conllu_docs(p, false)?;
        super::predicted_syntax(&mut docs)?;
        for g in docs {
            let m = gum_mentions(&g.sentences);
            let gold = gold_entities(&g.doc, &m);
            data.push((g.doc, gold));
        }
    }
    let n_ent: usize = data.iter().map(|d| d.1.len()).sum();
    let n_tok: usize = data.iter().map(|d| d.0.tokens().len()).sum();
    let names: Vec<String> = a
        .train
        .iter()
        .map(|p| {
            p.file_name()
                .map(|x| x.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    let epochs = a.epochs;
    let about = format!(
        "two-pass BILOU structured perceptron (Viterbi), {epochs} epochs, predicted POS tags, trained on {} ({} docs, {n_tok} tokens, {n_ent} named PER/ORG/LOC); GUM is CC BY-NC-SA 4.0: non-commercial",
        names.join(", "),
        data.len()
    );
    let model = NerModel::train(&ents.dict, &data, epochs, &about);
    let bytes = model.to_bytes();
    std::fs::write(&a.out, &bytes).with_context(|| format!("writing {}", a.out.display()))?;
    println!("{about}");
    println!(
        "features: {}  model: {} ({} bytes)  time: {:.1}s",
        model.features(),
        a.out.display(),
        bytes.len(),
        t0.elapsed().as_secs_f64()
    );
    Ok(0)
}
