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
    /// Word statistics for the NER model (how often each word is capitalised
    /// mid-sentence, follows a person title or a place preposition, ends in an
    /// organisation name, precedes a verb of saying) from the `body` field of a
    /// JSONL(.zst) news corpus given as --train; pass the result to
    /// `train ner --stats`.
    NerStats,
    /// "Distant supervision" type prior for the NER model: the default rule
    /// recogniser (commercially clean) is run over the `body` field of a
    /// JSONL(.zst) news corpus given as --train (tokenized and POS-tagged by
    /// the default stages), and per word the share of PER/ORG/LOC
    /// predictions is counted; pass the result to `train ner --prior`.
    NerPrior,
    /// Distributional word representations for the NER model: PPMI over
    /// ±2-word co-occurrence counts of the --vocab most frequent word forms
    /// (case kept) in the `body` field of a JSONL(.zst) news corpus given as
    /// --train, a truncated SVD to --dim dimensions and spherical k-means at
    /// each --ks; only word hashes and cluster ids are written. Pass the
    /// result to `train ner --vectors`.
    NerVectors,
    /// Not a training run: averages the weights of parser model files of one
    /// kind given as --train (e.g. beam runs, or lean greedy runs with one
    /// template set, with other --seed values) into one model, weight by
    /// weight; with --exact-inference the result scores with its exact i16
    /// weights instead of i8 tables (not for lean sets), and --beam K >= 2
    /// sets the beam width it decodes with (one --train file: only those
    /// settings change).
    ParserAverage,
}

/// Train a tagger, parser or NER model on Universal Dependencies CoNLL-U files.
///
/// Examples:
///   chronicle train ner-stats --train abp.jsonl.zst --out data/models/ner-wordstats.zst
///   chronicle train ner-prior --train abp.jsonl.zst --min-count 2 --out data/models/ner-typeprior.zst
///   chronicle train ner-vectors --train abp.jsonl.zst --vocab 50000 --out data/models/ner-vectors.zst
///   chronicle train ner --train en_gum-train.conllu --stats data/models/ner-wordstats.zst --prior data/models/ner-typeprior.zst --out data/models/ner-gum.zst --epochs 20
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
    /// Tagger and parser: how many times each --train file's sentences are
    /// listed per epoch (one count per file, same order; default 1 each).
    /// `--weight 1 2` with EWT and GUM trains on GUM twice per epoch
    /// (domain weighting). Jackknifing splits the distinct sentences, so a
    /// repeated sentence is never tagged by a fold tagger that saw it.
    #[arg(long, num_args = 1..)]
    weight: Vec<u32>,
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
    /// Parser only: relation-model feature set. 0 (default) = the original
    /// features; 1 adds head/dependent pair, function-word child, child
    /// label-set, distance and tag-context features. Stored in the model
    /// file (older files have none and parse as before).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=chronicle_syntax::parser::MAX_LABELX as i64))]
    label_features: u8,
    /// Beam parser only: transition-feature set. 0 (default) = the original
    /// features; 1 adds third-order children, child label pairs with words
    /// and arc-candidate word/tag pairs with distance. Stored in the model
    /// file (older files have none and parse as before).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=chronicle_syntax::parser::MAX_TRANSX as i64))]
    trans_features: u8,
    /// Greedy parser only: a lean model keeping only these transition
    /// templates (ids of `chronicle_syntax::parser::features`, comma
    /// separated; label- and transition-feature sets 2, stored in the model
    /// file with the ids). Needs --label-templates.
    #[arg(long, value_delimiter = ',')]
    trans_templates: Vec<u8>,
    /// Greedy parser only: the lean model's relation templates (a subset of
    /// --trans-templates among the original relation templates).
    #[arg(long, value_delimiter = ',')]
    label_templates: Vec<u8>,
    /// Beam parser only: first train the weights greedily (dynamic oracle)
    /// for this many epochs, then run the --epochs beam epochs starting from
    /// their averages (0 = start the beam from zero weights).
    #[arg(long, default_value_t = 0)]
    greedy_init: usize,
    /// log2 of the parser's label-table rows.
    #[arg(long, default_value_t = 18)]
    label_rows_log2: u32,
    /// Tagger only: word clusters file (`chronicle train clusters`), stored
    /// in the tagger model and used by the tagger and parser as features.
    #[arg(long)]
    clusters: Option<PathBuf>,
    /// NER only: word statistics file (`chronicle train ner-stats`), stored
    /// in the model and used as features.
    #[arg(long)]
    stats: Option<PathBuf>,
    /// NER only: type-prior file (`chronicle train ner-prior`), stored in
    /// the model and used as features.
    #[arg(long)]
    prior: Option<PathBuf>,
    /// NER only: word-vector cluster file (`chronicle train ner-vectors`),
    /// stored in the model and used as features.
    #[arg(long)]
    vectors: Option<PathBuf>,
    /// ner-vectors only: dimensions kept by the SVD.
    #[arg(long, default_value_t = 64)]
    dim: usize,
    /// ner-vectors only: context word forms per position (most frequent first).
    #[arg(long, default_value_t = 1000)]
    contexts: usize,
    /// ner-vectors only: numbers of k-means clusters (comma separated).
    #[arg(long, value_delimiter = ',', default_values_t = vec![64usize, 256, 1024])]
    ks: Vec<usize>,
    /// ner-stats: keep words seen at least this many times; ner-prior: keep
    /// words seen at least this many times inside a rule prediction.
    #[arg(long, default_value_t = 5)]
    min_count: u32,
    /// NER only: train each layer this many times with different shuffles
    /// and average the weights (1: a single model).
    #[arg(long, default_value_t = 1)]
    seeds: usize,
    /// NER only: also train the second-stage span typer, with these candidate
    /// and post-pass switches (bit flags: 1 rule spans, 2 repeats, 4 string
    /// type consistency, 8 surnames, 64 whole-model jackknife, 128 overlap
    /// labels; see chronicle_entities::typer::flags).
    #[arg(long)]
    typer: Option<u8>,
    /// ner-prior only: read at most this many articles (0: all).
    #[arg(long, default_value_t = 0)]
    max_docs: usize,
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
    /// Parser-average only: the written model scores with its exact i16
    /// weights (stored in the file; about twice the table memory).
    #[arg(long)]
    exact_inference: bool,
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

/// Per-file repeat counts from `--weight` (empty: 1 for each of `files`).
fn file_weights(weight: &[u32], files: usize) -> anyhow::Result<Vec<u32>> {
    if weight.is_empty() {
        return Ok(vec![1; files]);
    }
    if weight.len() != files {
        anyhow::bail!(
            "--weight has {} counts for {files} --train files",
            weight.len()
        );
    }
    if weight.contains(&0) {
        anyhow::bail!("--weight counts must be >= 1");
    }
    Ok(weight.to_vec())
}

/// `items[i]` listed `reps[i]` times, in order (the copies adjacent; the
/// trainers shuffle each epoch). All ones gives `items` unchanged.
fn repeat_by<T: Clone>(items: &[T], reps: &[u32]) -> Vec<T> {
    items
        .iter()
        .zip(reps)
        .flat_map(|(x, &r)| std::iter::repeat_n(x, r as usize))
        .cloned()
        .collect()
}

/// Calls `f` with the tokens of every sentence of the `body` (or `text`)
/// field of the JSONL(.zst) files, tokenized by the text stage; returns the
/// number of articles.
fn corpus_sentences(paths: &[PathBuf], mut f: impl FnMut(&[&str])) -> anyhow::Result<usize> {
    corpus_docs(paths, 0, |d| {
        for s in d.sentences() {
            let sent: Vec<&str> = s.tokens.range().map(|i| d.token_norm(i)).collect();
            f(&sent);
        }
    })
}

/// Calls `f` with every article of the JSONL(.zst) files (at most `max`
/// when not 0), segmented and tokenized by the text stage; returns the
/// number of articles.
fn corpus_docs(
    paths: &[PathBuf],
    max: usize,
    mut f: impl FnMut(&chronicle_doc::Doc),
) -> anyhow::Result<usize> {
    let seg = chronicle_text::Segmenter::default();
    let mut articles = 0usize;
    for p in paths {
        let file = std::fs::File::open(p).with_context(|| format!("opening {}", p.display()))?;
        let reader: Box<dyn Read> = if p.extension().is_some_and(|e| e == "zst") {
            Box::new(zstd::Decoder::new(file)?)
        } else {
            Box::new(file)
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
            f(&d);
            articles += 1;
            if articles == max {
                return Ok(articles);
            }
        }
    }
    Ok(articles)
}

/// Builds the NER type prior: the rule recogniser over a news corpus,
/// POS-tagged by the default tagger (no parse: the rules read only tags).
fn run_ner_prior(a: &Args) -> anyhow::Result<i32> {
    let t0 = Instant::now();
    let ents = super::load_entities(&[])?;
    let syn = chronicle_syntax::Syntax::embedded()
        .map_err(|e| anyhow::anyhow!("loading the embedded syntax models: {e}"))?;
    let classes = syn.tagger.classes();
    let underscore = chronicle_doc::Sym::new("_");
    let mut scratch = chronicle_syntax::Scratch::default();
    let mut b = chronicle_entities::typeprior::Builder::default();
    let mut forms: Vec<String> = Vec::new();
    let articles = corpus_docs(&a.train, a.max_docs, |d| {
        let n = d.tokens().len();
        let mut tags = vec![
            chronicle_doc::Tag {
                upos: underscore.clone(),
                xpos: underscore.clone(),
                lemma: underscore.clone(),
                feats: underscore.clone(),
            };
            n
        ];
        for s in d.sentences() {
            let r = s.tokens.range();
            if r.start >= r.end || r.end > n {
                continue;
            }
            forms.clear();
            forms.extend(r.clone().map(|i| d.token_norm(i).to_string()));
            let fr: Vec<&str> = forms.iter().map(|x| x.as_str()).collect();
            syn.analyze(&fr, &mut scratch, false);
            for (k, &c) in scratch.classes.iter().enumerate() {
                let cl = &classes[c as usize];
                tags[r.start + k].upos = cl.upos_sym.clone();
                tags[r.start + k].xpos = cl.xpos_sym.clone();
            }
        }
        let mut d = d.clone();
        d.tags = Some(tags);
        b.add_doc(&ents.dict, &d);
    })?;
    let p = b.finish(a.min_count);
    let bytes = p.to_bytes();
    std::fs::write(&a.out, &bytes).with_context(|| format!("writing {}", a.out.display()))?;
    eprintln!(
        "[{:7.1}s] {articles} articles; wrote {} ({} words, {} bytes)",
        t0.elapsed().as_secs_f64(),
        a.out.display(),
        p.len(),
        bytes.len()
    );
    Ok(0)
}

/// Builds the NER word-vector clusters from a news corpus.
fn run_ner_vectors(a: &Args) -> anyhow::Result<i32> {
    let t0 = Instant::now();
    let mut log = |s: &str| eprintln!("[{:7.1}s] {s}", t0.elapsed().as_secs_f64());
    if a.ks.is_empty() || a.ks.iter().any(|&k| k == 0 || k > 65_535) {
        anyhow::bail!("--ks: each number of clusters must be 1 to 65535");
    }
    if a.dim == 0 {
        anyhow::bail!("--dim must be at least 1");
    }
    let mut b = chronicle_entities::vectors::Builder::default();
    let articles = corpus_sentences(&a.train, |s| b.add(s))?;
    log(&format!("{articles} articles, {} tokens", b.tokens()));
    let opts = chronicle_entities::vectors::VecOpts {
        vocab: a.vocab,
        contexts: a.contexts,
        dim: a.dim,
        ks: a.ks.clone(),
        seed: a.seed,
        ..Default::default()
    };
    let v = b.finish(&opts, &mut log);
    let bytes = v.to_bytes();
    std::fs::write(&a.out, &bytes).with_context(|| format!("writing {}", a.out.display()))?;
    log(&format!(
        "wrote {} ({} words, k = {:?}, {} bytes)",
        a.out.display(),
        v.len(),
        v.ks,
        bytes.len()
    ));
    Ok(0)
}

/// Builds the NER word statistics from a news corpus.
fn run_ner_stats(a: &Args) -> anyhow::Result<i32> {
    let t0 = Instant::now();
    let mut b = chronicle_entities::wordstats::Builder::default();
    let articles = corpus_sentences(&a.train, |s| b.add(s))?;
    let st = b.finish(a.min_count);
    let bytes = st.to_bytes();
    std::fs::write(&a.out, &bytes).with_context(|| format!("writing {}", a.out.display()))?;
    eprintln!(
        "[{:7.1}s] {articles} articles; wrote {} ({} words, {} bytes)",
        t0.elapsed().as_secs_f64(),
        a.out.display(),
        st.len(),
        bytes.len()
    );
    Ok(0)
}

/// Builds word clusters from the `body` (or `text`) field of a JSONL(.zst)
/// corpus, tokenized by the text stage.
fn run_parser_average(a: &Args) -> anyhow::Result<i32> {
    let mut ps = Vec::new();
    for p in &a.train {
        let b = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
        ps.push(Parser::from_bytes(&b).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?);
    }
    let mut avg =
        Parser::average(&ps.iter().collect::<Vec<_>>()).map_err(|e| anyhow::anyhow!("{e}"))?;
    if a.exact_inference {
        if avg.lean().is_some() {
            // lean files are greedy with i8 tables only (they would not load)
            anyhow::bail!("--exact-inference: lean template sets use i8 tables only");
        }
        avg.set_exact_inference(true);
    }
    if a.beam >= 2 {
        avg.set_beam(a.beam as usize)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    std::fs::write(&a.out, avg.to_bytes())
        .with_context(|| format!("writing {}", a.out.display()))?;
    eprintln!(
        "averaged {} parser(s) (beam {}, exact inference {}) -> {}",
        ps.len(),
        avg.beam(),
        avg.exact_inference(),
        a.out.display()
    );
    Ok(0)
}

fn run_clusters(a: &Args) -> anyhow::Result<i32> {
    let t0 = Instant::now();
    let mut log = |s: &str| eprintln!("[{:7.1}s] {s}", t0.elapsed().as_secs_f64());
    // All sentences as one string: tokens separated by ' ', sentences by '\n'.
    let mut big = String::new();
    let articles = corpus_sentences(&a.train, |s| {
        for (k, w) in s.iter().enumerate() {
            if k > 0 {
                big.push(' ');
            }
            if w.contains(char::is_whitespace) {
                big.extend(w.chars().map(|c| if c.is_whitespace() { '_' } else { c }));
            } else {
                big.push_str(w);
            }
        }
        big.push('\n');
    })?;
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
    if let What::NerStats = a.what {
        return run_ner_stats(&a);
    }
    if let What::ParserAverage = a.what {
        return run_parser_average(&a);
    }
    if let What::NerPrior = a.what {
        return run_ner_prior(&a);
    }
    if let What::NerVectors = a.what {
        return run_ner_vectors(&a);
    }
    let t0 = Instant::now();
    let reps_per_file = file_weights(&a.weight, a.train.len())?;
    let mut train = Vec::new();
    let mut reps = Vec::new();
    for (p, &w) in a.train.iter().zip(&reps_per_file) {
        let s = read_conllu(p)?;
        reps.extend(std::iter::repeat_n(w, s.len()));
        train.extend(s);
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
        "{} training sentences ({} with --weight), {} dev sentences",
        train.len(),
        reps.iter().map(|&r| r as usize).sum::<usize>(),
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
                &repeat_by(&train, &reps),
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
                        .zip(&reps)
                        .enumerate()
                        .filter(|(i, _)| i % k != fold)
                        .flat_map(|(_, (s, &r))| std::iter::repeat_n(s, r as usize))
                        .cloned()
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
            // domain weighting: repeated sentences keep their (jackknifed) tags
            let train = repeat_by(&train, &reps);
            let train_tags = repeat_by(&train_tags, &reps);
            let rows = (a.rows_log2.unwrap_or(21), a.label_rows_log2);
            if a.beam < 2 && (a.trans_features > 0 || a.greedy_init > 0) {
                anyhow::bail!("--trans-features and --greedy-init need --beam >= 2");
            }
            let lean = if a.trans_templates.is_empty() && a.label_templates.is_empty() {
                None
            } else {
                if a.beam >= 2 || a.label_features > 0 {
                    anyhow::bail!(
                        "--trans-templates / --label-templates: greedy parsers with the original sets only"
                    );
                }
                Some(
                    chronicle_syntax::parser::Lean::new(&a.trans_templates, &a.label_templates)
                        .map_err(|e| anyhow::anyhow!("{e}"))?,
                )
            };
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
                    (a.label_features, a.trans_features),
                    a.greedy_init,
                    &mut log,
                    &mut save,
                )
            } else {
                Parser::train_greedy(
                    &train,
                    &train_tags,
                    &dev,
                    &dev_tags,
                    &opts,
                    rows,
                    a.label_features,
                    lean,
                    &mut log,
                )
            };
            p.to_bytes()
        }
        What::Ner
        | What::Clusters
        | What::NerStats
        | What::NerPrior
        | What::NerVectors
        | What::ParserAverage => {
            unreachable!("handled by run_ner / run_clusters / run_ner_stats / run_ner_vectors")
        }
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
    let (stats, note) = optional_table(
        a.stats.as_deref(),
        chronicle_entities::wordstats::WordStats::from_bytes,
        chronicle_entities::wordstats::WordStats::len,
        "word statistics from",
    )?;
    let about = match note {
        Some(n) => format!("{about}; {n}"),
        None => about,
    };
    let (prior, note) = optional_table(
        a.prior.as_deref(),
        chronicle_entities::typeprior::TypePrior::from_bytes,
        chronicle_entities::typeprior::TypePrior::len,
        "rule type prior from",
    )?;
    let about = match note {
        Some(n) => format!("{about}; {n}"),
        None => about,
    };
    let (vectors, note) = optional_table(
        a.vectors.as_deref(),
        chronicle_entities::vectors::VecClusters::from_bytes,
        chronicle_entities::vectors::VecClusters::len,
        "word-vector clusters from",
    )?;
    let about = match note {
        Some(n) => format!("{about}; {n}"),
        None => about,
    };
    let about = if a.seeds > 1 {
        format!("{about}; weights averaged over {} shuffles", a.seeds)
    } else {
        about
    };
    let about = match a.typer {
        Some(f) => format!("{about}; span typer (switches {f})"),
        None => about,
    };
    let model = NerModel::train_vectors(
        &ents.dict, &data, stats, prior, vectors, epochs, a.seeds, a.typer, &about,
    );
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

/// Reads an optional derived table given by path (`--stats`, `--prior`) with
/// `read`; an absent path gives the empty table. Also returns the note the
/// model's description gets for a non-empty table: `what`, the file name and
/// the number of words.
fn optional_table<T: Default>(
    path: Option<&std::path::Path>,
    read: impl Fn(&[u8]) -> Result<T, String>,
    len: impl Fn(&T) -> usize,
    what: &str,
) -> anyhow::Result<(T, Option<String>)> {
    let Some(p) = path else {
        return Ok((T::default(), None));
    };
    let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
    let t = read(&bytes).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
    let n = len(&t);
    let name = p
        .file_name()
        .map(|x| x.to_string_lossy().into_owned())
        .unwrap_or_default();
    let note = (n > 0).then(|| format!("{what} {name} ({n} words)"));
    Ok((t, note))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_default_to_one_per_file_and_must_match_the_files() {
        assert_eq!(file_weights(&[], 3).unwrap(), vec![1, 1, 1]);
        assert_eq!(file_weights(&[1, 2], 2).unwrap(), vec![1, 2]);
        assert!(file_weights(&[2], 2).is_err());
        assert!(file_weights(&[1, 0], 2).is_err());
    }

    #[test]
    fn repeat_by_lists_each_item_its_count_in_order() {
        let items = ["ewt a", "ewt b", "gum a"];
        assert_eq!(repeat_by(&items, &[1, 1, 1]), items.to_vec());
        assert_eq!(
            repeat_by(&items, &[1, 1, 2]),
            vec!["ewt a", "ewt b", "gum a", "gum a"]
        );
        assert_eq!(repeat_by(&items, &[0, 3, 1]).len(), 4);
    }
}
