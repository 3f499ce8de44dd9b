//! The styles part of the DOCX proposal (`word/styles.xml`): ITU's paragraph styles, the
//! enumlev levels the proposal uses, and the footnote styles.

use std::fmt::Write as _;

use super::W;
use crate::markup::{Proposal, Style};

/// ITU's paragraph styles, close to the ITU template: (id, name, properties); the enumlev
/// styles are made by [`enumlev_styles`].
const STYLES: [(&str, &str, &str); 18] = [
    (
        "Proposal",
        "Proposal",
        "<w:keepNext/><w:spacing w:before=\"240\"/></w:pPr><w:rPr><w:b/><w:bCs/>",
    ),
    (
        "ResNo",
        "Res_No",
        "<w:keepNext/><w:spacing w:before=\"480\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:caps/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>",
    ),
    (
        "Restitle",
        "Res_title",
        "<w:keepNext/><w:spacing w:before=\"240\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>",
    ),
    (
        "Resref",
        "Res_ref",
        "<w:keepNext/><w:spacing w:before=\"120\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:i/><w:iCs/>",
    ),
    (
        "Normalaftertitle",
        "Normal after title",
        "<w:spacing w:before=\"360\"/></w:pPr><w:rPr>",
    ),
    (
        "Call",
        "Call",
        "<w:keepNext/><w:spacing w:before=\"160\"/><w:ind w:left=\"1134\"/></w:pPr><w:rPr><w:i/><w:iCs/>",
    ),
    (
        "SectionNo",
        "Section_No",
        "<w:keepNext/><w:spacing w:before=\"480\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr>",
    ),
    (
        "Sectiontitle",
        "Section_title",
        "<w:keepNext/><w:spacing w:before=\"240\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:bCs/>",
    ),
    (
        "AppendixNo",
        "Appendix_No",
        "<w:keepNext/><w:spacing w:before=\"480\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr>",
    ),
    (
        "Appendixtitle",
        "Appendix_title",
        "<w:keepNext/><w:spacing w:before=\"240\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:bCs/>",
    ),
    (
        "Heading1",
        "heading 1",
        "<w:keepNext/><w:spacing w:before=\"240\"/></w:pPr><w:rPr><w:b/><w:bCs/>",
    ),
    (
        "Conference",
        "Conference",
        "<w:spacing w:before=\"0\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>",
    ),
    (
        "Docnumber",
        "Docnumber",
        "<w:spacing w:before=\"0\"/><w:jc w:val=\"end\"/></w:pPr><w:rPr><w:b/><w:bCs/>",
    ),
    (
        "Source",
        "Source",
        "<w:spacing w:before=\"840\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>",
    ),
    (
        "Title1",
        "Title 1",
        "<w:spacing w:before=\"240\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:caps/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>",
    ),
    (
        "Headingb",
        "Heading_b",
        "<w:keepNext/><w:spacing w:before=\"480\"/></w:pPr><w:rPr><w:b/><w:bCs/>",
    ),
    (
        "MoveNote",
        "Move note",
        "<w:keepNext/><w:spacing w:before=\"120\"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val=\"555555\"/>",
    ),
    (
        "Reasons",
        "Reasons",
        "<w:spacing w:before=\"120\"/></w:pPr><w:rPr><w:i/><w:iCs/>",
    ),
];

/// Where the text of an item `n` levels deep starts, in twips: one step (1 cm) a level.
pub(super) fn enumlev_indent(n: usize) -> usize {
    567 * (n + 1)
}

/// `enumlev1` to `enumlev3` as in ITU's template, and one more per level the proposal nests
/// deeper, each indented one step (567 twips) further, its label hanging.
fn enumlev_styles(p: &Proposal) -> Vec<(String, String, String)> {
    let deepest = p
        .paragraphs
        .iter()
        .filter_map(|q| match q.style {
            Style::Enumlev(n) => Some(n),
            _ => None,
        })
        .max()
        .unwrap_or(0)
        .max(3);
    (1..=deepest)
        .map(|n| {
            let id = format!("enumlev{n}");
            let props = format!(
                "<w:spacing w:before=\"80\"/><w:ind w:left=\"{}\" w:hanging=\"567\"/></w:pPr><w:rPr>",
                enumlev_indent(n)
            );
            (id.clone(), id, props)
        })
        .collect()
}

pub(super) fn styles(p: &Proposal) -> String {
    let lang = match p.language.as_str() {
        "ar" => "w:val=\"en-GB\" w:bidi=\"ar-SA\"",
        "ru" => "w:val=\"ru-RU\"",
        "fr" => "w:val=\"fr-FR\"",
        "es" => "w:val=\"es-ES\"",
        "zh" => "w:val=\"en-GB\" w:eastAsia=\"zh-CN\"",
        _ => "w:val=\"en-GB\"",
    };
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:styles xmlns:w=\"{W}\"><w:docDefaults><w:rPrDefault><w:rPr>\
         <w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" \
         w:cs=\"Times New Roman\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang {lang}/>\
         </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before=\"120\" w:after=\"0\"/>\
         </w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>\
         <w:qFormat/></w:style>"
    );
    for (id, name, props) in STYLES.into_iter().chain(
        enumlev_styles(p)
            .iter()
            .map(|(i, n, pr)| (i.as_str(), n.as_str(), pr.as_str())),
    ) {
        let _ = write!(
            out,
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{id}\">\
             <w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>\
             <w:pPr>{props}</w:rPr></w:style>"
        );
    }
    out.push_str(
        "<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/>\
         <w:basedOn w:val=\"Normal\"/><w:pPr><w:ind w:left=\"284\" w:hanging=\"284\"/></w:pPr>\
         <w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>\
         <w:style w:type=\"character\" w:styleId=\"FootnoteReference\">\
         <w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>\
         </w:style></w:styles>",
    );
    out
}
