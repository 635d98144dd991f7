//! Pronoun speakers named by gender: "he"/"she" as the source of an
//! attribution that coreference leaves without a name (or names by an agent
//! noun: "the man") is the nearest person named before it whose gender agrees,
//! when no other person who could be meant stands between them. Genders come
//! from given names and honorifics (`data/actors/given.names`, through
//! `chronicle_entities::coref_names`) and from the *he*/*she* pronouns the
//! entities stage already linked to a person.

use chronicle_doc::{Doc, Quote, Span};
use chronicle_entities::coref_names::NameGenders;

/// 'm' for *he*, 'f' for *she*.
pub(crate) fn pronoun_gender(w: &str) -> Option<char> {
    match w.to_ascii_lowercase().as_str() {
        "he" | "him" | "his" | "himself" => Some('m'),
        "she" | "her" | "hers" | "herself" => Some('f'),
        _ => None,
    }
}

/// The gender a speaker's name gives ("Donald Trump" → 'm', "Ms. Ruiz" → 'f').
pub(crate) fn name_gender(name: &str, names: &NameGenders) -> Option<char> {
    let words: Vec<&str> = name.split_whitespace().collect();
    names.person(&words)
}

/// Genders of the article's person entities: a title right before the name,
/// a given name in it (for a surname alone: in the first full name that ends
/// in it, or in the full name of the dictionary actor it names), else what the other *he*/*she* pronouns linked to a person with
/// the same last word say (all of them the same; the `coref` layer and the
/// pronoun actor mentions whose chain starts at the entity).
struct Genders<'d> {
    doc: &'d Doc,
    names: &'d NameGenders,
    /// Last word of an entity → genders of the pronouns linked to it.
    linked: std::collections::HashMap<&'d str, (bool, bool)>,
}

impl<'d> Genders<'d> {
    /// `exclude`: the pronoun being named, whose own link confirms nothing.
    fn new(doc: &'d Doc, exclude: Span, names: &'d NameGenders) -> Genders<'d> {
        let ents = doc.entities.as_deref().unwrap_or(&[]);
        let mut linked: std::collections::HashMap<&str, (bool, bool)> = Default::default();
        let mut vote = |ent: usize, pronoun: Span| {
            if pronoun == exclude {
                return;
            }
            if let (Some(e), Some(g)) = (ents.get(ent), pronoun_gender(doc.slice(pronoun))) {
                let v = linked.entry(last_word(doc, e)).or_default();
                if g == 'm' {
                    v.0 = true;
                } else {
                    v.1 = true;
                }
            }
        };
        for l in doc.coref.iter().flatten() {
            vote(l.entity as usize, l.span);
        }
        if let Some(actors) = doc.actors.as_deref() {
            for a in actors.iter().filter(|a| a.antecedent.is_some()) {
                let mut m = a;
                let mut hops = 0;
                while let Some(x) = m.antecedent.and_then(|x| actors.get(x as usize)) {
                    m = x;
                    hops += 1;
                    if hops > 20 {
                        break;
                    }
                }
                if let Some(e) = m.entity {
                    vote(e as usize, a.span);
                }
            }
        }
        Genders { doc, names, linked }
    }

    fn words(&self, e: &chronicle_doc::Entity) -> Vec<&'d str> {
        (e.tokens.start..e.tokens.end)
            .map(|t| self.doc.token_text(t as usize))
            .collect()
    }

    fn of(&self, e: &chronicle_doc::Entity) -> Option<char> {
        let t0 = e.tokens.start as usize;
        let words = self.words(e);
        let title = t0
            .checked_sub(1)
            .and_then(|t| self.names.title(self.doc.token_text(t)));
        if let Some(g) = title {
            return g.as_char();
        }
        if words.len() == 1 {
            // a surname alone is the person named in full before ("Warren" after
            // "Elizabeth Warren"); a lone given name is too often no person in
            // news ("Ready for Hillary", "Madison") to count on its own
            let full = self.doc.entities.iter().flatten().find(|x| {
                x.label == "PER" && x.tokens.len() > 1 && last_word(self.doc, x) == words[0]
            });
            if let Some(g) = full.and_then(|x| self.names.person(&self.words(x))) {
                return Some(g);
            }
        } else if let Some(g) = self.names.person(&words) {
            return Some(g);
        }
        // a dictionary person under a short name ("Trump"): its full name ("Donald
        // Trump")
        let dict_name = self.doc.actors.iter().flatten().find_map(|a| {
            (a.span.overlaps(e.span) && a.antecedent.is_none())
                .then_some(a.name.as_deref())
                .flatten()
        });
        if let Some(g) = dict_name.and_then(|n| {
            let words: Vec<&str> = n.split_whitespace().collect();
            (words.len() > 1)
                .then(|| self.names.person(&words))
                .flatten()
        }) {
            return Some(g);
        }
        match self.linked.get(last_word(self.doc, e)) {
            Some((true, false)) => Some('m'),
            Some((false, true)) => Some('f'),
            _ => None,
        }
    }
}

fn last_word<'d>(doc: &'d Doc, e: &chronicle_doc::Entity) -> &'d str {
    doc.token_text((e.tokens.end as usize).saturating_sub(1))
}

/// The entity (index into `doc.entities`) that names the *he*/*she* source
/// `src` of quote `i`: the nearest person named before it, at most four
/// sentences back and outside every quotation, whose gender agrees, when every
/// other person named from the start of that person's sentence up to the
/// pronoun is known to be of the other gender (or is the same person again:
/// the same last word). A person of unknown gender in between could be the
/// one meant, so nothing is named then.
pub(crate) fn gendered_speaker(
    doc: &Doc,
    quotes: &[Quote],
    src: Span,
    names: &NameGenders,
) -> Option<usize> {
    let g = pronoun_gender(doc.slice(src))?;
    if !matches!(doc.slice(src), "he" | "He" | "she" | "She") {
        return None;
    }
    let ents = doc.entities.as_deref()?;
    let toks = doc.tokens();
    let sent = |start: u32| doc.sentence_of_token(toks.partition_point(|t| t.span.start < start));
    let si = sent(src.start)?;
    let quoted = |s: Span| {
        quotes
            .iter()
            .any(|q| q.content.iter().any(|c| c.overlaps(s)))
    };
    let cands: Vec<(usize, usize)> = ents
        .iter()
        .enumerate()
        .filter(|(_, e)| e.label == "PER" && e.span.end <= src.start && !quoted(e.span))
        .filter(|(_, e)| !matches!(doc.slice(e.span).get(..2), Some("R-" | "D-" | "I-")))
        .filter_map(|(k, e)| Some((k, sent(e.span.start)?)))
        .filter(|&(_, s)| s + 4 >= si)
        .collect();
    let genders = Genders::new(doc, src, names);
    let &(p, sp) = cands
        .iter()
        .rev()
        .find(|&&(k, _)| genders.of(&ents[k]) == Some(g))?;
    let last = last_word(doc, &ents[p]);
    let clear = cands
        .iter()
        .filter(|&&(k, s)| s >= sp && k != p)
        .all(|&(k, _)| {
            last_word(doc, &ents[k]) == last || genders.of(&ents[k]).is_some_and(|x| x != g)
        });
    clear.then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronoun_and_name_genders() {
        assert_eq!(pronoun_gender("She"), Some('f'));
        assert_eq!(pronoun_gender("it"), None);
        assert_eq!(
            name_gender("Olena Petrenko", &NameGenders::embedded()),
            Some('f')
        );
        assert_eq!(name_gender("Mr. Ruiz", &NameGenders::embedded()), Some('m'));
        assert_eq!(name_gender("Alex Moreau", &NameGenders::embedded()), None);
    }
}
