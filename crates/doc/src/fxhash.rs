//! A small, fast hasher for short string keys (FxHash's multiply-rotate), for
//! the analysis stages' lookup tables. The keys are words from the text and our
//! own lists, looked up many times per token; SipHash's flooding resistance buys
//! nothing there and costs a few per cent of the pipeline.

use std::hash::{BuildHasherDefault, Hasher};

/// FxHash: `h = (h.rotl(5) ^ word) * K` over 8-byte words, then the tail bytes.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`FxHasher`]s.
pub type FxBuild = BuildHasherDefault<FxHasher>;
/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;
/// A `HashSet` with [`FxHasher`].
pub type FxHashSet<K> = std::collections::HashSet<K, FxBuild>;

/// Dense ids for the distinct words of one document (0, 1, 2, … in order of
/// first appearance), without a `String` per word: the words' bytes go into
/// one buffer, found through an open-addressing table of ids (FxHash, linear
/// probing, at most half full). Sized for at most `capacity` distinct words;
/// it grows past that like a map would.
#[derive(Clone, Debug)]
pub struct WordIds {
    buf: String,
    ranges: Vec<(u32, u32)>,
    slots: Vec<u32>,
    shift: u32,
}

impl WordIds {
    const EMPTY: u32 = u32::MAX;

    /// A table for about `capacity` distinct words.
    pub fn with_capacity(capacity: usize) -> WordIds {
        let cap = (2 * capacity).next_power_of_two().max(16);
        WordIds {
            buf: String::new(),
            ranges: Vec::with_capacity(capacity),
            slots: vec![Self::EMPTY; cap],
            shift: 64 - cap.trailing_zeros(),
        }
    }

    /// Number of distinct words seen.
    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// True when no word was seen.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// The word with id `id`.
    pub fn word(&self, id: usize) -> &str {
        let (a, b) = self.ranges[id];
        &self.buf[a as usize..b as usize]
    }

    #[inline]
    fn slot(&self, w: &str) -> usize {
        let mut h = FxHasher::default();
        h.write(w.as_bytes());
        // the high bits: FxHash's last multiply mixes into them
        (h.finish() >> self.shift) as usize
    }

    /// The id of `w`, given it on its first appearance.
    pub fn id(&mut self, w: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut s = self.slot(w);
        loop {
            let e = self.slots[s];
            if e == Self::EMPTY {
                break;
            }
            if self.word(e as usize) == w {
                return e as usize;
            }
            s = (s + 1) & mask;
        }
        let id = self.ranges.len();
        let a = self.buf.len();
        self.buf.push_str(w);
        self.ranges.push((a as u32, self.buf.len() as u32));
        self.slots[s] = id as u32;
        if 2 * self.ranges.len() > self.slots.len() {
            self.grow();
        }
        id
    }

    fn grow(&mut self) {
        let cap = self.slots.len() * 2;
        self.slots = vec![Self::EMPTY; cap];
        self.shift = 64 - cap.trailing_zeros();
        let mask = cap - 1;
        for id in 0..self.ranges.len() {
            let mut s = self.slot(self.word(id));
            while self.slots[s] != Self::EMPTY {
                s = (s + 1) & mask;
            }
            self.slots[s] = id as u32;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_keyed_by_strings_find_what_was_put_in() {
        let mut m: FxHashMap<String, usize> = FxHashMap::default();
        for (i, w) in ["attack", "attacks", "a", "", "sanctioned"]
            .iter()
            .enumerate()
        {
            m.insert(w.to_string(), i);
        }
        assert_eq!(m.get("attacks"), Some(&1));
        assert_eq!(m.get(""), Some(&3));
        assert_eq!(m.get("attacked"), None);
    }

    #[test]
    fn word_ids_are_dense_first_seen_and_stable_across_growth() {
        let mut ids = WordIds::with_capacity(2);
        let words: Vec<String> = (0..200).map(|i| format!("w{}", i % 70)).collect();
        let mut map: FxHashMap<String, usize> = FxHashMap::default();
        for w in &words {
            let next = map.len();
            let want = *map.entry(w.clone()).or_insert(next);
            assert_eq!(ids.id(w), want, "{w}");
        }
        assert_eq!(ids.len(), 70);
        assert_eq!(ids.word(3), "w3");
        assert_eq!(ids.id(""), 70, "the empty word is a word");
        assert_eq!(ids.id(""), 70);
        assert!(!ids.is_empty() && WordIds::with_capacity(0).is_empty());
    }
}
