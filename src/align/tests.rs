//! Alignment tests: the cases of docs/tricky_cases.md.
