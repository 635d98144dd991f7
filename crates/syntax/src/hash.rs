//! Cheap, deterministic 64-bit hashing for hashed features (no allocation).

/// FNV-1a offset basis.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Hashes raw bytes (FNV-1a, then a finalizer).
#[inline]
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    fmix(h)
}

/// Hashes a string.
#[inline]
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

/// Hashes the lowercase form of `s` without allocating.
#[inline]
pub fn hash_lower(s: &str) -> u64 {
    let mut h = FNV_OFFSET;
    if s.is_ascii() {
        for &x in s.as_bytes() {
            h ^= x.to_ascii_lowercase() as u64;
            h = h.wrapping_mul(FNV_PRIME);
        }
    } else {
        let mut buf = [0u8; 4];
        for c in s.chars() {
            for l in c.to_lowercase() {
                for &x in l.encode_utf8(&mut buf).as_bytes() {
                    h ^= x as u64;
                    h = h.wrapping_mul(FNV_PRIME);
                }
            }
        }
    }
    fmix(h)
}

/// [`hash_lower`] of ASCII bytes (the same value, without the ASCII test).
#[inline]
pub fn hash_lower_ascii(b: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for &x in b {
        h ^= x.to_ascii_lowercase() as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    fmix(h)
}

/// Byte offset where the last `k` chars of `s` start (0 if `s` is shorter).
#[inline]
pub fn suffix_start(s: &str, k: usize) -> usize {
    if s.is_ascii() {
        return s.len().saturating_sub(k);
    }
    s.char_indices()
        .rev()
        .nth(k.saturating_sub(1))
        .map(|(i, _)| i)
        .unwrap_or(0)
}

/// Byte offset where the first `k` chars of `s` end.
#[inline]
pub fn prefix_end(s: &str, k: usize) -> usize {
    if s.is_ascii() {
        return s.len().min(k);
    }
    s.char_indices().nth(k).map(|(i, _)| i).unwrap_or(s.len())
}

/// Hashes a word shape: upper → `X`, lower → `x`, digit → `d`, other chars
/// kept; runs of the same class collapse to one symbol.
#[inline]
pub fn hash_shape(s: &str) -> u64 {
    let mut h = FNV_OFFSET;
    let mut last = 0u32;
    for c in s.chars() {
        let m = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        } as u32;
        if m != last {
            h ^= m as u64;
            h = h.wrapping_mul(FNV_PRIME);
            last = m;
        }
    }
    fmix(h)
}

/// MurmurHash3 64-bit finalizer.
#[inline]
pub fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// Combines a running hash with one more value.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29) ^ (h >> 7)
}

/// Feature hash of a template id and one value.
#[inline]
pub fn f1(t: u64, a: u64) -> u64 {
    fmix(mix(t.wrapping_mul(0x2545_F491_4F6C_DD1D), a))
}

/// Feature hash of a template id and two values.
#[inline]
pub fn f2(t: u64, a: u64, b: u64) -> u64 {
    fmix(mix(mix(t.wrapping_mul(0x2545_F491_4F6C_DD1D), a), b))
}

/// Feature hash of a template id and three values.
#[inline]
pub fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    fmix(mix(
        mix(mix(t.wrapping_mul(0x2545_F491_4F6C_DD1D), a), b),
        c,
    ))
}

/// A `Hasher` that passes through already-hashed u64 keys.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

/// A map keyed by pre-hashed u64 keys.
pub type HMap<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<IdHasher>>;

/// Hints the CPU to load the cache line holding `p` into all cache levels (a
/// no-op off x86_64). Only a hint: the address is never dereferenced, so it
/// may be computed with `wrapping_add`.
#[inline(always)]
pub(crate) fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults and reads nothing the program sees.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// A read-only open-addressing table from pre-hashed u64 keys to small
/// values (linear probing, at most half full), for the per-word look-ups of
/// the tagger. Unlike [`HMap`] the slot of a key is known before the look-up,
/// so it can be prefetched ([`FlatMap::prefetch`]) while other work runs: a
/// sentence's words are hashed and their slots prefetched first, then looked
/// up. Gives the same answers as the map it was built from.
#[derive(Clone, Debug, Default)]
pub struct FlatMap<V> {
    /// `(key, value)`; key [`FlatMap::EMPTY`] marks a free slot.
    slots: Vec<(u64, V)>,
    shift: u32,
    /// The value of the key [`FlatMap::EMPTY`] itself, if present.
    zero: Option<V>,
}

impl<V: Copy + Default> FlatMap<V> {
    const EMPTY: u64 = 0;

    /// A table holding the pairs of `map`.
    pub fn from_map(map: &HMap<V>) -> FlatMap<V> {
        let bits = (map.len() * 2).next_power_of_two().max(8).trailing_zeros();
        let mut t = FlatMap {
            slots: vec![(Self::EMPTY, V::default()); 1 << bits],
            shift: 64 - bits,
            zero: None,
        };
        let mask = t.slots.len() - 1;
        for (&k, &v) in map {
            if k == Self::EMPTY {
                t.zero = Some(v);
                continue;
            }
            let mut i = t.home(k);
            while t.slots[i].0 != Self::EMPTY {
                i = (i + 1) & mask;
            }
            t.slots[i] = (k, v);
        }
        t
    }

    #[inline]
    fn home(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The value of `k`.
    #[inline]
    pub fn get(&self, k: u64) -> Option<V> {
        if k == Self::EMPTY {
            return self.zero;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(k);
        loop {
            let (sk, v) = self.slots[i];
            if sk == k {
                return Some(v);
            }
            if sk == Self::EMPTY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Hints the CPU to load the slot where the look-up of `k` starts.
    #[inline]
    pub fn prefetch(&self, k: u64) {
        prefetch(&self.slots[self.home(k)]);
    }
}

/// A small deterministic PRNG (xorshift64*), for shuffling and exploration.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// Seeds the generator (any seed, including 0, is fine).
    pub fn new(seed: u64) -> Rng {
        Rng(fmix(seed ^ 0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform float in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_hash_matches_lowercased_string() {
        assert_eq!(hash_lower("Kyiv"), hash_str("kyiv"));
        assert_eq!(hash_lower("ÉTAT"), hash_str("état"));
        assert_ne!(hash_lower("said"), hash_lower("says"));
    }

    #[test]
    fn affixes_respect_char_boundaries() {
        let s = "café";
        assert_eq!(&s[suffix_start(s, 2)..], "fé");
        assert_eq!(&s[..prefix_end(s, 4)], "café");
        assert_eq!(&s[suffix_start(s, 9)..], "café");
        assert_eq!(&"ab"[suffix_start("ab", 3)..], "ab");
    }

    #[test]
    fn shape_collapses_runs() {
        assert_eq!(hash_shape("Putin"), hash_shape("Xx"));
        assert_eq!(hash_shape("2022"), hash_shape("9"));
        assert_ne!(hash_shape("NATO"), hash_shape("Nato"));
    }

    #[test]
    fn flat_map_answers_as_the_map() {
        let mut m: HMap<u16> = HMap::default();
        for i in 0..1000u64 {
            m.insert(fmix(i) & !0xff, i as u16);
        }
        m.insert(0, 7);
        let f = FlatMap::from_map(&m);
        for i in 0..3000u64 {
            for k in [fmix(i) & !0xff, fmix(i), i] {
                assert_eq!(f.get(k), m.get(&k).copied(), "key {k}");
            }
        }
        assert_eq!(FlatMap::from_map(&HMap::<u16>::default()).get(5), None);
    }
}
