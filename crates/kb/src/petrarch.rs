//! PETRARCH and TABARI dictionaries: actor files (`NAME [CODE]`, `+SYNONYM` lines,
//! date-restricted `[CODE <YYMMDD]` lines) and agent files (`NAME {PLURAL} [~CODE]`,
//! `!VAR! = A, B` substitutions), read into the knowledge base's own records.
//!
//! An actor becomes an organisation record of kind [`OrgKind::Coded`]: its id and
//! country are the code's first three letters, its sector the next three; of
//! date-restricted codes the open-ended one (else the last) is kept. An agent becomes
//! a title whose role is `AGENT` and whose sector is its code without `~`. Names are
//! written as PETRARCH writes them, in capitals with `_` between words; they are
//! matched in title case and in capitals.

use crate::Error;
use crate::records::{Org, OrgKind, Role};

/// Whether a text looks like a PETRARCH/TABARI dictionary rather than a TSV file.
pub fn looks_like_dictionary(text: &str) -> bool {
    let mut coded = 0;
    for line in strip_comments(text).lines().take(400) {
        let line = line.trim_end();
        if line.contains('\t') && !line.contains('[') {
            return false;
        }
        if line.contains('[') && line.trim_end().ends_with(']') {
            coded += 1;
        }
    }
    coded >= 1
}

/// Removes `<!-- … -->` blocks (kept as blank lines, so that line numbers hold) and
/// `#` comments.
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_block = false;
    for line in text.lines() {
        let mut rest = line;
        let mut kept = String::new();
        loop {
            if in_block {
                match rest.find("-->") {
                    Some(end) => {
                        rest = &rest[end + 3..];
                        in_block = false;
                    }
                    None => break,
                }
            } else {
                match rest.find("<!--") {
                    Some(start) => {
                        kept.push_str(&rest[..start]);
                        rest = &rest[start + 4..];
                        in_block = true;
                    }
                    None => {
                        kept.push_str(rest);
                        break;
                    }
                }
            }
        }
        let kept = kept.split('#').next().unwrap_or("");
        out.push_str(kept);
        out.push('\n');
    }
    out
}

/// A dictionary name as it is written in running text: `NEW_ZEALAND` is "New
/// Zealand"; a trailing `_` (word end in PETRARCH) is dropped.
fn title_case(name: &str) -> String {
    name.trim()
        .trim_end_matches('_')
        .split(['_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_lowercase();
            let mut chars = lower.chars();
            match chars.next() {
                Some(first) if w.len() > 1 && !matches!(lower.as_str(), "of" | "the" | "and") => {
                    first.to_uppercase().chain(chars).collect()
                }
                _ => lower,
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The code inside `[CODE …]`, and whether it is open-ended (no date restriction).
fn code(block: &str) -> Option<(String, bool)> {
    let inner = block.trim().strip_prefix('[')?.split(']').next()?.trim();
    let mut parts = inner.split_whitespace();
    let code = parts.next()?.to_string();
    let open = parts.next().is_none_or(|p| p.starts_with('>'));
    Some((code, open))
}

/// Reads an actor dictionary.
pub fn read_actors(source: &str, text: &str) -> Result<Vec<Org>, Error> {
    let stripped = strip_comments(text);
    let mut actors: Vec<Org> = Vec::new();
    let mut codes: Vec<(String, bool)> = Vec::new();
    let finish = |actors: &mut Vec<Org>, codes: &mut Vec<(String, bool)>| {
        if let Some(last) = actors.last_mut() {
            let chosen = codes.iter().find(|(_, open)| *open).or(codes.last()).cloned();
            if let Some((code, _)) = chosen {
                set_code(last, &code);
            }
        }
        codes.clear();
    };
    for (n, line) in stripped.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let trimmed = line.trim();
        if let Some(synonym) = trimmed.strip_prefix('+') {
            let Some(actor) = actors.last_mut() else {
                return Err(Error::at(source, line_no, "a `+` synonym before any actor"));
            };
            let name = title_case(synonym.split('[').next().unwrap_or(""));
            if !name.is_empty() {
                actor.names.push(name);
            }
            continue;
        }
        if trimmed.starts_with('[') {
            if actors.is_empty() {
                return Err(Error::at(source, line_no, "a code line before any actor"));
            }
            codes.extend(code(trimmed));
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            continue;
        }
        finish(&mut actors, &mut codes);
        let (name, rest) = match trimmed.find('[') {
            Some(i) => (&trimmed[..i], Some(&trimmed[i..])),
            None => (trimmed, None),
        };
        let name = title_case(name);
        if name.is_empty() {
            return Err(Error::at(source, line_no, "an actor line without a name"));
        }
        actors.push(Org {
            id: String::new(),
            kind: OrgKind::Coded,
            names: vec![name],
            acronyms: Vec::new(),
            parent: None,
            country: None,
            sector: String::new(),
        });
        if let Some(rest) = rest {
            codes.extend(code(rest));
        }
    }
    finish(&mut actors, &mut codes);
    // Actors whose only codes are discards (`---`) or unknown stay uncoded.
    actors.retain(|a| !a.id.is_empty());
    Ok(actors)
}

fn set_code(actor: &mut Org, code: &str) {
    let code = code.trim_matches('~');
    actor.id = code.to_string();
    let letters: String = code.chars().take(3).collect();
    if letters.len() == 3 && letters.chars().all(|c| c.is_ascii_uppercase()) {
        actor.country = Some(letters);
        actor.sector = code.chars().skip(3).take(3).collect();
    }
}

/// Reads an agent dictionary into titles.
pub fn read_agents(source: &str, text: &str) -> Result<Vec<Role>, Error> {
    let stripped = strip_comments(text);
    let mut substitutions: Vec<(String, Vec<String>)> = Vec::new();
    let mut roles = Vec::new();
    for (n, line) in stripped.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed.starts_with('!')
            && let Some((var, values)) = trimmed.split_once('=')
        {
            let values = values.split(',').map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
            substitutions.push((var.trim().to_string(), values.collect()));
            continue;
        }
        let Some(open) = trimmed.find('[') else { continue };
        let Some((code, _)) = code(&trimmed[open..]) else {
            return Err(Error::at(source, n + 1, "an agent without a [CODE]"));
        };
        let head = &trimmed[..open];
        let (name, plural) = match head.find('{') {
            Some(i) => (&head[..i], head[i + 1..].split('}').next()),
            None => (head, None),
        };
        let sector = code.trim_matches('~').to_string();
        for written in std::iter::once(name).chain(plural.filter(|p| !p.trim().is_empty())) {
            for expanded in expand(written.trim(), &substitutions) {
                let title = title_case(&expanded).to_lowercase();
                if !title.is_empty() {
                    roles.push(Role { title, role: "AGENT".to_string(), sector: sector.clone() });
                }
            }
        }
    }
    Ok(roles)
}

/// `!MINST!_OF_X` with `!MINST! = MINISTER, MINISTRY` is both.
fn expand(name: &str, substitutions: &[(String, Vec<String>)]) -> Vec<String> {
    for (var, values) in substitutions {
        if name.contains(var.as_str()) {
            return values
                .iter()
                .flat_map(|v| expand(&name.replace(var.as_str(), v), substitutions))
                .collect();
        }
    }
    vec![name.to_string()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_with_synonyms_dates_and_comments() {
        let text = "<!-- header\nstill comment -->\nNEW_ZEALAND [NZE]\n\nGOLLUM  # pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBREB > 990816]\nBOROMIR [---]\nIMF [IGOFIN] # fund\n";
        let actors = read_actors("d.txt", text).unwrap();
        assert_eq!(actors[0].names, ["New Zealand"]);
        assert_eq!(actors[0].country.as_deref(), Some("NZE"));
        assert_eq!(actors[1].names, ["Gollum", "Smeagol"]);
        assert_eq!(actors[1].id, "HOBREB");
        assert_eq!(actors[1].sector, "REB");
        assert_eq!(actors[2].names, ["Boromir"]);
        assert_eq!(actors[2].id, "---", "discards are kept as codes");
        assert!(looks_like_dictionary(text));
        assert!(!looks_like_dictionary("id\tnames\tcountry\trole\tstart\tend\tsource\n"));
    }

    #[test]
    fn agents_with_plurals_and_substitutions() {
        let text = "!MINST! = MINISTER, MINISTRY\nFOREIGN_MINISTER [~GOVFRM] # x\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n!MINST!_OF_SILLY_WALKS [~GOV]\n";
        let roles = read_agents("a.txt", text).unwrap();
        let titles: Vec<&str> = roles.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "foreign minister",
                "attorney general",
                "attorneys general",
                "minister of silly walks",
                "ministry of silly walks"
            ]
        );
        assert_eq!(roles[0].sector, "GOVFRM");
    }
}
