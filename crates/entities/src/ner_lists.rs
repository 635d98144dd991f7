//! The word and name lists of the dictionary + rules recogniser (titles, first
//! names, organisation and place words, places and organisations the actor
//! dictionary lacks, …), read from a sectioned data file (`data/ner/lists.txt`,
//! format in its header and in docs/actors.md "Named entities") into hash sets
//! once per process. The file is embedded; [`install`] replaces it (by
//! `--ner-lists FILE`) before the first analysis.

use chronicle_doc::fxhash::FxHashSet;
use std::sync::OnceLock;

/// The embedded list file's name and contents.
pub const EMBEDDED_NER_LISTS: (&str, &str) = (
    "data/ner/lists.txt",
    include_str!("../../../data/ner/lists.txt"),
);

type Set = FxHashSet<&'static str>;

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
}

const SECTIONS: &[&str] = &[
    "titles",
    "the-titles",
    "male-names",
    "female-names",
    "either-names",
    "org-words",
    "org-names",
    "org-definitions",
    "loc-words",
    "newer-loc-words",
    "places-plural",
    "place-names",
    "newer-place-names",
    "place-definitions",
    "regions",
    "peoples",
    "peoples-collective",
    "work-kinds",
    "languages",
    "event-words",
];

impl NerLists {
    fn section(&mut self, name: &str) -> Option<&mut Set> {
        Some(match name {
            "titles" => &mut self.titles,
            "the-titles" => &mut self.the_titles,
            "male-names" => &mut self.male_names,
            "female-names" => &mut self.female_names,
            "either-names" => &mut self.either_names,
            "org-words" => &mut self.org_words,
            "org-names" => &mut self.org_names,
            "org-definitions" => &mut self.org_definitions,
            "loc-words" => &mut self.loc_words,
            "newer-loc-words" => &mut self.newer_loc_words,
            "places-plural" => &mut self.places_plural,
            "place-names" => &mut self.place_names,
            "newer-place-names" => &mut self.newer_place_names,
            "place-definitions" => &mut self.place_definitions,
            "regions" => &mut self.regions,
            "peoples" => &mut self.peoples,
            "peoples-collective" => &mut self.peoples_collective,
            "work-kinds" => &mut self.work_kinds,
            "languages" => &mut self.languages,
            "event-words" => &mut self.event_words,
            _ => return None,
        })
    }

    /// Parses a list file; `file` names it in errors (file, 1-based line,
    /// reason).
    pub fn parse(file: &str, text: &'static str) -> Result<NerLists, crate::DictError> {
        let mut out = NerLists::default();
        let mut seen: Vec<&str> = Vec::new();
        let mut current: Option<&'static str> = None;
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
                let Some(&known) = SECTIONS.iter().find(|s| **s == name) else {
                    return Err(err(
                        i + 1,
                        format!("unknown section [{name}] (known: {})", SECTIONS.join(", ")),
                    ));
                };
                if seen.contains(&known) {
                    return Err(err(i + 1, format!("section [{name}] given twice")));
                }
                seen.push(known);
                current = Some(known);
                continue;
            }
            let Some(sec) = current else {
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
            out.section(sec).expect("known section").insert(line);
        }
        if let Some(missing) = SECTIONS.iter().find(|s| !seen.contains(s)) {
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
            .flat_map(|p| p.match_indices(' ').map(|(i, _)| &p[..i]))
            .collect();
        Ok(out)
    }
}

static LISTS: OnceLock<NerLists> = OnceLock::new();

/// The lists in use: the installed file, else the embedded one (parsed on
/// first use).
pub fn lists() -> &'static NerLists {
    LISTS.get_or_init(|| {
        NerLists::parse(EMBEDDED_NER_LISTS.0, EMBEDDED_NER_LISTS.1)
            .expect("the embedded NER lists are valid")
    })
}

/// Replaces the embedded lists by the file `file` with contents `text` for the
/// rest of the process. Must be called before the first analysis; errors when
/// the file is malformed, or when the lists are already in use.
pub fn install(file: &str, text: String) -> Result<(), crate::DictError> {
    let parsed = NerLists::parse(file, Box::leak(text.into_boxed_str()))?;
    LISTS.set(parsed).map_err(|_| crate::DictError {
        file: file.to_string(),
        line: 0,
        reason: "the recogniser's lists are already loaded (install them before any analysis)"
            .into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_sections(extra: &str) -> String {
        let mut s = String::new();
        for sec in SECTIONS {
            s.push_str(&format!("[{sec}]\n"));
            if *sec == "place-names" {
                s.push_str(extra);
            }
        }
        s
    }

    #[test]
    fn embedded_lists_load_and_hold_their_entries() {
        let l = lists();
        assert!(l.titles.contains("president"));
        assert!(l.male_names.contains("john"));
        assert!(l.place_names.contains("latin america"));
        assert!(l.place_first.contains("latin"));
        assert!(l.org_words.contains("ministry"));
    }

    #[test]
    fn a_small_file_parses_with_comments_and_prefixes() {
        let text = all_sections("# a comment\nupper tolvanmark   # an invented region\n\n");
        let l = NerLists::parse("t.txt", Box::leak(text.into_boxed_str())).unwrap();
        assert!(l.place_names.contains("upper tolvanmark"));
        assert!(l.place_first.contains("upper"));
        assert!(l.titles.is_empty());
    }

    #[test]
    fn bad_files_name_file_line_and_reason() {
        let bad = |text: String| {
            NerLists::parse("bad.txt", Box::leak(text.into_boxed_str())).unwrap_err()
        };
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
