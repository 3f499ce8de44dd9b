use super::*;

fn line(number: usize, text: &str) -> Line {
    Line::of_test(number, text, 0)
}

#[test]
fn a_job_number_glued_to_a_word_is_split_off() {
    let (head, job) =
        at_job_number("and road maps in the context of the multi25-16680 (E)").expect("glued");
    assert_eq!(head, "and road maps in the context of the multi");
    assert_eq!(job, "25-16680 (E)");
    assert!(at_job_number("25-16680 (E)").is_none());
    assert!(at_job_number("resolution 70/1 (2015)").is_none());
}

#[test]
fn a_compound_of_two_words_of_the_text_is_hyphened_back() {
    // `pdftotext` of A/RES/80/118 in French (Chromium's print): lines 195 to 200 and 476
    // to 478 of its non-empty lines. `femmes-hommes` is written nowhere else.
    let text = [
        "développement de ces technologies par des femmes, notamment dans l’enseignement, l’emploi et d’autres domaines",
        "touchant le développement économique et social, et se félicitant à cet égard des nombreuses initiatives, telles que la",
        "Journée internationale des jeunes filles dans le secteur des technologies de l’information et des communications,",
        "lancée par l’Union internationale des télécommunications, et Égaux : le partenariat mondial pour l’égalité femmeshommes à l’ère numérique, qui mettent l’accent sur l’accès, les compétences et l’esprit d’initiative comme moyens",
        "de promouvoir la participation égale et l’avancement des femmes et des filles à l’ère numérique,",
        "Notant également avec une vive préoccupation que de nombreux pays en développement n’ont pas de",
        "hommes utilisent Internet, contre 65 pour cent des femmes, et que, dans les pays les moins avancés, seulement 29",
        "pour cent des femmes utilisent Internet, contre 41 pour cent des hommes, et invite à cet égard toutes les parties",
        "prenantes à combler le fossé numérique qui existe entre les femmes et les hommes, à faire en sorte que toutes les",
    ];
    let lines: Vec<Line> = text
        .iter()
        .enumerate()
        .map(|(i, t)| line(i + 1, t))
        .collect();
    let mut warnings = Vec::new();
    let out = restore(lines.clone(), &mut warnings);
    assert_eq!(out.len(), text.len() + 1);
    assert!(
        out[3].text.ends_with("l’égalité femmes-"),
        "{}",
        out[3].text
    );
    assert!(out[4].text.starts_with("hommes à l’ère"), "{}", out[4].text);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].message.contains("read as `femmes-hommes` (each half a word of the text, the two joined written nowhere else)"),
        "{warnings:?}"
    );
    // Without `hommes` elsewhere no word tells where: read as it stands, said.
    let alone: Vec<Line> = lines.into_iter().take(6).collect();
    let mut warnings = Vec::new();
    let out = restore(alone, &mut warnings);
    assert_eq!(out.len(), 6);
    assert!(
        warnings[0].message.contains("no word in it tells where"),
        "{warnings:?}"
    );
}

#[test]
fn a_first_part_the_text_writes_with_a_hyphen_says_where() {
    // `pdftotext` of A/RES/74/197 in English (Chromium's print): lines 234, 273 and 370 to
    // 380. `non-discriminatory` is written nowhere else, `non-` twice: was read as it
    // stands, `nondiscriminatory`.
    let text = [
        "Governments, regional commissions and other stakeholders, including non-governmental organizations and the",
        "this regard notes that small and non-profit community operators, as appropriate and among others, can provide these",
        "36. Recognizes the importance of assisting developing countries, in particular the least developed countries,",
        "to address the challenges and opportunities in relation to the use of the Internet and e-commerce to develop their",
        "international trade capacities, among other things;",
        "37. Also recognizes the importance of the free flow of information and knowledge, as the amount of",
        "information distributed worldwide grows and the role of communication becomes all the more important, and",
        "acknowledges that the mainstreaming of information and communications technologies in school curricula, open",
        "access to data, the fostering of competition, the creation of transparent, predictable, independent and nondiscriminatory regulatory and legal systems, proportionate taxation and licensing fees, access to finance, the",
        "facilitation of public-private partnerships, multi-stakeholder cooperation, national and regional broadband strategies,",
        "efficient allocation of the radio frequency spectrum, infrastructure-sharing models, community-based approaches",
        "and public access facilities have in many countries facilitated significant gains in connectivity and sustainable",
        "development;",
    ];
    let lines: Vec<Line> = text
        .iter()
        .enumerate()
        .map(|(i, t)| line(i + 1, t))
        .collect();
    let mut warnings = Vec::new();
    let out = restore(lines, &mut warnings);
    assert_eq!(out.len(), text.len() + 1);
    assert!(
        out[8].text.ends_with("independent and non-"),
        "{}",
        out[8].text
    );
    assert!(
        out[9].text.starts_with("discriminatory regulatory"),
        "{}",
        out[9].text
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].line, 9);
    assert!(
        warnings[0].message.contains(
            "read as `non-discriminatory` (its first part written with a hyphen elsewhere in the text"
        ),
        "{warnings:?}"
    );
}

#[test]
fn two_years_glued_are_a_span() {
    // `pdftotext` of A/RES/80/118 in Spanish (LibreOffice's print): lines 166 to 175. The
    // text writes `2024-2034` nowhere else: was read as it stands, `20242034`.
    let text = [
        "Reconociendo que el Programa de Acción de Doha en favor de los Países Menos Adelantados1212,",
        "el Programa de Acción de Avaza para los Países en Desarrollo sin Litoral para el Decenio 202420341313 y la Agenda de Antigua y Barbuda para los Pequeños Estados Insulares en Desarrollo: una",
        "declaración renovada para una prosperidad resiliente1414 tienen como objetivo aprovechar el",
        "potencial de la ciencia, la tecnología y la innovación para hacer frente a los problemas de desarrollo",
        "sostenible de los países menos adelantados, los países en desarrollo sin litoral y los pequeños",
        "Estados insulares en desarrollo, respectivamente,",
        "Observando el llamamiento a que se sigan presentando al Consejo Económico y Social informes",
        "anuales sobre la aplicación de los resultados de la Cumbre Mundial sobre la Sociedad de la",
        "Información, por conducto de la Comisión de Ciencia y Tecnología para el Desarrollo, y",
    ];
    let lines: Vec<Line> = text
        .iter()
        .enumerate()
        .map(|(i, t)| line(i + 1, t))
        .collect();
    let mut warnings = Vec::new();
    let out = restore(lines, &mut warnings);
    assert_eq!(out.len(), text.len() + 1);
    assert!(out[1].text.ends_with("el Decenio 2024-"), "{}", out[1].text);
    assert!(out[2].text.starts_with("20341313 y la"), "{}", out[2].text);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].line, 2);
    assert!(
        warnings[0]
            .message
            .contains("read as `2024-20341313` (two years, the second later: a span)"),
        "{warnings:?}"
    );
    assert!(!years("2034", "2024"));
    assert!(!years("1024", "2034"));
    // A note's mark, typed twice or not, after the second year; not a number of its own.
    assert!(years("2024", "2034") && years("2024", "203413") && years("2024", "20341313"));
    assert!(!years("1998", "20013470") && !years("2024", "20341314"));
}

#[test]
fn a_dropped_hyphen_is_put_back_where_the_text_writes_one() {
    // `pdftotext` of A/RES/80/118 (Chromium's print): lines 82 to 84.
    let text = [
        "multidimensional approach that includes speed, stability, affordability, language, training, capacity-building, local",
        "content and accessibility for persons with disabilities,",
        "Taking note of the report of the Secretary-General on the progress made in the implementation of and followup to the outcomes of the World Summit on the Information Society at the regional and international levels,11",
        "Recalling the report on the economic impact of broadband in the least developed countries, landlocked",
        "of 28 July 2006, as the focal point in the system-wide follow-up, in particular the review and assessment of progress",
        "made in implementing the outcomes of the World Summit,",
        "Noting also the holding of the twenty-eighth session of the Commission on Science and Technology for",
        "developing countries and small island developing States, jointly prepared by the Office of the High Representative",
        "Summit on the Information Society, through the Commission on Science and Technology for Development, to the",
        "Economic and Social Council, and reaffirming the role of the Commission, as set forth in Council resolution 2006/46",
    ];
    let lines: Vec<Line> = text
        .iter()
        .enumerate()
        .map(|(i, t)| line(i + 1, t))
        .collect();
    let mut warnings = Vec::new();
    let out = restore(lines, &mut warnings);
    assert_eq!(out.len(), text.len() + 1);
    assert!(
        out[2].text.ends_with("implementation of and follow-"),
        "{}",
        out[2].text
    );
    assert!(
        out[3].text.starts_with("up to the outcomes"),
        "{}",
        out[3].text
    );
    assert_eq!(out[3].number, 3);
    assert!(
        warnings[0].message.contains("read as `follow-up`"),
        "{warnings:?}"
    );
}

#[test]
fn two_days_glued_before_a_month_are_a_span() {
    // `pdftotext` of A/RES/80/118 in French (Chromium's print): note 18 (`9-24 novembre`),
    // line 860, with lines 851 to 859 and 861 to 864 of its notes.
    assert!(days("9", "24", " novembre 2021, vol. 1"));
    assert!(!days("92", "4", " novembre 2021"));
    assert!(!days("24", "9", " novembre"));
    assert!(!days("9", "24", " pour cent"));
    // A day of two digits is a day: `17 mai`, not `1-7 mai`.
    assert!(!days("1", "7", " mai 2019"));
}

#[test]
fn two_days_glued_in_a_note_s_wider_line_are_a_span() {
    // `pdftotext` of A/RES/80/118 in French (Chromium's print): lines 301 to 310 and note 18,
    // line 860, wider than the body's lines (smaller type): its join is past one body line's
    // width. Was read as it stands, `924 novembre`.
    let text = [
        "Réitérant l’engagement de ne laisser personne de côté, réaffirmant qu’elle considère que la dignité de la",
        "personne humaine est fondamentale et souhaite que les objectifs et cibles se concrétisent au profit de toutes les",
        "nations, de tous les peuples et de toutes les composantes de la société, et s’engageant de nouveau à s’efforcer d’aider",
        "les plus défavorisés en premier,",
        "Constatant avec une vive préoccupation que près d’un tiers de la population mondiale, essentiellement des",
        "femmes et des filles, des personnes âgées et des personnes en situation de vulnérabilité, et environ deux tiers de la",
        "population des pays les moins avancés n’utilisent pas Internet, et constatant que l’impact de la pandémie de maladie",
        "à coronavirus (COVID‑19) exacerbe les inégalités engendrées par les fractures numériques, car les plus pauvres et",
        "les plus vulnérables, qui sont les plus durement touchés, sont également ceux qui sont le plus à la traîne en matière",
        "d’accès aux technologies de l’information et des communications,",
        "Organisation des Nations Unies pour l’éducation, la science et la culture, Actes de la Conférence générale, quarante et unième session, Paris, 924 novembre 2021, vol. 1, Résolutions, annexe VII.",
    ];
    let lines: Vec<Line> = text
        .iter()
        .enumerate()
        .map(|(i, t)| line(i + 1, t))
        .collect();
    let mut warnings = Vec::new();
    let out = restore(lines, &mut warnings);
    assert_eq!(out.len(), text.len() + 1);
    assert!(out[10].text.ends_with("Paris, 9-"), "{}", out[10].text);
    assert!(
        out[11].text.starts_with("24 novembre 2021"),
        "{}",
        out[11].text
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].line, 11);
    assert!(
        warnings[0]
            .message
            .contains("read as `9-24` (two days of a month, the second later: a span)"),
        "{warnings:?}"
    );
}
