//! Lemmatizer: suffix rewrite rules learned per tag (longest matching
//! lowercase suffix wins) plus an exception list for the words the rules get
//! wrong in training data (`went → go`, `better → good`, …).

use crate::hash::{HMap, f2, hash_lower, hash_str, suffix_start};
use crate::model::{ModelError, Reader, Writer};
use std::collections::HashMap;

/// Longest suffix (in chars) used as a rule key.
const MAX_SUFFIX: usize = 6;

/// One rewrite: optionally lowercase, strip `strip` chars, append `append`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Rule {
    lower: bool,
    strip: u8,
    append: String,
}

impl Rule {
    fn learn(form: &str, lemma: &str) -> Rule {
        let lower = lemma.chars().next().is_some_and(|c| c.is_lowercase())
            && form.chars().next().is_some_and(|c| c.is_uppercase());
        let base: String = if lower {
            form.to_lowercase()
        } else {
            form.to_string()
        };
        let cp = base
            .chars()
            .zip(lemma.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let nb = base.chars().count();
        let pre: usize = lemma
            .char_indices()
            .nth(cp)
            .map(|(i, _)| i)
            .unwrap_or(lemma.len());
        Rule {
            lower,
            strip: (nb - cp).min(255) as u8,
            append: lemma[pre..].to_string(),
        }
    }
    fn apply(&self, form: &str, out: &mut String) {
        out.clear();
        if self.lower {
            for c in form.chars() {
                out.extend(c.to_lowercase());
            }
        } else {
            out.push_str(form);
        }
        let n = out.chars().count();
        if (self.strip as usize) < n || (self.strip as usize == n && !self.append.is_empty()) {
            let cut = suffix_start(out, self.strip as usize);
            let cut = if self.strip == 0 { out.len() } else { cut };
            out.truncate(cut);
            out.push_str(&self.append);
        }
    }
}

/// A learned lemmatizer, keyed by tag class id.
#[derive(Clone, Debug, Default)]
pub struct Lemmatizer {
    rules: Vec<Rule>,
    by_suffix: HMap<u32>,
    lemmas: Vec<String>,
    exceptions: HMap<u32>,
}

fn suffix_key(class: u16, form: &str, k: usize) -> u64 {
    f2(
        0x1e33a,
        class as u64,
        hash_lower(&form[suffix_start(form, k)..]) ^ k as u64,
    )
}

fn exc_key(class: u16, form: &str) -> u64 {
    exc_key_hashed(class, hash_str(form))
}

fn exc_key_hashed(class: u16, exact: u64) -> u64 {
    f2(0xe8c, class as u64, exact)
}

impl Lemmatizer {
    /// Learns rules and exceptions from `(form, class, lemma)` triples.
    pub fn train<'a>(items: impl Iterator<Item = (&'a str, u16, &'a str)> + Clone) -> Lemmatizer {
        let mut rule_ids: HashMap<Rule, u32> = HashMap::new();
        let mut rules = Vec::new();
        let mut counts: HashMap<u64, HashMap<u32, u32>> = HashMap::new();
        for (form, class, lemma) in items.clone() {
            if form.is_empty() || lemma.is_empty() || lemma == "_" {
                continue;
            }
            let r = Rule::learn(form, lemma);
            let id = *rule_ids.entry(r.clone()).or_insert_with(|| {
                rules.push(r);
                rules.len() as u32 - 1
            });
            let n = form.chars().count();
            for k in 0..=n.min(MAX_SUFFIX) {
                *counts
                    .entry(suffix_key(class, form, k))
                    .or_default()
                    .entry(id)
                    .or_default() += 1;
            }
        }
        let mut by_suffix = HMap::default();
        for (key, c) in counts {
            let total: u32 = c.values().sum();
            let (&best, _) = c
                .iter()
                .max_by_key(|&(&id, &n)| (n, std::cmp::Reverse(id)))
                .unwrap();
            if total >= 2 || c.len() == 1 {
                by_suffix.insert(key, best);
            }
        }
        let mut lem = Lemmatizer {
            rules,
            by_suffix,
            lemmas: Vec::new(),
            exceptions: HMap::default(),
        };
        // Per (form, class): gold lemma counts and the rules' output.
        let mut exc: HashMap<u64, (HashMap<&str, u32>, String)> = HashMap::new();
        let mut buf = String::new();
        for (form, class, lemma) in items {
            if form.is_empty() || lemma.is_empty() || lemma == "_" {
                continue;
            }
            let e = exc.entry(exc_key(class, form)).or_insert_with(|| {
                lem.by_rule(form, class, &mut buf);
                (HashMap::new(), buf.clone())
            });
            *e.0.entry(lemma).or_default() += 1;
        }
        let mut lemma_ids: HashMap<String, u32> = HashMap::new();
        let mut keys: Vec<_> = exc.into_iter().collect();
        keys.sort_by_key(|(k, _)| *k);
        for (key, (c, rule_out)) in keys {
            let best = c
                .iter()
                .max_by_key(|&(l, &n)| (n, std::cmp::Reverse(*l)))
                .map(|(l, _)| *l)
                .unwrap();
            if best == rule_out {
                continue;
            }
            let id = *lemma_ids.entry(best.to_string()).or_insert_with(|| {
                lem.lemmas.push(best.to_string());
                lem.lemmas.len() as u32 - 1
            });
            lem.exceptions.insert(key, id);
        }
        lem
    }

    fn by_rule(&self, form: &str, class: u16, out: &mut String) {
        let n = form.chars().count();
        for k in (0..=n.min(MAX_SUFFIX)).rev() {
            if let Some(&r) = self.by_suffix.get(&suffix_key(class, form, k)) {
                self.rules[r as usize].apply(form, out);
                return;
            }
        }
        out.clear();
        out.push_str(form);
    }

    /// Writes the lemma of `form` tagged `class` into `out`.
    pub fn lemma(&self, form: &str, class: u16, out: &mut String) {
        self.lemma_hashed(form, hash_str(form), class, out);
    }

    /// [`Lemmatizer::lemma`] given `exact` = [`hash_str`]`(form)`.
    pub fn lemma_hashed(&self, form: &str, exact: u64, class: u16, out: &mut String) {
        if let Some(&id) = self.exceptions.get(&exc_key_hashed(class, exact)) {
            out.clear();
            out.push_str(&self.lemmas[id as usize]);
            return;
        }
        self.by_rule(form, class, out);
    }

    /// Number of (rules, suffix keys, exceptions).
    pub fn sizes(&self) -> (usize, usize, usize) {
        (
            self.rules.len(),
            self.by_suffix.len(),
            self.exceptions.len(),
        )
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        w.var(self.rules.len() as u64);
        for r in &self.rules {
            w.u8(r.lower as u8);
            w.u8(r.strip);
            w.str(&r.append);
        }
        let mut s: Vec<_> = self.by_suffix.iter().collect();
        s.sort();
        w.var(s.len() as u64);
        for (k, v) in s {
            w.u64(*k);
            w.var(*v as u64);
        }
        w.strs(&self.lemmas);
        let mut e: Vec<_> = self.exceptions.iter().collect();
        e.sort();
        w.var(e.len() as u64);
        for (k, v) in e {
            w.u64(*k);
            w.var(*v as u64);
        }
    }

    pub(crate) fn read(r: &mut Reader) -> Result<Lemmatizer, ModelError> {
        let n = r.var()? as usize;
        let mut rules = Vec::with_capacity(n);
        for _ in 0..n {
            rules.push(Rule {
                lower: r.u8()? != 0,
                strip: r.u8()?,
                append: r.str()?,
            });
        }
        let n = r.var()? as usize;
        let mut by_suffix = HMap::default();
        by_suffix.reserve(n);
        for _ in 0..n {
            let k = r.u64()?;
            let v = r.var()? as u32;
            if v as usize >= rules.len() {
                return Err(ModelError(format!("lemma rule {v} out of range")));
            }
            by_suffix.insert(k, v);
        }
        let lemmas = r.strs()?;
        let n = r.var()? as usize;
        let mut exceptions = HMap::default();
        exceptions.reserve(n);
        for _ in 0..n {
            let k = r.u64()?;
            let v = r.var()? as u32;
            if v as usize >= lemmas.len() {
                return Err(ModelError(format!("lemma {v} out of range")));
            }
            exceptions.insert(k, v);
        }
        Ok(Lemmatizer {
            rules,
            by_suffix,
            lemmas,
            exceptions,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_generalise_and_exceptions_override() {
        // class 1 = VBD, 2 = NNS, 3 = NNP
        let data = [
            ("used", 1, "use"),
            ("caused", 1, "cause"),
            ("accused", 1, "accuse"),
            ("played", 1, "play"),
            ("stayed", 1, "stay"),
            ("walked", 1, "walk"),
            ("talked", 1, "talk"),
            ("went", 1, "go"),
            ("said", 1, "say"),
            ("troops", 2, "troop"),
            ("cities", 2, "city"),
            ("parties", 2, "party"),
            ("Kyiv", 3, "Kyiv"),
            ("The", 4, "the"),
            ("This", 4, "this"),
        ];
        let lem = Lemmatizer::train(data.iter().map(|&(f, c, l)| (f, c as u16, l)));
        let mut out = String::new();
        for (form, class, want) in [
            ("went", 1, "go"),
            ("said", 1, "say"),
            ("refused", 1, "refuse"),
            ("deployed", 1, "deploy"),
            ("jumped", 1, "jump"),
            ("armies", 2, "army"),
            ("Moscow", 3, "Moscow"),
            ("That", 4, "that"),
        ] {
            lem.lemma(form, class, &mut out);
            assert_eq!(out, want, "{form}");
        }
    }

    #[test]
    fn rule_learning_handles_case_and_unicode() {
        let r = Rule::learn("Geese", "goose");
        let mut out = String::new();
        r.apply("Geese", &mut out);
        assert_eq!(out, "goose");
        let r = Rule::learn("cafés", "café");
        r.apply("cafés", &mut out);
        assert_eq!(out, "café");
    }
}
