//! The shipped models on real text: a sample of UD English EWT dev (read from
//! `../shared`, never committed), our own sentences through `attache-segment`, and
//! trees that are always trees.

use std::path::PathBuf;

use attache_segment::EnglishSegmenter;
use attache_syntax::conllu::{self, Scores};
use attache_syntax::{Analysis, Syntax, Upos, Workspace};
use proptest::prelude::*;

fn ewt_dev() -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/bench/ud-english-ewt/en_ewt-ud-dev.conllu");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!(
                "skipped: {} is absent (UD English EWT dev lives in ../shared/bench, beside the \
                 repository, and is never committed)",
                path.display()
            );
            None
        }
    }
}

/// A broken or stale model cannot land: the shipped models keep their accuracy on
/// every fourth sentence of EWT dev (about 500 sentences, 6,000 words), and the
/// parser's quick model still takes most of its choices.
#[test]
fn shipped_models_keep_their_accuracy_on_ewt_dev() {
    let Some(text) = ewt_dev() else { return };
    let sentences = conllu::read(&text).expect("EWT dev is CoNLL-U");
    let syntax = Syntax::builtin();
    let mut work = Workspace::default();
    let mut analysis = Analysis::default();
    let mut scores = Scores::default();
    for s in sentences.iter().step_by(4) {
        syntax.analyze(&s.forms(), &mut work, &mut analysis);
        let mut predicted = s.clone();
        for (i, w) in predicted.words.iter_mut().enumerate() {
            w.upos = analysis.tags[i].as_str().to_owned();
            w.head = Some(analysis.tree.heads[i].map_or(0, |h| h + 1));
            w.deprel = syntax.label(analysis.tree.labels[i]).to_owned();
        }
        scores.add(s, &predicted);
    }
    let (upos, uas, las) = (scores.upos_accuracy(), scores.uas(), scores.las());
    eprintln!("sample of {} words: UPOS {upos:.4} UAS {uas:.4} LAS {las:.4}", scores.words);
    assert!(scores.words > 5000);
    assert!(upos > 0.94, "UPOS {upos}");
    assert!(uas > 0.83, "UAS {uas}");
    assert!(las > 0.79, "LAS {las}");
    // The parser's quick model chooses most transitions, so that parsing stays fast.
    let (all, quick) = work.parser_decisions();
    eprintln!("the quick model chose {quick} of {all} transitions");
    assert!(quick * 2 > all, "the quick model chose {quick} of {all} transitions");
}

/// `(word, tag, head word, relation)` for each word of our own sentence.
fn parse(text: &str) -> Vec<(String, Upos, String, String)> {
    let segmentation = EnglishSegmenter::new().segment_text(text);
    let syntax = Syntax::builtin();
    let mut work = Workspace::default();
    let mut analysis = Analysis::default();
    let sentence = &segmentation.sentences[0];
    let tokens = &segmentation.tokens[sentence.tokens.clone()];
    syntax.analyze_tokens(text, tokens, &mut work, &mut analysis);
    let word = |i: usize| tokens[i].span.text(text).to_owned();
    (0..tokens.len())
        .map(|i| {
            let head = analysis.tree.heads[i].map_or_else(|| "ROOT".to_owned(), word);
            (word(i), analysis.tags[i], head, syntax.label(analysis.tree.labels[i]).to_owned())
        })
        .collect()
}

fn find<'a>(
    parse: &'a [(String, Upos, String, String)],
    word: &str,
) -> &'a (String, Upos, String, String) {
    parse.iter().find(|w| w.0 == word).unwrap_or_else(|| panic!("{word} in {parse:?}"))
}

#[test]
fn who_did_what_to_whom_in_our_own_sentences() {
    let p =
        parse("The Georgian foreign minister thanked his Armenian counterpart for the invitation.");
    assert_eq!(find(&p, "thanked").3, "root");
    assert_eq!(find(&p, "thanked").1, Upos::Verb);
    assert_eq!(
        (find(&p, "minister").2.as_str(), find(&p, "minister").3.as_str()),
        ("thanked", "nsubj")
    );
    assert_eq!(
        (find(&p, "counterpart").2.as_str(), find(&p, "counterpart").3.as_str()),
        ("thanked", "obj")
    );

    // A passive: the agent is marked, the subject is the one acted upon.
    let p = parse("The convoy was attacked by armed men near the border.");
    assert_eq!(find(&p, "convoy").3, "nsubj:pass");
    assert_eq!(find(&p, "was").3, "aux:pass");
    assert_eq!(find(&p, "men").3, "obl:agent");

    // A participle's agent: the delegation is led by the minister.
    let p = parse("The president received a delegation led by the prime minister of Norway.");
    assert_eq!(find(&p, "delegation").3, "obj");
    assert_eq!(find(&p, "led").2, "delegation");
    assert_eq!(find(&p, "minister").2, "led");
}

#[test]
fn a_verb_of_intention_after_its_subject_is_a_verb() {
    let p = parse("The minister plans to visit the border region next week.");
    assert_eq!(find(&p, "plans").1, Upos::Verb);
    let p = parse("His plans to visit the region were dropped.");
    assert_eq!(find(&p, "plans").1, Upos::Noun);
}

#[test]
fn a_clause_with_no_other_verb_has_its_verb_in_s() {
    let p = parse("A former party chairman calls for a new plan to pick a candidate.");
    assert_eq!(find(&p, "calls").1, Upos::Verb);
    // (a clause with a verb of its own keeps its nouns in -s)
    let p = parse("The party chairman reads the calls for a new plan.");
    assert_eq!(find(&p, "calls").1, Upos::Noun);
}

#[test]
fn a_word_in_ing_after_be_and_before_whom_it_acts_on_is_the_progressive() {
    let p = parse("The ministry is warning citizens that the roads are closed.");
    assert_eq!(find(&p, "warning").1, Upos::Verb);
    // (after a determiner it stays a noun)
    let p = parse("The warning reached the citizens too late.");
    assert_eq!(find(&p, "warning").1, Upos::Noun);
}

#[test]
fn a_word_after_someone_and_to_with_an_object_after_it_is_a_verb() {
    let p = parse("The council urged both sides to exercise restraint.");
    assert_eq!(find(&p, "exercise").1, Upos::Verb);
    assert_eq!(find(&p, "to").1, Upos::Part);
    // (after a place, "to" is a preposition and what follows a noun)
    let p = parse("The delegation flew to Riga on a state visit.");
    assert_eq!(find(&p, "Riga").1, Upos::Propn);
}

#[test]
fn clitics_from_the_segmenter_get_their_ud_tags() {
    let p = parse("Officials said they don't expect the talks to resume.");
    assert_eq!(find(&p, "do").1, Upos::Aux);
    assert_eq!(find(&p, "n't").1, Upos::Part);
    assert_eq!(find(&p, "said").3, "root");
    assert_eq!(find(&p, "expect").2, "said");
}

proptest! {
    /// Whatever the words, every word gets one head, one word is the root, and
    /// following heads from any word reaches the root without a cycle.
    #[test]
    fn every_sentence_yields_a_tree(words in prop::collection::vec("[A-Za-z0-9.,'\"-]{1,8}|the|of|and|said|in", 1..40)) {
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let syntax = Syntax::builtin();
        let mut analysis = Analysis::default();
        syntax.analyze(&words, &mut Workspace::default(), &mut analysis);
        let tree = &analysis.tree;
        prop_assert_eq!(tree.heads.len(), words.len());
        prop_assert_eq!(tree.heads.iter().filter(|h| h.is_none()).count(), 1);
        let root = tree.root().unwrap();
        prop_assert_eq!(syntax.label(tree.labels[root]), "root");
        for start in 0..words.len() {
            let mut at = start;
            let mut steps = 0;
            while let Some(h) = tree.heads[at] {
                prop_assert!(h < words.len() && h != at);
                at = h;
                steps += 1;
                prop_assert!(steps <= words.len(), "a cycle through {}", start);
            }
            prop_assert_eq!(at, root);
        }
        for (i, l) in tree.labels.iter().enumerate() {
            prop_assert!(i == root || syntax.label(*l) != "root");
        }
    }

    /// Parsed again around a chosen word, the sentence is still one tree, headed by
    /// that word.
    #[test]
    fn a_sentence_parsed_around_a_word_is_a_tree_headed_by_it(
        words in prop::collection::vec("[A-Za-z0-9.,'\"-]{1,8}|the|of|and|said|in", 1..30),
        pick in 0usize..30,
    ) {
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let syntax = Syntax::builtin();
        let mut analysis = Analysis::default();
        let mut work = Workspace::default();
        syntax.analyze(&words, &mut work, &mut analysis);
        let root = pick % words.len();
        syntax.reparse_with_root(&mut work, &mut analysis, root);
        let tree = &analysis.tree;
        prop_assert_eq!(tree.heads.len(), words.len());
        prop_assert_eq!(tree.root(), Some(root));
        prop_assert_eq!(tree.heads.iter().filter(|h| h.is_none()).count(), 1);
        for start in 0..words.len() {
            let mut at = start;
            let mut steps = 0;
            while let Some(h) = tree.heads[at] {
                at = h;
                steps += 1;
                prop_assert!(steps <= words.len(), "a cycle through {}", start);
            }
        }
    }
}

#[test]
fn a_news_sentence_read_as_a_noun_phrase_is_parsed_again_around_its_verb() {
    let words = ["Egypt", "mediated", "talks", "between", "Israel", "and", "Hamas", "."];
    let syntax = Syntax::builtin();
    let mut analysis = Analysis::default();
    let mut work = Workspace::default();
    syntax.analyze(&words, &mut work, &mut analysis);
    syntax.reparse_with_root(&mut work, &mut analysis, 1);
    let tree = &analysis.tree;
    assert_eq!(tree.root(), Some(1));
    assert_eq!(tree.heads[2], Some(1), "talks is the verb's object");
    assert_eq!(syntax.label(tree.labels[2]), "obj");
}

#[test]
fn an_apostrophe_after_a_plural_before_its_noun_is_a_possessive() {
    let p = parse("The United Nations' envoy arrived in the capital.");
    assert_eq!(find(&p, "'").1, Upos::Part);
    assert_eq!(find(&p, "'").3, "case");
    // (one that closes a quotation stays punctuation)
    let p = parse("He called the plan 'a series of errors' and left.");
    assert_eq!(find(&p, "errors").1, Upos::Noun);
    assert!(p.iter().filter(|w| w.0 == "'").all(|w| w.1 == Upos::Punct));
}

#[test]
fn a_second_verb_in_s_after_a_first_and_its_object_is_a_verb() {
    let p = parse("Russia expels two diplomats, warns of retaliation");
    assert_eq!(find(&p, "warns").1, Upos::Verb);
    assert_eq!(find(&p, "warns").2, "expels");
    // (a list of plural nouns after a verb stays a list)
    let p = parse("The army supplies tanks, trucks and fuel to the front.");
    assert_eq!(find(&p, "trucks").1, Upos::Noun);
}

#[test]
fn a_closing_quote_and_a_list_after_and_stay_as_they_are() {
    let p = parse("Canada belongs to the ‘Five Eyes’ intelligence alliance.");
    assert_eq!(find(&p, "’").1, Upos::Punct);
    let p = parse("The bank offers loans and grants to small firms.");
    assert_eq!(find(&p, "grants").1, Upos::Noun);
}

#[test]
fn a_measure_a_participle_clause_and_a_noun_before_a_participle_get_their_tags() {
    // A number joined to a word, which the segmenter keeps whole, modifies its noun.
    let p = parse("The commission released a 300-page report on the border dispute.");
    assert_eq!(find(&p, "300-page").1, Upos::Adj);
    assert_eq!(find(&p, "300-page").3, "amod");
    // A word in -ing after a noun, with its own object: a clause on the noun.
    let p = parse("The party released a new ad hitting the governor on taxes.");
    assert_eq!(find(&p, "hitting").1, Upos::Verb);
    // The last adjective before a participle is the noun, when it can be one ...
    let p = parse("Tehran jailed a French dual national accused of espionage.");
    assert_eq!(find(&p, "national").1, Upos::Noun);
    // ... but not a word that can be an adverb, which may modify the participle.
    let p = parse("He read the above quoted passage twice.");
    assert_ne!(find(&p, "above").1, Upos::Noun);
}

/// What dictionaries say of a word helps the tagger with words the treebank never has.
#[test]
fn the_tagger_carries_the_dictionary_lexicon() {
    let syntax = Syntax::builtin();
    assert!(syntax.tagger().lexicon().len() > 300_000, "{}", syntax.tagger().lexicon().len());
}

#[test]
fn the_head_of_a_title_in_general_is_a_noun_and_the_subject() {
    let p = parse("The attorney-general praised the judges for their patience.");
    assert_eq!(find(&p, "general").1, Upos::Noun);
    assert_eq!(find(&p, "general").3, "nsubj");
    assert_eq!(find(&p, "general").2, "praised");
    // (the adjective elsewhere stays an adjective)
    let p = parse("The general mood in the capital was calm.");
    assert_eq!(find(&p, "general").1, Upos::Adj);
}

#[test]
fn a_gerund_with_its_object_after_a_preposition_is_a_verb() {
    let p = parse("Norway was alone in warning Belgrade about the new border checks.");
    assert_eq!(find(&p, "warning").1, Upos::Verb);
    assert_eq!(find(&p, "in").1, Upos::Sconj);
    assert_eq!(find(&p, "Belgrade").3, "obj");
    // (a noun in -ing before a relative clause stays a noun)
    let p = parse("The shop sells clothing that lasts for years.");
    assert_eq!(find(&p, "clothing").1, Upos::Noun);
}

#[test]
fn a_file_name_written_whole_is_a_noun() {
    let p =
        parse("The embassy sent the full text (see attached file: CeasefireTerms.pdf) at noon.");
    assert_eq!(find(&p, "CeasefireTerms.pdf").1, Upos::Noun);
    let p = parse("Summit_Agenda_v2.docx was circulated to all delegations.");
    assert_eq!(find(&p, "Summit_Agenda_v2.docx").1, Upos::Noun);
    // (an address is not a file: "www.mfa.gov.az/en/news.html" is left to the model)
    let p = parse("The statement is online at www.mfa.example.org/en/news.html today.");
    assert_ne!(find(&p, "www.mfa.example.org/en/news.html").1, Upos::Noun);
}

/// Web text misspells: an unknown word takes the classes of the known word it most
/// likely stands for, so that the tagger reads it as that word.
#[test]
fn a_misspelt_word_is_read_as_the_word_it_stands_for() {
    let p = parse("The talks were sooooo long that the peopel outside left.");
    assert_eq!(find(&p, "sooooo").1, Upos::Adv);
    assert_eq!(find(&p, "peopel").1, Upos::Noun);
    let p = parse("Delegates complained about the legnth of the speeches.");
    assert_eq!(find(&p, "legnth").1, Upos::Noun);
    let p = parse("It was an ammazing result for the mediators.");
    assert_eq!(find(&p, "ammazing").1, Upos::Adj);
    // A name the tagger does not know stays a name.
    let p = parse("Minister Qarabaghli met the envoy in Ganja.");
    assert_eq!(find(&p, "Qarabaghli").1, Upos::Propn);
}

#[test]
fn after_a_word_that_takes_an_infinitive_to_and_a_noun_or_verb_make_the_verb() {
    for (text, word) in [
        ("The dockers say they are going to strike !", "strike"),
        ("If nothing is done the harvest will start to rot .", "rot"),
        ("Neither side wants to rock the boat .", "rock"),
    ] {
        let p = parse(text);
        assert_eq!(find(&p, word).1, Upos::Verb, "{text}");
        assert_eq!(find(&p, "to").1, Upos::Part, "{text}");
    }
    // (a place after "going to" stays a noun or a name)
    let p = parse("The delegation is going to Geneva next week .");
    assert_ne!(find(&p, "to").1, Upos::Part);
}

#[test]
fn that_standing_for_the_object_of_its_clause_is_a_pronoun() {
    for text in [
        "They studied the evidence that the inspectors collected .",
        "It is a question that the ministers have not answered .",
        "Nobody mentioned the land that the settlers occupy in the valley .",
    ] {
        let p = parse(text);
        assert_eq!(find(&p, "that").1, Upos::Pron, "{text}");
    }
    // (the clause of a claim, with its object, keeps its conjunction)
    let p = parse("The ministry denied the claim that its troops crossed the border .");
    assert_eq!(find(&p, "that").1, Upos::Sconj);
}

#[test]
fn be_after_an_existential_there_is_the_verb() {
    for (text, be, after) in [
        ("In recent months there have been clashes along the border .", "been", "clashes"),
        ("Officials said there will not be talks before the summit .", "be", "talks"),
        ("There has always been friction between the two capitals .", "been", "friction"),
        ("Witnesses said there was a blast near the embassy .", "was", "blast"),
        ("Aides say there's been talks since Monday .", "been", "talks"),
        ("There is going to be a vote on Friday .", "be", "vote"),
    ] {
        let p = parse(text);
        assert_eq!(find(&p, be).1, Upos::Verb, "{text}");
        let there = p.iter().find(|w| w.0.eq_ignore_ascii_case("there")).unwrap();
        assert_eq!(there.1, Upos::Pron, "{text}");
        assert_eq!(find(&p, after).1, Upos::Noun, "{text}");
    }
    let p = parse("There has always been friction between the two capitals .");
    assert_eq!(find(&p, "has").1, Upos::Aux);
    // (a passive keeps its auxiliary)
    let p = parse("The prisoners there will be released on Monday .");
    assert_eq!(find(&p, "be").1, Upos::Aux);
}

#[test]
fn a_preposition_that_heads_a_clause_is_its_conjunction() {
    for (text, word) in [
        ("The envoy was accused of shelling the harbour without warning .", "of"),
        ("The talks collapsed after the delegations failed to agree .", "after"),
        ("Before the ceasefire was signed , both sides shelled the town .", "Before"),
        ("The markets have been calm since the central bank intervened .", "since"),
        ("The rebels fled , with government troops advancing from the north .", "with"),
    ] {
        let p = parse(text);
        assert_eq!(find(&p, word).1, Upos::Sconj, "{text}");
    }
    // (before a noun phrase alone, a word in -ing that modifies a noun, or as a
    // particle: prepositions)
    for (text, word) in [
        ("The minister resigned after the vote .", "after"),
        ("The town was cut off after weeks of escalating violence .", "of"),
        ("He gave up smoking after the election .", "up"),
    ] {
        let p = parse(text);
        assert_eq!(find(&p, word).1, Upos::Adp, "{text}");
    }
}

#[test]
fn a_word_after_an_article_is_a_noun_and_after_a_subject_and_modal_a_verb() {
    for (text, word) in [
        ("Both camps agreed to give the plan a try .", "try"),
        ("The rebels gave the go ahead for the handover .", "go"),
    ] {
        let p = parse(text);
        assert_eq!(find(&p, word).1, Upos::Noun, "{text}");
    }
    for (text, word) in [
        ("The envoys will lunch with the king .", "lunch"),
        ("The troops will shelter in the school .", "shelter"),
    ] {
        let p = parse(text);
        assert_eq!(find(&p, word).1, Upos::Verb, "{text}");
    }
    // (a participle after an article modifies the noun; in a question, the subject
    // comes after the modal)
    let p = parse("The proposed deal was rejected .");
    assert_eq!(find(&p, "proposed").1, Upos::Verb);
    let p = parse("Would dinner on Thursday suit the delegation ?");
    assert_eq!(find(&p, "dinner").1, Upos::Noun);
    let p = parse("What will voters make of the deal ?");
    assert_eq!(find(&p, "voters").1, Upos::Noun);
}
