//! The PLV and GSR scorers end to end on tiny inputs written for the test, with
//! an "analysis" that looks up hand-parsed CoNLL-U sentences.

use chronicle_doc::Doc;
use chronicle_doc::conllu::{parse, to_doc};
use chronicle_events::Coder;
use chronicle_events::eval::{Link, eval_gsr, eval_plv, read_gsr, read_plv};

const FIXTURES: &str = include_str!("fixtures/syntax.conllu");

fn analyze(text: &str) -> Doc {
    let all = parse(FIXTURES).unwrap();
    for s in &all {
        let d = to_doc(std::slice::from_ref(s), "x");
        if d.text == text {
            return d;
        }
    }
    panic!("no hand parse for {text:?}");
}

#[test]
fn plv_end_to_end() {
    let tsv = "\tsentence_id\tmarked_sentence\tgold_root\n\
        0\t1\tRussia was accused by <s>Ukraine</s> of shelling <t>Kharkiv</t>.\tACCUSE\n\
        1\t2\t<s>Kyiv</s> said Moscow attacked <t>Kharkiv</t>.\tACCUSE\n\
        2\t3\t<s>The US</s> and France condemned Russia and <t>Belarus</t>.\tACCUSE\n\
        3\t4\t<s>Russian President Vladimir Putin</s> has asked <t>NATO</t> to end the eastward expansion.\tREQUEST\n\
        4\t5\t<s>Someone</s> attacked <t>somebody</t>.\tASSAULT\n";
    let rows = read_plv("t.tsv", tsv).unwrap();
    let rep = eval_plv(&rows, &analyze, &Coder::embedded());
    let p: Vec<(&str, Link)> = rep
        .predictions
        .iter()
        .map(|p| (p.predicted.as_str(), p.link))
        .collect();
    assert_eq!(
        p,
        [
            ("ACCUSE", Link::One), // source is the passive agent; the shelling is embedded, so Kharkiv is not linked
            ("ASSAULT", Link::One), // the event is Moscow→Kharkiv; Kyiv only reports it
            ("ACCUSE", Link::Directed), // conjuncts expanded
            ("REQUEST", Link::Directed),
            ("ASSAULT", Link::Directed), // gold mentions make the pronouns coded
        ]
    );
    assert_eq!(rep.score.no_event, 0);
    assert_eq!(rep.score.accuracy, 0.8);
    assert_eq!(rep.score.confusion["ACCUSE"]["ASSAULT"], 1);
    assert_eq!(rep.links["Directed"], 3);
}

#[test]
fn gsr_end_to_end() {
    let json = r#"[
      {"id":"d","event":"DOCUMENT"},
      {"id":"1","event":"DEMAND","text":"Russian President Vladimir Putin has asked NATO to end the eastward expansion.",
       "source":[{"actorText":"Putin","code":"RUS"}],"target":[{"actorText":"NATO","code":"NAT"}]},
      {"id":"2","event":"FIGHT","text":"China could attack Taiwan.",
       "source":[{"actorText":"China","code":"CHN"}],"target":[{"actorText":"Taiwan","code":"TWN"}]},
      {"id":"3","event":"DISAPPROVE","text":"Moscow threatened to impose sanctions on Latvia.",
       "source":[{"actorText":"Moscow","code":"RUS"}],"target":[{"actorText":"Lithuania","code":"LTU"}]}
    ]"#;
    let recs = read_gsr("g.json", json).unwrap();
    assert_eq!(recs.len(), 3);
    let rep = eval_gsr(&recs, &analyze, &Coder::embedded());
    assert_eq!(rep.predicted_events, 3);
    assert_eq!(rep.actors_not_found, 1);
    assert!((rep.event_type.recall - 2.0 / 3.0).abs() < 1e-9);
    assert!((rep.event_type.precision - 2.0 / 3.0).abs() < 1e-9);
    assert!((rep.type_actor_recipient.recall - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(rep.per_type["DISAPPROVE"], (1, 0));
}

#[test]
fn gold_span_mention_takes_the_syntactic_head() {
    let d =
        analyze("Russian President Vladimir Putin has asked NATO to end the eastward expansion.");
    let span = chronicle_doc::Span::new(0, "Russian President Vladimir Putin".len());
    let m = chronicle_events::eval::mention_for_span(&d, span, "SRC").unwrap();
    assert_eq!(d.token_text(m.head as usize), "Putin");
    assert_eq!(m.tokens, chronicle_doc::TokenRange::new(0, 4));
    assert!(
        chronicle_events::eval::mention_for_span(&d, chronicle_doc::Span::new(500, 501), "X")
            .is_none()
    );
}
