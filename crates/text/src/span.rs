//! The byte span and its invariants.

use std::fmt;
use std::ops::Range;

/// A half-open range of byte offsets into the original (decoded) input.
///
/// Spans always index the whole input as given, never a paragraph or a sentence, so
/// that a span can be printed, stored and compared without knowing where it came from.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// Offset of the first byte.
    pub byte_start: usize,
    /// Offset one past the last byte.
    pub byte_end: usize,
}

impl Span {
    /// A span from `byte_start` to `byte_end`. Panics in debug builds when reversed.
    #[inline]
    pub const fn new(byte_start: usize, byte_end: usize) -> Span {
        debug_assert!(byte_start <= byte_end);
        Span { byte_start, byte_end }
    }

    /// An empty span at `offset`.
    #[inline]
    pub const fn empty(offset: usize) -> Span {
        Span { byte_start: offset, byte_end: offset }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(self) -> usize {
        self.byte_end - self.byte_start
    }

    /// Whether the span covers no byte.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.byte_start == self.byte_end
    }

    /// The words of `input` under this span.
    #[inline]
    pub fn text(self, input: &str) -> &str {
        &input[self.byte_start..self.byte_end]
    }

    /// The byte range, for slicing.
    #[inline]
    pub const fn range(self) -> Range<usize> {
        self.byte_start..self.byte_end
    }

    /// Whether `other` lies wholly inside this span.
    #[inline]
    pub const fn contains(self, other: Span) -> bool {
        self.byte_start <= other.byte_start && other.byte_end <= self.byte_end
    }

    /// Whether the byte at `offset` lies inside this span.
    #[inline]
    pub const fn contains_offset(self, offset: usize) -> bool {
        self.byte_start <= offset && offset < self.byte_end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(self, other: Span) -> bool {
        self.byte_start < other.byte_end && other.byte_start < self.byte_end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.byte_start.min(other.byte_start), self.byte_end.max(other.byte_end))
    }

    /// The same span moved `delta` bytes to the right.
    #[inline]
    pub const fn shift(self, delta: usize) -> Span {
        Span { byte_start: self.byte_start + delta, byte_end: self.byte_end + delta }
    }

    /// `span` without the white space at either end.
    pub fn trimmed(input: &str, span: Span) -> Span {
        let text = span.text(input);
        let start = span.byte_start + (text.len() - text.trim_start().len());
        let end = span.byte_end - (text.len() - text.trim_end().len());
        if start >= end { Span::empty(span.byte_start) } else { Span::new(start, end) }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.byte_start, self.byte_end)
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[track_caller]
    fn check_trim(input: &str, span: Range<usize>, expect: &str) {
        assert_eq!(Span::trimmed(input, span.into()).text(input), expect);
    }

    #[test]
    fn trimming() {
        check_trim("  Baku  ", 0..8, "Baku");
        check_trim("a\n\n b", 1..4, "");
        check_trim("x  y", 0..4, "x  y");
    }

    #[test]
    fn cover_and_overlap() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert!(a.overlaps(b));
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(!Span::new(0, 2).overlaps(Span::new(2, 3)));
        assert!(Span::new(0, 9).contains(a));
    }

    proptest! {
        #[test]
        fn trimmed_stays_inside_and_on_char_boundaries(s in "\\PC{0,40}", a in 0usize..50, b in 0usize..50) {
            let (lo, hi) = (a.min(b).min(s.len()), a.max(b).min(s.len()));
            prop_assume!(s.is_char_boundary(lo) && s.is_char_boundary(hi));
            let span = Span::new(lo, hi);
            let t = Span::trimmed(&s, span);
            prop_assert!(span.contains(t) || t.is_empty());
            prop_assert_eq!(t.text(&s), span.text(&s).trim());
        }
    }
}
