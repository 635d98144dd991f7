//! [`Sym`]: a cheap-to-clone immutable string for the closed-set values of
//! the tag and dependency layers (UPOS, XPOS, FEATS bundles, relations) and
//! for short open-class strings such as lemmas (stored inline, no allocation).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::sync::Arc;

/// An immutable string that is either `'static` (a model's interned tag
/// set: cloning copies a pointer, no allocation), inline (up to
/// [`Sym::INLINE`] bytes held in the value itself: building and cloning it
/// allocate nothing; lemmas are almost all this short) or shared (`Arc<str>`).
/// The value is 24 bytes whichever it is.
/// Compares, hashes, orders, prints and serializes as the plain string, so
/// `tag.upos == "VERB"`, `tag.upos.as_str()`, `deps[i].rel.starts_with("nsubj")`
/// work as with a `String`, and the JSON form is a plain string.
#[derive(Clone)]
pub struct Sym(Repr);

#[derive(Clone)]
enum Repr {
    Static(&'static str),
    Inline(Inline),
    Shared(Arc<str>),
}

/// Up to [`Sym::INLINE`] bytes of UTF-8, stored in place. The only
/// constructor is [`Inline::new`], which copies a whole `&str`, so `buf[..len]`
/// is always valid UTF-8.
#[derive(Clone, Copy)]
struct Inline {
    len: u8,
    buf: [u8; Sym::INLINE],
}

impl Inline {
    #[inline]
    fn new(s: &str) -> Option<Inline> {
        let mut buf = [0u8; Sym::INLINE];
        buf.get_mut(..s.len())?.copy_from_slice(s.as_bytes());
        Some(Inline {
            len: s.len() as u8,
            buf,
        })
    }

    #[inline]
    fn as_str(&self) -> &str {
        let bytes = &self.buf[..self.len as usize];
        // SAFETY: `buf[..len]` is a copy of a whole `&str` (see `Inline::new`),
        // hence valid UTF-8; the fields are private and never mutated.
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }
}

impl Sym {
    /// A symbol backed by a `'static` string (no allocation, ever).
    pub const fn new_static(s: &'static str) -> Sym {
        Sym(Repr::Static(s))
    }

    /// The longest string stored inline (no allocation).
    pub const INLINE: usize = 22;

    /// A symbol holding a copy of `s`: inline (no allocation) when it is at
    /// most [`Sym::INLINE`] bytes long, shared otherwise.
    #[inline]
    pub fn new(s: &str) -> Sym {
        match Inline::new(s) {
            Some(i) => Sym(Repr::Inline(i)),
            None => Sym(Repr::Shared(Arc::from(s))),
        }
    }

    /// The string.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(s) => s,
            Repr::Inline(i) => i.as_str(),
            Repr::Shared(s) => s,
        }
    }
}

impl Default for Sym {
    fn default() -> Self {
        Sym::new_static("")
    }
}

impl std::ops::Deref for Sym {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Sym {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Sym {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Sym {
    fn from(s: &str) -> Sym {
        Sym::new(s)
    }
}

impl From<String> for Sym {
    fn from(s: String) -> Sym {
        Sym::new(&s)
    }
}

impl From<&String> for Sym {
    fn from(s: &String) -> Sym {
        Sym::from(s.as_str())
    }
}

impl From<Sym> for String {
    fn from(s: Sym) -> String {
        s.as_str().to_string()
    }
}

impl std::fmt::Debug for Sym {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Sym {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for Sym {
    #[inline]
    fn eq(&self, o: &Sym) -> bool {
        self.as_str() == o.as_str()
    }
}

impl Eq for Sym {}

impl PartialEq<str> for Sym {
    #[inline]
    fn eq(&self, o: &str) -> bool {
        self.as_str() == o
    }
}

impl PartialEq<&str> for Sym {
    #[inline]
    fn eq(&self, o: &&str) -> bool {
        self.as_str() == *o
    }
}

impl PartialEq<String> for Sym {
    #[inline]
    fn eq(&self, o: &String) -> bool {
        self.as_str() == o.as_str()
    }
}

impl PartialEq<Sym> for str {
    fn eq(&self, o: &Sym) -> bool {
        self == o.as_str()
    }
}

impl PartialEq<Sym> for &str {
    fn eq(&self, o: &Sym) -> bool {
        *self == o.as_str()
    }
}

impl PartialEq<Sym> for String {
    fn eq(&self, o: &Sym) -> bool {
        self.as_str() == o.as_str()
    }
}

impl PartialOrd for Sym {
    fn partial_cmp(&self, o: &Sym) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Sym {
    fn cmp(&self, o: &Sym) -> std::cmp::Ordering {
        self.as_str().cmp(o.as_str())
    }
}

impl std::hash::Hash for Sym {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h)
    }
}

impl Serialize for Sym {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Sym {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Sym, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Sym;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Sym, E> {
                Ok(Sym::new(s))
            }
        }
        d.deserialize_str(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_like_a_string() {
        let a = Sym::new_static("nsubj:pass");
        let b = Sym::from("nsubj:pass".to_string());
        assert_eq!(a, b);
        assert_eq!(a, "nsubj:pass");
        assert!(a.starts_with("nsubj"));
        assert_eq!(format!("{a}|{b:?}"), "nsubj:pass|\"nsubj:pass\"");
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"nsubj:pass\"");
        let c: Sym = serde_json::from_str("\"VERB\"").unwrap();
        assert_eq!(c.as_str(), "VERB");
        let (x, y) = (Sym::from("A"), Sym::new_static("B"));
        assert!(x < y);
    }

    #[test]
    fn inline_and_shared_are_the_same_string() {
        assert_eq!(std::mem::size_of::<Sym>(), 24, "no bigger than before");
        let short = "x".repeat(Sym::INLINE);
        let long = "x".repeat(Sym::INLINE + 1);
        for s in ["", "say", "Zelenskyy’s", short.as_str(), long.as_str()] {
            let a = Sym::new(s);
            assert_eq!(a.as_str(), s);
            assert_eq!(a.len(), s.len());
            assert_eq!(a, Sym::from(s.to_string()));
            let json = serde_json::to_string(&a).unwrap();
            assert_eq!(json, serde_json::to_string(s).unwrap());
            let back: Sym = serde_json::from_str(&json).unwrap();
            assert_eq!(back, a);
            let mut h = std::collections::HashSet::new();
            h.insert(a.clone());
            assert!(h.contains(s), "hashes as the plain string");
        }
        assert!(matches!(Sym::new(&short).0, Repr::Inline(_)));
        assert!(matches!(Sym::new(&long).0, Repr::Shared(_)));
        // a multi-byte character that ends exactly at the inline limit
        let edge = format!("{}é", "a".repeat(Sym::INLINE - 2));
        assert_eq!(Sym::new(&edge).as_str(), edge);
    }
}
