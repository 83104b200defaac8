//! Abbreviations that keep their period.
//!
//! Lists are lower case, without the final period. `TITLES` and the others in
//! `BEFORE_NAMES_OR_NUMBERS` almost never end a sentence, so a capitalised word after
//! them does not start one.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Titles and honorifics that stand before a name.
const TITLES: &[&str] = &[
    "adm", "amb", "brig", "capt", "cdr", "cmdr", "col", "cpl", "cpt", "dr", "fr", "gen", "gov",
    "hon", "insp", "lt", "maj", "messrs", "mme", "mlle", "mr", "mrs", "ms", "msgr", "pres", "prof",
    "rep", "reps", "rev", "sen", "sens", "sgt", "sr", "st", "supt", "mt", "ft", "pvt", "sec",
    "atty",
];

/// Abbreviations that usually stand before a number.
const BEFORE_NUMBERS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "nos", "vol", "vols", "p", "pp", "fig", "figs", "art", "sec", "ch", "para", "op", "ed",
    "approx", "ca", "nr", "tel",
];

/// Other abbreviations that keep their period but may end a sentence.
const OTHERS: &[&str] = &[
    "etc", "inc", "ltd", "co", "corp", "cos", "plc", "llc", "dept", "univ", "assn", "bros", "vs",
    "v", "cf", "al", "jr", "esq", "govt", "admin", "intl", "natl", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", "ave", "blvd", "rd", "hwy", "min", "max", "mln",
    "bln", "mn", "bn", "tr", "yr", "yrs", "hr", "hrs", "sq", "km", "kg", "lb", "lbs", "oz",
];

/// Initialisms of places, which end sentences as often as they stand before a noun.
const PLACE_INITIALISMS: &[&str] =
    &["u.s", "u.k", "u.n", "e.u", "u.s.a", "u.a.e", "d.c", "u.s.s.r", "p.r.c"];

/// Words that usually follow `U.S.`, `U.K.` or `U.N.` inside a sentence.
const AFTER_COUNTRY_ABBREVIATIONS: &[&str] = &[
    "president",
    "secretary",
    "ambassador",
    "army",
    "navy",
    "air",
    "senate",
    "senator",
    "house",
    "congress",
    "state",
    "department",
    "officials",
    "forces",
    "military",
    "government",
    "envoy",
    "embassy",
    "special",
    "security",
    "general",
    "dollar",
    "treasury",
    "trade",
    "defense",
    "defence",
    "foreign",
    "prime",
    "central",
    "marines",
    "sanctions",
    "attorney",
    "supreme",
    "district",
    "court",
    "representative",
    "delegation",
    "mission",
    "permanent",
    "troops",
    "intelligence",
    "vice",
    "deputy",
    "chief",
    "administration",
    "coast",
    "justice",
    "commerce",
];

fn lower_without_period(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
}

/// Every listed abbreviation, for one lookup.
static ALL: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| TITLES.iter().chain(BEFORE_NUMBERS).chain(OTHERS).copied().collect());

/// Whether `word` (without its period) is an abbreviation that keeps the period.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    // No listed abbreviation is longer than this; skip the lookup for long words.
    if bare.len() > 7 {
        return is_initialism(word);
    }
    let mut buffer = [0u8; 7];
    buffer[..bare.len()].copy_from_slice(bare.as_bytes());
    buffer[..bare.len()].make_ascii_lowercase();
    std::str::from_utf8(&buffer[..bare.len()]).is_ok_and(|lower| ALL.contains(lower))
        || is_initialism(word)
}

/// `U.S`, `e.g`, `a.m`, or a single letter (an initial): letters separated by periods.
pub(crate) fn is_initialism(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    let mut letters = 0;
    let mut expect_letter = true;
    for c in word.chars() {
        if expect_letter {
            if !c.is_alphabetic() {
                return false;
            }
            letters += 1;
            expect_letter = false;
        } else if c == '.' {
            expect_letter = true;
        } else {
            return false;
        }
    }
    letters >= 1 && !expect_letter
}

/// Whether an abbreviation token (with its period) can end a sentence when the next
/// token is `next` and opens like a sentence.
pub(crate) fn abbreviation_may_end_sentence(abbreviation: &str, next: &str) -> bool {
    let lower = lower_without_period(abbreviation);
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    let next_is_number = next.chars().next().is_some_and(|c| c.is_ascii_digit());
    if BEFORE_NUMBERS.contains(&lower.as_str()) && next_is_number {
        return false;
    }
    let letters = lower.chars().filter(|c| c.is_alphabetic()).count();
    if is_initialism(abbreviation) {
        let capitals = abbreviation.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        if PLACE_INITIALISMS.contains(&lower.as_str()) {
            return !AFTER_COUNTRY_ABBREVIATIONS.contains(&next.to_lowercase().as_str());
        }
        // Initials: "J. Smith", "George W. Bush", "W.H.S. Koerner".
        return !(capitals || letters == 1);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initialisms() {
        for word in ["U.S.", "U.S", "e.g.", "a.m.", "J."] {
            assert!(is_initialism(word), "{word}");
        }
        for word in ["US", "3.5", "U..S", "Nov."] {
            assert!(!is_initialism(word), "{word}");
        }
    }

    #[test]
    fn sentence_ends_after_abbreviations() {
        assert!(!abbreviation_may_end_sentence("Mr.", "Lavrov"));
        assert!(!abbreviation_may_end_sentence("Nov.", "1"));
        assert!(abbreviation_may_end_sentence("Nov.", "The"));
        assert!(!abbreviation_may_end_sentence("U.S.", "President"));
        assert!(abbreviation_may_end_sentence("U.S.", "The"));
        assert!(!abbreviation_may_end_sentence("W.", "Bush"));
        assert!(abbreviation_may_end_sentence("etc.", "The"));
        assert!(!abbreviation_may_end_sentence("W.H.S.", "Koerner"));
        assert!(abbreviation_may_end_sentence("D.C.", "The"));
    }
}
