//! Prints the hand-written example Docs as JSONL, ready for
//! `chronicle ingest --docs`: `cargo run -p chronicle-store --example example_docs > ex.jsonl`.

fn main() {
    for d in chronicle_store::example::example_docs() {
        println!("{}", serde_json::to_string(&d).expect("Doc serializes"));
    }
}
