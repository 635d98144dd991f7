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
}
