//! Prints the text stage's tokens of stdin (development aid).
use std::io::Read;
fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).unwrap();
    let (_, t) = chronicle_text::Segmenter::default().annotate_text(&text);
    let v: Vec<String> = t
        .iter()
        .map(|x| {
            format!(
                "[{}]{}",
                &text[x.span.range()],
                x.norm
                    .as_deref()
                    .map(|n| format!("<{n}>"))
                    .unwrap_or_default()
            )
        })
        .collect();
    println!("{}", v.join(" "));
}
