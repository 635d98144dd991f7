//! Zero-initialized buffers for the large weight tables, on 2 MiB-aligned
//! memory that Linux is asked to back with transparent huge pages.
//!
//! The tables are read at random rows, so with 4 KiB pages nearly every row
//! read also misses the TLB (the tagger's, label and transition tables are
//! 56 MiB: about 14,000 small pages, 28 huge ones). A `Vec` is only 64-byte
//! aligned, so only its 2 MiB-aligned interior could be huge pages (up to
//! 2 MiB at each end stayed on small pages: 6 of the 56 MiB, a quarter of the
//! 8 MiB transition table). A [`Zeroed`] buffer of 2 MiB or more starts on a
//! 2 MiB boundary, so all of it can be.
//!
//! All `unsafe` code for this lives here.

use std::alloc::Layout;
use std::ptr::NonNull;

/// The huge page size on x86_64 and aarch64 Linux (with 4 KiB base pages).
pub(crate) const HUGE: usize = 2 << 20;

/// Plain data for which all-zero bytes are a valid value.
///
/// # Safety
/// An implementor must be valid when all its bytes are zero, and have no
/// drop glue (it is `Copy`).
pub(crate) unsafe trait Zeroable: Copy {}

// SAFETY: integers are valid as all-zero bytes.
unsafe impl Zeroable for u8 {}
// SAFETY: as above.
unsafe impl Zeroable for i16 {}
// SAFETY: as above.
unsafe impl Zeroable for u64 {}

/// A fixed-length, zero-initialized, heap-allocated slice of `T`. Buffers
/// of [`HUGE`] bytes or more are [`HUGE`]-aligned and (Linux) advised
/// `MADV_HUGEPAGE` before their first write; smaller ones are ordinary
/// allocations aligned as `T`.
pub(crate) struct Zeroed<T: Zeroable> {
    ptr: NonNull<T>,
    len: usize,
}

// SAFETY: `Zeroed` owns its elements alone (like `Box<[T]>`): sending or
// sharing it is sending or sharing the `T`s.
unsafe impl<T: Zeroable + Send> Send for Zeroed<T> {}
// SAFETY: as above; `&Zeroed` gives only `&[T]`.
unsafe impl<T: Zeroable + Sync> Sync for Zeroed<T> {}

impl<T: Zeroable> Zeroed<T> {
    /// The layout of `len` elements: [`HUGE`]-aligned from [`HUGE`] bytes on.
    /// `None` for zero bytes (nothing is allocated then).
    fn layout(len: usize) -> Option<Layout> {
        let l = Layout::array::<T>(len).expect("buffer size overflows");
        if l.size() == 0 {
            return None;
        }
        let align = if l.size() >= HUGE {
            HUGE.max(l.align())
        } else {
            l.align()
        };
        Some(l.align_to(align).expect("buffer alignment"))
    }

    /// `len` zero elements.
    pub(crate) fn new(len: usize) -> Zeroed<T> {
        let Some(layout) = Self::layout(len) else {
            return Zeroed {
                ptr: NonNull::dangling(),
                len,
            };
        };
        // SAFETY: the layout's size is not zero (checked by `layout`).
        let raw = unsafe { std::alloc::alloc(layout) };
        let Some(ptr) = NonNull::new(raw) else {
            std::alloc::handle_alloc_error(layout)
        };
        let zero = if layout.align() >= HUGE {
            advise_huge(raw, layout.size())
        } else {
            0
        };
        // SAFETY: `raw` points to `layout.size()` bytes we own; the first
        // `zero` of them read as zeros (released by the advice above), the
        // rest are not yet initialized: writing zeros there makes them all
        // `len` valid `T`s (`Zeroable`). The released pages are not written
        // here: zeroing them again cost a pass over every table at load (a
        // model's tables are tens of MB) and the kernel zeroes each page as
        // it faults in anyway, as a huge page, on the first write.
        unsafe { std::ptr::write_bytes(raw.add(zero), 0, layout.size() - zero) };
        Zeroed {
            ptr: ptr.cast(),
            len,
        }
    }
}

/// Asks Linux to back the `bytes` bytes at `ptr` (2 MiB-aligned, our own
/// allocation, not yet initialized) with huge pages. The whole huge pages
/// are also released first (`MADV_DONTNEED`): if the allocator reused memory
/// that was already touched, its small pages would stay (advice on touched
/// pages is acted on only later, by khugepaged, if ever); released, they
/// fault in again, as huge pages, on the first write, and read as zeros
/// (private anonymous memory, `madvise(2)`). Returns the number of bytes
/// from `ptr` so released (0 when the release failed): those hold zeros
/// without being written. A failed huge-page advice is harmless and ignored
/// (the memory then stays on small pages).
#[cfg(target_os = "linux")]
fn advise_huge(ptr: *mut u8, bytes: usize) -> usize {
    debug_assert!((ptr as usize).is_multiple_of(HUGE));
    let len = bytes / HUGE * HUGE;
    if len == 0 {
        return 0;
    }
    // SAFETY: `[ptr, ptr + len)` lies inside our own allocation (len ≤
    // bytes), holds no values yet, and is page-aligned; discarding its pages
    // (they read back as zeros) and changing how the kernel backs them cannot
    // change any value the program reads.
    unsafe {
        libc::madvise(ptr.cast(), len, libc::MADV_HUGEPAGE);
        if libc::madvise(ptr.cast(), len, libc::MADV_DONTNEED) == 0 {
            len
        } else {
            0
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge(_: *mut u8, _: usize) -> usize {
    0
}

impl<T: Zeroable> Drop for Zeroed<T> {
    fn drop(&mut self) {
        if let Some(layout) = Self::layout(self.len) {
            // SAFETY: allocated in `new` with this same layout.
            unsafe { std::alloc::dealloc(self.ptr.as_ptr().cast(), layout) };
        }
    }
}

impl<T: Zeroable> std::ops::Deref for Zeroed<T> {
    type Target = [T];
    #[inline(always)]
    fn deref(&self) -> &[T] {
        // SAFETY: `ptr` points to `len` initialized `T`s that we own (or is
        // dangling and well aligned with nothing to read).
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl<T: Zeroable> std::ops::DerefMut for Zeroed<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as in `deref`, and `&mut self` makes the access unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl<T: Zeroable> Clone for Zeroed<T> {
    fn clone(&self) -> Zeroed<T> {
        let mut c = Zeroed::new(self.len);
        c.copy_from_slice(self);
        c
    }
}

impl<T: Zeroable + PartialEq> PartialEq for Zeroed<T> {
    fn eq(&self, o: &Zeroed<T>) -> bool {
        self[..] == o[..]
    }
}

impl<T: Zeroable + std::fmt::Debug> std::fmt::Debug for Zeroed<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // the tables are megabytes: their size, not their contents
        f.debug_struct("Zeroed").field("len", &self.len).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_and_empty_buffers_are_zeroed_and_aligned_as_their_type() {
        let e: Zeroed<u64> = Zeroed::new(0);
        assert!(e.is_empty());
        let s: Zeroed<u64> = Zeroed::new(1000);
        assert_eq!(s.len(), 1000);
        assert!(s.iter().all(|&x| x == 0));
        assert!((s.as_ptr() as usize).is_multiple_of(std::mem::align_of::<u64>()));
    }

    #[test]
    fn large_buffers_start_on_a_huge_page_and_hold_what_was_written() {
        let n = 2 * HUGE + 4096 + 8; // not a whole number of huge pages
        let mut b: Zeroed<u8> = Zeroed::new(n);
        assert_eq!(b.len(), n);
        assert!((b.as_ptr() as usize).is_multiple_of(HUGE));
        assert!(b.iter().all(|&x| x == 0));
        let src: Vec<u8> = (0..n).map(|i| (i * 7 % 251) as u8).collect();
        b.copy_from_slice(&src);
        assert_eq!(&b[..], &src[..]);
        let c = b.clone();
        assert_eq!(&c[..], &src[..]);
        assert!((c.as_ptr() as usize).is_multiple_of(HUGE));
        drop(b);
        // the clone owns its own memory: still intact after the original's drop
        assert_eq!(&c[..], &src[..]);
    }

    #[test]
    fn memory_freed_and_allocated_again_reads_as_zeros() {
        // a dropped buffer's memory is likely handed out again: the new
        // buffer must not see the old contents (released pages, then zeros)
        for round in 0..4u8 {
            let mut b: Zeroed<u8> = Zeroed::new(3 * HUGE);
            assert!(b.iter().all(|&x| x == 0), "round {round}");
            b.fill(round + 1);
            assert!(b.iter().all(|&x| x == round + 1));
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn released_huge_pages_read_as_zeros_and_the_tail_is_left_alone() {
        // `Zeroed::new` writes zeros only past what the advice released
        let mut b: Zeroed<u8> = Zeroed::new(2 * HUGE + 100);
        b.fill(7);
        let n = b.len();
        let released = advise_huge(b.as_mut_ptr(), n);
        assert_eq!(released, 2 * HUGE);
        assert!(b[..released].iter().all(|&x| x == 0));
        assert!(b[released..].iter().all(|&x| x == 7));
    }
}
