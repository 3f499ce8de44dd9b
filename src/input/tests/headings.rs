//! Section headings and formulas recognised on ITU texts in their shapes and languages (WRC,
//! Council, Recommendations; English, French, Spanish, Russian, Chinese), and what is said
//! about a heading not recognised or a numbering that jumps.

use super::*;

/// The warnings beside the one saying which language was read from the text.
fn other_warnings(imported: &Imported) -> Vec<&Warning> {
    imported
        .warnings
        .iter()
        .filter(|w| !w.message.starts_with("no language given: read as"))
        .collect()
}

/// Every heading of a fixture is recognised (no warning) and no section swallows the next.
fn imports_with_every_heading(path: &str, kinds: &[SectionKind]) -> Document {
    let imported = import_file(&repo(path), &ImportOptions::default()).expect("imports");
    assert!(warned(&imported, 1, "read as `en`"));
    assert!(
        other_warnings(&imported).is_empty(),
        "{:?}",
        imported.warnings
    );
    let doc = imported.document;
    let got: Vec<SectionKind> = doc.sections.iter().map(|s| s.kind).collect();
    assert_eq!(got, kinds);
    // Each call holds its own paragraphs: one, or the numbered items, never a heading's text.
    for s in &doc.sections {
        assert!(!s.clauses.is_empty(), "{}", s.heading);
        for c in &s.clauses {
            assert!(
                heading_kind(&c.text, doc.language).is_none(),
                "`{}` swallowed `{}`",
                s.heading,
                c.text
            );
        }
    }
    doc
}

#[test]
fn a_wrc_resolution_imports_with_every_call_recognised() {
    use SectionKind::*;
    let doc = imports_with_every_heading(
        "fixtures/import/wrc-fixture.en.txt",
        &[
            Considering,
            ConsideringFurther,
            HavingRegard,
            Recognizing,
            Emphasizing,
            Acknowledging,
            Aware,
            Convinced,
            Mindful,
            Noting,
            TakingNote,
            Welcoming,
            Reaffirming,
            Resolves,
            FurtherResolves,
            Decides,
            Invites,
            Instructs,
            Invites,
            Invites,
            Urges,
            RequestsSg,
            Encourages,
            Appeals,
            CallsUpon,
        ],
    );
    assert_eq!(doc.address(), "wrc/999@sharm-el-sheikh-2019:en");
    assert_eq!(doc.sections[16].clauses.len(), 2);
}

#[test]
fn a_council_resolution_imports_with_its_formula_and_mod_tag() {
    use SectionKind::*;
    let doc = imports_with_every_heading(
        "fixtures/import/council-fixture.en.txt",
        &[
            Recalling,
            Considering,
            Noting,
            BearingInMind,
            Decides,
            Requests,
            InstructsSg,
            Invites,
        ],
    );
    assert_eq!(doc.address(), "council/1399@mod-2016:en");
    assert_eq!(doc.revision.year, Some(2016));
    assert_eq!(doc.formula.as_deref(), Some("The Council,"));
}

#[test]
fn headings_the_issue_found_unrecognised() {
    use SectionKind::*;
    for (line, kind) in [
        ("invites administrations", Invites),
        ("invites the ITU Radiocommunication Sector", Invites),
        ("invites the Council", Invites),
        ("invites Member States", Invites),
        ("further resolves", FurtherResolves),
        ("urges Member States", Urges),
        (
            "requests the Director of the Telecommunication Standardization Bureau",
            Requests,
        ),
        ("decides", Decides),
        (
            "instructs the Director of the Radiocommunication Bureau",
            Instructs,
        ),
        ("يكلف مدير مكتب الاتصالات الراديوية", Instructs),
        ("يدعو الإدارات", Invites),
        ("وإذ يرحب", Welcoming),
        ("prie instamment les États Membres", Urges),
        ("просит Генерального секретаря", RequestsSg),
    ] {
        let lang = if line.is_ascii() {
            Language::En
        } else {
            Language::Ar
        };
        let lang = match line.chars().next() {
            Some('p') if !line.is_ascii() => Language::Fr,
            Some('п') => Language::Ru,
            _ => lang,
        };
        assert_eq!(heading::heading_kind(line, lang), Some(kind), "{line}");
    }
}

#[test]
fn an_unknown_heading_is_kept_as_other_with_a_warning() {
    let text =
        "The Council,\nconsidering\nthat x,\nproclaims solemnly\nthat y,\ndecides\n1\tto z;\n";
    let imported = import_text(text, &lenient()).expect("imports");
    let doc = &imported.document;
    assert_eq!(doc.sections.len(), 3);
    assert_eq!(doc.sections[1].kind, SectionKind::Other);
    assert_eq!(doc.sections[1].heading, "proclaims solemnly");
    assert_eq!(doc.sections[1].clauses[0].text, "that y,");
    assert!(warned(
        &imported,
        4,
        "unrecognised heading `proclaims solemnly`"
    ));
}

#[test]
fn a_decimal_jump_names_the_previous_and_expected_labels() {
    let text = "recalling\n1.10\tx;\n1.12\ty;\n";
    let imported = import_text(text, &lenient()).expect("imports");
    assert!(
        warned(
            &imported,
            3,
            "label `1.12` follows `1.10` (expected `1.11`)"
        ),
        "{:?}",
        imported.warnings
    );
}

#[test]
fn formulas_and_headings_in_french_spanish_russian_chinese_are_read() {
    for (text, lang, body, kinds) in [
        (
            "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Busan, 2014),\nrappelant\na)\tla Résolution 71;\ndécide\n1\tde continuer;\n",
            Language::Fr,
            Body::Pp,
            [SectionKind::Recalling, SectionKind::Resolves],
        ),
        (
            "La Conferencia Mundial de Radiocomunicaciones (Dubái, 2023),\nconsiderando\na)\tque la banda;\nresuelve\n1\tque las administraciones;\n",
            Language::Es,
            Body::Wrc,
            [SectionKind::Considering, SectionKind::Resolves],
        ),
        (
            "Всемирная ассамблея по стандартизации электросвязи (Хаммамет, 2016),\nучитывая\nа)\tчто;\nрешает\n1\tчто;\n",
            Language::Ru,
            Body::Wtsa,
            [SectionKind::Considering, SectionKind::Resolves],
        ),
        (
            "国际电信联盟全权代表大会（2014年，釜山），\n忆及\na)\t第71号决议；\n做出决议\n1\t继续；\n",
            Language::Zh,
            Body::Pp,
            [SectionKind::Recalling, SectionKind::Resolves],
        ),
    ] {
        let imported = import_text(
            text,
            &ImportOptions {
                number: Some(1.into()),
                allow_unknown: true,
                ..ImportOptions::default()
            },
        )
        .unwrap_or_else(|e| panic!("{lang}: {e}"));
        assert!(
            other_warnings(&imported).is_empty(),
            "{lang}: {:?}",
            imported.warnings
        );
        let doc = imported.document;
        assert_eq!(doc.language, lang);
        assert_eq!(doc.resolution.body, Some(body), "{lang}");
        assert!(doc.formula.is_some(), "{lang}");
        let got: Vec<SectionKind> = doc.sections.iter().map(|s| s.kind).collect();
        assert_eq!(got, kinds, "{lang}");
    }
}

#[test]
fn a_recommendations_headings_are_read_recommends_among_them() {
    // ITU-D Recommendation D.19 as Metanorma writes it: each heading alone, in italics (issue 24).
    let adoc = include_str!("../../../fixtures/itu/D-REC-D.19-201003.en.adoc");
    let kinds: Vec<_> = adoc
        .lines()
        .filter_map(|l| l.strip_prefix('_').and_then(|l| l.strip_suffix('_')))
        .map(|h| crate::input::heading::heading_kind(h, Language::En))
        .collect();
    use SectionKind::*;
    assert_eq!(
        kinds,
        [
            Some(Recognizing),
            Some(Noting),
            Some(Considering),
            Some(Recommends)
        ]
    );
    assert_eq!(Recommends.part(), crate::model::Part::Operative);
}
