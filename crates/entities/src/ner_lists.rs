//! The word and name lists of the dictionary + rules recogniser (titles, first
//! names, organisation and place words, places and organisations the actor
//! dictionary lacks, …), read from a sectioned data file (`data/ner/lists.txt`,
//! format in its header and in docs/actors.md "Named entities") into hash sets.
//! The lists are a value held by the dictionary the recogniser reads
//! ([`crate::Dictionary::ner_lists`]): the embedded file by default (parsed once
//! per process and shared), another one per dictionary with
//! [`crate::Entities::with_ner_lists`] (`--ner-lists FILE`), so two pipelines in
//! one process can read different lists.

use chronicle_doc::fxhash::FxHashSet;
use std::sync::{Arc, OnceLock};

/// The embedded list file's name and contents.
pub const EMBEDDED_NER_LISTS: (&str, &str) = (
    "data/ner/lists.txt",
    include_str!("../../../data/ner/lists.txt"),
);

/// One list: its entries (lower case, words joined by single spaces).
pub type Set = FxHashSet<Box<str>>;

/// The recogniser's lists, one set per section of the file.
#[derive(Debug, Default)]
pub struct NerLists {
    /// `[titles]`: person cues before or at the start of a name.
    pub titles: Set,
    /// `[the-titles]`: offices naming their holder after "the".
    pub the_titles: Set,
    /// `[male-names]`.
    pub male_names: Set,
    /// `[female-names]`.
    pub female_names: Set,
    /// `[either-names]`: first names of both genders.
    pub either_names: Set,
    /// `[newer-first-names]`: more first names (newer rules only).
    pub newer_first_names: Set,
    /// `[org-words]`: words that make a run an organisation.
    pub org_words: Set,
    /// `[org-names]`: organisations the dictionary lacks.
    pub org_names: Set,
    /// `[org-definitions]`: nouns saying a name is an organisation.
    pub org_definitions: Set,
    /// `[loc-words]`: words that make a run a place.
    pub loc_words: Set,
    /// `[newer-loc-words]`: more place words (newer rules only).
    pub newer_loc_words: Set,
    /// `[places-plural]`: plural place nouns before "of X" (newer rules).
    pub places_plural: Set,
    /// `[place-names]`: places the dictionary lacks.
    pub place_names: Set,
    /// Every prefix of a `[place-names]` entry that ends before a space.
    pub place_first: Set,
    /// `[newer-place-names]`: more places (newer rules only).
    pub newer_place_names: Set,
    /// `[place-definitions]`: nouns saying a name is a place.
    pub place_definitions: Set,
    /// `[regions]`: compass regions after "the".
    pub regions: Set,
    /// `[peoples]`: peoples named in the plural.
    pub peoples: Set,
    /// `[peoples-collective]`: peoples named by a collective singular.
    pub peoples_collective: Set,
    /// `[work-kinds]`: kinds of works before a title.
    pub work_kinds: Set,
    /// `[languages]`: languages that are no nationality of the dictionary.
    pub languages: Set,
    /// `[event-words]`: last words of events' names.
    pub event_words: Set,
    /// `[slavic-given-names]`: Russian, Ukrainian and Belarusian given names
    /// the English first-name lists lack (newer rules).
    pub slavic_given_names: Set,
    /// `[not-team-plurals]`: plurals of officials and populations that end
    /// no team's name (newer rules).
    pub not_team_plurals: Set,
    /// `[name-heads]`: last words of capitalised names of things that are no
    /// state actor (papers, wars, companies, schools, places): a country,
    /// capital or nationality word opening such a name is part of it.
    pub name_heads: Set,
    /// `[not-places]`: last words of fields of study and first words of a
    /// text's parts ("in Psychology", "in Figure 2"): no place after a place
    /// preposition (newer rules).
    pub not_places: Set,
}

/// The sections of the file: name and the set its entries go to (the one
/// table of section names: parsing, error messages and the tests read it).
type Field = fn(&mut NerLists) -> &mut Set;
const SECTIONS: &[(&str, Field)] = &[
    ("titles", |l| &mut l.titles),
    ("the-titles", |l| &mut l.the_titles),
    ("male-names", |l| &mut l.male_names),
    ("female-names", |l| &mut l.female_names),
    ("either-names", |l| &mut l.either_names),
    ("newer-first-names", |l| &mut l.newer_first_names),
    ("org-words", |l| &mut l.org_words),
    ("org-names", |l| &mut l.org_names),
    ("org-definitions", |l| &mut l.org_definitions),
    ("loc-words", |l| &mut l.loc_words),
    ("newer-loc-words", |l| &mut l.newer_loc_words),
    ("places-plural", |l| &mut l.places_plural),
    ("place-names", |l| &mut l.place_names),
    ("newer-place-names", |l| &mut l.newer_place_names),
    ("place-definitions", |l| &mut l.place_definitions),
    ("regions", |l| &mut l.regions),
    ("peoples", |l| &mut l.peoples),
    ("peoples-collective", |l| &mut l.peoples_collective),
    ("work-kinds", |l| &mut l.work_kinds),
    ("languages", |l| &mut l.languages),
    ("event-words", |l| &mut l.event_words),
    ("slavic-given-names", |l| &mut l.slavic_given_names),
    ("not-team-plurals", |l| &mut l.not_team_plurals),
    ("name-heads", |l| &mut l.name_heads),
    ("not-places", |l| &mut l.not_places),
];

impl NerLists {
    /// Parses a list file; `file` names it in errors (file, 1-based line,
    /// reason).
    pub fn parse(file: &str, text: &str) -> Result<NerLists, crate::DictError> {
        let mut out = NerLists::default();
        let mut seen: Vec<&str> = Vec::new();
        let mut current: Option<Field> = None;
        let err = |line: usize, reason: String| crate::DictError {
            file: file.to_string(),
            line,
            reason,
        };
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim_end();
            if line.trim().is_empty() {
                continue;
            }
            if let Some(rest) = line.strip_prefix('[') {
                let Some(name) = rest.strip_suffix(']') else {
                    return Err(err(i + 1, format!("unclosed section header {line:?}")));
                };
                let Some(&(known, field)) = SECTIONS.iter().find(|(s, _)| *s == name) else {
                    let all: Vec<&str> = SECTIONS.iter().map(|(s, _)| *s).collect();
                    return Err(err(
                        i + 1,
                        format!("unknown section [{name}] (known: {})", all.join(", ")),
                    ));
                };
                if seen.contains(&known) {
                    return Err(err(i + 1, format!("section [{name}] given twice")));
                }
                seen.push(known);
                current = Some(field);
                continue;
            }
            let Some(field) = current else {
                return Err(err(
                    i + 1,
                    format!("entry {line:?} before the first [section]"),
                ));
            };
            if line.starts_with(' ') || line.contains('\t') || line.contains("  ") {
                return Err(err(
                    i + 1,
                    format!(
                        "entry {line:?}: words are separated by single spaces, no tabs or leading spaces"
                    ),
                ));
            }
            if line.chars().any(char::is_uppercase) {
                return Err(err(
                    i + 1,
                    format!("entry {line:?} has an upper-case letter (entries are lower case)"),
                ));
            }
            field(&mut out).insert(line.into());
        }
        if let Some((missing, _)) = SECTIONS.iter().find(|(s, _)| !seen.contains(s)) {
            return Err(err(
                text.lines().count(),
                format!(
                    "section [{missing}] is missing (every section must be present, it may be empty)"
                ),
            ));
        }
        out.place_first = out
            .place_names
            .iter()
            .flat_map(|p| p.match_indices(' ').map(|(i, _)| p[..i].into()))
            .collect();
        Ok(out)
    }

    /// The embedded lists (data/ner/lists.txt), parsed on first use and
    /// shared (they never change: other lists are other values).
    pub fn embedded() -> Arc<NerLists> {
        static EMBEDDED: OnceLock<Arc<NerLists>> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| {
                Arc::new(
                    NerLists::parse(EMBEDDED_NER_LISTS.0, EMBEDDED_NER_LISTS.1)
                        .expect("the embedded NER lists are valid"),
                )
            })
            .clone()
    }

    /// Gender suggested by a common first name (`m`/`f`), any case.
    pub fn name_gender(&self, first: &str) -> Option<char> {
        let f = first.to_lowercase();
        if self.male_names.contains(f.as_str()) {
            Some('m')
        } else if self.female_names.contains(f.as_str()) {
            Some('f')
        } else {
            None
        }
    }

    /// The own place / organisation lists: "LOC" or "ORG" when `name` (lower
    /// case, words joined by spaces) is listed.
    pub fn list_type(&self, name: &str) -> Option<&'static str> {
        if self.place_names.contains(name) {
            Some("LOC")
        } else if self.org_names.contains(name) {
            Some("ORG")
        } else {
            None
        }
    }

    /// True when `w` (lower case) is in `[org-words]`.
    pub fn is_org_word(&self, w: &str) -> bool {
        self.org_words.contains(w)
    }

    /// True when `w` (lower case) is in `[loc-words]`.
    pub fn is_loc_word(&self, w: &str) -> bool {
        self.loc_words.contains(w)
    }

    /// True when `w` (lower case) is a first name of either list.
    pub fn is_first_name(&self, w: &str) -> bool {
        self.male_names.contains(w)
            || self.female_names.contains(w)
            || self.either_names.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_sections(extra: &str) -> String {
        let mut s = String::new();
        for (sec, _) in SECTIONS {
            s.push_str(&format!("[{sec}]\n"));
            if *sec == "place-names" {
                s.push_str(extra);
            }
        }
        s
    }

    #[test]
    fn embedded_lists_load_and_hold_their_entries() {
        let l = NerLists::embedded();
        assert!(l.titles.contains("president"));
        assert!(l.male_names.contains("john"));
        assert!(l.place_names.contains("latin america"));
        assert!(l.place_first.contains("latin"));
        assert!(l.org_words.contains("ministry"));
    }

    #[test]
    fn a_small_file_parses_with_comments_and_prefixes() {
        let text = all_sections("# a comment\nupper tolvanmark   # an invented region\n\n");
        let l = NerLists::parse("t.txt", &text).unwrap();
        assert!(l.place_names.contains("upper tolvanmark"));
        assert!(l.place_first.contains("upper"));
        assert!(l.titles.is_empty());
    }

    #[test]
    fn bad_files_name_file_line_and_reason() {
        let bad = |text: String| NerLists::parse("bad.txt", &text).unwrap_err();
        let e = bad("harbourton\n[titles]\n".into());
        assert_eq!((e.file.as_str(), e.line), ("bad.txt", 1));
        assert!(e.reason.contains("before the first [section]"), "{e}");
        let e = bad("[titles]\n# x\n[placenames]\n".into());
        assert_eq!(e.line, 3);
        assert!(e.reason.contains("unknown section [placenames]"), "{e}");
        let e = bad(all_sections("# one\nNew Harbourton\n"));
        assert!(e.reason.contains("upper-case"), "{e}");
        assert_eq!(e.to_string().split(':').next(), Some("bad.txt"));
        let e = bad(all_sections("new  harbourton\n"));
        assert!(e.reason.contains("single spaces"), "{e}");
        let e = bad("[titles]\nmr\n".into());
        assert!(e.reason.contains("[the-titles] is missing"), "{e}");
        let e = bad("[titles\n".into());
        assert!(e.reason.contains("unclosed"), "{e}");
    }
}
