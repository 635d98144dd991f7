//! Subcommands, one per file.

pub mod eval_quotes;
