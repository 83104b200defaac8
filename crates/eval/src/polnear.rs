//! PolNeAR (political news attribution relations): brat standoff files with Source,
//! Cue and Content spans in code-point offsets, and the scoring of quotes against
//! them: content spans matched one to one when they share at least half of the gold
//! content, cue precision (predicted cues overlapping a gold cue) and recall (gold
//! cues a predicted cue overlaps), and source accuracy on matched contents.

/// A byte range `start..end`.
pub type Range = (usize, usize);

/// One gold attribution relation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Relation {
    /// The content's fragments.
    pub content: Vec<Range>,
    /// The cue's fragments.
    pub cue: Vec<Range>,
    /// The source's fragments (none for an attribution without a source).
    pub source: Vec<Range>,
}

/// One predicted attribution: a quote, or the quotes that share one cue.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Predicted {
    /// The content's fragments, in order and apart.
    pub content: Vec<Range>,
    /// The cue, if found.
    pub cue: Option<Range>,
    /// Every span that names the speaker: the speaker's words and the mentions of the
    /// actor they were linked to.
    pub source: Vec<Range>,
}

/// Reads a brat `.ann` file of an article, converting code-point offsets to bytes.
pub fn read_ann(text: &str, ann: &str) -> Vec<Relation> {
    let bytes_at: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    let byte = |cp: usize| bytes_at.get(cp).copied().unwrap_or(text.len());
    let mut spans: std::collections::HashMap<&str, (&str, Vec<Range>)> = Default::default();
    let mut relations = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else { continue };
        if id.starts_with('T') {
            let Some((label, offsets)) = body.split_once(' ') else { continue };
            let ranges = offsets
                .split(';')
                .filter_map(|r| {
                    let (s, e) = r.trim().split_once(' ')?;
                    Some((byte(s.parse().ok()?), byte(e.parse().ok()?)))
                })
                .collect();
            spans.insert(id, (label, ranges));
        } else if id.starts_with('E') {
            let mut relation = Relation::default();
            for part in body.split(' ') {
                let Some((role, t)) = part.split_once(':') else { continue };
                let Some((_, ranges)) = spans.get(t) else { continue };
                match role {
                    "Content" => relation.content = ranges.clone(),
                    "Cue" => relation.cue = ranges.clone(),
                    "Source" => relation.source = ranges.clone(),
                    _ => {}
                }
            }
            if !relation.content.is_empty() {
                relations.push(relation);
            }
        }
    }
    relations
}

/// Quotes that share a cue are one attribution, as PolNeAR annotates it: a quotation
/// split by its cue (`"…," she said. "…"`) or a quoted phrase inside the statement
/// reported (`says she has "firm plans" for …`). Their contents become the fragments of
/// one content, and their speaker spans one list; quotes without a cue stay apart.
pub fn by_cue(quotes: Vec<Predicted>) -> Vec<Predicted> {
    let mut out: Vec<Predicted> = Vec::new();
    let mut at: std::collections::HashMap<Range, usize> = Default::default();
    for q in quotes {
        match q.cue.and_then(|c| at.get(&c).copied()) {
            Some(i) => {
                out[i].content.extend(q.content);
                out[i].source.extend(q.source);
            }
            None => {
                if let Some(c) = q.cue {
                    at.insert(c, out.len());
                }
                out.push(q);
            }
        }
    }
    for p in &mut out {
        p.content.sort_unstable();
        let mut merged: Vec<Range> = Vec::with_capacity(p.content.len());
        for &(s, e) in &p.content {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        p.content = merged;
        p.source.sort_unstable();
        p.source.dedup();
    }
    out
}

fn overlap(a: Range, b: Range) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn overlap_all(a: Range, fragments: &[Range]) -> usize {
    fragments.iter().map(|f| overlap(a, *f)).sum()
}

fn length(fragments: &[Range]) -> usize {
    fragments.iter().map(|(s, e)| e - s).sum()
}

/// Counts over a set of articles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold contents.
    pub gold: usize,
    /// Predicted quotes.
    pub predicted: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Gold cues.
    pub cue_gold: usize,
    /// Predicted cues.
    pub cue_predicted: usize,
    /// Predicted cues that overlap a gold cue (for precision).
    pub cue_right: usize,
    /// Gold cues that a predicted cue overlaps (for recall).
    pub cue_found: usize,
    /// Matched pairs whose gold has a source.
    pub with_source: usize,
    /// Of those, the ones whose predicted speaker overlaps the gold source.
    pub source_right: usize,
}

impl Counts {
    /// Adds another set's counts.
    pub fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched += o.matched;
        self.cue_gold += o.cue_gold;
        self.cue_predicted += o.cue_predicted;
        self.cue_right += o.cue_right;
        self.cue_found += o.cue_found;
        self.with_source += o.with_source;
        self.source_right += o.source_right;
    }
}

/// How much of a gold content a prediction covers, when it covers at least half of it
/// (the match rule).
pub fn matching(gold: &Relation, predicted: &Predicted) -> Option<usize> {
    let need = length(&gold.content).div_ceil(2).max(1);
    // (spans of one prediction that overlap, a quotation inside the statement that
    // holds it, count once)
    let mut spans = predicted.content.clone();
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (a, b) in spans {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    let shared: usize = merged.iter().map(|&c| overlap_all(c, &gold.content)).sum();
    (shared >= need).then_some(shared)
}

/// Scores one article. Contents match one to one, best overlap first, when the
/// overlap covers at least half of the gold content.
pub fn score(gold: &[Relation], predicted: &[Predicted]) -> Counts {
    let mut counts = Counts {
        gold: gold.len(),
        predicted: predicted.len(),
        cue_gold: gold.iter().filter(|g| !g.cue.is_empty()).count(),
        cue_predicted: predicted.iter().filter(|p| p.cue.is_some()).count(),
        ..Counts::default()
    };
    counts.cue_right = predicted
        .iter()
        .filter_map(|p| p.cue)
        .filter(|c| gold.iter().any(|g| overlap_all(*c, &g.cue) > 0))
        .count();
    counts.cue_found = gold
        .iter()
        .filter(|g| {
            !g.cue.is_empty()
                && predicted.iter().filter_map(|p| p.cue).any(|c| overlap_all(c, &g.cue) > 0)
        })
        .count();
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in predicted.iter().enumerate() {
            if let Some(shared) = matching(g, p) {
                pairs.push((shared, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut gold_used, mut predicted_used) =
        (vec![false; gold.len()], vec![false; predicted.len()]);
    for (_, gi, pi) in pairs {
        if gold_used[gi] || predicted_used[pi] {
            continue;
        }
        gold_used[gi] = true;
        predicted_used[pi] = true;
        counts.matched += 1;
        let g = &gold[gi];
        if !g.source.is_empty() {
            counts.with_source += 1;
            if predicted[pi].source.iter().any(|s| overlap_all(*s, &g.source) > 0) {
                counts.source_right += 1;
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_code_points_as_bytes_and_scores() {
        let text = "Él dijo: “hola”. Trump said the race was close.";
        let ann = "T1\tSource 17 22\tTrump\nT2\tCue 23 27\tsaid\nT3\tContent 28 47\tthe race was close.\nT4\tAttribution 23 27\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        let gold = read_ann(text, ann);
        assert_eq!(gold.len(), 1);
        let (s, e) = gold[0].source[0];
        assert_eq!(&text[s..e], "Trump");
        let (s, e) = gold[0].content[0];
        assert_eq!(&text[s..e], "the race was close.");
        let content = vec![(gold[0].content[0].0, gold[0].content[0].1 - 1)];
        let predicted =
            Predicted { content, cue: Some(gold[0].cue[0]), source: vec![gold[0].source[0]] };
        let counts = score(&gold, &[predicted]);
        assert_eq!((counts.matched, counts.cue_right, counts.source_right), (1, 1, 1));
    }

    #[test]
    fn quotes_that_share_a_cue_are_one_attribution() {
        // "A," she said. "B." with the halves as two quotes of one cue.
        let text = "\"We will talk,\" she said. \"But not today.\"";
        let a = text.find("We").unwrap();
        let b = text.find("But").unwrap();
        let cue = text.find("said").unwrap();
        let ann = format!(
            "T1\tContent {a} {};{b} {}\tx\nT2\tCue {cue} {}\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n",
            a + 13,
            b + 14,
            cue + 4
        );
        let gold = read_ann(text, &ann);
        let half = |s: usize, e: usize| Predicted {
            content: vec![(s, e)],
            cue: Some((cue, cue + 4)),
            source: Vec::new(),
        };
        // The first half alone covers less than half of the content.
        assert_eq!(score(&gold, &[half(a, a + 13)]).matched, 0);
        let grouped = by_cue(vec![half(a, a + 13), half(b, b + 14)]);
        assert_eq!(grouped.len(), 1);
        assert_eq!(score(&gold, &grouped).matched, 1);
    }
    #[test]
    fn overlapping_predicted_spans_count_once() {
        // gold covers 0..10; the prediction holds 0..4 and a quotation inside it, 1..3
        let gold = Relation { content: vec![(0, 10)], cue: vec![], source: vec![] };
        let nested = Predicted { content: vec![(0, 4), (1, 3)], cue: None, source: vec![] };
        assert_eq!(matching(&gold, &nested), None);
        let apart = Predicted { content: vec![(0, 4), (6, 8)], cue: None, source: vec![] };
        assert_eq!(matching(&gold, &apart), Some(6));
    }
}
