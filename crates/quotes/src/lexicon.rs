//! The cue lexicon: verbs, nouns and phrases that introduce attributions,
//! each with a frame saying where the speaker and the content are.
//!
//! The file format is documented at the top of `data/lexicon/cues.tsv`.

use chronicle_doc::fxhash::FxHashMap;

/// The lexicon shipped with Chronicle (`data/lexicon/cues.tsv`).
pub const DEFAULT_LEXICON: &str = include_str!("../../../data/lexicon/cues.tsv");

/// Part of speech of a cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// A speech/cognition verb (`say`, `warn`).
    Verb,
    /// A noun (`claim`, `statement`), normally with a possessor speaker.
    Noun,
    /// A multiword cue (`according to`, `called for`).
    Phrase,
    /// A preposition-like cue (`per`).
    Prep,
}

/// Where the speaker is relative to the cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerSlot {
    /// The subject: left of the cue, or right after it when inverted (`…," said Peskov`).
    Subj,
    /// The noun phrase after the cue (`according to X`).
    After,
    /// The possessor of a cue noun (`X's claim`).
    Poss,
    /// Not expressed next to the cue.
    None,
}

/// Where the content is relative to the cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContentSlot {
    /// A that-clause, following clause or quotation.
    Clause,
    /// The object noun phrase.
    Obj,
    /// Object plus an `of` complement (`accuse Y of Z`).
    Of,
    /// An addressee, then a clause (`tell Y that Z`).
    Addressee,
}

/// One lexicon entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CueEntry {
    /// Lemma, or the whole phrase for multiword cues.
    pub lemma: String,
    /// Part of speech.
    pub kind: CueKind,
    /// Speaker slot.
    pub speaker: SpeakerSlot,
    /// Content slot.
    pub content: ContentSlot,
}

/// A lexicon loading error, `line: reason`.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[error("{file}:{line}: {reason}")]
pub struct LexiconError {
    /// File name given to the loader.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// Why the line was rejected.
    pub reason: String,
}

/// The loaded lexicon, indexed by lowercase surface form.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Entries.
    pub entries: Vec<CueEntry>,
    /// Single-token forms → entry indices.
    /// (Fx-hashed: looked up for every token, never iterated in an order that matters.)
    single: FxHashMap<String, Vec<u32>>,
    /// Multiword phrases, keyed by first word: (words, entry index), longest first.
    phrases: FxHashMap<String, Vec<(Vec<String>, u32)>>,
}

/// Regular inflections of a verb lemma: 3sg, past, gerund.
fn regular_forms(lemma: &str) -> Vec<String> {
    let mut out = Vec::new();
    let ends = |s: &str| lemma.ends_with(s);
    let cons_y = lemma.len() > 1
        && ends("y")
        && !matches!(lemma.as_bytes()[lemma.len() - 2], b'a' | b'e' | b'o' | b'u');
    // 3sg
    if ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") {
        out.push(format!("{lemma}es"));
    } else if cons_y {
        out.push(format!("{}ies", &lemma[..lemma.len() - 1]));
    } else {
        out.push(format!("{lemma}s"));
    }
    // past
    if ends("e") {
        out.push(format!("{lemma}d"));
    } else if cons_y {
        out.push(format!("{}ied", &lemma[..lemma.len() - 1]));
    } else {
        out.push(format!("{lemma}ed"));
    }
    // gerund
    if ends("e") && !ends("ee") {
        out.push(format!("{}ing", &lemma[..lemma.len() - 1]));
    } else {
        out.push(format!("{lemma}ing"));
    }
    out
}

/// Lemma of the built-in stance-adjective frame (`they are hopeful that …`).
pub const STANCE: &str = "*stance";
/// Lemma of the built-in stance-adjective frame with an object (`she was
/// critical of the plan`, `they are eager to help`).
pub const STANCE_OBJ: &str = "*stance-obj";
/// Lemma of the built-in `X's view is that …` frame.
pub const VIEW: &str = "*view";

impl Lexicon {
    /// The lexicon shipped with Chronicle.
    pub fn builtin() -> Lexicon {
        Lexicon::parse(DEFAULT_LEXICON, "data/lexicon/cues.tsv")
            .expect("the built-in cue lexicon is valid")
    }

    /// Parses a lexicon file; `file` names it in errors.
    pub fn parse(src: &str, file: &str) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        for (n, raw) in src.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let err = |reason: String| LexiconError {
                file: file.to_string(),
                line: n + 1,
                reason,
            };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 5 {
                return Err(err(format!(
                    "expected 5 tab-separated columns, found {}",
                    cols.len()
                )));
            }
            let lemma = cols[0].trim().to_lowercase();
            if lemma.is_empty() {
                return Err(err("empty cue".into()));
            }
            let kind = match cols[1] {
                "verb" => CueKind::Verb,
                "noun" => CueKind::Noun,
                "phrase" => CueKind::Phrase,
                "prep" => CueKind::Prep,
                k => return Err(err(format!("unknown kind `{k}`"))),
            };
            let speaker = match cols[2] {
                "subj" => SpeakerSlot::Subj,
                "after" => SpeakerSlot::After,
                "poss" => SpeakerSlot::Poss,
                "none" => SpeakerSlot::None,
                k => return Err(err(format!("unknown speaker slot `{k}`"))),
            };
            let content = match cols[3] {
                "clause" => ContentSlot::Clause,
                "obj" => ContentSlot::Obj,
                "of" => ContentSlot::Of,
                "addressee" => ContentSlot::Addressee,
                k => return Err(err(format!("unknown content slot `{k}`"))),
            };
            let idx = lex.entries.len() as u32;
            let words: Vec<String> = lemma.split_whitespace().map(str::to_string).collect();
            if words.len() > 1 {
                lex.phrases
                    .entry(words[0].clone())
                    .or_default()
                    .push((words, idx));
            } else {
                let col = cols[4].trim();
                let (no_lemma, col) = match col.strip_prefix('!') {
                    Some(rest) => (true, rest),
                    None => (false, col),
                };
                let mut forms = if no_lemma {
                    Vec::new()
                } else {
                    vec![lemma.clone()]
                };
                match col {
                    "-" | "" => {
                        if kind == CueKind::Verb {
                            forms.extend(regular_forms(&lemma));
                        } else if kind == CueKind::Noun && !lemma.ends_with('s') {
                            forms.push(format!("{lemma}s"));
                        }
                    }
                    f => forms.extend(f.split(',').map(|x| x.trim().to_lowercase())),
                }
                for f in forms {
                    if f.is_empty() || f.contains(char::is_whitespace) {
                        return Err(err(format!("bad form `{f}`")));
                    }
                    let v = lex.single.entry(f).or_default();
                    if !v.contains(&idx) {
                        v.push(idx);
                    }
                }
            }
            lex.entries.push(CueEntry {
                lemma,
                kind,
                speaker,
                content,
            });
        }
        for v in lex.phrases.values_mut() {
            v.sort_by_key(|b| std::cmp::Reverse(b.0.len()));
        }
        // built-in frames the rules find, not the form (no token is `*stance`
        // or `*view`), both with clause content: a stance adjective after a
        // copula (`are optimistic that …`, subject speaker) and a possessor's
        // view noun before a copula (`Rubio's response was that …`)
        // (and a stance adjective with a preposition or `to`: `is critical
        // of X`, `was eager to …`, object content)
        for (lemma, kind, speaker, content) in [
            (
                STANCE,
                CueKind::Verb,
                SpeakerSlot::Subj,
                ContentSlot::Clause,
            ),
            (
                STANCE_OBJ,
                CueKind::Verb,
                SpeakerSlot::Subj,
                ContentSlot::Obj,
            ),
            (VIEW, CueKind::Noun, SpeakerSlot::Poss, ContentSlot::Clause),
        ] {
            let idx = lex.entries.len() as u32;
            lex.single.insert(lemma.into(), vec![idx]);
            lex.entries.push(CueEntry {
                lemma: lemma.into(),
                kind,
                speaker,
                content,
            });
        }
        Ok(lex)
    }

    /// Entries whose single-token form is `form` (lowercase).
    pub fn lookup(&self, form: &str) -> &[u32] {
        self.single.get(form).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The longest phrase starting at `words[0]`: (entry index, length in words).
    pub fn lookup_phrase<S: AsRef<str>>(&self, words: &[S]) -> Option<(u32, usize)> {
        let first = words.first()?.as_ref();
        for (ws, idx) in self.phrases.get(first)? {
            if ws.len() <= words.len() && ws.iter().zip(words).all(|(a, b)| a == b.as_ref()) {
                return Some((*idx, ws.len()));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_loads_with_inflections_and_phrases() {
        let lex = Lexicon::builtin();
        assert!(lex.entries.len() > 200, "{} entries", lex.entries.len());
        for f in [
            "said",
            "says",
            "saying",
            "warned",
            "insists",
            "emphasized",
            "accused",
            "denies",
        ] {
            assert!(!lex.lookup(f).is_empty(), "{f}");
        }
        assert!(
            lex.lookup("state").is_empty(),
            "'state' is a noun more often than a verb"
        );
        assert!(!lex.lookup("stated").is_empty());
        let e = &lex.entries[lex.lookup("told")[0] as usize];
        assert_eq!(e.content, ContentSlot::Addressee);
        let (i, n) = lex
            .lookup_phrase(&["according", "to", "officials"])
            .unwrap();
        assert_eq!(n, 2);
        assert_eq!(lex.entries[i as usize].speaker, SpeakerSlot::After);
    }

    #[test]
    fn bad_lines_report_file_and_line() {
        let e = Lexicon::parse("# c\nsay\tverb\tsubj\n", "x.tsv").unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.tsv:2: expected 5 tab-separated columns, found 3"
        );
        let e = Lexicon::parse("say\tverb\tnobody\tclause\t-\n", "x.tsv").unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn regular_inflection() {
        assert_eq!(regular_forms("deny"), vec!["denies", "denied", "denying"]);
        assert_eq!(
            regular_forms("stress"),
            vec!["stresses", "stressed", "stressing"]
        );
        assert_eq!(regular_forms("note"), vec!["notes", "noted", "noting"]);
    }
}
