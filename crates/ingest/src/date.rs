//! Date normalisation to `YYYY-MM-DD` when the input is unambiguous.

/// Normalises a date string: ISO dates and timestamps, `YYYY/MM/DD`,
/// `Month D, YYYY`, `D Month YYYY`, and numeric `A/B/YY(YY)` when one of A, B
/// is above 12 (otherwise day and month cannot be told apart). Returns `None`
/// when the date is ambiguous or not understood; callers keep the original.
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    // ISO: 2016-09-20, 2016-09-20T10:00:00Z, 2016-09-20 10:00
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        let (y, m, d) = (num(&s[0..4])?, num(&s[5..7])?, num(&s[8..10])?);
        if b.len() == 10 || matches!(b[10], b'T' | b' ' | b't') {
            return ymd(y, m, d);
        }
        return None;
    }
    let parts: Vec<&str> = s
        .split(|c: char| c == '/' || c == '-' || c == '.' || c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() == 3 {
        let nums: Vec<Option<u32>> = parts.iter().map(|p| num(p)).collect();
        if let [Some(a), Some(b2), Some(c)] = nums[..] {
            if parts[0].len() == 4 {
                return ymd(a, b2, c); // 2016/09/20
            }
            let year = year(c, parts[2].len())?;
            return match (a > 12, b2 > 12) {
                (false, true) => ymd(year, a, b2), // 9/20/2016
                (true, false) => ymd(year, b2, a), // 20/9/2016
                _ if a == b2 => ymd(year, a, b2),
                _ => None,
            };
        }
        // Month D YYYY / D Month YYYY
        if let (Some(m), Some(d), Some(y)) = (month(parts[0]), num(parts[1]), num(parts[2])) {
            return ymd(year(y, parts[2].len())?, m, d);
        }
        if let (Some(d), Some(m), Some(y)) = (num(parts[0]), month(parts[1]), num(parts[2])) {
            return ymd(year(y, parts[2].len())?, m, d);
        }
    }
    None
}

fn num(s: &str) -> Option<u32> {
    // ordinals: 20th, 1st
    let s = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suf| s.strip_suffix(suf))
        .filter(|d| !d.is_empty())
        .unwrap_or(s);
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn year(y: u32, digits: usize) -> Option<u32> {
    match digits {
        4 => Some(y),
        2 => Some(if y < 70 { 2000 + y } else { 1900 + y }),
        _ => None,
    }
}

fn month(s: &str) -> Option<u32> {
    chronicle_doc::words::month_number(&s.to_ascii_lowercase())
}

fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1000..=2999).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > DAYS[m as usize - 1] {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::normalize_date as n;

    #[test]
    fn formats() {
        assert_eq!(n("2016-09-20").as_deref(), Some("2016-09-20"));
        assert_eq!(n("2016-09-20T14:03:00Z").as_deref(), Some("2016-09-20"));
        assert_eq!(n("2016/9/20").as_deref(), Some("2016-09-20"));
        assert_eq!(n("9/20/2016").as_deref(), Some("2016-09-20"));
        assert_eq!(n("20.09.2016").as_deref(), Some("2016-09-20"));
        assert_eq!(n("9/6/17"), None, "month and day cannot be told apart");
        assert_eq!(n("6/6/17").as_deref(), Some("2017-06-06"));
        assert_eq!(n("September 20, 2016").as_deref(), Some("2016-09-20"));
        assert_eq!(n("Sept. 20, 2016").as_deref(), Some("2016-09-20"));
        assert_eq!(n("20 Sep 2016").as_deref(), Some("2016-09-20"));
        assert_eq!(n("2016-02-30"), None);
        assert_eq!(n("yesterday"), None);
        assert_eq!(n(""), None);
    }
}
