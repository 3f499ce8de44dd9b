//! Diff tests on the Res. 30 pair.
