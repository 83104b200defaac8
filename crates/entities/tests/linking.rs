//! Linking on our own sentences: every kind of mention the actors issue names, and
//! roles as of the article's date.

use attache_entities::{Entities, EntityLinker};
use attache_kb::Day;
use attache_segment::EnglishSegmenter;

fn link(text: &str, date: Day) -> Entities {
    let segmentation = EnglishSegmenter::new().segment_text(text);
    EntityLinker::default().link(text, &segmentation.tokens, &segmentation.sentences, Some(date))
}

/// `(id, country, role)` of the actor a phrase of the text is linked to.
fn actor_of(
    entities: &Entities,
    text: &str,
    phrase: &str,
) -> Option<(String, Option<String>, Option<String>)> {
    let start = text.find(phrase)?;
    let span = attache_text::Span::new(start, start + phrase.len());
    let id = entities.actor_at(span)?;
    let actor = entities.actors.iter().find(|a| &a.id == id)?;
    Some((actor.id.0.clone(), actor.country.clone(), actor.role.clone()))
}

#[test]
fn roles_are_valid_by_date() {
    let text = "Vladimir Putin met the delegation in Moscow.";
    let in_2010 = link(text, Day::new(2010, 6, 1));
    let in_2017 = link(text, Day::new(2017, 11, 19));
    let role = |e: &Entities| actor_of(e, text, "Vladimir Putin").and_then(|a| a.2);
    assert_eq!(role(&in_2010).as_deref(), Some("head of government"));
    assert_eq!(role(&in_2017).as_deref(), Some("head of state"));
    // The office without a name is its holder that day.
    let text = "The President of the Russian Federation sent greetings.";
    let office =
        |date| actor_of(&link(text, date), text, "The President of the Russian Federation");
    assert_eq!(office(Day::new(2017, 11, 19)).unwrap().0, "person:vladimir-putin");
    assert_eq!(office(Day::new(2009, 5, 1)).unwrap().0, "person:dmitry-medvedev");
    // An office left before the date is a former one; one not yet held is no role.
    let text = "Hillary Clinton and Donald Trump spoke in Ohio.";
    let in_2016 = link(text, Day::new(2016, 9, 20));
    let role = |phrase| actor_of(&in_2016, text, phrase).and_then(|a| a.2);
    assert_eq!(role("Hillary Clinton").as_deref(), Some("former foreign minister"));
    assert_eq!(role("Donald Trump"), None);
    assert_eq!(actor_of(&in_2016, text, "Donald Trump").unwrap().1.as_deref(), Some("USA"));
}

#[test]
fn names_titles_adjectives_possessives_and_capitals() {
    let text = "LAVROV ARRIVES IN BAKU\n\nRussian Foreign Minister Sergei Lavrov met President Ilham Aliyev. \
                Lavrovs visit and Lavrov's remarks touched on the Armenian-Azerbaijani conflict. \
                The foreign minister thanked Vladimir Vladimirovich for his support.";
    let e = link(text, Day::new(2017, 11, 19));
    let id = |phrase| actor_of(&e, text, phrase).map(|a| a.0);
    assert_eq!(id("LAVROV").as_deref(), Some("person:sergey-lavrov"), "ALL-CAPS headline");
    assert_eq!(id("Sergei Lavrov").as_deref(), Some("person:sergey-lavrov"), "transliteration");
    assert_eq!(
        id("Lavrovs").as_deref(),
        Some("person:sergey-lavrov"),
        "possessive without apostrophe"
    );
    assert_eq!(id("Lavrov's").as_deref(), Some("person:sergey-lavrov"), "possessive");
    assert_eq!(id("Armenian").as_deref(), Some("state:ARM"));
    assert_eq!(
        id("Azerbaijani conflict").as_deref(),
        Some("state:AZE"),
        "both halves of the compound"
    );
    assert_eq!(id("The foreign minister").as_deref(), Some("person:sergey-lavrov"), "bare title");
    assert_eq!(
        id("Vladimir Vladimirovich").as_deref(),
        Some("person:vladimir-putin"),
        "name and patronymic"
    );
    let aliyev = actor_of(&e, text, "Ilham Aliyev").unwrap();
    assert_eq!((aliyev.1.as_deref(), aliyev.2.as_deref()), (Some("AZE"), Some("president")));
    let places: Vec<&str> = e.places.iter().map(|p| p.name.as_str()).collect();
    assert!(places.contains(&"Baku"), "{places:?}");
}

#[test]
fn people_the_knowledge_base_lacks_come_from_titles() {
    let text = "Somalia Minister of Foreign Affairs and International Cooperation, Amb. Ahmed Isse Awad, \
                received the envoy. Awad said talks would go on.";
    let e = link(text, Day::new(2022, 9, 1));
    let awad = actor_of(&e, text, "Ahmed Isse Awad").unwrap();
    assert_eq!(awad.1.as_deref(), Some("SOM"));
    assert_eq!(awad.2.as_deref(), Some("foreign minister"));
    assert_eq!(actor_of(&e, text, "Awad said").map(|a| a.0), Some(awad.0), "the surname alone");
}

#[test]
fn organisations_named_by_their_kind_take_the_state_inside() {
    let text = "He spoke at the Diplomatic Academy of Azerbaijan on Monday.";
    let e = link(text, Day::new(2017, 11, 19));
    let academy = actor_of(&e, text, "Diplomatic Academy of Azerbaijan").unwrap();
    assert_eq!(academy.1.as_deref(), Some("AZE"));
}

#[test]
fn the_text_title_wins_with_a_note_and_mentions_say_how_they_were_linked() {
    let text = "President Vladimir Putin met the delegation. Putin said little.";
    let e = link(text, Day::new(2010, 5, 2));
    let putin = actor_of(&e, text, "Vladimir Putin").unwrap();
    assert_eq!(putin.2.as_deref(), Some("president"), "the text's title");
    assert!(e.diagnostics.iter().any(|d| d.code == "role-conflict"), "{:?}", e.diagnostics);
    let actor = e.actors.iter().find(|a| a.id.0 == "person:vladimir-putin").unwrap();
    let how: Vec<&str> = actor.mentions.iter().map(|m| m.how.as_str()).collect();
    assert_eq!(how, ["name", "surname"]);
    // In 2017 the same words agree with the knowledge base.
    assert!(link(text, Day::new(2017, 11, 19)).diagnostics.is_empty());
}

#[test]
fn counterparts_and_colleagues() {
    let text = "Sergey Lavrov met Ilham Aliyev in Baku. Later he thanked his counterpart for the talks. \
                Lavrov then met his Azerbaijani counterpart, Jeyhun Bayramov.";
    let e = link(text, Day::new(2022, 2, 1));
    let id = |phrase| actor_of(&e, text, phrase).map(|a| a.0);
    assert_eq!(id("his counterpart for").as_deref(), Some("person:ilham-aliyev"));
    assert_eq!(id("his Azerbaijani counterpart").as_deref(), Some("person:jeyhun-bayramov"));
}

#[test]
fn surnames_that_are_words_and_texts_without_a_date() {
    let segmented = |text: &str, date: Option<Day>| {
        let segmentation = EnglishSegmenter::new().segment_text(text);
        EntityLinker::default().link(text, &segmentation.tokens, &segmentation.sentences, date)
    };
    // A month, a day or a word is no office holder who bears its name.
    let text = "The summit was held in May. On Friday, Young delegates met again.";
    for date in [Day::new(2017, 6, 1), Day::new(2025, 12, 20)] {
        let e = link(text, date);
        for word in ["May", "Friday"] {
            assert_eq!(actor_of(&e, text, word), None, "{word} on {date:?}");
        }
        // (The tagger may still take "Young" for a name, but for no one it knows.)
        let young = actor_of(&e, text, "Young").map(|a| a.0);
        assert!(young.as_deref().is_none_or(|id| id.starts_with("person:new:")), "{young:?}");
    }
    // Named in full first, the surname alone is the person; the month still a month.
    let text = "Prime Minister Theresa May met the press. May said the vote in May would pass.";
    let e = link(text, Day::new(2017, 6, 1));
    let at = |phrase: &str, from: usize| {
        let start = from + text[from..].find(phrase).expect("in the text");
        let span = attache_text::Span::new(start, start + phrase.len());
        e.actor_at(span).map(|id| id.0.clone())
    };
    assert_eq!(at("May", 40).as_deref(), Some("person:theresa-may"));
    assert_eq!(at("May", text.rfind("in May").unwrap()), None);
    // Without a date, a surname only one person in the knowledge base bears is that
    // person.
    let text = "Putin spoke to reporters.";
    let e = segmented(text, None);
    assert_eq!(actor_of(&e, text, "Putin").map(|a| a.0).as_deref(), Some("person:vladimir-putin"));
    // A bearer out of office is named by the surname alone only where the text names
    // their state: "Scott" in an American story is not Zambia's former leader.
    let text = "Scott's relatives watched the police video on Thursday, their lawyer said.";
    let e = link(text, Day::new(2016, 9, 25));
    let scott = actor_of(&e, text, "Scott").map(|a| a.0);
    assert!(scott.as_deref().is_none_or(|id| id.starts_with("person:new:")), "{scott:?}");
}

#[test]
fn a_body_takes_the_state_of_its_spokesman() {
    let text = "Foreign Ministry spokesman Zhao Lijian rejected the claims.";
    let e = link(text, Day::new(2021, 7, 20));
    let ministry = actor_of(&e, text, "Foreign Ministry").expect("linked");
    assert_eq!(ministry.1.as_deref(), Some("CHN"));
    assert_eq!(
        actor_of(&e, text, "Zhao Lijian").map(|a| a.0).as_deref(),
        Some("person:zhao-lijian")
    );
}

#[test]
fn a_given_name_the_bearer_lacks_is_another_person() {
    // Rafael Correa is in the knowledge base; a Krystal Correa quoted in 2016 is not him,
    // while "Sergei Lavrov" is still Sergey Lavrov.
    let text = "Krystal Correa said she was afraid. Sergei Lavrov said nothing.";
    let e = link(text, Day::new(2016, 9, 27));
    let correa = actor_of(&e, text, "Correa").map(|a| a.0);
    assert!(correa.as_deref() != Some("person:rafael-correa"), "{correa:?}");
    assert_eq!(
        actor_of(&e, text, "Sergei Lavrov").map(|a| a.0).as_deref(),
        Some("person:sergey-lavrov")
    );
    // Guy Scott led Zambia in 2014-15; after a Keith Lamont Scott is named, "Scott" alone
    // is not him.
    let text = "A video of Keith Lamont Scott was released. The footage from Scott is short.";
    let e = link(text, Day::new(2016, 9, 25));
    let at = text.rfind("Scott").unwrap();
    let scott = e.actor_at(attache_text::Span::new(at, at + 5)).map(|id| id.0.clone());
    assert!(scott.as_deref() != Some("person:guy-scott"), "{scott:?}");
    // Mark Chen (Taiwan's foreign minister in 2005) is also "Chen Tan-sun": "Mark" is
    // his given name, not a family name that names him alone.
    let text = "The critic Mark Cuban spoke in Dallas.";
    let e = link(text, Day::new(2005, 9, 25));
    assert!(actor_of(&e, text, "Mark").is_none_or(|a| a.0 != "person:mark-chen"));
    // A given name before another name is that person's, not John Howard's; "Howard"
    // after his full name is his.
    let text = "Howard Dean spoke first. Prime Minister John Howard met him. Howard smiled.";
    let e = link(text, Day::new(2005, 9, 25));
    let first = e.actor_at(attache_text::Span::new(0, 6)).map(|id| id.0.clone());
    assert!(first.as_deref() != Some("person:john-howard"), "{first:?}");
    let at = text.rfind("Howard").unwrap();
    let last = e.actor_at(attache_text::Span::new(at, at + 6)).map(|id| id.0.clone());
    assert_eq!(last.as_deref(), Some("person:john-howard"));
    // Nor is a given name before a name with a capital inside ("McLaughlin") the
    // surname "Dan" of Bucharest's mayor.
    let text = "Dan McLaughlin of the National Review agreed with that view.";
    let e = link(text, Day::new(2021, 10, 5));
    let dan = e.actor_at(attache_text::Span::new(0, 3)).map(|id| id.0.clone());
    assert!(dan.as_deref() != Some("person:nicusor-dan"), "{dan:?}");
}

#[test]
fn a_people_word_a_gone_capital_and_a_hyphenated_title() {
    let text = "LONDON, March 2018 - The nerve agent was used in the English city of Salisbury. \
                NATO Secretary-General Jens Stoltenberg called it unacceptable.";
    let e = link(text, Day::new(2018, 3, 14));
    // "English" is the word, not Bill English.
    assert_eq!(actor_of(&e, text, "English"), None);
    // Salisbury is today's English city, not the capital Rhodesia had.
    let salisbury = e.places.iter().find(|p| p.name == "Salisbury").expect("Salisbury is a place");
    assert_eq!(salisbury.country.as_deref(), Some("GBR"));
    // The whole hyphenated title, not its last part.
    let role = actor_of(&e, text, "Jens Stoltenberg").and_then(|a| a.2);
    assert_eq!(role.as_deref(), Some("secretary-general"));
}

#[test]
fn a_state_named_as_its_capital_is_the_capital_after_in() {
    let text = "Luxembourg signed the treaty. Ministers met in Luxembourg on Monday.";
    let e = link(text, Day::new(2022, 10, 17));
    assert_eq!(actor_of(&e, text, "Luxembourg").map(|a| a.0).as_deref(), Some("state:LUX"));
    let place = e.places.iter().find(|p| p.name == "Luxembourg").expect("Luxembourg is a place");
    assert_eq!(place.mentions.len(), 1, "{place:?}");
}

#[test]
fn leaders_of_the_1990s_and_names_of_their_own() {
    // The knowledge base knows the leaders of the 1990s too: "Bush" in 1990 is the
    // father, in 2003 the son.
    let text = "President Bush spoke to reporters in Maine.";
    let bush = |date| actor_of(&link(text, date), text, "Bush").map(|a| a.0);
    assert_eq!(bush(Day::new(1990, 8, 16)).as_deref(), Some("person:george-h-w-bush"));
    assert_eq!(bush(Day::new(2003, 3, 20)).as_deref(), Some("person:george-w-bush"));
    // A surname followed by another state's name is not the bearer from elsewhere.
    let text = "Saddam Hussein sent a letter. Later, Hussein of Jordan flew to Cairo.";
    let e = link(text, Day::new(1990, 8, 16));
    let at = text.rfind("Hussein").unwrap();
    let second = e.actor_at(attache_text::Span::new(at, at + 7)).map(|id| id.0.clone());
    assert!(second.as_deref() != Some("person:saddam-hussein"), "{second:?}");
    // A given name that is no common one, after the full name, is that person.
    let text = "Saddam Hussein spoke on radio. Saddam said the troops would stay.";
    let e = link(text, Day::new(1990, 8, 16));
    let at = text.rfind("Saddam").unwrap();
    let second = e.actor_at(attache_text::Span::new(at, at + 6)).map(|id| id.0.clone());
    assert_eq!(second.as_deref(), Some("person:saddam-hussein"));
    // An ethnic people is not its state, nor is a language.
    let text = "Ethnic Albanians in the valley voted on Sunday.";
    assert!(actor_of(&link(text, Day::new(1998, 3, 8)), text, "Albanians").is_none());
    let text = "He spoke in a Spanish language broadcast on Friday.";
    assert!(actor_of(&link(text, Day::new(1998, 3, 8)), text, "Spanish").is_none());
    // A state of the United States is larger than the towns named after it.
    let text = "Voters in Virginia go to the polls in November.";
    let e = link(text, Day::new(2016, 9, 8));
    let place = e.places.iter().find(|p| p.name == "Virginia").map(|p| p.country.clone());
    assert_eq!(place, Some(Some("USA".to_owned())), "{:?}", e.places);
    // A town followed by a state of the United States is the American one.
    let text = "A clinic in Birmingham, Ala., was bombed in January.";
    let e = link(text, Day::new(1998, 3, 8));
    let place = e.places.iter().find(|p| p.name == "Birmingham").map(|p| p.country.clone());
    assert_eq!(place, Some(Some("USA".to_owned())), "{:?}", e.places);
}

#[test]
fn no_day_is_part_of_a_name() {
    let text = "The governor met with Kelvin Marsh Sunday in the capital.";
    let e = link(text, Day::new(1991, 6, 3));
    assert!(e.actors.iter().all(|a| !a.name.contains("Sunday")), "{:?}", e.actors);
}

#[test]
fn peoples_of_a_state_and_named_days_are_no_actors() {
    let text = "Leaders of the African-American community and Mexican-American voters met on \
                Election Day.";
    let e = link(text, Day::new(2016, 9, 30));
    assert!(e.actors.is_empty(), "{:?}", e.actors);
}

#[test]
fn a_monarch_is_the_one_called_so() {
    let text = "King Hussein flew to Maine to see President Bush. The king met him on Thursday.";
    let e = link(text, Day::new(1990, 8, 16));
    let at = text.find("The king").unwrap();
    let king = e.actor_at(attache_text::Span::new(at, at + 8)).map(|id| id.0.clone());
    assert_eq!(king.as_deref(), Some("person:hussein-of-jordan"));
}

#[test]
fn towns_named_by_common_words_need_a_dateline_or_a_state() {
    let date = Day::new(2021, 5, 3);
    let places = |text: &str| {
        let e = link(text, date);
        e.places.iter().map(|p| (p.name.clone(), p.country.clone())).collect::<Vec<_>>()
    };
    // A season, a continent and the police are no towns of Texas, the Philippines or
    // Poland.
    let found = places(
        "Police, who arrived an hour later, closed the road.\n\nWe travel across Asia in Spring.",
    );
    assert!(found.is_empty(), "{found:?}");
    // A dateline or a state of the United States after it makes it the town.
    let found = places("SPRING, Texas — Floods closed two schools in Spring, Texas, on Monday.");
    assert!(found.iter().any(|(n, c)| n == "Spring" && c.as_deref() == Some("USA")), "{found:?}");
}

#[test]
fn a_town_after_in_is_no_namesake_in_office() {
    // In 2023 Lloyd Austin was in office, but "in Austin" is the Texan city unless the
    // text names him.
    let text = "The company opened a new office in Austin last spring.";
    let e = link(text, Day::new(2023, 3, 14));
    assert!(actor_of(&e, text, "Austin").is_none());
    assert!(e.places.iter().any(|p| p.name == "Austin"), "{:?}", e.places);
    // Named in full, he is still not the place he meets students in, but he is the
    // one a letter comes from.
    let text = "Lloyd Austin met students in Austin. A letter from Austin followed.";
    let e = link(text, Day::new(2023, 3, 14));
    let at = |k: usize| {
        let start = text.match_indices("Austin").nth(k).unwrap().0;
        e.actor_at(attache_text::Span::new(start, start + "Austin".len())).map(|i| i.0.clone())
    };
    assert_eq!(at(1), None);
    assert_eq!(at(2).as_deref(), Some("person:lloyd-austin"));
}

#[test]
fn an_acronym_alone_needs_a_text_about_states() {
    // On a page about headphones, "ANC" is noise cancelling; in a text about South
    // Africa, the party.
    let text = "The new buds offer strong ANC and a long battery.";
    let e = link(text, Day::new(2024, 5, 1));
    assert!(actor_of(&e, text, "ANC").is_none_or(|a| a.1.is_none()));
    let text = "The ANC lost its majority in South Africa for the first time.";
    let e = link(text, Day::new(2024, 5, 30));
    assert_eq!(actor_of(&e, text, "ANC").and_then(|a| a.1).as_deref(), Some("ZAF"));
}

#[test]
fn a_person_after_a_state_and_a_role_is_of_that_state() {
    let text = "Ukrainian opposition lawmaker Oleh Ivanenko criticised the budget, and Kenya's \
                trade minister Amina Wekesa welcomed it.";
    let e = link(text, Day::new(2024, 5, 1));
    let country = |name: &str| actor_of(&e, text, name).and_then(|a| a.1);
    assert_eq!(country("Oleh Ivanenko").as_deref(), Some("UKR"));
    assert_eq!(country("Amina Wekesa").as_deref(), Some("KEN"));
    // (a state that only precedes a name is no title: "in Kenya Amina Wekesa")
    let text = "After a week in Kenya Amina Wekesa flew home.";
    let e = link(text, Day::new(2024, 5, 1));
    assert!(actor_of(&e, text, "Amina Wekesa").is_none_or(|a| a.1.is_none()));
}

#[test]
fn a_state_body_named_in_lower_case_is_an_actor_of_its_own() {
    let day = Day::new(2023, 3, 2);
    let text = "Japan's foreign ministry summoned the envoy, and the Ugandan defence ministry \
                denied any incursion. Later the Chilean embassy in Lima and Egypt's military \
                issued statements, while the Brazilian government stayed silent.";
    let e = link(text, day);
    let of = |phrase| actor_of(&e, text, phrase).map(|a| (a.0, a.1));
    let org = |id: &str, code: &str| Some((id.to_string(), Some(code.to_string())));
    // A body the knowledge base knows by that name in capitals.
    assert_eq!(of("Japan's foreign ministry"), org("org:JPN-MFA", "JPN"));
    assert_eq!(of("Egypt's military"), org("org:EGY-MIL", "EGY"));
    // Bodies it lacks, of their state.
    assert_eq!(of("the Ugandan defence ministry"), org("org:new:uga-defence-ministry", "UGA"));
    assert_eq!(of("Chilean embassy"), org("org:new:chl-embassy", "CHL"));
    let sector = |id: &str| e.actors.iter().find(|a| a.id.0 == id).and_then(|a| a.sector.clone());
    assert_eq!(sector("org:new:uga-defence-ministry").as_deref(), Some("MIL"));
    // A state's own government is the state.
    assert_eq!(
        of("Brazilian government"),
        Some(("state:BRA".to_string(), Some("BRA".to_string())))
    );
    // Courts, banks, parliaments and services too.
    let text = "Iran's parliament voted on Sunday, and Russia's central bank held its rate.";
    let e = link(text, day);
    assert_eq!(
        actor_of(&e, text, "Iran's parliament").map(|a| a.0).as_deref(),
        Some("org:IRN-MAJLIS")
    );
    assert_eq!(
        actor_of(&e, text, "Russia's central bank").map(|a| a.0).as_deref(),
        Some("org:RUS-CBR")
    );
    // Words that only follow a state are none: "Kenya's foreign ministers".
    let text = "Kenya's foreign ministers met in Nairobi.";
    let e = link(text, day);
    assert!(e.actors.iter().all(|a| !a.id.0.contains("ministr")), "{:?}", e.actors);
}

#[test]
fn a_given_name_that_is_another_bearers_surname_is_not_that_bearer() {
    // "Roman" ends the name of a Romanian minister in the knowledge base; here it opens
    // the name of a man it lacks.
    let day = Day::new(2024, 4, 2);
    let text = "Deputy Foreign Minister Roman Vassilenko met the envoy in Astana.";
    let e = link(text, day);
    let id = actor_of(&e, text, "Roman").map(|a| a.0);
    assert!(id.as_deref().is_none_or(|id| !id.contains("petre")), "{id:?}");
}

#[test]
fn a_capital_that_acts_names_its_state_and_one_where_things_happen_does_not() {
    let day = Day::new(2023, 6, 6);
    let text = "Beijing urged restraint on Tuesday after the talks in Ankara ended.";
    let e = link(text, day);
    assert_eq!(actor_of(&e, text, "Beijing").map(|a| a.0).as_deref(), Some("state:CHN"));
    assert!(e.actors.iter().all(|a| a.id.0 != "state:TUR"), "{:?}", e.actors);
}

#[test]
fn a_surname_very_many_bear_needs_the_full_name_or_the_bearers_state() {
    // The knowledge base has a foreign minister of Jamaica named Smith, in office on
    // that day; a Smith in a briefing that never names Jamaica is not her.
    let text = "Ms. Smith told reporters in Washington that China had been warned.";
    let entities = link(text, Day::new(2024, 3, 5));
    let smith = actor_of(&entities, text, "Smith");
    assert!(smith.as_ref().is_none_or(|a| !a.0.contains("kamina")), "{smith:?}");
    let text = "Jamaica's foreign minister spoke. Ms. Smith said the region needed calm.";
    let entities = link(text, Day::new(2024, 3, 5));
    let smith = actor_of(&entities, text, "Smith");
    assert!(smith.as_ref().is_some_and(|a| a.0.contains("kamina")), "{smith:?}");
}

#[test]
fn a_body_without_its_state_is_of_the_dateline_when_no_other_state_came_before() {
    let text = "Drills near the strait\n\nBEIJING, May 3 - The foreign ministry said the \
                drills were routine. Café’he the army said nothing.\n";
    let entities = link(text, Day::new(2024, 5, 3));
    let ministry = actor_of(&entities, text, "The foreign ministry");
    assert!(ministry.as_ref().is_some_and(|(_, c, _)| c.as_deref() == Some("CHN")), "{ministry:?}");
    // (and a body the tagger found in capitals: "The Air Force said …")
    let text = "Night attack\n\nKYIV, May 3 - The Air Force said 30 drones were shot down.\n";
    let entities = link(text, Day::new(2024, 5, 3));
    let force = actor_of(&entities, text, "Air Force");
    assert!(force.as_ref().is_some_and(|(_, c, _)| c.as_deref() == Some("UKR")), "{force:?}");
    // (not after another state: "Japan protested. The foreign ministry said …")
    let text = "Drills near the strait\n\nBEIJING, May 3 - Japan protested on Friday. The \
                foreign ministry said the drills were routine.\n";
    let entities = link(text, Day::new(2024, 5, 3));
    assert_eq!(actor_of(&entities, text, "The foreign ministry"), None);
}
