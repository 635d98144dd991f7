//! Subcommands, one module per command.

pub mod analyze;
pub mod bench;
pub mod eval;
pub mod export;
pub mod ingest;
pub mod query;
pub mod serve;
