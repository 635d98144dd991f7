//! Subcommands, one per file.

pub mod eval;
pub mod eval_events;
