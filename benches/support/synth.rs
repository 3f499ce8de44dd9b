//! Synthetic revision pairs for benchmarks: a resolution of N clauses and a revision of it with
//! the edits real proposals make (clauses added, suppressed, moved, reworded, citations updated,
//! everything renumbered), and [`near_pair`], a text of near-identical provisions as the Radio
//! Regulations hold them ("Additional allocation: in ..."). Deterministic for a seed, so
//! benchmark runs compare like with like.

use resdiff::model::{
    Body, Clause, Document, Label, Language, Resolution, Revision, Section, SectionKind, Stage,
};

/// A small deterministic generator (xorshift64*); benchmarks need repeatability, not quality.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const SYLLABLES: &[&str] = &[
    "tel", "com", "net", "dev", "reg", "pol", "mem", "sec", "ber", "cap", "dig", "inf", "str",
    "ope", "gov", "eco", "spe", "rad", "sat", "mob", "bro", "acc", "sus", "int", "nat", "tra",
];

fn word(rng: &mut Rng) -> String {
    let n = 1 + rng.below(3);
    (0..n)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

fn sentence(rng: &mut Rng, serial: usize) -> String {
    let n = 12 + rng.below(25);
    let mut words: Vec<String> = (0..n).map(|_| word(rng)).collect();
    // A serial number keeps clauses distinct, as real clauses are.
    words.insert(rng.below(n), format!("item{serial}"));
    if rng.chance(30) {
        words.push(format!(
            "Resolution {} (Rev. Guadalajara, 2010)",
            1 + rng.below(200)
        ));
    }
    format!("to {};", words.join(" "))
}

const PER_SECTION: usize = 100;

fn doc(id: &str, year: u16, sections: Vec<Vec<String>>) -> Document {
    // ITU-shaped texts: the kinds announced by headings.
    let kinds: Vec<SectionKind> = SectionKind::ALL
        .iter()
        .copied()
        .filter(|k| k.has_heading())
        .collect();
    Document {
        resolution: Resolution {
            body: Some(Body::Wtdc),
            number: Some(999.into()),
            title: Some("Synthetic resolution for benchmarks".into()),
        },
        revision: Revision {
            id: id.parse().ok(),
            stage: Stage::Adopted(None),
            venue: None,
            year: Some(year),
            date: None,
            source: None,
            base: None,
            symbol: None,
        },
        language: Language::En,
        formula: None,
        revision_line: None,
        sections: sections
            .into_iter()
            .enumerate()
            .map(|(s, texts)| Section {
                kind: kinds[s % kinds.len()],
                heading: english_heading(kinds[s % kinds.len()]),
                clauses: texts
                    .into_iter()
                    .enumerate()
                    .map(|(i, text)| Clause {
                        label: Label::parse(&(i + 1).to_string()).unwrap_or_else(|_| Label::none()),
                        text,
                        children: Vec::new(),
                        call: None,
                    })
                    .collect(),
            })
            .collect(),
        footnotes: Vec::new(),
    }
}

/// The English heading term of a kind, so the plain-text form of a synthetic text re-imports.
fn english_heading(kind: SectionKind) -> String {
    resdiff::model::heading_terms()
        .iter()
        .find(|t| t.kind == kind && t.language == Language::En)
        .map_or_else(|| kind.as_str().replace('_', " "), |t| t.term.to_string())
}

/// An old text of `clauses` clauses and a new one made from it by typical edits.
pub fn pair(clauses: usize, seed: u64) -> (Document, Document) {
    let mut rng = Rng(seed | 1);
    let mut serial = 0;
    let mut old: Vec<Vec<String>> = Vec::new();
    for start in (0..clauses).step_by(PER_SECTION) {
        let n = PER_SECTION.min(clauses - start);
        old.push(
            (0..n)
                .map(|_| {
                    serial += 1;
                    sentence(&mut rng, serial)
                })
                .collect(),
        );
    }
    let mut new: Vec<Vec<String>> = vec![Vec::new(); old.len()];
    let mut moved: Vec<String> = Vec::new();
    for (s, texts) in old.iter().enumerate() {
        for text in texts {
            match rng.below(100) {
                0..=3 => {}                        // suppressed
                4..=5 => moved.push(text.clone()), // moved elsewhere
                6..=13 => new[s].push(reword(text, &mut rng)),
                14..=15 => new[s].push(text.replace("Guadalajara, 2010", "Busan, 2014")),
                _ => new[s].push(text.clone()),
            }
            if rng.chance(4) {
                serial += 1;
                new[s].push(sentence(&mut rng, serial));
            }
        }
    }
    for text in moved {
        let s = rng.below(new.len());
        let at = rng.below(new[s].len() + 1);
        new[s].insert(at, text);
    }
    (
        doc("synthetic-old", 2014, old),
        doc("synthetic-new", 2017, new),
    )
}

fn reword(text: &str, rng: &mut Rng) -> String {
    let mut words: Vec<String> = text.split(' ').map(str::to_string).collect();
    for _ in 0..1 + rng.below(3) {
        let i = rng.below(words.len());
        if rng.chance(50) {
            words[i] = word(rng);
        } else {
            words.insert(i, word(rng));
        }
    }
    words.join(" ")
}

const COUNTRIES: &[&str] = &[
    "Angola", "Botswana", "Burundi", "Cameroon", "Chad", "Congo", "Egypt", "Ethiopia", "Gabon",
    "Kenya", "Lesotho", "Malawi", "Mali", "Morocco", "Niger", "Nigeria", "Rwanda", "Senegal",
    "Somalia", "Sudan", "Tanzania", "Togo", "Tunisia", "Uganda", "Zambia", "Zimbabwe", "Algeria",
    "Bahrain", "Jordan", "Kuwait", "Lebanon", "Oman", "Qatar", "Syria", "Yemen", "Iran", "Iraq",
];
const SERVICES: &[&str] = &[
    "fixed",
    "mobile",
    "mobile, except aeronautical mobile,",
    "radiolocation",
    "radionavigation",
    "broadcasting",
    "fixed-satellite (Earth-to-space)",
    "amateur",
];

/// One provision of repetitive vocabulary: every clause shares most of its words with thousands
/// of others and differs in its countries and figures, and a fifth are the same line.
fn provision(rng: &mut Rng) -> String {
    // Provisions suppressed at some conference stand as one identical line each.
    if rng.chance(20) {
        return "(SUP - WRC-12)".into();
    }
    let n = 1 + rng.below(4);
    let countries: Vec<&str> = (0..n)
        .map(|_| COUNTRIES[rng.below(COUNTRIES.len())])
        .collect();
    let low = 100 + rng.below(40_000);
    format!(
        "Additional allocation: in {}, the band {low}-{} MHz is also allocated to the {} service on a {} basis. See No. 5.{}.",
        countries.join(", "),
        low + 1 + rng.below(500),
        SERVICES[rng.below(SERVICES.len())],
        if rng.chance(50) {
            "primary"
        } else {
            "secondary"
        },
        rng.below(600)
    )
}

/// A text of `clauses` near-identical provisions and a revision of it: about 5% edited (a
/// country or a figure changed), 1% suppressed, 1% added, everything renumbered.
pub fn near_pair(clauses: usize, seed: u64) -> (Document, Document) {
    let mut rng = Rng(seed | 1);
    let old: Vec<Vec<String>> = (0..clauses)
        .step_by(NEAR_PER_SECTION)
        .map(|start| {
            let n = NEAR_PER_SECTION.min(clauses - start);
            (0..n).map(|_| provision(&mut rng)).collect()
        })
        .collect();
    let new: Vec<Vec<String>> = old
        .iter()
        .map(|texts| {
            let mut out = Vec::with_capacity(texts.len());
            for text in texts {
                match rng.below(100) {
                    0 => {}
                    1..=5 => {
                        let country = COUNTRIES[rng.below(COUNTRIES.len())];
                        out.push(match text.split_once(", the band") {
                            Some((head, tail)) if rng.chance(50) => {
                                format!("{head}, {country}, the band{tail}")
                            }
                            _ => text.replacen(" MHz", "0 MHz", 1),
                        });
                    }
                    _ => out.push(text.clone()),
                }
                if rng.chance(1) {
                    out.push(provision(&mut rng));
                }
            }
            out
        })
        .collect();
    (doc("near-old", 2015, old), doc("near-new", 2019, new))
}

/// Provisions per section of [`near_pair`]: Article 5 of the Radio Regulations holds hundreds.
const NEAR_PER_SECTION: usize = 1000;
