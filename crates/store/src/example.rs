//! Hand-written example articles with every layer filled in, for tests and
//! demos of the store, the API and the dashboard without running the
//! pipeline. The texts and records are written by the Chronicle team.

use chronicle_doc::*;

struct B {
    doc: Doc,
}

impl B {
    fn new(id: &str, source: &str, date: &str, title: &str, body: &str) -> B {
        let text = format!("{title}\n{body}\n.\nsource {source}");
        let tl = title.len();
        let bs = tl + 1;
        let be = bs + body.len();
        let ss = be + 3;
        let mut doc = Doc::new(Article {
            meta: Meta {
                id: id.into(),
                source: Some(source.into()),
                date: Some(date.into()),
                url: Some(format!("https://news.example/{id}")),
                title: Some(title.into()),
                lang: Some("en".into()),
                title_span: Some(Span::new(0, tl)),
                body_span: Some(Span::new(bs, be)),
                source_span: Some(Span::new(ss, text.len())),
                ..Meta::default()
            },
            text,
        });
        // Tokens: words and single punctuation marks; sentences end at . ! ? or a newline.
        let mut toks = Vec::new();
        let t = doc.text.clone();
        let mut it = t.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            let mut end = i + c.len_utf8();
            if c.is_alphanumeric() {
                while let Some(&(j, d)) = it.peek() {
                    if d.is_alphanumeric()
                        || ((d == ',' || d == '.' || d == '\'') && end == j && {
                            let nx = t[j + d.len_utf8()..].chars().next();
                            nx.is_some_and(|n| n.is_alphanumeric())
                        })
                    {
                        end = j + d.len_utf8();
                        it.next();
                    } else {
                        break;
                    }
                }
            }
            let space_after = t[end..].starts_with(char::is_whitespace);
            toks.push(Token {
                span: Span::new(i, end),
                norm: None,
                space_after,
            });
        }
        let mut sents = Vec::new();
        let mut start = 0;
        for (k, tk) in toks.iter().enumerate() {
            let s = &t[tk.span.range()];
            let nl = t[tk.span.end as usize..].starts_with('\n');
            if matches!(s, "." | "!" | "?") || nl || k + 1 == toks.len() {
                sents.push(Sentence {
                    span: Span::new(toks[start].span.start as usize, tk.span.end as usize),
                    tokens: TokenRange::new(start, k + 1),
                });
                start = k + 1;
            }
        }
        doc.tokens = Some(toks);
        doc.sentences = Some(sents);
        doc.entities = Some(vec![]);
        doc.actors = Some(vec![]);
        doc.events = Some(vec![]);
        doc.quotes = Some(vec![]);
        doc.claims = Some(vec![]);
        B { doc }
    }

    fn span(&self, needle: &str) -> Span {
        let i = self
            .doc
            .text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in text"));
        Span::new(i, i + needle.len())
    }

    /// The span of `word` at the start of the first occurrence of `context`
    /// (for a word whose first occurrence is elsewhere, e.g. in the title).
    fn span_at(&self, context: &str, word: &str) -> Span {
        assert!(
            context.starts_with(word),
            "{word:?} does not open {context:?}"
        );
        let c = self.span(context);
        Span::new(c.start as usize, c.start as usize + word.len())
    }

    fn toks(&self, s: Span) -> TokenRange {
        let t = self.doc.tokens();
        let a = t.iter().position(|x| x.span.end > s.start).unwrap_or(0);
        let b = t
            .iter()
            .rposition(|x| x.span.start < s.end)
            .map_or(a, |b| b + 1);
        TokenRange::new(a, b)
    }

    fn sentence(&self, s: Span) -> u32 {
        self.doc
            .sentences()
            .iter()
            .position(|x| x.span.contains(s))
            .unwrap_or(0) as u32
    }

    /// Adds an entity and an actor mention; returns the actor index.
    fn actor(&mut self, span: Span, label: &str, code: &str, name: Option<&str>) -> u32 {
        let tokens = self.toks(span);
        let ents = self.doc.entities.as_mut().unwrap();
        ents.push(Entity {
            span,
            tokens,
            label: label.into(),
            rule: format!("example:{label}"),
        });
        let entity = Some(ents.len() as u32 - 1);
        let acts = self.doc.actors.as_mut().unwrap();
        acts.push(ActorMention {
            span,
            tokens,
            head: tokens.end - 1,
            entity,
            actor_id: name.map(|n| n.to_lowercase().replace(' ', "_")),
            name: name.map(str::to_string),
            code: code.into(),
            country: Some(if code == "NATO" { "NATO" } else { &code[..3] }.to_string()),
            sector: if code == "NATO" {
                Some("IGO".into())
            } else {
                code.get(3..).filter(|s| !s.is_empty()).map(str::to_string)
            },
            qid: None,
            antecedent: None,
            rule: format!("example:dict:{code}"),
        });
        acts.len() as u32 - 1
    }

    fn part(&self, actor: u32) -> Participant {
        let a = &self.doc.actors.as_ref().unwrap()[actor as usize];
        Participant {
            span: a.span,
            actor: Some(actor),
            code: Some(a.code.clone()),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &mut self,
        ty: &str,
        mode: Option<&str>,
        trigger: &str,
        a: u32,
        r: u32,
        cameo: &str,
        intensity: f32,
    ) {
        let trigger = self.span(trigger);
        let e = Event {
            event_type: ty.into(),
            mode: mode.map(str::to_string),
            context: vec![],
            aux: vec![],
            actors: vec![self.part(a)],
            recipients: vec![self.part(r)],
            trigger,
            pattern: format!(
                "example.{}.{}",
                ty.to_lowercase(),
                self.doc.text[trigger.range()].to_lowercase()
            ),
            sentence: self.sentence(trigger),
            intensity,
            cameo: cameo.into(),
            magnitudes: Magnitudes::default(),
            attributed_to: None,
        };
        self.doc.events.as_mut().unwrap().push(e);
    }

    fn quote(&mut self, cue: &str, source: &str, content: &str, speaker: u32) {
        let (cue, source, content) = (self.span(cue), self.span(source), self.span(content));
        let a = &self.doc.actors.as_ref().unwrap()[speaker as usize];
        let q = Quote {
            kind: "direct".into(),
            cue: Some(cue),
            source: Some(source),
            content: vec![content],
            speaker: Some(speaker),
            speaker_code: Some(a.code.clone()),
            speaker_name: a.name.clone(),
            sentence: self.sentence(content),
            rule: "example:quote.said".into(),
        };
        self.doc.quotes.as_mut().unwrap().push(q);
    }

    fn claim(&mut self, qty: &str, value: f64, counted: Span, about: &str, claimant: u32) {
        let span = self.span(qty);
        let a = &self.doc.actors.as_ref().unwrap()[claimant as usize];
        let c = Claim {
            span,
            value,
            value_max: None,
            unit: "count".into(),
            modifier: "exact".into(),
            counted: Some(counted),
            about: Some(about.into()),
            quote: None,
            claimant: a.code.clone(),
            claimant_span: Some(a.span),
            date: None,
            sentence: self.sentence(span),
            conflicts: vec![],
            // what the claims stage gives claims about one deployment
            setting: Some("mass@border".into()),
        };
        self.doc.claims.as_mut().unwrap().push(c);
    }
}

/// Three short example articles from two outlets, with entities, actors,
/// events, a quote and two conflicting claims (115,000 vs 100,000 troops).
pub fn example_docs() -> Vec<Doc> {
    let mut out = Vec::new();

    let mut b = B::new(
        "ex-1",
        "site-34",
        "2022-01-10",
        "Putin calls for the end of NATO's eastward expansion",
        "Russian President Vladimir Putin has asked NATO to end the eastward expansion. \
         Kremlin spokesman Dmitry Peskov said: \"It's a very dangerous adventure.\" \
         Ukraine said Russia had massed 115,000 troops near the border.",
    );
    // a byline (a name written for the example)
    b.doc.meta.author = Some("Mara Ilic".into());
    let putin = b.actor(
        b.span("Vladimir Putin"),
        "PER",
        "RUSGOV",
        Some("Vladimir Putin"),
    );
    let nato = b.actor(b.span_at("NATO to", "NATO"), "ORG", "NATO", Some("NATO"));
    let peskov = b.actor(
        b.span("Dmitry Peskov"),
        "PER",
        "RUSGOV",
        Some("Dmitry Peskov"),
    );
    let ukr = b.actor(b.span("Ukraine"), "GPE", "UKRGOV", Some("Ukraine"));
    let rus = b.actor(b.span_at("Russia had", "Russia"), "GPE", "RUS", None);
    b.event("REQUEST", Some("change"), "asked", putin, nato, "02", -1.0);
    b.event("MOBILIZE", Some("troops"), "massed", rus, ukr, "15", -7.2);
    b.quote(
        "said:",
        "Dmitry Peskov",
        "It's a very dangerous adventure.",
        peskov,
    );
    b.claim("115,000", 115_000.0, b.span("troops"), "troop", ukr);
    out.push(b.doc);

    let mut b = B::new(
        "ex-2",
        "site-7",
        "2022-01-12",
        "NATO accuses Russia of escalation",
        "NATO accused Russia of escalation on Wednesday. \
         The Russian Defence Ministry said only 100,000 troops were in the region.",
    );
    let nato = b.actor(
        b.span_at("NATO accused", "NATO"),
        "ORG",
        "NATO",
        Some("NATO"),
    );
    let rus = b.actor(
        b.span_at("Russia of escalation on", "Russia"),
        "GPE",
        "RUS",
        None,
    );
    let mil = b.actor(
        b.span("Russian Defence Ministry"),
        "ORG",
        "RUSMIL",
        Some("Russian Defence Ministry"),
    );
    b.event("ACCUSE", None, "accused", nato, rus, "11", -2.0);
    b.claim(
        "100,000",
        100_000.0,
        b.span_at("troops were", "troops"),
        "troop",
        mil,
    );
    out.push(b.doc);

    let mut b = B::new(
        "ex-3",
        "site-34",
        "2022-01-17",
        "Zelenskyy and NATO agree on «closer» talks",
        "Volodymyr Zelenskyy met NATO chief Jens Stoltenberg in Brussels – both called the talks productive.",
    );
    let zel = b.actor(
        b.span("Volodymyr Zelenskyy"),
        "PER",
        "UKRGOV",
        Some("Volodymyr Zelenskyy"),
    );
    let stol = b.actor(
        b.span("Jens Stoltenberg"),
        "PER",
        "NATO",
        Some("Jens Stoltenberg"),
    );
    b.event("CONSULT", Some("visit"), "met", zel, stol, "04", 1.0);
    out.push(b.doc);
    out
}
