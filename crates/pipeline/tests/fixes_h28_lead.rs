//! Fixes made by the lead in the twenty-eighth session, through the whole
//! default pipeline, on texts written for these tests.

mod common;
use chronicle_pipeline::Pipeline;

/// A cue whose colon is the document's last token leaves the content start
/// past the last token: h28-content's circumstance rule read that token
/// (an index out of bounds, found on the whole abp corpus, one article).
#[test]
fn a_cue_and_colon_ending_the_document_do_not_panic() {
    let text = "Pope speaks\n\nThe pope spoke at the audience. Here is the full text of that part of his remarks:";
    let doc = common::analyze(&Pipeline::default(), text);
    assert!(doc.sentences().len() >= 2, "{:?}", doc.sentences());
    let quotes = doc.quotes.as_ref().expect("the quote stage ran");
    assert!(
        quotes
            .iter()
            .all(|q| q.content.iter().all(|c| c.end as usize <= text.len())),
        "{quotes:?}"
    );
}
