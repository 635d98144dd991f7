//! Weight tables (training-time averaged perceptron and compact quantized
//! inference tables) and the versioned binary model container.
//!
//! File layout: `b"CHRSYN"`, format version (u16 LE), kind (u8: 1 tagger,
//! 2 parser), the payload's length (u64 LE), then a zstd frame holding the
//! payload written by [`Writer`]; or, with [`STORED`] set in the kind byte,
//! the payload itself (the embedded models).
//! Weight tables are stored sparsely (delta-coded index + i16 value).

use crate::hash::prefetch;
use crate::huge::{Zeroable, Zeroed};
use thiserror::Error;

/// Current binary format version.
pub const FORMAT_VERSION: u16 = 2;
const MAGIC: &[u8; 6] = b"CHRSYN";
/// Set in a model file's kind byte when its payload is stored as it is
/// instead of zstd-compressed ([`Writer::finish_stored`]).
pub const STORED: u8 = 0x80;

/// A model file could not be read.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("model: {0}")]
pub struct ModelError(pub String);

fn err<T>(m: impl Into<String>) -> Result<T, ModelError> {
    Err(ModelError(m.into()))
}

/// One 64-byte cache line of i8 weights (the alignment unit of [`Table`]).
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C, align(64))]
struct Line([i8; 64]);

// SAFETY: an array of i8, valid as all-zero bytes.
unsafe impl Zeroable for Line {}

/// Weight table used at inference: `rows` (a power of two) rows of `cols`
/// weights; a feature hash selects a row. The model file keeps i16 weights;
/// for scoring they are requantized to i8 (see [`Table::from_i16`]) and each
/// row is padded to a power-of-two stride (4..=64 bytes, or a multiple of 64)
/// so that a row never straddles more cache lines than it must: the parser's
/// transition rows are 4 bytes (16 rows per line), its label rows one line.
/// Lookups are random, so the table size decides the cache misses, which
/// decide the speed.
#[derive(Clone, Debug)]
pub struct Table {
    mask: usize,
    cols: usize,
    stride: usize,
    q: Zeroed<Line>,
    /// The exact i16 weights in their file encoding (non-zero count, then
    /// delta-coded index + i16 value per weight), so that saving a table
    /// writes them back unchanged; never read while scoring.
    exact: Box<[u8]>,
    /// Training mode: dense exact i16 rows (`rows * cols`), scored instead of
    /// `q` (empty then). Training selects epochs, and tags the parser's
    /// data, with the exact weights, as the format-2 models were trained, so
    /// the shipped files stay reproducible.
    wide: Option<Zeroed<i16>>,
    /// One bit per row of `q`, set when the row holds a non-zero weight
    /// (empty = unknown, every row counts as live): see [`Table::live`].
    live: Vec<u64>,
}

/// A table's row addressing for [`Table::row_prefetch4`], for rows 4 bytes
/// apart (the parser's transitions): the stride is a constant, so a row's
/// address is one masked index scaled in the prefetch's addressing (two
/// instructions a feature, where a run-time stride cost a multiply and,
/// read through a reference, the fields' loads).
#[derive(Clone, Copy, Debug)]
pub struct RowPrefetch4 {
    base: *const i8,
    mask: usize,
}

impl RowPrefetch4 {
    /// Prefetches the row of `h`.
    #[inline(always)]
    pub fn row(self, h: u64) {
        prefetch(self.base.wrapping_add((h as usize & self.mask) * 4));
    }
}

impl PartialEq for Table {
    fn eq(&self, o: &Table) -> bool {
        self.mask == o.mask && self.cols == o.cols && self.exact == o.exact
    }
}

fn stride_of(cols: usize) -> usize {
    if cols <= 64 {
        cols.next_power_of_two().max(4)
    } else {
        cols.next_multiple_of(64)
    }
}

/// The i8 step of quantized weights: weights are divided by the magnitude
/// at this quantile of the non-zero |weights| (mapped to `Q8_AT`) and clipped
/// to ±127. Perceptron weights are heavy-tailed: scaling by the maximum
/// would round most weights to 0.
/// (Measured on GUM dev / EWT dev with the format-2 models: quantile 0.9999
/// at 80 matches the i16 scores within ±0.1; 0.999 at 100 clips too much,
/// UPOS -0.8.)
const Q8_QUANTILE: f64 = 0.9999;
/// Up to this many rows of i8 weights (|w| ≤ 127) sum without overflowing i16.
const I16_SAFE_ROWS: usize = i16::MAX as usize / 127;
const Q8_AT: f64 = 80.0;

impl Table {
    /// An all-zero table.
    /// Large tables are on 2 MiB-aligned memory advised for transparent huge
    /// pages (Linux; see [`crate::huge`]): lookups are random, so with 4 KiB
    /// pages nearly every row access is a TLB miss.
    pub fn zeros(rows: usize, cols: usize) -> Table {
        assert!(rows.is_power_of_two() && cols > 0);
        let stride = stride_of(cols);
        let n = (rows * stride).div_ceil(64);
        let q = Zeroed::new(n);
        Table {
            mask: rows - 1,
            cols,
            stride,
            q,
            exact: Box::new([0]),
            wide: None,
            live: Vec::new(),
        }
    }
    /// The inference table for `rows` x `cols` i16 weights given sparsely as
    /// (index, weight) pairs (index = row * cols + col), requantized to i8.
    /// `nz` is sorted by index.
    pub fn from_i16(rows: usize, cols: usize, nz: &[(u32, i16)]) -> Table {
        let mut w = Writer::default();
        w.var(nz.len() as u64);
        let mut last = 0usize;
        for &(i, x) in nz {
            w.var((i as usize - last) as u64);
            w.buf.extend_from_slice(&x.to_le_bytes());
            last = i as usize;
        }
        Table::from_encoded(rows, cols, w.buf.into_boxed_slice())
    }
    /// [`Table::from_i16`] for weights in their file encoding (`exact`,
    /// validated by [`Reader::raw_table`] or written by [`Writer`]), which
    /// the table keeps as they are.
    fn from_encoded(rows: usize, cols: usize, exact: Box<[u8]>) -> Table {
        let mut mags = Magnitudes::new();
        for_each_encoded(&exact, |_, w| mags.add(w));
        Table::from_encoded_at(rows, cols, exact, mags.quantile())
    }
    /// [`Table::from_encoded`] given the magnitude at [`Q8_QUANTILE`] of the
    /// non-zero weights ([`Magnitudes::quantile`]; `None` when there are
    /// none). Decodes the weights once, writing each row's i8 weight and its
    /// live bit together (a row is live when one of its i8 weights is not
    /// zero), and follows the row and column from index to index instead of
    /// dividing each index by `cols`.
    fn from_encoded_at(rows: usize, cols: usize, exact: Box<[u8]>, mag: Option<u16>) -> Table {
        let mut t = Table::zeros(rows, cols);
        let scale = match mag {
            None => 1.0,
            Some(m) => Q8_AT / m.max(1) as f64,
        };
        // i16 -> i8 lookup (64 KB) instead of float math per weight
        let lut: Vec<i8> = (0..=u16::MAX)
            .map(|x| (x as i16 as f64 * scale).round().clamp(-127.0, 127.0) as i8)
            .collect();
        let stride = t.stride;
        let mut live = vec![0u64; rows.div_ceil(64)];
        let bytes = t.bytes_mut();
        let mut p = 0;
        let nz = var_at(&exact, &mut p).expect("own encoding");
        let (mut r, mut c) = (0usize, 0usize);
        for _ in 0..nz {
            c += var_at(&exact, &mut p).expect("own encoding") as usize;
            if c >= cols {
                r += c / cols;
                c %= cols;
            }
            let q = lut[i16::from_le_bytes([exact[p], exact[p + 1]]) as u16 as usize];
            p += 2;
            bytes[r * stride + c] = q;
            live[r >> 6] |= ((q != 0) as u64) << (r & 63);
        }
        t.exact = exact;
        t.live = live;
        t
    }
    /// The same weights in training mode: scored as exact i16 rows.
    pub fn to_exact(&self) -> Table {
        Table::exact_from_encoded(self.mask + 1, self.cols, self.exact.clone())
    }
    /// A training-mode table (exact i16 rows) for weights in their file
    /// encoding, without building the i8 rows first.
    fn exact_from_encoded(rows: usize, cols: usize, exact: Box<[u8]>) -> Table {
        let mut wide = Zeroed::new(rows * cols);
        for_each_encoded(&exact, |i, w| wide[i] = w);
        Table {
            mask: rows - 1,
            cols,
            stride: cols,
            q: Zeroed::new(0),
            exact,
            wide: Some(wide),
            live: Vec::new(),
        }
    }
    /// The exact i16 weights as sorted (index, weight) pairs (index = row *
    /// cols + col), decoded from the file encoding.
    pub fn exact_weights(&self) -> Vec<(u32, i16)> {
        let mut out = Vec::with_capacity(encoded_len(&self.exact));
        for_each_encoded(&self.exact, |i, w| out.push((i as u32, w)));
        out
    }
    /// The element-wise mean of tables of one shape (each table's exact
    /// weights as stored, i.e. each already scaled to its own largest
    /// magnitude 32,000), rescaled so that the largest mean magnitude is
    /// 32,000 again, as [`Averaged::finalize`] does; an i8 inference table
    /// like [`Table::from_i16`]. `None` when the shapes differ or `ts` is
    /// empty. (Averaging the weights of several training runs: opt-in
    /// `chronicle train parser-average`.)
    pub fn mean(ts: &[&Table]) -> Option<Table> {
        let first = ts.first()?;
        if ts
            .iter()
            .any(|t| t.mask != first.mask || t.cols != first.cols)
        {
            return None;
        }
        let mut sum = vec![0f64; first.rows() * first.cols];
        for t in ts {
            for (i, w) in t.exact_weights() {
                sum[i as usize] += w as f64;
            }
        }
        let max = sum.iter().fold(0f64, |m, &x| m.max(x.abs())).max(1e-9);
        let scale = 32000.0 / max;
        let nz: Vec<(u32, i16)> = sum
            .iter()
            .enumerate()
            .filter(|x| *x.1 != 0.0)
            .map(|(i, &x)| (i as u32, (x * scale).round() as i16))
            .filter(|x| x.1 != 0)
            .collect();
        Some(Table::from_i16(first.rows(), first.cols, &nz))
    }
    /// This table folded to `rows` rows (a power of two, at most its own):
    /// the weights of the rows that agree in their low bits (the bits a
    /// feature hash selects a row with) are summed, as if their features
    /// had collided in a table of `rows` rows; the sums are rescaled to the
    /// largest magnitude 32,000 when they leave the i16 range. The same
    /// table when `rows` is its own row count. An i8 inference table.
    pub fn folded(&self, rows: usize) -> Table {
        assert!(rows.is_power_of_two() && rows <= self.rows(), "fold rows");
        let cols = self.cols;
        let mut sum = vec![0i64; rows * cols];
        for (i, w) in self.exact_weights() {
            let (r, c) = (i as usize / cols, i as usize % cols);
            sum[(r & (rows - 1)) * cols + c] += w as i64;
        }
        let max = sum.iter().fold(0i64, |m, &x| m.max(x.abs()));
        let scale = if max > i16::MAX as i64 {
            32000.0 / max as f64
        } else {
            1.0
        };
        let nz: Vec<(u32, i16)> = sum
            .iter()
            .enumerate()
            .filter(|x| *x.1 != 0)
            .map(|(i, &x)| (i as u32, (x as f64 * scale).round() as i16))
            .filter(|x| x.1 != 0)
            .collect();
        Table::from_i16(rows, cols, &nz)
    }
    fn bytes_mut(&mut self) -> &mut [i8] {
        let n = self.q.len() * 64;
        // SAFETY: `Line` is `repr(C)` over `[i8; 64]` without padding, so the
        // vector is `n` contiguous, initialized i8s.
        unsafe { std::slice::from_raw_parts_mut(self.q.as_mut_ptr() as *mut i8, n) }
    }
    #[inline]
    fn bytes(&self) -> &[i8] {
        // SAFETY: as in `bytes_mut`.
        unsafe { std::slice::from_raw_parts(self.q.as_ptr() as *const i8, self.q.len() * 64) }
    }
    /// True for a table scored with its exact i16 weights ([`Table::to_exact`]).
    pub fn is_exact(&self) -> bool {
        self.wide.is_some()
    }
    /// Number of columns (classes).
    pub fn cols(&self) -> usize {
        self.cols
    }
    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.mask + 1
    }
    #[inline]
    fn row(&self, h: u64) -> &[i8] {
        let r = (h as usize & self.mask) * self.stride;
        &self.bytes()[r..r + self.cols]
    }
    /// Adds the row selected by `h` into `acc` (length ≥ `cols`).
    #[inline]
    pub fn add(&self, h: u64, acc: &mut [i32]) {
        if self.wide.is_some() {
            return self.accumulate(&[h], acc);
        }
        let row = self.row(h);
        for (a, &w) in acc[..row.len()].iter_mut().zip(row) {
            *a += w as i32;
        }
    }
    /// Sums the rows of all `feats` into `acc` (cleared first). Rows are
    /// prefetched first so their cache misses overlap.
    #[inline]
    pub fn score(&self, feats: &[u64], acc: &mut [i32]) {
        acc[..self.cols].fill(0);
        self.prefetch(feats);
        self.accumulate(feats, acc);
    }

    /// Adds the rows of all `feats` into `acc` (no clearing, no prefetch:
    /// for rows prefetched earlier).
    #[inline]
    pub fn accumulate(&self, feats: &[u64], acc: &mut [i32]) {
        if let Some(wide) = &self.wide {
            for &h in feats {
                let r = (h as usize & self.mask) * self.cols;
                for (a, &w) in acc[..self.cols].iter_mut().zip(&wide[r..r + self.cols]) {
                    *a += w as i32;
                }
            }
            return;
        }
        if self.stride == 4 {
            // the parser's transition table: one 4-byte load per feature
            // (a copy of a constant 4 lanes, for the parser's 4 transitions,
            // is two moves; of `cols` lanes a call to `memcpy`)
            let mut a = [0i32; 4];
            if self.cols == 4 {
                a = acc[..4].try_into().unwrap();
            } else {
                a[..self.cols].copy_from_slice(&acc[..self.cols]);
            }
            let b = self.bytes();
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("sse4.1") {
                // the same integer sums, a row widened and added in two
                // instructions
                // SAFETY: the CPU has SSE4.1 (checked at run time just above)
                unsafe { sum_rows4_sse41(b, self.mask, feats, &mut a) };
                if self.cols == 4 {
                    acc[..4].copy_from_slice(&a);
                } else {
                    acc[..self.cols].copy_from_slice(&a[..self.cols]);
                }
                return;
            }
            for &h in feats {
                let r = (h as usize & self.mask) * 4;
                let row: &[i8; 4] = b[r..r + 4].try_into().unwrap();
                for k in 0..4 {
                    a[k] += row[k] as i32;
                }
            }
            acc[..self.cols].copy_from_slice(&a[..self.cols]);
            return;
        }
        if self.stride.is_multiple_of(64) && self.stride <= 256 && feats.len() <= I16_SAFE_ROWS {
            // whole-line rows (tagger, parser labels): sum in i16 lanes, twice
            // as many per vector as i32, and exact: no sum can overflow
            self.line_sums::<false>(feats, &[], &mut acc[..self.cols]);
            return;
        }
        for &h in feats {
            self.add(h, acc);
        }
    }

    /// Sets `acc[..cols]` to the sum of the rows of `a` and of `b`: the same
    /// integers as clearing it and calling [`Table::accumulate`] with `a`, then
    /// with `b`. For whole-line rows (the tagger's, the parser's labels) the
    /// two lists are summed in one pass of i16 lanes, widened into `acc`
    /// once, where the two calls widen and add twice.
    #[inline]
    pub fn sum2(&self, a: &[u64], b: &[u64], acc: &mut [i32]) {
        if self.wide.is_none()
            && self.stride.is_multiple_of(64)
            && self.stride <= 256
            && a.len() + b.len() <= I16_SAFE_ROWS
        {
            self.line_sums::<true>(a, b, &mut acc[..self.cols]);
            return;
        }
        acc[..self.cols].fill(0);
        self.accumulate(a, acc);
        self.accumulate(b, acc);
    }

    /// The rows of `a` and then `b` (whole-line rows, at most
    /// [`I16_SAFE_ROWS`] of them) summed in i16 lanes and widened into `acc`
    /// (`cols` long): written when `SET`, else added.
    #[inline(always)]
    fn line_sums<const SET: bool>(&self, a: &[u64], b: &[u64], acc: &mut [i32]) {
        let lines = self.stride / 64;
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2 (checked at run time just above)
            unsafe { sum_lines_avx2::<SET>(&self.q, self.mask, lines, a, b, acc) };
            return;
        }
        sum_lines::<SET>(&self.q, self.mask, lines, a, b, acc);
    }

    /// Writes to the front of `out` (at least as long as `feats`) those of
    /// `feats` whose rows hold a non-zero weight, in order, and returns their
    /// number (all of them for a table without row bits, e.g. in training
    /// mode). An all-zero row adds nothing to a sum, so scoring only these
    /// gives the same sums, without the cache misses of the dead rows: in a
    /// hashed table most unseen features land on one (half the parser's
    /// transition rows are dead). The bits are 1/8 byte per row, so they stay
    /// in the cache where the rows do not.
    #[inline]
    pub fn live(&self, feats: &[u64], out: &mut [u64]) -> usize {
        let out = &mut out[..feats.len()];
        if self.live.is_empty() {
            out.copy_from_slice(feats);
            return feats.len();
        }
        let mut k = 0;
        for &h in feats {
            // branch-free: whether a row is live is a coin toss for the
            // predictor; a dead feature is written and then overwritten
            out[k] = h;
            k += self.live_bit(h as usize & self.mask);
        }
        k
    }

    /// 1 when row `r` holds a non-zero weight, else 0 (needs the row bits).
    #[inline(always)]
    fn live_bit(&self, r: usize) -> usize {
        (self.live[r >> 6] >> (r & 63)) as usize & 1
    }

    /// Keeps those of `feats` whose rows hold a non-zero weight, in order
    /// (in place; see [`Table::live`]).
    #[inline]
    pub fn retain_live(&self, feats: &mut Vec<u64>) {
        if self.live.is_empty() {
            return;
        }
        let mut k = 0;
        for i in 0..feats.len() {
            let h = feats[i];
            feats[k] = h;
            k += self.live_bit(h as usize & self.mask);
        }
        feats.truncate(k);
    }

    /// [`Table::retain_live`] and then [`Table::prefetch`] of the kept rows,
    /// in one pass for rows of one or two lines (the tagger's): each kept
    /// row's lines are prefetched as its live bit is read, with the line
    /// count fixed at compile time instead of a loop over it per row. A dead
    /// feature prefetches the table's first line instead (branch-free, and
    /// cheap once that line is cached). The same features kept.
    #[inline]
    pub fn retain_live_prefetch(&self, feats: &mut Vec<u64>) {
        if self.wide.is_none() && !self.live.is_empty() {
            match self.stride.div_ceil(64) {
                1 => return self.retain_live_prefetch_lines::<1>(feats),
                2 => return self.retain_live_prefetch_lines::<2>(feats),
                _ => {}
            }
        }
        self.retain_live(feats);
        self.prefetch(feats);
    }

    #[inline(always)]
    fn retain_live_prefetch_lines<const LINES: usize>(&self, feats: &mut Vec<u64>) {
        let base = self.bytes().as_ptr();
        let (mask, stride, live) = (self.mask, self.stride, &self.live[..]);
        let mut k = 0;
        for i in 0..feats.len() {
            let h = feats[i];
            let r = h as usize & mask;
            let bit = (live[r >> 6] >> (r & 63)) as usize & 1;
            feats[k] = h;
            k += bit;
            let row = base.wrapping_add((r & bit.wrapping_neg()) * stride);
            for l in 0..LINES {
                prefetch(row.wrapping_add(64 * l));
            }
        }
        feats.truncate(k);
    }

    /// Writes to the front of `out` the features of `feats` whose rows are
    /// live ([`Table::live`]), in order, and returns their number; each live
    /// row (its first line) is prefetched as soon as its feature is known (the features may be
    /// hashed lazily by the iterator, so the misses overlap the hashing). A
    /// dead feature prefetches the table's first line instead: branch-free,
    /// and cheap once that line is cached. `out` must hold all of `feats`.
    #[inline(always)]
    pub fn gather_live(&self, feats: impl Iterator<Item = u64>, out: &mut [u64]) -> usize {
        let mut k = 0;
        if self.live.is_empty() {
            for h in feats {
                out[k] = h;
                k += 1;
            }
            self.prefetch(&out[..k]);
            return k;
        }
        let base = self.bytes().as_ptr();
        for h in feats {
            let r = h as usize & self.mask;
            let bit = self.live_bit(r);
            out[k] = h;
            k += bit;
            prefetch(base.wrapping_add(r * self.stride * bit));
        }
        k
    }

    /// [`Table::score`] over the live rows only ([`Table::live`]): the same
    /// sums. `buf` is scratch space.
    #[inline]
    pub fn score_live(&self, feats: &[u64], acc: &mut [i32], buf: &mut Vec<u64>) {
        if buf.len() < feats.len() {
            buf.resize(feats.len(), 0);
        }
        let k = self.live(feats, buf);
        self.score(&buf[..k], acc);
    }

    /// Cache prefetches of single rows (each row's first line), the table's
    /// fields read once: the parser prefetches a row per transition feature
    /// as soon as it is hashed, and reading the fields there (the features'
    /// stores may alias them) cost 6 instructions a feature; the returned
    /// value holds them in registers. A training-mode table prefetches its
    /// (empty) first line instead of nothing: branch-free, and a prefetch
    /// never faults. Only for a table whose rows are 4 bytes apart: any other
    /// table prefetches its first line for every row (a prefetch is only a
    /// hint, so the scores are the same).
    #[inline(always)]
    pub fn row_prefetch4(&self) -> RowPrefetch4 {
        let mask = if self.wide.is_none() && self.stride == 4 {
            self.mask
        } else {
            0
        };
        RowPrefetch4 {
            base: self.bytes().as_ptr(),
            mask,
        }
    }

    /// Issues cache prefetches for the rows of `feats`.
    #[inline]
    pub fn prefetch(&self, feats: &[u64]) {
        if let Some(wide) = &self.wide {
            for &h in feats {
                let r = (h as usize & self.mask) * self.cols;
                for k in (r..r + self.cols).step_by(32) {
                    prefetch(wide.as_ptr().wrapping_add(k));
                }
            }
        } else {
            let b = self.bytes().as_ptr();
            let lines = self.stride.div_ceil(64);
            for &h in feats {
                let r = (h as usize & self.mask) * self.stride;
                for k in 0..lines {
                    prefetch(b.wrapping_add(r + 64 * k));
                }
            }
        }
    }
}

/// Sums the whole-line rows (`lines` lines each) of `a` and then `b` in i16
/// lanes (the caller keeps the sums below the i16 limit) and widens the
/// first `acc.len()` lanes into `acc`: written when `SET`, else added. One-
/// and two-line rows (the parser's label rows, the tagger's rows) have their
/// own loops, whose lanes stay in registers from row to row.
#[inline(always)]
fn sum_lines<const SET: bool>(
    q: &[Line],
    mask: usize,
    lines: usize,
    a: &[u64],
    b: &[u64],
    acc: &mut [i32],
) {
    let widen = |acc: &mut [i32], s: &[i16]| {
        for (x, &y) in acc.iter_mut().zip(s) {
            if SET {
                *x = y as i32;
            } else {
                *x += y as i32;
            }
        }
    };
    if lines == 1 {
        let mut s = [0i16; 64];
        for feats in [a, b] {
            for &h in feats {
                for (d, &w) in s.iter_mut().zip(&q[h as usize & mask].0) {
                    *d += w as i16;
                }
            }
        }
        widen(acc, &s);
        return;
    }
    if lines == 2 && acc.len() <= 96 {
        // the tagger's rows (≈ 93 classes): the columns end in the first 96
        // lanes, so the last 32 lanes of the second line, which no column
        // reads, are not summed (6 vectors of 16 lanes per row instead of 8)
        let mut s = [0i16; 96];
        for feats in [a, b] {
            for &h in feats {
                let first = (h as usize & mask) * 2;
                let row = &q[first..first + 2];
                let (lo, hi) = s.split_at_mut(64);
                for (d, &w) in lo.iter_mut().zip(&row[0].0) {
                    *d += w as i16;
                }
                for (d, &w) in hi.iter_mut().zip(&row[1].0[..32]) {
                    *d += w as i16;
                }
            }
        }
        widen(acc, &s);
        return;
    }
    if lines == 2 {
        let mut s = [0i16; 128];
        for feats in [a, b] {
            for &h in feats {
                let first = (h as usize & mask) * 2;
                let row = &q[first..first + 2];
                let (lo, hi) = s.split_at_mut(64);
                for (d, &w) in lo.iter_mut().zip(&row[0].0) {
                    *d += w as i16;
                }
                for (d, &w) in hi.iter_mut().zip(&row[1].0) {
                    *d += w as i16;
                }
            }
        }
        widen(acc, &s);
        return;
    }
    let mut s = [0i16; 256];
    for feats in [a, b] {
        for &h in feats {
            let first = (h as usize & mask) * lines;
            for (l, line) in q[first..first + lines].iter().enumerate() {
                let dst: &mut [i16; 64] = (&mut s[64 * l..64 * l + 64]).try_into().unwrap();
                for (d, &w) in dst.iter_mut().zip(&line.0) {
                    *d += w as i16;
                }
            }
        }
    }
    widen(acc, &s);
}

/// Adds the 4-byte rows of `feats` (row `h & mask` at byte `4 * row` of `b`)
/// into `a`: one unaligned 4-byte load, one sign-extending widening to four
/// i32 lanes and one add per feature, where the portable loop sign-extends
/// and adds each byte on its own and checks the row's bounds. The sums are
/// the same integers.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse4.1")]
fn sum_rows4_sse41(b: &[i8], mask: usize, feats: &[u64], a: &mut [i32; 4]) {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi32, _mm_cvtepi8_epi32, _mm_cvtsi32_si128, _mm_loadu_si128,
        _mm_storeu_si128,
    };
    // every row index is at most `mask`: checked once for all of them
    assert!(b.len() >= (mask + 1) * 4);
    let base = b.as_ptr();
    // SAFETY: `a` is 16 bytes, read and written unaligned.
    let mut s = unsafe { _mm_loadu_si128(a.as_ptr() as *const __m128i) };
    for &h in feats {
        let r = (h as usize & mask) * 4;
        // SAFETY: r + 4 <= (mask + 1) * 4 <= b.len() (asserted above).
        let v = unsafe { (base.add(r) as *const i32).read_unaligned() };
        s = _mm_add_epi32(s, _mm_cvtepi8_epi32(_mm_cvtsi32_si128(v)));
    }
    // SAFETY: as the load above.
    unsafe { _mm_storeu_si128(a.as_mut_ptr() as *mut __m128i, s) };
}

/// [`sum_lines`] compiled for AVX2 (chosen at run time: the same integer
/// sums, in 16 lanes per instruction instead of 8).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn sum_lines_avx2<const SET: bool>(
    q: &[Line],
    mask: usize,
    lines: usize,
    a: &[u64],
    b: &[u64],
    acc: &mut [i32],
) {
    sum_lines::<SET>(q, mask, lines, a, b, acc)
}

/// Averaged perceptron weights over a hashed table (training only).
pub struct Averaged {
    mask: usize,
    cols: usize,
    w: Vec<f32>,
    total: Vec<f64>,
    stamp: Vec<u32>,
    /// Number of training instances seen (the averaging clock).
    pub t: u32,
}

impl Averaged {
    /// All-zero weights.
    pub fn new(rows: usize, cols: usize) -> Averaged {
        assert!(rows.is_power_of_two());
        let n = rows * cols;
        Averaged {
            mask: rows - 1,
            cols,
            w: vec![0.0; n],
            total: vec![0.0; n],
            stamp: vec![0; n],
            t: 0,
        }
    }
    /// Current (non-averaged) scores of `feats` into `acc`.
    #[inline]
    pub fn score(&self, feats: &[u64], acc: &mut [f32]) {
        acc[..self.cols].fill(0.0);
        for &h in feats {
            let r = (h as usize & self.mask) * self.cols;
            for (a, &w) in acc[..self.cols].iter_mut().zip(&self.w[r..r + self.cols]) {
                *a += w;
            }
        }
    }
    /// Adds `delta` to the weight of class `c` for every feature.
    #[inline]
    pub fn update(&mut self, feats: &[u64], c: usize, delta: f32) {
        for &h in feats {
            let i = (h as usize & self.mask) * self.cols + c;
            self.total[i] += (self.t - self.stamp[i]) as f64 * self.w[i] as f64;
            self.stamp[i] = self.t;
            self.w[i] += delta;
        }
    }
    /// Advances the averaging clock by one instance.
    #[inline]
    pub fn tick(&mut self) {
        self.t += 1;
    }
    /// Restarts the averaging from the current averaged weights: they become
    /// the current weights and count as one instance of a new clock, so
    /// later training refines them and the average covers only the restarted
    /// weights and the later steps (a beam parser started from converged
    /// greedy weights).
    pub fn restart_from_average(&mut self) {
        let t = self.t.max(1) as f64;
        for i in 0..self.w.len() {
            let avg = (self.total[i] + (self.t - self.stamp[i]) as f64 * self.w[i] as f64) / t;
            self.w[i] = avg as f32;
        }
        self.total.fill(0.0);
        self.stamp.fill(0);
        self.t = 1;
    }
    /// Averaged weights, quantized to i16 (with weights below `prune` of the
    /// largest magnitude zeroed).
    pub fn finalize(&self, prune: f64) -> Table {
        let t = self.t.max(1) as f64;
        let avg: Vec<f64> = (0..self.w.len())
            .map(|i| (self.total[i] + (self.t - self.stamp[i]) as f64 * self.w[i] as f64) / t)
            .collect();
        let max = avg.iter().fold(0f64, |m, &x| m.max(x.abs())).max(1e-9);
        let scale = 32000.0 / max;
        let nz: Vec<(u32, i16)> = avg
            .iter()
            .enumerate()
            .filter(|(_, x)| x.abs() >= prune * max)
            .map(|(i, &x)| (i as u32, (x * scale).round() as i16))
            .filter(|x| x.1 != 0)
            .collect();
        Table::from_i16(self.mask + 1, self.cols, &nz).to_exact()
    }
}

/// A count of the magnitudes of a table's non-zero weights, for the i8
/// scale ([`Q8_QUANTILE`]): one counter per magnitude (|i16| ≤ 32,768), so
/// the quantile is a walk over the counts instead of collecting and
/// partially sorting millions of magnitudes. The same value as
/// `select_nth_unstable` on the collected magnitudes.
struct Magnitudes {
    /// Indexed by magnitude (a `u16`: no bounds check); the count of zero
    /// weights (index 0) is never read.
    count: Box<[u32; 1 << 16]>,
}

impl Magnitudes {
    fn new() -> Magnitudes {
        let count = vec![0; 1 << 16].into_boxed_slice().try_into();
        Magnitudes {
            count: count.expect("1 << 16 counters"),
        }
    }
    #[inline(always)]
    fn add(&mut self, w: i16) {
        self.count[w.unsigned_abs() as usize] += 1;
    }
    /// The magnitude at [`Q8_QUANTILE`] of the non-zero weights counted
    /// (the `k`-th smallest, `k = (n - 1) * Q8_QUANTILE`), `None` if none.
    fn quantile(&self) -> Option<u16> {
        let n: usize = self.count[1..].iter().map(|&c| c as usize).sum();
        if n == 0 {
            return None;
        }
        let k = ((n - 1) as f64 * Q8_QUANTILE) as usize;
        let mut below = 0usize;
        for (m, &c) in self.count.iter().enumerate().skip(1) {
            below += c as usize;
            if below > k {
                return Some(m as u16);
            }
        }
        unreachable!("k < n")
    }
}

/// Decodes the varint at `*p` of `b` (as [`Reader::var`]), or `None` when
/// it is truncated or longer than 64 bits.
#[inline(always)]
fn var_at(b: &[u8], p: &mut usize) -> Option<u64> {
    let mut x = 0u64;
    let mut shift = 0;
    loop {
        let c = *b.get(*p)?;
        *p += 1;
        x |= ((c & 0x7f) as u64) << shift;
        if c < 0x80 {
            return Some(x);
        }
        shift += 7;
        if shift > 63 {
            return None;
        }
    }
}

/// The number of weights of a table's file encoding (its first varint).
fn encoded_len(exact: &[u8]) -> usize {
    var_at(exact, &mut 0).expect("own encoding") as usize
}

/// Calls `f(index, weight)` for each weight of a table's file encoding
/// (non-zero count, then delta-coded index + i16 per weight), in order.
/// The encoding was validated when it was read or written.
#[inline]
fn for_each_encoded(exact: &[u8], mut f: impl FnMut(usize, i16)) {
    let mut p = 0;
    let nz = var_at(exact, &mut p).expect("own encoding");
    let mut i = 0usize;
    for _ in 0..nz {
        i += var_at(exact, &mut p).expect("own encoding") as usize;
        f(i, i16::from_le_bytes([exact[p], exact[p + 1]]));
        p += 2;
    }
}

/// Little-endian payload writer.
#[derive(Default)]
pub struct Writer {
    /// Bytes written so far.
    pub buf: Vec<u8>,
}

impl Writer {
    /// Writes a u8.
    pub fn u8(&mut self, x: u8) {
        self.buf.push(x);
    }
    /// Writes a u32.
    pub fn u32(&mut self, x: u32) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    /// Writes a u64.
    pub fn u64(&mut self, x: u64) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    /// Writes an unsigned LEB128 varint.
    pub fn var(&mut self, mut x: u64) {
        while x >= 0x80 {
            self.buf.push((x as u8) | 0x80);
            x >>= 7;
        }
        self.buf.push(x as u8);
    }
    /// Writes a length-prefixed string.
    pub fn str(&mut self, s: &str) {
        self.var(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }
    /// Writes a list of strings.
    pub fn strs(&mut self, v: &[String]) {
        self.var(v.len() as u64);
        for s in v {
            self.str(s);
        }
    }
    /// Writes a table sparsely (its exact i16 weights).
    pub fn table(&mut self, t: &Table) {
        self.u32(t.rows() as u32);
        self.u32(t.cols as u32);
        self.buf.extend_from_slice(&t.exact);
    }
    /// The payload as a stored model file of the given kind: the same
    /// header with [`STORED`] set in the kind byte, then the payload as it
    /// is, not compressed. The embedded default models are kept so (the
    /// syntax crate's build script stores the shipped files' payloads):
    /// loading them decompresses nothing, for a few MB more of binary.
    pub fn finish_stored(self, kind: u8) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.buf.len() + 17);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.push(kind | STORED);
        out.extend_from_slice(&(self.buf.len() as u64).to_le_bytes());
        out.extend_from_slice(&self.buf);
        out
    }
    /// Wraps the payload into a model file of the given kind.
    pub fn finish(self, kind: u8) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.buf.len() / 2);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.push(kind);
        let z =
            zstd::bulk::compress(&self.buf, 19).expect("zstd compression of an in-memory buffer");
        out.extend_from_slice(&(self.buf.len() as u64).to_le_bytes());
        out.extend_from_slice(&z);
        out
    }
}

/// A table read from a model file, checked but not built yet: its shape
/// and its exact weights in the file encoding ([`Reader::raw_table`]).
pub struct RawTable {
    rows: usize,
    cols: usize,
    exact: Box<[u8]>,
    /// The i8 scale's magnitude ([`Magnitudes::quantile`]), counted while
    /// the weights were checked.
    mag: Option<u16>,
}

impl RawTable {
    /// Number of columns (classes).
    pub fn cols(&self) -> usize {
        self.cols
    }
    /// The inference table (i8 rows), as [`Reader::table`].
    pub fn build(self) -> Table {
        Table::from_encoded_at(self.rows, self.cols, self.exact, self.mag)
    }
    /// The training-mode table (exact i16 rows): the same as
    /// `self.build().to_exact()` without building the i8 rows.
    pub fn build_exact(self) -> Table {
        Table::exact_from_encoded(self.rows, self.cols, self.exact)
    }
}

/// Payload reader (the counterpart of [`Writer`]).
pub struct Reader<'a> {
    buf: std::borrow::Cow<'a, [u8]>,
    pos: usize,
}

impl<'a> Reader<'a> {
    /// Checks the header of a model file and decompresses its payload (or,
    /// for a stored file, [`Writer::finish_stored`], reads it in place).
    pub fn open(bytes: &'a [u8], kind: u8) -> Result<Reader<'a>, ModelError> {
        if bytes.len() < 17 || &bytes[..6] != MAGIC {
            return err("not a chronicle syntax model (bad magic)");
        }
        let v = u16::from_le_bytes([bytes[6], bytes[7]]);
        if v != FORMAT_VERSION {
            return err(format!("format version {v}, expected {FORMAT_VERSION}"));
        }
        let stored = bytes[8] & STORED != 0;
        if bytes[8] & !STORED != kind {
            return err(format!(
                "model kind {}, expected {kind} (1 = tagger, 2 = parser)",
                bytes[8] & !STORED
            ));
        }
        let n = u64::from_le_bytes(bytes[9..17].try_into().unwrap()) as usize;
        let buf = if stored {
            if bytes.len() - 17 != n {
                return err(format!(
                    "stored payload of {} bytes, the header says {n}",
                    bytes.len() - 17
                ));
            }
            std::borrow::Cow::Borrowed(&bytes[17..])
        } else {
            let buf = zstd::bulk::decompress(&bytes[17..], n)
                .map_err(|e| ModelError(format!("zstd: {e}")))?;
            std::borrow::Cow::Owned(buf)
        };
        Ok(Reader { buf, pos: 0 })
    }
    fn take(&mut self, n: usize) -> Result<&[u8], ModelError> {
        if self.pos + n > self.buf.len() {
            return err(format!("truncated payload at byte {}", self.pos));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    /// Reads a u8.
    pub fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    /// Reads a u32.
    pub fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }
    /// Reads a u64.
    pub fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
    /// Reads a varint.
    pub fn var(&mut self) -> Result<u64, ModelError> {
        let mut x = 0u64;
        let mut shift = 0;
        loop {
            let b = self.u8()?;
            x |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(x);
            }
            shift += 7;
            if shift > 63 {
                return err(format!("bad varint at byte {}", self.pos));
            }
        }
    }
    /// Reads a string.
    pub fn str(&mut self) -> Result<String, ModelError> {
        let n = self.var()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec())
            .map_err(|_| ModelError(format!("invalid UTF-8 at byte {}", self.pos)))
    }
    /// Reads a list of strings.
    pub fn strs(&mut self) -> Result<Vec<String>, ModelError> {
        let n = self.var()? as usize;
        (0..n).map(|_| self.str()).collect()
    }
    /// Reads a table (its i8 inference rows).
    pub fn table(&mut self) -> Result<Table, ModelError> {
        Ok(self.raw_table()?.build())
    }
    /// Reads and checks a table without building its rows, so that a model
    /// whose later sections choose the exact i16 rows builds only those
    /// ([`RawTable::build_exact`]).
    pub fn raw_table(&mut self) -> Result<RawTable, ModelError> {
        let rows = self.u32()? as usize;
        let cols = self.u32()? as usize;
        if !rows.is_power_of_two() || cols == 0 || rows.saturating_mul(cols) > 1 << 28 {
            return err(format!("bad table shape {rows}x{cols}"));
        }
        let start = self.pos;
        let b = &self.buf[..];
        let mut p = start;
        let truncated = |p: usize| ModelError(format!("truncated payload at byte {p}"));
        let nz = var_at(b, &mut p).ok_or_else(|| truncated(p))? as usize;
        let mut i = 0usize;
        let mut mags = Magnitudes::new();
        for k in 0..nz {
            let d = var_at(b, &mut p).ok_or_else(|| truncated(p))? as usize;
            i += d;
            if p + 2 > b.len() {
                return Err(truncated(p));
            }
            mags.add(i16::from_le_bytes([b[p], b[p + 1]]));
            p += 2;
            if i >= rows * cols || (d == 0 && k > 0) {
                return err(format!("table index {i} out of range or repeated"));
            }
        }
        self.pos = p;
        Ok(RawTable {
            rows,
            cols,
            exact: b[start..p].into(),
            mag: mags.quantile(),
        })
    }
    /// True when the whole payload was consumed.
    pub fn at_end(&self) -> bool {
        self.pos == self.buf.len()
    }
    /// Fails unless the whole payload was consumed.
    pub fn end(&self) -> Result<(), ModelError> {
        if self.pos != self.buf.len() {
            return err(format!("{} trailing bytes", self.buf.len() - self.pos));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_rows_skip_only_all_zero_rows_and_keep_the_sums() {
        // 8 rows x 3 columns: rows 1, 4 and 6 hold weights (in row 6 a weight
        // that rounds to zero in i8 next to one that does not)
        let nz = [(3u32, 500i16), (5, -200), (13, 7), (18, 3000), (19, 1)];
        let t = Table::from_i16(8, 3, &nz);
        let feats: Vec<u64> = (0..20u64).map(|i| i << 40 | i).collect();
        let mut out = vec![0u64; feats.len()];
        let k = t.live(&feats, &mut out);
        let want: Vec<u64> = feats
            .iter()
            .copied()
            .filter(|&h| matches!(h as usize & 7, 1 | 4 | 6))
            .collect();
        assert!(!want.is_empty() && want.len() < feats.len());
        assert_eq!(&out[..k], &want[..]);
        let mut kept = feats.clone();
        t.retain_live(&mut kept);
        assert_eq!(kept, want);
        let mut gathered = vec![0u64; feats.len()];
        let g = t.gather_live(feats.iter().copied(), &mut gathered);
        assert_eq!(&gathered[..g], &want[..]);
        let (mut a, mut b) = (vec![0i32; 3], vec![0i32; 3]);
        t.score(&feats, &mut a);
        t.score_live(&feats, &mut b, &mut Vec::new());
        assert_eq!(a, b);
        // training-mode tables have no row bits: every feature is kept
        let e = t.to_exact();
        assert_eq!(e.live(&feats, &mut out), feats.len());
        let mut all = feats.clone();
        e.retain_live(&mut all);
        assert_eq!(all, feats);
        assert_eq!(e.gather_live(feats.iter().copied(), &mut out), feats.len());
        assert_eq!(out, feats);
    }

    #[test]
    fn table_roundtrip_through_file() {
        let mut a = Averaged::new(16, 3);
        a.tick();
        a.update(&[5, 7], 1, 1.0);
        a.update(&[5], 2, -1.0);
        a.tick();
        let t = a.finalize(0.0);
        let mut w = Writer::default();
        w.str("hello");
        w.table(&t);
        w.var(300);
        let bytes = w.finish(1);
        let mut r = Reader::open(&bytes, 1).unwrap();
        assert_eq!(r.str().unwrap(), "hello");
        let t2 = r.table().unwrap();
        assert_eq!(r.var().unwrap(), 300);
        r.end().unwrap();
        assert_eq!(t, t2);
        let mut acc = [0i32; 3];
        t2.score(&[5], &mut acc);
        assert!(acc[1] > 0 && acc[2] < 0 && acc[0] == 0);
        assert!(Reader::open(&bytes, 2).is_err());
        assert!(Reader::open(b"garbage-garbage-garbage", 1).is_err());
    }

    #[test]
    fn row_prefetch4_addresses_4_byte_rows_and_only_the_first_line_of_others() {
        // the parser's transition table: 3 columns in 4-byte rows
        let t = Table::zeros(1 << 10, 3);
        let p = t.row_prefetch4();
        assert_eq!((p.base, p.mask), (t.bytes().as_ptr(), (1 << 10) - 1));
        // row 1,000's address is 4,000 bytes in (hashes keep their low bits)
        let at = p.base.wrapping_add((0x5000_03e8u64 as usize & p.mask) * 4);
        assert_eq!(at, &t.bytes()[4000] as *const i8);
        p.row(0x5000_03e8);
        // 8-byte rows, and a training-mode table: every row prefetches line 0
        assert_eq!(Table::zeros(1 << 10, 8).row_prefetch4().mask, 0);
        assert_eq!(Table::zeros(1 << 10, 3).to_exact().row_prefetch4().mask, 0);
    }

    #[test]
    fn i8_tables_keep_small_weights_and_clip_outliers() {
        // 2 rows x 3 cols: many ordinary weights and one huge outlier
        let mut nz: Vec<(u32, i16)> = vec![(0, 300), (1, -200), (2, 5)];
        nz.push((3, 32000));
        nz.push((5, -40));
        let t = Table::from_i16(2, 3, &nz);
        assert_eq!(t.stride, 4, "3 columns are padded to a 4-byte row");
        let b = t.bytes();
        // the outlier is clipped, the rest keep their sign and order
        assert_eq!(b[4], 127);
        assert!(b[0] > 0 && b[1] < 0 && b[0] > -b[1] && b[2] >= 0);
        assert!(b[6] < 0 && b[6] > b[1]);
        let mut acc = [0i32; 3];
        t.score(&[0, 1], &mut acc);
        assert_eq!(acc[0], b[0] as i32 + 127);
        // training mode scores the exact weights
        let e = t.to_exact();
        assert_eq!(e, t);
        e.score(&[0, 1], &mut acc);
        assert_eq!(acc, [300 + 32000, -200, 5 - 40]);
        // the exact weights are written back unchanged
        let mut w = Writer::default();
        w.table(&t);
        let bytes = w.finish(1);
        let t2 = Reader::open(&bytes, 1).unwrap().table().unwrap();
        assert_eq!(t, t2);
        let mut w2 = Writer::default();
        w2.table(&t2);
        assert_eq!(w2.finish(1), bytes);
        // wide rows are aligned to whole cache lines
        let wide = Table::from_i16(4, 56, &[(56 + 3, 9)]);
        assert_eq!(wide.stride, 64);
        let mut acc = vec![0i32; 56];
        wide.score(&[1], &mut acc);
        assert!(acc[3] > 0 && acc.iter().filter(|&&x| x != 0).count() == 1);
    }

    /// A pseudo-random sparse table of `rows` x `cols` (deterministic).
    fn noisy_table(rows: usize, cols: usize) -> Vec<(u32, i16)> {
        let mut x = 0x9E37_79B9_7F4A_7C15u64 ^ (rows * 31 + cols) as u64;
        let mut nz = Vec::new();
        for i in 0..rows * cols {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            if !x.is_multiple_of(3) {
                nz.push((i as u32, (x >> 40) as i16));
            }
        }
        nz
    }

    #[test]
    fn row_sums_of_every_stride_are_the_plain_sums() {
        // 2 to 4 columns: 4-byte rows (SSE4.1 sums where the CPU has it);
        // 56: one line; 65 to 96: two lines, summed in 96 lanes; 97: two
        // lines, all 128 lanes; 200: four
        for cols in [2, 3, 4, 56, 65, 93, 96, 97, 200] {
            let t = Table::from_i16(64, cols, &noisy_table(64, cols));
            let feats: Vec<u64> = (0..150u64).map(|k| k.wrapping_mul(0x2545_F491)).collect();
            let mut want = vec![0i32; cols];
            for &h in &feats {
                for (w, &x) in want.iter_mut().zip(t.row(h)) {
                    *w += x as i32;
                }
            }
            let mut acc = vec![7i32; cols];
            t.score(&feats, &mut acc);
            assert_eq!(acc, want, "{cols} columns");
            // accumulating adds to what is there
            let mut acc = vec![-5i32; cols];
            t.accumulate(&feats, &mut acc);
            let shifted: Vec<i32> = want.iter().map(|w| w - 5).collect();
            assert_eq!(acc, shifted, "{cols} columns, accumulated");
            // two lists summed at once overwrite `acc` with the sum of both,
            // wherever the lists are split (and one of them may be empty)
            for split in [0, 1, 45, 150] {
                let mut acc = vec![9i32; cols];
                t.sum2(&feats[..split], &feats[split..], &mut acc);
                assert_eq!(acc, want, "{cols} columns, sum2 split at {split}");
            }
            // more rows than i16 lanes can hold exactly: the i32 path
            let many: Vec<u64> = feats.iter().chain(&feats).copied().collect();
            let mut acc = vec![9i32; cols];
            t.sum2(&many[..100], &many[100..], &mut acc);
            let doubled: Vec<i32> = want.iter().map(|w| 2 * w).collect();
            assert_eq!(acc, doubled, "{cols} columns, sum2 of 300 rows");
        }
    }

    #[test]
    fn retain_live_prefetch_keeps_what_retain_live_keeps() {
        // rows of one line (cols ≤ 64), two (the tagger's), three (the
        // general path) and a training-mode table (no row bits)
        for cols in [3, 50, 100, 150] {
            let nz: Vec<(u32, i16)> = noisy_table(64, cols)
                .into_iter()
                .filter(|&(i, _)| (i as usize / cols).is_multiple_of(3))
                .collect();
            let t = Table::from_i16(64, cols, &nz);
            let feats: Vec<u64> = (0..300u64)
                .map(|i| i.wrapping_mul(0x9E37_79B9) ^ i << 50)
                .collect();
            for t in [t.clone(), t.to_exact()] {
                let mut want = feats.clone();
                t.retain_live(&mut want);
                let mut got = feats.clone();
                t.retain_live_prefetch(&mut got);
                assert_eq!(got, want, "cols {cols}, exact {}", t.is_exact());
                assert!(t.is_exact() || (want.len() < feats.len() && !want.is_empty()));
            }
        }
    }

    #[test]
    fn stored_files_read_as_the_compressed_ones_and_bad_ones_say_why() {
        let t = Table::from_i16(16, 5, &noisy_table(16, 5));
        let payload = |w: &mut Writer| {
            w.strs(&["nsubj".to_string(), "obj".to_string()]);
            w.table(&t);
            w.var(300);
        };
        let (mut a, mut b) = (Writer::default(), Writer::default());
        payload(&mut a);
        payload(&mut b);
        let (zipped, stored) = (a.finish(2), b.finish_stored(2));
        assert_eq!(stored[8], 2 | STORED);
        for bytes in [&zipped, &stored] {
            let mut r = Reader::open(bytes, 2).unwrap();
            assert_eq!(r.strs().unwrap(), ["nsubj", "obj"]);
            assert_eq!(r.table().unwrap(), t);
            assert_eq!(r.var().unwrap(), 300);
            r.end().unwrap();
        }
        // the kind is checked without the flag, and named without it
        let e = Reader::open(&stored, 1).err().unwrap();
        assert_eq!(e.0, "model kind 2, expected 1 (1 = tagger, 2 = parser)");
        // a stored payload cut short, or with bytes after it
        let cut = &stored[..stored.len() - 3];
        let e = Reader::open(cut, 2).err().unwrap();
        let n = stored.len() - 17;
        assert_eq!(
            e.0,
            format!("stored payload of {} bytes, the header says {n}", n - 3)
        );
        let mut long = stored.clone();
        long.push(0);
        assert!(
            Reader::open(&long, 2)
                .err()
                .unwrap()
                .0
                .starts_with("stored payload of")
        );
    }

    #[cfg(feature = "embedded-models")]
    #[test]
    fn embedded_models_are_the_shipped_files_stored() {
        let tagger: &[u8] = include_bytes!("../../../data/models/tagger.bin");
        let parser: &[u8] = include_bytes!("../../../data/models/fast/parser.bin");
        for (embedded, file, kind) in [
            (crate::EMBEDDED_TAGGER, tagger, 1),
            (crate::EMBEDDED_PARSER, parser, 2),
        ] {
            assert_eq!((embedded[8], file[8]), (kind | STORED, kind));
            let a = Reader::open(embedded, kind).unwrap();
            let b = Reader::open(file, kind).unwrap();
            assert!(matches!(a.buf, std::borrow::Cow::Borrowed(_)));
            assert_eq!(a.buf, b.buf);
        }
    }

    #[test]
    fn one_pass_build_matches_the_sorted_scale_and_the_row_scan() {
        // the i8 rows and live bits as they were built before the one-pass
        // build: the scale from the sorted non-zero magnitudes, each index
        // divided by `cols`, then every row scanned for a non-zero byte
        let mut sparse = vec![(2u32, 9000i16), (3, 1), (4 * 700 + 1, -32768)];
        sparse.push((4 * 1023 + 3, 12));
        let cases = [
            (16, 5, noisy_table(16, 5)),
            (64, 64, noisy_table(64, 64)),
            (8, 70, noisy_table(8, 70)),
            (1024, 4, sparse),
            (4, 3, vec![(0, 0), (5, 0)]),
            (4, 3, Vec::new()),
        ];
        for (rows, cols, nz) in cases {
            let t = Table::from_i16(rows, cols, &nz);
            let mut mags: Vec<u16> = nz
                .iter()
                .filter(|x| x.1 != 0)
                .map(|x| x.1.unsigned_abs())
                .collect();
            mags.sort_unstable();
            let scale = match mags.len() {
                0 => 1.0,
                n => Q8_AT / mags[((n - 1) as f64 * Q8_QUANTILE) as usize].max(1) as f64,
            };
            let mut want = vec![0i8; t.bytes().len()];
            for &(i, w) in &nz {
                let (r, c) = (i as usize / cols, i as usize % cols);
                want[r * t.stride + c] = (w as f64 * scale).round().clamp(-127.0, 127.0) as i8;
            }
            assert_eq!(t.bytes(), &want[..], "{rows}x{cols}");
            for r in 0..rows {
                let row = &want[r * t.stride..r * t.stride + cols];
                let live = row.iter().any(|&x| x != 0) as usize;
                assert_eq!(t.live_bit(r), live, "{rows}x{cols} row {r}");
            }
            // read back from a file: the scale counted while checking
            let mut w = Writer::default();
            w.table(&t);
            let bytes = w.finish(2);
            let b = Reader::open(&bytes, 2).unwrap().table().unwrap();
            assert_eq!((b.q, b.live), (t.q.clone(), t.live.clone()));
        }
    }

    #[test]
    fn raw_tables_build_the_tables_the_reader_builds() {
        let nz = noisy_table(16, 5);
        let t = Table::from_i16(16, 5, &nz);
        let mut w = Writer::default();
        w.table(&t);
        w.table(&t);
        let bytes = w.finish(2);
        let mut r = Reader::open(&bytes, 2).unwrap();
        let (a, b) = (r.raw_table().unwrap(), r.raw_table().unwrap());
        r.end().unwrap();
        assert_eq!(a.cols(), 5);
        let (a, b) = (a.build(), b.build_exact());
        assert!(!a.is_exact() && b.is_exact());
        assert_eq!(a, t);
        assert_eq!(a.q, t.q);
        assert_eq!(a.live, t.live);
        assert_eq!(b, t.to_exact());
        assert_eq!(b.wide, t.to_exact().wide);
        assert_eq!(b.exact_weights(), nz);
        // a truncated table is an error, not a panic
        let mut w = Writer::default();
        w.u32(16);
        w.u32(5);
        w.var(3);
        w.var(1);
        let bytes = w.finish(2);
        assert!(Reader::open(&bytes, 2).unwrap().raw_table().is_err());
    }

    #[test]
    fn mean_of_tables_averages_the_exact_weights_and_rescales() {
        let a = Table::from_i16(4, 3, &[(0, 32000), (4, -100), (7, 50)]);
        let b = Table::from_i16(4, 3, &[(0, 16000), (4, 100), (11, -32000)]);
        let m = Table::mean(&[&a, &b]).unwrap();
        // sums 48000, 0, 50, -32000; largest 48000 -> 32000
        assert_eq!(m.exact_weights(), vec![(0, 32000), (7, 33), (11, -21333)]);
        assert_eq!(a.exact_weights(), vec![(0, 32000), (4, -100), (7, 50)]);
        // an inference table like any other: i8 rows, exact weights kept
        let mut acc = [0i32; 3];
        m.score(&[3], &mut acc);
        assert!(acc[2] < 0 && acc[0] == 0 && acc[1] == 0);
        assert!(!m.is_exact() && m.to_exact().is_exact());
        assert_eq!(Table::mean(&[&a]).unwrap(), a);
        assert!(Table::mean(&[&a, &Table::from_i16(4, 2, &[])]).is_none());
        assert!(Table::mean(&[&a, &Table::from_i16(8, 3, &[])]).is_none());
        assert!(Table::mean(&[]).is_none());
    }

    #[test]
    fn restart_from_average_keeps_the_averaged_model_and_restarts_the_clock() {
        let mut a = Averaged::new(16, 3);
        a.tick();
        a.update(&[5, 7], 1, 1.0);
        a.tick();
        a.update(&[5], 2, -2.0);
        a.tick();
        a.tick();
        let before = a.finalize(0.0);
        // feature 5, class 1: weight 1 from tick 1 on, averaged over 4 ticks
        a.restart_from_average();
        assert_eq!(a.t, 1);
        let mut acc = [0f32; 3];
        a.score(&[5], &mut acc);
        assert_eq!(acc, [0.0, 0.75, -1.0]);
        // no further steps: the same averaged model
        assert_eq!(a.finalize(0.0), before);
        // later steps average on top of the restarted weights only
        a.tick();
        a.update(&[7], 0, 4.0);
        a.tick();
        a.score(&[7], &mut acc);
        assert_eq!(acc, [4.0, 0.75, 0.0]);
        // class 0: 4 for 1 of 3 instants = 4/3; class 1: 0.75 throughout
        let t = a.finalize(0.0).to_exact();
        let mut sc = [0i32; 3];
        t.score(&[7], &mut sc);
        // (largest magnitude 4/3 -> 32000)
        assert_eq!(sc, [32000, 18000, 0]);
    }
}
