//! The built-in knowledge base loads, finds names, and user files extend it; bad
//! files are refused with their file and line.

use attache_kb::{Builder, KnowledgeBase, StateForm, Target};

fn targets_at(kb: &KnowledgeBase, text: &str, at: &str) -> Vec<Target> {
    let start = text.find(at).expect("the words are in the text");
    kb.gazetteer()
        .find_all(text)
        .into_iter()
        .filter(|m| m.span.byte_start == start && m.span.byte_end == start + at.len())
        .flat_map(|m| m.entries.iter().map(|e| e.target))
        .collect()
}

#[test]
fn builtin_knows_states_people_organisations_places_and_titles() {
    let kb = KnowledgeBase::builtin();
    assert!(kb.states.len() >= 249 + 5, "every ISO 3166-1 code and historical states");
    assert!(kb.places.len() >= 20_000);
    assert!(kb.orgs.len() >= 300);
    for code in ["RUS", "AZE", "ARM", "SUN", "YUG", "CSK", "DDR", "PSE", "XKX", "TWN"] {
        assert!(kb.state(code).is_some(), "{code}");
    }
    let text = "Russian Foreign Minister Sergei Lavrov arrived in Baku; AZERBAIJAN welcomed the OSCE Minsk Group.";
    let russian = targets_at(&kb, text, "Russian");
    assert!(russian.iter().any(|t| matches!(t, Target::State { form: StateForm::Adjective, .. })));
    let lavrov = targets_at(&kb, text, "Sergei Lavrov");
    let Some(Target::Person { index, .. }) = lavrov.first() else { panic!("{lavrov:?}") };
    assert_eq!(kb.people[*index as usize].id, "sergey-lavrov");
    assert!(!targets_at(&kb, text, "AZERBAIJAN").is_empty(), "ALL-CAPS names");
    assert!(!targets_at(&kb, text, "Foreign Minister").is_empty(), "titles in title case");
    assert!(
        targets_at(&kb, text, "OSCE Minsk Group").iter().any(|t| matches!(t, Target::Org { .. }))
    );
    assert!(targets_at(&kb, text, "Baku").iter().any(|t| matches!(t, Target::Place { .. })));
}

#[test]
fn names_match_only_whole_words() {
    let kb = KnowledgeBase::builtin();
    let text = "Chadwick met Omanis in Parisian cafes.";
    assert!(targets_at(&kb, text, "Chadwick").is_empty());
    let found = kb.gazetteer().find_all(text);
    assert!(!found.iter().any(|m| &text[m.span.byte_start..m.span.byte_end] == "Chad"));
    assert!(!found.iter().any(|m| &text[m.span.byte_start..m.span.byte_end] == "Paris"));
}

#[test]
fn user_files_add_people_and_names() {
    let mut builder = Builder::new().with_builtin();
    builder
        .add_text(
            "mine.tsv",
            "# my own\nid\tnames\tcountry\trole\tstart\tend\tsource\n\
             ana-ruiz\tAna Ruiz\tESP\tAMB\t2020-01-01\t\tour newsroom\n\
             sergey-lavrov\tS. V. Lavrov\tRUS\tFM\t2004-03-09\t\tour newsroom\n",
        )
        .unwrap();
    let kb = builder.build();
    let text = "Ana Ruiz met S. V. Lavrov.";
    let ruiz = targets_at(&kb, text, "Ana Ruiz");
    assert!(matches!(ruiz.first(), Some(Target::Person { .. })), "{ruiz:?}");
    let lavrov = targets_at(&kb, text, "S. V. Lavrov");
    let Some(Target::Person { index, .. }) = lavrov.first() else { panic!("{lavrov:?}") };
    assert_eq!(kb.people[*index as usize].id, "sergey-lavrov", "merged into the known person");
}

#[test]
fn bad_files_name_the_file_and_line() {
    let cases = [
        ("no header", "# only a comment\n", "x.tsv:1: no header"),
        ("unknown header", "a\tb\n", "x.tsv:1: unknown header"),
        (
            "bad date",
            "id\tnames\tcountry\trole\tstart\tend\tsource\nx\tX Y\tRUS\tFM\t2020-13-01\t\t\n",
            "x.tsv:2: `2020-13-01` is not a date",
        ),
        (
            "too many fields",
            "title\trole\tsector\texamples\n\npresident\tHOS\tGOV\tex\textra\n",
            "x.tsv:3: 5 fields where the header has 4",
        ),
        (
            "end before start",
            "id\tnames\tcountry\trole\tstart\tend\tsource\nx\tX Y\tRUS\tFM\t2020\t2019\t\n",
            "x.tsv:2: the term ends before it starts",
        ),
        (
            "lower-case code",
            "name\taltnames\tcountry\tkind\tpopulation\nBaku\t\taze\tcity\t1\n",
            "x.tsv:2: `aze` is not an upper-case code",
        ),
    ];
    for (what, text, expected) in cases {
        let error = Builder::new().add_text("x.tsv", text).expect_err(what).to_string();
        assert!(error.starts_with(expected), "{what}: {error}");
    }
    let missing = Builder::new().add_file(std::path::Path::new("/no/such/kb.tsv")).unwrap_err();
    assert_eq!(missing.to_string(), "/no/such/kb.tsv: cannot read");
}

#[test]
fn petrarch_dictionaries_load_through_add_file() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/bench/events/petrarch2");
    if !dir.exists() {
        eprintln!("skipped: {} is absent (CI has ../shared beside the repo)", dir.display());
        return;
    }
    let mut builder = Builder::new().with_builtin();
    let base = builder.clone().build();
    builder.add_file(&dir.join("PETR.Validate.actors.txt")).unwrap();
    builder.add_file(&dir.join("PETR.Validate.agents.txt")).unwrap();
    let kb = builder.build();
    let coded: Vec<_> = kb.orgs.iter().filter(|o| o.kind == attache_kb::OrgKind::Coded).collect();
    assert!(coded.len() >= 100, "{} dictionary actors", coded.len());
    let gollum = coded.iter().find(|o| o.names.iter().any(|n| n == "Gollum")).unwrap();
    assert!(gollum.names.iter().any(|n| n == "Smeagol"));
    assert_eq!(gollum.id, "HOBREB", "the open-ended code");
    assert!(kb.roles.len() > base.roles.len() + 50, "agents become titles");
    let text = "Gandalf met the Foreign Minister of Gondor.";
    let found = kb.gazetteer().find_all(text);
    assert!(found.iter().any(|m| m.span.text(text) == "Gandalf"));
    assert!(found.iter().any(|m| m.span.text(text) == "Gondor"));
}
