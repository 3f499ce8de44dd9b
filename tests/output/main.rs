//! What resdiff writes, one test binary: the markup proposal as LibreOffice, a browser and our own
//! reader see it, the snapshots of `diff` and `markup`, Akoma Ntoso export and `diff --format
//! akn`, and UN amendment instructions applied back.
//!
//! Every file here was once a test binary of its own; one binary links the library once instead of
//! once per file. A test is found by its file's name: `cargo test --test output markup_docx::`.

#[path = "../common/mod.rs"]
mod common;

mod amend_un;
mod diff_akn;
mod export_akn;
mod export_akn_sections;
mod invisible_changes;
mod markup_docx;
mod markup_html;
mod markup_readback;
mod snapshots;
mod snapshots_markup;
