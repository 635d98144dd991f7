//! Development aid: codes events over gold-parsed CoNLL-U (e.g. UD GUM news
//! documents), with every proper-noun phrase as an actor mention coded by its
//! text. Prints one line per event.
//!
//! `cargo run --release -p chronicle-events --example conllu_events -- FILE.conllu [DOC_PREFIX]`

use chronicle_doc::conllu::{parse, to_doc};
use chronicle_doc::{ActorMention, TokenRange};
use chronicle_events::Coder;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let src = std::fs::read_to_string(&args[1]).expect("read CoNLL-U");
    let prefix = args.get(2).cloned().unwrap_or_default();
    let sents = parse(&src).expect("parse");
    let coder = Coder::embedded();
    let (mut n, mut ev_total) = (0usize, 0usize);
    let mut doc_id = String::new();
    for s in &sents {
        if let Some(d) = &s.newdoc {
            doc_id = d.clone();
        }
        if !doc_id.starts_with(&prefix) {
            continue;
        }
        n += 1;
        let mut d = to_doc(std::slice::from_ref(s), &doc_id);
        let tags = d.tags.clone().unwrap();
        let deps = d.deps.clone().unwrap();
        let mut ms = Vec::new();
        for i in 0..tags.len() {
            // A PROPN whose head is not a PROPN in a flat/compound relation heads a name.
            let inner = matches!(deps[i].rel.as_str(), "flat" | "compound")
                && deps[i]
                    .head
                    .is_some_and(|h| tags[h as usize].upos == "PROPN");
            if tags[i].upos == "PROPN" && !inner {
                ms.push(ActorMention {
                    span: d.tokens()[i].span,
                    tokens: TokenRange::new(i, i + 1),
                    head: i as u32,
                    entity: None,
                    actor_id: None,
                    name: None,
                    code: d.token_text(i).to_uppercase(),
                    country: None,
                    sector: None,
                    qid: None,
                    antecedent: None,
                    rule: "propn".into(),
                });
            }
        }
        d.actors = Some(ms);
        let ev = coder.annotate(&d);
        ev_total += ev.len();
        for e in &ev {
            let p = |ps: &[chronicle_doc::Participant]| {
                ps.iter()
                    .map(|p| format!("{}[{}]", p.code.as_deref().unwrap_or("?"), d.slice(p.span)))
                    .collect::<Vec<_>>()
                    .join(",")
            };
            println!(
                "{}\t{}/{}\t{:?}\t{} -> {}\t{}\t{}\t{}",
                doc_id,
                e.event_type,
                e.mode.as_deref().unwrap_or("-"),
                e.aux,
                p(&e.actors),
                p(&e.recipients),
                d.slice(e.trigger),
                e.pattern,
                d.text
            );
        }
    }
    eprintln!(
        "{n} sentences, {ev_total} events, {:.3} per sentence",
        ev_total as f64 / n.max(1) as f64
    );
}
