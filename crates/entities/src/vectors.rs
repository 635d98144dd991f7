//! Dense distributional word representations from an unlabelled news
//! corpus, reduced to cluster ids for the statistical NER model.
//!
//! The builder counts, for the most frequent word forms (case kept), the
//! words seen one and two positions to their left and right (the most
//! frequent forms as contexts, one column per side and distance), weighs
//! the counts by positive pointwise mutual information (context counts
//! smoothed with the exponent 0.75), reduces the matrix to `dim`
//! dimensions with a randomised truncated SVD (fixed seed, power
//! iterations), normalises the rows, and runs spherical k-means at several
//! numbers of clusters. Only 64-bit word hashes and cluster ids are stored
//! (no text, no vectors). Built by `chronicle train ner-vectors`.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Settings of [`Builder::finish`].
#[derive(Clone, Debug)]
pub struct VecOpts {
    /// Number of word forms that get a vector (most frequent first).
    pub vocab: usize,
    /// Number of context word forms (most frequent first), per position.
    pub contexts: usize,
    /// Dimensions kept by the truncated SVD.
    pub dim: usize,
    /// Numbers of clusters (one clustering per entry, at most 65,535 each).
    pub ks: Vec<usize>,
    /// k-means iterations.
    pub iters: usize,
    /// PRNG seed (SVD test matrix, k-means seeds).
    pub seed: u64,
}

impl Default for VecOpts {
    fn default() -> VecOpts {
        VecOpts {
            vocab: 50_000,
            contexts: 1_000,
            dim: 64,
            ks: vec![64, 256, 1024],
            iters: 12,
            seed: 1,
        }
    }
}

type Map<V> = HashMap<u64, V, BuildHasherDefault<crate::seqtag::IdHasher>>;

/// Per-word cluster ids at several numbers of clusters, keyed by a hash of
/// the word form (case kept).
#[derive(Clone, Debug, Default)]
pub struct VecClusters {
    /// The numbers of clusters, one per id slot.
    pub ks: Vec<u16>,
    map: Map<Vec<u16>>,
}

const MAGIC: &[u8] = b"CHRNVC1\n";

/// Sentence separator in the builder's token stream.
const SEP: u32 = u32::MAX;

/// Collects the corpus as a stream of interned word ids.
#[derive(Default)]
pub struct Builder {
    ids: HashMap<String, u32>,
    forms: Vec<String>,
    counts: Vec<u64>,
    stream: Vec<u32>,
}

/// A small deterministic PRNG (splitmix64).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }
    /// Uniform in [-1, 1).
    fn sym(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 23) as f32 - 1.0
    }
}

impl Builder {
    /// Adds one tokenized sentence.
    pub fn add(&mut self, sent: &[&str]) {
        for w in sent {
            let id = match self.ids.get(*w) {
                Some(&id) => id,
                None => {
                    let id = self.forms.len() as u32;
                    self.ids.insert(w.to_string(), id);
                    self.forms.push(w.to_string());
                    self.counts.push(0);
                    id
                }
            };
            self.counts[id as usize] += 1;
            self.stream.push(id);
        }
        self.stream.push(SEP);
    }

    /// Number of tokens added.
    pub fn tokens(&self) -> usize {
        self.stream.len()
    }

    /// Builds the clusters (see the module documentation).
    pub fn finish(self, o: &VecOpts, log: &mut dyn FnMut(&str)) -> VecClusters {
        // frequency ranks, ties by form (deterministic)
        let mut order: Vec<u32> = (0..self.forms.len() as u32).collect();
        order.sort_by(|&a, &b| {
            self.counts[b as usize]
                .cmp(&self.counts[a as usize])
                .then_with(|| self.forms[a as usize].cmp(&self.forms[b as usize]))
        });
        let nv = o.vocab.min(order.len());
        let nc = o.contexts.min(order.len());
        let mut row = vec![u32::MAX; self.forms.len()];
        let mut col = vec![u32::MAX; self.forms.len()];
        for (r, &id) in order.iter().enumerate() {
            if r < nv {
                row[id as usize] = r as u32;
            }
            if r < nc {
                col[id as usize] = r as u32;
            }
        }
        // co-occurrence counts: columns = 4 positions × nc contexts
        let offsets: [isize; 4] = [-2, -1, 1, 2];
        let ncol = 4 * nc;
        let mut m = vec![0f32; nv * ncol];
        let s = &self.stream;
        for i in 0..s.len() {
            if s[i] == SEP {
                continue;
            }
            let r = row[s[i] as usize];
            if r == u32::MAX {
                continue;
            }
            for (p, &off) in offsets.iter().enumerate() {
                let j = i as isize + off;
                if j < 0 || j as usize >= s.len() {
                    continue;
                }
                // stop at a sentence separator between i and j
                let (lo, hi) = if off < 0 {
                    (j as usize, i)
                } else {
                    (i + 1, j as usize + 1)
                };
                if s[lo..hi].contains(&SEP) {
                    continue;
                }
                let c = col[s[j as usize] as usize];
                if c != u32::MAX {
                    m[r as usize * ncol + p * nc + c as usize] += 1.0;
                }
            }
        }
        log(&format!(
            "counted {} tokens: {nv} words × {ncol} contexts",
            s.len()
        ));
        drop(self.stream);
        ppmi(&mut m, nv, ncol);
        log("PPMI done");
        let vecs = svd_rows(&m, nv, ncol, o.dim, o.seed, log);
        drop(m);
        let mut ids: Vec<Vec<u16>> = vec![Vec::new(); nv];
        let mut ks = Vec::new();
        for (t, &k) in o.ks.iter().enumerate() {
            let k = k.clamp(1, 65_535).min(nv.max(1));
            let a = kmeans(&vecs, nv, o.dim, k, o.iters, o.seed + 1 + t as u64);
            for (v, c) in ids.iter_mut().zip(a) {
                v.push(c);
            }
            ks.push(k as u16);
            log(&format!("k-means k={k} done"));
        }
        let mut map: Map<Vec<u16>> = Map::default();
        for (r, &id) in order.iter().take(nv).enumerate() {
            map.insert(
                crate::wordstats::key(&self.forms[id as usize]),
                std::mem::take(&mut ids[r]),
            );
        }
        VecClusters { ks, map }
    }
}

/// Positive PMI in place (row-major `nr × nc`), context counts ^ 0.75.
fn ppmi(m: &mut [f32], nr: usize, nc: usize) {
    let mut rs = vec![0f64; nr];
    let mut cs = vec![0f64; nc];
    for r in 0..nr {
        for c in 0..nc {
            let x = m[r * nc + c] as f64;
            rs[r] += x;
            cs[c] += x;
        }
    }
    let cs: Vec<f64> = cs.iter().map(|x| x.powf(0.75)).collect();
    let tot: f64 = rs.iter().sum();
    let ctot: f64 = cs.iter().sum();
    for r in 0..nr {
        for c in 0..nc {
            let x = m[r * nc + c] as f64;
            m[r * nc + c] = if x > 0.0 && rs[r] > 0.0 && cs[c] > 0.0 {
                ((x / tot) / ((rs[r] / tot) * (cs[c] / ctot))).ln().max(0.0) as f32
            } else {
                0.0
            };
        }
    }
}

/// `a` (`n × k`) times `b` (`k × l`), row-major.
fn matmul(a: &[f32], b: &[f32], n: usize, k: usize, l: usize) -> Vec<f32> {
    let mut out = vec![0f32; n * l];
    for i in 0..n {
        let o = &mut out[i * l..(i + 1) * l];
        for (p, &x) in a[i * k..(i + 1) * k].iter().enumerate() {
            if x != 0.0 {
                for (y, &bb) in o.iter_mut().zip(&b[p * l..(p + 1) * l]) {
                    *y += x * bb;
                }
            }
        }
    }
    out
}

/// `aᵀ` (`a` is `n × k`) times `b` (`n × l`): a `k × l` matrix.
fn matmul_t(a: &[f32], b: &[f32], n: usize, k: usize, l: usize) -> Vec<f32> {
    let mut out = vec![0f32; k * l];
    for i in 0..n {
        let bi = &b[i * l..(i + 1) * l];
        for (p, &x) in a[i * k..(i + 1) * k].iter().enumerate() {
            if x != 0.0 {
                for (y, &bb) in out[p * l..(p + 1) * l].iter_mut().zip(bi) {
                    *y += x * bb;
                }
            }
        }
    }
    out
}

/// Orthonormalises the columns of `q` (`n × l`, row-major) in place
/// (modified Gram–Schmidt, in f64).
fn orthonormalise(q: &mut [f32], n: usize, l: usize) {
    for j in 0..l {
        for p in 0..j {
            let d: f64 = (0..n)
                .map(|i| q[i * l + j] as f64 * q[i * l + p] as f64)
                .sum();
            for i in 0..n {
                q[i * l + j] -= (d * q[i * l + p] as f64) as f32;
            }
        }
        let nn: f64 = (0..n).map(|i| (q[i * l + j] as f64).powi(2)).sum();
        let nn = nn.sqrt().max(1e-12);
        for i in 0..n {
            q[i * l + j] = (q[i * l + j] as f64 / nn) as f32;
        }
    }
}

/// Eigen-decomposition of a symmetric `l × l` matrix (cyclic Jacobi):
/// eigenvalues and eigenvectors (columns of the returned row-major matrix).
fn jacobi(mut a: Vec<f64>, l: usize) -> (Vec<f64>, Vec<f64>) {
    let mut v = vec![0f64; l * l];
    for i in 0..l {
        v[i * l + i] = 1.0;
    }
    for _sweep in 0..60 {
        let off: f64 = (0..l)
            .flat_map(|i| (0..l).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i * l + j].powi(2))
            .sum();
        if off < 1e-18 {
            break;
        }
        for p in 0..l {
            for q in p + 1..l {
                let apq = a[p * l + q];
                if apq.abs() < 1e-300 {
                    continue;
                }
                let theta = (a[q * l + q] - a[p * l + p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..l {
                    let akp = a[k * l + p];
                    let akq = a[k * l + q];
                    a[k * l + p] = c * akp - s * akq;
                    a[k * l + q] = s * akp + c * akq;
                }
                for k in 0..l {
                    let apk = a[p * l + k];
                    let aqk = a[q * l + k];
                    a[p * l + k] = c * apk - s * aqk;
                    a[q * l + k] = s * apk + c * aqk;
                }
                for k in 0..l {
                    let vkp = v[k * l + p];
                    let vkq = v[k * l + q];
                    v[k * l + p] = c * vkp - s * vkq;
                    v[k * l + q] = s * vkp + c * vkq;
                }
            }
        }
    }
    ((0..l).map(|i| a[i * l + i]).collect(), v)
}

/// Rows of `m` (`nr × nc`) projected on its top `dim` singular directions,
/// scaled by the square root of the singular values, L2-normalised
/// (randomised SVD with two power iterations).
fn svd_rows(
    m: &[f32],
    nr: usize,
    nc: usize,
    dim: usize,
    seed: u64,
    log: &mut dyn FnMut(&str),
) -> Vec<f32> {
    let l = (dim + 16).min(nc).min(nr);
    let mut rng = Rng(seed);
    let omega: Vec<f32> = (0..nc * l).map(|_| rng.sym()).collect();
    let mut y = matmul(m, &omega, nr, nc, l);
    orthonormalise(&mut y, nr, l);
    for it in 0..2 {
        let mut z = matmul_t(m, &y, nr, nc, l); // nc × l
        orthonormalise(&mut z, nc, l);
        y = matmul(m, &z, nr, nc, l);
        orthonormalise(&mut y, nr, l);
        log(&format!("SVD power iteration {} done", it + 1));
    }
    // B = Qᵀ M (l × nc); as Bᵀ = Mᵀ Q (nc × l)
    let bt = matmul_t(m, &y, nr, nc, l);
    // B Bᵀ (l × l)
    let mut g = vec![0f64; l * l];
    for r in 0..nc {
        let row = &bt[r * l..(r + 1) * l];
        for i in 0..l {
            for j in 0..l {
                g[i * l + j] += row[i] as f64 * row[j] as f64;
            }
        }
    }
    let (ev, u) = jacobi(g, l);
    let mut idx: Vec<usize> = (0..l).collect();
    idx.sort_by(|&a, &b| ev[b].total_cmp(&ev[a]).then(a.cmp(&b)));
    let d = dim.min(l);
    // left singular vectors Q·U, scaled by sqrt(sigma) = ev^(1/4)
    let mut out = vec![0f32; nr * d];
    for r in 0..nr {
        let q = &y[r * l..(r + 1) * l];
        for (t, &e) in idx.iter().take(d).enumerate() {
            let mut s = 0f64;
            for k in 0..l {
                s += q[k] as f64 * u[k * l + e];
            }
            out[r * d + t] = (s * ev[e].max(0.0).powf(0.25)) as f32;
        }
        let nn: f32 = out[r * d..(r + 1) * d]
            .iter()
            .map(|x| x * x)
            .sum::<f32>()
            .sqrt();
        if nn > 0.0 {
            for x in &mut out[r * d..(r + 1) * d] {
                *x /= nn;
            }
        }
    }
    out
}

/// Spherical k-means on unit rows (`n × d`): the cluster of each row.
fn kmeans(x: &[f32], n: usize, d: usize, k: usize, iters: usize, seed: u64) -> Vec<u16> {
    let mut rng = Rng(seed);
    // seeds: distinct rows drawn at random
    let mut pick: Vec<usize> = (0..n).collect();
    for i in 0..k.min(n) {
        let j = i + (rng.next() % (n - i) as u64) as usize;
        pick.swap(i, j);
    }
    let mut cent: Vec<f32> = pick[..k]
        .iter()
        .flat_map(|&r| x[r * d..(r + 1) * d].iter().copied())
        .collect();
    let mut asg = vec![0u16; n];
    for _ in 0..iters {
        let mut changed = 0usize;
        for r in 0..n {
            let xr = &x[r * d..(r + 1) * d];
            let mut best = (f32::NEG_INFINITY, 0usize);
            for c in 0..k {
                let s: f32 = xr
                    .iter()
                    .zip(&cent[c * d..(c + 1) * d])
                    .map(|(a, b)| a * b)
                    .sum();
                if s > best.0 {
                    best = (s, c);
                }
            }
            if asg[r] as usize != best.1 {
                changed += 1;
            }
            asg[r] = best.1 as u16;
        }
        let mut sum = vec![0f32; k * d];
        let mut cnt = vec![0usize; k];
        for r in 0..n {
            let c = asg[r] as usize;
            cnt[c] += 1;
            for (a, b) in sum[c * d..(c + 1) * d]
                .iter_mut()
                .zip(&x[r * d..(r + 1) * d])
            {
                *a += b;
            }
        }
        for c in 0..k {
            let nn: f32 = sum[c * d..(c + 1) * d]
                .iter()
                .map(|v| v * v)
                .sum::<f32>()
                .sqrt();
            if cnt[c] > 0 && nn > 0.0 {
                for (a, b) in cent[c * d..(c + 1) * d]
                    .iter_mut()
                    .zip(&sum[c * d..(c + 1) * d])
                {
                    *a = b / nn;
                }
            }
        }
        if changed == 0 {
            break;
        }
    }
    asg
}

impl VecClusters {
    /// Number of words.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when there is no table.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The cluster ids of a word form (case kept; falls back to the form
    /// with a lower-case first letter, then to the lower-cased form).
    pub fn get(&self, w: &str) -> Option<&[u16]> {
        if let Some(v) = self.map.get(&crate::wordstats::key(w)) {
            return Some(v);
        }
        let low = w.to_lowercase();
        if low != w {
            return self.map.get(&crate::wordstats::key(&low)).map(|v| &v[..]);
        }
        None
    }

    /// Appends the table (number of slots, their k, number of words, then
    /// key + ids per word, sorted by key), uncompressed.
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.ks.len() as u32).to_le_bytes());
        for k in &self.ks {
            out.extend_from_slice(&k.to_le_bytes());
        }
        let mut keys: Vec<&u64> = self.map.keys().collect();
        keys.sort();
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for k in keys {
            out.extend_from_slice(&k.to_le_bytes());
            for x in &self.map[k] {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
    }

    /// Reads a table written by [`VecClusters::write`] at `*at`.
    pub fn read(b: &[u8], at: &mut usize) -> Result<VecClusters, String> {
        let mut take = |n: usize| -> Result<&[u8], String> {
            let s = b
                .get(*at..*at + n)
                .ok_or("word-vector cluster table is truncated")?;
            *at += n;
            Ok(s)
        };
        let nk = u32::from_le_bytes(take(4)?.try_into().unwrap()) as usize;
        if nk > 16 {
            return Err(format!(
                "word-vector cluster table: {nk} clusterings (at most 16)"
            ));
        }
        let mut ks = Vec::with_capacity(nk);
        for _ in 0..nk {
            ks.push(u16::from_le_bytes(take(2)?.try_into().unwrap()));
        }
        let n = u32::from_le_bytes(take(4)?.try_into().unwrap()) as usize;
        if n.saturating_mul(8 + 2 * nk) > b.len() {
            return Err("word-vector cluster table is truncated".into());
        }
        let mut map: Map<Vec<u16>> = Map::default();
        map.reserve(n);
        for _ in 0..n {
            let k = u64::from_le_bytes(take(8)?.try_into().unwrap());
            let mut v = Vec::with_capacity(nk);
            for &k in &ks {
                let c = u16::from_le_bytes(take(2)?.try_into().unwrap());
                if c >= k {
                    return Err(format!(
                        "word-vector cluster table: id {c} out of range (k = {k})"
                    ));
                }
                v.push(c);
            }
            map.insert(k, v);
        }
        Ok(VecClusters { ks, map })
    }

    /// Serialises as a standalone zstd-compressed file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        self.write(&mut out);
        zstd::encode_all(&out[..], 19).unwrap_or_default()
    }

    /// Reads a file written by [`VecClusters::to_bytes`].
    pub fn from_bytes(b: &[u8]) -> Result<VecClusters, String> {
        let raw = zstd::decode_all(b).map_err(|e| format!("not a zstd word-vector file: {e}"))?;
        if raw.get(..MAGIC.len()) != Some(MAGIC) {
            return Err("not a chronicle word-vector cluster file (CHRNVC1)".into());
        }
        let mut at = MAGIC.len();
        let v = VecClusters::read(&raw, &mut at)?;
        if at != raw.len() {
            return Err("trailing bytes after the word-vector cluster table".into());
        }
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny corpus written for this test: two word classes that occur in
    /// disjoint contexts.
    fn corpus() -> Builder {
        let mut b = Builder::default();
        let people = ["Anna", "Boris", "Clara", "Dmitri"];
        let places = ["Oslo", "Lima", "Quito", "Hanoi"];
        for r in 0..30 {
            for (i, p) in people.iter().enumerate() {
                let v = ["said", "told", "added"][(r + i) % 3];
                b.add(&["Minister", p, v, "that", "it", "rained"]);
            }
            for (i, p) in places.iter().enumerate() {
                let v = ["flew", "travelled", "went"][(r + i) % 3];
                b.add(&["She", v, "to", p, "on", "Monday"]);
            }
        }
        b
    }

    fn opts() -> VecOpts {
        VecOpts {
            vocab: 40,
            contexts: 20,
            dim: 4,
            ks: vec![2, 4],
            iters: 20,
            seed: 7,
        }
    }

    #[test]
    fn words_in_the_same_contexts_share_a_cluster() {
        let v = corpus().finish(&opts(), &mut |_| {});
        assert_eq!(v.ks, vec![2, 4]);
        let a = v.get("Anna").unwrap()[0];
        let o = v.get("Oslo").unwrap()[0];
        assert_ne!(a, o, "people and places apart at k = 2");
        for w in ["Boris", "Clara", "Dmitri"] {
            assert_eq!(v.get(w).unwrap()[0], a, "{w}");
        }
        for w in ["Lima", "Quito", "Hanoi"] {
            assert_eq!(v.get(w).unwrap()[0], o, "{w}");
        }
        assert!(v.get("Zanzibar").is_none());
        // a capitalised form falls back to the lower-cased one
        assert_eq!(v.get("Rained"), v.get("rained"));
    }

    #[test]
    fn building_is_deterministic_and_round_trips() {
        let a = corpus().finish(&opts(), &mut |_| {}).to_bytes();
        let b = corpus().finish(&opts(), &mut |_| {}).to_bytes();
        assert_eq!(a, b);
        let v = VecClusters::from_bytes(&a).unwrap();
        assert_eq!(v.to_bytes(), a);
        assert_eq!(v.len(), corpus().forms.len());
    }

    #[test]
    fn bad_files_are_rejected_with_a_reason() {
        let good = corpus().finish(&opts(), &mut |_| {});
        let mut raw = MAGIC.to_vec();
        good.write(&mut raw);
        // wrong magic
        let mut bad = raw.clone();
        bad[..8].copy_from_slice(b"CHRNVC9\n");
        let e = VecClusters::from_bytes(&zstd::encode_all(&bad[..], 1).unwrap()).unwrap_err();
        assert!(e.contains("not a chronicle word-vector"), "{e}");
        // truncated
        let cut = &raw[..raw.len() - 3];
        let e = VecClusters::from_bytes(&zstd::encode_all(cut, 1).unwrap()).unwrap_err();
        assert!(e.contains("truncated"), "{e}");
        // not zstd at all
        let e = VecClusters::from_bytes(b"hello").unwrap_err();
        assert!(e.contains("not a zstd"), "{e}");
        // an id out of range of its k
        let mut bad = raw.clone();
        let first_id = MAGIC.len() + 4 + 2 * good.ks.len() + 4 + 8;
        bad[first_id..first_id + 2].copy_from_slice(&9u16.to_le_bytes());
        let e = VecClusters::from_bytes(&zstd::encode_all(&bad[..], 1).unwrap()).unwrap_err();
        assert!(e.contains("out of range"), "{e}");
        // trailing bytes
        let mut bad = raw.clone();
        bad.push(0);
        let e = VecClusters::from_bytes(&zstd::encode_all(&bad[..], 1).unwrap()).unwrap_err();
        assert!(e.contains("trailing"), "{e}");
    }
}
