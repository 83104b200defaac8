//! Names the knowledge base does not know, and words for roles.

use attache_text::Span;

/// The words of a role code, for an actor's `role` when the text gives no title.
pub fn role_name(code: &str) -> &'static str {
    match code {
        "HOS" => "head of state",
        "HOG" => "head of government",
        "FM" => "foreign minister",
        "DEF" => "defence minister",
        "MIN" => "minister",
        "DEPMIN" => "deputy minister",
        "AMB" => "ambassador",
        "DIP" => "diplomat",
        "SPOKES" => "spokesperson",
        "ADV" => "adviser",
        "LEG" | "MEMBER" => "legislator",
        "JUD" => "judge",
        "MIL" => "military officer",
        "COP" => "police officer",
        "SPY" => "intelligence officer",
        "OPP" => "opposition leader",
        "REB" => "rebel leader",
        "PTY" => "party official",
        "RELIG" => "religious leader",
        "BUS" => "business person",
        "MED" => "journalist",
        _ => "official",
    }
}

/// The CAMEO-style sector of a role code.
pub(crate) fn role_sector(code: &str) -> &'static str {
    match code {
        "MIL" => "MIL",
        "LEG" | "MEMBER" => "LEG",
        "JUD" => "JUD",
        "COP" => "COP",
        "SPY" => "SPY",
        "OPP" => "OPP",
        "REB" => "REB",
        "PTY" => "PTY",
        "RELIG" => "REL",
        "BUS" => "BUS",
        "MED" => "MED",
        _ => "GOV",
    }
}

/// A lower-case ASCII slug of a name, for ids.
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Lower-case words allowed inside a name.
const PARTICLES: &[&str] =
    &["bin", "ibn", "al", "el", "de", "da", "del", "van", "von", "der", "di", "du", "la", "le"];

/// Words that introduce a name after a title without being part of it.
pub(crate) const HONORIFICS: &[&str] =
    &["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Amb.", "Sir", "Dame", "Lord"];

/// A person's name right after a title: two to four capitalised words (particles and
/// initials allowed), after optional `,` and an honorific, not overlapping a name
/// already taken.
pub(crate) fn name_after(text: &str, from: usize, claimed: &[Span]) -> Option<Span> {
    let mut at = from;
    // A title that goes on past the lexicon ("Minister of Foreign Affairs and
    // International Cooperation, …"): skip its capitalised continuation up to a comma.
    if let Some(more) = text[at..].strip_prefix(" and ")
        && let Some(comma) = more.find(',')
        && more[..comma].split(' ').all(|w| w.starts_with(char::is_uppercase))
    {
        at += " and ".len() + comma;
    }
    let rest = &text[at..];
    let skipped = rest.len() - rest.trim_start_matches([' ', ',']).len();
    if skipped == 0 || rest[..skipped].contains('\n') {
        return None;
    }
    at += skipped;
    for h in HONORIFICS {
        if text[at..].starts_with(h) && text[at + h.len()..].starts_with(' ') {
            at += h.len() + 1;
            break;
        }
    }
    let start = at;
    let mut end = at;
    let mut words = 0;
    let mut capitals = 0;
    loop {
        let rest = &text[end..];
        let word_len = rest
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.')))
            .unwrap_or(rest.len());
        let word = rest[..word_len].trim_end_matches('.');
        let initial = rest[..word_len].len() == 2 && rest[..word_len].ends_with('.');
        let word = if initial { &rest[..word_len] } else { word };
        // (a possessive ends the name without being part of it: "reporter Nisan
        // Ahmado's source")
        let owner = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"));
        let word = owner.filter(|w| !w.is_empty()).unwrap_or(word);
        if word.is_empty() {
            break;
        }
        let first = word.chars().next()?;
        let capitalised = first.is_uppercase() && word.chars().skip(1).any(char::is_lowercase);
        let particle = PARTICLES.contains(&word);
        if !(capitalised || initial || particle) {
            break;
        }
        words += 1;
        capitals += usize::from(capitalised);
        end += word.len();
        if words == 4 || owner.is_some() || !text[end..].starts_with(' ') {
            break;
        }
        // The next word must continue the name.
        let next = text[end + 1..].chars().next();
        if !next.is_some_and(|c| c.is_uppercase() || c.is_lowercase()) {
            break;
        }
        let after = &text[end + 1..];
        let continues = after.chars().next().is_some_and(char::is_uppercase)
            || PARTICLES.iter().any(|p| after.starts_with(p) && after[p.len()..].starts_with(' '));
        if !continues {
            break;
        }
        end += 1;
    }
    // Particles may not end a name.
    let span = Span::trimmed(text, Span::new(start, end));
    let last = span.text(text).split_whitespace().last()?;
    if capitals < 2 || PARTICLES.contains(&last) {
        return None;
    }
    let overlaps =
        claimed.iter().any(|c| c.byte_start < span.byte_end && span.byte_start < c.byte_end);
    (!overlaps).then_some(span)
}

/// Nouns that head an organisation's name.
pub(crate) const ORG_HEADS: &[&str] = &[
    "Academy",
    "Commission",
    "Committee",
    "Council",
    "Ministry",
    "Agency",
    "Institute",
    "University",
    "Service",
    "Bank",
    "Court",
    "Assembly",
    "Parliament",
    "Office",
    "Embassy",
    "Foundation",
    "Association",
    "Organization",
    "Organisation",
    "Centre",
    "Center",
    "Authority",
    "Department",
    "Bureau",
    "Corporation",
    "Directorate",
    "Secretariat",
    "Chamber",
    "Tribunal",
    "Federation",
    "Union",
    "Company",
    // ("the General Staff", not a general named Staff)
    "Staff",
];

/// The sector of a national body from the words of its name: a defence ministry or
/// an army is military, a parliament legislative, a court judicial, a ministry or a
/// department government.
pub(crate) fn body_sector(name: &str) -> Option<&'static str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if has(&["Defence", "Defense", "Army", "Navy", "Military", "Armed"]) {
        Some("MIL")
    } else if has(&["Police", "Interior"]) && !has(&["Ministry", "Department"]) {
        Some("COP")
    } else if has(&["Parliament", "Senate", "Assembly", "Duma", "Congress", "Chamber"]) {
        Some("LEG")
    } else if has(&["Court", "Tribunal"]) {
        Some("JUD")
    } else if has(&["Ministry", "Department", "Government", "Cabinet", "Presidency"]) {
        Some("GOV")
    } else {
        None
    }
}

fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// Runs of capitalised words (with `of`, `for`, `and`, `the`, `on` inside) that hold
/// an organisation's head noun and at least one other capitalised word; a weekday
/// neither opens nor continues one ("the Diplomatic Academy on Monday").
pub(crate) fn org_phrases(text: &str, tokens: &[attache_model::Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let capital = |t: &attache_model::Token| {
            let w = t.span.text(text);
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        };
        if !capital(&tokens[i]) || is_weekday(tokens[i].span.text(text)) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            // Connectors must be followed by a capitalised word, with single spaces.
            let spaced =
                |a: usize, b: usize| tokens[b].span.byte_start == tokens[a].span.byte_end + 1;
            if end < tokens.len() && capital(&tokens[end]) && spaced(end - 1, end) {
                end += 1;
                continue;
            }
            let connector = end < tokens.len()
                && matches!(tokens[end].span.text(text), "of" | "for" | "and" | "the" | "on");
            let next_the = end + 1 < tokens.len() && tokens[end + 1].span.text(text) == "the";
            let after = if next_the { end + 2 } else { end + 1 };
            // ("Diplomatic Academy on Monday": a date is no part of a name)
            let date = after < tokens.len() && is_weekday(tokens[after].span.text(text));
            if connector
                && !date
                && after < tokens.len()
                && capital(&tokens[after])
                && spaced(end - 1, end)
            {
                end = after + 1;
                continue;
            }
            break;
        }
        let words: Vec<&str> = tokens[start..end].iter().map(|t| t.span.text(text)).collect();
        let capitals = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        if capitals >= 2 && words.iter().any(|w| ORG_HEADS.contains(w)) {
            out.push(tokens[start].span.cover(tokens[end - 1].span));
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(text: &str, title: &str) -> Option<String> {
        let from = text.find(title)? + title.len();
        name_after(text, from, &[]).map(|s| s.text(text).to_string())
    }

    #[test]
    fn names_after_titles() {
        assert_eq!(
            after("Foreign Minister Ana Ruiz said", "Minister").as_deref(),
            Some("Ana Ruiz")
        );
        assert_eq!(
            after("Minister of Foreign Affairs, Amb. Ahmed Isse Awad, said", "Affairs").as_deref(),
            Some("Ahmed Isse Awad")
        );
        assert_eq!(
            after("Crown Prince Mohammed bin Salman met", "Prince").as_deref(),
            Some("Mohammed bin Salman")
        );
        assert_eq!(after("the minister said", "minister"), None);
        assert_eq!(after("President Aliyev said", "President"), None, "one word");
        assert_eq!(
            after("reporter Nisan Ahmado's source said", "reporter").as_deref(),
            Some("Nisan Ahmado")
        );
        assert_eq!(after("envoy Liam O'Brien said", "envoy").as_deref(), Some("Liam O'Brien"));
    }

    #[test]
    fn organisation_phrases_stop_at_a_date() {
        let text = "He will speak at the Diplomatic Academy on Monday and the Council on Foreign Relations.";
        let tokens = attache_segment::EnglishSegmenter::new().segment_text(text).tokens;
        let found: Vec<&str> = org_phrases(text, &tokens).iter().map(|s| s.text(text)).collect();
        assert_eq!(found, ["Diplomatic Academy", "Council on Foreign Relations"]);
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Ahmed Isse Awad"), "ahmed-isse-awad");
        assert_eq!(slug("J. R. Smith-Jones"), "j-r-smith-jones");
    }
}
