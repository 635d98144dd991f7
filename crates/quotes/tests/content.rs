//! The opt-in learned content-end chooser (`chronicle_quotes::ContentModel`),
//! on sentences written for these tests.

mod common;
use chronicle_quotes::{ContentModel, QuoteAnnotator};
use common::doc;

fn contents(a: &QuoteAnnotator, text: &str) -> Vec<Vec<String>> {
    let d = doc(text);
    a.annotate(&d)
        .iter()
        .map(|q| q.content.iter().map(|s| d.slice(*s).to_string()).collect())
        .collect()
}

fn model(lines: &str) -> ContentModel {
    ContentModel::parse(&format!("#chronicle-content-model v1\n{lines}"), "test").unwrap()
}

#[test]
fn the_chooser_is_opt_in_and_can_move_the_end() {
    let text = "The mayor said the budget was balanced, which pleased the council.";
    assert_eq!(
        contents(&QuoteAnnotator::new(), text),
        vec![vec!["the budget was balanced"]]
    );
    // a model preferring the sentence end keeps the relative clause
    let a = QuoteAnnotator::new().with_content_model(model("end=true\t1\n"));
    assert_eq!(
        contents(&a, text),
        vec![vec!["the budget was balanced, which pleased the council"]]
    );
    // a model that learned nothing leaves the rules' end
    let a = QuoteAnnotator::new().with_content_model(model(""));
    assert_eq!(contents(&a, text), vec![vec!["the budget was balanced"]]);
}

#[test]
fn the_chooser_can_move_the_start() {
    let text = "The mayor criticized the plan: a new stadium downtown.";
    let rules = contents(&QuoteAnnotator::new(), text);
    assert_eq!(rules, vec![vec!["the plan: a new stadium downtown"]]);
    let a = QuoteAnnotator::new().with_content_model(model("spos=later\t1\n"));
    assert_eq!(contents(&a, text), vec![vec!["a new stadium downtown"]]);
}

#[test]
fn the_chooser_leaves_quotations_and_other_attributions_alone() {
    // a content that is a quotation is not the chooser's
    let text = "“The budget is balanced, and we are done,” the mayor said.";
    let a = QuoteAnnotator::new().with_content_model(model("end=true\t1\nw+=,|short\t5\n"));
    assert_eq!(contents(&a, text), contents(&QuoteAnnotator::new(), text));
    // nor does a content grow into the next attribution
    let text = "The mayor said the budget was balanced, but the treasurer said it was not.";
    let rules = contents(&QuoteAnnotator::new(), text);
    assert_eq!(rules.len(), 2, "{rules:?}");
    let a = QuoteAnnotator::new().with_content_model(model("end=true\t1\n"));
    assert_eq!(contents(&a, text), rules);
}

#[test]
fn trained_chooser_learns_a_preferred_boundary() {
    // candidates: a short end (after a comma) and a long one; the gold is the long one
    let ex: Vec<(Vec<Vec<String>>, usize)> = (0..10)
        .map(|i| {
            let short = vec!["w+=,".to_string(), format!("n={i}")];
            let long = vec!["end=true".to_string(), format!("n={i}")];
            (vec![short, long], 1)
        })
        .collect();
    let m = ContentModel::train(&ex, 3);
    assert_eq!(m.choose(&[vec!["w+=,"], vec!["end=true"]]), 1);
    let back = ContentModel::parse(&m.to_tsv(), "m.tsv").unwrap();
    assert_eq!(back.choose(&[vec!["w+=,"], vec!["end=true"]]), 1);
    let e = ContentModel::parse("#chronicle-cue-model v1 threshold=0\n", "m.tsv").unwrap_err();
    assert_eq!(e.line, 1);
    let e = ContentModel::parse("#chronicle-content-model v1\nw=x\tabc\n", "m.tsv").unwrap_err();
    assert_eq!(e.line, 2);
}

fn first_content(d: &chronicle_doc::Doc) -> String {
    let q = QuoteAnnotator::new().annotate(d);
    assert!(!q.is_empty(), "no quote in {:?}", d.text);
    q[0].content
        .iter()
        .map(|s| d.slice(*s))
        .collect::<Vec<_>>()
        .join(" … ")
}

#[test]
fn not_x_but_y_stays_one_content() {
    let d = doc("The mayor said the deal was not just a failure, but a disaster.");
    assert_eq!(
        first_content(&d),
        "the deal was not just a failure, but a disaster"
    );
    // without the negation the `, but` clause is still the writer's
    let d = doc("The mayor said the deal was a failure, but the council disagreed.");
    assert_eq!(first_content(&d), "the deal was a failure");
}

#[test]
fn a_second_predicate_after_an_object_content_is_not_reported() {
    // (a participle cue: the `said X and predicted Y` cut wants a past or present tense)
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(3), "nsubj"),
        ("AUX", "VBZ", Some(3), "aux"),
        ("VERB", "VBN", None, "root"),
        ("DET", "DT", Some(5), "det"),
        ("NOUN", "NN", Some(3), "obj"),
        ("CCONJ", "CC", Some(7), "cc"),
        ("VERB", "VBD", Some(3), "conj"),
        ("PART", "TO", Some(9), "mark"),
        ("VERB", "VB", Some(7), "xcomp"),
        ("PUNCT", ".", Some(3), "punct"),
    ];
    let d = common::parsed(
        "The senator has praised the plan and offered to help.",
        &rows,
    );
    assert_eq!(first_content(&d), "the plan");
    // a noun coordinated inside the object stays
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(2), "obj"),
        ("CCONJ", "CC", Some(7), "cc"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(4), "conj"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = common::parsed("The senator praised the plan and the budget.", &rows);
    assert_eq!(first_content(&d), "the plan and the budget");
}

#[test]
fn an_adverbial_of_the_cue_after_an_object_content_is_not_reported() {
    // `after the vote` hangs off the cue: the writer's
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(2), "obj"),
        ("ADP", "IN", Some(7), "case"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(2), "obl"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = common::parsed("The senator criticized the plan after the vote.", &rows);
    assert_eq!(first_content(&d), "the plan");
    // hanging off the object it is part of what was criticized
    let mut rows = rows;
    rows[7] = ("NOUN", "NN", Some(4), "nmod");
    let d = common::parsed("The senator criticized the plan after the vote.", &rows);
    assert_eq!(first_content(&d), "the plan after the vote");
}

#[test]
fn a_relative_object_before_the_speaker_joins_an_infinitive_content() {
    let a = QuoteAnnotator::new();
    // the relative pronoun is the object of the reported infinitive
    let c = contents(
        &a,
        "The ministers rejected the new tariff, which Beijing has vowed to ignore.",
    );
    assert!(
        c.contains(&vec!["which".to_string(), "to ignore".to_string()]),
        "{c:?}"
    );
    // a relative subject is the speaker's, not the content's
    let c = contents(
        &a,
        "The senator, who declined to comment, left the hall early.",
    );
    assert!(
        c.iter().all(|x| x.first().is_none_or(|w| w != "who")),
        "{c:?}"
    );
}

#[test]
fn a_comparison_after_reported_content_is_the_writers() {
    let c = contents(
        &QuoteAnnotator::new(),
        "Forty percent of voters said the economy was improving, compared with 25 percent in March.",
    );
    assert_eq!(c, vec![vec!["the economy was improving"]]);
}

#[test]
fn another_speakers_clause_after_a_comma_ends_the_content() {
    // the parse hangs `said` (9) inside the content, as parsers often do
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(5), "nsubj"),
        ("VERB", "VBD", Some(2), "ccomp"),
        ("PUNCT", ",", Some(9), "punct"),
        ("DET", "DT", Some(8), "det"),
        ("NOUN", "NN", Some(9), "nsubj"),
        ("VERB", "VBD", Some(5), "parataxis"),
        ("NOUN", "NNS", Some(11), "nsubj"),
        ("VERB", "VBD", Some(9), "ccomp"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = common::parsed(
        "The mayor said the plan failed, the treasurer said voters agreed.",
        &rows,
    );
    assert_eq!(first_content(&d), "the plan failed");
    // a clause without a speech verb stays in the content
    let d = common::parsed(
        "The mayor said the plan failed, the treasurer knew voters agreed.",
        &rows,
    );
    assert_eq!(
        first_content(&d),
        "the plan failed, the treasurer knew voters agreed"
    );
}

#[test]
fn a_speech_participle_after_a_comma_ends_the_content() {
    let a = QuoteAnnotator::new();
    for (text, want) in [
        (
            "The senator said the bill was unfair, pointing to its cost.",
            "the bill was unfair",
        ),
        (
            "The mayor denied the report, claiming it was invented.",
            "the report",
        ),
        (
            "She said the town had changed, recalling the old mill.",
            "the town had changed",
        ),
    ] {
        let c = contents(&a, text);
        // (`pointing to` may be an attribution of its own, with the clause
        // before it as content)
        assert!(c.contains(&vec![want.to_string()]), "{text}: {c:?}");
        assert!(
            c.iter().all(|x| !x[0].contains(", ")),
            "the participle is not reported: {text}: {c:?}"
        );
    }
}

#[test]
fn a_quotation_after_a_cut_keeps_mixed_reported_content_whole() {
    // `, but` usually ends reported content; when the rest of the sentence
    // quotes the speaker in a clause with its own subject, the content runs on
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(5), "nsubj"),
        ("VERB", "VBD", Some(2), "ccomp"),
        ("PUNCT", ",", Some(13), "punct"),
        ("CCONJ", "CC", Some(13), "cc"),
        ("DET", "DT", Some(9), "det"),
        ("NOUN", "NN", Some(13), "nsubj"),
        ("AUX", "VBD", Some(13), "aux"),
        ("PUNCT", "``", Some(13), "punct"),
        ("ADV", "RB", Some(13), "advmod"),
        ("VERB", "VBG", Some(5), "conj"),
        ("PUNCT", ".", Some(2), "punct"),
        ("PUNCT", "''", Some(13), "punct"),
    ];
    let d = common::parsed(
        "The mayor said the plan failed, but the town was \"still standing.\"",
        &rows,
    );
    assert_eq!(
        first_content(&d),
        "the plan failed, but the town was \"still standing.\""
    );
    // without a quotation the cut stays
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(5), "nsubj"),
        ("VERB", "VBD", Some(2), "ccomp"),
        ("PUNCT", ",", Some(12), "punct"),
        ("CCONJ", "CC", Some(12), "cc"),
        ("DET", "DT", Some(9), "det"),
        ("NOUN", "NN", Some(12), "nsubj"),
        ("AUX", "VBD", Some(12), "aux"),
        ("ADV", "RB", Some(12), "advmod"),
        ("VERB", "VBG", Some(5), "conj"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = common::parsed(
        "The mayor said the plan failed, but the town was still standing.",
        &rows,
    );
    assert_eq!(first_content(&d), "the plan failed");
}

#[test]
fn a_second_predicate_with_a_quotation_is_not_joined() {
    // `… but called the vote “…”`: the speaker's own second attribution
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(5), "nsubj"),
        ("VERB", "VBD", Some(2), "ccomp"),
        ("PUNCT", ",", Some(8), "punct"),
        ("CCONJ", "CC", Some(8), "cc"),
        ("VERB", "VBD", Some(2), "conj"),
        ("DET", "DT", Some(10), "det"),
        ("NOUN", "NN", Some(8), "obj"),
        ("PUNCT", "``", Some(14), "punct"),
        ("DET", "DT", Some(14), "det"),
        ("ADJ", "JJ", Some(14), "amod"),
        ("NOUN", "NN", Some(8), "xcomp"),
        ("PUNCT", ".", Some(2), "punct"),
        ("PUNCT", "''", Some(14), "punct"),
    ];
    let d = common::parsed(
        "The mayor said the plan failed, but called the vote \"a fair deal.\"",
        &rows,
    );
    assert_eq!(first_content(&d), "the plan failed");
}

#[test]
fn but_also_and_but_rather_stay_inside_the_content() {
    let a = QuoteAnnotator::new();
    for (text, want) in [
        (
            "The senator said the tax would hit workers, but also retirees.",
            "the tax would hit workers, but also retirees",
        ),
        (
            "The mayor said the town would borrow, but rather from its own bank.",
            "the town would borrow, but rather from its own bank",
        ),
        (
            "The mayor said the town would borrow, but the council was unsure.",
            "the town would borrow",
        ),
    ] {
        assert_eq!(contents(&a, text), vec![vec![want.to_string()]], "{text}");
    }
}

#[test]
fn including_after_a_comma_stays_in_the_content_wherever_the_parse_hangs_it() {
    // the parse hangs the phrase after the comma off the cue (10 -> 2)
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(6), "nsubj"),
        ("AUX", "MD", Some(6), "aux"),
        ("VERB", "VB", Some(2), "ccomp"),
        ("NOUN", "NNS", Some(6), "obj"),
        ("PUNCT", ",", Some(10), "punct"),
        ("VERB", "VBG", Some(10), "case"),
        ("NOUN", "NN", Some(2), "obl"),
        ("ADP", "IN", Some(12), "case"),
        ("NOUN", "NN", Some(10), "nmod"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = common::parsed(
        "The senator said the bill would cost jobs, including many in farming.",
        &rows,
    );
    assert_eq!(
        first_content(&d),
        "the bill would cost jobs, including many in farming"
    );
    // an apposition hung there is still cut off
    let d = common::parsed(
        "The senator said the bill would cost jobs, a loss in farming.",
        &rows,
    );
    assert_eq!(first_content(&d), "the bill would cost jobs");
}

#[test]
fn a_quotation_closing_on_a_comma_before_who_or_where_does_not_end_the_content() {
    let a = QuoteAnnotator::new();
    for (text, want) in [
        (
            "The mayor said the builder was \"a good citizen,\" who gave back to the town.",
            "the builder was \"a good citizen,\" who gave back to the town",
        ),
        (
            "The mayor said the vote was \"a fair test,\" where both sides had a say.",
            "the vote was \"a fair test,\" where both sides had a say",
        ),
        // nor before a second quoted fragment
        (
            "The mayor said the plan was \"bold,\" and \"long overdue\" in the town.",
            "the plan was \"bold,\" and \"long overdue\" in the town",
        ),
        // the cut stays before anything else
        (
            "The mayor said the builder was \"a good citizen,\" and the council agreed.",
            "the builder was \"a good citizen,\"",
        ),
    ] {
        assert_eq!(contents(&a, text), vec![vec![want.to_string()]], "{text}");
    }
}

#[test]
fn a_conjunction_opening_another_speakers_clause_ends_the_content() {
    // the parse hangs the second `said` (10) inside the first content
    let rows = [
        ("ADJ", "JJ", Some(1), "amod"),
        ("NOUN", "NNS", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(6), "nsubj"),
        ("AUX", "VBD", Some(6), "cop"),
        ("ADJ", "JJ", Some(2), "ccomp"),
        ("CCONJ", "CC", Some(10), "cc"),
        ("ADJ", "JJ", Some(9), "amod"),
        ("NOUN", "NNS", Some(10), "nsubj"),
        ("VERB", "VBD", Some(6), "conj"),
        ("PRON", "PRP", Some(13), "nsubj"),
        ("AUX", "MD", Some(13), "aux"),
        ("VERB", "VB", Some(10), "ccomp"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = common::parsed(
        "Most voters said the economy was weak and many analysts said it would recover.",
        &rows,
    );
    assert_eq!(first_content(&d), "the economy was weak");
    let q = QuoteAnnotator::new().annotate(&d);
    assert!(
        q.iter().any(
            |x| x.content.iter().map(|s| d.slice(*s)).collect::<Vec<_>>() == ["it would recover"]
        ),
        "the second speaker's attribution is found too"
    );
}
