//! Transcript speaker labels: "President of Russia Vladimir Putin: Colleagues, …".
//!
//! The quote stage names first-person sources after the turn they stand in, and
//! the claims stage gives a quantity in a turn to the turn's speaker; both find
//! the labels with [`colon_label`].

use chronicle_doc::Span;

/// Sentence ends and omission marks a label starts after.
const LABEL_MARKS: [&str; 7] = [". ", "? ", "! ", ".” ", ".\" ", "> ", "* "];

/// The end of the last [`LABEL_MARKS`] mark in `before` (0 if none): the
/// greatest end of any mark's last occurrence, found by looking back from the
/// colon (every mark ends with a space) instead of searching the whole
/// paragraph once per mark.
fn label_start(before: &str) -> usize {
    let b = before.as_bytes();
    (1..=b.len())
        .rev()
        .find(|&e| b[e - 1] == b' ' && LABEL_MARKS.iter().any(|m| b[..e].ends_with(m.as_bytes())))
        .unwrap_or(0)
}

/// Lower-case words that join the capitalised words of a label ("President of
/// the Russian Federation").
const JOINING: [&str; 8] = ["of", "the", "and", "for", "on", "in", "at", "to"];

/// The words of `s` split at single spaces, each with its byte offset plus
/// `from` (runs of spaces give empty words).
fn words_at(s: &str, from: usize) -> impl Iterator<Item = (usize, &str)> {
    s.split(' ').scan(from, |p, w| {
        let i = *p;
        *p += w.len() + 1;
        Some((i, w))
    })
}

/// The label before the colon at byte `colon` of `text`, if it looks like a
/// transcript speaker label: from the start of the paragraph or of the sentence
/// (or after an omission mark "<…>" or "* * *", and a section heading after
/// it) up to the colon, every word
/// capitalised or a joining word ("President of the Russian Federation"), the
/// first one capitalised, and no sentence punctuation or quotation mark in it;
/// a comma only after a name of two words or more ("Name, Head of …"), and a
/// closing parenthesis is left out ("Name(retranslated)"). The colon is
/// followed by a space, a line end or the end of the text, or, after a label
/// of two words or more, straight by the turn's first capital ("Anna
/// Sokolova:Thank you"). Returns the label's span and its words; callers
/// bound the word count and turn down their own note words ("Update",
/// "Question").
pub fn colon_label(text: &str, colon: usize) -> Option<(Span, Vec<&str>)> {
    let para = text[..colon].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let before = &text[para..colon];
    let mut start = label_start(before);
    // after an asterism a section heading may come first ("*** Start of the
    // talks President Ivan Sidorov:"): the label starts after the heading's
    // last lower-case word, when two capitalised words or more are left
    // (a heading may also open the paragraph, run into a head of state's
    // label: "Opening of the talks President of Russia Ivan Sidorov:"; then
    // only a head title after the heading's last lower-case word starts it)
    let asterism = before[..start].ends_with("* ");
    if asterism || start == 0 {
        let words: Vec<(usize, &str)> = words_at(&before[start..], start).collect();
        // the first word after the heading's last lower-case one
        let mut first = words
            .iter()
            .rposition(|(_, w)| w.starts_with(char::is_lowercase) && !JOINING.contains(w))
            .map_or(0, |k| k + 1);
        // a heading naming the guest runs on into the label ("… talks with
        // President of Mongolia A B President of Russia C D:"): the label
        // starts at the last head title
        let title = |w: &str| matches!(w, "President" | "Prime" | "Chancellor");
        let head_title = (first + 1..words.len()).rev().find(|&k| title(words[k].1));
        if let Some(k) = head_title {
            first = if matches!(words[k - 1].1, "Deputy" | "Vice") {
                k - 1
            } else {
                k
            };
        }
        let titled = first > 0
            && first <= 12
            && words
                .get(first)
                .is_some_and(|w| title(w.1) || matches!(w.1, "Deputy" | "Vice"));
        if !asterism && !titled {
            first = 0;
        }
        let at = words.get(first).map_or(before.len(), |w| w.0);
        if at > start && at < before.len() && before[at..].split_whitespace().count() >= 2 {
            start = at;
        }
    }
    let mut label = before[start..].trim();
    // a parenthesis closing the label is a note on it, not a word of it:
    // "Piet Smit(retranslated)", "… Water Agency (Rosvodkanal)", "Ivan Petrov(on
    // housing)"
    if label.ends_with(')') {
        label = label[..label.rfind('(')?].trim_end();
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    // "Anna Sokolova, Head of the Regional Water Agency": a name of two
    // capitalised words or more, a comma, and the office after it
    let (name, office) = label.split_once(", ").unwrap_or((label, ""));
    // (or the office first and then the name with the site's name card run
    // into it: "President of the Republic of Belarus, Anton Belov Belov
    // AntonPresident of Belarus")
    let comma_ok = office.is_empty()
        || (name.split_whitespace().count() >= 2
            && name
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase)))
        || without_name_card(office) < office.len();
    let ok = words.first()?.starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            let w = w.trim_end_matches(',');
            w.starts_with(char::is_uppercase)
                // "el-Sisi", "al-Amin": a lowercase particle joined to a name
                || w.split_once('-').is_some_and(|(p, n)| {
                    p.len() <= 3 && n.starts_with(char::is_uppercase)
                })
                || JOINING.contains(&w)
                || matches!(
                    w,
                    "de"
                        | "del"
                        | "da"
                        | "van"
                        | "von"
                        | "bin"
                        | "-"
                        | "–"
                )
        })
        && comma_ok
        && !label.contains(['!', '?', '"', '“', '”', '.', ';', ':', '(', ')']);
    let after = &text[colon + 1..];
    let spaced = after.is_empty() || after.starts_with([' ', '\n']);
    let glued = after.starts_with(char::is_uppercase) && words.len() >= 2;
    if !ok || !(spaced || glued) {
        return None;
    }
    let s0 = para + start + (before[start..].len() - before[start..].trim_start().len());
    Some((Span::new(s0, s0 + label.len()), words))
}

/// The byte length of `label` without a scraped name card run into its end:
/// "Moscow Mayor Anton Belov Belov AntonMoscow Mayor" keeps "Moscow Mayor
/// Anton Belov" (the site prints the name again as "Surname Firstname" with
/// the office glued on). The whole label when it has no card.
pub fn without_name_card(label: &str) -> usize {
    let words: Vec<(usize, &str)> = words_at(label, 0).filter(|(_, w)| !w.is_empty()).collect();
    words
        .windows(4)
        .find(|w| {
            let (first, last) = (w[0].1, w[1].1);
            first.starts_with(char::is_uppercase)
                && last.starts_with(char::is_uppercase)
                && w[2].1 == last
                && (w[3].1.starts_with(first)
                    // (the card may spell the first name otherwise: "Petr
                    // Fradkov Fradkov PyotrPromsvyazbank CEO"; its title is
                    // glued on)
                    || (w[3].1.chars().next() == first.chars().next() && camel_join(w[3].1)))
        })
        .map_or(label.len(), |w| w[1].0 + w[1].1.len())
}

/// A word with a capital after a lower-case letter: two words the site ran
/// together ("PyotrPromsvyazbank").
fn camel_join(w: &str) -> bool {
    w.chars()
        .zip(w.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

/// Every transcript turn label of `text` ([`colon_label`]), one to 24 words
/// (scraped labels often print the name and the title twice), except labels of
/// notes, links and section lead-ins ("Update:", "Read more:", "Details:").
pub fn turn_labels(text: &str) -> Vec<Span> {
    text.match_indices(':')
        .filter_map(|(colon, _)| colon_label(text, colon))
        .filter(|(_, words)| words.len() <= 24 && !words.last().is_some_and(|w| is_note_word(w)))
        .map(|(span, _)| span)
        .collect()
}

/// The last word of a label that introduces a note, a link or a section, not
/// a speaker's turn.
pub fn is_note_word(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "update"
            | "note"
            | "photo"
            | "video"
            | "source"
            | "read"
            | "more"
            | "tags"
            | "details"
            | "background"
            | "summary"
            | "context"
            | "reference"
    )
}

#[cfg(test)]
mod tests {
    use super::{colon_label, turn_labels};

    #[test]
    fn label_start_is_the_end_of_the_last_mark() {
        let each_mark = |before: &str| {
            super::LABEL_MARKS
                .iter()
                .filter_map(|m| before.rfind(m).map(|i| i + m.len()))
                .max()
                .unwrap_or(0)
        };
        for before in [
            "",
            " ",
            "Anna Sokolova",
            "It rained. Anna Sokolova",
            "It rained.\u{201d} Then? No! <…> Maria Lenska",
            "* * * Maria",
            "He said \"yes.\" Then. ",
            "a. b? c! d",
            "Ünïcode ‘quotes’ .” x",
            ". ",
        ] {
            assert_eq!(super::label_start(before), each_mark(before), "{before:?}");
        }
    }

    #[test]
    fn a_name_card_run_into_a_label_is_left_out() {
        use super::without_name_card;
        let label = "Moscow Mayor Anton Belov Belov AntonMoscow Mayor";
        assert_eq!(
            &label[..without_name_card(label)],
            "Moscow Mayor Anton Belov"
        );
        let label = "Petr Kassym-Ivanov Kassym-Ivanov PetrBank Chairman";
        assert_eq!(&label[..without_name_card(label)], "Petr Kassym-Ivanov");
        // a card that ends the label, and a label with none
        let label = "Anna Sokolova Sokolova Anna";
        assert_eq!(&label[..without_name_card(label)], "Anna Sokolova");
        let label = "President of Freedonia Ivan Ivanov";
        assert_eq!(without_name_card(label), label.len());
        // the card spells the first name otherwise
        let label = "Bank CEO Yury Orlov Orlov YuriyBank CEO";
        assert_eq!(&label[..without_name_card(label)], "Bank CEO Yury Orlov");
        // (a doubled word with no card after it stays)
        let label = "Minister Anna Lee Lee Anna";
        assert_eq!(&label[..without_name_card(label)], "Minister Anna Lee");
        let label = "Ivan Petrov Petrov Ilya";
        assert_eq!(without_name_card(label), label.len());
    }

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
    fn labels_with_an_office_after_a_comma_particles_and_no_space() {
        let text = "The meeting went on. Anna Sokolova, Head of the Regional Water Agency \
                    (Rosvodkanal): Thank you. Commissioner for Rights in Tarnow Region Piotr Malek: \
                    Good. President of Freedonia Omar el-Amin: Yes. Jan Nowak:Thank you. \
                    Details: none. Well, I said: no.";
        let labels: Vec<&str> = turn_labels(text)
            .into_iter()
            .map(|s| &text[s.start as usize..s.end as usize])
            .collect();
        assert_eq!(
            labels,
            [
                "Anna Sokolova, Head of the Regional Water Agency",
                "Commissioner for Rights in Tarnow Region Piotr Malek",
                "President of Freedonia Omar el-Amin",
                "Jan Nowak",
            ]
        );
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

    #[test]
    fn a_heading_after_an_asterism_gives_way_to_the_label() {
        let text = "Talks ended.*** Start of talks with President of Velonia Anna Berg President Ivan Sidorov: Good afternoon.";
        let colon = text.find(':').unwrap();
        let (span, _) = colon_label(text, colon).expect("a label");
        assert_eq!(
            &text[span.start as usize..span.end as usize],
            "President Ivan Sidorov"
        );
        // a lower-case word last before the colon: no label, and no panic
        for text in [
            "Talks ended.*** the agenda was as follows: trade.",
            "A.* * * see: x",
        ] {
            let colon = text.find(':').unwrap();
            assert!(colon_label(text, colon).is_none(), "{text}");
        }
    }

    #[test]
    fn a_heading_opening_the_paragraph_gives_way_to_a_head_title() {
        // written for this test
        let text = "Talks ended.\n\nStart of Velonia-Norland talks President of Velonia Anna Berg: Good afternoon.";
        let colon = text.find(':').unwrap();
        let (span, _) = colon_label(text, colon).expect("a label");
        assert_eq!(
            &text[span.start as usize..span.end as usize],
            "President of Velonia Anna Berg"
        );
        // no head title after the lower-case words: no label
        let text = "Talks ended.\n\nThe agenda had three items Trade Policy: tariffs.";
        let colon = text.find(':').unwrap();
        assert!(colon_label(text, colon).is_none());
    }
}
