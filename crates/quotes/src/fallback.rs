//! A small rule tokenizer and sentence splitter used only when the text stage
//! has not run (`Doc::tokens` is `None`), so the quote and claim stages still
//! work on a bare article. The real tokenizer lives in `chronicle-text`.

use chronicle_doc::{Doc, Sentence, Span, Token, TokenRange};

const OPEN_PUNCT: &[char] = &['"', '“', '‘', '«', '„', '‚', '(', '[', '{', '\'', '¿', '¡'];
const CLOSE_PUNCT: &[char] = &[
    '"', '”', '’', '»', ')', ']', '}', '.', ',', ';', ':', '!', '?', '…', '\'', '‘', '“',
];
const CURRENCY: &[char] = &['$', '€', '£', '¥', '₴', '₽'];
const ABBREV: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj",
    "adm", "jr", "sr", "prof", "rev", "hon", "pres", "vs", "etc", "inc", "corp", "ltd", "co",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "mt", "ft", "approx", "est", "dept", "univ", "assn", "bros", "calif", "fla", "mass", "ariz",
];

/// Tokenizes `text` and splits it into sentences. Token spans are byte
/// ranges; sentences never cross a newline.
pub fn tokenize(text: &str) -> (Vec<Token>, Vec<Sentence>) {
    let mut tokens: Vec<Token> = Vec::new();
    // newline_before[i]: a newline separates token i from token i-1.
    let mut newline_before: Vec<bool> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut saw_newline = false;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            if c == '\n' {
                saw_newline = true;
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut end = i;
        while end < text.len() {
            let c = text[end..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                break;
            }
            end += c.len_utf8();
        }
        let before = tokens.len();
        split_chunk(text, start, end, &mut tokens);
        for k in before..tokens.len() {
            newline_before.push(k == before && saw_newline);
        }
        saw_newline = false;
        i = end;
        let _ = bytes;
    }
    for k in 0..tokens.len() {
        let next_start = tokens.get(k + 1).map(|t| t.span.start as usize);
        tokens[k].space_after = match next_start {
            Some(s) => s > tokens[k].span.end as usize,
            None => (tokens[k].span.end as usize) < text.len(),
        };
    }
    let sentences = split_sentences(text, &tokens, &newline_before);
    (tokens, sentences)
}

/// Fills `doc.tokens`/`doc.sentences` with [`tokenize`] when the text stage
/// did not run; returns the doc unchanged otherwise.
pub fn ensure_tokens(doc: &Doc) -> std::borrow::Cow<'_, Doc> {
    if doc.tokens.is_some() && doc.sentences.is_some() {
        return std::borrow::Cow::Borrowed(doc);
    }
    let mut d = doc.clone();
    let (t, s) = tokenize(&d.text);
    d.tokens = Some(t);
    d.sentences = Some(s);
    std::borrow::Cow::Owned(d)
}

fn push(tokens: &mut Vec<Token>, s: usize, e: usize) {
    if e > s {
        tokens.push(Token {
            span: Span::new(s, e),
            norm: None,
            space_after: false,
        });
    }
}

fn is_abbrev(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.is_empty() {
        return false;
    }
    let lower = w.to_lowercase();
    if ABBREV.contains(&lower.as_str()) {
        return true;
    }
    // Initials and dotted acronyms: "J.", "U.S.", "a.m."
    let parts: Vec<&str> = w.split('.').collect();
    parts
        .iter()
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

fn split_chunk(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let mut s = start;
    let mut e = end;
    // Leading punctuation, one char each.
    while s < e {
        if text[s..e].starts_with("''") || text[s..e].starts_with("``") {
            push(out, s, s + 2);
            s += 2;
            continue;
        }
        let c = text[s..].chars().next().unwrap_or(' ');
        if OPEN_PUNCT.contains(&c) || CURRENCY.contains(&c) || c == '—' || c == '–' || c == '…'
        {
            push(out, s, s + c.len_utf8());
            s += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, collected right to left.
    let mut trail: Vec<(usize, usize)> = Vec::new();
    while e > s {
        if e >= s + 2 && text[..e].ends_with("''") {
            trail.push((e - 2, e));
            e -= 2;
            continue;
        }
        let c = text[..e].chars().next_back().unwrap_or(' ');
        let cs = e - c.len_utf8();
        if c == '.' {
            let word = &text[s..e];
            if is_abbrev(word) && trail.is_empty() {
                break;
            }
            if is_abbrev(word) {
                break;
            }
        }
        if CLOSE_PUNCT.contains(&c) || c == '%' || c == '—' || c == '–' {
            // keep an apostrophe that ends a plural possessive ("voters'")
            if (c == '\'' || c == '’') && text[s..cs].ends_with('s') && cs > s + 1 {
                trail.push((cs, e));
                e = cs;
                continue;
            }
            trail.push((cs, e));
            e = cs;
        } else {
            break;
        }
    }
    // The core: split clitics and inner dashes.
    split_core(text, s, e, out);
    for &(a, b) in trail.iter().rev() {
        push(out, a, b);
    }
}

fn split_core(text: &str, s: usize, e: usize, out: &mut Vec<Token>) {
    if s >= e {
        return;
    }
    let w = &text[s..e];
    // inner em/en dashes and ellipses between words
    for (off, c) in w.char_indices() {
        if (c == '—' || c == '…' || c == '"' || c == '“' || c == '”')
            && off > 0
            && off + c.len_utf8() < w.len()
        {
            split_core(text, s, s + off, out);
            push(out, s + off, s + off + c.len_utf8());
            split_core(text, s + off + c.len_utf8(), e, out);
            return;
        }
        if c == '–' && off > 0 && off + c.len_utf8() < w.len() {
            let prev = w[..off].chars().next_back().unwrap_or(' ');
            let next = w[off + c.len_utf8()..].chars().next().unwrap_or(' ');
            if !(prev.is_ascii_digit() && next.is_ascii_digit()) {
                split_core(text, s, s + off, out);
                push(out, s + off, s + off + c.len_utf8());
                split_core(text, s + off + c.len_utf8(), e, out);
                return;
            }
        }
    }
    let lower = w.to_lowercase();
    for suf in ["n't", "n’t"] {
        if lower.ends_with(suf) && w.len() > suf.len() {
            let cut = e - suf.len();
            push(out, s, cut);
            push(out, cut, e);
            return;
        }
    }
    for suf in [
        "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m",
    ] {
        if lower.ends_with(suf) && w.len() > suf.len() {
            let cut = e - suf.len();
            push(out, s, cut);
            push(out, cut, e);
            return;
        }
    }
    push(out, s, e);
}

fn is_terminal(tok: &str) -> bool {
    matches!(tok, "." | "!" | "?" | "…" | "?!" | "!?")
}

fn is_closer(tok: &str) -> bool {
    matches!(tok, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

fn split_sentences(text: &str, tokens: &[Token], newline_before: &[bool]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let n = tokens.len();
    let tok = |k: usize| tokens[k].span.text(text);
    let mut k = 0;
    while k < n {
        let mut boundary_after: Option<usize> = None;
        if k + 1 < n && newline_before[k + 1] {
            boundary_after = Some(k);
        } else if is_terminal(tok(k)) {
            let mut j = k;
            while j + 1 < n
                && is_closer(tok(j + 1))
                && tokens[j + 1].span.start == tokens[j].span.end
            {
                j += 1;
            }
            if j + 1 >= n || newline_before[j + 1] {
                boundary_after = Some(j);
            } else {
                let next = tok(j + 1);
                let c = next.chars().next().unwrap_or(' ');
                if c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '“' | '‘' | '«' | '„' | '(' | '\'')
                {
                    boundary_after = Some(j);
                }
            }
            if let Some(b) = boundary_after {
                k = b;
            }
        }
        if let Some(b) = boundary_after {
            out.push(sentence(tokens, start, b + 1));
            start = b + 1;
        }
        k += 1;
    }
    if start < n {
        out.push(sentence(tokens, start, n));
    }
    out
}

fn sentence(tokens: &[Token], a: usize, b: usize) -> Sentence {
    Sentence {
        span: Span::new(
            tokens[a].span.start as usize,
            tokens[b - 1].span.end as usize,
        ),
        tokens: TokenRange::new(a, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).0.iter().map(|t| t.span.text(text)).collect()
    }

    #[test]
    fn splits_punctuation_clitics_and_keeps_numbers() {
        assert_eq!(
            words("“It's over,” Mr. Peskov said of 115,000 troops."),
            vec![
                "“", "It", "'s", "over", ",", "”", "Mr.", "Peskov", "said", "of", "115,000",
                "troops", "."
            ]
        );
        assert_eq!(
            words("$4.5bn (10%)"),
            vec!["$", "4.5bn", "(", "10", "%", ")"]
        );
        assert_eq!(words("the U.S. army"), vec!["the", "U.S.", "army"]);
    }

    #[test]
    fn sentences_end_at_terminals_and_newlines() {
        let text = "He said it. \"Then go.\" She left\nNext line";
        let (t, s) = tokenize(text);
        let got: Vec<&str> = s.iter().map(|x| x.span.text(text)).collect();
        assert_eq!(
            got,
            vec!["He said it.", "\"Then go.\"", "She left", "Next line"]
        );
        assert_eq!(s.last().unwrap().tokens.end as usize, t.len());
    }
}
