//! How much a pruned parser loses: `cargo run --release -p attache-syntax --example
//! prune -- MODEL DEV.conllu FRACTION...` prints size, features and dev UAS/LAS
//! (and writes each pruned model to `$PRUNED_OUT.FRACTION` when that is set).

use attache_syntax::conllu::{self, Scores};
use attache_syntax::{Parser, Syntax, Tree, Workspace};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&args[1]).expect("model");
    let dev = conllu::read(&std::fs::read_to_string(&args[2]).expect("dev")).expect("CoNLL-U");
    let tagger = Syntax::builtin().tagger().clone();
    for fraction in &args[3..] {
        let mut parser = Parser::from_bytes(&bytes).expect("a parser");
        parser.prune(fraction.parse().expect("a number"));
        let bytes_out = parser.to_bytes();
        let size = bytes_out.len();
        if let Ok(out) = std::env::var("PRUNED_OUT") {
            std::fs::write(format!("{out}.{fraction}"), &bytes_out).expect("written");
        }
        let syntax = Syntax::new(tagger.clone(), parser);
        let mut scores = Scores::default();
        let mut work = Workspace::default();
        let mut tags = Vec::new();
        let mut tree = Tree::default();
        for s in &dev {
            let forms = s.forms();
            syntax.tag(&forms, &mut work, &mut tags);
            syntax.parse_tagged(&forms, &tags, &mut work, &mut tree);
            let mut p = s.clone();
            for (i, w) in p.words.iter_mut().enumerate() {
                w.head = Some(tree.heads[i].map_or(0, |h| h + 1));
                w.deprel = syntax.label(tree.labels[i]).to_owned();
            }
            scores.add(s, &p);
        }
        println!(
            "prune {fraction}: {size} bytes, {} features; UAS {:.2} LAS {:.2}",
            syntax.parser().features(),
            100.0 * scores.uas(),
            100.0 * scores.las()
        );
    }
}
