//! A small number parser for magnitudes: digits with separators
//! (`100,000`, `1.5`), scale words (`1.5 million`) and written numbers
//! (`twenty-five`, `two hundred thousand`, `a dozen`).

/// Parses a number phrase; `None` when any word is not part of a number.
pub fn parse_number(s: &str) -> Option<f64> {
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    let mut seen = false;
    let words = s
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.trim_matches(|c: char| c == '(' || c == ')' || c == '~')
                .to_lowercase()
        });
    for (k, w) in words.enumerate() {
        if let Some(v) = digits(&w) {
            current += v;
            seen = true;
            continue;
        }
        match w.as_str() {
            "and" if seen => continue,
            "a" | "an" if k == 0 => {
                current = 1.0;
                continue;
            }
            _ => {}
        }
        if let Some(v) = chronicle_doc::words::small_number(&w) {
            current += v;
        } else {
            let scale = match w.as_str() {
                "dozen" => 12.0,
                "hundred" => 100.0,
                "thousand" | "k" => 1e3,
                "million" | "mln" | "m" => 1e6,
                "billion" | "bn" => 1e9,
                _ => return None,
            };
            if current == 0.0 {
                current = 1.0;
            }
            if scale == 100.0 {
                current *= scale;
            } else {
                total += current * scale;
                current = 0.0;
            }
        }
        seen = true;
    }
    // (a number too large for an f64 is no magnitude: JSON cannot hold infinity)
    seen.then_some(total + current).filter(|v| v.is_finite())
}

fn digits(w: &str) -> Option<f64> {
    if !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (w, mult) = match w.strip_suffix('k') {
        Some(x) => (x, 1e3),
        None => (w, 1.0),
    };
    // Thousands separators: `,` (or a thin space already split off) in groups of three.
    let clean: String = if w.contains(',') {
        let mut parts = w.split(',');
        let first = parts.next()?;
        if first.is_empty() || first.len() > 3 {
            return None;
        }
        let mut s = first.to_string();
        for p in parts {
            let int = p.split('.').next()?;
            if int.len() != 3 {
                return None;
            }
            s.push_str(p);
        }
        s
    } else {
        w.to_string()
    };
    clean
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(|v| v * mult)
}

#[cfg(test)]
mod tests {
    use super::parse_number as p;

    #[test]
    fn digits_and_separators() {
        assert_eq!(p("100,000"), Some(100_000.0));
        assert_eq!(p("1,234,567"), Some(1_234_567.0));
        assert_eq!(p("1.5"), Some(1.5));
        assert_eq!(p("12"), Some(12.0));
        assert_eq!(p("10k"), Some(10_000.0));
        assert_eq!(p("1,00"), None);
        assert_eq!(p("12,3456"), None);
    }

    #[test]
    fn numbers_too_large_for_an_f64_are_none() {
        assert_eq!(p(&"9".repeat(400)), None);
        assert!(p(&"9".repeat(300)).is_some_and(f64::is_finite));
    }

    #[test]
    fn scales_and_words() {
        assert_eq!(p("1.5 million"), Some(1_500_000.0));
        assert_eq!(p("two hundred thousand"), Some(200_000.0));
        assert_eq!(p("twenty-five"), Some(25.0));
        assert_eq!(p("one hundred and twenty"), Some(120.0));
        assert_eq!(p("a dozen"), Some(12.0));
        assert_eq!(p("three"), Some(3.0));
        assert_eq!(p("115,000"), Some(115_000.0));
        assert_eq!(p("dozens"), None);
        assert_eq!(p("many"), None);
        assert_eq!(p(""), None);
    }
}
