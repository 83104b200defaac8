//! Reading the tab-separated files of the knowledge base.

use crate::Error;

/// The kinds of file, told apart by their header line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum FileKind {
    States,
    Orgs,
    Roles,
    People,
    Places,
}

impl FileKind {
    pub(crate) const ALL: [FileKind; 5] =
        [FileKind::States, FileKind::Orgs, FileKind::Roles, FileKind::People, FileKind::Places];

    pub(crate) fn columns(self) -> &'static [&'static str] {
        match self {
            FileKind::States => &[
                "code",
                "iso2",
                "kind",
                "names",
                "adjectives",
                "demonyms",
                "capital",
                "from",
                "to",
            ],
            FileKind::Orgs => &["id", "kind", "names", "acronyms", "parent", "country", "sector"],
            FileKind::Roles => &["title", "role", "sector", "examples"],
            FileKind::People => &["id", "names", "country", "role", "start", "end", "source"],
            FileKind::Places => &["name", "altnames", "country", "kind", "population"],
        }
    }
}

/// One record: its line number (1-based) and its fields, as many as the header has.
pub(crate) struct Row<'a> {
    pub(crate) line: usize,
    pub(crate) fields: Vec<&'a str>,
}

impl<'a> Row<'a> {
    pub(crate) fn get(&self, i: usize) -> &'a str {
        self.fields.get(i).copied().unwrap_or("")
    }

    /// A `|`-separated list, empty items dropped.
    pub(crate) fn list(&self, i: usize) -> Vec<String> {
        list(self.get(i))
    }

    pub(crate) fn opt(&self, i: usize) -> Option<String> {
        let value = self.get(i);
        (!value.is_empty()).then(|| value.to_string())
    }
}

pub(crate) fn list(field: &str) -> Vec<String> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// Splits a file into its kind and its rows. Comments and blank lines are skipped;
/// the first other line is the header.
pub(crate) fn parse<'a>(source: &str, text: &'a str) -> Result<(FileKind, Vec<Row<'a>>), Error> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.strip_suffix('\r').unwrap_or(line)))
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'));
    let Some((header_line, header)) = lines.next() else {
        return Err(Error::at(source, 1, "no header line: the file has no records"));
    };
    let header: Vec<&str> = header.split('\t').map(str::trim).collect();
    let Some(kind) = FileKind::ALL.into_iter().find(|k| k.columns() == header.as_slice()) else {
        return Err(Error::at(
            source,
            header_line,
            format!(
                "unknown header `{}`; expected one of: {}",
                header.join("\\t"),
                FileKind::ALL
                    .iter()
                    .map(|k| k.columns().join("\\t"))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ),
        ));
    };
    let width = kind.columns().len();
    let mut rows = Vec::new();
    for (line, text) in lines {
        let fields: Vec<&str> = text.split('\t').map(str::trim).collect();
        if fields.len() > width {
            return Err(Error::at(
                source,
                line,
                format!("{} fields where the header has {width}", fields.len()),
            ));
        }
        rows.push(Row { line, fields });
    }
    Ok((kind, rows))
}
