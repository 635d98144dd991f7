//! The `Doc`: canonical text plus one optional `Vec` per layer.

use crate::layers::*;
use crate::meta::{Article, Meta};
use crate::{SCHEMA_VERSION, Span};
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

/// A span that does not address the text, found by [`Doc::check_spans`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{layer}[{index}]: span {start}..{end} is not a char-boundary range inside the text ({len} bytes)"
)]
pub struct SpanError {
    /// Layer name.
    pub layer: &'static str,
    /// Record index within the layer.
    pub index: usize,
    /// Offending start.
    pub start: u32,
    /// Offending end.
    pub end: u32,
    /// Text length in bytes.
    pub len: usize,
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
    pub fn slice(&self, span: Span) -> &str {
        span.text(&self.text)
    }

    /// Tokens, or an empty slice if the text stage has not run.
    pub fn tokens(&self) -> &[Token] {
        self.tokens.as_deref().unwrap_or(&[])
    }

    /// Sentences, or an empty slice if the text stage has not run.
    pub fn sentences(&self) -> &[Sentence] {
        self.sentences.as_deref().unwrap_or(&[])
    }

    /// Surface form of token `i`.
    pub fn token_text(&self, i: usize) -> &str {
        self.slice(self.tokens()[i].span)
    }

    /// Matching form of token `i`: its `norm` if set, else its surface.
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

    /// Checks that every span of every layer is a valid char-boundary range of the text.
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
                })
            }
        };
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
        assert!(j.contains("\"schema_version\":1"));
        assert!(
            !j.contains("\"events\""),
            "absent layers are not serialized"
        );
        let back: Doc = serde_json::from_str(&j).unwrap();
        assert_eq!(back, d);
        assert!(back.events.is_none());
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
    }
}
