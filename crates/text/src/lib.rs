//! The text layer: offset-preserving normalization, sentence segmentation and
//! tokenization compatible with UD English (syntactic words such as `wo` +
//! `n't`, `can` + `not`, `Kyiv` + `'s` as byte sub-spans of the text).
//!
//! ```
//! use chronicle_text::Segmenter;
//! let seg = Segmenter::default();
//! let text = "Mr. Putin won't stop. Ukraine says 115,000 troops are near.";
//! let (sentences, tokens) = seg.annotate_text(text);
//! assert_eq!(sentences.len(), 2);
//! let words: Vec<&str> = tokens.iter().map(|t| t.span.text(text)).collect();
//! assert_eq!(&words[..6], &["Mr.", "Putin", "wo", "n't", "stop", "."]);
//! ```
//!
//! The stage never does IO and never fails on text: any input yields some
//! (possibly empty) segmentation. Data (abbreviations, hyphen prefixes, fused
//! words) comes from `data/lexicon/en.txt`, embedded, or from a string given to
//! [`Segmenter::from_lexicon`].
#![deny(missing_docs)]

pub mod eval;
pub mod lexicon;
pub mod normalize;
mod segment;

pub use lexicon::{DEFAULT_LEXICON, Lexicon, LexiconError};
pub use normalize::{Normalized, normalize};
pub use segment::{DEFAULT_MAX_SENTENCE_TOKENS, Segmenter};

#[cfg(test)]
mod tests;
