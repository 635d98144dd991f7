//! Converts PETRARCH / TABARI / Phoenix `.actors` and agents dictionaries into
//! Chronicle's dictionary format (docs/actors.md), so users keep their
//! dictionary work. Tolerates 6-, 7- and 8-digit dates; every malformed line
//! is reported with its file and line number and skipped.
//!
//! Input shapes handled:
//! - actors: `NAME_ [CODE]`, `NAME_ [CODE 990101-051231] [CODE >20070101]`,
//!   `+SYNONYM_` lines, indented `[CODE <910825]` lines, `# comments`;
//! - agents: `NOUN_PHRASE [~SEC]` / `[SEC~]`, and `!SET! = A, B` substitution sets.

use crate::dict::{Date, SECTORS, fmt_date};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write;

/// A line the importer could not use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Malformed {
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// Why.
    pub reason: String,
}

impl std::fmt::Display for Malformed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

/// Result of an import.
#[derive(Clone, Debug, Default)]
pub struct Import {
    /// The converted dictionary text.
    pub text: String,
    /// Person records written.
    pub persons: usize,
    /// Group records written.
    pub groups: usize,
    /// Agent phrases written.
    pub agents: usize,
    /// Names and aliases written (persons and groups).
    pub aliases: usize,
    /// Dated or undated roles written.
    pub roles: usize,
    /// Dates that had 7 digits (read as `YYYYMMD` or `YYYYMDD`).
    pub seven_digit_dates: usize,
    /// Country codes met that Chronicle does not know (stub records were written).
    pub unknown_codes: Vec<String>,
    /// Malformed lines.
    pub malformed: Vec<Malformed>,
}

#[derive(Default)]
struct Entry {
    name: String,
    synonyms: Vec<String>,
    codes: Vec<Code>,
    file: String,
    line: usize,
}

struct Code {
    raw: String,
    country: Option<String>,
    sector: Option<String>,
    from: Option<Date>,
    to: Option<Date>,
}

/// Maps CAMEO sector codes to Chronicle's sector list.
fn map_sector(s: &str) -> Option<&'static str> {
    let s = match s {
        "HLH" => "HLT",
        "INS" | "SEP" | "RAD" => "REB",
        "MOD" => "OPP",
        "BUD" | "CHR" | "CTH" | "HIN" | "JEW" | "MOS" | "ITH" | "JAN" | "SHI" | "SUN" | "ALE"
        | "DRZ" | "ORT" | "PRO" | "SIK" | "TAO" | "ZRO" | "CON" | "MAM" | "UDM" => "REL",
        "REF" => "REF",
        "PPL" => "CVL",
        "AMN" | "IRC" | "GRP" | "UNICEF" => "NGO",
        x => x,
    };
    SECTORS.iter().copied().find(|x| *x == s)
}

/// Parses a 6-, 7- or 8-digit date. Returns the date and whether it had 7 digits.
pub fn parse_petrarch_date(s: &str) -> Result<(Date, bool), String> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("date {s:?} is not numeric"));
    }
    let n = |a: &str| a.parse::<u32>().unwrap_or(0);
    let check = |y: u32, m: u32, d: u32| -> Result<Date, String> {
        if (1..=12).contains(&m) && (1..=days_in(y, m)).contains(&d) {
            Ok(y * 10000 + m * 100 + d)
        } else {
            Err(format!("date {s:?} has no valid month/day"))
        }
    };
    match s.len() {
        6 => {
            let yy = n(&s[0..2]);
            let y = if yy < 20 { 2000 + yy } else { 1900 + yy };
            check(y, n(&s[2..4]), n(&s[4..6])).map(|d| (d, false))
        }
        7 => {
            let y = n(&s[0..4]);
            if (1900..2100).contains(&y) {
                // YYYYMMD first (2004017 → 2004-01-07), then YYYYMDD (2004917 → 2004-09-17)
                check(y, n(&s[4..6]), n(&s[6..7]))
                    .or_else(|_| check(y, n(&s[4..5]), n(&s[5..7])))
                    .map(|d| (d, true))
            } else {
                // a YYMMDD date with one stray digit (9008223 → 900823): a doubled
                // keystroke first, then any digit from the end
                let b = s.as_bytes();
                let doubled = (1..7).filter(|&i| b[i] == b[i - 1]);
                doubled
                    .chain((0..7).rev())
                    .find_map(|i| {
                        let t = format!("{}{}", &s[..i], &s[i + 1..]);
                        parse_petrarch_date(&t).ok()
                    })
                    .map(|(d, _)| (d, true))
                    .ok_or_else(|| {
                        format!("date {s:?} has 7 digits and no reading as YYYYMMDD or YYMMDD")
                    })
            }
        }
        8 => check(n(&s[0..4]), n(&s[4..6]), n(&s[6..8])).map(|d| (d, false)),
        k => Err(format!("date {s:?} has {k} digits (expected 6, 7 or 8)")),
    }
}

fn days_in(y: u32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        _ => 28,
    }
}

fn next_day(d: Date) -> Date {
    let (y, m, dd) = (d / 10000, d / 100 % 100, d % 100);
    if dd < days_in(y, m) {
        d + 1
    } else if m < 12 {
        y * 10000 + (m + 1) * 100 + 1
    } else {
        (y + 1) * 10000 + 101
    }
}

/// `VLADIMIR_PUTIN_` → `Vladimir Putin`.
pub fn convert_name(raw: &str) -> String {
    const LOWER: &[&str] = &[
        "of", "the", "and", "for", "al", "el", "de", "bin", "ibn", "van", "von", "der", "la", "le",
        "du", "da", "di", "des", "in", "on", "to",
    ];
    let words: Vec<String> = raw
        .split(['_', ' '])
        .filter(|w| !w.is_empty())
        .enumerate()
        .map(|(i, w)| {
            let lw = w.to_lowercase();
            if i > 0 && LOWER.contains(&lw.as_str()) {
                return lw;
            }
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters <= 3
                && !LOWER.contains(&lw.as_str())
                && (w.contains('.') || !lw.chars().any(|c| "aeiouy".contains(c)) || letters <= 2)
            {
                return w.to_string(); // acronyms: UN, U.N., NGO
            }
            // capitalise each hyphen/apostrophe part
            let mut out = String::new();
            let mut up = true;
            for c in lw.chars() {
                if up && c.is_alphabetic() {
                    out.extend(c.to_uppercase());
                    up = false;
                } else {
                    out.push(c);
                }
                if c == '-' || c == '.' {
                    up = true;
                }
            }
            out
        })
        .collect();
    words.join(" ")
}

fn slug(name: &str) -> String {
    let s: String = crate::norm::fold(name)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let s = s
        .split('_')
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    if s.is_empty() { "x".into() } else { s }
}

fn parse_code(
    raw: &str,
    file: &str,
    line: usize,
    out: &mut Import,
) -> Result<Option<Code>, Malformed> {
    let bad = |reason: String| Malformed {
        file: file.into(),
        line,
        reason,
    };
    let mut it = raw.split_whitespace();
    let Some(code) = it.next() else {
        return Err(bad("empty [] code".into()));
    };
    let code = code.trim_start_matches('~').trim_end_matches('~');
    if code.chars().all(|c| c == '-') {
        return Ok(None);
    }
    if !code.chars().all(|c| c.is_ascii_alphanumeric()) || code.len() < 3 {
        return Err(bad(format!("bad code {code:?}")));
    }
    let date_spec: String = it.collect::<Vec<_>>().join("");
    let mut from = None;
    let mut to = None;
    let mut date = |s: &str| -> Result<Date, Malformed> {
        let (d, seven) = parse_petrarch_date(s).map_err(&bad)?;
        if seven {
            out.seven_digit_dates += 1;
        }
        Ok(d)
    };
    if let Some(d) = date_spec.strip_prefix('>') {
        from = Some(date(d)?);
    } else if let Some(d) = date_spec.strip_prefix('<') {
        to = Some(next_day(date(d)?));
    } else if let Some((a, b)) = date_spec.split_once('-') {
        let (f, t) = (date(a)?, date(b)?);
        if t < f {
            return Err(bad(format!("date range {date_spec} ends before it starts")));
        }
        from = Some(f);
        to = Some(next_day(t));
    } else if !date_spec.is_empty() {
        return Err(bad(format!("unreadable date restriction {date_spec:?}")));
    }
    let up = code.to_ascii_uppercase();
    let triples: Vec<&str> = (0..up.len() / 3).map(|i| &up[i * 3..i * 3 + 3]).collect();
    let (country, rest) =
        if triples[0] != "IGO" && map_sector(triples[0]).is_some() && triples.len() == 1 {
            (None, &triples[..])
        } else if triples[0] == "IGO" {
            let c = match triples.get(1).copied() {
                Some("UNO") => "UN",
                Some("NAT") => "NATO",
                Some("EUR") => "EU",
                Some("AFR") | Some("AFU") => "AU",
                Some("IMF") => "IMF",
                Some("WBK") => "WB",
                _ => "IGO",
            };
            (Some(c.to_string()), &triples[1..])
        } else {
            (Some(triples[0].to_string()), &triples[1..])
        };
    let mut sector = rest.iter().find_map(|t| map_sector(t)).map(str::to_string);
    if sector.is_none() && triples[0] == "IGO" {
        sector = Some("IGO".into());
    }
    Ok(Some(Code {
        raw: code.to_string(),
        country,
        sector,
        from,
        to,
    }))
}

/// Finds `[...]` groups in a line; returns (text before the first one, groups) or an error.
fn brackets(s: &str) -> Result<(String, Vec<String>), String> {
    let mut groups = Vec::new();
    let head_end = s.find('[').unwrap_or(s.len());
    let mut rest = &s[head_end..];
    while let Some(i) = rest.find('[') {
        let Some(j) = rest[i..].find(']') else {
            return Err("unclosed `[`".into());
        };
        groups.push(rest[i + 1..i + j].trim().to_string());
        rest = &rest[i + j + 1..];
    }
    if rest.contains(']') || s[..head_end].contains(']') {
        return Err("`]` without `[`".into());
    }
    Ok((s[..head_end].trim().to_string(), groups))
}

/// Imports PETRARCH/Phoenix files `(name, contents)`. `known_codes` are the
/// country/IGO codes the target dictionary defines; stub records are written
/// for the others so the output loads on its own next to the embedded files.
pub fn import(files: &[(&str, &str)], known_codes: &HashSet<String>) -> Import {
    let mut out = Import::default();
    let mut entries: Vec<Entry> = Vec::new();
    let mut agents: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (file, text) in files {
        let mut sets: HashMap<String, Vec<String>> = HashMap::new();
        let mut cur: Option<usize> = None;
        for (n, raw) in text.lines().enumerate() {
            let line_no = n + 1;
            let bad = |reason: String| Malformed {
                file: file.to_string(),
                line: line_no,
                reason,
            };
            let line = match raw.find('#') {
                Some(i) => &raw[..i],
                None => raw,
            };
            if line.trim().is_empty() {
                continue;
            }
            let trimmed = line.trim();
            // substitution set
            if trimmed.starts_with('!') && trimmed.contains('=') && !trimmed.contains('[') {
                let (k, v) = trimmed.split_once('=').unwrap();
                sets.insert(
                    k.trim().to_string(),
                    v.split(',')
                        .map(|x| x.trim().to_string())
                        .filter(|x| !x.is_empty())
                        .collect(),
                );
                continue;
            }
            let (head, groups) = match brackets(trimmed) {
                Ok(x) => x,
                Err(e) => {
                    out.malformed.push(bad(e));
                    continue;
                }
            };
            // agents
            if groups
                .iter()
                .any(|g| g.starts_with('~') || g.ends_with('~'))
            {
                if head.is_empty() {
                    out.malformed
                        .push(bad("agent line without a phrase".into()));
                    continue;
                }
                let g = groups[0].trim_matches('~');
                let sec = (0..g.len() / 3).find_map(|i| map_sector(&g[i * 3..i * 3 + 3]));
                let Some(sec) = sec else {
                    out.malformed.push(bad(format!(
                        "agent code {:?} has no known sector",
                        groups[0]
                    )));
                    continue;
                };
                for phrase in expand_sets(&head, &sets) {
                    let name = convert_name(&phrase).to_lowercase();
                    if !name.is_empty() {
                        agents.entry(sec.to_string()).or_default().push(name);
                    }
                }
                continue;
            }
            let indented = raw.starts_with([' ', '\t']);
            if let Some(syn) = trimmed.strip_prefix('+') {
                match cur {
                    Some(c) => {
                        let (h, gs) = (
                            syn.split('[').next().unwrap_or("").trim().to_string(),
                            groups,
                        );
                        if !h.is_empty() {
                            entries[c].synonyms.push(h);
                        }
                        for g in gs {
                            match parse_code(&g, file, line_no, &mut out) {
                                Ok(Some(code)) => entries[c].codes.push(code),
                                Ok(None) => {}
                                Err(m) => out.malformed.push(m),
                            }
                        }
                    }
                    None => out
                        .malformed
                        .push(bad("synonym `+` line before any actor".into())),
                }
                continue;
            }
            if (indented || trimmed.starts_with('[')) && head.is_empty() {
                let Some(c) = cur else {
                    out.malformed.push(bad("code line before any actor".into()));
                    continue;
                };
                for g in groups {
                    match parse_code(&g, file, line_no, &mut out) {
                        Ok(Some(code)) => entries[c].codes.push(code),
                        Ok(None) => {}
                        Err(m) => out.malformed.push(m),
                    }
                }
                continue;
            }
            if head.is_empty() {
                out.malformed
                    .push(bad("line has neither a name nor a code".into()));
                continue;
            }
            let mut e = Entry {
                name: head,
                file: file.to_string(),
                line: line_no,
                ..Entry::default()
            };
            for g in groups {
                match parse_code(&g, file, line_no, &mut out) {
                    Ok(Some(code)) => e.codes.push(code),
                    Ok(None) => {}
                    Err(m) => out.malformed.push(m),
                }
            }
            entries.push(e);
            cur = Some(entries.len() - 1);
        }
    }
    write_output(&mut out, entries, agents, known_codes);
    out
}

fn expand_sets(phrase: &str, sets: &HashMap<String, Vec<String>>) -> Vec<String> {
    let mut out = vec![phrase.to_string()];
    for (k, vals) in sets {
        if out.iter().any(|p| p.contains(k.as_str())) {
            out = out
                .iter()
                .flat_map(|p| {
                    if p.contains(k.as_str()) {
                        vals.iter().map(|v| p.replace(k.as_str(), v)).collect()
                    } else {
                        vec![p.clone()]
                    }
                })
                .collect();
        }
    }
    out
}

fn write_output(
    out: &mut Import,
    entries: Vec<Entry>,
    agents: BTreeMap<String, Vec<String>>,
    known: &HashSet<String>,
) {
    let mut body = String::new();
    let mut ids: HashSet<String> = HashSet::new();
    let mut unknown: BTreeMap<String, ()> = BTreeMap::new();
    for e in entries {
        if e.codes.is_empty() {
            out.malformed.push(Malformed {
                file: e.file.clone(),
                line: e.line,
                reason: format!("actor {:?} has no usable code", e.name),
            });
            continue;
        }
        let mut names: Vec<String> = Vec::new();
        for n in std::iter::once(&e.name).chain(&e.synonyms) {
            let c = convert_name(n);
            if !c.is_empty() && !names.contains(&c) && !c.contains('|') && !c.contains(':') {
                names.push(c);
            }
        }
        if names.is_empty() {
            continue;
        }
        let mut id = format!("phx_{}", slug(&names[0]));
        let base = id.clone();
        let mut k = 2;
        while !ids.insert(id.clone()) {
            id = format!("{base}_{k}");
            k += 1;
        }
        for c in e.codes.iter().filter_map(|c| c.country.as_ref()) {
            if !known.contains(c) && c != "IGO" && c != "INT" {
                unknown.insert(c.clone(), ());
            }
        }
        let dated = e.codes.iter().any(|c| c.from.is_some() || c.to.is_some());
        let first_country = e
            .codes
            .iter()
            .find_map(|c| c.country.clone())
            .or_else(|| Some("INT".to_string()));
        out.aliases += names.len();
        if dated {
            out.persons += 1;
            let _ = writeln!(body, "person {id}: {}", names.join(" | "));
            if let Some(c) = &first_country {
                let _ = writeln!(body, "  country {c}");
            }
            for c in &e.codes {
                let country = c.country.clone().or_else(|| first_country.clone());
                match (country, &c.sector) {
                    (Some(ct), Some(s)) => {
                        let f = c.from.map(fmt_date).unwrap_or_default();
                        let t = c.to.map(fmt_date).unwrap_or_default();
                        let _ = writeln!(body, "  role {ct} {s} {f}→{t} ({})", c.raw);
                        out.roles += 1;
                    }
                    _ => {
                        let _ = writeln!(body, "  # code {} has no sector Chronicle knows", c.raw);
                    }
                }
            }
        } else {
            out.groups += 1;
            let c0 = &e.codes[0];
            let _ = writeln!(body, "group {id}: {}", names.join(" | "));
            if let Some(c) = c0.country.clone().or(first_country) {
                let _ = writeln!(body, "  country {c}");
            }
            if let Some(s) = &c0.sector {
                let _ = writeln!(body, "  sector {s}");
            }
            let _ = writeln!(
                body,
                "  # PETRARCH code {}",
                e.codes
                    .iter()
                    .map(|c| c.raw.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            );
        }
    }
    let mut text = String::from(
        "# Converted from PETRARCH/Phoenix dictionaries by `chronicle dict import-petrarch`.\n# Format: docs/actors.md. Codes are CAMEO codes split into country + sector.\n\n",
    );
    if !unknown.is_empty() {
        text.push_str(
            "# Country codes Chronicle does not define (historical or CAMEO-specific):\n",
        );
        for c in unknown.keys() {
            if c.len() <= 8
                && c.chars()
                    .all(|x| x.is_ascii_uppercase() || x.is_ascii_digit())
            {
                let _ = writeln!(text, "country {c}: {c}");
            }
        }
        text.push('\n');
        out.unknown_codes = unknown.into_keys().collect();
    }
    for (sec, names) in agents {
        let mut seen = HashSet::new();
        let names: Vec<String> = names
            .into_iter()
            .filter(|n| seen.insert(n.clone()) && !n.contains('|') && !n.contains(':'))
            .collect();
        out.agents += names.len();
        for chunk in names.chunks(40) {
            let _ = writeln!(text, "agent {sec}: {}", chunk.join(" | "));
        }
    }
    text.push('\n');
    text.push_str(&body);
    out.text = text;
}

#[cfg(test)]
mod tests {
    use super::*;

    // Small files written for this test in the PETRARCH layout.
    const ACTORS: &str = "# test actors\n\
ZORBANIA_  [ZRB]\n\
+ZORBANIAN_\n\
JOHN_DOE_  [ZRBGOV 990101-051231] [ZRBOPP >20060101]\n\
+PRESIDENT_DOE_\n\
JANE_ROE_\n\
\t[ZRBMIL 2004017-20061201]\n\
\t[ZRBGOV <1301]\n\
BAD_DATES_ [ZRBGOV 991341-000101]\n\
UNCLOSED_ [ZRBGOV 990101\n\
+ORPHAN_\n\
RED_FRONT_ [ZRBREB] # rebels\n";

    const AGENTS: &str = "!PERSON! = MAN, MEN\n\
POLICE!PERSON! [~COP]\n\
FARMER [~AGR]\n\
ISLAMIC_EXTREMIST\n";

    fn known() -> HashSet<String> {
        ["ZRB".to_string()].into_iter().collect()
    }

    #[test]
    fn dates_of_6_7_8_digits() {
        assert_eq!(parse_petrarch_date("990101"), Ok((19990101, false)));
        assert_eq!(parse_petrarch_date("070723"), Ok((20070723, false)));
        assert_eq!(parse_petrarch_date("20070723"), Ok((20070723, false)));
        assert_eq!(parse_petrarch_date("2004017"), Ok((20040107, true)));
        assert_eq!(parse_petrarch_date("2004917"), Ok((20040917, true)));
        assert!(
            parse_petrarch_date("1301")
                .unwrap_err()
                .contains("4 digits")
        );
        assert!(parse_petrarch_date("991341").is_err());
        assert_eq!(parse_petrarch_date("9008223"), Ok((19900823, true)));
        assert!(parse_petrarch_date("9901x1").is_err());
    }

    #[test]
    fn imports_and_reports_malformed_lines() {
        let r = import(&[("t.actors", ACTORS), ("t.agents", AGENTS)], &known());
        let lines: Vec<(usize, &str)> = r
            .malformed
            .iter()
            .map(|m| (m.line, m.reason.as_str()))
            .collect();
        assert!(
            r.malformed
                .iter()
                .all(|m| m.file == "t.actors" || m.file == "t.agents")
        );
        assert!(
            lines.iter().any(|(l, r)| *l == 8 && r.contains("4 digits")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, r)| *l == 9 && r.contains("month/day")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|(l, r)| *l == 10 && r.contains("unclosed")),
            "{lines:?}"
        );
        assert!(
            r.malformed
                .iter()
                .any(|m| m.file == "t.agents" && m.line == 4),
            "{lines:?}"
        );
        assert_eq!(r.seven_digit_dates, 1);
        assert!(
            r.text
                .contains("person phx_john_doe: John Doe | President Doe"),
            "{}",
            r.text
        );
        assert!(
            r.text
                .contains("role ZRB GOV 1999-01-01→2006-01-01 (ZRBGOV)"),
            "{}",
            r.text
        );
        assert!(r.text.contains("role ZRB OPP 2006-01-01→ (ZRBOPP)"));
        assert!(r.text.contains("role ZRB MIL 2004-01-07→2006-12-02"));
        assert!(r.text.contains("group phx_red_front: Red Front"));
        assert!(
            r.text.contains("agent COP: policeman | policemen"),
            "{}",
            r.text
        );
        assert_eq!(r.agents, 3);
        // the output loads as a Chronicle dictionary next to a country file
        let countries = "country ZRB: Zorbania\n";
        let d = crate::Dictionary::parse(&[("c.actors", countries), ("out.actors", &r.text)])
            .unwrap_or_else(|e| panic!("{e}\n{}", r.text));
        assert!(d.get("phx_john_doe").is_some());
    }
}
