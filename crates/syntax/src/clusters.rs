//! Distributional word clusters learned from unlabelled text: each frequent
//! lowercase word (digits folded to `0`) is described by the distribution of
//! its left and right neighbours among the most frequent context words, and
//! the (square-rooted, normalized) vectors are grouped by spherical k-means
//! into fine clusters, whose centroids are grouped again into coarse
//! clusters. The tagger and parser use the cluster ids as features (a cheap
//! stand-in for Brown clusters: they generalize from words seen in the
//! treebank to words only seen in news text).

use crate::hash::{HMap, fmix};
use crate::model::{ModelError, Reader, Writer};
use std::collections::HashMap;

/// Cluster key of a word: lowercase, every ASCII digit folded to `0`
/// (FNV-1a + finalizer, no allocation).
#[inline]
pub fn cluster_key(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |x: u8| {
        h ^= x as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    if s.is_ascii() {
        for &x in s.as_bytes() {
            eat(if x.is_ascii_digit() {
                b'0'
            } else {
                x.to_ascii_lowercase()
            });
        }
    } else {
        let mut buf = [0u8; 4];
        for c in s.chars().flat_map(char::to_lowercase) {
            let c = if c.is_ascii_digit() { '0' } else { c };
            for &x in c.encode_utf8(&mut buf).as_bytes() {
                eat(x);
            }
        }
    }
    fmix(h ^ 0x00c1_0570)
}

/// Word → (fine, coarse) cluster ids.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Clusters {
    map: HMap<u16>,
    coarse: Vec<u16>,
}

/// Settings of [`Clusters::build`].
#[derive(Clone, Debug)]
pub struct ClusterOpts {
    /// Words kept (most frequent first).
    pub vocab: usize,
    /// Minimum count of a kept word.
    pub min_count: u32,
    /// Context words (most frequent first) whose left/right co-occurrence
    /// counts describe a word.
    pub contexts: usize,
    /// Fine clusters.
    pub fine: usize,
    /// Coarse clusters (groups of fine clusters).
    pub coarse: usize,
    /// k-means iterations.
    pub iterations: usize,
}

impl Default for ClusterOpts {
    fn default() -> Self {
        ClusterOpts {
            vocab: 60_000,
            min_count: 5,
            contexts: 1000,
            fine: 512,
            coarse: 64,
            iterations: 12,
        }
    }
}

/// Spherical k-means over sparse unit vectors with `dim` dimensions; returns
/// (assignment, centroids). Deterministic: centroids start at evenly spaced
/// points.
fn kmeans(
    vecs: &[Vec<(u32, f32)>],
    dim: usize,
    k: usize,
    iters: usize,
    log: &mut dyn FnMut(&str),
) -> (Vec<u16>, Vec<f32>) {
    let n = vecs.len();
    let k = k.min(n).max(1);
    let mut cent = vec![0f32; k * dim];
    for c in 0..k {
        for &(j, v) in &vecs[c * n / k] {
            cent[c * dim + j as usize] = v;
        }
    }
    let mut assign = vec![0u16; n];
    let mut scores = vec![0f32; k];
    let mut tr = vec![0f32; k * dim];
    for it in 0..iters {
        let mut changed = 0usize;
        let mut obj = 0f64;
        // Transposed centroids: one contiguous k-row per dimension.
        for c in 0..k {
            for j in 0..dim {
                tr[j * k + c] = cent[c * dim + j];
            }
        }
        for (i, v) in vecs.iter().enumerate() {
            scores.fill(0.0);
            for &(j, x) in v {
                let j = j as usize;
                for (s, &w) in scores.iter_mut().zip(&tr[j * k..(j + 1) * k]) {
                    *s += x * w;
                }
            }
            let mut best = 0;
            for c in 1..k {
                if scores[c] > scores[best] {
                    best = c;
                }
            }
            obj += scores[best] as f64;
            if assign[i] != best as u16 || it == 0 {
                changed += 1;
            }
            assign[i] = best as u16;
        }
        cent.fill(0.0);
        for (v, &a) in vecs.iter().zip(&assign) {
            for &(j, x) in v {
                cent[a as usize * dim + j as usize] += x;
            }
        }
        for c in 0..k {
            let row = &mut cent[c * dim..(c + 1) * dim];
            let norm = row.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                row.iter_mut().for_each(|x| *x /= norm);
            }
        }
        log(&format!(
            "k-means k={k} iteration {}: {changed} changed, mean cosine {:.4}",
            it + 1,
            obj / n.max(1) as f64
        ));
        if changed == 0 {
            break;
        }
    }
    (assign, cent)
}

impl Clusters {
    /// Learns clusters from sentences of tokens (`sentences` is called twice:
    /// once to count words, once to collect contexts).
    pub fn build<'a, I, F>(sentences: F, opts: &ClusterOpts, log: &mut dyn FnMut(&str)) -> Clusters
    where
        F: Fn() -> I,
        I: Iterator<Item = Vec<&'a str>>,
    {
        let mut counts: HashMap<u64, u32> = HashMap::new();
        let mut tokens = 0usize;
        for s in sentences() {
            for w in s {
                *counts.entry(cluster_key(w)).or_default() += 1;
                tokens += 1;
            }
        }
        let mut by_freq: Vec<(u64, u32)> = counts
            .into_iter()
            .filter(|&(_, c)| c >= opts.min_count)
            .collect();
        by_freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        by_freq.truncate(opts.vocab);
        log(&format!(
            "clusters: {tokens} tokens, {} words kept",
            by_freq.len()
        ));
        let vid: HMap<u32> = by_freq
            .iter()
            .enumerate()
            .map(|(i, &(k, _))| (k, i as u32))
            .collect();
        let nctx = opts.contexts.min(by_freq.len()) as u32;
        // Context ids: 0..nctx frequent words, nctx = other word, nctx+1 = boundary.
        let cw = nctx + 2;
        let dim = 2 * cw as usize;
        let mut co: Vec<HashMap<u32, u32>> = vec![HashMap::new(); by_freq.len()];
        let ctx = |k: Option<u64>| match k {
            None => nctx + 1,
            Some(k) => match vid.get(&k) {
                Some(&i) if i < nctx => i,
                _ => nctx,
            },
        };
        let mut keys = Vec::new();
        for s in sentences() {
            keys.clear();
            keys.extend(s.iter().map(|w| cluster_key(w)));
            for i in 0..keys.len() {
                let Some(&v) = vid.get(&keys[i]) else {
                    continue;
                };
                let l = ctx(i.checked_sub(1).map(|j| keys[j]));
                let r = ctx(keys.get(i + 1).copied());
                let m = &mut co[v as usize];
                *m.entry(l).or_default() += 1;
                *m.entry(cw + r).or_default() += 1;
            }
        }
        let vecs: Vec<Vec<(u32, f32)>> = co
            .into_iter()
            .map(|m| {
                let mut v: Vec<(u32, f32)> =
                    m.into_iter().map(|(j, c)| (j, (c as f32).sqrt())).collect();
                v.sort_by_key(|x| x.0);
                let norm = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt().max(1e-9);
                v.iter_mut().for_each(|x| x.1 /= norm);
                v
            })
            .collect();
        let (fine, cent) = kmeans(&vecs, dim, opts.fine, opts.iterations, log);
        let k = cent.len() / dim;
        let cvecs: Vec<Vec<(u32, f32)>> = (0..k)
            .map(|c| {
                cent[c * dim..(c + 1) * dim]
                    .iter()
                    .enumerate()
                    .filter(|x| *x.1 != 0.0)
                    .map(|(j, &x)| (j as u32, x))
                    .collect()
            })
            .collect();
        let (coarse, _) = kmeans(&cvecs, dim, opts.coarse, opts.iterations * 2, log);
        let map = by_freq
            .iter()
            .zip(&fine)
            .map(|(&(key, _), &f)| (key, f))
            .collect();
        Clusters { map, coarse }
    }

    /// Number of words with a cluster.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when no word has a cluster.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// (fine, coarse) cluster ids of a word, `None` for unknown words.
    #[inline]
    pub fn get(&self, word: &str) -> Option<(u16, u16)> {
        self.get_key(cluster_key(word))
    }

    /// Like [`Clusters::get`] with a precomputed [`cluster_key`].
    #[inline]
    pub fn get_key(&self, key: u64) -> Option<(u16, u16)> {
        self.map
            .get(&key)
            .map(|&f| (f, self.coarse.get(f as usize).copied().unwrap_or(0)))
    }

    /// The fine cluster of each word key, and the coarse cluster of each fine
    /// one (for tables built from these: [`Clusters::get_key`] reads the same).
    pub(crate) fn parts(&self) -> (&HMap<u16>, &[u16]) {
        (&self.map, &self.coarse)
    }

    /// Writes the clusters into a model payload.
    pub fn write(&self, w: &mut Writer) {
        w.var(self.coarse.len() as u64);
        for &c in &self.coarse {
            w.var(c as u64);
        }
        let mut d: Vec<_> = self.map.iter().collect();
        d.sort();
        w.var(d.len() as u64);
        let mut last = 0u64;
        for (&k, &v) in d {
            w.var(k - last);
            w.var(v as u64);
            last = k;
        }
    }

    /// Reads clusters written by [`Clusters::write`].
    pub fn read(r: &mut Reader) -> Result<Clusters, ModelError> {
        let nf = r.var()? as usize;
        let coarse = (0..nf)
            .map(|_| r.var().map(|x| x as u16))
            .collect::<Result<Vec<_>, _>>()?;
        let n = r.var()? as usize;
        let mut map = HMap::default();
        let mut last = 0u64;
        for _ in 0..n {
            last = last.wrapping_add(r.var()?);
            let v = r.var()? as usize;
            if v >= nf {
                return Err(ModelError(format!("cluster id {v} out of range {nf}")));
            }
            map.insert(last, v as u16);
        }
        Ok(Clusters { map, coarse })
    }

    /// A standalone clusters file (`CHRSYN` container, kind 3).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        self.write(&mut w);
        w.finish(3)
    }

    /// Loads a file written by [`Clusters::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Clusters, ModelError> {
        let mut r = Reader::open(bytes, 3)?;
        let c = Clusters::read(&mut r)?;
        r.end()?;
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_a_cluster() {
        let text = "the army attacked the town . the rebels attacked the city . \
                    a soldier said that . a minister said this . the police attacked the village . \
                    a spokesman said that .";
        let sents: Vec<Vec<&str>> = text
            .split(" . ")
            .map(|s| s.split(' ').filter(|w| !w.is_empty()).collect())
            .collect();
        let opts = ClusterOpts {
            vocab: 100,
            min_count: 1,
            contexts: 20,
            fine: 4,
            coarse: 2,
            iterations: 10,
        };
        let c = Clusters::build(|| sents.iter().cloned(), &opts, &mut |_| {});
        assert!(c.len() > 10);
        assert_eq!(c.get("town").unwrap().0, c.get("city").unwrap().0);
        assert_eq!(c.get("Town"), c.get("town"), "lowercased");
        assert_eq!(cluster_key("1999"), cluster_key("2024"));
        assert!(c.get("unseen").is_none());
        let back = Clusters::from_bytes(&c.to_bytes()).unwrap();
        assert_eq!(back, c);
    }
}
