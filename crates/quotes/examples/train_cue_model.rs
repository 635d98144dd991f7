//! Trains the opt-in learned cue detector on PolNeAR TRAIN and writes the model.
//!
//! ```text
//! chronicle analyze --threads 1 /work/shared/data/polnear/data/train/text > train.jsonl
//! cargo run --release -p chronicle-quotes --example train_cue_model -- \
//!     /work/shared/data/polnear/data/train train.jsonl data/models/quotes-cue-polnear.tsv
//! ```
//! Articles are taken in file order; every fifth one is held out to choose the
//! decision threshold (mean exact F1 of source, cue and content of the whole
//! quote stage), the model is trained on the other four fifths (8 epochs).
//! Only verbs are examples (the stage consults the model on verbs only); a
//! verb is a positive example when a gold cue span overlaps it. The model is
//! written with `retry=1` (lexicon verbs the rules turn down, for want of a
//! clause or a source, get a second try with the generic frame when the model
//! scores them as cues); `--no-retry` after the output path turns that off.
//! With `--by-class` the held-out fifth then also chooses thresholds of their
//! own for lexicon verbs the rules turned down (`retry`) and for each verb tag
//! (`VBD`, `VBZ`, `VBP`, `VBG`, `VBN`, `VB`), one class at a time in that order,
//! each kept only when it raises the held-out mean.
//! With `--adjectives` stance adjectives after a copula (`is critical of`,
//! `were adamant`) are candidates too: a second perceptron trained apart on
//! them (features prefixed `a|`, so the verb weights stay the same) is merged
//! into the file, with the class `JJ` switched off (threshold 1e9) until
//! `--by-class` chooses its threshold last.
mod common;

use chronicle_quotes::polnear::Report;
use chronicle_quotes::{CueModel, QuoteAnnotator};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let gold = std::path::PathBuf::from(&args[1]);
    let out = &args[3];
    let base = QuoteAnnotator::new();
    let docs = common::docs(&gold, std::path::Path::new(&args[2]));
    let adjectives = args.iter().any(|a| a == "--adjectives");
    let mut examples = Vec::new();
    let mut adj_examples = Vec::new();
    for (i, (doc, g)) in docs.iter().enumerate() {
        if i % 5 == 4 {
            continue;
        }
        if adjectives {
            for (h, f) in base.adjective_cue_features(doc) {
                let span = doc.tokens()[h].span;
                let pos = g.iter().any(|a| a.cue.iter().any(|c| c.overlaps(span)));
                adj_examples.push((f, pos));
            }
        }
        let feats = base.cue_features(doc);
        let tags = doc.tags.as_ref();
        for (k, f) in feats.into_iter().enumerate() {
            if tags.is_none_or(|t| t[k].upos != "VERB") {
                continue;
            }
            let span = doc.tokens()[k].span;
            let pos = g.iter().any(|a| a.cue.iter().any(|c| c.overlaps(span)));
            examples.push((f, pos));
        }
    }
    eprintln!("{} verb examples", examples.len());
    // `--epochs N` (default 8) for both perceptrons
    let epochs = args
        .iter()
        .position(|a| a == "--epochs")
        .map_or(8, |i| args[i + 1].parse().expect("--epochs N"));
    let mut model = CueModel::train(&examples, epochs);
    // `--adjectives`: stance adjectives after a copula get a model of their
    // own (features prefixed `a|`, trained apart so the verb weights do not
    // change), merged into the same file; `a|*bias` carries their bias
    // relative to the verbs'. They start switched off (class `JJ` threshold
    // 1e9) and get a threshold of their own last, below.
    if adjectives {
        eprintln!("{} adjective examples", adj_examples.len());
        let adj = CueModel::train(&adj_examples, epochs);
        let mut w = adj.weights;
        let own = w.get("a|*bias").copied().unwrap_or(0.0);
        w.insert("a|*bias".to_string(), adj.bias - model.bias + own);
        model.weights.extend(w);
        model.by_class.push(("JJ".to_string(), 1e9));
    }
    // lexicon verbs the rules turn down get a second try when the model says cue
    model.retry = !args.iter().any(|a| a == "--no-retry");
    let held_out = |model: &CueModel| {
        let a = base.clone().with_cue_model(model.clone());
        let mut r = Report::default();
        for (_, (doc, g)) in docs.iter().enumerate().filter(|(i, _)| i % 5 == 4) {
            r.add(&doc.text, g, &a.annotate(doc));
        }
        r.finish();
        let mean = (r.source.exact.f1 + r.cue.exact.f1 + r.content.exact.f1) / 3.0;
        (mean, r)
    };
    const GRID: [f32; 10] = [0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 1e9];
    let mut best = (f64::MIN, 0f32);
    for t in GRID {
        model.threshold = t;
        let (mean, r) = held_out(&model);
        eprintln!(
            "threshold {t}: held-out exact F1 {:.3} / {:.3} / {:.3} (mean {mean:.4})",
            r.source.exact.f1, r.cue.exact.f1, r.content.exact.f1
        );
        if mean > best.0 {
            best = (mean, t);
        }
    }
    model.threshold = best.1;
    eprintln!("chosen threshold {}", best.1);
    // `--by-class`: then a threshold of its own for each class of candidates
    // (lexicon verbs the rules turned down, and each verb tag), one class at a
    // time, kept only when the held-out mean rises
    if args.iter().any(|a| a == "--by-class") {
        let mut best_mean = best.0;
        let classes = ["retry", "VBD", "VBZ", "VBP", "VBG", "VBN", "VB", "JJ"];
        for class in classes {
            if class == "JJ" && !adjectives {
                continue;
            }
            let mut chosen = None;
            for t in GRID {
                let mut m = model.clone();
                m.by_class.retain(|(c, _)| c != class);
                m.by_class.push((class.to_string(), t));
                let (mean, r) = held_out(&m);
                eprintln!(
                    "{class} {t}: held-out exact F1 {:.3} / {:.3} / {:.3} (mean {mean:.4})",
                    r.source.exact.f1, r.cue.exact.f1, r.content.exact.f1
                );
                if mean > best_mean + 1e-9 {
                    best_mean = mean;
                    chosen = Some(t);
                }
            }
            if let Some(t) = chosen {
                model.by_class.retain(|(c, _)| c != class);
                model.by_class.push((class.to_string(), t));
                eprintln!("chosen {class} {t} (mean {best_mean:.4})");
            }
        }
    }
    std::fs::write(out, model.to_tsv()).unwrap();
}
