//! Given names and honorifics by gender (`data/actors/given.names`), for the
//! pronoun agreement of coreference (*he*/*she* against "Olena Petrenko",
//! "Mr. Sato") and for naming pronoun speakers of quotes. The list is embedded
//! and replaced by any `*.names` file given with the actor dictionary.

use chronicle_doc::fxhash::FxHashMap;
use std::sync::{Arc, OnceLock};

/// The embedded list's file name and contents.
pub const EMBEDDED_NAMES: (&str, &str) = (
    "data/actors/given.names",
    include_str!("../../../data/actors/given.names"),
);

/// What a given name or title says about a person's gender.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameGender {
    /// A man's name or title.
    Male,
    /// A woman's name or title.
    Female,
    /// Used for both (Alex, Jean, Andrea): no gender.
    Either,
}

/// Given names and titles by gender, looked up folded (lower case, no Latin
/// diacritics, no trailing dot).
#[derive(Clone, Debug, Default)]
pub struct NameGenders {
    names: FxHashMap<String, NameGender>,
    titles: FxHashMap<String, NameGender>,
}

fn key(w: &str) -> String {
    crate::norm::fold(w.trim_end_matches('.'))
}

fn add(map: &mut FxHashMap<String, NameGender>, w: String, g: NameGender) {
    map.entry(w)
        .and_modify(|old| {
            if *old != g {
                *old = NameGender::Either;
            }
        })
        .or_insert(g);
}

impl NameGenders {
    /// Parses name files (`(file name, contents)`); see the embedded file's
    /// header for the format.
    pub fn parse(files: &[(&str, &str)]) -> Result<NameGenders, crate::DictError> {
        let mut out = NameGenders::default();
        for (file, text) in files {
            for (i, line) in text.lines().enumerate() {
                let line = line.split('#').next().unwrap_or("");
                let mut words = line.split_whitespace();
                let Some(kind) = words.next() else { continue };
                let (title, g) = match kind {
                    "male" => (false, NameGender::Male),
                    "female" => (false, NameGender::Female),
                    "either" => (false, NameGender::Either),
                    "male-title" => (true, NameGender::Male),
                    "female-title" => (true, NameGender::Female),
                    _ => {
                        return Err(crate::DictError {
                            file: file.to_string(),
                            line: i + 1,
                            reason: format!(
                                "unknown kind {kind:?} (want male, female, either, male-title or female-title)"
                            ),
                        });
                    }
                };
                let map = if title {
                    &mut out.titles
                } else {
                    &mut out.names
                };
                for w in words {
                    add(map, key(w), g);
                }
            }
        }
        Ok(out)
    }

    /// The embedded list (parsed once).
    pub fn embedded() -> Arc<NameGenders> {
        static E: OnceLock<Arc<NameGenders>> = OnceLock::new();
        E.get_or_init(|| {
            Arc::new(
                NameGenders::parse(&[EMBEDDED_NAMES]).expect("the embedded name list is valid"),
            )
        })
        .clone()
    }

    /// What the given name `w` says (`None`: not listed).
    pub fn name(&self, w: &str) -> Option<NameGender> {
        self.names.get(&key(w)).copied()
    }

    /// What the honorific or title `w` says ("Mr.", "Queen"); capitalised only
    /// ("I miss Tom" has no title).
    pub fn title(&self, w: &str) -> Option<NameGender> {
        if !w.starts_with(char::is_uppercase) {
            return None;
        }
        self.titles.get(&key(w)).copied()
    }

    /// The gender of a person named by `words` (the words of the mention, in
    /// order): the first listed title before the name ("Mrs. Ruiz", "King
    /// Abdullah"), else the first word that is a listed given name, among the
    /// first three words, either the first word or one before the last
    /// ("Olena Petrenko", "Minister Olena Petrenko"; not "Congresswoman Dean").
    /// 'm' or 'f'; `None` for unknown or ambiguous names.
    pub fn person(&self, words: &[&str]) -> Option<char> {
        self.listed(words).and_then(NameGender::as_char)
    }

    /// The list's entry that [`NameGenders::person`] reads for `words`: `None`
    /// when no title or given name of the list stands where it looks, and
    /// `Some(Either)` for a listed but ambiguous name ("Jean", "Alex").
    pub fn listed(&self, words: &[&str]) -> Option<NameGender> {
        for (i, w) in words.iter().enumerate().take(3) {
            if let Some(g) = self.title(w) {
                return Some(g);
            }
            // a given name opens the name or stands before the surname: the last
            // of several words is a surname ("Congresswoman Dean", "Santa Anna")
            if (i == 0 || i + 1 < words.len())
                && let Some(g) = self.name(w)
            {
                return Some(g);
            }
        }
        None
    }
}

impl NameGender {
    /// 'm' or 'f'; `None` for a name of either gender.
    pub fn as_char(self) -> Option<char> {
        match self {
            NameGender::Male => Some('m'),
            NameGender::Female => Some('f'),
            NameGender::Either => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_names_titles_and_ambiguity() {
        let n = NameGenders::embedded();
        assert_eq!(n.person(&["Olena", "Petrenko"]), Some('f'));
        assert_eq!(n.person(&["Dmytro", "Kuleba"]), Some('m'));
        assert_eq!(n.person(&["Ségolène", "Royal"]), Some('f'));
        assert_eq!(n.person(&["Mrs.", "Sato"]), Some('f'));
        assert_eq!(n.person(&["King", "Abdullah"]), Some('m'));
        // a title first decides, even before a name of the other gender
        assert_eq!(n.person(&["Ms", "Jean", "Doe"]), Some('f'));
        // ambiguous and unknown names say nothing
        assert_eq!(n.person(&["Alex", "Moreau"]), None);
        assert_eq!(n.person(&["Jean", "Moreau"]), None);
        assert_eq!(n.person(&["Xyzzy", "Plugh"]), None);
        // the last of several words is a surname, even when it is a given name too
        assert_eq!(n.person(&["Congresswoman", "Dean"]), None);
        assert_eq!(n.person(&["Minister", "Olena", "Petrenko"]), Some('f'));
        // a title is capitalised: "miss" the verb is none
        assert_eq!(n.title("miss"), None);
        assert_eq!(n.title("Miss"), Some(NameGender::Female));
    }

    #[test]
    fn a_name_in_two_lists_is_either_and_bad_kinds_are_errors() {
        let n = NameGenders::parse(&[
            ("a.names", "male robin\n"),
            ("b.names", "female robin kira\n"),
        ])
        .unwrap();
        assert_eq!(n.name("Robin"), Some(NameGender::Either));
        assert_eq!(n.name("kira"), Some(NameGender::Female));
        let e = NameGenders::parse(&[("c.names", "# x\nmen john\n")]).unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("c.names", 2));
    }
}
