//! TimeML files (TempEval-3): the text with its tags stripped, the document creation
//! time, and the gold TIMEX3 spans; and the TempEval-3 scores of predictions on them.

use std::collections::HashMap;

/// A gold time expression of a TimeML file, with byte offsets into [`TimeMl::text`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldTimex {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
}

/// One TimeML document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimeMl {
    /// The value of the creation-time TIMEX3 inside `<DCT>`.
    pub creation_time: String,
    /// The contents of `<TEXT>`, tags removed and entities decoded.
    pub text: String,
    /// The TIMEX3 tags inside `<TEXT>`.
    pub timexes: Vec<GoldTimex>,
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_string())
}

fn decode_entities(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Reads a TimeML file. Returns `None` when it has no `<TEXT>`.
pub fn parse(source: &str) -> Option<TimeMl> {
    let dct_start = source.find("<DCT>")?;
    let dct_end = source[dct_start..].find("</DCT>")? + dct_start;
    let creation_time = attribute(&source[dct_start..dct_end], "value")?;
    let body_start = source.find("<TEXT>")? + "<TEXT>".len();
    let body_end = source.rfind("</TEXT>")?;
    let body = &source[body_start..body_end];

    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        text.push_str(&decode_entities(&rest[..lt]));
        let gt = rest[lt..].find('>').map_or(rest.len(), |g| g + lt);
        let tag = &rest[lt..=gt.min(rest.len() - 1)];
        if tag.starts_with("<TIMEX3") {
            let kind = attribute(tag, "type").unwrap_or_default();
            let value = attribute(tag, "value").unwrap_or_default();
            open = Some((text.len(), kind, value));
        } else if tag.starts_with("</TIMEX3")
            && let Some((start, kind, value)) = open.take()
        {
            let (start, end) = trim(&text, start, text.len());
            timexes.push(GoldTimex { start, end, kind, value });
        }
        rest = &rest[(gt + 1).min(rest.len())..];
    }
    text.push_str(&decode_entities(rest));
    Some(TimeMl { creation_time, text, timexes })
}

fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let s = start + (slice.len() - slice.trim_start().len());
    let e = end - (slice.len() - slice.trim_end().len());
    (s, e.max(s))
}

/// A predicted time expression, in the same offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PredictedTimex {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// TIMEX3 type.
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
}

impl PredictedTimex {
    /// TimeML marks a range ("1991 to 1997", "Sept. 14 through Thursday") as its two
    /// ends, each with its own value; attache keeps one range (`1991/1997`). This splits
    /// a range at its connecting word so that it can be scored the TimeML way. `text`
    /// is the document the offsets index. Anything else comes back whole.
    pub fn timeml_parts(self, text: &str) -> Vec<PredictedTimex> {
        const CONNECTORS: &[&str] =
            &[" to ", " through ", " until ", " till ", " thru ", " - ", " – "];
        let Some(words) = text.get(self.start..self.end) else { return vec![self] };
        let Some((first_value, second_value)) = self.value.split_once('/') else {
            return vec![self];
        };
        let Some((at, connector)) =
            CONNECTORS.iter().find_map(|c| words.find(c).map(|at| (at, c.len())))
        else {
            return vec![self];
        };
        let first = PredictedTimex {
            start: self.start,
            end: self.start + at,
            kind: self.kind.clone(),
            value: first_value.to_string(),
        };
        let second = PredictedTimex {
            start: self.start + at + connector,
            end: self.end,
            kind: self.kind,
            value: second_value.to_string(),
        };
        vec![first, second]
    }
}

/// TempEval-3 counts, summed over documents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TimexCounts {
    /// Gold expressions.
    pub gold: usize,
    /// Predicted expressions.
    pub predicted: usize,
    /// Predictions with exactly a gold span.
    pub strict: usize,
    /// Predictions overlapping a gold span (each gold used once).
    pub relaxed: usize,
    /// Relaxed matches whose value is the gold value.
    pub value: usize,
    /// Relaxed matches whose type is the gold type.
    pub kind: usize,
}

impl TimexCounts {
    /// Adds one document.
    pub fn add(&mut self, gold: &[GoldTimex], predicted: &[PredictedTimex]) {
        self.gold += gold.len();
        self.predicted += predicted.len();
        let mut used = vec![false; gold.len()];
        let by_span: HashMap<(usize, usize), usize> =
            gold.iter().enumerate().map(|(i, g)| ((g.start, g.end), i)).collect();
        for p in predicted {
            let exact = by_span.get(&(p.start, p.end)).copied().filter(|&i| !used[i]);
            let overlapping = exact.or_else(|| {
                (0..gold.len())
                    .find(|&i| !used[i] && gold[i].start < p.end && p.start < gold[i].end)
            });
            if let Some(i) = overlapping {
                used[i] = true;
                self.relaxed += 1;
                self.strict += usize::from(exact.is_some());
                self.value += usize::from(normalise(&gold[i].value) == normalise(&p.value));
                self.kind += usize::from(gold[i].kind == p.kind);
            }
        }
    }

    /// Precision, recall and F1 for a count of correct predictions.
    pub fn prf(&self, correct: usize) -> (f64, f64, f64) {
        let p = if self.predicted == 0 { 0.0 } else { correct as f64 / self.predicted as f64 };
        let r = if self.gold == 0 { 0.0 } else { correct as f64 / self.gold as f64 };
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        (p, r, f)
    }
}

/// A clock time's value without its zone offset (`T17:00-05:00` and `T07:35Z` become
/// `T17:00` and `T07:35`): TimeBank writes clock times without their zone, so the
/// bench compares ours that way unless asked to score values as they are.
pub fn without_zone(value: &str) -> String {
    match value.find('T') {
        Some(t) if value[t + 1..].starts_with(|c: char| c.is_ascii_digit()) => {
            let clock = &value[t + 1..];
            let local = clock.split(['+', '-', 'Z']).next().unwrap_or(clock);
            format!("{}T{local}", &value[..t])
        }
        _ => value.to_string(),
    }
}

/// Writes TIMEX3 values that mean the same in one way: TimeBank has `1968-XX` beside
/// `1968`, `2000-W7` beside `2000-W07`, `198X` beside `198`, and `T17` beside
/// `T17:00`.
pub fn normalise(value: &str) -> String {
    let mut v = value.trim().to_string();
    if let Some(t) = v.find('T')
        && let clock = &v[t + 1..]
        && clock.len() == 2
        && clock.bytes().all(|b| b.is_ascii_digit())
    {
        v = format!("{v}:00");
    }
    while let Some(stripped) = v.strip_suffix("-XX") {
        v = stripped.to_string();
    }
    if let Some(at) = v.find("-W")
        && let Some(rest) = v.get(at + 2..)
        && rest.len() == 1
        && rest.bytes().all(|b| b.is_ascii_digit())
    {
        v = format!("{}-W0{rest}", &v[..at]);
    }
    if v.len() == 4 && v.ends_with('X') && v[..3].bytes().all(|b| b.is_ascii_digit()) {
        v.truncate(3);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_and_timexes() {
        let source = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
It fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; rose <EVENT eid="e1">again</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P1W">this week</TIMEX3>.
</TEXT></TimeML>"#;
        let doc = parse(source).unwrap();
        assert_eq!(doc.creation_time, "1998-01-08");
        assert_eq!(doc.timexes.len(), 2);
        let t = &doc.timexes[0];
        assert_eq!(&doc.text[t.start..t.end], "yesterday");
        assert_eq!(&doc.text[doc.timexes[1].start..doc.timexes[1].end], "this week");
        assert!(doc.text.contains("& rose again"));

        let mut counts = TimexCounts::default();
        let p = |s: &str, value: &str| {
            let start = doc.text.find(s).unwrap();
            PredictedTimex { start, end: start + s.len(), kind: "DATE".into(), value: value.into() }
        };
        counts.add(&doc.timexes, &[p("yesterday", "1998-01-07"), p("week", "1998-W02")]);
        assert_eq!(normalise("1989-11-06T17"), normalise(&without_zone("1989-11-06T17:00-05:00")));
        assert_eq!(without_zone("1998-08-08T07:35Z"), "1998-08-08T07:35");
        assert_ne!(normalise("1989-11-06T17"), normalise("1989-11-06T17:00-05:00"));
        assert_eq!(normalise("2000-W7"), "2000-W07");
        assert_ne!(normalise("1998-10-23TNI"), normalise("1998-10-23"));

        let text = "shares bought from Sept. 14 to Thursday";
        let start = text.find("Sept.").unwrap();
        let range = PredictedTimex {
            start,
            end: text.len(),
            kind: "DATE".into(),
            value: "1989-09-14/1989-10-26".into(),
        };
        let parts = range.timeml_parts(text);
        let words: Vec<(&str, &str)> =
            parts.iter().map(|p| (&text[p.start..p.end], p.value.as_str())).collect();
        assert_eq!(words, [("Sept. 14", "1989-09-14"), ("Thursday", "1989-10-26")]);
        assert_eq!((counts.strict, counts.relaxed, counts.value, counts.kind), (1, 2, 1, 1));
        assert_eq!(normalise("1968-XX"), "1968");
        assert_eq!(normalise("2000-W7"), "2000-W07");
        assert_eq!(normalise("198X"), "198");
        assert_eq!(normalise("1998-10-XX"), "1998-10");
    }
}
