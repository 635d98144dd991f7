//! Quantity expressions over a sentence's words: value, range, modifier,
//! unit and counted noun phrase.

/// A quantity found in a sentence; indices are word positions in the slice
/// given to [`parse_quantities`].
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// First word of the expression (modifier included).
    pub start: usize,
    /// One past the last word of the expression (unit included, counted NP excluded).
    pub end: usize,
    /// Value (lower bound of a range).
    pub value: f64,
    /// Upper bound of a range or vague plural ("hundreds").
    pub value_max: Option<f64>,
    /// `count`, `percent`, `USD`, `EUR`, `GBP`, `UAH`, `RUB`, `km`, `mile`, `t`, `m3`,
    /// `m`, `cm`, `mm`, `kg`, `ha`, `l`, `degree`, `kWh`, `MW`, `GW`, `barrel`, `km/h`, `mph`,
    /// `m2`, `km2`, `sq mi`, `kW`, `MWh`, a rate
    /// `per <divisor>` ("76.3 cases per 100,000"), or the known total of a
    /// count, `out of <total>` ("351 out of 450 members"). A proportion ("one
    /// in every six") is in `percent`.
    pub unit: String,
    /// `approx`, `at_least`, `more_than`, `less_than`, `at_most`, `exact`.
    pub modifier: &'static str,
    /// Words of the counted noun phrase ("Russian soldiers").
    pub counted: Option<(usize, usize)>,
}

const MODIFIERS: &[(&[&str], &str)] = &[
    (&["more", "than"], "more_than"),
    (&["in", "excess", "of"], "more_than"),
    (&["upwards", "of"], "more_than"),
    (&["over"], "more_than"),
    (&["above"], "more_than"),
    (&["at", "least"], "at_least"),
    (&["no", "fewer", "than"], "at_least"),
    (&["no", "less", "than"], "at_least"),
    (&["a", "minimum", "of"], "at_least"),
    (&["less", "than"], "less_than"),
    (&["fewer", "than"], "less_than"),
    (&["under"], "less_than"),
    (&["below"], "less_than"),
    (&["at", "most"], "at_most"),
    (&["no", "more", "than"], "at_most"),
    (&["up", "to"], "at_most"),
    (&["as", "many", "as"], "at_most"),
    (&["as", "much", "as"], "at_most"),
    (&["a", "maximum", "of"], "at_most"),
    (&["about"], "approx"),
    (&["around"], "approx"),
    (&["approximately"], "approx"),
    (&["roughly"], "approx"),
    (&["nearly"], "approx"),
    (&["almost"], "approx"),
    (&["some"], "approx"),
    (&["an", "estimated"], "approx"),
    (&["estimated"], "approx"),
    (&["circa"], "approx"),
    (&["close", "to"], "approx"),
    (&["exactly"], "exact"),
    (&["precisely"], "exact"),
];

/// Words before a number that make it part of a name ("Article 5", "Flight 17").
const NAME_HEADS: &[&str] = &[
    "scenario",
    "article",
    "articles",
    "clause",
    "clauses",
    "paragraphs",
    "sections",
    "chapters",
    "section",
    "flight",
    "route",
    "resolution",
    "no.",
    "number",
    "chapter",
    "highway",
    "room",
    "unit",
    "level",
    "stage",
    "phase",
    "apollo",
    "minsk",
    "boeing",
    "airbus",
    "covid",
    "su",
    "mig",
    "mi",
    "tu",
    "f",
    "t",
    "g",
    "brigade",
    "division",
    "regiment",
    "battalion",
    "corps",
    "army",
    "district",
    "block",
    "building",
    "gate",
    "channel",
    "paragraph",
    "item",
    "point",
    "page",
    "vol.",
    "volume",
    "episode",
    "season",
    "version",
    "windows",
    "iphone",
    "covid-",
    "s-",
    "day",
    "week",
    "year",
    "grade",
    "class",
    "category",
    "level",
    "articles",
    "sections",
    "paragraphs",
    "chapters",
    "items",
];

const STOP: &[&str] = &[
    "around",
    "back",
    "lower",
    "higher",
    "through",
    "across",
    "among",
    "within",
    "without",
    "toward",
    "towards",
    "via",
    "along",
    "behind",
    "beyond",
    "near",
    "onto",
    "upon",
    "was",
    "were",
    "are",
    "is",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "do",
    "does",
    "did",
    "in",
    "on",
    "at",
    "from",
    "to",
    "for",
    "by",
    "with",
    "of",
    "and",
    "or",
    "but",
    "that",
    "who",
    "which",
    "since",
    "after",
    "before",
    "than",
    "as",
    "per",
    "a",
    "an",
    "the",
    "this",
    "these",
    "those",
    "their",
    "his",
    "her",
    "its",
    "our",
    "more",
    "less",
    "said",
    "say",
    "says",
    "each",
    "a",
    "ago",
    "according",
    "last",
    "next",
    "this",
    "year",
    "years",
    "days",
    "day",
    "weeks",
    "months",
    "yesterday",
    "today",
    "now",
    "there",
    "here",
    "so",
    "far",
    "also",
    "not",
    "only",
    "into",
    "over",
    "under",
    "about",
    "between",
    "while",
    "when",
    "where",
    "they",
    "it",
    "he",
    "she",
    "we",
    "i",
    "you",
    "them",
    "him",
    "us",
    "me",
    "if",
    "then",
    "because",
    "against",
    "during",
    "out",
    "up",
    "down",
    "off",
    "all",
    "both",
    "such",
    "other",
    "another",
    "own",
    "same",
];

const VERBISH: &[&str] = &[
    "fled", "died", "killed", "left", "went", "came", "lost", "fought", "died", "got", "took",
    "made", "gave", "held", "fell", "rose", "ran", "sent", "put", "set", "say", "said", "remain",
    "remained", "live", "lived", "flee", "die", "fight", "arrive", "arrived", "crossed", "cross",
];

use chronicle_doc::words::is_month;
use std::borrow::Cow;

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mln" | "mn" => 1e6,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

fn small_word(w: &str) -> Option<f64> {
    match w {
        "dozen" => Some(12.0),
        _ => chronicle_doc::words::small_number(w),
    }
}

/// A model, version or programme designation: a number straight after an
/// acronym ("FOT 3.0", "the SLE 6000 ventilator", "MS 21"), with no unit or
/// scale word after it; not a currency code ("USD 45", "UAH 4 billion").
fn designation(prev: &str, first_tok: &str, plain_int: bool, one_token: bool, next: &str) -> bool {
    let acronym = (2..=6).contains(&prev.len()) && prev.chars().all(|c| c.is_ascii_uppercase());
    let version = first_tok.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && (a.bytes().chain(b.bytes())).all(|x| x.is_ascii_digit())
    });
    acronym
        && (plain_int || version)
        && one_token
        && currency(&prev.to_lowercase()).is_none()
        && iso_currency(prev).is_none()
        && unit_after(next).is_none()
        && scale_word(next).is_none()
        && next != "%"
}

/// Whether the written number at `k` is one of three or more written numbers
/// rising by one from one, separated by commas ("one, two, three").
fn counting_aloud(lower: &[Cow<str>], k: usize) -> bool {
    let val = |i: usize| {
        lower
            .get(i)
            .and_then(|w| chronicle_doc::words::small_number(w))
    };
    let Some(v) = val(k) else {
        return false;
    };
    let mut run = 1;
    let (mut i, mut x) = (k, v);
    while i >= 2 && lower[i - 1] == "," && val(i - 2) == Some(x - 1.0) {
        run += 1;
        i -= 2;
        x -= 1.0;
    }
    // (counting starts at one: "five, six, seven per cent", "eight, nine,
    // ten and even 12 million rubles" are estimates listed, not counting)
    if x != 1.0 {
        return false;
    }
    let (mut i, mut x) = (k, v);
    while lower.get(i + 1).is_some_and(|w| w == ",") && val(i + 2) == Some(x + 1.0) {
        run += 1;
        i += 2;
        x += 1.0;
    }
    run >= 3
}

/// Parses a numeric token: "115,000", "4.5", "4.5bn", "3m", "20k", "10-15".
/// Returns (value, range max, has thousands separator, is plain 4-digit).
fn numeric(w: &str) -> Option<(f64, Option<f64>, bool)> {
    let w = w.trim_start_matches(['$', '€', '£']);
    // Only a word that starts with a digit can be a number below (a range's
    // first half starts as the word does; no suffix strip or lowercasing
    // makes a digit): the common case returns before any allocation.
    if !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    for dash in ['-', '–', '—'] {
        if let Some((a, b)) = w.split_once(dash) {
            let (x, _, sa) = numeric(a)?;
            let (y, _, sb) = numeric(b)?;
            return (y > x).then_some((x, Some(y), sa || sb));
        }
    }
    let lower = w.to_lowercase();
    let (digits, mult) = [
        ("bn", 1e9),
        ("b", 1e9),
        ("mn", 1e6),
        ("m", 1e6),
        ("k", 1e3),
        ("tn", 1e12),
    ]
    .iter()
    .find_map(|&(suf, m)| lower.strip_suffix(suf).map(|d| (d.to_string(), m)))
    .unwrap_or((lower.clone(), 1.0));
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let sep = digits.contains(',');
    if sep {
        // groups of three after the first
        let mut parts = digits.split('.').next().unwrap_or("").split(',');
        let first = parts.next().unwrap_or("");
        if first.is_empty() || first.len() > 3 || parts.any(|g| g.len() != 3) {
            return None;
        }
    }
    let clean: String = digits.chars().filter(|&c| c != ',').collect();
    if !clean.chars().all(|c| c.is_ascii_digit() || c == '.') || clean.matches('.').count() > 1 {
        return None;
    }
    let v: f64 = clean.parse().ok()?;
    Some((v * mult, None, sep))
}

fn currency(w: &str) -> Option<&'static str> {
    Some(match w {
        "$" | "us$" | "usd" => "USD",
        "€" | "eur" => "EUR",
        "£" | "gbp" => "GBP",
        "₴" | "uah" => "UAH",
        "₽" | "rub" => "RUB",
        _ => return None,
    })
}

/// An ISO 4217 code in capitals before or after an amount ("DKK 600,000",
/// "2 million SEK"): one of [`CURRENCIES`] after the five that [`currency`]
/// reads in any case. Only the capital form counts: several codes are also
/// words ("try", "gel").
fn iso_currency(w: &str) -> Option<&'static str> {
    CURRENCIES[5..].iter().copied().find(|&c| c == w)
}

/// The currency units.
pub const CURRENCIES: &[&str] = &[
    "USD", "EUR", "GBP", "UAH", "RUB", "CHF", "DKK", "SEK", "NOK", "PLN", "CZK", "HUF", "RON",
    "BGN", "JPY", "CNY", "INR", "CAD", "AUD", "KZT", "BYN", "MDL", "TRY", "GEL", "ILS",
];

fn unit_after(w: &str) -> Option<&'static str> {
    Some(match w {
        "%" | "percent" | "pct" => "percent",
        "dollars" | "dollar" => "USD",
        "euros" | "euro" => "EUR",
        "pounds" => "GBP",
        "hryvnias" | "hryvnia" | "hryvnas" => "UAH",
        "rubles" | "roubles" | "ruble" | "rouble" => "RUB",
        "zlotys" | "zloty" | "zlotych" => "PLN",
        "forints" | "forint" => "HUF",
        "yuan" | "renminbi" => "CNY",
        "yen" => "JPY",
        "tenge" => "KZT",
        "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => "km",
        "kph" | "km/h" | "kmh" => "km/h",
        "mph" => "mph",
        "cubic" => "m3",
        "miles" | "mile" => "mile",
        "feet" | "ft" => "ft",
        // (plural only: "not expand one inch eastward" is an idiom, no measure)
        "inches" => "inch",
        "tonnes" | "tons" | "tonne" | "ton" => "t",
        "metres" | "meters" | "metre" | "meter" => "m",
        "centimetres" | "centimeters" | "cm" => "cm",
        "millimetres" | "millimeters" | "millimetre" | "millimeter" | "mm" => "mm",
        "kilograms" | "kilogrammes" | "kg" => "kg",
        "hectares" | "hectare" | "ha" => "ha",
        "litres" | "liters" | "litre" | "liter" => "l",
        "degrees" | "degree" | "°c" | "°" => "degree",
        "kwh" | "kilowatt-hours" | "kilowatt-hour" => "kWh",
        "mw" | "megawatts" | "megawatt" => "MW",
        "gw" | "gigawatts" | "gigawatt" => "GW",
        "kw" | "kilowatts" | "kilowatt" => "kW",
        "barrels" | "barrel" => "barrel",
        _ => return None,
    })
}

/// Finds the quantities in a sentence given as words (token norms).
pub fn parse_quantities(words: &[&str]) -> Vec<Quantity> {
    parse_quantities_tagged(words, None)
}

/// [`parse_quantities`] with the sentence's universal POS tags (one per
/// word), when the syntax stage has run: the counted noun phrase is then read
/// from the tags (adjectives and nouns ending in a noun: "police officers",
/// "state stock breeding farms"; no phrase after "two owned by …").
pub fn parse_quantities_tagged(words: &[&str], upos: Option<&[&str]>) -> Vec<Quantity> {
    let upos = upos.filter(|u| u.len() == words.len());
    // lowercase words, borrowed when already lowercase (nearly all): no
    // allocation per token
    let lower: Vec<Cow<str>> = words
        .iter()
        .map(|w| {
            if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Borrowed(*w)
            } else {
                Cow::Owned(w.to_lowercase())
            }
        })
        .collect();
    let w = |k: usize| lower.get(k).map(|s| &**s).unwrap_or("");
    // `parse_at(i)` reads its number (`core`) at most `reach` words after
    // `i` (a modifier, then a currency word): where no word in that window
    // can open a number it would return None, so it is not called
    let reach = MODIFIERS.iter().map(|(m, _)| m.len()).max().unwrap_or(1) + 1;
    let mut next_num = vec![usize::MAX; words.len() + 1];
    for k in (0..words.len()).rev() {
        next_num[k] = if may_open_number(w(k), w(k + 1)) {
            k
        } else {
            next_num[k + 1]
        };
    }
    let mut out = Vec::new();
    // a video player's label ("JUST WATCHED Obama responds to Romney's 47%
    // comment Replay More Videos ..."): the title of a clip, no claim
    if w(0) == "just" && w(1) == "watched" && words.get(1).is_some_and(|x| *x == "WATCHED") {
        return out;
    }
    let mut i = 0;
    while i < words.len() {
        if next_num[i] > i + reach {
            i += 1;
            continue;
        }
        match parse_at(words, &lower, i, upos) {
            Some(q) => {
                // (after "two of three volunteers" the whole, "three", is
                // read too: the counted phrase starts after it)
                let whole = q
                    .counted
                    .is_some_and(|c| (q.end..c.0).any(|k| may_open_number(w(k), w(k + 1))));
                i = match q.counted {
                    Some(c) if !whole => c.1,
                    _ => q.end,
                }
                .max(i + 1);
                out.push(q);
            }
            None => i += 1,
        }
    }
    // "Perhaps 2, 3, 4 are enough": a list of bare numbers after "perhaps" or
    // "maybe" is a guess among alternatives, not a claim (a single hedged
    // figure, "perhaps 200 people", stays; so does a list ending in a counted
    // noun, "maybe 2, 3 or 4 soldiers")
    let bare = |q: &Quantity| q.unit == "count" && q.counted.is_none() && q.value_max.is_none();
    let mut x = 0;
    while x < out.len() {
        if out[x].start > 0 && matches!(w(out[x].start - 1), "perhaps" | "maybe") && bare(&out[x]) {
            let mut y = x;
            while y + 1 < out.len()
                && out[y + 1].start == out[y].end + 1
                && matches!(w(out[y].end), "," | "or" | "and")
            {
                y += 1;
            }
            if y > x && (x..=y).all(|k| bare(&out[k])) {
                out.drain(x..=y);
                continue;
            }
        }
        x += 1;
    }
    // "suspended if two-thirds of the group votes in favour": a threshold a
    // condition sets ("if"/"unless" right before the quantity, a verb of
    // voting or agreeing in the next few words) is no claim of a fact
    // ("even if a million are brought here", "no matter if four countries,
    // seven or a hundred take part", "what if 50 come": a supposition
    // whatever follows, with the numbers listed after it)
    let mut x = 0;
    while x < out.len() {
        let q = &out[x];
        let supposed = q.start > 1
            && w(q.start - 1) == "if"
            && matches!(w(q.start - 2), "even" | "matter" | "what");
        if !supposed {
            x += 1;
            continue;
        }
        let mut y = x;
        while let Some(n) = out.get(y + 1) {
            let end = out[y].counted.map_or(out[y].end, |c| c.1);
            // (the joining word, after a counted noun the tags missed)
            if (end + 1..=end + 2).contains(&n.start)
                && matches!(w(n.start - 1), "," | "or" | "and")
            {
                y += 1;
            } else {
                break;
            }
        }
        out.drain(x..=y);
    }
    out.retain(|q| {
        let conditional = q.start > 0 && matches!(w(q.start - 1), "if" | "unless");
        let after = q.counted.map_or(q.end, |c| c.1);
        !(conditional
            && (q.end..(after + 4).min(words.len()))
                .take_while(|&k| !matches!(w(k), "," | ";" | "." | ":"))
                .any(|k| {
                    matches!(
                        w(k),
                        "vote"
                            | "votes"
                            | "voted"
                            | "approve"
                            | "approves"
                            | "agree"
                            | "agrees"
                            | "support"
                            | "supports"
                            | "back"
                            | "backs"
                            | "endorse"
                            | "endorses"
                            | "ratify"
                            | "ratifies"
                    )
                }))
    });
    // a number in a bare "if" clause that states a supposed consequence: a
    // counterfactual ("If it had been working for 80 percent of users on day
    // one, …": "had" and a participle at most five words before it) or a
    // cost ("If our steps … cost tens of thousands of our dead people, we
    // will wait") is no claim of a fact; a premise stays ("If 2,000 people
    // are protesting, how many …"), and so does "if they had 20 tanks"
    out.retain(|q| {
        let mut b = q.start;
        let mut at_if = None;
        while b > 0 && q.start - b < 12 {
            b -= 1;
            match w(b) {
                "if" => {
                    at_if = Some(b);
                    break;
                }
                "," | ";" | ":" | "." | "?" | "!" | "—" | "(" | "\"" | "“" | "”" => break,
                _ => {}
            }
        }
        let Some(f) = at_if else {
            return true;
        };
        if f > 0
            && matches!(
                w(f - 1),
                "as" | "only" | "asked" | "ask" | "asks" | "whether"
            )
        {
            return true;
        }
        let had = (f + 1..q.start).any(|k| w(k) == "had" && k + 1 < q.start && q.start - k <= 5);
        let cost = q.start > f + 2 && matches!(w(q.start - 1), "cost" | "costs" | "kill" | "kills");
        !(had || cost)
    });
    // "5,000 and 10,000 rubles": the currency or unit of the second amount
    // applies to the first
    for x in 1..out.len() {
        let (a, b) = out.split_at_mut(x);
        let (p, q) = (&mut a[x - 1], &b[0]);
        // (a percent only after "to": "Smith up 44.2 to 41.9 percent", a
        // score of two shares; "2 and 40 percent" may be a count and a share)
        if p.unit == "count"
            && p.counted.is_none()
            && q.unit != "count"
            && (q.unit != "percent" || (w(p.end) == "to" && p.value <= 100.0))
            && q.start == p.end + 1
            && matches!(w(p.end), "and" | "or" | "to")
        {
            p.unit = q.unit.clone();
        }
    }
    // "from 150 million rubles to 90 million": the second amount has the
    // first's unit
    for x in 1..out.len() {
        let (a, b) = out.split_at_mut(x);
        let (p, q) = (&a[x - 1], &mut b[0]);
        if q.unit == "count"
            && q.counted.is_none()
            && p.unit != "count"
            && p.value_max.is_none()
            && p.start > 0
            && w(p.start - 1) == "from"
            && w(p.end) == "to"
            && q.start == p.end + 1
        {
            q.unit = p.unit.clone();
        }
    }
    // "not seven but six million tonnes": the first number has the
    // second's scale, unit and counted thing
    for x in 1..out.len() {
        let (a, b) = out.split_at_mut(x);
        let (p, q) = (&mut a[x - 1], &b[0]);
        let scale = (q.start..q.end).find_map(|k| scale_word(w(k)));
        if let Some(s) = scale
            && p.unit == "count"
            && p.counted.is_none()
            && p.value_max.is_none()
            && p.value < 1000.0
            && !(p.start..p.end).any(|k| scale_word(w(k)).is_some() || w(k) == "dozen")
            && p.start > 0
            && w(p.start - 1) == "not"
            && w(p.end) == "but"
            && q.start == p.end + 1
        {
            p.value *= s;
            p.unit = q.unit.clone();
            p.counted = q.counted;
        }
    }
    // "eight, nine, ten and even 12 million rubles": bare numbers listed
    // before an amount with a scale word take its scale, unit and counted
    // thing (the last two joined by "and"/"or", commas before that)
    let joined = |a: usize, b: usize, last: bool| {
        b > a
            && (a..b).all(|k| {
                matches!(
                    w(k),
                    "," | "and" | "or" | "even" | "perhaps" | "maybe" | "possibly" | "sometimes"
                )
            })
            && (!last || (a..b).any(|k| matches!(w(k), "and" | "or")))
    };
    let bare = |q: &Quantity| {
        q.unit == "count"
            && q.counted.is_none()
            && q.value_max.is_none()
            && q.value < 1000.0
            && !(q.start..q.end).any(|k| scale_word(w(k)).is_some() || w(k) == "dozen")
    };
    let mut carried: Option<f64> = None;
    for x in (1..out.len()).rev() {
        let own = (out[x].start..out[x].end).find_map(|k| scale_word(w(k)));
        let s = match (own, carried) {
            (Some(s), _) => Some((s, true)),
            (None, Some(s)) => Some((s, false)),
            _ => None,
        };
        carried = None;
        let Some((s, last)) = s else {
            continue;
        };
        let (a, b) = out.split_at_mut(x);
        let (p, q) = (&mut a[x - 1], &b[0]);
        let v = p.value * s;
        if bare(p) && joined(p.end, q.start, last) && v * 20.0 >= q.value && v <= q.value * 20.0 {
            p.value = v;
            p.unit = q.unit.clone();
            p.counted = q.counted;
            carried = Some(s);
        }
    }
    // "roughly 30, 45 and sometimes 70 percent of farmers": bare numbers listed
    // with commas before an amount with a unit take its unit and counted
    // thing; a list of three or more ("2 and 40 percent" may be a count and a
    // share), the members within a factor of 20 of the last one
    for x in (1..out.len()).rev() {
        let u = out[x].unit.clone();
        if u == "count" || u.contains(' ') {
            continue;
        }
        let (last_v, counted) = (out[x].value, out[x].counted);
        let member = |p: &Quantity| {
            (p.unit == "count" || p.unit == u)
                && p.counted.is_none()
                && p.value_max.is_none()
                && !(p.start..p.end).any(|k| scale_word(w(k)).is_some() || w(k) == "dozen")
                && p.value * 20.0 >= last_v
                && p.value <= last_v * 20.0
                && (u != "percent" || p.value <= 100.0)
        };
        let mut y = x;
        while y > 0 && member(&out[y - 1]) && joined(out[y - 1].end, out[y].start, y == x) {
            y -= 1;
        }
        if x - y >= 2 {
            for q in &mut out[y..x] {
                q.unit = u.clone();
                q.counted = counted;
            }
        }
    }
    // "over 30 percent, 35 or even over 38": bare numbers offered as
    // alternatives after a percentage are percentages
    for x in 1..out.len() {
        let (a, b) = out.split_at_mut(x);
        let (p, q) = (&a[x - 1], &mut b[0]);
        if p.unit == "percent"
            && q.unit == "count"
            && q.counted.is_none()
            && !(q.start..q.end).any(|k| scale_word(w(k)).is_some())
            && joined(p.end, q.start, false)
            && (p.end..q.end + 1).any(|k| w(k) == "or")
            && q.value * 3.0 >= p.value
            && q.value <= p.value * 3.0
        {
            q.unit = "percent".into();
        }
    }
    // "76.3 cases per 100,000": a rate; the divisor is not a claim of its own
    // (nor after a rate named in words: "the rate per 100,000 people")
    let mut x = 0;
    while x < out.len() {
        let after = out[x].counted.map(|c| c.1).unwrap_or(out[x].end);
        if w(after) == "per"
            && let Some(next) = out.get(x + 1)
            && next.start == after + 1
        {
            // (a bound of the divisor is left out: "1 … per up to 30 soldiers")
            let from = MODIFIERS
                .iter()
                .find(|(m, _)| m.iter().enumerate().all(|(o, y)| w(next.start + o) == *y))
                .map_or(next.start, |(m, _)| next.start + m.len());
            out[x].unit = format!("per {}", words[from.min(next.end)..next.end].join(" "));
            out.remove(x + 1);
        }
        x += 1;
    }
    // "The hospitalisation rate per 100,000 people was 39": the divisor of a
    // rate named in words goes to the rate's value, the next bare number of
    // the clause ("39 per 100,000", not a count of 39)
    for x in 0..out.len() {
        let d = &out[x];
        if !(d.start >= 2
            && w(d.start - 1) == "per"
            && matches!(w(d.start - 2), "rate" | "rates")
            && d.value_max.is_none())
        {
            continue;
        }
        let after = d.counted.map_or(d.end, |c| c.1);
        if let Some(v) = out.get(x + 1)
            && v.unit == "count"
            && v.counted.is_none()
            && v.start > after
            && v.start <= after + 6
            && !(after..v.start).any(|k| matches!(w(k), "." | ";" | "?" | "!" | "per"))
        {
            let unit = format!("per {}", words[d.start..d.end].join(" "));
            out[x + 1].unit = unit;
        }
    }
    out.retain(|q| q.start == 0 || w(q.start - 1) != "per");
    // "500 tonnes per day", "3 missiles a day", "$2 billion a year": a rate
    // over time keeps its denominator in the unit ("t per day", "per day" for
    // a count, "USD per year"), so that it is not compared with a total; "a year
    // ago" and "a day earlier" are dates, not rates
    // ("$55m (£44m) a month": the rate is read past a bracketed conversion,
    // for both amounts)
    let bracketed: Vec<(usize, usize)> = out
        .iter()
        .filter(|q| q.start > 0 && w(q.start - 1) == "(" && w(q.end) == ")" && q.counted.is_none())
        .map(|q| (q.start - 1, q.end + 1))
        .collect();
    for q in &mut out {
        let mut after = q.counted.map(|c| c.1).unwrap_or(q.end);
        let plain = after;
        if q.counted.is_none() {
            if let Some(&(_, e)) = bracketed.iter().find(|&&(b, _)| b == after) {
                after = e;
            } else if w(after) == ")" && bracketed.iter().any(|&(_, e)| e == after + 1) {
                after += 1;
            }
        }
        // ("the $1-a-day offer": the rate glued on by hyphens)
        let glued = q.counted.is_none()
            && matches!(w(after), "-" | "–")
            && matches!(w(after + 1), "a" | "an" | "per")
            && matches!(w(after + 2), "-" | "–")
            && time_unit(w(after + 3)).is_some();
        if glued && !q.unit.contains("per ") {
            let per = time_unit(w(after + 3)).unwrap_or_default();
            q.unit = match q.unit.as_str() {
                "count" => format!("per {per}"),
                u => format!("{u} per {per}"),
            };
            q.end = after + 4;
            continue;
        }
        if matches!(w(after), "a" | "an" | "per")
            && !q.unit.contains("per ")
            && let Some(per) = time_unit(w(after + 1))
            && !is_time_reference(w(after + 2))
        {
            q.unit = match q.unit.as_str() {
                "count" => format!("per {per}"),
                u => format!("{u} per {per}"),
            };
            // (the expression takes in its denominator when nothing is
            // counted between them)
            if q.counted.is_none() && after == plain {
                q.end = after + 2;
            }
        }
    }
    // "tens of thousands of dollars per person", "$2,000 per household": an
    // amount of money per one of something keeps its denominator ("USD per
    // person"), so that it is not read as a total; not "per" meaning
    // "according to" ("$5 billion, per the agreement", "per Reuters")
    for q in &mut out {
        let mut after = q.counted.map_or(q.end, |c| c.1);
        // (past the currency named after a vague amount: "tens of
        // thousands of dollars per person")
        let named = q.counted.is_none()
            && w(after) == "of"
            && currency_word(w(after + 1)).is_some_and(|c| c == q.unit);
        if named {
            after += 2;
        }
        // (past a comparative: "$100 less per student than …")
        let comparative = matches!(w(after), "less" | "more") && w(after + 1) == "per";
        if comparative {
            after += 1;
        }
        // ("per calendar month": a time unit after a modifier)
        let timed =
            time_unit(w(after + 2)).filter(|_| w(after + 1).chars().all(char::is_alphabetic));
        let d = timed.unwrap_or(w(after + 1));
        // (with tags, the denominator is a noun: not "per capita"-like
        // adverbs read otherwise)
        let noun = timed.is_some()
            || upos.is_none_or(|u| u.get(after + 1).is_some_and(|t| matches!(*t, "NOUN" | "X")));
        if CURRENCIES.contains(&q.unit.as_str())
            && noun
            && w(after) == "per"
            && d.len() >= 3
            && d.chars().all(|c| c.is_ascii_lowercase())
            && words
                .get(after + 1)
                .is_some_and(|x| x.chars().all(|c| c.is_ascii_lowercase()))
            && !matches!(
                d,
                "the"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "cent"
            )
            && unit_after(d).is_none()
            && numeric(w(after + 2)).is_none()
        {
            q.unit = format!("{} per {d}", q.unit);
            // (the expression takes in the denominator when nothing stands
            // between them: not past "less")
            if q.counted.is_none() && !comparative {
                q.end = after + if timed.is_some() { 3 } else { 2 };
            }
        }
    }
    out
}

fn parse_at(
    words: &[&str],
    lower: &[Cow<str>],
    i: usize,
    upos: Option<&[&str]>,
) -> Option<Quantity> {
    let w = |k: usize| lower.get(k).map(|s| &**s).unwrap_or("");
    let n = words.len();
    let mut start = i;
    let mut j = i;
    // modifier
    let mut modifier = "exact";
    let mut between = false;
    let mut from_range = false;
    if w(j) == "between" {
        between = true;
        j += 1;
    } else if w(j) == "from" {
        from_range = true;
        j += 1;
    } else if let Some((m, name)) = MODIFIERS
        .iter()
        .find(|(m, _)| m.iter().enumerate().all(|(o, x)| w(j + o) == *x))
    {
        j += m.len();
        // "went up to 44.3 percent": the particle of "go up" and the target's
        // "to", not a bound; the span starts at the number
        let go_up =
            m[0] == "up" && i > 0 && matches!(w(i - 1), "went" | "go" | "goes" | "going" | "gone");
        // "to hand over two systems", "turned over 40 trucks": the particle
        // of "hand over" / "turn over", not a bound
        let hand_over = m[0] == "over"
            && i > 0
            && matches!(
                w(i - 1),
                "hand" | "hands" | "handed" | "handing" | "turn" | "turns" | "turned" | "turning"
            );
        if go_up || hand_over {
            start = j;
        } else {
            modifier = name;
        }
    }
    // currency
    let mut unit: Option<&'static str> = None;
    if let Some(c) = currency(w(j)).or_else(|| iso_currency(words.get(j).copied().unwrap_or(""))) {
        unit = Some(c);
        j += 1;
    } else if let Some(sym) = w(j).chars().next()
        && let Some(c) = currency(sym.encode_utf8(&mut [0u8; 4]))
        // (the symbol's length, not the code's: "$30" glued after a dash,
        // "—$30 worth of oats", is three bytes like "USD" and was a count)
        && w(j).len() > sym.len_utf8()
    {
        unit = Some(c);
    }
    // "two thirds of", "one-third of", "a quarter of the wheat": a share, in
    // percent
    let share = fraction(lower, j, start > 0 && w(start - 1) == "by");
    let (mut value, mut value_max, end_num) = match share {
        Some((v, e)) => {
            unit = Some("percent");
            (v, None, e)
        }
        None => core(words, lower, j)?,
    };
    let num_start = j;
    j = end_num;
    // "the 400 or so CIA officers": "or so" makes the number approximate,
    // and what follows it is the counted thing
    // (not before "times": "retweeted 1,500 or so times" stays a count, which
    // "1,500 times" with the "or so" read past would not)
    if w(j) == "or"
        && w(j + 1) == "so"
        && w(j + 2) != "times"
        && value_max.is_none()
        && share.is_none()
    {
        if modifier == "exact" {
            modifier = "approx";
        }
        j += 2;
    }
    // a number opening the span must be the first thing or follow a modifier/currency
    let first_tok = w(num_start).to_string();
    // skip dates, years, times, names
    let prev = if num_start > 0 { w(num_start - 1) } else { "" };
    let next = w(j);
    if is_month(prev)
        || is_month(next)
        || next == "a.m."
        || next == "p.m."
        || next == "am"
        || next == "pm"
    {
        return None;
    }
    let plain_int = first_tok.chars().all(|c| c.is_ascii_digit());
    let year_like = plain_int && first_tok.len() == 4 && (1800.0..=2100.0).contains(&value);
    if year_like && unit.is_none() && unit_after(next).is_none() && scale_word(next).is_none() {
        return None;
    }
    // a year before 1800 after a preposition of time ("enacted in 1799", "did
    // not exist in 1788 when he wrote"), not "in 1500 cases"; and a year
    // written with an apostrophe ("in 2009 and ’10")
    let no_noun_next = match upos {
        Some(u) => !(j < n && matches!(u[j], "NOUN" | "PROPN" | "ADJ")),
        None => {
            !next.chars().next().is_some_and(char::is_alphabetic)
                || matches!(next, "when" | "and" | "to" | "as" | "the" | "that" | "it")
        }
    };
    let old_year = plain_int
        && first_tok.len() == 4
        && (1000.0..1800.0).contains(&value)
        && matches!(
            prev,
            "in" | "since" | "until" | "till" | "around" | "circa" | "before" | "after"
        );
    // (not a possessive's apostrophe: "the Democrats’ 47", "Edwards' 40")
    let clipped_year = plain_int
        && first_tok.len() == 2
        && matches!(prev, "’" | "'" | "‘")
        && num_start >= 2
        && matches!(
            w(num_start - 2),
            "in" | "and" | "or" | "since" | "to" | "from" | "until" | "by" | "of" | ","
        );
    if (old_year || clipped_year)
        && unit.is_none()
        && unit_after(next).is_none()
        && scale_word(next).is_none()
        && no_noun_next
    {
        return None;
    }
    // phone numbers ("+7(495) 606 2035"), clock times ("05.42"), the second day of a date range ("June 23–24")
    let bare_next = next.chars().all(|c| c.is_ascii_digit()) && !next.is_empty();
    if prev == "+"
        || prev == ")"
        || (plain_int && bare_next)
        || (prev == "(" && !(next == "out" && w(j + 1) == "of"))
        || (first_tok.len() > 1
            && first_tok.starts_with('0')
            && first_tok.as_bytes()[1].is_ascii_digit())
        || (num_start >= 2
            && matches!(prev, "-" | "–" | "—")
            && numeric(w(num_start - 2)).is_some())
    {
        return None;
    }
    // a live-blog time stamp after its date ("12 Jul 2022 20.36")
    if num_start > 0
        && prev.len() == 4
        && prev.bytes().all(|b| b.is_ascii_digit())
        && first_tok.len() == 5
        && first_tok.as_bytes()[2] == b'.'
        && value < 24.0
    {
        return None;
    }
    // the year of "June 8, 1701" (older than the year test above allows)
    if plain_int
        && first_tok.len() == 4
        && prev == ","
        && num_start >= 3
        && numeric(w(num_start - 2)).is_some()
        && is_month(w(num_start - 3))
    {
        return None;
    }
    // a listicle headline ("5 Things You Should Know About …", "10 Reasons
    // Why …"): the article's own structure, not a count it reports; the
    // figure opens the sentence, in digits, before a capitalized list noun
    if num_start == 0
        && start == 0
        && plain_int
        && value <= 100.0
        && j == 1
        && words
            .get(j)
            .is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase))
        && matches!(
            next,
            "things"
                | "ways"
                | "reasons"
                | "lessons"
                | "takeaways"
                | "questions"
                | "facts"
                | "myths"
                | "tips"
                | "signs"
                | "moments"
        )
    {
        return None;
    }
    // the name of a TV channel, "1 + 1"
    if next == "+" && numeric(w(j + 1)).is_some() {
        return None;
    }
    // the second number after a name head ("Articles 1 and 2", "points 3,
    // 4"), not one that counts a thing ("Under Article 5, 20 soldiers …"); a
    // later number of a longer list too ("Articles 3-5, 8, 11 of …")
    let list_end = matches!(
        next,
        "," | "and" | "or" | "of" | "-" | "–" | "." | ";" | ")" | ""
    );
    if list_end
        && num_start >= 3
        && matches!(prev, "and" | "or" | "," | "-" | "–")
        && numeric(w(num_start - 2)).is_some()
        && NAME_HEADS.contains(&w(num_start - 3))
    {
        return None;
    }
    if list_end && matches!(prev, "," | "and" | "or") {
        let mut b = num_start - 1;
        while b > 0
            && (matches!(w(b), "," | "and" | "or" | "-" | "–")
                || w(b).bytes().all(|x| x.is_ascii_digit()))
        {
            b -= 1;
        }
        if b + 2 < num_start && NAME_HEADS.contains(&w(b)) {
            return None;
        }
    }
    // "COVID-19", "An-178": a number glued to a word by a hyphen is a name
    if num_start >= 2
        && matches!(prev, "-" | "–")
        && words[num_start - 2]
            .chars()
            .last()
            .is_some_and(char::is_alphabetic)
    {
        return None;
    }
    // "the two countries": a written number after a determiner is not a claim
    if num_start == start
        && num_start > 0
        && small_word(&first_tok).is_some()
        && matches!(
            prev,
            "the" | "these" | "those" | "our" | "their" | "its" | "his" | "her" | "both" | "all"
        )
    {
        return None;
    }
    if num_start == start && num_start > 0 {
        let p = words[num_start - 1];
        let cap = p.chars().next().is_some_and(char::is_uppercase);
        // "Figure 1 displays …", "as Table 3 shows": the number of a figure
        // or table in the text (capitalized: "the figure 5 million" is an
        // amount)
        let exhibit = cap
            && plain_int
            && matches!(
                prev,
                "figure" | "fig." | "table" | "chart" | "graph" | "exhibit" | "appendix"
            );
        if (NAME_HEADS.contains(&prev) && !matches!(first_tok.as_str(), "half" | "several"))
            || (cap && plain_int && value < 1000.0 && num_start > 1)
            || exhibit
            || prev == "#"
            || designation(p, &first_tok, plain_int, j == num_start + 1, next)
        {
            return None;
        }
    }
    // counting aloud ("one, two, three, four, five"): written numbers rising
    // by one, three or more in a row, count nothing
    if num_start == start && j == num_start + 1 && counting_aloud(lower, num_start) {
        return None;
    }
    // a number that is the whole of a quotation is a name ("the list of \"two
    // hundred\"", the soldiers' word for the dead)
    // (not a quoted figure of what follows: the "hundreds of thousands" of
    // migrants)
    if matches!(prev, "\"" | "“" | "«" | "„")
        && matches!(next, "\"" | "”" | "»" | "“")
        && unit.is_none()
        && w(j + 1) != "of"
    {
        return None;
    }
    // an age reached ("Mikhail Gorbachev turned 91."): ages are no claims, as
    // after "aged"
    if plain_int
        && value < 120.0
        && unit.is_none()
        && matches!(prev, "turned" | "turns" | "turning")
        && matches!(
            next,
            "." | "," | "!" | ";" | "" | "on" | "in" | "this" | "last" | "today" | "and"
        )
    {
        return None;
    }
    // an age bracket after a group ("Adults 65 and older", "residents 21 and
    // over", "those 50-64", "voters 17-29, 30-44 and 45-65"): ages are no
    // claims, as after "aged"
    if unit.is_none()
        && value < 120.0
        && value_max.is_none_or(|m| m < 120.0)
        && !matches!(next, "%" | "percent" | "per" | "times")
        && age_bracket(lower, num_start, j, value_max.is_some())
    {
        return None;
    }
    // an age after a group with "under" or "over" ("a child under 18",
    // "people over 65")
    if unit.is_none()
        && plain_int
        && value < 120.0
        && value_max.is_none_or(|m| m < 120.0)
        && age_after_group(lower, num_start, j, value_max.is_some())
    {
        return None;
    }
    // "zero tolerance": a policy's name, no quantity
    if first_tok == "zero" && next == "tolerance" {
        return None;
    }
    // an age at a turn of life ("She left school at 15 to work", "married
    // at 19", "At 82, she still runs …"): the number ends the clause or a
    // pronoun follows it at the sentence's start; not a price or a level
    // ("the index closed at 75, he said": no start) nor a clock or a count
    // ("at 11 a.m.", "at 11 sites": a word follows)
    if plain_int && (1.0..120.0).contains(&value) && unit.is_none() && prev == "at" && {
        let life = (num_start >= 3
            && matches!(w(num_start - 2), "school" | "home")
            && matches!(
                w(num_start - 3),
                "left" | "leave" | "leaves" | "leaving" | "quit" | "quitting"
            ))
            || (num_start >= 2
                && matches!(
                    w(num_start - 2),
                    "married" | "retired" | "orphaned" | "widowed" | "emigrated" | "enlisted"
                ));
        let opening = num_start == 1
            || (num_start == 2
                && matches!(w(0), "\"" | "“" | "but" | "and" | "now" | "even" | "yet"));
        (life
            && matches!(
                next,
                "." | "," | "!" | ";" | "" | "to" | "and" | "after" | "when" | "because"
            ))
            || (opening
                && next == ","
                && matches!(w(j + 1), "he" | "she" | "i" | "they" | "we" | "you"))
    } {
        return None;
    }
    if next == "-" && w(j + 1).chars().next().is_some_and(char::is_alphabetic) && unit.is_none() {
        // "737-MAX", "25-year-old" style compounds
        return None;
    }
    if next == "st" || next == "nd" || next == "rd" || next == "th" || next == ":" || next == "/" {
        return None;
    }
    // ranks ("top 50", "No. 3", "law № 5600") and age thresholds ("over the age of 60", "aged 18")
    if matches!(
        prev,
        "top" | "no." | "number" | "aged" | "ages" | "age" | "№"
    ) || (prev == "of" && num_start >= 2 && matches!(w(num_start - 2), "age" | "ages"))
    {
        return None;
    }
    // a ZIP or postal code ("ZIP code 94957", "zip 20500", "postal code
    // 10115"): an address, no quantity
    if matches!(prev, "zip" | "zipcode")
        || (matches!(prev, "code" | "codes")
            && num_start >= 2
            && matches!(w(num_start - 2), "zip" | "postal" | "post"))
    {
        return None;
    }
    // a page reference ("1953, p. 758", "pp. 12-14") and a photo gallery's
    // caption counter ("Hide Caption 12 of 30 Photos": both numbers)
    if matches!(prev, "p." | "pp." | "page" | "pages" | "caption")
        || (prev == "of"
            && num_start >= 3
            && w(num_start - 3) == "caption"
            && numeric(w(num_start - 2)).is_some())
    {
        return None;
    }
    // a statute's citation ("18 USC 2071", "42 U.S.C. 1983", "40 CFR 60"):
    // title and section numbers count nothing
    let code = |x: &str| matches!(x, "usc" | "u.s.c." | "u.s.c" | "cfr" | "c.f.r." | "c.f.r");
    if code(next) || code(prev) || (prev == "§" && num_start >= 2 && code(w(num_start - 2))) {
        return None;
    }
    // a court reporter's citation ("554 U.S. 570", "123 F.3d 456", "5 S.Ct.
    // 12"): volume and page count nothing; "200 U.S. troops" stays (no page
    // number after the reporter)
    let reporter = |x: &str| {
        matches!(
            x,
            "u.s."
                | "f.2d"
                | "f.3d"
                | "f.4th"
                | "s.ct."
                | "s. ct."
                | "l.ed."
                | "f.supp."
                | "f.supp.2d"
        )
    };
    if plain_int
        && unit.is_none()
        && ((reporter(next) && w(j + 1).bytes().all(|b| b.is_ascii_digit()) && !w(j + 1).is_empty())
            || (reporter(prev) && num_start >= 2 && w(num_start - 2).bytes().all(|b| b.is_ascii_digit()) && !w(num_start - 2).is_empty())
            // (the pinpoint page: "512 U.S. 218, 230")
            || (prev == "," && num_start >= 4 && reporter(w(num_start - 3)) && w(num_start - 2).bytes().all(|b| b.is_ascii_digit())))
    {
        return None;
    }
    // a decade written with an apostrophe ("the 70's and 80's", "in the
    // ’90s" is read elsewhere): a round two-digit number before "'s"
    if plain_int
        && first_tok.len() == 2
        && value >= 10.0
        && value % 10.0 == 0.0
        && unit.is_none()
        && next == "'s"
        && j == num_start + 1
    {
        return None;
    }
    // a ballot measure's name opening the sentence ("Issue 3 would allow
    // …", "Proposition 9 has …"; further in, a capitalised word before a
    // number is read as a name already)
    if num_start == 1
        && start == 1
        && plain_int
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && matches!(
            prev,
            "issue"
                | "proposition"
                | "prop."
                | "prop"
                | "measure"
                | "amendment"
                | "question"
                | "initiative"
                | "referendum"
        )
    {
        return None;
    }
    // a slogan of a count and a year ("“Twenty in 20.”", "Five in 25"): a
    // written number, "in", a two-digit year, and nothing else in the
    // sentence (or quotation) but punctuation; the year is read as no claim
    // either
    let bare_edge = |x: &str| matches!(x, "" | "." | "!" | "\"" | "“" | "”" | "'" | "‘" | "’");
    let slogan_at = |a: usize| {
        (a == 0 || bare_edge(w(a - 1)))
            && small_word(w(a)).is_some()
            && w(a + 1) == "in"
            && w(a + 2).len() == 2
            && w(a + 2).bytes().all(|b| b.is_ascii_digit())
            && (a + 3..n).all(|x| bare_edge(w(x)))
            && (0..a).all(|x| bare_edge(w(x)))
    };
    if slogan_at(num_start) || (num_start >= 2 && prev == "in" && slogan_at(num_start - 2)) {
        return None;
    }
    // an age range: "ranged in age from 46 to 73", "ages ranging from 18 to
    // 25" (ages are no claims, as "the ages of 15 to 20")
    let age_from = |k: usize| {
        w(k) == "from"
            && k >= 1
            && (matches!(w(k - 1), "age" | "ages")
                || (k >= 2
                    && matches!(w(k - 1), "ranging" | "ranged" | "range")
                    && matches!(w(k - 2), "age" | "ages")))
    };
    if (num_start >= 1 && age_from(num_start - 1))
        || (num_start >= 3
            && matches!(prev, "to" | "through" | "and" | "-" | "–")
            && numeric(w(num_start - 2)).is_some()
            && age_from(num_start - 3))
    {
        return None;
    }
    // the total of a proportion read on its own: "five" of "Four out of five
    // members" (the first number holds the share)
    let out_of = |k: usize| {
        k >= 2
            && w(k) == "of"
            && w(k - 1) == "out"
            && (numeric(w(k - 2)).is_some() || small_word(w(k - 2)).is_some())
    };
    if num_start >= 1
        && (out_of(num_start - 1) || (prev == "every" && num_start >= 2 && out_of(num_start - 2)))
    {
        return None;
    }
    // a count of the text's own items: "Here are three key quotes from …",
    // "Here's 5 things to know"
    // ("Here are a dozen": "dozen" read after its article too)
    let b = if prev == "a" {
        num_start - 1
    } else {
        num_start
    };
    if num_start == start
        && b >= 2
        && matches!(w(b - 1), "are" | "'re" | "’re" | "is" | "'s" | "’s")
        && w(b - 2) == "here"
        && (b == 2 || matches!(w(b - 3), "\"" | "“" | "—" | ":"))
    {
        return None;
    }
    // the second number of an age bracket after a group ("voters 18 to 29"),
    // whose first number was no claim
    if num_start >= 2
        && unit.is_none()
        && value < 120.0
        && matches!(prev, "through" | "to" | "-" | "–")
        && numeric(w(num_start - 2)).is_some()
        && age_bracket(lower, num_start - 2, num_start - 1, true)
    {
        return None;
    }
    // the second number of an age range ("aged 8 through 16") or of two days
    // of a month ("February 19 and 20", "on May 4 or 5": sample X)
    if num_start >= 3
        && matches!(prev, "through" | "to" | "and" | "or" | "-" | "–" | "—")
        && (numeric(w(num_start - 2)).is_some() || small_word(w(num_start - 2)).is_some())
        && (matches!(
            w(num_start - 3),
            "aged" | "ages" | "children" | "kids" | "teenagers" | "men" | "women"
        ) || is_month(w(num_start - 3))
            // ("the ages of 15 to 20")
            || (w(num_start - 3) == "of"
                && num_start >= 4
                && matches!(w(num_start - 4), "age" | "ages")))
    {
        return None;
    }
    // a later bracket in a list of ages ("children aged three to seven, seven
    // to sixteen")
    if matches!(prev, "," | "to" | "through" | "-" | "–" | "and")
        && value < 120.0
        && unit.is_none()
        && (no_noun_next || next == "years")
    {
        let mut k = num_start - 1;
        while k > 0
            && num_start - k < 12
            && (matches!(w(k), "," | "to" | "through" | "-" | "–" | "and")
                || numeric(w(k)).is_some()
                || small_word(w(k)).is_some())
        {
            k -= 1;
        }
        if matches!(w(k), "aged" | "ages") && num_start - k > 2 {
            return None;
        }
    }
    // an age threshold after a copula: "over 60% of whom are under 35", "two
    // thirds are under 39", "applicants must be under 31" (ages are no claims,
    // as after "aged"); not "there were over 100 scientists", "the figure is
    // above 100"
    if num_start >= 3
        && plain_int
        && unit.is_none()
        && value < 120.0
        && matches!(prev, "under" | "over" | "above" | "below")
        && matches!(w(num_start - 2), "are" | "is" | "were" | "was" | "be")
        && matches!(
            w(num_start - 3),
            "who"
                | "whom"
                | "they"
                | "we"
                | "you"
                | "he"
                | "she"
                | "i"
                | "thirds"
                | "third"
                | "half"
                | "quarter"
                | "percent"
                | "%"
                | "majority"
                | "most"
                | "many"
                | "people"
                | "children"
                | "members"
                | "voters"
                | "applicants"
                | "residents"
                | "workers"
                | "employees"
                | "participants"
                | "respondents"
                | "patients"
                | "victims"
                | "must"
                | "to"
        )
        && (j >= n
            || matches!(
                next,
                "." | "," | ";" | "-" | "–" | "—" | ")" | "and" | "or" | "as"
            )
            || next == "years"
            || next == "when")
    {
        return None;
    }
    // an age threshold: "children under three", "those over 60"
    if num_start >= 2
        && matches!(prev, "under" | "over" | "above" | "below")
        && matches!(
            w(num_start - 2),
            "children"
                | "kids"
                | "those"
                | "people"
                | "persons"
                | "citizens"
                | "women"
                | "men"
                | "adults"
                | "voters"
                | "americans"
        )
        && value < 120.0
        && !matches!(
            next,
            "%" | "percent" | "per" | "million" | "thousand" | "billion"
        )
    {
        return None;
    }
    // an age: "I was 7 then", "when he was 11", "she was about 18" (read
    // from before a modifier)
    let mut b = start;
    while b > 0
        && matches!(
            w(b - 1),
            "about"
                | "around"
                | "roughly"
                | "approximately"
                | "nearly"
                | "almost"
                | "only"
                | "just"
        )
    {
        b -= 1;
    }
    // (or the later ages of a list begun with "years old": "One is ten years
    // old, the second is six, and the youngest is two")
    let age_subject = b >= 2
        && matches!(w(b - 1), "was" | "am" | "is" | "were")
        && (matches!(w(b - 2), "i" | "he" | "she" | "you" | "we")
            // ("before they were 16": "they" only after a word of time, as
            // "they were 20" may count them)
            || (w(b - 2) == "they"
                && b >= 3
                && matches!(
                    w(b - 3),
                    "when" | "before" | "after" | "until" | "since" | "once"
                )))
        && unit_after(next).is_none();
    let later_in_age_list = b >= 2
        && matches!(w(b - 1), "is" | "was")
        && matches!(
            w(b - 2),
            "second"
                | "third"
                | "fourth"
                | "other"
                | "youngest"
                | "eldest"
                | "oldest"
                | "younger"
                | "older"
        )
        && (1..b - 2).any(|k| w(k) == "old" && matches!(w(k - 1), "years" | "year"));
    if unit.is_none()
        && value < 120.0
        && (age_subject || later_in_age_list)
        && scale_word(next).is_none()
        && !upos.is_some_and(|u| j < n && matches!(u[j], "NOUN" | "PROPN"))
    {
        return None;
    }
    // a rank: "among five largest producers", "one of the 10 biggest"
    if (next.ends_with("est") && next.len() > 4 || next == "most")
        && (matches!(prev, "among" | "top")
            || (prev == "the" && num_start >= 2 && matches!(w(num_start - 2), "among" | "of")))
    {
        return None;
    }
    // an elided duration or factor in a list: "two, three, four years
    // more", "three, four, six, or even seven times lower" (a factor is a
    // ratio, not a count: "seven times lower" alone is no claim either)
    if next == "," && unit.is_none() {
        let mut f = j;
        let mut numbers = 0;
        while matches!(w(f), "," | "or" | "and" | "even" | "perhaps" | "maybe")
            || (f > j && (numeric(w(f)).is_some() || small_word(w(f)).is_some()))
        {
            if numeric(w(f)).is_some() || small_word(w(f)).is_some() {
                numbers += 1;
            }
            f += 1;
        }
        if numbers > 0 && (is_duration(w(f)) || w(f) == "times") {
            return None;
        }
    }
    // a hotline's number ("the 1234 hotline", "the 1234 government hotline"),
    // one listed after a colon ("the numbers of the hotline: 1234 and …") or
    // dialled ("call 1234 or …")
    const LINES: &[&str] = &["hotline", "hotlines", "helpline", "phone", "telephone"];
    let mut colon = num_start;
    while colon > 0
        && num_start - colon < 8
        && (numeric(w(colon - 1)).is_some() || matches!(w(colon - 1), "," | "and" | "or"))
    {
        colon -= 1;
    }
    let listed = colon > 0
        && w(colon - 1) == ":"
        && (colon.saturating_sub(10)..colon).any(|k| LINES.contains(&w(k)));
    let dialled = matches!(prev, "call" | "dial" | "dialling" | "dialing")
        && matches!(next, "" | "." | "," | "or" | "and" | ";");
    if plain_int && (next == "hotline" || w(j + 1) == "hotline" || listed || dialled) {
        return None;
    }
    // the divisor of "one in 35 people"
    if prev == "in" && num_start >= 2 && matches!(w(num_start - 2), "one" | "1") {
        return None;
    }
    // a title opening with a number: a marathon "30 questions to …"
    if matches!(prev, "\"" | "“" | "«")
        && num_start >= 2
        && matches!(
            w(num_start - 2),
            "marathon"
                | "forum"
                | "programme"
                | "program"
                | "project"
                | "campaign"
                | "titled"
                | "entitled"
                | "called"
                | "named"
                | "festival"
                | "conference"
                | "initiative"
        )
    {
        return None;
    }
    // "four o'clock"
    if next.starts_with("o'clock") || next.starts_with("o’clock") {
        return None;
    }
    // an elided duration: "within a week or two", "a year, or two", "a
    // year, or two, or five, seven, even ten"
    if matches!(prev, "or" | "," | "even") && num_start > 0 {
        // back over "or", commas and other numbers to the duration word
        let mut b = num_start - 1;
        let mut or = false;
        while b > 0
            && (matches!(w(b), "or" | "," | "even")
                || small_word(w(b)).is_some()
                || numeric(w(b)).is_some())
        {
            or |= w(b) == "or";
            b -= 1;
        }
        if or && is_duration(w(b)) {
            return None;
        }
    }
    // an age at death: "died in 2016 at 96", "who died at 83 after …"
    if plain_int
        && value <= 120.0
        && prev == "at"
        && unit.is_none()
        && (num_start.saturating_sub(5)..num_start)
            .any(|k| matches!(w(k), "died" | "dies" | "death"))
        && matches!(next, "," | "." | ";" | "and" | "in" | "after" | "on" | "")
    {
        return None;
    }
    // an elided duration: "not five but three years"
    if prev == "not"
        && next == "but"
        && let Some((_, _, e2)) = core(words, lower, j + 1)
        && is_duration(w(e2))
    {
        return None;
    }
    // clock times with a time zone ("at 15.11 BST")
    if matches!(
        next,
        "bst"
            | "gmt"
            | "utc"
            | "cet"
            | "cest"
            | "eet"
            | "eest"
            | "msk"
            | "est"
            | "edt"
            | "pst"
            | "pdt"
    ) {
        return None;
    }
    // a house number ("20 Ivana Mazepa Street")
    if plain_int
        && words
            .get(j)
            .is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase))
        && (j..(j + 4).min(words.len())).any(|k| {
            matches!(
                w(k),
                "street" | "st." | "avenue" | "ave." | "road" | "boulevard" | "lane" | "prospekt"
            )
        })
    {
        return None;
    }
    // a house number before a compass letter and a street's name ("505 W
    // Broadway"), and a congressional district opening a line ("NY 24 Dan
    // Maffei vs. …": a state's postal code, the district, a name)
    let cap_at = |k: usize| {
        words
            .get(k)
            .is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase))
    };
    if plain_int
        && unit.is_none()
        && matches!(
            words.get(j).copied(),
            Some("N" | "S" | "E" | "W" | "N." | "S." | "E." | "W.")
        )
        && cap_at(j + 1)
    {
        return None;
    }
    if plain_int
        && num_start == 1
        && start == 1
        && value < 100.0
        && US_STATES.contains(&words[0])
        && cap_at(j)
    {
        return None;
    }
    // a ratio ("three to one")
    if w(j) == "to" && matches!(w(j + 1), "one" | "1") {
        return None;
    }
    // its second term ("outnumbered roughly 2 to 1"; not a change "from 3 to
    // 1", nor a rate "from 1 in 100 to 1 in 50")
    if prev == "to"
        && matches!(first_tok.as_str(), "1" | "one")
        && !(next == "in" && (numeric(w(j + 1)).is_some() || small_word(w(j + 1)).is_some()))
        && !(next == "out" && w(j + 1) == "of")
        && unit.is_none()
        && num_start >= 2
        && (numeric(w(num_start - 2)).is_some() || small_word(w(num_start - 2)).is_some())
        && !(num_start >= 3 && w(num_start - 3) == "from")
    {
        return None;
    }
    // "ground zero": a place
    if first_tok == "zero" && prev == "ground" {
        return None;
    }
    // the idiom "one step forward, two steps back"
    if unit.is_none()
        && matches!(w(j), "step" | "steps")
        && matches!(
            w(j + 1),
            "back" | "backward" | "backwards" | "forward" | "forwards" | "ahead" | "behind"
        )
    {
        return None;
    }
    // a gallery's title in a caption line ("Hide Caption 3 of 9 Photos: The
    // flood in 40 photos")
    if matches!(next, "photos" | "pictures" | "images")
        && (0..num_start).any(|k| w(k) == "caption" && numeric(w(k + 1)).is_some())
    {
        return None;
    }
    // a name made of a number and a compass word ("the website 38 North"), not
    // "38 North Korean defectors"
    if plain_int
        && unit.is_none()
        && num_start == start
        && matches!(
            words.get(j).copied(),
            Some("North" | "South" | "East" | "West")
        )
        && !cap_at(j + 1)
    {
        return None;
    }
    // "the Group of 20": a number in a name
    if prev == "of"
        && num_start >= 2
        && w(num_start - 2) == "group"
        && words[num_start - 2].starts_with('G')
    {
        return None;
    }
    // "the Normandy four countries", "the Visegrad Four", "the Big Three": a
    // written number naming a group of states or powers counts nothing
    if num_start > 0
        && matches!(
            words[num_start - 1],
            "Normandy" | "Visegrad" | "Visegrád" | "Big"
        )
        && value <= 20.0
        && words[num_start].chars().all(char::is_alphabetic)
    {
        return None;
    }
    // the second of two bare numbers ("606 2911" in a phone number)
    if plain_int && num_start > 0 && !prev.is_empty() && prev.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // a score or vote ("a 3-1 victory"): the second number is not larger
    if plain_int
        && matches!(next, "-" | "–")
        && let Some((v2, None, _)) = numeric(w(j + 1))
        && v2 <= value
        && w(j + 1).bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    // an age after a name: between commas ("Olena Marchuk, 34, said"), or
    // closing the sentence after a two-word name ("…, says Olena Marchuk, 71.")
    // or after a surname that a verb of saying introduces ("…,” said Palazzo,
    // 56.")
    let capital = |k: usize| words[k].chars().next().is_some_and(char::is_uppercase);
    if plain_int
        && value < 120.0
        && prev == ","
        && ((next == "," && num_start >= 2 && capital(num_start - 2))
            || ((j >= n || (j + 1 == n && matches!(next, "." | "!")))
                && num_start >= 3
                && capital(num_start - 2)
                && (capital(num_start - 3)
                    || matches!(w(num_start - 3), "said" | "says" | "added" | "adds"))))
    {
        return None;
    }
    // a footnote reference in square brackets ("positions,[59][74] generally
    // …"), as a bare number in parentheses
    // (after a word or a mark, or before another reference or the end; "gets
    // [68] votes", an editor's insertion inside a quotation, stays)
    if prev == "["
        && next == "]"
        && plain_int
        && unit.is_none()
        && num_start >= 2
        && (matches!(
            w(num_start - 2),
            "," | "." | ";" | ":" | "]" | ")" | "\"" | "”"
        ) || matches!(w(j + 1), "[" | "." | "," | ";" | ""))
    {
        return None;
    }
    // an id of many digits with no separator ("191111074455149" under a
    // photo): no quantity is written so
    if plain_int && first_tok.len() >= 10 && unit.is_none() {
        return None;
    }
    // the top of a scale ("a rating of 12.67 out of a possible 100"): the
    // score is the claim, not its maximum
    if num_start >= 4
        && prev == "possible"
        && w(num_start - 2) == "a"
        && w(num_start - 3) == "of"
        && w(num_start - 4) == "out"
        && unit.is_none()
    {
        return None;
    }
    // "on the count of three": an idiom, not a quantity
    if prev == "of" && num_start >= 2 && w(num_start - 2) == "count" && unit.is_none() {
        return None;
    }
    // a question that only echoes a number ("Mr Ivanov: 56?"): the figure is
    // the previous speaker's, asked back
    if next == "?" && j + 1 == n && (num_start == 0 || prev == ":") && modifier == "exact" {
        return None;
    }
    // a clause number after a colon at the end of a sentence ("agreed as
    // follows: 1.1."), or a list's first marker there ("on the following
    // routes: 1. Trostyanets - Sumy …", split off by the segmenter)
    if prev == ":"
        && next == "."
        && j + 1 == n
        && unit.is_none()
        && (first_tok == "1"
            || first_tok
                .split_once('.')
                .is_some_and(|(a, b)| (1..=2).contains(&a.len()) && (1..=2).contains(&b.len())))
    {
        return None;
    }
    // a ranking's name after a possessive ("the country's 100 Best Goods
    // rating", "Forbes' 30 Under 30")
    if matches!(prev, "'s" | "’s" | "'" | "’")
        && plain_int
        && words.get(j).is_some_and(|x| {
            x.chars().next().is_some_and(char::is_uppercase)
                && matches!(
                    w(j),
                    "best"
                        | "top"
                        | "most"
                        | "greatest"
                        | "largest"
                        | "biggest"
                        | "leading"
                        | "under"
                )
        })
    {
        return None;
    }
    // a house number with a letter ("87B Shevchenko Highway"): the letter is
    // no billion when no currency is written and a capitalized name follows
    if unit.is_none()
        && first_tok.len() >= 2
        && first_tok.ends_with(['b', 'm', 'k'])
        && words[num_start].ends_with(|c: char| c.is_ascii_uppercase())
        && words[num_start].starts_with(|c: char| c.is_ascii_digit())
        && words
            .get(j)
            .is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase))
        && scale_word(w(j)).is_none()
    {
        return None;
    }
    // a name of two words ending in a number, alone in its sentence ("United 24.")
    if num_start == 1
        && num_start == start
        && plain_int
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && small_word(w(0)).is_none()
        && (j >= words.len() || (j + 1 == words.len() && matches!(next, "." | "!")))
    {
        return None;
    }
    // a list marker ("2." or "3)") opening a sentence, also glued to its
    // point ("12. She and …" is one word "12."), and "1)" inside one ("two
    // things at once: 1) …, but 2) …", with no bracket opened before it)
    if num_start == 0
        && (matches!(next, "." | ")")
            || (j == 1
                && first_tok.len() > 1
                && first_tok.ends_with('.')
                && first_tok[..first_tok.len() - 1]
                    .bytes()
                    .all(|b| b.is_ascii_digit())))
    {
        return None;
    }
    if next == ")"
        && plain_int
        && value < 100.0
        && unit.is_none()
        && !(0..num_start).any(|k| matches!(w(k), "(" | "["))
    {
        return None;
    }
    // "Normandy Four": a capitalized written number inside a sentence (not
    // one opening a bracketed sentence: "(Four out of five …)")
    if num_start > 0
        && !(num_start == 1
            && matches!(prev, "(" | "[" | "\"" | "“")
            && !matches!(next, "," | "more" | "." | "!"))
        && small_word(&first_tok).is_some()
        && words[num_start]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    {
        return None;
    }
    // the first end of a percent range carries its own sign: "from 1.5% to
    // 4%", "about 5 percent to 10 percent", "72%-77%" (glued: "5%" is one
    // word); not a change ("rose from 5% to 10%") nor a poll's margin
    // ("leads 47 percent to 36 percent", "a 54%-42% advantage": the second is
    // smaller; "by a 37%-57% margin")
    let glued = unit.is_none() && lower[num_start].ends_with('%') && j == num_start + 1;
    let pct = |x: &str| matches!(x, "%" | "percent");
    let mut margin = false;
    let sign = usize::from(!glued && pct(w(j)));
    if (glued || sign == 1)
        && value_max.is_none()
        && matches!(w(j + sign), "to" | "-" | "–" | "—")
        && (from_range
            // ("no more than 0% to 5%", "up to 2% to 3%": a bound on a
            // range, never a poll's margin)
            || matches!(modifier, "approx" | "at_most" | "at_least")
            || (glued && w(j + 1) != "to"))
        // (a verb of change a few words back: "raise taxes on guns from 10%
        // to 30%"; further back for a second one after "and": "… and from
        // 11% to 50% on …")
        && !(from_range && {
            let back = if start > 0 && w(start - 1) == "and" { 16 } else { 6 };
            (start.saturating_sub(back)..start).any(|k| change_verb(w(k)))
        })
        && let Some((v2, None, e2)) = core(words, lower, j + sign + 1)
        && v2 > value
        && (pct(w(e2)) || lower[e2 - 1].ends_with('%') || (glued && e2 == j + 2))
        && !matches!(
            w(e2 + usize::from(pct(w(e2)))),
            "margin" | "lead" | "advantage" | "edge" | "split" | "vote" | "majority"
        )
    {
        j += sign;
        // (a second end with its own sign gives the unit where it is read)
        if glued && !pct(w(e2)) {
            unit = Some("percent");
        }
    } else if glued {
        unit = Some("percent");
        // (a margin: the second number is read on its own)
        margin = matches!(w(j), "-" | "–" | "—");
    }
    // ranges
    if between && w(j) == "and" {
        // "between $10 million and $20 million": the second end may repeat
        // the currency
        let again = usize::from(unit.is_some() && currency(w(j + 1)) == unit);
        let (v2, _, e2) = core(words, lower, j + 1 + again)?;
        value_max = Some(v2);
        j = e2;
    } else if between {
        return None;
    }
    if from_range {
        if w(j) == "to" {
            if let Some((v2, _, e2)) = core(words, lower, j + 1) {
                value_max = Some(v2);
                j = e2;
            } else {
                return None;
            }
        } else {
            return None;
        }
    } else if !between
        && w(j) == "or"
        && matches!(w(j + 1), "more" | "fewer" | "less")
        && !matches!(w(j + 2), "than" | "of")
    {
        // "two or more children", "five or fewer": an open bound after the number
        if modifier == "exact" {
            modifier = if w(j + 1) == "more" {
                "at_least"
            } else {
                "at_most"
            };
        }
        j += 2;
    } else if !between && w(j) == "or" && unit.is_none() {
        // "two or three", "15 or even 20": a vague range
        let k2 = if w(j + 1) == "even" { j + 2 } else { j + 1 };
        // ("a dozen or two", "a hundred or two": the second counts dozens)
        let base = match w(end_num - 1) {
            "dozen" => Some(12.0),
            x => scale_word(x),
        };
        if let Some((v2, _, e2)) = core(words, lower, k2) {
            let v2 = match base {
                Some(b) if v2 < 10.0 && e2 == k2 + 1 && v2 * b > value => v2 * b,
                _ => v2,
            };
            if v2 > value {
                value_max = Some(v2);
                modifier = "approx";
                j = e2;
            }
        }
    } else if !between
        && !margin
        && matches!(w(j), "-" | "–" | "—" | "to")
        // "$ 5 billion to $ 7 billion": the second end may repeat the currency
        && let Some((v2, _, e2)) = core(
            words,
            lower,
            j + 1 + usize::from(unit.is_some() && currency(w(j + 1)) == unit),
        )
        && v2 > value
    {
        value_max = Some(v2);
        j = e2;
    }
    // an age range: "children 8 to 17", "aged 18 to 60"
    if value_max.is_some_and(|m| m <= 120.0)
        && num_start == start
        && matches!(
            prev,
            "children" | "kids" | "teenagers" | "aged" | "ages" | "men" | "women"
        )
        && unit.is_none()
        && !matches!(w(j), "of" | "percent" | "%")
    {
        return None;
    }
    // a range's scale applies to both ends: "10 to 15 million"
    if let Some(m) = value_max
        && m > value * 100.0
        && value < 1000.0
    {
        let scale = (m / value.max(1.0)).log10().floor();
        let s = 10f64.powf(scale - scale % 3.0);
        if s >= 1e3 {
            value *= s;
        }
    }
    // a part of a whole: "one in every six or seven deaths", "one in 35
    // people", "two out of every three", "nine out of ten families" are
    // proportions, in percent of what is counted; "351 out of 450 Parliament
    // members" counts 351 of a known total, which goes in the unit ("out of
    // 450") and is no claim of its own
    let mut total: Option<String> = None;
    if unit.is_none()
        && value_max.is_none()
        && !between
        && !from_range
        && let Some((d, d_max, e, share)) = part_of_whole(words, lower, j, value)
    {
        if share {
            // (the larger divisor gives the smaller share)
            let lo = round12(100.0 * value / d_max);
            let hi = round12(100.0 * value / d);
            value = lo;
            if hi > lo {
                value_max = Some(hi);
                if modifier == "exact" {
                    modifier = "approx";
                }
            }
            unit = Some("percent");
        } else {
            total = Some(format!("out of {d}"));
        }
        j = e;
    }
    let kilowatt_hours = |k: usize| {
        matches!(w(k), "kilowatt" | "megawatt")
            && (matches!(w(k + 1), "hours" | "hour")
                || (matches!(w(k + 1), "-" | "–") && matches!(w(k + 2), "hours" | "hour")))
    };
    // an editor's bracketed unit: "0.034[percent]"
    if unit.is_none()
        && w(j) == "["
        && w(j + 2) == "]"
        && let Some(u) = unit_after(w(j + 1))
    {
        unit = Some(u);
        j += 3;
    } else if let Some(u) = unit_after(w(j)).filter(|_| {
        // ("kilowatt-hours" split at the hyphen, and "kilowatt hours", are read below)
        !kilowatt_hours(j)
    }) {
        unit = Some(u);
        j += 1;
        if u == "m3" && matches!(w(j), "metres" | "meters" | "metre" | "meter" | "m") {
            j += 1;
        }
        if u == "percent" && w(j) == "points" {
            j += 1;
        }
    } else if kilowatt_hours(j) {
        // "40 billion kilowatt-hours" (split at the hyphen), "17m kilowatt hours"
        unit = Some(if w(j) == "kilowatt" { "kWh" } else { "MWh" });
        j += if matches!(w(j + 1), "-" | "–") {
            3
        } else {
            2
        };
    } else if unit.is_none()
        && let Some(c) = iso_currency(words.get(j).copied().unwrap_or(""))
    {
        // "600,000 DKK"
        unit = Some(c);
        j += 1;
    } else if unit.is_none() && w(j) == "swiss" && matches!(w(j + 1), "francs" | "franc") {
        // "3bn Swiss francs"
        unit = Some("CHF");
        j += 2;
    } else if unit.is_none()
        && matches!(w(j), "us" | "u.s." | "american")
        && matches!(w(j + 1), "dollars" | "dollar")
    {
        // "2 billion US dollars"
        unit = Some("USD");
        j += 2;
    } else if w(j) == "per" && w(j + 1) == "cent" {
        unit = Some("percent");
        j += 2;
    } else if unit.is_none() && w(j) == "gpa" {
        // a grade point average ("a 3.8 GPA") is a grade, not a count
        unit = Some("GPA");
        j += 1;
    } else if unit.is_none() && words.get(j) == Some(&"ERA") && !first_tok.contains(',') {
        // a pitcher's earned run average ("a 1.12 ERA"), like a GPA: a rate,
        // not a count of "ERA"
        unit = Some("ERA");
        j += 1;
    } else if unit.is_none()
        && w(j) == "\""
        && matches!(w(j + 1), "of" | "in")
        && first_tok.starts_with(|c: char| c.is_ascii_digit())
    {
        // inches written with a straight double quote after the digits ("50-60\"
        // of rain", "12\" in diameter"), in digits: a closing quotation mark is
        // followed by other words, or closes a written number ("\"round one\" of
        // the fight")
        unit = Some("inch");
        j += 1;
    } else if matches!(w(j), "square" | "sq" | "sq.") {
        // areas: "250,000 square metres", "40 sq km"
        let area = match w(j + 1) {
            "metres" | "meters" | "metre" | "meter" | "m" => Some("m2"),
            "kilometres" | "kilometers" | "kilometre" | "kilometer" | "km" => Some("km2"),
            "miles" | "mile" => Some("sq mi"),
            _ => None,
        };
        if let Some(a) = area {
            unit = Some(a);
            j += 2;
        }
    }
    // "1 hryvnia 44 kopecks", "3 dollars and 50 cents": the hundredths add on
    // (one amount, 1.44 UAH, not 44 kopecks)
    if let Some(cur) = unit
        && value_max.is_none()
        && j > num_start + 1
        && !words[j - 1].chars().any(|c| c.is_ascii_digit())
    {
        let at = if w(j) == "and" { j + 1 } else { j };
        if w(at).len() <= 2
            && w(at).bytes().all(|b| b.is_ascii_digit())
            && let Ok(c) = w(at).parse::<u8>()
            && c < 100
            && hundredth_of(w(at + 1)).is_some_and(|of| of.contains(&cur))
        {
            value = round12(value + f64::from(c) / 100.0);
            j = at + 2;
        }
    }
    // "those who consume less than 250 kilowatts": what is used is energy,
    // kWh (MWh), not power
    let used = |k: usize| {
        matches!(
            w(k),
            "consume"
                | "consumes"
                | "consumed"
                | "consuming"
                | "use"
                | "uses"
                | "used"
                | "using"
                | "consumption"
        )
    };
    if matches!(unit, Some("kW" | "MW"))
        && start > 0
        && (used(start - 1) || (start > 1 && w(start - 1) == "of" && used(start - 2)))
    {
        unit = Some(if unit == Some("kW") { "kWh" } else { "MWh" });
    }
    // a price per unit: "$105 a barrel", "1,200 euros per thousand cubic
    // metres"
    let mut rate: Option<String> = None;
    if let Some(cur) = unit.filter(|u| CURRENCIES.contains(u))
        && matches!(w(j), "a" | "an" | "per")
    {
        let thousand = w(j) == "per" && w(j + 1) == "thousand";
        let at = if thousand { j + 2 } else { j + 1 };
        if let Some(u) = unit_after(w(at)).filter(|u| *u != "percent" && !CURRENCIES.contains(u)) {
            // a tariff "per kilowatt" is a price of energy, per kWh: a price
            // of capacity ("$1,500 per kilowatt" of a plant) is hundreds or
            // thousands
            let u = if u == "kW" && value < 100.0 { "kWh" } else { u };
            rate = Some(format!(
                "{cur} per {}{u}",
                if thousand { "1000 " } else { "" }
            ));
            j = at + 1;
            if u == "m3" && matches!(w(j), "metres" | "meters" | "metre" | "meter" | "m") {
                j += 1;
            }
        }
    }
    // the idiom "to one degree or another"
    if unit == Some("degree") && w(j) == "or" && w(j + 1) == "another" {
        return None;
    }
    // the figure of speech "two (different, parallel, …) worlds": a contrast, not
    // a count
    if unit.is_none()
        && value == 2.0
        && j == num_start + 1
        && (w(j) == "worlds"
            || (matches!(w(j), "different" | "separate" | "parallel" | "opposite")
                && w(j + 1) == "worlds"))
    {
        return None;
    }
    // "100 percent confident": a degree of certainty, not a quantity
    if unit == Some("percent")
        && matches!(
            w(j),
            "confident" | "sure" | "certain" | "convinced" | "correct" | "right" | "wrong"
        )
    {
        return None;
    }
    // "one hundred percent answers", "a 100 percent guarantee": a degree
    // (a hundred percent of a thing takes "of")
    if unit == Some("percent")
        && value == 100.0
        && value_max.is_none()
        && upos.is_some_and(|u| {
            j < n && (u[j] == "NOUN" || (u[j] == "ADJ" && j + 1 < n && u[j + 1] == "NOUN"))
        })
    {
        return None;
    }
    // durations and factors ("two years", "three times") are not claims about counted things
    // (also after a vague plural: "thousands of years of trade")
    let vague_duration = w(j) == "of" && small_or_scale_plural(&first_tok) && is_duration(w(j + 1));
    // ("nine awkward seconds", "three long years": an adjective between)
    // (not a time reference: "only 2,500 last year")
    let adj_duration = is_duration(w(j + 1))
        && !matches!(
            w(j),
            "last" | "next" | "past" | "previous" | "coming" | "following" | "same" | "first"
        )
        && (upos.is_some_and(|u| j < n && u[j] == "ADJ")
            || matches!(w(j), "long" | "full" | "straight" | "consecutive" | "whole"));
    if unit.is_none()
        && (is_duration(w(j))
            || vague_duration
            || adj_duration
            || matches!(w(j), "times" | "year-old" | "years-old"))
    {
        return None;
    }
    // counted noun phrase
    let mut k = j;
    if w(k) == "of"
        && (unit == Some("percent")
            || value_max.is_some_and(|_| first_tok.ends_with('s'))
            || lower[num_start..j]
                .iter()
                .any(|x| x.ends_with('s') && small_or_scale_plural(x)))
    {
        k += 1;
        while k < n
            && matches!(
                w(k),
                "the" | "all" | "its" | "their" | "those" | "your" | "our" | "his" | "her" | "my"
            )
        {
            k += 1;
        }
    } else if w(k) == "of"
        && unit.is_none()
        && matches!(
            w(k + 1),
            "our"
                | "their"
                | "the"
                | "its"
                | "his"
                | "her"
                | "these"
                | "those"
                | "your"
                | "my"
                | "such"
        )
    {
        // "over 1,000 of our citizens", "110 of such grounds"
        k += 2;
    } else if w(k) == "of"
        && unit.is_none()
        && let Some(u) = upos
        && let Some(p) = (k + 2..(k + 5).min(n)).find(|&x| matches!(w(x), "'s" | "’s" | "'" | "’"))
        && (k + 1..p).all(|x| u[x] == "PROPN")
        && p + 1 < n
        && (matches!(u[p + 1], "NOUN" | "PROPN" | "ADJ")
            || (matches!(w(p + 1), "most" | "least") && p + 2 < n && u[p + 2] == "ADJ"))
    {
        // a named possessor: "79 of Meadows' House colleagues", "two of
        // Russia's largest banks", "two of Washington's most powerful figures"
        // (the adverb of the superlative is left out of the phrase)
        k = p + 1;
        if matches!(w(k), "most" | "least") {
            k += 1;
        }
    }
    // a scare-quoted noun phrase: "110 of such \"smart grounds\"" counts
    // the words inside the marks (when the mark closes right after them and
    // no noun follows: in "millions of “Watters’ World” youths" the quoted
    // words are a name before the counted noun)
    if matches!(w(k), "\"" | "“" | "«" | "'" | "‘")
        && let Some(close) =
            (k + 2..n.min(k + 7)).find(|&x| matches!(w(x), "\"" | "”" | "»" | "'" | "’"))
        && (k + 1..close).all(|x| w(x).chars().all(|c| c.is_alphabetic() || c == '-'))
        && !upos.is_some_and(|u| close + 1 < n && matches!(u[close + 1], "NOUN" | "PROPN"))
    {
        k += 1;
    }
    // "hundreds of times more": a factor
    if unit.is_none() && w(k) == "times" {
        return None;
    }
    // ("9,500 rubles in absolute terms": no counted thing)
    // ("$10 billion in total pledges" has one)
    // ("$130,000 in exchange for her silence", "in return for": what it buys
    // is no counted thing)
    let in_terms = w(j) == "in"
        && (matches!(
            w(j + 1),
            "absolute" | "real" | "nominal" | "terms" | "circulation"
        ) || (matches!(w(j + 1), "exchange" | "return") && w(j + 2) == "for")
            || (matches!(w(j + 1), "total" | "all") && !w(j + 2).starts_with(char::is_alphabetic)));
    // ("by 30 percent thanks to modelling": a cause, no counted thing)
    let thanks_to = w(k) == "thanks" && w(k + 1) == "to";
    // ("a tax rate of 3% of global companies": a rate, and what follows it is
    // whom it is levied on, not a share of them)
    let rate_of = unit == Some("percent")
        && num_start >= 2
        && w(num_start - 1) == "of"
        && matches!(
            w(num_start - 2),
            "rate" | "rates" | "tax" | "duty" | "tariff" | "tariffs" | "levy"
        );
    // ("36 inches in parts of Texas", "16 inches in length": after a length,
    // "in" opens a place or a dimension, not what is counted)
    let length_in = w(j) == "in"
        && matches!(
            unit,
            Some("inch" | "ft" | "mile" | "km" | "m" | "cm" | "mm")
        );
    let counted = if !in_terms
        && !length_in
        && !thanks_to
        && !rate_of
        && (unit.is_none()
            || unit == Some("percent")
            || matches!(w(j), "in" | "of" | "for" | "worth"))
    {
        // "two rubles worth of fixed assets"
        if unit.is_some() && unit != Some("percent") && w(k) == "worth" {
            k += 1;
        }
        if unit.is_some() && unit != Some("percent") && matches!(w(k), "in" | "of" | "for") {
            k += 1;
        }
        match upos {
            Some(u) => noun_phrase_tagged(lower, u, k),
            None => noun_phrase(words, lower, k),
        }
    } else {
        None
    };
    // "two of three volunteers", "two of the five British volunteers": the
    // part counts what the whole counts
    let counted = counted.or_else(|| {
        if unit.is_some() || w(j) != "of" {
            return None;
        }
        let mut m = j + 1;
        if matches!(
            w(m),
            "the" | "our" | "their" | "its" | "these" | "those" | "his" | "her" | "your" | "my"
        ) {
            m += 1;
        }
        let (_, _, e) = core(words, lower, m)?;
        match upos {
            Some(u) => noun_phrase_tagged(lower, u, e),
            None => noun_phrase(words, lower, e),
        }
    });
    // "over 1,300 wounded", "16 dead": a participle or adjective standing
    // for the people it describes is the counted word
    let counted = counted.or_else(|| {
        (unit.is_none()
            && matches!(
                w(k),
                "wounded" | "injured" | "dead" | "killed" | "missing" | "hurt"
            )
            && !upos.is_some_and(|u| k + 1 < n && matches!(u[k + 1], "NOUN" | "PROPN")))
        .then_some((k, k + 1))
    });
    // the counted phrase stops before a word that agrees as the clause's
    // verb, when the tagger left the clause with no verb: "millions of dead
    // and unborn Ukrainians disappears from the map" (a plural -s noun then
    // an -s word read as a noun, and no verb in the whole sentence),
    // "…, two name Veterans Affairs clinics" (a singular noun right after a
    // number above one that opens its clause, before a name: "two" is the
    // subject; not "each of 122 state House districts")
    let opens_clause = start == 0 || matches!(w(start - 1), "," | ";" | ":" | "and");
    let counted = match (counted, upos) {
        (Some((a, b)), Some(u)) if verbless_clause(lower, u, a, b) => {
            if value > 1.0
                && opens_clause
                && a == j
                && b > a + 1
                && u[a] == "NOUN"
                && !plural(&lower[a])
                && matches!(u[a + 1], "PROPN" | "DET")
            {
                None
            } else if b >= a + 2
                && u[b - 1] == "NOUN"
                && lower[b - 1].len() > 3
                && plural(&lower[b - 1])
                && matches!(u[b - 2], "NOUN" | "PROPN")
                && plural(&lower[b - 2])
                && lower[b - 2].ends_with('s')
                && !u.iter().any(|t| matches!(*t, "VERB" | "AUX"))
            {
                Some((a, b - 1))
            } else {
                Some((a, b))
            }
        }
        (c, _) => c,
    };
    // "a story … as about 300 Spartans": a cultural reference, no count
    if let Some((a, b)) = counted
        && b == a + 1
        && value_max.is_none()
        && ALLUSIONS.contains(&(value as u32, &*lower[a]))
    {
        return None;
    }
    // "billions of hryvnias", "thousands of kilometres": the counted word
    // is the currency or the unit ("millions of tonnes of grain" counts grain)
    let (mut unit, mut counted) = (unit, counted);
    if unit.is_none()
        && let Some((a, b)) = counted
        && b == a + 1
        && let Some(c) = unit_after(w(a)).filter(|c| *c != "percent")
    {
        unit = Some(c);
        counted = None;
        if !CURRENCIES.contains(&c) && w(b) == "of" {
            counted = match upos {
                Some(u) => noun_phrase_tagged(lower, u, b + 1),
                None => noun_phrase(words, lower, b + 1),
            };
        }
    }
    // a number too large for an f64 ("5" written 400 times) is no quantity: its
    // value would be infinite, which JSON cannot hold
    if !value.is_finite() || value_max.is_some_and(|m| !m.is_finite()) {
        return None;
    }
    // "one" alone is a pronoun more often than a number
    if first_tok == "one" && j == num_start + 1 {
        return None;
    }
    let _ = &mut value;
    Some(Quantity {
        start,
        end: j,
        value,
        value_max,
        unit: rate
            .or(total)
            .unwrap_or_else(|| unit.unwrap_or("count").to_string()),
        modifier: if value_max.is_some()
            && modifier == "exact"
            && (between
                || from_range
                || w(num_start).ends_with('s')
                || matches!(w(num_start), "several" | "a"))
        {
            if w(num_start).ends_with('s') || matches!(w(num_start), "several" | "a") {
                "approx"
            } else {
                "exact"
            }
        } else {
            modifier
        },
        counted,
    })
}

/// The postal codes of the US states (and DC), written in capitals.
const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC",
];

/// Numbers that name a story's group, not a count: "300 Spartans", "40
/// thieves".
const ALLUSIONS: &[(u32, &str)] = &[
    (300, "spartans"),
    (40, "thieves"),
    (3, "musketeers"),
    (7, "samurai"),
    (7, "dwarfs"),
    (7, "dwarves"),
    (101, "dalmatians"),
];

/// Groups of people an age bracket follows ("adults 65 and older").
const AGE_GROUPS: &[&str] = &[
    "adults",
    "voters",
    "people",
    "those",
    "residents",
    "americans",
    "seniors",
    "respondents",
    "men",
    "women",
    "children",
    "kids",
    "teens",
    "teenagers",
    "persons",
    "citizens",
    "individuals",
];

/// Whether the number at `a..b` is an age bracket after a group of people:
/// right after the group or after earlier brackets of a list ("voters 17-29,
/// 30-44 and 45-65", "those 65 or older and 75 or older"), itself a range
/// (`ranged`) or open-ended ("65 and older", "21 and over"). "Voters 65"
/// alone, "adults 65 times" and "people 20 or 30" are no brackets.
fn age_bracket(lower: &[Cow<str>], a: usize, b: usize, ranged: bool) -> bool {
    let w = |k: usize| lower.get(k).map_or("", |s| &**s);
    let open_ended = matches!(w(b), "and" | "or")
        && matches!(
            w(b + 1),
            "older" | "over" | "up" | "above" | "younger" | "under" | "below" | "plus"
        );
    // (a range split into tokens: "18", "-", "34")
    let ranged = ranged
        || (matches!(w(b), "-" | "–" | "to" | "through")
            && numeric(w(b + 1)).is_some_and(|(v, _, _)| v < 120.0));
    if !(ranged || open_ended) {
        return false;
    }
    // (a share is no age: "voters, 50%-40%")
    if w(a).contains('%') {
        return false;
    }
    let mut k = a;
    while k > 0 && a - k < 16 {
        let p = w(k - 1);
        // (the first bracket right after the group: "women, 18 to 118" is
        // no list)
        if AGE_GROUPS.contains(&p) {
            return k == a || numeric(w(k)).is_some();
        }
        let list = matches!(
            p,
            "," | "and" | "or" | "to" | "-" | "–" | "older" | "over" | "up" | "younger" | "under"
        ) || numeric(p).is_some();
        if !list {
            return false;
        }
        k -= 1;
    }
    false
}

/// The singular forms of the groups an age follows ("a child under 18").
const AGE_ONES: &[&str] = &[
    "child", "kid", "adult", "person", "teen", "teenager", "voter", "resident", "man", "woman",
];

/// Whether the number at `num_start..j` is an age after a group of people
/// and "under" or "over" ("a child under 18", "people over 65"): no claim. Not
/// before a share, a rate or a unit other than "years old" ("people over
/// 50 percent", "children under 5 days" stay).
fn age_after_group(lower: &[Cow<str>], num_start: usize, j: usize, ranged: bool) -> bool {
    let w = |k: usize| lower.get(k).map_or("", |s| &**s);
    if num_start < 2 {
        return false;
    }
    let fits = match w(num_start - 1) {
        "under" | "over" => !ranged,
        // ("men between 18 and 60" stays a range: review V's call)
        _ => false,
    };
    let group = w(num_start - 2);
    let next = w(j);
    let years_old = matches!(next, "years" | "year") && matches!(w(j + 1), "old" | "of");
    fits && (AGE_GROUPS.contains(&group) || AGE_ONES.contains(&group))
        && !matches!(next, "%" | "percent" | "per" | "times" | "of")
        && (years_old || unit_after(next).is_none())
}

/// True when the clause around the counted phrase `a..b` (back to the
/// punctuation before it, on to the punctuation or conjunction after it)
/// has no word tagged a verb or an auxiliary.
fn verbless_clause(lower: &[Cow<str>], upos: &[&str], a: usize, b: usize) -> bool {
    let boundary = |k: usize| {
        upos[k] == "PUNCT"
            && matches!(
                &*lower[k],
                "," | ";" | ":" | "." | "!" | "?" | "—" | "–" | "-" | "(" | ")"
            )
    };
    let mut s = a;
    while s > 0 && !boundary(s - 1) {
        s -= 1;
    }
    let mut e = b;
    while e < upos.len() && !boundary(e) && upos[e] != "CCONJ" {
        e += 1;
    }
    !(s..e).any(|k| matches!(upos[k], "VERB" | "AUX"))
}

/// The whole that the number `value` ending at `j` is a part of: "in (every)
/// six or seven", "out of (every) ten", "out of (the) 450", "of every three".
/// Returns the divisor, its upper end ("six or seven"; else the divisor
/// again), the end of the expression and whether it is a share (a proportion:
/// after "in" or "every", or out of ten or fewer) rather than a count of a
/// known total ("351 out of 450").
///
/// None when the divisor is not larger than the part, is a year ("one in
/// 2014"), is "a …" ("one in a million": a figure of speech) or is followed by
/// a unit of time ("five in ten days": a rate); "in" without "every" needs a
/// part of ten or less ("one in 35 people", not "300 in 12 regions").
fn part_of_whole(
    words: &[&str],
    lower: &[Cow<str>],
    j: usize,
    value: f64,
) -> Option<(f64, f64, usize, bool)> {
    let w = |k: usize| lower.get(k).map(|s| &**s).unwrap_or("");
    let (mut m, out_of) = match (w(j), w(j + 1)) {
        ("in", _) => (j + 1, false),
        ("out", "of") => (j + 2, true),
        ("of", "every") => (j + 1, false),
        _ => return None,
    };
    let every = w(m) == "every";
    if every {
        m += 1;
    } else if !out_of && (w(j) == "of" || value > 10.0) {
        return None;
    }
    let the = out_of && !every && w(m) == "the";
    if the {
        m += 1;
    }
    if w(m) == "a" {
        return None;
    }
    let year = |k: usize| w(k).len() == 4 && w(k).bytes().all(|b| b.is_ascii_digit());
    let (d, None, mut e) = core(words, lower, m)? else {
        return None;
    };
    if d <= value || year(m) {
        return None;
    }
    let mut d_max = d;
    if w(e) == "or"
        && let Some((d2, None, e2)) = core(words, lower, e + 1)
        && d2 > d
        && !year(e + 1)
    {
        d_max = d2;
        e = e2;
    }
    if is_duration(w(e)) || time_unit(w(e)).is_some() || is_month(w(e)) {
        return None;
    }
    let share = every || !out_of || (d_max <= 10.0 && !the);
    Some((d, d_max, e, share))
}

/// A fraction in words at `j`, in percent, and where it ends: "two thirds",
/// "two - thirds", "one - third of", "a quarter of". "a …" and "one …" need
/// "of" after them ("a third country", "a third dose" are ordinals), or a
/// change: after "by" (`by`) with no noun after it ("grew by almost a third
/// in 2021", not "by a third party") or before a comparative ("a third
/// higher"); a part of a scale ("a quarter of a billion") is read by
/// [`core`], and quarters of a year ("the first three quarters of 2021")
/// are a period ([`is_duration`]).
fn fraction(lower: &[Cow<str>], j: usize, by: bool) -> Option<(f64, usize)> {
    let w = |k: usize| lower.get(k).map(|s| &**s).unwrap_or("");
    let n = match w(j) {
        "a" => 1.0,
        x => small_word(x).filter(|v| (1.0..10.0).contains(v))?,
    };
    let mut k = j + 1;
    if w(j) != "a" && matches!(w(k), "-" | "–") {
        k += 1;
    }
    let d = match w(k) {
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" => 4.0,
        "fifth" | "fifths" => 5.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    };
    let e = k + 1;
    let of = w(e) == "of";
    let year = |x: &str| x.len() == 4 && x.bytes().all(|b| b.is_ascii_digit());
    let of_time = of
        && (year(w(e + 1))
            || (matches!(w(e + 1), "this" | "last" | "next" | "the" | "that")
                && matches!(w(e + 2), "year" | "fiscal" | "financial")));
    let of_scale = of && w(e + 1) == "a" && scale_word(w(e + 2)).is_some();
    let change =
        (by && matches!(
            w(e),
            "" | ","
                | "."
                | ";"
                | ":"
                | "–"
                | "—"
                | "in"
                | "to"
                | "from"
                | "over"
                | "since"
                | "compared"
                | "and"
                | "or"
                | "reaching"
                | "year-on-year"
                | "as"
        )) || matches!(
            w(e),
            "higher" | "lower" | "more" | "less" | "bigger" | "larger" | "smaller" | "cheaper"
        );
    if of_scale || (d == 4.0 && of_time) || (n == 1.0 && !of && !change) {
        return None;
    }
    Some((round12(100.0 * n / d), e))
}

/// The currency a word names: a code or symbol ("uah", "$", "₽"), a word
/// ("hryvnias", "dollars") or an amount written with its symbol ("$5").
pub(crate) fn currency_word(w: &str) -> Option<&'static str> {
    currency(w)
        .or_else(|| unit_after(w).filter(|u| CURRENCIES.contains(u)))
        .or_else(|| {
            let c = w.chars().next()?;
            (w.len() > c.len_utf8())
                .then(|| currency(c.encode_utf8(&mut [0u8; 4])))
                .flatten()
        })
}

/// The currencies a hundredth ("kopecks", "cents", "pence") is a part of.
pub(crate) fn hundredth_of(w: &str) -> Option<&'static [&'static str]> {
    Some(match w {
        "kopecks" | "kopeck" | "kopeks" | "kopek" | "kopiykas" | "kopiyka" | "kopiyok" => {
            &["UAH", "RUB"]
        }
        "cents" | "cent" => &["USD", "EUR"],
        "pence" => &["GBP"],
        _ => return None,
    })
}

/// The unit of time a rate is counted in ("a day", "per hour"), singular.
fn time_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "second" => "second",
        "minute" => "minute",
        "hour" => "hour",
        "day" => "day",
        "night" => "night",
        "week" => "week",
        "month" => "month",
        "year" => "year",
        _ => return None,
    })
}

/// A word after "a year", "a day" that makes it a point in time ("a year
/// ago", "a day earlier") or a length ("a year long"), not a rate.
fn is_time_reference(w: &str) -> bool {
    matches!(
        w,
        "ago"
            | "earlier"
            | "later"
            | "before"
            | "after"
            | "prior"
            | "previously"
            | "from"
            | "since"
            | "back"
            | "old"
            | "long"
            | "into"
            | "or"
    )
}

/// A verb of change before "from X to Y": the two numbers are before and
/// after, not a range.
fn change_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "rise"
            | "rises"
            | "rising"
            | "increased"
            | "increase"
            | "increases"
            | "increasing"
            | "grew"
            | "grown"
            | "grow"
            | "grows"
            | "growing"
            | "fell"
            | "fallen"
            | "fall"
            | "falls"
            | "falling"
            | "dropped"
            | "drop"
            | "drops"
            | "declined"
            | "decreased"
            | "reduced"
            | "cut"
            | "raised"
            | "raise"
            | "raises"
            | "lower"
            | "lowers"
            | "hike"
            | "hikes"
            | "hiked"
            | "lowered"
            | "lowering"
            | "raising"
            | "jumped"
            | "climbed"
            | "climbs"
            | "soared"
            | "surged"
            | "slipped"
            | "edged"
            | "up"
            | "down"
            | "going"
            | "went"
            | "moved"
            | "shifted"
            | "changed"
    )
}

/// A unit of time: "two years", "a week or two" are durations, not claims.
fn is_duration(w: &str) -> bool {
    matches!(
        w,
        "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "hour"
            | "hours"
            | "minute"
            | "minutes"
            | "decade"
            | "decades"
            | "quarter"
            | "quarters"
            | "seconds"
            | "century"
            | "centuries"
    )
}

fn small_or_scale_plural(w: &str) -> bool {
    matches!(
        w,
        "hundreds" | "thousands" | "millions" | "billions" | "dozens" | "tens"
    )
}

/// False only where [`core`] certainly finds no number starting at a word
/// `w` followed by `next` (lowercase): its first test on the word.
fn may_open_number(w: &str, next: &str) -> bool {
    // what `numeric` needs first, without its allocations
    w.trim_start_matches(['$', '€', '£'])
        .starts_with(|c: char| c.is_ascii_digit())
        || (matches!(w, "a" | "several") && (next == "dozen" || scale_word(next).is_some()))
        || (w == "a" && matches!(next, "few" | "quarter" | "third" | "fifth" | "tenth"))
        || (w == "half" && next == "a")
        || small_word(w).is_some()
        || matches!(
            w,
            "tens" | "dozens" | "hundreds" | "thousands" | "millions" | "billions"
        )
}

/// The number proper at `j`: digits or words with scales. Returns (value, max, end).
fn core(words: &[&str], lower: &[Cow<str>], j: usize) -> Option<(f64, Option<f64>, usize)> {
    let w = |k: usize| lower.get(k).map(|s| &**s).unwrap_or("");
    let _ = words;
    let mut k = j;
    let (mut value, mut max) = if let Some((v, m, _)) = numeric(w(k)) {
        k += 1;
        (v, m)
    } else if let Some((v, None, _)) = w(k).strip_suffix('%').and_then(numeric) {
        // "5%-7%": the tokenizer leaves the first sign on its number
        k += 1;
        (v, None)
    } else if w(k) == "a" && (w(k + 1) == "dozen" || scale_word(w(k + 1)).is_some()) {
        k += 1;
        (1.0, None)
    } else if w(k) == "half"
        && w(k + 1) == "a"
        && (w(k + 2) == "dozen" || scale_word(w(k + 2)).is_some())
    {
        // "half a million"
        k += 2;
        (0.5, None)
    } else if w(k) == "a"
        && matches!(w(k + 1), "quarter" | "third")
        && w(k + 2) == "of"
        && w(k + 3) == "a"
        && scale_word(w(k + 4)).is_some()
    {
        // "a quarter of a billion", "a third of a million"
        let part = if w(k + 1) == "quarter" {
            0.25
        } else {
            1.0 / 3.0
        };
        k += 4;
        (part, None)
    } else if w(k) == "a"
        && w(k + 1) == "few"
        && (w(k + 2) == "dozen" || scale_word(w(k + 2)).is_some())
    {
        // "a few dozen", "a few hundred": two to four of them
        k += 2;
        (2.0, Some(4.0))
    } else if w(k) == "several" && (w(k + 1) == "dozen" || scale_word(w(k + 1)).is_some()) {
        // "several dozen", "several hundred": three to nine of them
        k += 1;
        (3.0, Some(9.0))
    } else if let Some(v) = small_word(w(k)) {
        k += 1;
        // "sixty seven" written as two words
        match small_word(w(k)) {
            Some(u) if v >= 20.0 && v % 10.0 == 0.0 && (1.0..10.0).contains(&u) => {
                k += 1;
                (v + u, None)
            }
            _ => (v, None),
        }
    } else {
        // vague plurals: "hundreds of", "tens of thousands of", "dozens of"
        let vague = |x: &str| -> Option<(f64, f64)> {
            Some(match x {
                "dozens" => (24.0, 99.0),
                "hundreds" => (200.0, 999.0),
                "thousands" => (2000.0, 9999.0),
                "millions" => (2e6, 9.99e6),
                "billions" => (2e9, 9.99e9),
                _ => return None,
            })
        };
        if w(k) == "tens" && w(k + 1) == "of" && vague(w(k + 2)).is_some() {
            let (a, _) = vague(w(k + 2))?;
            return (w(k + 3) == "of").then_some((a * 5.0, Some(a * 50.0 - 1.0), k + 3));
        }
        let (a, b) = vague(w(k))?;
        // "hundreds of thousands of": the vague plural scales the next one
        // (also at the end of a phrase: "their number is hundreds of thousands.")
        if w(k + 1) == "of"
            && let Some((c, _)) = vague(w(k + 2))
        {
            let f = c / 2.0;
            return Some((a * f, Some(b * f), k + 3));
        }
        return (w(k + 1) == "of").then_some((a, Some(b), k + 1));
    };
    // "two and a half (million, years)"
    if max.is_none()
        && w(k) == "and"
        && w(k + 1) == "a"
        && w(k + 2) == "half"
        && value.fract() == 0.0
    {
        value += 0.5;
        k += 3;
    }
    // "two dozen", "3 million", "4.5 billion", "two hundred thousand"
    let mut last_scale = f64::INFINITY;
    loop {
        if w(k) == "dozen" {
            value *= 12.0;
            max = max.map(|m| m * 12.0);
            k += 1;
        } else if w(k) == "["
            && w(k + 2) == "]"
            && last_scale.is_infinite()
            && let Some(s) = scale_word(w(k + 1))
        {
            // "460[billion]": an editor's bracketed scale word
            value *= s;
            max = max.map(|m| m * s);
            last_scale = s;
            k += 3;
        } else if let Some(s) = scale_word(w(k)) {
            value *= s;
            max = max.map(|m| m * s);
            last_scale = s;
            k += 1;
        } else if last_scale == 100.0
            && max.is_none()
            && w(k) == "and"
            && let Some(v2) = numeric(w(k + 1))
                .and_then(|(v, m, _)| m.is_none().then_some(v))
                .or_else(|| small_word(w(k + 1)))
            && v2 < 100.0
        {
            // "two hundred and thirty (thousand)", "… and forty-three"
            value += v2;
            last_scale = 1.0;
            k += 2;
            if matches!(w(k), "-" | "–")
                && let Some(v3) = small_word(w(k + 1)).filter(|v| *v < 10.0)
            {
                value += v3;
                k += 2;
            }
        } else if last_scale.is_finite()
            && last_scale >= 1000.0
            && max.is_none()
            && w(k) == "and"
            && let Some(v2) = numeric(w(k + 1))
                .filter(|_| w(k + 1).bytes().all(|b| b.is_ascii_digit()))
                .and_then(|(v, m, _)| m.is_none().then_some(v))
                .or_else(|| small_word(w(k + 1)))
            && v2 < 1000.0
            && matches!(w(k + 2), "" | "." | "," | ";" | ")" | "!")
        {
            // "16 thousand and 44.": the units below the last scale after
            // "and", ending the clause (not "3 million and 20 tanks")
            value += v2;
            last_scale = 1.0;
            k += 2;
        } else if last_scale.is_finite() && max.is_none() {
            // "10 million 682 thousand": a smaller scaled part adds on
            let Some((v2, None, _)) = numeric(w(k)) else {
                break;
            };
            let Some(s2) = scale_word(w(k + 1)) else {
                // "9 thousand 781": the units below the last scale, written
                // in plain digits after it
                if last_scale >= 1000.0
                    && v2 < 1000.0
                    && w(k).bytes().all(|b| b.is_ascii_digit())
                    && !matches!(w(k + 1), "%" | "-" | "–" | "/" | ":" | "," | ".")
                {
                    value += v2;
                    last_scale = 1.0;
                    k += 1;
                }
                break;
            };
            if s2 >= last_scale {
                break;
            }
            value += v2 * s2;
            last_scale = s2;
            k += 2;
        } else {
            break;
        }
    }
    // "4.1 million" is 4,100,000, not the 4,099,999.9999999995 of 4.1 × 1e6:
    // a scaled value is rounded to twelve significant digits
    if last_scale.is_finite() {
        value = round12(value);
        max = max.map(round12);
    }
    Some((value, max, k))
}

/// `v` rounded to twelve significant digits.
pub(crate) fn round12(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let r = 10f64.powi(12 - v.abs().log10().ceil() as i32);
    (v * r).round() / r
}

/// The counted noun phrase from `from`, read from the universal POS tags:
/// adjectives, nouns and participles before a noun, ending at the noun that
/// no other noun follows ("Russian soldiers", "police officers", "four
/// destroyed tanks"); a possessive joins two ("people's deputies"). None
/// when no noun ends it ("two owned by", "5 million went abroad").
fn noun_phrase_tagged(
    lower: &[Cow<str>],
    upos: &[&str],
    mut from: usize,
) -> Option<(usize, usize)> {
    let n = upos.len();
    // "two more graves", "3,000 such families"
    if from + 1 < n
        && matches!(
            &*lower[from],
            "more" | "other" | "additional" | "further" | "such"
        )
    {
        from += 1;
    }
    let nounish = |k: usize| k < n && matches!(upos[k], "NOUN" | "PROPN");
    let wordish = |k: usize| k < n && matches!(upos[k], "NOUN" | "PROPN" | "ADJ");
    // a hyphenated word the tagger read as foreign ("anti-COVID hospitals")
    // stands for an adjective before a noun
    let foreign_hyphened = |k: usize| {
        k + 1 < n
            && upos[k] == "X"
            && lower[k].contains('-')
            && lower[k].chars().any(char::is_alphabetic)
            && nounish(k + 1)
    };
    // a plural noun the tagger read as a verb ("to 152 deployment stations."):
    // an -s word after the number or a word of the phrase, with nothing after it
    // that a verb would take (only punctuation, a preposition or a conjunction)
    let plural_verb = |k: usize| {
        k < n
            && k > 0
            && upos[k] == "VERB"
            && lower[k].len() > 3
            && plural(&lower[k])
            // (or a maker's name: "130 Siemens locomotives worth …")
            && (matches!(upos[k - 1], "NOUN" | "ADJ" | "NUM")
                || (upos[k - 1] == "PROPN" && k >= 2 && upos[k - 2] == "NUM"))
            // (after a plural noun it is the verb: "millions of people depends on")
            && !(upos[k - 1] == "NOUN" && plural(&lower[k - 1]))
            && (k + 1 == n
                || matches!(upos[k + 1], "PUNCT" | "ADP" | "CCONJ")
                || &*lower[k + 1] == "worth")
            && !matches!(lower.get(k + 1).map(|x| &**x), Some("that" | "-" | "–"))
            // (not a verb that often ends a clause: "the 2015 report says.")
            && !matches!(
                &*lower[k],
                "says"
                    | "adds"
                    | "notes"
                    | "writes"
                    | "states"
                    | "claims"
                    | "reports"
                    | "shows"
                    | "means"
                    | "remains"
                    | "continues"
                    | "follows"
                    | "goes"
                    | "comes"
                    | "seems"
                    | "appears"
                    | "stands"
                    | "works"
                    | "lives"
                    | "dies"
                    | "happens"
                    | "begins"
                    | "ends"
            )
    };
    // "four operating nuclear power plants", "two remaining French
    // hostages": an -ing participle right after the number, before an
    // adjective and a noun, opens the phrase (not a preposition-like -ing
    // word: "5 including new members", "three following major attacks")
    let lead_participle = |k: usize| {
        k == from
            && k + 2 < n
            && upos[k] == "VERB"
            && lower[k].len() > 5
            && lower[k].ends_with("ing")
            && !matches!(
                &*lower[k],
                "including"
                    | "following"
                    | "regarding"
                    | "concerning"
                    | "involving"
                    | "excluding"
                    | "according"
                    | "during"
                    | "wounding"
                    | "injuring"
                    | "killing"
            )
            && upos[k + 1] == "ADJ"
            && !matches!(
                &*lower[k + 1],
                "several" | "many" | "few" | "other" | "more" | "such" | "most"
            )
            && nounish(k + 2)
            // (the phrase ends in a plural, the things counted: not a
            // participle and its object, "about 100 awaiting detailed
            // inspection")
            && {
                let mut e = k + 2;
                while e + 1 < n && nounish(e + 1) {
                    e += 1;
                }
                plural(&lower[e])
            }
    };
    let mut k = from;
    let mut end = None;
    // "50 "Together" centres": a quoted name of one to three words before the
    // counted noun belongs to the phrase
    if k < n
        && matches!(&*lower[k], "\"" | "“" | "«")
        && let Some(c) = (k + 2..(k + 5).min(n)).find(|&c| matches!(&*lower[c], "\"" | "”" | "»"))
        && c + 1 < n
        && upos[c + 1] == "NOUN"
    {
        k = c + 1;
    }
    // "two 35-year-old men": a number glued on by a hyphen opens the phrase
    if k + 2 < n && upos[k] == "NUM" && matches!(&*lower[k + 1], "-" | "–") && wordish(k + 2) {
        k += 2;
    }
    // a model name (letters, hyphen, number) with more of the phrase after it
    let model_name = |k: usize| {
        k + 3 < n
            && matches!(&*lower[k + 1], "-" | "–")
            && lower[k].len() <= 4
            && lower[k].chars().all(char::is_alphabetic)
            && lower[k + 2].bytes().all(|b| b.is_ascii_digit())
            && wordish(k + 3)
    };
    // "25 X-300 drones": a model name opens the phrase
    if model_name(k) {
        k += 3;
    }
    // "two Bozena 5 demining systems", "three Leopard 2 tanks": a name and
    // a short model number, with the counted noun after them
    let numbered_name = |k: usize| {
        k + 2 < n
            && upos[k] == "PROPN"
            // (not a date: "within 15% of its Feb. 19 record")
            && !is_month(&lower[k])
            && (1..=3).contains(&lower[k + 1].len())
            && lower[k + 1].bytes().all(|b| b.is_ascii_digit())
            && nounish(k + 2)
    };
    // "80 percent of spending on the budget": a gerund right after "of",
    // before a preposition or the end of the phrase, is the counted noun
    if from > 0
        && &*lower[from - 1] == "of"
        && upos[from] == "VERB"
        && lower[from].len() > 5
        && lower[from].ends_with("ing")
        && (from + 1 == n || matches!(upos[from + 1], "ADP" | "PART" | "PUNCT" | "CCONJ"))
    {
        return Some((from, from + 1));
    }
    // "a 10 point increase": points are counted, the change is not
    if k + 1 < n
        && &*lower[k] == "point"
        && matches!(
            &*lower[k + 1],
            "increase"
                | "rise"
                | "gain"
                | "jump"
                | "drop"
                | "decline"
                | "lead"
                | "swing"
                | "margin"
        )
    {
        return Some((k, k + 1));
    }
    // "two brand new trucks"
    if k + 2 < n && &*lower[k] == "brand" && &*lower[k + 1] == "new" && wordish(k + 2) {
        k += 1;
    }
    // "4 million like-minded partners": a hyphenated adjective whose first
    // word the tagger read as a preposition or adverb
    if k + 3 < n
        && matches!(upos[k], "ADP" | "ADV")
        && lower[k].chars().all(char::is_alphabetic)
        && &*lower[k + 1] == "-"
        && matches!(upos[k + 2], "ADJ" | "VERB")
        && nounish(k + 3)
    {
        k += 2;
    }
    while k < n && k < from + 7 {
        // "three new An-178 transport aircraft": a model name inside the phrase
        if k > from && model_name(k) {
            k += 3;
            continue;
        }
        if numbered_name(k) {
            k += 2;
            continue;
        }
        let t = &*lower[k];
        // a noun after a noun is read from its tag ("childhood years")
        let duration = matches!(t, "year" | "years" | "day" | "days" | "weeks" | "months");
        // ("US" tagged a proper noun is the country, not the pronoun: "three
        // US reporters")
        let country = t == "us" && upos[k] == "PROPN";
        // (a weekday after the phrase is when: "two of its sites Thursday",
        // "four senators Tuesday night"; not "five Sunday morning news
        // programs", "14 Super Tuesday states")
        let weekday = k > from
            && &*lower[k - 1] != "super"
            && matches!(
                t,
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            )
            && {
                let mut e = k + 1;
                if e < n && matches!(&*lower[e], "morning" | "afternoon" | "evening" | "night") {
                    e += 1;
                }
                !(e < n && matches!(upos[e], "NOUN" | "PROPN" | "ADJ"))
            };
        if (STOP.contains(&t) && !(k > from && upos[k] == "NOUN" && duration) && !country)
            || is_month(t)
            || weekday
        {
            break;
        }
        match upos[k] {
            "NOUN" | "PROPN" => {
                k += 1;
                end = Some(k);
                // "people's deputies", "Russia's total ground forces"
                // ("Acme's projected output": a past participle before the
                // noun, after "'s"; not a closing mark: "8 ‘treacherous
                // officers’ seeking asylum")
                let participle = k + 2 < n
                    && matches!(&*lower[k], "'s" | "’s")
                    && upos[k + 1] == "VERB"
                    && lower[k + 1].ends_with("ed");
                if k + 1 < n
                    && matches!(&*lower[k], "'s" | "’s" | "'" | "’")
                    && (nounish(k + 1)
                        || (upos[k + 1] == "ADJ"
                            && (nounish(k + 2)
                                || (k + 3 < n && upos[k + 2] == "ADJ" && nounish(k + 3))))
                        || (participle && nounish(k + 2)))
                {
                    k += 1;
                    continue;
                }
                // "children's and youth movements": a possessive coordinated
                // with the next word of the phrase
                if k + 3 < n
                    && matches!(&*lower[k], "'s" | "’s")
                    && &*lower[k + 1] == "and"
                    && nounish(k + 2)
                    && nounish(k + 3)
                {
                    k += 2;
                    continue;
                }
                // "ice-class vessels": a hyphen joins two words of the phrase
                // (not a spaced dash after a plural: "four states - friends")
                // ("fruit-bearing trees": a participle after the hyphen)
                // ("years-long wars": a plural duration before "-long")
                let lasting = matches!(
                    &*lower[k - 1],
                    "hours" | "days" | "weeks" | "months" | "years" | "decades" | "centuries"
                ) && lower.get(k + 1).is_some_and(|x| x == "long")
                    && nounish(k + 2);
                if lower.get(k).is_some_and(|x| x == "-")
                    && (wordish(k + 1) || (k + 1 < n && upos[k + 1] == "VERB" && wordish(k + 2)))
                    && (!plural(&lower[k - 1]) || lasting)
                {
                    k += 1;
                    continue;
                }
                // "1,234 COVID-19 deaths": a number glued to a name by a
                // hyphen belongs to the name, and the phrase goes on to the
                // noun after it (which the number alone would have ended)
                if k + 2 < n
                    && &*lower[k] == "-"
                    && !lower[k + 1].is_empty()
                    && lower[k + 1].bytes().all(|b| b.is_ascii_digit())
                    && lower[k - 1].chars().last().is_some_and(char::is_alphabetic)
                    && !plural(&lower[k - 1])
                    && nounish(k + 2)
                {
                    k += 2;
                    continue;
                }
                // "school and clinic repair crews": a singular noun
                // coordinated with the words before the phrase's head
                if k + 1 < n
                    && &*lower[k] == "and"
                    && !plural(&lower[k - 1])
                    && wordish(k + 1)
                    && !may_open_number(&lower[k + 1], lower.get(k + 2).map_or("", |x| &**x))
                {
                    k += 1;
                    continue;
                }
                // "30 Sputnik V vaccine kits": a Roman numeral after a name
                if k + 1 < n
                    && upos[k - 1] == "PROPN"
                    && matches!(&*lower[k], "ii" | "iii" | "iv" | "v" | "vi")
                    && nounish(k + 1)
                {
                    k += 1;
                    continue;
                }
                // another noun, or an adjective and a noun, go on the phrase
                // (not an object complement: "keeps 300 people hostage")
                let complement = k < n && matches!(&*lower[k], "hostage" | "hostages" | "captive");
                // ("village first-aid stations": a hyphenated modifier)
                // (not after a plural head: "five things right-wing media …")
                let hyphened = k + 3 < n
                    && !plural(&lower[k - 1])
                    && matches!(upos[k], "ADJ" | "NOUN")
                    && &*lower[k + 1] == "-"
                    && wordish(k + 2)
                    && nounish(k + 3);
                // (not the subject of a clause with no "that": "two of the
                // main issues voters must weigh", "the 50 tanks Russia could
                // lose": a noun after a plural head, before a modal; before
                // "has"/"had" only a name, "a tenth of the gas Ukraine has
                // sought": "90 SARS patients had PTSD" is one phrase)
                let clause = k + 1 < n
                    && nounish(k)
                    && upos[k - 1] == "NOUN"
                    // (or an irregular plural: "five women Okafor has
                    // sued")
                    && ((lower[k - 1].ends_with('s') && !lower[k - 1].ends_with("ss"))
                        || matches!(&*lower[k - 1], "women" | "men" | "people" | "children"))
                    && !matches!(
                        &*lower[k - 1],
                        "news"
                            | "sports"
                            | "arms"
                            | "sales"
                            | "goods"
                            | "savings"
                            | "affairs"
                            | "species"
                            | "series"
                            | "means"
                            | "headquarters"
                            | "operations"
                            | "communications"
                            | "services"
                            | "forces"
                            | "rights"
                            | "systems"
                            | "resources"
                            | "relations"
                            | "works"
                            | "weapons"
                            | "parts"
                    )
                    && (k < 2 || upos[k - 2] != "NOUN")
                    && (matches!(
                        &*lower[k + 1],
                        "must"
                            | "can"
                            | "could"
                            | "will"
                            | "would"
                            | "should"
                            | "may"
                            | "might"
                            | "cannot"
                            | "ca"
                            | "wo"
                            | "need"
                    ) || (upos[k] == "PROPN"
                        && matches!(&*lower[k + 1], "have" | "has" | "had"))
                        // ("millions of requests people send": a verb right
                        // after the second noun)
                        // (not a participle: "a fifth of the emissions
                        // cuts needed by 2050")
                        || (upos[k + 1] == "VERB"
                            && !lower[k + 1].ends_with("ing")
                            && !lower[k + 1].ends_with("ed")
                            && !plural_verb(k + 1)));
                let goes_on = !complement
                    && !clause
                    && (nounish(k)
                        || plural_verb(k)
                        || hyphened
                        || (k < n && upos[k] == "ADJ" && nounish(k + 1)));
                if !goes_on {
                    break;
                }
            }
            "ADJ" => {
                k += 1;
                // "hard-to-access stations", "state-of-the-art systems": a compound
                // adjective of words joined by hyphens
                while k + 2 < n
                    && &*lower[k] == "-"
                    && lower[k + 1].chars().all(char::is_alphabetic)
                    && &*lower[k + 2] == "-"
                    && (k + 3 < n && lower[k + 3].chars().all(char::is_alphabetic))
                {
                    k += 4;
                    if k < n && &*lower[k] != "-" {
                        break;
                    }
                }
                // "local and foreign reporters", "35-year-old men",
                // "looted and wrecked shops"
                if k + 1 < n
                    && matches!(&*lower[k], "and" | "-")
                    && (wordish(k + 1) || (upos[k + 1] == "VERB" && nounish(k + 2)))
                    && !may_open_number(&lower[k + 1], lower.get(k + 2).map_or("", |x| &**x))
                {
                    k += 1;
                } else if k + 2 < n && &*lower[k] == "," && upos[k + 1] == "ADJ" && wordish(k + 2) {
                    // "four large, armable drones": coordinated adjectives
                    // with a comma between them
                    k += 1;
                }
            }
            "VERB" if plural_verb(k) => {
                k += 1;
                end = Some(k);
                break;
            }
            // a participle before a noun ("destroyed tanks")
            "VERB"
                if k > from
                    || nounish(k + 1)
                    || lead_participle(k)
                    || (k + 2 < n
                        && &*lower[k + 1] == "and"
                        && matches!(upos[k + 2], "VERB" | "ADJ")) =>
            {
                // "looted and wrecked shops": coordinated participles
                if k + 2 < n && &*lower[k + 1] == "and" && matches!(upos[k + 2], "VERB" | "ADJ") {
                    k += 2;
                    continue;
                }
                // (after an adverb also before an adjective: "widely
                // respected local doctors")
                // (and after an adjective: "two legitimate competing
                // political camps"; not before a quantity word: "four dead
                // wounding several others")
                let adj_next = k > from
                    && matches!(upos[k - 1], "ADV" | "ADJ")
                    && k + 2 < n
                    && (upos[k + 1] == "ADJ" || foreign_hyphened(k + 1))
                    && !matches!(
                        &*lower[k + 1],
                        "several" | "many" | "few" | "other" | "more" | "such" | "most"
                    )
                    && wordish(k + 2);
                if !nounish(k + 1) && !adj_next && !lead_participle(k) {
                    break;
                }
                k += 1;
            }
            "VERB" => break,
            "X" if foreign_hyphened(k) => k += 1,
            // "internationally recognised scholars": an -ly adverb before an
            // adjective or a participle
            "ADV"
                if lower[k].ends_with("ly")
                    && k + 2 < n
                    && matches!(upos[k + 1], "ADJ" | "VERB")
                    && (wordish(k + 2) || foreign_hyphened(k + 2)) =>
            {
                k += 1;
            }
            _ => break,
        }
    }
    // "44 percent views him unfavorably": an -s word the tagger read as a
    // noun, before an object pronoun, is the verb; the phrase ends before it
    if let Some(e) = end
        && e < n
        && e > from
        && matches!(&*lower[e], "him" | "them" | "me")
        && plural(&lower[e - 1])
        && !matches!(upos[e - 1], "PROPN")
    {
        return (e - 1 > from).then_some((from, e - 1));
    }
    end.map(|e| (from, e))
}

/// A plural noun, by its ending or one of the common irregular plurals.
fn plural(w: &str) -> bool {
    (w.ends_with('s') && !w.ends_with("ss") && w != "us")
        || matches!(
            w,
            "people" | "children" | "men" | "women" | "police" | "personnel"
        )
}

fn noun_phrase(words: &[&str], lower: &[Cow<str>], mut from: usize) -> Option<(usize, usize)> {
    // "two more graves", "three other ships", "3,000 such families"
    if from + 1 < words.len()
        && matches!(
            &*lower[from],
            "more" | "other" | "additional" | "further" | "such"
        )
    {
        from += 1;
    }
    let mut k = from;
    while k < words.len() && k < from + 4 {
        let t = &*lower[k];
        if !t.chars().next().is_some_and(char::is_alphabetic)
            || !t
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        {
            break;
        }
        if STOP.contains(&t)
            || t.ends_with("ly")
            || (k > from && (t.ends_with("ed") || t.ends_with("ing") || VERBISH.contains(&t)))
        {
            break;
        }
        if scale_word(t).is_some() || small_word(t).is_some() || is_month(t) {
            break;
        }
        k += 1;
        // "people's deputies": a possessive is part of the counted phrase
        if k + 1 < words.len()
            && matches!(&*lower[k], "'s" | "’s" | "'" | "’")
            && lower[k + 1].chars().all(char::is_alphabetic)
            && !STOP.contains(&&*lower[k + 1])
        {
            k += 2;
            continue;
        }
        // a plural noun heads the phrase: "Ukrainians work" stops after "Ukrainians"
        if (t.ends_with('s') && !t.ends_with("ss") && t.len() > 3)
            || matches!(
                t,
                "people" | "children" | "men" | "women" | "police" | "personnel"
            )
        {
            break;
        }
    }
    (k > from).then_some((from, k))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Quantity {
        let words: Vec<&str> = s.split(' ').collect();
        let q = parse_quantities(&words);
        assert_eq!(q.len(), 1, "{s}: {q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn separators_decimals_scales() {
        assert_eq!(one("115,000 troops").value, 115000.0);
        assert_eq!(one("about 3 million people").value, 3e6);
        assert_eq!(one("about 3 million people").modifier, "approx");
        assert_eq!(one("4.5 percent").unit, "percent");
        let q = one("$ 4.5bn in aid");
        assert_eq!((q.value, q.unit.as_str()), (4.5e9, "USD"));
        let q = one("€ 200 million");
        assert_eq!((q.value, q.unit.as_str()), (2e8, "EUR"));
    }

    #[test]
    fn ranges_and_words() {
        let q = one("10-15 tanks");
        assert_eq!((q.value, q.value_max), (10.0, Some(15.0)));
        let q = one("between 5 and 7 drones");
        assert_eq!((q.value, q.value_max), (5.0, Some(7.0)));
        // an open bound after the number keeps the counted noun
        let q = one("families with three or more children");
        assert_eq!(
            (q.value, q.modifier, q.counted),
            (3.0, "at_least", Some((5, 6)))
        );
        let q = one("groups of ten or fewer people");
        assert_eq!(
            (q.value, q.modifier, q.counted),
            (10.0, "at_most", Some((5, 6)))
        );
        // the second end repeats a spaced currency sign
        let q = one("$ 2 billion to $ 3 billion");
        assert_eq!(
            (q.value, q.value_max, q.unit.as_str()),
            (2e9, Some(3e9), "USD")
        );
        let q = one("$4 million to $6 million");
        assert_eq!((q.value, q.value_max), (4e6, Some(6e6)));
        assert_eq!(one("two dozen drones").value, 24.0);
        let q = one("hundreds of civilians");
        assert_eq!((q.value, q.modifier), (200.0, "approx"));
        assert_eq!(q.counted, Some((2, 3)));
    }

    #[test]
    fn skips_years_dates_times_ordinals_names() {
        for s in [
            "in 2022 .",
            "on 24 February",
            "February 24 ,",
            "at 10:30 p.m.",
            "the 3rd brigade",
            "Article 5 says",
            "F-16 jets",
        ] {
            let words: Vec<&str> = s.split(' ').collect();
            assert!(parse_quantities(&words).is_empty(), "{s}");
        }
    }

    #[test]
    fn the_number_prefilter_skips_only_words_that_start_no_quantity() {
        // every start `parse_at` accepts lies within reach of a word that
        // may open a number, so the prefiltered scan finds the same spans
        for s in [
            "More than 40 people fled , in excess of $ 3 million was lost",
            "between two and three dozen ships , from 5 to 10 percent",
            "a dozen cars and a hundred bikes , tens of thousands of voters",
            "upwards of 1,500 troops and hundreds of tanks crossed on Monday",
            "nearly €20m went to about 3 million people in 2021",
            "The minister said nothing about the plan at all",
        ] {
            let words: Vec<&str> = s.split(' ').collect();
            let lower: Vec<Cow<str>> = words.iter().map(|w| Cow::Owned(w.to_lowercase())).collect();
            let mut naive = Vec::new();
            let mut i = 0;
            while i < words.len() {
                match parse_at(&words, &lower, i, None) {
                    Some(q) => {
                        i = q.counted.map(|c| c.1).unwrap_or(q.end).max(i + 1);
                        naive.push(q);
                    }
                    None => i += 1,
                }
            }
            let fast = parse_quantities(&words);
            // before the post-passes that merge units and rates
            assert_eq!(
                fast.iter().map(|q| (q.start, q.value)).collect::<Vec<_>>(),
                naive.iter().map(|q| (q.start, q.value)).collect::<Vec<_>>(),
                "{s}"
            );
            for (k, w) in lower.iter().enumerate() {
                let next = lower.get(k + 1).map(|x| &**x).unwrap_or("");
                if core(&words, &lower, k).is_some() {
                    assert!(may_open_number(w, next), "{w}");
                }
            }
        }
        let words = ["The", "plan", "cost", "2.5", "billion", "euros"];
        assert_eq!(parse_quantities(&words)[0].start, 3);
    }

    #[test]
    fn counted_phrase_from_tags() {
        let cases: [(&str, &str, Option<&str>); 13] = [
            (
                "ten police officers were hurt",
                "NUM NOUN NOUN AUX VERB",
                Some("police officers"),
            ),
            ("two owned by the mayor", "NUM VERB ADP DET NOUN", None),
            (
                "four destroyed tanks",
                "NUM VERB NOUN",
                Some("destroyed tanks"),
            ),
            (
                "three village dairy processing plants",
                "NUM NOUN NOUN NOUN NOUN",
                Some("village dairy processing plants"),
            ),
            (
                "More than 3 million fled abroad",
                "ADJ ADP NUM NUM VERB ADV",
                None,
            ),
            (
                "300 Russian soldiers died",
                "NUM ADJ NOUN VERB",
                Some("Russian soldiers"),
            ),
            (
                "four of his childhood years",
                "NUM ADP PRON NOUN NOUN",
                Some("childhood years"),
            ),
            (
                "protects thousands of homes today",
                "VERB NOUN ADP NOUN NOUN",
                Some("homes"),
            ),
            // a plural the tagger read as a verb, with nothing a verb would take after it
            (
                "fuel reached 152 relay stations .",
                "NOUN VERB NUM NOUN VERB PUNCT",
                Some("relay stations"),
            ),
            (
                "flown to 40 posts by boat",
                "VERB ADP NUM VERB ADP NOUN",
                Some("posts"),
            ),
            // (after a plural noun it is the verb)
            (
                "millions of people depends on",
                "NOUN ADP NOUN VERB ADP",
                Some("people"),
            ),
            // (a verb before "that" stays one)
            (
                "fuel reached 40 depots that",
                "NOUN VERB NUM VERB SCONJ",
                None,
            ),
            // a compound adjective joined by hyphens
            (
                "152 hard - to - reach radar posts",
                "NUM ADJ PUNCT ADP PUNCT VERB NOUN NOUN",
                Some("hard - to - reach radar posts"),
            ),
        ];
        for (s, tags, want) in cases {
            let words: Vec<&str> = s.split(' ').collect();
            let upos: Vec<&str> = tags.split(' ').collect();
            let q = parse_quantities_tagged(&words, Some(&upos));
            assert_eq!(q.len(), 1, "{s}");
            let got = q[0].counted.map(|(a, b)| words[a..b].join(" "));
            assert_eq!(got.as_deref(), want, "{s}");
        }
        // without tags the word rules stop at "police" (a plural-like head)
        assert_eq!(one("ten police officers were hurt").counted, Some((1, 2)));
    }

    #[test]
    fn bracketed_scales_and_units_after_thousand() {
        // written for this test: an editor's bracket, and units after "thousand"
        let words: Vec<&str> = "and 120 [ billion ] will follow next year"
            .split(' ')
            .collect();
        let q = &parse_quantities(&words)[0];
        assert_eq!((q.value, q.end), (120e9, 5));
        let q = one("7 thousand 415 volunteers");
        assert_eq!((q.value, q.counted), (7_415.0, Some((3, 4))));
        // a year after a scaled number is no part of it
        let words: Vec<&str> = "about 3 million 2019 figures".split(' ').collect();
        assert!(
            parse_quantities(&words)
                .iter()
                .all(|q| q.value != 3_002_019.0)
        );
    }

    #[test]
    fn halves_compound_tens_and_several() {
        assert_eq!(one("half a million doses").value, 500_000.0);
        // after a word that heads names with numbers ("Year 5")
        let words: Vec<&str> = "this year half a million tickets".split(' ').collect();
        assert_eq!(parse_quantities(&words)[0].value, 500_000.0);
        let q = one("Sixty seven percent of them");
        assert_eq!((q.value, q.unit.as_str()), (67.0, "percent"));
        let q = one("a few dozen businesspeople");
        assert_eq!(
            (q.value, q.value_max, q.modifier),
            (24.0, Some(48.0), "approx")
        );
        let words: Vec<&str> = "their number is hundreds of thousands ."
            .split(' ')
            .collect();
        let q = &parse_quantities(&words)[0];
        assert_eq!(
            (q.value, q.value_max, q.counted),
            (200_000.0, Some(999_000.0), None)
        );
        let q = one("several dozen people came");
        assert_eq!(
            (q.value, q.value_max, q.modifier),
            (36.0, Some(108.0), "approx")
        );
        let q = one("two and a half million people");
        assert_eq!(q.value, 2_500_000.0);
        // a duration stays out, halves included
        let words: Vec<&str> = "lasted more than two and a half years".split(' ').collect();
        assert!(parse_quantities(&words).is_empty());
    }

    #[test]
    fn names_scores_ages_and_phone_numbers_are_not_claims() {
        for s in [
            "the law № 5600 raises rents",
            "the Group of 7 met",
            "call 606 2911 today",
            "after a 3 - 1 victory",
            "Taras Koval , 19 , said",
            "United 24 .",
            "children aged 8 through 16",
            "children 6 to 14 in village schools",
            "within a week or two",
            "a year , or two , or five",
            "at four o'clock",
            "between February 19 and 20",
            "a test taken on May 4 or 5",
            "Updated at 15.11 BST",
            "meet at 20 Ivana Sirko Street",
            "a force ratio of three to one",
        ] {
            let words: Vec<&str> = s.split(' ').collect();
            assert!(parse_quantities(&words).is_empty(), "{s}");
        }
        let huge = format!("{} people", "5".repeat(400));
        let words: Vec<&str> = huge.split(' ').collect();
        assert!(parse_quantities(&words).is_empty());
        let words = [
            "thousands",
            "of",
            "billions",
            "of",
            "trillions",
            "of",
            "people",
        ];
        assert!(parse_quantities(&words).iter().all(|q| q.value.is_finite()));
        // a range written with spaces stays a range
        let q = one("10 - 15 people");
        assert_eq!((q.value, q.value_max), (10.0, Some(15.0)));
        for (s, unit) in [
            ("speeds of 130 kph", "km/h"),
            ("a floor of 12,000 square metres", "m2"),
            ("some 40 sq km", "km2"),
        ] {
            assert_eq!(one(s).unit, unit, "{s}");
        }
        let words: Vec<&str> = "hundreds of thousands of your neighbours"
            .split(' ')
            .collect();
        assert_eq!(parse_quantities(&words)[0].counted, Some((5, 6)));
        let q = one("billions of hryvnias");
        assert_eq!((q.unit.as_str(), q.counted), ("UAH", None));
        let q = one("two rubles worth of fixed assets");
        assert_eq!((q.unit.as_str(), q.counted), ("RUB", Some((4, 6))));
    }
}
