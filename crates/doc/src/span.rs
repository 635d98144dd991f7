//! Byte spans: half-open `[start, end)` byte ranges into `Doc::text`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::Range;

/// A half-open byte range `[start, end)` into the canonical text of a [`crate::Doc`].
///
/// Spans always fall on UTF-8 character boundaries. They serialize as a
/// two-element JSON array `[start, end]` to keep the output compact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte of the span.
    pub start: u32,
    /// One past the last byte of the span.
    pub end: u32,
}

impl Span {
    /// Builds a span; panics in debug builds if `start > end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers no bytes.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `usize` range, for slicing.
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The text this span covers.
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.range()]
    }

    /// True when `other` lies entirely within `self`.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// True when both ends fall on char boundaries of `text` and inside it.
    pub fn is_valid_for(&self, text: &str) -> bool {
        self.start <= self.end
            && (self.end as usize) <= text.len()
            && text.is_char_boundary(self.start as usize)
            && text.is_char_boundary(self.end as usize)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let [start, end] = <[u32; 2]>::deserialize(d)?;
        if start > end {
            return Err(serde::de::Error::custom(format!(
                "span start {start} is after end {end}"
            )));
        }
        Ok(Span { start, end })
    }
}

/// A half-open range of token indices `[start, end)` into `Doc::tokens`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TokenRange {
    /// First token index.
    pub start: u32,
    /// One past the last token index.
    pub end: u32,
}

impl TokenRange {
    /// Builds a token range.
    #[inline]
    pub fn new(start: usize, end: usize) -> TokenRange {
        TokenRange {
            start: start as u32,
            end: end as u32,
        }
    }
    /// Number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
    /// True when empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// As a `usize` range.
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl Serialize for TokenRange {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for TokenRange {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TokenRange, D::Error> {
        let [start, end] = <[u32; 2]>::deserialize(d)?;
        if start > end {
            return Err(serde::de::Error::custom(format!(
                "token range start {start} is after end {end}"
            )));
        }
        Ok(TokenRange { start, end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_roundtrips_as_array() {
        let s = Span::new(3, 9);
        let j = serde_json::to_string(&s).unwrap();
        assert_eq!(j, "[3,9]");
        assert_eq!(serde_json::from_str::<Span>(&j).unwrap(), s);
        assert!(serde_json::from_str::<Span>("[9,3]").is_err());
    }

    #[test]
    fn span_geometry() {
        let a = Span::new(0, 10);
        let b = Span::new(2, 4);
        assert!(a.contains(b));
        assert!(!b.contains(a));
        assert!(a.overlaps(b));
        assert!(!Span::new(0, 2).overlaps(Span::new(2, 4)));
        assert_eq!(Span::new(5, 7).cover(b), Span::new(2, 7));
        let t = "Grüße";
        assert!(Span::new(0, 4).is_valid_for(t));
        assert!(!Span::new(0, 3).is_valid_for(t), "3 splits the ü");
        assert!(!Span::new(0, 8).is_valid_for(t), "past the end");
    }
}
