//! The records of the knowledge base, as read from its files.

use crate::Error;
use crate::table::Row;

/// A calendar day as `YYYYMMDD`, comparable as a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(u32);

impl Day {
    /// The day with this year, month and day of month.
    pub fn new(year: i32, month: u32, day: u32) -> Day {
        Day(u32::try_from(year.max(0)).unwrap_or(0) * 10_000 + month * 100 + day)
    }

    /// The year.
    pub fn year(self) -> u32 {
        self.0 / 10_000
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. An incomplete date means its first
    /// day when `end` is false and its last day when `end` is true.
    pub fn parse(text: &str, end: bool) -> Option<Day> {
        let mut parts = text.split('-');
        let year: u32 = parts.next()?.parse().ok().filter(|y| (1000..=9999).contains(y))?;
        let month: Option<u32> = match parts.next() {
            Some(m) => Some(m.parse().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day: Option<u32> = match parts.next() {
            Some(d) => Some(d.parse().ok().filter(|d| (1..=31).contains(d))?),
            None => None,
        };
        if parts.next().is_some() || (month.is_none() && day.is_some()) {
            return None;
        }
        let month = month.unwrap_or(if end { 12 } else { 1 });
        let day = day.unwrap_or(if end { 31 } else { 1 });
        Some(Day(year * 10_000 + month * 100 + day))
    }
}

/// Whether a state is current, dependent or gone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateKind {
    /// A UN member or observer, or a state widely treated as one.
    State,
    /// A dependent territory.
    Territory,
    /// A state that no longer exists.
    Historical,
}

/// A state or territory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    /// ISO 3166-1 alpha-3 code (`AZE`; `SUN` for the USSR).
    pub code: String,
    /// ISO 3166-1 alpha-2 code.
    pub iso2: String,
    /// Current, dependent or historical.
    pub kind: StateKind,
    /// Names, the usual short one first.
    pub names: Vec<String>,
    /// Adjectives (`Azerbaijani`, `Azeri`).
    pub adjectives: Vec<String>,
    /// Nouns for its people (`Azerbaijanis`).
    pub demonyms: Vec<String>,
    /// The capital's usual English name.
    pub capital: Option<String>,
    /// When it came into being (historical states).
    pub from: Option<Day>,
    /// When it ended (historical states).
    pub to: Option<Day>,
}

/// What kind of organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgKind {
    /// An intergovernmental organisation.
    Igo,
    /// An organ or agency of one.
    IgoBody,
    /// A non-governmental organisation.
    Ngo,
    /// A non-state armed group.
    ArmedGroup,
    /// A national institution (`Kremlin`).
    NationalBody,
    /// A political party.
    Party,
    /// A news organisation.
    Media,
    /// A company.
    Company,
    /// An actor of a PETRARCH/TABARI dictionary, known only by its code.
    Coded,
}

impl OrgKind {
    fn parse(text: &str) -> Option<OrgKind> {
        Some(match text {
            "igo" => OrgKind::Igo,
            "igo-body" => OrgKind::IgoBody,
            "ngo" => OrgKind::Ngo,
            "armed-group" => OrgKind::ArmedGroup,
            "national-body" => OrgKind::NationalBody,
            "party" => OrgKind::Party,
            "media" => OrgKind::Media,
            "company" => OrgKind::Company,
            "coded" => OrgKind::Coded,
            _ => return None,
        })
    }
}

/// An organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Org {
    /// Short stable id (`OSCE-MG`).
    pub id: String,
    /// What kind.
    pub kind: OrgKind,
    /// Full names, the usual one first.
    pub names: Vec<String>,
    /// Acronyms, matched with their capitals only.
    pub acronyms: Vec<String>,
    /// The organisation it belongs to.
    pub parent: Option<String>,
    /// The state of a national body, party or national armed group.
    pub country: Option<String>,
    /// CAMEO-style sector (`IGO`, `GOV`, `REB`…).
    pub sector: String,
}

/// A title and what it says about the one who bears it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    /// The title, lower case (`foreign minister`).
    pub title: String,
    /// The role code (`FM`), or `MOD` for a modifier (`acting`).
    pub role: String,
    /// CAMEO-style sector (`GOV`).
    pub sector: String,
}

impl Role {
    /// Whether this is a modifier (`acting`, `former`) rather than a title.
    pub fn is_modifier(&self) -> bool {
        self.role == "MOD"
    }
}

/// One office held by a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The state (or organisation id) served.
    pub country: String,
    /// The role code (`HOS`, `HOG`, `FM`…).
    pub role: String,
    /// First day in office.
    pub start: Option<Day>,
    /// Last day in office; none while still in office.
    pub end: Option<Day>,
    /// Where the entry was checked.
    pub source: String,
}

impl Term {
    /// Whether the term covers the day (an unknown start counts as always).
    pub fn covers(&self, day: Day) -> bool {
        self.start.is_none_or(|s| s <= day) && self.end.is_none_or(|e| day <= e)
    }

    /// Days (roughly) between the day and the term; zero when it covers the day.
    pub fn distance(&self, day: Day) -> u32 {
        let approx = |d: Day| d.year() * 372 + (d.0 / 100 % 100) * 31 + d.0 % 100;
        match (self.start, self.end) {
            (Some(s), _) if day < s => approx(s) - approx(day),
            (_, Some(e)) if e < day => approx(day) - approx(e),
            _ => 0,
        }
    }
}

/// A person with their offices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Lower-case slug (`sergey-lavrov`).
    pub id: String,
    /// Names, the usual one first.
    pub names: Vec<String>,
    /// Offices held.
    pub terms: Vec<Term>,
}

impl Person {
    /// The term in effect on the day, or else the nearest one; of two offices held
    /// at once, the one not held ex officio (a French president is also co-prince
    /// of Andorra: news means France).
    pub fn term_on(&self, day: Day) -> Option<&Term> {
        self.terms.iter().min_by_key(|t| (t.distance(day), t.source.contains("ex officio")))
    }
}

/// A city or region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Its usual English name.
    pub name: String,
    /// Other names.
    pub altnames: Vec<String>,
    /// The state it belongs to.
    pub country: Option<String>,
    /// `city`, `region` or `disputed`.
    pub kind: String,
    /// Population where known, for choosing between places of one name.
    pub population: u64,
}

fn required<'a>(source: &str, row: &Row<'a>, i: usize, what: &str) -> Result<&'a str, Error> {
    let value = row.get(i);
    if value.is_empty() {
        return Err(Error::at(source, row.line, format!("empty {what}")));
    }
    Ok(value)
}

fn day(source: &str, row: &Row<'_>, i: usize, end: bool) -> Result<Option<Day>, Error> {
    let text = row.get(i);
    if text.is_empty() {
        return Ok(None);
    }
    Day::parse(text, end).map(Some).ok_or_else(|| {
        Error::at(source, row.line, format!("`{text}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
    })
}

fn code(source: &str, row: &Row<'_>, i: usize) -> Result<Option<String>, Error> {
    let text = row.get(i);
    if text.is_empty() {
        return Ok(None);
    }
    if !text.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-') {
        return Err(Error::at(source, row.line, format!("`{text}` is not an upper-case code")));
    }
    Ok(Some(text.to_string()))
}

pub(crate) fn state(source: &str, row: &Row<'_>) -> Result<State, Error> {
    let code = code(source, row, 0)?.ok_or_else(|| Error::at(source, row.line, "empty code"))?;
    let kind = match required(source, row, 2, "kind")? {
        "state" => StateKind::State,
        "territory" => StateKind::Territory,
        "historical" => StateKind::Historical,
        other => {
            return Err(Error::at(
                source,
                row.line,
                format!("kind `{other}`: expected state, territory or historical"),
            ));
        }
    };
    let names = row.list(3);
    if names.is_empty() {
        return Err(Error::at(source, row.line, "a state needs at least one name"));
    }
    Ok(State {
        code,
        iso2: row.get(1).to_string(),
        kind,
        names,
        adjectives: row.list(4),
        demonyms: row.list(5),
        capital: row.opt(6),
        from: day(source, row, 7, false)?,
        to: day(source, row, 8, true)?,
    })
}

pub(crate) fn org(source: &str, row: &Row<'_>) -> Result<Org, Error> {
    let id = code(source, row, 0)?.ok_or_else(|| Error::at(source, row.line, "empty id"))?;
    let kind_text = required(source, row, 1, "kind")?;
    let kind = OrgKind::parse(kind_text).ok_or_else(|| {
        Error::at(
            source,
            row.line,
            format!(
                "kind `{kind_text}`: expected igo, igo-body, ngo, armed-group, national-body, \
                 party, media or company"
            ),
        )
    })?;
    let names = row.list(2);
    let acronyms = row.list(3);
    if names.is_empty() && acronyms.is_empty() {
        return Err(Error::at(source, row.line, "an organisation needs a name or an acronym"));
    }
    Ok(Org {
        id,
        kind,
        names,
        acronyms,
        parent: code(source, row, 4)?,
        country: code(source, row, 5)?,
        sector: row.get(6).to_string(),
    })
}

pub(crate) fn role(source: &str, row: &Row<'_>) -> Result<Role, Error> {
    let title = required(source, row, 0, "title")?.to_lowercase();
    let role = required(source, row, 1, "role")?.to_string();
    Ok(Role { title, role, sector: row.get(2).to_string() })
}

/// A person's line: the id, the names on it (may be empty) and the term.
pub(crate) fn person(source: &str, row: &Row<'_>) -> Result<(String, Vec<String>, Term), Error> {
    let id = required(source, row, 0, "id")?.to_string();
    let country =
        code(source, row, 2)?.ok_or_else(|| Error::at(source, row.line, "empty country"))?;
    let role = required(source, row, 3, "role")?.to_string();
    let start = day(source, row, 4, false)?;
    let end = day(source, row, 5, true)?;
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        return Err(Error::at(source, row.line, "the term ends before it starts"));
    }
    Ok((id, row.list(1), Term { country, role, start, end, source: row.get(6).to_string() }))
}

pub(crate) fn place(source: &str, row: &Row<'_>) -> Result<Place, Error> {
    let name = required(source, row, 0, "name")?.to_string();
    let population = match row.get(4) {
        "" => 0,
        text => text.parse().map_err(|_| {
            Error::at(source, row.line, format!("population `{text}` is not a number"))
        })?,
    };
    Ok(Place {
        name,
        altnames: row.list(1),
        country: code(source, row, 2)?,
        kind: row.get(3).to_string(),
        population,
    })
}
