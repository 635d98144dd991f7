//! The segmentation lexicon: abbreviations, sentence starters, hyphen prefixes
//! and fused words, loaded from a small sectioned text file (data/lexicon/en.txt).

use std::collections::{HashMap, HashSet};
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
    abbrevs: HashMap<String, AbbrevKind>,
    starters: HashSet<String>,
    prefixes: HashSet<String>,
    splits: HashMap<String, Vec<usize>>,
    keep: HashSet<String>,
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
                        lex.splits.insert(whole.to_lowercase(), cuts);
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
        let mut cs = word.chars();
        let first = cs.next()?;
        if first.is_uppercase() && cs.as_str().chars().all(|c| !c.is_uppercase()) {
            let mut low = String::with_capacity(word.len());
            low.extend(first.to_lowercase());
            low.push_str(cs.as_str());
            return self.abbrevs.get(&low).copied();
        }
        None
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
        if prefix.len() > 8 {
            return false;
        }
        if prefix.bytes().all(|b| b.is_ascii_lowercase()) {
            return self.prefixes.contains(prefix);
        }
        self.prefixes.contains(&prefix.to_lowercase())
    }

    /// Byte cut points for a fused word (`cannot` → `[3]`), case-insensitive.
    pub fn split_points(&self, word: &str) -> Option<&[usize]> {
        if word.len() > 12 || self.splits.is_empty() {
            return None;
        }
        if word.bytes().all(|b| b.is_ascii_lowercase()) {
            return self.splits.get(word).map(|v| v.as_slice());
        }
        if !word.is_ascii() {
            return None;
        }
        self.splits
            .get(&word.to_ascii_lowercase())
            .map(|v| v.as_slice())
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
}
