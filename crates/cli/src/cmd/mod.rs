//! Subcommands, one per file.

pub mod export;
pub mod ingest;
pub mod query;
pub mod serve;
