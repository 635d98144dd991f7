//! Weight tables (training-time averaged perceptron and compact quantized
//! inference tables) and the versioned binary model container.
//!
//! File layout: `b"CHRSYN"`, format version (u16 LE), kind (u8: 1 tagger,
//! 2 parser), then a zstd frame holding the payload written by [`Writer`].
//! Weight tables are stored sparsely (delta-coded index + i16 value).

use thiserror::Error;

/// Current binary format version.
pub const FORMAT_VERSION: u16 = 2;
const MAGIC: &[u8; 6] = b"CHRSYN";

/// A model file could not be read.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("model: {0}")]
pub struct ModelError(pub String);

fn err<T>(m: impl Into<String>) -> Result<T, ModelError> {
    Err(ModelError(m.into()))
}

/// Quantized weight table used at inference: `rows` (a power of two) rows of
/// `cols` i16 weights, contiguous. A feature hash selects a row.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    mask: usize,
    cols: usize,
    data: Vec<i16>,
}

impl Table {
    /// An all-zero table.
    /// Large tables ask the OS for transparent huge pages (Linux): lookups
    /// are random, so with 4 KiB pages nearly every row access is a TLB miss.
    pub fn zeros(rows: usize, cols: usize) -> Table {
        assert!(rows.is_power_of_two());
        let data = vec![0i16; rows * cols];
        advise_huge(&data);
        Table {
            mask: rows - 1,
            cols,
            data,
        }
    }
    /// Number of columns (classes).
    pub fn cols(&self) -> usize {
        self.cols
    }
    /// Number of rows.
    pub fn rows(&self) -> usize {
        self.mask + 1
    }
    /// Adds the row selected by `h` into `acc` (length ≥ `cols`).
    #[inline]
    pub fn add(&self, h: u64, acc: &mut [i32]) {
        let r = (h as usize & self.mask) * self.cols;
        let row = &self.data[r..r + self.cols];
        for (a, &w) in acc[..self.cols].iter_mut().zip(row) {
            *a += w as i32;
        }
    }
    /// Sums the rows of all `feats` into `acc` (cleared first). Rows are
    /// prefetched first so their cache misses overlap.
    #[inline]
    pub fn score(&self, feats: &[u64], acc: &mut [i32]) {
        acc[..self.cols].fill(0);
        self.prefetch(feats);
        for &h in feats {
            self.add(h, acc);
        }
    }

    /// Issues cache prefetches for the rows of `feats`.
    #[inline]
    pub fn prefetch(&self, feats: &[u64]) {
        #[cfg(target_arch = "x86_64")]
        for &h in feats {
            let r = (h as usize & self.mask) * self.cols;
            let row = &self.data[r..r + self.cols];
            // One prefetch per 64-byte line of the row.
            for k in (0..row.len()).step_by(32) {
                let p = row[k..].as_ptr() as *const i8;
                // SAFETY: prefetching is only a hint and `p` points into `self.data`.
                unsafe { std::arch::x86_64::_mm_prefetch(p, std::arch::x86_64::_MM_HINT_T0) };
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = feats;
    }
    fn nonzero(&self) -> usize {
        self.data.iter().filter(|&&x| x != 0).count()
    }
}

#[cfg(target_os = "linux")]
fn advise_huge(data: &[i16]) {
    const HUGE: usize = 2 << 20;
    let bytes = std::mem::size_of_val(data);
    if bytes < 2 * HUGE {
        return;
    }
    let start = data.as_ptr() as usize;
    let a = start.next_multiple_of(HUGE);
    let end = (start + bytes) / HUGE * HUGE;
    if end > a {
        // SAFETY: the range lies inside `data`'s allocation and is 2 MiB
        // aligned; MADV_HUGEPAGE only changes how the kernel backs the pages
        // (a failure is harmless and ignored).
        unsafe {
            libc::madvise(a as *mut libc::c_void, end - a, libc::MADV_HUGEPAGE);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge(_: &[i16]) {}

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
    /// Averaged weights, quantized to i16 (with weights below `prune` of the
    /// largest magnitude zeroed).
    pub fn finalize(&self, prune: f64) -> Table {
        let t = self.t.max(1) as f64;
        let avg: Vec<f64> = (0..self.w.len())
            .map(|i| (self.total[i] + (self.t - self.stamp[i]) as f64 * self.w[i] as f64) / t)
            .collect();
        let max = avg.iter().fold(0f64, |m, &x| m.max(x.abs())).max(1e-9);
        let scale = 32000.0 / max;
        let data = avg
            .iter()
            .map(|&x| {
                if x.abs() < prune * max {
                    0
                } else {
                    (x * scale).round() as i16
                }
            })
            .collect();
        Table {
            mask: self.mask,
            cols: self.cols,
            data,
        }
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
    /// Writes a table sparsely.
    pub fn table(&mut self, t: &Table) {
        self.u32(t.rows() as u32);
        self.u32(t.cols as u32);
        self.var(t.nonzero() as u64);
        let mut last = 0usize;
        for (i, &x) in t.data.iter().enumerate() {
            if x != 0 {
                self.var((i - last) as u64);
                self.buf.extend_from_slice(&x.to_le_bytes());
                last = i;
            }
        }
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

/// Payload reader (the counterpart of [`Writer`]).
pub struct Reader {
    buf: Vec<u8>,
    pos: usize,
}

impl Reader {
    /// Checks the header of a model file and decompresses its payload.
    pub fn open(bytes: &[u8], kind: u8) -> Result<Reader, ModelError> {
        if bytes.len() < 17 || &bytes[..6] != MAGIC {
            return err("not a chronicle syntax model (bad magic)");
        }
        let v = u16::from_le_bytes([bytes[6], bytes[7]]);
        if v != FORMAT_VERSION {
            return err(format!("format version {v}, expected {FORMAT_VERSION}"));
        }
        if bytes[8] != kind {
            return err(format!(
                "model kind {}, expected {kind} (1 = tagger, 2 = parser)",
                bytes[8]
            ));
        }
        let n = u64::from_le_bytes(bytes[9..17].try_into().unwrap()) as usize;
        let buf = zstd::bulk::decompress(&bytes[17..], n)
            .map_err(|e| ModelError(format!("zstd: {e}")))?;
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
    /// Reads a table.
    pub fn table(&mut self) -> Result<Table, ModelError> {
        let rows = self.u32()? as usize;
        let cols = self.u32()? as usize;
        if !rows.is_power_of_two() || cols == 0 || rows.saturating_mul(cols) > 1 << 28 {
            return err(format!("bad table shape {rows}x{cols}"));
        }
        let mut t = Table::zeros(rows, cols);
        let nz = self.var()? as usize;
        let mut i = 0usize;
        for _ in 0..nz {
            i += self.var()? as usize;
            let b = self.take(2)?;
            let x = i16::from_le_bytes([b[0], b[1]]);
            match t.data.get_mut(i) {
                Some(slot) => *slot = x,
                None => return err(format!("table index {i} out of range")),
            }
        }
        Ok(t)
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
}
