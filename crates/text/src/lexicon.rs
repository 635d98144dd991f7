//! The segmentation lexicon: abbreviations, sentence starters, hyphen prefixes
//! and fused words, loaded from a small sectioned text file (data/lexicon/en.txt).

use std::collections::{HashMap, HashSet};

// our own lexicon words as keys: the fast FxHash, hash flooding is no concern
use chronicle_doc::fxhash::FxBuild;
type Map<V> = HashMap<String, V, FxBuild>;
type Set = HashSet<String, FxBuild>;
use thiserror::Error;

/// The lexicon compiled into the binary (`data/lexicon/en.txt`).
pub const DEFAULT_LEXICON: &str = include_str!("../../../data/lexicon/en.txt");

/// A malformed lexicon line.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{origin}:{line}: {reason}")]
pub struct LexiconError {
    /// Where the lexicon came from (a path, or `<embedded>`).
    pub origin: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// How a word followed by a period behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevKind {
    /// A title (`Mr.`): never ends a sentence.
    Title,
    /// Any other abbreviation (`Inc.`, `Jan.`): ends a sentence only before a starter.
    Other,
    /// Only an abbreviation before a number (`No. 5`).
    BeforeNumber,
}

/// Parsed lexicon.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    abbrevs: Map<AbbrevKind>,
    starters: Set,
    prefixes: Set,
    splits: Map<Vec<usize>>,
    keep: Set,
    /// `split_mask[len]` has bit `n` set when some fused word of `len` bytes
    /// starts with ASCII letter `n` (cheap pre-filter before any hashing).
    split_mask: [u32; 17],
    /// Same for the last letter.
    split_mask_last: [u32; 17],
}

impl Lexicon {
    /// Parses a lexicon; `origin` names it in error messages.
    pub fn parse(src: &str, origin: &str) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        let mut section: Option<&str> = None;
        for (n, raw) in src.lines().enumerate() {
            let line_no = n + 1;
            let err = |reason: String| LexiconError {
                origin: origin.to_string(),
                line: line_no,
                reason,
            };
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[') {
                let name = name
                    .strip_suffix(']')
                    .ok_or_else(|| err(format!("unclosed section header {line:?}")))?;
                if !matches!(
                    name,
                    "abbrev.title"
                        | "abbrev"
                        | "abbrev.num"
                        | "starters"
                        | "prefix.hyphen"
                        | "split"
                        | "keep"
                ) {
                    return Err(err(format!("unknown section [{name}]")));
                }
                section = Some(name);
                continue;
            }
            let Some(sec) = section else {
                return Err(err("entry before any [section] header".into()));
            };
            for word in line.split_whitespace() {
                match sec {
                    "abbrev.title" => {
                        lex.abbrevs.insert(word.to_string(), AbbrevKind::Title);
                    }
                    "abbrev" => {
                        lex.abbrevs
                            .entry(word.to_string())
                            .or_insert(AbbrevKind::Other);
                    }
                    "abbrev.num" => {
                        lex.abbrevs
                            .entry(word.to_string())
                            .or_insert(AbbrevKind::BeforeNumber);
                    }
                    "starters" => {
                        lex.starters.insert(word.to_string());
                    }
                    "keep" => {
                        lex.keep.insert(word.to_string());
                    }
                    "prefix.hyphen" => {
                        lex.prefixes.insert(word.to_lowercase());
                    }
                    _ => {
                        let (whole, parts) = word
                            .split_once('=')
                            .ok_or_else(|| err(format!("split entry {word:?} lacks '='")))?;
                        let parts: Vec<&str> = parts.split('+').collect();
                        if parts.concat() != whole
                            || parts.len() < 2
                            || parts.iter().any(|p| p.is_empty())
                        {
                            return Err(err(format!(
                                "split entry {word:?}: the parts must be non-empty and spell the word"
                            )));
                        }
                        let mut cuts = Vec::new();
                        let mut at = 0;
                        for p in &parts[..parts.len() - 1] {
                            at += p.len();
                            cuts.push(at);
                        }
                        if whole.len() <= 16 {
                            lex.split_mask_last[whole.len()] |=
                                match whole.as_bytes()[whole.len() - 1].to_ascii_lowercase() {
                                    b @ b'a'..=b'z' => 1 << (b - b'a'),
                                    _ => u32::MAX,
                                };
                            lex.split_mask[whole.len()] |=
                                match whole.as_bytes()[0].to_ascii_lowercase() {
                                    b @ b'a'..=b'z' => 1 << (b - b'a'),
                                    _ => u32::MAX,
                                };
                        } else {
                            return Err(err(format!(
                                "split entry {word:?}: words longer than 16 bytes are not supported"
                            )));
                        }
                        // ASCII lowercasing keeps the byte length, so the cuts stay
                        // inside the key (`to_lowercase` maps the Kelvin sign `K`,
                        // 3 bytes, to `k`, 1 byte, and the cuts would point past
                        // the looked-up word). Lookups are ASCII-only anyway.
                        lex.splits.insert(whole.to_ascii_lowercase(), cuts);
                    }
                }
            }
        }
        Ok(lex)
    }

    /// Abbreviation kind of `word` (without its period). A lowercase entry also
    /// matches the word with a capitalised first letter.
    pub fn abbrev(&self, word: &str) -> Option<AbbrevKind> {
        if let Some(k) = self.abbrevs.get(word) {
            return Some(*k);
        }
        let b = word.as_bytes();
        if b.is_empty()
            || b.len() > 24
            || !b[0].is_ascii_uppercase()
            || b[1..].iter().any(u8::is_ascii_uppercase)
        {
            return None;
        }
        let mut buf = [0u8; 24];
        let low = &mut buf[..b.len()];
        low.copy_from_slice(b);
        low[0] = low[0].to_ascii_lowercase();
        self.abbrevs.get(std::str::from_utf8(low).ok()?).copied()
    }

    /// True when a whole whitespace-delimited chunk is one token as is (`:-)`, `b/c`).
    pub fn is_kept(&self, chunk: &str) -> bool {
        chunk.len() <= 8 && self.keep.contains(chunk)
    }

    /// True when `word` typically starts a sentence.
    pub fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    /// True when `prefix-` stays attached to the following word.
    pub fn is_hyphen_prefix(&self, prefix: &str) -> bool {
        if prefix.len() > 8 || !prefix.is_ascii() {
            return false;
        }
        let mut buf = [0u8; 8];
        let low = &mut buf[..prefix.len()];
        low.copy_from_slice(prefix.as_bytes());
        low.make_ascii_lowercase();
        std::str::from_utf8(low).is_ok_and(|l| self.prefixes.contains(l))
    }

    /// Byte cut points for a fused word (`cannot` → `[3]`), case-insensitive.
    #[inline(always)]
    pub fn split_points(&self, word: &str) -> Option<&[usize]> {
        let b = word.as_bytes();
        if b.is_empty() || b.len() > 16 {
            return None;
        }
        let first = match b[0] | 0x20 {
            c @ b'a'..=b'z' => 1u32 << (c - b'a'),
            _ => u32::MAX,
        };
        if self.split_mask[b.len()] & first == 0 {
            return None;
        }
        let last = match b[b.len() - 1] | 0x20 {
            c @ b'a'..=b'z' => 1u32 << (c - b'a'),
            _ => u32::MAX,
        };
        if self.split_mask_last[b.len()] & last == 0 {
            return None;
        }
        self.split_lookup(word)
    }

    #[cold]
    fn split_lookup(&self, word: &str) -> Option<&[usize]> {
        if !word.is_ascii() {
            return None;
        }
        let mut buf = [0u8; 16];
        let low = &mut buf[..word.len()];
        low.copy_from_slice(word.as_bytes());
        low.make_ascii_lowercase();
        let low = std::str::from_utf8(low).ok()?;
        self.splits.get(low).map(|v| v.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_parses() {
        let l = Lexicon::parse(DEFAULT_LEXICON, "<embedded>").unwrap();
        assert_eq!(l.abbrev("Mr"), Some(AbbrevKind::Title));
        assert_eq!(l.abbrev("Jan"), Some(AbbrevKind::Other));
        assert_eq!(l.abbrev("Etc"), Some(AbbrevKind::Other));
        assert_eq!(
            l.abbrev("miss"),
            None,
            "capitalised entries do not match lowercase"
        );
        assert_eq!(l.abbrev("No"), Some(AbbrevKind::BeforeNumber));
        assert!(l.is_starter("The"));
        assert!(l.is_hyphen_prefix("Non"));
        assert_eq!(l.split_points("Cannot"), Some(&[3][..]));
    }

    #[test]
    fn errors_name_line() {
        let e = Lexicon::parse("[abbrev]\nMr\n[bogus]\n", "x.txt").unwrap_err();
        assert_eq!(e.to_string(), "x.txt:3: unknown section [bogus]");
        let e = Lexicon::parse("Mr\n", "x.txt").unwrap_err();
        assert_eq!(e.line, 1);
        let e = Lexicon::parse("[split]\ncannot=ca+not\n", "x.txt").unwrap_err();
        assert!(e.reason.contains("spell"));
    }

    #[test]
    fn empty_word_is_no_abbreviation() {
        // was an index-out-of-bounds panic (`b[0]` on an empty word)
        let l = Lexicon::parse(DEFAULT_LEXICON, "<embedded>").unwrap();
        assert_eq!(l.abbrev(""), None);
        assert_eq!(Lexicon::default().abbrev(""), None);
        assert_eq!(l.split_points(""), None);
        assert!(!l.is_hyphen_prefix(""));
        assert!(!l.is_kept(""));
    }

    #[test]
    fn split_cuts_stay_inside_the_looked_up_word() {
        // `\u{212A}` (Kelvin sign, 3 bytes) lowercases to ASCII `k` (1 byte):
        // a full-Unicode lowercased key "ka" kept the cut at byte 3, past the
        // end of the word "ka"; with the masks of the other two entries set,
        // the segmenter then sliced out of bounds.
        let src = "[split]\n\u{212A}a=\u{212A}+a ko=k+o aa=a+a\n";
        let l = Lexicon::parse(src, "x.txt").unwrap();
        for w in ["ka", "Ka", "KA", "ko", "aa"] {
            if let Some(cuts) = l.split_points(w) {
                assert!(cuts.iter().all(|&c| c > 0 && c < w.len()), "{w}: {cuts:?}");
            }
        }
        assert_eq!(l.split_points("ka"), None);
        let seg = crate::Segmenter::from_lexicon_named(src, "x.txt").unwrap();
        let (_, toks) = seg.annotate_text("ka ko aa \u{212A}a");
        assert_eq!(toks.len(), 6);
    }
}
