//! The event pattern loader (`chronicle_events::PatternSet::parse`) and the
//! ontology loader on arbitrary files: never a panic; errors name the file and
//! a line inside it (0 = whole file).
#![no_main]
use chronicle_events::{Ontology, PatternSet};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static ONTO: OnceLock<Ontology> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let lines = src.lines().count();
    let onto = ONTO.get_or_init(Ontology::embedded);
    if let Err(e) = PatternSet::parse(onto, &[("p.txt", &src)]) {
        assert_eq!(e.file, "p.txt");
        assert!(
            e.line <= lines.max(1),
            "pattern error line {} past {lines}",
            e.line
        );
        assert!(!e.reason.is_empty());
    }
    if let Err(e) = Ontology::parse("o.txt", &src) {
        assert_eq!(e.file, "o.txt");
        assert!(
            e.line <= lines.max(1),
            "ontology error line {} past {lines}",
            e.line
        );
    }
});
