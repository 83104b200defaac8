//! The real binary on real and bad inputs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn attache() -> Command {
    Command::new(env!("CARGO_BIN_EXE_attache"))
}

fn run(args: &[&str]) -> Output {
    attache().args(args).output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("attache-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn seed() -> Option<PathBuf> {
    let path = repo().join("../shared/mission/seed.txt");
    if path.exists() {
        Some(path)
    } else {
        println!("SKIP seed CLI test: ../shared/mission/seed.txt is not beside the repository");
        None
    }
}

#[test]
fn analyze_seed_json_gives_the_contract() {
    let Some(seed) = seed() else { return };
    let output = run(&["analyze", seed.to_str().unwrap(), "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    assert_eq!(json["schema"], "attache/1");
    assert_eq!(json["document"]["published"], "2017-11-19T19:32:00+04:00");
    assert_eq!(json["document"]["outlet"], serde_json::Value::Null);
    let quotes = json["quotes"].as_array().unwrap();
    assert_eq!(
        quotes.iter().filter(|q| q["direct"] == true).count(),
        6,
        "the six direct quotations"
    );
    // (the five reported statements of the gold file, and what the president
    // "highlighted", a statement too, which the gold file leaves out)
    assert_eq!(
        quotes.iter().filter(|q| q["direct"] == false).count(),
        6,
        "the reported statements"
    );
    for key in ["actors", "places", "events", "times", "figures"] {
        assert!(json[key].is_array(), "{key} is an array");
    }
}

#[test]
fn published_flag_overrides_the_text() {
    let dir = temp_dir("published");
    let file = dir.join("a.txt");
    std::fs::write(
        &file,
        "Talks resume\n\nMarch 3, 2021\n\nThe two delegations met again on Tuesday.\n",
    )
    .unwrap();
    let output = run(&[
        "analyze",
        file.to_str().unwrap(),
        "-f",
        "json",
        "--published",
        "2021-03-04T09:00:00+01:00",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    assert_eq!(json["document"]["published"], "2021-03-04T09:00:00+01:00");
    let bad = run(&["analyze", file.to_str().unwrap(), "--published", "next tuesday"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("--published"), "{}", stderr(&bad));
}

#[test]
fn text_report_is_plain_when_piped() {
    let output = run(&["analyze", repo().join("examples/0001_baku_visit.txt").to_str().unwrap()]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("headline     Aliyev and Lavrov hail close ties"), "{text}");
    assert!(text.contains("direct, Ilham Aliyev, cue \"told\""), "{text}");
    assert!(!text.contains('\u{1b}'), "no colour codes when piped");
}

#[test]
fn directory_jsonl_and_output_file() {
    let dir = temp_dir("jsonl");
    let out = dir.join("out.jsonl");
    let output = run(&[
        "analyze",
        repo().join("examples").to_str().unwrap(),
        "-f",
        "jsonl",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = written.lines().collect();
    assert_eq!(lines.len(), 10, "one line per example article");
    for line in lines {
        let json: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
        assert_eq!(json["schema"], "attache/1");
    }
}

#[test]
fn stdin_is_read_with_a_dash() {
    let mut child = attache()
        .args(["analyze", "-", "-f", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("\"We agree,\" the minister said on Monday.\n".as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    assert_eq!(json["document"]["id"], "stdin");
    assert_eq!(json["quotes"][0]["text"], "We agree,");
}

#[test]
fn missing_file_is_named_and_the_batch_goes_on() {
    let good = repo().join("examples/0002_talks.txt");
    let output = run(&["analyze", "no/such/article.txt", good.to_str().unwrap(), "-f", "jsonl"]);
    assert!(output.status.success(), "one input was analysed");
    assert!(stderr(&output).contains("no/such/article.txt: cannot read"), "{}", stderr(&output));
    assert_eq!(stdout(&output).lines().count(), 1);

    let alone = run(&["analyze", "no/such/article.txt"]);
    assert_eq!(alone.status.code(), Some(1), "nothing could be analysed");
}

#[test]
fn directory_without_articles() {
    let dir = temp_dir("empty-dir");
    std::fs::write(dir.join("notes.md"), "not an article").unwrap();
    let output = run(&["analyze", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("no articles"), "{}", stderr(&output));
}

#[test]
fn empty_and_binary_files() {
    let dir = temp_dir("bad");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.join("image.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    let output = run(&["analyze", empty.to_str().unwrap(), binary.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("empty.txt: the input is empty"), "{err}");
    assert!(err.contains("image.txt: the input looks binary (byte 8"), "{err}");
}

#[test]
fn invalid_utf8_is_decoded_with_a_located_diagnostic() {
    let dir = temp_dir("utf8");
    let file = dir.join("latin1.txt");
    std::fs::write(
        &file,
        b"Talks in Baku\n\nThe minister visited Bak\xfd on Monday and met the president.\n",
    )
    .unwrap();
    let output = run(&["analyze", file.to_str().unwrap(), "-f", "json"]);
    assert!(output.status.success());
    assert!(stderr(&output).contains("invalid UTF-8 at byte 39"), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let diagnostics = json["diagnostics"].as_array().unwrap();
    assert!(diagnostics.iter().any(|d| d["code"] == "invalid-utf8"));
}

#[test]
fn fifty_megabytes_on_one_line() {
    let dir = temp_dir("huge");
    let file = dir.join("huge.txt");
    let sentence = "The delegation said \"talks went well\" and left for Baku on Nov. 19. ";
    let line = sentence.repeat(50 * 1024 * 1024 / sentence.len() + 1);
    std::fs::write(&file, &line).unwrap();
    let output = run(&[
        "analyze",
        file.to_str().unwrap(),
        "-f",
        "jsonl",
        "-o",
        dir.join("out.jsonl").to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = std::fs::read_to_string(dir.join("out.jsonl")).unwrap();
    let json: serde_json::Value = serde_json::from_str(written.trim_end()).unwrap();
    assert!(json["stats"]["sentences"].as_u64().unwrap() > 700_000);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn eval_prints_tables_for_the_examples() {
    let output = run(&["eval", repo().join("examples").to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("10 documents"), "{text}");
    for area in [
        "published",
        "headline",
        "actors",
        "places",
        "figures",
        "times",
        "direct",
        "reported",
        "events",
    ] {
        assert!(text.lines().any(|l| l.starts_with(area)), "{area} row in {text}");
    }
    let json = run(&["eval", repo().join("examples").to_str().unwrap(), "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["total"]["published"]["gold_matched"], 10, "every example's date is read");
    assert_eq!(report["total"]["headline"]["gold_matched"], 10, "every example's headline is read");
    // Floors at the figures BENCHMARKS.md reports, so that a change that loses events
    // or quotes on our own examples cannot land unnoticed.
    let at_least = |area: &str, field: &str, floor: u64| {
        let got = report["total"][area][field].as_u64().unwrap_or(0);
        assert!(got >= floor, "{area} {field}: {got}, below {floor}");
    };
    at_least("events", "core_found", 38);
    at_least("quotes_direct", "found", 24);
    at_least("quotes_direct", "attributed", 22);
    at_least("quotes_reported", "found", 44);
    at_least("quotes_reported", "attributed", 43);
    at_least("times", "gold_matched", 62);
}

#[test]
fn eval_without_gold_files_fails_clearly() {
    let dir = temp_dir("nogold");
    let output = run(&["eval", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("no <id>.gold.json files"), "{}", stderr(&output));
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let output = run(&["schema"]);
    let committed = std::fs::read_to_string(repo().join("schema/attache.schema.json")).unwrap();
    assert_eq!(stdout(&output), committed);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    let mut child = attache()
        .args(["analyze", repo().join("examples").to_str().unwrap(), "-f", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The reader is gone now, like `attache analyze … | head -c 16`.
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "exit status {:?}", output.status);
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
}

#[test]
fn shipped_ner_model_scores_on_conll_dev() {
    let conll = repo().join("../shared/bench/conll2003/eng.testa");
    if !conll.exists() {
        eprintln!("skipped: {} is absent (CI has ../shared beside the repo)", conll.display());
        return;
    }
    let output = run(&["ner", "--conll", conll.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let all = text.lines().find(|l| l.starts_with("all ")).expect("an `all` line");
    let f1: f64 = all.split_whitespace().last().unwrap().parse().unwrap();
    assert!(f1 >= 0.88, "CoNLL-2003 dev F1 {f1} fell below 0.88:\n{text}");
}

#[test]
fn user_knowledge_base_files_extend_linking_and_bad_ones_are_named() {
    let dir = temp_dir("kb");
    let article = dir.join("a.txt");
    std::fs::write(
        &article,
        "Envoy visits\n\nMay 2, 2021\n\nSpecial Envoy Mira Castellanos arrived in Baku on Sunday.\n",
    )
    .unwrap();
    let kb = dir.join("mine.tsv");
    std::fs::write(
        &kb,
        "id\tnames\tcountry\trole\tstart\tend\tsource\nmira-castellanos\tMira Castellanos\tCHL\tDIP\t2020-01-01\t\tour newsroom\n",
    )
    .unwrap();
    let output =
        run(&["analyze", article.to_str().unwrap(), "--kb", kb.to_str().unwrap(), "-f", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let actors = json["actors"].as_array().unwrap();
    assert!(
        actors.iter().any(|a| a["id"] == "person:mira-castellanos" && a["country"] == "CHL"),
        "{actors:?}"
    );
    let bad = dir.join("bad.tsv");
    std::fs::write(
        &bad,
        "id\tnames\tcountry\trole\tstart\tend\tsource\nx\tA B\tRUS\tFM\t2020-13\t\t\n",
    )
    .unwrap();
    let output = run(&["analyze", article.to_str().unwrap(), "--kb", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("bad.tsv:2: `2020-13` is not a date"), "{}", stderr(&output));
}

#[test]
fn parse_tags_and_parses_conllu_and_names_the_bad_line() {
    let dir = temp_dir("parse");
    let good = dir.join("good.conllu");
    std::fs::write(
        &good,
        "# text = Ministers met.\n1\tMinisters\tminister\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n\
         2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
    )
    .unwrap();
    let output = run(&["parse", "--conllu", good.to_str().unwrap(), "-o", "-"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("\tmet\tmeet\tVERB\t") && text.contains("\troot\t"), "{text}");

    // A word line with three columns: the error names the file and the line.
    let bad = dir.join("bad.conllu");
    std::fs::write(&bad, "1\tMinisters\tminister\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tmet\tmeet\n")
        .unwrap();
    let output = run(&["parse", "--conllu", bad.to_str().unwrap()]);
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(err.contains("bad.conllu") && err.contains("line 2"), "{err}");
}

#[test]
fn train_tagger_names_the_bad_lexicon_line() {
    let dir = temp_dir("lexicon");
    let bad = dir.join("bad-lexicon.tsv");
    std::fs::write(&bad, "# form\tclasses\nwalked\tvL\nran\tvQ\n").unwrap();
    let clusters = repo().join("crates/syntax/data/clusters.bin");
    let output = run(&[
        "train",
        "tagger",
        "--clusters",
        clusters.to_str().unwrap(),
        "--lexicon",
        bad.to_str().unwrap(),
        "-o",
        dir.join("tagger.bin").to_str().unwrap(),
    ]);
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(err.contains("bad-lexicon.tsv") && err.contains("line 3"), "{err}");
    assert!(!dir.join("tagger.bin").exists(), "no tagger is written from a bad lexicon");
}

#[test]
fn train_tagger_writes_the_mean_of_its_ensemble_and_parse_reads_it() {
    let dir = temp_dir("ensemble");
    // Our own sentences, tagged by hand.
    let sentences = [
        [("Ministers", "NOUN"), ("met", "VERB"), ("in", "ADP"), ("Baku", "PROPN"), (".", "PUNCT")],
        [("Envoys", "NOUN"), ("talked", "VERB"), ("in", "ADP"), ("Minsk", "PROPN"), (".", "PUNCT")],
        [
            ("Leaders", "NOUN"),
            ("arrived", "VERB"),
            ("in", "ADP"),
            ("Paris", "PROPN"),
            (".", "PUNCT"),
        ],
    ];
    let mut conllu = String::new();
    for s in &sentences {
        for (i, (form, tag)) in s.iter().enumerate() {
            let (head, rel) = match i {
                1 => (0, "root"),
                2 => (4, "case"),
                3 => (2, "obl"),
                0 => (2, "nsubj"),
                _ => (2, "punct"),
            };
            conllu.push_str(&format!("{}\t{form}\t_\t{tag}\t_\t_\t{head}\t{rel}\t_\t_\n", i + 1));
        }
        conllu.push('\n');
    }
    let file = dir.join("tiny.conllu");
    std::fs::write(&file, &conllu).unwrap();
    let tagger = dir.join("tagger.bin");
    let clusters = repo().join("crates/syntax/data/clusters.bin");
    let lexicon = repo().join("crates/syntax/data/lexicon.tsv");
    let train = |ensemble: &str| {
        run(&[
            "train",
            "tagger",
            "--train",
            file.to_str().unwrap(),
            "--dev",
            file.to_str().unwrap(),
            "--clusters",
            clusters.to_str().unwrap(),
            "--lexicon",
            lexicon.to_str().unwrap(),
            "--epochs",
            "2",
            "--seed",
            "5",
            "--ensemble",
            ensemble,
            "-o",
            tagger.to_str().unwrap(),
        ])
    };
    let output = train("3");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for seed in ["seed 5", "seed 6", "seed 7"] {
        assert!(text.contains(seed), "{text}");
    }
    assert!(text.contains("mean of 3 taggers"), "{text}");
    let output =
        run(&["parse", "--conllu", file.to_str().unwrap(), "--tagger", tagger.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("UPOS 100.00%"), "{}", stdout(&output));
    // An ensemble of none is refused.
    assert!(!train("0").status.success());

    // A parser on that tagger, with its quick model; then the quick model alone, for
    // that parser, choosing every transition; `parse` reads both.
    let parser = dir.join("parser.bin");
    let train_on = |what: &str, more: &[&str]| {
        let (file, tagger) = (file.to_str().unwrap(), tagger.to_str().unwrap());
        let mut args = vec!["train", what, "--train", file, "--dev", file];
        args.extend(["--tagger", tagger, "--tagger-epochs", "1"]);
        args.extend_from_slice(more);
        run(&args)
    };
    let output = train_on(
        "parser",
        &["--epochs", "2", "--quick-epochs", "2", "-o", parser.to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("without a quick model") && text.contains("the quick model chose"),
        "{text}"
    );
    let quick = dir.join("quick.bin");
    let output = train_on(
        "quick",
        &[
            "--parser",
            parser.to_str().unwrap(),
            "--quick-threshold",
            "0",
            "-o",
            quick.to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("threshold 0"), "{}", stdout(&output));
    let parse = |parser: &std::path::Path| {
        run(&[
            "parse",
            "--conllu",
            file.to_str().unwrap(),
            "--tagger",
            tagger.to_str().unwrap(),
            "--parser",
            parser.to_str().unwrap(),
        ])
    };
    for parser in [&parser, &quick] {
        let output = parse(parser);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(stdout(&output).contains("UAS"), "{}", stdout(&output));
    }
    // A parser file cut short, in its quick model: the error names the file.
    let bytes = std::fs::read(&quick).unwrap();
    let cut = dir.join("cut-parser.bin");
    std::fs::write(&cut, &bytes[..bytes.len() - 5]).unwrap();
    let output = parse(&cut);
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(err.contains("cut-parser.bin") && err.contains("cannot load"), "{err}");
}
