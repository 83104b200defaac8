//! The CoNLL-U reader on arbitrary text: an error naming a line, or sentences that
//! write back and read again to the same sentences; tagging and parsing them never
//! panics.
#![no_main]
use attache_syntax::{Analysis, Syntax, Workspace, conllu};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(sentences) = conllu::read(text) {
        let again = conllu::read(&conllu::write(&sentences)).expect("our own output reads");
        assert_eq!(again.len(), sentences.len());
        let mut work = Workspace::default();
        let mut analysis = Analysis::default();
        for s in sentences.iter().take(8) {
            Syntax::builtin().analyze(&s.forms(), &mut work, &mut analysis);
            assert_eq!(analysis.tree.heads.len(), s.words.len());
        }
    }
});
