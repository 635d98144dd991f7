//! A "distant supervision" type prior for the statistical NER model: the
//! commercially clean rule recogniser ([`crate::ner::rules_ner`]) is run over
//! an unlabelled news corpus, and per lower-cased word we count how often it
//! occurs and how often it lies inside a PER, ORG or LOC prediction. The
//! model reads the bucketed shares as features, so that a name it never saw
//! in its (small) training set still carries what the rules said about it in
//! thousands of articles, cues from other sentences and documents included.
//! Only 64-bit word hashes ([`crate::wordstats::key`]) and counts are stored
//! (no text). Built by `chronicle train ner-prior`.

use crate::dict::Dictionary;
use chronicle_doc::Doc;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Counters per word: occurrences, then inside a PER, ORG, LOC prediction.
pub const K: usize = 4;
/// All occurrences.
pub const OCC: usize = 0;

type Map = HashMap<u64, [u32; K], BuildHasherDefault<crate::seqtag::IdHasher>>;

const MAGIC: &[u8] = b"CHRNTP1\n";

/// Per-word rule-recogniser type counts, keyed by [`crate::wordstats::key`].
#[derive(Clone, Debug, Default)]
pub struct TypePrior {
    map: Map,
}

/// Accumulates counts document by document.
#[derive(Default)]
pub struct Builder {
    map: Map,
}

impl Builder {
    /// Counts the words of one tagged document and the rule recogniser's
    /// entities in it.
    pub fn add_doc(&mut self, dict: &Dictionary, doc: &Doc) {
        let n = doc.tokens().len();
        let keys: Vec<u64> = (0..n)
            .map(|i| crate::wordstats::key(&crate::norm::fold(doc.token_norm(i))))
            .collect();
        for k in &keys {
            self.map.entry(*k).or_default()[OCC] += 1;
        }
        for e in crate::ner::rules_ner(dict, doc) {
            let t = match crate::ner::eval_label(&e.label) {
                "PER" => 1,
                "ORG" => 2,
                "LOC" => 3,
                _ => continue,
            };
            for i in e.tokens.range().filter(|&i| i < n) {
                self.map.entry(keys[i]).or_default()[t] += 1;
            }
        }
    }

    /// The table, keeping words seen at least `min_count` times inside
    /// entities (the others read as "no prior").
    pub fn finish(self, min_count: u32) -> TypePrior {
        let mut map = self.map;
        map.retain(|_, v| v[1] + v[2] + v[3] >= min_count);
        TypePrior { map }
    }
}

/// Bucketed prior of one word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prior {
    /// Share of the word's occurrences inside any entity (1: < 5 % … 5: ≥ 90 %).
    pub ent: u8,
    /// Dominant type (0 PER, 1 ORG, 2 LOC).
    pub dom: u8,
    /// Its share among the entity occurrences (0: < 50 %, 1: < 80 %, 2: ≥ 80 %).
    pub share: u8,
    /// Per type, share among entity occurrences (0: none, 1: < 20 %, 2: < 50 %, 3: ≥ 50 %).
    pub each: [u8; 3],
}

impl TypePrior {
    /// The counts of a folded word.
    pub fn get(&self, folded: &str) -> Option<&[u32; K]> {
        self.map.get(&crate::wordstats::key(folded))
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The bucketed prior of a folded word (`None`: not in the table).
    pub fn prior(&self, folded: &str) -> Option<Prior> {
        let v = self.get(folded)?;
        let typed = [v[1], v[2], v[3]];
        let sum: u32 = typed.iter().sum();
        if sum == 0 {
            return None;
        }
        let r = sum as f64 / v[OCC].max(sum) as f64;
        let ent = 1 + [0.05, 0.2, 0.5, 0.9].iter().filter(|&&t| r >= t).count() as u8;
        let (dom, &best) = typed.iter().enumerate().max_by_key(|x| x.1).unwrap();
        let s = best as f64 / sum as f64;
        let share = if s >= 0.8 { 2 } else { (s >= 0.5) as u8 };
        let mut each = [0u8; 3];
        for (t, &c) in typed.iter().enumerate() {
            let s = c as f64 / sum as f64;
            each[t] = if c == 0 {
                0
            } else if s < 0.2 {
                1
            } else if s < 0.5 {
                2
            } else {
                3
            };
        }
        Some(Prior {
            ent,
            dom: dom as u8,
            share,
            each,
        })
    }

    /// Appends the uncompressed table (magic, count, sorted key + varint counts).
    pub fn write(&self, out: &mut Vec<u8>) {
        crate::wordstats::write_counts(MAGIC, &self.map, out);
    }

    /// Reads a table written by [`TypePrior::write`] from `b` at `*at`.
    pub fn read(b: &[u8], at: &mut usize) -> Result<TypePrior, String> {
        let map = crate::wordstats::read_counts(b, at, MAGIC, "NER type-prior")?;
        Ok(TypePrior { map })
    }

    /// zstd-compressed file bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.write(&mut out);
        zstd::encode_all(&out[..], 19).unwrap_or_default()
    }

    /// Reads a file written by [`TypePrior::to_bytes`].
    pub fn from_bytes(b: &[u8]) -> Result<TypePrior, String> {
        let raw = zstd::decode_all(b).map_err(|e| format!("not a zstd file: {e}"))?;
        let mut at = 0;
        let p = TypePrior::read(&raw, &mut at)?;
        if at != raw.len() {
            return Err("trailing bytes after the type prior".into());
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_rule_types_per_word() {
        let dict = Dictionary::embedded().unwrap();
        let mut b = Builder::default();
        // documents written for this test: "Zorblat" is cued as a person
        // (title, speech verb), "Varnhold" as an organisation
        for s in [
            "Yesterday Mr Zorblat Quenn said nothing about it.",
            "Mr Zorblat left early.",
            "She joined Varnhold University last year.",
            "The zorblat was green.",
        ] {
            b.add_doc(&dict, &crate::simple_doc(s, None));
        }
        let p = b.finish(1);
        let z = p.get("zorblat").unwrap();
        assert_eq!(z[OCC], 3);
        assert_eq!(z[1], 2, "{z:?}"); // twice inside a PER prediction
        assert_eq!(z[2] + z[3], 0);
        let pz = p.prior("zorblat").unwrap();
        assert_eq!((pz.dom, pz.share, pz.ent), (0, 2, 4)); // 2 of 3: ≥ 50 %
        assert_eq!(pz.each, [3, 0, 0]);
        let v = p.get("varnhold").unwrap();
        assert!(v[2] >= 1, "{v:?}");
        // words never inside an entity are not kept
        assert!(p.get("green").is_none() && p.prior("green").is_none());
        let back = TypePrior::from_bytes(&p.to_bytes()).unwrap();
        assert_eq!(back.len(), p.len());
        assert_eq!(back.get("zorblat"), p.get("zorblat"));
        assert!(TypePrior::from_bytes(b"junk").is_err());
    }
}
