//! The scraped plain-text article form: optional kicker/headline lines (the
//! headline may be repeated as `Kicker: Headline` / `Kicker` / `Headline`),
//! the body, stray lone `.` lines, and a trailer line `source <name>`.
//! The text is kept byte for byte; the reader only finds spans in it.

use chronicle_doc::{Article, Meta, Span};

/// A line of the input: byte span of its content (without the line break).
#[derive(Clone, Copy, Debug)]
struct Line {
    start: usize,
    end: usize,
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let mut end = i;
            if end > start && text.as_bytes()[end - 1] == b'\r' {
                end -= 1;
            }
            out.push(Line { start, end });
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(Line {
            start,
            end: text.len(),
        });
    }
    out
}

/// Trimmed span of a line (leading/trailing whitespace removed).
fn trimmed(text: &str, l: Line) -> Span {
    let s = &text[l.start..l.end];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    Span::new(l.start + lead, l.start + lead + t.len())
}

/// True for a line that reads like a headline or kicker: short, without the
/// final punctuation of a body sentence.
fn headline_like(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty() && s.len() <= 250 && !s.ends_with(['.', ',', ';', ':', '"', '\u{201D}'])
}

/// Parses a scraped article. `id` becomes `meta.id` and `meta.origin`.
/// Returns `None` when the text holds no title and no body.
pub fn parse_scraped(text: String, id: &str) -> Option<Article> {
    let ls = lines(&text);
    let mut meta = Meta {
        id: id.to_string(),
        origin: Some(id.to_string()),
        ..Meta::default()
    };
    // non-blank lines, as trimmed spans
    let mut nb: Vec<Span> = ls
        .iter()
        .map(|&l| trimmed(&text, l))
        .filter(|s| !s.is_empty())
        .collect();
    // trailer `source <name>`
    if let Some(&last) = nb.last() {
        let t = last.text(&text);
        if let Some(rest) = t.strip_prefix("source") {
            let name = rest.trim();
            if rest.starts_with([' ', '\t'])
                && !name.is_empty()
                && !name.contains(char::is_whitespace)
            {
                meta.source = Some(name.to_string());
                meta.source_span = Some(last);
                nb.pop();
            }
        }
    }
    // stray lone "." lines at the end
    while nb.last().is_some_and(|s| s.text(&text) == ".") {
        nb.pop();
    }
    // leading lone "." lines
    let mut first = 0;
    while first < nb.len() && nb[first].text(&text) == "." {
        first += 1;
    }
    let nb = &nb[first..];
    if nb.is_empty() {
        return None;
    }
    let t = |i: usize| nb.get(i).map(|s| s.text(&text)).unwrap_or("");
    let split_kicker = |s: &str| -> Option<(usize, usize)> {
        // "Kicker: Headline" → byte offsets (end of kicker, start of headline)
        let i = s.find(": ")?;
        let k = s[..i].trim_end();
        let h = s[i + 2..].trim_start();
        (!k.is_empty() && !h.is_empty() && k.len() <= 80).then(|| (k.len(), s.len() - h.len()))
    };
    let mut body_from = 0usize;
    if nb.len() >= 2 {
        let l0 = t(0);
        if let Some((kend, hstart)) = split_kicker(l0) {
            let h = &l0[hstart..];
            if nb.len() >= 3 && t(2) == h && headline_like(t(1)) {
                // Kicker: Headline / Kicker (possibly worded differently) / Headline
                meta.kicker_span = Some(nb[1]);
                meta.title_span = Some(nb[2]);
                body_from = 3;
            } else if t(1) == h {
                // Kicker: Headline / Headline
                meta.kicker_span =
                    Some(Span::new(nb[0].start as usize, nb[0].start as usize + kend));
                meta.title_span = Some(nb[1]);
                body_from = 2;
            }
        }
        if body_from == 0 && nb.len() >= 3 && t(2) == l0 && headline_like(l0) && headline_like(t(1))
        {
            // Headline / Kicker / Headline
            meta.kicker_span = Some(nb[1]);
            meta.title_span = Some(nb[2]);
            body_from = 3;
        }
        if body_from == 0 && t(1) == l0 && headline_like(l0) {
            // Headline / Headline
            meta.title_span = Some(nb[1]);
            body_from = 2;
        }
        if body_from == 0 && headline_like(l0) {
            if nb.len() >= 3 && headline_like(t(1)) && l0.split_whitespace().count() <= 6 {
                // Kicker / Headline / body
                meta.kicker_span = Some(nb[0]);
                meta.title_span = Some(nb[1]);
                body_from = 2;
            } else {
                meta.title_span = Some(nb[0]);
                body_from = 1;
            }
        }
    }
    if body_from < nb.len() {
        meta.body_span = Some(Span::new(
            nb[body_from].start as usize,
            nb[nb.len() - 1].end as usize,
        ));
    }
    meta.title = meta.title_span.map(|s| s.text(&text).to_string());
    meta.kicker = meta.kicker_span.map(|s| s.text(&text).to_string());
    if meta.title_span.is_none() && meta.body_span.is_none() {
        return None;
    }
    Some(Article { meta, text })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_text(a: &Article, s: Option<Span>) -> Option<&str> {
        s.map(|s| s.text(&a.text))
    }

    #[test]
    fn kicker_headline_repetition() {
        let text = "Hard line: Moscow warns the alliance\nHard line\nMoscow warns the alliance\n\
Moscow on Tuesday warned the alliance against new members.\n\"We will respond,\" an aide said.\n.\nsource site-12\n";
        let a = parse_scraped(text.to_string(), "f.txt").unwrap();
        assert_eq!(a.text, text, "text is kept byte for byte");
        assert_eq!(a.meta.kicker.as_deref(), Some("Hard line"));
        assert_eq!(a.meta.title.as_deref(), Some("Moscow warns the alliance"));
        assert_eq!(
            span_text(&a, a.meta.title_span),
            Some("Moscow warns the alliance")
        );
        assert_eq!(
            a.meta.title_span.unwrap().start as usize,
            text.find("\nMoscow warns").unwrap() + 1
        );
        assert_eq!(
            span_text(&a, a.meta.body_span),
            Some(
                "Moscow on Tuesday warned the alliance against new members.\n\"We will respond,\" an aide said."
            )
        );
        assert_eq!(a.meta.source.as_deref(), Some("site-12"));
        assert_eq!(span_text(&a, a.meta.source_span), Some("source site-12"));
    }

    #[test]
    fn kicker_worded_differently_in_the_repetition() {
        let text = "Big story: Moscow warns the alliance\nTough talk\nMoscow warns the alliance\nMoscow warned the alliance on Tuesday.\n.\nsource site-5\n";
        let a = parse_scraped(text.to_string(), "x").unwrap();
        assert_eq!(a.meta.kicker.as_deref(), Some("Tough talk"));
        assert_eq!(a.meta.title.as_deref(), Some("Moscow warns the alliance"));
        assert_eq!(
            span_text(&a, a.meta.body_span),
            Some("Moscow warned the alliance on Tuesday.")
        );
        assert_eq!(a.meta.source.as_deref(), Some("site-5"));
        // headline / kicker / headline
        let a = parse_scraped(
            "Ports reopen\nShipping\nPorts reopen\nShips left.\n".into(),
            "x",
        )
        .unwrap();
        assert_eq!(a.meta.kicker.as_deref(), Some("Shipping"));
        assert_eq!(a.meta.title.as_deref(), Some("Ports reopen"));
        // a headline that merely contains a colon
        let a = parse_scraped(
            "Ukraine: Russia shells Kharkiv again\nShelling resumed on Sunday.\n".into(),
            "x",
        )
        .unwrap();
        assert_eq!(
            a.meta.title.as_deref(),
            Some("Ukraine: Russia shells Kharkiv again")
        );
        assert_eq!(a.meta.kicker, None);
    }

    #[test]
    fn kicker_colon_headline_then_headline() {
        let a = parse_scraped(
            "Exclusive: Ports reopen\nPorts reopen\nShips left Odesa on Monday.\n".into(),
            "x",
        )
        .unwrap();
        assert_eq!(a.meta.kicker.as_deref(), Some("Exclusive"));
        assert_eq!(a.meta.title.as_deref(), Some("Ports reopen"));
        assert_eq!(
            span_text(&a, a.meta.body_span),
            Some("Ships left Odesa on Monday.")
        );
        assert_eq!(a.meta.source, None);
    }

    #[test]
    fn plain_headline_and_body_crlf() {
        let text = "Talks stall in Geneva\r\n\r\nDelegates left early. Nothing was agreed.\r\n";
        let a = parse_scraped(text.into(), "x").unwrap();
        assert_eq!(a.meta.title.as_deref(), Some("Talks stall in Geneva"));
        assert_eq!(a.meta.kicker, None);
        assert_eq!(
            span_text(&a, a.meta.body_span),
            Some("Delegates left early. Nothing was agreed.")
        );
    }

    #[test]
    fn body_only_and_empty() {
        let a = parse_scraped("Delegates left early. Nothing was agreed.\n".into(), "x").unwrap();
        assert_eq!(a.meta.title_span, None);
        assert!(a.meta.body_span.is_some());
        assert!(parse_scraped(" \n\n.\nsource site-1\n".into(), "x").is_none());
        assert!(parse_scraped(String::new(), "x").is_none());
    }

    #[test]
    fn trailer_must_be_one_name() {
        let a = parse_scraped(
            "Talks stall\nThe source of the leak was unclear.\n".into(),
            "x",
        )
        .unwrap();
        assert_eq!(a.meta.source, None);
        assert!(
            span_text(&a, a.meta.body_span)
                .unwrap()
                .ends_with("unclear.")
        );
    }
}
