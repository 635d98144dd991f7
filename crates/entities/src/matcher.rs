//! Phrase matcher: every dictionary name is folded into a sequence of pieces
//! (see [`crate::norm`]); a sentence's pieces are looked up whole (one hash per
//! piece) and a trie of the names' pieces, read from each name's last piece
//! back to its first, finds every dictionary phrase at token (or hyphen-piece)
//! boundaries. The hits come in the order an Aho-Corasick automaton over
//! ` piece piece … ` strings reports them (overlapping): by the end of the
//! phrase, the longest first.

use crate::dict::Actor;
use crate::norm::{self, Case};
use chronicle_doc::fxhash::FxHashMap;
use chronicle_doc::{Doc, Span};
use std::collections::HashMap;

/// What part of a record a phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AliasKind {
    /// A full name or alias.
    Name,
    /// A short name, valid only after a full mention.
    Short,
    /// A country adjective.
    Adj,
    /// A demonym plural noun.
    People,
    /// A seat used as a metonym.
    Seat,
}

/// A matchable phrase of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// Record index in the dictionary.
    pub actor: u32,
    /// Which part of the record.
    pub kind: AliasKind,
    /// True for plural nouns (agreement with `they`).
    pub plural: bool,
    /// Sector for seats.
    pub sector: Option<String>,
}

#[derive(Clone, Debug)]
struct Pattern {
    len: usize,
    entries: Vec<(Alias, Vec<Case>)>,
}

/// No id (a piece in no name, a trie node that ends no name).
const NONE: u32 = u32::MAX;

/// The compiled matcher.
#[derive(Clone, Debug)]
pub struct Matcher {
    /// Every piece of every name, by its folded form.
    words: FxHashMap<Box<str>, u32>,
    /// The names' pieces read backwards, as a trie: `(node << 32) | word`
    /// gives the child node (the root is node 0).
    next: FxHashMap<u64, u32>,
    /// The pattern a trie node ends ([`NONE`] if none).
    ends: Vec<u32>,
    pats: Vec<Pattern>,
    n_aliases: usize,
    /// The ` piece piece … ` strings of the patterns (the old automaton's).
    #[cfg(test)]
    strings: Vec<String>,
}

/// A piece of a token in the haystack.
#[derive(Clone, Debug)]
pub struct Piece {
    /// Token index.
    pub tok: usize,
    /// First piece of its token.
    pub first: bool,
    /// Last piece of its token.
    pub last: bool,
    /// Byte span in the text.
    pub span: Span,
    /// Byte range of the surface (for case checks) in `doc.token_norm(tok)`.
    pub surface: (u32, u32),
    /// Byte range of the folded form in the matcher's haystack.
    folded: (u32, u32),
}

impl Piece {
    /// The surface of the piece (`doc` is the Doc it was cut from).
    pub fn surface<'d>(&self, doc: &'d Doc) -> &'d str {
        &doc.token_norm(self.tok)[self.surface.0 as usize..self.surface.1 as usize]
    }
}

/// Buffers for [`Matcher::find_with`], reused from sentence to sentence.
#[derive(Debug, Default)]
pub struct Scratch {
    hay: String,
    cuts: Vec<(usize, usize)>,
    ids: Vec<u32>,
    ends: Vec<(u32, usize)>,
    found: Vec<(u32, usize)>,
}

/// A dictionary phrase found in a sentence.
#[derive(Clone, Debug)]
pub struct Hit {
    /// First piece index.
    pub p0: usize,
    /// One past the last piece index.
    pub p1: usize,
    /// First token.
    pub t0: usize,
    /// One past the last token.
    pub t1: usize,
    /// Byte span.
    pub span: Span,
    /// Folded rest of the first token before the match (`pro` in `pro-Russian`).
    pub prefix: Option<String>,
    /// Folded rest of the last token after the match (`backed` in `Russian-backed`).
    pub suffix: Option<String>,
    /// Aliases whose case demands are met.
    pub aliases: Vec<Alias>,
}

impl Matcher {
    /// Compiles the phrases.
    pub fn build(_actors: &[Actor], aliases: &[(String, Alias)]) -> Matcher {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut pats: Vec<Pattern> = Vec::new();
        let mut strings: Vec<String> = Vec::new();
        for (name, alias) in aliases {
            let p = norm::pattern(name);
            if p.is_empty() {
                continue;
            }
            // a leading "the" is optional in text matching: index without it too
            let variants: Vec<&[(String, Case)]> =
                if p.len() > 1 && p[0].0 == "the" && p[1].1 != Case::Any {
                    vec![&p[..], &p[1..]]
                } else {
                    vec![&p[..]]
                };
            for v in variants {
                let key: String = v
                    .iter()
                    .map(|(s, _)| s.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                let cases: Vec<Case> = v.iter().map(|(_, c)| *c).collect();
                let id = *index.entry(key.clone()).or_insert_with(|| {
                    strings.push(format!(" {key} "));
                    pats.push(Pattern {
                        len: v.len(),
                        entries: Vec::new(),
                    });
                    pats.len() - 1
                });
                if !pats[id]
                    .entries
                    .iter()
                    .any(|(a, c)| a == alias && *c == cases)
                {
                    pats[id].entries.push((alias.clone(), cases));
                }
            }
        }
        // the trie: a pattern's string is ` w1 w2 … wk ` and the haystack's
        // pieces are never empty and hold no space, so the pattern matches
        // exactly where k successive pieces are w1 … wk (a pattern with an
        // empty word never matches, as it never did)
        let mut words: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut next: FxHashMap<u64, u32> = FxHashMap::default();
        let mut ends: Vec<u32> = vec![NONE];
        for (id, string) in strings.iter().enumerate() {
            let seq: Vec<&str> = string[1..string.len() - 1].split(' ').collect();
            if seq.iter().any(|w| w.is_empty()) {
                continue;
            }
            let mut node = 0u32;
            for w in seq.iter().rev() {
                let n = words.len() as u32;
                let w = *words.entry((*w).into()).or_insert(n);
                let key = (u64::from(node) << 32) | u64::from(w);
                node = match next.get(&key) {
                    Some(&c) => c,
                    None => {
                        let c = ends.len() as u32;
                        ends.push(NONE);
                        next.insert(key, c);
                        c
                    }
                };
            }
            ends[node as usize] = id as u32;
        }
        Matcher {
            words,
            next,
            ends,
            pats,
            n_aliases: aliases.len(),
            #[cfg(test)]
            strings,
        }
    }

    /// Number of aliases compiled.
    pub fn alias_count(&self) -> usize {
        self.n_aliases
    }

    /// The pieces of tokens `t0..t1` of `doc`, their folded forms written
    /// into `hay` as ` piece piece … ` (the string the automaton runs on).
    fn pieces(
        doc: &Doc,
        t0: usize,
        t1: usize,
        hay: &mut String,
        cuts: &mut Vec<(usize, usize)>,
        folds: Option<&[&str]>,
    ) -> Vec<Piece> {
        let mut out = Vec::with_capacity(t1.saturating_sub(t0) + 4);
        hay.clear();
        hay.push(' ');
        let toks = doc.tokens();
        for t in t0..t1 {
            let tok = &toks[t];
            let surface = doc.token_norm(t);
            // a hyphen the text stage cut out of a word ("Secretary", "-",
            // "General") joins its neighbours as a hyphen inside one token
            // does: it is no piece ("Secretary-General" is the title)
            if matches!(surface, "-" | "\u{2010}" | "\u{2011}")
                && t > t0
                && t + 1 < t1
                && toks[t - 1].span.end == tok.span.start
                && tok.span.end == toks[t + 1].span.start
            {
                continue;
            }
            let same = tok.norm.is_none();
            let first = out.len();
            cuts.clear();
            norm::pieces_into(surface, cuts);
            // a token that is one piece: its fold, when the caller folded
            // every token of the document already (`norm::fold_tokens`, the
            // same `fold_into`), is copied instead of folded again
            let whole = match (folds, cuts.as_slice()) {
                (Some(f), &[(0, b)]) if b == surface.len() => f.get(t).copied(),
                _ => None,
            };
            for &(a, b) in cuts.iter() {
                let s = &surface[a..b];
                let f0 = hay.len();
                match whole {
                    Some(f) => hay.push_str(f),
                    None => norm::fold_into(s, hay),
                }
                if hay[f0..].contains(char::is_whitespace) {
                    let f: String = hay[f0..]
                        .chars()
                        .map(|c| if c.is_whitespace() { '_' } else { c })
                        .collect();
                    hay.truncate(f0);
                    hay.push_str(&f);
                }
                if hay.len() == f0 {
                    continue;
                }
                let f1 = hay.len();
                hay.push(' ');
                let span = if same {
                    Span::new(tok.span.start as usize + a, tok.span.start as usize + b)
                } else {
                    tok.span
                };
                out.push(Piece {
                    tok: t,
                    first: out.len() == first,
                    last: false,
                    span,
                    surface: (a as u32, b as u32),
                    folded: (f0 as u32, f1 as u32),
                });
            }
            if out.len() > first
                && let Some(p) = out.last_mut()
            {
                p.last = true;
            }
        }
        out
    }

    /// Finds all phrases in tokens `t0..t1` (usually one sentence), overlapping.
    pub fn find(&self, doc: &Doc, t0: usize, t1: usize) -> (Vec<Piece>, Vec<Hit>) {
        self.find_with(doc, t0, t1, &mut Scratch::default())
    }

    /// [`Matcher::find`] with buffers kept from one call to the next (one
    /// haystack per document instead of one per sentence).
    pub fn find_with(
        &self,
        doc: &Doc,
        t0: usize,
        t1: usize,
        scratch: &mut Scratch,
    ) -> (Vec<Piece>, Vec<Hit>) {
        self.find_folded(doc, t0, t1, scratch, None)
    }

    /// [`Matcher::find_with`] given every token of `doc` folded
    /// ([`norm::fold_tokens`]): a one-piece token's fold is taken from
    /// `folds` instead of being folded again. The same pieces and hits.
    pub fn find_folded(
        &self,
        doc: &Doc,
        t0: usize,
        t1: usize,
        scratch: &mut Scratch,
        folds: Option<&[&str]>,
    ) -> (Vec<Piece>, Vec<Hit>) {
        let Scratch {
            hay,
            cuts,
            ids,
            ends,
            found,
        } = scratch;
        let pieces = Matcher::pieces(doc, t0, t1, hay, cuts, folds);
        let hay: &str = hay;
        ids.clear();
        ids.extend(pieces.iter().map(|p| {
            let w = &hay[p.folded.0 as usize..p.folded.1 as usize];
            self.words.get(w).copied().unwrap_or(NONE)
        }));
        // every (pattern, first piece), by last piece, the longest first
        found.clear();
        for j in 0..ids.len() {
            ends.clear();
            let mut node = 0u32;
            for i in (0..=j).rev() {
                if ids[i] == NONE {
                    break;
                }
                let key = (u64::from(node) << 32) | u64::from(ids[i]);
                match self.next.get(&key) {
                    Some(&c) => node = c,
                    None => break,
                }
                let pat = self.ends[node as usize];
                if pat != NONE {
                    ends.push((pat, i));
                }
            }
            found.extend(ends.iter().rev().copied());
        }
        self.hits(doc, hay, pieces, found)
    }

    /// The hits of `found` (pattern, first piece), in that order.
    fn hits(
        &self,
        doc: &Doc,
        hay: &str,
        pieces: Vec<Piece>,
        found: &[(u32, usize)],
    ) -> (Vec<Piece>, Vec<Hit>) {
        let folded = |p: &Piece| hay[p.folded.0 as usize..p.folded.1 as usize].to_string();
        let mut hits = Vec::new();
        for &(pat, p0) in found {
            let pat = &self.pats[pat as usize];
            let p1 = p0 + pat.len;
            if p1 > pieces.len() {
                continue;
            }
            let first = &pieces[p0];
            let last = &pieces[p1 - 1];
            let prefix = if first.first {
                None
            } else {
                Some(&pieces[p0 - 1])
                    .filter(|p| p.tok == first.tok)
                    .map(folded)
            };
            let suffix = if last.last {
                None
            } else {
                Some(&pieces[p1]).filter(|p| p.tok == last.tok).map(folded)
            };
            if !first.first && prefix.is_none() || !last.last && suffix.is_none() {
                continue;
            }
            let aliases: Vec<Alias> = pat
                .entries
                .iter()
                .filter(|(_, cases)| {
                    cases
                        .iter()
                        .zip(&pieces[p0..p1])
                        .all(|(c, p)| c.accepts(p.surface(doc)))
                })
                .map(|(a, _)| a.clone())
                .collect();
            if aliases.is_empty() {
                continue;
            }
            hits.push(Hit {
                p0,
                p1,
                t0: first.tok,
                t1: last.tok + 1,
                span: Span::new(first.span.start as usize, last.span.end as usize),
                prefix,
                suffix,
                aliases,
            });
        }
        (pieces, hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, MatchKind};

    /// The old matcher: an Aho-Corasick automaton over the patterns'
    /// ` piece piece … ` strings, run over the sentence's haystack.
    fn find_by_automaton(m: &Matcher, doc: &Doc, t0: usize, t1: usize) -> (Vec<Piece>, Vec<Hit>) {
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&m.strings)
            .expect("patterns compile");
        let mut scratch = Scratch::default();
        let pieces = Matcher::pieces(doc, t0, t1, &mut scratch.hay, &mut scratch.cuts, None);
        let found: Vec<(u32, usize)> = ac
            .find_overlapping_iter(&scratch.hay)
            .filter_map(|h| {
                pieces
                    .binary_search_by_key(&(h.start() + 1), |p| p.folded.0 as usize)
                    .ok()
                    .map(|p0| (h.pattern().as_u32(), p0))
            })
            .collect();
        m.hits(doc, &scratch.hay, pieces, &found)
    }

    #[test]
    fn piece_trie_finds_what_the_automaton_found_in_its_order() {
        let names = [
            "Vladimir Putin",
            "Putin",
            "Russia",
            "Russian",
            "the United Nations",
            "United Nations",
            "Nations",
            "Secretary-General",
            "General",
            "New York",
            "New York Times",
            "York",
            "Times",
            "the Times",
            "Ministry of Defence",
            "Defence",
            "of Defence",
            "Kyiv",
            "Kyiv Post",
            "U.S.",
            "US",
            "Erdoğan",
        ];
        let aliases: Vec<(String, Alias)> = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let kind = if i % 3 == 1 {
                    AliasKind::Short
                } else {
                    AliasKind::Name
                };
                let alias = Alias {
                    actor: i as u32,
                    kind,
                    plural: false,
                    sector: None,
                };
                (n.to_string(), alias)
            })
            .collect();
        let m = Matcher::build(&[], &aliases);
        let doc = crate::simple_doc(
            "Vladimir Putin met the United Nations Secretary - General in New York. \
             The New York Times and the Kyiv Post said pro-Russian forces shelled Kyiv. \
             THE RUSSIAN Ministry of Defence of Russia denied it, said U.S. officials. \
             Erdogan's aide spoke to the Times of New York-based Russian-backed Putin",
            None,
        );
        let mut scratch = Scratch::default();
        let mut total = 0;
        for s in doc.sentences() {
            let (t0, t1) = (s.tokens.start as usize, s.tokens.end as usize);
            let (p, h) = m.find_with(&doc, t0, t1, &mut scratch);
            let (pa, ha) = find_by_automaton(&m, &doc, t0, t1);
            assert_eq!(format!("{p:?}"), format!("{pa:?}"));
            assert_eq!(format!("{h:?}"), format!("{ha:?}"));
            total += h.len();
        }
        assert!(total >= 15, "{total} hits");
    }
}
