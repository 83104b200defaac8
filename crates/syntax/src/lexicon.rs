//! What English dictionaries say of each word form: which of noun, verb, adjective and
//! adverb it can be (WordNet), and whether a word list has it in lower case or only
//! capitalised, as a name (SCOWL). `scripts/word-lexicon` writes the reviewable file
//! (`crates/syntax/data/lexicon.tsv`); the tagger keeps it by word hash, as a feature
//! for words its treebank never has.

use attache_learn::fnv1a;

use crate::ModelError;
use crate::lex::normalise;

/// The letters of a lexicon line's classes, each with its bit.
const LETTERS: [(char, u8); 6] = [('n', 1), ('v', 2), ('a', 4), ('r', 8), ('P', 16), ('L', 32)];

/// The low bits of a table entry, which hold the classes; the rest hold the hash.
const BITS: u64 = 0x3f;

/// Word classes by the hash of the normalised form (`Lex::norm`), in an open-addressing
/// table of words that the tagger file holds as it is, so that loading it is a copy:
/// each entry is the hash with its low six bits replaced by the classes (0: empty).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lexicon {
    table: Vec<u64>,
    len: usize,
}

/// A lexicon line that is not `form<TAB>classes`.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("line {line}: {message}")]
pub struct LexiconError {
    /// The line, from 1.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl Lexicon {
    /// Reads the lexicon file: lines of a form and its class letters (`n v a r` for
    /// WordNet's noun, verb, adjective and adverb, `P` for a form listed only
    /// capitalised, `L` for one listed in lower case), separated by a tab; lines
    /// starting with `#` are comments.
    pub fn parse(text: &str) -> Result<Lexicon, LexiconError> {
        let mut entries: Vec<(u64, u8)> = Vec::new();
        let mut buffer = String::new();
        for (i, line) in text.lines().enumerate() {
            let error = |message: String| LexiconError { line: i + 1, message };
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((form, letters)) = line.split_once('\t') else {
                return Err(error("expected a form, a tab and its classes".into()));
            };
            if form.is_empty() {
                return Err(error("empty form".into()));
            }
            if letters.is_empty() {
                return Err(error("no classes".into()));
            }
            let mut bits = 0u8;
            for c in letters.chars() {
                let Some((_, bit)) = LETTERS.iter().find(|(l, _)| *l == c) else {
                    return Err(error(format!(
                        "unknown class {c:?} (expected n, v, a, r, P or L)"
                    )));
                };
                bits |= bit;
            }
            normalise(form, &mut buffer);
            entries.push((fnv1a(buffer.as_bytes()) & !BITS, bits));
        }
        // (in hash order, forms that normalise alike merged, so that the table is the
        // same whatever the order of the lines)
        entries.sort_unstable();
        entries.dedup_by(|next, kept| {
            let same = next.0 == kept.0;
            if same {
                kept.1 |= next.1;
            }
            same
        });
        let mut table = vec![0u64; (entries.len() * 5 / 4).next_power_of_two().max(16)];
        let mask = table.len() - 1;
        for &(key, bits) in &entries {
            let mut at = (key >> 6) as usize & mask;
            while table[at] != 0 {
                at = (at + 1) & mask;
            }
            table[at] = key | u64::from(bits);
        }
        Ok(Lexicon { table, len: entries.len() })
    }

    /// The class bits of a normalised form's hash.
    #[inline]
    pub(crate) fn get(&self, norm: u64) -> Option<u8> {
        let key = norm & !BITS;
        let mask = self.table.len().checked_sub(1)?;
        let mut at = (key >> 6) as usize & mask;
        loop {
            let entry = self.table[at];
            if entry == 0 {
                return None;
            }
            if entry & !BITS == key {
                return Some((entry & BITS) as u8);
            }
            at = (at + 1) & mask;
        }
    }

    /// How many forms have classes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether no form has classes.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The table's length, then its entries.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8 + 8 * self.table.len());
        out.extend_from_slice(&(self.table.len() as u64).to_le_bytes());
        for entry in &self.table {
            out.extend_from_slice(&entry.to_le_bytes());
        }
        out
    }

    /// Reads what [`Lexicon::to_bytes`] wrote at the head of `bytes`, and the rest.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<(Lexicon, &[u8]), ModelError> {
        let (count, body) = bytes.split_at_checked(8).ok_or(ModelError)?;
        let count = usize::try_from(u64::from_le_bytes(count.try_into().map_err(|_| ModelError)?))
            .map_err(|_| ModelError)?;
        // (a table is empty or a power of two long, with an empty slot to end each probe)
        if count != 0 && !count.is_power_of_two() {
            return Err(ModelError);
        }
        let (entries, rest) =
            body.split_at_checked(count.checked_mul(8).ok_or(ModelError)?).ok_or(ModelError)?;
        let table: Vec<u64> = entries
            .chunks_exact(8)
            .map(|e| u64::from_le_bytes(e.try_into().unwrap_or_default()))
            .collect();
        let len = table.iter().filter(|&&e| e != 0).count();
        if count != 0 && len == count {
            return Err(ModelError);
        }
        Ok((Lexicon { table, len }, rest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_forms_and_classes_and_names_a_bad_line() {
        let lexicon = Lexicon::parse("# comment\nwalked\tvL\nabilene\tnP\n").unwrap();
        assert_eq!(lexicon.len(), 2);
        let mut b = String::new();
        normalise("Walked", &mut b);
        assert_eq!(lexicon.get(fnv1a(b.as_bytes())), Some(2 | 32));
        let bytes = lexicon.to_bytes();
        let (back, rest) = Lexicon::from_bytes(&bytes).unwrap();
        assert_eq!(back, lexicon);
        assert!(rest.is_empty());
        let error = Lexicon::parse("walked\tvL\nran\tvX\n").unwrap_err();
        assert_eq!(error.line, 2);
        assert!(error.to_string().contains("unknown class 'X'"), "{error}");
        assert_eq!(Lexicon::parse("walked vL\n").unwrap_err().line, 1);
        assert!(Lexicon::from_bytes(&[3, 0, 0, 0, 0, 0, 0, 0, 7]).is_err());
        assert!(Lexicon::parse("walked\t\n").is_err());
        // A form not listed is not found, in a full table too.
        normalise("walks", &mut b);
        assert_eq!(lexicon.get(fnv1a(b.as_bytes())), None);
    }
}
