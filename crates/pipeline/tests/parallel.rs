//! Parallel analysis (rayon pools of several sizes, batches, the marked run
//! used by `chronicle bench pipeline`) gives byte-identical JSON to a plain
//! sequential run, in input order.

use chronicle_doc::{Article, Doc, Meta};
use chronicle_pipeline::Pipeline;

/// Short news-like texts written for this test (not taken from any corpus).
const TEXTS: &[&str] = &[
    "Talks collapse\nMinisters walk out of Geneva talks\nThe foreign ministers of both countries left the talks on Tuesday. \"We will not sign this,\" the delegation's spokesman said. Officials said 1,200 observers would stay.\n.\nsource site-7",
    "Mr. Okafor, the mayor, said the city would reopen schools on Monday. Police arrested 14 people after the protest, according to a statement.",
    "The army said it had deployed about 3,500 troops near the border. Residents weren't told why. \u{201c}It's a very worrying sign,\u{201d} a local councillor told reporters.",
    "Prices rose 4.5% in March, the central bank said, while unemployment fell to 6.1 per cent. Analysts expect more than $2 billion in new lending.",
    "Rebels attacked a convoy north of the capital, killing at least 9 soldiers and wounding 23, a military source said. The government condemned the attack.",
    "  \n  ",
    "U.S. envoy J. R. Smith met the prime minister in Nairobi on 3 May 2024; they discussed aid, trade and security.\n\nA second meeting is planned.",
    "NATO's secretary general called on Russia to withdraw its forces. Moscow rejected the demand and accused the alliance of provocation!",
    "Unions called a strike at the port (the third this year). Workers demand a 12 percent raise... The company offered 5.",
    "Breaking: earthquake of magnitude 6.2 hits coastal region — dozens feared dead",
];

fn articles() -> Vec<Article> {
    (0..120)
        .map(|i| {
            let a = TEXTS[i % TEXTS.len()];
            let b = TEXTS[(i * 7 + 3) % TEXTS.len()];
            let text = if i % 3 == 0 {
                a.to_string()
            } else {
                format!("{a} {b}")
            };
            Article {
                meta: Meta {
                    id: format!("fixture-{i}"),
                    source: (i % 4 == 0).then(|| "site-7".to_string()),
                    ..Meta::default()
                },
                text,
            }
        })
        .collect()
}

fn json(docs: &[Doc]) -> String {
    docs.iter()
        .map(|d| serde_json::to_string(d).expect("a Doc serializes") + "\n")
        .collect()
}

fn sequential(p: &Pipeline) -> String {
    let docs: Vec<Doc> = articles().into_iter().map(|a| p.analyze(a)).collect();
    json(&docs)
}

#[test]
fn parallel_batches_match_sequential_byte_for_byte() {
    let p = Pipeline::default();
    let seq = sequential(&p);
    assert!(seq.contains("\"tokens\""), "the text stage ran");
    for threads in [1, 2, 4] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        // whole input as one batch
        let all = pool.install(|| p.analyze_batch(articles()));
        assert_eq!(json(&all), seq, "{threads} threads, one batch");
        // small chunks, as a streaming caller would send them
        let mut chunked = Vec::new();
        let mut rest = articles();
        while !rest.is_empty() {
            let tail = rest.split_off(rest.len().min(7));
            chunked.extend(pool.install(|| p.analyze_batch(rest)));
            rest = tail;
        }
        assert_eq!(json(&chunked), seq, "{threads} threads, chunks of 7");
    }
}

#[test]
fn marked_run_matches_run_and_marks_every_stage_in_order() {
    let p = Pipeline::default();
    let mut docs = Vec::new();
    for a in articles() {
        let mut d = Doc::new(a);
        let mut marks = Vec::new();
        p.run_marked(&mut d, &mut |s| marks.push(s));
        assert_eq!(marks, Pipeline::STAGES, "{}", d.meta.id);
        docs.push(d);
    }
    assert_eq!(json(&docs), sequential(&p));
}
