//! "As reported by X, …": the cue is the verb (sentences written for these
//! tests).

mod common;
use chronicle_quotes::QuoteAnnotator;
use common::{doc, shown};

#[test]
fn as_reported_by_takes_the_verb_as_cue() {
    let d =
        doc("As reported by the Harbor Gazette, the ferry company will raise its fares in May.");
    let q = shown(&QuoteAnnotator::new(), &d);
    assert!(
        q.iter()
            .any(|x| x.0 == "the Harbor Gazette" && x.1 == "reported"),
        "{q:?}"
    );
    assert!(!q.iter().any(|x| x.1 == "As reported by"), "{q:?}");
}
