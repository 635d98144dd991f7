//! Chronicle's entities stage: actor dictionaries with dated roles
//! ([`dict`]), a fast phrase matcher ([`matcher`]), mention detection and
//! date-aware resolution with in-document coreference ([`resolve`]), and the
//! PETRARCH/Phoenix dictionary importer ([`petrarch`]).
//!
//! ```
//! use chronicle_entities::Entities;
//! let ents = Entities::embedded().unwrap();
//! let doc = chronicle_entities::simple_doc("Russian soldiers crossed the border.", Some("2022-02-24"));
//! let (_entities, actors) = ents.annotate(&doc);
//! assert_eq!(actors[0].code, "RUSMIL");
//! ```
#![deny(missing_docs)]

pub mod coref_names;
pub mod dict;
pub mod matcher;
pub mod ner;
pub mod ner_lists;
pub mod norm;
pub mod petrarch;
pub mod resolve;
pub mod seqtag;
pub mod typeprior;
pub mod typer;
pub mod vectors;
pub mod wordstats;

use chronicle_doc::{ActorMention, Article, Doc, Entity, Meta, Sentence, Span, Token, TokenRange};
pub use dict::{DictError, Dictionary};

/// The entities stage: a loaded dictionary and the annotator.
#[derive(Clone, Debug)]
pub struct Entities {
    /// The actor dictionary.
    pub dict: Dictionary,
    /// A statistical NER model (e.g. trained on GUM, non-commercial); `None`
    /// uses the commercially clean dictionary + rules recogniser.
    pub ner: Option<std::sync::Arc<ner::NerModel>>,
}

impl Default for Entities {
    /// The embedded dictionary (its validity is checked by the test suite).
    fn default() -> Entities {
        Entities::embedded().expect("the embedded actor dictionary is valid")
    }
}

impl Entities {
    /// Uses the dictionary embedded in the binary (data/actors/*.actors).
    pub fn embedded() -> Result<Entities, DictError> {
        Ok(Entities {
            dict: Dictionary::embedded()?,
            ner: None,
        })
    }

    /// Uses dictionary files given as `(name, contents)`.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Entities, DictError> {
        Ok(Entities {
            dict: Dictionary::parse(files)?,
            ner: None,
        })
    }

    /// Finds entity and actor mentions in a tokenized Doc (tags and
    /// dependencies are used when present, never required), resolved by the
    /// article date (`doc.meta.date`), with in-document coreference.
    pub fn annotate(&self, doc: &Doc) -> (Vec<Entity>, Vec<ActorMention>) {
        let (e, a, _) = self.annotate_with_links(doc);
        (e, a)
    }

    /// Named entities from the configured recogniser (model or dictionary + rules).
    pub fn named_entities(&self, doc: &Doc) -> Vec<Entity> {
        match &self.ner {
            Some(m) => m.predict(&self.dict, doc),
            None => ner::rules_ner(&self.dict, doc),
        }
    }

    /// [`Entities::annotate`] plus every pronoun link (pronoun span, span of
    /// the chain's first mention), including links to named entities that have
    /// no actor code (used by `chronicle eval coref`).
    pub fn annotate_with_links(
        &self,
        doc: &Doc,
    ) -> (Vec<Entity>, Vec<ActorMention>, Vec<resolve::Link>) {
        let r = self.resolve(doc);
        (r.entities, r.actors, r.links)
    }

    /// Everything the stage writes: the `entities`, `actors` and `coref`
    /// layers, and every pronoun link.
    pub fn resolve(&self, doc: &Doc) -> resolve::Resolved {
        // the dictionary matcher runs once per sentence for both the rules
        // recogniser and the resolver
        // and every token is folded once for the matcher, the rules and the
        // resolver
        let mut fold_buf = String::new();
        let folds = norm::fold_tokens(doc, &mut fold_buf);
        let found = ner::match_sentences_folded(&self.dict, doc, Some(&folds));
        let extra = match &self.ner {
            Some(m) => m.predict(&self.dict, doc),
            None => ner::rules_ner_folded(&self.dict, doc, &found, &folds),
        };
        resolve::annotate_folded(&self.dict, doc, extra, found, folds)
    }

    /// The rules recogniser (and the resolver's titles and first names) read
    /// `lists` instead of the embedded data/ner/lists.txt; other `Entities`
    /// values keep theirs.
    pub fn with_ner_lists(mut self, lists: ner_lists::NerLists) -> Entities {
        self.dict = self.dict.with_ner_lists(lists);
        self
    }

    /// Uses a statistical NER model instead of the dictionary + rules recogniser.
    pub fn with_ner_model(mut self, model: ner::NerModel) -> Entities {
        self.ner = Some(std::sync::Arc::new(model));
        self
    }

    /// Annotates and attaches the `entities`, `actors` and `coref` layers.
    pub fn annotate_in_place(&self, doc: &mut Doc) {
        let r = self.resolve(doc);
        doc.entities = Some(r.entities);
        doc.actors = Some(r.actors);
        doc.coref = Some(r.coref);
    }
}

/// A one-sentence Doc from a short string, tokenized on whitespace with
/// punctuation and possessive `'s` split off. For mentions typed on the
/// command line and for tests; articles go through the text stage.
pub fn simple_doc(text: &str, date: Option<&str>) -> Doc {
    let mut tokens = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap();
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            while i < text.len() {
                let d = text[i..].chars().next().unwrap();
                let apos_s = (d == '\'' || d == '\u{2019}')
                    && text[i + d.len_utf8()..].starts_with(['s', 'S'])
                    && !text[i + d.len_utf8() + 1..].starts_with(char::is_alphanumeric);
                if apos_s {
                    break;
                }
                if d.is_alphanumeric()
                    || ((d == '-' || d == '.' || d == '\'' || d == '\u{2019}')
                        && text[i + d.len_utf8()..].starts_with(char::is_alphanumeric))
                {
                    i += d.len_utf8();
                } else {
                    break;
                }
            }
        } else if (c == '\'' || c == '\u{2019}') && text[i + c.len_utf8()..].starts_with(['s', 'S'])
        {
            i += c.len_utf8() + 1;
        } else {
            i += c.len_utf8();
        }
        tokens.push(Token {
            span: Span::new(start, i),
            norm: None,
            space_after: bytes.get(i).is_some_and(|b| b.is_ascii_whitespace()),
        });
    }
    // sentences: split after . ! ? tokens
    let mut sentences = Vec::new();
    let mut s0 = 0;
    for k in 0..tokens.len() {
        let t = &text[tokens[k].span.range()];
        if matches!(t, "." | "!" | "?") || k + 1 == tokens.len() {
            sentences.push(Sentence {
                span: Span::new(tokens[s0].span.start as usize, tokens[k].span.end as usize),
                tokens: TokenRange::new(s0, k + 1),
            });
            s0 = k + 1;
        }
    }
    let mut doc = Doc::new(Article {
        meta: Meta {
            id: "mention".into(),
            date: date.map(str::to_string),
            ..Meta::default()
        },
        text: text.to_string(),
    });
    doc.tokens = Some(tokens);
    doc.sentences = Some(sentences);
    doc
}
