//! Trains the opt-in learned content-end chooser on PolNeAR TRAIN and writes the model.
//!
//! ```text
//! chronicle analyze --threads 1 /work/shared/data/polnear/data/train/text > train.jsonl
//! cargo run --release -p chronicle-quotes --example train_content_model -- \
//!     /work/shared/data/polnear/data/train train.jsonl data/models/quotes-content-polnear.tsv
//! ```
//! Articles are taken in file order. Every fifth one is held out to choose the
//! number of epochs (mean exact F1 of source, cue and content of the whole
//! quote stage, rules' content ends vs the chooser's); the model written is
//! then trained on all train articles with that number of epochs. An example
//! is a content span the chooser applies to whose attribution matches a gold
//! one by cue overlap and whose gold content (one span) is among the candidates.
use chronicle_doc::Doc;
use chronicle_quotes::polnear::{self, Report};
use chronicle_quotes::{ContentModel, QuoteAnnotator};
use std::io::BufRead;

type Example = (Vec<Vec<String>>, usize);

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = std::path::PathBuf::from(&args[1]);
    let out = &args[3];
    let mut annots: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for e in std::fs::read_dir(gold.join("attributions")).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().to_string();
        if let Some(stem) = name.strip_suffix(".ann")
            && let Some((a, w)) = stem.rsplit_once('_')
        {
            annots.entry(a.to_string()).or_default().push(w.to_string());
        }
    }
    let base = QuoteAnnotator::new();
    let mut docs: Vec<(Doc, Vec<polnear::GoldAttribution>)> = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(&args[2]).unwrap()).lines() {
        let mut doc: Doc = serde_json::from_str(&line.unwrap()).unwrap();
        let id = std::path::Path::new(&doc.meta.id)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let Some(ws) = annots.get(&id) else { continue };
        let who = polnear::pick_annotator(ws.iter().map(String::as_str)).unwrap();
        let ann =
            std::fs::read_to_string(gold.join("attributions").join(format!("{id}_{who}.ann")))
                .unwrap();
        let g = polnear::parse_ann(&ann, &doc.text).unwrap();
        doc.quotes = None;
        doc.claims = None;
        docs.push((doc, g));
    }
    let mut examples: Vec<(usize, Example)> = Vec::new();
    let (mut choices, mut matched, mut reachable, mut rule_right) = (0, 0, 0, 0);
    for (i, (doc, g)) in docs.iter().enumerate() {
        for ch in base.content_choices(doc) {
            choices += 1;
            let Some(ga) = g.iter().find(|a| {
                polnear::canonical(&doc.text, &a.cue)
                    .iter()
                    .any(|c| c.overlaps(ch.cue))
            }) else {
                continue;
            };
            matched += 1;
            let gc = polnear::canonical(&doc.text, &ga.content);
            let Some(k) = ch
                .candidates
                .iter()
                .position(|(s, _)| polnear::canonical(&doc.text, &[*s]) == gc)
            else {
                if std::env::var_os("SHOW_UNREACHABLE").is_some() {
                    let (s0, _) = &ch.candidates[0];
                    let why = if gc.len() != 1 {
                        "disc"
                    } else if gc[0].start != s0.start {
                        if gc[0].start < s0.start {
                            "start-early"
                        } else {
                            "start-late"
                        }
                    } else {
                        "end"
                    };
                    let show = |s: &chronicle_doc::Span| {
                        doc.text[s.start as usize..s.end as usize].replace('\n', " ")
                    };
                    println!(
                        "{why}\tgold=[{}]\trule=[{}]",
                        gc.iter().map(show).collect::<Vec<_>>().join(" … "),
                        show(s0)
                    );
                }
                continue;
            };
            reachable += 1;
            rule_right += (k == 0) as usize;
            let feats = ch.candidates.into_iter().map(|(_, f)| f).collect();
            examples.push((i, (feats, k)));
        }
    }
    eprintln!(
        "{choices} contents the chooser applies to, {matched} matching a gold cue, \
         {reachable} with the gold end among the candidates ({rule_right} already the rules' end)"
    );
    let held_out = |i: usize| i % 5 == 4;
    let fit: Vec<Example> = examples
        .iter()
        .filter(|(i, _)| !held_out(*i))
        .map(|(_, e)| e.clone())
        .collect();
    let score = |a: &QuoteAnnotator| {
        let mut r = Report::default();
        for (_, (doc, g)) in docs.iter().enumerate().filter(|(i, _)| held_out(*i)) {
            r.add(&doc.text, g, &a.annotate(doc));
        }
        r.finish();
        let mean = (r.source.exact.f1 + r.cue.exact.f1 + r.content.exact.f1) / 3.0;
        (mean, r)
    };
    let (m0, r0) = score(&base);
    eprintln!(
        "rules: held-out exact F1 {:.4} / {:.4} / {:.4} (mean {m0:.4})",
        r0.source.exact.f1, r0.cue.exact.f1, r0.content.exact.f1
    );
    let mut best = (m0, 0usize);
    for epochs in [1usize, 2, 4, 6, 8, 12] {
        let model = ContentModel::train(&fit, epochs);
        let (mean, r) = score(&base.clone().with_content_model(model));
        eprintln!(
            "epochs {epochs}: held-out exact F1 {:.4} / {:.4} / {:.4} (mean {mean:.4})",
            r.source.exact.f1, r.cue.exact.f1, r.content.exact.f1
        );
        if mean > best.0 {
            best = (mean, epochs);
        }
    }
    let epochs = best.1.max(1);
    eprintln!(
        "chosen epochs {epochs}; training on all {} examples",
        examples.len()
    );
    let all: Vec<Example> = examples.into_iter().map(|(_, e)| e).collect();
    let model = ContentModel::train(&all, epochs);
    std::fs::write(out, model.to_tsv()).unwrap();
}
