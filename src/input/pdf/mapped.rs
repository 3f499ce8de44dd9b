//! Characters of glyphs read back as the texts type them where a producer maps a glyph to
//! another character the font draws with it: Skia's hyphens (U+2010 for U+2011) and CJK
//! radicals (`⼤` for `大`).

use super::glyphs;

/// U+2010 (hyphen) as U+2011 (non-breaking hyphen) in the glyphs of a PDF made by Skia
/// (Chromium's printing), which maps a glyph back to the first of the characters the font draws
/// with it: fonts draw both hyphens with one glyph, and the texts type U+2011, never U+2010.
/// How many were changed.
pub(super) fn non_breaking_hyphens(glyphs: &mut [glyphs::Glyph]) -> usize {
    let mut n = 0;
    for g in glyphs
        .iter_mut()
        .filter(|g| !g.typed && g.text.contains('\u{2010}'))
    {
        n += g.text.matches('\u{2010}').count();
        g.text = g.text.replace('\u{2010}', "\u{2011}");
    }
    n
}

/// The CJK radicals of `glyphs` as the ideographs fonts draw with the same glyph, which running
/// text means (Skia maps a glyph back to the lowest character the font maps to it: `⼤` U+2F24
/// for `大`). Kangxi radicals as Unicode's compatibility mapping says, but `⼾` as the
/// simplified `户` Chinese fonts draw; the radicals supplement's simplified forms by the table.
/// How many were changed.
pub(super) fn ideographs(glyphs: &mut [glyphs::Glyph]) -> usize {
    use unicode_normalization::UnicodeNormalization;
    const SUPPLEMENT: [(char, char); 27] = [
        ('⺠', '民'),
        ('⻄', '西'),
        ('⻅', '见'),
        ('⻆', '角'),
        ('⻈', '讠'),
        ('⻉', '贝'),
        ('⻋', '车'),
        ('⻐', '钅'),
        ('⻓', '长'),
        ('⻔', '门'),
        ('⻘', '青'),
        ('⻙', '韦'),
        ('⻚', '页'),
        ('⻛', '风'),
        ('⻜', '飞'),
        ('⻝', '食'),
        ('⻠', '饣'),
        ('⻢', '马'),
        ('⻥', '鱼'),
        ('⻦', '鸟'),
        ('⻧', '卤'),
        ('⻨', '麦'),
        ('⻩', '黄'),
        ('⻬', '齐'),
        ('⻮', '齿'),
        ('⻰', '龙'),
        ('⻳', '龟'),
    ];
    let ideograph = |c: char| match c {
        '⼾' => Some('户'),
        '\u{2F00}'..='\u{2FD5}' => std::iter::once(c).nfkc().next(),
        _ => SUPPLEMENT.iter().find(|(r, _)| *r == c).map(|(_, i)| *i),
    };
    let mut n = 0;
    for g in glyphs.iter_mut().filter(|g| !g.typed) {
        if g.text.chars().any(|c| ideograph(c).is_some()) {
            g.text = g
                .text
                .chars()
                .map(|c| ideograph(c).inspect(|_| n += 1).unwrap_or(c))
                .collect();
        }
    }
    n
}
