//! `chronicle eval ud`: tagger, lemmatizer and parser against UD CoNLL-U gold.

use crate::common::{load_syntax, read_conllu};
use std::path::PathBuf;
use std::time::Instant;

/// Tagger, lemmatizer and parser on UD CoNLL-U (CoNLL 2018 metrics: punctuation
/// included, LAS on universal relations), with gold tokenization or from raw text.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "See docs/eval.md and docs/syntax.md.\n\nExamples:\n  chronicle eval ud --gold ../shared/data/ud/en_gum-test.conllu\n  \
chronicle eval ud --gold ../shared/data/ud/en_ewt-test.conllu --json --raw\n  \
chronicle eval ud --gold en_gum-test.conllu --tagger data/models/ewt-gum/tagger.bin --parser data/models/ewt-gum/parser.bin"
)]
pub struct Args {
    /// Gold CoNLL-U file.
    #[arg(long)]
    gold: PathBuf,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
    /// End-to-end from raw text: rebuild each document's text from `# text`
    /// lines, segment it with the text stage, and score with CoNLL 2018
    /// span alignment (F1 over aligned words).
    #[arg(long)]
    raw: bool,
    /// Tagger model file (default: the embedded model).
    #[arg(long)]
    tagger: Option<PathBuf>,
    /// Parser model file (default: the embedded model).
    #[arg(long)]
    parser: Option<PathBuf>,
    /// Gold tokenization only: also print per-relation scores (universal
    /// relations: gold/predicted counts, head accuracy, relation accuracy
    /// given the right head, LAS precision/recall) and the most frequent
    /// relation confusions among right-head words.
    #[arg(long)]
    relations: bool,
    /// Score the parser with its exact i16 weights instead of the i8
    /// inference tables (what training's dev scores use; shows what the
    /// requantization costs).
    #[arg(long)]
    exact_parser: bool,
    /// Decode a beam parser model with this beam width instead of the one
    /// stored in its file.
    #[arg(long)]
    beam: Option<usize>,
}

/// Runs `chronicle eval ud`.
pub fn run(a: Args) -> anyhow::Result<i32> {
    let gold = read_conllu(&a.gold)?;
    let t = Instant::now();
    let mut syntax = load_syntax(a.tagger.as_ref(), a.parser.as_ref())?;
    if a.exact_parser {
        syntax.parser = syntax.parser.with_exact_weights();
    }
    if let Some(k) = a.beam {
        syntax
            .parser
            .set_beam(k)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    let load_ms = t.elapsed().as_secs_f64() * 1e3;
    if a.raw {
        return raw(&a, &syntax, &gold, load_ms);
    }
    let t = Instant::now();
    let sc = chronicle_syntax::eval::evaluate(&syntax, &gold);
    let secs = t.elapsed().as_secs_f64();
    let json = serde_json::json!({
        "tokenization": "gold",
        "sentences": sc.sentences,
        "words": sc.words,
        "upos": sc.upos,
        "xpos": sc.xpos,
        "ufeats": sc.ufeats,
        "lemma": sc.lemma,
        "uas": sc.uas,
        "las": sc.las,
        "las_full_relations": sc.las_full,
    });
    let header = format!(
        "UD evaluation, gold tokenization: {} ({} sentences, {} words)",
        a.gold.display(),
        sc.sentences,
        sc.words
    );
    let rows = [
        ("UPOS", sc.upos),
        ("XPOS", sc.xpos),
        ("UFeats", sc.ufeats),
        ("Lemma", sc.lemma),
        ("UAS", sc.uas),
        ("LAS (universal rel.)", sc.las),
        ("LAS (full relations)", sc.las_full),
    ];
    report(&a, json, &header, "score", &rows, load_ms, secs);
    if a.relations {
        relations(&syntax, &gold);
    }
    Ok(0)
}

/// Prints the per-relation table and the top relation confusions.
fn relations(syntax: &chronicle_syntax::Syntax, gold: &[chronicle_doc::conllu::UdSentence]) {
    let (rels, conf) = chronicle_syntax::eval::evaluate_relations(syntax, gold);
    println!(
        "{:<12} {:>6} {:>6} {:>7} {:>9} {:>7} {:>7}",
        "relation", "gold", "pred", "head%", "label|hd%", "LAS-P", "LAS-R"
    );
    for r in &rels {
        println!(
            "{:<12} {:>6} {:>6} {:>7.2} {:>9.2} {:>7.2} {:>7.2}",
            r.rel,
            r.gold,
            r.pred,
            100.0 * r.head_ok as f64 / r.gold.max(1) as f64,
            100.0 * r.label_acc(),
            100.0 * r.precision(),
            100.0 * r.recall()
        );
    }
    let (hd, lb): (usize, usize) = rels
        .iter()
        .fold((0, 0), |(h, l), r| (h + r.head_ok, l + r.las_ok));
    println!(
        "relation accuracy given the right head: {:.2} ({lb} / {hd})",
        100.0 * lb as f64 / hd.max(1) as f64
    );
    println!("top confusions (gold -> predicted, right head):");
    for ((g, p), n) in conf.iter().take(20) {
        println!("  {g:<10} -> {p:<10} {n}");
    }
}

/// Prints one evaluation: `json` (the mode's own fields) with the common
/// fields added under `--json`, otherwise `header` and a table of `rows`.
fn report(
    a: &Args,
    mut json: serde_json::Value,
    header: &str,
    column: &str,
    rows: &[(&str, f64)],
    load_ms: f64,
    secs: f64,
) {
    if a.json {
        let o = json.as_object_mut().expect("a JSON object");
        o.insert("eval".into(), "ud".into());
        o.insert("gold".into(), a.gold.display().to_string().into());
        o.insert("model_load_ms".into(), load_ms.into());
        o.insert("seconds".into(), secs.into());
        println!("{json}");
    } else {
        println!("{header}");
        println!("{:<22} {:>8}", "metric", column);
        for (k, v) in rows {
            println!("{k:<22} {:>8.2}", v * 100.0);
        }
        println!("model load {load_ms:.0} ms; analysis {secs:.2} s");
    }
}

fn raw(
    a: &Args,
    syntax: &chronicle_syntax::Syntax,
    gold: &[chronicle_doc::conllu::UdSentence],
    load_ms: f64,
) -> anyhow::Result<i32> {
    let seg = chronicle_text::Segmenter::default();
    let t = Instant::now();
    let sc = chronicle_syntax::eval::evaluate_raw(syntax, gold, &|d| seg.annotate(d));
    let secs = t.elapsed().as_secs_f64();
    let json = serde_json::json!({
        "tokenization": "raw (chronicle-text segmenter)",
        "gold_words": sc.gold_words,
        "system_words": sc.system_words,
        "unaligned_gold_words": sc.unaligned_gold,
        "words_f1": sc.words,
        "sentences_f1": sc.sentences,
        "upos": sc.upos,
        "xpos": sc.xpos,
        "ufeats": sc.ufeats,
        "lemma": sc.lemma,
        "uas": sc.uas,
        "las": sc.las,
    });
    let header = format!(
        "UD evaluation from raw text (chronicle-text segmenter, CoNLL 2018 alignment, F1): {} ({} gold words, {} system words)",
        a.gold.display(),
        sc.gold_words,
        sc.system_words
    );
    let rows = [
        ("Words", sc.words),
        ("Sentences", sc.sentences),
        ("UPOS", sc.upos),
        ("XPOS", sc.xpos),
        ("UFeats", sc.ufeats),
        ("Lemma", sc.lemma),
        ("UAS", sc.uas),
        ("LAS (universal rel.)", sc.las),
    ];
    report(a, json, &header, "F1", &rows, load_ms, secs);
    Ok(0)
}
