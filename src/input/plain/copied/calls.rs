//! The words a UN preamble paragraph opens with, in the six languages: where a copied line
//! opening with one starts a paragraph.

use crate::model::Language;

/// Whether `t` opens with the word a UN preamble paragraph opens with (its call: *Recalling*,
/// *Rappelant*, *ссылаясь*, `وإذ`, 回顾 ...).
pub fn opens_with_call(t: &str, language: Language) -> bool {
    let word = t
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_end_matches(',');
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    match language {
        Language::En => {
            capital
                && (word.ends_with("ing")
                    || [
                        "Conscious",
                        "Aware",
                        "Convinced",
                        "Mindful",
                        "Concerned",
                        "Deeply",
                        "Gravely",
                        "Seriously",
                        "Determined",
                        "Cognizant",
                        "Alarmed",
                        "Having",
                        "Further",
                        "Also",
                    ]
                    .contains(&word))
        }
        Language::Fr => {
            capital
                && (word.ends_with("ant")
                    || [
                        "Consciente",
                        "Conscient",
                        "Convaincue",
                        "Convaincu",
                        "Se",
                        "Préoccupée",
                        "Profondément",
                        "Vivement",
                        "Gravement",
                        "Résolue",
                    ]
                    .contains(&word))
        }
        Language::Es => {
            capital
                && (word.ends_with("ando")
                    || word.ends_with("iendo")
                    || word.ends_with("endo")
                    || [
                        "Consciente",
                        "Convencida",
                        "Preocupada",
                        "Profundamente",
                        "Gravemente",
                        "Decidida",
                        "Habiendo",
                    ]
                    .contains(&word))
        }
        Language::Ru => {
            // Verbal adverbs in `-я` (`включая`, `являясь`) run on inside sentences too: only
            // the calls UN texts open their preamble paragraphs with.
            let w = word.to_lowercase();
            [
                "ссылаясь",
                "напоминая",
                "подтверждая",
                "вновь",
                "признавая",
                "отмечая",
                "учитывая",
                "сознавая",
                "осознавая",
                "принимая",
                "выражая",
                "подчеркивая",
                "приветствуя",
                "констатируя",
                "повторяя",
                "считая",
                "будучи",
                "глубоко",
                "серьезно",
                "с",
                "далее",
                "особо",
                "решительно",
                "памятуя",
                "руководствуясь",
            ]
            .contains(&w.as_str())
        }
        Language::Ar => [
            "إذ",
            "وإذ",
            "وقد",
            "واقتناعا",
            "واقتناعاً",
            "وإدراكا",
            "وإدراكاً",
        ]
        .contains(&word),
        Language::Zh => {
            let t = t.trim_start().trim_start_matches(['又', '还', '并']);
            [
                "回顾",
                "确认",
                "注意到",
                "重申",
                "强调",
                "欢迎",
                "认识到",
                "表示",
                "关切",
                "严重关切",
                "十分关切",
                "非常关切",
                "极为关切",
                "意识到",
                "承认",
                "考虑到",
                "深信",
                "铭记",
                "申明",
                "赞赏",
                "满意地",
                "关注",
            ]
            .iter()
            .any(|w| t.starts_with(w))
        }
    }
}
