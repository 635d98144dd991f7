//! Quotation-mark scanner: pairs opening and closing marks of every style
//! (" “ ” ‘ ’ « » „ ‚ ') into quoted regions, in one linear pass.
//!
//! A quote left open at the end of a paragraph continues into the next
//! paragraph when that paragraph starts with an opening mark (the newspaper
//! convention for multi-paragraph quotes); otherwise it is unbalanced and the
//! region is cut at the end of its sentence, so a stray mark never swallows
//! the article.

/// Family of a quotation mark; only marks of one family pair up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// " “ ” „
    Double,
    /// ' ‘ ’ ‚
    Single,
    /// « »
    Guillemet,
}

/// Direction of a mark as far as its form and context tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    Either,
}

/// A quoted region over tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, `None` when unbalanced or continued.
    pub close: Option<usize>,
    /// Last token index of the region (the closing mark when there is one).
    pub last: usize,
    /// Family of the marks.
    pub family: Family,
    /// Index of the region this one continues (multi-paragraph quotes).
    pub continues: Option<usize>,
    /// True when a later paragraph continues this region.
    pub continued: bool,
}

/// What the scanner needs to know about a token.
pub struct MarkInput<'a> {
    /// Token surface.
    pub text: &'a str,
    /// Whitespace before the token.
    pub space_before: bool,
    /// Whitespace after the token.
    pub space_after: bool,
    /// Paragraph index of the token.
    pub paragraph: u32,
    /// Sentence index of the token.
    pub sentence: u32,
}

/// Family and direction of a quote-mark token, `None` if it is not one.
fn classify(tok: &MarkInput<'_>) -> Option<(Family, Dir)> {
    let ctx = || match (tok.space_before, tok.space_after) {
        (true, false) => Dir::Open,
        (false, true) => Dir::Close,
        _ => Dir::Either,
    };
    Some(match tok.text {
        "“" => (Family::Double, Dir::Either),
        "”" => (Family::Double, Dir::Close),
        "„" => (Family::Double, Dir::Open),
        // `'''` closes a single quote and a double one at once (NYT style:
        // `''I like the word 'calm,''' she said`); it pairs as the double mark
        "\"" | "``" | "''" | "'''" => (
            Family::Double,
            match tok.text {
                "``" => Dir::Open,
                // '' is a closing mark in PTB style but both marks in NYT style
                _ => ctx(),
            },
        ),
        "‘" => (Family::Single, Dir::Open),
        "‚" => (Family::Single, Dir::Open),
        "’" => (Family::Single, Dir::Close),
        "'" => (Family::Single, ctx()),
        "«" => (Family::Guillemet, Dir::Open),
        "»" => (Family::Guillemet, Dir::Close),
        _ => return None,
    })
}

/// True when the token is a quotation mark of any style.
pub fn is_mark(text: &str) -> bool {
    matches!(
        text,
        "“" | "”" | "„" | "\"" | "``" | "''" | "'''" | "‘" | "‚" | "’" | "'" | "«" | "»"
    )
}

/// Finds the quoted regions of a token sequence, in order of their opening mark.
pub fn scan(tokens: &[MarkInput<'_>]) -> Vec<Region> {
    let mut regions: Vec<Region> = Vec::new();
    // Stack of (region index) currently open.
    let mut stack: Vec<usize> = Vec::new();
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let tok = &tokens[i];
        // Paragraph change: settle quotes left open.
        if i > 0
            && tokens[i - 1].paragraph != tok.paragraph
            && settle(&mut regions, &mut stack, tokens, i)
        {
            i += 1;
            continue;
        }
        if let Some((fam, dir)) = classify(tok) {
            let top_same = stack.iter().rposition(|&r| regions[r].family == fam);
            let is_close = match dir {
                Dir::Close => true,
                Dir::Open => false,
                Dir::Either => {
                    // “ closes a „ (German style), and an open double quote
                    // when glued to the word before and followed by a space
                    // (a typo: `“Not today,“ he said`); straight quotes toggle.
                    if tok.text == "“" {
                        top_same.is_some_and(|p| {
                            tokens[regions[stack[p]].open].text == "„"
                                || (!tok.space_before && tok.space_after)
                        })
                    } else {
                        top_same.is_some()
                    }
                }
            };
            if is_close {
                if let Some(p) = top_same {
                    let r = stack[p];
                    // marks opened inside and never closed are unbalanced
                    for &inner in &stack[p + 1..] {
                        cut_unbalanced(&mut regions[inner], tokens, i - 1);
                    }
                    stack.truncate(p);
                    regions[r].close = Some(i);
                    regions[r].last = i;
                }
                // a stray closing mark is ignored
            } else {
                regions.push(Region {
                    open: i,
                    close: None,
                    last: i,
                    family: fam,
                    continues: None,
                    continued: false,
                });
                stack.push(regions.len() - 1);
            }
        }
        i += 1;
    }
    // End of text: whatever is open is unbalanced.
    for &r in &stack {
        cut_unbalanced(&mut regions[r], tokens, n.saturating_sub(1));
    }
    // Drop empty regions (a lone mark at a sentence end), keeping links valid.
    let mut map = vec![None; regions.len()];
    let mut out: Vec<Region> = Vec::with_capacity(regions.len());
    for (k, r) in regions.into_iter().enumerate() {
        if r.last > r.open {
            map[k] = Some(out.len());
            out.push(r);
        }
    }
    for r in &mut out {
        r.continues = r.continues.and_then(|c| map[c]);
    }
    out
}

/// At the first token `i` of a new paragraph: a quote open at the end of the
/// previous paragraph is continued if `i` opens a quote of the same family,
/// else it is unbalanced. Returns true when token `i` was used as the
/// continuation's opening mark.
fn settle(
    regions: &mut Vec<Region>,
    stack: &mut Vec<usize>,
    tokens: &[MarkInput<'_>],
    i: usize,
) -> bool {
    if stack.is_empty() {
        return false;
    }
    let opens_same = classify(&tokens[i]).and_then(|(fam, dir)| {
        (dir != Dir::Close && stack.iter().any(|&r| regions[r].family == fam)).then_some(fam)
    });
    let mut keep = None;
    for &r in stack.iter() {
        if Some(regions[r].family) == opens_same && keep.is_none() {
            regions[r].continued = true;
            regions[r].last = i - 1;
            keep = Some(r);
        } else {
            cut_unbalanced(&mut regions[r], tokens, i - 1);
        }
    }
    stack.clear();
    if let (Some(prev), Some(fam)) = (keep, opens_same) {
        // The new paragraph's opening mark starts the continuation.
        regions.push(Region {
            open: i,
            close: None,
            last: i,
            family: fam,
            continues: Some(prev),
            continued: false,
        });
        stack.push(regions.len() - 1);
        return true;
    }
    false
}

/// An unclosed quote ends at the end of the sentence of its opening mark
/// (never beyond `limit`).
fn cut_unbalanced(r: &mut Region, tokens: &[MarkInput<'_>], limit: usize) {
    let s = tokens[r.open].sentence;
    let mut last = r.open;
    while last < limit && tokens[last + 1].sentence == s {
        last += 1;
    }
    r.last = last;
    r.close = None;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Space-separated tokens; `|` starts a new paragraph, `/` a new sentence.
    fn input(s: &str) -> Vec<(String, u32, u32)> {
        let mut out = Vec::new();
        let (mut p, mut se) = (0, 0);
        for w in s.split(' ') {
            match w {
                "|" => {
                    p += 1;
                    se += 1;
                }
                "/" => se += 1,
                _ => out.push((w.to_string(), p, se)),
            }
        }
        out
    }

    fn run(s: &str) -> Vec<(usize, Option<usize>, usize)> {
        let v = input(s);
        let toks: Vec<MarkInput<'_>> = v
            .iter()
            .enumerate()
            .map(|(i, (t, p, se))| {
                let glued_prev =
                    i > 0 && (is_mark(t) && v[i - 1].0.chars().all(char::is_alphanumeric));
                MarkInput {
                    text: t,
                    space_before: !glued_prev,
                    space_after: true,
                    paragraph: *p,
                    sentence: *se,
                }
            })
            .collect();
        scan(&toks)
            .iter()
            .map(|r| (r.open, r.close, r.last))
            .collect()
    }

    #[test]
    fn pairs_each_style() {
        assert_eq!(run("“ a b ” c"), vec![(0, Some(3), 3)]);
        assert_eq!(run("« a » c"), vec![(0, Some(2), 2)]);
        assert_eq!(run("„ a b “ c"), vec![(0, Some(3), 3)]);
        assert_eq!(run("‘ a ’"), vec![(0, Some(2), 2)]);
    }

    #[test]
    fn nested_quotes() {
        assert_eq!(
            run("“ he said ‘ no ’ today ”"),
            vec![(0, Some(7), 7), (3, Some(5), 5)]
        );
    }

    #[test]
    fn unbalanced_open_stops_at_sentence_end() {
        // the open mark at 2 is never closed: cut at the end of sentence 0
        assert_eq!(run("a b “ c d . / e f g . / h i"), vec![(2, None, 5)]);
    }

    #[test]
    fn triple_apostrophe_closes_nested_quotes() {
        // `''I like the word 'calm,''' she said.`: the inner single quote and
        // the outer double quote close on one token
        let r = run("'' I like the word ' calm , ''' she said .");
        assert_eq!(r[0], (0, Some(8), 8));
    }

    fn spaced(v: &[(&'static str, bool, bool)]) -> Vec<(usize, Option<usize>)> {
        let toks: Vec<MarkInput<'_>> = v
            .iter()
            .map(|&(t, b, a)| MarkInput {
                text: t,
                space_before: b,
                space_after: a,
                paragraph: 0,
                sentence: 0,
            })
            .collect();
        scan(&toks).iter().map(|r| (r.open, r.close)).collect()
    }

    #[test]
    fn glued_left_curly_quote_closes() {
        // `“Not today,“ he said.`: the second “ is glued to the comma
        let r = spaced(&[
            ("“", true, false),
            ("Not", false, true),
            ("today", true, false),
            (",", false, false),
            ("“", false, true),
            ("he", true, true),
            ("said", true, false),
            (".", false, true),
        ]);
        assert_eq!(r, vec![(0, Some(4))]);
        // a spaced “ still opens a quotation inside an open one
        let r = spaced(&[
            ("“", true, false),
            ("a", false, true),
            ("“", true, false),
            ("b", false, false),
            ("”", false, true),
        ]);
        assert_eq!(r[1], (2, Some(4)));
    }

    #[test]
    fn paragraph_continuation() {
        let r = run("“ a b . | “ c d . ” e");
        assert_eq!(r, vec![(0, None, 3), (4, Some(8), 8)]);
    }
}
