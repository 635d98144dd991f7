//! `chronicle actor "MENTION" [--date YYYY-MM-DD] [--json]`: how a mention resolves, and why.

use chronicle_entities::simple_doc;

/// Arguments of `chronicle actor`.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  chronicle actor \"the Russian prime minister\" --date 2021-12-01\n  chronicle actor \"Putin\" --date 2010-03-01 --json\n  chronicle actor \"pro-Russian separatists in Donetsk\"\n  chronicle actor \"Vladimir Putin met Merkel. He said ...\" --date 2017-05-02"
)]
pub struct Args {
    /// The mention (or a short text with several mentions).
    pub mention: String,
    /// Article date (YYYY-MM-DD); without it the most recent roles are used.
    #[arg(long)]
    pub date: Option<String>,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Dictionary files or directories to use instead of the embedded dictionary.
    #[arg(long = "dict")]
    pub dict: Vec<std::path::PathBuf>,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<i32> {
    if let Some(d) = &args.date
        && chronicle_entities::dict::parse_date(d).is_none()
    {
        anyhow::bail!("--date must be YYYY-MM-DD, got {d:?}");
    }
    let ents = super::load_entities(&args.dict)?;
    let doc = simple_doc(&args.mention, args.date.as_deref());
    let (entities, actors) = ents.annotate(&doc);
    if args.json {
        let mentions: Vec<serde_json::Value> = actors
            .iter()
            .map(|m| {
                let mut v = serde_json::to_value(m).unwrap_or_default();
                v["text"] = doc.slice(m.span).into();
                v
            })
            .collect();
        let ents_j: Vec<serde_json::Value> = entities
            .iter()
            .map(|e| {
                let mut v = serde_json::to_value(e).unwrap_or_default();
                v["text"] = doc.slice(e.span).into();
                v
            })
            .collect();
        let out = serde_json::json!({
            "mention": args.mention,
            "date": args.date,
            "resolved": !actors.is_empty(),
            "actors": mentions,
            "entities": ents_j,
        });
        println!("{}", serde_json::to_string(&out)?);
        return Ok(if actors.is_empty() { 1 } else { 0 });
    }
    println!(
        "mention: {:?}   date: {}",
        args.mention,
        args.date
            .as_deref()
            .unwrap_or("(undated: most recent roles)")
    );
    if actors.is_empty() {
        println!("  no actor found");
        return Ok(1);
    }
    for (i, m) in actors.iter().enumerate() {
        println!(
            "\n[{i}] {:?}  bytes {}..{}",
            doc.slice(m.span),
            m.span.start,
            m.span.end
        );
        println!("  code      {}", m.code);
        println!(
            "  country   {}   sector {}",
            m.country.as_deref().unwrap_or("-"),
            m.sector.as_deref().unwrap_or("-")
        );
        if let Some(id) = &m.actor_id {
            println!(
                "  actor     {id}  ({})  qid {}",
                m.name.as_deref().unwrap_or(""),
                m.qid.as_deref().unwrap_or("-")
            );
        } else if let Some(n) = &m.name {
            println!("  name      {n}");
        }
        if let Some(a) = m.antecedent {
            println!("  refers to [{a}] {:?}", doc.slice(actors[a as usize].span));
        }
        println!("  why       {}", m.rule);
    }
    if !entities.is_empty() {
        println!(
            "\nentities: {}",
            entities
                .iter()
                .map(|e| format!("{} {:?}", e.label, doc.slice(e.span)))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(0)
}
