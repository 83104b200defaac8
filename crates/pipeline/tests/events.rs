//! Event coding on real sentences: every example of the cue lexicon
//! (`crates/extract/data/event_cues.tsv`) must yield an event of its line's CAMEO
//! root; our own sentences for each coding rule (compound actors, host and visitor,
//! passives, participles, negation, intentions, conditionals, questions); and the
//! precision guards (sport, business, metaphor).

use attache_extract::EventCoder;
use attache_pipeline::{Options, Pipeline};

/// `(source country, target country, CAMEO code)` of every event in `text`.
fn events(pipeline: &Pipeline, text: &str) -> Vec<(String, String, String)> {
    let options = Options { published: attache_ingest::parse_moment("2023-03-14") };
    let analysis = pipeline.analyze_text("test", text.to_owned(), &options);
    let country = |id: &Option<attache_model::ActorId>| {
        country_of(&analysis, id).unwrap_or_else(|| "---".into())
    };
    analysis
        .events
        .iter()
        .map(|e| (country(&e.source), country(&e.target), e.cameo.clone()))
        .collect()
}

/// The country of an event's party, if it has one.
fn country_of(
    analysis: &attache_model::Analysis,
    id: &Option<attache_model::ActorId>,
) -> Option<String> {
    id.as_ref()
        .and_then(|id| analysis.actors.iter().find(|a| &a.id == id))
        .and_then(|a| a.country.clone())
}

#[test]
fn every_lexicon_example_is_coded() {
    let pipeline = Pipeline::builder().build();
    let coder = EventCoder::new();
    let mut failures = Vec::new();
    for (example, cameo) in coder.examples() {
        let found = events(&pipeline, example);
        if !found.iter().any(|(_, _, c)| c[..2] == cameo[..2]) {
            failures.push(format!("{cameo} {example} -> {found:?}"));
        }
    }
    let total = coder.examples().len();
    assert!(
        failures.is_empty(),
        "{} of {total} lexicon examples not coded with their CAMEO root:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Asserts that none of `texts` yields an event.
fn assert_no_events(pipeline: &Pipeline, texts: &[&str]) {
    for text in texts {
        let found = events(pipeline, text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

fn has(found: &[(String, String, String)], source: &str, target: &str, root: &str) -> bool {
    found.iter().any(|(s, t, c)| s == source && t == target && c.starts_with(root))
}

#[test]
fn the_coding_rules_on_our_own_sentences() {
    let p = Pipeline::builder().build();
    // Host and visitor, and the leader of a delegation.
    let found = events(
        &p,
        "President Emmanuel Macron received a delegation led by Chinese Foreign Minister Wang Yi in Paris.",
    );
    assert!(has(&found, "FRA", "CHN", "043"), "{found:?}");
    // Symmetric meetings, and compound actors expanded into pairs.
    let found = events(&p, "Japan and South Korea held talks in Tokyo on Tuesday.");
    assert!(has(&found, "JPN", "KOR", "04") && has(&found, "KOR", "JPN", "04"), "{found:?}");
    // A passive: the agent acts.
    let found = events(&p, "The Ukrainian town was shelled by Russia overnight.");
    assert!(
        found.iter().all(|(s, _, _)| s != "UKR") && has(&found, "RUS", "UKR", "19"),
        "{found:?}"
    );
    // "She" after a person named just before, acting on a capital: the sentence has no
    // actor of its own, yet is coded.
    let found = events(
        &p,
        "Prime Minister Rishi Sunak spoke on Monday. He also suspended all contacts with Moscow.",
    );
    assert!(has(&found, "GBR", "RUS", "16"), "{found:?}");
    // A deal mediated without its parties named is between the parties of the last
    // agreement.
    let found = events(
        &p,
        "Armenia and Azerbaijan agreed to a truce on Monday. The agreement, mediated by Russia, took effect at noon.",
    );
    assert!(has(&found, "RUS", "ARM", "04") && has(&found, "RUS", "AZE", "04"), "{found:?}");
    // An act of force named without its actor: the one who did the last, and one's
    // own body is no other party.
    let found = events(
        &p,
        "North Korea fired a missile at Japan on Friday. Canada condemned the launch. \
         President Yoon Suk Yeol ordered his government to prepare.",
    );
    assert!(has(&found, "CAN", "PRK", "11"), "{found:?}");
    assert!(found.iter().all(|(s, t, _)| !(s == "KOR" && t == "---")), "{found:?}");
    // A threat is aimed at the one whose act would bring it on; an act called
    // unacceptable is criticised.
    let found = events(&p, "Russia warned of retaliation if Finland joined the alliance.");
    assert!(has(&found, "RUS", "FIN", "13"), "{found:?}");
    let found = events(&p, "Japan called North Korea's missile launch unacceptable.");
    assert!(has(&found, "JPN", "PRK", "11"), "{found:?}");
    // A target of no state beside one of a state adds no event of its own.
    let found =
        events(&p, "The European Union imposed sanctions on Iran's police and 11 officials.");
    assert!(
        has(&found, "---", "IRN", "16") || found.iter().any(|(_, t, _)| t == "IRN"),
        "{found:?}"
    );
    assert!(found.iter().all(|(_, t, _)| t != "---"), "{found:?}");
    // A partner "together with" the actor acts with it, and is not its target.
    let found = events(&p, "Norway, together with Sweden, condemned Belarus on Monday.");
    assert!(has(&found, "NOR", "BLR", "11") && has(&found, "SWE", "BLR", "11"), "{found:?}");
    assert!(!has(&found, "NOR", "SWE", "11"), "{found:?}");
    // Negation, conditionals and questions are not events.
    assert!(events(&p, "Germany did not condemn Hungary.").is_empty());
    assert!(events(&p, "If Iran attacks Israel, the region will burn.").is_empty());
    assert!(events(&p, "Will China invade Taiwan?").is_empty());
    // A short news sentence whose verb the parser misreads as a modifier.
    let found = events(&p, "The Netherlands cut aid to Rwanda.");
    assert!(has(&found, "NLD", "RWA", "162"), "{found:?}");
    // A group of a state by its sector, against that state's government.
    let found = events(&p, "Georgian protesters attacked the Georgian government.");
    assert!(
        found.iter().any(|(s, t, c)| s == "GEO" && t == "GEO" && c.starts_with("1")),
        "{found:?}"
    );
    // A protest has a source and no target.
    let analysis_events =
        events(&p, "Thousands of Serbian students protested in Belgrade on Sunday.");
    assert!(
        analysis_events.iter().any(|(s, _, c)| s == "SRB" && c.starts_with("14")),
        "{analysis_events:?}"
    );
    // An intention is coded as one.
    let found = events(&p, "Turkey wants to meet Greece in Ankara.");
    assert!(has(&found, "TUR", "GRC", "036"), "{found:?}");
    // "seeking to" is an intention, not an appeal; and it is its subject's alone.
    let found = events(&p, "Chile and Peru are seeking to deepen their partnership in mining.");
    assert!(has(&found, "CHL", "PER", "03") && has(&found, "PER", "CHL", "03"), "{found:?}");
    let found = events(&p, "Senegal hopes to deepen its partnership with Morocco.");
    assert!(has(&found, "SEN", "MAR", "03"), "{found:?}");
    assert!(!has(&found, "MAR", "SEN", "03"), "{found:?}");
    // What an accusation or a warning is about is no event of its own.
    let found = events(&p, "Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant.");
    assert!(has(&found, "UKR", "RUS", "11") && found.len() == 1, "{found:?}");
    let found = events(&p, "China warned the United States against selling weapons to Taiwan.");
    assert!(has(&found, "CHN", "USA", "13") && found.len() == 1, "{found:?}");
    // The ministers of two states are one of each; talks between two parties, both.
    let found = events(&p, "The foreign ministers of Armenia and Azerbaijan met in Washington.");
    assert!(has(&found, "ARM", "AZE", "044") && has(&found, "AZE", "ARM", "044"), "{found:?}");
    // A short sentence the parser reads as a noun phrase is parsed again around its
    // verb.
    let found = events(&p, "Egypt mediated talks between Israel and Hamas in Cairo.");
    assert!(has(&found, "EGY", "ISR", "045") && has(&found, "EGY", "PSE", "045"), "{found:?}");
    // A nominal attack on a place the tagger finds: the place's state is the target;
    // and the subject of "An airstrike on Gaza killed" is the airstrike, not Gaza.
    let found = events(&p, "Five Palestinians were killed in an Israeli airstrike on Gaza.");
    assert!(has(&found, "ISR", "PSE", "19"), "{found:?}");
    let found = events(&p, "An Israeli airstrike on Gaza killed five Palestinians.");
    assert!(
        has(&found, "ISR", "PSE", "19") && found.iter().all(|(s, _, _)| s == "ISR"),
        "{found:?}"
    );
    // A demand is made of the subject of its clause; a phone call goes both ways.
    let found = events(&p, "Poland demanded that Germany pay reparations for the war.");
    assert!(has(&found, "POL", "DEU", "10"), "{found:?}");
    let found = events(&p, "Emmanuel Macron received a phone call from Joe Biden.");
    assert!(has(&found, "USA", "FRA", "041") && !has(&found, "FRA", "USA", "043"), "{found:?}");
    // Two subjects of one verb are one misparsed phrase.
    let found = events(
        &p,
        "Armenian Prime Minister Nikol Pashinyan held talks with Azerbaijani President Ilham Aliyev in Brussels.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    // The purpose of a summons is no targetless protest of its own.
    let found = events(&p, "Beijing summoned the Japanese ambassador to protest the visit.");
    assert!(has(&found, "CHN", "JPN", "11") && found.len() == 1, "{found:?}");
    // What someone is jailed for is no event of the court's.
    let found = events(
        &p,
        "A Tunisian court jailed a Nigerian student for two years for helping militants.",
    );
    assert!(has(&found, "TUN", "NGA", "17") && found.len() == 1, "{found:?}");
    // A sentence whose verb the parser misplaced after a dateline is not parsed again
    // around a later participle.
    let found = events(
        &p,
        "LYON: Interpol has said it will send a team to help identify victims killed by the crash in east Ukraine.",
    );
    assert!(found.iter().all(|(s, _, _)| s != "FRA"), "{found:?}");
    // An adjective opening the sentence belongs to its subject, even where the parser
    // first read it otherwise.
    let found = events(&p, "Georgian demonstrators fired rockets at the Georgian army.");
    assert!(has(&found, "GEO", "GEO", "19"), "{found:?}");
    // "X-held", "X-controlled": the participle modifies the noun after it; an attack
    // on a place is aimed at the state the place lies in.
    let found = events(
        &p,
        "Militants shelled a government-held district of Syria's city of Homs overnight.",
    );
    assert!(has(&found, "---", "SYR", "19"), "{found:?}");
    let found = events(
        &p,
        "Russian-backed separatists shelled a government-controlled village near Donetsk.",
    );
    assert!(has(&found, "RUS", "UKR", "19"), "{found:?}");
    // What is received from someone is that one's act.
    let found = events(&p, "Jordan received military aid from Japan after the floods.");
    assert!(has(&found, "JPN", "JOR", "07") && !has(&found, "JOR", "JPN", "07"), "{found:?}");
    // A verb-and-noun cue in the passive: its noun is the subject.
    let found = events(&p, "Evidence against Belarus was presented by Lithuania.");
    assert!(has(&found, "LTU", "BLR", "11"), "{found:?}");
    // A participle read as the main verb ("The reporters held since May were
    // released"), and a release of people no actor stands for.
    let found =
        events(&p, "The reporters held in Caracas since May were released on Friday by Venezuela.");
    assert!(found.iter().any(|(s, _, c)| s == "VEN" && c.starts_with("084")), "{found:?}");
    // A nominal attack, aimed at the state of the place it hit.
    let found = events(&p, "Three soldiers died in Azerbaijani shelling in the south of Armenia.");
    assert!(has(&found, "AZE", "ARM", "19"), "{found:?}");
    // A cue done again is the cue.
    let found = events(&p, "South Korea will re-impose sanctions on North Korea.");
    assert!(has(&found, "KOR", "PRK", "16"), "{found:?}");
    // A passive the cue completes lends it its subject ("is scheduled to attend").
    let found = events(&p, "Vietnam's president is scheduled to attend a summit in Indonesia.");
    assert!(has(&found, "VNM", "IDN", "04"), "{found:?}");
    // Troops withdrawing retreat; a state withdrawing from a treaty reduces relations.
    let found = events(&p, "Ethiopian troops withdrew from the Somali town of Baidoa on Sunday.");
    assert!(has(&found, "ETH", "SOM", "087"), "{found:?}");
    let found = events(&p, "Mali withdrew from the agreement with Algeria.");
    assert!(found.iter().all(|(_, _, c)| c != "087"), "{found:?}");
    // An intention stated by the one who will act; a plan reported by another is the
    // act.
    let found = events(&p, "Colombia announced it would free 40 Venezuelan prisoners.");
    assert!(has(&found, "COL", "VEN", "03"), "{found:?}");
    let found = events(&p, "Kenya said President William Ruto would visit Japan in May.");
    assert!(has(&found, "KEN", "JPN", "042"), "{found:?}");
    // Refusing what is asked: a rejection.
    let found =
        events(&p, "Hungary said it would not give permission to Ukraine to use its airspace.");
    assert!(has(&found, "HUN", "UKR", "12"), "{found:?}");
    // "they" after two speakers is both; a threat is the intention to attack.
    let found = events(&p, "Kenya and Uganda said they will attack the rebels in Somalia.");
    assert!(has(&found, "KEN", "SOM", "138") && has(&found, "UGA", "SOM", "138"), "{found:?}");
    // What is done to oneself is no event between parties.
    assert!(events(&p, "Officials said that Chad had attacked itself.").is_empty());
    // A name after an opening clause and its comma is the subject of the verb after it.
    let found = events(
        &p,
        "Before flying home on Monday, President Lula will meet with dissidents from Venezuela.",
    );
    assert!(has(&found, "BRA", "VEN", "04"), "{found:?}");
    // Statements condemning a capital are their authors' act against its state.
    let found = events(&p, "Poland and Lithuania issued statements condemning Minsk on Friday.");
    assert!(has(&found, "POL", "BLR", "11") && has(&found, "LTU", "BLR", "11"), "{found:?}");
    // What is blamed on someone is not a party.
    let found = events(&p, "Estonia blamed the cyberattack on hackers working for Russia.");
    assert!(has(&found, "EST", "RUS", "11") && found.len() == 1, "{found:?}");
    // "each other": the subjects, both ways; "both sides" after a clash are its
    // parties.
    let found = events(&p, "Serbia and Kosovo accused each other of provocations.");
    assert!(has(&found, "SRB", "XKX", "11") && has(&found, "XKX", "SRB", "11"), "{found:?}");
    let found = events(
        &p,
        "Thai and Cambodian troops clashed near the temple. Soldiers on both sides fired at each other.",
    );
    assert!(found.len() >= 2 && has(&found, "THA", "KHM", "19"), "{found:?}");
    // A fight named by a noun, with one party named: the subject is the other.
    let found = events(&p, "Three Tajik border guards died in a fight with Kyrgyz troops.");
    assert!(has(&found, "TJK", "KGZ", "19") && has(&found, "KGZ", "TJK", "19"), "{found:?}");
    // A conflict's parties named after it ("the conflict with Armenia").
    let found = events(
        &p,
        "Talks touched on the long-running conflict with Armenia. Azerbaijan wanted the conflict resolved soon.",
    );
    assert!(has(&found, "AZE", "ARM", "037"), "{found:?}");
    // Domestic events: "its" is the clause's subject's, a group noun may modify a
    // generic head ("opposition party"), and a group in a place is of its state.
    let found = events(&p, "The Kuwaiti government formalized a ban on its main opposition party.");
    assert!(has(&found, "KWT", "KWT", "172"), "{found:?}");
    let found = events(&p, "Kenyan police arrested dozens of opposition supporters in Nairobi.");
    assert!(has(&found, "KEN", "KEN", "173"), "{found:?}");
    // A list of three parties meeting, which the parser reads as a noun phrase.
    let found = events(&p, "Norway, Sweden, and Finland met in Oslo yesterday.");
    for (a, b) in [("NOR", "SWE"), ("SWE", "FIN"), ("FIN", "NOR")] {
        assert!(has(&found, a, b, "04") && has(&found, b, a, "04"), "{a} {b}: {found:?}");
    }
}

#[test]
fn what_is_not_the_act_it_seems() {
    let p = Pipeline::builder().build();
    // Fighters trained to fight do the fighting, not those who train them.
    let found = events(
        &p,
        "The US army trained Syrian opposition fighters to fight Islamic State near the border.",
    );
    assert!(
        found.iter().all(|(s, _, c)| !(s == "USA" && c.starts_with("19")))
            && found.iter().any(|(s, _, c)| s == "SYR" && c.starts_with("19")),
        "{found:?}"
    );
    // Aid withheld from a state: the state is the target, not the aid's donor.
    let found = events(&p, "In 2019 Donald Trump withheld US security aid to Ukraine for weeks.");
    assert!(has(&found, "USA", "UKR", "162"), "{found:?}");
    // A letter released is published; a protest takes no object; "struck me" is a
    // figure of speech; a concession one is wary of making is not made.
    assert_no_events(
        &p,
        &[
            "Donald Trump released a memo on Russia from his advisers.",
            "China demonstrated its resolve to Japan with a naval exercise.",
            "The remarks about Russia struck me as odd.",
            "Months of tariffs made Japan wary of offering any concessions to Beijing.",
            "Yasser Arafat called a general strike across the West Bank.",
            "US officials declined to say what Bill Clinton would discuss with Boris Yeltsin.",
            "The Bangladeshi minister received a letter from the Indian government.",
            "Ezer Weizman, the architect of Israel's peace treaty with Egypt, spoke on Monday.",
            "Hekmatyar rejoined the Afghan government last June under a peace pact with Rabbani.",
            "Peres has spoken out frequently on the peace process with the Palestinians.",
            // (an act set aside, or only talked about; a standard met; a relative's act)
            "Rather than a clash between two states, the row over the fishing licence is a quarrel between two villages.",
            "He had heard a neighbour joke about killing the Israeli prime minister.",
            "The Czech Republic worked hard to meet NATO's standards.",
            "Vladimir Putin's daughter visited Paris in May.",
            // (a title; an act helped with; fighting with no one; figures of speech; a
            // race hosted)
            "Russian state television host Dmitry Kiselyov spoke about Ukraine.",
            "French jets helped end the fighting in Mali.",
            "He stood by silently, leaving it to the Serbian envoy to engage.",
            "The White House invested much political capital in Myanmar's transition.",
            "The Kremlin has sent marching orders to its envoys in Ukraine.",
            "Virginia will host a close governor's race next year.",
            // (a majority won; a remark made use of)
            "The Conservative Party of Canada took control of the House of Commons in 2006.",
            "Russian officials seized upon the Estonian minister's remarks.",
        ],
    );
    // The ones called on to act act, not the one who calls; a subject right after a
    // verb that lacks its object is that object, misread.
    let found = events(
        &p,
        "The Security Council deplored the shelling and called on every member to cooperate with Ukraine.",
    );
    assert!(!found.iter().any(|(s, _, c)| s == "UN" && c.starts_with("06")), "{found:?}");
    let found = events(
        &p,
        "\"For our students the trial is what plots to kill President Fidel Castro were for their parents,\" a Cuban columnist wrote.",
    );
    assert!(!found.iter().any(|(s, _, _)| s == "CUB"), "{found:?}");
    // "She" is not a man named just before; a protest near a stadium is no match.
    let found =
        events(&p, "Aung San Suu Kyi met Joe Biden on Monday. She will visit Beijing in May.");
    assert!(has(&found, "MMR", "CHN", "04") && !has(&found, "USA", "CHN", "04"), "{found:?}");
    let found =
        events(&p, "Indian students staged a protest in Beijing, close to the national stadium.");
    assert!(has(&found, "IND", "CHN", "14"), "{found:?}");
    // Calling someone out is criticism.
    let found = events(&p, "The Philippines called out China for harassing its fishermen.");
    assert!(has(&found, "PHL", "CHN", "111"), "{found:?}");
    // What an act is done without is no party to it.
    let found = events(
        &p,
        "Washington would break international law by attacking Iraq without UN approval.",
    );
    assert!(!found.iter().any(|(_, t, _)| t == "UN"), "{found:?}");
    // "its" is no person's: the object's, when the subject is a person.
    let found = events(&p, "Donald Trump praised Russia for its annexation of Crimea.");
    assert!(has(&found, "RUS", "UKR", "19") && !has(&found, "USA", "UKR", "19"), "{found:?}");
    // A name in apposition is the phrase's own.
    let found = events(
        &p,
        "The hero of Trump's speeches, Vladimir Putin, has used his war in Georgia as a threat to NATO members.",
    );
    assert!(has(&found, "RUS", "NATO", "13"), "{found:?}");
    assert!(!found.iter().any(|(s, _, c)| s == "USA" && c.starts_with("13")), "{found:?}");
    // A public figure who pounds another, or attacks no one named, does it with words;
    // a leader who attacks a state stands for it; a court strikes down a law.
    let found = events(&p, "Senator Harry Reid pounded Donald Trump in a floor speech.");
    assert!(has(&found, "USA", "USA", "111"), "{found:?}");
    let found = events(&p, "Vladimir Putin attacked Ukraine in 2022.");
    assert!(has(&found, "RUS", "UKR", "19"), "{found:?}");
    assert!(events(&p, "The appeals court struck down Ohio's voting law on Friday.").is_empty());
    // Someone's deals with two governments do not pair the two.
    let found = events(
        &p,
        "The senator criticised the president's deals with the governments of Turkey and Qatar.",
    );
    assert!(!has(&found, "TUR", "QAT", "0") && !has(&found, "QAT", "TUR", "0"), "{found:?}");
    // Vowing to keep land is no promise of cooperation with the state it was taken from.
    let found = events(
        &p,
        "Netanyahu took office in June vowing to retain the Golan Heights, which Israel \
         captured from Syria in 1967.",
    );
    assert!(!found.iter().any(|(_, _, c)| c.starts_with("03")), "{found:?}");
}

/// Who suffered an attack is no party to what others say of it; a withdrawal from a
/// place is a retreat; the one blamed for an act did it; a people is not its state; a
/// surname before "of" and another state is not the bearer from elsewhere.
#[test]
fn victims_withdrawals_and_peoples() {
    let p = Pipeline::builder().build();
    assert_no_events(
        &p,
        &[
            // (the state whose embassy was hit did not bomb it; the condemnation of the
            // bombing names no party)
            "Two car bombs went off beside the French embassy in Niamey on Friday, killing four guards.",
            "Chile condemned the bombing of the Peruvian embassy in Ecuador.",
            "Thousands of ethnic Serbs marched through the centre of the town on Sunday.",
        ],
    );
    let found = events(&p, "Ethiopia withdrew its army from Somalia in January.");
    assert!(has(&found, "ETH", "SOM", "087") && found.len() == 1, "{found:?}");
    let found = events(&p, "Turkey wants to withdraw from northern Iraq.");
    assert!(has(&found, "TUR", "IRQ", "03"), "{found:?}");
    assert!(!found.iter().any(|(_, _, c)| c.starts_with("16")), "{found:?}");
    let found = events(&p, "Venezuela assailed Guyana for staging military drills with Brazil.");
    assert!(has(&found, "VEN", "GUY", "111"), "{found:?}");
    assert!(!has(&found, "VEN", "BRA", "06") && !has(&found, "BRA", "VEN", "06"), "{found:?}");
    // Exiles of a state are its opposition, not the state; one killed did not kill.
    let found = events(&p, "Cuban exiles protested outside the American embassy in Madrid.");
    assert!(found.iter().all(|(s, _, _)| s == "CUB"), "{found:?}");
    let options = Options { published: attache_ingest::parse_moment("1999-10-24") };
    let analysis = p.analyze_text(
        "test",
        "Hundreds mourned the Canadian doctor who ran the clinic, a year after he was killed \
         by a sniper."
            .to_owned(),
        &options,
    );
    assert!(analysis.events.is_empty(), "{:?}", analysis.events);
    // (in 1990 "Hussein" alone is Iraq's president, but not "Hussein of Jordan")
    let options = Options { published: attache_ingest::parse_moment("1990-08-16") };
    let analysis = p.analyze_text(
        "test",
        "King Hussein of Jordan landed in Washington on Thursday.".to_owned(),
        &options,
    );
    assert!(
        analysis.actors.iter().all(|a| a.country.as_deref() != Some("IRQ")),
        "{:?}",
        analysis.actors
    );
}

#[test]
fn accusations_and_clauses_the_parser_misreads() {
    let p = Pipeline::builder().build();
    // Violence one state reports of another is also its accusation of aggression,
    // beside the attack itself; a state reporting its own strike accuses no one, and
    // unnamed officials attribute without accusing.
    let found = events(&p, "Ukraine said Russian forces shelled Kharkiv on Monday.");
    assert!(has(&found, "UKR", "RUS", "1123") && has(&found, "RUS", "UKR", "19"), "{found:?}");
    let found = events(&p, "The Pentagon said American jets struck a depot in Syria.");
    assert!(!found.iter().any(|(_, _, c)| c.starts_with("11")), "{found:?}");
    let found = events(&p, "Gunmen attacked a convoy near the border with Mali, officials said.");
    assert!(!found.iter().any(|(_, _, c)| c.starts_with("11")), "{found:?}");
    // An attack in the passive comes from the place it was launched from, and "it"
    // after the verb of what a state said is that state.
    let found = events(&p, "Lebanon said a rocket was fired at it from Syria on Sunday.");
    assert!(has(&found, "SYR", "LBN", "19") && has(&found, "LBN", "SYR", "1123"), "{found:?}");
    // Attacks made by words are criticism; refraining from one, or being met with
    // protests, is no event.
    let found = events(&p, "Chile's president posted a statement attacking Bolivia on Friday.");
    assert!(has(&found, "CHL", "BOL", "111"), "{found:?}");
    let found = events(&p, "Chile attacked Bolivia for its claim to the coast.");
    assert!(has(&found, "CHL", "BOL", "111"), "{found:?}");
    let found =
        events(&p, "The envoy urged Armenia and Azerbaijan to refrain from attacking each other.");
    assert!(!found.iter().any(|(_, _, c)| c.starts_with("19")), "{found:?}");
    let found = events(&p, "The plan of Serbia was met with protests in Kosovo.");
    assert!(!found.iter().any(|(_, _, c)| c.starts_with("04")), "{found:?}");
    // "their counterparts" are the others; verbs joined share the object.
    let found = events(
        &p,
        "Japanese Foreign Minister Yoko Kamikawa met her Philippine counterparts in Manila.",
    );
    assert!(has(&found, "JPN", "PHL", "04") && has(&found, "PHL", "JPN", "04"), "{found:?}");
    let found = events(
        &p,
        "Chinese coast guard vessels rammed and boarded Philippine navy boats near the shoal.",
    );
    assert!(has(&found, "CHN", "PHL", "18"), "{found:?}");
    // "who" is the one its clause describes; "they" in a clause inside another is that
    // clause's subject; a threat to deploy forces is a threat of force.
    let found = events(
        &p,
        "Russian President Vladimir Putin, who met Belarusian leader Alexander Lukashenko in Minsk on Thursday, threatened to deploy missiles closer to NATO's borders.",
    );
    assert!(has(&found, "RUS", "BLR", "04") && has(&found, "RUS", "NATO", "138"), "{found:?}");
    let found = events(
        &p,
        "Estonia condemned what they called Russia's sabotage and called on the European Union to act.",
    );
    assert!(has(&found, "EST", "RUS", "11"), "{found:?}");
    // What is discussed is a topic, not a party; "the sides" are the last meeting's.
    let found = events(
        &p,
        "Qatar hosted Egypt in Doha, where the sides discussed an exchange of Palestinian prisoners.",
    );
    assert!(has(&found, "QAT", "EGY", "04") && !has(&found, "QAT", "PSE", "04"), "{found:?}");
    // A vow to act is that act's intention, not a vow of cooperation to whoever the act
    // names.
    let found = events(&p, "Israel vowed to continue the offensive until Hamas was destroyed.");
    assert!(!found.iter().any(|(_, _, c)| c.starts_with("03")), "{found:?}");
    // What is said to be coming is no charge.
    let found = events(&p, "Iran said Israel would attack its nuclear sites.");
    assert!(!has(&found, "IRN", "ISR", "11"), "{found:?}");
    // "alleged that X …": a charge against the subject of what is alleged, here made
    // by a report named by the capital it was released in.
    let found = events(
        &p,
        "A report released Tuesday in the Guyanese capital alleged that Venezuela had armed the gangs.",
    );
    assert!(has(&found, "GUY", "VEN", "112"), "{found:?}");
    // "as the leader prepared to attend": the clause's subject, and a visit planned.
    let found = events(
        &p,
        "The stop came as the Brazilian president prepared to attend the Paris Olympics.",
    );
    assert!(has(&found, "BRA", "FRA", "042"), "{found:?}");
    // A visit goes to one place.
    let found = events(&p, "Lula will attend a summit in Egypt on the drought in Somalia.");
    assert!(has(&found, "BRA", "EGY", "04") && !has(&found, "BRA", "SOM", "04"), "{found:?}");
}

#[test]
fn groups_an_event_names_carry_their_words() {
    let p = Pipeline::builder().build();
    let options = Options { published: attache_ingest::parse_moment("2023-03-14") };
    // (and a state named only by a place: "a summit in Cairo" is Egypt's)
    for text in [
        "Kenyan police arrested dozens of opposition supporters in Nairobi.",
        "President Lula will attend a summit in Cairo next week.",
    ] {
        let analysis = p.analyze_text("test", text.to_owned(), &options);
        assert!(!analysis.events.is_empty(), "{text}");
        for actor in &analysis.actors {
            assert!(!actor.mentions.is_empty(), "{} has no mention", actor.id.0);
            for m in &actor.mentions {
                assert!(
                    m.span.text(text).split_whitespace().count() <= 4,
                    "{:?}",
                    m.span.text(text)
                );
            }
        }
    }
}

#[test]
fn evidence_holds_the_whole_names_of_the_parties() {
    let p = Pipeline::builder().build();
    let options = Options { published: attache_ingest::parse_moment("2024-10-14") };
    let text = "Pistorius met Ukrainian Defence Minister Rustem Umerov and toured a factory.";
    let analysis = p.analyze_text("test", text.to_owned(), &options);
    let meeting = analysis.events.iter().find(|e| e.cameo.starts_with("04")).expect("a meeting");
    assert!(
        meeting.evidence.text(text).ends_with("Rustem Umerov"),
        "{:?}",
        meeting.evidence.text(text)
    );
}

#[test]
fn national_bodies_named_by_their_state() {
    let p = Pipeline::builder().build();
    let options = Options { published: attache_ingest::parse_moment("2023-03-14") };
    let analysis = p.analyze_text(
        "test",
        "Kenya's Defence Ministry denied the report. Uganda's Defence Ministry confirmed it. \
         Police detained the mayor of the West Bank city of Hebron."
            .to_owned(),
        &options,
    );
    let bodies: Vec<(Option<&str>, Option<&str>)> = analysis
        .actors
        .iter()
        .filter(|a| a.name == "Defence Ministry")
        .map(|a| (a.country.as_deref(), a.sector.as_deref()))
        .collect();
    assert_eq!(bodies, [(Some("KEN"), Some("MIL")), (Some("UGA"), Some("MIL"))]);
    assert!(
        analysis.actors.iter().all(|a| a.name != "West Bank"),
        "a place the knowledge base knows is no bank: {:?}",
        analysis.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
}

#[test]
fn sport_business_and_metaphor_are_not_events() {
    let p = Pipeline::builder().build();
    assert!(
        events(&p, "Argentina beat Brazil 1-0 in the Copa America final on Saturday.").is_empty()
    );
    assert!(events(&p, "France crushed England in the rugby match.").is_empty());
    assert!(
        events(&p, "Shares of Chinese carmakers fell as Tesla attacked the market.").is_empty()
    );
    assert!(
        events(&p, "A war of words over prices broke out between Russia and Ukraine.").is_empty()
    );
}

/// An event whose own clause gives no date takes the date and place of a sentence
/// next to it that names it again ("The clash on Monday night …").
#[test]
fn a_later_sentence_that_names_the_event_dates_it() {
    let pipeline = Pipeline::builder().build();
    let text = "Eight Indian soldiers have died after a fight with Chinese troops in the Ladakh \
                region, the army said. The clash on Monday night took place on a ridge in the \
                Galwan Valley.\n";
    // (published on Wednesday 15 March 2023)
    let options = Options { published: attache_ingest::parse_moment("2023-03-15") };
    let analysis = pipeline.analyze_text("test", text.to_owned(), &options);
    let fight = analysis.events.iter().find(|e| e.plover == "ASSAULT").expect("the fight");
    assert_eq!(fight.date.as_deref(), Some("2023-03-13"), "{:?}", analysis.events);
    assert_eq!(fight.place.as_deref(), Some("Galwan Valley"));
}

/// Where an actor was when acting, said by a participle: "speaking in Bangkok".
#[test]
fn a_participle_of_place_places_the_event() {
    let pipeline = Pipeline::builder().build();
    let text = "TOKYO — Prime Minister Fumio Kishida, speaking in Bangkok, condemned North \
                Korea for the launch.\n";
    let analysis = pipeline.analyze_text("test", text.to_owned(), &Options::default());
    let event = analysis.events.iter().find(|e| e.plover == "ACCUSE").expect("a condemnation");
    assert_eq!(event.place.as_deref(), Some("Bangkok"), "{:?}", analysis.events);
}

/// An occasion named again ("the summit") is where it was named first.
#[test]
fn the_occasion_named_before_places_the_event() {
    let pipeline = Pipeline::builder().build();
    let text = "TOKYO — The prime minister flew to Jakarta on Monday for a regional summit.\n\n\
                The French president met the leaders of Japan and India on the sidelines of the \
                summit.\n";
    let analysis = pipeline.analyze_text("test", text.to_owned(), &Options::default());
    let meeting = analysis
        .events
        .iter()
        .find(|e| e.plover == "CONSULT" && e.evidence.text(&analysis.document.text).contains("met"))
        .expect("a meeting");
    assert_eq!(meeting.place.as_deref(), Some("Jakarta"), "{:?}", analysis.events);
}

/// A dateline of two places places each event at the one of its source's state.
#[test]
fn a_dateline_of_two_places_places_each_side_at_home() {
    let pipeline = Pipeline::builder().build();
    let text = "BEIJING/WASHINGTON — China on Tuesday accused the United States of hacking. \
                The United States condemned China on Monday.\n";
    let analysis = pipeline.analyze_text("test", text.to_owned(), &Options::default());
    let place = |country: &str| {
        analysis
            .events
            .iter()
            .find(|e| country_of(&analysis, &e.source).as_deref() == Some(country))
            .and_then(|e| e.place.clone())
    };
    assert_eq!(place("CHN").as_deref(), Some("Beijing"), "{:?}", analysis.events);
    assert_eq!(place("USA").as_deref(), Some("Washington"), "{:?}", analysis.events);
}

#[test]
fn an_event_needs_a_party_event_data_can_code() {
    let p = Pipeline::builder().build();
    // Companies, products and strangers: no party is a state, acts for one, or is a
    // group of one, so nothing political happened. A state reached only through a
    // place ("a course from the University of Vermont") does not change that.
    assert_no_events(
        &p,
        &[
            "Brightpath offers 4,000 online courses from the University of Vermont and others.",
            "Lumora partnered with Quillstone on cloud storage last spring.",
            "The Zenkai camera captures every detail of the night sky.",
            "Harbourline Movers provides free boxes to students in Ohio.",
            "Many companies will keep investing in search engines.",
        ],
    );
    // One party that can be coded is enough: a state, a group of one, or rebels.
    let found = events(&p, "Dmitri Kallas, a little-known activist, met Emmanuel Macron in Paris.");
    assert!(found.iter().any(|(_, t, c)| t == "FRA" && c.starts_with("04")), "{found:?}");
    let found = events(&p, "Colombian police arrested a smuggler near the port of Cartagena.");
    assert!(found.iter().any(|(s, _, c)| s == "COL" && c.starts_with("17")), "{found:?}");
    let found = events(&p, "Rebels attacked a convoy of the Malian army near Kidal.");
    assert!(found.iter().any(|(_, t, c)| t == "MLI" && c.starts_with("19")), "{found:?}");
}

#[test]
fn attacks_in_words_between_politicians() {
    let p = Pipeline::builder().build();
    // Attacks by a politician on a politician, as a noun or made by an ad, are
    // criticism; a state's attacks on an armed group stay attacks.
    let found = events(&p, "Donald Trump answered with sharp attacks on Hillary Clinton.");
    assert!(has(&found, "USA", "USA", "111"), "{found:?}");
    let found = events(&p, "Joe Biden's campaign released a new ad hitting Donald Trump on trade.");
    assert!(has(&found, "USA", "USA", "111"), "{found:?}");
    assert!(!found.iter().any(|(_, _, c)| c.starts_with("08")), "an ad released: {found:?}");
    let found = events(&p, "Israel's attacks on Hamas went on through the night.");
    assert!(found.iter().any(|(s, _, c)| s == "ISR" && c.starts_with("19")), "{found:?}");
    // "for example" gives no reason for an attack.
    let found = events(
        &p,
        "Troops with the UN mission in Mali, for example, have often been targeted by insurgents.",
    );
    assert!(!found.is_empty() && found.iter().all(|(_, _, c)| c.starts_with("19")), "{found:?}");
}

#[test]
fn measures_that_target_and_names_that_are_not_parties() {
    let p = Pipeline::builder().build();
    // Sanctions "targeting" a state's banks sanction it; a bill targeting a company
    // attacks no one; missiles targeting a city do.
    let found = events(&p, "The EU agreed new sanctions targeting Russian banks.");
    assert!(has(&found, "IGO", "RUS", "163") || has(&found, "EU", "RUS", "163"), "{found:?}");
    assert!(!found.iter().any(|(_, _, c)| c.starts_with("19")), "{found:?}");
    let found = events(&p, "Russian missiles targeted Kyiv overnight.");
    assert!(has(&found, "RUS", "UKR", "19"), "{found:?}");
    // A title opening with "your" is no actor.
    assert!(events(&p, "Your First Trip to Japan: what to pack").is_empty());
}

#[test]
fn what_is_done_without_and_states_that_say_where() {
    let p = Pipeline::builder().build();
    // A deal one ends without, or a meeting one leaves without, did not happen.
    let found = events(
        &p,
        "The talks in Geneva, Switzerland, ended without a deal between Russia and Ukraine.",
    );
    assert!(!found.iter().any(|(_, _, c)| c.starts_with("05")), "{found:?}");
    assert!(!found.iter().any(|(s, t, _)| s == "CHE" || t == "CHE"), "{found:?}");
    let found = events(&p, "Vladimir Putin left the summit without meeting Joe Biden.");
    assert!(!has(&found, "RUS", "USA", "04"), "{found:?}");
    // Asked about a state, a leader has asked it nothing.
    let found = events(&p, "When asked about Russia, Joe Biden praised Emmanuel Macron.");
    assert!(!found.iter().any(|(_, _, c)| c.starts_with("02")), "{found:?}");
    assert!(has(&found, "USA", "FRA", "05"), "{found:?}");
    // A state after a town of its own says where: "Kandahar, Afghanistan".
    let found = events(
        &p,
        "In Kandahar, Afghanistan, Pakistani troops attacked a convoy of Afghan police.",
    );
    assert!(has(&found, "PAK", "AFG", "19"), "{found:?}");
    assert!(!found.iter().any(|(s, _, _)| s == "AFG"), "{found:?}");
}

#[test]
fn troops_on_parade_do_not_protest() {
    let p = Pipeline::builder().build();
    let found =
        events(&p, "French troops marched along the avenue as the president took the salute.");
    assert!(!found.iter().any(|(_, _, c)| c.starts_with("14")), "{found:?}");
    // (civilians who march do)
    let found = events(&p, "Thousands of Georgians marched against the new law in Tbilisi.");
    assert!(found.iter().any(|(s, _, c)| s == "GEO" && c.starts_with("14")), "{found:?}");
}

#[test]
fn a_period_is_not_the_date_of_the_act() {
    let p = Pipeline::builder().build();
    let options = Options { published: attache_ingest::parse_moment("2024-03-05") };
    let text = "Prosecutors in Washington charged three Russian officers over a hacking campaign \
                against banks between 2015 and 2019.";
    let analysis = p.analyze_text("test", text.to_owned(), &options);
    let dates: Vec<_> = analysis.events.iter().map(|e| e.date.clone()).collect();
    assert!(!dates.is_empty(), "{:?}", analysis.events);
    assert!(dates.iter().all(|d| d.as_deref() == Some("2024-03-05")), "{dates:?}");
}
