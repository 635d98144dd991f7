//! Record types of the stand-off layers. Each layer is written by exactly one
//! stage (see ARCHITECTURE.md); later stages only read it.

use crate::{Span, Sym, TokenRange};
use serde::{Deserialize, Serialize};

/// A sentence: its byte span and the tokens it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte span, from the first token's start to the last token's end.
    pub span: Span,
    /// Tokens of the sentence.
    pub tokens: TokenRange,
}

/// A token (a UD syntactic word). Its surface is `&text[span]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Token {
    /// Byte span of the surface form.
    pub span: Span,
    /// Normalised form used for matching (curly quotes straightened, soft hyphens
    /// removed, …) when it differs from the surface; `None` when equal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub norm: Option<String>,
    /// True when whitespace follows the token in the text.
    #[serde(default)]
    pub space_after: bool,
}

/// Part-of-speech layer record, parallel to `Doc::tokens`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tag {
    /// Universal POS tag (`NOUN`, `VERB`, `PROPN`, …).
    pub upos: Sym,
    /// Penn Treebank tag (`NN`, `VBD`, …).
    pub xpos: Sym,
    /// Lemma (a [`Sym`]: stored inline, without allocation, when at most
    /// [`Sym::INLINE`] bytes long; serialises as a plain string).
    pub lemma: Sym,
    /// UD morphological features in CoNLL-U form (`Tense=Past|VerbForm=Fin`), `_` if none.
    pub feats: Sym,
}

/// Dependency layer record, parallel to `Doc::tokens`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dep {
    /// Index (into `Doc::tokens`) of the head, `None` for the sentence root.
    pub head: Option<u32>,
    /// UD relation, with subtype (`nsubj:pass`, `obl:tmod`, `root`).
    pub rel: Sym,
}

/// A named-entity or value mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Byte span.
    pub span: Span,
    /// Tokens.
    pub tokens: TokenRange,
    /// Label: `PER`, `ORG`, `GPE`, `LOC`, `NORP`, `DATE`, `CARDINAL`, `MONEY`, `PERCENT`, …
    pub label: String,
    /// What produced it: a model id or a rule/dictionary id.
    pub rule: String,
}

/// A coreference link the actors layer does not carry: a pronoun whose chain
/// starts at a named entity that is no actor (a person or organisation the
/// dictionary does not know: "Maria Kowalczyk … she said"). Links to actors
/// are `ActorMention::antecedent`s instead.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CorefLink {
    /// Byte span of the pronoun.
    pub span: Span,
    /// Tokens of the pronoun.
    pub tokens: TokenRange,
    /// Index into `Doc::entities` of the chain's first named mention.
    pub entity: u32,
    /// The rule that made the link (`coref:pronoun …`).
    pub rule: String,
}

/// An actor mention resolved (or not) to an actor code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorMention {
    /// Byte span of the mention.
    pub span: Span,
    /// Tokens of the mention.
    pub tokens: TokenRange,
    /// Head token index (into `Doc::tokens`).
    pub head: u32,
    /// Index into `Doc::entities` when the mention is a named entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<u32>,
    /// Dictionary actor id (e.g. `putin_vladimir`), when resolved to a named actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_id: Option<String>,
    /// Display name of the resolved actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Composite code, PLOVER/CAMEO style: country + sector, e.g. `RUSGOV`, `UKRMIL`, `NATO`.
    pub code: String,
    /// ISO 3166 alpha-3 country code, or an IGO code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Sector code: `GOV`, `MIL`, `COP`, `REB`, `OPP`, `LEG`, `JUD`, `BUS`, `MED`, `CVL`, `IGO`, `NGO`, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// Wikidata QID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qid: Option<String>,
    /// Index into `Doc::actors` of the antecedent this mention corefers with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antecedent: Option<u32>,
    /// The rule or dictionary entry that decided the resolution (e.g. `dict:putin_vladimir#role2`, `coref:pronoun`).
    pub rule: String,
}

/// A participant of an event: its span and, when resolved, the actor mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    /// Byte span of the argument phrase.
    pub span: Span,
    /// Index into `Doc::actors`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<u32>,
    /// Resolved actor code (copied from the actor mention for convenience).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// Counts stated in the event's sentence.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Magnitudes {
    /// People killed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dead: Option<f64>,
    /// People injured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub injured: Option<f64>,
    /// People arrested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrested: Option<f64>,
    /// Size (troops, protesters, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<f64>,
    /// Spans of the numbers behind the figures above.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<Span>,
}

/// One PLOVER event mention (report level: one record per mention).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// PLOVER event type (`REQUEST`, `ACCUSE`, `MOBILIZE`, …).
    #[serde(rename = "type")]
    pub event_type: String,
    /// PLOVER mode (`change`, `troops`, …), when the pattern gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// PLOVER contexts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
    /// Auxiliary modes: `negated`, `hypothetical`, `future`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aux: Vec<String>,
    /// Actors (sources).
    pub actors: Vec<Participant>,
    /// Recipients (targets).
    pub recipients: Vec<Participant>,
    /// Trigger span (verb or event noun).
    pub trigger: Span,
    /// Stable id of the pattern that fired.
    pub pattern: String,
    /// Sentence index.
    pub sentence: u32,
    /// PLOVER intensity score.
    pub intensity: f32,
    /// CAMEO root code (two digits) from the crosswalk.
    pub cameo: String,
    /// Magnitudes stated in the sentence.
    #[serde(default)]
    pub magnitudes: Magnitudes,
    /// Who reports the event, when it is embedded in reported speech (`X said Y attacked Z`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<Participant>,
}

/// An attribution: who said what.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// `direct`, `indirect`, `mixed`, or `according_to`.
    pub kind: String,
    /// Cue span (`said`, `according to`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<Span>,
    /// Speaker span as written (may be a pronoun).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Span>,
    /// Content spans (discontinuous when the quote is interrupted).
    pub content: Vec<Span>,
    /// Index into `Doc::actors` of the speaker's mention, after coreference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<u32>,
    /// Speaker actor code, when resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_code: Option<String>,
    /// Speaker display name, when resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_name: Option<String>,
    /// Sentence index where the content starts.
    pub sentence: u32,
    /// The rule that produced it.
    pub rule: String,
}

/// A numeric claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Span of the quantity expression ("more than 120,000").
    pub span: Span,
    /// Value (lower bound for ranges).
    pub value: f64,
    /// Upper bound for ranges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// Unit: `count`, `percent`, `USD`, `EUR`, `km`, …
    pub unit: String,
    /// Modifier: `approx`, `at_least`, `more_than`, `less_than`, `at_most`, `exact`.
    pub modifier: String,
    /// Span of the counted noun phrase ("Russian soldiers").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<Span>,
    /// Normalised key of what is counted (lemma of the head noun), for comparing claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    /// Index into `Doc::quotes` of the enclosing attribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<u32>,
    /// Claimant actor code; the outlet (`source:<name>`) when unattributed.
    pub claimant: String,
    /// Claimant span, when in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimant_span: Option<Span>,
    /// Date the claim refers to or was made (article date by default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Sentence index.
    pub sentence: u32,
    /// Indices of claims in this Doc that conflict with this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<u32>,
    /// What the claim is set in, for comparing claims across articles: the
    /// lemma of the verb its counted noun hangs from and the places named
    /// with it, sorted (`kill@belgorod`, `evacuate@kharkiv;sumy`); only when the
    /// syntax and entity stages ran and both are found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<String>,
}

/// A note a stage attaches when it meets odd text; analysis never fails on text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The stage that raised it.
    pub stage: String,
    /// Where, if it concerns a span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// What happened.
    pub message: String,
}
