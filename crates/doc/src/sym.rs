//! [`Sym`]: a cheap-to-clone immutable string for the closed-set values of
//! the tag and dependency layers (UPOS, XPOS, FEATS bundles, relations).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::sync::Arc;

/// An immutable string that is either `'static` (a model's interned tag
/// set: cloning copies a pointer, no allocation) or shared (`Arc<str>`).
/// Compares, hashes, orders, prints and serializes as the plain string, so
/// `tag.upos == "VERB"`, `tag.upos.as_str()`, `deps[i].rel.starts_with("nsubj")`
/// work as with a `String`, and the JSON form is a plain string.
#[derive(Clone)]
pub struct Sym(Repr);

#[derive(Clone)]
enum Repr {
    Static(&'static str),
    Shared(Arc<str>),
}

impl Sym {
    /// A symbol backed by a `'static` string (no allocation, ever).
    pub const fn new_static(s: &'static str) -> Sym {
        Sym(Repr::Static(s))
    }

    /// The string.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(s) => s,
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
        Sym(Repr::Shared(Arc::from(s)))
    }
}

impl From<String> for Sym {
    fn from(s: String) -> Sym {
        Sym(Repr::Shared(Arc::from(s)))
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
        String::deserialize(d).map(Sym::from)
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
}
