//! Subcommands, one module per command.

pub mod analyze;
pub mod bench;
pub mod eval;
