//! An opt-in learned cue detector: a binary averaged perceptron over token
//! features that proposes attribution cues the lexicon does not list. The
//! rules then look for the speaker and content of a proposed cue with a
//! generic frame (subject speaker, clause content).
//!
//! With `retry` set, a lexicon verb the rules turn down (no clause, no source)
//! gets the same second try when the model scores it as a cue.
//!
//! The model file is text: a header line `#chronicle-cue-model v1 threshold=<t>`
//! (optionally followed by ` retry=1` and ` by=<class>:<t>,…`, thresholds of
//! their own for classes of candidates: `retry` for lexicon verbs the rules
//! turned down, else the verb's Penn tag `VBD`, `VBG`, …) then
//! `feature<TAB>weight` lines (`*bias` for the bias).

use std::collections::HashMap;

/// A loading error, `line: reason`.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[error("{file}:{line}: {reason}")]
pub struct CueModelError {
    /// File name given to the loader.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// Why.
    pub reason: String,
}

/// The learned cue detector.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CueModel {
    /// Feature weights.
    pub weights: HashMap<String, f32>,
    /// Bias.
    pub bias: f32,
    /// Decision threshold on the score.
    pub threshold: f32,
    /// Also retry lexicon verbs the rules turned down with the generic frame
    /// when the model scores them as cues (header `retry=1`).
    pub retry: bool,
    /// Thresholds of their own for classes of candidates (header
    /// `by=retry:6,VBN:8`): `retry` for a lexicon verb the rules turned down,
    /// otherwise the verb's Penn tag. Classes not listed use `threshold`.
    pub by_class: Vec<(String, f32)>,
}

impl CueModel {
    /// The score of a token given its features.
    pub fn score<S: AsRef<str>>(&self, feats: &[S]) -> f32 {
        self.bias
            + feats
                .iter()
                .map(|f| self.weights.get(f.as_ref()).copied().unwrap_or(0.0))
                .sum::<f32>()
    }

    /// True when the features score above the threshold.
    pub fn is_cue<S: AsRef<str>>(&self, feats: &[S]) -> bool {
        self.score(feats) > self.threshold
    }

    /// Whether the model has weights for stance adjectives after a copula
    /// (the `a|*bias` feature; older files have none, and then adjectives are
    /// never candidates).
    pub fn has_adjectives(&self) -> bool {
        self.weights.contains_key("a|*bias")
    }

    /// The threshold for a class of candidates (`retry`, or a Penn tag).
    pub fn threshold_for(&self, class: &str) -> f32 {
        self.by_class
            .iter()
            .find(|(c, _)| c == class)
            .map_or(self.threshold, |x| x.1)
    }

    /// Whether a candidate of `class` scores above its class's threshold.
    pub fn is_cue_as<S: AsRef<str>>(&self, class: &str, feats: &[S]) -> bool {
        self.score(feats) > self.threshold_for(class)
    }

    /// Trains an averaged perceptron on (features, is-cue) examples, `epochs`
    /// passes in the given order (deterministic).
    pub fn train(examples: &[(Vec<String>, bool)], epochs: usize) -> CueModel {
        let mut w: HashMap<String, (f32, f32, u64)> = HashMap::new(); // weight, total, last update
        let (mut b, mut bt, mut bl) = (0f32, 0f32, 0u64);
        let mut t = 0u64;
        for _ in 0..epochs {
            for (feats, gold) in examples {
                t += 1;
                let s = b + feats
                    .iter()
                    .map(|f| w.get(f).map(|x| x.0).unwrap_or(0.0))
                    .sum::<f32>();
                let pred = s > 0.0;
                if pred != *gold {
                    let d = if *gold { 1.0 } else { -1.0 };
                    for f in feats {
                        let e = w.entry(f.clone()).or_insert((0.0, 0.0, 0));
                        e.1 += e.0 * (t - e.2) as f32;
                        e.2 = t;
                        e.0 += d;
                    }
                    bt += b * (t - bl) as f32;
                    bl = t;
                    b += d;
                }
            }
        }
        let mut weights = HashMap::new();
        for (f, (x, tot, last)) in w {
            let avg = (tot + x * (t - last) as f32) / t.max(1) as f32;
            if avg.abs() >= 1e-3 {
                weights.insert(f, avg);
            }
        }
        let bias = (bt + b * (t - bl) as f32) / t.max(1) as f32;
        CueModel {
            weights,
            bias,
            threshold: 0.0,
            retry: false,
            by_class: Vec::new(),
        }
    }

    /// Serialises the model (features sorted, so the output is deterministic).
    pub fn to_tsv(&self) -> String {
        let mut out = format!("#chronicle-cue-model v1 threshold={}", self.threshold);
        if self.retry {
            out.push_str(" retry=1");
        }
        if !self.by_class.is_empty() {
            let by: Vec<String> = self
                .by_class
                .iter()
                .map(|(c, t)| format!("{c}:{t}"))
                .collect();
            out.push_str(&format!(" by={}", by.join(",")));
        }
        out.push('\n');
        out.push_str(&format!("*bias\t{}\n", self.bias));
        write_weights(&self.weights, &mut out);
        out
    }

    /// Parses a model file; `file` names it in errors.
    pub fn parse(src: &str, file: &str) -> Result<CueModel, CueModelError> {
        let err = |line: usize, reason: String| CueModelError {
            file: file.to_string(),
            line,
            reason,
        };
        let (head, lines) = read_header(src, file)?;
        let rest = head
            .strip_prefix("#chronicle-cue-model v1 threshold=")
            .ok_or_else(|| err(1, "not a chronicle cue model (bad header)".into()))?;
        let mut parts = rest.split_whitespace();
        let threshold = parts
            .next()
            .unwrap_or("")
            .parse::<f32>()
            .map_err(|e| err(1, format!("bad threshold: {e}")))?;
        let mut retry = false;
        let mut by_class = Vec::new();
        for p in parts {
            match p {
                "retry=1" => retry = true,
                "retry=0" => retry = false,
                _ if p.starts_with("by=") => {
                    for item in p["by=".len()..].split(',') {
                        let (c, t) = item
                            .split_once(':')
                            .ok_or_else(|| err(1, format!("bad class threshold `{item}`")))?;
                        let t = t
                            .parse::<f32>()
                            .map_err(|e| err(1, format!("bad class threshold `{item}`: {e}")))?;
                        by_class.push((c.to_string(), t));
                    }
                }
                _ => return Err(err(1, format!("unknown header field `{p}`"))),
            }
        }
        let mut m = CueModel {
            threshold,
            retry,
            by_class,
            ..CueModel::default()
        };
        read_weights(lines, file, |f, x| {
            if f == "*bias" {
                m.bias = x;
            } else {
                m.weights.insert(f.to_string(), x);
            }
        })?;
        Ok(m)
    }
}

/// A model file's first line and the numbered lines after it; an empty file
/// is an error naming `file`.
pub(crate) fn read_header<'a>(
    src: &'a str,
    file: &str,
) -> Result<(&'a str, impl Iterator<Item = (usize, &'a str)>), CueModelError> {
    let mut lines = src.lines().enumerate();
    let (_, head) = lines.next().ok_or_else(|| CueModelError {
        file: file.to_string(),
        line: 1,
        reason: "empty model file".into(),
    })?;
    Ok((head, lines))
}

/// Appends `feature<TAB>weight` lines, sorted by feature (deterministic output).
pub(crate) fn write_weights(weights: &HashMap<String, f32>, out: &mut String) {
    let mut fs: Vec<_> = weights.iter().collect();
    fs.sort_by(|a, b| a.0.cmp(b.0));
    for (f, x) in fs {
        out.push_str(&format!("{f}\t{x}\n"));
    }
}

/// Reads the `feature<TAB>weight` lines after a model file's header (blank
/// lines skipped) into `put`; a bad line is an error naming `file` and the line.
pub(crate) fn read_weights<'a>(
    lines: impl Iterator<Item = (usize, &'a str)>,
    file: &str,
    mut put: impl FnMut(&str, f32),
) -> Result<(), CueModelError> {
    let err = |line: usize, reason: String| CueModelError {
        file: file.to_string(),
        line,
        reason,
    };
    for (n, line) in lines {
        if line.is_empty() {
            continue;
        }
        let (f, x) = line
            .rsplit_once('\t')
            .ok_or_else(|| err(n + 1, "expected feature<TAB>weight".into()))?;
        let x: f32 = x
            .parse()
            .map_err(|e| err(n + 1, format!("bad weight `{x}`: {e}")))?;
        put(f, x);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_rule_and_round_trips() {
        let ex: Vec<(Vec<String>, bool)> = (0..40)
            .map(|i| {
                let cue = i % 3 == 0;
                let w = if cue { "w=said" } else { "w=table" };
                (vec![w.to_string(), format!("n={}", i % 5)], cue)
            })
            .collect();
        let m = CueModel::train(&ex, 5);
        assert!(m.is_cue(&["w=said", "n=1"]));
        assert!(!m.is_cue(&["w=table", "n=0"]));
        let back = CueModel::parse(&m.to_tsv(), "m.tsv").unwrap();
        assert_eq!(back.is_cue(&["w=said"]), m.is_cue(&["w=said"]));
        assert!((back.score(&["w=said"]) - m.score(&["w=said"])).abs() < 1e-4);
    }

    #[test]
    fn class_thresholds_are_kept_in_the_header() {
        let m = CueModel {
            threshold: 8.0,
            retry: true,
            by_class: vec![("VBD".into(), 2.0), ("VBG".into(), 1.5)],
            ..CueModel::default()
        };
        let tsv = m.to_tsv();
        assert!(tsv.starts_with("#chronicle-cue-model v1 threshold=8 retry=1 by=VBD:2,VBG:1.5\n"));
        let back = CueModel::parse(&tsv, "m.tsv").unwrap();
        assert_eq!(back.threshold_for("VBD"), 2.0);
        assert_eq!(back.threshold_for("VBG"), 1.5);
        assert_eq!(back.threshold_for("retry"), 8.0);
        // a score of 3 passes as VBD, not as VBN (global threshold)
        let m = CueModel { bias: 3.0, ..back };
        assert!(m.is_cue_as("VBD", &[] as &[&str]));
        assert!(!m.is_cue_as("VBN", &[] as &[&str]));
        let e = CueModel::parse("#chronicle-cue-model v1 threshold=2 by=VBD\n", "m.tsv");
        assert!(e.is_err());
    }

    #[test]
    fn the_retry_flag_is_kept_in_the_header() {
        let m = CueModel {
            threshold: 4.0,
            retry: true,
            ..CueModel::default()
        };
        let tsv = m.to_tsv();
        assert!(tsv.starts_with("#chronicle-cue-model v1 threshold=4 retry=1\n"));
        assert!(CueModel::parse(&tsv, "m.tsv").unwrap().retry);
        // older files have no flag: no retry
        let old = CueModel::parse("#chronicle-cue-model v1 threshold=2\n", "m.tsv").unwrap();
        assert!(!old.retry);
        assert_eq!(old.threshold, 2.0);
        let e = CueModel::parse("#chronicle-cue-model v1 threshold=2 turbo=1\n", "m.tsv");
        assert_eq!(e.unwrap_err().line, 1);
    }

    #[test]
    fn bad_files_name_the_file_line_and_reason() {
        // an empty file
        let e = CueModel::parse("", "empty.tsv").unwrap_err();
        assert_eq!((e.line, e.file.as_str()), (1, "empty.tsv"));
        assert!(e.reason.contains("empty"), "{e}");
        // a header cut short before the threshold's value
        let e = CueModel::parse("#chronicle-cue-model v1 thresh", "m.tsv").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.reason.contains("bad header"), "{e}");
        // another model's header
        let e = CueModel::parse("#chronicle-content-model v1\n*bias\t1\n", "m.tsv").unwrap_err();
        assert!(e.reason.contains("bad header"), "{e}");
        // a file cut in the middle of a weight line (no tab), or of a number
        let e = CueModel::parse(
            "#chronicle-cue-model v1 threshold=0 retry=1\n*bias\t-1\nw=fre",
            "cut.tsv",
        )
        .unwrap_err();
        assert_eq!(e.line, 3);
        assert_eq!(e.to_string(), "cut.tsv:3: expected feature<TAB>weight");
        let e =
            CueModel::parse("#chronicle-cue-model v1 threshold=0\nw=x\t1e", "m.tsv").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.reason.contains("bad weight `1e`"), "{e}");
        // a flag with a value the reader does not know
        let e = CueModel::parse("#chronicle-cue-model v1 threshold=0 retry=2\n", "m.tsv");
        assert!(e.unwrap_err().reason.contains("retry=2"));
    }

    #[test]
    fn bad_files_report_the_line() {
        let e = CueModel::parse("nonsense\n", "m.tsv").unwrap_err();
        assert_eq!(e.line, 1);
        let e = CueModel::parse("#chronicle-cue-model v1 threshold=0\nw=x\tabc\n", "m.tsv")
            .unwrap_err();
        assert_eq!(e.line, 2);
    }
}
