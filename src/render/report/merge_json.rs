//! `merge --format json`: `{"conflicts": [...], "document": {...}}`, the document in the shape
//! of `show --format json`, serialised in one pass.

use serde::Serialize;

use crate::render::{json, tree_json};
use crate::track::merge::{Conflict, Merged};

#[derive(Serialize)]
struct View<'a, D: Serialize> {
    conflicts: &'a [Conflict],
    document: D,
}

/// Pretty-printed JSON of a merge.
pub fn render(merged: &Merged) -> String {
    json::render(&View {
        conflicts: &merged.conflicts,
        document: tree_json::view(&merged.document),
    })
}
