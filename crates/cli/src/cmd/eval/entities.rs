//! `chronicle eval ner` and `chronicle eval coref`: the entities stage against GUM gold.

use anyhow::Context;
use chronicle_entities::ner::{NerModel, Prf, gold_entities, gum_mentions, score};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

/// Named entities: exact-span, exact-type P/R/F1 per type (PER, ORG, LOC) against
/// GUM-style Entity= annotations (named = proper-noun head). Gold tags and
/// dependencies are replaced by those of the default syntax stage (as in the
/// pipeline), or removed with --no-syntax.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  chronicle eval ner --gold ../shared/data/ud/en_gum-test.conllu\n  chronicle eval ner --gold ../shared/data/ud/en_gum-test.conllu --model data/models/ner-gum.zst --json"
)]
pub struct NerArgs {
    /// Gold CoNLL-U file.
    #[arg(long)]
    pub gold: PathBuf,
    /// Statistical model (default: the dictionary + rules recogniser).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// One JSON object on stdout.
    #[arg(long)]
    pub json: bool,
    /// Print up to N missed gold entities (with the overlapping predictions) and N
    /// spurious predictions that overlap no gold entity, with context (stderr).
    #[arg(long, default_value_t = 0)]
    pub show_errors: usize,
    /// Do not run the syntax stage (NER without POS tags).
    #[arg(long)]
    pub no_syntax: bool,
    /// With --model: override the span typer's candidate and post-pass
    /// switches (chronicle_entities::typer::flags; 16 = no typer).
    #[arg(long)]
    pub typer_flags: Option<u8>,
    /// Word and name lists of the rules recogniser instead of the embedded
    /// data/ner/lists.txt.
    #[arg(long, value_name = "FILE")]
    pub ner_lists: Option<PathBuf>,
}

/// Pronoun coreference against GUM gold chains: for each third-person pronoun whose
/// entity has an earlier named (proper-noun-headed) mention, is the predicted
/// antecedent chain's first mention a mention of the same gold entity?
#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  chronicle eval coref --gold ../shared/data/ud/en_gum-test.conllu --json"
)]
pub struct CorefArgs {
    /// Gold CoNLL-U file.
    #[arg(long)]
    pub gold: PathBuf,
    /// Statistical NER model for antecedent candidates (default: dictionary + rules).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Keep the gold tags and dependencies (default: predicted by the syntax stage).
    #[arg(long)]
    pub keep_syntax: bool,
    /// Do not run the syntax stage (no tags, no dependencies).
    #[arg(long, conflicts_with = "keep_syntax")]
    pub no_syntax: bool,
    /// One JSON object on stdout.
    #[arg(long)]
    pub json: bool,
    /// Print every missed or wrong case to stderr (tab-separated: status, pronoun,
    /// predicted antecedent, nearest earlier gold mention, sentence).
    #[arg(long)]
    pub show_errors: bool,
}

fn entities(model: &Option<PathBuf>) -> anyhow::Result<(chronicle_entities::Entities, String)> {
    entities_with(model, None)
}

fn entities_with(
    model: &Option<PathBuf>,
    typer_flags: Option<u8>,
) -> anyhow::Result<(chronicle_entities::Entities, String)> {
    let e = crate::cmd::load_entities(&[])?;
    Ok(match model {
        Some(p) => {
            let b = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
            let mut m =
                NerModel::from_bytes(&b).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
            if let Some(f) = typer_flags {
                m.set_typer_flags(f);
            }
            let about = m.about.clone();
            (
                e.with_ner_model(m),
                format!("model {} ({about})", p.display()),
            )
        }
        None => (
            e,
            "dictionary + rules (commercially clean default)".to_string(),
        ),
    })
}

/// Runs `chronicle eval ner`.
pub fn run_ner(args: NerArgs) -> anyhow::Result<i32> {
    let NerArgs {
        gold,
        model,
        json,
        show_errors,
        no_syntax,
        typer_flags,
        ner_lists,
    } = args;
    let (ents, name) = entities_with(&model, typer_flags)?;
    let ents = crate::common::with_ner_lists(ents, ner_lists.as_deref())?;
    let mut docs = crate::cmd::load_conllu_docs(&gold, false)?;
    if !no_syntax {
        crate::cmd::predicted_syntax(&mut docs)?;
    }
    let labels = ["PER", "ORG", "LOC"];
    let mut acc: BTreeMap<String, Prf> = BTreeMap::new();
    let t0 = Instant::now();
    let mut ntok = 0;
    for g in &docs {
        let m = gum_mentions(&g.sentences);
        let gold_e = gold_entities(&g.doc, &m);
        let pred = ents.named_entities(&g.doc);
        ntok += g.doc.tokens().len();
        score(&gold_e, &pred, &labels, &mut acc);
        if show_errors > 0 {
            eprintln!("DOC {}", g.doc.meta.id);
            let k = |e: &chronicle_doc::Entity| {
                (
                    e.tokens.start,
                    e.tokens.end,
                    chronicle_entities::ner::eval_label(&e.label).to_string(),
                )
            };
            let gk: Vec<_> = gold_e.iter().map(k).collect();
            let pk: Vec<_> = pred
                .iter()
                .filter(|e| labels.contains(&chronicle_entities::ner::eval_label(&e.label)))
                .map(k)
                .collect();
            let doc = &g.doc;
            // token text (not the surface span, which covers a whole multi-word token)
            let text = |a: usize, b: usize| {
                (a..b)
                    .map(|t| doc.token_norm(t))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let show = |e: &chronicle_doc::Entity| {
                format!(
                    "{} {:?}",
                    chronicle_entities::ner::eval_label(&e.label),
                    text(e.tokens.start as usize, e.tokens.end as usize)
                )
            };
            let ctx = |e: &chronicle_doc::Entity| {
                let (a, b) = (e.tokens.start as usize, e.tokens.end as usize);
                let n = doc.tokens().len();
                format!(
                    "{} [[{}]] {}",
                    text(a.saturating_sub(4), a),
                    text(a, b),
                    text(b, (b + 4).min(n))
                )
            };
            let overlap = |x: &chronicle_doc::Entity, y: &chronicle_doc::Entity| {
                x.tokens.start < y.tokens.end && y.tokens.start < x.tokens.end
            };
            for e in gold_e
                .iter()
                .filter(|e| !pk.contains(&k(e)))
                .take(show_errors)
            {
                let got: Vec<String> = pred
                    .iter()
                    .filter(|p| overlap(p, e))
                    .map(|p| format!("{} ({})", show(p), p.rule))
                    .collect();
                eprintln!(
                    "MISS {}  got: {}  | {}",
                    show(e),
                    if got.is_empty() {
                        "-".to_string()
                    } else {
                        got.join(", ")
                    },
                    ctx(e)
                );
            }
            for e in pred
                .iter()
                .filter(|e| {
                    labels.contains(&chronicle_entities::ner::eval_label(&e.label))
                        && !gk.contains(&k(e))
                        && !gold_e.iter().any(|g| overlap(g, e))
                })
                .take(show_errors)
            {
                eprintln!("SPUR {} ({})  | {}", show(e), e.rule, ctx(e));
            }
            for e in pred.iter().filter(|e| gk.contains(&k(e))) {
                eprintln!("HIT {} ({})", show(e), e.rule);
            }
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let mut micro = Prf::default();
    for v in acc.values() {
        micro.tp += v.tp;
        micro.fp += v.fp;
        micro.fn_ += v.fn_;
    }
    if json {
        let types: serde_json::Map<String, serde_json::Value> = acc
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::json!({"p": v.p(), "r": v.r(), "f1": v.f1(), "tp": v.tp, "fp": v.fp, "fn": v.fn_})))
            .collect();
        println!(
            "{}",
            serde_json::json!({"task": "ner", "gold": gold.display().to_string(), "recognizer": name, "syntax": !no_syntax, "docs": docs.len(), "tokens": ntok,
                "types": types, "micro": {"p": micro.p(), "r": micro.r(), "f1": micro.f1(), "tp": micro.tp, "fp": micro.fp, "fn": micro.fn_},
                "tokens_per_sec": ntok as f64 / secs.max(1e-9)})
        );
    } else {
        println!(
            "NER eval: {}  ({} docs, {ntok} tokens)\nrecognizer: {name}\nPOS tags: {}",
            gold.display(),
            docs.len(),
            if no_syntax {
                "none"
            } else {
                "predicted (default syntax stage)"
            }
        );
        println!(
            "{:<6} {:>7} {:>7} {:>7} {:>6} {:>6} {:>6}",
            "type", "P", "R", "F1", "tp", "fp", "fn"
        );
        for (k, v) in acc
            .iter()
            .chain(std::iter::once((&"micro".to_string(), &micro)))
        {
            println!(
                "{k:<6} {:>7.3} {:>7.3} {:>7.3} {:>6} {:>6} {:>6}",
                v.p(),
                v.r(),
                v.f1(),
                v.tp,
                v.fp,
                v.fn_
            );
        }
    }
    Ok(0)
}

/// Runs `chronicle eval coref`.
pub fn run_coref(args: CorefArgs) -> anyhow::Result<i32> {
    let CorefArgs {
        gold,
        model,
        keep_syntax,
        no_syntax,
        json,
        show_errors,
    } = args;
    let (ents, name) = entities(&model)?;
    let mut docs = crate::cmd::load_conllu_docs(&gold, keep_syntax)?;
    if !keep_syntax && !no_syntax {
        crate::cmd::predicted_syntax(&mut docs)?;
    }
    const PRON: &[&str] = &[
        "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their",
    ];
    let (mut cases, mut attempted, mut correct, mut actor_links) = (0usize, 0usize, 0usize, 0usize);
    for g in &docs {
        let doc = &g.doc;
        let ms = gum_mentions(&g.sentences);
        let (_, actors, links) = ents.annotate_with_links(doc);
        actor_links += actors
            .iter()
            .filter(|a| a.rule.starts_with("coref:pronoun"))
            .count();
        for m in &ms {
            if m.tokens.len() != 1 {
                continue;
            }
            let t = m.tokens.start as usize;
            if !PRON.contains(&doc.token_norm(t).to_lowercase().as_str()) {
                continue;
            }
            let has_named_antecedent = ms
                .iter()
                .any(|x| x.eid == m.eid && x.named && x.tokens.end <= m.tokens.start);
            if !has_named_antecedent {
                continue;
            }
            cases += 1;
            let span = doc.tokens()[t].span;
            // the nearest earlier gold mention of the pronoun's entity, and the sentence
            let report = |status: &str, predicted: &str| {
                if !show_errors {
                    return;
                }
                let gold_ante = ms
                    .iter()
                    .filter(|x| x.eid == m.eid && x.tokens.end <= m.tokens.start)
                    .max_by_key(|x| x.tokens.start)
                    .map(|x| {
                        let toks = doc.tokens();
                        doc.slice(chronicle_doc::Span::new(
                            toks[x.tokens.start as usize].span.start as usize,
                            toks[x.tokens.end as usize - 1].span.end as usize,
                        ))
                    })
                    .unwrap_or("");
                let sent = doc
                    .sentence_of_token(t)
                    .map(|k| doc.slice(doc.sentences()[k].span))
                    .unwrap_or("");
                eprintln!(
                    "{status}\t{}\t{predicted}\t{gold_ante}\t{}",
                    doc.slice(span),
                    sent.replace(['\n', '\t'], " ")
                );
            };
            let Some((_, root)) = links.iter().find(|(p, _)| *p == span) else {
                report("NOLINK", "");
                continue;
            };
            attempted += 1;
            // the root mention must be (head-)aligned with an earlier gold mention of the same entity
            let ok = ms.iter().any(|x| {
                x.eid == m.eid && x.tokens.end <= m.tokens.start && {
                    let hs = doc.tokens()[x.head].span;
                    root.start <= hs.start && hs.end <= root.end
                }
            });
            correct += ok as usize;
            if !ok {
                report("WRONG", doc.slice(*root));
            }
        }
    }
    let acc = correct as f64 / cases.max(1) as f64;
    let prec = correct as f64 / attempted.max(1) as f64;
    if json {
        println!(
            "{}",
            serde_json::json!({"task": "coref", "gold": gold.display().to_string(), "recognizer": name, "syntax": if keep_syntax { "gold" } else if no_syntax { "none" } else { "predicted" },
                "pronouns_with_named_antecedent": cases, "attempted": attempted, "correct": correct,
                "accuracy": acc, "precision": prec, "actor_pronoun_links": actor_links})
        );
    } else {
        println!(
            "coref eval: {} (third-person pronouns whose entity has an earlier named mention)",
            gold.display()
        );
        println!(
            "antecedent candidates: actor mentions + {name}; syntax layer: {}",
            if keep_syntax {
                "gold tags and dependencies"
            } else if no_syntax {
                "none"
            } else {
                "predicted (default syntax stage)"
            }
        );
        println!("cases {cases}  attempted {attempted}  correct {correct}");
        println!("accuracy (correct/cases) {acc:.3}   precision (correct/attempted) {prec:.3}");
        println!("pronoun links emitted as actor mentions: {actor_links}");
    }
    Ok(0)
}
