//! `chronicle dict ...`: dictionary statistics, checks, and the PETRARCH importer.

use anyhow::Context;
use std::collections::HashSet;
use std::path::PathBuf;

/// Arguments of `chronicle dict`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    cmd: Sub,
}

#[derive(clap::Subcommand)]
enum Sub {
    /// Size of the dictionary (records by kind, aliases, roles).
    #[command(
        after_help = "Examples:\n  chronicle dict stats\n  chronicle dict stats --dict data/actors"
    )]
    Stats {
        /// Dictionary files or directories (default: the embedded dictionary).
        #[arg(long = "dict")]
        dict: Vec<PathBuf>,
    },
    /// Loads dictionary files and reports the first error as FILE:LINE: reason.
    #[command(after_help = "Example:\n  chronicle dict check data/actors/*.actors my.actors")]
    Check {
        /// Files or directories.
        files: Vec<PathBuf>,
    },
    /// Converts PETRARCH/Phoenix actor and agent files into Chronicle's format.
    #[command(
        after_help = "Example:\n  chronicle dict import-petrarch Phoenix.Countries.actors.txt Phoenix.agents.txt --out phoenix.actors\n\nEvery malformed line is reported on stderr as FILE:LINE: reason and skipped."
    )]
    ImportPetrarch {
        /// PETRARCH/TABARI/Phoenix .actors / agents files.
        files: Vec<PathBuf>,
        /// Output file (Chronicle dictionary format).
        #[arg(long)]
        out: PathBuf,
        /// Print the summary as one JSON object.
        #[arg(long)]
        json: bool,
    },
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.cmd {
        Sub::Stats { dict } => {
            let e = super::load_entities(&dict)?;
            let d = &e.dict;
            println!("records: {}", d.actors.len());
            for (k, n) in d.kind_counts() {
                println!("  {:<8} {n}", format!("{k:?}").to_lowercase());
            }
            println!("aliases: {}", d.alias_count());
            println!("roles:   {}", d.role_count());
            Ok(0)
        }
        Sub::Check { files } => match super::load_entities(&files) {
            Ok(e) => {
                println!(
                    "ok: {} records, {} aliases, {} roles",
                    e.dict.actors.len(),
                    e.dict.alias_count(),
                    e.dict.role_count()
                );
                Ok(0)
            }
            Err(err) => {
                eprintln!("{err}");
                Ok(1)
            }
        },
        Sub::ImportPetrarch { files, out, json } => {
            let mut texts = Vec::new();
            for f in &files {
                let bytes = std::fs::read(f).with_context(|| format!("reading {}", f.display()))?;
                texts.push((
                    f.display().to_string(),
                    String::from_utf8_lossy(&bytes).into_owned(),
                ));
            }
            let refs: Vec<(&str, &str)> = texts
                .iter()
                .map(|(a, b)| (a.as_str(), b.as_str()))
                .collect();
            let known: HashSet<String> = chronicle_entities::Dictionary::embedded()?
                .actors
                .iter()
                .filter(|a| {
                    matches!(
                        a.kind,
                        Some(
                            chronicle_entities::dict::Kind::Country
                                | chronicle_entities::dict::Kind::Igo
                        )
                    )
                })
                .map(|a| a.id.clone())
                .collect();
            let r = chronicle_entities::petrarch::import(&refs, &known);
            for m in &r.malformed {
                eprintln!("{m}");
            }
            std::fs::write(&out, &r.text).with_context(|| format!("writing {}", out.display()))?;
            // the output must load next to the embedded dictionary
            let mut all: Vec<(&str, &str)> = chronicle_entities::dict::EMBEDDED.to_vec();
            let outname = out.display().to_string();
            all.push((outname.as_str(), r.text.as_str()));
            let loads = chronicle_entities::Dictionary::parse(&all)
                .map(|_| ())
                .map_err(|e| e.to_string());
            if json {
                println!(
                    "{}",
                    serde_json::json!({
                        "persons": r.persons, "groups": r.groups, "agents": r.agents, "aliases": r.aliases,
                        "roles": r.roles, "seven_digit_dates": r.seven_digit_dates, "malformed": r.malformed.len(),
                        "unknown_codes": r.unknown_codes, "loads": loads.is_ok(), "load_error": loads.as_ref().err(),
                    })
                );
            } else {
                println!("wrote {}", out.display());
                println!("  persons (dated codes): {}", r.persons);
                println!("  groups:                {}", r.groups);
                println!("  names and aliases:     {}", r.aliases);
                println!("  roles:                 {}", r.roles);
                println!("  agent phrases:         {}", r.agents);
                println!("  7-digit dates read:    {}", r.seven_digit_dates);
                println!(
                    "  malformed lines:       {} (listed on stderr)",
                    r.malformed.len()
                );
                println!(
                    "  unknown country codes: {} (stub records written)",
                    r.unknown_codes.len()
                );
                match &loads {
                    Ok(()) => println!("  output loads with the embedded dictionary: yes"),
                    Err(e) => println!("  output loads with the embedded dictionary: NO: {e}"),
                }
            }
            Ok(if loads.is_ok() { 0 } else { 1 })
        }
    }
}
