//! The importers, one test binary: Akoma Ntoso (the UN series, the 78th session, the Final Acts),
//! DOCX as we and other writers make it, PDF and text copied from one, and plain text.
//!
//! Every file here was once a test binary of its own; one binary links the library once instead of
//! once per file, and the PDFs printed for `import_pdf` and `copied_pdf_text` are printed by one
//! binary. A test is found by its file's name: `cargo test --test input import_pdf::`.

#[path = "../common/mod.rs"]
mod common;

mod copied_itu;
mod copied_lo_arabic;
mod copied_matrix;
mod copied_pdf_text;
mod docx_paragraph_marks;
mod docx_revision_line;
mod docx_symbols;
mod docx_typed_calls;
mod docx_writers;
mod final_acts;
mod import_akn;
mod import_akn_numbers;
mod import_akn_parts;
mod import_docx;
mod import_pdf;
mod itu_docx_pdf;
mod numbers_kept;
mod pdf_messages;
mod pdf_producers;
mod plain_format;
mod plain_texts;
mod un_languages;
mod un_series;
