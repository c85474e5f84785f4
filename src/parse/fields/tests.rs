//! Table-driven tests of field extraction, one rule per test. The entries
//! cite real works in the usual styles (APA, MLA, Chicago, Vancouver, IEEE,
//! Harvard, web articles); none is copied from the sample articles.

use super::*;

fn authors_of(text: &str) -> Vec<String> {
    extract_fields(text).authors
}

#[test]
fn a_family_name_and_et_al_is_a_person_whose_given_name_is_not_known() {
    let fields = extract_fields(
        "Dreber et al., \"Using prediction markets to estimate the reproducibility of scientific research,\" PNAS 112 (2015): 15343–15347.",
    );
    assert_eq!(fields.authors, ["Dreber,"]);
    assert_eq!(
        fields.title.as_deref(),
        Some("Using prediction markets to estimate the reproducibility of scientific research")
    );
    assert_eq!(
        authors_of("J. Smith et al., \"A Paper,\" Nature 1 (2001)."),
        ["Smith, J."]
    );
}

#[test]
fn people_come_out_as_family_comma_given_in_every_order() {
    let cases: &[(&str, &[&str])] = &[
        // MLA: `Last, First, and First Last`.
        (
            "Lakoff, George, and Mark Johnson. Metaphors We Live By. Chicago: University of Chicago Press, 1980.",
            &["Lakoff, George", "Johnson, Mark"],
        ),
        // A given name that also abbreviates a journal's word (`Ann.`
        // for `Annals`) ends the author with its period.
        ("Brown, Ann. Third Book. London: Norton, 2003.", &["Brown, Ann"]),
        // A family name of two words, its given name after the comma.
        (
            "García Márquez, Gabriel. Cien años de soledad. Buenos Aires: Sudamericana, 1967.",
            &["García Márquez, Gabriel"],
        ),
        (
            "Wiese Bockmann, Michelle. \"Dark fleet tankers.\" Lloyd's List, 20 November 2023.",
            &["Wiese Bockmann, Michelle"],
        ),
        // A title's abbreviation before the given name is no end.
        (
            "Ervine, St. John. Parnell. London: Ernest Benn, 1925.",
            &["Ervine, St. John"],
        ),
        (
            "Gordon, Gen. John B. Reminiscences of the Civil War. New York: Scribner's, 1903.",
            &["Gordon, Gen. John B."],
        ),
        // A family name that is also an abbreviation (`Sen.`, senior)
        // without its period.
        (
            "Amartya Sen, Development as Freedom (New York: Knopf, 1999), 3.",
            &["Sen, Amartya"],
        ),
        (
            "Sen, A. (1999). Development as freedom. Oxford University Press.",
            &["Sen, A."],
        ),
        // A capitalised particle opens the family name.
        (
            "Thibault Le Texier, \"Debunking the Stanford Prison Experiment,\" American Psychologist 74 (2019): 823-839.",
            &["Le Texier, Thibault"],
        ),
        (
            "Ursula K. Le Guin, The Dispossessed (New York: Harper, 1974), 3.",
            &["Le Guin, Ursula K."],
        ),
        // Vancouver, one author, a title whose second word is `and`.
        (
            "Heidegger M. Being and Time. New York: Harper & Row; 1962.",
            &["Heidegger, M."],
        ),
        (
            "Smith J. Diet and health. Lancet. 2005;365:1099-104.",
            &["Smith, J."],
        ),
        (
            "John M. Smith and Jane Doe. A Title. Boston: Beacon, 1990.",
            &["Smith, John M.", "Doe, Jane"],
        ),
        // APA: `Last, F., Last, F., & Last, F.`
        (
            "Kahneman, D., Slovic, P., & Tversky, A. (1982). Judgment under uncertainty. Cambridge University Press.",
            &["Kahneman, D.", "Slovic, P.", "Tversky, A."],
        ),
        // IEEE: `F. Last, G. Last, and H. Last`.
        (
            "A. Krizhevsky, I. Sutskever, and G. E. Hinton, \"ImageNet classification with deep convolutional neural networks,\" in Proc. NIPS, 2012, pp. 1097-1105.",
            &["Krizhevsky, A.", "Sutskever, I.", "Hinton, G. E."],
        ),
        // Vancouver: `Last FM, Last FM`.
        (
            "Watson JD, Crick FH. Molecular structure of nucleic acids. Nature. 1953;171(4356):737-8.",
            &["Watson, JD", "Crick, FH"],
        ),
        // Vancouver, one author with one initial, then the title.
        (
            "Marmot M. Social determinants of health inequalities. Lancet. 2005;365(9464):1099-104.",
            &["Marmot, M."],
        ),
        // … and when the title's first words are capitalised.
        (
            "Walker M. Why We Sleep: Unlocking the Power of Sleep and Dreams. New York: Scribner; 2017.",
            &["Walker, M."],
        ),
        (
            "Hewison M. Vitamin D and the immune system. Endocrinol Metab Clin North Am. 2010;39(2):365-79.",
            &["Hewison, M."],
        ),
        // A suffix after the initials is read, not kept.
        (
            "Ginde AA, Mansbach JM, Camargo CA Jr. Association between serum vitamin D and infection. Arch Intern Med. 2009;169(4):384-90.",
            &["Ginde, AA", "Mansbach, JM", "Camargo, CA"],
        ),
        // A bare initial before the family name.
        (
            "T Verrall, KESTREL: Norway’s Most Private Archive, Edinburgh 1991, p. 287.",
            &["Verrall, T"],
        ),
        // A family name with a particle, and two given names.
        (
            "van Gennep, Arnold. The Rites of Passage. London: Routledge, 1960.",
            &["van Gennep, Arnold"],
        ),
        // Full names in natural order joined by `and`.
        (
            "Richard Sutton and Andrew Barto. Reinforcement Learning: An Introduction. MIT Press, 1998.",
            &["Sutton, Richard", "Barto, Andrew"],
        ),
        // Semicolons between inverted names.
        (
            "Flajolet, Philippe; Sedgewick, Robert (2009). Analytic Combinatorics. Cambridge University Press.",
            &["Flajolet, Philippe", "Sedgewick, Robert"],
        ),
        // A hyphenated family name in Vancouver form.
        (
            "García-Márquez JJ, Ortega A. A study of dental files. J Endod. 2014;40:1477-81.",
            &["García-Márquez, JJ", "Ortega, A."],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(authors_of(text), *expected, "{text}");
    }
}

#[test]
fn wikipedia_author_lists_keep_given_names_after_initials_and_mixed_forms() {
    let cases: &[(&str, &[&str], &str, &str)] = &[
        // An initial then a full given name, before `;`.
        (
            "Billah, K. Yusuf; Scanlan, Robert H. (1991). \"Resonance, Tacoma Narrows Bridge Failure, and Undergraduate Physics Textbooks\". American Journal of Physics. 59 (2): 118–124.",
            &["Billah, K. Yusuf", "Scanlan, Robert H."],
            "Resonance, Tacoma Narrows Bridge Failure, and Undergraduate Physics Textbooks",
            "American Journal of Physics",
        ),
        // A full given name and an initial, then initials alone, by `;`.
        (
            "Alpher, Ralph A.; Bethe, H.; Gamow, G. (1948). \"The Origin of Chemical Elements\". Physical Review. 73 (7): 803–804.",
            &["Alpher, Ralph A.", "Bethe, H.", "Gamow, G."],
            "The Origin of Chemical Elements",
            "Physical Review",
        ),
        // One author, an initial and a full given name, then the year.
        (
            "Oppenheimer, J. Robert (1939). \"On Continued Gravitational Contraction\". Physical Review. 56 (5): 455–459.",
            &["Oppenheimer, J. Robert"],
            "On Continued Gravitational Contraction",
            "Physical Review",
        ),
    ];
    for (text, authors, title, container) in cases {
        let fields = extract_fields(text);
        assert_eq!(fields.authors, *authors, "{text}");
        assert_eq!(fields.title.as_deref(), Some(*title), "{text}");
        assert_eq!(fields.container.as_deref(), Some(*container), "{text}");
    }
    // After an initial, a capitalised word that a `;` or `(` does not close
    // is the title's.
    let fields = extract_fields("Smith, J. Nature and Nurture. Oxford: Clarendon, 1990.");
    assert_eq!(fields.authors, ["Smith, J."]);
    assert_eq!(fields.title.as_deref(), Some("Nature and Nurture"));
}

#[test]
fn chicago_first_notes_give_middle_names_publishers_with_initials_and_the_page() {
    let fields = extract_fields(
        "Kenneth P. Oakley and C. Randall Hoskins, \"New Evidence on the Antiquity of Piltdown Man,\" Nature 165 (1950): 379–382.",
    );
    assert_eq!(fields.authors, ["Oakley, Kenneth P.", "Hoskins, C. Randall"]);
    let fields = extract_fields("Stephen Jay Gould, The Panda's Thumb (New York: W. W. Norton, 1980), 108.");
    assert_eq!(fields.authors, ["Gould, Stephen Jay"]);
    assert_eq!(fields.publisher.as_deref(), Some("W. W. Norton"));
    assert_eq!(fields.pages.as_deref(), Some("108"));
    let fields = extract_fields("Russell, Miles. The Piltdown Man Hoax. Stroud: St. Martin's Press, 2012.");
    assert_eq!(fields.publisher.as_deref(), Some("St. Martin's Press"));
    let fields = extract_fields(
        "Frank Spencer, Piltdown: A Scientific Forgery (London: Natural History Museum, 1990), 45.",
    );
    assert_eq!(fields.title.as_deref(), Some("Piltdown: A Scientific Forgery"));
    assert_eq!(fields.pages.as_deref(), Some("45"));
    // Several initials before two names: a family name of two words.
    assert_eq!(
        authors_of(
            "S. L. Peyton Jones, The Implementation of Functional Programming Languages, Prentice Hall, 1987."
        ),
        ["Peyton Jones, S. L."]
    );
}

#[test]
fn a_notes_title_runs_to_its_publication_facts_years_in_it_included() {
    let cases = [
        (
            "Tony Judt, Postwar: A History of Europe Since 1945 (New York: Penguin Press, 2005), 2.",
            "Postwar: A History of Europe Since 1945",
            "2005",
        ),
        (
            "Margaret MacMillan, Paris 1919: Six Months That Changed the World (New York: Random House, 2002), 12.",
            "Paris 1919: Six Months That Changed the World",
            "2002",
        ),
        (
            "Eric Hobsbawm, The Age of Extremes: The Short Twentieth Century, 1914-1991 (London: Michael Joseph, 1994), 54.",
            "The Age of Extremes: The Short Twentieth Century, 1914-1991",
            "1994",
        ),
        // An editor, a translator or the collection is not the title.
        (
            "Adolf Hitler, Mein Kampf, trans. James Murphy (London: Hurst and Blackett, 1938), 4.",
            "Mein Kampf",
            "1938",
        ),
        (
            "Henry James, The Europeans, in Novels, 1871–1880 (New York: Library of America, 1983), 886.",
            "The Europeans",
            "1983",
        ),
    ];
    for (entry, title, date) in cases {
        let fields = extract_fields(entry);
        assert_eq!(
            (fields.title.as_deref(), fields.date.as_deref()),
            (Some(title), Some(date)),
            "{entry}"
        );
    }
}

#[test]
fn a_bodys_long_name_before_a_bracketed_date_is_the_author_and_retrieved_from_is_no_container() {
    let fields = extract_fields(
        "Commission on the Intelligence Capabilities of the United States Regarding Weapons of Mass Destruction. (2005, March 31). Report to the President of the United States. Retrieved March 3, 2019, from https://www.govinfo.gov/app/details/GPO-WMD",
    );
    assert_eq!(
        (
            fields.authors.len(),
            fields.title.as_deref(),
            fields.container,
            fields.accessed.as_deref()
        ),
        (
            1,
            Some("Report to the President of the United States"),
            None,
            Some("2019-03-03")
        )
    );
    // A title in the author's place stays the title.
    let fields = extract_fields(
        "Pillars of an institution. (1993, September). Wake Forest University Magazine, 41(1), 3.",
    );
    assert!(fields.authors.is_empty(), "{:?}", fields.authors);
}

#[test]
fn a_documents_kind_in_lower_case_is_no_container() {
    let fields = extract_fields(
        "Michael R. Pompeo, \"The Return of UN Sanctions on the Islamic Republic of Iran,\" press statement, U.S. Department of State, September 19, 2020.",
    );
    assert_eq!(fields.container.as_deref(), Some("U.S. Department of State"));
    // An outlet whose name opens in lower case is no kind of document.
    let fields = extract_fields("Roe, Jane, \"Iran's water,\" openDemocracy, London, 12 May 2019.");
    assert_eq!(fields.container.as_deref(), Some("openDemocracy"));
}

#[test]
fn a_title_case_subtitle_after_a_question_is_the_titles() {
    let fields = extract_fields(
        "Abelson, Donald E. Do Think Tanks Matter? Assessing the Impact of Public Policy Institutes. 2nd ed., McGill-Queen's UP, 2009.",
    );
    assert_eq!(
        fields.title.as_deref(),
        Some("Do Think Tanks Matter? Assessing the Impact of Public Policy Institutes")
    );
    // A journal after a question is no subtitle.
    let fields = extract_fields("Roe, Jane. Is It Real? Nature, 2001.");
    assert_eq!(
        (fields.title.as_deref(), fields.container.as_deref()),
        (Some("Is It Real?"), Some("Nature"))
    );
}

#[test]
fn a_firm_named_for_its_partners_keeps_its_commas() {
    let fields = extract_fields(
        "Mearsheimer, John J., and Stephen M. Walt. The Israel Lobby and U.S. Foreign Policy. Farrar, Straus and Giroux, 2007.",
    );
    assert_eq!(fields.container.as_deref(), Some("Farrar, Straus and Giroux"));
    let fields = extract_fields(
        "Caro, Robert A. The Years of Lyndon Johnson. Boston: Little, Brown and Company, 1982.",
    );
    assert_eq!(fields.publisher.as_deref(), Some("Little, Brown and Company"));
}

#[test]
fn a_year_gives_way_to_the_same_years_full_date_written_later() {
    for (entry, date) in [
        (
            "UN Security Council, Resolution 2231 (2015), S/RES/2231 (2015), 20 July 2015.",
            "2015-07-20",
        ),
        (
            "Amnesty International, Iran: Election Contested, Repression Compounded, MDE 13/123/2009, 10 December 2009.",
            "2009-12-10",
        ),
        // Not a date inside the title.
        (
            "Cordesman, Anthony. 2001. The Lessons of 11 September 2001. Washington: CSIS.",
            "2001",
        ),
    ] {
        assert_eq!(extract_fields(entry).date.as_deref(), Some(date), "{entry}");
    }
}

#[test]
fn a_page_number_before_a_year_in_brackets_is_no_date() {
    for (entry, date) in [
        (
            "Curtis A. Bradley and Jack L. Goldsmith, Congressional Authorization and the War on Terrorism, 118 Harv. L. Rev. 2047 (2005).",
            "2005",
        ),
        (
            "Exec. Order No. 13,599, 77 Fed. Reg. 6659 (Feb. 8, 2012).",
            "2012-02-08",
        ),
    ] {
        assert_eq!(extract_fields(entry).date.as_deref(), Some(date), "{entry}");
    }
}

#[test]
fn a_year_inside_a_quoted_or_emphasised_title_is_no_publication_date() {
    for entry in [
        "Smith, John. \"The 1979 Revolution and Its Aftermath.\" The Atlantic.",
        "Ann Brown, “After 2003: Iraq’s Long War,” The Nation.",
        "Dilip Hiro, *Iran Under the Ayatollahs since 1979*. Routledge.",
    ] {
        assert_eq!(extract_fields(entry).date, None, "{entry}");
    }
    // A date outside the title is still read.
    let fields = extract_fields("Ann Brown, “After 2003: Iraq’s Long War,” The Nation, 4 May 2015.");
    assert_eq!(fields.date.as_deref(), Some("2015-05-04"));
}

#[test]
fn a_year_inside_a_books_title_is_the_titles_when_the_date_comes_later() {
    let fields = extract_fields(
        "Abrahamian, Ervand. The Coup: 1953, the CIA, and the Roots of Modern U.S.-Iranian Relations. New York: The New Press, 2013.",
    );
    assert_eq!(
        (fields.title.as_deref(), fields.date.as_deref()),
        (
            Some("The Coup: 1953, the CIA, and the Roots of Modern U.S.-Iranian Relations"),
            Some("2013")
        )
    );
    // With no publisher's year later, the year ends the title.
    for entry in [
        "About Jenny Holzer 2011, dvd, Microcinema International, San Francisco, California.",
        "About Jenny Holzer 2011, dvd, Microcinema International, San Francisco, California. Reissued 2015.",
        "Diary of the Green Movement 2010, blog series. Posted 2 February 2011.",
    ] {
        let fields = extract_fields(entry);
        let title = fields.title.as_deref().unwrap_or_default();
        assert!(
            !title.contains("2010") && !title.contains("2011"),
            "{entry}: {title}"
        );
    }
}

#[test]
fn an_arabic_article_after_the_given_name_is_the_authors() {
    let fields =
        extract_fields("Maliki, Nouri al-. \"Iraq Stands Alone.\" The Example Post, 31 October 2013.");
    assert_eq!(fields.authors, ["Maliki, Nouri al-"]);
    assert_eq!(fields.title.as_deref(), Some("Iraq Stands Alone"));
}

#[test]
fn idem_before_a_title_names_the_author_not_the_work() {
    assert_eq!(
        extract_fields("Idem, Another Book (London: Faber, 1990), 4.").repeat,
        None
    );
    assert_eq!(
        extract_fields("Id., Le spie del regime, Bologna, il Mulino, 2004.").repeat,
        None
    );
    // Nor is an institute's initials an Italian ibid.
    assert_eq!(
        extract_fields("IVI, Annual Report 2017. Seoul: International Vaccine Institute, 2018.").repeat,
        None
    );
}

#[test]
fn a_remark_in_parentheses_is_not_the_container() {
    let fields = extract_fields(
        "\"WikiLeaks Diplomatic Cables\" (dossier), Der Spiegel, 28 November 2010, http://www.spiegel.de/a.html",
    );
    assert_eq!(fields.container.as_deref(), Some("Der Spiegel"));
    let fields = extract_fields("http://www.example.com/ozone/ (page no longer exists)");
    assert_eq!(fields.container, None);
    let fields = extract_fields("\"Congestion Pricing FAQ.\" https://new.mta.info/faq [dead link]");
    assert_eq!(fields.container, None);
}

#[test]
fn et_al_ends_the_author_list_without_becoming_an_author() {
    let fields = extract_fields(
        "Vaswani, A., et al. (2017). Attention is all you need. Advances in Neural Information Processing Systems, 30, 5998-6008.",
    );
    assert_eq!(fields.authors, ["Vaswani, A."]);
    assert_eq!(fields.title.as_deref(), Some("Attention is all you need"));
    // Full names listed with commas, closed by `et al.` as by `and`.
    let fields = extract_fields(
        "Tom Brown, Benjamin Mann, Nick Ryder, Melanie Subbiah, et al. Language models are few-shot learners. In Advances in Neural Information Processing Systems, volume 33, pages 1877–1901, 2020.",
    );
    assert_eq!(
        fields.authors,
        ["Brown, Tom", "Mann, Benjamin", "Ryder, Nick", "Subbiah, Melanie"]
    );
    assert_eq!(
        fields.title.as_deref(),
        Some("Language models are few-shot learners")
    );
}

#[test]
fn editor_marks_are_not_part_of_the_title() {
    let cases = [
        (
            "Bourdieu, P. (Ed.). (1999). The Weight of the World. Stanford: Stanford University Press.",
            "The Weight of the World",
        ),
        (
            "Hobsbawm, Eric, and Terence Ranger, eds. The Invention of Tradition. Cambridge: Cambridge University Press, 1983.",
            "The Invention of Tradition",
        ),
        (
            "Andreas Krieg (ed.), Divided Gulf: The Anatomy of a Crisis (Singapore: Palgrave Macmillan, 2019).",
            "Divided Gulf: The Anatomy of a Crisis",
        ),
    ];
    for (text, title) in cases {
        assert_eq!(extract_fields(text).title.as_deref(), Some(title), "{text}");
    }
}

#[test]
fn an_outlet_named_with_its_kind_is_where_the_source_appeared() {
    for (entry, container) in [
        ("Shargh daily, 12 May 2019.", "Shargh daily"),
        ("Kayhan newspaper, 3 March 2015.", "Kayhan newspaper"),
        ("Weekly Globe website", "Weekly Globe website"),
    ] {
        let fields = extract_fields(entry);
        assert_eq!(
            (fields.authors.len(), fields.title, fields.container.as_deref()),
            (0, None, Some(container)),
            "{entry}"
        );
    }
    // After an organisation's name, the kind is no part of the title.
    let fields =
        extract_fields("Electronic Frontier Foundation website, \"Surveillance Self-Defense,\" 2020.");
    assert_eq!(
        (fields.authors, fields.title.as_deref()),
        (
            vec!["Electronic Frontier Foundation".to_owned()],
            Some("Surveillance Self-Defense")
        )
    );
}

#[test]
fn organisations_are_kept_as_written() {
    let cases = [
        (
            "World Health Organization. Global tuberculosis report 2019. Geneva: WHO, 2019.",
            "World Health Organization",
        ),
        (
            "BBC News. \"Brexit: What happens now?\" 25 June 2016.",
            "BBC News",
        ),
        (
            "U.S. Department of Energy. Annual Energy Outlook. Washington, DC, 2015.",
            "U.S. Department of Energy",
        ),
        (
            "Open Science Collaboration. (2015). Estimating the reproducibility of psychological science. Science, 349(6251).",
            "Open Science Collaboration",
        ),
        (
            "Internet Archive, \"Wayback Machine\", https://web.archive.org/, accessed 3 May 2024.",
            "Internet Archive",
        ),
        (
            "Human Rights Watch. (2019). A report. New York: HRW.",
            "Human Rights Watch",
        ),
        // Names that end in what the body does, not in a given name.
        (
            "Caspian Human Rights, \"Annual Report on Detentions,\" 3 May 2022.",
            "Caspian Human Rights",
        ),
        (
            "Northgate Threat Intelligence, \"A New Phishing Wave,\" 18 April 2023.",
            "Northgate Threat Intelligence",
        ),
        (
            "Harbor Lab, \"The Return of an Old Campaign,\" 13 December 2018.",
            "Harbor Lab",
        ),
        // A country's letters before a body's name.
        (
            "U.S. Central Command. \"Statement on a seizure.\" 15 February 2024.",
            "U.S. Central Command",
        ),
        // A possessive is a publication's name, never a person's.
        (
            "Lloyd's List, \"Tanker seized in the Gulf of Oman,\" 14 July 2019.",
            "Lloyd's List",
        ),
        (
            "Jane’s Defence Weekly, “Iran unveils a new drone,” 3 March 2020.",
            "Jane’s Defence Weekly",
        ),
        (
            "Jane's Defence Weekly. \"Iran unveils a new drone.\" 3 May 2019.",
            "Jane's Defence Weekly",
        ),
        (
            "Kestrel Media, \"Port signs deal for gas,\" 11 October 2024.",
            "Kestrel Media",
        ),
        (
            "Conflict Armament Research, \"Dissecting drones,\" November 2022.",
            "Conflict Armament Research",
        ),
        (
            "Fact-Finding Mission on Iran, A/HRC/55/67 (Feb. 2024), report.",
            "Fact-Finding Mission on Iran",
        ),
        // A short name before a quoted title, known or not.
        (
            "CNN, \"Exclusive: Drone was packed with parts,\" 4 January 2023, https://edition.cnn.com/2023/01/04/a",
            "CNN",
        ),
        (
            "Kestrel24, \"Parties begin relocating,\" 14 September 2023.",
            "Kestrel24",
        ),
        (
            "S&P Global Commodity Insights, \"Winter gas deficit forces cuts,\" 8 January 2025.",
            "S&P Global Commodity Insights",
        ),
        // A newsroom writing as its staff.
        (
            "Harbor Wire staff. Ministry pauses the new law. Harbor Wire, 17 Dec 2024.",
            "Harbor Wire staff",
        ),
        // Its name ends before the words in lower case that say what it is.
        (
            "Electronic Frontier Foundation website.",
            "Electronic Frontier Foundation",
        ),
        (
            "Public Health England. Health matters: physical activity. London: PHE; 2016.",
            "Public Health England",
        ),
        (
            "National Vulnerability Database. CVE-2021-44228 Detail. 2021.",
            "National Vulnerability Database",
        ),
        (
            "Ecma International. ECMA-48: Control Functions for Coded Character Sets. 1991.",
            "Ecma International",
        ),
        (
            "Centers for Disease Control and Prevention. Antibiotic resistance threats in the United States, 2019. Atlanta: CDC; 2019.",
            "Centers for Disease Control and Prevention",
        ),
    ];
    for (text, author) in cases {
        assert_eq!(authors_of(text), [author], "{text}");
    }
}

#[test]
fn a_title_that_opens_with_a_word_of_organisations_or_a_notes_opening_phrase_is_no_author() {
    let f = extract_fields("Mission Accomplished? The Iraq War at Twenty. Brookings, 2023.");
    assert!(f.authors.is_empty(), "{f:?}");
    assert_eq!(f.title.as_deref(), Some("Mission Accomplished?"));
    let f = extract_fields("In Washington, \"a new consensus,\" as Roe put it, has formed.");
    assert!(f.authors.is_empty(), "{f:?}");
}

#[test]
fn titles_lose_their_quotes_and_final_punctuation() {
    let cases = [
        // Straight quotes (MLA).
        (
            "Didion, Joan. \"Goodbye to All That.\" Slouching Towards Bethlehem. New York: Farrar, 1968.",
            "Goodbye to All That",
        ),
        // Curly quotes with the comma inside (IEEE).
        (
            "C. E. Shannon, “A mathematical theory of communication,” Bell Syst. Tech. J., vol. 27, pp. 379–423, 1948.",
            "A mathematical theory of communication",
        ),
        // Two closing quotes glued to the words around them.
        (
            "Smith, John.”A Title Here.”Example Times 14 March 2011: Web. 22 Sep 2012.",
            "A Title Here",
        ),
        // Guillemets.
        (
            "Durand, Gilbert, « Les structures anthropologiques de l'imaginaire », Revue française, 1960, p. 3-9.",
            "Les structures anthropologiques de l'imaginaire",
        ),
        // Quotes nested inside the title.
        (
            "Marlowe, Quentin. \"Hunting \"Witnesses\" to Build a Story.\" Harbour Review (23 May 2012): Web. 7 Feb 2013.",
            "Hunting \"Witnesses\" to Build a Story",
        ),
        // Unquoted APA title.
        (
            "Bandura, A. (1977). Self-efficacy: Toward a unifying theory of behavioral change. Psychological Review, 84(2), 191-215.",
            "Self-efficacy: Toward a unifying theory of behavioral change",
        ),
        // A title broken across lines.
        (
            "Orwell, George. \"Politics and the\nEnglish Language.\" Horizon 13 (1946): 252-265.",
            "Politics and the English Language",
        ),
    ];
    for (text, title) in cases {
        assert_eq!(extract_fields(text).title.as_deref(), Some(title), "{text}");
    }
}

#[test]
fn containers_are_journals_papers_sites_books_and_conferences() {
    let cases = [
        // Journal after an APA title, before the volume.
        (
            "Bandura, A. (1977). Self-efficacy: Toward a unifying theory of behavioral change. Psychological Review, 84(2), 191-215.",
            "Psychological Review",
        ),
        // Newspaper after a malformed quote, with a stray quote after it.
        (
            "Ostrander, Celia.”Harbour Pilots Losing Bid to Stay.”Coast News” 17 October 2011: Web. 9 Apr 2012.",
            "Coast News",
        ),
        // The book a chapter is in.
        (
            "Geertz, C. (1973). Thick description. In C. Geertz (Ed.), The Interpretation of Cultures (pp. 3-30). New York: Basic Books.",
            "The Interpretation of Cultures",
        ),
        // `In:` form.
        (
            "Barnes, J. 1981. Boethius and the study of logic. In: Boethius: His Life, Thought and Influence. Oxford: Blackwell, 73-89.",
            "Boethius: His Life, Thought and Influence",
        ),
        // Conference proceedings after `In`.
        (
            "D. Callahan, S. Carr, and K. Kennedy. Improving register allocation for subscripted variables. In Proceedings of the SIGPLAN Conference on Programming Language Design and Implementation, pages 53-65, June 1990.",
            "Proceedings of the SIGPLAN Conference on Programming Language Design and Implementation",
        ),
        // Abbreviated journal name (Vancouver).
        (
            "Watson JD, Crick FH. Molecular structure of nucleic acids. Nature. 1953;171(4356):737-8.",
            "Nature",
        ),
        // Markdown emphasis marks a container, even across lines.
        (
            "Tillery, Maud. \"Canal Tolls Rise Twice in One Year.\" *Lantern\n\nWire Service* 8 April 2013: Web. 2 Dec 2014.",
            "Lantern Wire Service",
        ),
        // Abbreviated journal with its volume.
        (
            "Trillin, Calvin. \"Culture Shopping.\" New Yorker 15 Feb. 1993: 48-51.",
            "New Yorker",
        ),
        // IEEE's abbreviated venues: a longer word's period within them, or
        // an abbreviation a word later.
        (
            "A. Vaswani et al., \"Attention is all you need,\" in Proc. Adv. Neural Inf. Process. Syst., 2017, pp. 5998–6008.",
            "Proc. Adv. Neural Inf. Process. Syst",
        ),
        (
            "J. Lin, R. Nogueira, and A. Yates, \"Pretrained transformers for text ranking: BERT and beyond,\" Found. Trends Inf. Retr., vol. 14, no. 4, pp. 1–325, 2021.",
            "Found. Trends Inf. Retr",
        ),
        (
            "N. Kitaev, Ł. Kaiser, and A. Levskaya, \"Reformer: The efficient transformer,\" in Proc. Int. Conf. Learn. Represent. (ICLR), 2020.",
            "Proc. Int. Conf. Learn. Represent",
        ),
    ];
    for (text, container) in cases {
        assert_eq!(
            extract_fields(text).container.as_deref(),
            Some(container),
            "{text}"
        );
    }
}

#[test]
fn a_book_without_container_uses_its_publisher() {
    let fields = extract_fields(
        "Hearn, Lafcadio. Kwaidan: Stories and Studies of Strange Things. Boston: Houghton Mifflin, 1904.",
    );
    assert_eq!(fields.publisher.as_deref(), Some("Houghton Mifflin"));
    assert_eq!(fields.container.as_deref(), Some("Houghton Mifflin"));
    assert_eq!(
        fields.title.as_deref(),
        Some("Kwaidan: Stories and Studies of Strange Things")
    );
}

#[test]
fn emphasised_span_at_the_title_position_is_the_title() {
    let fields = extract_fields(
        "Piveteau, J. (ed.). 1954. *Oeuvres philosophiques de Buffon.* Paris: Presses Universitaires de France.",
    );
    assert_eq!(fields.title.as_deref(), Some("Oeuvres philosophiques de Buffon"));
    assert_eq!(fields.date.as_deref(), Some("1954"));
}

#[test]
fn the_authors_end_where_an_emphasised_title_starts() {
    let fields = extract_fields(
        "Andrew Rich, *Think Tanks, Public Policy, and the Politics of Expertise* (Cambridge: Cambridge University Press, 2004), 12.",
    );
    assert_eq!(
        (fields.authors, fields.title.as_deref()),
        (
            vec!["Rich, Andrew".to_owned()],
            Some("Think Tanks, Public Policy, and the Politics of Expertise")
        )
    );
    // A name set in bold, and `et al.` in italics, are the authors'.
    let fields = extract_fields(
        "**Takeyh, Ray.** *Hidden Iran: Paradox and Power in the Islamic Republic*. New York: Times Books, 2006.",
    );
    assert_eq!(fields.authors, ["Takeyh, Ray"]);
    let fields =
        extract_fields("Kroenig, M. *et al.* (2012). Time to attack Iran. *Foreign Affairs*, 91(1), 76-86.");
    assert_eq!(fields.title.as_deref(), Some("Time to attack Iran"));
    let fields = extract_fields("*Joint Comprehensive Plan of Action*. Vienna, 14 July 2015.");
    assert_eq!(
        (fields.authors.len(), fields.title.as_deref()),
        (0, Some("Joint Comprehensive Plan of Action"))
    );
}

#[test]
fn a_subtitle_after_a_quoted_title_is_the_titles() {
    let fields = extract_fields(
        "Human Rights Watch. \"Maximum Pressure\": US Economic Sanctions Harm Iranians' Right to Health. October 29, 2019.",
    );
    assert_eq!(
        (fields.title.as_deref(), fields.container, fields.date.as_deref()),
        (
            Some("Maximum Pressure: US Economic Sanctions Harm Iranians' Right to Health"),
            None,
            Some("2019-10-29")
        )
    );
}

#[test]
fn dates_in_every_common_form_become_iso() {
    let cases = [
        ("Smith, J. (2009). A title. Journal, 1, 2-3.", "2009"),
        ("Smith, J. 2009. A title. Journal 1: 2-3.", "2009"),
        (
            "Smith, John. \"A title.\" Daily Star 3 June 2009: 4.",
            "2009-06-03",
        ),
        (
            "Smith, John. \"A title.\" Daily Star, June 3, 2009.",
            "2009-06-03",
        ),
        (
            "Smith, John. \"A title.\" Open Shelf 14.Mar 2012. Web. 5 Jun. 2012.",
            "2012-03-14",
        ),
        (
            "Smith, John. \"A title.\" Delta Times (21 may 2008): Web. 6 Aug 2011.",
            "2008-05-21",
        ),
        (
            "Smith, John. \"A title.\" Example Site, 2009-06-03.",
            "2009-06-03",
        ),
        (
            "Smith, John. \"A title.\" Quarterly Review (Spring 2004): 5-9.",
            "2004",
        ),
        ("Kempner J.C., David L.P., 1989a, ApJ, 607, 200", "1989"),
        ("Smith, J. (2012, March 3). A title. Example Blog.", "2012-03-03"),
        (
            "Smith, J. A title. Journal of Things, 12(3), 1952-1962, December 1992.",
            "1992-12",
        ),
        // Numbers alone: the year first, or the day before the month when
        // dots part them or it is over 12; else only the year is sure.
        ("Smith, John. \"A title.\" IPS, 2009/06/03.", "2009-06-03"),
        ("Smith, John. \"A title.\" Die Zeit, 12.11.2013.", "2013-11-12"),
        ("Smith, John. \"A title.\" The Times, 25/12/2013.", "2013-12-25"),
        ("Smith, John. \"A title.\" The Post, 12/25/2013.", "2013-12-25"),
        ("Smith, John. \"A title.\" The Post, 03/06/2013.", "2013"),
        // A version's number is no date.
        (
            "JetBrains. \"PyCharm.\" Software, version 2020.1.2, 2021.",
            "2021",
        ),
    ];
    for (text, date) in cases {
        assert_eq!(extract_fields(text).date.as_deref(), Some(date), "{text}");
    }
}

#[test]
fn accessed_date_is_read_after_each_marker_and_is_not_the_publication_date() {
    let cases = [
        (
            "Penhallow, Isaac. \"Giants of the Valley.\" Hearthside 19 February 2007: Web. 11 Sep 2011.",
            "2007-02-19",
            "2011-09-11",
        ),
        (
            "World Bank. \"Poverty overview.\" 2019. Accessed March 5, 2020.",
            "2019",
            "2020-03-05",
        ),
        (
            "Roe, J. (2019). A study. Journal of Things, 3(2), 1-10. Retrieved June 3, 2020, from https://example.org/a",
            "2019",
            "2020-06-03",
        ),
        (
            "Dupont, Marie. « Un titre ». Le Monde, 4 mai 2011. Consulted 12 June 2015.",
            "2011-05-04",
            "2015-06-12",
        ),
        (
            "Example Org. \"Annual report.\" 2014. Last visited 1 February 2016.",
            "2014",
            "2016-02-01",
        ),
        // ABNT's label, with its colon and an abbreviated Portuguese month.
        (
            "SEVCENKO, N. A Revolta da Vacina. 2018. Disponível em: <https://portal.fiocruz.br/a>. Acesso em: 10 mar. 2019.",
            "2018",
            "2019-03-10",
        ),
        (
            "Fiocruz. Outra página. 2017. Disponível em: https://portal.fiocruz.br/b. Acessado em 10 de março de 2019.",
            "2017",
            "2019-03-10",
        ),
        (
            "Example Org. \"Annual report.\" 2014. Visited: 2016-02-01.",
            "2014",
            "2016-02-01",
        ),
        (
            "Example Org. \"Annual report.\" 2014. https://example.org/a (dead link, checked 3 January 2025).",
            "2014",
            "2025-01-03",
        ),
        (
            "Quarles, Edwin. \"A Refuge.\" QNBR.com 8 October 2006: 15 Mar 2011.",
            "2006-10-08",
            "2011-03-15",
        ),
        (
            "Banco de España. «Informe anual». 2022. Consultado el 12 de mayo de 2019.",
            "2022",
            "2019-05-12",
        ),
        (
            "Deutscher Wetterdienst: „Klimareport“. 2018. Zugriff am 4. April 2019.",
            "2018",
            "2019-04-04",
        ),
    ];
    for (text, date, accessed) in cases {
        let fields = extract_fields(text);
        assert_eq!(fields.date.as_deref(), Some(date), "{text}");
        assert_eq!(fields.accessed.as_deref(), Some(accessed), "{text}");
    }
}

#[test]
fn pages_come_from_labels_colons_and_ranges() {
    let cases = [
        (
            "T Verrall, KESTREL: Norway’s Most Private Archive, Edinburgh 1991, p. 287.",
            "287",
        ),
        (
            "Geertz, C. (1973). Thick description. In C. Geertz (Ed.), The Interpretation of Cultures (pp. 3-30). New York: Basic Books.",
            "3-30",
        ),
        (
            "Ashdown, Petra. \"Drifters.\" Harbour Monthly 11 April 2008: 62.",
            "62",
        ),
        (
            "Solon, G. (1999). Mobility. In Handbook of Labor Economics (Vol. 3, pp. 1761–1800). London: Elsevier.",
            "1761–1800",
        ),
    ];
    for (text, pages) in cases {
        assert_eq!(extract_fields(text).pages.as_deref(), Some(pages), "{text}");
    }
}

#[test]
fn a_year_after_a_parenthesis_is_not_a_page() {
    let text = "N. Kitaev, Ł. Kaiser, and A. Levskaya, \"Reformer: The efficient transformer,\" in Proc. Int. Conf. Learn. Represent. (ICLR), 2020.";
    assert_eq!(extract_fields(text).pages, None);
    let note = "Jane Roe, A Museum Guide (London: Museum Press, 1990), 45.";
    assert_eq!(extract_fields(note).pages.as_deref(), Some("45"));
    let long = "Jane Roe, A Long Museum Guide (London: Museum Press, 1990), 1024.";
    assert_eq!(extract_fields(long).pages.as_deref(), Some("1024"));
}

#[test]
fn an_isbn_is_not_a_page_range() {
    let text = "Larson, Heidi J. (2020). Stuck: How Vaccine Rumors Start. Oxford University Press. ISBN 978-0-19-007920-9.";
    assert_eq!(extract_fields(text).pages, None);
    let text = "Smith, J. (2001). A title. Press, 12-19. ISBN 978-0-19-007920-9.";
    assert_eq!(extract_fields(text).pages.as_deref(), Some("12-19"));
    // An arXiv number is no date either.
    let arxiv =
        extract_fields("Kaplan, J., et al. Scaling laws for neural language models. arXiv:2001.08361, 2020.");
    assert_eq!(arxiv.date.as_deref(), Some("2020"));
    // Nor is an arXiv number.
    let text = "Ba, J. L., Kiros, J. R., & Hinton, G. E. (2016). Layer normalization. arXiv preprint arXiv:1607.06450.";
    assert_eq!(extract_fields(text).pages, None);
}

fn only_url(text: &str) -> FoundUrl {
    let urls = extract_fields(text).urls;
    assert_eq!(urls.len(), 1, "{text}: {urls:?}");
    urls.into_iter().next().unwrap_or_else(|| FoundUrl {
        original: String::new(),
        repaired: String::new(),
        split_across_lines: false,
        has_spaces: false,
        has_invisible: false,
        ip_host: false,
        shortened: false,
        unparseable: true,
    })
}

#[test]
fn urls_in_every_form_are_found_and_angle_brackets_dropped() {
    let cases = [
        (
            "Courier 21 June 2011 <http://www.kestrelpost.co.uk/world/2011/jun/19/story>.",
            "http://www.kestrelpost.co.uk/world/2011/jun/19/story",
        ),
        (
            "Example. Retrieved from https://example.org/a?b=1.",
            "https://example.org/a?b=1",
        ),
        (
            "Example site, www.example.com/page.html, 2010.",
            "www.example.com/page.html",
        ),
        (
            "Smith, J. (2010). A title. Journal, 1, 2. doi:10.1000/182",
            "doi:10.1000/182",
        ),
    ];
    for (text, url) in cases {
        let found = only_url(text);
        assert_eq!(found.repaired, url, "{text}");
        assert!(!found.unparseable, "{text}");
    }
}

#[test]
fn url_split_by_a_line_break_is_joined_and_flagged() {
    let found = only_url(
        "Pennock, Alma. \"Quiet Tunnels.\" Herald 4 November 2010.\n<http://www.example.co.uk/news/2010/\nstory-name.html>",
    );
    assert_eq!(
        found.repaired,
        "http://www.example.co.uk/news/2010/story-name.html"
    );
    assert_eq!(
        found.original,
        "http://www.example.co.uk/news/2010/\nstory-name.html"
    );
    assert!(found.split_across_lines);
    assert!(!found.has_spaces);
}

#[test]
fn url_split_without_brackets_joins_only_a_path_like_next_line() {
    let joined = only_url("Example. http://www.example.com/news/\nstory-name.html\n");
    assert_eq!(joined.repaired, "http://www.example.com/news/story-name.html");
    assert!(joined.split_across_lines);

    let prose_after = extract_fields(
        "Fenwick, H. \"Moves.\" Dovetail.org 12 March 2005.\n<http://www.example.com/fenwick/?id=5821>.\nThe piece she quotes is not to be found online any more.",
    );
    assert_eq!(prose_after.urls.len(), 1);
    assert_eq!(
        prose_after.urls.first().map(|u| u.repaired.as_str()),
        Some("http://www.example.com/fenwick/?id=5821")
    );
    assert!(prose_after.urls.iter().all(|u| !u.split_across_lines));

    // Cut inside a word of the path, the rest and more on the next line.
    let cut = only_url(
        "WHO. Available at: https://www.who.int/news-room/fact-sheets/det\nail/antimicrobial-resistance (accessed 4 March 2019).",
    );
    assert_eq!(
        cut.repaired,
        "https://www.who.int/news-room/fact-sheets/detail/antimicrobial-resistance"
    );
    assert!(cut.split_across_lines);
    let and_or = extract_fields("Roe. https://www.example.com/a/b/c\nand/or later.");
    assert_eq!(
        and_or.urls.first().map(|u| u.repaired.as_str()),
        Some("https://www.example.com/a/b/c")
    );
    // A remark on the next line, or the next item of a list of links.
    for next in ["(accessed 8 October 2020).", "2. https://example.org/b"] {
        let fields = extract_fields(&format!("Roe. https://www.example.com/a/\n{next}"));
        let first = fields.urls.first().expect("a URL");
        assert_eq!(first.repaired, "https://www.example.com/a/", "{next}");
        assert!(!first.split_across_lines);
    }
    // The scheme alone at the end of the line, the address on the next.
    let scheme = only_url(
        "Fleming, Nobel Lecture, https://\nwww.nobelprize.org/prizes/medicine/1945/fleming/lecture/ (accessed 2 June 2017).",
    );
    assert_eq!(
        scheme.repaired,
        "https://www.nobelprize.org/prizes/medicine/1945/fleming/lecture/"
    );
    assert!(scheme.split_across_lines);
    // A rule under the entry, a blank line between.
    for rule in ["--", "-----"] {
        let ruled = only_url(&format!(
            "Roe. https://doi.org/10.1016/j.cub.2015.09.046\n\n{rule}\n"
        ));
        assert_eq!(ruled.repaired, "https://doi.org/10.1016/j.cub.2015.09.046");
        assert!(!ruled.split_across_lines);
    }
}

#[test]
fn url_with_inserted_spaces_is_repaired_and_flagged() {
    let found =
        only_url("Coast News 17 October 2011.\n<http://www.example.com/story/0, 4417, 302958, 00.html>.");
    assert_eq!(
        found.repaired,
        "http://www.example.com/story/0,4417,302958,00.html"
    );
    assert_eq!(
        found.original,
        "http://www.example.com/story/0, 4417, 302958, 00.html"
    );
    assert!(found.has_spaces);
    assert!(!found.split_across_lines);

    let unbracketed = only_url("Coast News. http://www.example.com/story/0, 4417, 302958, 00.html");
    assert_eq!(
        unbracketed.repaired,
        "http://www.example.com/story/0,4417,302958,00.html"
    );
    assert!(unbracketed.has_spaces);
}

#[test]
fn a_space_after_a_dot_of_the_host_or_a_slash_is_repaired() {
    for text in [
        "Guardian, 2010. See https://www.theguardian. com/world/the-us-embassy-cables",
        "Guardian, 2010. See https://www.theguardian.com/ world/the-us-embassy-cables",
        // Cut in several places.
        "Guardian, 2010. See https://www. theguardian. com/ world/the-us-embassy-cables",
        // Cut after the scheme.
        "Guardian, 2010. See https:// www.theguardian.com/world/the-us-embassy-cables",
    ] {
        let found = only_url(text);
        assert_eq!(
            found.repaired, "https://www.theguardian.com/world/the-us-embassy-cables",
            "{text}"
        );
        assert!(found.has_spaces, "{text}");
    }
    // A path cut after a hyphen before a number or slug, or after a dot
    // before its file's extension.
    for (text, repaired) in [
        (
            "BBC News, 11 April 2016, http://www.bbc.com/news/world-us-canada- 36013703",
            "http://www.bbc.com/news/world-us-canada-36013703",
        ),
        (
            "NYT, 21 September 2012, https://www.nytimes.com/2012/09/22/world/group-wins- removal-from-list.html",
            "https://www.nytimes.com/2012/09/22/world/group-wins-removal-from-list.html",
        ),
        (
            "State Police, 20 June 2023, https://www.example.gov.al/notice- on-the-operation-at-the-camp/ (accessed 21 June 2023).",
            "https://www.example.gov.al/notice-on-the-operation-at-the-camp/",
        ),
        (
            "NYT, 25 June 2018, https://www.nytimes.com/2018/06/25/world/asia/port. html",
            "https://www.nytimes.com/2018/06/25/world/asia/port.html",
        ),
        (
            "Models. Zenodo https://zenodo.org/records/ 10234567 (accessed 12 January 2024).",
            "https://zenodo.org/records/10234567",
        ),
        (
            "Science 349 (2015): aac4716. https://doi.org/10.1126/science. aac4716",
            "https://doi.org/10.1126/science.aac4716",
        ),
        (
            "Crisis Group, 2024, https://www.crisisgroup.org/middle-east/iran/ 245-irans-kurdish-opposition",
            "https://www.crisisgroup.org/middle-east/iran/245-irans-kurdish-opposition",
        ),
        (
            "Reuters, 9 October 2019. https://www.reuters.com/article/us-syria/turkey- launches-military-operation-idUSKBN1WO1XJ",
            "https://www.reuters.com/article/us-syria/turkey-launches-military-operation-idUSKBN1WO1XJ",
        ),
        // A file's extension with its dot, a path to a file, a document's
        // code after a slash.
        (
            "Senate, 1975. https://www.intelligence.senate.gov/sites/default/files/94chile .pdf (accessed 2 February 2019).",
            "https://www.intelligence.senate.gov/sites/default/files/94chile.pdf",
        ),
        (
            "Archive, 2004. https://nsarchive2.gwu.edu/NSAEBB/ NSAEBB132/index.htm",
            "https://nsarchive2.gwu.edu/NSAEBB/NSAEBB132/index.htm",
        ),
        (
            "Archive, 2004. https://nsarchive2.gwu.edu/NSAEBB/ NSAEBB132/index. htm (accessed 2 May 2024).",
            "https://nsarchive2.gwu.edu/NSAEBB/NSAEBB132/index.htm",
        ),
        (
            "FRUS. https://history.state.gov/historicaldocuments/ frus1952-54Guat",
            "https://history.state.gov/historicaldocuments/frus1952-54Guat",
        ),
        // Folders in capitals after the slash; a Word document.
        (
            "Report, https://www.ohchr.org/Documents/HRBodies/ Documents/A-HRC-27-56-Add1_sp.doc",
            "https://www.ohchr.org/Documents/HRBodies/Documents/A-HRC-27-56-Add1_sp.doc",
        ),
    ] {
        let found = only_url(text);
        assert_eq!(found.repaired, repaired, "{text}");
        assert!(found.has_spaces, "{text}");
    }
    // A sentence after the URL, a word after a path's dot or hyphen, or
    // another URL, is not part of it.
    let found = only_url("Site, 2010. http://example.com/a/page. html is the format.");
    assert_eq!(found.repaired, "http://example.com/a/page.html");
    for text in [
        "Seen at http://example.com/a/page. The page is gone.",
        "Seen at http://example.com/a/page- and then gone.",
    ] {
        assert!(!only_url(text).has_spaces, "{text}");
    }
    let found = only_url("Site, 2010. http://example.com/ is gone.");
    assert_eq!(found.repaired, "http://example.com/");
    // A year after the slash is the sentence's.
    let found = only_url("Site. http://example.com/a/ 2019 edition.");
    assert_eq!(found.repaired, "http://example.com/a/");
    let two = extract_fields("Mirrors: http://example.com. www.example.org/a");
    assert_eq!(two.urls.len(), 2);
    // A hyphened word after the slash is no slug of the path.
    let found = only_url("Site. http://example.com/a/ well-known at the time.");
    assert_eq!(found.repaired, "http://example.com/a/");
    for text in [
        "Site. http://example.com/a/ covid-19 guidance, and .pdf files.",
        "Site. https://www.who.int/emergencies/ covid19-related guidance",
        "Site. https://www.g20.org/ g20-summit was held",
        "Site. https://www.senate.gov/reports .pdf version",
        "Site. https://www.senate.gov/report.html .html",
    ] {
        assert!(!only_url(text).has_spaces, "{text}");
    }
    let found = only_url("Site. https://www.example.org/ Input/Output is the topic.");
    assert_eq!(found.repaired, "https://www.example.org/");
}

#[test]
fn an_address_written_without_its_scheme_is_a_url_but_a_site_name_or_a_document_symbol_is_not() {
    let found =
        only_url("OFAC, Drone guidance (June 9, 2023), ofac.treasury.gov/media/931876/download?inline");
    assert_eq!(found.original, "ofac.treasury.gov/media/931876/download?inline");
    assert!(!found.unparseable);
    for text in [
        "Tehran Times, via tehrantimes.com, 24 July 2024.",
        "Human Rights Council, report A/HRC/55/67, 2 February 2024.",
        "Doe, J. Trade and/or aid, vol.12/3, U.S./Iran relations, e.g./i.e. cases.",
    ] {
        assert!(extract_fields(text).urls.is_empty(), "{text}");
    }
}

#[test]
fn the_rest_of_an_extension_or_a_number_on_the_next_line_is_joined() {
    let found = only_url("NYT, 2010, https://www.nytimes.com/2010/11/29/world/29editornote.h\ntml");
    assert_eq!(
        found.repaired,
        "https://www.nytimes.com/2010/11/29/world/29editornote.html"
    );
    assert!(found.split_across_lines);
    let found = only_url("LWS, 2013, http://lanternwire.net/item.php?no=5362\n4");
    assert_eq!(found.repaired, "http://lanternwire.net/item.php?no=53624");
    // A word of prose on the next line is not.
    let found = only_url("NYT, 2010, https://www.nytimes.com/2010/11/29/world/story.h\nonline");
    assert_eq!(found.repaired, "https://www.nytimes.com/2010/11/29/world/story.h");
}

#[test]
fn a_url_that_a_forum_shortened_is_read_whole_and_flagged() {
    for (entry, original) in [
        (
            "Roe, J. (2008). \"Airbursts.\" Icarus 35, 1441. https://www.sciencedirect.com/science/ ... S0734743X08000907",
            "https://www.sciencedirect.com/science/ ... S0734743X08000907",
        ),
        (
            "Roe, J. (2008). \"Airbursts.\" Icarus 35, 1441. https://www.sciencedirect.com/science/…X08000907 (open access)",
            "https://www.sciencedirect.com/science/…X08000907",
        ),
        (
            "History, \"Dancing plague\", https://www.example.com/news/what-was-the-dancing-…",
            "https://www.example.com/news/what-was-the-dancing-…",
        ),
    ] {
        let found = only_url(entry);
        assert_eq!(found.original, original, "{entry}");
        assert!(found.shortened, "{entry}");
    }
    // A sentence's ellipsis after a whole URL leaves it whole.
    for (entry, original) in [
        (
            "Roe, J. Airbursts. https://www.example.org/airbursts ... and more.",
            "https://www.example.org/airbursts",
        ),
        (
            "Forum thread, https://www.example.org/thread/4471 ... 2nd reply down.",
            "https://www.example.org/thread/4471",
        ),
        (
            "Forum thread, https://www.example.org/tunguska… see the comments.",
            "https://www.example.org/tunguska…",
        ),
    ] {
        let found = only_url(entry);
        assert_eq!(found.original, original, "{entry}");
        assert!(!found.shortened, "{entry}");
    }
}

#[test]
fn a_url_broken_over_three_lines_is_joined_whole() {
    let found = only_url(
        "UK Parliament, 'The Great Stink', Living Heritage, https://www.parliament.uk/\nabout/living-heritage/transformingsociety/towncountry/towns/overview/the-\ngreat-stink/ (accessed 3 May 2011).",
    );
    assert_eq!(
        found.repaired,
        "https://www.parliament.uk/about/living-heritage/transformingsociety/towncountry/towns/overview/the-great-stink/"
    );
    // A word on the third line is not the URL's.
    let fields = extract_fields(
        "UK Parliament, 'The Great Stink', Living Heritage, https://www.parliament.uk/\nabout/living-heritage/transformingsociety/towncountry/towns/overview/greatstink/\naccessed 3 May 2011.",
    );
    assert_eq!(
        fields.urls.first().map(|u| u.repaired.as_str()),
        Some(
            "https://www.parliament.uk/about/living-heritage/transformingsociety/towncountry/towns/overview/greatstink/"
        )
    );
    assert_eq!(fields.accessed.as_deref(), Some("2011-05-03"));
}

#[test]
fn url_with_a_bare_ip_host_is_flagged() {
    let found = only_url("Hearthside 19 February 2007. <http://203.0.113.57/read.aspx?ID=1>.");
    assert!(found.ip_host);
    assert!(!found.unparseable);
    let named = only_url("Site. <http://www.example.com/read.aspx?ID=1>.");
    assert!(!named.ip_host);
}

#[test]
fn direction_marks_end_a_url() {
    for text in [
        "خبرگزاری ایسنا، \u{200f}https://www.example.ir/news/1401/\u{200e}\u{200f}",
        "خبرگزاری ایسنا، https://www.example.ir/news/1401/\u{200e}، ۱۴۰۱",
        "Site. https://www.example.ir/news/1401/\u{202c} text",
        "خبرگزاری ایسنا، https://www.example.ir/news/1401/؛",
    ] {
        let found = only_url(text);
        assert_eq!(
            (found.original.as_str(), found.has_invisible, found.has_spaces),
            ("https://www.example.ir/news/1401/", false, false),
            "{text}"
        );
    }
}

#[test]
fn url_that_does_not_parse_even_repaired_is_flagged() {
    let found = only_url("Broken link http://exa mple/<>.");
    assert!(found.unparseable, "{found:?}");
    let fine = only_url("Fine link http://example.com/ok.");
    assert!(!fine.unparseable);
    // A scheme that lost its colon.
    let found =
        only_url("Katzman, K. Iran Sanctions. CRS, 2022, http//crsreports.example.gov/product/RS20871");
    assert!(found.unparseable, "{found:?}");
}

#[test]
fn a_date_or_page_count_a_browser_prints_under_the_entry_is_no_piece_of_its_url() {
    let found = only_url(
        "Cornish, C. Refiners win quotas. FT, 2024, https://www.ft.com/content/shandong-refiners-iran-quotas\n11/25/26, 9:41 AM Oil Sanctions Leak | Example Forum",
    );
    assert_eq!(
        found.repaired,
        "https://www.ft.com/content/shandong-refiners-iran-quotas"
    );
}

#[test]
fn explanatory_prose_is_a_note_and_keeps_no_citation_fields() {
    let notes = [
        "The surveyors were apparently in Norway that winter to inspect a leak at the consulate in Bergen.",
        "According to Jane Roe, a freelance reporter and a specialist on the river trade.\nSee Roe, Jane.”A Title.”Some Times (21 may 2008): Web. 6 Aug 2011.",
        "This figure was later revised by the ministry, which has not published its method.",
        "The registered-report format was pioneered at the journal Cortex by Chris Chambers; see the Center for Open Science list of participating journals.",
        // Scare quotes around a word are not a quoted title.
        "The older view, that he feared the religious reaction, has been challenged by historians who argue there was no \"delay\" at all.",
        // Whatever its first word, a long sentence of prose without a year.
        "Hobsbawm's formulation is often quoted without its second half, which changes its meaning considerably.",
        // A short first sentence is read with the next.
        "This is, admittedly, the optimistic reading. For the pessimistic one, ask anyone who spent a PhD on a paradigm that no longer exists.",
        // A year inside a clause is no citation's year.
        "All dollar figures in this report are in constant 2019 dollars unless otherwise stated.",
        "Figures for Mali, Ethiopia and Cambodia are drawn from country case studies presented at a global meeting, Kathmandu, March 2019; the case studies were not published.",
        // A verb among its first words, whatever years it cites.
        "\"Rational\" is used here in the narrow sense of Simon (1955); for the wider one see Elster (1983: 1-15).",
        // The note's own vocabulary.
        "On spelling: Arabic names follow a simplified form of the usual system; names of living people follow their own usage.",
        // A passage quoted after a word of prose, longer than any title.
        "The convention's first article declares \"that all persons born in the territory shall be free and equal in dignity and rights, whatever their origin, language or faith, and that none shall be held in servitude\".",
        // Names of people and places in plenty, and the verbs of a clause.
        "The camp's residents were moved from Camp Hope in Diyala to Camp Harbor near Baghdad Airport in 2012, under a plan brokered by the United Nations.",
        "The Arak reactor was first described publicly by the Paris Office of the Exile Coalition at a Washington Hotel on 14 August 2002.",
        "The group had been on the State Department’s list of Foreign Terrorist Organizations since October 1997.",
        "Some accounts put the number of fighters killed in Operation Mersad in July 1988 at over 2,000; the figure cannot be checked.",
        // A long sentence with its verb early, and no year or link at all.
        "The council is known locally as the Majlis-e Shura and abroad as the Consultative Assembly of Elders.",
        "Testimonies received are on file with the Observatory in Erbil.",
        // A pointer to another part of the document.
        "See annex II for the letters sent to the Government during the period.",
        // A name set off by a description, then its verb.
        "Ruth Avery, a former member of the group, co-founded the Exiles Forum with her brother Paul in 1998.",
        // The writer speaking of their own method.
        "The Persian calendar date, 28 Mordad 1332, is the one used in most Iranian accounts; I convert all dates to the Gregorian calendar.",
    ];
    for text in notes {
        let fields = extract_fields(text);
        assert_eq!(fields.kind, Kind::Note, "{text}");
        assert!(fields.authors.is_empty() && fields.title.is_none(), "{text}");
        assert!(fields.container.is_none(), "{text}");
    }
    let with_date = extract_fields(notes[1]);
    assert_eq!(with_date.date.as_deref(), Some("2008-05-21"));
}

#[test]
fn short_and_sentence_case_citations_are_not_notes() {
    let citations = [
        "T Verrall, KESTREL: Norway’s Most Private Archive, Edinburgh 1991, p. 287.",
        "VORNAfile, 11 March 2007.",
        "OSRB website",
        "Reichman, R. (1985). Getting computers to talk like you and me. Cambridge, MA: MIT Press.",
        // A title's `I` or `we` in sentence case.
        "Smith, John (2016). What we learned from the Iran deal. Brookings Institution.",
        "Rezaian, Jason (2017). I was held hostage by Iran for 544 days. Washington Post, 12 March.",
        // A title's `we` after a citation's initials.
        "Balakrishnan, R. (2006, 25-26 March). Why aren't we using 3d user interfaces, and will we ever? Paper presented at the IEEE Symposium on 3D User Interfaces.",
        "Where the really hard problems are. In Proceedings of IJCAI, 1991.",
        "The editors, \"What the Census Was Not Told,\" The Economist, 3 June 2009, which has been widely cited.",
        // A pronoun before a capitalised word is a name.
        "He Huanhuan: On Dignāga’s Names. Journal of the International College for Postgraduate Buddhist Studies, Vol. 21 March, 2017, 214-254",
        // A headline with its verb early, dated.
        "The rial is losing ground against the dollar on the open market in Tehran. Financial Tribune, 12 May 2019.",
        // A pointer to another work.
        "See also Roe, Jane, Canal Tolls and Their Critics, Harbor Press.",
        "See chapter 3 in Roe, Jane. Canal Tolls and Their Critics. Harbor Press, 1999.",
        // A headline with its verb early, then its outlet, undated.
        "The rial is losing ground against the dollar on the open market in Tehran. Harbor Tribune.",
        // A person set off by a description, and where the words are.
        "Ruth Avery, a former member of the group, interviewed by the author in Tirana.",
        "Ruth Avery, a former member of the group, cited in Harbor News.",
        // An outlet set off by a description, then when it was read.
        "Tehran Desk, a news site of the exile press, accessed 3 May 2012.",
        // A link, then a remark on it.
        "http://www.geocities.com/Area51/Vault/1234/ (GeoCities was shut down in 2009; this page is gone.)",
        // Authors with their initials, then a title that reads as a sentence.
        "Zeberg, H. & Pääbo, S. The major genetic risk factor for severe COVID-19 is inherited from Neanderthals. Nature 587, 610–612 (2020).",
        "Hoffmann M, Mösbauer K, Kaul A, et al. Chloroquine does not inhibit infection of human lung cells with SARS-CoV-2. Nature. 2020;585:588-90.",
        // Authors, then a title with the verbs of a clause.
        "Patel M. Measles cases reported in schools and outbreaks linked to travel among unvaccinated children. Pediatrics. 2019;144(2):e20190123.",
        "Centers for Disease Control and Prevention. Measles cases reported in schools and linked to travel. MMWR. 2019;68:1-5.",
        // An adjective in the past tense after an article.
        "Ann Lowe, The Colonel's Army: how Malik changed his movement from armed revolutionaries to an armed cult, Harbor Press, 2003.",
    ];
    for text in citations {
        assert_eq!(extract_fields(text).kind, Kind::Citation, "{text}");
    }
}

#[test]
fn ibid_forms_are_repeats_with_author_and_pages() {
    let cases: &[(&str, Option<&str>, bool, Option<&str>)] = &[
        ("Ibid", None, false, None),
        ("Ibid.", None, false, None),
        ("ibid., p. 40", None, false, Some("40")),
        ("Ibidem, pp. 12-14.", None, false, Some("12-14")),
        ("Id.", None, false, None),
        ("Id. at 22.", None, false, Some("22")),
        ("See id. at 742.", None, false, Some("742")),
        ("See also Smith, op. cit., p. 3", Some("Smith"), true, Some("3")),
        ("Ibid. 101.", None, false, Some("101")),
        ("op. cit.", None, true, None),
        ("loc. cit.", None, true, None),
        ("Marlowe, Quentin. Ibid", Some("Marlowe, Quentin"), false, None),
        ("Smith, op. cit., p. 3", Some("Smith"), true, Some("3")),
        ("Ebd., S. 45.", None, false, Some("45")),
        ("Ebenda.", None, false, None),
        ("Ibíd., p. 50.", None, false, Some("50")),
        ("Íbid., p. 52.", None, false, Some("52")),
        ("Ídem, p. 47.", None, false, Some("47")),
        ("Idem, 1245.", None, false, Some("1245")),
        ("Ivi, p. 153.", None, false, Some("153")),
        ("Idem, ibidem, p. 66.", None, false, Some("66")),
        ("Id., ibid.", None, false, None),
        ("Id. at 728 (Stewart, J., concurring).", None, false, Some("728")),
        ("Id. art. 2(2).", None, false, None),
        ("Id. para. 3.", None, false, None),
        ("Id., Art. 51.", None, false, None),
        ("Id., Ch. V.", None, false, None),
        ("Weber, a. a. O., S. 36.", Some("Weber"), true, Some("36")),
        ("Kerr, supra note 3, at 562.", Some("Kerr"), true, None),
        ("Zola, art. cit.", Some("Zola"), true, None),
        // In italics as plain-text books set them.
        ("Blades, _op. cit._, p. 53.", Some("Blades"), true, Some("53")),
        ("Humphreys, _ibid._, p. 88.", Some("Humphreys"), false, Some("88")),
        ("*Ibid.*, p. 9.", None, false, Some("9")),
        // As translated from Persian notes.
        ("Same source", None, false, None),
        ("Same source, p. 8.", None, false, Some("8")),
        ("The same source, p. 8.", None, false, Some("8")),
        // The year after the author, and `et al.`, as short notes write them.
        (
            "Rhodes 1986, op. cit., p. 425.",
            Some("Rhodes"),
            true,
            Some("425"),
        ),
        (
            "Cepeda et al., op. cit., p. 12.",
            Some("Cepeda et al."),
            true,
            Some("12"),
        ),
    ];
    for (text, author, op_cit, pages) in cases {
        let fields = extract_fields(text);
        let repeat = fields.repeat.clone();
        assert_eq!(
            repeat,
            Some(Repeat {
                author: author.map(str::to_string),
                op_cit: *op_cit,
                pages: pages.map(str::to_string),
                note: text.contains("supra").then_some(3),
            }),
            "{text}"
        );
        assert!(fields.title.is_none(), "{text}");
        let expected_authors: Vec<String> = author.iter().map(|a| a.to_string()).collect();
        assert_eq!(fields.authors, expected_authors, "{text}");
    }
}

#[test]
fn a_title_containing_ibid_is_not_a_repeat() {
    let fields = extract_fields("Smith, J. (2001). Ibid and its uses in law. Legal Studies, 3, 1-9.");
    assert!(fields.repeat.is_none());
}

#[test]
fn leading_citation_numbers_are_stripped() {
    for label in ["[13] ", "60. ", "12) ", "[7]"] {
        let text = format!("{label}Tillery, Maud. \"Canal Tolls Rise.\" LWS 8 April 2013.");
        let fields = extract_fields(&text);
        assert_eq!(fields.authors, ["Tillery, Maud"], "{text}");
        assert_eq!(fields.title.as_deref(), Some("Canal Tolls Rise"), "{text}");
    }
}

#[test]
fn trailing_biography_after_a_blank_line_is_not_read() {
    let fields = extract_fields(
        "Marlowe, Quentin. \"Hunting Witnesses.\" *Harbour Policy Institute* (23 May 2012): Web. 7 Feb 2013.\n\n\nQuentin Marlowe is a respected commentator on U.K. inland shipping, the North Sea and the Baltic ports, and freight pricing. He left the port authority in 2006 because of quarrels over its tendering rules.",
    );
    assert_eq!(fields.container.as_deref(), Some("Harbour Policy Institute"));
    assert_eq!(fields.date.as_deref(), Some("2012-05-23"));
    assert_eq!(fields.kind, Kind::Citation);
}

#[test]
fn citation_spread_over_blank_lines_is_read_whole() {
    let fields = extract_fields(
        "Trevelyan, Osgood, Miriam Tolliver, and Ansel Crabtree.\n\n\"A Ferry Dilemma.\" *KELP Coastal Transport\n\nStudies Unit* (2011): Web. 9 Jan 2012.",
    );
    assert_eq!(
        fields.authors,
        ["Trevelyan, Osgood", "Tolliver, Miriam", "Crabtree, Ansel"]
    );
    assert_eq!(fields.title.as_deref(), Some("A Ferry Dilemma"));
    assert_eq!(
        fields.container.as_deref(),
        Some("KELP Coastal Transport Studies Unit")
    );
    assert_eq!(fields.date.as_deref(), Some("2011"));
    assert_eq!(fields.accessed.as_deref(), Some("2012-01-09"));
}

#[test]
fn nothing_panics_on_any_prefix_or_odd_input() {
    let samples = [
        "Smith, John.”A Title Here.”Example Times 14 March 2011: Web. 22 Sep 2012. <http://203.0.113.57/x>",
        "« é » ” “ \" ' ‘ ’ * ** *a* <http://x/\ny> (((( )))) [[[ ]]] ... … ——— 2009-13-45 31 Febuary 9999",
        "ｆｕｌｌｗｉｄｔｈ 日本語の参考文献 2010年 ＂引用＂ 🙂 Łódź, Ż. (2001). Tytuł. Czasopismo, 1(2), 3–4.",
        "Ibid., p.",
        "(",
        ")",
        ",",
        ".",
        "“",
        "*",
        "<",
        "http://",
        "doi:",
        "In:",
        "et al.",
    ];
    for sample in samples {
        for (i, _) in sample.char_indices() {
            let _ = extract_fields(sample.get(..i).unwrap_or(""));
            let _ = extract_fields(sample.get(i..).unwrap_or(""));
        }
        let _ = extract_fields(sample);
    }
}

#[test]
fn long_pathological_input_stays_fast() {
    let long = [
        "A. ".repeat(5000),
        "*".repeat(20_000),
        "\"".repeat(20_000),
        "http://x.com/ ".repeat(2000),
        "Smith, J., ".repeat(3000),
        "(2009) ".repeat(3000),
        ". ".repeat(10_000),
    ];
    let started = std::time::Instant::now();
    for text in &long {
        let _ = extract_fields(text);
    }
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn pages_after_a_journals_colon_name_no_publisher() {
    // Wikipedia's journal citation without a volume: `Journal: pages.`
    let fields = extract_fields(
        "Kulik, Leonid (1927). \"On the history of the bolide of 1908 June 30\". Doklady Akademii Nauk SSSR: 393–398.",
    );
    assert_eq!(fields.container.as_deref(), Some("Doklady Akademii Nauk SSSR"));
    assert_eq!(fields.publisher, None);
    assert_eq!(fields.pages.as_deref(), Some("393–398"));
    // A city and its publisher still read as such.
    let book = extract_fields(
        "Kuhn, Thomas S. The Structure of Scientific Revolutions. Chicago: University of Chicago Press, 1962.",
    );
    assert_eq!(book.publisher.as_deref(), Some("University of Chicago Press"));
}

#[test]
fn an_edition_or_a_books_volume_after_the_title_is_no_container() {
    let cases: &[(&str, &str)] = &[
        (
            "Kuhn, Thomas S. The Structure of Scientific Revolutions. 2nd ed. Chicago: University of Chicago Press, 1970.",
            "University of Chicago Press",
        ),
        (
            "Knuth, Donald E. The Art of Computer Programming. Vol. 1. 3rd edn. Reading, MA: Addison-Wesley, 1997.",
            "Addison-Wesley",
        ),
    ];
    for (entry, publisher) in cases {
        let fields = extract_fields(entry);
        assert_eq!(fields.publisher.as_deref(), Some(*publisher), "{entry}");
        assert_eq!(fields.container.as_deref(), Some(*publisher), "{entry}");
    }
}

#[test]
fn a_notes_edition_after_the_title_is_no_part_of_it() {
    for entry in [
        "Charles Darwin, On the Origin of Species, 2nd edn (London: John Murray, 1860), p. 84.",
        "Charles Darwin, On the Origin of Species, 2nd ed. (London: Murray, 1860).",
        "Charles Darwin, On the Origin of Species, revised edition (London: John Murray, 1860).",
    ] {
        let fields = extract_fields(entry);
        assert_eq!(
            fields.title.as_deref(),
            Some("On the Origin of Species"),
            "{entry}"
        );
    }
}

#[test]
fn an_agencys_numbered_document_is_the_agencys() {
    let fields = extract_fields(
        "FERC, Order No. 693, Mandatory Reliability Standards for the Bulk-Power System, 118 FERC ¶ 61,218 (2007).",
    );
    assert_eq!(fields.authors, ["FERC"]);
    assert_eq!(fields.title.as_deref(), Some("Order No. 693"));
    // A work's number in a person's title is the title's.
    let fields = extract_fields(
        "Roe, Jane. Symphony No. 2, Reconsidered: Mahler's Resurrection in Performance. Oxford University Press, 2011.",
    );
    assert_eq!(
        fields.title.as_deref(),
        Some("Symphony No. 2, Reconsidered: Mahler's Resurrection in Performance")
    );
}

#[test]
fn a_city_then_its_publisher_after_commas_is_no_container() {
    // French and Spanish notes: `Title, City, Publisher, Year`.
    let fields = extract_fields(
        "Richard Rhodes, The Making of the Atomic Bomb, New York, Simon & Schuster, 1986, p. 425.",
    );
    assert_eq!(fields.title.as_deref(), Some("The Making of the Atomic Bomb"));
    assert_eq!(fields.publisher.as_deref(), Some("Simon & Schuster"));
    // A city not known, when the publisher's name says it is one.
    let fields = extract_fields("Michael King, Death of the Rainbow Warrior, Auckland, Penguin Books, 1986.");
    assert_eq!(fields.container.as_deref(), Some("Penguin Books"));
    // A periodical before its publisher is the container.
    let fields = extract_fields(
        "Roe, Jane. \"The Case for Remote Teams.\" Harvard Business Review, Harvard Business Publishing, 2019.",
    );
    assert_eq!(fields.container.as_deref(), Some("Harvard Business Review"));
    // A journal named after a city is still the container.
    let article = extract_fields("Roe, Jane. \"A study.\" New York Review of Books, 12 May 2011.");
    assert_eq!(article.container.as_deref(), Some("New York Review of Books"));
}

#[test]
fn government_documents_give_their_body_title_and_date() {
    let f = extract_fields("The White House, “Remarks by the President on Iran,” May 8, 2018.");
    assert_eq!(f.authors, ["The White House"]);
    assert_eq!(f.title.as_deref(), Some("Remarks by the President on Iran"));
    // The body of the organisation that wrote it, and a document's code.
    let f = extract_fields(
        "International Atomic Energy Agency, Board of Governors, “Implementation of the NPT Safeguards Agreement,” GOV/2011/65, 8 November 2011.",
    );
    assert_eq!(f.authors, ["International Atomic Energy Agency"]);
    assert_eq!(
        f.title.as_deref(),
        Some("Implementation of the NPT Safeguards Agreement")
    );
    assert_eq!(f.date.as_deref(), Some("2011-11-08"));
    // A document's name first is its title, not a person.
    let f = extract_fields("Joint Comprehensive Plan of Action, Vienna, 14 July 2015.");
    assert!(f.authors.is_empty(), "{:?}", f.authors);
    assert_eq!(f.title.as_deref(), Some("Joint Comprehensive Plan of Action"));
    // A person, then where the work appeared, then its quoted title.
    let f = extract_fields(
        "Hall KD et al. (2019), Cell Metabolism, \"Ultra-processed diets cause weight gain\".",
    );
    assert_eq!(
        f.title.as_deref(),
        Some("Ultra-processed diets cause weight gain")
    );
    assert_eq!(f.container.as_deref(), Some("Cell Metabolism"));
}

#[test]
fn visited_or_checked_before_a_year_in_a_title_is_no_accessed_date() {
    for text in [
        "Roe, Jane. \"Cities Visited 1998 to 2004: A Diary.\" Travel Quarterly 12 (2006): 3-19.",
        "Doe, Ken. \"Every Claim Checked: 2016 in Review.\" Fact Desk, 10 January 2017.",
    ] {
        assert_eq!(extract_fields(text).accessed, None, "{text}");
    }
}

#[test]
fn an_entry_that_opens_with_its_address_keeps_the_headline_after_it() {
    let f = extract_fields(
        "https://www.bbc.com/news/world-49123456 Iran's leader says there will be no talks with the United States.",
    );
    assert!(f.title.is_some_and(|t| t.starts_with("Iran's leader says")));
}

#[test]
fn a_source_label_before_each_note_is_no_part_of_its_author() {
    let f = extract_fields("Source: Anne Singleton, Saddam’s Private Army (Iran-Interlink, 2003).");
    assert_eq!(f.authors, ["Singleton, Anne"]);
    // A title that starts with the word is kept whole.
    let f = extract_fields("Klein, Gary. Sources of Power: How People Make Decisions. MIT Press, 1998.");
    assert!(f.title.is_some_and(|t| t.starts_with("Sources of Power")));
    assert_eq!(
        super::entry_text::citation_part("Source Water Protection. WHO, 2019."),
        "Source Water Protection. WHO, 2019."
    );
}

#[test]
fn a_place_a_page_or_a_weekday_is_no_container_or_title() {
    // Where and when a book was published, its publisher left out.
    let book = extract_fields("K Zetter, Countdown to Zero Day, New York 2014, p. 96.");
    assert_eq!(book.title.as_deref(), Some("Countdown to Zero Day"));
    assert_eq!((book.container, book.pages.as_deref()), (None, Some("96")));
    // A page after the date.
    let news = extract_fields("Tehran Times, 12 January 2012, p. 1.");
    assert_eq!((news.title, news.container), (None, None));
    assert_eq!(news.pages.as_deref(), Some("1"));
    let report = extract_fields(
        "Human Rights Watch, “No Exit: Human Rights Abuses Inside the MKO Camps”, May 2005, p. 5.",
    );
    assert_eq!(report.container, None);
    // The day's name before the date.
    let dated = extract_fields("Tehran Times, Tuesday, January 17, 2012");
    assert_eq!((dated.title, dated.date.as_deref()), (None, Some("2012-01-17")));
    // A byline's word before the author.
    let by = extract_fields("By Seymour M. Hersh, “Our Men in Iran?”, The New Yorker, 6 April 2012.");
    assert_eq!(by.authors, ["Hersh, Seymour M."]);
    assert_eq!(by.title.as_deref(), Some("Our Men in Iran?"));
    assert_eq!(by.container.as_deref(), Some("The New Yorker"));
    // `By` opening a title.
    let title = extract_fields(
        "By Way of Deception: The Making of a Mossad Officer (New York: St. Martin's Press, 1990).",
    );
    assert_eq!(
        title.title.as_deref(),
        Some("By Way of Deception: The Making of a Mossad Officer")
    );
}

#[test]
fn a_countrys_letters_before_a_body_open_an_organisation_not_a_person() {
    let f = extract_fields(
        "U.S. Department of State, “Delisting of the Mujahedin-e Khalq,” Media Note, 28 September 2012.",
    );
    assert_eq!(f.authors, ["U.S. Department of State"]);
    assert_eq!(f.title.as_deref(), Some("Delisting of the Mujahedin-e Khalq"));
    // A person's initials before a name stay a person's.
    let person = extract_fields("J.R. Hall, “A Title of Some Length,” Journal of Things, 2001.");
    assert_eq!(person.authors, ["Hall, J.R."]);
}

#[test]
fn a_comma_after_the_name_that_follows_and_ends_the_author_list() {
    for (entry, title) in [
        (
            "Stephen Schlesinger & Stephen Kinzer, Bitter Fruit: The Story of the American Coup in Guatemala (New York: Doubleday, 1982).",
            "Bitter Fruit: The Story of the American Coup in Guatemala",
        ),
        (
            "Karl Marx and Friedrich Engels, Manifesto of the Communist Party (London: William Reeves, 1888).",
            "Manifesto of the Communist Party",
        ),
    ] {
        let fields = extract_fields(entry);
        assert_eq!(fields.authors.len(), 2, "{entry}: {:?}", fields.authors);
        assert_eq!(fields.title.as_deref(), Some(title), "{entry}");
    }
    // A suffix after the last name is still the name's.
    let fields = extract_fields(
        "Coretta Scott King and Martin Luther King, Jr., The Words of Martin Luther King (New York: Newmarket, 1983).",
    );
    assert_eq!(fields.title.as_deref(), Some("The Words of Martin Luther King"));
}

#[test]
fn two_names_after_initials_that_end_the_name_are_one_family_name() {
    let fields = extract_fields(
        "Joshua R. Itzkowitz Shifrinson, \"Deal or No Deal? The End of the Cold War and the U.S. Offer to Limit NATO Expansion,\" International Security 40, no. 4 (Spring 2016): 7–44.",
    );
    assert_eq!(fields.authors, ["Itzkowitz Shifrinson, Joshua R."]);
    assert_eq!(
        fields.title.as_deref(),
        Some("Deal or No Deal? The End of the Cold War and the U.S. Offer to Limit NATO Expansion")
    );
    // An institution named for a person is no family name.
    let fields = extract_fields("Harry S. Truman Library, \"Memorandum for the President,\" 12 May 1950.");
    assert!(
        fields.authors.iter().all(|a| !a.contains("Library,")),
        "{:?}",
        fields.authors
    );
    // Without an initial, the last name alone is the family.
    assert_eq!(
        authors_of("Kenneth Pollack, The Threatening Storm (New York: Random House, 2002)."),
        ["Pollack, Kenneth"]
    );
}

#[test]
fn a_string_of_authorities_is_read_for_its_first_and_keeps_the_others_writers() {
    let f = extract_fields(
        "Eric Goldman, Why Section 230 Is Better Than the First Amendment, 95 Notre Dame L. Rev. Reflection 33 (2019); \
         cf. Danielle Keats Citron & Benjamin Wittes, The Internet Will Not Break, 86 Fordham L. Rev. 401 (2017).",
    );
    assert_eq!(f.authors, ["Goldman, Eric"]);
    assert_eq!(
        f.title.as_deref(),
        Some("Why Section 230 Is Better Than the First Amendment")
    );
    assert_eq!(f.date.as_deref(), Some("2019"));
    assert_eq!(f.further_authors, ["Citron, Danielle Keats", "Wittes, Benjamin"]);
    // A case after `see` wipes nothing of the book before it.
    let f = extract_fields(
        "Jeff Kosseff, The Twenty-Six Words That Created the Internet 57–79 (2019); see Reno v. ACLU, 521 U.S. 844 (1997).",
    );
    assert_eq!(f.authors, ["Kosseff, Jeff"]);
    assert_eq!(f.date.as_deref(), Some("2019"));
    assert!(f.further_authors.is_empty(), "{f:?}");
    // A semicolon with no signal after it is the one authority's.
    let f = extract_fields("Roe, Jane. A Book. Oxford: Spire, 2001; reprinted 2010.");
    assert_eq!(f.authors, ["Roe, Jane"]);
    assert!(f.further_authors.is_empty(), "{f:?}");
}

#[test]
fn a_year_in_a_notes_subtitle_is_no_date() {
    let f = extract_fields(
        "Hans-Hermann Hertle, Chronik des Mauerfalls. Die dramatischen Ereignisse um den 9. November 1989, Berlin: Ch. Links 1996, S. 141.",
    );
    assert_eq!(f.date.as_deref(), Some("1996"));
    let f = extract_fields(
        "Jean-Paul Scot, « L'État chez lui, l'Église chez elle ». Comprendre la loi de 1905, Paris, Seuil, 2005, p. 243.",
    );
    assert_eq!(f.date.as_deref(), Some("2005"));
    // A year standing alone after the title is the first edition's; an
    // outlet's date is its own, updated or reprinted later.
    let f = extract_fields("Greene, Graham. Ways of Escape. 1980. New York: Penguin, 1982.");
    assert_eq!(f.date.as_deref(), Some("1980"));
    let f = extract_fields("Roe, Jane. \"Heat.\" BBC News 12 July 2022, updated 14 July 2022.");
    assert_eq!(f.date.as_deref(), Some("2022-07-12"));
    let f = extract_fields(
        "Roe, Jane. \"Heat.\" Daily Planet 3 May 2001, p. 4, reprinted in Heat Essays, London, 2010.",
    );
    assert_eq!(f.date.as_deref(), Some("2001-05-03"));
}

#[test]
fn a_titles_article_after_an_initial_is_no_initial() {
    let f = extract_fields(
        "SEVCENKO, N. A Revolta da Vacina: mentes insanas em corpos rebeldes. São Paulo: Brasiliense, 1984.",
    );
    assert_eq!(f.authors, ["SEVCENKO, N."]);
    assert_eq!(
        f.title.as_deref(),
        Some("A Revolta da Vacina: mentes insanas em corpos rebeldes")
    );
    // Initials, with their periods or without, stay initials.
    assert_eq!(
        authors_of("Doe, J. A. A Study of Things. Oxford, 2001."),
        ["Doe, J. A."]
    );
}

#[test]
fn the_medium_in_brackets_is_no_field() {
    let f = extract_fields(
        "Case Western Reserve University Bearing Data Center. [Online]. Available: https://engineering.case.edu/bearingdatacenter",
    );
    assert_eq!(f.title, None);
    let f = extract_fields("World Health Organization. Lead poisoning [Internet]. Geneva: WHO; 2019.");
    assert_eq!(
        (f.title.as_deref(), f.container.as_deref()),
        (Some("Lead poisoning"), Some("WHO"))
    );
}

#[test]
fn a_note_that_thanks_someone_is_a_note() {
    let f = extract_fields(
        "Associate Professor of Law, Harrow State University School of Law. I thank the workshop participants for comments.",
    );
    assert_eq!(f.kind, Kind::Note);
    // A citation with thanks after it is a citation.
    let f = extract_fields(
        "Jane Roe, The Census (Oxford: Clarendon, 2001), 12. I thank Professor Roe for her help.",
    );
    assert_eq!(f.kind, Kind::Citation);
    assert_eq!(f.authors, ["Roe, Jane"]);
}

#[test]
fn a_law_has_no_author_but_a_title_that_names_one_keeps_its_writers() {
    assert!(authors_of("Inflation Reduction Act of 2022, Pub. L. No. 117-169, 136 Stat. 1818.").is_empty());
    assert_eq!(
        authors_of(
            "John Bistline, \"Economic Implications of the Inflation Reduction Act of 2022,\" NBER Working Paper 31267 (2023)."
        ),
        ["Bistline, John"]
    );
}

#[test]
fn two_full_names_before_a_period_are_two_writers() {
    assert_eq!(
        authors_of("Steven Levitsky, Daniel Ziblatt. How Democracies Die. New York: Crown, 2018."),
        ["Levitsky, Steven", "Ziblatt, Daniel"]
    );
}

#[test]
fn initials_dated_as_an_author_are_an_organisation() {
    assert_eq!(
        authors_of("USGS (2024), Mineral Commodity Summaries 2024, p. 78."),
        ["USGS"]
    );
    assert_eq!(authors_of("NASA (2019). Title of things. Washington."), ["NASA"]);
}

#[test]
fn vancouver_names_keep_an_ordinal_suffix_and_four_initials() {
    assert_eq!(
        authors_of(
            "Buysse DJ, Reynolds CF 3rd, Monk TH, Berman SR, Kupfer DJ. The Pittsburgh Sleep Quality Index. Psychiatry Res. 1989;28(2):193-213."
        ),
        [
            "Buysse, DJ",
            "Reynolds, CF",
            "Monk, TH",
            "Berman, SR",
            "Kupfer, DJ"
        ]
    );
    assert_eq!(
        authors_of(
            "Scheel AM, Schijen MRMJ, Lakens D. An excess of positive results. Adv Methods Pract Psychol Sci. 2021;4(2):1-12."
        ),
        ["Scheel, AM", "Schijen, MRMJ", "Lakens, D."]
    );
}

#[test]
fn a_body_whose_name_opens_with_a_nations_adjective_is_not_turned_round() {
    assert_eq!(
        authors_of(
            "American Bird Conservancy, \"Wind Energy,\" accessed Oct. 10, 2026, https://abcbirds.org/program/wind-energy/"
        ),
        ["American Bird Conservancy"]
    );
    // Not a headline that opens so.
    let fields = extract_fields("American Airlines Cancels Thousands of Flights, Reuters, 12 June 2022.");
    assert!(fields.authors.is_empty(), "{:?}", fields.authors);
}

#[test]
fn a_body_whose_name_ends_in_a_collective_word_is_not_turned_round() {
    for text in [
        "R Core Team. R: a language and environment for statistical computing. Vienna: R Foundation for Statistical Computing; 2023.",
        "R Core Team (2023). R: A language and environment for statistical computing. Vienna: R Foundation.",
    ] {
        assert_eq!(authors_of(text), ["R Core Team"], "{text}");
    }
}
#[test]
fn a_vancouver_name_before_a_title_with_a_colon_keeps_the_title_out() {
    assert_eq!(
        authors_of(
            "Hopkins A. Disastrous Decisions: The Human and Organisational Causes of the Gulf of Mexico Blowout. Sydney: CCH Australia; 2012."
        ),
        ["Hopkins, A."]
    );
    // A given name, an initial and a family name before the colon, as
    // German styles write an author.
    for (text, author) in [
        (
            "Peter J. Katzenstein: Policy and Politics in West Germany. Philadelphia: Temple University Press, 1987.",
            "Katzenstein, Peter J.",
        ),
        (
            "Ursula K. Le Guin: The Left Hand of Darkness. New York: Ace, 1969.",
            "Le Guin, Ursula K.",
        ),
    ] {
        assert_eq!(authors_of(text), [author], "{text}");
    }
}

#[test]
fn underscores_around_a_title_set_it_in_italics() {
    let fields = extract_fields(
        "Blades, W. _The Life and Typography of William Caxton._ 2 vols. London: J. Lilly, 1861-1863.",
    );
    assert_eq!(
        fields.title.as_deref(),
        Some("The Life and Typography of William Caxton")
    );
    assert_eq!(fields.date.as_deref(), Some("1861"));
    // A title in italics after a name and its comma, however like a name
    // it reads.
    let fields = extract_fields("Tacitus, *Annals*, 15.38.");
    assert_eq!(fields.authors, ["Tacitus"]);
    assert_eq!(fields.title.as_deref(), Some("Annals"));
    let fields = extract_fields("Varro, _Res Rusticae_, iii. 16. 4.");
    assert_eq!(fields.authors, ["Varro"]);
    assert_eq!(fields.title.as_deref(), Some("Res Rusticae"));
    // Family names alone, joined by `and`, before a title in italics.
    let fields = extract_fields(
        "Conington and Nettleship, _The Works of Virgil, with a Commentary_, vol. i. (London, 1881).",
    );
    assert_eq!(fields.authors, ["Conington,", "Nettleship,"]);
    assert_eq!(
        fields.title.as_deref(),
        Some("The Works of Virgil, with a Commentary")
    );
    // Not the underscores inside a word or an address.
    let fields =
        extract_fields("Roe, Jane. The snake_case Style. London: Verso, 2001. https://example.org/a_b_c");
    assert_eq!(fields.title.as_deref(), Some("The snake_case Style"));
    assert_eq!(
        fields.urls.first().map(|u| u.repaired.as_str()),
        Some("https://example.org/a_b_c")
    );
}

#[test]
fn an_organisations_initials_before_a_comma_and_a_title_are_its_author() {
    let fields = extract_fields(
        "GAO, A Framework for Managing Fraud Risks in Federal Programs, GAO-15-593SP (Washington, D.C.: July 2015).",
    );
    assert_eq!(fields.authors, ["GAO"]);
    assert_eq!(
        fields.title.as_deref(),
        Some("A Framework for Managing Fraud Risks in Federal Programs")
    );
    // Not a family name in capitals before its initials or given names.
    assert_eq!(
        authors_of("LERCHE, A., VYBERG, M., et KIRKEGAARD, E. Acute cholangitis. Histopathology, 1987."),
        ["LERCHE, A.", "VYBERG, M.", "KIRKEGAARD, E."]
    );
    assert_eq!(authors_of("WHO, Global Tuberculosis Report, 2022."), ["WHO"]);
    for (text, author) in [
        (
            "SMITH, J. A. Harbour Towns of the North. London: Verso, 2001.",
            "SMITH, J. A.",
        ),
        (
            "LERCHE, A. Acute cholangitis and pancreatitis. Histopathology, 1987.",
            "LERCHE, A.",
        ),
    ] {
        assert_eq!(authors_of(text), [author], "{text}");
    }
}
