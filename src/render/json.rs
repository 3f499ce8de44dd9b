//! `--format json` of the tracking commands: their values as they are (documented in
//! `docs/json.md`, "Tracking commands"); fields are added, never renamed.

use serde::Serialize;

/// Pretty-printed JSON of a value.
pub fn render<T: Serialize + ?Sized>(value: &T) -> String {
    // Plain structs of strings, numbers and maps: serialisation cannot fail.
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}
