//! "Dana Roe, host of “The Late Hour,” said …": a source that ends inside a
//! quoted title (its opening mark unclosed) takes the comma and the closing
//! mark after it. The subject rules stop at the comma, which leaves half a
//! quotation in the source; PolNeAR's sources keep the title whole (train: 7
//! of 7 such sources whose cue matched).

use chronicle_doc::{Doc, Quote, Span};

/// Closing marks after a title's comma, and their opening counterparts.
const PAIRS: &[(&str, &str)] = &[("”", "“"), ("''", "''"), ("\"", "\""), ("’", "‘")];

/// Extends a source that ends before `,”` (or `,''`, `,"`) with its title's
/// opening mark inside it over the comma and the mark.
pub(crate) fn close_titles(doc: &Doc, quotes: &mut [Quote]) {
    for q in quotes.iter_mut() {
        let Some(src) = q.source else { continue };
        if q.cue
            .is_some_and(|c| c.start < src.end && src.start < c.end)
        {
            continue;
        }
        let (a, b) = (src.start as usize, src.end as usize);
        if let Some(end) = closing_end(&doc.text, a, b) {
            q.source = Some(Span::new(a, end));
        }
    }
}

/// The end of `,` + closing mark right after `text[a..b]` when the source has
/// more opening marks of that kind than closing ones.
fn closing_end(text: &str, a: usize, b: usize) -> Option<usize> {
    let span = text.get(a..b)?;
    let after = text.get(b..)?.strip_prefix(',')?;
    PAIRS.iter().find_map(|&(close, open)| {
        if !after.starts_with(close) {
            return None;
        }
        let unclosed = if open == close {
            span.matches(open).count() % 2 == 1
        } else {
            span.matches(open).count() > span.matches(close).count()
        };
        unclosed.then_some(b + 1 + close.len())
    })
}

#[cfg(test)]
mod tests {
    use super::closing_end;

    #[test]
    fn takes_the_comma_and_the_closing_mark_of_a_title() {
        let t = "Dana Roe, host of “The Late Hour,” said so.";
        let b = t.find(",”").unwrap();
        let end = closing_end(t, 0, b).unwrap();
        assert_eq!(&t[..end], "Dana Roe, host of “The Late Hour,”");
        let t = "Dana Roe, host of ''The Hour,'' said so.";
        let b = t.find(",''").unwrap();
        assert_eq!(
            &t[..closing_end(t, 0, b).unwrap()],
            "Dana Roe, host of ''The Hour,''"
        );
    }

    #[test]
    fn leaves_a_closed_or_unquoted_source_alone() {
        let t = "Dana “Doc” Roe,” he said.";
        let b = t.find(",”").unwrap();
        assert_eq!(closing_end(t, 0, b), None);
        let t = "Dana Roe,” he said.";
        assert_eq!(closing_end(t, 0, "Dana Roe".len()), None);
    }
}
