//! Quote fixes from claims review sample R (issue #6), through the whole
//! default pipeline, on texts written for these tests.

mod common;

use common::sources;

#[test]
fn ones_own_plan_after_according_to_is_no_source() {
    let t = "Anna Kovac: We will replace the old pumps. In 2024, we should finish 80 percent of \
             the work, according to our plan.";
    let s = sources(t);
    assert!(!s.iter().any(|s| s.contains("plan")), "{s:?}");
    let c = common::claim_pairs(t);
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(!c[0].1.contains("plan"), "{c:?}");
    let s = sources("The boats left at dawn, according to plan.");
    assert!(s.is_empty(), "{s:?}");
    // (a plan that is quoted, a person or an office after according to stays the source)
    let s = sources("According to the plan, 600 crowns would go to advertising.");
    assert!(s.iter().any(|s| s.contains("plan")), "{s:?}");
    let s = sources("The fine is 500 crowns, according to the city's lawyer.");
    assert!(s.iter().any(|s| s.contains("lawyer")), "{s:?}");
}

#[test]
fn a_cue_opening_on_an_auxiliary_takes_no_speaker_after_it() {
    // `…, NAME, … has announced his retirement`: the object is no inverted speaker
    let t = "After three world titles and two Olympic medals, Sir Tom Varley, the most decorated \
             rower of Velonia, has announced his retirement.";
    let s = sources(t);
    assert!(!s.iter().any(|s| s.contains("retirement")), "{s:?}");
    // (`"…," said X` stays inverted)
    let s = sources("\"We are ready,\" said Tom Varley.");
    assert_eq!(s, ["Tom Varley"], "{s:?}");
}
