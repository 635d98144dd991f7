//! Normalisation shared by dictionary patterns and document tokens, so both
//! sides of a match are folded the same way (case, diacritics, quotes, dots,
//! hyphens, possessive `'s`).

/// Folds a string for matching: lowercase, Latin diacritics removed, curly
/// quotes straightened, dots inside words removed (`U.S.` → `us`).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] without a copy when folding would leave `s` as it is (lowercase
/// ASCII without `.` or backquote, which is most tokens).
pub fn fold_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if folds_to_itself(s) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(fold(s))
    }
}

/// [`fold`] of every token of `doc` (of its `token_norm`), without a `String`
/// per token: a token folding leaves as it is is borrowed from the Doc (as
/// [`fold_cow`] borrows it), the others are folded into `buf`, one buffer for
/// the document.
pub fn fold_tokens<'a>(doc: &'a chronicle_doc::Doc, buf: &'a mut String) -> Vec<&'a str> {
    let n = doc.tokens().len();
    buf.clear();
    // (start, end) in `buf`, or `u32::MAX` for a borrowed token
    let mut at: Vec<(u32, u32)> = Vec::with_capacity(n);
    for i in 0..n {
        let s = doc.token_norm(i);
        if folds_to_itself(s) {
            at.push((u32::MAX, 0));
        } else {
            let a = buf.len();
            fold_into(s, buf);
            at.push((a as u32, buf.len() as u32));
        }
    }
    let buf: &'a String = buf;
    at.iter()
        .enumerate()
        .map(|(i, &(a, b))| {
            if a == u32::MAX {
                doc.token_norm(i)
            } else {
                &buf[a as usize..b as usize]
            }
        })
        .collect()
}

/// True when [`fold`] returns `s` itself: lowercase ASCII without `.` or
/// backquote (checked without folding).
#[inline]
fn folds_to_itself(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'.' && b != b'`')
}

/// [`fold`], appending to `out` (no allocation of its own).
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        // the same result as the general loop below, byte by byte: no ASCII
        // character has a diacritic to strip, and ASCII lowercasing is
        // Unicode lowercasing on ASCII
        let has_alpha = s.bytes().any(|b| b.is_ascii_alphanumeric());
        for b in s.bytes() {
            match b {
                b'`' => out.push('\''),
                b'.' if has_alpha => {}
                _ => out.push(b.to_ascii_lowercase() as char),
            }
        }
        return;
    }
    let has_alpha = s.chars().any(|c| c.is_alphanumeric());
    for c in s.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => '-',
            '.' if has_alpha => continue,
            '\u{00AD}' => continue,
            _ => c,
        };
        match fold_char(c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ă' | 'ā' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ą' | 'Ā' => "a",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' | 'ē' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ę' | 'Ě' | 'Ē' => {
            "e"
        }
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' | 'Ī' => "i",
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => "o",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ū' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ů' | 'Ū' | 'Ű' => {
            "u"
        }
        'ý' | 'ÿ' | 'Ý' => "y",
        'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => "z",
        _ => return None,
    })
}

/// A piece of a token: a hyphen-separated part, or a split-off possessive.
/// Returned as byte ranges relative to the token surface.
pub fn pieces(surface: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    pieces_into(surface, &mut out);
    out
}

/// [`pieces`], appending to `out` (no allocation of its own).
pub fn pieces_into(surface: &str, out: &mut Vec<(usize, usize)>) {
    // most tokens have no hyphen and no byte 0xE2 (which opens the UTF-8 of
    // the other hyphens and of the curly apostrophe): their only possible
    // cut is an ASCII possessive, found without decoding chars
    let b = surface.as_bytes();
    if !b.iter().any(|&c| c == b'-' || c == 0xE2) {
        let l = b.len();
        if l > 2 && (surface.ends_with("'s") || surface.ends_with("'S")) {
            out.push((0, l - 2));
            out.push((l - 2, l));
        } else {
            out.push((0, l));
        }
        return;
    }
    pieces_general(surface, out);
}

/// [`pieces_into`] for any token, char by char.
fn pieces_general(surface: &str, out: &mut Vec<(usize, usize)>) {
    let at = out.len();
    let mut start = 0;
    let b = surface.as_bytes();
    let push = |s: usize, e: usize, out: &mut Vec<(usize, usize)>| {
        if e <= s {
            return;
        }
        let part = &surface[s..e];
        // split a trailing possessive 's / ’s
        for suf in ["'s", "\u{2019}s", "'S"] {
            if part.len() > suf.len() && part.ends_with(suf) {
                let cut = e - suf.len();
                out.push((s, cut));
                out.push((cut, e));
                return;
            }
        }
        out.push((s, e));
    };
    let mut i = 0;
    while i < b.len() {
        let ch = surface[i..].chars().next().unwrap_or(' ');
        let l = ch.len_utf8();
        if (ch == '-' || ch == '\u{2010}' || ch == '\u{2011}' || ch == '\u{2013}') && b.len() > l {
            push(start, i, out);
            start = i + l;
        }
        i += l;
    }
    push(start, b.len(), out);
    if out.len() == at {
        out.push((0, surface.len()));
    }
}

/// What letter case a pattern word demands of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Any case (common nouns: `troops`).
    Any,
    /// First letter upper case (`Putin`).
    Cap,
    /// All letters upper case (`US`, `NATO`).
    Upper,
}

impl Case {
    /// The requirement a pattern word imposes.
    pub fn of(word: &str) -> Case {
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.is_empty() || !letters.iter().any(|c| c.is_uppercase()) {
            Case::Any
        } else if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
            Case::Upper
        } else if word.chars().next().is_some_and(|c| c.is_uppercase()) {
            Case::Cap
        } else {
            Case::Any
        }
    }

    /// Whether `surface` satisfies the requirement.
    pub fn accepts(self, surface: &str) -> bool {
        match self {
            Case::Any => true,
            Case::Cap => surface
                .chars()
                .find(|c| c.is_alphabetic())
                .is_none_or(|c| c.is_uppercase()),
            Case::Upper => !surface.chars().any(|c| c.is_lowercase()),
        }
    }
}

/// Splits a dictionary name into matching pieces with their case demands.
pub fn pattern(name: &str) -> Vec<(String, Case)> {
    let mut out = Vec::new();
    for w in name.split_whitespace() {
        for (s, e) in pieces(w) {
            let p = &w[s..e];
            let f = fold(p);
            if f.is_empty() {
                continue;
            }
            out.push((f, Case::of(p)));
        }
    }
    out
}

/// Regular English plural of the last word of a phrase.
pub fn plural(name: &str) -> String {
    let (head, last) = match name.rfind(' ') {
        Some(i) => (&name[..=i], &name[i + 1..]),
        None => ("", name),
    };
    let l = last.to_lowercase();
    let p = if l.ends_with("man") && !l.ends_with("human") && !l.ends_with("german") {
        format!("{}en", &last[..last.len() - 2])
    } else if l.ends_with("person") {
        format!("{}people", &last[..last.len() - 6])
    } else if l.ends_with('y') && !l.ends_with("ay") && !l.ends_with("ey") && !l.ends_with("oy") {
        format!("{}ies", &last[..last.len() - 1])
    } else if l.ends_with('s') || l.ends_with('x') || l.ends_with("ch") || l.ends_with("sh") {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    format!("{head}{p}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_cow_borrows_only_what_fold_leaves_alone() {
        for w in [
            "the", "'s", "u.s.", "U.S.", "Kyiv", "it`s", "a.m", "...", "-", "co-op", "Ł", "é",
            "9.5", "",
        ] {
            let c = fold_cow(w);
            assert_eq!(c, fold(w), "{w:?}");
            assert_eq!(
                matches!(c, std::borrow::Cow::Borrowed(_)),
                fold(w) == w && w.is_ascii() && !w.contains(['.', '`']),
                "{w:?}"
            );
        }
        assert!(matches!(fold_cow("the"), std::borrow::Cow::Borrowed("the")));
        assert!(matches!(fold_cow("Kyiv"), std::borrow::Cow::Owned(_)));
    }

    #[test]
    fn fold_tokens_folds_every_token_as_fold_does() {
        let doc = crate::simple_doc(
            "The U.S. envoy met Erdoğan's aide in Kyiv; it`s ÉTÉ at 9.5 a.m. co-op",
            None,
        );
        let mut buf = String::new();
        let folds = fold_tokens(&doc, &mut buf);
        assert_eq!(folds.len(), doc.tokens().len());
        for (i, f) in folds.iter().enumerate() {
            assert_eq!(*f, fold(doc.token_norm(i)), "token {i}");
        }
        assert!(folds.contains(&"erdogan"), "{folds:?}");
        assert!(
            !buf.is_empty(),
            "the capitalised tokens were folded into the buffer"
        );
    }

    #[test]
    fn pieces_fast_path_cuts_as_the_general_loop() {
        for w in [
            "",
            "a",
            "s",
            "'s",
            "Putin's",
            "PUTIN'S",
            "it's",
            "al-Shabaab",
            "-",
            "co-op",
            "Kyiv\u{2019}s",
            "pro\u{2010}Russian",
            "Secretary\u{2013}General",
            "Erdoğan's",
            "Zürich",
            "x's",
            "'S",
            "ab'S",
            "9.5",
            "U.S.",
        ] {
            let (mut fast, mut slow) = (vec![(7, 7)], vec![(7, 7)]);
            pieces_into(w, &mut fast);
            pieces_general(w, &mut slow);
            assert_eq!(fast, slow, "{w}");
        }
    }

    #[test]
    fn folding_and_pieces() {
        assert_eq!(fold("Erdoğan"), "erdogan");
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("."), ".");
        assert_eq!(fold("Kyiv’s"), "kyiv's");
        let s = "al-Shabaab";
        let p: Vec<&str> = pieces(s).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(p, ["al", "Shabaab"]);
        let s = "People's";
        let p: Vec<&str> = pieces(s).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(p, ["People", "'s"]);
        assert_eq!(pieces("-"), vec![(0, 1)]);
        let mut v = vec![(9, 9)];
        pieces_into("al-Shabaab", &mut v);
        pieces_into("-", &mut v);
        assert_eq!(v, [(9, 9), (0, 2), (3, 10), (0, 1)], "appends");
    }

    #[test]
    fn ascii_fold_is_the_general_fold() {
        // the general path, on strings the ASCII fast path takes
        let slow = |s: &str| -> String {
            let has_alpha = s.chars().any(|c| c.is_alphanumeric());
            let mut out = String::new();
            for c in s.chars() {
                match c {
                    '`' => out.push('\''),
                    '.' if has_alpha => {}
                    _ => out.extend(c.to_lowercase()),
                }
            }
            out
        };
        for s in [
            "U.S.", ".", "...", "Kyiv`s", "NATO-led", "A1 b2", "", "x.Y.z", "12.5",
        ] {
            assert_eq!(fold(s), slow(s), "{s}");
        }
        let mut out = String::from("a ");
        fold_into("U.S.", &mut out);
        assert_eq!(out, "a us", "appends");
    }

    #[test]
    fn cases_and_plurals() {
        assert_eq!(Case::of("NATO"), Case::Upper);
        assert_eq!(Case::of("Putin"), Case::Cap);
        assert_eq!(Case::of("troops"), Case::Any);
        assert!(!Case::Upper.accepts("us"));
        assert!(Case::Cap.accepts("PUTIN"));
        assert_eq!(plural("policeman"), "policemen");
        assert_eq!(plural("foreign ministry"), "foreign ministries");
        assert_eq!(plural("spokesperson"), "spokespeople");
        assert_eq!(plural("boss"), "bosses");
        assert_eq!(plural("envoy"), "envoys");
    }
}
