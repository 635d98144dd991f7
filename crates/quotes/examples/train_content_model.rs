//! Trains the opt-in learned content-end chooser on PolNeAR TRAIN and writes the model.
//!
//! ```text
//! chronicle analyze --threads 1 /work/shared/data/polnear/data/train/text > train.jsonl
//! cargo run --release -p chronicle-quotes --example train_content_model -- \
//!     /work/shared/data/polnear/data/train train.jsonl data/models/quotes-content-polnear.tsv
//! ```
//! Articles are taken in file order. The number of epochs is chosen by
//! five-fold cross-validation over the articles (article `i` in fold `i % 5`;
//! mean exact F1 of source, cue and content of the whole quote stage, each
//! fold annotated by a chooser trained on the other four); the model written
//! is then trained on all train articles with that number of epochs. An example
//! is a content span the chooser applies to whose attribution matches a gold
//! one by cue overlap and whose gold content (one span) is among the candidates.
//!
//! Analysis aids (stdout): `SHOW_UNREACHABLE=1` prints the matched contents
//! whose gold span is not among the candidates, `SHOW_CHANGES=1` the decisions
//! on the fifth `i % 5 == 4` where a chooser trained on the rest departs from
//! the rules; `EPOCHS=2,4` limits the epochs tried.
mod common;

use chronicle_quotes::polnear::{self, Report};
use chronicle_quotes::{ContentModel, QuoteAnnotator};

type Example = (Vec<Vec<String>>, usize);

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = std::path::PathBuf::from(&args[1]);
    let out = &args[3];
    let base = QuoteAnnotator::new();
    let docs = common::docs(&gold, std::path::Path::new(&args[2]));
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
    // five-fold cross-validation over the train articles: each fifth is
    // annotated by a chooser trained on the other four
    let held_out = |i: usize| i % 5 == 4;
    let cross = |epochs: Option<usize>| {
        let mut r = Report::default();
        for fold in 0..5 {
            let a = match epochs {
                None => base.clone(),
                Some(e) => {
                    let fit: Vec<Example> = examples
                        .iter()
                        .filter(|(i, _)| i % 5 != fold)
                        .map(|(_, e)| e.clone())
                        .collect();
                    base.clone()
                        .with_content_model(ContentModel::train(&fit, e))
                }
            };
            for (_, (doc, g)) in docs.iter().enumerate().filter(|(i, _)| i % 5 == fold) {
                r.add(&doc.text, g, &a.annotate(doc));
            }
        }
        r.finish();
        let mean = (r.source.exact.f1 + r.cue.exact.f1 + r.content.exact.f1) / 3.0;
        (mean, r)
    };
    let (m0, r0) = cross(None);
    eprintln!(
        "rules: train exact F1 {:.4} / {:.4} / {:.4} (mean {m0:.4})",
        r0.source.exact.f1, r0.cue.exact.f1, r0.content.exact.f1
    );
    let mut best = (m0, 0usize);
    let list: Vec<usize> = match std::env::var("EPOCHS") {
        Ok(x) => x.split(',').map(|e| e.parse().unwrap()).collect(),
        Err(_) => vec![1, 2, 4, 6, 8, 12],
    };
    for epochs in list {
        let (mean, r) = cross(Some(epochs));
        eprintln!(
            "epochs {epochs}: cross-validated train exact F1 {:.4} / {:.4} / {:.4} (mean {mean:.4})",
            r.source.exact.f1, r.cue.exact.f1, r.content.exact.f1
        );
        if mean > best.0 {
            best = (mean, epochs);
        }
    }
    let fit: Vec<Example> = examples
        .iter()
        .filter(|(i, _)| !held_out(*i))
        .map(|(_, e)| e.clone())
        .collect();
    if std::env::var_os("SHOW_CHANGES").is_some() {
        // the held-out decisions where a model trained on the other four fifths
        // departs from the rules: rule-correct, model-correct, the two spans
        let m = ContentModel::train(&fit, best.1.max(1));
        for (i, (doc, g)) in docs.iter().enumerate().filter(|(i, _)| held_out(*i)) {
            let _ = i;
            for ch in base.content_choices(doc) {
                let feats: Vec<&[String]> = ch.candidates.iter().map(|c| c.1.as_slice()).collect();
                let k = m.choose(&feats);
                if k == 0 {
                    continue;
                }
                let gc = g
                    .iter()
                    .find(|a| {
                        polnear::canonical(&doc.text, &a.cue)
                            .iter()
                            .any(|c| c.overlaps(ch.cue))
                    })
                    .map(|a| polnear::canonical(&doc.text, &a.content));
                let ok = |s: chronicle_doc::Span| {
                    gc.as_ref()
                        .is_some_and(|g| *g == polnear::canonical(&doc.text, &[s]))
                };
                let show = |s: chronicle_doc::Span| {
                    doc.text[s.start as usize..s.end as usize].replace('\n', " ")
                };
                let (r, n) = (ch.candidates[0].0, ch.candidates[k].0);
                println!(
                    "CHG\t{}\t{}\t{}\t{}",
                    ok(r) as u8,
                    ok(n) as u8,
                    show(r),
                    show(n)
                );
            }
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
