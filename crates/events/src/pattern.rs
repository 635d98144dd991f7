//! Chronicle's pattern language over dependency parses (documented in
//! docs/patterns.md): a loader with `file:line: reason` errors and the compiled
//! lemma → candidate-pattern index.

use crate::LoadError;
use crate::ontology::Ontology;
use chronicle_doc::fxhash::{FxHashMap, FxHashSet};
use std::collections::HashMap;

/// The pattern files shipped with Chronicle: (file name, contents). Synsets come first.
pub const EMBEDDED_PATTERNS: &[(&str, &str)] = &[
    (
        "synsets.pat",
        include_str!("../../../data/plover/patterns/synsets.pat"),
    ),
    (
        "cooperation.pat",
        include_str!("../../../data/plover/patterns/cooperation.pat"),
    ),
    (
        "verbal_conflict.pat",
        include_str!("../../../data/plover/patterns/verbal_conflict.pat"),
    ),
    (
        "material_conflict.pat",
        include_str!("../../../data/plover/patterns/material_conflict.pat"),
    ),
];

/// Part of speech of a trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pos {
    /// A verb (`v:`), UPOS VERB.
    Verb,
    /// An event noun (`n:`), UPOS NOUN or PROPN.
    Noun,
    /// An adjective (`a:`), UPOS ADJ (e.g. `critical` with `of`).
    Adj,
}

impl Pos {
    fn idx(self) -> usize {
        match self {
            Pos::Verb => 0,
            Pos::Noun => 1,
            Pos::Adj => 2,
        }
    }
}

/// A set of lemmas (a literal list and/or expanded synsets).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Class(pub FxHashSet<String>);

impl Class {
    /// True when `lemma` (lowercased) is in the class (`*` matches any lemma).
    pub fn has(&self, lemma: &str) -> bool {
        self.0.contains(lemma) || self.0.contains("*")
    }
}

/// Where an argument is found, relative to the trigger.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    /// Subject (`nsubj`; in passives the `obl:agent`/`by` phrase).
    Subj,
    /// Direct object (`obj`; in passives the `nsubj:pass`).
    Obj,
    /// Indirect object.
    Iobj,
    /// Possessor of a noun trigger (`nmod:poss`).
    Poss,
    /// Oblique or nominal modifier introduced by a preposition (`obl`/`nmod` with `case`).
    Prep(String),
    /// A preposition phrase attached to the object (`imposed sanctions on X`).
    ObjPrep(String),
    /// The possessor of the object (`accepted Kyiv's demand`).
    ObjPoss,
    /// The object of the clausal complement (`agreed to meet X`).
    XcompObj,
    /// A preposition phrase of the clausal complement.
    XcompPrep(String),
    /// A longer path of steps from the trigger (`p:for>p:of>poss`: "calls for the end
    /// of *NATO's* expansion"). Only heads with an actor mention are taken from a path.
    Path(Vec<Step>),
    /// Surface fallback for parses that lose a preposition phrase: the actor
    /// mention right after the first `PREP` that follows the trigger in its
    /// sentence within eight tokens, before any other verb (`after:with`:
    /// "had a telephone conversation *with* President of Belarus …" when the
    /// parser attached "with" elsewhere). Recipients only add mentions not
    /// found already.
    After(String),
    /// No participant in this slot.
    None,
}

/// One step of a [`Role::Path`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Subject/agent.
    Subj,
    /// Object/patient.
    Obj,
    /// Indirect object.
    Iobj,
    /// Possessor.
    Poss,
    /// Preposition phrase.
    Prep(String),
    /// Clausal complement.
    Xcomp,
    /// Finite content clause (`ccomp`: "says *Israel must end* …").
    Ccomp,
}

/// A constraint a pattern puts on the trigger's dependents.
#[derive(Clone, Debug, PartialEq)]
pub enum Constraint {
    /// The object's head lemma is in the class.
    Obj(Class),
    /// A clausal complement (xcomp/ccomp) exists, optionally with its verb lemma in the class.
    Xcomp(Option<Class>),
    /// A preposition phrase with this preposition exists, optionally with its head in the class.
    Prep(String, Option<Class>),
    /// The subject's head lemma is in the class.
    Subj(Class),
    /// An indirect object exists (`v:warn iobj ccomp`: "warned *the envoy* that …").
    Iobj,
    /// The trigger is (not) negated: the negation is part of the meaning (`did not accept` → REJECT).
    Negated,
    /// Passive voice only.
    Passive,
    /// Active voice only.
    Active,
    /// A finite content clause (`ccomp`) exists, optionally with its head lemma in the
    /// class (`v:say ccomp=responsible|guilty`).
    Ccomp(Option<Class>),
    /// A content clause (`ccomp`) carries a modal auxiliary in the class
    /// (`v:say modal=must|should`: "says Israel *must* end the attacks").
    Modal(Class),
    /// Some word of the sentence has its lemma in the class (`any=peacekeeping|peacekeeper`):
    /// a topical cue that survives parse errors.
    Any(Class),
    /// The inner constraint must not hold (`!p:in=@disaster`).
    Not(Box<Constraint>),
}

/// One pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// Stable id (`request.ask-to`).
    pub id: String,
    /// File it came from.
    pub file: String,
    /// Line in that file.
    pub line: usize,
    /// PLOVER type.
    pub event_type: String,
    /// PLOVER mode, if any.
    pub mode: Option<String>,
    /// Contexts.
    pub context: Vec<String>,
    /// Auxiliary modes the pattern always sets.
    pub aux: Vec<String>,
    /// Trigger part of speech.
    pub pos: Pos,
    /// Trigger lemma (lowercase).
    pub lemma: String,
    /// Particle or preposition that makes the trigger multiword (`call+for`).
    pub particle: Option<String>,
    /// Constraints.
    pub constraints: Vec<Constraint>,
    /// Where actors come from (None = defaults for the part of speech).
    pub actor: Option<Vec<Role>>,
    /// Where recipients come from (None = defaults).
    pub recip: Option<Vec<Role>>,
}

impl Pattern {
    /// How specific the pattern is: more constraints win over fewer for the same trigger.
    pub fn specificity(&self) -> usize {
        let c: usize = self
            .constraints
            .iter()
            .map(|c| match c {
                Constraint::Obj(_)
                | Constraint::Subj(_)
                | Constraint::Xcomp(Some(_))
                | Constraint::Ccomp(Some(_))
                | Constraint::Modal(_)
                | Constraint::Any(_)
                | Constraint::Prep(_, Some(_)) => 3,
                _ => 2,
            })
            .sum();
        c + usize::from(self.particle.is_some()) * 2
    }

    /// True when the pattern constrains the object (so the object is the theme, not the recipient).
    pub fn object_is_theme(&self) -> bool {
        self.constraints
            .iter()
            .any(|c| matches!(c, Constraint::Obj(_)))
    }
}

/// All loaded patterns and the compiled trigger index.
#[derive(Clone, Debug)]
pub struct PatternSet {
    /// Patterns in load order.
    pub patterns: Vec<Pattern>,
    /// Synsets by name (without `@`).
    pub synsets: HashMap<String, Class>,
    /// Per part of speech (indexed by [`Pos::idx`]): lemma → patterns. Keyed
    /// by `String` so a lookup borrows the `&str` (no allocation per lookup).
    /// Fx-hashed: looked up for every noun, verb and adjective, often several times.
    index: [FxHashMap<String, Vec<usize>>; 3],
}

impl PatternSet {
    /// The embedded pattern files.
    pub fn embedded(ontology: &Ontology) -> PatternSet {
        PatternSet::parse(ontology, EMBEDDED_PATTERNS).expect("embedded patterns are valid")
    }

    /// Parses pattern files (`(name, contents)`, in order; synsets must be defined before use).
    pub fn parse(ontology: &Ontology, files: &[(&str, &str)]) -> Result<PatternSet, LoadError> {
        let mut set = PatternSet {
            patterns: Vec::new(),
            synsets: HashMap::new(),
            index: Default::default(),
        };
        let mut ids: HashMap<String, (String, usize)> = HashMap::new();
        for (file, src) in files {
            for (n, raw) in src.lines().enumerate() {
                let line = n + 1;
                let err = |reason: String| LoadError {
                    file: file.to_string(),
                    line,
                    reason,
                };
                let body = raw.split('#').next().unwrap_or("").trim();
                if body.is_empty() {
                    continue;
                }
                if let Some(rest) = body.strip_prefix('@') {
                    let Some((name, members)) = rest.split_once('=') else {
                        return Err(err("synset line must be `@name = lemma lemma …`".into()));
                    };
                    let name = name.trim();
                    if name.is_empty()
                        || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    {
                        return Err(err(format!("bad synset name {name:?}")));
                    }
                    let mut class = Class::default();
                    for m in members.split_whitespace() {
                        add_to_class(&mut class, m, &set.synsets).map_err(&err)?;
                    }
                    if class.0.is_empty() {
                        return Err(err(format!("synset @{name} is empty")));
                    }
                    set.synsets
                        .entry(name.to_string())
                        .or_default()
                        .0
                        .extend(class.0);
                    continue;
                }
                let p = parse_pattern(ontology, &set.synsets, file, line, body).map_err(&err)?;
                if let Some((f, l)) = ids.get(&p.id) {
                    return Err(err(format!(
                        "duplicate pattern id {} (first at {f}:{l})",
                        p.id
                    )));
                }
                ids.insert(p.id.clone(), (file.to_string(), line));
                set.patterns.push(p);
            }
        }
        for (i, p) in set.patterns.iter().enumerate() {
            set.index[p.pos.idx()]
                .entry(p.lemma.clone())
                .or_default()
                .push(i);
        }
        Ok(set)
    }

    /// Candidate patterns for a trigger lemma (lowercase) and part of speech.
    pub fn candidates(&self, pos: Pos, lemma: &str) -> &[usize] {
        self.index[pos.idx()]
            .get(lemma)
            .map_or(&[], |v| v.as_slice())
    }

    /// Number of patterns per event type.
    pub fn count_by_type(&self) -> Vec<(String, usize)> {
        let mut m: Vec<(String, usize)> = Vec::new();
        for p in &self.patterns {
            match m.iter_mut().find(|(t, _)| *t == p.event_type) {
                Some((_, n)) => *n += 1,
                None => m.push((p.event_type.clone(), 1)),
            }
        }
        m
    }
}

fn add_to_class(
    class: &mut Class,
    item: &str,
    synsets: &HashMap<String, Class>,
) -> Result<(), String> {
    for part in item.split('|').filter(|s| !s.is_empty()) {
        if let Some(name) = part.strip_prefix('@') {
            let Some(s) = synsets.get(name) else {
                return Err(format!("unknown synset @{name} (define it before use)"));
            };
            class.0.extend(s.0.iter().cloned());
        } else {
            class.0.insert(part.to_lowercase().replace('_', " "));
        }
    }
    Ok(())
}

fn parse_class(s: &str, synsets: &HashMap<String, Class>) -> Result<Class, String> {
    let mut c = Class::default();
    add_to_class(&mut c, s, synsets)?;
    if c.0.is_empty() {
        return Err("empty lemma class".into());
    }
    Ok(c)
}

fn parse_role(s: &str) -> Result<Role, String> {
    Ok(match s {
        "subj" => Role::Subj,
        "obj" => Role::Obj,
        "iobj" => Role::Iobj,
        "poss" => Role::Poss,
        "xcomp>obj" => Role::XcompObj,
        "obj>poss" => Role::ObjPoss,
        "none" => Role::None,
        _ => {
            if let Some(p) = s.strip_prefix("p:").filter(|p| !p.contains('>')) {
                Role::Prep(p.to_string())
            } else if let Some(p) = s.strip_prefix("obj>p:").filter(|p| !p.contains('>')) {
                Role::ObjPrep(p.to_string())
            } else if let Some(p) = s.strip_prefix("xcomp>p:").filter(|p| !p.contains('>')) {
                Role::XcompPrep(p.to_string())
            } else if let Some(p) = s
                .strip_prefix("after:")
                .filter(|p| !p.is_empty() && !p.contains('>'))
            {
                Role::After(p.to_string())
            } else if s.contains('>') {
                let steps = s
                    .split('>')
                    .map(|x| match x {
                        "subj" => Ok(Step::Subj),
                        "obj" => Ok(Step::Obj),
                        "iobj" => Ok(Step::Iobj),
                        "poss" => Ok(Step::Poss),
                        "xcomp" => Ok(Step::Xcomp),
                        "ccomp" => Ok(Step::Ccomp),
                        _ => match x.strip_prefix("p:").filter(|p| !p.is_empty()) {
                            Some(p) => Ok(Step::Prep(p.to_string())),
                            None => Err(format!(
                                "unknown step {x:?} in role {s:?} (subj|obj|iobj|poss|xcomp|ccomp|p:PREP)"
                            )),
                        },
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Role::Path(steps)
            } else {
                return Err(format!(
                    "unknown role {s:?} (subj|obj|iobj|poss|p:PREP|after:PREP|none, or a path of those joined by `>` such as obj>p:on or p:for>p:of>poss)"
                ));
            }
        }
    })
}

fn parse_pattern(
    o: &Ontology,
    synsets: &HashMap<String, Class>,
    file: &str,
    line: usize,
    body: &str,
) -> Result<Pattern, String> {
    let f: Vec<&str> = body.split_whitespace().collect();
    if f.len() < 4 {
        return Err("a pattern needs: ID TYPE MODE TRIGGER [items…]".into());
    }
    let id = f[0];
    if !id.contains('.')
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
    {
        return Err(format!(
            "bad pattern id {id:?}: lowercase `type.name` with [a-z0-9._-]"
        ));
    }
    let ty = f[1];
    if o.get(ty).is_none() {
        return Err(format!("unknown event type {ty:?}"));
    }
    let mode = match f[2] {
        "-" => None,
        m if o.has_mode(ty, m) => Some(m.to_string()),
        m => return Err(format!("{ty} has no mode {m:?}")),
    };
    let mut p = Pattern {
        id: id.to_string(),
        file: file.to_string(),
        line,
        event_type: ty.to_string(),
        mode,
        context: Vec::new(),
        aux: Vec::new(),
        pos: Pos::Verb,
        lemma: String::new(),
        particle: None,
        constraints: Vec::new(),
        actor: None,
        recip: None,
    };
    let mut have_trigger = false;
    for item in &f[3..] {
        let (negate, item) = match item.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, *item),
        };
        let before = p.constraints.len();
        let (key, val) = match item.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (item, None),
        };
        fn need<'v>(key: &str, v: Option<&'v str>) -> Result<&'v str, String> {
            v.filter(|s| !s.is_empty())
                .ok_or_else(|| format!("{key} needs a value"))
        }
        if let Some((pos, lemma)) = key
            .split_once(':')
            .filter(|(k, _)| ["v", "n", "a"].contains(k))
        {
            if have_trigger {
                return Err(format!("second trigger {item:?}: one trigger per pattern"));
            }
            have_trigger = true;
            p.pos = match pos {
                "v" => Pos::Verb,
                "n" => Pos::Noun,
                _ => Pos::Adj,
            };
            let (lem, part) = match lemma.split_once('+') {
                Some((l, pt)) => (l, Some(pt)),
                None => (lemma, None),
            };
            if lem.is_empty() || part.is_some_and(str::is_empty) {
                return Err(format!("bad trigger {item:?}"));
            }
            p.lemma = lem.to_lowercase();
            p.particle = part.map(str::to_lowercase);
            continue;
        }
        match key {
            "obj" => p
                .constraints
                .push(Constraint::Obj(parse_class(need(key, val)?, synsets)?)),
            "subj" => p
                .constraints
                .push(Constraint::Subj(parse_class(need(key, val)?, synsets)?)),
            "xcomp" => p.constraints.push(Constraint::Xcomp(match val {
                Some(v) => Some(parse_class(v, synsets)?),
                None => None,
            })),
            "ccomp" => p.constraints.push(Constraint::Ccomp(match val {
                Some(v) => Some(parse_class(v, synsets)?),
                None => None,
            })),
            "modal" => p
                .constraints
                .push(Constraint::Modal(parse_class(need(key, val)?, synsets)?)),
            "any" => p
                .constraints
                .push(Constraint::Any(parse_class(need(key, val)?, synsets)?)),
            "iobj" => p.constraints.push(Constraint::Iobj),
            "neg" => p.constraints.push(Constraint::Negated),
            "pass" => p.constraints.push(Constraint::Passive),
            "active" => p.constraints.push(Constraint::Active),
            "ctx" => {
                for c in need(key, val)?.split(',') {
                    if !o.has_context(c) {
                        return Err(format!("unknown context {c:?}"));
                    }
                    p.context.push(c.to_string());
                }
            }
            "aux" => {
                for a in need(key, val)?.split(',') {
                    if !o.aux.iter().any(|x| x == a) {
                        return Err(format!("unknown auxiliary mode {a:?}"));
                    }
                    p.aux.push(a.to_string());
                }
            }
            "actor" | "recip" => {
                let roles = need(key, val)?
                    .split(',')
                    .map(parse_role)
                    .collect::<Result<Vec<_>, _>>()?;
                if key == "actor" {
                    p.actor = Some(roles)
                } else {
                    p.recip = Some(roles)
                }
            }
            k if k.starts_with("p:") => {
                let prep = &k[2..];
                if prep.is_empty() {
                    return Err("p: needs a preposition".into());
                }
                let class = match val {
                    Some(v) => Some(parse_class(v, synsets)?),
                    None => None,
                };
                p.constraints
                    .push(Constraint::Prep(prep.to_lowercase(), class));
            }
            _ => return Err(format!("unknown item {item:?}")),
        }
        if negate {
            if p.constraints.len() != before + 1 {
                return Err(format!("`!` negates a constraint, not {item:?}"));
            }
            let c = p.constraints.pop().expect("just pushed");
            p.constraints.push(Constraint::Not(Box::new(c)));
        }
    }
    if !have_trigger {
        return Err("no trigger (v:LEMMA, n:LEMMA or a:LEMMA)".into());
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(src: &str) -> Result<PatternSet, LoadError> {
        PatternSet::parse(&Ontology::embedded(), &[("t.pat", src)])
    }

    #[test]
    fn parses_items_and_indexes_by_lemma() {
        let s = load(
            "@troops = troop soldier\n\
             mobilize.deploy MOBILIZE troops v:deploy obj=@troops|force recip=p:to,p:near ctx=military\n\
             request.call-for REQUEST - v:call+for\n",
        )
        .unwrap();
        assert_eq!(s.patterns.len(), 2);
        let p = &s.patterns[0];
        assert_eq!(p.mode.as_deref(), Some("troops"));
        assert!(
            matches!(&p.constraints[0], Constraint::Obj(c) if c.has("soldier") && c.has("force"))
        );
        assert_eq!(
            p.recip,
            Some(vec![Role::Prep("to".into()), Role::Prep("near".into())])
        );
        assert_eq!(s.candidates(Pos::Verb, "call"), &[1]);
        assert_eq!(s.patterns[1].particle.as_deref(), Some("for"));
        assert!(s.candidates(Pos::Noun, "call").is_empty());
    }

    #[test]
    fn errors_name_file_line_and_reason() {
        let cases = [
            ("x.y FOO - v:go\n", 1, "unknown event type"),
            ("\n\nx.y AGREE troops v:go\n", 3, "has no mode"),
            ("x.y AGREE - obj=deal\n", 1, "no trigger"),
            ("x.y AGREE - v:go obj=@nope\n", 1, "unknown synset @nope"),
            (
                "x.y AGREE - v:go\nx.y AGREE - v:come\n",
                2,
                "duplicate pattern id x.y (first at t.pat:1)",
            ),
            ("x.y AGREE - v:go recip=sideways\n", 1, "unknown role"),
            (
                "x.y AGREE - v:go recip=p:for>up\n",
                1,
                "unknown step \"up\"",
            ),
            ("x.y AGREE - v:go ctx=moonbase\n", 1, "unknown context"),
            ("Bad AGREE - v:go\n", 1, "bad pattern id"),
            ("x.y AGREE - v:go v:come\n", 1, "second trigger"),
            ("x.y AGREE - v:go frobnicate\n", 1, "unknown item"),
            (
                "x.y AGREE - v:go !ctx=military\n",
                1,
                "negates a constraint",
            ),
            ("@s =\n", 1, "is empty"),
        ];
        for (src, line, reason) in cases {
            let e = load(src).unwrap_err();
            assert_eq!(e.file, "t.pat");
            assert_eq!(e.line, line, "{src:?}: {e}");
            assert!(e.reason.contains(reason), "{src:?}: {e}");
            assert!(e.to_string().starts_with(&format!("t.pat:{line}: ")));
        }
    }

    #[test]
    fn embedded_patterns_cover_all_sixteen_types() {
        let o = Ontology::embedded();
        let s = PatternSet::embedded(&o);
        let counts = s.count_by_type();
        for t in &o.types {
            let n = counts.iter().find(|(x, _)| *x == t.name).map_or(0, |x| x.1);
            assert!(n >= 5, "{} has only {n} patterns", t.name);
        }
        assert!(s.patterns.len() >= 300, "{} patterns", s.patterns.len());
    }
}
