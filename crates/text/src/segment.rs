//! Tokenization (UD English syntactic words) and sentence segmentation in one
//! linear pass over each analysis region. No regular expressions: a byte/char
//! scanner splits whitespace-delimited chunks into tokens, then a boundary pass
//! over the tokens decides where sentences end.

use crate::lexicon::{AbbrevKind, DEFAULT_LEXICON, Lexicon, LexiconError};
use crate::normalize::normalize;
use chronicle_doc::{Doc, Sentence, Span, Token, TokenRange};
use std::borrow::Cow;

/// Whitespace before a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    /// Attached to the previous token.
    None,
    /// Spaces or tabs.
    Space,
    /// One line break.
    Newline,
    /// A blank line (paragraph break) or the start of a region.
    Para,
}

/// Coarse class of a token for the boundary pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    /// `.`, `!`, `?`, `...`, `…`, `?!`.
    Terminal,
    /// Closing quote or bracket.
    Closer,
    /// Opening quote or bracket.
    Opener,
    /// Other punctuation (`,`, `;`, `-`, `--`, `$`, …).
    Punct,
    /// A word with its abbreviation period attached.
    Abbrev(AbbrevKind),
    /// A single-letter initial with its period (`W.`).
    Initial,
    /// A list number at the start of a line (`1.`).
    ListMarker,
}

#[derive(Clone, Copy, Debug)]
struct Info {
    gap: Gap,
    kind: Kind,
}

/// Sentence segmenter and tokenizer. Cheap to share across threads.
#[derive(Clone, Debug)]
pub struct Segmenter {
    lex: Lexicon,
    max_sentence_tokens: usize,
}

impl Default for Segmenter {
    /// The segmenter with the embedded lexicon (`data/lexicon/en.txt`).
    fn default() -> Segmenter {
        Segmenter::from_lexicon(DEFAULT_LEXICON).expect("embedded lexicon parses (tested)")
    }
}

/// Longest word (without its final period) that may keep that period as an
/// abbreviation (`Ph.D`, `U.S.S.R`, `Gen`).
const MAX_ABBREV_BYTES: usize = 32;

/// Sentences never grow beyond this many tokens; longer runs (tables, lists
/// without punctuation) are cut so that later stages stay linear-time.
pub const DEFAULT_MAX_SENTENCE_TOKENS: usize = 400;

impl Segmenter {
    /// A segmenter from lexicon source text (format: see data/lexicon/en.txt).
    pub fn from_lexicon(src: &str) -> Result<Segmenter, LexiconError> {
        Segmenter::from_lexicon_named(src, "<embedded>")
    }

    /// Like [`Segmenter::from_lexicon`], naming the source (e.g. its path) in errors.
    pub fn from_lexicon_named(src: &str, origin: &str) -> Result<Segmenter, LexiconError> {
        Ok(Segmenter {
            lex: Lexicon::parse(src, origin)?,
            max_sentence_tokens: DEFAULT_MAX_SENTENCE_TOKENS,
        })
    }

    /// Sets the sentence length cap (at least 1).
    pub fn with_max_sentence_tokens(mut self, n: usize) -> Segmenter {
        self.max_sentence_tokens = n.max(1);
        self
    }

    /// The sentence length cap in tokens.
    pub fn max_sentence_tokens(&self) -> usize {
        self.max_sentence_tokens
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// Sentences and tokens of a Doc, inside `doc.regions()` only (the title is
    /// segmented on its own, never joined to the body).
    pub fn annotate(&self, doc: &Doc) -> (Vec<Sentence>, Vec<Token>) {
        self.annotate_regions(&doc.text, &doc.regions())
    }

    /// Sentences and tokens of `text` inside the given regions (sorted, disjoint
    /// spans on char boundaries; invalid ones are clamped or skipped).
    pub fn annotate_regions(&self, text: &str, regions: &[Span]) -> (Vec<Sentence>, Vec<Token>) {
        let mut st = State {
            tokens: Vec::with_capacity(text.len() / 4 + 1),
            infos: Vec::with_capacity(text.len() / 4 + 1),
            sentences: Vec::with_capacity(text.len() / 100 + 1),
            chars: Vec::with_capacity(64),
            trailing: Vec::with_capacity(8),
        };
        let mut last_end = 0usize;
        for r in regions {
            let start = (r.start as usize).max(last_end).min(text.len());
            let end = (r.end as usize).min(text.len());
            if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                continue;
            }
            last_end = end;
            let first = st.tokens.len();
            self.tokenize_region(text, start, end, &mut st);
            if st.tokens.len() > first {
                let t = st.tokens.last_mut().expect("non-empty");
                t.space_after = text[t.span.end as usize..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_whitespace());
            }
            self.split_sentences(text, first, &mut st);
        }
        (st.sentences, st.tokens)
    }

    /// Sentences and tokens of a whole string (one region).
    pub fn annotate_text(&self, text: &str) -> (Vec<Sentence>, Vec<Token>) {
        self.annotate_regions(text, &[Span::new(0, text.len())])
    }

    fn tokenize_region(&self, text: &str, start: usize, end: usize, st: &mut State) {
        let bytes = text.as_bytes();
        let mut i = start;
        let mut gap = Gap::Para;
        let region_first = st.tokens.len();
        loop {
            // whitespace
            let mut newlines = 0u32;
            let ws_start = i;
            while i < end {
                let b = bytes[i];
                if b == b'\n' {
                    newlines += 1;
                    i += 1;
                } else if b == b' ' || b == b'\t' || b == b'\r' || b == 0x0b || b == 0x0c {
                    i += 1;
                } else if b >= 0x80 {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    match unicode_space(c) {
                        Some(nl) => {
                            newlines += nl as u32;
                            i += c.len_utf8();
                        }
                        None => break,
                    }
                } else {
                    break;
                }
            }
            if i > ws_start {
                if st.tokens.len() > region_first
                    && let Some(t) = st.tokens.last_mut()
                {
                    t.space_after = true;
                }
                if gap != Gap::Para {
                    gap = match newlines {
                        0 => Gap::Space,
                        1 => Gap::Newline,
                        _ => Gap::Para,
                    };
                }
            }
            if i >= end {
                break;
            }
            // chunk
            let cs = i;
            while i < end {
                let b = bytes[i];
                if b < 0x80 {
                    if b <= b' ' && matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                        break;
                    }
                    i += 1;
                } else {
                    let c = text[i..].chars().next().unwrap_or('x');
                    if unicode_space(c).is_some() {
                        break;
                    }
                    i += c.len_utf8();
                }
            }
            let next_starts_digit = {
                let mut j = i;
                while j < end && matches!(bytes[j], b' ' | b'\t') {
                    j += 1;
                }
                j < end && bytes[j].is_ascii_digit()
            };
            let line_start = gap >= Gap::Newline;
            self.tokenize_chunk(text, cs, i, gap, line_start, next_starts_digit, st);
            gap = Gap::Space;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn tokenize_chunk(
        &self,
        text: &str,
        cs: usize,
        ce: usize,
        gap: Gap,
        line_start: bool,
        next_digit: bool,
        st: &mut State,
    ) {
        let w = &text[cs..ce];
        let mut em = Emitter {
            text,
            gap,
            trailing: std::mem::take(&mut st.trailing),
        };
        // Fast path: an alphanumeric ASCII word, maybe with one `,` `;` or `.`.
        let wb = w.as_bytes();
        let (core_len, tail) = match wb.last() {
            Some(&b) if matches!(b, b',' | b';' | b'.') && wb.len() > 1 => (wb.len() - 1, Some(b)),
            _ => (wb.len(), None),
        };
        if wb[..core_len].iter().all(u8::is_ascii_alphanumeric)
            && self.lex.split_points(&w[..core_len]).is_none()
        {
            let cut = cs + core_len;
            match tail {
                None => em.push(st, cs, ce, Kind::Word),
                Some(b'.') => {
                    match self.period_stays(&w[..core_len], line_start, next_digit, true) {
                        Some(kind) => em.push(st, cs, ce, kind),
                        None => {
                            em.push(st, cs, cut, Kind::Word);
                            em.push(st, cut, ce, Kind::Terminal);
                        }
                    }
                }
                Some(_) => {
                    em.push(st, cs, cut, Kind::Word);
                    em.push(st, cut, ce, Kind::Punct);
                }
            }
            st.trailing = em.trailing;
            return;
        }
        if self.lex.is_kept(w) {
            em.push(st, cs, ce, Kind::Word);
            st.trailing = em.trailing;
            return;
        }
        st.chars.clear();
        st.chars.extend(w.char_indices().map(|(o, c)| (cs + o, c)));
        let chars = std::mem::take(&mut st.chars);
        let n = chars.len();
        let off = |k: usize| if k < n { chars[k].0 } else { ce };
        let mut lo = 0usize;
        let mut hi = n;

        if looks_like_url(w) {
            while lo < hi && is_opener(chars[lo].1) {
                em.push(st, off(lo), off(lo + 1), Kind::Opener);
                lo += 1;
            }
            while hi > lo
                && (matches!(chars[hi - 1].1, '.' | ',' | ';' | ':' | '!' | '?')
                    || is_closer(chars[hi - 1].1))
            {
                let c = chars[hi - 1].1;
                let kind = if is_closer(c) {
                    Kind::Closer
                } else if matches!(c, '.' | '!' | '?') {
                    Kind::Terminal
                } else {
                    Kind::Punct
                };
                em.trailing.push((off(hi - 1), off(hi), kind));
                hi -= 1;
            }
            if hi > lo {
                em.push(st, off(lo), off(hi), Kind::Word);
            }
            em.flush(st);
            st.chars = chars;
            st.trailing = std::mem::take(&mut em.trailing);
            return;
        }

        // Leading punctuation.
        while lo < hi {
            let c = chars[lo].1;
            if c == '\'' || c == '\u{2019}' || c == '\u{2018}' {
                // '90s, 'em, 'cause stay words
                if lo + 1 < hi && keeps_leading_apostrophe(&chars[lo + 1..hi]) {
                    break;
                }
                let r = run(&chars, lo, hi, c);
                em.push(st, off(lo), off(r), Kind::Opener);
                lo = r;
            } else if is_opener(c) {
                let r = if c == '"' || c == '`' {
                    run(&chars, lo, hi, c)
                } else {
                    lo + 1
                };
                em.push(st, off(lo), off(r), Kind::Opener);
                lo = r;
            } else if matches!(
                c,
                '-' | '*' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '=' | '~' | '_' | '+'
            ) {
                // "-5" stays a number; runs like "--" are one token
                if c == '-' && lo + 1 < hi && chars[lo + 1].1.is_ascii_digit() {
                    break;
                }
                let r = run(&chars, lo, hi, c);
                em.push(st, off(lo), off(r), Kind::Punct);
                lo = r;
            } else if matches!(
                c,
                '$' | '£'
                    | '€'
                    | '¥'
                    | '#'
                    | '@'
                    | '&'
                    | '<'
                    | '>'
                    | '•'
                    | '·'
                    | '▪'
                    | '►'
                    | '■'
                    | '●'
                    | '|'
                    | '/'
                    | '\\'
                    | '^'
            ) && (lo + 1 < hi || !c.is_alphanumeric())
            {
                if c == '&' && lo + 1 < hi && chars[lo + 1].1.is_alphanumeric() {
                    break;
                }
                if (c == '@' || c == '#') && lo + 1 < hi && chars[lo + 1].1.is_alphabetic() {
                    break; // @handle, #hashtag
                }
                if c == '$' {
                    let r = run(&chars, lo, hi, c);
                    em.push(st, off(lo), off(r), Kind::Punct);
                    lo = r;
                    continue;
                }
                let r = if matches!(c, '<' | '>' | '|' | '/' | '\\') {
                    run(&chars, lo, hi, c)
                } else {
                    lo + 1
                };
                em.push(st, off(lo), off(r), Kind::Punct);
                lo = r;
            } else if c == '.'
                || c == '\u{2026}'
                || c == ','
                || c == ';'
                || c == ':'
                || c == '!'
                || c == '?'
            {
                if c == '.' && lo + 1 < hi && chars[lo + 1].1.is_ascii_digit() {
                    break; // .5
                }
                let r = run(&chars, lo, hi, c);
                let kind = if matches!(c, '.' | '\u{2026}' | '!' | '?') {
                    Kind::Terminal
                } else {
                    Kind::Punct
                };
                em.push(st, off(lo), off(r), kind);
                lo = r;
            } else {
                break;
            }
        }

        // Trailing punctuation (collected in reverse).
        while hi > lo {
            let c = chars[hi - 1].1;
            if is_closer(c) || c == '\'' || c == '\u{2019}' || c == '"' || c == '`' {
                let r = if matches!(c, '"' | '\'' | '`' | '\u{2019}' | '>') {
                    run_back(&chars, lo, hi, c)
                } else {
                    hi - 1
                };
                em.trailing.push((off(r), off(hi), Kind::Closer));
                hi = r;
            } else if matches!(
                c,
                ',' | ';' | ':' | '%' | '‰' | '*' | '\u{2013}' | '\u{2014}'
            ) {
                let r = run_back(&chars, lo, hi, c);
                em.trailing.push((off(r), off(hi), Kind::Punct));
                hi = r;
            } else if c == '-' {
                // "pre-" keeps its hyphen; "word--" splits the dashes
                let r = run_back(&chars, lo, hi, c);
                if hi - r == 1 && r > lo && chars[r - 1].1.is_alphabetic() {
                    break;
                }
                em.trailing.push((off(r), off(hi), Kind::Punct));
                hi = r;
            } else if c == '!' || c == '?' || c == '\u{2026}' {
                let mut r = hi - 1;
                while r > lo && matches!(chars[r - 1].1, '!' | '?' | '\u{2026}') {
                    r -= 1;
                }
                em.trailing.push((off(r), off(hi), Kind::Terminal));
                hi = r;
            } else if c == '.' {
                let r = run_back(&chars, lo, hi, '.');
                if hi - r >= 2 {
                    em.trailing.push((off(r), off(hi), Kind::Terminal));
                    hi = r;
                    continue;
                }
                let core = &text[off(lo)..off(hi - 1)];
                if let Some(kind) = self.period_stays(
                    core,
                    line_start && lo == 0,
                    next_digit,
                    em.trailing.is_empty(),
                ) {
                    // the period belongs to the word: stop peeling, emit word with period
                    self.split_core(&chars, lo, hi, ce, &mut em, st, Some(kind));
                    em.flush(st);
                    st.chars = chars;
                    st.trailing = std::mem::take(&mut em.trailing);
                    return;
                }
                em.trailing.push((off(hi - 1), off(hi), Kind::Terminal));
                hi -= 1;
            } else {
                break;
            }
        }
        if hi > lo {
            self.split_core(&chars, lo, hi, ce, &mut em, st, None);
        }
        em.flush(st);
        st.chars = chars;
        st.trailing = std::mem::take(&mut em.trailing);
    }

    /// Whether a final period stays attached to `core`, and as what.
    fn period_stays(
        &self,
        core: &str,
        first_on_line: bool,
        next_digit: bool,
        at_chunk_end: bool,
    ) -> Option<Kind> {
        // No abbreviation is this long; the bound keeps `a.,.,.,…` (one call
        // per trailing period, each hashing the word) linear.
        if core.is_empty() || core.len() > MAX_ABBREV_BYTES {
            return None;
        }
        let b = core.as_bytes();
        if b.iter().all(|x| x.is_ascii_digit()) {
            return (first_on_line && b.len() <= 2 && at_chunk_end).then_some(Kind::ListMarker);
        }
        let mut cs = core.chars();
        let first = cs.next()?;
        if cs.as_str().is_empty() {
            return first.is_alphabetic().then_some(Kind::Initial);
        }
        if let Some(k) = self.lex.abbrev(core) {
            return match k {
                AbbrevKind::BeforeNumber if !next_digit => None,
                k => Some(Kind::Abbrev(k)),
            };
        }
        // U.S, e.g, a.m, Ph.D: letters in short groups separated by periods
        if core.contains('.')
            && core.split('.').all(|g| {
                !g.is_empty() && g.chars().count() <= 3 && g.chars().all(char::is_alphabetic)
            })
        {
            return Some(Kind::Abbrev(AbbrevKind::Other));
        }
        None
    }

    /// Splits the core of a chunk (between leading and trailing punctuation) at
    /// inner punctuation, hyphens, slashes and clitics. If `abbrev` is given the
    /// core ends with a period that stays on the last piece.
    #[allow(clippy::too_many_arguments)]
    fn split_core(
        &self,
        chars: &[(usize, char)],
        lo: usize,
        hi: usize,
        ce: usize,
        em: &mut Emitter<'_>,
        st: &mut State,
        abbrev: Option<Kind>,
    ) {
        let n = chars.len();
        let off = |k: usize| if k < n { chars[k].0 } else { ce };
        let mut piece = lo;
        let mut j = lo;
        let is_digit = |k: usize| k < hi && k >= lo && chars[k].1.is_ascii_digit();
        let mut digit_keep: Option<(usize, bool)> = None;
        while j < hi {
            let c = chars[j].1;
            let split_single = match c {
                '-' | '\u{2010}' | '\u{2011}' => {
                    if j + 1 < hi && chars[j + 1].1 == '-' {
                        // "--" inside a word
                        let r = run(chars, j, hi, '-');
                        self.emit_piece(chars, piece, j, ce, em, st, None);
                        em.push(st, off(j), off(r), Kind::Punct);
                        j = r;
                        piece = r;
                        continue;
                    }
                    if j == lo || j + 1 >= hi || j == piece {
                        false
                    } else if chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit() {
                        // memoised per piece: rescanning the digit groups at
                        // every hyphen of `1-1-1-99…9-1-1…` was quadratic
                        let keep = match digit_keep {
                            Some((p, k)) if p == piece => k,
                            _ => {
                                let k = keeps_digit_hyphens(&chars[piece..hi]);
                                digit_keep = Some((piece, k));
                                k
                            }
                        };
                        !keep
                    } else {
                        let left = &em.text[off(piece)..off(j)];
                        let right_alpha = chars[j + 1].1.is_alphabetic();
                        !(right_alpha
                            && left.chars().all(char::is_alphabetic)
                            && self.lex.is_hyphen_prefix(left))
                    }
                }
                '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2026}' | ';' | '!' | '?' | '(' | ')'
                | '[' | ']' | '{' | '}' | '"' | '\u{201C}' | '\u{201D}' | '\u{00AB}'
                | '\u{00BB}' | '\u{201E}' => true,
                '/' | ',' | ':' => !(is_digit(j.wrapping_sub(1)) && is_digit(j + 1)),
                '.' if j + 1 < hi && chars[j + 1].1 == '.' => {
                    let r = run(chars, j, hi, '.');
                    self.emit_piece(chars, piece, j, ce, em, st, None);
                    em.push(st, off(j), off(r), Kind::Terminal);
                    j = r;
                    piece = r;
                    continue;
                }
                // "Americans.He says", "says.“In fact": a missing space after a
                // sentence-final period (common in scraped text)
                '.' if j >= piece + 3
                    && j + 1 < hi
                    && chars[j - 1].1.is_lowercase()
                    && (chars[j + 1].1.is_uppercase()
                        || matches!(chars[j + 1].1, '\u{201C}' | '"'))
                    && chars[piece..j].iter().all(|x| x.1.is_alphabetic())
                    && self.lex.abbrev(&em.text[off(piece)..off(j)]).is_none()
                    && !looks_like_tld(&chars[j + 1..hi]) =>
                {
                    self.emit_piece(chars, piece, j, ce, em, st, None);
                    em.push(st, off(j), off(j + 1), Kind::Terminal);
                    j += 1;
                    piece = j;
                    continue;
                }
                _ => false,
            };
            if split_single {
                self.emit_piece(chars, piece, j, ce, em, st, None);
                let kind = match c {
                    '!' | '?' | '\u{2026}' => Kind::Terminal,
                    '(' | '[' | '{' | '\u{201C}' | '\u{00AB}' | '\u{201E}' => Kind::Opener,
                    ')' | ']' | '}' | '\u{201D}' | '\u{00BB}' => Kind::Closer,
                    _ => Kind::Punct,
                };
                em.push(st, off(j), off(j + 1), kind);
                piece = j + 1;
            }
            j += 1;
        }
        self.emit_piece(chars, piece, hi, ce, em, st, abbrev);
    }

    /// Emits one word piece, splitting clitics (`n't`, `'s`, …) and fused words.
    #[allow(clippy::too_many_arguments)]
    fn emit_piece(
        &self,
        chars: &[(usize, char)],
        a: usize,
        b: usize,
        ce: usize,
        em: &mut Emitter<'_>,
        st: &mut State,
        abbrev: Option<Kind>,
    ) {
        if a >= b {
            return;
        }
        let n = chars.len();
        let off = |k: usize| if k < n { chars[k].0 } else { ce };
        let (s, e) = (off(a), off(b));
        if let Some(k) = abbrev {
            em.push(st, s, e, k);
            return;
        }
        let word = &em.text[s..e];
        if let Some(cuts) = self.lex.split_points(word) {
            let mut prev = s;
            for &c in cuts {
                em.push(st, prev, s + c, Kind::Word);
                prev = s + c;
            }
            em.push(st, prev, e, Kind::Word);
            return;
        }
        if let Some(cut) = clitic_cut(word) {
            em.push(st, s, s + cut, Kind::Word);
            em.push(st, s + cut, e, Kind::Word);
            return;
        }
        em.push(st, s, e, Kind::Word);
    }

    fn split_sentences(&self, text: &str, first: usize, st: &mut State) {
        let n = st.tokens.len();
        if first >= n {
            return;
        }
        let mut start = first;
        for k in first..n {
            let last = k + 1 == n;
            if last || self.boundary_after(text, k, start, st) {
                let span = Span::new(
                    st.tokens[start].span.start as usize,
                    st.tokens[k].span.end as usize,
                );
                st.sentences.push(Sentence {
                    span,
                    tokens: TokenRange::new(start, k + 1),
                });
                start = k + 1;
            }
        }
    }

    fn boundary_after(&self, text: &str, k: usize, start: usize, st: &State) -> bool {
        let next = k + 1;
        let ni = st.infos[next];
        if ni.gap == Gap::Para || k + 1 - start >= self.max_sentence_tokens {
            return true;
        }
        let ki = st.infos[k];
        // Fast exit: only terminals, closers, abbreviations and line breaks can end a sentence.
        if ni.gap <= Gap::Space
            && matches!(
                ki.kind,
                Kind::Word
                    | Kind::Punct
                    | Kind::Opener
                    | Kind::Initial
                    | Kind::ListMarker
                    | Kind::Abbrev(AbbrevKind::Title | AbbrevKind::BeforeNumber)
            )
        {
            return false;
        }
        let next_text = st.tokens[next].span.text(text);
        let next_first = next_text.chars().next().unwrap_or(' ');
        let next_lower = next_first.is_lowercase();
        let tok = |i: usize| st.tokens[i].span.text(text);
        let term = terminal_before(text, st, k);
        if let Some((t, closer)) = term {
            // A closer right after a terminal is still part of the sentence,
            // and so is a citation mark: "... in 1805. [6]"
            if ni.gap == Gap::None && ni.kind == Kind::Closer {
                return false;
            }
            if next_text == "["
                && next + 2 < st.tokens.len()
                && is_citation(tok(next + 1))
                && tok(next + 2) == "]"
            {
                return false;
            }
            if matches!(next_first, ',' | ';' | ':' | ')' | ']' | '%') {
                return false;
            }
            if ni.kind == Kind::Terminal && ni.gap == Gap::None {
                return false;
            }
            if next_lower {
                // `"Stop!" he said` and `wait... then` continue; a bare
                // `... over. then` (web text) starts a new sentence
                let tt = tok(t);
                return !closer && !tt.starts_with("..") && !tt.starts_with('\u{2026}');
            }
            return true;
        }
        if ni.gap == Gap::Newline {
            return !(next_lower
                || matches!(ki.kind, Kind::Opener | Kind::Abbrev(AbbrevKind::Title))
                || matches!(st.tokens[k].span.text(text), "," | "-" | "&"));
        }
        match ki.kind {
            Kind::Abbrev(AbbrevKind::Other) => self.lex.is_starter(next_text),
            _ => false,
        }
    }
}

/// The terminal (`.`, `?`, …) that token `k` ends with, looking back over
/// attached closers and citation marks; the flag tells whether a closer was crossed.
/// The walk is bounded by [`MAX_CLOSER_WALK`] tokens, so that a run of closers
/// (`a.)))))…`) costs linear time, not quadratic.
fn terminal_before(text: &str, st: &State, k: usize) -> Option<(usize, bool)> {
    let tok = |i: usize| st.tokens[i].span.text(text);
    let mut j = k;
    let mut closer = false;
    for _ in 0..MAX_CLOSER_WALK {
        match st.infos[j].kind {
            Kind::Terminal => return Some((j, closer)),
            Kind::Closer if j > 0 && st.infos[j].gap == Gap::None => {
                if j >= 3 && tok(j) == "]" && tok(j - 2) == "[" && is_citation(tok(j - 1)) {
                    j -= 3;
                    continue;
                }
                closer = true;
                j -= 1;
            }
            _ => return None,
        }
    }
    None
}

/// Most tokens [`terminal_before`] looks back over (closers and citation marks
/// after a sentence end); real text has a handful.
const MAX_CLOSER_WALK: usize = 16;

fn is_citation(t: &str) -> bool {
    !t.is_empty()
        && t.len() <= 4
        && (t.bytes().all(|b| b.is_ascii_digit()) || t == "..." || t == "\u{2026}")
}

struct State {
    tokens: Vec<Token>,
    infos: Vec<Info>,
    sentences: Vec<Sentence>,
    chars: Vec<(usize, char)>,
    trailing: Vec<(usize, usize, Kind)>,
}

struct Emitter<'t> {
    text: &'t str,
    gap: Gap,
    trailing: Vec<(usize, usize, Kind)>,
}

impl Emitter<'_> {
    #[inline(always)]
    fn push(&mut self, st: &mut State, s: usize, e: usize, kind: Kind) {
        if s >= e {
            return;
        }
        let surface = &self.text[s..e];
        let norm = if surface.is_ascii() {
            None
        } else {
            match normalize(surface) {
                Cow::Owned(x) => Some(x),
                Cow::Borrowed(_) => None,
            }
        };
        st.tokens.push(Token {
            span: Span::new(s, e),
            norm,
            space_after: false,
        });
        st.infos.push(Info {
            gap: self.gap,
            kind,
        });
        self.gap = Gap::None;
    }

    fn flush(&mut self, st: &mut State) {
        while let Some((s, e, k)) = self.trailing.pop() {
            self.push(st, s, e, k);
        }
    }
}

/// Some(true) for a Unicode line/paragraph separator, Some(false) for another
/// Unicode space, None for a non-space.
#[inline]
fn unicode_space(c: char) -> Option<bool> {
    match c {
        '\u{0085}' | '\u{2028}' | '\u{2029}' => Some(true),
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200B}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}'
        | '\u{FEFF}' => Some(false),
        _ => None,
    }
}

#[inline]
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '"'
            | '\u{201C}'
            | '\u{2018}'
            | '\u{00AB}'
            | '\u{2039}'
            | '\u{201E}'
            | '\u{201A}'
            | '`'
            | '¿'
            | '¡'
            | '<'
    )
}

#[inline]
fn is_closer(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '"' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\u{203A}' | '>'
    )
}

fn run(chars: &[(usize, char)], from: usize, hi: usize, c: char) -> usize {
    let mut r = from;
    while r < hi && chars[r].1 == c {
        r += 1;
    }
    r
}

fn run_back(chars: &[(usize, char)], lo: usize, hi: usize, c: char) -> usize {
    let mut r = hi;
    while r > lo && chars[r - 1].1 == c {
        r -= 1;
    }
    r
}

/// Phone numbers, zip+4 and ids keep their hyphens (`713-555-0199`, `3-5213`);
/// ranges split (`1969-1970`, `5-10`), as in UD English.
fn keeps_digit_hyphens(chars: &[(usize, char)]) -> bool {
    let mut groups = [0usize; 4];
    let mut g = 0;
    for &(_, c) in chars {
        if c.is_ascii_digit() {
            groups[g] += 1;
        } else if c == '-' && g < 3 {
            g += 1;
        } else {
            break;
        }
    }
    g >= 2 || (g == 1 && groups[1] >= 4 && groups[0] != 4)
}

/// `Com`, `org`, `Net` …: the end of a domain name after a period.
fn looks_like_tld(rest: &[(usize, char)]) -> bool {
    let word: String = rest
        .iter()
        .take_while(|x| x.1.is_ascii_alphabetic())
        .map(|x| x.1.to_ascii_lowercase())
        .collect();
    matches!(
        word.as_str(),
        "com" | "org" | "net" | "gov" | "edu" | "int" | "info" | "co" | "uk" | "ru" | "ua"
    )
}

fn keeps_leading_apostrophe(rest: &[(usize, char)]) -> bool {
    // '90s, '71
    if rest.len() >= 2 && rest[0].1.is_ascii_digit() && rest[1].1.is_ascii_digit() {
        return rest.len() == 2 || (rest.len() == 3 && rest[2].1 == 's');
    }
    let word: String = rest
        .iter()
        .take(6)
        .map(|x| x.1.to_ascii_lowercase())
        .collect();
    matches!(word.as_str(), "em" | "cause" | "til" | "n" | "tis" | "twas")
}

fn looks_like_url(w: &str) -> bool {
    let t = w.trim_start_matches(['(', '<', '[', '"']);
    if t.starts_with("http://")
        || t.starts_with("https://")
        || t.starts_with("www.")
        || t.starts_with("ftp://")
    {
        return true;
    }
    if let Some(at) = t.find('@') {
        let (user, host) = (&t[..at], &t[at + 1..]);
        return !user.is_empty() && host.contains('.') && host.len() > 3 && !host.starts_with('.');
    }
    false
}

/// Byte offset where a clitic starts in `word` (`don't` → 2, `Kyiv's` → 4).
fn clitic_cut(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    let n = b.len();
    if n < 3 {
        return None;
    }
    // apostrophe may be ' (1 byte) or ’ (3 bytes: E2 80 99)
    let apos_before = |end: usize| -> Option<usize> {
        if end >= 1 && b[end - 1] == b'\'' {
            Some(end - 1)
        } else if end >= 3 && &b[end - 3..end] == "\u{2019}".as_bytes() {
            Some(end - 3)
        } else {
            None
        }
    };
    // n't
    if (b[n - 1] | 0x20) == b't'
        && let Some(a) = apos_before(n - 1)
        && a >= 2
        && (b[a - 1] | 0x20) == b'n'
        && b[..a - 1].iter().any(|x| x.is_ascii_alphabetic())
    {
        return Some(a - 1);
    }
    for k in [1usize, 2] {
        if n <= k {
            continue;
        }
        let tail = &b[n - k..];
        let is_clitic = match k {
            1 => matches!(tail[0] | 0x20, b's' | b'm' | b'd'),
            _ => matches!(
                [tail[0] | 0x20, tail[1] | 0x20],
                [b'r', b'e'] | [b'v', b'e'] | [b'l', b'l']
            ),
        };
        if is_clitic
            && tail.iter().all(u8::is_ascii_alphabetic)
            && let Some(a) = apos_before(n - k)
            && a > 0
            && word[..a].chars().any(char::is_alphanumeric)
        {
            return Some(a);
        }
    }
    None
}
