//! The actor dictionary: Chronicle's own readable format (docs/actors.md),
//! its parser with `file:line: reason` errors, and the compiled matcher.
//!
//! ```text
//! person putin_vladimir: Vladimir Putin | Vladimir Vladimirovich Putin | Putin
//!   qid Q7747
//!   gender m
//!   role RUS GOV 1999-08-16→2000-05-07 (prime minister)
//!   role RUS GOV 2012-05-07→ (president)
//! ```

use crate::matcher::{Alias, AliasKind, Matcher};
use crate::norm;
use std::collections::HashMap;
use thiserror::Error;

/// A date as the integer `YYYYMMDD` (so dates compare as numbers).
pub type Date = u32;

/// A dictionary file that could not be loaded.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("{file}:{line}: {reason}")]
pub struct DictError {
    /// File name as given to the loader.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// Kind of a dictionary record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A state (ISO 3166 alpha-3 id).
    Country,
    /// An international organisation (its code is the id, e.g. `NATO`).
    Igo,
    /// A named person with dated roles.
    Person,
    /// A named non-state group, party, company or agency.
    Group,
    /// A sub-national place (Donetsk, Crimea, Gaza): a location, not an actor.
    Region,
    /// A generic agent noun (troops, police) giving a sector.
    Agent,
    /// A title (president, prime minister): an agent that role holders carry.
    Title,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "country" => Kind::Country,
            "igo" => Kind::Igo,
            "person" => Kind::Person,
            "group" => Kind::Group,
            "region" => Kind::Region,
            "agent" => Kind::Agent,
            "title" => Kind::Title,
            _ => return None,
        })
    }
}

/// How a generic agent behaves for number agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Form {
    /// A singular human noun (soldier, spokesman): he/she; its plural: they.
    #[default]
    Person,
    /// A plural-only collective (troops, police): they.
    People,
    /// An organisation (ministry, army): it.
    Org,
}

/// A dated role: `COUNTRY SECTOR from→to (title)`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Role {
    /// Country or IGO code.
    pub country: String,
    /// Sector code.
    pub sector: String,
    /// First day (inclusive), `None` = since ever.
    pub from: Option<Date>,
    /// Last day (exclusive), `None` = still in office.
    pub to: Option<Date>,
    /// Title id (a `title` record), when the role names one.
    pub title: Option<String>,
    /// The title text as written.
    pub label: Option<String>,
    /// Line of the role in its file.
    pub line: usize,
}

impl Role {
    /// True when the role is held on `d`.
    pub fn active(&self, d: Date) -> bool {
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d < t)
    }

    /// Distance in days-ish (YYYYMMDD arithmetic is fine for ranking) from `d` to the role.
    pub fn distance(&self, d: Date) -> u32 {
        if self.active(d) {
            0
        } else if let Some(f) = self.from.filter(|&f| d < f) {
            f - d
        } else {
            self.to.map_or(0, |t| d.saturating_sub(t))
        }
    }

    /// `RUS GOV 2012-05-07→ (president)` form.
    pub fn describe(&self) -> String {
        let mut s = String::new();
        self.describe_into(&mut s);
        s
    }

    /// Appends [`Role::describe`] to `s` (the resolver writes it into the
    /// provenance of every actor it resolves through a role: pieces pushed,
    /// where `format!` cost four allocations and the formatting machinery).
    pub fn describe_into(&self, s: &mut String) {
        s.reserve(self.country.len() + self.sector.len() + 28);
        s.push_str(&self.country);
        s.push(' ');
        s.push_str(&self.sector);
        s.push(' ');
        if let Some(f) = self.from {
            push_date(s, f);
        }
        s.push('→');
        if let Some(t) = self.to {
            push_date(s, t);
        }
        if let Some(l) = &self.label {
            s.push_str(" (");
            s.push_str(l);
            s.push(')');
        }
    }
}

/// Appends [`fmt_date`] of `d` to `s`.
fn push_date(s: &mut String, d: Date) {
    let y = d / 10000;
    if y > 9999 {
        return s.push_str(&fmt_date(d));
    }
    let digit = |v: u32| char::from(b'0' + v as u8);
    for v in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10] {
        s.push(digit(v));
    }
    for v in [d / 100 % 100, d % 100] {
        s.push('-');
        s.push(digit(v / 10));
        s.push(digit(v % 10));
    }
}

/// `leader TITLE [from→to]`: which title leads a country (for "the Kremlin chief").
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Leader {
    /// Title id.
    pub title: String,
    /// First day.
    pub from: Option<Date>,
    /// Last day (exclusive).
    pub to: Option<Date>,
}

/// One dictionary record.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Actor {
    /// Record id (`putin_vladimir`, `RUS`, `NATO`, `MIL`…).
    pub id: String,
    /// Record kind.
    pub kind: Option<Kind>,
    /// Full names and aliases (always matched).
    pub names: Vec<String>,
    /// Short names (surnames, "the alliance"): matched only after a full mention in the document.
    pub short: Vec<String>,
    /// Adjectives (Russian).
    pub adj: Vec<String>,
    /// Plural nouns for the people (Russians).
    pub people: Vec<String>,
    /// Seats used as metonyms (Moscow, the Kremlin) with their sector.
    pub seats: Vec<(String, String)>,
    /// Country or IGO code (persons: from roles; groups, regions, agents: given).
    pub country: Option<String>,
    /// Sector code.
    pub sector: Option<String>,
    /// Explicit code overriding country+sector.
    pub code: Option<String>,
    /// Wikidata QID.
    pub qid: Option<String>,
    /// `m` or `f` for persons.
    pub gender: Option<char>,
    /// Dated roles (persons).
    pub roles: Vec<Role>,
    /// Leading titles (countries, IGOs).
    pub leaders: Vec<Leader>,
    /// Agreement class of agents and titles.
    pub form: Form,
    /// Titles: a holder heads a government, which an administration named after
    /// the holder means ("the Obama administration"); `heads government`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub heads_government: bool,
    /// Names that, on a government's own site, name that government's own body
    /// rather than this record ("the Security Council" on the Kremlin's site);
    /// `national NAME | NAME`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub national: Vec<String>,
    /// `file:line` of the record header.
    pub source: String,
}

impl Actor {
    /// Display name: the first name.
    pub fn display(&self) -> &str {
        self.names.first().map(String::as_str).unwrap_or(&self.id)
    }
}

/// Known sector codes.
pub const SECTORS: &[&str] = &[
    "GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "BUS", "MED", "CVL", "IGO", "NGO", "SPY",
    "EDU", "REL", "HLT", "LAB", "AGR", "ELI", "PTY", "CRM", "REF", "ENV", "HRI", "UAF", "DEV",
];

/// The loaded dictionary.
#[derive(Clone, Debug)]
pub struct Dictionary {
    /// All records.
    pub actors: Vec<Actor>,
    /// Record index by id (ids are unique per kind; countries/IGOs by code).
    pub by_id: HashMap<String, usize>,
    /// Title id by folded title name.
    pub titles: HashMap<String, String>,
    /// The compiled phrase matcher.
    pub matcher: Matcher,
    /// Ids of the titles whose holders head a government (`heads government`).
    pub head_titles: Vec<String>,
    /// The persons' titled roles, by country and title: (record, role) in
    /// record and role order (what [`Dictionary::holders`] scans for).
    holder_index: HolderIndex,
    /// Given names and titles by gender (`*.names` files; the embedded
    /// `data/actors/given.names` when none is given).
    pub names: std::sync::Arc<crate::coref_names::NameGenders>,
    /// The rules recogniser's word and name lists (the embedded
    /// data/ner/lists.txt unless [`Dictionary::with_ner_lists`] gave others).
    pub ner_lists: std::sync::Arc<crate::ner_lists::NerLists>,
}

/// Country → title → (record index, role index).
type HolderIndex = chronicle_doc::fxhash::FxHashMap<
    String,
    chronicle_doc::fxhash::FxHashMap<String, Vec<(usize, usize)>>,
>;

/// The [`HolderIndex`] of `actors`.
fn holder_index(actors: &[Actor]) -> HolderIndex {
    let mut ix = HolderIndex::default();
    for (i, a) in actors.iter().enumerate() {
        if a.kind != Some(Kind::Person) {
            continue;
        }
        for (ri, r) in a.roles.iter().enumerate() {
            if let Some(t) = &r.title {
                ix.entry(r.country.clone())
                    .or_default()
                    .entry(t.clone())
                    .or_default()
                    .push((i, ri));
            }
        }
    }
    ix
}

/// The embedded dictionary files (name, contents).
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "data/actors/agents.actors",
        include_str!("../../../data/actors/agents.actors"),
    ),
    (
        "data/actors/countries.actors",
        include_str!("../../../data/actors/countries.actors"),
    ),
    (
        "data/actors/igos.actors",
        include_str!("../../../data/actors/igos.actors"),
    ),
    (
        "data/actors/groups.actors",
        include_str!("../../../data/actors/groups.actors"),
    ),
    (
        "data/actors/people.actors",
        include_str!("../../../data/actors/people.actors"),
    ),
];

/// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` into a [`Date`].
pub fn parse_date(s: &str) -> Option<Date> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |x: &str, len: usize| {
        (x.len() == len && x.bytes().all(|b| b.is_ascii_digit()))
            .then(|| x.parse::<u32>().ok())
            .flatten()
    };
    let (y, m, d) = match parts.as_slice() {
        [y] => (num(y, 4)?, 1, 1),
        [y, m] => (num(y, 4)?, num(m, 2)?, 1),
        [y, m, d] => (num(y, 4)?, num(m, 2)?, num(d, 2)?),
        _ => return None,
    };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(y * 10000 + m * 100 + d)
}

/// Formats a [`Date`] as `YYYY-MM-DD`.
pub fn fmt_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d / 10000, d / 100 % 100, d % 100)
}

fn parse_range(s: &str) -> Result<(Option<Date>, Option<Date>), String> {
    let (a, b) = s
        .split_once('→')
        .or_else(|| s.split_once("->"))
        .ok_or_else(|| format!("expected a date range FROM→TO, found {s:?}"))?;
    let p = |x: &str| -> Result<Option<Date>, String> {
        let x = x.trim();
        if x.is_empty() {
            Ok(None)
        } else {
            parse_date(x)
                .map(Some)
                .ok_or_else(|| format!("bad date {x:?} (want YYYY-MM-DD)"))
        }
    };
    let (f, t) = (p(a)?, p(b)?);
    if let (Some(f), Some(t)) = (f, t)
        && t < f
    {
        return Err(format!("range ends before it starts: {s}"));
    }
    Ok((f, t))
}

fn split_names(s: &str) -> Vec<String> {
    s.split('|')
        .map(|x| x.trim().to_string())
        .filter(|x| !x.is_empty())
        .collect()
}

fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 8
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

struct Pending {
    actor: Actor,
    file: String,
    line: usize,
}

/// Parses one file into records (no cross-file checks).
fn parse_file(file: &str, text: &str, out: &mut Vec<Pending>) -> Result<(), DictError> {
    let err = |line: usize, reason: String| DictError {
        file: file.to_string(),
        line,
        reason,
    };
    let mut cur: Option<Pending> = None;
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        // strip comments: `#` at start or after whitespace
        let mut line = raw;
        if let Some(i) = raw.find(" #").or_else(|| raw.find("\t#")) {
            line = &raw[..i];
        }
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let indented = line.starts_with(' ') || line.starts_with('\t');
        let line = line.trim();
        if !indented {
            if let Some(p) = cur.take() {
                out.push(p);
            }
            let (head, names) = line.split_once(':').ok_or_else(|| {
                err(
                    line_no,
                    "record header must be `KIND ID: NAME | NAME …`".into(),
                )
            })?;
            let mut it = head.split_whitespace();
            let kind_s = it.next().unwrap_or("");
            let kind = Kind::parse(kind_s).ok_or_else(|| {
                err(line_no, format!("unknown record kind {kind_s:?} (country, igo, person, group, region, agent, title)"))
            })?;
            let id = it
                .next()
                .ok_or_else(|| err(line_no, "missing record id".into()))?;
            if it.next().is_some() {
                return Err(err(line_no, "record id must be one word".into()));
            }
            if matches!(kind, Kind::Country | Kind::Igo) && !is_code(id) {
                return Err(err(
                    line_no,
                    format!("country/IGO id must be an upper-case code, found {id:?}"),
                ));
            }
            let names = split_names(names);
            if names.is_empty() && !matches!(kind, Kind::Agent) {
                return Err(err(line_no, "record has no names".into()));
            }
            let mut actor = Actor {
                id: id.to_string(),
                kind: Some(kind),
                names,
                source: format!("{file}:{line_no}"),
                ..Actor::default()
            };
            match kind {
                Kind::Country => {
                    actor.country = Some(id.to_string());
                    actor.sector = Some("GOV".into());
                }
                Kind::Igo => {
                    actor.country = Some(id.to_string());
                    actor.sector = Some("IGO".into());
                }
                Kind::Title => actor.sector = Some("GOV".into()),
                _ => {}
            }
            if matches!(kind, Kind::Agent) && SECTORS.contains(&id) {
                actor.sector = Some(id.to_string());
            }
            cur = Some(Pending {
                actor,
                file: file.to_string(),
                line: line_no,
            });
            continue;
        }
        let Some(p) = cur.as_mut() else {
            return Err(err(
                line_no,
                "attribute line before any record header".into(),
            ));
        };
        let a = &mut p.actor;
        let (key, val) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let val = val.trim();
        match key {
            "qid" => {
                if !(val.starts_with('Q')
                    && val.len() > 1
                    && val[1..].bytes().all(|b| b.is_ascii_digit()))
                {
                    return Err(err(line_no, format!("bad Wikidata QID {val:?}")));
                }
                a.qid = Some(val.into());
            }
            "gender" => match val {
                "m" | "f" => a.gender = val.chars().next(),
                _ => {
                    return Err(err(
                        line_no,
                        format!("gender must be m or f, found {val:?}"),
                    ));
                }
            },
            "country" => {
                if !is_code(val) {
                    return Err(err(line_no, format!("bad country code {val:?}")));
                }
                a.country = Some(val.into());
            }
            "sector" => {
                if !SECTORS.contains(&val) {
                    return Err(err(line_no, format!("unknown sector {val:?}")));
                }
                a.sector = Some(val.into());
            }
            "code" => {
                if !is_code(val) {
                    return Err(err(line_no, format!("bad code {val:?}")));
                }
                a.code = Some(val.into());
            }
            "form" => {
                a.form = match val {
                    "person" => Form::Person,
                    "people" => Form::People,
                    "org" => Form::Org,
                    _ => {
                        return Err(err(
                            line_no,
                            format!("form must be person, people or org, found {val:?}"),
                        ));
                    }
                }
            }
            "heads" => {
                if val != "government" || a.kind != Some(Kind::Title) {
                    return Err(err(
                        line_no,
                        format!("`heads government` is a title attribute, found `heads {val}`"),
                    ));
                }
                a.heads_government = true;
            }
            "national" => a.national.extend(split_names(val)),
            "alias" => a.names.extend(split_names(val)),
            "short" => a.short.extend(split_names(val)),
            "adj" => a.adj.extend(split_names(val)),
            "people" => a.people.extend(split_names(val)),
            "seat" => {
                let (sector, names) = match val.split_once(':') {
                    Some((s, n)) if SECTORS.contains(&s.trim()) => (s.trim().to_string(), n),
                    Some((s, _)) => {
                        return Err(err(
                            line_no,
                            format!("unknown sector {:?} in seat", s.trim()),
                        ));
                    }
                    None => ("GOV".to_string(), val),
                };
                for n in split_names(names) {
                    a.seats.push((sector.clone(), n));
                }
            }
            "role" => {
                let (body, label) = match val.split_once('(') {
                    Some((b, l)) => {
                        let l = l.trim_end();
                        let l = l
                            .strip_suffix(')')
                            .ok_or_else(|| err(line_no, "unclosed `(` in role title".into()))?;
                        (b.trim(), Some(l.trim().to_string()))
                    }
                    None => (val, None),
                };
                let f: Vec<&str> = body.split_whitespace().collect();
                if f.len() != 3 {
                    return Err(err(
                        line_no,
                        format!("role must be `COUNTRY SECTOR FROM→TO (title)`, found {val:?}"),
                    ));
                }
                if !is_code(f[0]) {
                    return Err(err(line_no, format!("bad country code {:?} in role", f[0])));
                }
                if !SECTORS.contains(&f[1]) {
                    return Err(err(line_no, format!("unknown sector {:?} in role", f[1])));
                }
                let (from, to) = parse_range(f[2]).map_err(|r| err(line_no, r))?;
                a.roles.push(Role {
                    country: f[0].into(),
                    sector: f[1].into(),
                    from,
                    to,
                    title: None,
                    label,
                    line: line_no,
                });
            }
            "leader" => {
                let (title, range) = match val.rfind(' ') {
                    Some(i) if val[i..].contains('→') || val[i..].contains("->") => {
                        (&val[..i], Some(&val[i + 1..]))
                    }
                    _ => (val, None),
                };
                let (from, to) = match range {
                    Some(r) => parse_range(r).map_err(|r| err(line_no, r))?,
                    None => (None, None),
                };
                a.leaders.push(Leader {
                    title: title.trim().to_string(),
                    from,
                    to,
                });
            }
            _ => return Err(err(line_no, format!("unknown attribute {key:?}"))),
        }
    }
    if let Some(p) = cur.take() {
        out.push(p);
    }
    Ok(())
}

impl Dictionary {
    /// Loads the embedded dictionary.
    pub fn embedded() -> Result<Dictionary, DictError> {
        Dictionary::parse(EMBEDDED)
    }

    /// Loads dictionary files given as `(file name, contents)`, in order.
    pub fn parse(files: &[(&str, &str)]) -> Result<Dictionary, DictError> {
        let mut pending = Vec::new();
        let mut name_files = Vec::new();
        for (name, text) in files {
            if name.ends_with(".names") {
                name_files.push((*name, *text));
                continue;
            }
            parse_file(name, text, &mut pending)?;
        }
        let names = if name_files.is_empty() {
            crate::coref_names::NameGenders::embedded()
        } else {
            std::sync::Arc::new(crate::coref_names::NameGenders::parse(&name_files)?)
        };
        let err = |p: &Pending, line: usize, reason: String| DictError {
            file: p.file.clone(),
            line,
            reason,
        };
        let err_f = |file: &str, line: usize, reason: String| DictError {
            file: file.to_string(),
            line,
            reason,
        };
        // titles by folded name
        let mut titles: HashMap<String, String> = HashMap::new();
        for p in &pending {
            if p.actor.kind == Some(Kind::Title) {
                for n in p
                    .actor
                    .names
                    .iter()
                    .chain(std::iter::once(&p.actor.id.replace('_', " ")))
                {
                    titles.entry(key(n)).or_insert_with(|| p.actor.id.clone());
                }
            }
        }
        let mut by_id = HashMap::new();
        let mut codes: std::collections::HashSet<String> =
            ["INT", "IGO"].iter().map(|s| s.to_string()).collect();
        for p in &pending {
            if matches!(p.actor.kind, Some(Kind::Country | Kind::Igo)) {
                codes.insert(p.actor.id.clone());
            }
        }
        let mut actors = Vec::with_capacity(pending.len());
        for mut p in pending {
            let scoped = match p.actor.kind {
                Some(Kind::Agent) => format!("agent:{}", p.actor.id),
                Some(Kind::Title) => format!("title:{}", p.actor.id),
                _ => p.actor.id.clone(),
            };
            if by_id.contains_key(&scoped) && p.actor.kind != Some(Kind::Agent) {
                return Err(err(
                    &p,
                    p.line,
                    format!("duplicate record id {:?}", p.actor.id),
                ));
            }
            for r in &mut p.actor.roles {
                if !codes.contains(&r.country) {
                    return Err(err_f(
                        &p.file,
                        r.line,
                        format!("unknown country or IGO code {:?}", r.country),
                    ));
                }
                if let Some(l) = &r.label {
                    // "(prime minister)" or "(acting president)": exact title names only,
                    // so "(first deputy prime minister)" is not a prime minister
                    let k = key(l);
                    let k = k.strip_prefix("acting ").unwrap_or(&k);
                    let found = titles.get(k).cloned();
                    r.title = found;
                }
            }
            if let Some(c) = &p.actor.country
                && !codes.contains(c)
                && !matches!(p.actor.kind, Some(Kind::Country | Kind::Igo))
            {
                return Err(err(
                    &p,
                    p.line,
                    format!("unknown country or IGO code {c:?}"),
                ));
            }
            for l in &p.actor.leaders {
                if !titles.contains_key(&key(&l.title)) {
                    return Err(err(
                        &p,
                        p.line,
                        format!("unknown leader title {:?}", l.title),
                    ));
                }
            }
            for l in &mut p.actor.leaders {
                l.title = titles[&key(&l.title)].clone();
            }
            if p.actor.kind == Some(Kind::Person)
                && p.actor.roles.is_empty()
                && p.actor.country.is_none()
            {
                return Err(err(
                    &p,
                    p.line,
                    "person needs at least one role or a country".into(),
                ));
            }
            by_id.entry(scoped).or_insert(actors.len());
            actors.push(p.actor);
        }
        let matcher = Matcher::build(&actors, &aliases(&actors));
        let holder_index = holder_index(&actors);
        let head_titles = actors
            .iter()
            .filter(|a| a.kind == Some(Kind::Title) && a.heads_government)
            .map(|a| a.id.clone())
            .collect();
        Ok(Dictionary {
            actors,
            by_id,
            titles,
            matcher,
            head_titles,
            holder_index,
            names,
            ner_lists: crate::ner_lists::NerLists::embedded(),
        })
    }

    /// The same dictionary with the rules recogniser reading `lists` instead
    /// of the embedded data/ner/lists.txt (`--ner-lists FILE`).
    pub fn with_ner_lists(mut self, lists: crate::ner_lists::NerLists) -> Dictionary {
        self.ner_lists = std::sync::Arc::new(lists);
        self
    }

    /// Record by id (`RUS`, `putin_vladimir`, `agent:MIL`, `title:president`).
    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&i| &self.actors[i])
    }

    /// Number of aliases (all matchable phrases, including generated plurals).
    pub fn alias_count(&self) -> usize {
        self.matcher.alias_count()
    }

    /// Number of dated roles.
    pub fn role_count(&self) -> usize {
        self.actors.iter().map(|a| a.roles.len()).sum()
    }

    /// Counts of records by kind.
    pub fn kind_counts(&self) -> Vec<(Kind, usize)> {
        let mut m: Vec<(Kind, usize)> = Vec::new();
        for a in &self.actors {
            let k = a.kind.unwrap_or(Kind::Agent);
            match m.iter_mut().find(|x| x.0 == k) {
                Some(x) => x.1 += 1,
                None => m.push((k, 1)),
            }
        }
        m
    }

    /// Holders of `title` in `country` on `date` (or, undated, the most recent holders first).
    pub fn holders(&self, country: &str, title: &str, date: Option<Date>) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize, u32)> = Vec::new();
        // the persons' roles with this country and title, in record and role
        // order (an index look-up instead of a scan of every record)
        let roles = self
            .holder_index
            .get(country)
            .and_then(|m| m.get(title))
            .map_or(&[][..], |v| v.as_slice());
        for &(i, ri) in roles {
            let r = &self.actors[i].roles[ri];
            match date {
                Some(d) if r.active(d) => out.push((i, ri, 0)),
                Some(_) => {}
                None => out.push((
                    i,
                    ri,
                    u32::MAX - r.to.unwrap_or(u32::MAX - 1).min(u32::MAX - 1),
                )),
            }
        }
        // undated: open roles first, then latest end
        out.sort_by_key(|x| x.2);
        if date.is_none() {
            out.sort_by_key(|x| {
                (
                    x.2,
                    u32::MAX - self.actors[x.0].roles[x.1].from.unwrap_or(0),
                )
            });
        }
        out.into_iter().map(|(i, r, _)| (i, r)).collect()
    }

    /// The title leading `country` on `date`.
    pub fn leader_title(&self, country: &str, date: Option<Date>) -> Option<&str> {
        let a = self.get(country)?;
        let d = date.unwrap_or(99991231);
        a.leaders
            .iter()
            .find(|l| l.from.is_none_or(|f| f <= d) && l.to.is_none_or(|t| d < t))
            .map(|l| l.title.as_str())
    }
}

/// Folded lookup key of a phrase.
pub fn key(s: &str) -> String {
    norm::pattern(s)
        .into_iter()
        .map(|(p, _)| p)
        .collect::<Vec<_>>()
        .join(" ")
}

fn aliases(actors: &[Actor]) -> Vec<(String, Alias)> {
    let mut out = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        let i = i as u32;
        let kind = a.kind.unwrap_or(Kind::Agent);
        let plural_ok = matches!(kind, Kind::Agent | Kind::Title) && a.form != Form::People;
        for n in &a.names {
            let plural = a.form == Form::People && matches!(kind, Kind::Agent | Kind::Title);
            out.push((
                n.clone(),
                Alias {
                    actor: i,
                    kind: AliasKind::Name,
                    plural,
                    sector: None,
                },
            ));
            if plural_ok
                && n.chars().last().is_some_and(|c| c.is_alphabetic())
                && !n.chars().all(|c| !c.is_lowercase())
            {
                out.push((
                    norm::plural(n),
                    Alias {
                        actor: i,
                        kind: AliasKind::Name,
                        plural: true,
                        sector: None,
                    },
                ));
            }
        }
        for n in &a.short {
            out.push((
                n.clone(),
                Alias {
                    actor: i,
                    kind: AliasKind::Short,
                    plural: false,
                    sector: None,
                },
            ));
        }
        for n in &a.adj {
            out.push((
                n.clone(),
                Alias {
                    actor: i,
                    kind: AliasKind::Adj,
                    plural: false,
                    sector: None,
                },
            ));
        }
        for n in &a.people {
            out.push((
                n.clone(),
                Alias {
                    actor: i,
                    kind: AliasKind::People,
                    plural: true,
                    sector: None,
                },
            ));
        }
        for (s, n) in &a.seats {
            out.push((
                n.clone(),
                Alias {
                    actor: i,
                    kind: AliasKind::Seat,
                    plural: false,
                    sector: Some(s.clone()),
                },
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_descriptions_are_the_formatted_ones() {
        // what `describe` formatted before it pushed the pieces itself
        let old = |r: &Role| {
            let f = r.from.map(fmt_date).unwrap_or_default();
            let t = r.to.map(fmt_date).unwrap_or_default();
            let mut s = format!("{} {} {f}→{t}", r.country, r.sector);
            if let Some(l) = &r.label {
                s.push_str(&format!(" ({l})"));
            }
            s
        };
        let role = |from, to, label: Option<&str>| Role {
            country: "RUS".into(),
            sector: "GOV".into(),
            from,
            to,
            title: None,
            label: label.map(String::from),
            line: 1,
        };
        let cases = [
            role(Some(20120507), None, Some("president")),
            role(None, Some(20000101), None),
            role(None, None, Some("Prime Minister (acting)")),
            role(Some(9_991_231), Some(120_000_101), None),
            role(Some(5), Some(99_990_909), Some("é")),
        ];
        for r in &cases {
            assert_eq!(r.describe(), old(r));
            let mut s = String::from("x; ");
            r.describe_into(&mut s);
            assert_eq!(s, format!("x; {}", old(r)));
        }
        assert_eq!(cases[0].describe(), "RUS GOV 2012-05-07→ (president)");
        assert_eq!(cases[3].describe(), "RUS GOV 0999-12-31→12000-01-01");
    }

    #[test]
    fn holders_from_the_index_are_the_scan_of_every_record() {
        let d = Dictionary::embedded().unwrap_or_else(|e| panic!("{e}"));
        // what `holders` scanned before the index: every person's roles, in order
        let scan = |country: &str, title: &str, date: Option<Date>| {
            let mut out: Vec<(usize, usize, u32)> = Vec::new();
            for (i, a) in d.actors.iter().enumerate() {
                if a.kind != Some(Kind::Person) {
                    continue;
                }
                for (ri, r) in a.roles.iter().enumerate() {
                    if r.country != country || r.title.as_deref() != Some(title) {
                        continue;
                    }
                    match date {
                        Some(x) if r.active(x) => out.push((i, ri, 0)),
                        Some(_) => {}
                        None => out.push((
                            i,
                            ri,
                            u32::MAX - r.to.unwrap_or(u32::MAX - 1).min(u32::MAX - 1),
                        )),
                    }
                }
            }
            out.sort_by_key(|x| x.2);
            if date.is_none() {
                out.sort_by_key(|x| (x.2, u32::MAX - d.actors[x.0].roles[x.1].from.unwrap_or(0)));
            }
            out.into_iter().map(|(i, r, _)| (i, r)).collect::<Vec<_>>()
        };
        let mut pairs: Vec<(String, String)> = d
            .actors
            .iter()
            .flat_map(|a| a.roles.iter())
            .filter_map(|r| Some((r.country.clone(), r.title.clone()?)))
            .collect();
        pairs.sort();
        pairs.dedup();
        assert!(pairs.len() > 20, "{} titled roles", pairs.len());
        pairs.push(("XXX".into(), "president".into()));
        pairs.push((pairs[0].0.clone(), "no_such_title".into()));
        let mut some = 0;
        for (c, t) in &pairs {
            for date in [None, Some(20010101), Some(20220301), Some(20250101)] {
                let got = d.holders(c, t, date);
                assert_eq!(got, scan(c, t, date), "{c} {t} {date:?}");
                some += usize::from(!got.is_empty());
            }
        }
        assert!(some > 20, "the index finds holders ({some})");
    }

    const OK: &str = "# test dictionary\n\
country RUS: Russia | Russian Federation\n  adj Russian\n  people Russians\n  seat Moscow | the Kremlin\n  leader president\n\
title president: president\n\
person putin_vladimir: Vladimir Putin | Putin\n  qid Q7747\n  gender m\n  role RUS GOV 2012-05-07→ (president)\n";

    #[test]
    fn parses_records() {
        let d = Dictionary::parse(&[("t.actors", OK)]).unwrap();
        let p = d.get("putin_vladimir").unwrap();
        assert_eq!(p.qid.as_deref(), Some("Q7747"));
        assert_eq!(p.roles[0].title.as_deref(), Some("president"));
        assert_eq!(p.roles[0].from, Some(20120507));
        assert_eq!(d.leader_title("RUS", None), Some("president"));
        assert_eq!(d.role_count(), 1);
    }

    fn bad(text: &str) -> DictError {
        Dictionary::parse(&[("bad.actors", text)]).unwrap_err()
    }

    #[test]
    fn bad_files_give_file_line_errors() {
        let e = bad("country RUS: Russia\n  role RUS GOV 2012-13-07→ (president)\n");
        assert_eq!((e.file.as_str(), e.line), ("bad.actors", 2));
        assert!(e.to_string().starts_with("bad.actors:2: bad date"), "{e}");
        let e = bad("\n\nplanet X: Mars\n");
        assert_eq!(e.line, 3);
        assert!(e.reason.contains("unknown record kind"));
        let e = bad("person x: X\n  role ZZZ GOV 2000-01-01→\n");
        assert_eq!(e.line, 2);
        assert!(e.reason.contains("unknown country"), "{e}");
        let e = bad("country RUS: Russia\n  colour red\n");
        assert_eq!(e.to_string(), "bad.actors:2: unknown attribute \"colour\"");
        let e = bad("  qid Q1\n");
        assert_eq!(e.line, 1);
        let e = bad("country RUS: Russia\n  sector XYZ\n");
        assert!(e.reason.contains("sector"));
        let e = bad("country RUS: Russia\nperson p: P\n  role RUS GOV 2010-01-01→2009-01-01 (x)\n");
        assert_eq!(e.line, 3);
        assert!(e.reason.contains("ends before"));
        let e = bad("country RUS Russia\n");
        assert!(e.reason.contains("header"));
        let e = bad("country RUS: Russia\ncountry RUS: Rossiya\n");
        assert_eq!(e.line, 2);
        assert!(e.reason.contains("duplicate"));
    }

    #[test]
    fn embedded_dictionary_loads() {
        let d = Dictionary::embedded().unwrap_or_else(|e| panic!("{e}"));
        assert!(d.get("RUS").is_some());
        assert!(d.get("putin_vladimir").is_some());
        assert!(d.alias_count() > 1000);
    }
}
