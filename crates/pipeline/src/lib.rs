//! The analysis pipeline: composes the stages, each writing exactly one layer
//! (or a fixed set of layers) of a [`Doc`], in dependency order.
//!
//! ```
//! use chronicle_doc::{Article, Meta};
//! use chronicle_pipeline::Pipeline;
//! let p = Pipeline::default();
//! let doc = p.analyze(Article {
//!     meta: Meta { id: "a1".into(), ..Meta::default() },
//!     text: "Mr. Peskov spoke. NATO did not.".into(),
//! });
//! assert_eq!(doc.sentences().len(), 2);
//! ```
//!
//! Adding a stage: give it a field here (built from embedded data in
//! `Default`, replaceable with a `with_*` method), call its `annotate` in
//! [`Pipeline::run`] after the stages it reads, and store what it returns in
//! its own layer. Stages never do IO and never fail on text; odd input becomes
//! a [`chronicle_doc::Diagnostic`].
#![deny(missing_docs)]

use chronicle_claims::ClaimAnnotator;
use chronicle_doc::{Article, Diagnostic, Doc};
use chronicle_entities::Entities;
use chronicle_events::Coder;
use chronicle_quotes::QuoteAnnotator;
use chronicle_syntax::Syntax;
use chronicle_text::Segmenter;
use rayon::prelude::*;
use std::sync::Arc;

/// The composed analysis stages. Cheap to share by reference across threads.
#[derive(Clone, Debug)]
pub struct Pipeline {
    /// Text stage: writes `sentences` and `tokens`.
    pub text: Segmenter,
    /// Syntax stage: writes `tags` (UPOS, XPOS, FEATS, lemma) and `deps`;
    /// `None` skips it.
    pub syntax: Option<Arc<Syntax>>,
    /// Entities stage: writes `entities` and `actors` (dictionary resolution by date, coreference).
    pub entities: Arc<Entities>,
    /// Quote stage: writes `quotes` (attributions with speakers).
    pub quotes: QuoteAnnotator,
    /// Claim stage: writes `claims` (numeric claims with claimants), reading `quotes`.
    pub claims: ClaimAnnotator,
    /// Events stage: writes `events` (PLOVER) from tags, deps and actors.
    pub events: Coder,
}

impl Default for Pipeline {
    fn default() -> Pipeline {
        Pipeline::with_syntax_models(
            Syntax::embedded()
                .expect("the embedded syntax models load (checked by chronicle-syntax tests)"),
        )
    }
}

impl Pipeline {
    /// Names of the stages, in the order [`Pipeline::run_marked`] marks them.
    pub const STAGES: &'static [&'static str] =
        &["text", "syntax", "entities", "events", "quotes", "claims"];

    /// A pipeline with the default (embedded) data for every stage.
    pub fn new() -> Pipeline {
        Pipeline::default()
    }

    /// The default stages with `syntax` for the tagger and parser. Unlike
    /// `Pipeline::default().with_syntax(…)` it never loads the embedded syntax
    /// models, which stay cached for the process once loaded (≈ 90 MB).
    pub fn with_syntax_models(syntax: Arc<Syntax>) -> Pipeline {
        Pipeline {
            text: Segmenter::default(),
            syntax: Some(syntax),
            entities: Arc::default(),
            events: Coder::default(),
            quotes: QuoteAnnotator::default(),
            claims: ClaimAnnotator::default(),
        }
    }

    /// Replaces the text stage (e.g. with a segmenter built from another lexicon).
    pub fn with_text(mut self, text: Segmenter) -> Pipeline {
        self.text = text;
        self
    }

    /// Replaces the syntax stage (e.g. models loaded from files), or disables
    /// it with `None`.
    pub fn with_syntax(mut self, syntax: Option<Arc<Syntax>>) -> Pipeline {
        self.syntax = syntax;
        self
    }

    /// Replaces the entities stage (e.g. with a dictionary loaded from files).
    /// The quote stage names *he*/*she* speakers with the same given-name list
    /// (a `*.names` file among the dictionary files replaces both).
    pub fn with_entities(mut self, entities: Entities) -> Pipeline {
        self.quotes = self.quotes.with_names(entities.dict.names.clone());
        self.entities = Arc::new(entities);
        self
    }

    /// Replaces the events stage (e.g. with patterns loaded from files).
    pub fn with_events(mut self, events: Coder) -> Pipeline {
        self.events = events;
        self
    }

    /// Analyses one article.
    pub fn analyze(&self, article: Article) -> Doc {
        let mut doc = Doc::new(article);
        self.run(&mut doc);
        doc
    }

    /// Runs every stage on a Doc, in order. Each stage writes its own layer
    /// from the layers before it; layers already present are recomputed.
    pub fn run(&self, doc: &mut Doc) {
        self.run_marked(doc, &mut |_| {});
    }

    /// Like [`Pipeline::run`], calling `mark(stage)` right after each stage has
    /// finished (stage names are [`Pipeline::STAGES`], in order). The caller
    /// measures what it wants between marks (e.g. time: `chronicle bench
    /// pipeline`); the output is the same as `run`'s. Adding a stage: call
    /// `mark("name")` after it and add the name to `STAGES`.
    pub fn run_marked(&self, doc: &mut Doc, mark: &mut dyn FnMut(&'static str)) {
        // 1. text: sentences + tokens
        let (sentences, tokens) = self.text.annotate(doc);
        if tokens.is_empty() {
            doc.diagnostics.push(Diagnostic {
                stage: "text".into(),
                span: None,
                message: "no tokens in the analysis regions (empty or whitespace-only text)".into(),
            });
        }
        if let Some(s) = sentences
            .iter()
            .find(|s| s.tokens.len() >= self.text.max_sentence_tokens())
        {
            doc.diagnostics.push(Diagnostic {
                stage: "text".into(),
                span: Some(s.span),
                message: format!(
                    "sentence cut at {} tokens (no sentence boundary found)",
                    s.tokens.len()
                ),
            });
        }
        doc.sentences = Some(sentences);
        doc.tokens = Some(tokens);
        mark("text");
        // 2. syntax: tags + deps
        if let Some(syntax) = &self.syntax {
            let (tags, deps) = syntax.annotate(doc);
            doc.tags = Some(tags);
            doc.deps = Some(deps);
        }
        mark("syntax");
        // 3. entities: named entities + actor mentions with codes, by the article date,
        //    and pronouns coreferent with named entities that are no actors
        self.entities.annotate_in_place(doc);
        if let Some(d) = doc
            .meta
            .date
            .as_deref()
            .filter(|d| chronicle_entities::dict::parse_date(d).is_none())
        {
            doc.diagnostics.push(Diagnostic {
                stage: "entities".into(),
                span: None,
                message: format!(
                    "article date {d:?} is not YYYY-MM-DD (day and month cannot be told apart, \
                     or the form is unknown): actors resolved as undated (latest roles), \
                     claims keep the date as given"
                ),
            });
        }
        mark("entities");
        // 4. events: PLOVER events from tags + deps + actors (runs only once the syntax stage has)
        if doc.tags.is_some() && doc.deps.is_some() {
            doc.events = Some(self.events.annotate(doc));
        }
        mark("events");
        // 5. quotes (tokens; tags/deps/actors when present), then claims (reading the quotes)
        let quotes = self.quotes.annotate(doc);
        mark("quotes");
        doc.claims = Some(self.claims.annotate(doc, &quotes));
        doc.quotes = Some(quotes);
        mark("claims");
        debug_assert!(doc.check_spans().is_ok(), "{:?}", doc.check_spans());
    }

    /// Analyses a batch in parallel (rayon's global pool), returning the Docs in
    /// input order.
    pub fn analyze_batch(&self, articles: Vec<Article>) -> Vec<Doc> {
        articles.into_par_iter().map(|a| self.analyze(a)).collect()
    }

    /// Analyses a batch in parallel and maps each Doc through `f` on the worker
    /// thread (e.g. to serialize it), returning the results in input order.
    pub fn analyze_batch_with<T, F>(&self, articles: Vec<Article>, f: F) -> Vec<T>
    where
        T: Send,
        F: Fn(Doc) -> T + Sync + Send,
    {
        articles
            .into_par_iter()
            .map(|a| f(self.analyze(a)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chronicle_doc::{Meta, Span};

    fn art(id: &str, text: &str) -> Article {
        Article {
            meta: Meta {
                id: id.into(),
                ..Meta::default()
            },
            text: text.into(),
        }
    }

    #[test]
    fn an_ambiguous_article_date_is_reported_not_silently_used() {
        let p = Pipeline::default();
        let text = "The minister said the talks would resume.";
        let mut a = art("d", text);
        a.meta.date = Some("4/5/22".into());
        let d = p.analyze(a);
        assert_eq!(d.diagnostics.len(), 1, "{:?}", d.diagnostics);
        assert_eq!(d.diagnostics[0].stage, "entities");
        assert!(d.diagnostics[0].message.contains("\"4/5/22\""));
        for date in [Some("2022-05-04"), Some("2022"), None] {
            let mut a = art("d", text);
            a.meta.date = date.map(str::to_string);
            assert!(p.analyze(a).diagnostics.is_empty(), "{date:?}");
        }
    }

    #[test]
    fn analyze_writes_text_and_syntax_layers() {
        let d = Pipeline::default().analyze(art("a", "Kyiv won't yield. Moscow insists."));
        assert_eq!(d.sentences().len(), 2);
        assert_eq!(d.token_text(1), "wo");
        let (tags, deps) = (d.tags.as_ref().unwrap(), d.deps.as_ref().unwrap());
        assert_eq!(
            (tags.len(), deps.len()),
            (d.tokens().len(), d.tokens().len())
        );
        assert_eq!(tags[3].lemma, "yield");
        assert_eq!(deps[0].head, Some(3), "Kyiv is the subject of yield");
        assert_eq!(deps[0].rel, "nsubj");
        assert!(d.actors.is_some());
        assert_eq!(
            d.events.as_deref(),
            Some(&[][..]),
            "the events stage ran and found nothing"
        );
        assert!(d.diagnostics.is_empty());
        d.check_spans().unwrap();
    }

    #[test]
    fn syntax_can_be_disabled() {
        let d = Pipeline::default()
            .with_syntax(None)
            .analyze(art("a", "Kyiv rejected it."));
        assert!(d.tags.is_none() && d.deps.is_none());
    }

    #[test]
    fn quotes_and_claims_are_attached() {
        let mut a = art(
            "q",
            "“It's a very dangerous adventure,” Peskov said. Kyiv speaks of 115,000 troops.",
        );
        a.meta.source = Some("site-34".into());
        let d = Pipeline::default().analyze(a);
        let q = d.quotes.as_deref().unwrap();
        assert_eq!(d.slice(q[0].source.unwrap()), "Peskov");
        let c = d.claims.as_deref().unwrap();
        assert_eq!(
            (c[0].value, c[0].claimant.as_str()),
            (115000.0, "UKRGOV"),
            "the speaker Kyiv resolves to the Ukrainian government"
        );
        d.check_spans().unwrap();
    }

    #[test]
    fn empty_text_gives_a_diagnostic_not_an_error() {
        let d = Pipeline::default().analyze(art("e", "  \n "));
        assert_eq!(d.tokens(), &[]);
        assert_eq!(d.sentences.as_deref(), Some(&[][..]));
        assert_eq!(d.diagnostics.len(), 1);
        assert_eq!(d.diagnostics[0].stage, "text");
    }

    #[test]
    fn long_runs_are_flagged() {
        let p = Pipeline::default().with_text(Segmenter::default().with_max_sentence_tokens(5));
        let d = p.analyze(art("l", "one two three four five six seven"));
        assert_eq!(d.sentences().len(), 2);
        assert!(d.diagnostics[0].message.contains("cut at 5"));
        assert_eq!(d.diagnostics[0].span, Some(Span::new(0, 23)));
    }

    #[test]
    fn batch_with_maps_on_workers_in_order() {
        let arts: Vec<Article> = (0..50)
            .map(|i| art(&format!("b{i}"), "One. Two."))
            .collect();
        let out = Pipeline::default()
            .analyze_batch_with(arts, |d| (d.meta.id.clone(), d.sentences().len()));
        for (i, (id, n)) in out.into_iter().enumerate() {
            assert_eq!(id, format!("b{i}"));
            assert_eq!(n, 2);
        }
    }

    #[test]
    fn entities_stage_resolves_actors_by_date() {
        let mut a = art(
            "p",
            "Russian President Vladimir Putin has asked NATO to end its expansion. He said Kyiv must stay neutral.",
        );
        a.meta.date = Some("2021-12-01".into());
        let d = Pipeline::default().analyze(a);
        let actors = d.actors.as_deref().unwrap();
        let code = |s: &str| {
            actors
                .iter()
                .find(|m| d.slice(m.span) == s)
                .map(|m| m.code.as_str())
        };
        assert_eq!(code("Russian President Vladimir Putin"), Some("RUSGOV"));
        assert_eq!(code("NATO"), Some("NATO"));
        assert_eq!(code("He"), Some("RUSGOV"));
        assert_eq!(code("Kyiv"), Some("UKRGOV"));
        assert!(
            d.entities
                .as_deref()
                .unwrap()
                .iter()
                .any(|e| e.label == "PER")
        );
        d.check_spans().unwrap();
    }

    #[test]
    fn batch_keeps_input_order() {
        let arts: Vec<Article> = (0..200)
            .map(|i| art(&format!("a{i}"), &"Talks resumed. ".repeat(i % 7 + 1)))
            .collect();
        let docs = Pipeline::default().analyze_batch(arts);
        for (i, d) in docs.iter().enumerate() {
            assert_eq!(d.meta.id, format!("a{i}"));
            assert_eq!(d.sentences().len(), i % 7 + 1);
        }
    }
}
