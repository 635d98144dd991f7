//! Dependency parser: greedy arc-hybrid transition system with the root at
//! the end of the buffer, a dynamic oracle for training (projectivized
//! trees), and two averaged perceptrons over hashed Zhang & Nivre-style
//! features: one picks the unlabeled transition (SHIFT / LEFT / RIGHT), the
//! other the relation of each arc (conditioned on its direction).

use crate::hash::{Rng, f1, f2, f3, fmix, hash_lower, hash_str};
use crate::model::{Averaged, ModelError, Reader, Table, Writer};
use crate::tagger::TrainOpts;
use chronicle_doc::Sym;
use chronicle_doc::conllu::UdSentence;
use std::collections::HashMap;

const KIND: u8 = 2;
/// Move the first buffer item onto the stack.
pub const SHIFT: usize = 0;
/// Attach the stack top to the first buffer item and pop it.
pub const LEFT: usize = 1;
/// Attach the stack top to the item below it and pop it.
pub const RIGHT: usize = 2;
/// Transition table columns (3 used, padded for alignment).
const TCOLS: usize = 4;
/// "no token" marker in heads and child slots.
pub const NONE: u32 = u32::MAX;
const ROOT_W: u64 = 0x524f_4f54_0000_0001;
const NULL_W: u64 = 0x4e55_4c4c_0000_0002;
const NO_LABEL: u64 = 0x4e4f_4c42_0000_0003;
/// Feature layout (see [`features`]): the first `NB` features read only
/// the buffer front (b0, b1 = b0 + 1, b2 = b0 + 2), so their summed
/// transition scores are cached while b0 stays (LEFT and RIGHT keep it); of
/// those the first `B_LABEL`, and of the rest the first `R_LABEL`, are also
/// label features. (Hashes carry the feature id, so the order is free.)
const NB: usize = 13;
const B_LABEL: usize = 6;
const R_LABEL: usize = 56;
/// Number of features [`features`] extracts.
const NF: usize = 109;
/// Model-file section tag of the beam width (absent in greedy models).
const BEAM_TAG: u8 = b'B';
/// Model-file section tag of the label-feature set (absent = the original
/// relation features only; see [`label_extra`]).
const LABELX_TAG: u8 = b'L';
/// Label-feature sets a model may ask for: 0 = original, 1 = + [`label_extra`].
pub const MAX_LABELX: u8 = 1;
/// Number of features [`label_extra`] appends.
const NLX: usize = 16;
/// Model-file section tag of the transition-feature set (absent = the
/// original 109 transition features; see [`trans_extra`]).
const TRANSX_TAG: u8 = b'X';
/// Transition-feature sets a beam model may ask for: 0 = original,
/// 1 = + [`trans_extra`].
pub const MAX_TRANSX: u8 = 1;
/// Number of features [`trans_extra`] appends.
const NTX: usize = 14;
/// The label- and transition-feature set number of a lean greedy model
/// ([`Lean`]: template subsets whose ids follow the set number in the file).
pub const LEAN_SET: u8 = 2;
/// The transition templates kept by the shipped lean parser
/// (`data/models/fast/parser.bin`, the embedded default). A model with this
/// exact set hashes its features with a copy of the feature code in which
/// the template tests are constants: the 30 dropped templates' code and the
/// per-template bit tests disappear, and every kept feature's slot is fixed.
/// Any other set runs the same code with run-time tests.
const SHIPPED_TIDS: [u8; 79] = [
    1, 2, 3, 4, 5, 6, 7, 8, 12, 15, 16, 17, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 33, 34, 35,
    37, 38, 39, 40, 41, 42, 45, 46, 48, 49, 50, 51, 52, 53, 57, 59, 60, 61, 62, 63, 64, 65, 68, 69,
    70, 72, 73, 76, 77, 79, 80, 82, 83, 84, 85, 86, 88, 89, 90, 91, 92, 93, 95, 96, 98, 99, 101,
    102, 103, 104, 105, 106, 107,
];
/// Bit `id` set for each of [`SHIPPED_TIDS`].
const SHIPPED_TMASK: u128 = {
    let mut m = 0u128;
    let mut i = 0;
    while i < SHIPPED_TIDS.len() {
        m |= 1u128 << SHIPPED_TIDS[i];
        i += 1;
    }
    m
};
/// Largest beam width a model may ask for.
pub const MAX_BEAM: u32 = 64;
/// Model-file section tag of the inference precision (absent = the i8
/// tables of [`Table::from_i16`]; 1 = score with the exact i16 weights, as
/// training does; see [`Parser::set_exact_inference`]).
const PREC_TAG: u8 = b'Q';

/// A parser configuration, with buffers reused across sentences.
#[derive(Default, Clone, Debug)]
pub struct State {
    /// Number of words; the root is token `n` (last in the buffer).
    pub n: usize,
    /// Stack of token indices (top = last).
    pub stack: Vec<u32>,
    /// Index of the first buffer item (`n` = only the root is left).
    pub b: usize,
    /// Head of each word (`n` = root, `NONE` = not attached yet).
    pub heads: Vec<u32>,
    /// Relation id of each word's arc.
    pub labels: Vec<u16>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
}

impl State {
    /// The `k`-th stack item from the top (`s0`, `s1`, …), or `null` when the
    /// stack is shorter.
    #[inline]
    fn stack_at(&self, k: usize, null: usize) -> usize {
        let sl = self.stack.len();
        if sl > k {
            self.stack[sl - 1 - k] as usize
        } else {
            null
        }
    }

    /// Starts parsing a sentence of `n` words.
    pub fn reset(&mut self, n: usize) {
        self.n = n;
        self.stack.clear();
        self.b = 0;
        for v in [
            &mut self.heads,
            &mut self.lc1,
            &mut self.lc2,
            &mut self.rc1,
            &mut self.rc2,
        ] {
            v.clear();
            v.resize(n + 1, NONE);
        }
        self.labels.clear();
        self.labels.resize(n + 1, 0);
        self.nl.clear();
        self.nl.resize(n + 1, 0);
        self.nr.clear();
        self.nr.resize(n + 1, 0);
        self.lset.clear();
        self.lset.resize(n + 1, 0);
        self.rset.clear();
        self.rset.resize(n + 1, 0);
    }

    /// Makes `self` a copy of `o`, reusing its buffers.
    pub fn copy_from(&mut self, o: &State) {
        self.n = o.n;
        self.b = o.b;
        self.stack.clone_from(&o.stack);
        self.heads.clone_from(&o.heads);
        self.labels.clone_from(&o.labels);
        self.lc1.clone_from(&o.lc1);
        self.lc2.clone_from(&o.lc2);
        self.rc1.clone_from(&o.rc1);
        self.rc2.clone_from(&o.rc2);
        self.nl.clone_from(&o.nl);
        self.nr.clone_from(&o.nr);
        self.lset.clone_from(&o.lset);
        self.rset.clone_from(&o.rset);
    }

    /// True when parsing is finished.
    pub fn terminal(&self) -> bool {
        self.b == self.n && self.stack.is_empty()
    }

    /// Whether transition `t` is allowed (a single root is enforced: only the
    /// last stack item may attach to the root).
    #[inline]
    pub fn valid(&self, t: usize) -> bool {
        match t {
            SHIFT => self.b < self.n,
            LEFT => !self.stack.is_empty() && (self.b < self.n || self.stack.len() == 1),
            RIGHT => self.stack.len() >= 2,
            _ => false,
        }
    }

    fn arc(&mut self, h: u32, d: u32, l: u16) {
        self.heads[d as usize] = h;
        self.labels[d as usize] = l;
        let h = h as usize;
        let bit = 1u64 << (l as u32).min(63);
        if d < h as u32 {
            self.lset[h] |= bit;
            self.nl[h] = self.nl[h].saturating_add(1);
            if self.lc1[h] == NONE || d < self.lc1[h] {
                self.lc2[h] = self.lc1[h];
                self.lc1[h] = d;
            } else if self.lc2[h] == NONE || d < self.lc2[h] {
                self.lc2[h] = d;
            }
        } else {
            self.rset[h] |= bit;
            self.nr[h] = self.nr[h].saturating_add(1);
            if self.rc1[h] == NONE || d > self.rc1[h] {
                self.rc2[h] = self.rc1[h];
                self.rc1[h] = d;
            } else if self.rc2[h] == NONE || d > self.rc2[h] {
                self.rc2[h] = d;
            }
        }
    }

    /// The only valid transition, if just one is: SHIFT when the stack is
    /// empty; with only the root left in the buffer, LEFT for the last stack
    /// item and RIGHT otherwise.
    #[inline]
    pub fn forced(&self) -> Option<usize> {
        if self.stack.is_empty() {
            (self.b < self.n).then_some(SHIFT)
        } else if self.b == self.n {
            Some(if self.stack.len() == 1 { LEFT } else { RIGHT })
        } else {
            None
        }
    }

    /// Applies a valid transition (`label` is used by LEFT and RIGHT).
    #[inline]
    pub fn apply(&mut self, t: usize, label: u16) {
        match t {
            SHIFT => {
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            LEFT => {
                let s0 = self.stack.pop().unwrap();
                self.arc(self.b as u32, s0, label);
            }
            _ => {
                let s0 = self.stack.pop().unwrap();
                let s1 = *self.stack.last().unwrap();
                self.arc(s1, s0, label);
            }
        }
    }

    /// Head and dependent of the arc transition `t` would add.
    #[inline]
    pub fn arc_of(&self, t: usize) -> (u32, u32) {
        let s0 = *self.stack.last().unwrap();
        if t == LEFT {
            (self.b as u32, s0)
        } else {
            (self.stack[self.stack.len() - 2], s0)
        }
    }

    /// Dynamic-oracle cost of each transition given projective gold heads
    /// (`gold[d]` = head, `n` for the root); invalid transitions cost `u32::MAX`.
    pub fn costs(&self, gold: &[u32], out: &mut [u32; 3]) {
        let n = self.n;
        let b = self.b;
        *out = [u32::MAX; 3];
        let s0 = self.stack.last().map(|&x| x as usize);
        if self.valid(SHIFT) {
            let mut c = 0;
            let top = self.stack.len().saturating_sub(1);
            for (i, &k) in self.stack.iter().enumerate() {
                if gold[k as usize] == b as u32 {
                    c += 1;
                }
                if i < top && gold[b] == k {
                    c += 1;
                }
            }
            out[SHIFT] = c;
        }
        if let Some(s0) = s0 {
            let deps_in_buffer = (b..n).filter(|&d| gold[d] == s0 as u32).count() as u32;
            let g = gold[s0] as usize;
            if self.valid(LEFT) {
                let s1 = if self.stack.len() >= 2 {
                    self.stack[self.stack.len() - 2] as usize
                } else {
                    usize::MAX
                };
                let lost_head = g != b && (g == s1 || g > b);
                out[LEFT] = lost_head as u32 + deps_in_buffer;
            }
            if self.valid(RIGHT) {
                out[RIGHT] = (g >= b) as u32 + deps_in_buffer;
            }
        }
    }
}

/// Reusable buffers for parsing.
#[derive(Default)]
pub struct ParseScratch {
    /// The configuration.
    pub state: State,
    w: Vec<u64>,
    t: Vec<u64>,
    u: Vec<u64>,
    cf: Vec<u64>,
    cc: Vec<u64>,
    feats: Vec<u64>,
    lfeats: Vec<u64>,
    acc: Vec<i32>,
    lacc: Vec<i32>,
    beam: BeamScratch,
    bcache: Vec<[i32; TCOLS]>,
    bok: Vec<bool>,
    memo: LabelMemo,
    /// The greedy decoder's features with live table rows ([`Table::live`]).
    live: Vec<u64>,
}

#[inline]
fn dist_bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

/// Per-token hashes the features read, for tokens `0..=n+1` (`n` = root,
/// `n+1` = none).
pub struct Inputs<'a> {
    /// Lowercase words.
    pub w: &'a [u64],
    /// XPOS.
    pub t: &'a [u64],
    /// UPOS.
    pub u: &'a [u64],
    /// Fine word clusters.
    pub cf: &'a [u64],
    /// Coarse word clusters.
    pub cc: &'a [u64],
}

/// Extracts the features of the configuration into `out`.
#[inline]
pub fn features(st: &State, x: &Inputs, out: &mut Vec<u64>) {
    features_with(st, x, out, 0, |_| {});
}

/// Calls `put` with each feature of the configuration, in order, when
/// `keep` accepts its template id (`keep` sees every id, in order; the
/// original sets keep all, a constant the compiler folds away).
macro_rules! emit {
    ($put:ident, $keep:ident, $hash:ident; $($f:ident($id:literal $(, $a:expr)*)),* $(,)?) => {
        $( if $keep($id) { $put(if $hash($id) { $f($id $(, $a)*) } else { 0 }); } )*
    };
}

/// [`features`], calling `seen` with each feature as soon as it is hashed:
/// the greedy decoder prefetches its row there, so the cache misses of the
/// first rows overlap the hashing of the rest (hashing all 109 first and
/// then prefetching left the two in sequence).
///
/// `prefix` > 0: `out` already starts with the `prefix` features of the
/// buffer-front block ([0, NB) in emit order, the kept ones) hashed for the
/// same buffer front; they are kept and not hashed again.
#[inline(always)]
fn features_with(st: &State, x: &Inputs, out: &mut Vec<u64>, prefix: usize, seen: impl FnMut(u64)) {
    features_sel(st, x, out, prefix, |_| true, seen);
}

/// [`features_with`] restricted to the templates `keep` accepts (by
/// template id; transition-feature set 2 keeps a subset, see [`Lean`]).
#[inline(always)]
fn features_sel(
    st: &State,
    x: &Inputs,
    out: &mut Vec<u64>,
    prefix: usize,
    keep: impl FnMut(u64) -> bool,
    seen: impl FnMut(u64),
) {
    features_part(st, x, out, prefix, keep, |_| true, seen);
}

/// [`features_sel`] hashing only the kept templates `hash` accepts: the
/// others keep their slots but hold 0 (a forced arc reads only its
/// relation features, so the transition-only ones need no hashing).
#[inline(always)]
fn features_part(
    st: &State,
    x: &Inputs,
    out: &mut Vec<u64>,
    prefix: usize,
    mut keep: impl FnMut(u64) -> bool,
    hash: impl Fn(u64) -> bool,
    mut seen: impl FnMut(u64),
) {
    let n = st.n;
    let null = n + 1;
    // every slice cut to the length it has (inputs: tokens, root and null;
    // the configuration's per-word vectors: at least the n words): an index
    // tested `< n` needs no bounds check, and one index into the five inputs
    // is checked once, not once per input
    let (w, t, u, cf, cc) = (
        &x.w[..n + 2],
        &x.t[..n + 2],
        &x.u[..n + 2],
        &x.cf[..n + 2],
        &x.cc[..n + 2],
    );
    let (lc1, lc2, rc1, rc2) = (&st.lc1[..n], &st.lc2[..n], &st.rc1[..n], &st.rc2[..n]);
    let (labels, nl, nr, lsets, rsets) = (
        &st.labels[..n],
        &st.nl[..n],
        &st.nr[..n],
        &st.lset[..n],
        &st.rset[..n],
    );
    let ix = |x: u32| if x == NONE { null } else { x as usize };
    let sl = st.stack.len();
    let (s0, s1, s2) = (
        st.stack_at(0, null),
        st.stack_at(1, null),
        st.stack_at(2, null),
    );
    let b0 = st.b;
    let b1 = if st.b < n { st.b + 1 } else { null };
    let b2 = if st.b + 1 < n { st.b + 2 } else { null };
    let kid = |v: &[u32], x: usize| if x < n { ix(v[x]) } else { null };
    let s0l1 = kid(lc1, s0);
    let s0l2 = kid(lc2, s0);
    let s0r1 = kid(rc1, s0);
    let s0r2 = kid(rc2, s0);
    let s1r1 = kid(rc1, s1);
    let s1l1 = kid(lc1, s1);
    let b0l1 = kid(lc1, b0);
    let b0l2 = kid(lc2, b0);
    let lab = |x: usize| if x < n { labels[x] as u64 } else { NO_LABEL };
    let d = if s0 < n { dist_bucket(b0 - s0) } else { 99 };
    let d01 = if s1 < n && s0 < n {
        dist_bucket(s0 - s1)
    } else {
        99
    };
    let vl = |x: usize| if x < n { nl[x] as u64 } else { 99 };
    let lset = |x: usize| if x < n { lsets[x] } else { u64::MAX };
    let rset = |x: usize| if x < n { rsets[x] } else { u64::MAX };
    let vr = |x: usize| if x < n { nr[x] as u64 } else { 99 };
    let (s0w, s0t, s1w, s1t, b0w, b0t, b1w, b1t) =
        (w[s0], t[s0], w[s1], t[s1], w[b0], t[b0], w[b1], t[b1]);
    // written by index into the vector's spare capacity, its length set
    // once at the end (a push per feature loaded and stored the length; a
    // local array was zeroed first and copied into the vector after)
    out.truncate(prefix);
    out.reserve(NF);
    let spare: &mut [std::mem::MaybeUninit<u64>; NF] =
        (&mut out.spare_capacity_mut()[..NF]).try_into().unwrap();
    let mut k = 0;
    let mut put = |h: u64| {
        spare[k].write(h);
        k += 1;
        seen(h);
    };
    if prefix == 0 {
        emit!(put, keep, hash;
        // [0, B_LABEL): words after the stack, label model too (b1 = b0 + 1, b2 = b0 + 2: functions of b0)
        f1(4, b0w),
        f1(5, b0t),
        f2(6, b0w, b0t),
        f2(39, b1w, b1t),
        f1(40, b1t),
        f1(85, cf[b0]),
        // [B_LABEL, NB): words after the stack, transitions only
        f2(49, b0t, b1t),
        f3(50, b0t, b1t, t[b2]),
        f1(51, w[b2]),
        f1(52, t[b2]),
        f1(53, b1w),
        f1(98, cf[b1]),
        f2(101, cf[b0], b1t),
        );
    }
    emit!(put, keep, hash;
        // [NB, NB + R_LABEL): the rest, label model too
        f1(1, s0w),
        f1(2, s0t),
        f2(3, s0w, s0t),
        f1(7, s1w),
        f1(8, s1t),
        f2(9, s1w, s1t),
        f2(10, s0t, b0t),
        f2(11, s0w, b0w),
        f3(12, s0w, s0t, b0t),
        f3(13, s0t, b0w, b0t),
        f2(14, s1t, s0t),
        f2(15, s1w, s0w),
        f3(16, s1t, s0w, s0t),
        f3(17, s1w, s1t, s0t),
        f2(18, s0t, d),
        f2(19, s0w, d),
        f2(20, b0t, d),
        f3(21, s0t, b0t, d),
        f3(22, s1t, s0t, d01),
        f2(23, u[s0], u[b0]),
        f2(24, u[s1], u[s0]),
        f3(25, s0t, t[s0l1], lab(s0l1)),
        f2(26, s0t, lab(s0r1)),
        f2(27, b0t, lab(b0l1)),
        f3(28, s0t, lab(s0l1), lab(s0l2)),
        f3(29, s0t, lab(s0r1), lab(s0r2)),
        f3(30, b0t, lab(b0l1), lab(b0l2)),
        f2(31, s0t, vl(s0)),
        f2(32, s0t, vr(s0)),
        f2(33, b0t, vl(b0)),
        f2(34, s0w, vl(s0)),
        f2(35, s0w, vr(s0)),
        f2(36, b0w, vl(b0)),
        f3(37, s0t, b0t, b1t),
        f3(38, s1t, s0t, b0t),
        f1(41, w[s0l1]),
        f1(42, t[s0l1]),
        f1(43, w[s0r1]),
        f1(44, t[s0r1]),
        f1(45, w[b0l1]),
        f1(46, t[b0l1]),
        f3(47, s0t, b0t, lab(s0l1)),
        f3(48, u[s1], u[s0], u[b0]),
        f1(84, cf[s0]),
        f2(86, cf[s0], b0t),
        f2(87, s0t, cf[b0]),
        f2(88, cc[s0], cc[b0]),
        f2(89, cf[s1], cf[s0]),
        f2(90, s0t, lset(s0)),
        f2(91, s0t, rset(s0)),
        f2(92, b0t, lset(b0)),
        f3(93, cc[s0], b0t, d),
        f2(94, cf[s0], cf[b0]),
        f1(95, cf[s1]),
        f2(96, cc[s1], s0t),
        f3(97, s0w, cc[b0], b0t),
        // [NB + R_LABEL, ..): the rest, transitions only
        f3(54, s0w, s0t, b0w),
        f3(55, s0w, b0w, b0t),
        f3(56, s0w, s0t, b0w ^ b0t.rotate_left(17)),
        f3(57, s0t, b0t, t[b0l1]),
        f3(58, s0t, t[s0l1], b0t),
        f3(59, s0t, t[s0r1], b0t),
        f3(60, s1t, s0t, t[s0l1]),
        f3(61, s1t, t[s1r1], s0t),
        f3(62, t[s2], s1t, s0t),
        f3(63, s0t, t[s0l1], t[s0l2]),
        f3(64, s0t, t[s0r1], t[s0r2]),
        f3(65, b0t, t[b0l1], t[b0l2]),
        f3(66, s0w, b0w, d),
        f2(67, b0w, d),
        f2(68, s1t, vr(s1)),
        f2(69, s1t, lab(s1r1)),
        f2(70, t[s1l1], s1t),
        f2(71, w[s2], t[s2]),
        f1(72, w[s0l2]),
        f1(73, t[s0l2]),
        f1(74, w[s0r2]),
        f1(75, t[s0r2]),
        f1(76, w[b0l2]),
        f1(77, t[b0l2]),
        f2(78, s1w, b0w),
        f3(79, s1t, b0t, s0t ^ 1),
        f2(80, u[s0], u[b1]),
        f3(81, s0w, s1w, b0w),
        f2(82, sl.min(4) as u64, b0t),
        f3(83, s0t, b0t, b1w),
        f3(99, cc[s0], cc[b0], cc[b1]),
        f3(100, cc[s1], cc[s0], cc[b0]),
        f3(102, s0t, b0t, lset(b0)),
        f3(103, s1t, s0t, rset(s1)),
        f3(104, cc[s0], t[s0r1], b0t),
        f3(105, s0t, cc[b0], t[b0l1]),
        f2(106, w[s0r1], b0t),
        f2(107, w[b0l1], s0t),
        f3(108, s0w, b0w, b1t),
        f3(109, s0t, d, lab(s0r1)),
    );
    // SAFETY: `put` wrote the first `k` spare slots (k <= NF: one put per
    // template at most, the array's bound checked in each put)
    unsafe { out.set_len(prefix + k) };
}

#[inline]
fn label_feats(feats: &[u64], dir: usize, out: &mut Vec<u64>) {
    out.clear();
    out.extend(label_iter(feats, dir));
}

/// The features of [`label_feats`], hashed as they are read.
#[inline(always)]
fn label_iter(feats: &[u64], dir: usize) -> impl Iterator<Item = u64> + '_ {
    let salt = label_salt(dir);
    feats[..B_LABEL]
        .iter()
        .chain(&feats[NB..NB + R_LABEL])
        .map(move |&h| fmix(h ^ salt))
}

/// The arc direction's salt of the relation features.
#[inline(always)]
fn label_salt(dir: usize) -> u64 {
    if dir == LEFT {
        0x1ef7_0000_0000_0000u64
    } else {
        0x0219_4700_0000_0000
    }
}

/// Transition-feature set 2 and label-feature set 2 (greedy models that
/// store them): a subset of the original transition templates and, of
/// those that are relation templates too, a subset for the relation model.
/// Fewer templates = fewer random table rows per decision and per arc.
/// The kept template ids travel in the model file.
#[derive(Clone, Debug, PartialEq)]
pub struct Lean {
    /// Kept transition template ids (the ids of [`features`]), ascending.
    tids: Vec<u8>,
    /// Kept relation template ids, ascending (a subset of `tids`).
    lids: Vec<u8>,
    /// Bit `id` set for each kept transition template.
    tmask: u128,
    /// Bit `id` set for each kept relation template.
    lmask: u128,
    /// Number of kept features that read only the buffer front (they come
    /// first in the feature vector; their scores are cached per b0).
    nb: usize,
    /// Positions in the kept feature vector of the relation features.
    lpos: Vec<usize>,
}

/// The template ids of [`features`] in the order it emits them.
pub fn template_order() -> Vec<u8> {
    let mut st = State::default();
    st.reset(1);
    let z = [0u64; 3];
    let x = Inputs {
        w: &z,
        t: &z,
        u: &z,
        cf: &z,
        cc: &z,
    };
    let (mut ids, mut out) = (Vec::new(), Vec::new());
    features_sel(
        &st,
        &x,
        &mut out,
        0,
        |id| {
            ids.push(id as u8);
            true
        },
        |_| {},
    );
    ids
}

impl Lean {
    /// The set keeping transition templates `tids` and relation templates
    /// `lids` (ids of [`features`]; relation templates must be kept
    /// transition templates among the original relation ones).
    pub fn new(tids: &[u8], lids: &[u8]) -> Result<Lean, ModelError> {
        let order = template_order();
        let err = |m: String| Err(ModelError(m));
        let mut t = tids.to_vec();
        t.sort_unstable();
        t.dedup();
        let mut l = lids.to_vec();
        l.sort_unstable();
        l.dedup();
        if t.len() != tids.len() || l.len() != lids.len() || t.is_empty() || l.is_empty() {
            return err("lean feature set: empty or repeated template ids".into());
        }
        let mut tmask = 0u128;
        for &id in &t {
            if !order.contains(&id) {
                return err(format!("lean feature set: unknown template {id}"));
            }
            tmask |= 1u128 << id;
        }
        let label_capable = |p: usize| p < B_LABEL || (NB..NB + R_LABEL).contains(&p);
        for &id in &l {
            let p = order.iter().position(|&o| o == id);
            if tmask >> id & 1 == 0 || !p.is_some_and(label_capable) {
                return err(format!(
                    "lean feature set: relation template {id} not allowed"
                ));
            }
        }
        let kept: Vec<u8> = order
            .iter()
            .copied()
            .filter(|&o| tmask >> o & 1 == 1)
            .collect();
        let nb = order[..NB].iter().filter(|&&o| tmask >> o & 1 == 1).count();
        let lpos = kept
            .iter()
            .enumerate()
            .filter(|(_, o)| l.contains(o))
            .map(|(p, _)| p)
            .collect();
        let lmask = l.iter().fold(0u128, |m, &id| m | 1u128 << id);
        Ok(Lean {
            tids: t,
            lids: l,
            tmask,
            lmask,
            nb,
            lpos,
        })
    }

    /// Kept transition template ids.
    pub fn trans_templates(&self) -> &[u8] {
        &self.tids
    }

    /// Kept relation template ids.
    pub fn label_templates(&self) -> &[u8] {
        &self.lids
    }

    #[inline(always)]
    fn keeps(&self, id: u64) -> bool {
        self.tmask >> id & 1 == 1
    }

    /// The kept transition features, `seen` called with each (`prefix`: as
    /// in [`features_with`]).
    #[inline(always)]
    fn features_with(
        &self,
        st: &State,
        x: &Inputs,
        out: &mut Vec<u64>,
        prefix: usize,
        seen: impl FnMut(u64),
    ) {
        if self.tmask == SHIPPED_TMASK {
            // the shipped set: the tests fold to constants
            features_sel(st, x, out, prefix, |id| SHIPPED_TMASK >> id & 1 == 1, seen);
        } else {
            features_sel(st, x, out, prefix, |id| self.keeps(id), seen);
        }
    }

    /// [`Lean::features_with`] for a forced arc: the kept features in their
    /// slots, but only the relation ones hashed (the others hold 0), which
    /// is all that [`Lean::label_iter`] reads; the transition model is not
    /// scored there (nor at any later step of the sentence: a forced arc
    /// leaves only the root in the buffer, so every later step is forced).
    #[inline(always)]
    fn relation_features(&self, st: &State, x: &Inputs, out: &mut Vec<u64>, prefix: usize) {
        let lmask = self.lmask;
        let rel = move |id: u64| lmask >> id & 1 == 1;
        if self.tmask == SHIPPED_TMASK {
            let keep = |id| SHIPPED_TMASK >> id & 1 == 1;
            features_part(st, x, out, prefix, keep, rel, |_| {});
        } else {
            features_part(st, x, out, prefix, |id| self.keeps(id), rel, |_| {});
        }
    }

    /// The kept relation features of the arc transition `dir`, from the
    /// kept transition features `feats`.
    #[inline(always)]
    fn label_iter<'a>(&'a self, feats: &'a [u64], dir: usize) -> impl Iterator<Item = u64> + 'a {
        let salt = label_salt(dir);
        self.lpos.iter().map(move |&p| fmix(feats[p] ^ salt))
    }
}

/// Transition features for training: the lean set's when there is one.
#[inline]
fn trans_feats_for(lean: Option<&Lean>, transx: u8, st: &State, x: &Inputs, out: &mut Vec<u64>) {
    match lean {
        Some(l) => l.features_with(st, x, out, 0, |_| {}),
        None => trans_features(transx, st, x, out),
    }
}

/// Relation features for training: the lean set's when there is one.
#[inline]
fn label_feats_for(
    lean: Option<&Lean>,
    labelx: u8,
    st: &State,
    x: &Inputs,
    feats: &[u64],
    tr: usize,
    out: &mut Vec<u64>,
) {
    match lean {
        Some(l) => {
            out.clear();
            out.extend(l.label_iter(feats, tr));
        }
        None => label_feats_x(labelx, st, x, feats, tr, out),
    }
}

/// Extra relation features of label-feature set 1 (models that store it;
/// appended after [`label_feats`]): head/dependent word, tag and cluster
/// pairs, the dependent's function-word child (case/mark) and child label
/// sets, the head's label sets so far (has it a subject or object yet?),
/// distance and the dependent's tag context, all salted by the direction.
#[inline]
fn label_extra(st: &State, x: &Inputs, tr: usize, out: &mut Vec<u64>) {
    let (w, t, u, cf, cc) = (x.w, x.t, x.u, x.cf, x.cc);
    let n = st.n;
    let null = n + 1;
    let (h, d) = st.arc_of(tr);
    let (h, d) = (h as usize, d as usize);
    let ix = |v: u32| if v == NONE { null } else { v as usize };
    let kid = |v: &Vec<u32>, i: usize| if i < n { ix(v[i]) } else { null };
    let lab = |i: usize| if i < n { st.labels[i] as u64 } else { NO_LABEL };
    let lset = |i: usize| if i < n { st.lset[i] } else { u64::MAX };
    let rset = |i: usize| if i < n { st.rset[i] } else { u64::MAX };
    let val = |i: usize| {
        if i < n {
            (st.nl[i].min(7) as u64) << 3 | st.nr[i].min(7) as u64
        } else {
            99
        }
    };
    let dist = if h < n {
        dist_bucket(h.abs_diff(d))
    } else {
        99
    };
    let dl1 = kid(&st.lc1, d);
    let dr1 = kid(&st.rc1, d);
    let prev = if d > 0 { d - 1 } else { null };
    let next = if d + 1 < n { d + 1 } else { null };
    let dir = (tr as u64) << 56;
    let (hw, ht, hu, dw, dt, du) = (w[h], t[h], u[h], w[d], t[d], u[d]);
    out.extend(
        [
            f2(200, hw, dw),
            f3(201, hu, du, dist),
            f2(202, ht, dw),
            f2(203, hw, dt),
            f2(204, cf[h], cf[d]),
            f3(205, cc[h], cc[d], dt),
            f3(206, hu, du, w[dl1]),
            f3(207, hu, lset(d), rset(d)),
            f3(208, dt, lset(d), hu),
            f3(209, du, lset(h) | rset(h), hu),
            f3(210, w[dl1], dt, ht),
            f3(211, du, hu, lab(dl1)),
            f3(212, du, hu, val(d)),
            f3(213, dw, hu, dist),
            f3(214, du, hu, w[dr1]),
            f3(215, t[prev], dt, t[next]),
        ]
        .into_iter()
        .map(|f| fmix(f ^ dir)),
    );
}

/// The relation features of the arc transition `tr` for a model with
/// label-feature set `labelx`: [`label_feats`], plus [`label_extra`] when
/// `labelx >= 1`.
#[inline]
fn label_feats_x(labelx: u8, st: &State, x: &Inputs, feats: &[u64], tr: usize, out: &mut Vec<u64>) {
    label_feats(feats, tr, out);
    if labelx >= 1 {
        label_extra(st, x, tr, out);
    }
}

/// Extra transition features of transition-feature set 1 (beam models
/// that store it; appended after [`features`]): third-order children
/// (s0's leftmost-of-leftmost and rightmost-of-rightmost, b0's
/// leftmost-of-leftmost), words with child label pairs, and word/tag pairs
/// of the two arc candidates (s1-s0, s0-b0) with their distance
/// (Zhang & Nivre 2011; stack items have no head yet in arc-hybrid).
#[inline]
fn trans_extra(st: &State, x: &Inputs, out: &mut Vec<u64>) {
    let (w, t) = (x.w, x.t);
    let n = st.n;
    let null = n + 1;
    let ix = |v: u32| if v == NONE { null } else { v as usize };
    let kid = |v: &Vec<u32>, i: usize| if i < n { ix(v[i]) } else { null };
    let lab = |i: usize| if i < n { st.labels[i] as u64 } else { NO_LABEL };
    let (s0, s1) = (st.stack_at(0, null), st.stack_at(1, null));
    let b0 = st.b;
    let (s0l1, s0r1, b0l1) = (kid(&st.lc1, s0), kid(&st.rc1, s0), kid(&st.lc1, b0));
    let (s0ll, s0rr, b0ll) = (kid(&st.lc1, s0l1), kid(&st.rc1, s0r1), kid(&st.lc1, b0l1));
    let (s0l2, s0r2, b0l2) = (kid(&st.lc2, s0), kid(&st.rc2, s0), kid(&st.lc2, b0));
    let d = if s0 < n { dist_bucket(b0 - s0) } else { 99 };
    let d01 = if s1 < n && s0 < n {
        dist_bucket(s0 - s1)
    } else {
        99
    };
    let (s0w, s0t, s1w, s1t, b0w, b0t) = (w[s0], t[s0], w[s1], t[s1], w[b0], t[b0]);
    out.extend_from_slice(&[
        f3(300, s0t, t[s0l1], t[s0ll]),
        f3(301, s0t, lab(s0l1), lab(s0ll)),
        f2(302, s0t, w[s0ll]),
        f3(303, s0t, t[s0r1], t[s0rr]),
        f3(304, s0t, lab(s0r1), lab(s0rr)),
        f3(305, b0t, t[b0l1], t[b0ll]),
        f3(306, b0t, lab(b0l1), lab(b0ll)),
        f3(307, b0w, lab(b0l1), lab(b0l2)),
        f3(308, s0w, lab(s0l1), lab(s0l2)),
        f3(309, s0w, lab(s0r1), lab(s0r2)),
        f3(310, s1w, s0t, d01),
        f3(311, s1t, s0w, d01),
        f3(312, s0w, b0t, d),
        f3(313, s0t, b0w, d),
    ]);
}

/// The transition features of a beam model with transition-feature set
/// `transx`: [`features`], plus [`trans_extra`] when `transx >= 1`.
#[inline]
fn trans_features(transx: u8, st: &State, x: &Inputs, out: &mut Vec<u64>) {
    features(st, x, out);
    if transx >= 1 {
        trans_extra(st, x, out);
    }
}

#[inline]
fn best_valid(st: &State, acc: &[i32]) -> usize {
    let mut best = usize::MAX;
    for t in 0..3 {
        if st.valid(t) && (best == usize::MAX || acc[t] > acc[best]) {
            best = t;
        }
    }
    best
}

/// The trained parser.
pub struct Parser {
    labels: Vec<String>,
    label_syms: Vec<Sym>,
    trans: Table,
    lab: Table,
    /// Beam width of a globally trained model (1 = greedy decoding, the
    /// locally trained default); stored in the model file when > 1.
    beam: usize,
    /// Label-feature set (0 = original; 1 adds [`label_extra`]); stored in
    /// the model file when > 0, so older files load and parse unchanged.
    labelx: u8,
    /// Transition-feature set of a beam model (0 = original; 1 adds
    /// [`trans_extra`]); stored in the model file when > 0.
    transx: u8,
    /// Scores with the exact i16 weights instead of the i8 tables; stored
    /// in the model file when set (opt-in, for beam models whose i8
    /// requantization moves the accuracy).
    exact: bool,
    /// Template subsets of a lean greedy model (label- and transition-feature
    /// sets [`LEAN_SET`]); stored in the model file when present.
    lean: Option<Lean>,
}

/// Parser training statistics.
#[derive(Clone, Copy, Debug, Default)]
pub struct ProjStats {
    /// Training sentences with at least one non-projective arc.
    pub nonproj_sentences: usize,
    /// Arcs whose head was changed by projectivization.
    pub lifted_arcs: usize,
    /// All training arcs.
    pub arcs: usize,
}

/// Hashes of a sentence's words and tags as the parser sees them.
pub struct ParserInput<'a> {
    /// Lowercase word hashes, one per word.
    pub words: &'a [u64],
    /// XPOS hashes.
    pub xpos: &'a [u64],
    /// UPOS hashes.
    pub upos: &'a [u64],
    /// Fine word-cluster hashes ([`crate::Tagger::cluster_hashes`]).
    pub cf: &'a [u64],
    /// Coarse word-cluster hashes.
    pub cc: &'a [u64],
}

/// Per-word parser input hashes from the tagger: xpos, upos, fine and
/// coarse cluster.
pub type WordIn = [u64; 4];

/// A training sentence's word hashes and jackknifed tag hashes, the buffers
/// reused from sentence to sentence.
#[derive(Default)]
struct SentBufs {
    words: Vec<u64>,
    xp: Vec<u64>,
    up: Vec<u64>,
    cf: Vec<u64>,
    cc: Vec<u64>,
}

impl SentBufs {
    /// Fills the buffers for `sent` with its tags and the scratch's feature inputs.
    fn load(&mut self, sent: &UdSentence, tags: &[WordIn], s: &mut ParseScratch) {
        self.words.clear();
        self.words
            .extend(sent.words.iter().map(|w| hash_lower(&w.form)));
        for (k, buf) in [&mut self.xp, &mut self.up, &mut self.cf, &mut self.cc]
            .into_iter()
            .enumerate()
        {
            buf.clear();
            buf.extend(tags.iter().map(|x| x[k]));
        }
        fill_inputs(
            &ParserInput {
                words: &self.words,
                xpos: &self.xp,
                upos: &self.up,
                cf: &self.cf,
                cc: &self.cc,
            },
            s,
        );
    }
}

fn fill_inputs(inp: &ParserInput, s: &mut ParseScratch) {
    for (v, src, root) in [
        (&mut s.w, inp.words, ROOT_W),
        (&mut s.t, inp.xpos, ROOT_W ^ 7),
        (&mut s.u, inp.upos, ROOT_W ^ 9),
        (&mut s.cf, inp.cf, ROOT_W ^ 11),
        (&mut s.cc, inp.cc, ROOT_W ^ 13),
    ] {
        v.clear();
        v.extend_from_slice(src);
        v.push(root);
        v.push(NULL_W);
    }
}

impl Parser {
    /// Relation names (index = relation id).
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Relation names as layer values (index = relation id).
    pub fn label_syms(&self) -> &[Sym] {
        &self.label_syms
    }

    /// Parses one sentence; afterwards `s.state.heads[i]` (`n` = root) and
    /// `s.state.labels[i]` hold the tree.
    pub fn parse(&self, inp: &ParserInput, s: &mut ParseScratch) {
        if self.beam > 1 {
            return self.parse_beam(inp, s, self.beam);
        }
        // the transition table's row addressing, read once per sentence
        // (4-byte rows: the transition table's; copied into each closure so
        // that its two fields stay in registers across the feature stores)
        let rows = self.trans.row_prefetch4();
        if let Some(lean) = &self.lean {
            // the lean sets (the embedded default): the kept templates only
            self.parse_greedy(
                inp,
                s,
                lean.nb,
                |st, x, out, pf, prefix| {
                    if pf {
                        lean.features_with(st, x, out, prefix, move |h| rows.row(h))
                    } else {
                        // forced: only the relation features are read
                        lean.relation_features(st, x, out, prefix)
                    }
                },
                |_, _, feats, tr, _, live| {
                    live.resize(lean.lpos.len(), 0);
                    self.lab.gather_live(lean.label_iter(feats, tr), live)
                },
            )
        } else {
            // the full template set, with the original or an extended relation set
            let full = |st: &State, x: &Inputs, out: &mut Vec<u64>, pf: bool, prefix: usize| {
                if pf {
                    features_with(st, x, out, prefix, move |h| rows.row(h))
                } else {
                    features_with(st, x, out, prefix, |_| {})
                }
            };
            if self.labelx == 0 {
                return self.parse_greedy(inp, s, NB, full, |_, _, feats, tr, _, live| {
                    live.resize(B_LABEL + R_LABEL, 0);
                    self.lab.gather_live(label_iter(feats, tr), live)
                });
            }
            let labelx = self.labelx;
            self.parse_greedy(inp, s, NB, full, |st, x, feats, tr, lfeats, live| {
                label_feats_x(labelx, st, x, feats, tr, lfeats);
                live.resize(lfeats.len(), 0);
                self.lab.gather_live(lfeats.iter().copied(), live)
            })
        }
    }

    /// The greedy decoder of [`Parser::parse`], one loop for every greedy
    /// feature set. `feats(state, inputs, out, prefetch, prefix)` writes the
    /// transition features (the first `nb` read only the buffer front, so
    /// their summed rows are cached per buffer front, and when `prefix` is
    /// `nb` they are already in `out`, hashed for this buffer front, and are
    /// not hashed again), prefetching each row as soon as its feature is
    /// hashed when `prefetch` is set (a forced transition scores no
    /// transition rows; without `prefetch` the transition-only features may
    /// be left unhashed, as only the relation ones are read); `labels(state, inputs,
    /// feats, transition, scratch, live)` writes to the front of `live` the
    /// relation features of the arc whose rows are live, prefetched, and
    /// returns their number ([`Table::gather_live`]). Integer sums: the
    /// order of the rows does not change a score.
    #[inline(always)]
    fn parse_greedy(
        &self,
        inp: &ParserInput,
        s: &mut ParseScratch,
        nb: usize,
        feats: impl Fn(&State, &Inputs, &mut Vec<u64>, bool, usize),
        labels: impl Fn(&State, &Inputs, &[u64], usize, &mut Vec<u64>, &mut Vec<u64>) -> usize,
    ) {
        let n = inp.words.len();
        fill_inputs(inp, s);
        s.state.reset(n);
        s.acc.resize(TCOLS, 0);
        s.lacc.resize(self.lab.cols(), 0);
        // summed transition scores of the b0-only features, for `cached_b`
        let (mut cached_b, mut bsum) = (usize::MAX, [0i32; TCOLS]);
        // the buffer front whose b0-only features start `s.feats`
        let mut feats_b = usize::MAX;
        while !s.state.terminal() {
            // a forced transition is what `best_valid` would pick whatever
            // the scores: the transition model is not scored
            let forced = s.state.forced();
            if forced == Some(SHIFT) {
                s.state.apply(SHIFT, 0);
                continue;
            }
            let x = Inputs {
                w: &s.w,
                t: &s.t,
                u: &s.u,
                cf: &s.cf,
                cc: &s.cc,
            };
            // arcs keep the buffer front: its features are hashed once
            let prefix = if s.state.b == feats_b { nb } else { 0 };
            feats_b = s.state.b;
            let tr = if let Some(tr) = forced {
                feats(&s.state, &x, &mut s.feats, false, prefix);
                tr
            } else {
                // each row is prefetched as soon as its feature is hashed
                // (the b0-only rows too when they are hashed)
                feats(&s.state, &x, &mut s.feats, true, prefix);
                if s.state.b != cached_b {
                    bsum = [0; TCOLS];
                    self.trans.accumulate(&s.feats[..nb], &mut bsum);
                    cached_b = s.state.b;
                }
                s.acc.copy_from_slice(&bsum);
                self.trans.accumulate(&s.feats[nb..], &mut s.acc);
                best_valid(&s.state, &s.acc)
            };
            let mut l = 0u16;
            if tr != SHIFT {
                let k = labels(&s.state, &x, &s.feats, tr, &mut s.lfeats, &mut s.live);
                self.lab.sum2(&s.live[..k], &[], &mut s.lacc);
                l = crate::argmax_i32(&s.lacc[..self.labels.len()]) as u16;
            }
            s.state.apply(tr, l);
        }
    }

    /// How much each template of a greedy model with the original feature
    /// sets moves its decisions: parses the sentence as [`Parser::parse`]
    /// does and, at every scored transition (and every arc's relation), adds
    /// to `trans[id]` (`labels[id]`) the template's |row difference| between
    /// the chosen and the runner-up transition (relation). Indexed by
    /// template id ([`template_order`]); for choosing lean sets.
    pub fn template_influence(
        &self,
        inp: &ParserInput,
        s: &mut ParseScratch,
        trans: &mut [f64],
        labels: &mut [f64],
    ) {
        assert!(self.beam == 1 && self.labelx == 0 && self.lean.is_none());
        let order = template_order();
        let n = inp.words.len();
        fill_inputs(inp, s);
        s.state.reset(n);
        let nl = self.labels.len();
        let mut row = vec![0i32; self.lab.cols().max(TCOLS)];
        let runner_up = |acc: &[i32], best: usize, ok: &dyn Fn(usize) -> bool| {
            (0..acc.len())
                .filter(|&c| c != best && ok(c))
                .max_by_key(|&c| (acc[c], std::cmp::Reverse(c)))
        };
        while !s.state.terminal() {
            let forced = s.state.forced();
            if forced == Some(SHIFT) {
                s.state.apply(SHIFT, 0);
                continue;
            }
            let x = Inputs {
                w: &s.w,
                t: &s.t,
                u: &s.u,
                cf: &s.cf,
                cc: &s.cc,
            };
            features(&s.state, &x, &mut s.feats);
            let tr = match forced {
                Some(tr) => tr,
                None => {
                    let mut acc = [0i32; TCOLS];
                    self.trans.accumulate(&s.feats, &mut acc);
                    let tr = best_valid(&s.state, &acc);
                    let st = &s.state;
                    if let Some(r) = runner_up(&acc[..3], tr, &|c| st.valid(c)) {
                        for (j, &h) in s.feats.iter().enumerate() {
                            row.fill(0);
                            self.trans.add(h, &mut row);
                            trans[order[j] as usize] += (row[tr] - row[r]).abs() as f64;
                        }
                    }
                    tr
                }
            };
            let mut l = 0u16;
            if tr != SHIFT {
                label_feats(&s.feats, tr, &mut s.lfeats);
                let mut lacc = vec![0i32; self.lab.cols()];
                self.lab.accumulate(&s.lfeats, &mut lacc);
                let best = crate::argmax(&lacc[..nl]);
                if let Some(r) = runner_up(&lacc[..nl], best, &|_| true) {
                    for (k, &h) in s.lfeats.iter().enumerate() {
                        let j = if k < B_LABEL { k } else { NB + k - B_LABEL };
                        row.fill(0);
                        self.lab.add(h, &mut row);
                        labels[order[j] as usize] += (row[best] - row[r]).abs() as f64;
                    }
                }
                l = best as u16;
            }
            s.state.apply(tr, l);
        }
    }

    /// Serializes the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.strs(&self.labels);
        w.table(&self.trans);
        w.table(&self.lab);
        if self.beam > 1 {
            // greedy models keep the original layout (byte-identical files)
            w.u8(BEAM_TAG);
            w.var(self.beam as u64);
        }
        let ids = |w: &mut Writer, ids: &[u8]| {
            w.var(ids.len() as u64);
            for &id in ids {
                w.var(id as u64);
            }
        };
        if self.labelx > 0 {
            // likewise absent from models with the original label features
            w.u8(LABELX_TAG);
            w.var(self.labelx as u64);
            if let Some(l) = &self.lean {
                ids(&mut w, &l.lids);
            }
        }
        if self.transx > 0 {
            // likewise absent from models with the original transition features
            w.u8(TRANSX_TAG);
            w.var(self.transx as u64);
            if let Some(l) = &self.lean {
                ids(&mut w, &l.tids);
            }
        }
        if self.exact {
            // likewise absent from models scored with the i8 tables
            w.u8(PREC_TAG);
            w.var(1);
        }
        w.finish(KIND)
    }

    /// Loads a model written by [`Parser::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser, ModelError> {
        let mut r = Reader::open(bytes, KIND)?;
        let labels = r.strs()?;
        // the rows are built once the sections after the tables have said
        // which (i8 or exact i16)
        let trans = r.raw_table()?;
        let lab = r.raw_table()?;
        let (mut beam, mut labelx, mut transx, mut exact) = (1, 0u8, 0u8, false);
        let (mut lids, mut tids) = (Vec::new(), Vec::new());
        let read_ids = |r: &mut Reader| -> Result<Vec<u8>, ModelError> {
            let k = r.var()?;
            if k > 128 {
                return Err(ModelError("too many template ids".into()));
            }
            (0..k)
                .map(|_| match r.var()? {
                    v @ 0..128 => Ok(v as u8),
                    _ => Err(ModelError("template id out of range".into())),
                })
                .collect()
        };
        while !r.at_end() {
            match r.u8()? {
                BEAM_TAG if beam == 1 => {
                    beam = r.var()? as usize;
                    if !(2..=MAX_BEAM as usize).contains(&beam) {
                        return Err(ModelError(format!("beam width {beam} out of range")));
                    }
                }
                LABELX_TAG if labelx == 0 => {
                    let v = r.var()?;
                    if v == LEAN_SET as u64 {
                        lids = read_ids(&mut r)?;
                    } else if !(1..=MAX_LABELX as u64).contains(&v) {
                        return Err(ModelError(format!("label-feature set {v} unknown")));
                    }
                    labelx = v as u8;
                }
                TRANSX_TAG if transx == 0 => {
                    let v = r.var()?;
                    if v == LEAN_SET as u64 {
                        tids = read_ids(&mut r)?;
                    } else if !(1..=MAX_TRANSX as u64).contains(&v) {
                        return Err(ModelError(format!("transition-feature set {v} unknown")));
                    }
                    transx = v as u8;
                }
                PREC_TAG if !exact => {
                    if r.var()? != 1 {
                        return Err(ModelError("unknown inference precision".into()));
                    }
                    exact = true;
                }
                _ => return Err(ModelError("unknown parser model section".into())),
            }
        }
        r.end()?;
        let lean = if labelx == LEAN_SET || transx == LEAN_SET {
            // the lean sets come together, in greedy models only
            if labelx != transx || beam != 1 || exact {
                return Err(ModelError(
                    "lean feature sets need each other and a greedy model".into(),
                ));
            }
            Some(Lean::new(&tids, &lids)?)
        } else {
            None
        };
        if transx > 0 && beam == 1 && lean.is_none() {
            // the greedy decoder reads the original transition features only
            return Err(ModelError(
                "transition-feature set without a beam width".into(),
            ));
        }
        if trans.cols() != TCOLS || lab.cols() < labels.len() || labels.is_empty() {
            return Err(ModelError(
                "parser tables do not match the label set".into(),
            ));
        }
        let (trans, lab) = if exact {
            (trans.build_exact(), lab.build_exact())
        } else {
            (trans.build(), lab.build())
        };
        Ok(Parser {
            label_syms: labels.iter().map(|l| crate::tagger::leak_sym(l)).collect(),
            labels,
            trans,
            lab,
            beam,
            labelx,
            transx,
            exact,
            lean,
        })
    }

    /// Sets the beam width the model decodes with (and stores in its file).
    /// For globally trained (beam) models: a greedy file's weights are
    /// trained for width 1, and the transition-feature sets need a beam.
    pub fn set_beam(&mut self, k: usize) -> Result<(), ModelError> {
        if self.beam == 1 || !(2..=MAX_BEAM as usize).contains(&k) {
            return Err(ModelError(format!(
                "beam width {k} for a model of width {}",
                self.beam
            )));
        }
        self.beam = k;
        Ok(())
    }

    /// True when the model scores with its exact i16 weights (see
    /// [`Parser::set_exact_inference`]).
    pub fn exact_inference(&self) -> bool {
        self.exact
    }

    /// Makes the model score with its exact i16 weights (`true`; what
    /// training scores with) or the i8 tables (`false`, the default), and
    /// records the choice in the model file. The weights are unchanged; the
    /// exact tables take about twice the memory and parse more slowly.
    pub fn set_exact_inference(&mut self, on: bool) {
        if on != self.exact {
            let requant = |t: &Table| Table::from_i16(t.rows(), t.cols(), &t.exact_weights());
            (self.trans, self.lab) = if on {
                (self.trans.to_exact(), self.lab.to_exact())
            } else {
                (requant(&self.trans), requant(&self.lab))
            };
            self.exact = on;
        }
    }

    /// This model scoring with its exact i16 weights, without recording it
    /// in the model file (`chronicle eval ud --exact-parser`: how much the
    /// i8 tables cost).
    pub fn with_exact_weights(mut self) -> Parser {
        let keep = self.exact;
        self.set_exact_inference(true);
        self.exact = keep;
        self
    }

    /// The mean of the weights of parsers of one kind (same relations, beam
    /// width, feature sets and table shapes, e.g. training runs with other
    /// seeds): each table is averaged weight by weight ([`Table::mean`]).
    /// The result keeps the first model's settings and is scored with i8
    /// tables unless the first one asks for exact inference.
    pub fn average(ps: &[&Parser]) -> Result<Parser, ModelError> {
        let first = ps
            .first()
            .ok_or_else(|| ModelError("no parser to average".into()))?;
        for p in ps {
            if p.labels != first.labels
                || (p.beam, p.labelx, p.transx) != (first.beam, first.labelx, first.transx)
                || p.lean != first.lean
            {
                return Err(ModelError(
                    "parsers to average differ in relations, beam width or feature sets".into(),
                ));
            }
        }
        let mean = |f: fn(&Parser) -> &Table| {
            Table::mean(&ps.iter().map(|p| f(p)).collect::<Vec<_>>())
                .ok_or_else(|| ModelError("parser tables differ in shape".into()))
        };
        let mut out = Parser {
            labels: first.labels.clone(),
            label_syms: first.label_syms.clone(),
            trans: mean(|p| &p.trans)?,
            lab: mean(|p| &p.lab)?,
            beam: first.beam,
            labelx: first.labelx,
            transx: first.transx,
            exact: false,
            lean: first.lean.clone(),
        };
        out.set_exact_inference(first.exact);
        Ok(out)
    }

    /// This model with its transition and relation tables folded to
    /// `2^trans_log2` and `2^label_log2` rows ([`Table::folded`]): what its
    /// weights score like in smaller tables, without retraining.
    pub fn folded(&self, trans_log2: u32, label_log2: u32) -> Result<Parser, ModelError> {
        let (tr, lr) = (1usize << trans_log2, 1usize << label_log2);
        if self.exact || tr > self.trans.rows() || lr > self.lab.rows() {
            return Err(ModelError(
                "folding needs i8 tables no smaller than the fold".into(),
            ));
        }
        Ok(Parser {
            labels: self.labels.clone(),
            label_syms: self.label_syms.clone(),
            trans: self.trans.folded(tr),
            lab: self.lab.folded(lr),
            beam: self.beam,
            labelx: self.labelx,
            transx: self.transx,
            exact: false,
            lean: self.lean.clone(),
        })
    }

    /// Beam width the model decodes with (1 = greedy).
    pub fn beam(&self) -> usize {
        self.beam
    }

    /// Label-feature set of the model (0 = original relation features).
    pub fn label_features(&self) -> u8 {
        self.labelx
    }

    /// Transition-feature set of the model (0 = original features).
    pub fn trans_features(&self) -> u8 {
        self.transx
    }

    /// This greedy model with the original feature sets scored with only
    /// the templates of `lean` (the other rows are not read): an
    /// inference-time ablation, for choosing lean sets. Its weights were
    /// trained with all templates; a lean model is trained with its own.
    pub fn with_lean(mut self, lean: Lean) -> Result<Parser, ModelError> {
        if (self.beam, self.labelx, self.transx, self.exact) != (1, 0, 0, false) {
            return Err(ModelError(
                "ablation needs a greedy model with the original sets".into(),
            ));
        }
        (self.labelx, self.transx, self.lean) = (LEAN_SET, LEAN_SET, Some(lean));
        Ok(self)
    }

    /// The template subsets of a lean model (feature sets [`LEAN_SET`]).
    pub fn lean(&self) -> Option<&Lean> {
        self.lean.as_ref()
    }

    /// Trains a parser on gold trees. `tags(i)` gives the (xpos, upos) hashes
    /// to train sentence `i` with (gold or predicted). Logs per-epoch dev
    /// UAS/LAS (dev parsed with `dev_tags`) and keeps the best epoch.
    pub fn train(
        train: &[UdSentence],
        train_tags: &[Vec<WordIn>],
        dev: &[UdSentence],
        dev_tags: &[Vec<WordIn>],
        opts: &TrainOpts,
        rows_log2: (u32, u32),
        log: &mut dyn FnMut(&str),
    ) -> (Parser, ProjStats) {
        Self::train_labelx(train, train_tags, dev, dev_tags, opts, rows_log2, 0, log)
    }

    /// [`Parser::train`] with label-feature set `labelx` (0 = the original
    /// relation features, 1 = + [`label_extra`]; stored in the model).
    #[allow(clippy::too_many_arguments)]
    pub fn train_labelx(
        train: &[UdSentence],
        train_tags: &[Vec<WordIn>],
        dev: &[UdSentence],
        dev_tags: &[Vec<WordIn>],
        opts: &TrainOpts,
        rows_log2: (u32, u32),
        labelx: u8,
        log: &mut dyn FnMut(&str),
    ) -> (Parser, ProjStats) {
        Self::train_greedy(
            train, train_tags, dev, dev_tags, opts, rows_log2, labelx, None, log,
        )
    }

    /// [`Parser::train_labelx`], or with `lean` a lean model (label- and
    /// transition-feature sets [`LEAN_SET`]: the given template subsets;
    /// `labelx` is then ignored).
    #[allow(clippy::too_many_arguments)]
    pub fn train_greedy(
        train: &[UdSentence],
        train_tags: &[Vec<WordIn>],
        dev: &[UdSentence],
        dev_tags: &[Vec<WordIn>],
        opts: &TrainOpts,
        rows_log2: (u32, u32),
        labelx: u8,
        lean: Option<Lean>,
        log: &mut dyn FnMut(&str),
    ) -> (Parser, ProjStats) {
        assert!(labelx <= MAX_LABELX, "label-feature set");
        let labelx = if lean.is_some() { LEAN_SET } else { labelx };
        let transx = if lean.is_some() { LEAN_SET } else { 0 };
        let TrainStart {
            mut parser,
            gold,
            stats,
            nl,
            lcols,
            mut tw,
            mut lw,
        } = TrainStart::new(train, rows_log2, (1, labelx, transx), log);
        parser.lean = lean;
        let mut g = GreedyTrainer::new(train.len(), opts.seed, lcols);
        let mut best = (-1.0, None);
        for epoch in 1..=opts.epochs {
            let (right, total) = g.epoch(
                train,
                train_tags,
                &gold,
                nl,
                (labelx, transx, parser.lean.as_ref()),
                epoch > 1,
                &mut tw,
                &mut lw,
            );
            parser.trans = tw.finalize(0.0);
            parser.lab = lw.finalize(0.0);
            let sc = parser.evaluate(dev, dev_tags);
            log(&format!(
                "parser epoch {epoch}: train transition acc {:.4} | dev UAS {:.4} LAS {:.4}",
                right as f64 / total.max(1) as f64,
                sc.0,
                sc.1
            ));
            if sc.1 > best.0 {
                best = (sc.1, Some((parser.trans.clone(), parser.lab.clone())));
            }
        }
        if let (_, Some((t, l))) = best {
            parser.trans = t;
            parser.lab = l;
        }
        (parser, stats)
    }

    /// (UAS, LAS on universal relations) on gold sentences with the given tags.
    pub fn evaluate(&self, gold: &[UdSentence], tags: &[Vec<WordIn>]) -> (f64, f64) {
        let mut s = ParseScratch::default();
        let (mut ua, mut la, mut n) = (0usize, 0usize, 0usize);
        for (sent, tg) in gold.iter().zip(tags) {
            let words: Vec<u64> = sent.words.iter().map(|w| hash_lower(&w.form)).collect();
            let col = |k: usize| tg.iter().map(|x| x[k]).collect::<Vec<u64>>();
            let (xp, up, cf, cc) = (col(0), col(1), col(2), col(3));
            self.parse(
                &ParserInput {
                    words: &words,
                    xpos: &xp,
                    upos: &up,
                    cf: &cf,
                    cc: &cc,
                },
                &mut s,
            );
            let len = words.len() as u32;
            for (i, w) in sent.words.iter().enumerate() {
                let gh = if w.head == 0 { len } else { w.head - 1 };
                if s.state.heads[i] == gh {
                    ua += 1;
                    let pl = &self.labels[s.state.labels[i] as usize];
                    if universal(pl) == universal(&w.deprel) {
                        la += 1;
                    }
                }
                n += 1;
            }
        }
        let n = n.max(1) as f64;
        (ua as f64 / n, la as f64 / n)
    }
}

/// What every parser training run starts from: the relation inventory and
/// the gold heads/relations of the training sentences, an empty model of the
/// requested kind (beam width, label- and transition-feature sets) and zeroed
/// averaged weight tables of `2^rows_log2` rows.
struct TrainStart {
    parser: Parser,
    gold: Vec<(Vec<u32>, Vec<u16>)>,
    stats: ProjStats,
    /// Number of relations.
    nl: usize,
    /// Relation columns, padded to a multiple of 8.
    lcols: usize,
    tw: Averaged,
    lw: Averaged,
}

impl TrainStart {
    fn new(
        train: &[UdSentence],
        rows_log2: (u32, u32),
        (beam, labelx, transx): (usize, u8, u8),
        log: &mut dyn FnMut(&str),
    ) -> TrainStart {
        let (labels, gold, stats) = prepare_gold(train, log);
        let nl = labels.len();
        let lcols = nl.div_ceil(8) * 8;
        let parser = Parser {
            label_syms: labels.iter().map(|l| crate::tagger::leak_sym(l)).collect(),
            labels,
            trans: Table::zeros(1, TCOLS),
            lab: Table::zeros(1, lcols),
            beam,
            labelx,
            transx,
            exact: false,
            lean: None,
        };
        TrainStart {
            parser,
            gold,
            stats,
            nl,
            lcols,
            tw: Averaged::new(1 << rows_log2.0, TCOLS),
            lw: Averaged::new(1 << rows_log2.1, lcols),
        }
    }
}

/// One epoch of greedy training (dynamic oracle with exploration after the
/// first epoch; the relation model learns on the arcs that are gold),
/// shared by [`Parser::train_labelx`] and the greedy start of
/// [`Parser::train_beam`] (`greedy_init`).
struct GreedyTrainer {
    rng: Rng,
    order: Vec<usize>,
    s: ParseScratch,
    acc: Vec<f32>,
    lacc: Vec<f32>,
    costs: [u32; 3],
    bufs: SentBufs,
}

impl GreedyTrainer {
    fn new(n: usize, seed: u64, lcols: usize) -> GreedyTrainer {
        GreedyTrainer {
            rng: Rng::new(seed),
            order: (0..n).collect(),
            s: ParseScratch::default(),
            acc: vec![0f32; TCOLS],
            lacc: vec![0f32; lcols],
            costs: [0u32; 3],
            bufs: SentBufs::default(),
        }
    }

    /// Trains `tw` / `lw` on the sentences once, in a fresh shuffled order;
    /// returns (right, total) transition decisions.
    #[allow(clippy::too_many_arguments)]
    fn epoch(
        &mut self,
        train: &[UdSentence],
        train_tags: &[Vec<WordIn>],
        gold: &[(Vec<u32>, Vec<u16>)],
        nl: usize,
        (labelx, transx, lean): (u8, u8, Option<&Lean>),
        explore: bool,
        tw: &mut Averaged,
        lw: &mut Averaged,
    ) -> (usize, usize) {
        let GreedyTrainer {
            rng,
            order,
            s,
            acc,
            lacc,
            costs,
            bufs,
        } = self;
        let (acc, lacc, costs) = (&mut *acc, &mut *lacc, &mut *costs);
        rng.shuffle(order);
        let (mut right, mut total) = (0usize, 0usize);
        for &si in order.iter() {
            let sent = &train[si];
            let (gh, gl) = &gold[si];
            bufs.load(sent, &train_tags[si], s);
            s.state.reset(bufs.words.len());
            while !s.state.terminal() {
                let x = Inputs {
                    w: &s.w,
                    t: &s.t,
                    u: &s.u,
                    cf: &s.cf,
                    cc: &s.cc,
                };
                trans_feats_for(lean, transx, &s.state, &x, &mut s.feats);
                tw.score(&s.feats, acc);
                let mut pred = usize::MAX;
                for t in 0..3 {
                    if s.state.valid(t) && (pred == usize::MAX || acc[t] > acc[pred]) {
                        pred = t;
                    }
                }
                s.state.costs(gh, costs);
                let min = *costs.iter().min().unwrap();
                let mut g = usize::MAX;
                for t in 0..3 {
                    if costs[t] == min && (g == usize::MAX || acc[t] > acc[g]) {
                        g = t;
                    }
                }
                tw.tick();
                if costs[pred] > min {
                    tw.update(&s.feats, g, 1.0);
                    tw.update(&s.feats, pred, -1.0);
                } else {
                    right += 1;
                }
                total += 1;
                let tr = if costs[pred] == min || (explore && rng.next_f64() < 0.9) {
                    pred
                } else {
                    g
                };
                let mut l = 0u16;
                if tr != SHIFT {
                    let (h, d) = s.state.arc_of(tr);
                    label_feats_for(lean, labelx, &s.state, &x, &s.feats, tr, &mut s.lfeats);
                    lw.score(&s.lfeats, lacc);
                    let lp = crate::argmax(&lacc[..nl]);
                    l = lp as u16;
                    if gh[d as usize] == h {
                        let glab = gl[d as usize] as usize;
                        lw.tick();
                        if lp != glab {
                            lw.update(&s.lfeats, glab, 1.0);
                            lw.update(&s.lfeats, lp, -1.0);
                        }
                        l = glab as u16;
                    }
                }
                s.state.apply(tr, l);
            }
        }
        (right, total)
    }
}

/// Relation names (most frequent first) and projectivized gold trees
/// (heads with `n` = root, relation ids) of the training sentences.
#[allow(clippy::type_complexity)]
fn prepare_gold(
    train: &[UdSentence],
    log: &mut dyn FnMut(&str),
) -> (Vec<String>, Vec<(Vec<u32>, Vec<u16>)>, ProjStats) {
    let mut lc: HashMap<&str, usize> = HashMap::new();
    for s in train {
        for w in &s.words {
            *lc.entry(w.deprel.as_str()).or_default() += 1;
        }
    }
    let mut labels: Vec<(&str, usize)> = lc.into_iter().collect();
    labels.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let labels: Vec<String> = labels.into_iter().map(|(l, _)| l.to_string()).collect();
    let nl = labels.len();
    let lid: HashMap<&str, u16> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i as u16))
        .collect();
    let mut stats = ProjStats::default();
    // Projectivized gold: heads with n = root.
    let gold: Vec<(Vec<u32>, Vec<u16>)> = train
        .iter()
        .map(|s| {
            let n = s.words.len() as u32;
            let mut h: Vec<u32> = s
                .words
                .iter()
                .map(|w| if w.head == 0 { n } else { w.head - 1 })
                .collect();
            let lifted = projectivize(&mut h);
            stats.arcs += h.len();
            stats.lifted_arcs += lifted;
            stats.nonproj_sentences += (lifted > 0) as usize;
            (h, s.words.iter().map(|w| lid[w.deprel.as_str()]).collect())
        })
        .collect();
    log(&format!(
        "parser: {nl} relations; projectivization lifted {} of {} training arcs ({:.3}%) in {} sentences",
        stats.lifted_arcs,
        stats.arcs,
        100.0 * stats.lifted_arcs as f64 / stats.arcs.max(1) as f64,
        stats.nonproj_sentences
    ));
    (labels, gold, stats)
}

// ---------------------------------------------------------------------------
// Beam search (opt-in models): the same transition system, features and
// tables, with `k` hypotheses kept per step and globally trained weights
// (structured perceptron with max-violation updates, Huang et al. 2012).
// A hypothesis scores the sum of its transition scores; forced transitions
// (the only valid one) are not scored, as in greedy decoding. Relations are
// still chosen by the label model's argmax for each kept arc.

/// One hypothesis of the beam.
#[derive(Clone, Copy, Debug)]
struct Hyp {
    /// Index of its state in the pool.
    slot: u32,
    score: f64,
    /// Training: the hypothesis is the gold transition sequence's prefix.
    gold: bool,
}

/// A candidate successor: hypothesis `parent` of the current beam + `t`.
#[derive(Clone, Copy, Debug)]
struct Cand {
    parent: u32,
    t: u8,
    score: f64,
}

/// Beam-search buffers, reused across sentences (no allocation once they
/// have grown to the longest sentence).
#[derive(Default)]
struct BeamScratch {
    k: usize,
    /// `2k` states: the current beam lives in one half, the next in the other.
    pool: Vec<State>,
    cur: Vec<Hyp>,
    next: Vec<Hyp>,
    cands: Vec<Cand>,
    /// `nf` features per hypothesis of the current beam.
    feats: Vec<u64>,
    /// Transition features per hypothesis (`NF`, + `NTX` with `transx` 1).
    nf: usize,
    transx: u8,
    tmp: Vec<u64>,
    lfeats: Vec<u64>,
    /// Hypotheses whose transitions are scored.
    todo: Vec<u32>,
    scores: Vec<[f64; 3]>,
    /// Per step, `k` entries (parent index, transition, relation) of the
    /// hypotheses kept at that step (backpointers for training updates).
    hist: Vec<(u32, u8, u16)>,
}

/// Scores transitions and chooses relations for [`BeamScratch::step`].
trait BeamScorer {
    /// Transition scores of the hypotheses `todo` (features at
    /// `feats[i * nf..]`) into `out[i]`.
    fn trans(
        &mut self,
        pool: &[State],
        cur: &[Hyp],
        todo: &[u32],
        feats: &[u64],
        nf: usize,
        out: &mut [[f64; 3]],
    );
    /// Relation of the arc transition `tr` applied to `st`.
    fn label(
        &mut self,
        st: &State,
        x: &Inputs,
        feats: &[u64],
        tr: usize,
        lfeats: &mut Vec<u64>,
    ) -> u16;
}

impl BeamScratch {
    fn start(&mut self, n: usize, k: usize, transx: u8) {
        self.k = k;
        self.transx = transx;
        self.nf = if transx >= 1 { NF + NTX } else { NF };
        if self.pool.len() < 2 * k {
            self.pool.resize_with(2 * k, State::default);
        }
        self.pool[0].reset(n);
        self.cur.clear();
        self.cur.push(Hyp {
            slot: 0,
            score: 0.0,
            gold: true,
        });
        self.hist.clear();
        self.feats.resize(k * self.nf, 0);
        self.scores.resize(k, [0.0; 3]);
    }

    fn done(&self) -> bool {
        self.pool[self.cur[0].slot as usize].terminal()
    }

    /// The best hypothesis (the best tree once [`Self::done`]).
    fn best(&self) -> &State {
        &self.pool[self.cur[0].slot as usize]
    }

    /// Advances every hypothesis by one transition and keeps the `k` best
    /// (ties: earlier hypothesis, then SHIFT < LEFT < RIGHT, so that `k = 1`
    /// is greedy decoding). `gold_t` is the gold transition of this step
    /// when training (`usize::MAX` otherwise).
    fn step<M: BeamScorer>(&mut self, m: &mut M, x: &Inputs, gold_t: usize) {
        let k = self.k;
        self.todo.clear();
        for (i, h) in self.cur.iter().enumerate() {
            let st = &self.pool[h.slot as usize];
            let forced = st.forced();
            if forced != Some(SHIFT) {
                trans_features(self.transx, st, x, &mut self.tmp);
                let nf = self.nf;
                self.feats[i * nf..(i + 1) * nf].copy_from_slice(&self.tmp);
                if forced.is_none() {
                    self.todo.push(i as u32);
                }
            }
        }
        m.trans(
            &self.pool,
            &self.cur,
            &self.todo,
            &self.feats,
            self.nf,
            &mut self.scores,
        );
        self.cands.clear();
        for (i, h) in self.cur.iter().enumerate() {
            let st = &self.pool[h.slot as usize];
            match st.forced() {
                Some(t) => self.cands.push(Cand {
                    parent: i as u32,
                    t: t as u8,
                    score: h.score,
                }),
                None => {
                    for t in 0..3 {
                        if st.valid(t) {
                            self.cands.push(Cand {
                                parent: i as u32,
                                t: t as u8,
                                score: h.score + self.scores[i][t],
                            });
                        }
                    }
                }
            }
        }
        self.cands.sort_unstable_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.parent.cmp(&b.parent))
                .then(a.t.cmp(&b.t))
        });
        self.cands.truncate(k);
        // the next beam goes to the half of the pool the current one does not use
        let cur_hi = self.cur[0].slot as usize >= k;
        let (lo, hi) = self.pool.split_at_mut(k);
        let (src, dst, base) = if cur_hi { (&*hi, lo, 0) } else { (&*lo, hi, k) };
        let src_off = if cur_hi { k } else { 0 };
        self.next.clear();
        for (j, c) in self.cands.iter().enumerate() {
            let p = self.cur[c.parent as usize];
            let ps = &src[p.slot as usize - src_off];
            let t = c.t as usize;
            let l = if t == SHIFT {
                0
            } else {
                let pf = &self.feats[c.parent as usize * self.nf..][..NF];
                m.label(ps, x, pf, t, &mut self.lfeats)
            };
            let d = &mut dst[j];
            d.copy_from(ps);
            d.apply(t, l);
            self.next.push(Hyp {
                slot: (base + j) as u32,
                score: c.score,
                gold: p.gold && t == gold_t,
            });
            self.hist.push((c.parent, c.t, l));
        }
        for _ in self.cands.len()..k {
            self.hist.push((0, 0, 0));
        }
        std::mem::swap(&mut self.cur, &mut self.next);
    }

    /// Transitions and relations of the hypothesis at index `idx` of the
    /// beam kept at step `at`, from the first step.
    fn path(&self, at: usize, mut idx: usize, out: &mut Vec<(u8, u16)>) {
        out.clear();
        out.resize(at + 1, (0, 0));
        for step in (0..=at).rev() {
            let (p, t, l) = self.hist[step * self.k + idx];
            out[step] = (t, l);
            idx = p as usize;
        }
    }
}

/// Inference scoring with the i8 tables (b0-only feature sums cached per
/// buffer position, shared by all hypotheses).
struct InferScorer<'a> {
    p: &'a Parser,
    bsum: &'a mut [[i32; TCOLS]],
    bok: &'a mut [bool],
    lacc: &'a mut [i32],
    memo: &'a mut LabelMemo,
}

/// Relations already chosen in this sentence, keyed by their label features
/// (exact: the whole feature vector is compared). Hypotheses of one beam
/// often propose the same arc in the same context.
#[derive(Default)]
struct LabelMemo {
    keys: Vec<u64>,
    label: Vec<u16>,
    used: Vec<bool>,
}

const MEMO_SLOTS: usize = 32;
const LF: usize = B_LABEL + R_LABEL;
/// Memo key stride: room for [`label_extra`] too.
const LFX: usize = LF + NLX;

impl LabelMemo {
    fn reset(&mut self) {
        self.keys.resize(MEMO_SLOTS * LFX, 0);
        self.label.resize(MEMO_SLOTS, 0);
        self.used.clear();
        self.used.resize(MEMO_SLOTS, false);
    }
    #[inline]
    fn slot(lf: &[u64]) -> usize {
        (fmix(lf[0] ^ lf[LF / 2].rotate_left(21) ^ lf[LF - 1].rotate_left(42)) as usize)
            % MEMO_SLOTS
    }
}

impl BeamScorer for InferScorer<'_> {
    fn trans(
        &mut self,
        pool: &[State],
        cur: &[Hyp],
        todo: &[u32],
        feats: &[u64],
        nf: usize,
        out: &mut [[f64; 3]],
    ) {
        for &i in todo {
            let f = &feats[i as usize * nf..(i as usize + 1) * nf];
            let b = pool[cur[i as usize].slot as usize].b;
            self.p
                .trans
                .prefetch(if self.bok[b] { &f[NB..] } else { f });
        }
        for &i in todo {
            let f = &feats[i as usize * nf..(i as usize + 1) * nf];
            let b = pool[cur[i as usize].slot as usize].b;
            if !self.bok[b] {
                let mut s = [0i32; TCOLS];
                self.p.trans.accumulate(&f[..NB], &mut s);
                self.bsum[b] = s;
                self.bok[b] = true;
            }
            let mut a = self.bsum[b];
            self.p.trans.accumulate(&f[NB..], &mut a);
            out[i as usize] = [a[0] as f64, a[1] as f64, a[2] as f64];
        }
    }

    fn label(
        &mut self,
        st: &State,
        x: &Inputs,
        feats: &[u64],
        tr: usize,
        lfeats: &mut Vec<u64>,
    ) -> u16 {
        label_feats_x(self.p.labelx, st, x, feats, tr, lfeats);
        let k = LabelMemo::slot(lfeats);
        // keys are LF + NLX wide; a model's feature vectors all have one
        // length, so comparing that prefix is exact
        let key = &mut self.memo.keys[k * LFX..k * LFX + lfeats.len()];
        if self.memo.used[k] && key[..] == lfeats[..] {
            return self.memo.label[k];
        }
        self.p.lab.score(lfeats, self.lacc);
        let l = crate::argmax_i32(&self.lacc[..self.p.labels.len()]) as u16;
        key.copy_from_slice(lfeats);
        self.memo.label[k] = l;
        self.memo.used[k] = true;
        l
    }
}

/// Training scoring with the current (non-averaged) weights; arcs of the
/// gold tree get their gold relation (as in greedy training).
struct TrainScorer<'a> {
    tw: &'a Averaged,
    lw: &'a Averaged,
    nl: usize,
    gh: &'a [u32],
    gl: &'a [u16],
    acc: &'a mut Vec<f32>,
    lacc: &'a mut Vec<f32>,
    labelx: u8,
}

impl BeamScorer for TrainScorer<'_> {
    fn trans(
        &mut self,
        _: &[State],
        _: &[Hyp],
        todo: &[u32],
        feats: &[u64],
        nf: usize,
        out: &mut [[f64; 3]],
    ) {
        for &i in todo {
            let f = &feats[i as usize * nf..(i as usize + 1) * nf];
            self.tw.score(f, self.acc);
            out[i as usize] = [self.acc[0] as f64, self.acc[1] as f64, self.acc[2] as f64];
        }
    }

    fn label(
        &mut self,
        st: &State,
        x: &Inputs,
        feats: &[u64],
        tr: usize,
        lfeats: &mut Vec<u64>,
    ) -> u16 {
        let (h, d) = st.arc_of(tr);
        if self.gh[d as usize] == h {
            return self.gl[d as usize];
        }
        label_feats_x(self.labelx, st, x, feats, tr, lfeats);
        self.lw.score(lfeats, self.lacc);
        crate::argmax(&self.lacc[..self.nl]) as u16
    }
}

/// The canonical gold transition sequence of a projective tree (zero-cost
/// transitions, arcs before SHIFT), with the gold relations.
fn gold_sequence(gh: &[u32], gl: &[u16], st: &mut State, out: &mut Vec<(u8, u16)>) {
    st.reset(gh.len());
    out.clear();
    let mut c = [0u32; 3];
    while !st.terminal() {
        st.costs(gh, &mut c);
        let t = [LEFT, RIGHT, SHIFT]
            .into_iter()
            .min_by_key(|&t| c[t])
            .unwrap();
        let l = if t == SHIFT {
            0
        } else {
            gl[st.arc_of(t).1 as usize]
        };
        out.push((t as u8, l));
        st.apply(t, l);
    }
}

/// Adds `delta` to the transition weights of steps `from..=to` of `seq`
/// (forced transitions are not scored, so not updated).
#[allow(clippy::too_many_arguments)]
fn replay_update(
    tw: &mut Averaged,
    x: &Inputs,
    n: usize,
    seq: &[(u8, u16)],
    from: usize,
    to: usize,
    delta: f32,
    st: &mut State,
    feats: &mut Vec<u64>,
    transx: u8,
) {
    st.reset(n);
    for (j, &(t, l)) in seq[..=to].iter().enumerate() {
        if j >= from && st.forced().is_none() {
            trans_features(transx, st, x, feats);
            tw.update(feats, t as usize, delta);
        }
        st.apply(t as usize, l);
    }
}

impl Parser {
    /// Beam-search parse with width `k` (what [`Parser::parse`] does for a
    /// beam model; `k = 1` gives the greedy parse).
    pub fn parse_beam(&self, inp: &ParserInput, s: &mut ParseScratch, k: usize) {
        let n = inp.words.len();
        let k = k.max(1);
        fill_inputs(inp, s);
        s.lacc.resize(self.lab.cols(), 0);
        s.bcache.clear();
        s.bcache.resize(n + 1, [0; TCOLS]);
        s.bok.clear();
        s.bok.resize(n + 1, false);
        let x = Inputs {
            w: &s.w,
            t: &s.t,
            u: &s.u,
            cf: &s.cf,
            cc: &s.cc,
        };
        s.memo.reset();
        let mut m = InferScorer {
            p: self,
            bsum: &mut s.bcache,
            bok: &mut s.bok,
            lacc: &mut s.lacc,
            memo: &mut s.memo,
        };
        s.beam.start(n, k, self.transx);
        while !s.beam.done() {
            s.beam.step(&mut m, &x, usize::MAX);
        }
        s.state.copy_from(s.beam.best());
    }

    /// Trains a beam parser of width `beam` (global structured perceptron,
    /// max-violation updates on the canonical gold transition sequence; the
    /// relation model is trained locally on the gold sequence's arcs).
    /// Logs per-epoch dev UAS/LAS (beam-decoded with the averaged weights)
    /// and keeps the best epoch, like [`Parser::train`]; `on_best` sees the
    /// model each time an epoch improves on the best dev LAS (a checkpoint:
    /// it is the model `epochs` = that epoch would return).
    ///
    /// `greedy_init` > 0 first trains the same weights greedily (as
    /// [`Parser::train_labelx`], dynamic oracle, same seed) for that many
    /// epochs and starts the beam epochs from their averages, so the beam
    /// refines converged weights instead of starting from zero (the
    /// averaging restarts there; the model file is the same kind). With 0
    /// the run is the cold-start one, unchanged.
    #[allow(clippy::too_many_arguments)]
    pub fn train_beam(
        train: &[UdSentence],
        train_tags: &[Vec<WordIn>],
        dev: &[UdSentence],
        dev_tags: &[Vec<WordIn>],
        opts: &TrainOpts,
        rows_log2: (u32, u32),
        beam: usize,
        (labelx, transx): (u8, u8),
        greedy_init: usize,
        log: &mut dyn FnMut(&str),
        on_best: &mut dyn FnMut(&Parser),
    ) -> (Parser, ProjStats) {
        assert!((2..=MAX_BEAM as usize).contains(&beam), "beam width");
        assert!(labelx <= MAX_LABELX, "label-feature set");
        assert!(transx <= MAX_TRANSX, "transition-feature set");
        let TrainStart {
            mut parser,
            gold,
            stats,
            nl,
            lcols,
            mut tw,
            mut lw,
        } = TrainStart::new(train, rows_log2, (beam, labelx, transx), log);
        if greedy_init > 0 {
            let mut g = GreedyTrainer::new(train.len(), opts.seed, lcols);
            for epoch in 1..=greedy_init {
                let (right, total) = g.epoch(
                    train,
                    train_tags,
                    &gold,
                    nl,
                    (labelx, transx, None),
                    epoch > 1,
                    &mut tw,
                    &mut lw,
                );
                log(&format!(
                    "greedy start epoch {epoch}/{greedy_init}: train transition acc {:.4}",
                    right as f64 / total.max(1) as f64
                ));
            }
            tw.restart_from_average();
            lw.restart_from_average();
            parser.trans = tw.finalize(0.0);
            parser.lab = lw.finalize(0.0);
            let sc = parser.evaluate(dev, dev_tags);
            log(&format!(
                "greedy start: dev UAS {:.4} LAS {:.4} (beam-decoded, k={beam})",
                sc.0, sc.1
            ));
        }
        let mut rng = Rng::new(opts.seed);
        let mut order: Vec<usize> = (0..train.len()).collect();
        let mut s = ParseScratch::default();
        let mut bs = BeamScratch::default();
        let mut acc = vec![0f32; TCOLS];
        let mut lacc = vec![0f32; lcols];
        let (mut gseq, mut pseq) = (Vec::new(), Vec::new());
        let mut gst = State::default();
        let (mut feats, mut lfeats) = (Vec::new(), Vec::new());
        let mut bufs = SentBufs::default();
        let mut best = (-1.0, None);
        for epoch in 1..=opts.epochs {
            rng.shuffle(&mut order);
            let (mut updates, mut survived) = (0usize, 0usize);
            for &si in &order {
                let sent = &train[si];
                let (gh, gl) = &gold[si];
                let n = sent.words.len();
                bufs.load(sent, &train_tags[si], &mut s);
                let x = Inputs {
                    w: &s.w,
                    t: &s.t,
                    u: &s.u,
                    cf: &s.cf,
                    cc: &s.cc,
                };
                gold_sequence(gh, gl, &mut gst, &mut gseq);
                // decode with the gold prefix scored alongside; remember the
                // step where the best hypothesis beats gold by the most
                bs.start(n, beam, transx);
                gst.reset(n);
                let mut gscore = 0f64;
                let mut worst: Option<(usize, f64)> = None;
                {
                    let mut m = TrainScorer {
                        tw: &tw,
                        lw: &lw,
                        nl,
                        gh,
                        gl,
                        acc: &mut acc,
                        lacc: &mut lacc,
                        labelx,
                    };
                    for (j, &(gt, glab)) in gseq.iter().enumerate() {
                        if gst.forced().is_none() {
                            trans_features(transx, &gst, &x, &mut feats);
                            m.tw.score(&feats, m.acc);
                            gscore += m.acc[gt as usize] as f64;
                        }
                        gst.apply(gt as usize, glab);
                        bs.step(&mut m, &x, gt as usize);
                        let top = bs.cur[0];
                        if !top.gold {
                            let v = top.score - gscore;
                            if worst.is_none_or(|(_, w)| v > w) {
                                worst = Some((j, v));
                            }
                        }
                    }
                }
                survived += bs.cur.iter().any(|h| h.gold) as usize;
                tw.tick();
                if let Some((at, _)) = worst {
                    updates += 1;
                    bs.path(at, 0, &mut pseq);
                    let from = pseq
                        .iter()
                        .zip(&gseq)
                        .position(|(a, b)| a != b)
                        .unwrap_or(at + 1);
                    if from <= at {
                        replay_update(
                            &mut tw, &x, n, &gseq, from, at, 1.0, &mut gst, &mut feats, transx,
                        );
                        replay_update(
                            &mut tw, &x, n, &pseq, from, at, -1.0, &mut gst, &mut feats, transx,
                        );
                    }
                }
                // relations: local perceptron on the gold sequence's arcs
                gst.reset(n);
                for &(t, l) in &gseq {
                    if t as usize != SHIFT {
                        features(&gst, &x, &mut feats);
                        label_feats_x(labelx, &gst, &x, &feats, t as usize, &mut lfeats);
                        lw.score(&lfeats, &mut lacc);
                        let lp = crate::argmax(&lacc[..nl]);
                        lw.tick();
                        if lp != l as usize {
                            lw.update(&lfeats, l as usize, 1.0);
                            lw.update(&lfeats, lp, -1.0);
                        }
                    }
                    gst.apply(t as usize, l);
                }
            }
            parser.trans = tw.finalize(0.0);
            parser.lab = lw.finalize(0.0);
            let sc = parser.evaluate(dev, dev_tags);
            log(&format!(
                "beam parser epoch {epoch} (k={beam}): max-violation updates {updates}/{} sentences, gold in final beam {survived} | dev UAS {:.4} LAS {:.4}",
                train.len(),
                sc.0,
                sc.1
            ));
            if sc.1 > best.0 {
                best = (sc.1, Some((parser.trans.clone(), parser.lab.clone())));
                on_best(&parser);
            }
        }
        if let (_, Some((t, l))) = best {
            parser.trans = t;
            parser.lab = l;
        }
        (parser, stats)
    }
}

/// The universal part of a relation (`nsubj:pass` → `nsubj`).
pub fn universal(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

/// Parser inputs from gold tags (no clusters), for training the parser on
/// gold tags.
pub fn gold_tag_hashes(s: &UdSentence) -> Vec<WordIn> {
    s.words
        .iter()
        .map(|w| [hash_str(&w.xpos), hash_str(&w.upos), NULL_W ^ 5, NULL_W ^ 6])
        .collect()
}

/// True when the arc `heads[d] → d` is projective (every token between head
/// and dependent is dominated by the head). `heads[i] == n` is the root.
pub fn is_projective_arc(heads: &[u32], d: usize) -> bool {
    let n = heads.len();
    let h = heads[d] as usize;
    if h >= n {
        return true;
    }
    let (lo, hi) = if h < d { (h, d) } else { (d, h) };
    (lo + 1..hi).all(|k| {
        let mut x = k;
        let mut steps = 0;
        while x < n && x != h && steps <= n {
            x = heads[x] as usize;
            steps += 1;
        }
        x == h
    })
}

/// Makes a tree projective by lifting (re-attaching the dependent of the
/// shortest non-projective arc to its grandparent) until none is left.
/// Returns the number of lifts.
pub fn projectivize(heads: &mut [u32]) -> usize {
    let n = heads.len();
    let mut lifts = 0;
    loop {
        let mut worst: Option<(usize, usize)> = None;
        for d in 0..n {
            if !is_projective_arc(heads, d) {
                let h = heads[d] as usize;
                let len = h.abs_diff(d);
                if worst.is_none_or(|(_, l)| len < l) {
                    worst = Some((d, len));
                }
            }
        }
        match worst {
            Some((d, _)) => {
                let h = heads[d] as usize;
                heads[d] = heads[h];
                lifts += 1;
                if lifts > n * n {
                    return lifts;
                }
            }
            None => return lifts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch filled with `inp`'s feature inputs.
    fn filled(inp: &ParserInput) -> ParseScratch {
        let mut s = ParseScratch::default();
        fill_inputs(inp, &mut s);
        s
    }

    /// The feature inputs a filled scratch holds.
    fn scratch_inputs(s: &ParseScratch) -> Inputs<'_> {
        Inputs {
            w: &s.w,
            t: &s.t,
            u: &s.u,
            cf: &s.cf,
            cc: &s.cc,
        }
    }

    // "Putin asked NATO to end the expansion ." (0-based; 7 = root)
    const HEADS: [u32; 7] = [1, 7, 1, 4, 1, 6, 4];

    fn run_oracle(gold: &[u32]) -> State {
        let mut st = State::default();
        st.reset(gold.len());
        let mut costs = [0u32; 3];
        let mut steps = 0;
        while !st.terminal() {
            st.costs(gold, &mut costs);
            let t = (0..3)
                .find(|&t| costs[t] == 0)
                .expect("a zero-cost transition exists on a projective tree");
            st.apply(t, t as u16);
            steps += 1;
            assert!(steps <= 2 * gold.len() + 1);
        }
        st
    }

    #[test]
    fn dynamic_oracle_reaches_the_gold_tree() {
        let st = run_oracle(&HEADS);
        assert_eq!(&st.heads[..7], &HEADS);
    }

    #[test]
    fn forced_is_the_only_valid_transition() {
        // 0-based heads, `n` = root
        for gold in [HEADS.to_vec(), vec![1, 3, 1], vec![3, 0, 0, 4], vec![1]] {
            let mut st = State::default();
            st.reset(gold.len());
            let mut seen = 0;
            while !st.terminal() {
                let valid: Vec<usize> = (0..3).filter(|&t| st.valid(t)).collect();
                let expect = (valid.len() == 1).then(|| valid[0]);
                assert_eq!(st.forced(), expect, "state {st:?}");
                seen += expect.is_some() as usize;
                let mut c = [0u32; 3];
                st.costs(&gold, &mut c);
                let t = (0..3).min_by_key(|&t| c[t]).unwrap();
                st.apply(t, 0);
            }
            assert!(seen >= 2, "the first SHIFT and the last arc are forced");
        }
    }

    #[test]
    fn costs_count_lost_arcs() {
        let mut st = State::default();
        st.reset(7);
        st.apply(SHIFT, 0); // stack [Putin], buffer asked ...
        let mut c = [0u32; 3];
        st.costs(&HEADS, &mut c);
        // Putin's head is "asked" = b0: LEFT is free, SHIFT loses that arc.
        assert_eq!(c[LEFT], 0);
        assert_eq!(c[SHIFT], 1);
        assert_eq!(c[RIGHT], u32::MAX, "RIGHT needs two stack items");
        // Attaching Putin to the root is not allowed while words remain.
        st.apply(SHIFT, 0);
        st.costs(&HEADS, &mut c);
        // stack [Putin, asked]: RIGHT makes asked a dependent of Putin (loses asked→root and Putin's head).
        assert!(c[RIGHT] >= 1);
    }

    #[test]
    fn single_root_is_enforced() {
        let mut st = State::default();
        st.reset(2);
        st.apply(SHIFT, 0);
        st.apply(SHIFT, 0);
        assert!(!st.valid(SHIFT));
        assert!(
            !st.valid(LEFT),
            "two items on the stack: only RIGHT may reduce"
        );
        assert!(st.valid(RIGHT));
        st.apply(RIGHT, 0);
        assert!(st.valid(LEFT));
        st.apply(LEFT, 0);
        assert!(st.terminal());
        assert_eq!(&st.heads[..2], &[2, 0]);
    }

    #[test]
    fn projectivize_lifts_crossing_arcs() {
        // "A hearing is scheduled on the issue today ." with "on" attached to "hearing".
        let mut h = vec![1, 3, 3, 9, 1, 6, 4, 3, 3];
        assert!(!is_projective_arc(&h, 4));
        assert_eq!(projectivize(&mut h), 1);
        assert_eq!(h[4], 3, "lifted to the grandparent");
        assert!((0..h.len()).all(|d| is_projective_arc(&h, d)));
        let st = run_oracle(&h);
        assert_eq!(&st.heads[..9], &h[..]);
    }

    #[test]
    fn features_are_deterministic_and_state_dependent() {
        let w: Vec<u64> = (0..9).map(|i| hash_str(&format!("w{i}"))).collect();
        let t: Vec<u64> = (0..9).map(|i| hash_str(&format!("t{}", i % 3))).collect();
        let mut st = State::default();
        st.reset(7);
        let x = Inputs {
            w: &w,
            t: &t,
            u: &t,
            cf: &w,
            cc: &t,
        };
        let (mut a, mut b) = (Vec::new(), Vec::new());
        features(&st, &x, &mut a);
        features(&st, &x, &mut b);
        assert_eq!(a, b);
        assert_eq!(a.len(), 109);
        st.apply(SHIFT, 0);
        features(&st, &x, &mut b);
        assert_eq!(a.len(), b.len());
        assert_ne!(a, b);
        let mut l = Vec::new();
        label_feats(&b, LEFT, &mut l);
        let mut r = Vec::new();
        label_feats(&b, RIGHT, &mut r);
        assert_eq!(l.len(), B_LABEL + R_LABEL);
        assert_ne!(l, r, "label features depend on the arc direction");
        // the prefetching variant sees each feature once, in order
        let mut seen = Vec::new();
        features_with(&st, &x, &mut a, 0, |h| seen.push(h));
        assert_eq!(a, b);
        assert_eq!(seen, b);
    }

    #[test]
    fn buffer_front_features_kept_across_arcs_are_the_rehashed_ones() {
        let w: Vec<u64> = (0..9).map(|i| hash_str(&format!("w{i}"))).collect();
        let t: Vec<u64> = (0..9).map(|i| hash_str(&format!("t{}", i % 3))).collect();
        let x = Inputs {
            w: &w,
            t: &t,
            u: &t,
            cf: &w,
            cc: &t,
        };
        let lean = test_lean();
        for use_lean in [false, true] {
            let run = |st: &State, out: &mut Vec<u64>, prefix: usize| {
                if use_lean {
                    lean.features_with(st, &x, out, prefix, |_| {})
                } else {
                    features_with(st, &x, out, prefix, |_| {})
                }
            };
            let nb = if use_lean { lean.nb } else { NB };
            assert!(nb > 0 && nb < NB + usize::from(!use_lean));
            let mut st = State::default();
            st.reset(7);
            for _ in 0..3 {
                st.apply(SHIFT, 0);
            }
            let (mut kept, mut fresh) = (Vec::new(), Vec::new());
            run(&st, &mut kept, 0);
            let before = kept.clone();
            // both arcs keep the buffer front; the kept prefix is reused
            for arc in [LEFT, RIGHT] {
                let b = st.b;
                st.apply(arc, 1);
                assert_eq!(st.b, b);
                run(&st, &mut kept, nb);
                run(&st, &mut fresh, 0);
                assert_eq!(kept, fresh, "lean {use_lean}, arc {arc}");
            }
            assert_eq!(kept[..nb], before[..nb]);
            assert_ne!(kept, before, "the stack features changed");
        }
    }

    /// `Parser::parse` without the cached b0 scores and without skipping
    /// forced transitions: every transition sums the rows of all its features.
    fn parse_uncached(p: &Parser, inp: &ParserInput, s: &mut ParseScratch) {
        fill_inputs(inp, s);
        s.state.reset(inp.words.len());
        let mut acc = vec![0i32; TCOLS];
        let mut lacc = vec![0i32; p.lab.cols()];
        while !s.state.terminal() {
            let x = Inputs {
                w: &s.w,
                t: &s.t,
                u: &s.u,
                cf: &s.cf,
                cc: &s.cc,
            };
            features(&s.state, &x, &mut s.feats);
            p.trans.score(&s.feats, &mut acc);
            let tr = best_valid(&s.state, &acc);
            let mut l = 0u16;
            if tr != SHIFT {
                label_feats(&s.feats, tr, &mut s.lfeats);
                p.lab.score(&s.lfeats, &mut lacc);
                l = crate::argmax(&lacc[..p.labels.len()]) as u16;
            }
            s.state.apply(tr, l);
        }
    }

    /// A parser with random weights over 5 relations.
    fn random_parser(seed: u64) -> Parser {
        let mut rng = Rng::new(seed);
        let mut weights = |rows: usize, cols: usize| {
            let nz: Vec<(u32, i16)> = (0..rows * cols)
                .map(|i| (i as u32, (rng.next_f64() * 2000.0 - 1000.0) as i16))
                .filter(|x| x.1 != 0)
                .collect();
            Table::from_i16(rows, cols, &nz)
        };
        let labels: Vec<String> = (0..5).map(|i| format!("l{i}")).collect();
        Parser {
            label_syms: labels.iter().map(|l| crate::tagger::leak_sym(l)).collect(),
            labels,
            trans: weights(1 << 8, TCOLS),
            lab: weights(1 << 6, 8),
            beam: 1,
            labelx: 0,
            transx: 0,
            exact: false,
            lean: None,
        }
    }

    #[test]
    fn cached_buffer_scores_parse_like_full_scoring() {
        let p = random_parser(3);
        let (mut a, mut b) = (ParseScratch::default(), ParseScratch::default());
        let mut differs = false;
        for len in [1usize, 2, 5, 9, 17] {
            let h = |k: u64| -> Vec<u64> { (0..len as u64).map(|i| fmix(i * 31 + k)).collect() };
            let (w, t, u, cf, cc) = (h(1), h(2), h(3), h(4), h(5));
            let inp = ParserInput {
                words: &w,
                xpos: &t,
                upos: &u,
                cf: &cf,
                cc: &cc,
            };
            p.parse(&inp, &mut a);
            parse_uncached(&p, &inp, &mut b);
            assert_eq!(a.state.heads, b.state.heads, "length {len}");
            assert_eq!(a.state.labels, b.state.labels, "length {len}");
            assert!(a.state.heads[..len].iter().all(|&x| x as usize <= len));
            differs |= a.state.heads[..len].iter().any(|&x| x as usize != len);
        }
        assert!(differs, "random weights build some non-root arcs");
    }

    /// Our own sentences, as (word, XPOS, UPOS) hashes.
    const OWN: [&str; 4] = [
        "The mayor said on Tuesday that the bridge would reopen in May .",
        "Farmers blocked the road to protest against new taxes",
        "Officials asked the two sides to return to the talks after the ceasefire collapsed .",
        "Rain",
    ];

    fn own_input(s: &str) -> [Vec<u64>; 5] {
        let w: Vec<&str> = s.split(' ').collect();
        let h = |k: u64| -> Vec<u64> { w.iter().map(|x| fmix(hash_str(x) ^ k)).collect() };
        [h(0), h(1), h(2), h(3), h(4)]
    }

    fn input(v: &[Vec<u64>; 5]) -> ParserInput<'_> {
        ParserInput {
            words: &v[0],
            xpos: &v[1],
            upos: &v[2],
            cf: &v[3],
            cc: &v[4],
        }
    }

    /// Every word has one head, exactly one word hangs from the root, there
    /// is no cycle and every arc is projective.
    fn assert_tree(heads: &[u32]) {
        let n = heads.len();
        assert!(heads.iter().all(|&h| h as usize <= n), "{heads:?}");
        assert_eq!(heads.iter().filter(|&&h| h as usize == n).count(), 1);
        for d in 0..n {
            let (mut x, mut steps) = (d, 0);
            while x != n {
                assert_ne!(heads[x] as usize, x, "self loop");
                x = heads[x] as usize;
                steps += 1;
                assert!(steps <= n, "cycle through {d}: {heads:?}");
            }
            assert!(is_projective_arc(heads, d), "arc {d} of {heads:?}");
        }
    }

    #[test]
    fn beam_of_one_is_greedy() {
        let (mut a, mut b) = (ParseScratch::default(), ParseScratch::default());
        for seed in [3, 11] {
            let p = random_parser(seed);
            for sent in OWN {
                let v = own_input(sent);
                p.parse(&input(&v), &mut a);
                p.parse_beam(&input(&v), &mut b, 1);
                let n = v[0].len();
                assert_eq!(a.state.heads[..n], b.state.heads[..n], "{sent}");
                assert_eq!(a.state.labels[..n], b.state.labels[..n], "{sent}");
            }
        }
    }

    #[test]
    fn beam_decoding_gives_projective_trees() {
        let mut s = ParseScratch::default();
        let mut changed = false;
        for seed in [5, 8, 13] {
            let p = random_parser(seed);
            for sent in OWN {
                let v = own_input(sent);
                let n = v[0].len();
                p.parse(&input(&v), &mut s);
                let greedy = s.state.heads[..n].to_vec();
                for k in [2, 4, 8] {
                    p.parse_beam(&input(&v), &mut s, k);
                    assert_tree(&s.state.heads[..n]);
                    assert!(s.state.labels[..n].iter().all(|&l| (l as usize) < 5));
                    changed |= s.state.heads[..n] != greedy[..];
                }
            }
        }
        assert!(changed, "a wider beam finds other trees than greedy");
        // the empty sentence
        let v: [Vec<u64>; 5] = Default::default();
        random_parser(1).parse_beam(&input(&v), &mut s, 4);
        assert!(s.state.terminal());
    }

    /// A hand-made treebank (our own sentences).
    const TINY: &str = "\
1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
4\ttown\ttown\tNOUN\tNN\t_\t2\tobj\t_\t_
5\tat\tat\tADP\tIN\t_\t6\tcase\t_\t_
6\tdawn\tdawn\tNOUN\tNN\t_\t2\tobl\t_\t_
7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_
3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
4\tprices\tprice\tNOUN\tNNS\t_\t6\tnsubj\t_\t_
5\twould\twould\tAUX\tMD\t_\t6\taux\t_\t_
6\tfall\tfall\tVERB\tVB\t_\t3\tccomp\t_\t_
7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_
3\tresidents\tresident\tNOUN\tNNS\t_\t2\tiobj\t_\t_
4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_
5\tstay\tstay\tVERB\tVB\t_\t2\txcomp\t_\t_
6\tinside\tinside\tADV\tRB\t_\t5\tadvmod\t_\t_
7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_
2\tbridge\tbridge\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_
3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_
4\tdamaged\tdamage\tVERB\tVBN\t_\t0\troot\t_\t_
5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_
6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_
7\tstorm\tstorm\tNOUN\tNN\t_\t4\tobl:agent\t_\t_
8\tand\tand\tCCONJ\tCC\t_\t9\tcc\t_\t_
9\tclosed\tclose\tVERB\tVBN\t_\t4\tconj\t_\t_
10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

";

    #[test]
    fn max_violation_training_learns_a_tiny_treebank() {
        let sents = chronicle_doc::conllu::parse(TINY).unwrap();
        let tags: Vec<_> = sents.iter().map(gold_tag_hashes).collect();
        let opts = TrainOpts { epochs: 8, seed: 3 };
        let mut lines = Vec::new();
        let mut bests = 0;
        let (p, _) = Parser::train_beam(
            &sents,
            &tags,
            &sents,
            &tags,
            &opts,
            (12, 10),
            4,
            (0, 0),
            0,
            &mut |l| lines.push(l.to_string()),
            &mut |_| bests += 1,
        );
        assert!(bests >= 1);
        assert_eq!(p.beam(), 4);
        assert!(lines.iter().any(|l| l.contains("max-violation updates")));
        assert_eq!(p.evaluate(&sents, &tags), (1.0, 1.0), "{lines:#?}");
        // the width travels in the model file; greedy files have no section
        let bytes = p.to_bytes();
        let q = Parser::from_bytes(&bytes).unwrap();
        assert_eq!(q.beam(), 4);
        assert_eq!(q.to_bytes(), bytes);
        assert_eq!(q.evaluate(&sents, &tags), (1.0, 1.0));
        let mut g = random_parser(2);
        let gb = g.to_bytes();
        assert_eq!(Parser::from_bytes(&gb).unwrap().beam(), 1);
        g.beam = 3;
        let b3 = g.to_bytes();
        assert_ne!(b3, gb);
        assert_eq!(Parser::from_bytes(&b3).unwrap().beam(), 3);
        g.beam = MAX_BEAM as usize + 1;
        assert!(Parser::from_bytes(&g.to_bytes()).is_err(), "width checked");
    }

    #[test]
    fn greedy_init_starts_the_beam_from_greedy_weights() {
        let sents = chronicle_doc::conllu::parse(TINY).unwrap();
        let tags: Vec<_> = sents.iter().map(gold_tag_hashes).collect();
        let run = |greedy: usize, epochs: usize| {
            let mut lines = Vec::new();
            let (p, _) = Parser::train_beam(
                &sents,
                &tags,
                &sents,
                &tags,
                &TrainOpts { epochs, seed: 3 },
                (12, 10),
                4,
                (0, 0),
                greedy,
                &mut |l| lines.push(l.to_string()),
                &mut |_| {},
            );
            (p, lines)
        };
        // no beam epoch: a cold start has nothing, the greedy start has the
        // greedily trained weights (which learn the tiny treebank)
        let (cold, _) = run(0, 0);
        assert_ne!(cold.evaluate(&sents, &tags), (1.0, 1.0));
        let (warm, lines) = run(8, 0);
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.starts_with("greedy start epoch"))
                .count(),
            8
        );
        assert!(lines.iter().any(|l| l.starts_with("greedy start: dev UAS")));
        assert_eq!(warm.beam(), 4);
        assert_eq!(warm.evaluate(&sents, &tags), (1.0, 1.0), "{lines:#?}");
        // beam epochs then refine it, and the file is an ordinary beam model
        let (p, lines) = run(8, 3);
        assert!(lines.iter().any(|l| l.contains("max-violation updates")));
        assert_eq!(p.evaluate(&sents, &tags), (1.0, 1.0), "{lines:#?}");
        let bytes = p.to_bytes();
        assert_eq!(Parser::from_bytes(&bytes).unwrap().to_bytes(), bytes);
    }

    #[test]
    fn transition_feature_set_1_is_beam_only_and_travels_in_the_model_file() {
        let sents = chronicle_doc::conllu::parse(TINY).unwrap();
        let tags: Vec<_> = sents.iter().map(gold_tag_hashes).collect();
        let train = |transx: u8| {
            Parser::train_beam(
                &sents,
                &tags,
                &sents,
                &tags,
                &TrainOpts { epochs: 6, seed: 3 },
                (12, 10),
                3,
                (0, transx),
                0,
                &mut |_| {},
                &mut |_| {},
            )
            .0
        };
        // set 0 writes no section, so older beam files keep their bytes
        let p0 = train(0);
        assert_eq!(p0.trans_features(), 0);
        assert!(!p0.to_bytes().ends_with(&[TRANSX_TAG, 1]));
        // set 1 learns, is stored and reloads byte-identically
        let p1 = train(1);
        assert_eq!(p1.trans_features(), 1);
        assert_eq!(p1.evaluate(&sents, &tags), (1.0, 1.0));
        let b1 = p1.to_bytes();
        let r1 = Parser::from_bytes(&b1).unwrap();
        assert_eq!((r1.beam(), r1.trans_features()), (3, 1));
        assert_eq!(r1.to_bytes(), b1);
        assert_eq!(r1.evaluate(&sents, &tags), (1.0, 1.0));
        let inp = own_input("the storm closed the road and the bridge");
        let mut a = ParseScratch::default();
        r1.parse(&input(&inp), &mut a);
        assert_tree(&a.state.heads[..8]);
        // the greedy decoder cannot read them: rejected without a beam
        let mut bad = Parser::from_bytes(&b1).unwrap();
        bad.beam = 1;
        assert!(Parser::from_bytes(&bad.to_bytes()).is_err());
        bad.beam = 3;
        bad.transx = MAX_TRANSX + 1;
        assert!(Parser::from_bytes(&bad.to_bytes()).is_err());
    }

    #[test]
    fn exact_inference_is_opt_in_and_travels_in_the_model_file() {
        let sents = chronicle_doc::conllu::parse(TINY).unwrap();
        let tags: Vec<_> = sents.iter().map(gold_tag_hashes).collect();
        let (p, _) = Parser::train_beam(
            &sents,
            &tags,
            &sents,
            &tags,
            &TrainOpts { epochs: 6, seed: 3 },
            (12, 10),
            3,
            (0, 0),
            0,
            &mut |_| {},
            &mut |_| {},
        );
        let plain = p.to_bytes();
        let p = Parser::from_bytes(&plain).unwrap();
        assert!(!p.exact_inference() && !plain.ends_with(&[PREC_TAG, 1]));
        // scoring with the exact weights in memory changes no file byte
        let e = Parser::from_bytes(&plain).unwrap().with_exact_weights();
        assert!(!e.exact_inference() && e.trans.is_exact() && e.lab.is_exact());
        assert_eq!(e.to_bytes(), plain);
        // the flag is stored, reloads as exact tables, and can be cleared
        let mut f = Parser::from_bytes(&plain).unwrap();
        f.set_exact_inference(true);
        let fb = f.to_bytes();
        assert_ne!(fb, plain);
        let r = Parser::from_bytes(&fb).unwrap();
        assert!(r.exact_inference() && r.trans.is_exact() && r.lab.is_exact());
        assert_eq!(r.to_bytes(), fb);
        assert_eq!(r.evaluate(&sents, &tags), (1.0, 1.0));
        // same parses as the in-memory exact model, on a sentence of our own
        let inp = own_input("the council asked the mayor to close the old bridge");
        let (mut a, mut b) = (ParseScratch::default(), ParseScratch::default());
        r.parse(&input(&inp), &mut a);
        e.parse(&input(&inp), &mut b);
        assert_eq!(a.state.heads, b.state.heads);
        assert_eq!(a.state.labels, b.state.labels);
        assert_tree(&a.state.heads[..10]);
        let mut g = Parser::from_bytes(&fb).unwrap();
        g.set_exact_inference(false);
        assert!(!g.trans.is_exact());
        assert_eq!(g.to_bytes(), plain);
        // an unknown precision is rejected
        let mut w = Writer::default();
        w.strs(&p.labels);
        w.table(&p.trans);
        w.table(&p.lab);
        w.u8(PREC_TAG);
        w.var(2);
        assert!(Parser::from_bytes(&w.finish(KIND)).is_err());
    }

    #[test]
    fn averaging_parsers_is_weight_by_weight_and_checks_their_kind() {
        let sents = chronicle_doc::conllu::parse(TINY).unwrap();
        let tags: Vec<_> = sents.iter().map(gold_tag_hashes).collect();
        let train = |seed: u64, transx: u8| {
            Parser::train_beam(
                &sents,
                &tags,
                &sents,
                &tags,
                &TrainOpts { epochs: 6, seed },
                (12, 10),
                3,
                (0, transx),
                0,
                &mut |_| {},
                &mut |_| {},
            )
            .0
        };
        let (a, b) = (train(3, 0), train(5, 0));
        // trained tables have the largest magnitude 32,000: a model averaged
        // with itself is the same model, byte for byte
        assert_eq!(Parser::average(&[&a, &a]).unwrap().to_bytes(), a.to_bytes());
        assert_eq!(Parser::average(&[&a]).unwrap().to_bytes(), a.to_bytes());
        // two runs: each weight is the (rescaled) mean of the two
        let m = Parser::average(&[&a, &b]).unwrap();
        assert_eq!(
            (m.beam(), m.label_features(), m.trans_features()),
            (3, 0, 0)
        );
        let (wa, wb, wm) = (
            a.trans.exact_weights(),
            b.trans.exact_weights(),
            m.trans.exact_weights(),
        );
        assert_rescaled_mean(&wa, &wb, &wm);
        assert!(wm.iter().any(|x| x.1.unsigned_abs() == 32000));
        assert_eq!(m.evaluate(&sents, &tags), (1.0, 1.0));
        let mb = m.to_bytes();
        assert_eq!(Parser::from_bytes(&mb).unwrap().to_bytes(), mb);
        // another kind of model is refused
        let c = train(3, 1);
        assert!(Parser::average(&[&a, &c]).is_err());
        assert!(Parser::average(&[]).is_err());
        // the decoding width can be changed for beam models only, and is stored
        let mut w6 = Parser::from_bytes(&mb).unwrap();
        w6.set_beam(6).unwrap();
        assert_eq!(Parser::from_bytes(&w6.to_bytes()).unwrap().beam(), 6);
        assert!(w6.set_beam(1).is_err() && w6.set_beam(MAX_BEAM as usize + 1).is_err());
        assert!(random_parser(4).set_beam(4).is_err(), "greedy weights");
        // the first model's precision is kept
        let mut ae = a;
        ae.set_exact_inference(true);
        assert!(Parser::average(&[&ae, &b]).unwrap().exact_inference());
    }

    #[test]
    fn trans_extra_appends_only_for_set_1() {
        let inp = own_input("a b c d e");
        let x = Inputs {
            w: &inp[0],
            t: &inp[1],
            u: &inp[2],
            cf: &inp[3],
            cc: &inp[4],
        };
        let mut st = State::default();
        st.reset(3);
        st.apply(SHIFT, 0);
        st.apply(SHIFT, 0);
        let (mut f0, mut f1) = (Vec::new(), Vec::new());
        trans_features(0, &st, &x, &mut f0);
        trans_features(1, &st, &x, &mut f1);
        let mut plain = Vec::new();
        features(&st, &x, &mut plain);
        assert_eq!(f0, plain);
        assert_eq!(f1.len(), NF + NTX);
        assert_eq!(&f1[..NF], &plain[..]);
        // the extra features depend on the configuration
        let mut st2 = st.clone();
        st2.apply(LEFT, 1);
        let mut g1 = Vec::new();
        trans_features(1, &st2, &x, &mut g1);
        assert_ne!(&g1[NF..], &f1[NF..]);
    }

    #[test]
    fn gold_sequence_rebuilds_the_tree() {
        let gl: Vec<u16> = (0..HEADS.len() as u16).collect();
        let (mut st, mut seq) = (State::default(), Vec::new());
        gold_sequence(&HEADS, &gl, &mut st, &mut seq);
        assert_eq!(seq.len(), 2 * HEADS.len(), "one SHIFT and one arc per word");
        assert_eq!(&st.heads[..7], &HEADS);
        assert_eq!(&st.labels[..7], &gl[..]);
    }

    #[test]
    fn label_feature_set_1_is_opt_in_and_travels_in_the_model_file() {
        let sents = chronicle_doc::conllu::parse(TINY).unwrap();
        let tags: Vec<_> = sents.iter().map(gold_tag_hashes).collect();
        let opts = TrainOpts { epochs: 6, seed: 3 };
        let train = |lx: u8| {
            Parser::train_labelx(
                &sents,
                &tags,
                &sents,
                &tags,
                &opts,
                (12, 10),
                lx,
                &mut |_| {},
            )
            .0
        };
        // the original features: `train` is `train_labelx(.., 0, ..)`, and
        // the file has no label-feature section (shipped files unchanged)
        let p0 = train(0);
        let (q0, _) = Parser::train(&sents, &tags, &sents, &tags, &opts, (12, 10), &mut |_| {});
        assert_eq!(p0.to_bytes(), q0.to_bytes());
        assert!(!p0.to_bytes().ends_with(&[LABELX_TAG, 1]));
        assert_eq!(
            Parser::from_bytes(&p0.to_bytes()).unwrap().label_features(),
            0
        );
        // set 1 trains, is stored, reloads byte-identically and parses alike
        let p1 = train(1);
        assert_eq!(p1.label_features(), 1);
        assert_eq!(p1.evaluate(&sents, &tags), (1.0, 1.0));
        let b1 = p1.to_bytes();
        let r1 = Parser::from_bytes(&b1).unwrap();
        assert_eq!(r1.label_features(), 1);
        assert_eq!(r1.to_bytes(), b1);
        assert_eq!(r1.evaluate(&sents, &tags), (1.0, 1.0));
        assert_ne!(b1, p0.to_bytes());
        // beam + set 1: both sections round-trip
        let (pb, _) = Parser::train_beam(
            &sents,
            &tags,
            &sents,
            &tags,
            &opts,
            (12, 10),
            2,
            (1, 0),
            0,
            &mut |_| {},
            &mut |_| {},
        );
        let rb = Parser::from_bytes(&pb.to_bytes()).unwrap();
        assert_eq!((rb.beam(), rb.label_features()), (2, 1));
        assert_eq!(rb.evaluate(&sents, &tags), pb.evaluate(&sents, &tags));
        // unknown sets are rejected
        let mut bad = random_parser(4);
        bad.labelx = MAX_LABELX + 1;
        assert!(Parser::from_bytes(&bad.to_bytes()).is_err());
    }

    /// A lean set for the tests: about half of each kind of template.
    /// Each weight of the averaged table `wm` is the sum of the two runs' weights,
    /// rescaled so that the largest sum is 32,000.
    fn assert_rescaled_mean(wa: &[(u32, i16)], wb: &[(u32, i16)], wm: &[(u32, i16)]) {
        let mut sum = std::collections::HashMap::new();
        for &(i, w) in wa.iter().chain(wb) {
            *sum.entry(i).or_insert(0f64) += w as f64;
        }
        let max = sum.values().fold(0f64, |x, y| x.max(y.abs()));
        for &(i, w) in wm {
            assert_eq!(w, (sum[&i] * 32000.0 / max).round() as i16);
        }
    }

    fn test_lean() -> Lean {
        let order = template_order();
        let tids: Vec<u8> = order
            .iter()
            .copied()
            .filter(|id| id % 2 == 0 || *id < 7)
            .collect();
        let lids: Vec<u8> = [2u8, 4, 6, 8, 10, 24, 42, 84]
            .into_iter()
            .filter(|id| tids.contains(id))
            .collect();
        Lean::new(&tids, &lids).unwrap()
    }

    #[test]
    fn shipped_lean_set_hashes_the_kept_templates_of_the_original_ones() {
        // the shipped parser takes the constant-test copy of the feature code
        let fast: &[u8] = include_bytes!("../../../data/models/fast/parser.bin");
        let p = Parser::from_bytes(fast).unwrap();
        assert_eq!(p.lean().unwrap().tmask, SHIPPED_TMASK);
        let order = template_order();
        let lean = Lean::new(&SHIPPED_TIDS, &[1]).unwrap();
        let v = own_input(OWN[1]);
        let inp = input(&v);
        let s = filled(&inp);
        let x = scratch_inputs(&s);
        let mut st = State::default();
        st.reset(inp.words.len());
        let (mut full, mut kept, mut seen) = (Vec::new(), Vec::new(), Vec::new());
        let mut steps = 0;
        for tr in [
            SHIFT, SHIFT, LEFT, SHIFT, SHIFT, RIGHT, SHIFT, LEFT, RIGHT, SHIFT,
        ]
        .into_iter()
        .cycle()
        .take(40)
        {
            features(&st, &x, &mut full);
            let want: Vec<u64> = full
                .iter()
                .zip(&order)
                .filter(|(_, id)| SHIPPED_TIDS.contains(id))
                .map(|(h, _)| *h)
                .collect();
            seen.clear();
            lean.features_with(&st, &x, &mut kept, 0, |h| seen.push(h));
            assert_eq!(kept, want);
            assert_eq!(seen, want);
            // after an arc the buffer-front block is kept, the rest rehashed
            kept.truncate(lean.nb);
            lean.features_with(&st, &x, &mut kept, lean.nb, |_| {});
            assert_eq!(kept, want);
            steps += 1;
            if st.terminal() {
                break;
            }
            if st.valid(tr) {
                st.apply(tr, 2);
            } else if let Some(t) = (0..3).find(|&t| st.valid(t)) {
                st.apply(t, 1);
            }
        }
        assert!(steps > 5);
    }

    #[test]
    fn forced_arcs_hash_only_the_relation_features() {
        // the shipped set (constant template tests) and a test set (run-time tests)
        let fast: &[u8] = include_bytes!("../../../data/models/fast/parser.bin");
        let shipped = Parser::from_bytes(fast).unwrap().lean().unwrap().clone();
        for lean in [shipped, test_lean()] {
            for sent in OWN.iter().take(3) {
                let v = own_input(sent);
                let inp = input(&v);
                let s = filled(&inp);
                let x = scratch_inputs(&s);
                let mut st = State::default();
                st.reset(inp.words.len());
                let (mut all, mut rel) = (Vec::new(), Vec::new());
                let mut forced_arcs = 0;
                // shift everything, then the arcs down to the root are forced
                while !st.terminal() {
                    lean.features_with(&st, &x, &mut all, 0, |_| {});
                    lean.relation_features(&st, &x, &mut rel, 0);
                    assert_eq!(rel.len(), all.len());
                    for (p, (&r, &a)) in rel.iter().zip(&all).enumerate() {
                        let want = if lean.lpos.contains(&p) { a } else { 0 };
                        assert_eq!(r, want, "slot {p}");
                    }
                    // the buffer-front block kept from the previous step
                    rel.truncate(lean.nb);
                    lean.relation_features(&st, &x, &mut rel, lean.nb);
                    for dir in [LEFT, RIGHT] {
                        let a: Vec<u64> = lean.label_iter(&all, dir).collect();
                        let r: Vec<u64> = lean.label_iter(&rel, dir).collect();
                        assert_eq!(r, a);
                    }
                    let tr = st.forced().unwrap_or(SHIFT);
                    if tr != SHIFT {
                        forced_arcs += 1;
                    }
                    st.apply(tr, 3);
                }
                assert!(forced_arcs >= 2, "{sent}");
            }
        }
    }

    #[test]
    fn lean_features_are_the_kept_templates_of_the_original_ones() {
        let order = template_order();
        assert_eq!(order.len(), NF);
        let lean = test_lean();
        let v = own_input(OWN[0]);
        let inp = input(&v);
        let s = filled(&inp);
        let x = scratch_inputs(&s);
        let mut st = State::default();
        st.reset(inp.words.len());
        for tr in [SHIFT, SHIFT, LEFT, SHIFT, RIGHT] {
            if st.valid(tr) {
                st.apply(tr, 3);
            }
        }
        let (mut full, mut kept, mut lfull) = (Vec::new(), Vec::new(), Vec::new());
        features(&st, &x, &mut full);
        lean.features_with(&st, &x, &mut kept, 0, |_| {});
        let want: Vec<u64> = full
            .iter()
            .zip(&order)
            .filter(|(_, id)| lean.tids.contains(id))
            .map(|(h, _)| *h)
            .collect();
        assert_eq!(kept, want);
        assert_eq!(kept.len(), lean.tids.len());
        // the first `nb` kept features read only the buffer front
        let bonly: Vec<u8> = order[..NB]
            .iter()
            .copied()
            .filter(|id| lean.tids.contains(id))
            .collect();
        assert_eq!(lean.nb, bonly.len());
        // the relation features are the original ones of the kept templates
        for dir in [LEFT, RIGHT] {
            label_feats(&full, dir, &mut lfull);
            let lorder: Vec<u8> = order[..B_LABEL]
                .iter()
                .chain(&order[NB..NB + R_LABEL])
                .copied()
                .collect();
            let want: Vec<u64> = lfull
                .iter()
                .zip(&lorder)
                .filter(|(_, id)| lean.lids.contains(id))
                .map(|(h, _)| *h)
                .collect();
            let got: Vec<u64> = lean.label_iter(&kept, dir).collect();
            assert_eq!(got, want);
            assert_eq!(got.len(), lean.lids.len());
        }
        // relation templates must be kept relation-capable templates
        assert!(Lean::new(&lean.tids, &[lean.tids[0], 51]).is_err()); // 51: transitions only
        let without_2: Vec<u8> = lean.tids.iter().copied().filter(|&i| i != 2).collect();
        assert!(Lean::new(&without_2, &[2]).is_err());
        assert!(Lean::new(&[1, 200], &[1]).is_err());
        assert!(Lean::new(&[1, 1], &[1]).is_err());
    }

    #[test]
    fn lean_feature_set_is_deterministic_and_travels_in_the_model_file() {
        let sents = chronicle_doc::conllu::parse(TINY).unwrap();
        let tags: Vec<_> = sents.iter().map(gold_tag_hashes).collect();
        let opts = TrainOpts { epochs: 6, seed: 3 };
        let train = |lean: Option<Lean>| {
            Parser::train_greedy(
                &sents,
                &tags,
                &sents,
                &tags,
                &opts,
                (12, 10),
                0,
                lean,
                &mut |_| {},
            )
            .0
        };
        // without a lean set: the original model, byte for byte
        let p0 = train(None);
        let (q0, _) = Parser::train(&sents, &tags, &sents, &tags, &opts, (12, 10), &mut |_| {});
        assert_eq!(p0.to_bytes(), q0.to_bytes());
        let r0 = Parser::from_bytes(&p0.to_bytes()).unwrap();
        assert!(r0.lean().is_none());
        assert_eq!((r0.label_features(), r0.trans_features()), (0, 0));
        // the lean set trains deterministically, is stored with its ids,
        // reloads byte-identically and parses alike
        let p2 = train(Some(test_lean()));
        let b2 = p2.to_bytes();
        assert_eq!(train(Some(test_lean())).to_bytes(), b2);
        assert_ne!(b2, p0.to_bytes());
        let r2 = Parser::from_bytes(&b2).unwrap();
        assert_eq!(r2.lean(), Some(&test_lean()));
        assert_eq!(
            (r2.label_features(), r2.trans_features()),
            (LEAN_SET, LEAN_SET)
        );
        assert_eq!(r2.to_bytes(), b2);
        let sc = p2.evaluate(&sents, &tags);
        assert!(sc.0 > 0.9, "{sc:?}");
        assert_eq!(r2.evaluate(&sents, &tags), sc);
        let mut s = ParseScratch::default();
        for sent in &sents {
            let words: Vec<u64> = sent.words.iter().map(|w| hash_lower(&w.form)).collect();
            let g = gold_tag_hashes(sent);
            let col = |k: usize| g.iter().map(|x| x[k]).collect::<Vec<u64>>();
            let (xp, up, cf, cc) = (col(0), col(1), col(2), col(3));
            let inp = ParserInput {
                words: &words,
                xpos: &xp,
                upos: &up,
                cf: &cf,
                cc: &cc,
            };
            p2.parse(&inp, &mut s);
            let (h, l) = (s.state.heads.clone(), s.state.labels.clone());
            r2.parse(&inp, &mut s);
            assert_eq!((h, l), (s.state.heads.clone(), s.state.labels.clone()));
        }
        // the lean sets come together, in greedy models with i8 tables only
        for (lx, tx, beam, exact) in [
            (LEAN_SET, 0, 1, false),
            (0, LEAN_SET, 1, false),
            (LEAN_SET, LEAN_SET, 2, false),
            (LEAN_SET, LEAN_SET, 1, true),
        ] {
            let mut bad = train(Some(test_lean()));
            (bad.labelx, bad.transx, bad.beam, bad.exact) = (lx, tx, beam, exact);
            if lx != LEAN_SET || tx != LEAN_SET {
                bad.lean = None;
            }
            assert!(
                Parser::from_bytes(&bad.to_bytes()).is_err(),
                "{lx} {tx} {beam} {exact}"
            );
        }
    }

    #[test]
    fn folding_a_parser_sums_the_rows_that_share_their_low_bits() {
        // `examples/fold_parser`: a lean model (12 / 10 row bits) folded to
        // smaller tables keeps its settings, travels in its file and parses
        let sents = chronicle_doc::conllu::parse(TINY).unwrap();
        let tags: Vec<_> = sents.iter().map(gold_tag_hashes).collect();
        let opts = TrainOpts { epochs: 6, seed: 3 };
        let (p, _) = Parser::train_greedy(
            &sents,
            &tags,
            &sents,
            &tags,
            &opts,
            (12, 10),
            0,
            Some(test_lean()),
            &mut |_| {},
        );
        // folding to its own sizes changes nothing, byte for byte
        assert_eq!(p.folded(12, 10).unwrap().to_bytes(), p.to_bytes());
        let f = p.folded(9, 7).unwrap();
        assert_eq!((f.trans.rows(), f.lab.rows()), (1 << 9, 1 << 7));
        assert_eq!(f.lean(), Some(&test_lean()));
        let r = Parser::from_bytes(&f.to_bytes()).unwrap();
        assert_eq!((r.trans.rows(), r.lab.rows()), (1 << 9, 1 << 7));
        assert_eq!(r.to_bytes(), f.to_bytes());
        assert_eq!(r.evaluate(&sents, &tags), f.evaluate(&sents, &tags));
        assert!(f.evaluate(&sents, &tags).0 > 0.5);
        // each folded weight is the sum of the rows that share its low bits,
        // rescaled to the largest magnitude 32,000 if a sum leaves the i16 range
        for (t, ft, rows) in [(&p.trans, &f.trans, 1usize << 9), (&p.lab, &f.lab, 1 << 7)] {
            let cols = t.cols();
            let mut want = vec![0i64; rows * cols];
            for (i, w) in t.exact_weights() {
                let (row, c) = (i as usize / cols, i as usize % cols);
                want[(row % rows) * cols + c] += w as i64;
            }
            let max = want.iter().map(|w| w.abs()).max().unwrap();
            let scale = if max > i16::MAX as i64 {
                32000.0 / max as f64
            } else {
                1.0
            };
            let got: Vec<(u32, i16)> = ft.exact_weights();
            let want: Vec<(u32, i16)> = want
                .iter()
                .enumerate()
                .map(|(i, &w)| (i as u32, (w as f64 * scale).round() as i16))
                .filter(|x| x.1 != 0)
                .collect();
            assert!(!want.is_empty());
            assert_eq!(got, want);
        }
        // tables are only folded to fewer rows
        assert!(p.folded(13, 10).is_err());
        assert!(p.folded(12, 11).is_err());
    }

    #[test]
    fn averaging_lean_parsers_keeps_their_template_sets() {
        // `chronicle train parser-average` of lean greedy runs (other seeds):
        // the mean keeps the kept template ids, travels in its file and
        // parses; other sets and the original sets are refused
        let sents = chronicle_doc::conllu::parse(TINY).unwrap();
        let tags: Vec<_> = sents.iter().map(gold_tag_hashes).collect();
        let train = |seed: u64, lean: Option<Lean>| {
            Parser::train_greedy(
                &sents,
                &tags,
                &sents,
                &tags,
                &TrainOpts { epochs: 6, seed },
                (12, 10),
                0,
                lean,
                &mut |_| {},
            )
            .0
        };
        let (a, b) = (train(3, Some(test_lean())), train(5, Some(test_lean())));
        assert_ne!(a.to_bytes(), b.to_bytes());
        // a lean model averaged with itself is the same file
        assert_eq!(Parser::average(&[&a, &a]).unwrap().to_bytes(), a.to_bytes());
        let m = Parser::average(&[&a, &b]).unwrap();
        assert_eq!(m.lean(), Some(&test_lean()));
        assert_eq!(
            (m.beam(), m.label_features(), m.trans_features()),
            (1, LEAN_SET, LEAN_SET)
        );
        assert!(!m.exact_inference());
        let mb = m.to_bytes();
        let r = Parser::from_bytes(&mb).unwrap();
        assert_eq!(r.lean(), Some(&test_lean()));
        assert_eq!(r.to_bytes(), mb);
        // each weight is the rescaled mean of the two runs' weights
        let (wa, wb, wm) = (
            a.lab.exact_weights(),
            b.lab.exact_weights(),
            r.lab.exact_weights(),
        );
        assert_rescaled_mean(&wa, &wb, &wm);
        let sc = r.evaluate(&sents, &tags);
        assert!(sc.0 > 0.9, "{sc:?}");
        assert_eq!(m.evaluate(&sents, &tags), sc);
        // another lean set, or the original sets, are another kind of model
        let order = template_order();
        let other = Lean::new(&order[..40], &[order[0]]).unwrap();
        assert_ne!(other, test_lean());
        assert!(Parser::average(&[&a, &train(3, Some(other))]).is_err());
        assert!(Parser::average(&[&a, &train(3, None)]).is_err());
        assert!(Parser::average(&[&train(3, None), &a]).is_err());
    }

    #[test]
    fn shipped_parsers_keep_their_feature_sets_and_bytes() {
        // the default file (from before the lean sets) has the original
        // sets, the opt-in fast parser the lean ones; both re-save byte for
        // byte
        let default: &[u8] = include_bytes!("../../../data/models/parser.bin");
        let fast: &[u8] = include_bytes!("../../../data/models/fast/parser.bin");
        for (f, bytes, sets) in [
            ("parser.bin", default, (0, 0)),
            ("fast/parser.bin", fast, (LEAN_SET, LEAN_SET)),
        ] {
            let p = Parser::from_bytes(bytes).unwrap();
            assert_eq!(
                (p.beam(), p.label_features(), p.trans_features()),
                (1, sets.0, sets.1),
                "{f}"
            );
            assert_eq!(p.lean().is_some(), sets.0 == LEAN_SET, "{f}");
            assert!(p.to_bytes() == bytes, "{f} re-saves byte for byte");
        }
    }

    #[test]
    fn template_influence_counts_the_decisions_of_the_original_sets() {
        let p = random_parser(5);
        let v = own_input(OWN[1]);
        let mut s = ParseScratch::default();
        let (mut tr, mut lb) = (vec![0f64; 128], vec![0f64; 128]);
        p.template_influence(&input(&v), &mut s, &mut tr, &mut lb);
        let order = template_order();
        assert!(tr.iter().sum::<f64>() > 0.0 && lb.iter().sum::<f64>() > 0.0);
        // only template ids get counts; transition-only ones no relation counts
        for id in 0..128u8 {
            let p = order.iter().position(|&o| o == id);
            if p.is_none() {
                assert_eq!((tr[id as usize], lb[id as usize]), (0.0, 0.0));
            } else if p.is_some_and(|p| (B_LABEL..NB).contains(&p) || p >= NB + R_LABEL) {
                assert_eq!(lb[id as usize], 0.0);
            }
        }
        // it parses as `parse` does
        let mut s2 = ParseScratch::default();
        p.parse(&input(&v), &mut s2);
        assert_eq!(s.state.heads, s2.state.heads);
        assert_eq!(s.state.labels, s2.state.labels);
    }

    #[test]
    fn label_extra_appends_direction_dependent_features_only_for_set_1() {
        let v = own_input(OWN[0]);
        let mut s = ParseScratch::default();
        fill_inputs(&input(&v), &mut s);
        let x = Inputs {
            w: &s.w,
            t: &s.t,
            u: &s.u,
            cf: &s.cf,
            cc: &s.cc,
        };
        let mut st = State::default();
        st.reset(v[0].len());
        st.apply(SHIFT, 0);
        st.apply(SHIFT, 0);
        let mut feats = Vec::new();
        features(&st, &x, &mut feats);
        let (mut base, mut x0, mut l1, mut r1) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        label_feats(&feats, LEFT, &mut base);
        label_feats_x(0, &st, &x, &feats, LEFT, &mut x0);
        assert_eq!(x0, base, "set 0 = the original features");
        label_feats_x(1, &st, &x, &feats, LEFT, &mut l1);
        label_feats_x(1, &st, &x, &feats, RIGHT, &mut r1);
        assert_eq!(l1.len(), LF + NLX);
        assert_eq!(&l1[..LF], &base[..]);
        assert_ne!(&l1[LF..], &r1[LF..], "head differs with the direction");
    }
}
