//! Unit tests of the text layer on sentences written for these tests.

use crate::Segmenter;
use chronicle_doc::{Article, Doc, Meta, Span};

fn toks(text: &str) -> Vec<String> {
    let (_, t) = Segmenter::default().annotate_text(text);
    t.iter().map(|t| t.span.text(text).to_string()).collect()
}

fn sents(text: &str) -> Vec<String> {
    let (s, _) = Segmenter::default().annotate_text(text);
    s.iter().map(|s| s.span.text(text).to_string()).collect()
}

#[test]
fn clitics_are_syntactic_words() {
    assert_eq!(toks("Kyiv won't yield"), ["Kyiv", "wo", "n't", "yield"]);
    assert_eq!(
        toks("They can't, we cannot."),
        ["They", "ca", "n't", ",", "we", "can", "not", "."]
    );
    assert_eq!(toks("It’s NATO’s call"), ["It", "’s", "NATO", "’s", "call"]);
    assert_eq!(
        toks("I'm sure they've gone, we'd say"),
        [
            "I", "'m", "sure", "they", "'ve", "gone", ",", "we", "'d", "say"
        ]
    );
    assert_eq!(toks("DON'T gonna"), ["DO", "N'T", "gon", "na"]);
    assert_eq!(
        toks("the soldiers' families"),
        ["the", "soldiers", "'", "families"]
    );
    assert_eq!(toks("O'Brien said"), ["O'Brien", "said"]);
    assert_eq!(toks("in the '90s"), ["in", "the", "'90s"]);
}

#[test]
fn punctuation_and_numbers() {
    assert_eq!(
        toks("Ukraine says 115,000 troops (about 3.5%) are near."),
        [
            "Ukraine", "says", "115,000", "troops", "(", "about", "3.5", "%", ")", "are", "near",
            "."
        ]
    );
    assert_eq!(
        toks("$5.2 billion at 10:30 on 2/24"),
        ["$", "5.2", "billion", "at", "10:30", "on", "2/24"]
    );
    assert_eq!(
        toks("yes/no... maybe?!"),
        ["yes", "/", "no", "...", "maybe", "?!"]
    );
    assert_eq!(toks("wait—no; stop"), ["wait", "—", "no", ";", "stop"]);
    assert_eq!(
        toks("see http://example.org/a-b."),
        ["see", "http://example.org/a-b", "."]
    );
    assert_eq!(
        toks("mail press@example.org,"),
        ["mail", "press@example.org", ","]
    );
}

#[test]
fn hyphens_as_ud_does() {
    assert_eq!(
        toks("a long-term, Moscow-backed plan"),
        [
            "a", "long", "-", "term", ",", "Moscow", "-", "backed", "plan"
        ]
    );
    assert_eq!(
        toks("non-violent re-elected co-operation"),
        ["non-violent", "re-elected", "co-operation"]
    );
    assert_eq!(toks("pre- and post-war"), ["pre-", "and", "post-war"]);
    assert_eq!(toks("so -- he said"), ["so", "--", "he", "said"]);
    assert_eq!(toks("yes--no"), ["yes", "--", "no"]);
}

#[test]
fn quotes_open_and_close() {
    assert_eq!(
        toks("\"It's a very dangerous adventure,\" he said."),
        [
            "\"",
            "It",
            "'s",
            "a",
            "very",
            "dangerous",
            "adventure",
            ",",
            "\"",
            "he",
            "said",
            "."
        ]
    );
    assert_eq!(
        toks("«Non» “yes” ‘no’"),
        ["«", "Non", "»", "“", "yes", "”", "‘", "no", "’"]
    );
}

#[test]
fn abbreviations_do_not_end_sentences() {
    assert_eq!(
        sents(
            "Mr. Peskov spoke to Gen. Ivanov on Jan. 5 in St. Petersburg. The U.S. State Department declined."
        ),
        [
            "Mr. Peskov spoke to Gen. Ivanov on Jan. 5 in St. Petersburg.",
            "The U.S. State Department declined."
        ]
    );
    assert_eq!(toks("Mr. Peskov"), ["Mr.", "Peskov"]);
    assert_eq!(toks("the U.S. said"), ["the", "U.S.", "said"]);
    assert_eq!(
        sents("George W. Bush met John F. Kennedy Jr. today."),
        ["George W. Bush met John F. Kennedy Jr. today."]
    );
    assert_eq!(
        sents("Troops left the U.S. The talks ended."),
        ["Troops left the U.S.", "The talks ended."]
    );
    assert_eq!(
        sents("It was No. 5 on the list. No. They refused."),
        ["It was No. 5 on the list.", "No.", "They refused."]
    );
    assert_eq!(
        sents("Sales rose 3.5 percent. Shares fell."),
        ["Sales rose 3.5 percent.", "Shares fell."]
    );
    assert_eq!(
        sents("Talks (e.g. on gas) went on. Then they stopped."),
        ["Talks (e.g. on gas) went on.", "Then they stopped."]
    );
}

#[test]
fn quotes_close_sentences() {
    assert_eq!(
        sents("He said: \"It's over. We leave.\" Then he left."),
        ["He said: \"It's over.", "We leave.\"", "Then he left."]
    );
    assert_eq!(
        sents("\"Stop!\" he shouted. Nobody did."),
        ["\"Stop!\" he shouted.", "Nobody did."]
    );
    assert_eq!(
        sents("“Why?” she asked. “Because.”"),
        ["“Why?” she asked.", "“Because.”"]
    );
    assert_eq!(
        sents("(They left.) Others stayed."),
        ["(They left.)", "Others stayed."]
    );
}

#[test]
fn lines_headlines_and_lists() {
    let text = "Putin calls for an end to expansion\nRussian officials spoke on Monday.\n\nKey points:\n- troops near the border\n- talks in Geneva\n1. First item\n2. Second item";
    assert_eq!(
        sents(text),
        [
            "Putin calls for an end to expansion",
            "Russian officials spoke on Monday.",
            "Key points:",
            "- troops near the border",
            "- talks in Geneva",
            "1. First item",
            "2. Second item"
        ]
    );
    assert_eq!(toks("1. First item")[0], "1.");
    // a wrapped line continues the sentence
    assert_eq!(
        sents("The minister said\nthat talks would go on."),
        ["The minister said\nthat talks would go on."]
    );
    // a paragraph break always ends a sentence
    assert_eq!(
        sents("no final stop\n\nnext paragraph"),
        ["no final stop", "next paragraph"]
    );
}

#[test]
fn normalization_is_offset_preserving() {
    let text = "“Stop,” Peskov\u{00A0}said — co\u{00AD}operation’s end…";
    let (_, t) = Segmenter::default().annotate_text(text);
    let surf: Vec<&str> = t.iter().map(|t| t.span.text(text)).collect();
    assert_eq!(
        surf,
        [
            "“",
            "Stop",
            ",",
            "”",
            "Peskov",
            "said",
            "—",
            "co\u{00AD}operation",
            "’s",
            "end",
            "…"
        ]
    );
    let norms: Vec<Option<&str>> = t.iter().map(|t| t.norm.as_deref()).collect();
    assert_eq!(norms[0], Some("\""));
    assert_eq!(norms[1], None);
    assert_eq!(norms[6], Some("--"));
    assert_eq!(norms[7], Some("cooperation"));
    assert_eq!(norms[8], Some("'s"));
    assert_eq!(norms[10], Some("..."));
    assert!(t[4].space_after, "NBSP counts as space");
}

#[test]
fn spans_are_valid_and_cover_all_non_space() {
    let texts = [
        "Grüße aus Köln. Ünïcödé “quotes” — and ‘more’… 東京 is big!",
        "\u{FEFF}odd\u{200B}spaces\u{2028}and lines\r\n\r\nhere .",
        "''``--**!!??..,,;;::",
        "a",
        "",
        "   \n\n  ",
        "'",
        "U.S.-led e.g., (i.e.) U.S.",
    ];
    let seg = Segmenter::default();
    for text in texts {
        let (s, t) = seg.annotate_text(text);
        let mut covered = vec![false; text.len()];
        let mut prev_end = 0;
        for tok in &t {
            assert!(tok.span.is_valid_for(text), "{text:?}: {:?}", tok.span);
            assert!(!tok.span.is_empty());
            assert!(
                tok.span.start as usize >= prev_end,
                "tokens are ordered and disjoint"
            );
            prev_end = tok.span.end as usize;
            covered[tok.span.range()].iter_mut().for_each(|x| *x = true);
        }
        for (i, c) in text.char_indices() {
            if !c.is_whitespace() && !matches!(c, '\u{200B}' | '\u{FEFF}') {
                assert!(covered[i], "{text:?}: char {c:?} at {i} not in any token");
            }
        }
        // sentences partition the tokens
        let mut next = 0;
        for x in &s {
            assert_eq!(x.tokens.start as usize, next);
            assert!(x.tokens.end > x.tokens.start);
            next = x.tokens.end as usize;
        }
        assert_eq!(next, t.len());
    }
}

#[test]
fn regions_are_segmented_separately() {
    let text = "Putin asks NATO to stop\n\nRussian President Vladimir Putin asked NATO on Friday to halt.\n.\nsource site-7\n";
    let body_start = text.find("Russian").unwrap();
    let body_end = text.find("\n.\n").unwrap();
    let doc = Doc::new(Article {
        meta: Meta {
            id: "t".into(),
            title_span: Some(Span::new(0, 23)),
            body_span: Some(Span::new(body_start, body_end)),
            ..Meta::default()
        },
        text: text.into(),
    });
    let (s, t) = Segmenter::default().annotate(&doc);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].span.text(text), "Putin asks NATO to stop");
    assert!(
        t.iter().all(|t| t.span.text(text) != "source"),
        "trailer is outside the regions"
    );
    assert!(t[4].space_after, "newline after the title counts as space");
}

#[test]
fn long_runs_are_capped() {
    let text = "word ".repeat(1000);
    let seg = Segmenter::default().with_max_sentence_tokens(100);
    let (s, t) = seg.annotate_text(&text);
    assert_eq!(t.len(), 1000);
    assert_eq!(s.len(), 10);
}

#[test]
fn custom_lexicon() {
    let seg = Segmenter::from_lexicon("[abbrev.title]\nAmb\n").unwrap();
    assert_eq!(
        seg.annotate_text("Amb. Smith left. Mr. Jones stayed.")
            .0
            .len(),
        3
    );
    assert!(Segmenter::from_lexicon("[nope]").is_err());
}

#[test]
fn web_text_conventions() {
    assert_eq!(
        toks("call 713-555-0199 or 3-5213, years 1969-1970"),
        [
            "call",
            "713-555-0199",
            "or",
            "3-5213",
            ",",
            "years",
            "1969",
            "-",
            "1970"
        ]
    );
    assert_eq!(
        toks("great :-) #news b/c $$$"),
        ["great", ":-)", "#news", "b/c", "$$$"]
    );
    assert_eq!(
        sents("He left in 1805. [6] Then he returned."),
        ["He left in 1805. [6]", "Then he returned."]
    );
    assert_eq!(
        sents("no idea. why ask? wait... then go"),
        ["no idea.", "why ask?", "wait... then go"]
    );
}

/// Pseudo-random texts from a palette of tricky characters: the segmenter
/// must never panic and must always return valid, ordered, covering spans.
#[test]
fn random_texts_never_break_the_invariants() {
    const PALETTE: &[&str] = &[
        "a",
        "Z",
        "7",
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        "'",
        "’",
        "\"",
        "“",
        "”",
        "«",
        "»",
        "-",
        "–",
        "—",
        "…",
        "(",
        ")",
        "[",
        "]",
        "/",
        ":",
        ";",
        "!",
        "?",
        "$",
        "%",
        "#",
        "@",
        "&",
        "\u{00A0}",
        "\u{00AD}",
        "\u{200B}",
        "é",
        "ß",
        "東",
        "🙂",
        "n't",
        "'s",
        "Mr.",
        "U.S.",
        "http://x.org",
        "1.",
        "115,000",
        "e.g.",
        "--",
        "...",
        "<<",
        "\t",
        "\r\n",
        "cannot",
        "don't",
        "O'Brien",
        "-5",
        "'90s",
        ":-)",
        "a@b.com",
    ];
    let seg = Segmenter::default().with_max_sentence_tokens(50);
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..2000 {
        let len = (next() % 60) as usize;
        let text: String = (0..len)
            .map(|_| PALETTE[(next() % PALETTE.len() as u64) as usize])
            .collect();
        let (s, t) = seg.annotate_text(&text);
        let mut prev = 0usize;
        for tok in &t {
            assert!(
                tok.span.is_valid_for(&text) && !tok.span.is_empty(),
                "{text:?}"
            );
            assert!(tok.span.start as usize >= prev, "{text:?}");
            prev = tok.span.end as usize;
        }
        let mut k = 0usize;
        for x in &s {
            assert_eq!(x.tokens.start as usize, k, "{text:?}");
            assert!(x.tokens.len() <= 50);
            assert_eq!(x.span.start, t[k].span.start);
            k = x.tokens.end as usize;
            assert_eq!(x.span.end, t[k - 1].span.end);
        }
        assert_eq!(k, t.len(), "{text:?}");
    }
}

#[test]
fn missing_space_after_a_period() {
    assert_eq!(
        sents("Taxes rose for Americans.He says it worked.“In fact, it did,” he said."),
        [
            "Taxes rose for Americans.",
            "He says it worked.",
            "“In fact, it did,” he said."
        ]
    );
    assert_eq!(
        toks("a Ph.D. from Amazon.com via Newsfeeds.Com at Acme Inc.One"),
        [
            "a",
            "Ph.D.",
            "from",
            "Amazon.com",
            "via",
            "Newsfeeds.Com",
            "at",
            "Acme",
            "Inc.One"
        ]
    );
}
