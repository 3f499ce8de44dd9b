//! Importer tests on the seed and on small texts.
