//! Subcommands, one per file.

pub mod bench_pipeline;
