//! "Several candidates, including Trump and Cruz, said …": the `including`
//! phrase set off by commas between a group speaker and its cue belongs to the
//! source. The subject rules stop at the group noun (the phrase reads like an
//! apposition they skip); PolNeAR's annotators take the whole phrase as the
//! source in every such train case (14 of 14 where the cue matched, none
//! annotated without it).
//!
//! The frame, on the text between the source and the cue: `, including …,`
//! and nothing else — no sentence end, no quotation mark, no second comma
//! phrase after the `including` one's closing comma. The speaker (the group)
//! is unchanged: the members named are examples, not the speaker.

use chronicle_doc::{Doc, Quote, Span};

/// Longest `including` phrase taken, in bytes (a list of names, not a clause).
const MAX_PHRASE: usize = 200;

/// Extends a pre-verbal source over an `, including …,` phrase before its cue.
pub(crate) fn extend_sources(doc: &Doc, quotes: &mut [Quote]) {
    for q in quotes.iter_mut() {
        let (Some(src), Some(cue)) = (q.source, q.cue) else {
            continue;
        };
        if src.end > cue.start || src.end <= src.start {
            continue;
        }
        if let Some(end) = phrase_end(&doc.text, src.end as usize, cue.start as usize) {
            q.source = Some(Span::new(src.start as usize, end));
        }
    }
}

/// The end of the `including` phrase when `text[from..to]` is exactly
/// `, including …,` (spaces around), else `None`.
fn phrase_end(text: &str, from: usize, to: usize) -> Option<usize> {
    let gap = text.get(from..to)?;
    if gap.len() > MAX_PHRASE {
        return None;
    }
    let rest = gap.strip_prefix(", including ")?;
    let inner = rest.trim_end().strip_suffix(',')?.trim_end();
    if inner.is_empty()
        || inner.contains(|c: char| {
            matches!(
                c,
                ',' | '.' | ';' | ':' | '!' | '?' | '"' | '“' | '”' | '«' | '»' | '—' | '\n'
            )
        })
    {
        return None;
    }
    Some(from + ", including ".len() + inner.len())
}

#[cfg(test)]
mod tests {
    use super::phrase_end;

    #[test]
    fn takes_a_comma_phrase_of_examples() {
        let t = "Several mayors, including Ann Lee and Bo Park, said the plan failed.";
        let from = "Several mayors".len();
        let to = t.find("said").unwrap();
        let end = phrase_end(t, from, to).unwrap();
        assert_eq!(&t[..end], "Several mayors, including Ann Lee and Bo Park");
    }

    #[test]
    fn leaves_other_gaps_alone() {
        let t = "Several mayors, including Ann Lee, a lawyer, said so.";
        let from = "Several mayors".len();
        let to = t.find("said").unwrap();
        assert_eq!(phrase_end(t, from, to), None);
        let t = "Several mayors, who met Ann Lee, said so.";
        assert_eq!(
            phrase_end(t, "Several mayors".len(), t.find("said").unwrap()),
            None
        );
        let t = "Several mayors said so.";
        let at = "Several mayors ".len();
        assert_eq!(phrase_end(t, at, at), None);
    }
}
