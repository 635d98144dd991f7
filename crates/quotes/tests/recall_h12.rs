//! Recall of attributions (`h12-quotes`), on sentences written for these
//! tests with hand-written tags and parses.

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{parsed, shown, with_cue};

#[test]
fn a_sentence_final_speaker_runs_back_to_its_comma() {
    // The council approved the budget , people close to the mayor say .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(2), "obj"),
        ("PUNCT", ",", Some(2), "punct"),
        ("NOUN", "NNS", Some(11), "nsubj"),
        ("ADJ", "JJ", Some(6), "amod"),
        ("ADP", "IN", Some(10), "case"),
        ("DET", "DT", Some(10), "det"),
        ("NOUN", "NN", Some(7), "obl"),
        ("VERB", "VBP", Some(2), "parataxis"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed(
        "The council approved the budget, people close to the mayor say.",
        &rows,
    );
    let q = with_cue(&d, "say").expect("the 'say' attribution");
    assert_eq!(q.0, "people close to the mayor");
    assert_eq!(q.2, vec!["The council approved the budget"]);
}

#[test]
fn a_speaker_with_a_verb_after_the_comma_is_not_stretched() {
    // The council approved the budget , which angered friends of the mayor , aides say .
    // (the clause before the last comma is no part of the speaker)
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(2), "obj"),
        ("PUNCT", ",", Some(7), "punct"),
        ("PRON", "WDT", Some(7), "nsubj"),
        ("VERB", "VBD", Some(4), "acl:relcl"),
        ("NOUN", "NNS", Some(7), "obj"),
        ("ADP", "IN", Some(11), "case"),
        ("DET", "DT", Some(11), "det"),
        ("NOUN", "NN", Some(8), "nmod"),
        ("PUNCT", ",", Some(2), "punct"),
        ("NOUN", "NNS", Some(14), "nsubj"),
        ("VERB", "VBP", Some(2), "parataxis"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed(
        "The council approved the budget, which angered friends of the mayor, aides say.",
        &rows,
    );
    let q = with_cue(&d, "say").expect("the 'say' attribution");
    assert_eq!(q.0, "aides");
}

#[test]
fn a_sentence_final_reports_tagged_as_a_noun_after_a_name_is_a_cue() {
    // The council approved the budget , the Daily Ledger reports .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("DET", "DT", Some(4), "det"),
        ("NOUN", "NN", Some(2), "obj"),
        ("PUNCT", ",", Some(2), "punct"),
        ("DET", "DT", Some(9), "det"),
        ("PROPN", "NNP", Some(9), "compound"),
        ("PROPN", "NNP", Some(9), "compound"),
        ("NOUN", "NNS", Some(2), "appos"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed(
        "The council approved the budget, the Daily Ledger reports.",
        &rows,
    );
    let q = with_cue(&d, "reports").expect("the 'reports' attribution");
    assert_eq!(q.0, "the Daily Ledger");
    assert_eq!(q.2, vec!["The council approved the budget"]);
    // a lowercase noun before it: the plural noun stays a noun
    // (The council approved the budget , the annual reports .)
    let mut rows2 = rows.to_vec();
    rows2.remove(8);
    rows2[7] = ("ADJ", "JJ", Some(8), "amod");
    rows2[8] = ("NOUN", "NNS", Some(2), "appos");
    let d = parsed(
        "The council approved the budget, the annual reports.",
        &rows2,
    );
    assert!(with_cue(&d, "reports").is_none());
}

#[test]
fn a_count_of_places_reporting_a_thing_and_a_byline_are_no_speech() {
    // Eleven districts reported power outages .
    let rows = [
        ("NUM", "CD", Some(1), "nummod"),
        ("NOUN", "NNS", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("NOUN", "NN", Some(4), "compound"),
        ("NOUN", "NNS", Some(2), "obj"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed("Eleven districts reported power outages.", &rows);
    assert!(with_cue(&d, "reported").is_none());
    // Anna Berg reported from Oslo .
    let rows = [
        ("PROPN", "NNP", Some(2), "nsubj"),
        ("PROPN", "NNP", Some(0), "flat"),
        ("VERB", "VBD", None, "root"),
        ("ADP", "IN", Some(4), "case"),
        ("PROPN", "NNP", Some(2), "obl"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed("Anna Berg reported from Oslo.", &rows);
    assert!(with_cue(&d, "reported").is_none());
    // a named reporter with a clause still reports:
    // The agency reported that the bridge was damaged .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("SCONJ", "IN", Some(7), "mark"),
        ("DET", "DT", Some(5), "det"),
        ("NOUN", "NN", Some(7), "nsubj:pass"),
        ("AUX", "VBD", Some(7), "aux:pass"),
        ("VERB", "VBN", Some(2), "ccomp"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed("The agency reported that the bridge was damaged.", &rows);
    let q = with_cue(&d, "reported").expect("the 'reported' attribution");
    assert_eq!(q.0, "The agency");
    // and a count of people does too:
    // Eleven witnesses reported that the bridge was damaged .
    let mut rows2 = rows.to_vec();
    rows2[0] = ("NUM", "CD", Some(1), "nummod");
    rows2[1] = ("NOUN", "NNS", Some(2), "nsubj");
    let d = parsed(
        "Eleven witnesses reported that the bridge was damaged.",
        &rows2,
    );
    assert_eq!(
        with_cue(&d, "reported").expect("reported").0,
        "Eleven witnesses"
    );
}

#[test]
fn reports_that_and_a_text_that_reads_are_cues() {
    // The agency reports that the bridge was damaged .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBZ", None, "root"),
        ("SCONJ", "IN", Some(7), "mark"),
        ("DET", "DT", Some(5), "det"),
        ("NOUN", "NN", Some(7), "nsubj:pass"),
        ("AUX", "VBD", Some(7), "aux:pass"),
        ("VERB", "VBN", Some(2), "ccomp"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed("The agency reports that the bridge was damaged.", &rows);
    let q = with_cue(&d, "reports").expect("the 'reports' attribution");
    assert_eq!(q.0, "The agency");
    assert_eq!(q.2, vec!["that the bridge was damaged"]);
    // the noun after a preposition is no cue: Critics pointed to reports that the bridge was damaged .
    let rows = [
        ("NOUN", "NNS", Some(1), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("ADP", "IN", Some(3), "case"),
        ("NOUN", "NNS", Some(1), "obl"),
        ("SCONJ", "IN", Some(8), "mark"),
        ("DET", "DT", Some(6), "det"),
        ("NOUN", "NN", Some(8), "nsubj:pass"),
        ("AUX", "VBD", Some(8), "aux:pass"),
        ("VERB", "VBN", Some(3), "acl"),
        ("PUNCT", ".", Some(1), "punct"),
    ];
    let d = parsed(
        "Critics pointed to reports that the bridge was damaged.",
        &rows,
    );
    assert!(with_cue(&d, "reports").is_none());
    // The message reads : " We will stay . "
    let text = "The message reads: \"We will stay.\"";
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBZ", None, "root"),
        ("PUNCT", ":", Some(2), "punct"),
        ("PUNCT", "``", Some(6), "punct"),
        ("PRON", "PRP", Some(6), "nsubj"),
        ("AUX", "MD", Some(7), "aux"),
        ("VERB", "VB", Some(2), "parataxis"),
        ("PUNCT", ".", Some(7), "punct"),
        ("PUNCT", "''", Some(7), "punct"),
    ];
    let d = parsed(text, &rows);
    let q = with_cue(&d, "reads:")
        .or_else(|| with_cue(&d, "reads"))
        .expect("the 'reads' attribution");
    assert_eq!(q.0, "The message");
}

#[test]
fn a_stance_adjective_before_a_that_clause_is_a_cue() {
    // Her supporters are hopeful that she will win .
    let rows = [
        ("PRON", "PRP$", Some(1), "nmod:poss"),
        ("NOUN", "NNS", Some(3), "nsubj"),
        ("AUX", "VBP", Some(3), "cop"),
        ("ADJ", "JJ", None, "root"),
        ("SCONJ", "IN", Some(7), "mark"),
        ("PRON", "PRP", Some(7), "nsubj"),
        ("AUX", "MD", Some(7), "aux"),
        ("VERB", "VB", Some(3), "ccomp"),
        ("PUNCT", ".", Some(3), "punct"),
    ];
    let d = parsed("Her supporters are hopeful that she will win.", &rows);
    let q = with_cue(&d, "are hopeful").expect("the stance attribution");
    assert_eq!(q.0, "Her supporters");
    assert_eq!(q.2, vec!["that she will win"]);
    // an adjective outside the list is none: Her supporters are happy that she will win .
    let d = parsed("Her supporters are happy that she will win.", &rows);
    assert!(shown(&QuoteAnnotator::new(), &d).is_empty());
    // nor a persuasion passive after a modal: He can be convinced that she will win .
    let rows = [
        ("PRON", "PRP", Some(3), "nsubj"),
        ("AUX", "MD", Some(3), "aux"),
        ("AUX", "VB", Some(3), "cop"),
        ("ADJ", "JJ", None, "root"),
        ("SCONJ", "IN", Some(7), "mark"),
        ("PRON", "PRP", Some(7), "nsubj"),
        ("AUX", "MD", Some(7), "aux"),
        ("VERB", "VB", Some(3), "ccomp"),
        ("PUNCT", ".", Some(3), "punct"),
    ];
    let d = parsed("He can be convinced that she will win.", &rows);
    assert!(shown(&QuoteAnnotator::new(), &d).is_empty());
}

#[test]
fn a_short_parenthetical_between_the_cue_and_its_clause_is_skipped() {
    // The mayor said , however , that the bridge would reopen .
    let rows = [
        ("DET", "DT", Some(1), "det"),
        ("NOUN", "NN", Some(2), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("PUNCT", ",", Some(4), "punct"),
        ("ADV", "RB", Some(2), "advmod"),
        ("PUNCT", ",", Some(4), "punct"),
        ("SCONJ", "IN", Some(10), "mark"),
        ("DET", "DT", Some(8), "det"),
        ("NOUN", "NN", Some(10), "nsubj"),
        ("AUX", "MD", Some(10), "aux"),
        ("VERB", "VB", Some(2), "ccomp"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed(
        "The mayor said, however, that the bridge would reopen.",
        &rows,
    );
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.0, "The mayor");
    assert_eq!(q.2, vec!["that the bridge would reopen"]);
    // a condition is part of what was said:
    // She said , if elected , she would cut the fees .
    let rows = [
        ("PRON", "PRP", Some(1), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("PUNCT", ",", Some(4), "punct"),
        ("SCONJ", "IN", Some(4), "mark"),
        ("VERB", "VBN", Some(8), "advcl"),
        ("PUNCT", ",", Some(4), "punct"),
        ("PRON", "PRP", Some(8), "nsubj"),
        ("AUX", "MD", Some(8), "aux"),
        ("VERB", "VB", Some(1), "ccomp"),
        ("DET", "DT", Some(10), "det"),
        ("NOUN", "NNS", Some(8), "obj"),
        ("PUNCT", ".", Some(1), "punct"),
    ];
    let d = parsed("She said, if elected, she would cut the fees.", &rows);
    let q = with_cue(&d, "said").expect("the 'said' attribution");
    assert_eq!(q.2, vec!["if elected, she would cut the fees"]);
}

#[test]
fn a_verb_tagged_as_a_noun_after_a_quotation_and_a_name_is_a_cue() {
    // “ The plan is strong , ” Hill notes .
    let rows = [
        ("PUNCT", "``", Some(4), "punct"),
        ("DET", "DT", Some(2), "det"),
        ("NOUN", "NN", Some(4), "nsubj"),
        ("AUX", "VBZ", Some(4), "cop"),
        ("ADJ", "JJ", None, "root"),
        ("PUNCT", ",", Some(4), "punct"),
        ("PUNCT", "''", Some(4), "punct"),
        ("PROPN", "NNP", Some(8), "compound"),
        ("NOUN", "NNS", Some(4), "parataxis"),
        ("PUNCT", ".", Some(4), "punct"),
    ];
    let d = parsed("“The plan is strong,” Hill notes.", &rows);
    let q = with_cue(&d, "notes").expect("the 'notes' attribution");
    assert_eq!(q.0, "Hill");
    assert_eq!(q.2, vec!["“The plan is strong,”"]);
}

#[test]
fn the_phrase_after_with_speaks_for_a_participle_cue() {
    // Voters trust the mayor , with 50 percent saying she is honest .
    let rows = [
        ("NOUN", "NNS", Some(1), "nsubj"),
        ("VERB", "VBP", None, "root"),
        ("DET", "DT", Some(3), "det"),
        ("NOUN", "NN", Some(1), "obj"),
        ("PUNCT", ",", Some(8), "punct"),
        ("SCONJ", "IN", Some(8), "mark"),
        ("NUM", "CD", Some(7), "nummod"),
        ("NOUN", "NN", Some(8), "nsubj"),
        ("VERB", "VBG", Some(1), "advcl"),
        ("PRON", "PRP", Some(11), "nsubj"),
        ("AUX", "VBZ", Some(11), "cop"),
        ("ADJ", "JJ", Some(8), "ccomp"),
        ("PUNCT", ".", Some(1), "punct"),
    ];
    let d = parsed(
        "Voters trust the mayor, with 50 percent saying she is honest.",
        &rows,
    );
    let q = with_cue(&d, "saying").expect("the 'saying' attribution");
    assert_eq!(q.0, "50 percent");
    assert_eq!(q.2, vec!["she is honest"]);
}

#[test]
fn a_cue_with_a_colon_closing_its_paragraph_takes_the_next_paragraph() {
    let text = "The mayor wrote:\n\nThe bridge will reopen in May.";
    let d = common::doc(text);
    let v = shown(&QuoteAnnotator::new(), &d);
    let q = v
        .iter()
        .find(|q| q.1 == "wrote:")
        .unwrap_or_else(|| panic!("the 'wrote:' attribution: {v:?}"));
    assert_eq!(q.0, "The mayor");
    assert_eq!(q.2, vec!["The bridge will reopen in May."]);
    // a colon inside the paragraph keeps its own content
    let d =
        common::doc("The mayor wrote: the bridge will reopen in May.\n\nThe council met later.");
    let v = shown(&QuoteAnnotator::new(), &d);
    assert!(
        v.iter().all(|q| q.2.iter().all(|c| !c.contains("council"))),
        "{v:?}"
    );
}

#[test]
fn a_possessors_view_noun_before_a_copula_and_that_is_a_cue() {
    // Hill 's answer was that the plan works .
    let rows = [
        ("PROPN", "NNP", Some(2), "nmod:poss"),
        ("PART", "POS", Some(0), "case"),
        ("NOUN", "NN", Some(3), "nsubj"),
        ("AUX", "VBD", None, "root"),
        ("SCONJ", "IN", Some(7), "mark"),
        ("DET", "DT", Some(6), "det"),
        ("NOUN", "NN", Some(7), "nsubj"),
        ("VERB", "VBZ", Some(3), "ccomp"),
        ("PUNCT", ".", Some(3), "punct"),
    ];
    let d = parsed("Hill's answer was that the plan works.", &rows);
    let q = with_cue(&d, "answer was").expect("the 'answer was' attribution");
    // the source keeps the possessive mark, as PolNeAR marks it
    assert_eq!(q.0, "Hill's");
    assert_eq!(q.2, vec!["that the plan works"]);
    // no possessor, no cue: The answer was that the plan works .
    let mut rows2 = rows[1..].to_vec();
    rows2[0] = ("DET", "DT", Some(1), "det");
    let d = parsed("The answer was that the plan works.", &rows2);
    assert!(with_cue(&d, "answer was").is_none());
}

#[test]
fn the_parenthetical_skip_is_not_for_an_as_clause() {
    // Despite , as you said , the storm , we came .
    let rows = [
        ("ADP", "IN", Some(7), "case"),
        ("PUNCT", ",", Some(4), "punct"),
        ("SCONJ", "IN", Some(4), "mark"),
        ("PRON", "PRP", Some(4), "nsubj"),
        ("VERB", "VBD", Some(10), "advcl"),
        ("PUNCT", ",", Some(4), "punct"),
        ("DET", "DT", Some(7), "det"),
        ("NOUN", "NN", Some(10), "obl"),
        ("PUNCT", ",", Some(7), "punct"),
        ("PRON", "PRP", Some(10), "nsubj"),
        ("VERB", "VBD", None, "root"),
        ("PUNCT", ".", Some(10), "punct"),
    ];
    let d = parsed("Despite, as you said, the storm, we came.", &rows);
    let v = shown(&QuoteAnnotator::new(), &d);
    assert!(
        v.iter().all(|q| q.2.iter().all(|c| !c.contains("we came"))),
        "{v:?}"
    );
}

#[test]
fn a_stance_clause_is_cut_by_the_parse_of_the_adjective_not_the_copula() {
    // I am convinced that , relying on old ties , we will work together .
    let rows = [
        ("PRON", "PRP", Some(2), "nsubj"),
        ("AUX", "VBP", Some(2), "cop"),
        ("ADJ", "JJ", None, "root"),
        ("SCONJ", "IN", Some(12), "mark"),
        ("PUNCT", ",", Some(5), "punct"),
        ("VERB", "VBG", Some(12), "advcl"),
        ("ADP", "IN", Some(8), "case"),
        ("ADJ", "JJ", Some(8), "amod"),
        ("NOUN", "NNS", Some(5), "obl"),
        ("PUNCT", ",", Some(5), "punct"),
        ("PRON", "PRP", Some(12), "nsubj"),
        ("AUX", "MD", Some(12), "aux"),
        ("VERB", "VB", Some(2), "ccomp"),
        ("ADV", "RB", Some(12), "advmod"),
        ("PUNCT", ".", Some(2), "punct"),
    ];
    let d = parsed(
        "I am convinced that, relying on old ties, we will work together.",
        &rows,
    );
    let q = with_cue(&d, "am convinced").expect("the stance attribution");
    assert_eq!(q.0, "I");
    assert_eq!(
        q.2,
        vec!["that, relying on old ties, we will work together"]
    );
}
