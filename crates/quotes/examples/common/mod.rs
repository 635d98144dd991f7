//! Shared by the quote examples: cached pipeline output joined with its
//! PolNeAR gold attributions (`polnear_cached`, the trainers, the dumps), and
//! the annotator with the opt-in models named on the command line.

use chronicle_doc::Doc;
use chronicle_quotes::polnear::{self, GoldAttribution};
use std::io::BufRead;
use std::path::Path;

/// One PolNeAR article: its id, the cached Doc (quotes and claims dropped, to
/// be recomputed) and the gold attributions of the annotator
/// [`polnear::pick_annotator`] picks.
pub struct Article {
    /// The article id (file stem); the trainers do not read it.
    #[allow(dead_code)]
    pub id: String,
    pub doc: Doc,
    pub gold: Vec<GoldAttribution>,
}

/// Reads `cached` (`chronicle analyze --threads 1 GOLD/text > cached`) and the
/// `.ann` files under `gold/attributions`, in the cached file's order. Articles
/// without annotations are left out; an article whose cached text differs from
/// `gold/text/<id>.txt` is reported on stderr and left out.
pub fn articles(gold: &Path, cached: &Path) -> Vec<Article> {
    let mut annots: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for e in std::fs::read_dir(gold.join("attributions")).expect("attributions dir") {
        let name = e.unwrap().file_name().to_string_lossy().to_string();
        if let Some(stem) = name.strip_suffix(".ann")
            && let Some((a, w)) = stem.rsplit_once('_')
        {
            annots.entry(a.to_string()).or_default().push(w.to_string());
        }
    }
    let file = std::fs::File::open(cached).expect("cached pipeline output");
    let mut out = Vec::new();
    for line in std::io::BufReader::new(file).lines() {
        let mut doc: Doc = serde_json::from_str(&line.unwrap()).unwrap();
        let id = Path::new(&doc.meta.id)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let Some(ws) = annots.get(&id) else { continue };
        let who = polnear::pick_annotator(ws.iter().map(String::as_str)).unwrap();
        let text = std::fs::read_to_string(gold.join("text").join(format!("{id}.txt"))).unwrap();
        if text != doc.text {
            eprintln!("TEXT MISMATCH {id}");
            continue;
        }
        let ann =
            std::fs::read_to_string(gold.join("attributions").join(format!("{id}_{who}.ann")))
                .unwrap();
        let gold = polnear::parse_ann(&ann, &text).unwrap();
        doc.quotes = None;
        doc.claims = None;
        out.push(Article { id, doc, gold });
    }
    out
}

/// [`articles`] as (Doc, gold) pairs, for the trainers.
#[allow(dead_code)] // polnear_cached reads the ids too and uses `articles`
pub fn docs(gold: &Path, cached: &Path) -> Vec<(Doc, Vec<GoldAttribution>)> {
    articles(gold, cached)
        .into_iter()
        .map(|a| (a.doc, a.gold))
        .collect()
}

/// The rules annotator with the opt-in models named on the command line:
/// `--model CUE_MODEL.tsv`, `--content-model CONTENT_MODEL.tsv`, and the cue lexicon
/// `--lexicon CUES.tsv` (default: the embedded `data/lexicon/cues.tsv`), so lexicon
/// entries can be tried without a rebuild.
#[allow(dead_code)] // not every example takes model files
pub fn annotator_from_args(args: &[String]) -> chronicle_quotes::QuoteAnnotator {
    let mut annotator = match args.iter().position(|a| a == "--lexicon") {
        Some(i) => {
            let src = std::fs::read_to_string(&args[i + 1]).expect("lexicon file");
            let lex = chronicle_quotes::Lexicon::parse(&src, &args[i + 1]).expect("lexicon");
            chronicle_quotes::QuoteAnnotator::with_lexicon(lex)
        }
        None => chronicle_quotes::QuoteAnnotator::new(),
    };
    if let Some(i) = args.iter().position(|a| a == "--model") {
        let src = std::fs::read_to_string(&args[i + 1]).expect("model file");
        let m = chronicle_quotes::CueModel::parse(&src, &args[i + 1]).expect("model");
        annotator = annotator.with_cue_model(m);
    }
    if let Some(i) = args.iter().position(|a| a == "--content-model") {
        let src = std::fs::read_to_string(&args[i + 1]).expect("content model file");
        let m = chronicle_quotes::ContentModel::parse(&src, &args[i + 1]).expect("model");
        annotator = annotator.with_content_model(m);
    }
    annotator
}
