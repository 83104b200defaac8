//! What the tagger and parser know of a word by itself, hashed once per token: its
//! normalised form, affixes and shape. Features then combine these hashes with
//! [`attache_learn::mix`], so that no string is built per feature.

use attache_learn::fnv1a;

use crate::Clusters;

/// Lower case, digits as `0`: the form words are counted and clustered by.
pub(crate) fn normalise(word: &str, buffer: &mut String) {
    buffer.clear();
    for c in word.chars() {
        if c.is_ascii_digit() {
            buffer.push('0');
        } else if c.is_ascii() {
            buffer.push(c.to_ascii_lowercase());
        } else {
            buffer.extend(c.to_lowercase());
        }
    }
}

/// The hashes of one word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Lex {
    /// Lower case, digits as `0`.
    pub norm: u64,
    /// The last 1, 2, 3 and 4 characters of the normalised form.
    pub suffix: [u64; 4],
    /// The first 1 and 2 characters of the form as written.
    pub prefix: [u64; 2],
    /// Character classes (`Xxxx`, `dd.dd`), runs cut at four.
    pub shape: u64,
    /// The form as written.
    pub form: u64,
    /// The normalised form less a last "s" ("warns": "warn") when three bytes or more
    /// remain, else the normalised form itself.
    pub stem: u64,
    /// 0: starts lower case; 1: capitalised; 2: all capitals; 3: no letter first.
    pub case: u8,
    /// A number joined by a hyphen to a word, as in "a 500-page report" (UD splits
    /// these; the segmenter keeps them whole, so the treebank never shows one).
    pub measure: bool,
    /// A file's name, as in "report_v2.pdf" (a name, a dot and a known extension;
    /// no slash or "@", which make an address).
    pub file: bool,
    /// The normalised form of the word the tagger knows that this one, unknown to it,
    /// is most likely a misspelling of ("legnth": "length"; "sooooo": "so"), or 0
    /// (see `Tagger::repair`).
    pub repair: u64,
    /// The word's coarse and fine classes ([`Clusters`]), or a value of their own
    /// for words without one.
    pub cluster: [u64; 2],
}

impl Lex {
    pub(crate) fn of(word: &str, buffer: &mut String, clusters: &Clusters) -> Lex {
        normalise(word, buffer);
        let norm = fnv1a(buffer.as_bytes());
        let mut suffix = [0; 4];
        let mut ends = buffer.char_indices().rev().map(|(i, _)| i);
        for (k, s) in suffix.iter_mut().enumerate() {
            let start = ends.next().unwrap_or(0);
            *s = fnv1a(&buffer.as_bytes()[start..]) ^ (k as u64 + 1);
        }
        let mut prefix = [0; 2];
        let mut starts = word.char_indices().map(|(i, c)| i + c.len_utf8());
        for (k, p) in prefix.iter_mut().enumerate() {
            let end = starts.next().unwrap_or(word.len());
            *p = fnv1a(&word.as_bytes()[..end]) ^ (k as u64 + 11);
        }
        let mut shape = Vec::with_capacity(16);
        let mut run = 0;
        for c in word.chars() {
            let class = if c.is_uppercase() {
                b'X'
            } else if c.is_lowercase() {
                b'x'
            } else if c.is_numeric() {
                b'd'
            } else if c.is_ascii() {
                c as u8
            } else {
                b'*'
            };
            if shape.last() == Some(&class) {
                run += 1;
                if run >= 4 {
                    continue;
                }
            } else {
                run = 0;
            }
            shape.push(class);
        }
        let first = word.chars().next().unwrap_or(' ');
        let case = if first.is_lowercase() {
            0
        } else if !first.is_uppercase() {
            3
        } else if word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
            && word.len() > 1
        {
            2
        } else {
            1
        };
        let cluster = clusters.get(norm).map_or([0xc0, 0xc1], |(coarse, fine)| {
            [u64::from(coarse) + 0xc100, u64::from(fine) + 0xf100]
        });
        let stem = match buffer.strip_suffix('s') {
            Some(stem) if stem.len() >= 3 => fnv1a(stem.as_bytes()),
            _ => norm,
        };
        let measure = word.starts_with(|c: char| c.is_ascii_digit())
            && word.ends_with(|c: char| c.is_alphabetic())
            && word.split_once('-').is_some_and(|(number, rest)| {
                number.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
                    && rest.chars().all(|c| c.is_alphabetic() || c == '-')
            });
        let file = word.rsplit_once('.').is_some_and(|(name, extension)| {
            !name.is_empty()
                && FILE_EXTENSIONS.iter().any(|e| e.eq_ignore_ascii_case(extension))
                && !word.contains(['/', '@', ':'])
        });
        Lex {
            norm,
            measure,
            file,
            repair: 0,
            stem,
            suffix,
            prefix,
            shape: fnv1a(&shape) ^ 0x5a,
            form: fnv1a(word.as_bytes()) ^ 0xf0,
            case,
            cluster,
        }
    }
}

/// The extensions of the files people attach and link to.
const FILE_EXTENSIONS: [&str; 19] = [
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "htm", "html", "txt", "rtf", "csv", "jpg",
    "jpeg", "gif", "png", "zip", "wav", "mp3",
];

/// The hashes of normalised words (`Lex::norm`), for the rules after the models.
pub(crate) const fn hashes<const N: usize>(words: [&[u8]; N]) -> [u64; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = fnv1a(words[i]);
        i += 1;
    }
    out
}

/// Feature template identifiers: each feature is its template mixed with values.
pub(crate) fn template(id: u64) -> u64 {
    attache_learn::mix(0x7e4c_0ffe_e000_0000, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_and_case_are_normalised() {
        let mut b = String::new();
        let none = Clusters::default();
        assert_eq!(Lex::of("2017", &mut b, &none).norm, Lex::of("1999", &mut b, &none).norm);
        assert_eq!(Lex::of("Baku", &mut b, &none).norm, Lex::of("BAKU", &mut b, &none).norm);
        assert_ne!(Lex::of("Baku", &mut b, &none).shape, Lex::of("BAKU", &mut b, &none).shape);
        assert_eq!(
            Lex::of("talks", &mut b, &none).suffix[0],
            Lex::of("visits", &mut b, &none).suffix[0]
        );
        assert_eq!(Lex::of("Ab", &mut b, &none).suffix[3], Lex::of("Ab", &mut b, &none).suffix[3]);
        // File names, but not addresses, e-mail addresses or abbreviations.
        for (word, file) in [
            ("minutes.PDF", true),
            ("Annex_2-final.docx", true),
            ("www.example.org/a.html", false),
            ("press@example.org", false),
            ("U.S.", false),
            (".pdf", false),
        ] {
            assert_eq!(Lex::of(word, &mut b, &none).file, file, "{word}");
        }
        // Short words and non-ASCII words hash without panicking.
        let _ = Lex::of("é", &mut b, &none);
        let _ = Lex::of("Азербайджан", &mut b, &none);
    }
}
