use super::super::join::paragraphs;
use super::super::pages;
use super::*;

/// The paragraphs' first words and the warnings of lines `text` (numbered from `first`).
fn read(text: &str, first: usize, language: Language) -> (Vec<String>, Vec<Warning>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut warnings = Vec::new();
    let read = pages::read(&lines, first, &mut warnings);
    let paras = paragraphs(&read, language, true, &mut warnings);
    let starts = paras
        .iter()
        .map(|p| p.text.split(' ').take(4).collect::<Vec<_>>().join(" "))
        .collect();
    (starts, warnings)
}

/// LibreOffice's `أيضًا` comes out of `pdftotext` as `أيضا ً`: a call of its own, not
/// `وإذ تلاحظ أيضا` (A/RES/80/118 writes the first running on twice, the second opening
/// paragraph 51).
#[test]
fn a_mark_set_apart_is_its_word_s_in_a_call() {
    assert_eq!(call("وإذ تلاحظ أيضا ً أن الاتحاد"), "وإذ تلاحظ أيضا\u{64B}");
    assert_eq!(call("وإذ تلاحظ أيضا أن التغير"), "وإذ تلاحظ أيضا");
}

/// `pdftotext` (without `-layout`) of A/RES/80/118 in Arabic as Chromium prints it, lines
/// 30-42, 86-92, 189-194, 202-211 and 300-303 (numbered from 1 here). Line 11's
/// `وإذ تؤكد من جديد` follows a paragraph ending on a line as long (in characters) as the
/// fullest, and line 24's `وإذ تلاحظ أيضًا` runs on after a shorter one: read by the width,
/// the first was joined to the paragraph before and the second split from it, unsaid. The
/// text writes the first opening a paragraph after a short line (line 18), the second after
/// a comma inside a line (line 39).
#[test]
fn an_arabic_call_after_a_clause_s_end_is_read_as_the_text_writes_it_and_warned() {
    let text = include_str!("../../../../../fixtures/copied/unga-80-118.ar.pdftotext.excerpt.txt");
    let (starts, warnings) = read(text, 1, Language::Ar);
    assert!(starts.iter().any(|s| s == "وإذ تؤكد من جديد"), "{starts:?}");
    assert!(
        !starts.iter().any(|s| s.starts_with("وإذ تلاحظ أيضًا")),
        "{starts:?}"
    );
    let said = |line: usize| -> &str {
        warnings
            .iter()
            .find(|w| w.line == line && w.message.contains("nothing in the copied text says which"))
            .map_or("", |w| w.message.as_str())
    };
    assert!(
            said(11).starts_with(
                "`وإذ تؤكد من` opens a line after line 9, which ends a clause and runs 100% of the text's full width: read as opening a paragraph (it may run on in the paragraph before), as the text writes it once opening a paragraph, never after a comma inside one"
            ),
            "{warnings:?}"
        );
    assert!(
            said(24).contains(
                "read as running on in its paragraph (it may open one), as the text writes it once after a comma inside a paragraph, never opening one"
            ),
            "{warnings:?}"
        );
}

/// `pdftotext -layout` of A/RES/80/118 in Chinese as LibreOffice prints resdiff's DOCX
/// (lines 221-225): `并承认` ("and recognizes") opens a line after a full line ending in a
/// comma, which stops short of the text's fullest (those with a hanging comma). Read by
/// the width, it split its paragraph; `并` joins it to the clause before.
#[test]
fn a_chinese_call_after_and_runs_on() {
    let text = "展的经济、社会和环境方面的影响，
关切地注意到国家之间和国家内部的数字鸿沟、包括与人工智能有关的数字鸿沟继续扩大，
发展中国家、特别是特殊处境国家在跟上人工智能发展迅速加快的步伐方面面临重大挑战，
并承认需要更好地实现人工智能的惠益，特别是在发展中国家，同时认识到人工智能和人工
智能生成的内容的潜在负面影响对可持续发展造成障碍，比如对劳动力市场造成障碍，
政策问题合作工作组结构和组成形式的提议，组建了该工作组，并表示注意到工作组的工作，";
    let (starts, warnings) = read(text, 221, Language::Zh);
    assert_eq!(starts.len(), 2, "{starts:?}");
    let said: Vec<&Warning> = warnings.iter().filter(|w| w.line == 224).collect();
    assert_eq!(said.len(), 1, "{warnings:?}");
    assert!(said[0].message.starts_with("`并承认需` opens a line after line 223, which ends a clause and runs 97% of the text's full width: read as running on in its paragraph (it may open one), as `并` (\"and\") joins it"), "{said:?}");
}

/// `pdftotext` (without `-layout`) of A/RES/74/197 in Arabic as Chromium prints it, lines
/// 47-57, 88-92, 136-140, 170-180 and 212-222. The text writes `وإذ تشير إلى` once opening
/// a paragraph after a short line (line 10 here), twice after a comma inside a line (15,
/// 20); at lines 28 and 40 it opens a line after a line ending a clause, and opens a
/// paragraph, as calls there mostly do. Read by the text's uses as running on, both were
/// joined to the paragraph before.
#[test]
fn an_arabic_call_the_text_writes_both_ways_opens_a_paragraph_at_a_line_s_start() {
    let text = include_str!("../../../../../fixtures/copied/unga-74-197.ar.pdftotext.excerpt.txt");
    let (starts, warnings) = read(text, 1, Language::Ar);
    for opening in ["وإذ تشير إلى الفريق", "وإذ تشير إلى الجهود"] {
        assert!(starts.iter().any(|s| s == opening), "{opening}: {starts:?}");
    }
    for line in [28, 40] {
        let said = warnings
            .iter()
            .find(|w| w.line == line && w.message.contains("nothing in the copied text says which"))
            .map_or("", |w| w.message.as_str());
        assert!(
                said.starts_with("`وإذ تشير إلى` opens a line after line")
                    && said.contains("read as opening a paragraph (it may run on in the paragraph before), as the text writes it once opening a paragraph, twice after a comma inside one (a call at a line's start after a clause's end opens a paragraph far more often than it runs on)"),
                "{line}: {warnings:?}"
            );
    }
}

/// `pdftotext -layout` of A/RES/74/197 in Russian as Chromium prints it (lines 120-156):
/// the text indents its paragraphs' first lines, and `принимая при этом во внимание` (line
/// 152 there, 33 here) opens a line at the margin after a full line ending in a comma: it
/// runs on. Read as opening a paragraph, it split one (Russian calls are in lower case).
#[test]
fn a_call_at_the_margin_of_an_indented_text_runs_on() {
    let text =
        include_str!("../../../../../fixtures/copied/unga-74-197.ru.pdftotext-layout.excerpt.txt");
    let (starts, warnings) = read(text, 1, Language::Ru);
    assert_eq!(
        starts,
        [
            "международного сотрудничества в области",
            "принимая к сведению подготовленный",
            "отмечая проведение Форума Всемирной",
            "принимая к сведению доклад",
            "учитывая, что информационно-коммуникационные технологии,",
            "принимая к сведению доклад",
            "отмечая проблемы в области",
        ]
    );
    let said: Vec<&Warning> = warnings
        .iter()
        .filter(|w| w.message.contains("not indented"))
        .collect();
    assert_eq!(said.len(), 1, "{warnings:?}");
    assert_eq!(said[0].line, 33);
    assert!(said[0].message.starts_with("`принимая при этом` opens a line after line 32, which ends a clause: read as running on in its paragraph"));
}

/// `pdftotext` (without `-layout`) of A/RES/74/197 in Chinese as Chromium prints it, lines
/// 72-93: `确认实现` opens a line after a full line ending a clause, and opens a paragraph.
/// Read as running on (a full line goes on), it was joined to the paragraph before.
#[test]
fn a_chinese_call_after_a_full_line_opens_a_paragraph() {
    let text =
        "确认信息和通信技术是经济发展和投资的关键推进手段，降低了经济参与障碍，从而为就业和社会福
祉带来巨大惠益，并认识到信息和通信技术在社会中日趋普及对政府提供服务、企业与消费者建立联系以
及公民参与公共和私人生活的方式已产生深远影响，
表示注意到联合国贸易和发展会议《2019年数字经济报告》，其中审查了发展中国家在数字经济中创
造和获取价值的程度，并特别关注这些国家作为生产者和创新者利用数据驱动的经济的机会，并注意到迅
速扩大的数字数据量的平台化和利润化正日益推动创造价值，同时承认数字化可能造成不平等加剧和进一
步集中而非促进包容性发展的风险，
注意到经济数字化带来的税务挑战和确保在创造价值的地方纳税的重要性，又注意到解决这一问题的
国际努力，
强调指出尽管最近取得了进展，但发达国家与发展中国家之间及其内部在信息和通信技术的提供、可
负担性、使用和宽带接入方面仍然存在严重而且不断扩大的数字鸿沟，又强调指出迫切需要消除数字鸿
沟，包括解决因特网可负担性等问题，确保人人皆可享有信息和通信技术包括新技术带来的惠益，在这方
面重申决心大幅提升信息和通信技术的普及度，力争到2020年在最不发达国家以低廉的价格普遍提供因特
网服务，并注意到有助于弥合数字鸿沟和扩大普及面的许多努力，包括全球电信/信息和通信技术包括宽带
促进可持续发展的《连接2030年议程》的重要性，
又强调指出必须开展一切形式的发展合作，包括援助流动，以促进数字变革，
回顾宽带促进可持续发展委员会性别数字鸿沟工作组及其执行进展报告中关于弥合性别数字鸿沟行动
的建议，并表示注意到宽带促进可持续发展委员会教育工作组题为“数字技能为生活和工作服务”的报告，
确认实现性别平等以及增强妇女和女童权能将极大地促进各项可持续发展目标取得进展，强调必须针
对性地制定科学、技术和创新战略，解决增强妇女和女童权能和减少不平等的问题，包括性别方面的数字
鸿沟，
非常关切地注意到在妇女获取和使用信息和通信技术方面，包括在教育、就业以及经济和社会发展的";
    let (starts, warnings) = read(text, 72, Language::Zh);
    assert!(
        starts.iter().any(|s| s.starts_with("确认实现性别平等")),
        "{starts:?}"
    );
    let said: Vec<&Warning> = warnings.iter().filter(|w| w.line == 90).collect();
    assert_eq!(said.len(), 1, "{warnings:?}");
    assert!(
        said[0].message.contains("read as opening a paragraph (it may run on in the paragraph before), as a call at a line's start after a clause's end opens a paragraph far more often than it runs on"),
        "{said:?}"
    );
}
