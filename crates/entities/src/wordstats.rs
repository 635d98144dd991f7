//! Word statistics from an unlabelled news corpus, used by the statistical
//! NER model as features that generalise to names it never saw in training.
//!
//! Per lower-cased word: how often it occurs, how often it is written with a
//! capital letter away from the sentence start, and, when it is part of a
//! run of capitalised words, how often that run follows a person title
//! ("Mr", "President" …), a place preposition ("in", "near", "from" …),
//! "of" after a place noun ("the city of …") or "the", ends in an
//! organisation word ("… University", "… Party") or a place word
//! ("… River"), or is followed by a verb of saying. Only 64-bit word hashes
//! and counts are stored (no text). Built by `chronicle train ner-stats`.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Number of counters per word.
pub const K: usize = 8;
/// All occurrences.
pub const N: usize = 0;
/// Occurrences away from the sentence start.
pub const MID: usize = 1;
/// Capitalised occurrences away from the sentence start.
pub const CAP: usize = 2;
/// In a capitalised run after a person title.
pub const PER: usize = 3;
/// In a capitalised run after a place preposition, "the city of", or before a place word.
pub const LOC: usize = 4;
/// In a capitalised run that ends in an organisation word (not the word itself).
pub const ORG: usize = 5;
/// In a capitalised run followed by a verb of saying.
pub const SAY: usize = 6;
/// In a capitalised run after "the".
pub const THE: usize = 7;

type Map = HashMap<u64, [u32; K], BuildHasherDefault<crate::seqtag::IdHasher>>;

/// Per-word corpus counts, keyed by a hash of the folded word.
#[derive(Clone, Debug, Default)]
pub struct WordStats {
    map: Map,
}

/// The key of a word (already folded by [`crate::norm::fold`]).
pub fn key(folded: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in folded.as_bytes() {
        h ^= x as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // splitmix64 finaliser
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d049bb133111eb);
    h ^ (h >> 31)
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

const MAGIC: &[u8] = b"CHRNWS1\n";

/// Accumulates counts sentence by sentence.
pub struct Builder {
    map: Map,
    folded: Vec<String>,
    keys: Vec<u64>,
    /// The recogniser's titles, organisation and place words.
    lists: std::sync::Arc<crate::ner_lists::NerLists>,
}

impl Default for Builder {
    /// A builder reading the embedded word lists (data/ner/lists.txt).
    fn default() -> Builder {
        Builder::with_lists(crate::ner_lists::NerLists::embedded())
    }
}

impl Builder {
    /// A builder reading `lists` for titles, organisation and place words.
    pub fn with_lists(lists: std::sync::Arc<crate::ner_lists::NerLists>) -> Builder {
        Builder {
            map: Map::default(),
            folded: Vec::new(),
            keys: Vec::new(),
            lists,
        }
    }

    /// Counts one tokenized sentence.
    pub fn add(&mut self, toks: &[&str]) {
        let m = toks.len();
        self.folded.clear();
        self.keys.clear();
        for t in toks {
            let f = crate::norm::fold(t);
            self.keys.push(key(&f));
            self.folded.push(f);
        }
        for (i, tok) in toks.iter().enumerate() {
            let e = self.map.entry(self.keys[i]).or_default();
            e[N] += 1;
            if i > 0 {
                e[MID] += 1;
                if is_cap(tok) {
                    e[CAP] += 1;
                }
            }
        }
        // capitalised runs away from the sentence start
        let mut i = 1;
        while i < m {
            if !is_cap(toks[i]) || !toks[i].chars().any(|c| c.is_alphabetic()) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < m && is_cap(toks[j]) {
                j += 1;
            }
            let (mut a, b) = (i, j);
            i = j;
            let f = &self.folded;
            let mut ctx = [false; K];
            // leading titles ("Mr", "President") belong to the context
            while a < b && self.lists.titles.contains(f[a].as_str()) {
                ctx[PER] = true;
                a += 1;
            }
            if a >= b {
                continue;
            }
            let prev = f[a - 1].as_str();
            if self.lists.titles.contains(prev) {
                ctx[PER] = true;
            }
            if crate::ner::LOC_PREP.contains(&prev) || prev == "from" {
                ctx[LOC] = true;
            }
            if prev == "of" && a >= 2 && crate::ner::PLACE_OF.contains(&f[a - 2].as_str()) {
                ctx[LOC] = true;
            }
            if prev == "the" {
                ctx[THE] = true;
            }
            if b < m && crate::ner::SPEECH.contains(&f[b].as_str()) {
                ctx[SAY] = true;
            }
            let mut end = b;
            if b - a >= 2 {
                let last = f[b - 1].as_str();
                if self.lists.is_org_word(last) {
                    ctx[ORG] = true;
                    end = b - 1;
                } else if self.lists.is_loc_word(last) {
                    ctx[LOC] = true;
                    end = b - 1;
                }
            }
            for k in a..end {
                let e = self.map.entry(self.keys[k]).or_default();
                for c in PER..K {
                    if ctx[c] {
                        e[c] += 1;
                    }
                }
            }
        }
    }

    /// The table, keeping words seen at least `min_count` times.
    pub fn finish(self, min_count: u32) -> WordStats {
        let mut map = self.map;
        map.retain(|_, v| v[N] >= min_count);
        WordStats { map }
    }
}

impl WordStats {
    /// The counts of a folded word.
    pub fn get(&self, folded: &str) -> Option<&[u32; K]> {
        self.map.get(&key(folded))
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Appends the uncompressed table (magic, count, then sorted key + counts).
    pub fn write(&self, out: &mut Vec<u8>) {
        write_counts(MAGIC, &self.map, out);
    }

    /// Reads a table written by [`WordStats::write`] from `b` at `*at`.
    pub fn read(b: &[u8], at: &mut usize) -> Result<WordStats, String> {
        let map = read_counts(b, at, MAGIC, "word statistics")?;
        Ok(WordStats { map })
    }

    /// zstd-compressed file bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.write(&mut out);
        zstd::encode_all(&out[..], 19).unwrap_or_default()
    }

    /// Reads a file written by [`WordStats::to_bytes`].
    pub fn from_bytes(b: &[u8]) -> Result<WordStats, String> {
        let raw = zstd::decode_all(b).map_err(|e| format!("not a zstd file: {e}"))?;
        let mut at = 0;
        let s = WordStats::read(&raw, &mut at)?;
        if at != raw.len() {
            return Err("trailing bytes after the word statistics".into());
        }
        Ok(s)
    }

    /// Feature strings for a folded word (`None`: no statistics), as
    /// (template, value) pairs: capitalisation ratio bucket, one bucket per
    /// context, the dominant context type, and a frequency bucket.
    pub fn buckets(&self, folded: &str) -> Option<Buckets> {
        let v = self.get(folded)?;
        let cap = if v[MID] < 3 {
            9
        } else {
            let r = v[CAP] as f64 / v[MID] as f64;
            bucket(r, &[0.02, 0.1, 0.3, 0.6, 0.9, 0.98])
        };
        let mut ctx = [0u8; 5];
        if v[CAP] >= 3 {
            for (k, c) in (PER..K).enumerate() {
                let r = v[c] as f64 / v[CAP] as f64;
                ctx[k] = 1 + bucket(r, &[0.01, 0.05, 0.15, 0.4]);
            }
        }
        let typed = [v[PER], v[ORG], v[LOC]];
        let sum: u32 = typed.iter().sum();
        let dom = if sum >= 3 {
            let (t, &best) = typed.iter().enumerate().max_by_key(|x| x.1).unwrap();
            let share = best as f64 / sum as f64;
            1 + 3 * t as u8
                + if share >= 0.8 {
                    2
                } else {
                    (share >= 0.5) as u8
                }
        } else {
            0
        };
        let freq = (32 - v[N].leading_zeros()).min(20) as u8 / 2;
        Some(Buckets {
            cap,
            ctx,
            dom,
            freq,
        })
    }
}

/// 0 for a zero ratio, else 1 + the number of thresholds it reaches.
fn bucket(r: f64, thresholds: &[f64]) -> u8 {
    if r == 0.0 {
        0
    } else {
        1 + thresholds.iter().filter(|&&t| r >= t).count() as u8
    }
}

/// Bucketed statistics of one word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Buckets {
    /// Capitalised share away from the sentence start (0: never … 7: always; 9: rare).
    pub cap: u8,
    /// Per context (person title, place, organisation, saying, "the"): share
    /// among capitalised occurrences (0: too few, 1: never … 6: 40 % or more).
    pub ctx: [u8; 5],
    /// Dominant type among person / organisation / place contexts and its share (0: too few).
    pub dom: u8,
    /// log2 frequency / 2.
    pub freq: u8,
}

/// Writes a table of per-word counts: `magic`, the number of keys, then each
/// key (sorted) with its `N` counts as varints (counts above u32 are impossible
/// for our corpora; varints keep files small). Shared by the word statistics
/// and the NER type prior.
pub(crate) fn write_counts<const N: usize, S: std::hash::BuildHasher>(
    magic: &[u8],
    map: &HashMap<u64, [u32; N], S>,
    out: &mut Vec<u8>,
) {
    out.extend_from_slice(magic);
    let mut keys: Vec<&u64> = map.keys().collect();
    keys.sort();
    out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
    for k in keys {
        out.extend_from_slice(&k.to_le_bytes());
        for x in &map[k] {
            let mut x = *x;
            loop {
                let b = (x & 0x7f) as u8;
                x >>= 7;
                if x == 0 {
                    out.push(b);
                    break;
                }
                out.push(b | 0x80);
            }
        }
    }
}

/// Reads a table written by [`write_counts`] from `b` at `*at`; `what` names
/// the table in errors.
pub(crate) fn read_counts<const N: usize, S: std::hash::BuildHasher + Default>(
    b: &[u8],
    at: &mut usize,
    magic: &[u8],
    what: &str,
) -> Result<HashMap<u64, [u32; N], S>, String> {
    let take = |at: &mut usize, n: usize| -> Result<&[u8], String> {
        let s = b
            .get(*at..*at + n)
            .ok_or_else(|| format!("{what}: truncated"))?;
        *at += n;
        Ok(s)
    };
    if take(at, magic.len())? != magic {
        return Err(format!("not a chronicle {what} table"));
    }
    let n = u32::from_le_bytes(take(at, 4)?.try_into().unwrap()) as usize;
    let mut map = HashMap::with_capacity_and_hasher(n, S::default());
    for _ in 0..n {
        let k = u64::from_le_bytes(take(at, 8)?.try_into().unwrap());
        let mut v = [0u32; N];
        for x in v.iter_mut() {
            let mut shift = 0;
            loop {
                let byte = take(at, 1)?[0];
                if shift > 28 {
                    return Err(format!("bad count in {what}"));
                }
                *x |= ((byte & 0x7f) as u32) << shift;
                shift += 7;
                if byte & 0x80 == 0 {
                    break;
                }
            }
        }
        map.insert(k, v);
    }
    Ok(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_tables_round_trip_and_name_their_errors() {
        let mut map: HashMap<u64, [u32; 3]> = HashMap::new();
        map.insert(7, [0, 127, 128]);
        map.insert(3, [u32::MAX, 1, 300_000]);
        let mut out = Vec::new();
        write_counts(b"TEST1\n", &map, &mut out);
        let mut at = 0;
        let back: HashMap<u64, [u32; 3]> = read_counts(&out, &mut at, b"TEST1\n", "test").unwrap();
        assert_eq!((back, at), (map, out.len()));
        let short = &out[..out.len() - 1];
        let err = read_counts::<3, std::collections::hash_map::RandomState>(
            short, &mut 0, b"TEST1\n", "test",
        )
        .unwrap_err();
        assert_eq!(err, "test: truncated");
        let err = read_counts::<3, std::collections::hash_map::RandomState>(
            &out, &mut 0, b"OTHER\n", "test",
        )
        .unwrap_err();
        assert_eq!(err, "not a chronicle test table");
    }

    #[test]
    fn counts_contexts_of_capitalised_runs() {
        let mut b = Builder::default();
        // sentences written for this test
        for s in [
            "Yesterday Mr Zorblat Quenn said nothing .",
            "They met in Varnhold on Monday .",
            "She joined Varnhold University last year .",
            "The zorblat was green .",
            "We saw the Zorblat Institute .",
        ] {
            let t: Vec<&str> = s.split(' ').collect();
            b.add(&t);
        }
        let st = b.finish(1);
        let z = st.get("zorblat").unwrap();
        assert_eq!(z[N], 3);
        assert_eq!(z[MID], 3);
        assert_eq!(z[CAP], 2);
        assert_eq!(z[PER], 1);
        assert_eq!(z[SAY], 1);
        assert_eq!(z[ORG], 1);
        assert_eq!(z[THE], 1);
        let v = st.get("varnhold").unwrap();
        assert_eq!((v[CAP], v[LOC], v[ORG]), (2, 1, 1));
        // the organisation word itself is not counted as inside an organisation name
        assert_eq!(st.get("university").unwrap()[ORG], 0);
        // "Mr" is context, not part of the name
        assert_eq!(st.get("mr").unwrap()[PER], 0);
        // round trip
        let back = WordStats::from_bytes(&st.to_bytes()).unwrap();
        assert_eq!(back.get("zorblat"), st.get("zorblat"));
        assert_eq!(back.len(), st.len());
        assert!(WordStats::from_bytes(b"junk").is_err());
        // buckets: "varnhold" is always capitalised mid-sentence, too rare for contexts
        let bk = st.buckets("varnhold").unwrap();
        assert_eq!(bk.cap, 9);
        assert!(st.buckets("unseen").is_none());
        assert_eq!(bucket(0.0, &[0.1, 0.5]), 0);
        assert_eq!(bucket(0.05, &[0.1, 0.5]), 1);
        assert_eq!(bucket(0.1, &[0.1, 0.5]), 2);
        assert_eq!(bucket(0.9, &[0.1, 0.5]), 3);
    }
}
