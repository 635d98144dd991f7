//! A quotation that goes on after an abbreviation the sentence splitter did
//! not end a sentence at: `"…," Sanders said at a rally in Binghamton, N.Y.
//! "Secretary Clinton …"`. The cue sentence then runs over the next
//! quotation, so `follow_on` (which looks at the sentence after the cue
//! sentence) never sees it. PolNeAR gives such a quotation to the attribution
//! before it as a second content part (train, h29-content: `Fla.`, `Calif.`,
//! `N.Y.`, `S.C.` after the speaker).

use super::{View, chain};

/// The region (by index) of a quotation that opens right after a word ending
/// in a full stop (`N.Y.`, `Calif.`), between `from` (the end of the content
/// so far, past the cue) and the cue sentence's end `s1`, and runs to that
/// sentence's end (only punctuation after it), when it is speech and no other
/// attribution has taken it, and its first word is capitalised. Its chain is what joins the content.
pub(super) fn quotation_after_abbreviation(
    v: &View<'_>,
    from: usize,
    s1: usize,
    used: &[bool],
) -> Option<usize> {
    let k = (from.max(1)..s1).find(|&k| {
        let prev = v.tok(k - 1);
        v.head_at(k).is_some() && prev.len() >= 3 && prev.ends_with('.') && abbreviation(prev)
    })?;
    let r = v.head_at(k)?;
    // a new sentence opens the quotation (not `called the U.S. "a bully."`)
    if used[r] || !v.speech[r] || v.regions[r].close.is_none() || !v.capitalized(k + 1) {
        return None;
    }
    let last = chain(v, r).last().map(|x| x.1)?;
    // only closing punctuation after the quotation, to the end of its sentence
    let (_, ls1) = v.sent_bounds(last.saturating_sub(1));
    if last < ls1 && !(last..ls1).all(|j| v.is_punct(j)) {
        return None;
    }
    // nothing but the cue sentence's own words between: no other mark opens
    // before it (a quotation of its own inside the speaker's description)
    if (from..k).any(|j| v.head_at(j).is_some()) {
        return None;
    }
    Some(r)
}

/// A short abbreviation with a full stop (`Fla.`, `Calif.`, `N.Y.`, `D.C.`):
/// letters and full stops only, at most six letters, capitalised in the text
/// (the view's forms are lower-cased, so only the shape is checked here).
fn abbreviation(t: &str) -> bool {
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    (1..=6).contains(&letters) && t.chars().all(|c| c.is_alphabetic() || c == '.')
}
