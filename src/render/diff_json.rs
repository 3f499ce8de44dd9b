//! `diff --format json`: the [`DocDiff`] as it is. This is a public contract, documented in
//! `docs/json.md` ("Diff"); fields are added, never renamed or removed.

use crate::diff::DocDiff;

/// Pretty-printed JSON of the diff.
pub fn render(diff: &DocDiff) -> String {
    // Plain structs of strings, numbers and maps: serialisation cannot fail.
    serde_json::to_string_pretty(diff).unwrap_or_default() + "\n"
}
