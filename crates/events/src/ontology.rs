//! The PLOVER ontology as data: types, modes, contexts, auxiliary modes,
//! intensities and the CAMEO root crosswalk (see `data/plover/ontology.txt`).

use crate::LoadError;
use std::collections::HashMap;

/// The ontology file shipped with Chronicle.
pub const EMBEDDED_ONTOLOGY: &str = include_str!("../../../data/plover/ontology.txt");

/// Quad category of a PLOVER type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quad {
    /// Verbal cooperation.
    VerbalCoop,
    /// Material cooperation.
    MaterialCoop,
    /// Verbal conflict.
    VerbalConflict,
    /// Material conflict.
    MaterialConflict,
}

/// A mode of a type.
#[derive(Clone, Debug, PartialEq)]
pub struct ModeDef {
    /// Mode name (`troops`, `change`, …).
    pub name: String,
    /// Intensity on the PLOVER −10…+10 scale.
    pub intensity: f32,
    /// CAMEO root override for this mode, if any.
    pub cameo: Option<String>,
    /// Gloss.
    pub gloss: String,
}

/// A PLOVER event type.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeDef {
    /// Type name (`REQUEST`, …).
    pub name: String,
    /// Quad category.
    pub quad: Quad,
    /// Intensity on the PLOVER −10…+10 scale.
    pub intensity: f32,
    /// Default CAMEO two-digit root.
    pub cameo: String,
    /// Whether the manual requires a recipient.
    pub requires_recipient: bool,
    /// Modes.
    pub modes: Vec<ModeDef>,
    /// Gloss.
    pub gloss: String,
}

/// The ontology: types, contexts, auxiliary modes and the CAMEO crosswalk.
#[derive(Clone, Debug, PartialEq)]
pub struct Ontology {
    /// Event types, in file order.
    pub types: Vec<TypeDef>,
    /// Context names.
    pub contexts: Vec<String>,
    /// Auxiliary mode names.
    pub aux: Vec<String>,
    /// CAMEO root → PLOVER types it corresponds to (empty for roots with no PLOVER event).
    pub cameo_roots: Vec<(String, Vec<String>)>,
    index: HashMap<String, usize>,
}

impl Ontology {
    /// The embedded ontology (panics only if the shipped file is broken, which a test guards).
    pub fn embedded() -> Ontology {
        Ontology::parse("ontology.txt", EMBEDDED_ONTOLOGY).expect("embedded ontology is valid")
    }

    /// Parses an ontology file; `file` names it in errors.
    pub fn parse(file: &str, src: &str) -> Result<Ontology, LoadError> {
        let mut o = Ontology {
            types: Vec::new(),
            contexts: Vec::new(),
            aux: Vec::new(),
            cameo_roots: Vec::new(),
            index: HashMap::new(),
        };
        for (n, raw) in src.lines().enumerate() {
            let line = n + 1;
            let err = |reason: String| LoadError {
                file: file.to_string(),
                line,
                reason,
            };
            let body = raw.split('#').next().unwrap_or("");
            let (body, gloss) = match body.split_once("--") {
                Some((b, g)) => (b, g.trim().to_string()),
                None => (body, String::new()),
            };
            let f: Vec<&str> = body.split_whitespace().collect();
            if f.is_empty() {
                continue;
            }
            let num = |s: &str| {
                s.parse::<f32>()
                    .map_err(|_| err(format!("not a number: {s:?}")))
            };
            match f[0] {
                "type" => {
                    if f.len() != 6 {
                        return Err(err("type needs: NAME QUAD INTENSITY CAMEO RECIPIENT".into()));
                    }
                    let quad = match f[2] {
                        "vcoop" => Quad::VerbalCoop,
                        "mcoop" => Quad::MaterialCoop,
                        "vconf" => Quad::VerbalConflict,
                        "mconf" => Quad::MaterialConflict,
                        q => return Err(err(format!("unknown quad {q:?}"))),
                    };
                    let requires_recipient = match f[5] {
                        "required" => true,
                        "optional" => false,
                        r => {
                            return Err(err(format!(
                                "recipient must be required|optional, not {r:?}"
                            )));
                        }
                    };
                    if o.index.contains_key(f[1]) {
                        return Err(err(format!("duplicate type {}", f[1])));
                    }
                    o.index.insert(f[1].to_string(), o.types.len());
                    o.types.push(TypeDef {
                        name: f[1].to_string(),
                        quad,
                        intensity: num(f[3])?,
                        cameo: cameo_root(f[4]).map_err(&err)?,
                        requires_recipient,
                        modes: Vec::new(),
                        gloss,
                    });
                }
                "mode" => {
                    if f.len() != 5 {
                        return Err(err("mode needs: TYPE NAME INTENSITY CAMEO".into()));
                    }
                    let Some(&t) = o.index.get(f[1]) else {
                        return Err(err(format!("mode for unknown type {}", f[1])));
                    };
                    let cameo = if f[4] == "-" {
                        None
                    } else {
                        Some(cameo_root(f[4]).map_err(&err)?)
                    };
                    let intensity = num(f[3])?;
                    if o.types[t].modes.iter().any(|m| m.name == f[2]) {
                        return Err(err(format!("duplicate mode {} {}", f[1], f[2])));
                    }
                    o.types[t].modes.push(ModeDef {
                        name: f[2].to_string(),
                        intensity,
                        cameo,
                        gloss,
                    });
                }
                "context" | "aux" => {
                    if f.len() != 2 {
                        return Err(err(format!("{} needs exactly one name", f[0])));
                    }
                    let v = if f[0] == "context" {
                        &mut o.contexts
                    } else {
                        &mut o.aux
                    };
                    v.push(f[1].to_string());
                }
                "cameo" => {
                    if f.len() != 3 {
                        return Err(err("cameo needs: ROOT TYPES".into()));
                    }
                    let root = cameo_root(f[1]).map_err(&err)?;
                    let types: Vec<String> = if f[2] == "-" {
                        Vec::new()
                    } else {
                        f[2].split(',').map(str::to_string).collect()
                    };
                    for t in &types {
                        if !o.index.contains_key(t) {
                            return Err(err(format!("cameo root {root} maps to unknown type {t}")));
                        }
                    }
                    o.cameo_roots.push((root, types));
                }
                k => {
                    return Err(err(format!(
                        "unknown record kind {k:?} (type|mode|context|aux|cameo)"
                    )));
                }
            }
        }
        if o.types.is_empty() {
            return Err(LoadError {
                file: file.into(),
                line: 0,
                reason: "no types defined".into(),
            });
        }
        Ok(o)
    }

    /// The type definition for a name.
    pub fn get(&self, name: &str) -> Option<&TypeDef> {
        self.index.get(name).map(|&i| &self.types[i])
    }

    /// True when `mode` is a mode of `ty`.
    pub fn has_mode(&self, ty: &str, mode: &str) -> bool {
        self.get(ty)
            .is_some_and(|t| t.modes.iter().any(|m| m.name == mode))
    }

    /// True when `ctx` is a known context.
    pub fn has_context(&self, ctx: &str) -> bool {
        self.contexts.iter().any(|c| c == ctx)
    }

    /// Intensity of a type (and mode, when it has its own score).
    pub fn intensity(&self, ty: &str, mode: Option<&str>) -> f32 {
        let Some(t) = self.get(ty) else { return 0.0 };
        mode.and_then(|m| t.modes.iter().find(|x| x.name == m))
            .map_or(t.intensity, |m| m.intensity)
    }

    /// CAMEO two-digit root for a type/mode (mode override first, then type default).
    pub fn cameo(&self, ty: &str, mode: Option<&str>) -> Option<&str> {
        let t = self.get(ty)?;
        let m = mode
            .and_then(|m| t.modes.iter().find(|x| x.name == m))
            .and_then(|m| m.cameo.as_deref());
        Some(m.unwrap_or(&t.cameo))
    }

    /// PLOVER types a CAMEO code falls into, from its two-digit root (`"1123"` → `["ACCUSE"]`).
    pub fn types_for_cameo(&self, code: &str) -> &[String] {
        let root = code.get(..2).unwrap_or("");
        self.cameo_roots
            .iter()
            .find(|(r, _)| r == root)
            .map_or(&[], |(_, t)| t.as_slice())
    }
}

fn cameo_root(s: &str) -> Result<String, String> {
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) && ("01"..="20").contains(&s) {
        Ok(s.to_string())
    } else {
        Err(format!("CAMEO root must be two digits 01..20, not {s:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_has_sixteen_types_with_modes() {
        let o = Ontology::embedded();
        assert_eq!(o.types.len(), 16);
        assert!(o.has_mode("MOBILIZE", "troops"));
        assert!(o.has_mode("REQUEST", "change"));
        assert!(!o.has_mode("AGREE", "troops"));
        assert_eq!(o.aux, vec!["negated", "hypothetical", "future"]);
        assert!(o.has_context("diplomatic"));
    }

    #[test]
    fn crosswalk_both_ways() {
        let o = Ontology::embedded();
        assert_eq!(o.cameo("REQUEST", Some("change")), Some("10"));
        assert_eq!(o.cameo("ACCUSE", Some("investigate")), Some("09"));
        assert_eq!(o.cameo("ACCUSE", Some("allege")), Some("11"));
        assert_eq!(o.cameo("ASSAULT", Some("heavy-weapons")), Some("19"));
        assert_eq!(o.cameo("ASSAULT", None), Some("18"));
        assert_eq!(o.cameo("RETREAT", Some("withdraw")), Some("08"));
        assert_eq!(o.types_for_cameo("1123"), ["ACCUSE"]);
        assert_eq!(o.types_for_cameo("0874"), ["CONCEDE", "RETREAT"]);
        assert!(o.types_for_cameo("010").is_empty());
        // Every type's default root maps back to a root that lists it.
        for t in &o.types {
            assert!(
                o.types_for_cameo(&t.cameo).contains(&t.name),
                "{} -> {}",
                t.name,
                t.cameo
            );
        }
    }

    #[test]
    fn intensities_follow_the_manual_scale() {
        let o = Ontology::embedded();
        assert_eq!(o.intensity("ASSAULT", Some("unconventional")), -10.0);
        assert_eq!(o.intensity("AID", None), 10.0);
        assert_eq!(o.intensity("CONSULT", Some("visit")), 4.0);
        assert_eq!(o.intensity("CONSULT", Some("nonexistent")), 2.5);
        assert!(
            o.types
                .iter()
                .all(|t| (-10.0..=10.0).contains(&t.intensity))
        );
    }

    #[test]
    fn bad_ontology_lines_report_file_and_line() {
        let e = Ontology::parse("o.txt", "type A vcoop 1 03 optional\nmode B x 1 -\n").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("o.txt", 2));
        assert!(e.reason.contains("unknown type B"), "{e}");
        let e = Ontology::parse("o.txt", "type A vcoop 1 33 optional\n").unwrap_err();
        assert!(e.reason.contains("CAMEO root"), "{e}");
    }
}
