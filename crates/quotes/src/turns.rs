//! Transcript speaker labels: "President of Russia Vladimir Putin: Colleagues, …".
//!
//! The quote stage names first-person sources after the turn they stand in, and
//! the claims stage gives a quantity in a turn to the turn's speaker; both find
//! the labels with [`colon_label`].

use chronicle_doc::Span;

/// The label before the colon at byte `colon` of `text`, if it looks like a
/// transcript speaker label: from the start of the paragraph or of the sentence
/// (or after an omission mark "<…>" or "* * *") up to the colon, every word
/// capitalised or a joining word ("President of the Russian Federation"), the
/// first one capitalised, and no sentence punctuation, comma or quotation mark
/// in it. Returns the label's span and its words; callers bound the word count
/// and turn down their own note words ("Update", "Question").
pub fn colon_label(text: &str, colon: usize) -> Option<(Span, Vec<&str>)> {
    let para = text[..colon].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let before = &text[para..colon];
    let start = [". ", "? ", "! ", ".” ", ".\" ", "> ", "* "]
        .iter()
        .filter_map(|m| before.rfind(m).map(|i| i + m.len()))
        .max()
        .unwrap_or(0);
    let label = before[start..].trim();
    let words: Vec<&str> = label.split_whitespace().collect();
    let ok = words.first()?.starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "of" | "the" | "and" | "for" | "on" | "-" | "–")
        })
        && !label.contains(['!', '?', '"', '“', '”', ',', '.', ';', ':']);
    if !ok {
        return None;
    }
    let s0 = para + start + (before[start..].len() - before[start..].trim_start().len());
    Some((Span::new(s0, s0 + label.len()), words))
}

/// Every transcript turn label of `text` (a colon followed by a space, a line
/// end or the end of the text), one to 24 words (scraped labels often print the
/// name and the title twice), except labels of notes and links ("Update:",
/// "Read more:").
pub fn turn_labels(text: &str) -> Vec<Span> {
    text.match_indices(':')
        .filter(|(colon, _)| {
            let after = &text[colon + 1..];
            after.is_empty() || after.starts_with([' ', '\n'])
        })
        .filter_map(|(colon, _)| colon_label(text, colon))
        .filter(|(_, words)| {
            words.len() <= 24
                && !words.last().is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "update" | "note" | "photo" | "video" | "source" | "read" | "more" | "tags"
                    )
                })
        })
        .map(|(span, _)| span)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{colon_label, turn_labels};

    #[test]
    fn turn_labels_are_capitalised_runs_before_a_colon() {
        let text = "Talks in Tarnow.\nGovernor Anna Sokolova: Good. Question: When?\n\
                    He said: no. Read more: here. The plan is simple: build.";
        let labels: Vec<&str> = turn_labels(text)
            .into_iter()
            .map(|s| &text[s.start as usize..s.end as usize])
            .collect();
        assert_eq!(labels, ["Governor Anna Sokolova", "Question"]);
    }

    #[test]
    fn a_label_runs_from_an_omission_mark_and_has_no_comma() {
        let text = "It will be so. <…> Maria Lenska: Yes. Well, Maria Lenska: no.";
        let colon = text.find(':').unwrap();
        let (span, words) = colon_label(text, colon).expect("a label");
        assert_eq!(
            &text[span.start as usize..span.end as usize],
            "Maria Lenska"
        );
        assert_eq!(words, ["Maria", "Lenska"]);
        let second = text.rfind(':').unwrap();
        assert!(colon_label(text, second).is_none());
    }
}
