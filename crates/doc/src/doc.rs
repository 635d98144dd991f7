//! The `Doc`: canonical text plus one optional `Vec` per layer.

use crate::layers::*;
use crate::meta::{Article, Meta};
use crate::{SCHEMA_VERSION, Span, TokenRange};
use serde::{Deserialize, Serialize};

/// One analysed article. `None` for a layer means the stage that writes it did
/// not run; `Some(vec![])` means it ran and found nothing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    /// Version of this JSON schema (see docs/schema.md).
    pub schema_version: u32,
    /// Article metadata.
    pub meta: Meta,
    /// The canonical text. Never rewritten after ingest.
    pub text: String,
    /// Sentences (written by the text stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<Sentence>>,
    /// Tokens (written by the text stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<Token>>,
    /// POS tags, lemmas, features; parallel to `tokens` (written by the syntax stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Dependency arcs; parallel to `tokens` (written by the syntax stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deps: Option<Vec<Dep>>,
    /// Named entities and values (written by the entities stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<Entity>>,
    /// Actor mentions with codes (written by the entities stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actors: Option<Vec<ActorMention>>,
    /// Pronouns coreferent with named entities that are no actors (written
    /// by the entities stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coref: Option<Vec<CorefLink>>,
    /// PLOVER events (written by the events stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<Event>>,
    /// Attributions (written by the quotes stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotes: Option<Vec<Quote>>,
    /// Numeric claims (written by the claims stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<Claim>>,
    /// Diagnostics from every stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<Diagnostic>,
}

/// A layer record that does not address the Doc, found by [`Doc::check_spans`]:
/// a byte span outside the text or off a char boundary, a token range outside
/// the tokens (or sentences out of order), or a per-token layer whose length
/// differs from the token count.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct SpanError {
    /// Layer name.
    pub layer: &'static str,
    /// Record index within the layer (the entry count for [`SpanErrorKind::Length`]).
    pub index: usize,
    /// Offending start (a byte offset, or a token index).
    pub start: u32,
    /// Offending end (a byte offset, or a token index).
    pub end: u32,
    /// Text length in bytes, or the token count for token checks.
    pub len: usize,
    /// What is wrong.
    pub kind: SpanErrorKind,
}

/// The kind of a [`SpanError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanErrorKind {
    /// A byte span is not a char-boundary range inside the text.
    Bytes,
    /// A token range (or token index: `start..start+1`) is not inside the tokens.
    Tokens,
    /// A sentence is empty, or starts before the previous one ends.
    Order,
    /// A per-token layer (`tags`, `deps`) has `index` entries for `len` tokens.
    Length,
    /// A record points (`start`) outside the `len` records of another layer
    /// (`coref[i].entity` outside `entities`).
    Index,
}

impl SpanError {
    fn describe(&self) -> String {
        let (l, i, s, e, n) = (self.layer, self.index, self.start, self.end, self.len);
        match self.kind {
            SpanErrorKind::Bytes => format!(
                "{l}[{i}]: span {s}..{e} is not a char-boundary range inside the text ({n} bytes)"
            ),
            SpanErrorKind::Tokens => {
                format!("{l}[{i}]: token range {s}..{e} is not inside the {n} tokens")
            }
            SpanErrorKind::Order => format!(
                "{l}[{i}]: token range {s}..{e} is empty or starts before the previous sentence ends (token {n})"
            ),
            SpanErrorKind::Length => {
                format!("{l}: {i} entries for {n} tokens (one per token expected)")
            }
            SpanErrorKind::Index => {
                format!("{l}[{i}]: index {s} is not inside the {n} records it points to")
            }
        }
    }
}

impl Doc {
    /// A Doc holding an article's text and metadata, with no layers yet.
    pub fn new(article: Article) -> Doc {
        Doc {
            schema_version: SCHEMA_VERSION,
            meta: article.meta,
            text: article.text,
            ..Doc::default()
        }
    }

    /// The regions the analysis looks at (title and body spans, or the whole text).
    pub fn regions(&self) -> Vec<Span> {
        crate::meta::regions(&self.meta, &self.text)
    }

    /// The text a span covers.
    #[inline]
    pub fn slice(&self, span: Span) -> &str {
        span.text(&self.text)
    }

    /// Tokens, or an empty slice if the text stage has not run.
    #[inline]
    pub fn tokens(&self) -> &[Token] {
        self.tokens.as_deref().unwrap_or(&[])
    }

    /// Sentences, or an empty slice if the text stage has not run.
    #[inline]
    pub fn sentences(&self) -> &[Sentence] {
        self.sentences.as_deref().unwrap_or(&[])
    }

    /// Surface form of token `i`.
    #[inline]
    pub fn token_text(&self, i: usize) -> &str {
        self.slice(self.tokens()[i].span)
    }

    /// Matching form of token `i`: its `norm` if set, else its surface.
    #[inline]
    pub fn token_norm(&self, i: usize) -> &str {
        let t = &self.tokens()[i];
        t.norm.as_deref().unwrap_or_else(|| self.slice(t.span))
    }

    /// Index of the sentence holding token `i` (binary search).
    pub fn sentence_of_token(&self, i: usize) -> Option<usize> {
        let s = self.sentences();
        let k = s.partition_point(|x| (x.tokens.end as usize) <= i);
        (k < s.len() && (s[k].tokens.start as usize) <= i).then_some(k)
    }

    /// Dependents of token `i` (empty if no dependency layer).
    pub fn children(&self, i: usize) -> Vec<usize> {
        let Some(deps) = self.deps.as_deref() else {
            return Vec::new();
        };
        let Some(s) = self.sentence_of_token(i) else {
            return Vec::new();
        };
        self.sentences()[s]
            .tokens
            .range()
            .filter(|&j| deps[j].head == Some(i as u32))
            .collect()
    }

    /// Checks that the Doc can be indexed safely: every byte span of every layer
    /// is a valid char-boundary range of the text; sentences are non-empty,
    /// ordered, non-overlapping token ranges inside the tokens; `tags` and `deps`
    /// have one entry per token and every dependency head is a token; entity
    /// and actor-mention token ranges (and mention heads) are inside the tokens.
    /// [`Doc::token_text`], [`Doc::children`] and [`Doc::sentence_of_token`]
    /// never index out of bounds on a Doc that passes.
    pub fn check_spans(&self) -> Result<(), SpanError> {
        let text = &self.text;
        let check = |layer: &'static str, index: usize, s: Span| {
            if s.is_valid_for(text) {
                Ok(())
            } else {
                Err(SpanError {
                    layer,
                    index,
                    start: s.start,
                    end: s.end,
                    len: text.len(),
                    kind: SpanErrorKind::Bytes,
                })
            }
        };
        let n = self.tokens().len();
        let tok_err = |layer: &'static str, index: usize, start: u32, end: u32, kind| SpanError {
            layer,
            index,
            start,
            end,
            len: n,
            kind,
        };
        let check_range = |layer: &'static str, index: usize, r: TokenRange| {
            if r.start <= r.end && (r.end as usize) <= n {
                Ok(())
            } else {
                Err(tok_err(layer, index, r.start, r.end, SpanErrorKind::Tokens))
            }
        };
        let mut prev_end = 0u32;
        for (i, x) in self.sentences().iter().enumerate() {
            check_range("sentences", i, x.tokens)?;
            if x.tokens.is_empty() || x.tokens.start < prev_end {
                return Err(SpanError {
                    len: prev_end as usize,
                    ..tok_err(
                        "sentences",
                        i,
                        x.tokens.start,
                        x.tokens.end,
                        SpanErrorKind::Order,
                    )
                });
            }
            prev_end = x.tokens.end;
        }
        let length = |layer: &'static str, len: Option<usize>| match len {
            Some(l) if l != n => Err(tok_err(layer, l, 0, 0, SpanErrorKind::Length)),
            _ => Ok(()),
        };
        length("tags", self.tags.as_ref().map(Vec::len))?;
        length("deps", self.deps.as_ref().map(Vec::len))?;
        for (i, d) in self.deps.iter().flatten().enumerate() {
            if let Some(h) = d.head
                && h as usize >= n
            {
                return Err(tok_err(
                    "deps",
                    i,
                    h,
                    h.saturating_add(1),
                    SpanErrorKind::Tokens,
                ));
            }
        }
        for (i, x) in self.entities.iter().flatten().enumerate() {
            check_range("entities", i, x.tokens)?;
        }
        let n_ent = self.entities.as_ref().map_or(0, Vec::len);
        for (i, x) in self.coref.iter().flatten().enumerate() {
            check_range("coref", i, x.tokens)?;
            if x.entity as usize >= n_ent {
                return Err(SpanError {
                    layer: "coref",
                    index: i,
                    start: x.entity,
                    end: x.entity.saturating_add(1),
                    len: n_ent,
                    kind: SpanErrorKind::Index,
                });
            }
        }
        for (i, x) in self.actors.iter().flatten().enumerate() {
            check_range("actors", i, x.tokens)?;
            if n > 0 && x.head as usize >= n {
                return Err(tok_err(
                    "actors",
                    i,
                    x.head,
                    x.head.saturating_add(1),
                    SpanErrorKind::Tokens,
                ));
            }
        }
        for s in [
            self.meta.title_span,
            self.meta.kicker_span,
            self.meta.body_span,
            self.meta.source_span,
        ]
        .into_iter()
        .flatten()
        {
            check("meta", 0, s)?;
        }
        for (i, x) in self.sentences().iter().enumerate() {
            check("sentences", i, x.span)?;
        }
        for (i, x) in self.tokens().iter().enumerate() {
            check("tokens", i, x.span)?;
        }
        for (i, x) in self.entities.iter().flatten().enumerate() {
            check("entities", i, x.span)?;
        }
        for (i, x) in self.actors.iter().flatten().enumerate() {
            check("actors", i, x.span)?;
        }
        for (i, x) in self.coref.iter().flatten().enumerate() {
            check("coref", i, x.span)?;
        }
        for (i, x) in self.events.iter().flatten().enumerate() {
            check("events", i, x.trigger)?;
            for p in x.actors.iter().chain(&x.recipients).chain(&x.attributed_to) {
                check("events", i, p.span)?;
            }
            for s in &x.magnitudes.spans {
                check("events", i, *s)?;
            }
        }
        for (i, x) in self.quotes.iter().flatten().enumerate() {
            for s in x.cue.iter().chain(&x.source).chain(&x.content) {
                check("quotes", i, *s)?;
            }
        }
        for (i, x) in self.claims.iter().flatten().enumerate() {
            for s in std::iter::once(&x.span)
                .chain(&x.counted)
                .chain(&x.claimant_span)
            {
                check("claims", i, *s)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TokenRange;

    fn tiny() -> Doc {
        let mut d = Doc::new(Article {
            meta: Meta {
                id: "t1".into(),
                ..Meta::default()
            },
            text: "Kyiv said no.".into(),
        });
        d.tokens = Some(vec![
            Token {
                span: Span::new(0, 4),
                norm: None,
                space_after: true,
            },
            Token {
                span: Span::new(5, 9),
                norm: None,
                space_after: true,
            },
            Token {
                span: Span::new(10, 12),
                norm: None,
                space_after: false,
            },
            Token {
                span: Span::new(12, 13),
                norm: None,
                space_after: false,
            },
        ]);
        d.sentences = Some(vec![Sentence {
            span: Span::new(0, 13),
            tokens: TokenRange::new(0, 4),
        }]);
        d.deps = Some(vec![
            Dep {
                head: Some(1),
                rel: "nsubj".into(),
            },
            Dep {
                head: None,
                rel: "root".into(),
            },
            Dep {
                head: Some(1),
                rel: "obj".into(),
            },
            Dep {
                head: Some(1),
                rel: "punct".into(),
            },
        ]);
        d
    }

    #[test]
    fn json_roundtrip_keeps_layers_and_absence() {
        let d = tiny();
        let j = serde_json::to_string(&d).unwrap();
        assert!(j.contains("\"schema_version\":3"));
        assert!(
            !j.contains("\"events\""),
            "absent layers are not serialized"
        );
        let back: Doc = serde_json::from_str(&j).unwrap();
        assert_eq!(back, d);
        assert!(back.events.is_none());
    }

    #[test]
    fn claim_values_survive_the_json_exactly() {
        // a 100-digit number in an article (found by fuzzing): its f64 must read
        // back bit for bit, which serde_json guarantees with `float_roundtrip`
        let mut d = tiny();
        let claim = |value: f64| Claim {
            span: Span::new(0, 4),
            value,
            value_max: Some(value * 2.0).filter(|m| m.is_finite()),
            unit: "count".into(),
            modifier: "exact".into(),
            counted: None,
            about: None,
            quote: None,
            claimant: "source:test".into(),
            claimant_span: None,
            date: None,
            sentence: 0,
            setting: None,
            conflicts: Vec::new(),
        };
        d.claims = Some(
            [
                5.5555555555555557e107,
                0.1 + 0.2,
                1.7976931348623157e308,
                5e-324,
                115_000.0,
            ]
            .into_iter()
            .map(claim)
            .collect(),
        );
        let back: Doc = serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
        let bits = |d: &Doc| -> Vec<(u64, Option<u64>)> {
            d.claims
                .as_deref()
                .unwrap()
                .iter()
                .map(|c| (c.value.to_bits(), c.value_max.map(f64::to_bits)))
                .collect()
        };
        assert_eq!(bits(&back), bits(&d));
        assert_eq!(back, d);
    }

    #[test]
    fn views() {
        let d = tiny();
        assert_eq!(d.token_text(1), "said");
        assert_eq!(d.sentence_of_token(3), Some(0));
        assert_eq!(d.sentence_of_token(4), None);
        assert_eq!(d.children(1), vec![0, 2, 3]);
        assert_eq!(d.regions(), vec![Span::new(0, 13)]);
        d.check_spans().unwrap();
    }

    #[test]
    fn bad_span_is_reported() {
        let mut d = tiny();
        d.tokens.as_mut().unwrap()[2].span = Span::new(10, 99);
        let e = d.check_spans().unwrap_err();
        assert_eq!(e.layer, "tokens");
        assert_eq!(e.index, 2);
        assert_eq!(e.kind, SpanErrorKind::Bytes);
    }

    #[test]
    fn coref_links_must_point_into_the_entities() {
        let mut d = tiny();
        d.entities = Some(vec![Entity {
            span: Span::new(0, 4),
            tokens: TokenRange::new(0, 1),
            label: "PER".into(),
            rule: "test".into(),
        }]);
        let link = CorefLink {
            span: Span::new(10, 12),
            tokens: TokenRange::new(2, 3),
            entity: 0,
            rule: "coref:pronoun".into(),
        };
        d.coref = Some(vec![link.clone()]);
        d.check_spans().unwrap();
        let j = serde_json::to_string(&d).unwrap();
        assert!(j.contains("\"coref\":[{\"span\":[10,12],\"tokens\":[2,3],\"entity\":0"));
        assert_eq!(serde_json::from_str::<Doc>(&j).unwrap(), d);

        d.coref = Some(vec![CorefLink {
            entity: 1,
            ..link.clone()
        }]);
        let e = err_of(&d);
        assert_eq!(
            (e.layer, e.kind, e.start, e.len),
            ("coref", SpanErrorKind::Index, 1, 1)
        );
        assert!(
            e.to_string()
                .contains("index 1 is not inside the 1 records"),
            "{e}"
        );
        d.coref = Some(vec![CorefLink {
            tokens: TokenRange::new(2, 9),
            ..link
        }]);
        assert_eq!(err_of(&d).kind, SpanErrorKind::Tokens);
    }

    fn err_of(d: &Doc) -> SpanError {
        let e = d.check_spans().unwrap_err();
        assert!(!e.to_string().is_empty());
        e
    }

    #[test]
    fn sentence_token_ranges_are_checked() {
        // past the tokens: children() / token_text() indexed out of bounds
        let mut d = tiny();
        d.sentences.as_mut().unwrap()[0].tokens = TokenRange::new(0, 9);
        let e = err_of(&d);
        assert_eq!(
            (e.layer, e.kind, e.end, e.len),
            ("sentences", SpanErrorKind::Tokens, 9, 4)
        );
        assert!(e.to_string().contains("token range 0..9"), "{e}");

        // overlapping and empty sentences
        let mut d = tiny();
        d.sentences = Some(vec![
            Sentence {
                span: Span::new(0, 9),
                tokens: TokenRange::new(0, 2),
            },
            Sentence {
                span: Span::new(5, 13),
                tokens: TokenRange::new(1, 4),
            },
        ]);
        assert_eq!(err_of(&d).kind, SpanErrorKind::Order);
        d.sentences.as_mut().unwrap()[1].tokens = TokenRange::new(2, 2);
        assert_eq!(err_of(&d).index, 1);
        d.sentences.as_mut().unwrap()[1].tokens = TokenRange::new(2, 4);
        d.check_spans().unwrap();

        // a deserialized Doc whose sentence points past its tokens
        let j = serde_json::to_string(&tiny())
            .unwrap()
            .replace("[0,4]", "[0,40]");
        let d: Doc = serde_json::from_str(&j).unwrap();
        assert_eq!(err_of(&d).layer, "sentences");
    }

    #[test]
    fn per_token_layers_need_one_entry_per_token() {
        let mut d = tiny();
        d.deps.as_mut().unwrap().pop();
        let e = err_of(&d);
        assert_eq!(
            (e.layer, e.kind, e.index, e.len),
            ("deps", SpanErrorKind::Length, 3, 4)
        );
        assert_eq!(
            e.to_string(),
            "deps: 3 entries for 4 tokens (one per token expected)"
        );

        let mut d = tiny();
        let tag = Tag {
            upos: "X".into(),
            xpos: "X".into(),
            lemma: "x".into(),
            feats: "_".into(),
        };
        d.tags = Some(vec![tag.clone(); 5]);
        assert_eq!(err_of(&d).layer, "tags");
        d.tags = Some(vec![tag; 4]);
        d.check_spans().unwrap();

        // a head that is not a token
        let mut d = tiny();
        d.deps.as_mut().unwrap()[0].head = Some(4);
        let e = err_of(&d);
        assert_eq!(
            (e.layer, e.index, e.kind),
            ("deps", 0, SpanErrorKind::Tokens)
        );

        // tags with no tokens at all
        let mut d = tiny();
        d.tokens = None;
        d.sentences = None;
        d.deps = None;
        d.tags = Some(vec![]);
        d.check_spans().unwrap();
        d.deps = Some(vec![Dep {
            head: None,
            rel: "root".into(),
        }]);
        assert_eq!(err_of(&d).kind, SpanErrorKind::Length);
    }
}
