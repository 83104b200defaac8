//! Numbers in digits and in words: `25`, `1,200`, `3.5`, `twenty-five`, `a dozen`,
//! `three hundred`, `1.5 million`.

/// Words for numbers below twenty, and the tens.
const SMALL: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Scale words and abbreviations: `hundred`, `million`, `bln`, `bn`.
pub(crate) const SCALES: &[(&str, f64)] = &[
    ("dozen", 12.0),
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("m", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("bln", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
    ("trn", 1e12),
    ("tn", 1e12),
];

/// Ordinal words up to the twelfth, and `last`.
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    Some(match word {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        "fifth" | "5th" => 5,
        "sixth" | "6th" => 6,
        "seventh" | "7th" => 7,
        "eighth" | "8th" => 8,
        "ninth" | "9th" => 9,
        "tenth" | "10th" => 10,
        "eleventh" | "11th" => 11,
        "twelfth" | "12th" => 12,
        _ => return None,
    })
}

fn small(word: &str) -> Option<f64> {
    SMALL.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

/// A number written in digits: `25`, `1,200`, `3.5`, `1.200,5` is not read.
pub(crate) fn digits(word: &str) -> Option<f64> {
    let first = word.chars().next()?;
    if !first.is_ascii_digit() {
        return None;
    }
    let plain: String = word.chars().filter(|&c| c != ',').collect();
    if word.contains(',') {
        // Thousands separators only: groups of three after the first.
        let groups: Vec<&str> = word.split('.').next()?.split(',').collect();
        if groups[1..].iter().any(|g| g.len() != 3) || groups[0].len() > 3 {
            return None;
        }
    }
    plain.parse().ok()
}

/// Reads a number starting at `words[i]` (lower-case tokens). Returns its value and
/// the index after its last token.
pub(crate) fn read_number(words: &[&str], i: usize) -> Option<(f64, usize)> {
    let word = *words.get(i)?;
    let (mut value, mut end) = if let Some(v) = digits(word) {
        (v, i + 1)
    } else if let Some(v) = small(word) {
        let mut v = v;
        let mut end = i + 1;
        // twenty-five, twenty five
        if (20.0..100.0).contains(&v) && v % 10.0 == 0.0 {
            let unit_at = if words.get(end) == Some(&"-") { end + 1 } else { end };
            if let Some(u) =
                words.get(unit_at).and_then(|w| small(w)).filter(|u| *u < 10.0 && *u > 0.0)
            {
                v += u;
                end = unit_at + 1;
            }
        }
        (v, end)
    } else if matches!(word, "a" | "an")
        && words
            .get(i + 1)
            .is_some_and(|w| matches!(*w, "dozen" | "hundred" | "thousand" | "million" | "billion"))
    {
        (1.0, i + 1)
    } else if word == "half"
        && words.get(i + 1).is_some_and(|w| matches!(*w, "a" | "an"))
        && words.get(i + 2).is_some_and(|w| matches!(*w, "million" | "billion" | "dozen"))
    {
        (0.5, i + 2)
    } else {
        return None;
    };
    // Scales: three hundred, 1.5 million, two hundred thousand.
    while let Some(scale) =
        words.get(end).and_then(|w| SCALES.iter().find(|(s, _)| s == w)).map(|&(_, s)| s)
    {
        if words[end] == "m" && !words[i].chars().next().is_some_and(|c| c.is_ascii_digit()) {
            break;
        }
        value *= scale;
        end += 1;
        if scale == 1e2 {
            // three hundred and twenty
            if let Some(rest) = words
                .get(end)
                .filter(|w| **w == "and")
                .and_then(|_| read_number(words, end + 1))
                .filter(|(v, _)| *v < 100.0)
            {
                value += rest.0;
                end = rest.1;
            }
        }
    }
    Some((value, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expect: Option<(f64, usize)>) {
        let words: Vec<&str> = text.split(' ').collect();
        assert_eq!(read_number(&words, 0), expect, "{text}");
    }

    #[test]
    fn numbers() {
        check("25 years", Some((25.0, 1)));
        check("1,200 troops", Some((1200.0, 1)));
        check("3.5 percent", Some((3.5, 1)));
        check("twenty - five years", Some((25.0, 3)));
        check("twenty five", Some((25.0, 2)));
        check("three hundred", Some((300.0, 2)));
        check("a dozen", Some((12.0, 2)));
        check("1.5 million", Some((1_500_000.0, 2)));
        check("10 bln", Some((1e10, 2)));
        check("half a million", Some((500_000.0, 3)));
        check("three hundred and twenty", Some((320.0, 4)));
        check("12,34", None);
        check("several", None);
    }
}
