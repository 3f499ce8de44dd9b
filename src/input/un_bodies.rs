//! The UN bodies' names as their texts write them, in the six languages: one table for the
//! reader of a copied resolution's formula (`The General Assembly,`) and for the citations
//! `refs` reads (`Economic and Social Council resolution 2025/18`).

use crate::model::Body;

/// The bodies' names as their formulas write them, in the six languages.
pub const UN_BODY_NAMES: &[(Body, &[&str])] = &[
    (
        Body::Unga,
        &[
            "General Assembly",
            "Assemblée générale",
            "Asamblea General",
            "Генеральная Ассамблея",
            "الجمعية العامة",
            "大会",
        ],
    ),
    (
        Body::Ecosoc,
        &[
            "Economic and Social Council",
            "Conseil économique et social",
            "Consejo Económico y Social",
            "Экономический и Социальный Совет",
            "المجلس الاقتصادي والاجتماعي",
            "经济及社会理事会",
        ],
    ),
    (
        Body::Hrc,
        &[
            "Human Rights Council",
            "Conseil des droits de l’homme",
            "Conseil des droits de l'homme",
            "Consejo de Derechos Humanos",
            "Совет по правам человека",
            "مجلس حقوق الإنسان",
            "人权理事会",
        ],
    ),
    (
        Body::Unsc,
        &[
            "Security Council",
            "Conseil de sécurité",
            "Consejo de Seguridad",
            "Совет Безопасности",
            "مجلس الأمن",
            "安全理事会",
        ],
    ),
];

/// A UN body's name in English: `Economic and Social Council`.
pub fn english_name(body: Body) -> Option<&'static str> {
    UN_BODY_NAMES
        .iter()
        .find(|(b, _)| *b == body)
        .and_then(|(_, names)| names.first().copied())
}
