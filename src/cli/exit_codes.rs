//! The exit codes scripts rely on, as `diff` has them. Only `main` turns a command's outcome into
//! one of these.

/// Done; for a comparison: no differences.
pub const SAME: u8 = 0;
/// Differences found (`diff`), stale citations (`refs --stale`), conflicts left (`merge`).
pub const DIFFERENT: u8 = 1;
/// Trouble: a missing or invalid file, an unknown address, bad flags.
pub const TROUBLE: u8 = 2;
