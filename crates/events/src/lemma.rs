//! Lemma guesses for when the tagger's lemma is missing or unhelpful: a few
//! suffix rules and irregular English verb forms. The coder keeps the guess that
//! a pattern or lemma class knows, so no dictionary is needed.

const IRREGULAR: &[(&str, &str)] = &[
    ("struck", "strike"),
    ("stricken", "strike"),
    ("gave", "give"),
    ("given", "give"),
    ("took", "take"),
    ("taken", "take"),
    ("sent", "send"),
    ("held", "hold"),
    ("met", "meet"),
    ("fought", "fight"),
    ("shot", "shoot"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("brought", "bring"),
    ("sought", "seek"),
    ("told", "tell"),
    ("said", "say"),
    ("led", "lead"),
    ("left", "leave"),
    ("began", "begin"),
    ("begun", "begin"),
    ("won", "win"),
    ("lost", "lose"),
    ("stood", "stand"),
    ("caught", "catch"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("beaten", "beat"),
    ("broke", "break"),
    ("broken", "break"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("fled", "flee"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("went", "go"),
    ("gone", "go"),
    ("laid", "lay"),
    ("paid", "pay"),
    ("sold", "sell"),
    ("slew", "slay"),
    ("slain", "slay"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("undertook", "undertake"),
    ("undertaken", "undertake"),
    ("overtook", "overtake"),
    ("wrote", "write"),
    ("written", "write"),
    ("built", "build"),
    ("dealt", "deal"),
    ("fed", "feed"),
    ("found", "find"),
    ("had", "have"),
    ("heard", "hear"),
    ("kept", "keep"),
    ("lent", "lend"),
    ("made", "make"),
    ("meant", "mean"),
    ("spent", "spend"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("taught", "teach"),
    ("thought", "think"),
    ("bound", "bind"),
    ("overthrew", "overthrow"),
    ("overthrown", "overthrow"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("forbade", "forbid"),
    ("forbidden", "forbid"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("rode", "ride"),
    ("ran", "run"),
    ("came", "come"),
    ("became", "become"),
    ("saw", "see"),
    ("seen", "see"),
    ("knew", "know"),
    ("known", "know"),
    ("got", "get"),
    ("gotten", "get"),
    ("did", "do"),
    ("done", "do"),
    ("was", "be"),
    ("were", "be"),
    ("been", "be"),
    ("is", "be"),
    ("are", "be"),
    ("am", "be"),
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("people", "people"),
    ("police", "police"),
];

/// The lemma of an irregular form: the first entry of [`IRREGULAR`] for it,
/// from a map built once (a linear scan of the table per token was a hot spot).
fn irregular(w: &str) -> Option<&'static str> {
    static MAP: std::sync::OnceLock<chronicle_doc::fxhash::FxHashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = chronicle_doc::fxhash::FxHashMap::default();
        for &(f, l) in IRREGULAR.iter().rev() {
            m.insert(f, l); // in reverse, so the first entry for a form wins
        }
        m
    })
    .get(w)
    .copied()
}

/// Suffixes replaced to guess a lemma ("carries" → "carry"), tried first, in this order.
const SUFFIX_SWAPS: &[(&str, &str)] = &[
    ("ies", "y"),
    ("ied", "y"),
    ("ses", "s"),
    ("xes", "x"),
    ("ches", "ch"),
    ("shes", "sh"),
];

/// Suffixes stripped to guess a lemma, in this order; after "ing"/"ed" the stem
/// with "e" and without a doubled last consonant are guesses too.
const SUFFIX_STRIPS: &[&str] = &["ing", "ed", "es", "s", "d"];

/// Candidate lemmas for a word form (lowercased), most likely first; includes the form itself.
pub fn guesses(form: &str) -> Vec<String> {
    let w = form.to_lowercase();
    let mut out = vec![w.clone()];
    if let Some(l) = irregular(&w) {
        out.insert(0, l.to_string());
        return out;
    }
    let mut add = |s: String| {
        if s.len() >= 2 && !out.contains(&s) {
            out.push(s);
        }
    };
    for &(suf, rep) in SUFFIX_SWAPS {
        if let Some(stem) = w.strip_suffix(suf) {
            add(format!("{stem}{rep}"));
        }
    }
    for &suf in SUFFIX_STRIPS {
        if let Some(stem) = w.strip_suffix(suf) {
            add(stem.to_string());
            if suf == "ing" || suf == "ed" {
                add(format!("{stem}e"));
                let b = stem.as_bytes();
                if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
                    add(stem[..stem.len() - 1].to_string());
                }
            }
        }
    }
    out
}

/// The first of [`guesses`] (the lemma of an irregular form, else the form
/// lowercased) without building the list: borrowed from `form` when it is
/// lowercase ASCII, from the table when irregular.
pub fn first_guess(form: &str) -> std::borrow::Cow<'_, str> {
    let w: std::borrow::Cow<'_, str> =
        if form.is_ascii() && !form.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Borrowed(form)
        } else {
            std::borrow::Cow::Owned(form.to_lowercase())
        };
    match irregular(&w) {
        Some(l) => std::borrow::Cow::Borrowed(l),
        None => w,
    }
}

/// Offers `f` the guesses of [`guesses`] in the same order (a suffix guess may
/// come twice; `guesses` lists it once) and returns `f`'s first `Some`, without
/// building the list: one reused buffer instead of a `String` per guess, for the
/// coder's look-up of a trigger pattern, which stops at the first guess with one.
pub fn find_guess<T>(form: &str, mut f: impl FnMut(&str) -> Option<T>) -> Option<T> {
    // the lowercase form: borrowed when it is the form, on the stack when the
    // form is short ASCII (names: this runs for every noun without a pattern)
    let mut stack = [0u8; 64];
    let owned: String;
    let w: &str = if form.is_ascii() && !form.bytes().any(|b| b.is_ascii_uppercase()) {
        form
    } else if form.is_ascii() && form.len() <= stack.len() {
        for (d, b) in stack.iter_mut().zip(form.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        std::str::from_utf8(&stack[..form.len()]).expect("ASCII is UTF-8")
    } else {
        owned = form.to_lowercase();
        &owned
    };
    if let Some(l) = irregular(w) {
        return f(l).or_else(|| f(w));
    }
    if let Some(r) = f(w) {
        return Some(r);
    }
    // a guess of one part is offered as it is; two parts are joined on the
    // stack (or, longer than the form can be here, in a String)
    let mut joined = [0u8; 72];
    let mut try_one = |parts: &[&str]| match parts {
        [one] => (one.len() >= 2).then(|| f(one)).flatten(),
        _ => {
            let len: usize = parts.iter().map(|p| p.len()).sum();
            if len < 2 {
                return None;
            }
            if len > joined.len() {
                return f(&parts.concat());
            }
            let mut at = 0;
            for p in parts {
                joined[at..at + p.len()].copy_from_slice(p.as_bytes());
                at += p.len();
            }
            // whole strs one after the other: UTF-8
            f(std::str::from_utf8(&joined[..len]).expect("joined strs are UTF-8"))
        }
    };
    for &(suf, rep) in SUFFIX_SWAPS {
        if let Some(stem) = w.strip_suffix(suf)
            && let Some(r) = try_one(&[stem, rep])
        {
            return Some(r);
        }
    }
    for &suf in SUFFIX_STRIPS {
        if let Some(stem) = w.strip_suffix(suf) {
            if let Some(r) = try_one(&[stem]) {
                return Some(r);
            }
            if suf == "ing" || suf == "ed" {
                if let Some(r) = try_one(&[stem, "e"]) {
                    return Some(r);
                }
                let b = stem.as_bytes();
                if b.len() >= 3
                    && b[b.len() - 1] == b[b.len() - 2]
                    && let Some(r) = try_one(&[&stem[..stem.len() - 1]])
                {
                    return Some(r);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{find_guess, guesses};

    #[test]
    fn find_guess_offers_the_guesses_in_order() {
        for w in [
            "struck",
            "People",
            "shelled",
            "stopped",
            "imposed",
            "Sanctions",
            "carries",
            "accusing",
            "NATO",
            "boxes",
            "watches",
            "ties",
            "is",
            "a",
            "ed",
            "seeds",
            "Kyiv",
            "Zürich",
            "pressed",
            "buses",
            "fed",
            "d",
        ] {
            let mut seen: Vec<String> = Vec::new();
            let none: Option<()> = find_guess(w, |g| {
                seen.push(g.to_string());
                None
            });
            assert_eq!(none, None);
            let mut dedup: Vec<String> = Vec::new();
            for g in seen {
                if !dedup.contains(&g) {
                    dedup.push(g);
                }
            }
            let mut want: Vec<String> = Vec::new();
            for g in guesses(w) {
                if !want.contains(&g) {
                    want.push(g);
                }
            }
            assert_eq!(dedup, want, "{w}");
            // it stops at the first Some
            let first = find_guess(w, |g| g.ends_with('e').then(|| g.to_string()));
            assert_eq!(
                first,
                want.iter().find(|g| g.ends_with('e')).cloned(),
                "{w}"
            );
        }
    }

    #[test]
    fn first_guess_is_the_first_of_the_guesses() {
        for w in [
            "struck", "People", "shelled", "NATO", "was", "Were", "is", "a", "", "Zürich", "MEN",
            "carries", "_",
        ] {
            assert_eq!(super::first_guess(w), guesses(w)[0], "{w}");
        }
    }

    #[test]
    fn guesses_cover_regular_and_irregular_forms() {
        assert_eq!(guesses("struck")[0], "strike");
        assert!(guesses("shelled").contains(&"shell".to_string()));
        assert!(guesses("stopped").contains(&"stop".to_string()));
        assert!(guesses("imposed").contains(&"impose".to_string()));
        assert!(guesses("sanctions").contains(&"sanction".to_string()));
        assert!(guesses("carries").contains(&"carry".to_string()));
        assert!(guesses("accusing").contains(&"accuse".to_string()));
        assert_eq!(guesses("NATO"), ["nato"]);
    }

    #[test]
    fn irregular_map_is_the_table() {
        for &(f, _) in super::IRREGULAR {
            let first = super::IRREGULAR.iter().find(|(g, _)| *g == f).map(|x| x.1);
            assert_eq!(super::irregular(f), first, "{f}");
        }
        assert_eq!(super::irregular("walked"), None);
    }
}
