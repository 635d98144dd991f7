//! Attributions: who said what. Finds direct quotes (every quotation-mark
//! style, multi-sentence and multi-paragraph, speaker before/after/inside or
//! in an earlier sentence), indirect speech (`X said (that) …`, `X told Y …`,
//! `X accused Y of …`), mixed quotes, `according to X` and `X's claim that …`,
//! driven by the cue lexicon in `data/lexicon/cues.tsv`.
//!
//! The stage works on tokens and sentences alone (it tokenizes the text itself
//! when the text stage has not run), uses POS tags and dependencies when the
//! syntax stage has run, and resolves speakers to actors through
//! `Doc::actors` (following `antecedent` links) when the entities stage has run.
//!
//! ```
//! use chronicle_doc::{Article, Doc, Meta};
//! use chronicle_quotes::QuoteAnnotator;
//! let doc = Doc::new(Article {
//!     meta: Meta { id: "a".into(), ..Meta::default() },
//!     text: "“It's a very dangerous adventure,” Peskov said.".into(),
//! });
//! let q = QuoteAnnotator::new().annotate(&doc);
//! assert_eq!(q[0].kind, "direct");
//! assert_eq!(doc.slice(q[0].source.unwrap()), "Peskov");
//! ```
#![deny(missing_docs)]

mod by_gerund;
pub mod cuemodel;
pub mod fallback;
mod including;
pub mod lexicon;
pub mod marks;
mod naming;
mod passive_agent;
pub mod polnear;
mod recall;
mod rules;
mod source_span;
mod speaker_gender;
mod title_mark;
pub mod turns;

pub use cuemodel::{CueModel, CueModelError};
pub use lexicon::{CueEntry, Lexicon, LexiconError};
pub use rules::Options;
pub use rules::content_model::{ContentChoice, ContentModel};

use chronicle_doc::{Doc, Quote};
use chronicle_entities::coref_names::NameGenders;
use std::sync::Arc;

/// The quote stage.
#[derive(Clone, Debug)]
pub struct QuoteAnnotator {
    lex: Lexicon,
    opts: Options,
    /// Opt-in learned cue detector and the index of its generic lexicon entry.
    model: Option<(CueModel, u32)>,
    /// Opt-in learned content-end chooser.
    content_model: Option<ContentModel>,
    /// Given names and gendered titles that name a *he*/*she* speaker (the
    /// entities stage's list, so that a `*.names` file given with `--actors`
    /// reaches both stages).
    names: Arc<NameGenders>,
}

impl Default for QuoteAnnotator {
    fn default() -> Self {
        QuoteAnnotator::new()
    }
}

impl QuoteAnnotator {
    /// The stage with the built-in cue lexicon.
    pub fn new() -> QuoteAnnotator {
        QuoteAnnotator {
            lex: Lexicon::builtin(),
            opts: Options::default(),
            model: None,
            content_model: None,
            names: NameGenders::embedded(),
        }
    }

    /// The stage with a custom lexicon.
    pub fn with_lexicon(lex: Lexicon) -> QuoteAnnotator {
        QuoteAnnotator {
            lex,
            opts: Options::default(),
            model: None,
            content_model: None,
            names: NameGenders::embedded(),
        }
    }

    /// Replaces the tuning options.
    pub fn with_options(mut self, opts: Options) -> QuoteAnnotator {
        self.opts = opts;
        self
    }

    /// Adds an opt-in learned cue detector (see [`cuemodel`]): verbs it scores
    /// as cues that the lexicon does not list are tried with a generic frame
    /// (subject speaker, clause content), and, when the model file says
    /// `retry=1`, so are lexicon verbs the rules turned down. Not used by default.
    pub fn with_cue_model(mut self, model: CueModel) -> QuoteAnnotator {
        let idx = self.lex.entries.len() as u32;
        self.lex.entries.push(CueEntry {
            lemma: "*model".into(),
            kind: lexicon::CueKind::Verb,
            speaker: lexicon::SpeakerSlot::Subj,
            content: lexicon::ContentSlot::Clause,
        });
        self.model = Some((model, idx));
        self
    }

    /// Adds an opt-in learned content-end chooser (see
    /// [`rules::content_model`]): it may move the end of an unquoted content
    /// the rules found. Not used by default.
    pub fn with_content_model(mut self, model: ContentModel) -> QuoteAnnotator {
        self.content_model = Some(model);
        self
    }

    /// The candidate content ends of every attribution the chooser applies
    /// to, with their features (for training the chooser).
    pub fn content_choices(&self, doc: &Doc) -> Vec<ContentChoice> {
        let doc = fallback::ensure_tokens(doc);
        let model = self.model.as_ref().map(|(m, i)| (m, *i));
        let mut out = Vec::new();
        rules::annotate(
            &self.lex,
            &self.opts,
            &doc,
            model,
            rules::ContentHook::Collect(&mut out),
            &self.names,
        );
        out
    }

    /// Features of every token for training the cue detector (tokens are
    /// made by the fallback tokenizer when the document has none).
    pub fn cue_features(&self, doc: &Doc) -> Vec<Vec<String>> {
        let doc = fallback::ensure_tokens(doc);
        rules::all_cue_features(&self.lex, &self.opts, &doc)
    }

    /// Features of the stance adjectives after a copula (`is critical of`),
    /// with the adjective's token index, for training the cue detector (their
    /// features carry the prefix `a|`).
    pub fn adjective_cue_features(&self, doc: &Doc) -> Vec<(usize, Vec<String>)> {
        let doc = fallback::ensure_tokens(doc);
        rules::all_adjective_cue_features(&self.lex, &self.opts, &doc)
    }

    /// The tokens the cue detector can score, with their class (`verb`,
    /// `adj`), and the nouns in the rules' noun-cue frame (`noun`, scored by
    /// no model): its candidate set, for measuring its recall on gold cues.
    pub fn cue_candidates(&self, doc: &Doc) -> Vec<(usize, &'static str)> {
        let doc = fallback::ensure_tokens(doc);
        rules::all_cue_candidates(&self.opts, &doc)
    }

    /// Replaces the given-name and title list used to name *he*/*she*
    /// speakers (default: the embedded `data/actors/given.names`).
    pub fn with_names(mut self, names: Arc<NameGenders>) -> QuoteAnnotator {
        self.names = names;
        self
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// Finds the attributions of a document, in text order. Never fails:
    /// odd text yields fewer quotes. Linear in the number of tokens.
    pub fn annotate(&self, doc: &Doc) -> Vec<Quote> {
        let doc = fallback::ensure_tokens(doc);
        let model = self.model.as_ref().map(|(m, i)| (m, *i));
        let content = match &self.content_model {
            Some(m) => rules::ContentHook::Model(m),
            None => rules::ContentHook::Rules,
        };
        let mut quotes = rules::annotate(&self.lex, &self.opts, &doc, model, content, &self.names);
        passive_agent::add(&self.lex, &doc, &mut quotes);
        by_gerund::join(&self.lex, &doc, &mut quotes);
        naming::drop_names(&doc, &mut quotes);
        including::extend_sources(&doc, &mut quotes);
        title_mark::close_titles(&doc, &mut quotes);
        quotes
    }
}
