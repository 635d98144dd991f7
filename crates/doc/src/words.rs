//! Closed English word lists shared by several stages (month and weekday
//! names, number words), so that the date reader, the event coder, the NER
//! rules and the claim reader agree on one list instead of keeping copies.

/// Full English month names, lowercase, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// English weekday names, lowercase, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Number words zero to nineteen; the index is the value.
pub const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Tens words twenty to ninety; index `i` is `(i + 2) * 10`.
pub const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The month number (1–12) of a lowercase month name or abbreviation:
/// "march", "mar", "mar.", "sept", "sept." (a prefix of at least three
/// letters of the full name, optionally followed by a period).
pub fn month_number(lower: &str) -> Option<u32> {
    let l = lower.strip_suffix('.').unwrap_or(lower);
    if l.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(l))
        .map(|i| i as u32 + 1)
}

/// Whether a lowercase word is a month name or abbreviation (see [`month_number`]).
pub fn is_month(lower: &str) -> bool {
    month_number(lower).is_some()
}

/// Whether a lowercase word is a weekday name.
pub fn is_weekday(lower: &str) -> bool {
    WEEKDAYS.contains(&lower)
}

/// The value of a lowercase number word below one hundred: "seven" → 7,
/// "forty" → 40, "forty-two" → 42. Scale words (hundred, thousand, dozen)
/// are not included: their use differs between readers.
pub fn small_number(lower: &str) -> Option<f64> {
    if let Some(i) = UNITS.iter().position(|&u| u == lower) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|&t| t == lower) {
        return Some((i as f64 + 2.0) * 10.0);
    }
    let (a, b) = lower.split_once('-')?;
    let t = TENS.iter().position(|&x| x == a)?;
    let u = UNITS[1..10].iter().position(|&x| x == b)?;
    Some((t as f64 + 2.0) * 10.0 + 1.0 + u as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months() {
        assert_eq!(month_number("january"), Some(1));
        assert_eq!(month_number("sept."), Some(9));
        assert_eq!(month_number("sep"), Some(9));
        assert_eq!(month_number("dec"), Some(12));
        assert_eq!(month_number("ma"), None);
        assert_eq!(month_number("mayday"), None);
        assert_eq!(month_number(""), None);
        assert!(is_month("nov."));
        assert!(!is_month("now"));
    }

    #[test]
    fn weekdays() {
        assert!(is_weekday("sunday"));
        assert!(!is_weekday("sun"));
    }

    #[test]
    fn number_words() {
        assert_eq!(small_number("zero"), Some(0.0));
        assert_eq!(small_number("nineteen"), Some(19.0));
        assert_eq!(small_number("ninety"), Some(90.0));
        assert_eq!(small_number("forty-two"), Some(42.0));
        assert_eq!(small_number("forty-zero"), None);
        assert_eq!(small_number("hundred"), None);
        assert_eq!(small_number("-"), None);
    }
}
