//! Offset-preserving normalization for matching. The text is never rewritten:
//! [`normalize`] gives a matching form of a string, and [`Normalized`] keeps a
//! map from every byte of the normalized string back to the original text.
//!
//! Mappings: curly and angle quotes and guillemets → `"` / `'`, primes → `'`,
//! hyphen-like characters and the minus sign → `-`, em/horizontal dashes → `--`,
//! `…` → `...`, NBSP and other Unicode spaces → ` `, soft hyphens, zero-width
//! characters and the BOM → removed.

use std::borrow::Cow;

/// The replacement of one character for matching: `None` when it stays as is,
/// `Some("")` when it is dropped.
#[inline]
pub fn norm_char(c: char) -> Option<&'static str> {
    if c.is_ascii() {
        return None;
    }
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2035}'
        | '\u{2039}' | '\u{203A}' | '\u{FF07}' | '\u{02BC}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' | '\u{2036}' | '\u{FF02}' | '\u{301D}' | '\u{301E}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' | '\u{FE63}'
        | '\u{FF0D}' => "-",
        '\u{2014}' | '\u{2015}' | '\u{2E3A}' => "--",
        '\u{2026}' => "...",
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => "",
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => " ",
        _ => return None,
    })
}

/// The matching form of `s`; borrows when nothing changes (all-ASCII input is free).
pub fn normalize(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let mut first = None;
    for (i, c) in s.char_indices() {
        if norm_char(c).is_some() {
            first = Some(i);
            break;
        }
    }
    let Some(first) = first else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        match norm_char(c) {
            Some(r) => out.push_str(r),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A normalized copy of a text with a byte map back to the original, so that a
/// match found in the normalized form can be reported as a span of the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// `map[i]` = original byte offset of normalized byte `i`; one extra entry
    /// maps the end of the normalized text to the end of the original.
    map: Vec<u32>,
}

impl Normalized {
    /// Normalizes `original`, remembering offsets.
    pub fn new(original: &str) -> Normalized {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        for (i, c) in original.char_indices() {
            match norm_char(c) {
                Some(r) => {
                    text.push_str(r);
                    map.extend(std::iter::repeat_n(i as u32, r.len()));
                }
                None => {
                    let before = text.len();
                    text.push(c);
                    map.extend(std::iter::repeat_n(i as u32, text.len() - before));
                }
            }
        }
        map.push(original.len() as u32);
        Normalized { text, map }
    }

    /// Original byte offset of normalized offset `i` (`i` may equal `text.len()`).
    pub fn to_original(&self, i: usize) -> usize {
        self.map[i.min(self.map.len() - 1)] as usize
    }

    /// Original byte range of a normalized half-open range. The end maps to the
    /// end of the last original character covered.
    pub fn span_to_original(&self, start: usize, end: usize, original: &str) -> (usize, usize) {
        let s = self.to_original(start);
        if end <= start {
            return (s, s);
        }
        let last = self.to_original(end - 1);
        let e = last + original[last..].chars().next().map_or(0, char::len_utf8);
        (s, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_dashes_spaces() {
        assert_eq!(
            normalize("“It’s «fine»” – he said—no\u{00A0}way…"),
            "\"It's \"fine\"\" - he said--no way..."
        );
        assert_eq!(normalize("co\u{00AD}operate"), "cooperate");
        assert!(matches!(normalize("plain ASCII"), Cow::Borrowed(_)));
        assert!(matches!(normalize("Grüße"), Cow::Borrowed(_)));
    }

    #[test]
    fn offsets_map_back() {
        let orig = "“Stop” — now\u{00AD}here";
        let n = Normalized::new(orig);
        assert_eq!(n.text, "\"Stop\" -- nowhere");
        let i = n.text.find("Stop").unwrap();
        let (s, e) = n.span_to_original(i, i + 4, orig);
        assert_eq!(&orig[s..e], "Stop");
        let i = n.text.find("--").unwrap();
        let (s, e) = n.span_to_original(i, i + 2, orig);
        assert_eq!(&orig[s..e], "—");
        let i = n.text.find("nowhere").unwrap();
        let (s, e) = n.span_to_original(i, i + 7, orig);
        assert_eq!(&orig[s..e], "now\u{00AD}here");
        assert_eq!(n.to_original(n.text.len()), orig.len());
    }
}
