//! `parallel` and `project`: loading the language versions, then the library's check or
//! projection and one of its reports.

use std::path::Path;

use super::Result;
use super::args::TextMeta;
use super::error::CliError;
use super::exit_codes::{DIFFERENT, SAME};
use super::output::{check_overwrite, emit, note, write_atomically};
use super::parallel_args::{ParallelArgs, ParallelFormat, ProjectArgs, ProjectFormat};
use super::{load_text, load_warned, open_corpus, overrides, tracking};
use resdiff::input::ImportOptions;
use resdiff::input::corpus::Address;
use resdiff::input::source::{CorpusSeries, Source};
use resdiff::model::{Document, Language};
use resdiff::render::report::parallel as report;
use resdiff::render::report::project as preport;
use resdiff::track::history;
use resdiff::track::parallel::{LANGUAGE_ORDER, check_order, check_with_markup};
use resdiff::track::project::{Births, project_with};

/// The texts an argument names: an address with a revision and no language is every language
/// of that revision in the corpus; anything else is one text.
fn expand(arg: &str, corpus_root: &Path) -> Result<Vec<String>> {
    let addr = match arg.parse::<Address>() {
        Ok(a) if a.language.is_none() && a.revision.is_some() && !Path::new(arg).exists() => a,
        _ => return Ok(vec![arg.to_string()]),
    };
    let corpus = open_corpus(corpus_root)?;
    let mut langs: Vec<Language> = corpus
        .of(addr.body, &addr.number)
        .filter(|e| Some(&e.revision) == addr.revision.as_ref())
        .map(|e| e.language)
        .collect();
    langs.sort_by_key(|l| LANGUAGE_ORDER.iter().position(|o| o == l));
    if langs.len() < 2 {
        return Ok(vec![arg.to_string()]);
    }
    Ok(langs.into_iter().map(|l| format!("{arg}:{l}")).collect())
}

fn load(arg: &str, corpus: &CorpusSeries) -> Result<Document> {
    load_text(arg, corpus, &TextMeta::default())
}

/// `resdiff parallel`: exit 0 when the versions agree, 1 with findings.
pub(super) fn parallel(a: &ParallelArgs, corpus: &CorpusSeries) -> Result<u8> {
    let mut args = Vec::new();
    for t in &a.texts {
        args.extend(expand(t, corpus.root())?);
    }
    if args.len() < 2 {
        // Res. 30 is in the corpus in Arabic only: its symbols can still be checked.
        note(format_args!(
            "resdiff: warning: `{}` names one text; only its UN symbols are checked (look-alike letters)",
            a.texts.join(" ")
        ));
    }
    let none = ImportOptions::default();
    let (docs, warnings): (Vec<Document>, Vec<_>) = args
        .iter()
        .map(|a| {
            load_warned(a, corpus, &overrides(&TextMeta::default())?, &none)
                .map(|l| (l.document, l.warnings))
        })
        .collect::<Result<Vec<_>>>()?
        .into_iter()
        .unzip();
    if let Some(d) = docs
        .iter()
        .skip(1)
        .find(|d| d.revision.id != docs[0].revision.id)
    {
        note(format_args!(
            "resdiff: warning: {} and {} are different revisions",
            docs[0].address(),
            d.address()
        ));
    }
    // The check reads three texts or more in its own order (English first); the side-by-side
    // table lays the texts out in that order too, and each text's warnings go with it.
    let order = check_order(&docs);
    let mut slots: Vec<Option<(Document, Vec<_>)>> =
        docs.into_iter().zip(warnings).map(Some).collect();
    let (docs, warnings): (Vec<Document>, Vec<_>) =
        order.into_iter().filter_map(|i| slots[i].take()).unzip();
    let r = check_with_markup(&docs, &warnings);
    let out = match a.format {
        ParallelFormat::Text => report::text(&r),
        ParallelFormat::Md => report::markdown(&r),
        ParallelFormat::Json => report::json(&r),
        ParallelFormat::Html => report::html(&r, &docs),
    };
    emit(&out)?;
    Ok(if r.agrees() { SAME } else { DIFFERENT })
}

/// `arg`, a corpus address, in another language.
fn in_language(arg: &str, lang: Language) -> Result<String> {
    let addr = arg.parse::<Address>().map_err(|_| {
        CliError::Usage(format!("--lang needs corpus addresses; `{arg}` is not one"))
    })?;
    let revision = addr.revision.map_or(String::new(), |r| format!("@{r}"));
    Ok(format!("{}/{}{revision}:{lang}", addr.body, addr.number))
}

/// `resdiff project`: the skeleton of the new text in the target language (exit 0).
pub(super) fn project_cmd(a: &ProjectArgs, corpus: &CorpusSeries) -> Result<u8> {
    check_overwrite(a.output.as_deref(), a.force)?;
    let lang = a
        .lang
        .as_deref()
        .map(str::parse::<Language>)
        .transpose()
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let (source, targets) = match (a.texts.as_slice(), lang) {
        ([old, new], Some(l)) => ([old, new], vec![in_language(old, l)?, in_language(new, l)?]),
        ([old, new, rest @ ..], None) if !rest.is_empty() => ([old, new], rest.to_vec()),
        ([_, _], None) => {
            return Err(CliError::Usage(
                "project needs TARGET_OLD, or --lang with corpus addresses".into(),
            ));
        }
        _ => {
            return Err(CliError::Usage(
                "give either TARGET_OLD [TARGET_NEW] or --lang, not both".into(),
            ));
        }
    };
    let source_old = load(source[0], corpus)?;
    let source_new = load(source[1], corpus)?;
    let target_old = load(&targets[0], corpus)?;
    let target_new = targets.get(1).map(|t| load(t, corpus)).transpose()?;
    resdiff::track::project::check(&source_old, &source_new, &target_old, target_new.as_ref())
        .map_err(|e| CliError::Usage(e.to_string()))?;
    super::warn_same_notes(
        source[1],
        &resdiff::diff::NotePairing::new(
            &source_old.footnotes,
            &source_new.footnotes,
            &Default::default(),
        ),
    );
    let births = births_of(source, [&source_old, &source_new], corpus.root());
    let p = project_with(
        &source_old,
        &source_new,
        &target_old,
        target_new.as_ref(),
        &births,
    );
    let out = match a.format {
        ProjectFormat::Md => preport::markdown(&p),
        ProjectFormat::Html => preport::html(&p),
        ProjectFormat::Json => preport::json(&p),
        ProjectFormat::Xliff => preport::xliff(&p, source_new.language),
    };
    match &a.output {
        None => emit(&out)?,
        Some(path) => write_atomically(path, &out)?,
    }
    Ok(SAME)
}

/// Where the source texts' clauses were born, from the corpus's revisions of their resolution,
/// so a paragraph's unit id is the same in every year's file. A file is followed too when the
/// corpus holds its revision with the same clauses (a corpus file named by its path); any other
/// file has no history there, and the projection takes its clauses to be born where it first
/// sees them.
fn births_of(specs: [&String; 2], docs: [&Document; 2], corpus_root: &Path) -> Births {
    let mut out = Births::default();
    let mut history: Option<(String, Vec<Document>)> = None;
    for (i, (spec, doc)) in specs.into_iter().zip(docs).enumerate() {
        let named = matches!(Source::parse(spec), Ok(Source::Address(_)));
        // Both texts are usually revisions of one resolution: its revisions are read once.
        let resolution = doc
            .address()
            .replacen(&format!("@{}", doc.revision.id_shown()), "", 1);
        let revisions = match &history {
            Some((r, docs)) if *r == resolution => Ok(docs.clone()),
            _ => tracking::revisions(corpus_root, &resolution),
        };
        let revisions = match revisions {
            Ok(r) => r,
            Err(e) if named => {
                warn_no_history(spec, &e.to_string());
                continue;
            }
            Err(_) => continue,
        };
        history = Some((resolution, revisions.clone()));
        let same = revisions
            .iter()
            .any(|r| r.revision.id == doc.revision.id && r.sections == doc.sections);
        if !same {
            if named {
                warn_no_history(spec, "the corpus reads it otherwise");
            }
            continue;
        }
        match history::births(revisions, doc.revision.id_shown()) {
            Ok(b) if i == 0 => out.old = b,
            Ok(b) => out.new = b,
            Err(e) => warn_no_history(spec, &e.to_string()),
        }
    }
    out
}

fn warn_no_history(spec: &str, why: &str) {
    note(format_args!(
        "resdiff: warning: {spec}: its history was not read ({why}); its unit ids name where \
         its paragraphs stand in the texts compared, not where they were born"
    ));
}
